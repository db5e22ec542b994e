"""事務事業一覧: one row per business unit, under 施策 group rows.

The list is a table of the form (ruled, or aligned text) whose header row holds
a 事務事業名 caption and a 方針/方向性 caption, compared on the one text key so
``次年度\\n方針`` and ``次年度方針`` are the same; every column is then read as
the grid's column under its caption, so column order and widths do not matter.
A list longer than a page goes on in the next page's first table when that
table rules the same columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...layout.form import Form
from ...layout.headers import HeaderInterpreter, HeaderLabel
from ...layout.table import Grid, GridCell, text_key
from ...layout.vocabulary import Vocabulary
from ...normalize.eras import find_era_year
from ...normalize.errors import NormalizationError
from ...normalize.money import parse_amount
from ...normalize.text import as_read, join_wrapped, normalize_text
from ...settings import DEFAULT, LayoutSettings, ReadingSettings
from ...unit_codes import listed_code
from ..base import Extraction
from ..tables import sheet_money_factor
from .common import CODE, INT_RE, MEASURE_RE, code_parts, code_text, own_number

SDG_TARGET = re.compile(r"\d{1,2}\.[0-9a-z]{1,2}")
_NOTE = re.compile(r"[(（][^()（）]*[)）]$")  # 事業費（千円） → 事業費
# A short bracketed mark after or before a unit's name: （新規）, 【新規】, ［拡充］, 〔新〕.
_MARK_AFTER = re.compile(r"\s*[(（【\[［〔]([^()（）【】\[\]［］〔〕]{1,8})[)）】\]］〕]$")
# A 政策 band over the list's whole width (政策１　健やかで…; NFKC folded): no unit.
POLICY_RE = re.compile(rf"^政策\s*({CODE})\s*(.*)$")
_CODE_CELL = re.compile(rf"^{CODE}$")  # a No cell printing a compound code (1-2-03)
_MARK_BEFORE = re.compile(r"^[(（【\[［〔]([^()（）【】\[\]［］〔〕]{1,8})[)）】\]］〕]\s*")


@dataclass(slots=True, eq=False)
class ListRow:
    page: int
    measure_no: int | None
    unit_no: int | None
    name: str
    unit_code: str | None = None  # the No cell when it prints a code (1-2-03), as printed
    next_year_policy: str | None = None
    department: str | None = None
    population_goal: str | None = None
    sdg_targets: list[str] = field(default_factory=list)
    priority_marks: list[str] = field(default_factory=list)
    is_priority: bool | None = None
    cost: GridCell | None = None  # the 事業費 column's cell
    # (caption text, cell) of each money column that prints its own year and basis
    dated: list[tuple[str, GridCell]] = field(default_factory=list)
    budget: list[dict[str, object]] = field(default_factory=list)
    grid: Grid | None = None  # the table and row the unit is printed on
    row: int = 0
    context: str | None = None  # the 施策 band the row sits under (施策1-2 地域福祉の推進)


@dataclass(frozen=True, slots=True)
class Band:
    """A group row over the list's width: ``政策１　…`` (policy) or ``施策１－２　…``
    (measure), its code as printed (NFKC, ``1-2``) and title."""

    level: str
    code: str
    title: str
    page: int


def _text(cell: GridCell) -> str:
    return join_wrapped(cell.lines)


def _columns(
    header: list[GridCell],
    vocab: Vocabulary,
    headers: HeaderInterpreter,
    captions: dict[int, tuple[GridCell, GridCell, str]],
) -> dict[str, list[GridCell]]:
    """The list's columns by role, from the vocabulary's words in their captions (first
    role that fits, in this order: 主要事業 is a priority column, not a name). A caption
    that reads as a year and a budget basis (``令和5年度 / 決算額（千円）``, in one cell or
    a year over the basis in the header's second row: ``captions``) is a dated money
    column: each row's cell in it is a budget line of its own."""
    cols: dict[str, list[GridCell]] = {}
    h = vocab.header
    for c in header:
        k = c.key
        if h("list_number_column").matches(k):
            role = "no"
        elif h("list_priority_column").found_in(k):  # 重点事業 / 主要事業: columns of ◎ marks
            role = "priority"
        elif h("list_population_column").found_in(k):  # 人口減少対策 (基本目標N / 柱N)
            role = "population"
        elif h("list_sdg_column").found_in(k):
            role = "sdg"
        elif h("subject_column").matches(k):
            role = "name"
        elif h("list_policy_column").found_in(k):  # 次年度方針, 今後の方向性
            role = "policy"
        elif h("list_department_column").found_in(k):  # 担当部・課, 所管課
            role = "department"
        elif _dated(headers.label(c.text), vocab):
            role = "dated"
        elif h("money_item").matches(k):  # 事業費（千円）: a money column
            role = "cost"
        else:
            continue
        cols.setdefault(role, []).append(c)
    taken = {id(c) for cells in cols.values() for c in cells}
    for parent, sub, text in captions.values():
        if id(parent) not in taken and _dated(headers.label(text), vocab):
            cols.setdefault("dated", []).append(sub)
    return cols


def _sub_captions(
    grid: Grid, name: GridCell, header: list[GridCell]
) -> dict[int, tuple[GridCell, GridCell, str]]:
    """A two-row header's second-row captions under a first-row one (令和5年度 over
    決算額 | …, while the 事務事業名 caption spans both rows): id(sub) → (first-row
    cell, sub, the two captions joined)."""
    out: dict[int, tuple[GridCell, GridCell, str]] = {}
    for c in header:
        below = c.last_row + 1
        if below > name.last_row:
            continue
        for col in range(c.col, c.last_col + 1):
            sub = grid.at(below, col)
            if sub is None or sub.box is None or sub.row != below or id(sub) in out:
                continue
            out[id(sub)] = (c, sub, f"{c.text}\n{sub.text}")
    return out


def _dated(lab: HeaderLabel, vocab: Vocabulary) -> bool:
    """A caption naming money of one year and basis (not a KPI's 目標 / 実績 / 見込):
    one that also reads as a metric (実績額, 決算見込額) must say it is money, by a unit
    note (千円) or a money word."""
    if lab.year is None or lab.basis is None or lab.difference or lab.not_money or lab.prose:
        return False
    return (
        lab.metric is None
        or lab.money_factor is not None
        or vocab.header("money_item").found_in(text_key(lab.text))
    )


@dataclass(frozen=True, slots=True, eq=False)
class _List:
    grid: Grid
    name: GridCell  # the 事務事業名 caption
    cols: dict[str, list[GridCell]]
    captions: dict[int, str] = field(default_factory=dict)  # id(sub caption) → joined text


def find_list(form: Form, headers: HeaderInterpreter) -> _List | None:
    """The list's header row: a 事務事業名 caption with a 方針 caption on its row, or with
    money columns that print their own year and basis (令和5年度決算額（千円）): either
    says each row under it is a unit (a card's 事業名 | name row prints neither)."""
    for fc in form.cells:
        if fc.cell.box is None or not form.vocab.header("subject_column").matches(fc.cell.key):
            continue
        header = [c for c in fc.grid.row_cells(fc.cell.row) if c.box is not None]
        subs = _sub_captions(fc.grid, fc.cell, header)
        cols = _columns(header, form.vocab, headers, subs)
        if "name" in cols and ("policy" in cols or "dated" in cols):
            return _List(fc.grid, fc.cell, cols, {k: text for k, (_, _, text) in subs.items()})
    return None


@dataclass(frozen=True, slots=True, eq=False)
class UnitList:
    """The list's rows, where it ends (page, y) so later 施策 headings can be told
    apart, and its tables (a 事務事業名 caption in them names no card)."""

    rows: list[ListRow]
    end: tuple[int, float] | None
    grids: tuple[Grid, ...] = ()
    bands: tuple[Band, ...] = ()
    found: _List | None = None


def read_unit_list(
    form: Form,
    ex: Extraction,
    headers: HeaderInterpreter,
    settings: LayoutSettings = DEFAULT.layout,
    measure: int | None = None,
) -> UnitList:
    """The 事務事業一覧, read row by row across its pages.

    Rows before any 施策 group row belong to ``measure`` (the 施策 of a sheet of one
    施策, else None). A money column (事業費（千円）) gives each row a budget line once a
    note on the list's pages says its year and basis (※事業費は平成30年度決算額)."""
    found = find_list(form, headers)
    if found is None:
        return UnitList([], None)
    header_bottom = max(c.bbox.y1 for c in found.grid.row_cells(found.name.row))
    state = _ListState(end=(found.grid.page, header_bottom), measure=measure)
    grid = found.grid
    grids = [grid]
    names = found.grid.below(found.name)
    while True:
        complete = _read_rows(form, grid, names, found, state, headers.settings)
        if complete:
            break
        grid = _continuation(form, grid, settings.snap_tolerance)
        if grid is None:
            break
        grids.append(grid)
        names = [c for c in grid.cells if c.col == found.name.col or _spans(c, found.name)]
        names.sort(key=lambda c: c.row)
    if "cost" in found.cols:
        _list_budget(form, found.cols["cost"][0], state.rows, headers, ex)
    if "dated" in found.cols:
        ids = {id(g) for g in grids}
        factor = sheet_money_factor(form, [fc for fc in form.cells if id(fc.grid) in ids], headers)
        _dated_budget(state.rows, headers, factor, ex)
    return UnitList(state.rows, state.end, tuple(grids), tuple(state.bands), found)


def _dated_budget(
    rows: list[ListRow], headers: HeaderInterpreter, sheet_factor: int | None, ex: Extraction
) -> None:
    """Budget lines of the list's dated money columns, one per row and column.

    The item is a money word the caption prints besides its basis and unit note
    (``R5事業費（決算）`` → 事業費); a caption printing none (``令和5年度 / 決算額（千円）``)
    names the unit's own cost, the vocabulary's ``unit_cost_item``."""
    vocab = headers.vocab
    default_item = vocab.header("unit_cost_item").longest_first[0]
    items = vocab.header("money_item").longest_first
    for row in rows:
        for caption, cell in row.dated:
            lab = headers.label(caption)
            factor = lab.money_factor or sheet_factor
            text = as_read(cell.text)
            if factor is None:
                ex.reject(page=row.page, table="budget_lines", field_name="amount_yen",
                          value_text=text, code="budget.no_unit",
                          reason="no unit note (単位) printed for this money column")  # fmt: skip
                continue
            try:
                amount = parse_amount(cell.text, factor)
            except NormalizationError as err:
                ex.reject_error(err, page=row.page, table="budget_lines", field_name="amount_yen")
                continue
            rest = _NOTE.sub("", text_key(lab.text)).replace(str(lab.basis_label or ""), "")
            item = next((w for w in items if w in rest), default_item)
            row.budget.append({"page": row.page, "business_unit": row.name, "item": item,
                               "fiscal_year": lab.year, "basis": lab.basis,
                               "basis_label": lab.basis_label, "amount_yen": amount,
                               "value_text": text})  # fmt: skip


def _list_budget(
    form: Form, head: GridCell, rows: list[ListRow], headers: HeaderInterpreter, ex: Extraction
) -> None:
    """Budget lines of a list's money column whose year and basis only a note prints."""
    factor = headers.money_factor(head.key)
    item = _NOTE.sub("", head.key)
    found = _column_basis(form, item, sorted({r.page for r in rows}), headers)
    if factor is None or found is None:
        return
    year, basis, label = found
    for row in rows:
        if row.cost is None:
            continue
        try:
            amount = parse_amount(row.cost.text, factor)
        except NormalizationError as err:
            ex.reject_error(err, page=row.page, table="budget_lines", field_name="amount_yen")
            continue
        text = as_read(row.cost.text)
        row.budget.append({"page": row.page, "business_unit": row.name, "item": item,
                           "fiscal_year": year, "basis": basis, "basis_label": label,
                           "amount_yen": amount, "value_text": text})  # fmt: skip


def _column_basis(
    form: Form, item: str, pages: list[int], headers: HeaderInterpreter
) -> tuple[int, str, str] | None:
    """(year, basis, printed basis) from a note outside the table naming the column's item."""
    for page in pages:
        for text in form.loose_text(page):
            key = text_key(text)
            if item not in key:
                continue
            basis = headers.basis_in(key)
            year = find_era_year(normalize_text(text))
            if basis is not None and year is not None:
                return year.year, basis[0], basis[1]
    return None


def _spans(cell: GridCell, name: GridCell) -> bool:
    return cell.col <= name.col <= cell.last_col


@dataclass(slots=True, eq=False)
class _ListState:
    end: tuple[int, float]
    rows: list[ListRow] = field(default_factory=list)
    measure: int | None = None
    bands: list[Band] = field(default_factory=list)
    band: Band | None = None  # the 施策 band the rows sit under


def _read_rows(
    form: Form,
    grid: Grid,
    names: list[GridCell],
    found: _List,
    state: _ListState,
    settings: ReadingSettings,
) -> bool:
    """Read the rows of one table; True when the list visibly ended in it.

    A name cell ``settings.list_group_width`` times wider than the 事業名 column is
    a 施策 heading."""
    group_width = settings.list_group_width
    vocab = form.vocab
    total = vocab.header("list_total_row")
    for c in names:
        if c.box is None:
            continue
        text = _text(c)
        m = MEASURE_RE.match(text)
        wide = c.bbox.width > group_width * found.name.bbox.width
        p = POLICY_RE.match(normalize_text(text)) if wide and m is None else None
        if m and wide:
            state.measure = own_number(m.group(1))
            state.band = Band("measure", code_text(m.group(1)), m.group(2).strip(), grid.page)
            state.bands.append(state.band)
        elif p is not None and p.group(2).strip():
            state.bands.append(Band("policy", code_text(p.group(1)), p.group(2).strip(), grid.page))
        elif c.key.startswith("※"):
            return True
        elif vocab.header("subject_column").matches(c.key) or total.matches(c.key):
            continue  # the header repeated overleaf, or a 合計 row: not a unit
        else:
            state.rows.append(_row(grid, c, found, state.measure, vocab, state.band, settings))
        state.end = (grid.page, c.bbox.y1)
    # anything printed below the table on its page (not a folio) means the list ended
    page = form.page(grid.page)
    return not names or any(
        b.bbox.y0 > grid.bbox.y1 + settings.edge_tolerance and not b.furniture for b in page.boxes
    )


def _continuation(form: Form, grid: Grid, tolerance: float) -> Grid | None:
    """The topmost ruled table of the next page when it rules the same columns; a
    one-cell bar over it (a heading repeated overleaf, ``（続き）``) is passed over."""
    tables = sorted(
        (g for g in form.grids if g.page == grid.page + 1 and _ruled(g)), key=lambda g: g.bbox.y0
    )
    while len(tables) > 1 and tables[0].n_rows == 1 and tables[0].n_cols == 1:
        tables.pop(0)
    if not tables:
        return None
    top = tables[0]
    if len(top.xs) != len(grid.xs):
        return None
    if all(abs(a - b) <= tolerance for a, b in zip(top.xs, grid.xs, strict=True)):
        return top
    return None


def _ruled(grid: Grid) -> bool:
    """A table drawn with rules (its text sits in ruled cells), not aligned text."""
    return any(c.box is not None and c.box.table is not None for c in grid.cells)


def _name(cell: GridCell, vocab: Vocabulary) -> str:
    """A row's unit name without a bracketed status mark before or after it
    (``…事業（新規）``, ``【新規】…事業``)."""
    text = _text(cell)
    marks = vocab.header("list_name_note")
    for mark in (_MARK_AFTER.search(text), _MARK_BEFORE.match(text)):
        if mark is None or not marks.matches(text_key(mark.group(1))):
            continue
        rest = (text[: mark.start()] + text[mark.end() :]).strip()
        if rest:
            return rest
    return text


def _row(
    grid: Grid,
    name: GridCell,
    found: _List,
    measure: int | None,
    vocab: Vocabulary,
    band: Band | None = None,
    settings: ReadingSettings = DEFAULT.reading,
) -> ListRow:
    def cell(role: str, head: GridCell | None = None) -> GridCell | None:
        heads = found.cols.get(role)
        if head is None and not heads:
            return None
        col = (head or heads[0]).col  # type: ignore[index]
        c = grid.at(name.row, col)
        return c if c is not None and c.box is not None and c is not name else None

    row = ListRow(page=grid.page, measure_no=measure, unit_no=None, name=_name(name, vocab))
    row.grid, row.row = grid, name.row
    if band is not None:
        row.context = f"施策{band.code} {band.title}"
    if (c := cell("no")) is not None and INT_RE.match(c.key):
        row.unit_no = int(c.key)
    elif c is not None and band is not None and _CODE_CELL.match(c.key):
        row.unit_no = _unit_in(code_parts(c.key), code_parts(band.code))
    if c is not None:  # a code, not a running row number (1, 2, 3 stay none)
        row.unit_code = listed_code(c.text, settings.unit_code_max_chars,
                                    settings.unit_code_min_digits)  # fmt: skip
    if (c := cell("policy")) is not None:
        row.next_year_policy = _text(c)
    if (c := cell("department")) is not None:
        row.department = _text(c)
    row.cost = cell("cost")
    for head in found.cols.get("dated", []):
        if (c := cell("dated", head)) is not None:
            row.dated.append((found.captions.get(id(head), head.text), c))
    if (c := cell("population")) is not None:
        row.population_goal = c.key
    if (c := cell("sdg")) is not None:
        # one target per printed line: 11.7 over 17.17 is never 11.71 / 7.17
        row.sdg_targets = [t for line in c.lines for t in SDG_TARGET.findall(text_key(line))]
    if "priority" in found.cols:
        marks = vocab.filled_marks | vocab.circle_marks  # ◎ / ○ in the column: a priority
        row.is_priority = False
        for head in found.cols["priority"]:
            c = cell("priority", head)
            if c is not None and any(ch in marks for ch in c.key):
                row.is_priority = True
                row.priority_marks.append(head.key)
    return row


def _unit_in(code: tuple[int, ...], band: tuple[int, ...]) -> int | None:
    """A row's own number from its compound code (``1-2-03`` under 施策 ``1-2`` → 3):
    the code must go on from its 施策 band's, by one part."""
    if len(code) == len(band) + 1 and code[: len(band)] == band:
        return code[-1]
    return None
