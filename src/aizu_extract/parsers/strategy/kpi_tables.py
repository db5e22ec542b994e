"""数値目標 / 重要業績評価指標 (KPI) tables: found by their labels, read as shared grids.

A table is found by its name-column label (``重要業績評価指標 (KPI)``, ``項目名``).
A ruled one is the shared grid holding that label (``grid_tables``, either
orientation). An unruled one has at least two year/現状値/目標値 labels to its
right; its columns are the header boxes' x-ranges (labels split over lines
gathered downwards), its rows runs of vertically overlapping boxes (a wrapped
name and a vertically centred value overlap) up to a row gap, a heading or a
label; they become a shared grid (``layout.table.grid_of_slots``) read by the same
row reader. Unruled indicators printed across come from the page's aligned grid.
A table goes on overleaf either under no header (its rows read under the header
before the break) or under its header printed again at the head of the page; the
part after the break is then joined to the part before it, one table.
Which kind a table is (数値目標, KPI or neither) is decided by the outline walk,
which knows the printed label above it.
"""

from __future__ import annotations

import math

from ...geometry import BBox
from ...layout import PageLayout, TextBox
from ...layout.headers import HeaderInterpreter
from ...layout.table import Grid, aligned_grids, grid_of_slots, grids_of, rows_of_boxes, text_key
from ...normalize.errors import NormalizationError
from ...normalize.numbers import parse_quantity
from ...settings import StrategySettings
from .common import (
    FOLIO_RE,
    MEASURE_RE,
    NUMBERED_RE,
    PILLAR_RE,
    SECTION_RE,
    Doc,
    fold_dashes,
    starts_label,
)
from .grid_tables import read_across, read_carried, read_rows, read_ruled
from .kpi_model import (
    ANCHOR_EXTENSION,
    DASH_CELLS,
    NOT_HEADER_START,
    Column,
    KpiTable,
    TableRow,
    assign_roles,
    headerish,
    is_anchor,
    row_number,
)
from .name_rows import read_name_row

# A side label of an unruled header row (``担当課``) is at most this long.
SIDE_LABEL_CHARS = 10


def find_tables(doc: Doc) -> list[KpiTable]:
    """Every KPI-shaped table of the document, header first, in reading order."""
    tables: list[KpiTable] = []
    grids: dict[int, list[Grid]] = {}
    aligned: dict[int, list[Grid]] = {}

    def grids_on(number: int) -> list[Grid]:
        if number not in grids:
            grids[number] = grids_of(doc.layout.page(number))
        return grids[number]

    for page in doc.layout.pages:
        for box in page.boxes:
            if id(box) in doc.consumed:
                continue
            anchor, explicit = is_anchor(box.key)
            if not anchor:
                continue
            if box.table is not None:  # a ruled table: read off the shared grid
                grid = grids_on(page.number)[box.table]
                table = read_name_row(doc, grid, box, grids_on) or read_ruled(
                    doc, grid, box, explicit
                )
            else:
                table = _read_header(doc, page, box, explicit)
                if table is not None:
                    _read_body(doc, page, table)
                else:  # items across the top of an unruled table: its aligned grid
                    if page.number not in aligned:
                        aligned[page.number] = aligned_grids(page)
                    table = read_across(doc, aligned[page.number], box, explicit)
            if table is None:
                continue
            if table.name_row:
                tables.append(table)
                continue
            if not table.transposed:
                _read_continuation(doc, table)
            if tables and _header_repeated(doc, tables[-1], table):
                _join(tables[-1], table)
                continue
            tables.append(table)
    return tables


def _header_repeated(doc: Doc, previous: KpiTable, table: KpiTable) -> bool:
    """``table`` is ``previous`` carried overleaf with its header printed again: it
    heads the page after the one ``previous`` ends on (nothing above it but the
    running head), which ``previous`` ends (nothing below it but notes and the
    folio), under the same name label and column labels at the same places."""
    last = max(b.page for b in previous.boxes)
    if previous.transposed or table.transposed or table.page != last + 1:
        return False
    if previous.anchor.key != table.anchor.key or len(previous.columns) != len(table.columns):
        return False
    tolerance = doc.headers.settings.continued_columns
    for a, b in zip(previous.columns, table.columns, strict=True):
        if a.label != b.label or abs(a.x0 - b.x0) > tolerance or abs(a.x1 - b.x1) > tolerance:
            return False
    page = doc.layout.page(table.page)
    top = min(b.bbox.y0 for b in table.boxes)
    own = {id(b) for b in table.boxes}
    if any(
        b.bbox.y1 <= top and id(b) not in own and not doc.in_margin(page, b) for b in page.boxes
    ):
        return False  # a heading or caption over it: a table of its own
    return _ends_page(doc, doc.layout.page(last), previous)


def _join(previous: KpiTable, table: KpiTable) -> None:
    """The rows ``table`` read overleaf (its repeated header giving none) are
    ``previous``'s: one table, one kind and context; each row keeps its page."""
    previous.rows.extend(table.rows)
    previous.boxes.extend(table.boxes)
    previous.grids.extend(table.grids)


def _read_header(
    doc: Doc, page: PageLayout, anchor: TextBox, explicit: str | None
) -> KpiTable | None:
    """An unruled table's header: the name label with year/metric labels to its
    right, labels split over lines gathered downwards."""
    a = anchor.bbox
    size = anchor.lines[0].size
    slack = doc.settings.edge_slack
    cands = [
        b
        for b in page.boxes
        if b.table is None
        and b is not anchor
        and b.bbox.x0 >= a.x1 - slack
        and min(b.bbox.y1, a.y1 + a.height) - max(b.bbox.y0, a.y0 - a.height) > 0
        and headerish(b.key)
    ]
    if len(cands) < 2:
        return None
    # another name label on the header row starts a table beside this one
    right = min(
        (
            b.bbox.x0
            for b in page.boxes
            if b.table is None
            and b is not anchor
            and b.bbox.x0 >= a.x1 - slack
            and b.bbox.same_row(a)
            and is_anchor(b.key)[0]
        ),
        default=math.inf,
    )
    cands = [b for b in cands if b.bbox.x0 < right]
    if len(cands) < 2:
        return None
    cands += [b for b in _side_columns(page, anchor, cands, slack) if b.bbox.x0 < right]
    band = [anchor, *cands]
    name_boxes = [anchor]
    bottom = max(b.bbox.y1 for b in band)
    grew = True
    while grew:  # labels split over lines: gather what sits just below
        grew = False
        for b in page.boxes:
            reach = bottom + doc.settings.header_gap_em * size
            # The position first: ``in`` compares boxes field by field (equal boxes
            # count as in the band, as before), and most boxes are out of reach.
            if b.bbox.y0 < a.y0 or b.bbox.y0 > reach or b in band:
                continue
            key = b.key
            if b.bbox.overlap_x(a) > 0 and ANCHOR_EXTENSION.match(key):
                name_boxes.append(b)
            elif (
                any(b.bbox.overlap_x(c.bbox) > 0 for c in cands)
                and headerish(key)
                and not _beside_a_name(page, a, b, band)
            ):
                cands.append(b)
            else:
                continue
            band.append(b)
            bottom = max(bottom, b.bbox.y1)
            grew = True
    columns = _columns(cands, doc.headers, slack)
    if len(columns) < 2:
        return None
    name_bbox = _union([b.bbox for b in name_boxes])
    table = KpiTable(
        page=page.number,
        anchor=anchor,
        explicit_kind=explicit,
        name_span=(name_bbox.x0, name_bbox.x1),
        columns=columns,
        boxes=band,
        years=doc.years,
        right=right,
    )
    for b in band:
        doc.consumed.add(id(b))
    return table


def _columns(cands: list[TextBox], headers: HeaderInterpreter, slack: float) -> list[Column]:
    """Header boxes overlapping in x (by more than ``slack``) form one column; then
    each column's role."""
    columns: list[Column] = []
    for b in sorted(cands, key=lambda b: b.bbox.x0):
        if columns and b.bbox.x0 < columns[-1].x1 - slack:
            col = columns[-1]
            col.x1 = max(col.x1, b.bbox.x1)
            col.boxes.append(b)
        else:
            columns.append(Column(b.bbox.x0, b.bbox.x1, [b]))
    return assign_roles(columns, headers)


def _beside_a_name(page: PageLayout, a: BBox, b: TextBox, band: list[TextBox]) -> bool:
    """``R4`` under 基準年度 on the row of an indicator name is a body cell, not the
    second line of a header label."""
    # The overlaps first: ``not in band`` compares boxes field by field, and few
    # of the page's boxes are under the name and on b's row.
    return any(
        o is not b
        and o.bbox.overlap_x(a) > 0
        and o.bbox.overlap_y(b.bbox) > 0
        and o not in band
        and not ANCHOR_EXTENSION.match(o.key)
        for o in page.boxes
    )


def _side_columns(
    page: PageLayout, anchor: TextBox, cands: list[TextBox], slack: float
) -> list[TextBox]:
    """Other labels on the header row of an unruled table (``担当課``, ``備考``): columns
    without a metric, so their cells are not read into the value beside them."""
    a = anchor.bbox
    top = min(c.bbox.y0 for c in cands)
    bottom = max(c.bbox.y1 for c in cands)
    out = []
    for b in page.boxes:
        key = b.key
        if (
            b.table is None
            and b is not anchor
            and b.bbox.x0 >= a.x1 - slack
            and b.bbox.y0 < bottom
            and b.bbox.y1 > top
            and b not in cands  # after the position: it compares boxes field by field
            and len(key) <= SIDE_LABEL_CHARS
            and key[:1] not in NOT_HEADER_START
            and not any(b.bbox.overlap_x(c.bbox) > 0 for c in cands)
        ):
            try:
                parse_quantity(fold_dashes(b.raw))
            except NormalizationError as err:
                if err.code == "number.not_numeric":
                    out.append(b)
    return out


def _union(bboxes: list[BBox]) -> BBox:
    out = bboxes[0]
    for b in bboxes[1:]:
        out = out.union(b)
    return out


def _stops_table(key: str) -> bool:
    """Printed labels and headings that cannot be a table cell."""
    return (
        starts_label(key)
        or bool(PILLAR_RE.match(key))
        or bool(SECTION_RE.match(key))
        or bool(MEASURE_RE.match(key))
        or bool(NUMBERED_RE.match(key))
        or is_anchor(key)[0]
    )


def _body_boxes(doc: Doc, page: PageLayout, table: KpiTable, top: float) -> list[TextBox]:
    """Boxes of the table body from ``top`` down, on one page."""
    size = table.anchor.lines[0].size
    st = doc.settings
    edge = top - st.edge_slack
    first = next(
        (
            b
            for b in sorted(page.boxes, key=lambda b: b.bbox.y0)
            if b.bbox.y0 >= edge
            and id(b) not in doc.consumed
            and not _in_margin(doc, page, table, b)
        ),
        None,
    )
    if first is None:
        return []
    if first.table is not None and (page.number != table.page or first.table == table.anchor.table):
        return [
            b
            for b in page.boxes
            if b.table == first.table and b.bbox.y0 >= edge and id(b) not in doc.consumed
        ]
    out: list[TextBox] = []
    bottom = top
    for b in sorted(page.boxes, key=lambda b: (b.bbox.y0, b.bbox.x0)):
        if b.bbox.y0 < edge or id(b) in doc.consumed or b.table is not None:
            continue
        if b.bbox.cx >= table.right:
            continue  # the table beside this one
        if out and b.bbox.y0 > bottom + _row_break(table, size, st):
            break
        line_size = b.lines[0].size
        too_far = abs(line_size / size - 1) > doc.settings.size_tolerance
        if _stops_table(b.key) or too_far:
            break
        if _in_margin(doc, page, table, b):
            if b.bbox.cy < page.height / 2:
                continue  # a running head above the rows carried overleaf
            break
        if not out and table.row_gap is None and page.number == table.page:
            table.row_gap = max(0.0, b.bbox.y0 - top)  # the header-to-first-row pitch
        out.append(b)
        bottom = max(bottom, b.bbox.y1)
    return out


def _row_break(table: KpiTable, size: float, st: StrategySettings) -> float:
    """The gap that ends an unruled table: the fixed minimum, or more when the table
    spaces its own rows wider (Writer paragraphs with space after each cell)."""
    fixed = st.row_break_em * size
    if table.row_gap is None:
        return fixed
    return max(fixed, table.row_gap + st.row_gap_slack_em * size)


def _in_margin(doc: Doc, page: PageLayout, table: KpiTable, b: TextBox) -> bool:
    """A folio or running head; small text near the top edge is still a table row
    when it lines up with the columns as one: a name beside a readable value."""
    if not doc.in_margin(page, b):
        return False
    if b.table is not None or FOLIO_RE.match(b.key):
        return True
    row = [o for o in page.boxes if o.table is None and o.bbox.same_row(b.bbox)]
    slots = [(_slot(table, o), o) for o in row]
    if not any(slot == 0 for slot, _ in slots):
        return True
    for slot, o in slots:
        if slot == 0:
            continue
        try:
            q = parse_quantity(fold_dashes(o.raw))
        except NormalizationError:
            continue
        if q.value is not None or o.key in DASH_CELLS:
            return False
    return True


def _body_grid(
    table: KpiTable, page: int, boxes: list[TextBox], settings: StrategySettings
) -> Grid | None:
    """Body boxes as a shared grid: rows as :func:`rows_of_boxes` groups them (a
    wrapped name is one cell), each box in the column nearest its centre."""
    size = table.anchor.lines[0].size
    # left of the name column: a row number (``No.``) is the row's kpi_no, and a
    # ruled column (``施策`` beside ``KPI``) is not part of the name
    left = table.name_span[0] + 1
    numbers = [b for b in boxes if b.bbox.x1 <= left and row_number(b.key) is not None]
    cells = [b for b in boxes if b not in numbers and (b.table is None or b.bbox.x1 > left)]
    slots = {id(b): _slot(table, b) for b in cells}
    groups = rows_of_boxes(
        cells,
        slots,
        join_gap=settings.wrap_gap_em * size,
        wrap_gap=settings.name_wrap_em * size,
    )
    # the table as a grid: column 0 the row numbers, 1 the names, then the values
    slotted = []
    for members in groups:
        row = [(slots[id(b)] + 1, b) for b in members]
        number = next(
            (n for n in numbers if any(n.bbox.overlap_y(m.bbox) > 0 for m in members)), None
        )
        if number is not None:
            row.append((0, number))
        slotted.append(row)
    if not slotted:
        return None
    name = table.name_span
    bands = [(name[0] - 1.0, name[0]), name, *((c.x0, c.x1) for c in table.columns)]
    return grid_of_slots(page, bands, slotted)


def _grid_rows(table: KpiTable, grid: Grid | None) -> list[TableRow]:
    """The rows of a body grid of :func:`_body_grid` (names in column 1)."""
    if grid is None:
        return []
    spans = [(i + 2, i + 2) for i in range(len(table.columns))]
    return read_rows(grid, 1, range(grid.n_rows), spans)


def _slot(table: KpiTable, b: TextBox) -> int:
    """0 for the name column, else 1 + the index of the nearest value column."""
    name_cx = sum(table.name_span) / 2
    centers = [abs(b.bbox.cx - name_cx), *(abs(b.bbox.cx - c.cx) for c in table.columns)]
    return centers.index(min(centers))


def _read_body(doc: Doc, page: PageLayout, table: KpiTable) -> None:
    top = max(b.bbox.y1 for b in table.boxes)
    boxes = _body_boxes(doc, page, table, top)
    grid = _body_grid(table, page.number, boxes, doc.settings)
    table.rows.extend(_grid_rows(table, grid))
    table.grids.extend([grid] if grid is not None else [])
    table.boxes.extend(boxes)
    for b in boxes:
        doc.consumed.add(id(b))


def _ends_page(doc: Doc, page: PageLayout, table: KpiTable) -> bool:
    """Nothing but footnotes and folios below the table on ``page``: it may go on
    overleaf."""
    bottom = max(b.bbox.y1 for b in table.boxes if b.page == page.number)
    return not any(
        b.bbox.y0 > bottom
        and id(b) not in doc.consumed
        and not doc.in_margin(page, b)
        and not doc.is_small(b.lines[0])
        for b in page.boxes
    )


def _read_continuation(doc: Doc, table: KpiTable) -> None:
    """Rows carried over to the next page without a repeated header."""
    page = doc.layout.page(table.page)
    if table.page >= len(doc.layout.pages) or not _ends_page(doc, page, table):
        return
    if table.anchor.table is not None and read_carried(doc, table):
        return  # a ruled table: the grid overleaf ruling the same columns
    nxt = doc.layout.page(table.page + 1)
    boxes = _body_boxes(doc, nxt, table, 0.0)
    grid = _body_grid(table, nxt.number, boxes, doc.settings)
    rows = _grid_rows(table, grid)
    if grid is None or not rows or not _looks_like_rows(table, rows[:1], boxes, doc.settings):
        return
    table.rows.extend(rows)
    table.grids.append(grid)
    table.boxes.extend(boxes)
    for b in boxes:
        doc.consumed.add(id(b))


def _looks_like_rows(
    table: KpiTable, rows: list[TableRow], boxes: list[TextBox], st: StrategySettings
) -> bool:
    left = min(table.name_span[0], *(c.x0 for c in table.columns)) - st.continuation_slack
    right = max(c.x1 for c in table.columns) + st.continuation_slack
    if any(b.bbox.cx < left or b.bbox.cx > right for b in boxes):
        return False
    row = rows[0]
    if not row.name_lines or not any(row.cells) or is_anchor(text_key(row.name_lines[0]))[0]:
        return False
    numbers = 0
    for cell in row.cells:
        if not cell:
            continue
        text = " ".join(cell)
        if headerish(text_key(text)):
            return False
        try:
            parse_quantity(fold_dashes(text))
        except NormalizationError as err:
            if err.code != "number.not_numeric":
                return False
        else:
            numbers += 1
    return numbers > 0
