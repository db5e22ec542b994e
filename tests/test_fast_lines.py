"""One-pass lines, doubled centres and bare-slot rulings decide as the rules do.

Expected values are worked out by hand from the rules in the docstrings
(``space_gap_em`` 0.25 of the default settings: a space where a gap exceeds
2.5 pt between 10 pt glyphs; a glyph belongs to the cell holding its centre,
the table's edges included, a cell's right and bottom bounds excluded).
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest

from aizu_extract.geometry import BBox, Char, Segment, new_char, new_segment
from aizu_extract.layout import group_lines, split_runs
from aizu_extract.layout.grid import find_tables
from aizu_extract.layout.page import _assign
from aizu_extract.layout.textlines import TextLine, is_label_glyph, new_across_line, stack_lines
from aizu_extract.settings import DEFAULT


def _glyph(
    text: str, x0: float, y0: float = 100.0, x1: float | None = None, y1: float | None = None
) -> Char:
    x1 = x0 + 10 if x1 is None else x1
    y1 = y0 + 10 if y1 is None else y1
    return new_char(text, x0, y0, x1, y1, 10.0, y1)


def test_across_line_text_and_box_in_one_pass() -> None:
    # 事 0–10, 業 13–23 (gap 3 > 2.5: a space), 費 23–33 reaching 98–112 in height,
    # 額 31–40 (overlap, no space). Box: x 0–40, y 98–112.
    glyphs = (
        _glyph("事", 0),
        _glyph("業", 13),
        _glyph("費", 23, 98, 33, 112),
        _glyph("額", 31, 100, 40, 110),
    )
    line = new_across_line(glyphs, 10.0, (), 0.25)
    assert line.text == "事 業費額"
    assert line.bbox == BBox(0, 98, 40, 112)
    assert not line.vertical
    assert line == TextLine(glyphs, BBox(0, 98, 40, 112), 10.0, (), False, 0.25)


def test_across_line_box_when_the_first_glyph_is_not_the_leftmost() -> None:
    # A glyph starting left of the first one (a kerned pair): x0 moves to -2,
    # the top stays the first glyph's 100, the bottom 110.
    glyphs = (_glyph("A", 0), _glyph("B", -2, 101, 6, 109))
    line = new_across_line(glyphs, 10.0, (), 0.25)
    assert line.bbox == BBox(-2, 100, 10, 110)
    assert line.text == "AB"
    assert isinstance(line, TextLine)
    with pytest.raises(FrozenInstanceError):
        line.text = "x"  # type: ignore[misc]


def test_runs_of_a_line_are_one_pass_lines() -> None:
    # 予算 at 0–20, then 決算 at 60–80: a 40 pt gap cuts two runs.
    (line,) = group_lines([_glyph("予", 0), _glyph("算", 10), _glyph("決", 60), _glyph("算", 70)])
    left, right = split_runs(line, [], DEFAULT.layout)
    assert (left.text, left.bbox) == ("予算", BBox(0, 100, 20, 110))
    assert (right.text, right.bbox) == ("決算", BBox(60, 100, 80, 110))
    assert left.footnote_marks == right.footnote_marks == ()


def test_glyph_centres_on_a_table_edge() -> None:
    # One ruled cell x 0–100, y 0–50. Centres: (95, 25) inside; (100, 25) on the
    # right edge, in the table but in no cell (the column right of the last
    # bound); (50, 0) on the top edge, in the cell; (50, 50) on the bottom edge,
    # in no cell; (50, 25.25) from corners 45.5–54.5 × 20.5–30: inside.
    segments = (
        Segment(0, 0, 100, 0),
        Segment(0, 50, 100, 50),
        Segment(0, 0, 0, 50),
        Segment(100, 0, 100, 50),
    )
    tables = find_tables(segments, DEFAULT.layout)
    glyphs = [
        _glyph("内", 90, 20),
        _glyph("右", 95, 20, 105, 30),
        _glyph("上", 45, -5, 55, 5),
        _glyph("下", 45, 45, 55, 55),
        _glyph("中", 45.5, 20.5, 54.5, 30),
    ]
    held, loose = _assign(glyphs, tables)
    assert [[g.text for g in cell] for cell in held[0]] == [["内", "上", "中"]]
    assert [g.text for g in loose] == ["右", "下"]


def test_lines_of_a_cell_by_centre_then_left_edge() -> None:
    # Two lines given bottom first and right to left: 目標 (y 120–130) and 実績
    # (y 100–110, its 績 taller: 99–111, the same centre 105). Read top down.
    glyphs = [
        _glyph("標", 10, 120),
        _glyph("目", 0, 120),
        _glyph("績", 10, 99, 20, 111),
        _glyph("実", 0, 100),
    ]
    lines = group_lines(glyphs, DEFAULT.layout)
    assert [ln.text for ln in lines] == ["実績", "目標"]
    assert lines[0].bbox == BBox(0, 99, 20, 111)


def test_new_segment_is_a_segment() -> None:
    seg = new_segment(1.0, 2.0, 3.0, 2.0)
    assert seg == Segment(1.0, 2.0, 3.0, 2.0)
    assert type(seg) is Segment
    assert hash(seg) == hash(Segment(1.0, 2.0, 3.0, 2.0))
    assert seg.orientation == "h"
    with pytest.raises(FrozenInstanceError):
        seg.x0 = 0.0  # type: ignore[misc]


def test_line_size_of_one_size_and_of_mixed_sizes() -> None:
    # Four 10 pt glyphs: the line's size is 10 (an even count of equal sizes).
    (line,) = group_lines([_glyph(t, 10 * i) for i, t in enumerate("事業概要")])
    assert (line.size, line.text, line.footnote_marks) == (10.0, "事業概要", ())
    # 10 pt A and B and a 6 pt "1" raised to baseline 104 (< 110 - 0.2 × 10): the
    # median size is 10, and the small raised glyph is a footnote mark.
    mark = new_char("1", 20, 98, 24, 104, 6.0, 104)
    (line,) = group_lines([_glyph("A", 0), _glyph("B", 10), mark])
    assert line.size == 10.0
    assert line.text == "AB"
    assert [m.text for m in line.footnote_marks] == ["1"]


def test_one_line_is_never_stacked_two_single_glyphs_are() -> None:
    # One line of one kanji: returned as it is (a new list).
    (line,) = group_lines([_glyph("財", 0, 100)])
    lines = [line]
    out = stack_lines(lines, DEFAULT.layout)
    assert out == [line] and out is not lines
    # 財 over 務, 12 pt apart (centres 105 and 117, within a line pitch): one
    # vertical line 財務.
    lines = group_lines([_glyph("財", 0, 100), _glyph("務", 0, 112)])
    (stacked,) = stack_lines(lines, DEFAULT.layout)
    assert (stacked.text, stacked.vertical) == ("財務", True)


@pytest.mark.parametrize(
    ("glyph", "expected"),
    [
        ("漢", True),  # U+6F22, unified ideograph
        ("一", True),  # U+4E00, first of the block
        ("鿿", True),  # U+9FFF, last of the block
        ("あ", True),
        ("ゖ", True),  # U+3096, last hiragana of the class
        ("ゝ", False),  # U+309D iteration mark
        ("ア", True),
        ("ヺ", True),  # U+30FA, last katakana of the class
        ("ー", False),  # U+30FC long vowel mark fills value cells
        ("・", False),  # U+30FB
        ("々", True),
        ("〃", False),
        ("〇", False),
        ("㐀", True),  # U+3400, extension A
        ("\uf900", True),  # 豈 as a compatibility ideograph (U+F900)
        ("⺀", True),  # U+2E80, radical
        ("ｱ", False),  # half-width katakana
        ("A", False),
        ("1", False),
        ("漢字", False),  # one glyph only
        ("", False),
    ],
)
def test_label_glyph_is_one_kanji_or_kana(glyph: str, expected: bool) -> None:
    assert is_label_glyph(glyph) is expected
