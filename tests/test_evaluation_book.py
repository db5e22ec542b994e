"""A bound book of two 施策評価票 (fictional こもれび町, drawn with PyMuPDF) against
hand-typed expectations (tests/expected/evaluation_book.py): each value belongs to the
sheet it is printed on; the cover, 目次 and running headers give no rows."""

from __future__ import annotations

from functools import cache

from aizu_extract.pipeline import process_file

from .conftest import sample
from .expected import evaluation_book as exp


@cache
def _rows() -> dict[str, list[dict]]:
    outcome = process_file(sample(exp.BOOK_PDF))
    return {"documents": [outcome.document], **outcome.rows}


def test_document() -> None:
    doc = _rows()["documents"][0]
    assert doc["status"] == "ok", doc["error"]
    assert doc["page_count"] == exp.PAGE_COUNT
    for key, value in exp.DOCUMENT.items():
        assert doc[key] == value, key


def test_structure_one_outline_per_sheet() -> None:
    got = [
        {k: s[k] for k in ("level", "number", "title", "parent_number", "page")}
        for s in _rows()["structure"]
    ]
    assert got == exp.STRUCTURE


_KPI_KEYS = (
    "kind", "context", "subject", "kpi_no", "kpi_name", "unit",
    "fiscal_year", "year_label", "metric", "value", "value_text",
)  # fmt: skip


def test_kpi_values_years_down_side_by_side() -> None:
    got = [tuple(k[key] for key in _KPI_KEYS) for k in _rows()["kpi_values"]]
    want = [tuple(k[key] for key in _KPI_KEYS) for k in exp.KPI_VALUES]
    assert sorted(got, key=repr) == sorted(want, key=repr)


def test_business_units_list_joined_with_cards_per_sheet() -> None:
    got = _rows()["business_units"]
    keys = ("measure_no", "unit_no", "name", "department", "legal_basis", "next_year_policy",
            "is_priority", "population_goal", "sdg_targets", "summary", "page")  # fmt: skip
    want = sorted((tuple(repr(u[k]) for k in keys) for u in exp.BUSINESS_UNITS), key=lambda t: t[2])
    assert sorted((tuple(repr(u[k]) for k in keys) for u in got), key=lambda t: t[2]) == want


def test_budget_lines_years_down() -> None:
    got = [
        (b["business_unit"], b["item"], b["fiscal_year"], b["basis"], b["basis_label"],
         b["amount_yen"], b["value_text"], b["page"])
        for b in _rows()["budget_lines"]
    ]  # fmt: skip
    assert sorted(got, key=repr) == sorted(exp.BUDGET_LINES, key=repr)


def test_cover_and_contents_give_no_rows() -> None:
    rows = _rows()
    for table in ("kpi_values", "business_units", "budget_lines", "structure"):
        assert not [r for r in rows[table] if r["page"] in exp.NO_ROW_PAGES], table
    assert rows["rejects"] == []
