"""Years printed alone as a table's headers (``2022 | 2023 | 2025（目標）``).

A western year printed without 年度 reads like a value (a count of 2022); it is a
header only where the table's shape says so: the top row of its columns, or a
column under an axis caption (年度). The header interpreter asks this of every
value-like cell of a column or row stack (layout/cell_facts.py).
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from .table import Grid, GridCell
from .values import is_value_text

if TYPE_CHECKING:
    from .headers import HeaderInterpreter


def wider(c: GridCell, cell: GridCell) -> bool:
    """``c`` spans columns beside ``cell``'s as well: a row across the block."""
    return c.col < cell.col or c.last_col > cell.last_col


# A western year printed alone over a column, with an optional note: 2022, 2025（目標）.
_YEAR_HEAD = re.compile(r"^((?:19|20)\d\d)(?:[(（][^()（）]*[)）])?$")


# How a year printed alone heads the table (year_head): over a column, or left of a row.
ACROSS, DOWN = "across", "down"


def year_head(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> str:
    """``cell`` prints a year alone (``2022``) as one of a table's year headers: ACROSS
    (over its column), DOWN (left of its row), else "" (a value).

    Such a year reads like a value; it heads its column when its row is the top of
    its columns (nothing above but captions wider than it) and it stands in a run of
    such years between labels, at least ``year_row_min`` of them, rising left to right
    (区分 | 指標名 | 単位 | 2022 | 2023 | 2024 | 2025（目標）): a row of values under a
    header is never the top of its columns. Transposed, it heads its row when the cell
    left of it is a label and its column, under an axis caption (年度), prints such
    years only, rising downwards."""
    if cell.box is None or not _YEAR_HEAD.match(cell.key):
        return ""
    # remembered per grid, cell and interpreter, as cell_facts._per_cell does
    key = (year_head, headers.serial, id(cell))
    hit = grid.memo.get(key)
    if hit is None or hit[0] is not cell:
        if _years_across(grid, cell, headers):
            found = ACROSS
        elif _years_down(grid, cell, headers):
            found = DOWN
        else:
            found = ""
        hit = grid.memo[key] = (cell, found)
    return str(hit[1])


def _years_across(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> bool:
    """The top of its columns, in a run of such years on its row between labels (the
    cells beyond a label may be another table's sharing the row: a two-column page)."""
    if any(c.box is not None and not wider(c, cell) for c in grid.above(cell)):
        return False
    left, right = _year_run(grid.left_of(cell)), _year_run(grid.right_of(cell))
    if left is None or right is None:
        return False
    return _rising([*reversed(left), int(cell.key[:4]), *right], headers)


def _year_run(cells: list[GridCell]) -> list[int] | None:
    """The years printed alone in ``cells`` up to the first label or blank; None when
    a value that is no such year comes first (a row of values, not of year headers)."""
    out: list[int] = []
    for c in cells:
        if c.box is None or not is_value_text(c.text):
            return out
        m = _YEAR_HEAD.match(c.key)
        if m is None:
            return None
        out.append(int(m.group(1)))
    return out


def _years_down(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> bool:
    beside = next((c for c in grid.left_of(cell) if c.box is not None), None)
    if beside is not None and is_value_text(beside.text):
        return False  # a value left of it: the year is one of its row's values
    above: list[int] = []
    caption: GridCell | None = None
    for c in grid.above(cell):
        if c.box is None:
            continue
        m = _YEAR_HEAD.match(c.key) if is_value_text(c.text) else None
        if m is None:
            caption = None if is_value_text(c.text) else c
            break
        above.append(int(m.group(1)))
    if caption is None or not headers.label(caption.text).axis:
        return False
    below: list[int] = []
    for c in grid.below(cell):
        if c.box is None or not is_value_text(c.text):
            continue
        m = _YEAR_HEAD.match(c.key)
        if m is None:
            return False
        below.append(int(m.group(1)))
    return _rising([*reversed(above), int(cell.key[:4]), *below], headers)


def _rising(years: list[int], headers: HeaderInterpreter) -> bool:
    rising = all(a < b for a, b in itertools.pairwise(years))
    return rising and len(years) >= headers.settings.year_row_min
