"""The private view of the document the 施策評価票 cards still read (their
anchors and 財務内容 figures); every other step reads the shared reading floor.

The :class:`Sheet` holds boxes in reading order with their
label keys computed once, page folios (``- 3 -``) and running headers/footers
(the same line printed at the same place on every page) set aside so they can
never leak into a value or be taken for the title, and blank ruled cells kept
per page so a blank value cell is still found (and written with an empty
``value_text``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from ...geometry import SAME_BAND
from ...layout import DocumentLayout, TextBox
from ...layout.table import text_key as label_key
from ...normalize.text import join_wrapped

# "施策1 交流の促進", "施策 ２" …: the number (and title) of a 施策 heading.
MEASURE_RE = re.compile(r"^施策\s*(\d+)\s*(.*)$")
# An unsigned integer cell: a No column or a card number.
INT_RE = re.compile(r"^\d{1,3}$")


def text_of(box: TextBox) -> str:
    """A cell's text with wrapped lines re-joined and normalised (NFKC)."""
    return join_wrapped(box.line_texts)


def key_of(box: TextBox) -> str:
    """Whitespace-free normalised text, for comparing printed labels."""
    return label_key(box.raw)


def order(box: TextBox) -> tuple[int, float, float]:
    return (box.page, round(box.bbox.y0, 1), box.bbox.x0)


@dataclass(slots=True)
class Sheet:
    """All boxes of one document in reading order, minus folios."""

    boxes: list[TextBox]
    empties: dict[int, list[TextBox]] = field(default_factory=dict)
    by_page: dict[int, list[TextBox]] = field(default_factory=dict)

    @classmethod
    def of(cls, layout: DocumentLayout) -> Sheet:
        # Page furniture (folios, running headers) is the document view's call.
        boxes = sorted((b for b in layout.boxes() if not b.furniture), key=order)
        sheet = cls(boxes=boxes)
        for b in boxes:
            sheet.by_page.setdefault(b.page, []).append(b)
        for page in layout.pages:
            sheet.empties[page.number] = list(page.empty_cells)
        return sheet

    def page(self, number: int) -> list[TextBox]:
        return self.by_page.get(number, [])

    def cell(
        self, row: TextBox, col: TextBox, among: Sequence[TextBox] | None = None
    ) -> TextBox | None:
        """The box (or blank ruled cell) at the crossing of ``row``'s band and ``col``'s span."""
        pool = self.page(row.page) if among is None else among
        hit = _crossing(row, col, pool)
        if hit is None:
            hit = _crossing(row, col, self.empties.get(row.page, ()))
        return hit


def _crossing(row: TextBox, col: TextBox, pool: Iterable[TextBox]) -> TextBox | None:
    best: TextBox | None = None
    best_area = 0.0
    page, r, c = row.page, row.bbox, col.bbox
    ry0, ry1, r_height = r.y0, r.y1, r.height
    for b in pool:
        if b.page != page or b is row or b is col:
            continue
        # b.bbox.same_row(r), spelt out: this runs for every box of the page per cell.
        bb = b.bbox
        smaller = min(bb.y1 - bb.y0, r_height) or 1.0
        if max(0.0, min(bb.y1, ry1) - max(bb.y0, ry0)) < SAME_BAND * smaller:
            continue
        if not bb.same_column(c):
            continue
        # merged cells overlap several rows/columns: prefer the tightest fit
        area = b.bbox.width * b.bbox.height
        if best is None or area < best_area:
            best, best_area = b, area
    return best


def value_right(
    anchor: TextBox, pool: Iterable[TextBox], is_label: Callable[[str], bool]
) -> TextBox | None:
    """The value printed right of a label on its row: the nearest box, unless that is
    another label (then the value cell is blank and None is returned)."""
    cands = [
        b
        for b in pool
        if b.page == anchor.page
        and b is not anchor
        and b.bbox.x0 >= anchor.bbox.x1 - 1.0
        and anchor.bbox.y0 - 1.0 <= b.bbox.cy <= anchor.bbox.y1 + 1.0
    ]
    if not cands:
        return None
    first = min(cands, key=lambda b: b.bbox.x0)
    return None if is_label(key_of(first)) else first
