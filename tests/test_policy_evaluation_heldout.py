"""The 施策評価票 parser on the held-out rendering
``samples/heldout/evaluation_variant_pymupdf.pdf`` (a layout the parser was not
developed on), against ``tests.expected.heldout``.

The variant differs in layout only: a running header ``<city> 行政評価`` and an
``n / N`` folio on every page, one KPI table under a single year header row whose
指標名 column is followed by 単位 and 区分 (no 達成率 row; 説明又は計算式 and 検証
as rows under each indicator), a reordered one-line 事務事業一覧 header, cards in
another field order, 財務内容 headed ``令和7年度予算``/``令和8年度見込``.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.normalize.text import normalize_text
from tests.expected import heldout as ho
from tests.test_policy_evaluation import Parsed, parse_and_validate, parse_pdf, rows

HELDOUT = Path(__file__).resolve().parent.parent / "samples" / "heldout" / ho.EVAL_PDF


@pytest.fixture(scope="module")
def out() -> Parsed:
    if not HELDOUT.exists():
        pytest.fail(f"held-out sample {HELDOUT.name} missing: run `make samples`")
    return parse_and_validate(HELDOUT)


def test_document(out: Parsed) -> None:
    """Title chosen by content (era year + 施策評価票), not the running header above it;
    the city named by the running header is the municipality."""
    doc = out.document
    assert {k: doc[k] for k in ho.EVAL_DOCUMENT} == ho.EVAL_DOCUMENT
    assert doc["warnings"] == []
    assert out.rows["rejects"] == []


def test_structure(out: Parsed) -> None:
    got = [
        {k: r[k] for k in ("level", "number", "title", "parent_number")}
        for r in out.rows["structure"]
    ]
    assert got == ho.EVAL_STRUCTURE
    assert all(r["page"] == 1 for r in out.rows["structure"])


def test_every_kpi_cell(out: Parsed) -> None:
    """Every cell of the shared-header KPI table; the name comes from the 指標名
    column, never from the 単位 cell beside the metric labels."""
    kpis = rows(out, "kpi_values", kind="kpi")
    assert len(kpis) == len(ho.EVAL_KPI_CELLS) == 32
    got = {(r["kpi_no"], r["year_label"], r["metric"]): r for r in kpis}
    assert len(got) == 32
    for no, name, unit, label, fy, metric, value, text in ho.EVAL_KPI_CELLS:
        r = got[(no, label, metric)]
        assert (r["kpi_name"], r["unit"], r["fiscal_year"]) == (name, unit, fy), (no, label)
        assert r["value"] == value, (no, label, metric)
        assert normalize_text(r["value_text"]) == text, (no, label, metric)
        assert r["context"] == ho.EVAL_KPI_CONTEXT
        assert r["page"] == ho.EVAL_KPI_PAGE
        assert r["definition"], (no, label, metric)  # the 説明又は計算式 row under the block
    assert (
        got[(4, "令和5年度", "target")]["definition"]
        == "市への移住実践世帯の累計(二地域居住を含む)"
    )
    assert not any(r["kpi_name"] in {"人", "件", "世帯"} for r in kpis)


def test_outcomes(out: Parsed) -> None:
    got = [
        (r["subject"], r["kpi_name"], r["year_label"], r["fiscal_year"], r["metric"], r["value"])
        for r in rows(out, "kpi_values", kind="outcome")
    ]
    assert sorted(got, key=str) == sorted(ho.EVAL_OUTCOMES, key=str)
    assert {r["page"] for r in rows(out, "kpi_values", kind="outcome")} == {ho.EVAL_OUTCOME_PAGE}


def test_business_units(out: Parsed) -> None:
    got = {(r["measure_no"], r["unit_no"]): r for r in out.rows["business_units"]}
    assert len(out.rows["business_units"]) == len(ho.EVAL_BUSINESS_UNITS) == 16
    for unit in ho.EVAL_BUSINESS_UNITS:
        r = got[(unit["measure_no"], unit["unit_no"])]
        assert {k: r[k] for k in unit} == unit
        assert r["in_unit_list"] and r["has_card"]


def test_budget_lines(out: Parsed) -> None:
    """All 96 figures, with the page where each is printed (the むつ市 card's 財務内容
    is on the page after its start)."""
    got = [
        (
            r["business_unit"],
            r["item"],
            r["fiscal_year"],
            r["basis"],
            r["amount_yen"],
            r["page"],
        )
        for r in out.rows["budget_lines"]
    ]
    assert len(got) == len(ho.EVAL_BUDGET_LINES) == 96
    assert sorted(got, key=str) == sorted(ho.EVAL_BUDGET_LINES, key=str)
    units = {r["name"]: (r["measure_no"], r["unit_no"]) for r in out.rows["business_units"]}
    for r in out.rows["budget_lines"]:
        assert (r["measure_no"], r["unit_no"]) == units[r["business_unit"]]
        assert r["value_text"]


def test_no_running_header_leaks(out: Parsed) -> None:
    """The running header is neither the title nor any value."""
    assert out.document["title"] != "会津若松市 行政評価"
    for table in ("kpi_values", "business_units", "budget_lines", "structure"):
        for r in out.rows[table]:
            assert not any(isinstance(v, str) and "行政評価" in v for v in r.values()), r


# ------------------------------------------------ the rules, on small hand-drawn sheets


def _pdf(tmp_path: Path, pages: list[list[tuple[float, float, str]]]) -> Path:
    doc = pymupdf.open()
    for lines in pages:
        page = doc.new_page(width=595, height=842)
        for x, y, text in lines:
            page.insert_text((x, y), text, fontname="japan", fontsize=10)
    path = tmp_path / "sheet.pdf"
    doc.save(path)
    return path


def test_title_by_content_and_running_header_names_city(tmp_path: Path) -> None:
    header = (40, 25, "喜多方市 行政評価")
    path = _pdf(
        tmp_path,
        [
            [header, (200, 60, "令和6年度行政評価 施策評価票"), (40, 100, "施策1 交流の促進")],
            [header, (40, 100, "財務内容")],
            [header, (40, 100, "事務事業名")],
        ],
    )
    ex = parse_pdf(path)
    assert (ex.title, ex.fiscal_year, ex.municipality) == (
        "令和6年度行政評価 施策評価票",
        2024,
        "喜多方市",
    )


def test_title_repeated_on_every_page_is_still_the_title(tmp_path: Path) -> None:
    """A sheet whose only title line is repeated on each page keeps it as the title."""
    title = (200, 40, "令和6年度 施策評価票")
    path = _pdf(tmp_path, [[title, (40, 100, "財務内容")], [title, (40, 100, "事務事業名")]])
    ex = parse_pdf(path)
    assert (ex.title, ex.fiscal_year, ex.municipality) == ("令和6年度 施策評価票", 2024, None)
