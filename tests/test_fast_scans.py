"""Scans cut short decide as the full scans do (issue 13, steady-state cost).

One pass over a cell's glyphs for their directions and band, the vertical rules
of a loose line looked up by start or end, the unreadable share without the
placeholder alternation, and the header reader's position tests before its
box comparisons. Expected values are worked out by hand from the drawn glyphs,
rules and boxes (10 pt glyphs).
"""

from __future__ import annotations

import math

from aizu_extract.geometry import BBox, Char, new_char
from aizu_extract.layout.page import PageLayout, TextBox, _RulesAcross
from aizu_extract.layout.textlines import _across_and_down, group_lines
from aizu_extract.load import unreadable_share
from aizu_extract.parsers.strategy.kpi_tables import _beside_a_name


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
