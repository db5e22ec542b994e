"""Fifth HELD-OUT pair (fictional みなとがわ市 / ほしかわ市) against hand-typed expectations
(tests/expected/heldout5.py), field by field.

The two PDFs in ``tests/fixtures/heldout5/`` (J: a LibreOffice Writer export of a .docx
事務事業評価調書 — three unit sheets with the fields as a ruled two-column ``label |
value`` list, long values wrapped, ``所属名`` as ``部　課``, ``事務区分`` 自主事務 /
法定受託事務, 次年度方針 marked or the plain phrase 現状維持, SDGs ``ゴール3、ゴール11``, a cost
table whose basis is a sub-row label (事業費 / うち一般財源 over 予算額 / 決算額) under
単位：千円 or 単位：円, a 成果指標 table with a baseline year and a final-target year in its
header and the unit in the name; K: a reportlab 平成30年度 施策評価シート of one 政策分野
with 政策 | 4 | … header cells, a KPI table ``No | 成果指標 | 単位 | H28実績 | H29実績 |
H30目標 | H30実績 | 達成度`` continued on page 2 without its header and a 事務事業一覧 with
事業費（千円） whose basis is printed only in a caption, and no cards) were made to
measure how the parsers generalise to shapes they were not written against. Every
contract field is its own test (per template), so a failing field is visible by name;
those that fail today are marked ``xfail(strict=False)`` with the reason "held-out
template" and stay listed in ``_XFAIL`` below (remove an entry when the parser gets
that field right). ``test_f1_report`` prints the field-level precision / recall / F1
the project's scorer (``benchmarks/score_f1.py``) computes; run
``pytest -s tests/test_heldout5.py -k f1`` to see it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from aizu_extract.pipeline import process_file
from benchmarks.f1 import score_document, total
from benchmarks.score_f1 import actual_rows, expected_heldout5

from .expected import heldout5 as exp

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "heldout5"
TEMPLATES = ("j", "k")
_PDF = {"j": exp.J_PDF, "k": exp.K_PDF}
_PAGES = {"j": exp.J_PAGE_COUNT, "k": exp.K_PAGE_COUNT}
_DOCUMENT = {"j": exp.DOCUMENT_J, "k": exp.DOCUMENT_K}
_UNITS = {"j": exp.BUSINESS_UNITS_J, "k": exp.BUSINESS_UNITS_K}
_BUDGET = {"j": exp.BUDGET_LINES_J, "k": exp.BUDGET_LINES_K}
_KPIS = {"j": exp.KPI_VALUES_J, "k": exp.KPI_VALUES_K}
_STRUCTURE = {"j": exp.STRUCTURE_J, "k": exp.STRUCTURE_K}

DOC_FIELDS = ("doc_type", "municipality", "title", "fiscal_year")
UNIT_FIELDS = (
    "department", "measure_no", "unit_no", "legal_basis", "next_year_policy",
    "is_priority", "population_goal", "sdg_targets", "summary", "page",
)  # fmt: skip
BUDGET_FIELDS = ("amount_yen", "basis_label", "value_text", "page")
KPI_FIELDS = ("kind", "subject", "context", "kpi_no", "unit", "page", "year_label", "value",
              "value_text")  # fmt: skip
STRUCTURE_FIELDS = ("level", "number", "title", "parent_number", "page")

# (test, template, field) that fail with the parser; everything else must pass.
# Blind score when these files were made: F1 0.253 (J 0.311, K 0.153); see
# ``benchmarks/score_f1.py``. Expected vs got at the blind run:
_KPI = ("kind", "subject", "context", "kpi_no", "unit", "page", "year_label", "value",
        "value_text")  # fmt: skip
# J's fields were fixed after the blind run (J 0.311 → 1.000: a metric printed before
# its year over two lines, a unit in brackets after the name, 事務区分 自主事務 /
# 法定受託事務), so J is no longer blind. K (0.153): its KPI table (continued on page 2
# without a header, 達成度 after H30実績, a 単位 printed －) was fixed too; its
# list (repeated header, 合計 row, 所管課, 事業No) too, and its 事業費 column whose
# basis is only in the note ※事業費は平成30年度決算額.
_XFAIL: set[tuple[str, str, str]] = {
    # K status: ok vs partial '29 number(s) unassigned on pages 1, 2, 3' (the KPI rows
    # continued on page 2, the 達成度 column and the 事業費 column are unassigned.no_header).
    ("document", "k", "opens"),
    # J legal_basis: 自主 / 法定 / 自主 vs None ×3 (事務区分 自主事務 / 法定受託事務 not read).
    # K names: 9 list rows vs 13 units: the header row repeated on page 3 (事業名 / 方向性),
    # the 合計 row and two units named 所管課 (unit_no 1 and 6) come in as extra units.
    # K department: こども課, 健康推進課 … vs None ×9 (the 所管課 column not read).
    # K unit_no: 1 … 9 vs None ×9 (the 事業No column not read).
    # J keys: 48 rows keyed 放課後児童クラブの登録児童数 … vs 放課後児童クラブの登録児童数(人) …
    # (the unit printed in brackets at the end of the name stays in kpi_name; unit None
    # vs 人 / % / 件 / 分 / 者 on all 48); with the name fixed, the 6 baselines
    # (基準値（令和2年度）, year_label 令和2年度) come out as metric target with year_label
    # 2年度) and the 6 final targets year_label 令和7年度 vs 7年度) (the wrapped header's
    # second line only). Every J kpi field fails through the key.
    # K keys: 35 rows vs 16: the rows 5-7 continued on page 2 without the header row are
    # not read; the 達成度 column gives no achievement_rate rows; Nos 2-4 are named after
    # their 単位 cell (kpi_name 人 / % vs 保育所等の待機児童数 …). Only No 1's four year
    # columns match; every K kpi field fails on the missing rows.
}


@cache
def _outcome(template: str) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    outcome = process_file(FIXTURES / _PDF[template])
    return dict(outcome.document), {t: list(rows) for t, rows in outcome.rows.items()}


def _mark(test: str, template: str, what: str) -> list[Any]:
    if (test, template, what) in _XFAIL:
        return [pytest.mark.xfail(strict=False, reason="held-out template")]
    return []


def _params(test: str, fields: tuple[str, ...], templates: tuple[str, ...] = TEMPLATES
            ) -> list[Any]:  # fmt: skip
    return [
        pytest.param(template, field, marks=_mark(test, template, field), id=f"{template}-{field}")
        for template in templates
        for field in fields
    ]


def _template_params(test: str, what: str, templates: tuple[str, ...] = TEMPLATES
                     ) -> list[Any]:  # fmt: skip
    """One param per template, xfail when ``(test, template, what)`` is in ``_XFAIL``."""
    return [pytest.param(t, marks=_mark(test, t, what), id=t) for t in templates]


def _mismatches(
    want: Mapping[Any, Mapping[str, Any]], got: Mapping[Any, Mapping[str, Any]], field: str,
    norm: Callable[[Any], Any] = lambda v: v,
) -> list[tuple[Any, Any, Any]]:  # fmt: skip
    """(key, expected, got) for every expected row whose ``field`` differs (or is missing)."""
    bad = []
    for key, row in want.items():
        other = got.get(key)
        value = None if other is None else other.get(field, "<no column>")
        if other is None or norm(value) != norm(row[field]):
            bad.append((key, row[field], "<no row>" if other is None else value))
    return bad


def _keyed(rows: list[Mapping[str, Any]], key: Callable[[Mapping[str, Any]], Any]
           ) -> dict[Any, Mapping[str, Any]]:  # fmt: skip
    """Rows by key plus occurrence index (the n-th row with the same key)."""
    seen: Counter[Any] = Counter()
    out = {}
    for r in rows:
        k = key(r)
        out[(k, seen[k])] = r
        seen[k] += 1
    return out


# --------------------------------------------------------------------------- documents


@pytest.mark.parametrize("template", _template_params("document", "opens"))
def test_opens(template: str) -> None:
    doc, _ = _outcome(template)
    assert doc["status"] == "ok", doc.get("error")
    assert doc["page_count"] == _PAGES[template]


@pytest.mark.parametrize(("template", "field"), _params("document", DOC_FIELDS))
def test_document(template: str, field: str) -> None:
    doc, _ = _outcome(template)
    want = _DOCUMENT[template][field]
    assert doc[field] == want


@pytest.mark.parametrize("template", _template_params("document", "no_rejects"))
def test_no_rejects(template: str) -> None:
    _, rows = _outcome(template)
    assert rows.get("rejects", []) == []


# --------------------------------------------------------------------------- business_units


@pytest.mark.parametrize("template", _template_params("business_units", "names"))
def test_unit_names(template: str) -> None:
    _, rows = _outcome(template)
    got = [u["name"] for u in rows.get("business_units", [])]
    assert got == [u["name"] for u in _UNITS[template]]


@pytest.mark.parametrize(("template", "field"), _params("business_units", UNIT_FIELDS))
def test_unit_field(template: str, field: str) -> None:
    _, rows = _outcome(template)
    want = _keyed(_UNITS[template], lambda u: u["name"])
    got = _keyed(rows.get("business_units", []), lambda u: u["name"])
    assert _mismatches(want, got, field) == []


# --------------------------------------------------------------------------- budget_lines

_BUDGET_COLUMNS = ("business_unit", "item", "fiscal_year", "basis", "basis_label",
                   "amount_yen", "value_text", "page")  # fmt: skip


def _budget_expected(template: str) -> list[dict[str, Any]]:
    return [dict(zip(_BUDGET_COLUMNS, line, strict=True)) for line in _BUDGET[template]]


def _budget_key(b: Mapping[str, Any]) -> Any:
    return (b["business_unit"], b["item"], b["fiscal_year"], b["basis"])


@pytest.mark.parametrize("template", _template_params("budget_lines", "keys"))
def test_budget_keys(template: str) -> None:
    """Every expected (unit, item, year, basis) is there and nothing else is."""
    _, rows = _outcome(template)
    want = Counter(_budget_key(b) for b in _budget_expected(template))
    got = Counter(_budget_key(b) for b in rows.get("budget_lines", []))
    assert (sorted(want - got, key=repr), sorted(got - want, key=repr)) == ([], [])


@pytest.mark.parametrize(("template", "field"), _params("budget_lines", BUDGET_FIELDS))
def test_budget_field(template: str, field: str) -> None:
    _, rows = _outcome(template)
    want = _keyed(_budget_expected(template), _budget_key)
    got = _keyed(rows.get("budget_lines", []), _budget_key)
    assert _mismatches(want, got, field) == []


# --------------------------------------------------------------------------- kpi_values


def _kpi_key(k: Mapping[str, Any]) -> Any:
    """``kind`` is left out of the key (as in test_heldout_units3.py): it is a field."""
    return (k["kpi_name"], k["metric"], k["fiscal_year"])


@pytest.mark.parametrize("template", _template_params("kpi_values", "keys"))
def test_kpi_keys(template: str) -> None:
    """Every expected (indicator, metric, year) is there and nothing else is."""
    _, rows = _outcome(template)
    want = Counter(_kpi_key(k) for k in _KPIS[template])
    got = Counter(_kpi_key(k) for k in rows.get("kpi_values", []))
    assert (sorted(want - got, key=repr), sorted(got - want, key=repr)) == ([], [])


@pytest.mark.parametrize(("template", "field"), _params("kpi_values", KPI_FIELDS))
def test_kpi_field(template: str, field: str) -> None:
    _, rows = _outcome(template)
    want = _keyed(_KPIS[template], _kpi_key)
    got = _keyed(rows.get("kpi_values", []), _kpi_key)
    assert _mismatches(want, got, field) == []


# --------------------------------------------------------------------------- structure


@pytest.mark.parametrize(("template", "field"), _params("structure", STRUCTURE_FIELDS))
def test_structure_field(template: str, field: str) -> None:
    _, rows = _outcome(template)
    got = [s.get(field) for s in rows.get("structure", [])]
    assert got == [s[field] for s in _STRUCTURE[template]]


# --------------------------------------------------------------------------- F1


@pytest.mark.parametrize("template", TEMPLATES)
def test_f1_report(template: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Prints field-level P/R/F1 per table (``benchmarks/f1.py`` rules); never fails on a
    low score, only on a broken scorer."""
    doc, rows = _outcome(template)
    scores = score_document(expected_heldout5(template), actual_rows(rows, doc))
    with capsys.disabled():
        print(f"\n[held-out 5] {_PDF[template]}")
        for table, s in [*scores.items(), ("document", None)]:
            c = total(scores.values()) if s is None else s.counts
            print(f"  {table:<16} P={c.precision:6.3f} R={c.recall:6.3f} F1={c.f1:6.3f}"
                  f"   (tp={c.tp} fp={c.fp} fn={c.fn})")  # fmt: skip
    c = total(scores.values())
    assert 0.0 <= c.f1 <= 1.0
    assert c.tp + c.fn > 0
