"""Third HELD-OUT pair (fictional しらかば市 / みずなら市) against hand-typed expectations
(tests/expected/heldout_units3.py), field by field.

The two PDFs in ``tests/fixtures/heldout_units3/`` (F: a LibreOffice Writer export of a
.docx book — an index page 事務事業一覧 and three 事務事業評価シート whose tables have
horizontal rules only; G: an older-style 施策評価票 drawn with PyMuPDF, 最終目標 merged
over 目標/実績, a two-line SDGs cell, 成果の推移 per card, a vertical 財務内容 label) were
made to measure how the parsers generalise to shapes they were not written against.
Every contract field is its own test (per template), so a failing field is visible by
name; those that fail today are marked ``xfail(strict=False)`` with the reason
"held-out template" and stay listed in ``_XFAIL`` below (remove an entry when the
parser gets that field right). ``test_f1_report`` prints the field-level precision /
recall / F1 the project's scorer (``benchmarks/score_f1.py``) computes; run
``pytest -s tests/test_heldout_units3.py -k f1`` to see it.
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
from benchmarks.score_f1 import actual_rows, expected_heldout_units3

from .expected import heldout_units3 as exp

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "heldout_units3"
TEMPLATES = ("f", "g")
_PDF = {"f": exp.F_PDF, "g": exp.G_PDF}
_PAGES = {"f": exp.F_PAGE_COUNT, "g": exp.G_PAGE_COUNT}
_DOCUMENT = {"f": exp.DOCUMENT_F, "g": exp.DOCUMENT_G}
_UNITS = {"f": exp.BUSINESS_UNITS_F, "g": exp.BUSINESS_UNITS_G}
_BUDGET = {"f": exp.BUDGET_LINES_F, "g": exp.BUDGET_LINES_G}
_KPIS = {"f": exp.KPI_VALUES_F, "g": exp.KPI_VALUES_G}
_STRUCTURE = {"f": exp.STRUCTURE_F, "g": exp.STRUCTURE_G}

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
# Blind score when these files were made: F1 0.347 (F 0.781, G 0.106). Fixed in the
# parser afterwards (no longer blind): G's outline labels above their values, its
# KPI table (several indicators run into one, a merged 最終目標, No column), its
# list's 今後の方向性 column and two-line SDG cells, its cards headed '1－1 名称';
# F's index page taken for a sheet, bracket marks（ ○ ）, 担当係, centred headers
# over right-aligned figures, a wrapped 概要 line. Still failing:
_XFAIL: set[tuple[str, str, str]] = {
    # F's index page (No | 事務事業名 | 担当課 | ページ) prints numbers no table takes:
    # got status partial, "7 number(s) unassigned on pages 1, 4"
    ("document", "f", "opens"),
}


@cache
def _outcome(template: str) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    outcome = process_file(FIXTURES / _PDF[template])
    return dict(outcome.document), {t: list(rows) for t, rows in outcome.rows.items()}


def _params(test: str, fields: tuple[str, ...]) -> list[Any]:
    out = []
    for template in TEMPLATES:
        for field in fields:
            marks = (
                [pytest.mark.xfail(strict=False, reason="held-out template")]
                if (test, template, field) in _XFAIL
                else []
            )
            out.append(pytest.param(template, field, marks=marks, id=f"{template}-{field}"))
    return out


def _template_params(test: str, what: str) -> list[Any]:
    """One param per template, xfail when ``(test, template, what)`` is in ``_XFAIL``."""
    return [
        pytest.param(
            template,
            marks=[pytest.mark.xfail(strict=False, reason="held-out template")]
            if (test, template, what) in _XFAIL
            else [],
            id=template,
        )
        for template in TEMPLATES
    ]


def _mismatches(
    want: Mapping[Any, Mapping[str, Any]], got: Mapping[Any, Mapping[str, Any]], field: str
) -> list[tuple[Any, Any, Any]]:
    """(key, expected, got) for every expected row whose ``field`` differs (or is missing)."""
    bad = []
    for key, row in want.items():
        other = got.get(key)
        value = None if other is None else other.get(field, "<no column>")
        if other is None or value != row[field]:
            bad.append((key, row[field], "<no row>" if other is None else value))
    return bad


def _keyed(rows: list[Mapping[str, Any]], key: Callable[[Mapping[str, Any]], Any]
           ) -> dict[Any, Mapping[str, Any]]:
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
    assert doc[field] == _DOCUMENT[template][field]


# --------------------------------------------------------------------------- business_units


@pytest.mark.parametrize("template", _template_params("business_units", "names"))
def test_unit_names(template: str) -> None:
    _, rows = _outcome(template)
    got = [u["name"] for u in rows.get("business_units", [])]
    assert got == [u["name"] for u in _UNITS[template]]


def _unit_key(u: Mapping[str, Any]) -> Any:
    return u["name"]


@pytest.mark.parametrize(("template", "field"), _params("business_units", UNIT_FIELDS))
def test_unit_field(template: str, field: str) -> None:
    _, rows = _outcome(template)
    want = _keyed(_UNITS[template], _unit_key)
    got = _keyed(rows.get("business_units", []), _unit_key)
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
    scores = score_document(expected_heldout_units3(template), actual_rows(rows, doc))
    with capsys.disabled():
        print(f"\n[held-out units 3] {_PDF[template]}")
        for table, s in [*scores.items(), ("document", None)]:
            c = total(scores.values()) if s is None else s.counts
            print(f"  {table:<16} P={c.precision:6.3f} R={c.recall:6.3f} F1={c.f1:6.3f}"
                  f"   (tp={c.tp} fp={c.fp} fn={c.fn})")  # fmt: skip
    c = total(scores.values())
    assert 0.0 <= c.f1 <= 1.0
    assert c.tp + c.fn > 0
