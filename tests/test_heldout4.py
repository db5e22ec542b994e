"""Fourth HELD-OUT pair (fictional かすみ野市 / ゆりが浜町) against hand-typed expectations
(tests/expected/heldout4.py), field by field.

The two PDFs in ``tests/fixtures/heldout4/`` (H: a LibreOffice Calc export of an .xlsx
事務事業評価書 — cover, 目次 and four sheets with vertical group labels, a 事業番号
code, 担当部 | 課 | 係 pairs, a cost table with years down and items across, 活動指標 /
成果指標 blocks with 目標値 | 実績値 | 達成率, ● in a narrow cell beside options listed
down; I: a reportlab デジタル田園都市国家構想総合戦略 with 数値目標 and KPI tables whose
baselines carry their own year, a yearless KPI target header, targets in words, a
footnote marker and a decoy population table) were made to measure how the parsers
generalise to shapes they were not written against. Every contract field is its own
test (per template), so a failing field is visible by name; those that fail today are
marked ``xfail(strict=False)`` with the reason "held-out template" and stay listed in
``_XFAIL`` below (remove an entry when the parser gets that field right).
``test_f1_report`` prints the field-level precision / recall / F1 the project's scorer
(``benchmarks/score_f1.py``) computes; run ``pytest -s tests/test_heldout4.py -k f1``
to see it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from aizu_extract.pipeline import process_file
from benchmarks.f1 import score_document, total
from benchmarks.score_f1 import actual_rows, expected_heldout4

from .expected import heldout4 as exp

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "heldout4"
TEMPLATES = ("h", "i")
_PDF = {"h": exp.H_PDF, "i": exp.I_PDF}
_PAGES = {"h": exp.H_PAGE_COUNT, "i": exp.I_PAGE_COUNT}
_DOCUMENT = {"h": exp.DOCUMENT_H, "i": exp.DOCUMENT_I}
_KPIS = {"h": exp.KPI_VALUES_H, "i": exp.KPI_VALUES_I}
_STRUCTURE = {"h": exp.STRUCTURE_H, "i": exp.STRUCTURE_I}
_WS = re.compile(r"\s+")

DOC_FIELDS = ("doc_type", "municipality", "title", "fiscal_year")
UNIT_FIELDS = (
    "department", "measure_no", "unit_no", "legal_basis", "next_year_policy",
    "is_priority", "population_goal", "sdg_targets", "summary", "page",
)  # fmt: skip
BUDGET_FIELDS = ("amount_yen", "basis_label", "value_text", "page")
KPI_FIELDS = {
    "h": ("kind", "subject", "context", "kpi_no", "unit", "page", "year_label", "value",
          "value_text"),
    "i": ("kind", "context", "unit", "page", "year_label", "value", "value_text", "qualifier"),
}  # fmt: skip
STRUCTURE_FIELDS = ("level", "number", "title", "parent_number", "page")

# (test, template, field) that fail with the parser; everything else must pass.
# Blind score when these files were made: F1 0.718 (H 0.660, I 0.994). Fixed in the
# parsers afterwards (no longer blind): 部 | 課 | 係 labels joined into department,
# a vertical 指標 band taken for the 活動指標 block's kind and unit, kana in the
# issuer's name (ゆりが浜町), the strategy title's NFKC.
_XFAIL: set[tuple[str, str, str]] = set()


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
    if template == "i" and field == "title":  # strategy convention: spaces removed
        assert _WS.sub("", doc[field] or "") == _WS.sub("", want)
    else:
        assert doc[field] == want


@pytest.mark.parametrize("template", _template_params("document", "no_rejects"))
def test_no_rejects(template: str) -> None:
    _, rows = _outcome(template)
    assert rows.get("rejects", []) == []


# --------------------------------------------------------------------------- business_units (H)


@pytest.mark.parametrize("template", _template_params("business_units", "names", ("h",)))
def test_unit_names(template: str) -> None:
    _, rows = _outcome(template)
    got = [u["name"] for u in rows.get("business_units", [])]
    assert got == [u["name"] for u in exp.BUSINESS_UNITS_H]


@pytest.mark.parametrize(("template", "field"), _params("business_units", UNIT_FIELDS, ("h",)))
def test_unit_field(template: str, field: str) -> None:
    _, rows = _outcome(template)
    want = _keyed(exp.BUSINESS_UNITS_H, lambda u: u["name"])
    got = _keyed(rows.get("business_units", []), lambda u: u["name"])
    assert _mismatches(want, got, field) == []


def test_strategy_has_no_units_or_budget() -> None:
    _, rows = _outcome("i")
    assert rows.get("business_units", []) == [] and rows.get("budget_lines", []) == []


# --------------------------------------------------------------------------- budget_lines (H)

_BUDGET_COLUMNS = ("business_unit", "item", "fiscal_year", "basis", "basis_label",
                   "amount_yen", "value_text", "page")  # fmt: skip


def _budget_expected() -> list[dict[str, Any]]:
    return [dict(zip(_BUDGET_COLUMNS, line, strict=True)) for line in exp.BUDGET_LINES_H]


def _budget_key(b: Mapping[str, Any]) -> Any:
    return (b["business_unit"], b["item"], b["fiscal_year"], b["basis"])


@pytest.mark.parametrize("template", _template_params("budget_lines", "keys", ("h",)))
def test_budget_keys(template: str) -> None:
    """Every expected (unit, item, year, basis) is there and nothing else is."""
    _, rows = _outcome(template)
    want = Counter(_budget_key(b) for b in _budget_expected())
    got = Counter(_budget_key(b) for b in rows.get("budget_lines", []))
    assert (sorted(want - got, key=repr), sorted(got - want, key=repr)) == ([], [])


@pytest.mark.parametrize(("template", "field"), _params("budget_lines", BUDGET_FIELDS, ("h",)))
def test_budget_field(template: str, field: str) -> None:
    _, rows = _outcome(template)
    want = _keyed(_budget_expected(), _budget_key)
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


@pytest.mark.parametrize(
    ("template", "field"),
    [p for t in TEMPLATES for p in _params("kpi_values", KPI_FIELDS[t], (t,))],
)
def test_kpi_field(template: str, field: str) -> None:
    _, rows = _outcome(template)
    want = _keyed(_KPIS[template], _kpi_key)
    got = _keyed(rows.get("kpi_values", []), _kpi_key)
    norm: Callable[[Any], Any] = (
        (lambda v: _WS.sub("", v) if isinstance(v, str) else v)
        if template == "i" and field == "value_text"
        else (lambda v: v)
    )
    assert _mismatches(want, got, field, norm) == []


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
    scores = score_document(expected_heldout4(template), actual_rows(rows, doc))
    with capsys.disabled():
        print(f"\n[held-out 4] {_PDF[template]}")
        for table, s in [*scores.items(), ("document", None)]:
            c = total(scores.values()) if s is None else s.counts
            print(f"  {table:<16} P={c.precision:6.3f} R={c.recall:6.3f} F1={c.f1:6.3f}"
                  f"   (tp={c.tp} fp={c.fp} fn={c.fn})")  # fmt: skip
    c = total(scores.values())
    assert 0.0 <= c.f1 <= 1.0
    assert c.tp + c.fn > 0
