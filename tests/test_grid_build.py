"""A page's ruled table as a grid: each cell's row, column and spans from its
edges, and the slots a merged cell covers. Worked by hand from the rulings.

The table (x 0–300, y 0–60) has a header cell 事業費 across all three columns
(y 0–30) and three cells under it (x 0–100, 100–200, 200–300; y 30–60): the
column bounds are 0, 100, 200, 300 and the row bounds 0, 30, 60.
"""

from __future__ import annotations

from aizu_extract.geometry import Segment, new_char
from aizu_extract.layout import build_page_layout
from aizu_extract.layout.table import grids_of
from aizu_extract.load import Page
from aizu_extract.settings import DEFAULT


def _glyphs(text: str, x: float, y: float) -> list:
    return [
        new_char(t, x + 10 * i, y, x + 10 * (i + 1), y + 10, 10.0, y + 10)
        for i, t in enumerate(text)
    ]


def test_merged_header_over_three_cells() -> None:
    segments = (
        Segment(0, 0, 300, 0),
        Segment(0, 30, 300, 30),
        Segment(0, 60, 300, 60),
        Segment(0, 0, 0, 60),
        Segment(300, 0, 300, 60),
        Segment(100, 30, 100, 60),
        Segment(200, 30, 200, 60),
    )
    chars = (*_glyphs("事業費", 120, 10), *_glyphs("R5", 110, 40), *_glyphs("R6", 210, 40))
    layout = build_page_layout(Page(1, 400, 400, chars, segments), DEFAULT.layout)
    (grid,) = grids_of(layout)
    assert (grid.n_rows, grid.n_cols) == (2, 3)
    got = [(c.row, c.col, c.row_span, c.col_span, c.text) for c in grid.cells]
    assert got == [
        (0, 0, 1, 3, "事業費"),
        (1, 0, 1, 1, ""),
        (1, 1, 1, 1, "R5"),
        (1, 2, 1, 1, "R6"),
    ]
    header = grid.cells[0]
    assert grid.at(0, 0) is header and grid.at(0, 2) is header
    assert grid.at(1, 0) is grid.cells[1]
    assert grid.cells[1].box is None  # the blank cell
    assert [c.text for c in grid.above(grid.cells[3])] == ["事業費"]
