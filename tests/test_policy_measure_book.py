"""施策評価シート of one 施策 each, bound in a book with no 政策分野 label (the shapes of
held-out round 14, drawn small): a 構成事務事業 list with money columns that print their
own year and basis but no 方針 column, a 合計 row, a 施策 code ``3-2`` printed as a
label's value, a status mark after a unit's name, and one sheet per page. Drawn at test
time; expected values typed by hand."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.batch import DocumentOutcome
from aizu_extract.pipeline import process_file

from .drawing import draw_pdf, ruled_table, title_line

BUS, DEMAND = "コミュニティバス運行事業", "デマンド交通実証事業"


def _header(page: pymupdf.Page, top: float, measure: str, title: str) -> float:
    """政策 | 5 | 安全で快適なまち over 施策 | <measure> | <title>."""
    return ruled_table(page, top, [70, 40, 300], [
        (0, 0, 1, 1, "政策"), (0, 1, 1, 1, "5"), (0, 2, 1, 1, "安全で快適なまち"),
        (1, 0, 1, 1, "施策"), (1, 1, 1, 1, measure), (1, 2, 1, 1, title),
    ])  # fmt: skip


def _money_list(
    page: pymupdf.Page,
    top: float,
    first: str = BUS,
    last: tuple[str, ...] = ("事業評価", "Ａ", "Ｂ"),
) -> float:
    """No | 事務事業名 | 担当課 | two dated money columns in 千円 | 事業評価 (or ``last``'s
    caption over its two cells), and a 合計 row."""
    return ruled_table(page, top, [25, 150, 60, 65, 65, 40], [
        (0, 0, 1, 1, "No."), (0, 1, 1, 1, "事務事業名"), (0, 2, 1, 1, "担当課"),
        (0, 3, 1, 1, "令和4年度\n決算額（千円）"), (0, 4, 1, 1, "令和5年度\n予算額（千円）"),
        (0, 5, 1, 1, last[0]),
        (1, 0, 1, 1, "1"), (1, 1, 1, 1, first), (1, 2, 1, 1, "交通政策課"),
        (1, 3, 1, 1, "12,480"), (1, 4, 1, 1, "13,020"), (1, 5, 1, 1, last[1]),
        (2, 0, 1, 1, "2"), (2, 1, 1, 1, DEMAND), (2, 2, 1, 1, "都市計画課"),
        (2, 3, 1, 1, "－"), (2, 4, 1, 1, "2,750"), (2, 5, 1, 1, last[2]),
        (3, 0, 1, 3, "合計"), (3, 3, 1, 1, "12,480"), (3, 4, 1, 1, "15,770"),
    ])  # fmt: skip


def _indicator(page: pymupdf.Page, top: float, name: str) -> float:
    return ruled_table(page, top, [140, 40, 40, 60, 60], [
        (0, 0, 1, 1, "指標名"), (0, 1, 1, 1, "単位"), (0, 2, 1, 1, "区分"),
        (0, 3, 1, 1, "令和4年度"), (0, 4, 1, 1, "令和5年度"),
        (1, 0, 1, 1, name), (1, 1, 1, 1, "人"), (1, 2, 1, 1, "実績"), (1, 3, 1, 1, "8,100"),
        (1, 4, 1, 1, "8,450"),
    ])  # fmt: skip


_POLICY = ("方向性", "継続", "拡充")  # a 方向性 column: a list by the older rule too


def _sheet(page: pymupdf.Page, measure: str, title: str, indicator: str, first: str) -> None:
    title_line(page, 40, "令和6年度 施策評価シート")
    y = _header(page, 50, measure, title)
    y = _indicator(page, y + 20, indicator)
    title_line(page, y + 20, "構成事務事業")
    _money_list(page, y + 30, first, _POLICY)


def test_a_list_with_dated_money_columns_and_no_policy_column_gives_its_units(
    tmp_path: Path,
) -> None:
    """No 方針 column: the captions that print a year and a basis say each row is a unit
    with its money; the 合計 row is no unit and gives no line, and the sheet is ok."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和6年度 施策評価シート")
        y = _header(page, 50, "4", "公共交通の確保")
        title_line(page, y + 20, "構成事務事業")
        _money_list(page, y + 30)

    out = process_file(draw_pdf(tmp_path, "money_list.pdf", draw))
    units = [
        (u["measure_no"], u["unit_no"], u["name"], u["department"], u["next_year_policy"])
        for u in out.rows["business_units"]
    ]
    assert units == [(4, 1, BUS, "交通政策課", None), (4, 2, DEMAND, "都市計画課", None)]
    got = {
        (b["business_unit"], b["item"], b["fiscal_year"], b["basis"]): (
            b["amount_yen"],
            b["value_text"],
        )
        for b in out.rows["budget_lines"]
    }
    assert got == {
        (BUS, "事業費", 2022, "決算"): (12480000, "12,480"),
        (BUS, "事業費", 2023, "予算"): (13020000, "13,020"),
        (DEMAND, "事業費", 2022, "決算"): (None, "－"),
        (DEMAND, "事業費", 2023, "予算"): (2750000, "2,750"),
    }
    assert out.document["status"] == "ok", out.document["error"]


def _coded(tmp_path: Path) -> DocumentOutcome:
    """政策 | 3 健康で安心して暮らせるまち | 施策 | ３－２ 子育て支援の充実 on one row (number
    and title in one cell), and a list with a 方向性 column."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和6年度 施策評価シート")
        y = ruled_table(page, 50, [40, 130, 40, 150], [
            (0, 0, 1, 1, "政策"), (0, 1, 1, 1, "3 健康で安心して暮らせるまち"),
            (0, 2, 1, 1, "施策"), (0, 3, 1, 1, "３－２ 子育て支援の充実"),
        ])  # fmt: skip
        y = _indicator(page, y + 20, "地域子育て支援拠点の利用者数")
        title_line(page, y + 20, "構成事務事業")
        ruled_table(page, y + 30, [25, 150, 60, 60], [
            (0, 0, 1, 1, "No."), (0, 1, 1, 1, "事務事業名"), (0, 2, 1, 1, "担当課"),
            (0, 3, 1, 1, "方向性"),
            (1, 0, 1, 1, "1"), (1, 1, 1, 1, "地域子育て支援拠点事業"), (1, 2, 1, 1, "こども家庭課"),
            (1, 3, 1, 1, "継続"),
        ])  # fmt: skip

    return process_file(draw_pdf(tmp_path, "coded.pdf", draw))


def test_the_value_of_a_measure_label_is_no_card_heading(tmp_path: Path) -> None:
    """``３－２ 子育て支援の充実`` right of the 施策 label is the sheet's 施策, not a card
    headed ``1－1 事業名``: the list's row is the only unit."""
    out = _coded(tmp_path)
    units = [(u["unit_no"], u["name"]) for u in out.rows["business_units"]]
    assert units == [(1, "地域子育て支援拠点事業")]
    assert {k["kind"] for k in out.rows["kpi_values"]} == {"kpi"}


def test_a_compound_measure_code_is_not_cut_at_its_dash(tmp_path: Path) -> None:
    """The node is numbered ``3-2`` as printed, under 政策 3; the context names the code;
    the units' measure_no is the 施策's own number, 2."""
    out = _coded(tmp_path)
    rows = out.rows
    nodes = [(s["level"], s["number"], s["title"], s["parent_number"]) for s in rows["structure"]]
    assert nodes == [
        ("policy", "3", "健康で安心して暮らせるまち", None),
        ("measure", "3-2", "子育て支援の充実", "3"),
    ]
    assert {k["context"] for k in rows["kpi_values"]} == {"施策3-2 子育て支援の充実"}
    assert {u["measure_no"] for u in rows["business_units"]} == {2}


def test_a_compound_code_beside_a_measure_number_label(tmp_path: Path) -> None:
    """施策番号 | 6-7 | 施策名 | 生涯学習の推進: the node is ``6-7`` under 政策 6, the units'
    measure_no 7."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和6年度 施策評価シート")
        y = ruled_table(page, 50, [70, 30, 60, 240], [
            (0, 0, 1, 1, "政策"), (0, 1, 1, 1, "6"), (0, 2, 1, 2, "学び合い育つまち"),
            (1, 0, 1, 1, "施策番号"), (1, 1, 1, 1, "6-7"), (1, 2, 1, 1, "施策名"),
            (1, 3, 1, 1, "生涯学習の推進"),
        ])  # fmt: skip
        title_line(page, y + 20, "構成事務事業")
        _money_list(page, y + 30)

    out = process_file(draw_pdf(tmp_path, "code_pair.pdf", draw))
    nodes = [
        (s["level"], s["number"], s["title"], s["parent_number"]) for s in out.rows["structure"]
    ]
    assert nodes == [
        ("policy", "6", "学び合い育つまち", None),
        ("measure", "6-7", "生涯学習の推進", "6"),
    ]
    assert {u["measure_no"] for u in out.rows["business_units"]} == {7}


def test_a_group_row_with_a_compound_code_gives_the_measure_its_own_number(
    tmp_path: Path,
) -> None:
    """List group rows ``施策3-1 …`` / ``施策3-2 …`` (政策 3's 施策 1 and 2): the rows under
    each are that 施策's units, measure_no 1 and 2, not 3 and 3."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和6年度 施策評価シート")
        title_line(page, 60, "構成事務事業")
        ruled_table(page, 70, [25, 150, 60, 60], [
            (0, 0, 1, 1, "No."), (0, 1, 1, 1, "事務事業名"), (0, 2, 1, 1, "担当課"),
            (0, 3, 1, 1, "方向性"),
            (1, 0, 1, 4, "施策3-1 健康づくりの推進"),
            (2, 0, 1, 1, "1"), (2, 1, 1, 1, "健康診査事業"), (2, 2, 1, 1, "健康づくり課"),
            (2, 3, 1, 1, "継続"),
            (3, 0, 1, 4, "施策3-2 子育て支援の充実"),
            (4, 0, 1, 1, "1"), (4, 1, 1, 1, "地域子育て支援拠点事業"), (4, 2, 1, 1, "こども家庭課"),
            (4, 3, 1, 1, "拡充"),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "group_rows.pdf", draw))
    units = [(u["measure_no"], u["unit_no"], u["name"]) for u in out.rows["business_units"]]
    assert units == [(1, 1, "健康診査事業"), (2, 1, "地域子育て支援拠点事業")]


def _book(tmp_path: Path) -> DocumentOutcome:
    """Two sheets, one a page: 施策 4 then 施策 6 of 政策 5, each with its indicator and
    its list; no 政策分野 label anywhere."""
    doc = pymupdf.open()
    _sheet(doc.new_page(width=595, height=842), "4", "公共交通の確保", "バス利用者数", BUS)
    _sheet(doc.new_page(width=595, height=842), "6", "道路の維持管理", "道路パトロール回数",
           "道路維持補修事業")  # fmt: skip
    path = tmp_path / "book.pdf"
    doc.save(path)
    doc.close()
    return process_file(path)


def test_each_sheet_of_a_measure_book_reads_its_own_measure(tmp_path: Path) -> None:
    """Page 2 names another 施策: its indicators and units are that 施策's, not page 1's."""
    rows = _book(tmp_path).rows
    contexts = {(k["page"], k["kpi_name"], k["context"]) for k in rows["kpi_values"]}
    assert contexts == {
        (1, "バス利用者数", "施策4 公共交通の確保"),
        (2, "道路パトロール回数", "施策6 道路の維持管理"),
    }
    units = [(u["page"], u["measure_no"], u["unit_no"], u["name"]) for u in rows["business_units"]]
    assert units == [
        (1, 4, 1, BUS), (1, 4, 2, DEMAND), (2, 6, 1, "道路維持補修事業"), (2, 6, 2, DEMAND),
    ]  # fmt: skip


def test_an_outline_level_printed_on_every_sheet_is_one_node(tmp_path: Path) -> None:
    """政策 5 heads both sheets: one node, on the first page; each 施策 on its own page."""
    rows = _book(tmp_path).rows
    nodes = [(s["level"], s["number"], s["parent_number"], s["page"]) for s in rows["structure"]]
    assert nodes == [("policy", "5", None, 1), ("measure", "4", "5", 1), ("measure", "6", "5", 2)]


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("コミュニティバス運行事業（新規）", BUS),
        ("コミュニティバス運行事業（北部線）", "コミュニティバス運行事業(北部線)"),
        ("【新規】コミュニティバス運行事業", BUS),
        ("（仮称）コミュニティバス運行事業", "(仮称)コミュニティバス運行事業"),
    ],
    ids=["status-mark", "other-note", "mark-before", "other-note-before"],
)
def test_a_status_mark_beside_a_listed_name_is_not_part_of_it(
    tmp_path: Path, printed: str, name: str
) -> None:
    """``（新規）`` after (``【新規】`` before) a unit's name is a note on the unit; another
    bracket stays."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和6年度 施策評価シート")
        y = _header(page, 50, "4", "公共交通の確保")
        title_line(page, y + 20, "構成事務事業")
        _money_list(page, y + 30, printed)

    out = process_file(draw_pdf(tmp_path, "status_mark.pdf", draw))
    names = [u["name"] for u in out.rows["business_units"]]
    assert names == [name, DEMAND]
    assert {b["business_unit"] for b in out.rows["budget_lines"]} == {name, DEMAND}


def test_a_sheet_repeating_its_header_overleaf_stays_one_sheet(tmp_path: Path) -> None:
    """Page 2 prints the same 施策 4 header over the sheet's list: no new sheet, so the
    施策 is one node and the list's units are 施策 4's."""
    doc = pymupdf.open()
    first = doc.new_page(width=595, height=842)
    title_line(first, 40, "令和6年度 施策評価シート")
    _indicator(first, _header(first, 50, "4", "公共交通の確保") + 20, "バス利用者数")
    second = doc.new_page(width=595, height=842)
    y = _header(second, 50, "4", "公共交通の確保")
    title_line(second, y + 20, "構成事務事業")
    _money_list(second, y + 30, BUS, _POLICY)
    path = tmp_path / "overleaf.pdf"
    doc.save(path)
    doc.close()
    rows = process_file(path).rows
    nodes = [(s["level"], s["number"], s["page"]) for s in rows["structure"]]
    assert nodes == [("policy", "5", 1), ("measure", "4", 1)]
    assert [(u["page"], u["measure_no"]) for u in rows["business_units"]] == [(2, 4), (2, 4)]
