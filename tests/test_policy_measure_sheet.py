"""A 施策評価票 of one 施策 (its header grid prints ``施策 | N | title`` under ``政策 | N |
title``): the 施策's node, its indicators' context and its units' 施策 number come
from that row. Drawn at test time, expected values typed by hand."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.pipeline import process_file

from .drawing import draw_pdf, ruled_table, title_line


def _header(page: pymupdf.Page, top: float, label: str = "施策") -> float:
    return ruled_table(page, top, [70, 30, 300], [
        (0, 0, 1, 1, "政策"), (0, 1, 1, 1, "5"), (0, 2, 1, 1, "安全で快適なまち"),
        (1, 0, 1, 1, label), (1, 1, 1, 1, "4"), (1, 2, 1, 1, "公共交通の確保"),
    ])  # fmt: skip


def _unit_list(page: pymupdf.Page, top: float) -> float:
    return ruled_table(page, top, [30, 160, 80, 70], [
        (0, 0, 1, 1, "No"), (0, 1, 1, 1, "事務事業名"), (0, 2, 1, 1, "担当課"),
        (0, 3, 1, 1, "今後の方向性"),
        (1, 0, 1, 1, "1"), (1, 1, 1, 1, "コミュニティバス運行事業"), (1, 2, 1, 1, "交通政策課"),
        (1, 3, 1, 1, "継続"),
        (2, 0, 1, 1, "2"), (2, 1, 1, 1, "デマンド交通実証事業"), (2, 2, 1, 1, "交通政策課"),
        (2, 3, 1, 1, "拡充"),
    ])  # fmt: skip


@pytest.mark.parametrize("label", ["施策", "施策名"])
def test_a_header_row_naming_one_measure_gives_its_node_context_and_measure_no(
    tmp_path: Path, label: str
) -> None:
    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和6年度 施策評価票")
        y = _header(page, 50, label)
        y = ruled_table(page, y + 20, [60, 120, 60, 60], [
            (0, 0, 1, 1, "指標名"), (0, 1, 1, 1, "バス利用者数"), (0, 2, 1, 1, "単位"),
            (0, 3, 1, 1, "人"),
            (1, 0, 1, 2, "区分"), (1, 2, 1, 1, "R4"), (1, 3, 1, 1, "R5"),
            (2, 0, 1, 2, "実績"), (2, 2, 1, 1, "8,100"), (2, 3, 1, 1, "8,450"),
        ])  # fmt: skip
        title_line(page, y + 20, "構成する事務事業")
        _unit_list(page, y + 30)

    out = process_file(draw_pdf(tmp_path, "one_measure.pdf", draw))
    nodes = [
        (s["level"], s["number"], s["title"], s["parent_number"]) for s in out.rows["structure"]
    ]
    assert nodes == [
        ("policy", "5", "安全で快適なまち", None),
        ("measure", "4", "公共交通の確保", "5"),
    ]
    kpis = out.rows["kpi_values"]
    assert {(k["fiscal_year"], k["value"]) for k in kpis} == {(2022, 8100.0), (2023, 8450.0)}
    assert {k["context"] for k in kpis} == {"施策4 公共交通の確保"}
    units = [(u["measure_no"], u["unit_no"], u["name"]) for u in out.rows["business_units"]]
    assert units == [(4, 1, "コミュニティバス運行事業"), (4, 2, "デマンド交通実証事業")]


def test_list_columns_printing_their_own_year_and_basis_give_budget_lines(
    tmp_path: Path,
) -> None:
    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和6年度 施策評価票")
        y = _header(page, 50)
        title_line(page, y + 20, "構成する事務事業")
        ruled_table(page, y + 30, [30, 150, 70, 70, 60], [
            (0, 0, 2, 1, "No"), (0, 1, 2, 1, "事務事業名"),
            (0, 2, 2, 1, "令和4年度\n決算額（千円）"), (0, 3, 2, 1, "令和5年度\n予算額（千円）"),
            (0, 4, 2, 1, "方向性"),
            (2, 0, 1, 1, "1"), (2, 1, 1, 1, "コミュニティバス運行事業"), (2, 2, 1, 1, "12,480"),
            (2, 3, 1, 1, "13,020"), (2, 4, 1, 1, "継続"),
            (3, 0, 1, 1, "2"), (3, 1, 1, 1, "デマンド交通実証事業"), (3, 2, 1, 1, "－"),
            (3, 3, 1, 1, "2,750"), (3, 4, 1, 1, "拡充"),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "dated_money.pdf", draw))
    got = {
        (b["business_unit"], b["item"], b["fiscal_year"], b["basis"], b["basis_label"]): (
            b["amount_yen"],
            b["value_text"],
        )
        for b in out.rows["budget_lines"]
    }
    bus, demand = "コミュニティバス運行事業", "デマンド交通実証事業"
    assert got == {
        (bus, "事業費", 2022, "決算", "決算額"): (12480000, "12,480"),
        (bus, "事業費", 2023, "予算", "予算額"): (13020000, "13,020"),
        (demand, "事業費", 2022, "決算", "決算額"): (None, "－"),
        (demand, "事業費", 2023, "予算", "予算額"): (2750000, "2,750"),
    }
    assert {(b["measure_no"], b["unit_no"]) for b in out.rows["budget_lines"]} == {(4, 1), (4, 2)}
    assert out.document["status"] == "ok"


@pytest.mark.parametrize("bar", [None, "構成する事務事業（続き）"])
def test_a_list_goes_on_overleaf_past_a_section_folio(tmp_path: Path, bar: str | None) -> None:
    """A folio ``5-1-2`` (政策-施策-page) under the list is page furniture, so the list
    goes on in the next page's table under its repeated header (under a heading bar
    repeated overleaf too)."""
    widths = [30, 160, 80, 70]
    head = [(0, 0, 1, 1, "No"), (0, 1, 1, 1, "事務事業名"), (0, 2, 1, 1, "担当課"),
            (0, 3, 1, 1, "今後の方向性")]  # fmt: skip
    doc = pymupdf.open()
    first = doc.new_page(width=595, height=842)
    title_line(first, 40, "令和6年度 施策評価票")
    y = _header(first, 50)
    title_line(first, y + 20, "構成する事務事業")
    ruled_table(first, y + 30, widths, [
        *head,
        (1, 0, 1, 1, "1"), (1, 1, 1, 1, "コミュニティバス運行事業"), (1, 2, 1, 1, "交通政策課"),
        (1, 3, 1, 1, "継続"),
    ])  # fmt: skip
    first.insert_text((285, 815), "5-1-1", fontname="japan", fontsize=8)
    second = doc.new_page(width=595, height=842)
    if bar is not None:
        ruled_table(second, 26, [sum(widths)], [(0, 0, 1, 1, bar)])
    ruled_table(second, 50, widths, [
        *head,
        (1, 0, 1, 1, "2"), (1, 1, 1, 1, "デマンド交通実証事業"), (1, 2, 1, 1, "交通政策課"),
        (1, 3, 1, 1, "拡充"),
    ])  # fmt: skip
    second.insert_text((285, 815), "5-1-2", fontname="japan", fontsize=8)
    path = tmp_path / "overleaf.pdf"
    doc.save(path)
    doc.close()

    out = process_file(path)
    units = [(u["unit_no"], u["name"], u["page"]) for u in out.rows["business_units"]]
    assert units == [(1, "コミュニティバス運行事業", 1), (2, "デマンド交通実証事業", 2)]
    assert out.document["status"] == "ok"  # the folios are not unassigned numbers


@pytest.mark.parametrize("band", [False, True])
def test_years_down_under_a_description_that_names_a_year(tmp_path: Path, band: bool) -> None:
    """指標N | name | 単位 | unit, then 指標の説明 | a sentence naming 令和元年度, over
    年度 | 目標値 | 実績値 with one row per year: each row's year is its own label's
    (also with a band spanning the block's rows left of it)."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和6年度 施策評価票")
        y = _header(page, 50)
        c = 1 if band else 0  # the block's columns start right of the band
        cells = [
            (0, c, 1, 1, "指標3"), (0, c + 1, 1, 1, "バス停の利用登録者数"),
            (0, c + 2, 1, 1, "単位"), (0, c + 3, 1, 1, "人"),
            (1, c, 1, 1, "指標の説明"), (1, c + 1, 1, 3, "令和元年度からの累計登録者数"),
            (2, c, 1, 2, "年度"), (2, c + 2, 1, 1, "目標値"), (2, c + 3, 1, 1, "実績値"),
            (3, c, 1, 2, "令和4年度"), (3, c + 2, 1, 1, "500"), (3, c + 3, 1, 1, "480"),
            (4, c, 1, 2, "令和5年度"), (4, c + 2, 1, 1, "600"), (4, c + 3, 1, 1, "655"),
        ]  # fmt: skip
        if band:
            cells.append((0, 0, 5, 1, "成果\n指標"))
        ruled_table(page, y + 20, [40] * c + [60, 140, 60, 60], cells)

    out = process_file(draw_pdf(tmp_path, "years_down.pdf", draw))
    got = {
        (k["kpi_no"], k["kpi_name"], k["unit"], k["fiscal_year"], k["year_label"], k["metric"]): k[
            "value"
        ]
        for k in out.rows["kpi_values"]
    }
    name = "バス停の利用登録者数"
    assert got == {
        (3, name, "人", 2022, "令和4年度", "target"): 500.0,
        (3, name, "人", 2022, "令和4年度", "actual"): 480.0,
        (3, name, "人", 2023, "令和5年度", "target"): 600.0,
        (3, name, "人", 2023, "令和5年度", "actual"): 655.0,
    }
    assert {k["definition"] for k in out.rows["kpi_values"]} == {"令和元年度からの累計登録者数"}


def test_a_pending_word_in_a_value_cell_is_a_value_without_a_number(tmp_path: Path) -> None:
    """実績 printed 調査中 (not known yet): a row with value None and the word as
    value_text, not an indicator named 調査中 over the dash below it."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和6年度 施策評価票")
        y = _header(page, 50)
        ruled_table(page, y + 20, [60, 140, 60, 60], [
            (0, 0, 1, 1, "指標1"), (0, 1, 1, 1, "路線バスの満足度"), (0, 2, 1, 1, "単位"),
            (0, 3, 1, 1, "%"),
            (1, 0, 1, 2, "年度"), (1, 2, 1, 1, "目標値"), (1, 3, 1, 1, "実績値"),
            (2, 0, 1, 2, "令和5年度"), (2, 2, 1, 1, "55.0"), (2, 3, 1, 1, "調査中"),
            (3, 0, 1, 2, "令和6年度"), (3, 2, 1, 1, "60.0"), (3, 3, 1, 1, "－"),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "pending.pdf", draw))
    got = {
        (k["kpi_name"], k["fiscal_year"], k["metric"]): (k["value"], k["value_text"])
        for k in out.rows["kpi_values"]
    }
    name = "路線バスの満足度"
    assert got == {
        (name, 2023, "target"): (55.0, "55.0"),
        (name, 2023, "actual"): (None, "調査中"),
        (name, 2024, "target"): (60.0, "60.0"),
        (name, 2024, "actual"): (None, "－"),
    }


def _fates(out: object) -> dict[str, str]:
    """Printed number → its fate (assigned / accounted reason / unassigned reason)."""
    return {u["text"]: u["reason"] for u in out.rows["unassigned"]}  # type: ignore[attr-defined]


def test_a_measure_code_and_a_satisfaction_series_are_accounted(tmp_path: Path) -> None:
    """施策番号 ``5-4`` is the 施策's compound code (政策 5, 施策 4), and a 市民満足度 table
    by 調査年度 (no 目標/実績, no indicator column) is statistics: the sheet is ok. A table
    of years under an indicator column that nothing read stays unassigned."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和6年度 施策評価票")
        y = ruled_table(page, 50, [70, 60], [(0, 0, 1, 1, "施策番号"), (0, 1, 1, 1, "5-4")])
        y = _header(page, y)
        title_line(page, y + 20, "構成する事務事業")
        y = _unit_list(page, y + 30)
        y = ruled_table(page, y + 20, [70, 60, 60, 60], [
            (0, 0, 1, 1, "調査年度"), (0, 1, 1, 1, "令和3年度"), (0, 2, 1, 1, "令和4年度"),
            (0, 3, 1, 1, "令和5年度"),
            (1, 0, 1, 1, "満足度"), (1, 1, 1, 1, "51.5%"), (1, 2, 1, 1, "53.0%"),
            (1, 3, 1, 1, "54.2%"),
        ])  # fmt: skip
        if with_indicator:
            ruled_table(page, y + 20, [70, 60, 60], [
                (0, 0, 1, 1, "成果指標"), (0, 1, 1, 1, "令和4年度"), (0, 2, 1, 1, "令和5年度"),
                (1, 0, 1, 1, "乗降客数"), (1, 1, 1, 1, "3,310"), (1, 2, 1, 1, "3,475"),
            ])  # fmt: skip

    with_indicator = False
    out = process_file(draw_pdf(tmp_path, "accounted.pdf", draw))
    assert out.document["status"] == "ok", out.document["error"]
    assert _fates(out) == {}
    with_indicator = True
    out = process_file(draw_pdf(tmp_path, "unread_indicator.pdf", draw))
    assert _fates(out) == {
        "3,310": "unassigned.unknown_table",
        "3,475": "unassigned.unknown_table",
    }


def test_a_year_over_its_basis_in_a_two_row_list_header(tmp_path: Path) -> None:
    """``令和5年度`` over ``決算額`` (the 事務事業名 caption spanning both header rows),
    the unit in a note over the table (単位：千円): each column is a dated money column."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和6年度 施策評価票")
        y = _header(page, 50)
        title_line(page, y + 20, "構成する事務事業")
        page.insert_text((380, y + 30), "単位：千円", fontname="japan", fontsize=8)
        ruled_table(page, y + 36, [30, 150, 70, 70, 60], [
            (0, 0, 2, 1, "No"), (0, 1, 2, 1, "事務事業名"), (0, 2, 1, 1, "令和5年度"),
            (0, 3, 1, 1, "令和6年度"), (0, 4, 2, 1, "方向性"),
            (1, 2, 1, 1, "決算額"), (1, 3, 1, 1, "当初予算額"),
            (2, 0, 1, 1, "1"), (2, 1, 1, 1, "コミュニティバス運行事業"), (2, 2, 1, 1, "9,875"),
            (2, 3, 1, 1, "10,100"), (2, 4, 1, 1, "継続"),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "two_row_header.pdf", draw))
    got = {
        (b["item"], b["fiscal_year"], b["basis"], b["basis_label"]): b["amount_yen"]
        for b in out.rows["budget_lines"]
    }
    assert got == {
        ("事業費", 2023, "決算", "決算額"): 9875000,
        ("事業費", 2024, "予算", "当初予算額"): 10100000,
    }
    assert out.document["status"] == "ok", out.document["error"]


def test_a_section_folio_is_furniture_only_in_the_margin(tmp_path: Path) -> None:
    """``5-3`` at the foot of the page is a folio; the same text in the body (a code
    beside the header, read by nothing) stays an unassigned number."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和6年度 施策評価票")
        y = _header(page, 50)
        title_line(page, y + 20, "構成する事務事業")
        y = _unit_list(page, y + 30)
        page.insert_text((300, y + 40), "7-9", fontname="japan", fontsize=8)
        page.insert_text((285, 815), "5-3", fontname="japan", fontsize=8)

    out = process_file(draw_pdf(tmp_path, "section_folio.pdf", draw))
    assert _fates(out) == {"7-9": "unassigned.unknown_label"}


def test_a_measure_number_pair_beside_a_measure_name_pair(tmp_path: Path) -> None:
    """施策番号 | 7 | 施策名 | 生涯学習の推進 on one header row: the sheet's 施策."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和6年度 施策評価票")
        y = ruled_table(page, 50, [70, 30, 60, 240], [
            (0, 0, 1, 1, "政策"), (0, 1, 1, 1, "6"), (0, 2, 1, 2, "学び合い育つまち"),
            (1, 0, 1, 1, "施策番号"), (1, 1, 1, 1, "7"), (1, 2, 1, 1, "施策名"),
            (1, 3, 1, 1, "生涯学習の推進"),
        ])  # fmt: skip
        title_line(page, y + 20, "構成する事務事業")
        _unit_list(page, y + 30)

    out = process_file(draw_pdf(tmp_path, "number_pair.pdf", draw))
    nodes = [
        (s["level"], s["number"], s["title"], s["parent_number"]) for s in out.rows["structure"]
    ]
    assert nodes == [
        ("policy", "6", "学び合い育つまち", None),
        ("measure", "7", "生涯学習の推進", "6"),
    ]
    assert {u["measure_no"] for u in out.rows["business_units"]} == {7}


def test_a_dated_column_that_also_reads_as_a_metric_is_money_by_its_unit(
    tmp_path: Path,
) -> None:
    """``令和6年度 / 決算見込額（千円）`` (見込 reads as forecast too) is money by its unit
    note; ``令和6年度 / 見込`` with no unit nor money word is no money column."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和6年度 施策評価票")
        y = _header(page, 50)
        title_line(page, y + 20, "構成する事務事業")
        ruled_table(page, y + 30, [30, 150, 80, 50, 60], [
            (0, 0, 2, 1, "No"), (0, 1, 2, 1, "事務事業名"),
            (0, 2, 2, 1, "令和6年度\n決算見込額（千円）"), (0, 3, 2, 1, "令和6年度\n見込"),
            (0, 4, 2, 1, "方向性"),
            (2, 0, 1, 1, "1"), (2, 1, 1, 1, "コミュニティバス運行事業"), (2, 2, 1, 1, "11,960"),
            (2, 3, 1, 1, "95"), (2, 4, 1, 1, "継続"),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "forecast_money.pdf", draw))
    got = [
        (b["item"], b["fiscal_year"], b["basis"], b["basis_label"], b["amount_yen"])
        for b in out.rows["budget_lines"]
    ]
    assert got == [("事業費", 2024, "見込み", "決算見込額", 11960000)]
