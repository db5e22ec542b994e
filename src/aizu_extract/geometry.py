"""Small frozen geometry types shared by the load and layout stages.

Coordinates are PDF points with the origin at the top-left of the page and y
growing downwards (PyMuPDF's convention), so "below" means a larger y.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# Default share of the smaller height (width) two boxes must share to be on
# one row (in one column): BBox.same_row / same_column.
SAME_BAND = 0.5


@dataclass(frozen=True, slots=True)
class BBox:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    def union(self, other: BBox) -> BBox:
        return BBox(
            min(self.x0, other.x0),
            min(self.y0, other.y0),
            max(self.x1, other.x1),
            max(self.y1, other.y1),
        )

    def contains_point(self, x: float, y: float, tol: float = 0.0) -> bool:
        return self.x0 - tol <= x <= self.x1 + tol and self.y0 - tol <= y <= self.y1 + tol

    def overlap_x(self, other: BBox) -> float:
        """Length of the horizontal overlap (0 when disjoint)."""
        return max(0.0, min(self.x1, other.x1) - max(self.x0, other.x0))

    def overlap_y(self, other: BBox) -> float:
        """Length of the vertical overlap (0 when disjoint)."""
        return max(0.0, min(self.y1, other.y1) - max(self.y0, other.y0))

    def same_row(self, other: BBox, ratio: float = SAME_BAND) -> bool:
        """True when the boxes share at least ``ratio`` of the smaller height."""
        smaller = min(self.height, other.height) or 1.0
        return self.overlap_y(other) >= ratio * smaller

    def same_column(self, other: BBox, ratio: float = SAME_BAND) -> bool:
        """True when the boxes share at least ``ratio`` of the smaller width."""
        smaller = min(self.width, other.width) or 1.0
        return self.overlap_x(other) >= ratio * smaller


def union_all(boxes: list[BBox]) -> BBox:
    """Bounding box of a non-empty list of boxes.

    One pass (it runs for every line and run): a coordinate is replaced only
    by a strictly smaller (larger) one, as ``min`` (``max``) keeps the first.
    """
    if not boxes:
        raise ValueError("union_all() of no boxes")
    first = boxes[0]
    x0, y0, x1, y1 = first.x0, first.y0, first.x1, first.y1
    for b in boxes:
        if b.x0 < x0:
            x0 = b.x0
        if b.y0 < y0:
            y0 = b.y0
        if b.x1 > x1:
            x1 = b.x1
        if b.y1 > y1:
            y1 = b.y1
    return BBox(x0, y0, x1, y1)


# Which way a glyph's text runs on the (upright) page: left to right, or in a
# column top to bottom (vertical writing, text turned clockwise) or bottom to
# top (text turned counter-clockwise, as spreadsheets print narrow labels).
Direction = Literal["ltr", "ttb", "btt"]


@dataclass(frozen=True, slots=True)
class Char:
    """One glyph of the text layer, with the font size and baseline it was drawn at."""

    text: str
    bbox: BBox
    size: float
    baseline: float
    superscript: bool = False
    direction: Direction = "ltr"

    @property
    def vertical(self) -> bool:
        return self.direction != "ltr"


@dataclass(frozen=True, slots=True)
class Segment:
    """A ruling: a drawn line, or one edge of a drawn rectangle."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def orientation(self) -> Literal["h", "v"]:
        return "h" if abs(self.y1 - self.y0) <= abs(self.x1 - self.x0) else "v"
