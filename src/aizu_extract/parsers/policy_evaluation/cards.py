"""事務事業 cards: fields by label, and every 財務内容 figure.

A card starts at a 事業名 label with a value to its right and runs to the next
such label (or the next table captioned 事業名), across page breaks: a
continuation page has no 事業名 row, so the open card simply carries on.
Fields are read through the form reader by the vocabulary's labels, as on a
unit sheet, so 法定/自主 on the 事業名 row or on its own row read the same way.
The 財務内容 figures keep their own reader for now: its value_text is the cell
as printed (``１，９１３``), while the shared budget reader normalises it and
other tests pin that form (a card of another shape is read by the shared one).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from ...layout import TextBox
from ...layout.form import Form, Position
from ...layout.table import text_key as label_key
from ...normalize.eras import parse_era_year
from ...normalize.errors import NormalizationError
from ...normalize.numbers import parse_amount_thousand_yen
from ...normalize.text import as_read
from ..base import Extraction
from ..unit_sheet.fields import department, first, hit_text, legal_basis, next_year_policy
from .common import INT_RE, MEASURE_RE, Sheet, key_of, order, text_of, value_right

NAME_LABELS = (label_key("事業名"), label_key("事務事業名"))
DEPT_PREFIX = "担当"  # 担当部・課, 担当課, 担当部課名
LEGAL = ("法定", "自主")  # the 法定/自主 label holds both words, its value one
POLICY_PREFIX = "次年度"  # 次年度方針, 次年度の方針
SUMMARY_PREFIX = "概要"  # 概要（目的・内容）
BUDGET_LABEL = label_key("財務内容")
# Captions of other tables that also start with 事業名 (logic model, 成果 table) and
# other card labels: a 事業名 followed by one of these is not a card.
OTHER_LABELS = tuple(
    label_key(s)
    for s in (
        "事業実績",
        "短期成果",
        "中期成果",
        "最終成果",
        "項目",
        "取組状況と成果",
        "財務内容",
        "単位(千円)",
        "政策分野",
    )
)
BASIS_RE = re.compile(r"[(（](予算|見込み?|決算)[)）]|(予算|見込み?|決算)$")
BASES = {"見込": "見込み"}


def is_label(k: str) -> bool:
    """Any printed card caption (so a blank value cell is not mistaken for its neighbour)."""
    return (
        k in NAME_LABELS
        or k in OTHER_LABELS
        or k.startswith((DEPT_PREFIX, SUMMARY_PREFIX, "所管"))  # 所管課 as a list column
        or (k.startswith(POLICY_PREFIX) and "方針" in k)
        or all(w in k for w in LEGAL)
        or k.startswith("課題認識")
    )


@dataclass(slots=True)
class Card:
    page: int
    anchor: TextBox
    name: str
    measure_no: int | None = None
    unit_no: int | None = None
    department: str | None = None
    legal_basis: str | None = None
    next_year_policy: str | None = None
    summary: str | None = None
    budget: list[dict[str, object]] = field(default_factory=list)


def read_cards(
    form: Form, sheet: Sheet, ex: Extraction, list_end: tuple[int, float] | None
) -> list[Card]:
    starts = [b for b in sheet.boxes if key_of(b) in NAME_LABELS]
    anchors = [b for b in starts if _value(sheet, b) is not None]
    # Boxes by (page, top) once, so each card's region is a slice: a long book
    # costs linear time, not cards × boxes.
    by_top = sorted(sheet.boxes, key=lambda b: (b.page, b.bbox.y0))
    tops = [(b.page, b.bbox.y0) for b in by_top]
    headings = _measure_headings(sheet, list_end)
    cards = []
    place = {id(b): i for i, b in enumerate(starts)}
    for anchor in anchors:
        at = place[id(anchor)] + 1  # starts are in reading order: the next one ends the card
        nxt = starts[at] if at < len(starts) else None
        end = order(nxt) if nxt is not None else None
        lo = bisect.bisect_left(tops, (anchor.page, anchor.bbox.y0 - 1.0))
        hi = len(tops) if end is None else bisect.bisect_left(tops, (end[0], end[1] - 1.0), lo)
        region = sorted(by_top[lo:hi], key=order)
        value = _value(sheet, anchor)
        assert value is not None
        card = Card(page=anchor.page, anchor=anchor, name=text_of(value))
        card.measure_no = _measure_before(headings, anchor)
        _form_fields(form, card, nxt)
        _budget(sheet, ex, card, region)
        cards.append(card)
    return cards


def _value(sheet: Sheet, label: TextBox) -> TextBox | None:
    v = value_right(label, sheet.page(label.page), is_label)
    return v if v is not None and v.lines else None


def _measure_headings(
    sheet: Sheet, list_end: tuple[int, float] | None
) -> list[tuple[tuple[int, float, float], int]]:
    """The 施策 headings after the 事務事業一覧, in reading order, with their numbers."""
    out = []
    for b in sheet.boxes:
        if list_end is not None and (b.page, b.bbox.y0) <= list_end:
            continue
        m = MEASURE_RE.match(text_of(b))
        if m and m.group(2):
            out.append((order(b), int(m.group(1))))
    return out


def _measure_before(
    headings: list[tuple[tuple[int, float, float], int]], anchor: TextBox
) -> int | None:
    """Number of the nearest 施策 heading before the card."""
    i = bisect.bisect_left(headings, (order(anchor), -1)) - 1
    return headings[i][1] if i >= 0 else None


def _form_fields(form: Form, card: Card, nxt: TextBox | None) -> None:
    """The card's fields by the vocabulary's labels, read like a unit sheet's."""
    a = card.anchor
    start = Position(a.page, a.bbox.y0, 0.0)
    end = Position(nxt.page, nxt.bbox.y0, 0.0) if nxt is not None else None
    cells = form.between(start, end)
    anchor = next((fc for fc in cells if fc.cell.box is a), None)
    if anchor is not None:
        card.unit_no = next(
            (int(c.key) for c in anchor.grid.left_of(anchor.cell) if c.box and INT_RE.match(c.key)),
            None,
        )
    vocab = form.vocab
    card.department = department(form, cells)
    card.legal_basis = legal_basis(form, cells, vocab)
    card.next_year_policy = next_year_policy(form, cells, vocab)
    card.summary = hit_text(first(form, "summary", cells))


@dataclass(slots=True)
class _YearHead:
    box: TextBox
    year: int
    basis: str


def _year_head(box: TextBox) -> _YearHead | None:
    k = key_of(box)
    if len(k) > 20:
        return None
    m = BASIS_RE.search(k)
    if m is None:
        return None
    basis = m.group(1) or m.group(2)
    try:
        era = parse_era_year(k[: m.start()])
    except NormalizationError:
        return None
    return _YearHead(box, era.year, BASES.get(basis, basis))


def _budget(sheet: Sheet, ex: Extraction, card: Card, region: list[TextBox]) -> None:
    """Every figure of the 財務内容 block: item rows × year/basis columns."""
    heads: list[_YearHead] = []
    for b in region:
        h = _year_head(b)
        if h is None:
            continue
        if heads and not (b.page == heads[0].box.page and b.bbox.same_row(heads[0].box.bbox)):
            continue
        heads.append(h)
    if not heads:
        return
    heads.sort(key=lambda h: h.box.bbox.x0)
    first = heads[0].box
    corner = value_left(first, region)
    started = False
    for page in sorted({b.page for b in region if b.page >= first.page}):
        rows = sorted(
            (
                b
                for b in region
                if b.page == page
                and (page > first.page or b.bbox.y0 >= first.bbox.y1 - 1.0)
                and b.bbox.x1 <= first.bbox.x0 + 1.0
                and (corner is None or b.bbox.same_column(corner.bbox))
            ),
            key=lambda b: b.bbox.y0,
        )
        for item in rows:
            if is_label(key_of(item)) and key_of(item) != BUDGET_LABEL:
                return
            cells = [(sheet.cell(item, replace(h.box, page=page)), h) for h in heads]
            if not any(c is not None and c.lines for c, _ in cells) or any(
                c is not None and c.bbox.width > 2.5 * h.box.bbox.width for c, h in cells
            ):
                if started:
                    return
                continue
            started = True
            for cell, h in cells:
                _figure(ex, card, text_of(item), cell, h, item.page)


def value_left(box: TextBox, pool: list[TextBox]) -> TextBox | None:
    """The caption cell left of the first year column on the header row (財務内容/単位(千円))."""
    left = [
        b
        for b in pool
        if b.page == box.page
        and b.bbox.x1 <= box.bbox.x0 + 1.0
        and b.bbox.same_row(box.bbox)
        and box.bbox.y0 - 1.0 <= b.bbox.cy <= box.bbox.y1 + 1.0
    ]
    return max(left, key=lambda b: b.bbox.x1) if left else None


def _figure(
    ex: Extraction, card: Card, item: str, cell: TextBox | None, head: _YearHead, page: int
) -> None:
    raw = cell.raw if cell is not None else ""
    try:
        amount = parse_amount_thousand_yen(raw)
    except NormalizationError as err:
        ex.reject_error(err, page=page, table="budget_lines", field_name="amount_yen")
        return
    card.budget.append(
        {
            "page": page,
            "business_unit": card.name,
            "item": item,
            "fiscal_year": head.year,
            "basis": head.basis,
            "amount_yen": amount,
            "value_text": as_read(raw),
        }
    )
