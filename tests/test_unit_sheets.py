"""事務事業評価シート samples (fictional あさぎ市) in two renderings against hand-typed
expectations (tests/expected/unit_sheets.py): every field, money cell and indicator cell."""

from __future__ import annotations

from functools import cache

import pytest

from aizu_extract.pipeline import process_file

from .conftest import sample
from .expected import unit_sheets as exp

RENDERINGS = (exp.CALC_PDF, exp.REPORTLAB_PDF)


@cache
def _rows(name: str) -> dict[str, list[dict]]:
    outcome = process_file(sample(name))
    return {"documents": [outcome.document], **outcome.rows}


@pytest.mark.parametrize("name", RENDERINGS)
def test_document(name: str) -> None:
    doc = _rows(name)["documents"][0]
    assert doc["status"] == "ok", doc["error"]
    assert doc["page_count"] == exp.PAGE_COUNT
    for key, value in exp.DOCUMENT.items():
        assert doc[key] == value, key


@pytest.mark.parametrize("name", RENDERINGS)
def test_business_units(name: str) -> None:
    got = _rows(name)["business_units"]
    assert [u["name"] for u in got] == [u["name"] for u in exp.BUSINESS_UNITS]
    for unit, want in zip(got, exp.BUSINESS_UNITS, strict=True):
        for key, value in want.items():
            assert unit[key] == value, (unit["name"], key)


@pytest.mark.parametrize("name", RENDERINGS)
def test_budget_lines(name: str) -> None:
    want = exp.BUDGET_LINES_CALC if name == exp.CALC_PDF else exp.BUDGET_LINES_REPORTLAB
    got = [
        (
            b["business_unit"],
            b["item"],
            b["fiscal_year"],
            b["basis"],
            b["basis_label"],
            b["amount_yen"],
            b["value_text"],
            b["page"],
        )
        for b in _rows(name)["budget_lines"]
    ]
    assert sorted(got, key=repr) == sorted(want, key=repr)


_KPI_KEYS = (
    "kind", "subject", "context", "kpi_name", "unit", "page",
    "fiscal_year", "year_label", "metric", "value", "value_text",
)  # fmt: skip


@pytest.mark.parametrize("name", RENDERINGS)
def test_kpi_values(name: str) -> None:
    got = [tuple(k[key] for key in _KPI_KEYS) for k in _rows(name)["kpi_values"]]
    want = [tuple(k[key] for key in _KPI_KEYS) for k in exp.KPI_VALUES]
    assert sorted(got, key=repr) == sorted(want, key=repr)


@pytest.mark.parametrize("name", RENDERINGS)
def test_structure(name: str) -> None:
    got = [
        {k: s[k] for k in ("level", "number", "title", "parent_number", "page")}
        for s in _rows(name)["structure"]
    ]
    assert got == exp.STRUCTURE


@pytest.mark.parametrize("name", RENDERINGS)
def test_nothing_rejected(name: str) -> None:
    assert _rows(name)["rejects"] == []
