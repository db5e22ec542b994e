"""The load and layout stages' per-glyph shortcuts read as the general rules do.

Glyphs are made without their boxes, rows are compared once per band of
glyphs, lines of one size skip the footnote-mark test, cells are closed by
the reach of their rulings, glyphs find their cells once per height, and the
collector is paused while a document is read. Each test pins a case where a
shortcut taken wrongly would give a different layout; expected values are
worked out by hand from the rules in the docstrings.
"""

from __future__ import annotations

import gc
import math
import pickle
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from aizu_extract.geometry import BBox, Char, Segment, glyphs_bbox, new_char
from aizu_extract.layout import build_page_layout, find_tables, group_lines, split_runs
from aizu_extract.load import Page, collector_paused, load_pdf
from aizu_extract.settings import LoadSettings
from tests.conftest import tiny_text_pdf


def _glyph(
    text: str, x: float, y: float, size: float = 10.0, superscript: bool = False
) -> Char:
    return new_char(text, x, y, x + size, y + size, size, y + size, superscript)


def test_glyph_without_box_equals_glyph_with_one() -> None:
    made = new_char("指", 1.0, 2.0, 11.0, 12.0, 10.0, 11.5)
    given = Char("指", BBox(1.0, 2.0, 11.0, 12.0), 10.0, 11.5)
    assert made == given and hash(made) == hash(given)
    assert made.bbox == BBox(1.0, 2.0, 11.0, 12.0)
    assert made.bbox is made.bbox  # made once, then kept
    assert (made.x0, made.y1, made.cx) == (1.0, 12.0, 6.0)
    assert made != new_char("指", 1.0, 2.0, 11.0, 12.0, 10.0, 11.5, superscript=True)
    assert repr(made) == (
        "Char(text='指', bbox=BBox(x0=1.0, y0=2.0, x1=11.0, y1=12.0), size=10.0, "
        "baseline=11.5, superscript=False, direction='ltr')"
    )
    assert pickle.loads(pickle.dumps(made)) == given


def test_glyph_is_frozen() -> None:
    glyph = new_char("標", 0.0, 0.0, 10.0, 10.0, 10.0, 9.0)
    with pytest.raises(FrozenInstanceError):
        glyph.x0 = 5.0  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del glyph.text  # type: ignore[misc]
    assert glyph.x0 == 0.0


def test_glyphs_bbox_spans_every_glyph() -> None:
    glyphs = [_glyph("a", 10, 20), _glyph("b", 30, 15, size=4), _glyph("c", 2, 22, size=6)]
    assert glyphs_bbox(glyphs) == BBox(2, 15, 34, 30)
    with pytest.raises(ValueError):
        glyphs_bbox([])


def test_band_grown_by_its_second_glyph_takes_the_next_glyph() -> None:
    # Row 1 is 100–110. The band 105–115 overlaps it by 5, half the smaller
    # height: it joins. Its first glyph is a superscript (the row keeps 100–110),
    # its second is not (the row grows to 100–115), so 110–120 overlaps the row
    # by 5 and joins too. Had the row not grown: no overlap, a second line.
    glyphs = [
        _glyph("A", 0, 100),
        _glyph("B", 20, 105, superscript=True),
        _glyph("C", 40, 105),
        _glyph("D", 70, 110),
    ]
    lines = group_lines(glyphs)
    assert [[c.text for c in ln.chars] for ln in lines] == [["A", "B", "C", "D"]]
    # Without the non-superscript glyph of the band, D starts a line of its own.
    lines = group_lines([glyphs[0], glyphs[1], glyphs[3]])
    assert [[c.text for c in ln.chars] for ln in lines] == [["A", "B"], ["D"]]


def test_bands_alternating_at_one_centre_height_are_one_line() -> None:
    # 10 pt glyphs on 100–110 and 6 pt glyphs on 102–108 (same centre, same
    # baseline) alternate across: every glyph starts a new band, and each
    # overlaps the row by at least half its height. Gaps of 0, 4, 0 against
    # a space at a quarter of the 8 pt median size (2).
    big = [new_char(t, x, 100, x + 10, 110, 10, 110) for t, x in (("a", 0), ("c", 20))]
    small = [new_char(t, x, 102, x + 6, 108, 6, 110) for t, x in (("b", 10), ("d", 30))]
    (line,) = group_lines([big[0], small[0], big[1], small[1]])
    assert line.text == "ab cd" and line.footnote_marks == ()


def test_one_size_line_has_no_marks_but_a_smaller_raised_glyph_is_one() -> None:
    # Same size, raised and flagged superscript: not smaller than the line, so text.
    same = [_glyph("1", 0, 100), _glyph("2", 10, 96, superscript=True), _glyph("3", 20, 100)]
    (line,) = group_lines(same)
    assert line.text == "123" and line.footnote_marks == ()
    # A glyph of 6 pt raised 3 pt on a 10 pt line (6 < 8.5, 3 > 2): a footnote mark.
    marked = [_glyph("人", 0, 100), _glyph("口", 10, 100), _glyph("1", 20, 100, size=6)]
    (line,) = group_lines(marked)
    assert line.text == "人口" and [m.text for m in line.footnote_marks] == ["1"]


def _box(x0: float, y0: float, x1: float, y1: float) -> list[Segment]:
    return [
        Segment(x0, y0, x1, y0),
        Segment(x0, y1, x1, y1),
        Segment(x0, y0, x0, y1),
        Segment(x1, y0, x1, y1),
    ]


def test_cell_does_not_close_across_a_broken_rule() -> None:
    # A 200×100 box halved by y = 50; the rule at x = 100 is drawn 0–40 and
    # 60–100 (a gap wider than the join tolerance), so it meets neither y = 50
    # nor closes a cell: both rows are one cell each, the full width.
    segments = [
        *_box(0, 0, 200, 100),
        Segment(0, 50, 200, 50),
        Segment(100, 0, 100, 40),
        Segment(100, 60, 100, 100),
    ]
    (table,) = find_tables(segments)
    assert [c.bbox for c in table.cells] == [BBox(0, 0, 200, 50), BBox(0, 50, 200, 100)]


def test_cell_rule_within_tolerance_of_the_corner_closes_it() -> None:
    # The same rule drawn 0–48 and 52–100: its ends are within the snap
    # tolerance (3) of y = 50, so the box splits into four cells.
    segments = [
        *_box(0, 0, 200, 100),
        Segment(0, 50, 200, 50),
        Segment(100, 0, 100, 48),
        Segment(100, 52, 100, 100),
    ]
    (table,) = find_tables(segments)
    assert [c.bbox for c in table.cells] == [
        BBox(0, 0, 100, 50),
        BBox(100, 0, 200, 50),
        BBox(0, 50, 100, 100),
        BBox(100, 50, 200, 100),
    ]


def test_glyphs_of_one_height_go_to_the_table_under_each() -> None:
    # Two tables side by side at the same height, one line of glyphs across
    # both and the gap between them: each glyph to the cell under its centre.
    segments = [*_box(0, 0, 100, 40), *_box(150, 0, 250, 40)]
    glyphs = (
        _glyph("左", 10, 15),
        _glyph("間", 120, 15),
        _glyph("右", 160, 15),
        _glyph("端", 230, 15),
    )
    page = Page(1, 300, 100, glyphs, tuple(segments))
    layout = build_page_layout(page)
    # reading order: the cells' tops (0) before the loose glyph's (15)
    assert [(b.raw, b.table) for b in layout.boxes] == [("左", 0), ("右 端", 1), ("間", None)]


def test_collector_paused_restores_what_it_found() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: the outer block turns it back on
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("a failing page")
    assert gc.isenabled()
    with collector_paused(pause=False):
        assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # it was off before: left off
    finally:
        gc.enable()


def test_load_leaves_the_collector_on(tmp_path: Path) -> None:
    path = tmp_path / "t.pdf"
    path.write_bytes(tiny_text_pdf())
    load_pdf(path)
    assert gc.isenabled()
    load_pdf(path, settings=LoadSettings(pause_collector=False))
    assert gc.isenabled()


def test_rules_cut_a_line_only_strictly_between_glyph_centres() -> None:
    # Centres at 5, 45 and 85; the gaps (30) are equal, so uncut the three
    # letters are one spread label. A rule exactly at a centre (45) does not
    # cut, nor one outside the line or NaN; one at 46 cuts between 女 and 計.
    (line,) = group_lines([_glyph("男", 0, 100), _glyph("女", 40, 100), _glyph("計", 80, 100)])
    assert [r.text for r in split_runs(line, barriers=[math.nan, 95, 45, -3])] == ["男 女 計"]
    assert [r.text for r in split_runs(line, barriers=[95, 46])] == ["男 女", "計"]


def test_glyph_centred_on_a_column_rule_goes_right_after_a_glyph_left_of_it() -> None:
    # Two cells, 0–100 and 100–200, one line across both. 境 is centred on the
    # rule (x = 100): as Table.cell_at finds it, in the right cell, although
    # the glyph before it (二) was in the left one at the same height.
    segments = [*_box(0, 0, 200, 40), Segment(100, 0, 100, 40)]
    glyphs = (
        _glyph("一", 10, 15),
        _glyph("二", 50, 15),
        _glyph("境", 95, 15),
        _glyph("三", 110, 15),
        _glyph("四", 150, 15),
    )
    layout = build_page_layout(Page(1, 300, 100, glyphs, tuple(segments)))
    assert [(b.raw, b.bbox.x0) for b in layout.boxes] == [("一 二", 0), ("境 三 四", 100)]


def test_one_band_reads_left_to_right_and_keeps_drawing_order_at_one_x() -> None:
    # Drawn c, a, b on one band; a and b start at the same x: left to right,
    # a before b as drawn, and a space before c (gap 10 > 2.5).
    (line,) = group_lines([_glyph("c", 20, 100), _glyph("a", 0, 100), _glyph("b", 0, 100)])
    assert [c.text for c in line.chars] == ["a", "b", "c"] and line.text == "ab c"
    # A glyph of no height (a degenerate box) is still a line of its own text.
    flat = new_char("x", 0, 50, 5, 50, 5, 50)
    assert [ln.text for ln in group_lines([flat])] == ["x"]
