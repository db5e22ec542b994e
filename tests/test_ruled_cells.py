"""Ruled cells and tables from drawn rulings, worked by hand (grid.find_cells
numbers the positions and looks corners up by index; grid.group_tables walks
roots inline): each expected cell is read off the drawing in the comment."""

from __future__ import annotations

from aizu_extract.geometry import BBox, Segment
from aizu_extract.layout.grid import find_cells, find_tables, group_tables, merge_edges, new_cell
from aizu_extract.settings import DEFAULT


def _boxes(segments: list[Segment]) -> list[tuple[float, float, float, float]]:
    cells = find_cells(merge_edges(segments, DEFAULT.layout), DEFAULT.layout)
    return [(c.bbox.x0, c.bbox.y0, c.bbox.x1, c.bbox.y1) for c in cells]


def test_merged_header_and_two_cells_below_it() -> None:
    #  y=0  +-------------------+        rules across at y = 0, 10, 20 (x 0–40);
    #       |   見出し (merged)  |        down at x = 0 and x = 40 (y 0–20) and at
    #  y=10 +---------+---------+        x = 20 from y = 10 only: no corner at (20, 0)
    #       |  事業A  |  事業B  |
    #  y=20 +---------+---------+
    segments = [
        Segment(0, 0, 40, 0),
        Segment(0, 10, 40, 10),
        Segment(0, 20, 40, 20),
        Segment(0, 0, 0, 20),
        Segment(40, 0, 40, 20),
        Segment(20, 10, 20, 20),
    ]
    # Corners by y, then x: (0, 0) closes at (40, 10); (0, 10) at (20, 20); (20, 10)
    # at (40, 20); the right and bottom corners close nothing.
    assert _boxes(segments) == [(0, 0, 40, 10), (0, 10, 20, 20), (20, 10, 40, 20)]
    (table,) = find_tables(segments, DEFAULT.layout)
    assert table.xs == [0, 20, 40] and table.ys == [0, 10, 20]
    assert table.cell_at(30, 5) == 0  # the merged header spans both columns
    assert table.cell_at(30, 15) == 2


def test_a_rule_stopping_short_closes_no_cell() -> None:
    # A 20 x 20 box whose right side is drawn from y = 0 to 8 only: the corner
    # (20, 20) is not reached (8 + tolerance 3 < 20), so no cell is ruled at all.
    segments = [
        Segment(0, 0, 20, 0),
        Segment(0, 20, 20, 20),
        Segment(0, 0, 0, 20),
        Segment(20, 0, 20, 8),
    ]
    assert _boxes(segments) == []
    # Drawn to y = 18 it reaches 20 within the tolerance: one cell.
    segments[-1] = Segment(20, 0, 20, 18)
    assert _boxes(segments) == [(0, 0, 20, 20)]


def test_nearest_corner_closes_the_cell() -> None:
    # Three rows of two columns (rules every 10 pt): each corner closes the
    # smallest rectangle, so six cells, not the larger ones around them.
    across = [Segment(0, y, 20, y) for y in (0, 10, 20, 30)]
    down = [Segment(x, 0, x, 30) for x in (0, 10, 20)]
    assert _boxes(across + down) == [
        (0, 0, 10, 10),
        (10, 0, 20, 10),
        (0, 10, 10, 20),
        (10, 10, 20, 20),
        (0, 20, 10, 30),
        (10, 20, 20, 30),
    ]


def test_groups_join_through_a_later_cell_and_keep_first_cell_order() -> None:
    # A (0,0)-(10,10) and B (30,0)-(40,10) share no corner; C (10,10)-(30,20)
    # shares (10,10) with A and (30,10) with B, so the three are one table; D far
    # away is a table of its own. D comes first in the input but lies lower.
    a = new_cell(BBox(0, 0, 10, 10))
    b = new_cell(BBox(30, 0, 40, 10))
    c = new_cell(BBox(10, 10, 30, 20))
    d = new_cell(BBox(100, 100, 110, 110))
    tables = group_tables([d, a, b, c])
    assert [[cell.bbox for cell in t.cells] for t in tables] == [
        [a.bbox, b.bbox, c.bbox],  # sorted by top, then left
        [d.bbox],
    ]
    assert tables[0].bbox == BBox(0, 0, 40, 20)
