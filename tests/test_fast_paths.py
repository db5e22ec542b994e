"""The load and layout stages' cheaper paths decide as the rules they implement.

Glyphs built on bare slots, the sweep for overlapping spans (across overlap
tested first), rulings found per loose line, cells closed by kept reaches,
and the gap and rule tests of lines are pinned by cases on each side of
their conditions; expected values are worked out by hand from the rules in
the docstrings (gap limits: ``space_gap_em`` 0.25 and ``run_gap_em`` of the
default settings, 10 pt glyphs).
"""

from __future__ import annotations

import math
from dataclasses import FrozenInstanceError

import pytest

from aizu_extract.geometry import BBox, Char, Segment, new_char, union_all
from aizu_extract.layout import build_page_layout, group_lines, split_runs
from aizu_extract.layout.grid import Edge, _Reach, find_tables
from aizu_extract.layout.page import _assign
from aizu_extract.layout.textlines import TextLine, _join_chars, _one_band
from aizu_extract.load import Page, _chars, _most_common, _spans_overlap, body_size
from aizu_extract.settings import DEFAULT


def _glyph(text: str, x: float, y: float = 100.0, size: float = 10.0) -> Char:
    return new_char(text, x, y, x + size, y + size, size, y + size)


def _line(glyphs: list[Char]) -> TextLine:
    (line,) = group_lines(glyphs)
    return line


def test_join_without_gaps_and_with_one() -> None:
    # Gaps 0 and 0: no space. A gap of 3 pt > 0.25 em × 10 pt = 2.5: one space.
    assert _join_chars((_glyph("指", 0), _glyph("標", 10), _glyph("名", 20)), 10, 0.25, False) == (
        "指標名"
    )
    assert _join_chars((_glyph("指", 0), _glyph("標", 13)), 10, 0.25, False) == "指 標"
    # A gap of exactly the limit is not a space.
    assert _join_chars((_glyph("A", 0), _glyph("B", 12.5)), 10, 0.25, False) == "AB"
    # Glyphs overlapping (negative gap) and one far gap at the end.
    glyphs = (_glyph("a", 0), _glyph("b", 8), _glyph("c", 30))
    assert _join_chars(glyphs, 10, 0.25, False) == "ab c"


def test_join_with_a_nan_first_gap_reads_as_the_loop_does() -> None:
    # The first gap is NaN (never wider than the limit), the second 5 pt: "ab c".
    odd = new_char("a", 0, 100, math.nan, 110, 10, 110)
    assert _join_chars((odd, _glyph("b", 10), _glyph("c", 25)), 10, 0.25, False) == "ab c"


def test_one_run_unless_a_rule_lies_between_glyph_centres() -> None:
    line = _line([_glyph(t, 10 * i) for i, t in enumerate("事業名称")])
    # No gap, no rule: the line itself comes back.
    assert split_runs(line, [], DEFAULT.layout) == [line]
    # Rules outside the centres (5 … 35) or on the first centre: one run.
    assert split_runs(line, [2.0, 5.0, 38.0], DEFAULT.layout) == [line]
    # A rule at x = 20, between the centres 15 and 25: two runs 事業 | 名称.
    runs = split_runs(line, [20.0], DEFAULT.layout)
    assert [r.text for r in runs] == ["事業", "名称"]
    # A rule at x = 32, between the last two centres (25 and 35): 事業名 | 称.
    assert [r.text for r in split_runs(line, [32.0], DEFAULT.layout)] == ["事業名", "称"]
    # A NaN rule never cuts.
    assert split_runs(line, [math.nan], DEFAULT.layout) == [line]


def test_wide_gap_still_splits() -> None:
    # 100 pt between 目 and 標 (far over run_gap_em × 10 pt), and 標 is followed by
    # a digit, so the spread-label rule does not join them back.
    line = _line([_glyph("目", 0), _glyph("標", 110), _glyph("1", 120)])
    assert [r.text for r in split_runs(line, [], DEFAULT.layout)] == ["目", "標1"]


def test_cell_of_mixed_directions_is_still_split_by_direction() -> None:
    across = [_glyph("計", 0), _glyph("画", 10)]
    down = [new_char("縦", 100, y, 110, y + 10, 10, y + 10, direction="ttb") for y in (0, 10)]
    lines = group_lines([*across, down[0], down[1]])
    assert sorted((ln.vertical, ln.text) for ln in lines) == [(False, "計画"), (True, "縦縦")]
    # All glyphs ltr: one line, in x order whatever the input order.
    (line,) = group_lines([across[1], across[0]])
    assert line.text == "計画" and not line.vertical


def test_union_all_keeps_the_first_of_equal_corners() -> None:
    boxes = [BBox(5, 5, 10, 10), BBox(0, 6, 12, 9), BBox(3, 1, 4, 20)]
    assert union_all(boxes) == BBox(0, 1, 12, 20)
    assert union_all([BBox(1, 2, 3, 4)]) == BBox(1, 2, 3, 4)
    # -0.0 and 0.0 are equal: the first one seen is kept.
    assert math.copysign(1, union_all([BBox(-0.0, 0, 1, 1), BBox(0.0, 0, 1, 1)]).x0) == -1
    with pytest.raises(ValueError):
        union_all([])


def _span(x0: float, y0: float, x1: float, y1: float) -> dict[str, object]:
    return {"bbox": (x0, y0, x1, y1), "chars": [{"c": "字"}]}


def _lines(*spans: dict[str, object]) -> list[dict[str, object]]:
    return [{"spans": list(spans)}]


def test_spans_side_by_side_do_not_overlap_but_spans_over_each_other_do() -> None:
    tol = 1.0
    # Same row, 2 pt apart: no overlap across.
    assert not _spans_overlap(_lines(_span(0, 0, 50, 10), _span(52, 0, 90, 10)), tol)
    # Touching within the tolerance (overlap across 0.5 pt ≤ 1): not over each other.
    assert not _spans_overlap(_lines(_span(0, 0, 50, 10), _span(49.5, 0, 90, 10)), tol)
    # The same text drawn again 0.3 pt lower: 49.7 across, 9.7 of 10 down.
    assert _spans_overlap(_lines(_span(0, 0, 50, 10), _span(0.3, 0.3, 50.3, 10.3)), tol)
    # Overlapping across but on different rows (2 of 10 pt down < half): no.
    assert not _spans_overlap(_lines(_span(0, 0, 50, 10), _span(0, 8, 50, 18)), tol)
    # A span with no glyphs is not compared at all.
    empty = {"bbox": (0, 0, 50, 10), "chars": []}
    assert not _spans_overlap(_lines(empty, _span(0, 0, 50, 10)), tol)


def _raw_char(c: str, x: float) -> dict[str, object]:
    return {"c": c, "bbox": (x, 100.0, x + 10, 110.0), "origin": (x, 108.5)}


def test_loader_glyphs_are_ordinary_frozen_chars() -> None:
    lines = [
        {
            "dir": (1.0, 0.0),
            "spans": [
                {
                    "size": 10,
                    "flags": 0,
                    "chars": [_raw_char("現", 0), _raw_char(" ", 10), _raw_char("状", 20)],
                }
            ],
        }
    ]
    glyphs, repeated, sizes = _chars(lines, None, 0.5)
    assert not repeated
    assert sizes == {10.0: 2}  # the space is no glyph
    assert glyphs == [
        Char("現", BBox(0, 100, 10, 110), 10.0, 108.5),
        Char("状", BBox(20, 100, 30, 110), 10.0, 108.5),
    ]
    assert all(type(g) is Char for g in glyphs)
    assert glyphs[0].size == 10.0 and isinstance(glyphs[0].size, float)
    with pytest.raises(FrozenInstanceError):
        glyphs[0].x0 = 1.0  # type: ignore[misc]
    # The same glyph drawn again 0.2 pt to the right: a repeat is reported.
    lines[0]["spans"][0]["chars"] = [_raw_char("現", 0), _raw_char("現", 0.2)]  # type: ignore[index]
    _, repeated, _ = _chars(lines, None, 0.5)
    assert repeated


def test_page_body_is_the_size_of_most_glyphs_first_seen_of_ties() -> None:
    # Spans of 9, 12 and 9 pt, then 12 again: 9 and 12 tie on three glyphs each;
    # the size seen first wins, as Counter.most_common(1) picks it.
    def span(size: float, text: str, x: float) -> dict[str, object]:
        chars = [_raw_char(c, x + 10 * i) for i, c in enumerate(text)]
        return {"size": size, "flags": 0, "chars": chars}

    lines = [
        {"dir": (1.0, 0.0), "spans": [span(9, "目標", 0), span(12, "実績", 40)]},
        {"dir": (1.0, 0.0), "spans": [span(9, "値", 80), span(12, "率", 100)]},
    ]
    glyphs, _, sizes = _chars(lines, None, 0.5)
    assert sizes == {9.0: 3, 12.0: 3} and list(sizes) == [9.0, 12.0]
    assert _most_common(sizes) == 9.0 == body_size(glyphs)
    assert _most_common({}) == 0.0 == body_size([])


def test_reach_is_the_furthest_end_of_an_edge_starting_by_the_start() -> None:
    # Rulings at x = 100 drawn 0–40 and 60–100; snap tolerance 3.
    edges = [Edge("v", 100.0, 0.0, 40.0), Edge("v", 100.0, 60.0, 100.0)]
    reach = _Reach({100.0: edges}, 3.0)
    assert reach[100.0, 0.0] == 43.0  # only the first edge starts by 0 (+3)
    assert reach[100.0, 50.0] == 43.0  # inside the gap: still the first edge's end
    assert reach[100.0, 58.0] == 103.0  # the second starts at 60, within 3 of 58
    assert reach[100.0, 0.0] == 43.0 and len(reach) == 3  # kept, not asked again
    assert _Reach({100.0: edges}, 3.0)[100.0, -10.0] == -math.inf  # nothing starts by -10
    # As max() does, the first end is kept unless a later one is larger (NaN first: NaN).
    broken, whole = Edge("v", 0.0, 0.0, math.nan), Edge("v", 0.0, 0.0, 10.0)
    assert math.isnan(_Reach({0.0: [broken, whole]}, 3.0)[0.0, 0.0])
    assert _Reach({0.0: [whole, broken]}, 3.0)[0.0, 0.0] == 13.0


def test_loose_line_is_cut_by_a_rule_across_its_centre_only() -> None:
    # 事業 | 名称 at 100–110 (centre height 105); a vertical rule at x = 20.
    glyphs = tuple(_glyph(t, 10 * i) for i, t in enumerate("事業名称"))

    def runs(rule: Segment) -> list[str]:
        page = Page(1, 200, 200, glyphs, (rule,))
        return [b.raw for b in build_page_layout(page, DEFAULT.layout).boxes]

    assert runs(Segment(20, 90, 20, 120)) == ["事業", "名称"]
    assert runs(Segment(20, 106, 20, 150)) == ["事業名称"]  # starts below the centre
    assert runs(Segment(20, 0, 20, 104)) == ["事業名称"]  # ends above it
    assert runs(Segment(20, 0, 20, 105)) == ["事業", "名称"]  # ends on it


def test_one_band_is_the_same_top_and_bottom_as_a_set_would_tell() -> None:
    a, b = _glyph("a", 0), _glyph("b", 10)
    assert _one_band([a, b])
    assert not _one_band([a, _glyph("c", 20, y=100.5)])  # another top
    assert not _one_band([a, new_char("d", 20, 100, 30, 111, 10, 110)])  # another bottom
    assert not _one_band([])
    assert not _one_band([new_char("e", 0, 110, 10, 100, 10, 110)])  # negative height
    # 0.0 and -0.0 are one value; a NaN top is the same only as itself.
    zero = new_char("f", 0, 0.0, 10, 10, 10, 10)
    assert _one_band([zero, new_char("g", 10, -0.0, 20, 10, 10, 10)])
    nan = new_char("h", 0, math.nan, 10, 10, 10, 10)
    assert not _one_band([nan])  # 10 >= NaN is false: not a band at all
    top = math.nan
    odd = [new_char(t, x, top, x + 10, math.inf, 10, 10) for t, x in (("i", 0), ("j", 10))]
    assert not _one_band(odd)  # inf >= NaN is false too


def test_glyphs_at_a_height_no_table_spans_are_loose() -> None:
    # One ruled cell 0–100 × 0–50. 外 and 側 sit at 100–110 (no table there),
    # 表 and 内 inside the cell at 10–20; ひ at 100–110 again but inside x.
    segments = (
        Segment(0, 0, 100, 0),
        Segment(0, 50, 100, 50),
        Segment(0, 0, 0, 50),
        Segment(100, 0, 100, 50),
    )
    tables = find_tables(segments, DEFAULT.layout)
    glyphs = [
        _glyph("外", 200),
        _glyph("側", 210),
        _glyph("表", 10, y=10),
        _glyph("内", 20, y=10),
        _glyph("ひ", 10),
    ]
    held, loose = _assign(glyphs, tables)
    assert [[g.text for g in cell] for cell in held[0]] == [["表", "内"]]
    assert [g.text for g in loose] == ["外", "側", "ひ"]
