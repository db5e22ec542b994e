"""事務事業 cards: anchors, fields and 財務内容 figures, all read through the shared floor.

A card starts at a name label of the vocabulary (``[fields] name``: 事業名,
事務事業名 …) whose right cell prints the unit's name, and runs in the form's
reading order to the next name label of any kind, across page breaks: a
continuation page has no name row, so the open card simply carries on. A name
label whose right cell is another label, a header word (項目, 指標名) or one of the
vocabulary's ``[headers] name_column_caption`` (事業実績 of a logic model) heads
a table's column, and so does one in the 事務事業一覧's own tables: it ends the
open card but starts none. The card's 施策 is the
nearest ``施策N 名称`` heading before it (after the 事務事業一覧). A sheet with no
such label heads its cards ``1－1 事業名`` instead: each runs to the next heading.

Fields are read by the vocabulary's labels, as on a unit sheet, so 法定/自主 on
the 事業名 row or on its own row read the same way. The 財務内容 figures are the
card's cells read by :func:`read_values` through the header interpreter: years
across or down, the basis in the year's cell or under it, items down the side
or across the top; ``value_text`` is each cell as read.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ...layout.form import Form, FormCell, Position
from ...layout.headers import HeaderInterpreter, HeaderLabel
from ...normalize.text import join_wrapped, normalize_text
from ..base import Extraction, Record
from ..tables import ValueContext, read_values, sheet_money_factor
from ..unit_sheet.fields import department, first, hit_text, legal_basis, next_year_policy
from .common import INT_RE, MEASURE_RE, own_number
from .unit_list import UnitList

# A card headed by its 施策 and unit numbers: 1－1　都市公園維持管理事業.
_CARD_HEADING = re.compile(r"^(\d{1,3})\s*[-－ー―‐−]\s*(\d{1,3})\s+(\S.{0,60})$")


@dataclass(frozen=True, slots=True)
class Card:
    """One business unit's card: where it starts and what it prints."""

    page: int
    start: Position  # its name label's (or heading's) cell: cards and list rows sort by it
    name: str
    measure_no: int | None = None
    unit_no: int | None = None
    department: str | None = None
    legal_basis: str | None = None
    next_year_policy: str | None = None
    summary: str | None = None
    budget: tuple[Record, ...] = ()


def read_cards(
    form: Form, headers: HeaderInterpreter, ex: Extraction, units: UnitList
) -> list[Card]:
    """Every card anchored by a name label, with its fields and 財務内容 figures."""
    starts = [fc for fc in form.cells if form.field_of(fc) == "name"]
    headings = _measure_headings(form, units.end)
    in_list = {id(g) for g in units.grids}
    cards = []
    for i, label in enumerate(starts):
        if id(label.grid) in in_list:
            continue  # the list's own 事務事業名 caption (事務事業名 | 重点事業 | …)
        name = _name_of(form, headers, label)
        if name is None:
            continue
        # positions with their side-by-side sheet (Form.position): what between() slices by
        end = form.position(starts[i + 1]) if i + 1 < len(starts) else None
        cells = form.between(form.position(label), end)
        measure_no = _measure_before(headings, label.position)
        budget = card_values(form, headers, cells, name, measure_no, ex).budget_lines
        cards.append(_card(form, label, cells, name, measure_no, _unit_no(label), budget))
    return cards


def read_headed_cards(
    form: Form, headers: HeaderInterpreter, ex: Extraction, context: str | None
) -> list[Card]:
    """Cards headed ``1－1 事業名`` (no name label), each up to the next heading: their
    fields by the vocabulary, their 財務内容 and 成果の推移 read in one pass."""
    heads = []
    for fc in form.cells:
        m = _CARD_HEADING.match(normalize_text(fc.cell.text)) if fc.cell.box else None
        if m and not _labelled(form, fc):
            heads.append((fc, m))
    cards = []
    for i, (fc, m) in enumerate(heads):
        end = form.position(heads[i + 1][0]) if i + 1 < len(heads) else None
        cells = form.between(form.position(fc), end)
        name, measure_no = m.group(3).strip(), int(m.group(1))
        read = card_values(form, headers, cells, name, measure_no, ex, context)
        ex.kpi_values.extend(read.kpi_values)
        cards.append(_card(form, fc, cells, name, measure_no, int(m.group(2)), read.budget_lines))
    return cards


def _labelled(form: Form, fc: FormCell) -> bool:
    """The cell is a label's value (施策 | ３－２ 子育て支援の充実: the sheet's own 施策
    code and title), not a heading of its own: the nearest printed cell left of it on
    its row is a label of the vocabulary."""
    left = next((c for c in fc.grid.left_of(fc.cell) if c.box is not None), None)
    return left is not None and form.vocab.field_of(left.key) is not None


def _card(
    form: Form,
    start: FormCell,
    cells: list[FormCell],
    name: str,
    measure_no: int | None,
    unit_no: int | None,
    budget: list[Record],
) -> Card:
    """A card's fields, read by the vocabulary's labels among its cells as on a unit sheet."""
    return Card(
        page=start.page,
        start=start.position,
        name=name,
        measure_no=measure_no,
        unit_no=unit_no,
        department=department(form, cells),
        legal_basis=legal_basis(form, cells, form.vocab),
        next_year_policy=next_year_policy(form, cells, form.vocab),
        summary=hit_text(first(form, "summary", cells)),
        budget=tuple(budget),
    )


def card_values(
    form: Form,
    headers: HeaderInterpreter,
    cells: list[FormCell],
    name: str,
    measure_no: int | None,
    ex: Extraction,
    context: str | None = None,
) -> Extraction:
    """A card's tables read once by the shared value reader: its 財務内容 lines and
    its indicators (kind ``outcome`` unless a table says otherwise). Rejects go
    straight to ``ex``; the caller decides which of the rest to keep."""
    factor = sheet_money_factor(form, cells, headers)
    scratch = Extraction(doc_type=ex.doc_type)
    values = ValueContext(name, measure_no, context, factor, "outcome")
    read_values(form, cells, values, headers, scratch)
    ex.rejects.extend(scratch.rejects)
    return scratch


def _name_of(form: Form, headers: HeaderInterpreter, label: FormCell) -> str | None:
    """The unit's name: after the label's colon (``事業名：○○事業``), else the cell
    right of it; None when that cell is blank or heads a column (another label, a
    header word, a caption of another table)."""
    inline = form.hits("name", [label])[0].inline
    if inline:
        return inline
    right = label.grid.right_of(label.cell)
    if not right or right[0].box is None:
        return None
    key = right[0].key
    vocab = form.vocab
    if vocab.field_of(key) is not None or vocab.header("name_column_caption").matches(key):
        return None
    if _heads_column(headers.label(right[0].text)):
        return None
    return join_wrapped(right[0].lines)


def _heads_column(head: HeaderLabel) -> bool:
    """A table's header word (項目, 指標名, 単位, 予算, 事業費（千円）…), not a unit's name.
    A year alone is no sign: a unit may be named 令和7年度記念事業."""
    return bool(
        head.axis
        or head.metric
        or head.basis
        or head.indicator_kind
        or head.unit_column
        or head.number_column
        or head.definition
        or head.difference
        or head.money_factor
    )


def _unit_no(label: FormCell) -> int | None:
    """The card's number: an integer cell left of its name label (``1 | 事業名 | …``)."""
    return next(
        (int(c.key) for c in label.grid.left_of(label.cell) if c.box and INT_RE.match(c.key)),
        None,
    )


def _measure_headings(form: Form, list_end: tuple[int, float] | None) -> list[tuple[Position, int]]:
    """The 施策 headings after the 事務事業一覧, in reading order, with their numbers."""
    out = []
    for fc in form.cells:
        if fc.cell.box is None or (list_end is not None and (fc.page, fc.cell.bbox.y0) <= list_end):
            continue
        m = MEASURE_RE.match(join_wrapped(fc.cell.lines))
        if m and m.group(2):
            out.append((fc.position, own_number(m.group(1))))
    return sorted(out, key=_order)


def _measure_before(headings: list[tuple[Position, int]], at: Position) -> int | None:
    """Number of the nearest 施策 heading before the card."""
    i = bisect.bisect_left(headings, (at.page, at.y, at.x), key=_order) - 1
    return headings[i][1] if i >= 0 else None


def _order(heading: tuple[Position, int]) -> tuple[int, float, float]:
    p = heading[0]
    return (p.page, p.y, p.x)
