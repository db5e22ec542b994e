"""事務事業 cards: fields by label, and every 財務内容 figure.

A card starts at a 事業名 label with a value to its right and runs to the next
such label (or the next table captioned 事業名), across page breaks: a
continuation page has no 事業名 row, so the open card simply carries on.
Fields are read right of their labels wherever the labels sit, so 法定/自主 on
the 事業名 row or on its own row, and 財務内容 beside or below 概要, all read
the same way.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from ...layout import TextBox
from ...layout.table import text_key as label_key
from ...normalize.eras import parse_era_year
from ...normalize.errors import NormalizationError
from ...normalize.numbers import parse_amount_thousand_yen
from ..base import Extraction
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


def read_cards(sheet: Sheet, ex: Extraction, list_end: tuple[int, float] | None) -> list[Card]:
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
        _fields(sheet, ex, card, region)
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


def _fields(sheet: Sheet, ex: Extraction, card: Card, region: list[TextBox]) -> None:
    for b in region:
        k = key_of(b)
        if INT_RE.match(k) and card.unit_no is None and b.bbox.x1 <= card.anchor.bbox.x0 + 1.0:
            card.unit_no = int(k)
            continue
        if k.startswith(DEPT_PREFIX) and card.department is None:
            v = value_right(b, region, is_label)
            card.department = text_of(v) if v else None
        elif all(w in k for w in LEGAL) and card.legal_basis is None:
            v = value_right(b, region, is_label)
            if v is not None:
                card.legal_basis = _legal(ex, v)
        elif k.startswith(POLICY_PREFIX) and "方針" in k and card.next_year_policy is None:
            v = value_right(b, region, is_label)
            card.next_year_policy = text_of(v) if v else None
        elif k.startswith(SUMMARY_PREFIX) and card.summary is None:
            v = value_right(b, region, is_label)
            card.summary = text_of(v) if v else None


def _legal(ex: Extraction, box: TextBox) -> str | None:
    """法定 or 自主; a sheet printing both with a mark (■自主 □法定) picks the marked one."""
    k = key_of(box)
    present = [w for w in LEGAL if w in k]
    if len(present) == 1:
        return present[0]
    for mark in "■●◎○☑✓":
        for w in LEGAL:
            if f"{mark}{w}" in k:
                return w
    ex.reject(
        page=box.page,
        table="business_units",
        field_name="legal_basis",
        value_text=box.raw,
        reason="neither 法定 nor 自主",
        code="unit.legal_basis",
    )
    return None


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
            "value_text": raw,
        }
    )
