"""数値目標 / 重要業績評価指標 (KPI) tables: header columns, body rows, continuations.

A table is found by its name-column label (``重要業績評価指標 (KPI)``, ``項目名``)
with at least two year/現状値/目標値 labels to its right. Columns come from the
header boxes' x-ranges, so ruled and unruled tables read the same way; header
labels split over lines are gathered downwards. Rows are ruled cells, or for
unruled tables runs of vertically overlapping boxes (a wrapped name and a
vertically centred value overlap). Which kind a table is (数値目標, KPI or
neither) is decided by the outline walk, which knows the printed label above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...geometry import BBox
from ...layout import PageLayout, TextBox
from ...layout.query import label_key
from ...normalize.dated import parse_dated_quantity, read_year_label
from ...normalize.eras import YearContext, find_era_year, parse_era_year, parse_year_label
from ...normalize.errors import NormalizationError
from ...normalize.numbers import parse_quantity
from ...normalize.text import compact
from ...settings import StrategySettings
from ..base import Extraction
from .common import (
    ACTUAL_WORDS,
    ANCHOR_EXTRA_CHARS,
    BASELINE_WORDS,
    FOLIO_RE,
    HEADER_WORDS,
    ITEM_HEADERS,
    KPI_HEADERS,
    MEASURE_RE,
    NUMBERED_RE,
    NUMERICAL_HEADERS,
    PILLAR_RE,
    SECTION_RE,
    TARGET_WORDS,
    UNIT_HEADER,
    YEAR_COLUMN_RE,
    Doc,
    fold_dashes,
    starts_label,
    tidy_name,
)

# The year part of a header label; a bare ``R9`` / ``(2027)`` counts too (``目標（R9）``).
_YEAR_LABEL = re.compile(
    r"(?:令和|平成|昭和|(?<![A-Za-z])[RHS])\.?(?:元|\d{1,2})(?:年度?末?値?|(?![\d.]))"
    r"(?:\((?:19|20)\d\d\)(?:年度?)?)?"  # ``R5(2023)``
    r"|(?<!\d)(?:19|20)\d\d(?:年度?末?値?|(?!\d))"
)
# A row number printed left of the indicator name: ``1``, ``12``, ``(3)``, ``3.``
_ROW_NO = re.compile(r"^\(?(\d{1,3})[).]?$")
# A side label of an unruled header row (``担当課``) is at most this long.
SIDE_LABEL_CHARS = 10
# A header 年度 printed without its era (``現状値（3年度）``), read with the document's.
_ERALESS_LABEL = re.compile(r"(?<![\d.])(?:元|\d{1,2})年度末?値?")
_ANCHOR_EXTENSION = re.compile(r"^[(]?KPI[)]?$")
_DASH_CELLS = frozenset("-‒–—―−ー")
_NOT_HEADER_START = set("0123456789-‒–—―−ー_▲△+.")


@dataclass(slots=True)
class Column:
    """A value column: its x-range and printed label, and what it holds."""

    x0: float
    x1: float
    boxes: list[TextBox] = field(default_factory=list)
    metric: str | None = None
    year_label: str = ""
    fiscal_year: int | None = None
    year_kind: str | None = None
    end_of_period: bool = False
    # ``unit``: a 単位 column; ``year``: a column of years (基準年) for ``year_for``
    role: str | None = None
    year_for: str | None = None

    @property
    def label(self) -> str:
        return "".join(label_key(b.raw) for b in sorted(self.boxes, key=lambda b: b.bbox.y0))

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(slots=True)
class TableRow:
    page: int
    name_lines: list[str]
    cells: list[list[str]]  # per value column, the lines read there
    kpi_no: int | None = None  # the row number printed left of the name (``No.``)


@dataclass(slots=True)
class KpiTable:
    page: int
    anchor: TextBox
    # what the name column's label says the table is: ``kpi`` (重要業績評価指標,
    # KPI, 成果指標), ``numerical_target`` (数値指標) or None (項目名, 指標 …)
    explicit_kind: str | None
    name_span: tuple[float, float]
    columns: list[Column]
    rows: list[TableRow] = field(default_factory=list)
    boxes: list[TextBox] = field(default_factory=list)  # everything read as part of it
    years: YearContext = field(default_factory=YearContext)  # the document's era
    row_gap: float | None = None  # unruled: gap between the header and the first row

    @property
    def y0(self) -> float:
        return self.anchor.bbox.y0

    @property
    def explicit_kpi(self) -> bool:
        return self.explicit_kind == "kpi"

    @property
    def has_roles(self) -> bool:
        metrics = {c.metric for c in self.columns}
        return "target" in metrics or "baseline" in metrics


_BRACKETED = re.compile(r"[(【\[][^)】\]]*[)】\]]")


def is_anchor(key: str) -> tuple[bool, str | None]:
    """(is a name-column header, the kind its label names explicitly).

    A bracketed gloss does not count against the label's length and may itself
    name the kind: ``KPI(重要業績評価指標)``, ``数値目標(KPI)``.
    """
    bare = _BRACKETED.sub("", key)
    for words, kind in ((KPI_HEADERS, "kpi"), (NUMERICAL_HEADERS, "numerical_target")):
        for word in words:
            if key.startswith(word) and len(key) <= len(word) + ANCHOR_EXTRA_CHARS:
                return True, kind
            if bare.startswith(word) and len(bare) <= len(word) + ANCHOR_EXTRA_CHARS:
                return True, kind
    if _ANCHOR_EXTENSION.match(key):
        return True, "kpi"
    if bare != key and bare in ITEM_HEADERS:
        return True, "kpi" if any(w in key for w in KPI_HEADERS) else None
    return key in ITEM_HEADERS, None


_LABEL_DECOR = re.compile(r"^[■◆●◇□○◎]+|^[【〔［\[<＜〈《]|[】〕］\]>＞〉》]$")


def table_label(key: str) -> str | None:
    """The kind a label printed above a table names (``■重要業績評価指標（KPI）``,
    ``【KPI】``, ``成果指標``, ``〈数値指標〉``), else None. Only a line that is the
    label alone: running text mentioning KPIs (``KPI等により検証``) is not one."""
    word = _LABEL_DECOR.sub("", _LABEL_DECOR.sub("", key))
    words = (*KPI_HEADERS, *NUMERICAL_HEADERS)
    if word == key and _BRACKETED.sub("", key) not in words:
        return None  # undecorated: the label word itself, nothing more
    anchor, kind = is_anchor(word)
    return kind if anchor else None


def _headerish(key: str) -> bool:
    if not key or key[0] in _NOT_HEADER_START or (key.startswith(("(", "【")) and "年" not in key):
        return False
    return any(w in key for w in HEADER_WORDS) or find_era_year(key) is not None


def find_tables(doc: Doc) -> list[KpiTable]:
    """Every KPI-shaped table of the document, header first, in reading order."""
    tables: list[KpiTable] = []
    for page in doc.layout.pages:
        for box in page.boxes:
            if id(box) in doc.consumed:
                continue
            anchor, explicit = is_anchor(label_key(box.raw))
            if not anchor:
                continue
            table = _read_header(doc, page, box, explicit)
            if table is None:
                continue
            _read_body(doc, page, table)
            _read_continuation(doc, table)
            tables.append(table)
    return tables


def _read_header(
    doc: Doc, page: PageLayout, anchor: TextBox, explicit: str | None
) -> KpiTable | None:
    a = anchor.bbox
    size = anchor.lines[0].size
    if anchor.table is not None:
        cands = [
            b
            for b in page.boxes
            if b.table == anchor.table
            and b is not anchor
            and b.bbox.x0 >= a.x1 - 1
            and b.bbox.same_row(a)
        ]
    else:
        cands = [
            b
            for b in page.boxes
            if b.table is None
            and b is not anchor
            and b.bbox.x0 >= a.x1 - 1
            and min(b.bbox.y1, a.y1 + a.height) - max(b.bbox.y0, a.y0 - a.height) > 0
            and _headerish(label_key(b.raw))
        ]
    if len(cands) < 2:
        return None
    if anchor.table is None:
        cands += _side_columns(page, anchor, cands)
    band = [anchor, *cands]
    name_boxes = [anchor]
    bottom = max(b.bbox.y1 for b in band)
    grew = True
    while grew:  # labels split over lines: gather what sits just below
        grew = False
        for b in page.boxes:
            reach = bottom + doc.settings.header_gap_em * size
            if b in band or b.bbox.y0 < a.y0 or b.bbox.y0 > reach:
                continue
            key = label_key(b.raw)
            if b.bbox.overlap_x(a) > 0 and _ANCHOR_EXTENSION.match(key):
                name_boxes.append(b)
            elif (
                any(b.bbox.overlap_x(c.bbox) > 0 for c in cands)
                and _headerish(key)
                and not _beside_a_name(page, a, b, band)
            ):
                cands.append(b)
            else:
                continue
            band.append(b)
            bottom = max(bottom, b.bbox.y1)
            grew = True
    columns = _columns(cands, doc.years)
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
    )
    for b in band:
        doc.consumed.add(id(b))
    return table


def _beside_a_name(page: PageLayout, a: BBox, b: TextBox, band: list[TextBox]) -> bool:
    """``R4`` under 基準年度 on the row of an indicator name is a body cell, not the
    second line of a header label."""
    return any(
        o is not b
        and o not in band
        and o.bbox.overlap_x(a) > 0
        and o.bbox.overlap_y(b.bbox) > 0
        and not _ANCHOR_EXTENSION.match(label_key(o.raw))
        for o in page.boxes
    )


def _side_columns(page: PageLayout, anchor: TextBox, cands: list[TextBox]) -> list[TextBox]:
    """Other labels on the header row of an unruled table (``担当課``, ``備考``): columns
    without a metric, so their cells are not read into the value beside them."""
    a = anchor.bbox
    top = min(c.bbox.y0 for c in cands)
    bottom = max(c.bbox.y1 for c in cands)
    out = []
    for b in page.boxes:
        key = label_key(b.raw)
        if (
            b.table is None
            and b is not anchor
            and b not in cands
            and b.bbox.x0 >= a.x1 - 1
            and b.bbox.y0 < bottom
            and b.bbox.y1 > top
            and len(key) <= SIDE_LABEL_CHARS
            and key[:1] not in _NOT_HEADER_START
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


def _columns(cands: list[TextBox], years: YearContext) -> list[Column]:
    """Header boxes overlapping in x form one column; then each column's role."""
    columns: list[Column] = []
    for b in sorted(cands, key=lambda b: b.bbox.x0):
        if columns and b.bbox.x0 < columns[-1].x1 - 1:
            col = columns[-1]
            col.x1 = max(col.x1, b.bbox.x1)
            col.boxes.append(b)
        else:
            columns.append(Column(b.bbox.x0, b.bbox.x1, [b]))
    for col in columns:
        label = col.label
        if label == UNIT_HEADER:
            col.role = "unit"
            continue
        if ym := YEAR_COLUMN_RE.match(label):
            col.role = "year"
            col.year_for = "target" if ym["metric"] == "目標" else "baseline"
            continue
        m = _YEAR_LABEL.search(label)
        col.year_label = m.group() if m else label
        try:
            era = parse_era_year(col.year_label if m else label)
        except NormalizationError:
            era = None
        if era is None and years.era and (bare := _ERALESS_LABEL.search(label)):
            try:
                era = parse_year_label(bare.group(), years)
            except NormalizationError:
                era = None
            else:
                col.year_label = bare.group()
        if era is not None:
            col.fiscal_year, col.year_kind = era.year, era.kind
            col.end_of_period = era.end_of_period
        if any(w in label for w in BASELINE_WORDS):
            col.metric = "baseline"
        elif any(w in label for w in TARGET_WORDS):
            col.metric = "target"
        elif any(w in label for w in ACTUAL_WORDS):
            col.metric = "actual"
    years = [c for c in columns if c.metric is None and c.fiscal_year is not None and not c.role]
    if len(years) >= 2 and not any(c.metric for c in columns):
        # year-only labels (``R元年度末値`` / ``R6年度末値``): earliest is the base
        years.sort(key=lambda c: c.fiscal_year or 0)
        years[0].metric, years[-1].metric = "baseline", "target"
    return columns


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
    first = next(
        (
            b
            for b in sorted(page.boxes, key=lambda b: b.bbox.y0)
            if b.bbox.y0 >= top - 1
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
            if b.table == first.table and b.bbox.y0 >= top - 1 and id(b) not in doc.consumed
        ]
    out: list[TextBox] = []
    bottom = top
    st = doc.settings
    for b in sorted(page.boxes, key=lambda b: (b.bbox.y0, b.bbox.x0)):
        if b.bbox.y0 < top - 1 or id(b) in doc.consumed or b.table is not None:
            continue
        if out and b.bbox.y0 > bottom + _row_break(table, size, st):
            break
        line_size = b.lines[0].size
        too_far = abs(line_size / size - 1) > doc.settings.size_tolerance
        if _stops_table(label_key(b.raw)) or too_far:
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
        if q.value is not None or o.key in _DASH_CELLS:
            return False
    return True


def _rows(
    table: KpiTable, page: int, boxes: list[TextBox], settings: StrategySettings
) -> list[TableRow]:
    """Group body boxes into rows and read each row's name and value cells.

    Ruled cells and vertically overlapping boxes share a row (a wrapped name
    and a vertically centred value overlap). In unruled tables a name-column
    line with nothing in the value columns beside it, printed close below the
    row's name, continues that name: a row starts only where a value column
    has content or the name is set apart by a row gap.
    """
    size = table.anchor.lines[0].size
    # left of the name column: a row number (``No.``) is the row's kpi_no, and a
    # ruled column (``施策`` beside ``KPI``) is not part of the name
    left = table.name_span[0] + 1
    numbers = [b for b in boxes if b.bbox.x1 <= left and _ROW_NO.match(b.key)]
    ordered = sorted(
        (b for b in boxes if b not in numbers and (b.table is None or b.bbox.x1 > left)),
        key=lambda b: b.bbox.y0,
    )
    slots = {id(b): _slot(table, b) for b in ordered}
    groups: list[tuple[float, list[TextBox]]] = []
    for b in ordered:
        tol = -1.0 if b.table is not None else settings.wrap_gap_em * size
        joins = groups and (
            b.bbox.y0 < groups[-1][0] + tol
            or _continues_name(b, groups[-1][1], ordered, slots, size * settings.name_wrap_em)
        )
        if joins:
            groups[-1][1].append(b)
            groups[-1] = (max(groups[-1][0], b.bbox.y1), groups[-1][1])
        else:
            groups.append((b.bbox.y1, [b]))
    rows = []
    for _, members in groups:
        name: list[tuple[float, float, str]] = []
        cells: list[list[tuple[float, float, str]]] = [[] for _ in table.columns]
        for b in members:
            slot = slots[id(b)]
            target = name if slot == 0 else cells[slot - 1]
            target.extend((ln.bbox.y0, ln.bbox.x0, ln.text) for ln in b.lines)
        ordered_cells = [[t for *_, t in sorted(c)] for c in cells]
        row = TableRow(page, [t for *_, t in sorted(name)], ordered_cells)
        number = next(
            (n for n in numbers if any(n.bbox.overlap_y(m.bbox) > 0 for m in members)), None
        )
        if number is not None:
            row.kpi_no = int(_ROW_NO.match(number.key)[1])  # type: ignore[index]
        rows.append(row)
    return rows


def _slot(table: KpiTable, b: TextBox) -> int:
    """0 for the name column, else 1 + the index of the nearest value column."""
    name_cx = sum(table.name_span) / 2
    centers = [abs(b.bbox.cx - name_cx), *(abs(b.bbox.cx - c.cx) for c in table.columns)]
    return centers.index(min(centers))


def _continues_name(
    b: TextBox, group: list[TextBox], boxes: list[TextBox], slots: dict[int, int], reach: float
) -> bool:
    """An unruled name line that wraps the name of the row above (see :func:`_rows`)."""
    if b.table is not None or slots[id(b)] != 0:
        return False
    names = [m for m in group if slots[id(m)] == 0]
    if not names:
        return False
    if b.bbox.y0 - max(m.bbox.y1 for m in names) > reach:
        return False
    return not any(slots[id(o)] != 0 and o.bbox.overlap_y(b.bbox) > 0 for o in boxes if o is not b)


def _read_body(doc: Doc, page: PageLayout, table: KpiTable) -> None:
    top = max(b.bbox.y1 for b in table.boxes)
    boxes = _body_boxes(doc, page, table, top)
    table.rows.extend(_rows(table, page.number, boxes, doc.settings))
    table.boxes.extend(boxes)
    for b in boxes:
        doc.consumed.add(id(b))


def _ends_page(doc: Doc, page: PageLayout, table: KpiTable) -> bool:
    """Nothing but footnotes and folios below the table: it may go on overleaf."""
    bottom = max(b.bbox.y1 for b in table.boxes)
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
    nxt = doc.layout.page(table.page + 1)
    boxes = _body_boxes(doc, nxt, table, 0.0)
    rows = _rows(table, nxt.number, boxes, doc.settings)
    if not rows or not _looks_like_rows(table, rows[:1], boxes, doc.settings):
        return
    table.rows.extend(rows)
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
    if not row.name_lines or not any(row.cells) or is_anchor(label_key(row.name_lines[0]))[0]:
        return False
    numbers = 0
    for cell in row.cells:
        if not cell:
            continue
        text = " ".join(cell)
        if _headerish(label_key(text)):
            return False
        try:
            parse_quantity(fold_dashes(text))
        except NormalizationError as err:
            if err.code != "number.not_numeric":
                return False
        else:
            numbers += 1
    return numbers > 0


def emit_rows(ex: Extraction, table: KpiTable, kind: str, context: str | None) -> None:
    """One kpi_values record per (row, value column with a metric)."""
    for row in table.rows:
        name = tidy_name(row.name_lines)
        if not name:
            if any(row.cells):
                ex.reject(
                    page=row.page,
                    table="kpi_values",
                    field_name="kpi_name",
                    value_text=" | ".join(" ".join(c) for c in row.cells),
                    reason="values without an indicator name",
                    code="kpi.no_name",
                )
            continue
        cells = dict(zip((id(c) for c in table.columns), row.cells, strict=True))
        unit = next((" ".join(cells[id(c)]) for c in table.columns if c.role == "unit"), "")
        for col, cell in zip(table.columns, row.cells, strict=True):
            if col.metric is None:
                continue
            text = " ".join(cell)
            year, label = _row_year(table, col, cells)
            record = value_record(ex, row.page, text, year, label, table.years)
            if record is None:
                continue
            if record["unit"] is None and record["value"] is not None and unit.strip():
                record["unit"] = compact(unit)  # from the 単位 column
            ex.kpi_values.append(
                {
                    "page": row.page,
                    "kind": kind,
                    "context": context,
                    "kpi_name": name,
                    "kpi_no": row.kpi_no,
                    "metric": col.metric,
                    **record,
                }
            )


def _row_year(table: KpiTable, col: Column, cells: dict[int, list[str]]) -> tuple[int | None, str]:
    """The column's year, or the one printed in the row's 基準年/目標年度 column."""
    for other in table.columns:
        if other.role == "year" and other.year_for == col.metric:
            printed = " ".join(cells[id(other)])
            era = read_year_label(printed, table.years) if printed.strip() else None
            if era is not None:
                return era.year, compact(printed)
    return col.fiscal_year, col.year_label


def value_record(
    ex: Extraction,
    page: int,
    text: str,
    fiscal_year: int | None,
    year_label: str,
    years: YearContext | None = None,
) -> dict[str, object] | None:
    """value/unit/qualifier/year of one cell; None (and a reject) when it cannot be read.

    The rule of :meth:`Extraction.read_value` (text kept, unreadable numbers
    rejected), plus the cell's own year: ``3,888人（令和3年）`` takes 2021 and
    the label ``令和3年`` instead of the column's.
    """
    try:
        dq = parse_dated_quantity(fold_dashes(text), years)
    except NormalizationError as err:
        if err.code != "number.not_numeric":
            err.value_text = text
            ex.reject_error(err, page=page, table="kpi_values", field_name="value")
            return None
        value = unit = qualifier = None
    else:
        value, unit, qualifier = dq.value, dq.unit, dq.qualifier
        if dq.fiscal_year is not None:
            fiscal_year, year_label = dq.fiscal_year, dq.year_label or year_label
    return {
        "value": value,
        "unit": unit,
        "qualifier": qualifier,
        "value_text": text,
        "fiscal_year": fiscal_year,
        "year_label": year_label,
    }
