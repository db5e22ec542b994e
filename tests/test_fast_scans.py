"""Scans cut short decide as the full scans do (issue 13, steady-state cost).

One pass over a cell's glyphs for their directions and band, the vertical rules
of a loose line looked up by start or end, the unreadable share without the
placeholder alternation, the header reader's position tests before its box
comparisons, a form's labels sorted by field once per scope, the reaches of
rulings by bisection, a number's column head found from its table's top
down, a table's cell spans found once for its grid, and a page's reading
order rounded without ``round(top, 0)``. Expected values are worked out by
hand from the drawn glyphs, rules, boxes and cells (10 pt glyphs).
"""

from __future__ import annotations

import math
from pathlib import Path

import pymupdf
from hypothesis import given
from hypothesis import strategies as st

from aizu_extract.accounting import _column_head
from aizu_extract.geometry import BBox, Char, new_char
from aizu_extract.layout import build_document_layout
from aizu_extract.layout.form import Form
from aizu_extract.layout.grid import Cell, Edge, Table, _Reach, _Reaches, group_tables
from aizu_extract.layout.page import DocumentLayout, PageLayout, TextBox, _RulesAcross, reading_key
from aizu_extract.layout.table import _build_grids
from aizu_extract.layout.textlines import TextLine, _across_and_down, group_lines
from aizu_extract.layout.vocabulary import vocabulary
from aizu_extract.load import load_pdf, unreadable_share
from aizu_extract.parsers.base import Extraction
from aizu_extract.parsers.policy_evaluation.header import read_document
from aizu_extract.parsers.strategy.common import Doc
from aizu_extract.parsers.strategy.kpi_tables import _beside_a_name
from aizu_extract.settings import DEFAULT

from .drawing import draw_pdf, ruled_table


def _glyph(text: str, x: float, y: float = 100.0, direction: str = "ltr") -> Char:
    return new_char(text, x, y, x + 10, y + 10, 10, y + 10, direction=direction)  # type: ignore[arg-type]


# ------------------------------------------------------------ directions and band


def test_glyphs_across_on_one_band_come_back_as_they_are() -> None:
    glyphs = [_glyph("事", 0), _glyph("業", 10), _glyph("名", 20)]
    across, down, one_band = _across_and_down(glyphs)
    assert across is glyphs
    assert down == []
    assert one_band is True


def test_another_bottom_or_top_is_not_one_band() -> None:
    # 業 is 10.5 pt tall (bottom 110.5), 名 starts at 100.5: two bands.
    taller = new_char("業", 10, 100, 20, 110.5, 10, 110)
    lower = new_char("名", 20, 100.5, 30, 110.5, 10, 110)
    assert _across_and_down([_glyph("事", 0), taller])[2] is False
    assert _across_and_down([_glyph("事", 0), lower])[2] is False


def test_a_first_glyph_of_negative_height_is_not_a_band() -> None:
    # top 110 below bottom 100: _one_band says no, whatever follows.
    upside = new_char("事", 0, 110, 10, 100, 10, 100)
    assert _across_and_down([upside])[2] is False


def test_a_glyph_running_down_splits_the_cell_in_order() -> None:
    a, b = _glyph("予", 0), _glyph("算", 10)
    d1, d2 = _glyph("財", 50, 0, "ttb"), _glyph("務", 50, 12, "ttb")
    across, down, one_band = _across_and_down([a, d1, b, d2])
    assert across == [a, b]
    assert down == [d1, d2]
    assert one_band is True  # 予 and 算 share top 100 and bottom 110
    across, down, one_band = _across_and_down([d1, d2])
    assert (across, down, one_band) == ([], [d1, d2], False)


def test_no_glyphs_no_lines() -> None:
    assert _across_and_down([]) == ([], [], False)
    assert group_lines([]) == []


def test_a_cell_of_both_directions_reads_both() -> None:
    lines = group_lines([_glyph("予", 0), _glyph("財", 50, 0, "ttb"), _glyph("算", 10)])
    assert sorted(ln.text for ln in lines) == ["予算", "財"]


# ------------------------------------------------------------- rules of a height

# Rules down the page as (x, top, bottom): A spans 0–50, B 40–100, C 90–200,
# F 150–300; D has a NaN top, E a NaN bottom (neither holds any height).
_RULES = [
    (10.0, 0.0, 50.0),
    (20.0, 40.0, 100.0),
    (30.0, 90.0, 200.0),
    (40.0, math.nan, 60.0),
    (50.0, 0.0, math.nan),
    (60.0, 150.0, 300.0),
]


def test_rules_holding_a_height_inclusive_of_their_ends() -> None:
    crossing = _RulesAcross(_RULES)
    assert sorted(crossing.at(45.0)) == [10.0, 20.0]  # A and B
    assert sorted(crossing.at(50.0)) == [10.0, 20.0]  # A's bottom counts
    assert sorted(crossing.at(40.0)) == [10.0, 20.0]  # B's top counts
    assert sorted(crossing.at(5.0)) == [10.0]  # near the top: few start above
    assert sorted(crossing.at(95.0)) == [20.0, 30.0]  # B and C
    assert sorted(crossing.at(200.0)) == [30.0, 60.0]  # near the bottom: few end below
    assert sorted(crossing.at(150.0)) == [30.0, 60.0]  # F's top counts
    assert crossing.at(120.0) == [30.0]  # C and F end below, but F starts lower
    assert crossing.at(250.0) == [60.0]


def test_no_rule_outside_every_span_or_at_nan() -> None:
    crossing = _RulesAcross(_RULES)
    assert crossing.at(-1.0) == []
    assert crossing.at(301.0) == []
    assert crossing.at(math.nan) == []
    assert _RulesAcross([]).at(10.0) == []


def test_the_same_rule_twice_is_listed_twice() -> None:
    # Two rulings drawn at one x (a double rule): both are barriers, as before.
    crossing = _RulesAcross([(10.0, 0.0, 50.0), (10.0, 0.0, 50.0)])
    assert crossing.at(25.0) == [10.0, 10.0]


# ------------------------------------------------------------- unreadable share


def test_unreadable_share_of_single_characters() -> None:
    assert unreadable_share(["abc\x01"]) == 1 / 4  # one control code of four
    assert unreadable_share(["事業", "\ue000"]) == 1 / 3  # private use
    assert unreadable_share(["(cid"]) == 0.0  # no placeholder: a bracket is text
    assert unreadable_share([]) == 0.0


def test_unreadable_share_counts_a_placeholder_with_all_its_characters() -> None:
    assert unreadable_share(["(cid:12)あ"]) == 8 / 9
    # A placeholder and a private-use glyph: 7 + 1 of 9 characters.
    assert unreadable_share(["(cid:1)", "\ue000x"]) == 8 / 9
    # "(cid:" without digits and ")" is not a placeholder: only \x02 counts.
    assert unreadable_share(["(cid:x)\x02"]) == 1 / 8


# ------------------------------------------------- header reader: box comparisons


def _box(text: str, x0: float, y0: float, width: float = 40.0) -> TextBox:
    glyphs = [_glyph(t, x0 + 10 * i, y0) for i, t in enumerate(text)]
    return TextBox(1, BBox(x0, y0, x0 + width, y0 + 10), tuple(group_lines(glyphs)))


def _page(*boxes: TextBox) -> PageLayout:
    return PageLayout(1, 600.0, 800.0, (), boxes, ())


def test_a_box_equal_to_one_in_the_band_counts_as_in_it() -> None:
    # The name label 指標名 at x 0–40; R4 under a year label at y 120 is the
    # second line of the header unless a box under the name sits on its row.
    name = _box("指標名", 0, 100)
    r4 = _box("R4", 100, 120)
    twin = _box("ＫＰＩ値", 0, 120)  # under the name, on R4's row
    equal = _box("ＫＰＩ値", 0, 120)  # another object, equal field by field
    assert twin == equal and twin is not equal
    # The twin is in the band: an equal box on the page counts as in it too.
    assert _beside_a_name(_page(name, r4, equal), name.bbox, r4, [name, twin]) is False
    # Not in the band: the box under the name makes R4 a body cell.
    assert _beside_a_name(_page(name, r4, equal), name.bbox, r4, [name]) is True


def test_boxes_off_the_name_or_the_row_never_count() -> None:
    name = _box("指標名", 0, 100)
    r4 = _box("R4", 100, 120)
    beside = _box("目標", 50, 120)  # on R4's row, right of the name (x 50–90)
    below = _box("計画", 0, 140)  # under the name, below R4's row
    assert _beside_a_name(_page(name, r4, beside, below), name.bbox, r4, [name]) is False


# ----------------------------------------------------- form labels by scope


def _form(tmp_path: Path) -> Form:
    def draw(page: pymupdf.Page) -> None:
        ruled_table(
            page,
            100,
            [80, 160],
            [
                (0, 0, 1, 1, "事業名"),
                (0, 1, 1, 1, "環境学習推進事業"),
                (1, 0, 1, 1, "担当課"),
                (1, 1, 1, 1, "企画調整課"),
                (2, 0, 1, 1, "事業名"),
                (2, 1, 1, 1, "森林整備事業"),
            ],
        )

    layout = build_document_layout(load_pdf(draw_pdf(tmp_path, "form.pdf", draw)))
    return Form(layout, vocabulary())


def test_hits_of_the_whole_form_and_of_a_scope(tmp_path: Path) -> None:
    form = _form(tmp_path)
    assert [h.text for h in form.hits("name")] == ["環境学習推進事業", "森林整備事業"]
    assert [h.text for h in form.hits("department")] == ["企画調整課"]
    top = form.cells[:4]  # the first two rows: 事業名 | … and 担当課 | …
    assert [h.text for h in form.hits("name", top)] == ["環境学習推進事業"]
    assert [h.text for h in form.hits("department", top)] == ["企画調整課"]
    assert form.hits("sdg", top) == []
    # The same cells in another list, and in reverse order: the labels in that order.
    assert [h.text for h in form.hits("name", list(form.cells))] == [
        "環境学習推進事業",
        "森林整備事業",
    ]
    backwards = list(reversed(form.cells))
    assert [h.text for h in form.hits("name", backwards)] == ["森林整備事業", "環境学習推進事業"]


def test_a_scope_changed_in_place_is_read_again(tmp_path: Path) -> None:
    form = _form(tmp_path)
    scope = form.cells[:2]  # 事業名 | 環境学習推進事業
    assert [h.text for h in form.hits("name", scope)] == ["環境学習推進事業"]
    assert form.hits("department", scope) == []
    scope.extend(form.cells[2:4])  # now 担当課 | 企画調整課 too
    assert [h.text for h in form.hits("department", scope)] == ["企画調整課"]
    scope[0:2] = form.cells[4:6]  # the first row swapped for the third
    assert [h.text for h in form.hits("name", scope)] == ["森林整備事業"]


def test_form_cells_in_reading_order_by_rounded_top_then_left(tmp_path: Path) -> None:
    # Two tables side by side, the right one drawn 0.2 pt higher: their first rows
    # round to the same top (100), so they read left to right, row by row.
    def draw(page: pymupdf.Page) -> None:
        ruled_table(page, 100, [60, 60], [(0, 0, 1, 1, "左一"), (0, 1, 1, 1, "左二"),
                                          (1, 0, 1, 2, "左下")])  # fmt: skip
        ruled_table(page, 99.8, [60], [(0, 0, 1, 1, "右一"), (1, 0, 1, 1, "右下")], left=400)

    layout = build_document_layout(load_pdf(draw_pdf(tmp_path, "two.pdf", draw)))
    form = Form(layout, vocabulary())
    assert [fc.cell.text for fc in form.cells] == ["左一", "左二", "右一", "左下", "右下"]
    # From the second row on (top 118, rounded 118): both second rows.
    second = form.cells[3].position
    assert [fc.cell.text for fc in form.between(second, None)] == ["左下", "右下"]


# ------------------------------------------------------ reaches by bisection


def test_reaches_by_bisection_read_as_the_kept_reaches() -> None:
    # Rulings at position 0 drawn 60–100 and 0–40 (out of order), snap tolerance 3;
    # position 1 has none.
    edges = [Edge("v", 100.0, 60.0, 100.0), Edge("v", 100.0, 0.0, 40.0)]
    reaches = _Reaches([edges, []], 3.0)
    assert reaches.at(0, 0.0) == 43.0  # only 0–40 starts by 0 (+3)
    assert reaches.at(0, -3.0) == 43.0  # 0 - 3 is by -3
    assert reaches.at(0, -3.5) == -math.inf  # nothing starts by -3.5
    assert reaches.at(0, 50.0) == 43.0  # in the gap: still the first edge's end
    assert reaches.at(0, 57.0) == 103.0  # 60 - 3 = 57: the second one too
    assert reaches.at(0, 56.9) == 43.0
    assert reaches.at(0, math.nan) == -math.inf  # no edge starts by NaN
    assert reaches.at(1, 10.0) == -math.inf
    # A longer edge first, a shorter one after: the furthest end is kept.
    nested = [Edge("h", 5.0, 0.0, 100.0), Edge("h", 5.0, 10.0, 50.0)]
    assert _Reaches([nested], 3.0).at(0, 20.0) == 103.0


def test_reaches_with_a_nan_end_keep_the_first_item_rule() -> None:
    # As max() does: a NaN first end is kept, a NaN later one never wins.
    broken, whole = Edge("v", 0.0, 0.0, math.nan), Edge("v", 0.0, 0.0, 10.0)
    assert math.isnan(_Reaches([[broken, whole]], 3.0).at(0, 0.0))
    assert _Reaches([[whole, broken]], 3.0).at(0, 0.0) == 13.0
    # A NaN start never starts by anything: only the whole edge counts.
    odd = Edge("v", 0.0, math.nan, 50.0)
    assert _Reaches([[odd, whole]], 3.0).at(0, 0.0) == 13.0
    assert _Reaches([[odd]], 3.0).at(0, 0.0) == -math.inf


_COORD = st.one_of(
    st.sampled_from([0.0, 10.0, 20.0, 40.0, math.inf, -math.inf, math.nan]),
    st.floats(-50, 150, allow_nan=False),
)


@given(
    spans=st.lists(st.tuples(_COORD, _COORD), max_size=5),
    starts=st.lists(_COORD, min_size=1, max_size=8),
)
def test_reaches_answer_as_the_kept_reaches_do(
    spans: list[tuple[float, float]], starts: list[float]
) -> None:
    edges = [Edge("v", 0.0, a, b) for a, b in spans]
    for a in starts:
        fast, kept = _Reaches([edges], 3.0).at(0, a), _Reach([edges], 3.0)[0, a]
        assert fast == kept or (math.isnan(fast) and math.isnan(kept))


# ------------------------------------------------- accounting: a column's head


def _cell(text: str, x0: float, y0: float, x1: float, y1: float, table: int = 0) -> TextBox:
    glyphs = [_glyph(t, x0 + 10 * i, y0 if y0 == y0 else y1 - 10) for i, t in enumerate(text)]
    return TextBox(1, BBox(x0, y0, x1, y1), tuple(group_lines(glyphs)), table)


_SLACK = DEFAULT.accounting.cell_above_slack


def test_the_column_head_is_the_topmost_cell_above_in_the_column() -> None:
    # Table 0: 頁 and ページ both at top 10 over the column x 100–140 (頁 first in
    # reading order), 12 at 30, 34 at 50; 項目 heads the column left of it; a
    # cell of table 1 sits higher (top 0) in the same column.
    small = _cell("頁", 95, 10, 130, 20)
    head = _cell("ページ", 100, 10, 140, 20)
    left = _cell("項目", 0, 10, 90, 20)
    twelve = _cell("12", 100, 30, 140, 40)
    other = _cell("表", 100, 0, 140, 5, table=1)
    last = _cell("34", 100, 50, 140, 60)
    lone = _cell("5", 200, 50, 220, 60)  # nothing above it in its column
    page = _page(other, small, head, left, twelve, last, lone)
    assert _column_head(page, last, {}, _SLACK) == "頁"  # the first of the equal tops
    assert _column_head(page, twelve, {}, _SLACK) == "頁"
    assert _column_head(page, lone, {}, _SLACK) is None
    swapped = _page(other, head, small, left, twelve, last, lone)
    assert _column_head(swapped, last, {}, _SLACK) == "ページ"
    assert _column_head(page, left, {}, _SLACK) is None  # nothing above the top row


def test_a_column_with_a_nan_top_is_searched_as_min_does() -> None:
    # Above 34: A (top 30), N (NaN top), B (top 10), in that reading order. min by
    # top keeps A past N (NaN is never smaller), then takes B: B heads the column.
    a = _cell("甲", 100, 30, 140, 40)
    n = _cell("乙", 100, math.nan, 140, 45)
    b = _cell("丙", 100, 10, 140, 20)
    last = _cell("34", 100, 50, 140, 60)
    assert _column_head(_page(a, n, b, last), last, {}, _SLACK) == "丙"


# ------------------------------------------- a table's spans, found once


def test_grid_cells_take_the_spans_the_table_index_found() -> None:
    # A | B over C, C merged across both columns: bounds x 0, 10, 20 and y 0, 10, 20.
    cells = [
        Cell(BBox(0, 10, 20, 20)),  # C
        Cell(BBox(10, 0, 20, 10)),  # B
        Cell(BBox(0, 0, 10, 10)),  # A
    ]
    (table,) = group_tables(cells)
    # Reading order A, B, C: first and past-last row and column of each.
    assert table.spans == [(0, 1, 0, 1), (0, 1, 1, 2), (1, 2, 0, 2)]
    assert table._slots == {(0, 0): 0, (0, 1): 1, (1, 0): 2, (1, 1): 2}
    (grid,) = _build_grids(PageLayout(1, 100.0, 100.0, (table,), (), ()))
    spans = [(c.row, c.col, c.row_span, c.col_span) for c in grid.cells]
    assert spans == [(0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 2)]
    assert grid.at(1, 1) is grid.cells[2]  # C owns both slots of its row
    assert grid.at(1, 0) is grid.cells[2]
    assert grid.at(0, 0) is grid.cells[0] and grid.at(0, 1) is grid.cells[1]
    assert grid._slots == {(0, 0): 0, (0, 1): 1, (1, 0): 2, (1, 1): 2}
    # A table never indexed has no spans: its grid bisects the same bounds itself.
    bare = Table(cells=table.cells, bbox=table.bbox, xs=table.xs, ys=table.ys)
    assert bare.spans == []
    (again,) = _build_grids(PageLayout(1, 100.0, 100.0, (bare,), (), ()))
    assert [(c.row, c.col, c.row_span, c.col_span) for c in again.cells] == spans


# ----------------------------------------------------- a page's reading order


def test_reading_key_rounds_the_top_as_round_to_a_whole_point_does() -> None:
    def key(top: float, left: float = 0.0) -> tuple[float, float]:
        return reading_key(TextBox(1, BBox(left, top, left + 10, top + 10), ()))

    assert key(10.4) == (10, 0.0)
    assert key(9.6) == (10, 0.0)
    assert key(10.5) == (10, 0.0)  # a tie goes to the even number
    assert key(11.5) == (12, 0.0)
    assert key(-0.4) == (0, 0.0)
    assert key(math.inf) == (math.inf, 0.0)
    assert math.isnan(key(math.nan)[0])
    # Tops 10.4 (left 50) and 9.6 (left 0) are one row: read left to right.
    boxes = [(10.4, 50.0), (9.6, 0.0), (12.6, 0.0), (11.5, 20.0)]
    ordered = sorted(boxes, key=lambda b: key(*b))
    assert ordered == [(9.6, 0.0), (10.4, 50.0), (11.5, 20.0), (12.6, 0.0)]


# ------------------------------------------------------- lines of one band


def test_a_line_of_one_band_spans_its_glyphs_left_and_right() -> None:
    # B (10–20) inside A (0–30), then C at 40–50, all at 100–110, given out of
    # order: A B C left to right, no gap between A and B (B starts inside A), a
    # gap of 20 pt before C (more than 0.25 em): "AB C", box 0–50 across.
    b = new_char("B", 10, 100, 20, 110, 10, 110)
    a = new_char("A", 0, 100, 30, 110, 10, 110)
    c = new_char("C", 40, 100, 50, 110, 10, 110)
    (line,) = group_lines([b, c, a])
    assert line.text == "AB C"
    assert line.bbox == BBox(0, 100, 50, 110)
    assert line.chars == (a, b, c)


def test_a_line_over_two_bands_takes_both_heights() -> None:
    # 事 at 100–110 and 業 at 101–111 overlap by 9 of 10 pt: one line, 100–111.
    line = group_lines([_glyph("事", 0), _glyph("業", 10, 101)])
    assert [ln.text for ln in line] == ["事業"]
    assert line[0].bbox == BBox(0, 100, 20, 111)


# --------------------------------------------- a sheet's title, candidates first


def test_the_title_is_the_first_candidate_in_reading_order_to_a_tenth() -> None:
    # Two equally good titles (both name 施策評価 with an era year): B at top 40.2
    # (right) reads before A at top 40.4 (left) to a tenth of a point, though the
    # page lists A first (both round to top 40 there). A plain line is no title.
    a = _box("令和6年度施策評価", 40, 40.4, width=200)
    b = _box("令和7年度施策評価", 300, 40.2, width=200)
    plain = _box("施策の概要", 40, 10)
    layout = DocumentLayout((_page(plain, a, b),))
    ex = Extraction(doc_type="policy_evaluation")
    read_document(layout, ex)
    assert ex.title == "令和7年度施策評価"
    assert ex.fiscal_year == 2025


# ------------------------------------------------ a strategy's body size


def _sized(size: float, n: int, y0: float) -> TextBox:
    glyphs = tuple(_glyph("字", 10 * i, y0) for i in range(n))
    line = TextLine(glyphs, BBox(0, y0, 10 * n, y0 + 10), size)
    return TextBox(1, BBox(0, y0, 10 * n, y0 + 10), (line,))


def test_body_size_is_the_tenth_printed_on_the_most_glyphs() -> None:
    # 10.04 pt × 3 glyphs and 9.96 pt × 2 both round to 10.0 (5 glyphs), beating
    # 12 pt × 4; two lines of NaN size (one NaN object), 3 glyphs each, count
    # apart (round gives a new NaN each time, never equal to the other): 3 < 5.
    nan = math.nan
    boxes = [
        _sized(12.0, 4, 0),
        _sized(10.04, 3, 20),
        _sized(nan, 3, 40),
        _sized(9.96, 2, 60),
        _sized(nan, 3, 80),
    ]
    assert Doc.of(DocumentLayout((_page(*boxes),))).body_size == 10.0
    # Without the 9.96 line, 12 pt (4 glyphs) beats 10.0 (3 glyphs).
    del boxes[3]
    assert Doc.of(DocumentLayout((_page(*boxes),))).body_size == 12.0
