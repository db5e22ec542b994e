"""Label-anchored lookups over text boxes, shared by all parsers.

Parsers find a printed label (事業名, 財務内容, 目標 …) and read the values
around it by geometry: the boxes to its right on the same row, or below it in
the same column. Labels are compared on :func:`label_key`, which folds
Kangxi-radical look-alikes, full-width forms and stray spaces, so ``⽬ 標``
matches ``目標``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..normalize.text import compact
from .page import TextBox


@lru_cache(maxsize=65536)
def label_key(text: str) -> str:
    """Normalised, whitespace-free text for comparing printed labels."""
    return compact(text)


def key(box: TextBox) -> str:
    return label_key(box.raw)


def find_labels(
    boxes: Iterable[TextBox], *labels: str, prefix: bool = False
) -> list[TextBox]:
    """Boxes whose text is one of ``labels`` (or starts with one, when ``prefix``)."""
    wanted = tuple(label_key(lbl) for lbl in labels)
    out = []
    for box in boxes:
        k = key(box)
        if k in wanted or (prefix and k.startswith(wanted)):
            out.append(box)
    return out


def right_of(anchor: TextBox, boxes: Iterable[TextBox], ratio: float = 0.5) -> list[TextBox]:
    """Boxes on the anchor's page and row, to its right, nearest first."""
    return sorted(
        (
            b for b in boxes
            if b.page == anchor.page and b is not anchor
            and b.bbox.x0 >= anchor.bbox.x1 - 1.0 and b.bbox.same_row(anchor.bbox, ratio)
        ),
        key=lambda b: b.bbox.x0,
    )


def below(anchor: TextBox, boxes: Iterable[TextBox], ratio: float = 0.5) -> list[TextBox]:
    """Boxes on the anchor's page and column, below it, nearest first."""
    return sorted(
        (
            b for b in boxes
            if b.page == anchor.page and b is not anchor
            and b.bbox.y0 >= anchor.bbox.y1 - 1.0 and b.bbox.same_column(anchor.bbox, ratio)
        ),
        key=lambda b: b.bbox.y0,
    )


def in_row(anchor: TextBox, boxes: Iterable[TextBox], ratio: float = 0.5) -> list[TextBox]:
    """All boxes sharing the anchor's row band on its page, left to right."""
    return sorted(
        (b for b in boxes if b.page == anchor.page and b.bbox.same_row(anchor.bbox, ratio)),
        key=lambda b: b.bbox.x0,
    )


def column_at(
    x0: float, x1: float, boxes: Sequence[TextBox], ratio: float = 0.5
) -> list[TextBox]:
    """Boxes whose horizontal extent overlaps [x0, x1] by ``ratio`` of the smaller width."""
    out = []
    for b in boxes:
        overlap = min(b.bbox.x1, x1) - max(b.bbox.x0, x0)
        if overlap >= ratio * min(b.bbox.width, x1 - x0):
            out.append(b)
    return out


def reading_order(boxes: Iterable[TextBox]) -> list[TextBox]:
    """Page, then top to bottom, then left to right."""
    return sorted(boxes, key=lambda b: (b.page, round(b.bbox.y0), b.bbox.x0))
