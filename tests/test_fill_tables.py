"""Forms drawn with fills only (held-out 25, AF): no ruling on the page, each cell a
filled box apart from its neighbours by a 1.5-pt gutter, and the chosen option of a
list printed as the one dark pill among pale ones (fills.py)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.layout.page import build_page_layout
from aizu_extract.layout.table import grids_of
from aizu_extract.load import load_pdf
from aizu_extract.pipeline import process_file

from .drawing import LEFT, draw_pdf, fill_table, pills, title_line

PALE, DARK = (0.88, 0.9, 0.94), (0.13, 0.23, 0.42)
OPTIONS = ["拡充", "継続", "改善", "縮小", "廃止"]


def _grid(gutter: float):
    def draw(page: pymupdf.Page) -> None:
        cells = [(0, 0, 1, 1, "区分"), (0, 1, 1, 1, "令和4年度"), (0, 2, 1, 1, "令和5年度"),
                 (1, 0, 1, 1, "事業費"), (1, 1, 1, 1, "120"), (1, 2, 1, 1, "130"),
                 (2, 0, 1, 1, "一般財源"), (2, 1, 1, 1, "20"), (2, 2, 1, 1, "30")]  # fmt: skip
        fill_table(page, 100, [80.0, 90.0, 90.0], cells, frozenset({(0, 0), (1, 0)}), gutter)

    return draw


def test_boxes_apart_by_a_gutter_are_a_table(tmp_path: Path) -> None:
    (page,) = load_pdf(draw_pdf(tmp_path, "grid.pdf", _grid(1.5))).pages
    (grid,) = grids_of(build_page_layout(page))
    assert (grid.n_rows, grid.n_cols) == (3, 3)
    texts = {(c.row, c.col): c.text for c in grid.cells}
    assert texts[(0, 1)] == "令和4年度"
    assert texts[(1, 0)] == "事業費"
    assert texts[(2, 2)] == "30"


def test_touching_boxes_are_shading_not_cells(tmp_path: Path) -> None:
    """Boxes with no gutter between them (a ruled table's shading drawn on its own)
    give no rulings: nothing says where one cell ends."""
    (page,) = load_pdf(draw_pdf(tmp_path, "shade.pdf", _grid(0.0))).pages
    assert grids_of(build_page_layout(page)) == []


def _pill_row(fills: list[tuple[float, ...]]):
    def draw(page: pymupdf.Page) -> None:
        pills(page, 130, 300, OPTIONS, fills)

    return draw


def test_the_one_dark_pill_marks_its_word(tmp_path: Path) -> None:
    fills = [PALE, PALE, DARK, PALE, PALE]
    (page,) = load_pdf(draw_pdf(tmp_path, "pills.pdf", _pill_row(fills))).pages
    (mark,) = page.circles
    # the third pill: x 130 + 2 × 49 = 228 … 267, y 300 … 314
    assert (round(mark.x0), round(mark.y0), round(mark.x1), round(mark.y1)) == (228, 300, 267, 314)


def test_pills_that_single_out_nothing_mark_nothing(tmp_path: Path) -> None:
    for name, fills in (
        ("alike.pdf", [PALE] * 5),
        ("two.pdf", [PALE, DARK, PALE, DARK, PALE]),
        ("mixed.pdf", [PALE, (0.6, 0.6, 0.6), DARK, (1, 1, 1), PALE]),
    ):
        (page,) = load_pdf(draw_pdf(tmp_path, name, _pill_row(fills))).pages
        assert page.circles == (), name


NAME = "病児保育事業"


def _sheet(fills: list[tuple[float, ...]]):
    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート")
        cells = [
            (0, 0, 1, 1, "事業名"), (0, 1, 1, 3, NAME),
            (1, 0, 1, 1, "所管課"), (1, 1, 1, 1, "こども家庭課"),
            (1, 2, 1, 1, "事業開始年度"), (1, 3, 1, 1, "平成27年度"),
            (2, 0, 2, 1, "総合計画"), (2, 1, 1, 1, "基本目標"),
            (2, 2, 1, 2, "３　子どもを安心して産み育てられるまち"),
            (3, 1, 1, 1, "施策"), (3, 2, 1, 2, "３－１　子育て支援の充実"),
            (4, 0, 1, 1, "今後の方向性"), (4, 1, 1, 3, ""),
        ]  # fmt: skip
        labels = frozenset({(0, 0), (1, 0), (1, 2), (2, 0), (2, 1), (3, 1), (4, 0)})
        fill_table(page, 80, [80.0, 150.0, 80.0, 150.0], cells, labels, right={(1, 3)})
        pills(page, LEFT + 90, 80 + 4 * 18 + 2, OPTIONS, fills)

    return draw


def test_a_fill_only_sheet(tmp_path: Path) -> None:
    out = process_file(draw_pdf(tmp_path, "sheet.pdf", _sheet([PALE, PALE, DARK, PALE, PALE])))
    (unit,) = out.rows["business_units"]
    assert unit["name"] == NAME
    # 事業開始年度 is a label of its own: it and its value are no part of the 課
    assert unit["department"] == "こども家庭課"
    assert unit["next_year_policy"] == "改善"
    (node,) = out.rows["structure"]
    assert (node["level"], node["number"], node["title"]) == ("measure", "3-1", "子育て支援の充実")
    # the 基本目標 sub-label and its value under the 総合計画 label: the 施策's parent
    assert node["parent_number"] == "3"


def test_a_fill_only_sheet_with_no_pill_singled_out(tmp_path: Path) -> None:
    out = process_file(draw_pdf(tmp_path, "plain.pdf", _sheet([PALE] * 5)))
    (unit,) = out.rows["business_units"]
    assert unit["next_year_policy"] is None
