"""Ruled tables of any parser's region → ``budget_lines`` and ``kpi_values`` records.

Shared by every parser: a unit sheet's tables, a 施策評価票's KPI blocks and
cards. Every cell of the region's ruled tables that prints a value (or is a blank
cell under a year header) is interpreted through the shared header
interpreter: its year, its metric or basis, its item. A block whose columns
say 予算/決算 is money; one whose columns say 目標/実績/見込 beside an
indicator-name column is an indicator. Nothing here knows a template.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..layout.cell_facts import CellFacts, caption_rows, grid_says, read_facts
from ..layout.form import Form, FormCell
from ..layout.headers import PROJECTION_BASIS, HeaderInterpreter, HeaderLabel
from ..layout.kinds import GENERIC_INDICATOR, caption_kind, paired_kind
from ..layout.page import TextBox
from ..layout.stacked import stacked_metrics
from ..layout.table import Grid, GridCell, continued, text_key, under_captions
from ..layout.values import is_value_text, without_staff_lines
from ..layout.vocabulary import LabelSet, Vocabulary
from ..normalize.errors import NormalizationError
from ..normalize.money import parse_amount, split_pair
from ..normalize.text import as_read, is_dash, join_wrapped, normalize_text
from .base import Extraction

# A unit in brackets at the end of an indicator's name: （人）, (%), （件/年）.
_NAME_UNIT = re.compile(r"[(（]([^()（）\d]{1,4})[)）]$")
_KPI_METRICS = frozenset({"target", "actual", "achievement_rate", "baseline"})
_SPACES = re.compile(r"\s+")
_HEADING_NUMBER = re.compile(r"^[(（]?[0-9０-９]{1,2}[)）.．]?\s+")
_ENCLOSED = re.compile(r"^[(（]([^()（）]+)[)）]$")
_MONEY_NOTE = re.compile(r"[(（][^()（）]*円[)）]$")
_LAST_NOTE = re.compile(r"[(（]([^()（）]+)[)）]$")


@dataclass(frozen=True, slots=True, eq=False)
class ValueContext:
    """Whom a region's values belong to and what its sheet says of them."""

    subject: str | None  # the business unit (budget lines, unit indicators)
    measure_no: int | None
    context: str | None  # kpi_values.context
    money_factor: int | None  # the sheet's own unit note (単位：千円 …)
    default_kind: str = "outcome"  # an indicator whose table does not say its kind


def sheet_money_factor(form: Form, cells: list[FormCell], headers: HeaderInterpreter) -> int | None:
    """The unit note printed on a sheet: in a cell, or in text beside its tables."""
    for fc in cells:
        if fc.cell.box is not None:
            factor = _note_factor(fc.cell.text, headers)
            if factor:
                return factor
    pages = sorted({fc.page for fc in cells})
    for page in pages:
        for text in form.loose_text(page):
            factor = _note_factor(text, headers)
            if factor:
                return factor
    return None


_BRACKETED_MONEY = re.compile(r"[(（](千円|百万円|万円|円)[)）]$")


def _note_factor(text: str, headers: HeaderInterpreter) -> int | None:
    """A unit note: ``単位：千円``, ``千円単位``, or a cell ending in ``（千円）``."""
    key = text_key(text)
    if "単位" not in key and not _BRACKETED_MONEY.search(key):
        return None
    return headers.money_factor(key)


def read_values(
    form: Form,
    cells: list[FormCell],
    unit: ValueContext,
    headers: HeaderInterpreter,
    ex: Extraction,
) -> None:
    """Budget lines and indicator values of one unit's cells."""
    by_grid: dict[int, tuple[Grid, list[FormCell]]] = {}
    for fc in cells:
        by_grid.setdefault(id(fc.grid), (fc.grid, []))[1].append(fc)
    previous: Grid | None = None
    captioned: Grid | None = None  # the last table with a caption row on its page
    for grid, grid_cells in by_grid.values():
        facts = None
        if caption_rows(grid, headers):
            captioned = grid
        elif captioned is not None:
            facts = _facts_under_captions(grid, captioned, headers)
        if facts is None:
            slots = [fc.cell for fc in grid_cells if _value_slot(fc.cell)]
            # Every value needs a year: a grid none of whose labels names one gives
            # none of its own, so its cells are read only as a table carried overleaf.
            if grid_says(grid, headers, _names_year):
                facts = [read_facts(grid, c, headers) for c in slots]
            else:
                facts = []
            any_cells = bool(slots)
        else:
            any_cells = bool(facts)
        if previous is not None and any_cells and not any(f.year or f.year_label for f in facts):
            # a table carried overleaf without its header: read under the previous one's
            joined = continued(previous, grid, headers.settings.continued_columns)
            if joined is not None:
                facts = [
                    read_facts(joined, c, headers)
                    for c in joined.cells
                    if c.row >= _header_rows(joined, grid)  # not the borrowed header rows
                    and (c.box is None or is_value_text(c.text))
                ]
        previous = grid
        facts = [_with_caption_basis(form, grid, f, headers) for f in facts]
        facts = _named_by_captions(form, grid, facts, headers)
        facts, lines = _stacked(form, grid, facts, headers)
        if unit.subject is not None:
            _reject_money_without_basis(grid, facts, headers, ex)
        facts = _plans_in_money_rows([f for f in facts if _is_value(f)])
        kpi_items = {id(f.item) for f in facts if _is_indicator(f)}
        heading = _heading_kind(form, grid, headers) if kpi_items else None
        for f in facts:
            if id(f.item) in kpi_items:
                _kpi(grid, f, unit, ex, heading, headers, lines.get(id(f)))
            elif f.basis is not None and unit.subject is not None:
                _budget(grid, f, unit, headers, ex)


def _stacked(
    form: Form, grid: Grid, facts: list[CellFacts], headers: HeaderInterpreter
) -> tuple[list[CellFacts], dict[int, str]]:
    """A cell printing one metric per line under a legend (上段：目標値 下段：実績値)
    or beside a label naming them (目標値 over 実績値) becomes one fact per line; the
    map gives each such fact its own line's text."""
    out: list[CellFacts] = []
    lines: dict[int, str] = {}
    over: list[str] | None = None  # the text printed over the table, read once
    for f in facts:
        metrics = None
        if f.metric is None and f.basis is None and len(f.cell.lines) > 1:
            if over is None:
                over = _headings(form, grid, headers)
            metrics = stacked_metrics(grid, f.cell, headers, over, f.labels)
        if metrics is None:
            out.append(f)
            continue
        for metric, line in zip(metrics, f.cell.lines, strict=True):
            part = replace(f, metric=metric)
            lines[id(part)] = line
            out.append(part)
    return out, lines


def _value_slot(cell: GridCell) -> bool:
    """A cell that prints a value, or a blank one (no value printed is a fact too)."""
    return cell.box is None or is_value_text(cell.text)


def _names_year(lab: HeaderLabel) -> bool:
    return lab.year is not None or bool(lab.year_label)


def _facts_under_captions(
    grid: Grid, captioned: Grid, headers: HeaderInterpreter
) -> list[CellFacts] | None:
    """An indicator block printed as its own table under the caption row of the
    table above (指標名 | 単位 | … printed once): its cells read under those captions."""
    joined = under_captions(captioned, grid, 1, headers.settings.continued_columns)
    if joined is None or not caption_rows(joined, headers):
        return None
    return [
        read_facts(joined, c, headers)
        for c in joined.cells
        if c.row >= 1 and (c.box is None or is_value_text(c.text))
    ]


def _header_rows(joined: Grid, grid: Grid) -> int:
    return len(joined.ys) - len(grid.ys)


def _headings(form: Form, grid: Grid, headers: HeaderInterpreter) -> list[str]:
    """Text printed just over a table (not in it), nearest first: its caption."""
    page = form.page(grid.page)
    above = [
        b
        for b in page.boxes
        if b.table is None
        and b.bbox.y1 <= grid.bbox.y0 + headers.settings.edge_tolerance
        and grid.bbox.y0 - b.bbox.y1 <= headers.settings.heading_gap
        and b.bbox.x1 > grid.bbox.x0
        and b.bbox.x0 < grid.bbox.x1
    ]
    return [b.raw for b in sorted(above, key=lambda b: -b.bbox.y1)]


# An indicator named by a caption: its kind and the ordinal after the kind word.
_Named = tuple[str, int | None]
# The row (and column) of a caption line standing in for a name cell: in no grid.
CAPTION_ROW = -1
_NAMED_KINDS = frozenset({"activity", "outcome"})


def _named_by_captions(
    form: Form, grid: Grid, facts: list[CellFacts], headers: HeaderInterpreter
) -> list[CellFacts]:
    """Columns pairing an indicator's kind and a metric (``活動指標：目標 | 成果指標：実績``)
    in a table that prints no name: each column's indicator is the one a caption line
    over the table names with the same kind and ordinal (``活動指標：講座の開催回数（回）``,
    ``成果指標②：…`` for ``成果指標②：目標``); a metric column of no kind after them
    (``達成率``) is the indicator's of the nearest kind column on its left (its rate is
    that indicator's 実績 over 目標), or of the row above it, transposed."""
    if not any(f.item is None and f.metric and f.indicator_kind for f in facts):
        return facts
    captions = _kind_captions(form, grid, headers)
    if not captions:
        return facts
    named: dict[tuple[int, int], _Named] = {}
    for f in facts:
        key = _pair_of(f, headers) if f.item is None else None
        if key in captions:
            named[(f.cell.row, f.cell.col)] = key
    out = []
    for f in facts:
        key = named.get((f.cell.row, f.cell.col))
        if key is None and f.item is None and f.metric and f.indicator_kind is None:
            key = _named_before(named, f.cell.row, f.cell.col)
        if key is not None and f.metric:
            f = replace(f, item=captions[key], indicator_kind=key[0])
        out.append(f)
    return out


def _pair_of(f: CellFacts, headers: HeaderInterpreter) -> _Named | None:
    """The (kind, ordinal) a value's header cell pairs with its metric (活動指標②：目標),
    else the kind a header over its metric says (活動指標 spanning 目標 | 実績)."""
    for lab in f.labels:
        pair = paired_kind(headers.vocab, lab.text)
        if pair is not None and lab.metric:
            return pair.kind, pair.number
    if f.indicator_kind in _NAMED_KINDS:
        return f.indicator_kind, None
    return None


def _named_before(named: dict[tuple[int, int], _Named], row: int, col: int) -> _Named | None:
    """The indicator of the nearest named cell left of (row, col) on its row, else above
    it in its column (the same table transposed: 達成率 under 成果指標：実績)."""
    left = [c for (r, c) in named if r == row and c < col]
    if left:
        return named[(row, max(left))]
    up = [r for (r, c) in named if c == col and r < row]
    return named[(max(up), col)] if up else None


def _kind_captions(form: Form, grid: Grid, headers: HeaderInterpreter) -> dict[_Named, GridCell]:
    """(kind, ordinal) → the caption line over a table that names that indicator
    (``成果指標：受講者の満足度（％）``): the run of such lines just over the table, each
    within ``heading_gap`` of the next, and the rows across the table's top that print
    one each; an indicator captioned twice is named by none."""
    page = form.page(grid.page)
    above = sorted(
        (
            b
            for b in page.boxes
            if b.table is None
            and b.bbox.y1 <= grid.bbox.y0 + headers.settings.edge_tolerance
            and b.bbox.x1 > grid.bbox.x0
            and b.bbox.x0 < grid.bbox.x1
        ),
        key=lambda b: -b.bbox.y1,
    )
    found: dict[_Named, list[GridCell]] = {}
    top = grid.bbox.y0
    for line in _lines_up(above):
        if top - max(b.bbox.y1 for b in line) > headers.settings.heading_gap:
            break
        pairs = [(b, caption_kind(headers.vocab, b.raw)) for b in line]
        if all(pair is None for _, pair in pairs):
            break  # a line of other text (the section's heading) ends the captions
        for box, pair in pairs:  # beside a caption, other text (a unit note) is passed over
            if pair is not None:  # the caption stands in for the name cell not printed
                cell = GridCell(CAPTION_ROW, CAPTION_ROW, 1, 1, box.bbox, box)
                found.setdefault((pair.kind, pair.number), []).append(cell)
        top = min(b.bbox.y0 for b in line)
    for row in range(grid.n_rows):  # or ruled: rows across the table's top, one caption each
        cells = grid.row_cells(row)
        pair = caption_kind(headers.vocab, cells[0].text) if len(cells) == 1 else None
        if pair is None or cells[0].box is None:
            break
        cell = GridCell(CAPTION_ROW, CAPTION_ROW, 1, 1, cells[0].bbox, cells[0].box)
        found.setdefault((pair.kind, pair.number), []).append(cell)
    return {key: cells[0] for key, cells in found.items() if len(cells) == 1}


def _lines_up(boxes: list[TextBox]) -> list[list[TextBox]]:
    """Boxes (bottom first) grouped into printed lines, nearest the table first: a box
    overlapping the line's height is on it."""
    lines: list[list[TextBox]] = []
    for box in boxes:
        if lines and box.bbox.y1 > min(b.bbox.y0 for b in lines[-1]):
            lines[-1].append(box)
        else:
            lines.append([box])
    return lines


def _with_caption_basis(
    form: Form, grid: Grid, f: CellFacts, headers: HeaderInterpreter
) -> CellFacts:
    """A money cell under a year with no basis takes the one its table's caption
    prints (``事業費の推移（決算額）``, a title bar ``事業決算額`` over the table)."""
    if f.basis is not None or f.metric is not None or f.year is None or f.item is None:
        return f
    captions = [lab.text for lab in f.labels if not lab.prose]
    for text in (*captions, *_headings(form, grid, headers), *_group_notes(form, grid, f)):
        found = headers.basis_in(text)
        if found is not None:
            return replace(f, basis=found[0], basis_label=found[1])
    return f


def _group_notes(form: Form, grid: Grid, f: CellFacts) -> list[str]:
    """Notes on the table's page naming the row's group label (※財源内訳は最終予算額の
    内訳です。): what they say of the basis holds for the rows of that group."""
    groups = [text_key(lab.text) for lab in f.labels if lab.group and lab.text.strip()]
    if not groups:
        return []
    return [t for t in form.loose_text(grid.page) if any(g in text_key(t) for g in groups)]


def _heading_kind(form: Form, grid: Grid, headers: HeaderInterpreter) -> str | None:
    """活動指標 / 成果指標 printed as the heading just over a table (not in it)."""
    for text in _headings(form, grid, headers):
        # a heading's own number is no word of it: ``2　活動指標``, ``(2) 成果指標``
        kind = headers.label(_HEADING_NUMBER.sub("", text.strip())).indicator_kind
        if kind in ("activity", "outcome"):
            return kind
    return None


def _reject_money_without_basis(
    grid: Grid, facts: list[CellFacts], headers: HeaderInterpreter, ex: Extraction
) -> None:
    """A money row (事業費 …) under a year that says neither 予算 nor 決算, and no
    caption that does: kept as a reject, never given an invented basis."""
    for f in facts:
        if f.basis or f.metric or f.difference or f.year is None or f.item is None:
            continue
        if f.cell.box is None or not headers.vocab.header("money_item").found_in(f.item.key):
            continue
        ex.reject(
            page=grid.page,
            table="budget_lines",
            field_name="basis",
            value_text=f.cell.text,
            reason=f"{_item_name(f, headers.vocab)} {f.year_label}: "
            "no 予算/決算/見込み printed for this column",
            code="budget.no_basis",
        )


def _is_value(f: CellFacts) -> bool:
    """A value cell: it has a year (or era-less year label), an item, and is no difference."""
    if f.difference or f.item is None or f.item.box is None:
        return False
    if f.year is None and not f.year_label:
        return False
    return f.metric is not None or f.basis is not None


def _plans_in_money_rows(facts: list[CellFacts]) -> list[CellFacts]:
    """A plan column (令和7年度計画) on a row whose other columns say 予算/決算 is that
    row's projection, basis 見込み labelled as printed: a money row has no target, and
    the plan word alone would make the whole row an indicator."""
    money = {id(f.item) for f in facts if f.basis is not None and f.indicator_kind is None}
    if not money:
        return facts
    out = []
    for f in facts:
        plan = next((lab.plan for lab in f.labels if lab.plan), None)
        if plan and f.basis is None and f.metric == "target" and id(f.item) in money:
            f = replace(f, metric=None, basis=PROJECTION_BASIS, basis_label=plan)
        out.append(f)
    return out


def _is_indicator(f: CellFacts) -> bool:
    if f.indicator_kind is not None:
        return True
    return f.metric in _KPI_METRICS and f.basis is None


def _item_name(f: CellFacts, vocab: Vocabulary) -> str:
    """The row label as printed: NFKC, spaces removed, a money unit note dropped, and a
    staff note too (a later line ``正規職員 0.80人　会計年度任用職員 0.20人`` under
    ``人件費（B）``, the same words after it on its line, or a last bracket
    ``（職員2.0人）``): counts of staff, not the item."""
    lines = f.item.lines if f.item else ()
    staff = vocab.header("staff_note")
    kept = [part for i, line in enumerate(lines) if (part := _before_staff(line, i, staff))]
    raw = f.item.text if f.item and kept == list(lines) else "".join(kept)
    text = _MONEY_NOTE.sub("", _SPACES.sub("", normalize_text(raw)))
    note = _LAST_NOTE.search(text)
    if note and note.start() and staff.matches(note.group(1)):
        text = text[: note.start()]
    return text


def _before_staff(line: str, index: int, staff: LabelSet) -> str:
    """``line`` without the staff note its last words print (all of it on a later line:
    the first line always keeps its first word, the item)."""
    words = line.split()
    for k in range(len(words)):
        if (k or index) and staff.matches(text_key("".join(words[k:]))):
            return " ".join(words[:k])
    return line


def _budget(
    grid: Grid, f: CellFacts, unit: ValueContext, headers: HeaderInterpreter, ex: Extraction
) -> None:
    page = grid.page
    if f.not_money:
        return  # staff counts and ratios are not money (contract v1.1)
    if f.year is None:
        ex.reject(
            page=page,
            table="budget_lines",
            field_name="fiscal_year",
            value_text=f.year_label or "",
            reason="year printed without an era the document names",
            code="era.no_era",
        )
        return
    factor = f.money_factor or unit.money_factor
    raw = without_staff_lines(f.cell.lines) or f.cell.text
    item = _item_name(f, headers.vocab)
    items = [(item, raw)]
    pair = split_pair(raw) if raw else None
    note = re.search(r"[(（]([^()（）]+)[)）]$", item)
    if pair and note:
        head = item[: note.start()]
        second = headers.vocab.abbreviations.get(note.group(1), note.group(1))
        items = [(head, pair[0]), (second, pair[1])]
    for name, text in items:
        amount: int | None = None
        if factor is None:
            if text.strip():
                ex.reject(
                    page=page,
                    table="budget_lines",
                    field_name="amount_yen",
                    value_text=text,
                    reason="no unit note (単位) printed for this money table",
                    code="budget.no_unit",
                )
                continue
        else:
            try:
                amount = parse_amount(text, factor)
            except NormalizationError as err:
                ex.reject_error(err, page=page, table="budget_lines", field_name="amount_yen")
                continue
        ex.budget_lines.append(
            {
                "page": page,
                "business_unit": unit.subject,
                "item": name,
                "fiscal_year": f.year,
                "basis": f.basis,
                "basis_label": _SPACES.sub("", f.basis_label or "") or None,
                "amount_yen": amount,
                "value_text": as_read(raw),
                "measure_no": unit.measure_no,
                "unit_no": None,
            }
        )


def _kind(column: str | None, heading: str | None, default: str, unit_row: bool) -> str:
    """The name column's own kind, else the table's heading, else the region's.

    A policy area's own indicators (施策評価票) are ``kpi``, unless a row names the
    business unit it is about (事業名 | 項目 | …): a unit's indicator, an outcome
    unless its column or heading says otherwise."""
    if default == "kpi" and not unit_row:
        return default
    if default == "kpi":
        default = "outcome"
    if column is not None and column != GENERIC_INDICATOR:
        return column
    return heading or default


def _subject(f: CellFacts, unit: ValueContext) -> str | None:
    """The region's unit, else the 事業名 printed on the value's row (成果の推移)."""
    if unit.subject is None and f.subject is not None and f.subject.box is not None:
        return join_wrapped(f.subject.lines)
    if unit.default_kind == "kpi":
        return None  # a policy area's own indicators belong to no unit
    return unit.subject


def _kpi(
    grid: Grid,
    f: CellFacts,
    unit: ValueContext,
    ex: Extraction,
    heading: str | None,
    headers: HeaderInterpreter,
    line: str | None = None,
) -> None:
    page = grid.page
    raw = f.cell.text if line is None else line  # a stacked cell: its own line
    metric = f.metric or ("forecast" if f.basis == "見込み" else None)
    if metric is None:
        return
    # a stacked line's brackets are the legend's mark of its position (上段（　）), not a note
    figure = raw if line is None else _ENCLOSED.sub(r"\1", raw.strip())
    q = ex.read_value(figure, page=page) if raw.strip() else None
    if raw.strip() and q is None:
        return  # rejected by read_value
    unit_text = join_wrapped(f.unit.lines) if f.unit is not None and f.unit.box else None
    if unit_text is not None and is_dash(unit_text):
        unit_text = None
    name = join_wrapped(f.item.lines) if f.item else ""
    number, kind = f.number, f.indicator_kind
    # 成果指標①　NAME（人）, 活動指標②：NAME, 【成果指標】NAME (a caption line, a group
    # header over its metric columns, a row label): the kind and its ordinal printed
    # before the name are the indicator's kind and number, not words of its name
    pair = caption_kind(headers.vocab, name) if f.item is not None else None
    if pair is not None:
        name = pair.rest
        number = number if number is not None else pair.number
        kind = kind if kind not in (None, GENERIC_INDICATOR) else pair.kind
    has_unit = f.unit is not None  # a 単位 cell, even one printed －
    if unit_text is None:  # 登録児童数（人）: the unit printed after the name
        m = _NAME_UNIT.search(name)
        if m and not headers.vocab.header("name_note").matches(text_key(m.group(1))):
            name, unit_text, has_unit = name[: m.start()].rstrip(), m.group(1), True
    ex.kpi_values.append(
        {
            "page": page,
            "kind": _kind(kind, heading, unit.default_kind, f.subject is not None),
            "context": unit.context,
            "subject": _subject(f, unit),
            "kpi_no": number,
            "kpi_name": name,
            # the indicator's 単位 cell when it has one (printed － : none), else the cell's own
            "unit": unit_text if has_unit else (q.unit if q else None),
            "fiscal_year": f.year,
            "year_label": f.year_label or "",
            "metric": metric,
            "value": q.value if q else None,
            "value_text": as_read(raw),
            "qualifier": q.qualifier if q else None,
            "definition": f.definition,
        }
    )
