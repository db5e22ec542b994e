"""KPI tables read off a shared grid (:mod:`...layout.table`): a ruled table's, or
the aligned grid of an unruled one printed with its indicators across.

The name label's cell (``重要業績評価指標``, ``項目名``) is the table's corner:
its row, and rows under it whose cells are all labels (``目標値`` over
``（R9）``), head the value columns; every grid row below is one indicator (or one
metric of it: a 目標 row over an 実績 row, the name merged over both, under year
columns that name no metric, each row's metric as the shared header interpreter
reads it, :func:`_paired_rows`). A table printed with its indicators across the
top and 現状値/目標値 down the side is read through the grid's transpose, so both
give the same rows. The rows of unruled tables (``kpi_tables``) go through
:func:`read_rows` too.
"""

from __future__ import annotations

from ...layout import PageLayout, TextBox
from ...layout.cell_facts import read_facts
from ...layout.headers import HeaderInterpreter
from ...layout.table import Grid, GridCell, continued, grids_of
from .common import Doc
from .kpi_model import (
    ANCHOR_EXTENSION,
    TABLE_METRICS,
    Column,
    KpiTable,
    TableRow,
    assign_roles,
    headerish,
    is_anchor,
    row_number,
)


def read_ruled(doc: Doc, grid: Grid, anchor: TextBox, explicit: str | None) -> KpiTable | None:
    """The KPI table whose name label is ``anchor``, a cell of ``grid``; None when
    fewer than two labelled value columns head it."""
    corner = _cell_of(grid, anchor)
    if corner is None:
        return None
    transposed = _printed_across(grid, corner)
    if transposed:
        grid = grid.transposed()
        corner = _cell_of(grid, anchor)
        assert corner is not None
    if len([c for c in grid.right_of(corner) if c.box is not None]) < 2:
        return None
    bottom, extensions = _header_rows(grid, corner)
    columns = assign_roles(_columns(grid, corner, bottom), doc.headers)
    if len(columns) < 2:
        return None
    table = KpiTable(
        page=grid.page,
        anchor=anchor,
        explicit_kind=explicit,
        name_span=(corner.bbox.x0, corner.bbox.x1),
        columns=columns,
        boxes=[anchor, *extensions, *(b for c in columns for b in c.boxes)],
        years=doc.years,
        transposed=transposed,
        grids=[grid],
    )
    _read_rows(grid, corner, bottom, table, doc.headers)
    for b in table.boxes:
        doc.consumed.add(id(b))
    return table


def read_carried(doc: Doc, table: KpiTable) -> bool:
    """Rows of a ruled table carried overleaf without its header: the next page's
    first grid, when it rules the same columns, read under the table's header (its
    heading cells left of the names too), page after page. False when none is (a
    grid printing the header again is read on its own, then joined to this one)."""
    tolerance = doc.headers.settings.continued_columns
    previous = table.grids[-1]
    carried = False
    while previous.page < len(doc.layout.pages):
        page = doc.layout.page(previous.page + 1)
        grids = [g for g in grids_of(page) if not _taken(doc, g)]
        if not grids:
            break
        first = min(grids, key=lambda g: g.bbox.y0)
        if _headed(first):
            break  # its header printed again: a table of its own (kpi_tables.find_tables)
        joined = continued(previous, first, tolerance)
        corner = _cell_of(joined, table.anchor) if joined is not None else None
        if joined is None or corner is None or _text_above(doc, page, first):
            break
        bottom, _ = _header_rows(joined, corner)
        _read_rows(joined, corner, bottom, table, doc.headers)
        for b in table.boxes:
            doc.consumed.add(id(b))
        table.grids.append(joined)
        carried, previous = True, joined
        if any(g.bbox.y0 > first.bbox.y1 for g in grids):
            break  # another table below: this one ends on this page
    return carried


def _headed(grid: Grid) -> bool:
    """A name-column label in the grid's top row: it prints a header of its own."""
    return any(c.row == 0 and c.box is not None and is_anchor(c.key)[0] for c in grid.cells)


def _taken(doc: Doc, grid: Grid) -> bool:
    return any(id(c.box) in doc.consumed for c in grid.cells if c.box is not None)


def _text_above(doc: Doc, page: PageLayout, grid: Grid) -> bool:
    """Running text over the grid (a heading, a caption): a table of its own, not
    rows carried over; the running head and folio do not count."""
    return any(
        b.table is None and b.bbox.y1 <= grid.bbox.y0 and not doc.in_margin(page, b)
        for b in page.boxes
    )


def read_across(
    doc: Doc, grids: list[Grid], anchor: TextBox, explicit: str | None
) -> KpiTable | None:
    """An unruled table printed with its indicators across the top, from the page's
    grids by alignment: read like a ruled one through its transpose."""
    for grid in grids:
        corner = _cell_of(grid, anchor)
        if corner is not None:
            across = _printed_across(grid, corner)
            return read_ruled(doc, grid, anchor, explicit) if across else None
    return None


def _cell_of(grid: Grid, box: TextBox) -> GridCell | None:
    return next((c for c in grid.cells if c.box is box), None)


def _printed_across(grid: Grid, corner: GridCell) -> bool:
    """Item names right of the corner and year/metric labels under it."""
    right = [c for c in grid.right_of(corner) if c.box is not None]
    below = [c for c in grid.below(corner) if c.box is not None]
    return (
        not any(headerish(c.key) for c in right)
        and sum(headerish(c.key) for c in below) >= 2
    )


def _header_rows(grid: Grid, corner: GridCell) -> tuple[int, list[TextBox]]:
    """The last header row, and ``(KPI)`` printed in its own cell under the name label.

    A row under the corner continues the header while every cell right of the
    name column is a label and the name column has no indicator name there.
    """
    bottom = corner.last_row
    extensions: list[TextBox] = []
    for r in range(corner.last_row + 1, grid.n_rows):
        name = grid.at(r, corner.col)
        extension = None
        if name is not None and name.box is not None and name.row == r:
            if not ANCHOR_EXTENSION.match(name.key):
                break
            extension = name.box
        rest = [
            c for c in grid.row_cells(r) if c.col > corner.last_col and c.row == r and c.box
        ]
        if not all(headerish(c.key) for c in rest) or not (rest or extension):
            break
        bottom = r
        if extension is not None:
            extensions.append(extension)
    return bottom, extensions


def _columns(grid: Grid, corner: GridCell, bottom: int) -> list[Column]:
    """One column per header cell on the last header row right of the name label,
    labelled by every header cell over it, top to bottom."""
    columns: list[Column] = []
    for leaf in grid.row_cells(bottom):
        if leaf.col <= corner.last_col:
            continue
        boxes: list[TextBox] = []
        for r in range(corner.row, bottom + 1):
            head = grid.at(r, leaf.col)
            if head is not None and head.box is not None and head.box not in boxes:
                boxes.append(head.box)
        if boxes:
            columns.append(
                Column(leaf.bbox.x0, leaf.bbox.x1, boxes, col=leaf.col, last_col=leaf.last_col)
            )
    return columns


def _read_rows(
    grid: Grid, corner: GridCell, bottom: int, table: KpiTable, headers: HeaderInterpreter
) -> None:
    """Every grid row under the header is one indicator, up to another table's
    name label in the same grid (which is then read as a table of its own)."""
    end = next(
        (
            r
            for r in range(bottom + 1, grid.n_rows)
            if (name := grid.at(r, corner.col)) is not None
            and name.row == r
            and name.box is not None
            and is_anchor(name.key)[0]
        ),
        grid.n_rows,
    )
    body = range(bottom + 1, end)
    spans = [(c.col or 0, c.last_col or 0) for c in table.columns]
    paired = _paired_rows(grid, corner.col, body, table, headers)
    table.rows.extend(read_rows(grid, corner.col, body, spans, paired))
    for r in body:
        table.boxes.extend(c.box for c in grid.row_cells(r) if c.row == r and c.box is not None)


def _paired_rows(
    grid: Grid, name_col: int, rows: range, table: KpiTable, headers: HeaderInterpreter
) -> dict[int, tuple[str | None, ...]]:
    """The rows of indicators printed as a metric per row (区分 ``目標`` over ``実績``,
    the name merged over both) under year columns whose header names no metric
    (``R3`` … ``R6``): per such grid row, each value column's metric as the shared
    header interpreter reads that row (None where the header's own metric holds).
    An indicator counts only when every one of its rows says a metric and they
    do not all say the same (a name that itself reads as a metric says it on each)."""
    open_cols = [
        i
        for i, c in enumerate(table.columns)
        if c.metric is None and c.role is None and c.fiscal_year is not None
    ]
    out: dict[int, tuple[str | None, ...]] = {}
    if not open_cols:
        return out
    for r in rows:
        name = grid.at(r, name_col)
        if name is None or name.row != r or name.box is None or name.last_row == r:
            continue
        sub = {
            s: _row_metrics(grid, s, table, open_cols, headers)
            for s in range(r, name.last_row + 1)
        }
        if all(any(m) for m in sub.values()) and len(set(sub.values())) > 1:
            out.update(sub)
    return out


def _row_metrics(
    grid: Grid, row: int, table: KpiTable, open_cols: list[int], headers: HeaderInterpreter
) -> tuple[str | None, ...]:
    """Each value column's metric on ``row`` for the columns in ``open_cols`` (the
    cells that start on it), None for the others."""
    out: list[str | None] = [None] * len(table.columns)
    for i in open_cols:
        cell = grid.at(row, table.columns[i].col or 0)
        if cell is None or cell.row != row:
            continue
        metric = read_facts(grid, cell, headers).metric
        out[i] = metric if metric in TABLE_METRICS else None
    return tuple(out)


def read_rows(
    grid: Grid,
    name_col: int,
    rows: range,
    spans: list[tuple[int, int]],
    paired: dict[int, tuple[str | None, ...]] | None = None,
) -> list[TableRow]:
    """One :class:`TableRow` per grid row: the name column's lines, each value
    column's lines (``spans``: the grid columns it covers) and the row number
    printed left of the name. A name merged over several rows keeps one row,
    unless its rows are ``paired`` (a metric per row, :func:`_paired_rows`): then
    each is a row of its own, the cells merged over them (its unit) on each and
    read as values on the first only (``TableRow.paired_on``)."""
    paired = paired or {}
    out: list[TableRow] = []
    for r in rows:
        name = grid.at(r, name_col)
        if name is not None and name.row != r and out and r in paired:
            first = out[-1]
            cells = [_lines_in(grid, r, a, b) for a, b in spans]  # the merged ones too
            out.append(
                TableRow(
                    grid.page,
                    list(name.lines),
                    cells,
                    first.kpi_no,
                    first.heads,
                    head_words=first.head_words,
                    metrics=paired[r],
                    paired_on=True,
                )
            )
            continue
        if name is not None and name.row != r:  # a merged name: more lines of its row
            if out:
                for kept, (first, last) in zip(out[-1].cells, spans, strict=True):
                    kept.extend(_lines_in(grid, r, first, last, starting=True))
            continue
        # a value merged over several indicators' rows is each one's value
        cells = [_lines_in(grid, r, first, last) for first, last in spans]
        if (band := _band(name, name_col, cells)) is not None:
            out.append(TableRow(grid.page, [], cells, heads=(band,), band=True))
            continue
        name_lines = list(name.lines) if name is not None else []
        if name_lines or any(cells):
            heads, words = _heads(grid, r, name_col, rows.start)
            row_no = _row_no(grid, r, name_col)
            row = TableRow(grid.page, name_lines, cells, row_no, heads, head_words=words)
            row.metrics = paired.get(r, ())
            out.append(row)
    return out


def _band(name: GridCell | None, name_col: int, cells: list[list[str]]) -> TextBox | None:
    """A heading printed across the table (``基本目標2 …`` over its rows): a name cell
    spanning the value columns, no value beside it."""
    if name is None or name.last_col <= name_col or any(cells):
        return None
    return name.box


def _heads(
    grid: Grid, row: int, name_col: int, body: int
) -> tuple[tuple[TextBox, ...], tuple[str, ...]]:
    """The boxes of the cells crossing ``row`` left of the name column, merged ones
    included: headings the row is printed beside; and the key of the header cell
    over each (above grid row ``body``, the first under the header; "" for none)."""
    cells = [c for c in grid.row_cells(row) if c.last_col < name_col and c.box is not None]
    return tuple(c.box for c in cells if c.box is not None), tuple(
        _header_over(grid, c, body) for c in cells
    )


def _header_over(grid: Grid, cell: GridCell, body: int) -> str:
    """The lowest header cell over ``cell``'s column (``基本目標``, ``具体的な施策``)."""
    for r in range(min(body, cell.row) - 1, -1, -1):
        head = grid.at(r, cell.col)
        if head is not None and head.box is not None:
            return head.key
    return ""


def _lines_in(grid: Grid, row: int, first: int, last: int, *, starting: bool = False) -> list[str]:
    """The lines of the cells on ``row`` within columns ``first``..``last`` (only the
    cells that start on it, when ``starting``)."""
    out: list[str] = []
    for c in grid.row_cells(row):
        if (c.row == row or not starting) and first <= c.col <= last and c.box is not None:
            out.extend(c.lines)
    return out


def _row_no(grid: Grid, row: int, name_col: int) -> int | None:
    """The row number printed left of the indicator name (``No.`` column)."""
    for c in grid.row_cells(row):
        if c.col < name_col and c.row == row and (n := row_number(c.key)) is not None:
            return n
    return None
