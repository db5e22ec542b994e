"""The table model: a ruled table as a grid of cells with row and column spans.

Built once per ruled table from the layout's cells (merged cells come out as
one cell spanning several grid rows/columns) and the text boxes inside them,
empty cells included: a blank value cell is a fact too ("no value printed").
Lookups answer the questions a header interpreter and a form reader ask —
which cells lie left of this one on its rows, which lie above it in its
columns — so parsers never walk coordinates themselves.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter
from typing import Any

from ..geometry import BBox, new_bbox, thawed
from ..normalize.text import compact, is_dash, normalize_text
from ..settings import DEFAULT, LayoutSettings
from .grid import EDGE_SLACK
from .page import PageLayout, TextBox


@lru_cache(maxsize=65536)
def text_key(text: str) -> str:
    """The one normalised key used to compare printed text with labels."""
    return compact(text)


@dataclass(frozen=True, slots=True)
class GridCell:
    """One (possibly merged) cell: its first row/column, spans, and text."""

    row: int
    col: int
    row_span: int
    col_span: int
    bbox: BBox
    box: TextBox | None  # None for an empty cell
    # The box's text ("" for an empty cell): a plain slot, as parsers and the
    # accounting read it some 42,000 times over the samples' ~14,000 cells, where a
    # property was a call each.
    text: str = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", self.box.raw if self.box else "")

    @property
    def lines(self) -> tuple[str, ...]:
        return self.box.line_texts if self.box else ()

    @property
    def key(self) -> str:
        # text_key(raw) is compact(raw): the box's own key, computed once with it.
        # A property still: tests/test_linear_time.py counts the look-ups through it.
        return self.box.key if self.box else ""

    @property
    def last_row(self) -> int:
        return self.row + self.row_span - 1

    @property
    def last_col(self) -> int:
        return self.col + self.col_span - 1


_GridCellSlots = thawed(GridCell)
_bare = object.__new__


def new_grid_cell(
    row: int, col: int, row_span: int, col_span: int, bbox: BBox, box: TextBox | None
) -> GridCell:
    """``GridCell(row, col, row_span, col_span, bbox, box)`` for the hot paths
    (every cell of every grid; geometry.thawed)."""
    c = _bare(_GridCellSlots)
    c.row = row
    c.col = col
    c.row_span = row_span
    c.col_span = col_span
    c.bbox = bbox
    c.box = box
    c.text = box.raw if box else ""
    c.__class__ = GridCell
    return c  # type: ignore[no-any-return]


# Directions of Grid._walk, and the (row, column) step of each.
_LEFT, _RIGHT, _UP, _DOWN = range(4)
_STEPS = ((0, -1), (0, 1), (-1, 0), (1, 0))


@dataclass(slots=True)
class Grid:
    """A ruled table on one page: cells in reading order and a slot index."""

    page: int
    bbox: BBox
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    cells: tuple[GridCell, ...]
    _slots: dict[tuple[int, int], int] = field(default_factory=dict)
    # Walks from a slot (see _walk), filled on first use once the slots are set.
    _walks: dict[tuple[int, int, int], tuple[GridCell, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # What a reader (the header interpreter) concluded about this grid's cells,
    # keyed by the reader: it lives and dies with the grid (layout.cell_facts).
    memo: dict[object, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    def at(self, row: int, col: int) -> GridCell | None:
        i = self._slots.get((row, col))
        return None if i is None else self.cells[i]

    def left_of(self, cell: GridCell) -> list[GridCell]:
        """Cells on the cell's first row, left of it, nearest first."""
        return list(self._walk(_LEFT, cell.row, cell.col))

    def right_of(self, cell: GridCell) -> list[GridCell]:
        """Cells on the cell's first row, right of it, nearest first."""
        return list(self._walk(_RIGHT, cell.row, cell.last_col))

    def above(self, cell: GridCell) -> list[GridCell]:
        """Cells over the cell's first column, above it, nearest first."""
        return list(self._walk(_UP, cell.row, cell.col))

    def below(self, cell: GridCell) -> list[GridCell]:
        """Cells under the cell's first column, below it, nearest first."""
        return list(self._walk(_DOWN, cell.last_row, cell.col))

    def _walk(self, way: int, row: int, col: int) -> tuple[GridCell, ...]:
        """The distinct cells met stepping ``way`` from slot (row, col), remembered:
        the header interpreter walks from every value cell of a row over the same
        labels, so each walk is made once per grid (a walk depends on the slot only)."""
        key = (way, row, col)
        hit = self._walks.get(key)
        if hit is None:
            hit = self._walks[key] = tuple(self._step(way, row, col))
        return hit

    def _step(self, way: int, row: int, col: int) -> list[GridCell]:
        out: list[GridCell] = []
        d_row, d_col = _STEPS[way]
        row, col = row + d_row, col + d_col
        # The grid's size and slots are fixed while it is walked: bound once, and
        # each slot looked up as Grid.at does.
        n_rows, n_cols = len(self.ys) - 1, len(self.xs) - 1
        slots, cells = self._slots, self.cells
        while 0 <= row < n_rows and 0 <= col < n_cols:
            i = slots.get((row, col))
            if i is None:
                row, col = row + d_row, col + d_col
                continue
            other = cells[i]
            if not out or out[-1] is not other:
                out.append(other)
            # on past the other cell's span, in the direction of the walk (last_col + 1);
            # at least one slot on, so that a slot index that disagrees with its
            # cells' spans (a bug) ends the walk instead of repeating it forever
            if d_col:
                nxt = other.col - 1 if d_col < 0 else other.col + other.col_span
                col = nxt if (nxt - col) * d_col > 0 else col + d_col
            else:
                nxt = other.row - 1 if d_row < 0 else other.row + other.row_span
                row = nxt if (nxt - row) * d_row > 0 else row + d_row
        return out

    def transposed(self) -> Grid:
        """The same cells with rows and columns swapped (positions kept): a table
        printed with its item names across the top reads like one with them down
        the side, through the same lookups."""
        cells = tuple(
            sorted(
                (
                    new_grid_cell(c.col, c.row, c.col_span, c.row_span, c.bbox, c.box)
                    for c in self.cells
                ),
                key=lambda c: (c.row, c.col),
            )
        )
        by_cell = {(c.row, c.col): i for i, c in enumerate(cells)}
        grid = Grid(self.page, self.bbox, self.ys, self.xs, cells)
        grid._slots = {
            (col, row): by_cell[(self.cells[i].col, self.cells[i].row)]
            for (row, col), i in self._slots.items()
        }
        return grid

    def row_cells(self, row: int) -> list[GridCell]:
        """Distinct cells crossing grid row ``row``, left to right."""
        out: list[GridCell] = []
        for col in range(self.n_cols):
            c = self.at(row, col)
            if c is not None and (not out or out[-1] is not c):
                out.append(c)
        return out


_EDGE_SLACK = EDGE_SLACK  # a cell's edge: the first bound not below it by more (pt)
_ROW_COL = attrgetter("row", "col")


def grids_of(page: PageLayout) -> list[Grid]:
    """Every ruled table of a page as a :class:`Grid` (reading order), built once
    per page: the parsers, the accounting and ``inspect`` all ask for them."""
    if not page.grid_cache:
        page.grid_cache.append(tuple(_build_grids(page)))
    return list(page.grid_cache[0])  # type: ignore[call-overload]


def _build_grids(page: PageLayout) -> list[Grid]:
    left = bisect.bisect_left
    by_table: dict[int, list[TextBox]] = {}
    for box in (*page.boxes, *page.empty_cells):
        if box.table is not None:
            by_table.setdefault(box.table, []).append(box)
    grids = []
    for t_index, table in enumerate(page.tables):
        xs = tuple(table.xs)
        ys = tuple(table.ys)
        boxes = {(b.bbox.x0, b.bbox.y0): b for b in by_table.get(t_index, ())}
        cells = []
        # The edges' indexes as the table's own index found them (the same bounds,
        # the same slack), else bisected here (a table that was never indexed).
        known = table.spans if len(table.spans) == len(table.cells) else None
        for n, cell in enumerate(table.cells):
            b = cell.bbox
            if known is not None:
                r0, r1, c0, c1 = known[n]
            else:  # _index of each edge, bisected inline
                r0, r1 = left(ys, b.y0 - _EDGE_SLACK), left(ys, b.y1 - _EDGE_SLACK)
                c0, c1 = left(xs, b.x0 - _EDGE_SLACK), left(xs, b.x1 - _EDGE_SLACK)
            box = boxes.get((b.x0, b.y0))
            rows, cols = r1 - r0, c1 - c0
            cells.append(
                new_grid_cell(
                    r0,
                    c0,
                    rows if rows > 1 else 1,  # max(1, rows)
                    cols if cols > 1 else 1,
                    b,
                    box if box and box.lines else None,
                )
            )
        cells.sort(key=_ROW_COL)
        grid = Grid(page.number, table.bbox, xs, ys, tuple(cells))
        # Overlapping cells (a rule that stops short of a merged cell's edge):
        # the smaller, more specific cell owns the slots it shares.
        areas = [-c.row_span * c.col_span for c in grid.cells]
        slots = grid._slots
        for i in sorted(range(len(areas)), key=areas.__getitem__):
            c = grid.cells[i]
            if c.row_span == 1 and c.col_span == 1:  # most cells: their one slot
                slots[(c.row, c.col)] = i
                continue
            for r in range(c.row, c.row + c.row_span):
                for col in range(c.col, c.col + c.col_span):
                    slots[(r, col)] = i
        grids.append(grid)
    return grids


def aligned_grids(page: PageLayout, settings: LayoutSettings = DEFAULT.layout) -> list[Grid]:
    """Text outside ruled tables as grids built from alignment.

    Consecutive printed lines of two or more runs, close together, form one
    table (a borderless or horizontal-rules-only table from a word processor);
    its columns are the x bands of its fullest rows, and a run wider than one
    band (a year over 予算 | 決算) spans the bands it covers. Any other line is a
    one-row grid, so a label's value is still the next run on its line. Page
    furniture (running headers, folios) is left out.
    """
    loose = sorted(
        (b for b in page.boxes if b.table is None and not b.furniture),
        key=lambda b: (b.bbox.cy, b.bbox.x0),
    )
    lines: list[list[TextBox]] = []
    for box in loose:
        if lines and lines[-1][0].bbox.same_row(box.bbox):
            lines[-1].append(box)
        else:
            lines.append([box])
    for line in lines:
        line.sort(key=lambda b: b.bbox.x0)
    lines = _join_wrapped_lines(lines, settings)
    blocks: list[list[list[TextBox]]] = []
    for line in lines:
        prev = blocks[-1] if blocks else None
        if (
            prev is not None
            and len(line) > 1
            and len(prev[-1]) > 1
            and _close(prev[-1], line, settings)
        ):
            prev.append(line)
        else:
            blocks.append([line])
    return [_aligned_grid(page.number, block) for block in blocks]


def _join_wrapped_lines(
    lines: list[list[TextBox]], settings: LayoutSettings
) -> list[list[TextBox]]:
    """A lone run starting where a text run of the line above starts, right under
    it, is that cell's wrapped second line (a borderless table's 概要 cell)."""
    out: list[list[TextBox]] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and len(line) == 1 and len(prev) > 1 and _close(prev, line, settings):
            box = line[0]
            above = [
                b for b in prev[1:]
                if abs(b.bbox.x0 - box.bbox.x0) <= box.bbox.height * settings.wrap_align_em
                and not _NUMBERISH.match(b.raw)
            ]  # fmt: skip
            if above:
                cell = above[0]
                joined = TextBox(
                    cell.page, cell.bbox.union(box.bbox), (*cell.lines, *box.lines), None
                )
                out[-1] = [joined if b is cell else b for b in prev]
                continue
        out.append(line)
    return out


def _close(upper: list[TextBox], lower: list[TextBox], settings: LayoutSettings) -> bool:
    height = max(b.bbox.height for b in upper)
    top = min(b.bbox.y0 for b in lower)
    bottom = max(b.bbox.y1 for b in upper)
    return top - bottom <= settings.aligned_row_gap_em * height


def _aligned_grid(page: int, rows: list[list[TextBox]]) -> Grid:
    fullest = max(len(r) for r in rows)
    # Columns come from the fullest rows that print values: headers are often
    # centred while figures are right-aligned, so header runs would split a column.
    template = [r for r in rows if len(r) == fullest and any(_NUMBERISH.match(b.raw) for b in r)]
    template = template or [r for r in rows if len(r) == fullest]
    bands = _bands([(b.bbox.x0, b.bbox.x1) for r in template for b in r])
    # Runs left or right of all the bands (a No column, 単位 right of the years) are
    # columns too; a header between two bands is not (it heads the band below it).
    outside = [
        (b.bbox.x0, b.bbox.x1)
        for r in rows
        for b in r
        if b.bbox.x1 < bands[0][0] or b.bbox.x0 > bands[-1][1]
    ]
    if outside:
        bands = _bands([*(tuple(band) for band in bands), *outside])
    xs = [bands[0][0]] + [(a[1] + b[0]) / 2 for a, b in pairwise(bands)]
    xs.append(bands[-1][1])
    ys = [min(b.bbox.y0 for b in r) for r in rows] + [max(b.bbox.y1 for b in rows[-1])]
    placed: list[list[tuple[int, int, TextBox]]] = []  # per row: (first col, last col, box)
    for row in rows:
        taken: set[int] = set()
        spans = []
        for box in row:
            cols = [c for c in range(len(bands)) if _overlaps(box.bbox, xs[c], xs[c + 1])]
            cols = [c for c in cols if c not in taken] or [_nearest(box.bbox.cx, xs)]
            taken.update(cols)
            spans.append((cols[0], cols[-1], box))
        placed.append(spans)
    cells = []
    for r, spans in enumerate(placed):
        below = (
            {c for c0, c1, _ in placed[r + 1] for c in range(c0, c1 + 1)}
            if r + 1 < len(placed)
            else set()
        )
        for i, (c0, c1, box) in enumerate(spans):
            # A header printed at the left of the columns it heads (令和5年度 over
            # 予算 | 決算) spans the empty slots after it that the next row fills.
            limit = spans[i + 1][0] if i + 1 < len(spans) else len(bands)
            while len(rows[r]) < fullest and c1 + 1 < limit and c1 + 1 in below:
                c1 += 1
            cells.append(new_grid_cell(r, c0, 1, c1 - c0 + 1, box.bbox, box))
    cells.extend(_blank_slots(placed, xs, ys))
    bbox = BBox(xs[0], ys[0], xs[-1], ys[-1])
    grid = Grid(page, bbox, tuple(xs), tuple(ys), tuple(cells))
    for i, c in enumerate(grid.cells):
        for col in range(c.col, c.col + c.col_span):
            grid._slots.setdefault((c.row, col), i)
    return grid


def rows_of_boxes(
    boxes: Sequence[TextBox], column: Mapping[int, int], *, join_gap: float, wrap_gap: float
) -> list[list[TextBox]]:
    """The rows of a table whose columns are known (``column``: ``id`` of a box →
    its column, 0 the item names), from the boxes top to bottom.

    Boxes that overlap vertically, or start less than ``join_gap`` below the row
    so far, share it (a wrapped name and a vertically centred value overlap);
    ruled cells only when they overlap. A first-column box with nothing in the
    other columns beside it, at most ``wrap_gap`` below the row's first-column
    text, wraps that text (a long name in an unruled table): a row starts only
    where another column has content or the name is set apart by a gap.
    """
    ordered = sorted(boxes, key=lambda b: b.bbox.y0)
    rows: list[tuple[float, list[TextBox]]] = []
    for b in ordered:
        gap = -1.0 if b.table is not None else join_gap
        joins = rows and (
            b.bbox.y0 < rows[-1][0] + gap
            or _wraps_first_column(b, rows[-1][1], ordered, column, wrap_gap)
        )
        if joins:
            rows[-1][1].append(b)
            rows[-1] = (max(rows[-1][0], b.bbox.y1), rows[-1][1])
        else:
            rows.append((b.bbox.y1, [b]))
    return [members for _, members in rows]


def _wraps_first_column(
    b: TextBox,
    row: list[TextBox],
    boxes: Sequence[TextBox],
    column: Mapping[int, int],
    reach: float,
) -> bool:
    if b.table is not None or column[id(b)] != 0:
        return False
    names = [m for m in row if column[id(m)] == 0]
    if not names or b.bbox.y0 - max(m.bbox.y1 for m in names) > reach:
        return False
    return not any(
        column[id(o)] != 0 and o.bbox.overlap_y(b.bbox) > 0 for o in boxes if o is not b
    )


def grid_of_slots(
    page: int,
    bands: Sequence[tuple[float, float]],
    rows: Sequence[Sequence[tuple[int, TextBox]]],
) -> Grid:
    """A table whose rows and columns were found by other means, as a :class:`Grid`.

    ``bands`` are the columns' x-ranges left to right (an unruled table's, from
    its header labels), ``rows`` each row's boxes with the column each sits in.
    The boxes of one slot are one cell, their lines top to bottom (a wrapped
    name); a slot with no box has no cell. The table then reads through the same
    lookups as a ruled one.
    """
    xs = [bands[0][0]] + [(a[1] + b[0]) / 2 for a, b in pairwise(bands)] + [bands[-1][1]]
    ys: list[float] = []
    cells: list[GridCell] = []
    for r, row in enumerate(rows):
        ys.append(min((b.bbox.y0 for _, b in row), default=ys[-1] if ys else 0.0))
        by_col: dict[int, list[TextBox]] = {}
        for col, box in row:
            by_col.setdefault(col, []).append(box)
        for col in sorted(by_col):
            boxes = by_col[col]
            box = boxes[0] if len(boxes) == 1 else _joined_box(page, boxes)
            cells.append(new_grid_cell(r, col, 1, 1, box.bbox, box))
    last = rows[-1] if rows else ()
    ys.append(max((b.bbox.y1 for _, b in last), default=ys[-1] if ys else 0.0))
    grid = Grid(page, BBox(xs[0], ys[0], xs[-1], ys[-1]), tuple(xs), tuple(ys), tuple(cells))
    for i, c in enumerate(grid.cells):
        grid._slots[(c.row, c.col)] = i
    return grid


def _joined_box(page: int, boxes: Sequence[TextBox]) -> TextBox:
    lines = sorted((ln for b in boxes for ln in b.lines), key=lambda ln: (ln.bbox.y0, ln.bbox.x0))
    bbox = boxes[0].bbox
    for b in boxes[1:]:
        bbox = bbox.union(b.bbox)
    return TextBox(page, bbox, tuple(lines), None)


_NUMBERISH = re.compile(r"^\s*[-−△▲]?[\d０-９]")


def _bands(spans: list[tuple[float, float]]) -> list[list[float]]:
    """Overlapping x ranges merged, left to right."""
    bands: list[list[float]] = []
    for x0, x1 in sorted(spans):
        if bands and x0 <= bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], x1)
        else:
            bands.append([x0, x1])
    return bands


def _valueish(raw: str) -> bool:
    """A run printing a figure or a dash (a value not reported)."""
    return bool(_NUMBERISH.match(raw)) or is_dash(normalize_text(raw))


def _blank_slots(
    placed: list[list[tuple[int, int, TextBox]]], xs: list[float], ys: list[float]
) -> list[GridCell]:
    """Blank cells of an unruled table: a slot between two values of a row, in a
    column other rows print values in (a year not reported, printed as nothing)."""
    value_cols = {
        c0 for spans in placed for c0, c1, box in spans if c0 == c1 and _valueish(box.raw)
    }
    out = []
    for r, spans in enumerate(placed):
        own = sorted(c0 for c0, c1, box in spans if c0 == c1 and _valueish(box.raw))
        if len(own) < 2:
            continue
        taken = {c for c0, c1, _ in spans for c in range(c0, c1 + 1)}
        for col in range(own[0] + 1, own[-1]):
            if col in value_cols and col not in taken:
                bbox = new_bbox(xs[col], ys[r], xs[col + 1], ys[r + 1])
                out.append(new_grid_cell(r, col, 1, 1, bbox, None))
    return out


def _overlaps(box: BBox, x0: float, x1: float) -> bool:
    """The run covers the middle of the band (a run reaching into a band's edge does not)."""
    middle = (x0 + x1) / 2
    return box.x0 <= middle <= box.x1 or x0 <= box.cx <= x1


def _nearest(x: float, xs: list[float]) -> int:
    centres = [(xs[i] + xs[i + 1]) / 2 for i in range(len(xs) - 1)]
    return min(range(len(centres)), key=lambda i: abs(centres[i] - x))


def continued(previous: Grid, grid: Grid, tolerance: float) -> Grid | None:
    """``grid`` as the continuation of ``previous`` on the next page: when both rule
    the same columns, the previous table's header rows put over ``grid``'s rows (a
    table carried overleaf without its header). None when the columns differ."""
    if grid.page != previous.page + 1 or len(grid.xs) != len(previous.xs):
        return None
    if any(abs(a - b) > tolerance for a, b in zip(grid.xs, previous.xs, strict=True)):
        return None
    first_value = min(
        (c.row for c in previous.cells if _is_figure(c) and _headed(previous, c)),
        default=None,
    )
    if not first_value:
        return None
    return _put_over(previous, grid, first_value)


def _is_figure(cell: GridCell) -> bool:
    return cell.box is not None and bool(_NUMBERISH.match(cell.box.raw))


def _headed(grid: Grid, cell: GridCell) -> bool:
    """A label is printed above the figure: it is a value under a header, not a card's
    or row's number printed in the table's first rows (``5 | 事業名 | …``)."""
    return any(c.box is not None and not _is_figure(c) for c in grid.above(cell))


def under_captions(previous: Grid, grid: Grid, rows: int, tolerance: float) -> Grid | None:
    """``grid`` under the first ``rows`` rows of ``previous``, a table just above it on
    the same page ruling the same columns (blocks printed as separate tables under
    one caption row). None when the columns differ."""
    if grid.page != previous.page or len(grid.xs) != len(previous.xs) or rows < 1:
        return None
    if grid.bbox.y0 < previous.bbox.y1 - tolerance:
        return None
    if any(abs(a - b) > tolerance for a, b in zip(grid.xs, previous.xs, strict=True)):
        return None
    return _put_over(previous, grid, rows)


def _put_over(previous: Grid, grid: Grid, rows: int) -> Grid:
    """A grid of ``previous``'s first ``rows`` rows over all of ``grid``'s."""
    head = [c for c in previous.cells if c.last_row < rows]
    shifted = [
        new_grid_cell(c.row + rows, c.col, c.row_span, c.col_span, c.bbox, c.box)
        for c in grid.cells
    ]
    ys = (*previous.ys[: rows + 1], *grid.ys[1:])
    joined = Grid(grid.page, grid.bbox, grid.xs, ys, (*head, *shifted))
    for i, c in enumerate(joined.cells):
        for r in range(c.row, c.row + c.row_span):
            for col in range(c.col, c.col + c.col_span):
                joined._slots[(r, col)] = i
    return joined

