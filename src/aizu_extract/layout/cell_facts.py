"""A value cell's facts: what a table's headers say about each value cell.

A value cell's meaning is spread over the cells above it (its column stack)
and left of it (its row stack): a year, a metric or a budget basis, and an item
(the indicator name, the budget row). Both stacks are read the same way, so
a table and its transpose give the same facts. This module walks the grid for
those cells (and for the form rows over a block that name its indicator); what
each label says is the header interpreter's (headers.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from ..geometry import thawed
from ..normalize.text import is_dash, join_wrapped, normalize_text, ordinal_number
from .headers import HeaderInterpreter, HeaderLabel
from .kinds import GENERIC_INDICATOR, paired_kind
from .table import Grid, GridCell
from .values import is_value_text
from .year_heads import ACROSS, DOWN, year_head
from .year_heads import wider as _wider

_T = TypeVar("_T")


def _per_cell(
    read: Callable[[Grid, GridCell, HeaderInterpreter], _T],
) -> Callable[[Grid, GridCell, HeaderInterpreter], _T]:
    """``read`` remembered per grid, cell and interpreter: every value cell of a row
    asks the same questions of the same label cells (the column header over the
    row's label, whether it spans a group …). The cell is kept with the answer and
    checked by identity, so a cell from elsewhere never gets another's answer."""

    @functools.wraps(read)
    def remembered(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> _T:
        key = (read, headers.serial, id(cell))
        hit = grid.memo.get(key)
        if hit is None or hit[0] is not cell:
            hit = grid.memo[key] = (cell, read(grid, cell, headers))
        return hit[1]

    return remembered


@dataclass(frozen=True, slots=True)
class CellFacts:
    """Everything the headers say about one value cell."""

    cell: GridCell
    year: int | None
    year_label: str | None
    metric: str | None
    basis: str | None
    basis_label: str | None
    item: GridCell | None  # the label naming the row (or column, transposed)
    item_header: HeaderLabel | None  # the header over the item's column
    unit: GridCell | None  # a 単位 column's cell on the same row
    difference: bool
    not_money: bool
    money_factor: int | None
    indicator_kind: str | None
    labels: tuple[HeaderLabel, ...]
    number: int | None = None  # the indicator's printed number (No.1) in a block title
    definition: str | None = None  # 説明又は計算式 printed in the block title
    subject: GridCell | None = None  # the row's cell in a 事業名 column (成果の推移)


_CellFactsSlots = thawed(CellFacts)


def new_cell_facts(
    cell: GridCell,
    year: int | None,
    year_label: str | None,
    metric: str | None,
    basis: str | None,
    basis_label: str | None,
    item: GridCell | None,
    item_header: HeaderLabel | None,
    unit: GridCell | None,
    difference: bool,
    not_money: bool,
    money_factor: int | None,
    indicator_kind: str | None,
    labels: tuple[HeaderLabel, ...],
    number: int | None,
    definition: str | None,
    subject: GridCell | None,
) -> CellFacts:
    """``CellFacts(...)`` with every field, positionally, for :func:`read_facts`
    (every value cell of every grid; geometry.thawed: a tenth of the
    constructor's cost for seventeen fields)."""
    f = object.__new__(_CellFactsSlots)
    f.cell = cell
    f.year = year
    f.year_label = year_label
    f.metric = metric
    f.basis = basis
    f.basis_label = basis_label
    f.item = item
    f.item_header = item_header
    f.unit = unit
    f.difference = difference
    f.not_money = not_money
    f.money_factor = money_factor
    f.indicator_kind = indicator_kind
    f.labels = labels
    f.number = number
    f.definition = definition
    f.subject = subject
    f.__class__ = CellFacts
    return f  # type: ignore[no-any-return]


def _column_stack(
    cells: list[GridCell],
    headers: HeaderInterpreter,
    under: GridCell | None = None,
    grid: Grid | None = None,
) -> list[GridCell]:
    """The header run above a cell, nearest first.

    Values of the same block (the rows above) are passed over, and so are the
    rows of text printed across the block before any header (説明又は計算式 |
    参加人数 under an earlier indicator of a table with one year row); the header
    labels after them are collected; the first plain label (a title over the
    headers, or a transposed item) ends the run, and so does a value or a
    blank after the headers: what lies above belongs to another part of the form.
    With ``grid``, the text of a definition row over the headers (right of 指標の説明)
    ends the run too: it is the block title's, read by :func:`_block_title`, never a
    header (a description naming 令和2年度 is no year).
    """
    out: list[GridCell] = []
    across = False  # a row across the block passed over, no value of ours above it yet
    for c in cells:
        if c.box is None or (
            is_value_text(c.text) and (grid is None or year_head(grid, c, headers) != ACROSS)
        ):
            if out:
                break
            if c.box is not None:
                across = False  # an earlier block's value: still inside one table
            continue
        if not out and under is not None and _wider(c, under):
            lab = headers.label(c.text)
            if lab.prose or (lab.is_item and not lab.indicator_kind):
                across = True
                continue
        if across:  # the wide row ends the table after all: read it the plain way
            return _column_stack(cells, headers, grid=grid)
        if out and grid is not None and _title_value(grid, c, headers):
            break
        out.append(c)
        if not _is_header_like(headers.label(c.text)):
            break
    return out


def _title_value(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> bool:
    """``cell`` is the text of a definition row over a block's headers (指標の説明 |
    …, the label first on its row but for bands spanning the block's rows, such as
    its No): the block title's, not a header. A definition caption among a header
    row's captions (指標名 | 説明又は計算式 | R5) is no such row."""
    printed = [c for c in grid.left_of(cell) if c.box is not None]
    if not printed or printed[0].row != cell.row:
        return False
    if any(c.row_span == 1 for c in printed[1:]):
        return False
    return headers.label(printed[0].text).definition


def _row_stack(
    grid: Grid, cells: list[GridCell], headers: HeaderInterpreter
) -> list[GridCell] | None:
    """The label run left of a cell, nearest first; None when the row has no label.

    Values left of the cell are sibling values of the same block and are
    passed over, and so are blanks in value columns. A blank in a label
    column (headed 区分/単位/指標名, or not headed at all) means the row names
    nothing (an empty row of a form). A value after the labels is another
    block's, and ends the run.
    """
    out: list[GridCell] = []
    for c in cells:
        if c.box is None:
            if not out and _is_label_column(grid, c, headers):
                return None
            continue
        if is_value_text(c.text) and year_head(grid, c, headers) != DOWN:
            if out:
                break
            continue
        out.append(c)
    return out


@_per_cell
def _is_label_column(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> bool:
    """True when a (blank) cell's column holds row labels, not values.

    A value column prints a value somewhere, or is headed by a year, metric,
    basis or 差引 (a column of a year not reported yet is all blanks).
    """
    for row in range(grid.n_rows):
        other = grid.at(row, cell.col)
        if other is not None and other.box is not None and is_value_text(other.text):
            return False
    for c in _column_stack(grid.above(cell), headers):
        lab = headers.label(c.text)
        if lab.year is not None or lab.year_label or lab.metric or lab.basis or lab.difference:
            return False
    return True


def grid_says(grid: Grid, headers: HeaderInterpreter, says: Callable[[HeaderLabel], bool]) -> bool:
    """Some printed cell of ``grid`` reads as ``says`` (a year, 差引 …), by each text's
    own reading (HeaderInterpreter.reading: the interpreter's first readings stay
    as they were). A cell's facts come from labels of its own grid only, so a grid
    that says nothing of the kind gives no cell with it: a reader may skip it.
    Only for what a label's key alone decides (its year, flags), not its text."""
    return any(says(headers.reading(c.text, c.key)) for c in grid.cells if c.box is not None)


@_per_cell
def read_facts(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> CellFacts:
    """Interpret the column and row stacks of one value cell.

    Remembered per grid, cell and interpreter: a unit's reader and a table read
    again for another unit of the same sheet ask for the same cells' facts (a
    fifth of the calls on the samples), and every label the answer rests on is
    already fixed in the interpreter's memo by the first reading."""
    col_stack = _column_stack(grid.above(cell), headers, cell, grid)
    row_labels = _row_stack(grid, grid.left_of(cell), headers)
    blank_row = row_labels is None  # the row's label column is printed blank
    row_stack = row_labels or []
    year = year_label = metric = basis = basis_label = None
    difference = not_money = False
    factor: int | None = None
    kind: str | None = None
    labels: list[HeaderLabel] = []
    by_final = False  # the metric so far is only 最終目標's (or a year note's) target
    based = False  # a year noted as the base (令和2年度（基準）): its 実績 is the baseline
    item: GridCell | None = None
    item_header: HeaderLabel | None = None
    unit: GridCell | None = None
    subject: GridCell | None = None
    row_basis: GridCell | None = None  # a row label that is a basis (決算額), no year
    row_year = False  # a row label names a year: years run down, the item is a column's
    col_basis: GridCell | None = None  # a column header that is a basis (当初予算額), no year
    for stack, is_row in ((col_stack, False), (row_stack, True)):
        for c in stack:
            if c.box is None:
                continue
            lab = headers.label(c.text)
            labels.append(lab)
            if lab.year is not None and year is None:
                year = lab.year
            if lab.year_label and year_label is None:
                year_label = lab.year_label
            weak = lab.final_target or lab.noted_metric  # the other axis's metric wins
            based = based or (lab.noted_metric and lab.metric == "baseline")
            if lab.metric and (metric is None or (by_final and not weak)):
                metric, by_final = lab.metric, weak
            elif lab.stacked and by_final:  # 目標値 over 実績値: each line its own metric
                metric, by_final = None, False
            if basis is None and lab.basis:
                basis, basis_label = lab.basis, lab.basis_label
            difference = difference or lab.difference
            not_money = not_money or lab.not_money
            factor = factor or lab.money_factor
            kind = _stronger_kind(kind, lab.indicator_kind)
            if is_row and (lab.year is not None or lab.year_label):
                row_year = True
            elif is_row and lab.basis:
                row_basis = row_basis or c
            elif not is_row and lab.basis and lab.year is None and not lab.year_label:
                col_basis = col_basis or c
            if is_row and lab.is_item and subject is None and _under_subject(grid, c, headers):
                subject = c
                continue
            if (
                is_row
                and lab.is_item
                and not lab.indicator_kind
                and not _spans_group(grid, c, headers)
            ):
                over = _column_header(grid, c, headers)
                if over is not None and over.unit_column:
                    if unit is None:
                        unit = c
                    continue
                if item is None:
                    item, item_header = c, over
                    kind = _stronger_kind(kind, over.indicator_kind if over else None)
    if unit is None and item is not None:  # a 単位 printed － is passed over as a value
        unit = next(
            (
                c
                for c in grid.left_of(cell)
                if c.box is not None
                and is_dash(normalize_text(c.text))
                and (over := _column_header(grid, c, headers)) is not None
                and over.unit_column
            ),
            None,
        )
    if based and metric == "actual":
        metric = "baseline"  # the value measured in the base year is the 基準値
    if year is None and metric == "achievement_rate" and col_stack:
        # 達成度 printed after H30目標 | H30実績: the rate of that year
        year = _year_on_the_left(grid, col_stack[0], headers)
        if year is not None and year_label is None:
            year_label = normalize_text(col_stack[0].text.replace("\n", ""))
    number: int | None = _row_number(grid, cell, headers) if item is not None else None
    definition: str | None = _definition_below(grid, item, headers) if item is not None else None
    if item is None and row_basis is not None and not row_year:
        item = row_basis  # 事業費 | 決算額 | …: the row is named by its basis, years across
    if item is None and col_stack and not blank_row:
        title = _block_title(grid, col_stack, headers)
        if title is not None:  # form rows 指標 | NAME | 単位 | UNIT over the headers
            item, unit = title.name, title.unit or unit
            kind, number = _stronger_kind(kind, title.kind), title.number
            if title.definition is not None and title.definition.box is not None:
                definition = join_wrapped(title.definition.lines)
        else:  # transposed: the item names the column, just over its headers
            item, column_unit, column_kind = _column_item(grid, col_stack, headers)
            unit = unit or column_unit
            kind = _stronger_kind(kind, column_kind)
    if item is None and col_basis is not None and row_year:
        # years down, 当初予算額 | 補正予算額 | 決算額 across and no item over them: each
        # column is named by its basis (the transpose of the basis rows; two 予算 columns
        # need items of their own)
        item = col_basis
    return new_cell_facts(
        cell,
        year,
        year_label,
        metric,
        basis,
        basis_label,
        item,
        item_header,
        unit,
        difference,
        not_money,
        factor,
        kind,
        tuple(labels),
        number,
        definition,
        subject,
    )


@_per_cell
def _definition_below(grid: Grid, item: GridCell, headers: HeaderInterpreter) -> str | None:
    """説明又は計算式 printed as a row under an indicator's rows, in its name's column:
    the text right of that label."""
    for c in grid.below(item):
        if c.box is None:
            continue
        lab = headers.label(c.text)
        if lab.definition:
            value = next(iter(grid.right_of(c)), None)
            return join_wrapped(value.lines) if value is not None and value.box else None
        if lab.is_item:
            return None  # the next indicator's name, or another row of the form
    return None


@_per_cell
def _year_on_the_left(grid: Grid, header: GridCell, headers: HeaderInterpreter) -> int | None:
    """The year of the header cell just left of ``header`` on its row, if it has one."""
    for c in grid.left_of(header):
        if c.box is not None:
            return headers.label(c.text).year
    return None


def _row_number(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> int | None:
    """The integer or circled numeral (``①``) in a No / 番号 column on the cell's row."""
    for c in grid.left_of(cell):
        n = ordinal_number(c.key) if c.box is not None else None
        if n is not None and _in_number_column(grid, c, headers):
            return n
    return None


@_per_cell
def _in_number_column(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> bool:
    """The first label over ``cell`` (past the numbers, ``①`` too) heads a No / 番号 column."""
    labels = (h for h in grid.above(cell) if h.box is not None and ordinal_number(h.key) is None)
    over = next((h for h in labels if not is_value_text(h.text)), None)
    return over is not None and headers.label(over.text).number_column


def _stronger_kind(current: str | None, new: str | None) -> str | None:
    """activity / outcome said anywhere beats a generic 指標名 column."""
    if current is None or current == GENERIC_INDICATOR:
        return new or current
    return current


def _is_axis_header(lab: HeaderLabel) -> bool:
    """A header of a value axis: a year, a metric or basis, 差引, or 年度/区分."""
    return bool(
        lab.year is not None
        or lab.year_label
        or lab.metric
        or lab.basis
        or lab.difference
        or lab.axis
    )


def _is_header_like(lab: HeaderLabel) -> bool:
    return not lab.is_item or lab.indicator_kind is not None or lab.money_factor is not None


@_per_cell
def _names_group(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> bool:
    """A group header printing an indicator's kind, a colon (or line break) and its
    name (``活動指標②：講座の開催回数（回）`` over 目標値 | 実績値), not a metric (活動指標：
    目標); a caption row alone across the table is tables.py's (_kind_captions)."""
    lab = headers.label(cell.text)
    pair = paired_kind(headers.vocab, lab.text) if lab.indicator_kind and lab.is_item else None
    if pair is None or lab.money_factor is not None or len(grid.row_cells(cell.row)) < 2:
        return False
    rest = headers.label(pair.rest)
    return rest.is_item and rest.indicator_kind is None


def _column_item(
    grid: Grid, col_stack: list[GridCell], headers: HeaderInterpreter
) -> tuple[GridCell | None, GridCell | None, str | None]:
    """The item naming a transposed column, its unit and kind: (item, unit, kind).

    The first plain label directly over the column's header run names it — unless
    its row is headed 単位 (a transposed 単位 row): then it is the unit, and the
    item is the next label up (the 成果指標 row, whose header gives the kind). A
    group header printing the kind before the name (``成果指標①：NAME`` over 目標値 |
    実績値) names it too.
    """
    for c in col_stack:
        lab = headers.label(c.text)
        if _is_header_like(lab) and not _names_group(grid, c, headers):
            continue
        over = _row_header(grid, c, headers)
        if over is None or not over.unit_column:
            return c, None, over.indicator_kind if over else None
        above = next((a for a in grid.above(c) if a.box is not None), None)
        if above is None or is_value_text(above.text) or _is_header_like(headers.label(above.text)):
            return c, None, None
        name_header = _row_header(grid, above, headers)
        return above, c, name_header.indicator_kind if name_header else None
    return None, None, None


@_per_cell
def _row_header(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> HeaderLabel | None:
    """The label heading a transposed row (指標名, 単位 printed left of its cells),
    past the row's other items."""
    for c in grid.left_of(cell):
        if c.box is None or is_value_text(c.text):
            continue
        lab = headers.label(c.text)
        if lab.unit_column or lab.indicator_kind:
            return lab
    return None


@dataclass(frozen=True, slots=True, eq=False)
class BlockTitle:
    """An indicator named by form rows over its table (``No.1 | NAME``, ``単位 | 人``)."""

    name: GridCell | None  # None: the name cell is printed blank
    unit: GridCell | None
    kind: str | None
    number: int | None
    definition: GridCell | None = None


_DIGITS = re.compile(r"\d+")
# A cell spanning more rows than this beside a block's title rows is a group band.
_TITLE_SPAN_MAX = 2


def _block_title(
    grid: Grid, col_stack: list[GridCell], headers: HeaderInterpreter
) -> BlockTitle | None:
    """Form rows just over a block's column headers that name its indicator.

    Walks up from the header run, reading rows of ``label | value`` pairs: an
    indicator label (指標名, 細事業事業量) or a number label (No.1) gives the name,
    単位 gives the unit. Stops at the first row that is not such a pair row.
    A name cell printed blank names nothing (an unfilled 事業量 block).
    """
    header_rows = [c for c in col_stack if _is_axis_header(headers.label(c.text))]
    if not header_rows:
        return None
    row = min(c.row for c in header_rows) - 1
    name: GridCell | None = None
    unit: GridCell | None = None
    kind: str | None = None
    number: int | None = None
    definition: GridCell | None = None
    named = False
    while row >= 0:
        # A label spanning the block's rows (a vertical 指標 band) is not a title cell.
        cells = [
            c
            for c in grid.row_cells(row)
            if (c.last_row == row or c.row == row) and c.row_span <= _TITLE_SPAN_MAX
        ]
        found = False
        for i, c in enumerate(cells):
            if c.box is None:
                continue
            lab = headers.label(c.text)
            nxt = cells[i + 1] if i + 1 < len(cells) else None
            value = nxt if nxt is not None and nxt.box is not None else None
            is_key = bool(lab.indicator_kind or lab.number_label or lab.unit_column)
            if is_key and value is not None and _is_header_like(headers.label(value.text)):
                return None  # a header row of a table, not a form row
            if (lab.indicator_kind or lab.number_label) and not named:
                # 成果指標①：NAME last on its row: the label is the name itself
                own = value is None and _names_group(grid, c, headers)
                named, found, name = True, True, c if own else value
                kind = lab.indicator_kind if lab.indicator_kind != GENERIC_INDICATOR else None
                if lab.number_label:
                    digits = _DIGITS.search(normalize_text(c.text))
                    number = int(digits.group()) if digits else None
            elif lab.unit_column and unit is None:
                found, unit = True, value
            elif lab.definition and definition is None:
                found, definition = True, value
        if not found:
            if not named:
                return _captioned_title(grid, row, headers)
            break
        row -= 1
    if not named:
        return None
    return BlockTitle(name, unit, kind, number, definition)


def caption_rows(grid: Grid, headers: HeaderInterpreter) -> int:
    """1 when the grid's first row is a caption row over a row of an indicator's
    name, unit and definition (``指標名 | 単位 | 説明又は計算式``), else 0."""
    return 1 if grid.n_rows > 1 and _captioned_title(grid, 1, headers) is not None else 0


def _captioned_title(grid: Grid, row: int, headers: HeaderInterpreter) -> BlockTitle | None:
    """An indicator named by a row of values under a row of captions over its
    table (``指標名 | 単位 | 説明又は計算式`` over ``NAME | 人 | …``); its number is
    the integer printed left of the name (a No cell spanning the block)."""
    if row < 1:
        return None
    name = unit = definition = None
    kind: str | None = None
    for caption in grid.row_cells(row - 1):
        if caption.box is None or caption.last_row != row - 1:
            continue
        lab = headers.label(caption.text)
        value = grid.at(row, caption.col)
        if value is None or value.row != row or value.box is None:
            continue
        if lab.indicator_kind and name is None:
            name = value
            kind = lab.indicator_kind if lab.indicator_kind != GENERIC_INDICATOR else None
        elif lab.unit_column and unit is None:
            unit = value
        elif lab.definition and definition is None:
            definition = value
        elif not lab.is_item or _is_header_like(headers.label(value.text)):
            return None  # a header row over another header row: not captions
    if name is None:
        return None
    number = next((int(c.key) for c in grid.left_of(name) if c.box and c.key.isdigit()), None)
    return BlockTitle(name, unit, kind, number, definition)


@_per_cell
def _spans_group(grid: Grid, label: GridCell, headers: HeaderInterpreter) -> bool:
    """A label printed beside several rows that have labels of their own (事業実績
    beside 細事業費 / 増減説明 / 事業量, 財務内容 beside 令和7年度(予算) / 令和8年度(見込み))
    names a group, not the row's item. An indicator name beside its 目標/実績/達成率
    rows is still the item; so is 事業費 beside 予算 / 決算 rows, but not beside
    当初予算額 / 補正予算額 / 決算額: rows of one basis twice are named by their own labels.
    Cells under a 単位 header are the rows' units (``回`` over 目標/実績, ``％`` beside
    達成率), never labels of their own."""
    if label.row_span == 1 or label.last_col + 1 >= grid.n_cols:
        return False
    items = set()
    bases: dict[str, list[int]] = {}
    for row in range(label.row, label.last_row + 1):
        c = grid.at(row, label.last_col + 1)
        if c is None or c.box is None or is_value_text(c.text):
            continue
        over = _column_header(grid, c, headers)
        if over is not None and over.unit_column:
            continue
        lab = headers.label(c.text)
        if lab.is_item or lab.year is not None:
            items.add(id(c))
        elif lab.basis and not lab.year_label:
            bases.setdefault(lab.basis, []).append(id(c))
    if any(len(set(ids)) > 1 for ids in bases.values()):
        items.update(i for ids in bases.values() for i in ids)
    return len(items) > 1


@_per_cell
def _under_subject(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> bool:
    """A row label in a column headed 事業名 on a header row (事業名 | 項目 | R6 …):
    the business unit the row's values belong to, not their item."""
    for c in grid.above(cell):
        if c.box is None or is_value_text(c.text):
            continue
        lab = headers.label(c.text)
        if lab.is_item and not lab.subject_column:
            continue  # another unit's name higher up the column
        if not lab.subject_column:
            return False
        return any(
            _is_axis_header(headers.label(o.text)) for o in grid.right_of(c) if o.box is not None
        )
    return False


@_per_cell
def _column_header(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> HeaderLabel | None:
    """The nearest labelled header above a row-label cell (its column's title)."""
    for c in grid.above(cell):
        if c.box is None or is_dash(normalize_text(c.text)):  # a unit printed as －
            continue
        if is_value_text(c.text):
            return None
        lab = headers.label(c.text)
        if lab.unit_column or lab.indicator_kind or lab.axis or lab.group:
            return lab
        if lab.year is not None or lab.metric or lab.basis:
            return None
    return None
