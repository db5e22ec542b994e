"""An indicator named in a row of its own over a grid of its values (a KPI block).

Progress reports print each KPI as a small block: a name row ``ＫＰＩ①`` | NAME
(``重要業績評価指標（ＫＰＩ）①`` | NAME, at times ``単位`` | UNIT at its right end) and
right under it a grid whose header names metrics and years (``基準値（平成30年度） |
現状値（令和５年度） | 目標値（令和６年度） | 進捗状況``) over one row of values. The
grid has no name column: its one value row is the indicator the name row names.
The label's word says the kind (the vocabulary's name-column words, as
:func:`kpi_model.is_anchor` reads them) and its ordinal the kpi_no (the shared
ordinal reader, :func:`layout.kinds.split_ordinal`); the 単位 cell is the unit of
every value printed without one. The block is read only when all of it has this
shape; anything else is left to the ruled-table reader (``grid_tables``).
"""

from __future__ import annotations

from collections.abc import Callable

from ...layout import TextBox
from ...layout.kinds import split_ordinal
from ...layout.table import Grid, GridCell
from .common import Doc
from .kpi_model import TABLE_METRICS, Column, KpiTable, TableRow, assign_roles, headerish, is_anchor

# A header of value columns names at least this many metrics (基準値 and 目標値).
_MIN_METRICS = 2


def label_of(key: str) -> tuple[str | None, int] | None:
    """(kind, ordinal) of a name row's label (``KPI①`` → ("kpi", 1)), else None: a
    name-column word with an ordinal after it, nothing else."""
    words, number = split_ordinal(key)
    if number is None or not words:
        return None
    anchor, kind = is_anchor(words)
    return (kind, number) if anchor else None


def read_name_row(
    doc: Doc, grid: Grid, anchor: TextBox, grids_on: Callable[[int], list[Grid]]
) -> KpiTable | None:
    """The KPI block whose name row's label is ``anchor`` (a cell of ``grid``), its
    value grid the rows under it in the same grid, else the grid ruled right under
    the name row (overleaf when the name row ends its page; ``grids_on`` gives a
    page's grids); None when it is not one."""
    label = label_of(anchor.key)
    corner = next((c for c in grid.cells if c.box is anchor), None)
    if label is None or corner is None:
        return None
    kind, number = label
    own = [
        c
        for c in grid.row_cells(corner.row)
        if c.row == corner.row and c.col > corner.last_col and c.box is not None
    ]
    if not own or own[0].box is None or _metric_label(doc, own[0].box):
        return None  # the cell right of the label is the indicator's name, no metric's
    name, rest = own[0], own[1:]
    unit = _unit_pair(doc, rest)
    if rest and unit is None:
        return None
    head_row = max(c.last_row for c in (corner, *own)) + 1
    values = grid
    if head_row >= grid.n_rows:  # the name row ruled apart: the grid under it
        under = _grid_under(doc, grid, anchor, grids_on)
        if under is None:
            return None
        values, head_row = under, 0
    columns = _header(doc, values, head_row)
    if columns is None:
        return None
    body = _value_rows(values, head_row + 1)
    if len(body) != 1:
        return None
    cells = [_lines(values, body[0], c) for c in columns]
    if unit is not None:
        label_box, unit_cell = unit
        columns.append(Column(unit_cell.bbox.x0, unit_cell.bbox.x1, [label_box], role="unit"))
        cells.append(list(unit_cell.lines))
    if not any(cells[i] for i, c in enumerate(columns) if c.metric is not None):
        return None
    # the page the values are printed on: a block continued overleaf is that page's
    row = TableRow(values.page, list(name.lines), cells, number)
    boxes = [c.box for c in grid.cells if c.box is not None and c.row >= corner.row]
    if values is not grid:
        boxes = [c.box for c in grid.cells if c.box is not None and c.row == corner.row]
    boxes += [c.box for c in values.cells if c.box is not None and c.row <= body[0]]
    boxes = list({id(b): b for b in boxes}.values())
    table = KpiTable(
        page=grid.page,
        anchor=anchor,
        explicit_kind=kind,
        name_span=(name.bbox.x0, name.bbox.x1),
        columns=columns,
        rows=[row],
        boxes=boxes,
        years=doc.years,
        grids=[grid] if values is grid else [grid, values],
        name_row=True,
    )
    for b in boxes:
        doc.consumed.add(id(b))
    return table


def _grid_under(
    doc: Doc, grid: Grid, anchor: TextBox, grids_on: Callable[[int], list[Grid]]
) -> Grid | None:
    """The grid ruled right under ``grid`` (a name row of its own) and across the same
    width: on its page within ``name_row_gap_em``, or, when nothing but the page's
    margin is under the name row, the next page's first grid with nothing but the
    margin over it."""
    reach = doc.settings.name_row_gap_em * anchor.lines[0].size
    slack = doc.settings.continuation_slack
    page = doc.layout.page(grid.page)

    def aligned(g: Grid) -> bool:
        return abs(g.bbox.x0 - grid.bbox.x0) <= slack and abs(g.bbox.x1 - grid.bbox.x1) <= slack

    below = [
        g
        for g in grids_on(grid.page)
        if g is not grid and -doc.settings.edge_slack <= g.bbox.y0 - grid.bbox.y1 <= reach
    ]
    if below:
        first = min(below, key=lambda g: g.bbox.y0)
        return first if aligned(first) else None
    if grid.page >= len(doc.layout.pages) or any(
        b.bbox.y0 >= grid.bbox.y1 and not doc.in_margin(page, b) for b in page.boxes
    ):
        return None
    nxt = doc.layout.page(grid.page + 1)
    grids = grids_on(nxt.number)
    if not grids:
        return None
    first = min(grids, key=lambda g: g.bbox.y0)
    above = any(
        b.bbox.y1 <= first.bbox.y0 and b.table is None and not doc.in_margin(nxt, b)
        for b in nxt.boxes
    )
    return first if aligned(first) and not above else None


def _metric_label(doc: Doc, box: TextBox) -> bool:
    """A value column's label (``現状値（R5）``): a name may print a year (``各年度5月1日
    現在``), so the header words alone do not say it is no name."""
    return doc.headers.label(box.raw).metric in TABLE_METRICS


def _unit_pair(doc: Doc, rest: list[GridCell]) -> tuple[TextBox, GridCell] | None:
    """(the ``単位`` label cell, the unit cell right of it) when they are all the name
    row prints after the name, else None."""
    if len(rest) != 2 or rest[0].box is None:
        return None
    if not doc.headers.label(rest[0].box.raw).unit_column or rest[1].box is None:
        return None
    return rest[0].box, rest[1]


def _header(doc: Doc, grid: Grid, row: int) -> list[Column] | None:
    """The value columns headed on grid row ``row``, when it names metrics."""
    heads = [c for c in grid.row_cells(row) if c.row == row and c.box is not None]
    if not heads or sum(headerish(c.key) for c in heads) < _MIN_METRICS:
        return None
    columns = assign_roles(
        [
            Column(c.bbox.x0, c.bbox.x1, [box], col=c.col, last_col=c.last_col)
            for c in heads
            if (box := c.box) is not None
        ],
        doc.headers,
    )
    if sum(c.metric in TABLE_METRICS for c in columns) < _MIN_METRICS:
        return None
    return columns


def _value_rows(grid: Grid, start: int) -> list[int]:
    """The grid rows from ``start`` that begin cells, up to the next block's name row."""
    rows: list[int] = []
    for r in range(start, grid.n_rows):
        cells = [c for c in grid.row_cells(r) if c.row == r and c.box is not None]
        if any(label_of(c.key) is not None for c in cells):
            break
        if cells:
            rows.append(r)
    return rows


def _lines(grid: Grid, row: int, col: Column) -> list[str]:
    first, last = col.col or 0, col.last_col or 0
    out: list[str] = []
    for c in grid.row_cells(row):
        if c.row == row and c.box is not None and first <= c.col and c.last_col <= last:
            out.extend(c.lines)
    return out
