"""Small frozen geometry types shared by the load and layout stages.

Coordinates are PDF points with the origin at the top-left of the page and y
growing downwards (PyMuPDF's convention), so "below" means a larger y.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import FrozenInstanceError, dataclass
from typing import Literal, Protocol, TypeVar

# Default share of the smaller height (width) two boxes must share to be on
# one row (in one column): BBox.same_row / same_column.
SAME_BAND = 0.5

T = TypeVar("T")


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
        return new_bbox(
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


def thawed(frozen: type[T]) -> type:
    """An unfrozen twin of the frozen slots dataclass ``frozen``: the same slots,
    plain attribute writes, no constructor.

    A frozen dataclass's ``__init__`` writes each field through
    ``object.__setattr__`` behind a constructor frame; the layout makes a few
    hundred small objects per page, so their fast constructors (``new_bbox``,
    ``textlines.new_line`` …) write the slots on a bare twin
    (``object.__new__(twin)``) and then make it the frozen class
    (``__class__ = frozen``; the layouts are the same, checked here once). The
    object is then indistinguishable from one the constructor made: equality,
    hash, repr and pickling are the frozen class's. A fast constructor must set
    every field, and compute any ``__post_init__`` field as the class does.
    """
    twin = type(f"{frozen.__name__}Slots", (), {"__slots__": frozen.__slots__})
    probe = object.__new__(twin)
    probe.__class__ = frozen  # TypeError now, at import, if the layouts differ
    return twin


_bare = object.__new__
_BBoxSlots = thawed(BBox)


def new_bbox(x0: float, y0: float, x1: float, y1: float) -> BBox:
    """``BBox(x0, y0, x1, y1)`` for the hot paths (see :func:`thawed`)."""
    b = _bare(_BBoxSlots)
    b.x0 = x0
    b.y0 = y0
    b.x1 = x1
    b.y1 = y1
    b.__class__ = BBox
    return b  # type: ignore[no-any-return]


class Corners(Protocol):
    """Anything with a box's four corners: a :class:`BBox`, or a :class:`Char`
    (whose box is only built when asked for)."""

    @property
    def x0(self) -> float: ...
    @property
    def y0(self) -> float: ...
    @property
    def x1(self) -> float: ...
    @property
    def y1(self) -> float: ...


def union_all(boxes: Sequence[Corners]) -> BBox:
    """Bounding box of a non-empty sequence of boxes (or glyphs, read from their
    corners so that no glyph's box has to be made).

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
    return new_bbox(x0, y0, x1, y1)


# Which way a glyph's text runs on the (upright) page: left to right, or in a
# column top to bottom (vertical writing, text turned clockwise) or bottom to
# top (text turned counter-clockwise, as spreadsheets print narrow labels).
Direction = Literal["ltr", "ttb", "btt"]


class _Glyph:
    """The slots of a :class:`Char`, with a plain constructor: the loader makes
    one per glyph of every page, and a frozen type's constructor (one
    ``object.__setattr__`` per field) costs three times as much."""

    __slots__ = (  # noqa: RUF023 (the order of the fields)
        "text", "x0", "y0", "x1", "y1", "size", "baseline", "superscript", "direction", "_bbox"
    )
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    baseline: float
    superscript: bool
    direction: Direction
    _bbox: BBox

    def __init__(
        self,
        text: str,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        size: float,
        baseline: float,
        superscript: bool,
        direction: Direction,
    ) -> None:
        self.text = text
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
        self.size = size
        self.baseline = baseline
        self.superscript = superscript
        self.direction = direction


class Char(_Glyph):
    """One glyph of the text layer, with the font size and baseline it was drawn at.

    Frozen, with the constructor, equality, hash and repr of a frozen dataclass
    of fields text, bbox, size, baseline, superscript, direction; written by
    hand because every glyph of every page is one. The corners are plain slots
    (``x0`` … ``y1``) that the layout stage reads directly; the :class:`BBox`
    is made only when asked for (parsers ask for a few glyphs', layout for none).
    """

    __slots__ = ()

    def __init__(
        self,
        text: str,
        bbox: BBox,
        size: float,
        baseline: float,
        superscript: bool = False,
        direction: Direction = "ltr",
    ) -> None:
        put = object.__setattr__
        for name, value in (
            ("text", text),
            ("x0", bbox.x0),
            ("y0", bbox.y0),
            ("x1", bbox.x1),
            ("y1", bbox.y1),
            ("size", size),
            ("baseline", baseline),
            ("superscript", superscript),
            ("direction", direction),
            ("_bbox", bbox),
        ):
            put(self, name, value)

    @property
    def bbox(self) -> BBox:
        try:
            return self._bbox
        except AttributeError:
            box = new_bbox(self.x0, self.y0, self.x1, self.y1)
            object.__setattr__(self, "_bbox", box)
            return box

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def vertical(self) -> bool:
        return self.direction != "ltr"

    def _fields(self) -> tuple[object, ...]:
        return (self.text, self.bbox, self.size, self.baseline, self.superscript, self.direction)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Char:
            return NotImplemented
        return self._fields() == other._fields()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Char(text={self.text!r}, bbox={self.bbox!r}, size={self.size!r}, "
            f"baseline={self.baseline!r}, superscript={self.superscript!r}, "
            f"direction={self.direction!r})"
        )

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[object, ...]:
        return (Char, self._fields())


# A run of glyphs' box: the same one pass, on the glyphs' corners.
glyphs_bbox = union_all


# The slots of a Char, unfrozen: the loader's hot loop writes them on a bare
# instance (``object.__new__(GlyphSlots)``, no ``__init__`` frame) and then
# makes it a Char (``__class__ = Char``), the cheapest way CPython offers to
# build one object per glyph; everywhere else, use Char or new_char.
GlyphSlots = _Glyph


def new_char(
    text: str,
    x0: float,
    y0: float,
    x1: float,
    y1: float,
    size: float,
    baseline: float,
    superscript: bool = False,
    direction: Direction = "ltr",
) -> Char:
    """A glyph from its corners (the loader's path): built through the plain
    constructor, then frozen by becoming a :class:`Char` (same slots)."""
    ch = _Glyph(text, x0, y0, x1, y1, size, baseline, superscript, direction)
    ch.__class__ = Char
    return ch  # type: ignore[return-value]


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


_SegmentSlots = thawed(Segment)


def new_segment(x0: float, y0: float, x1: float, y1: float) -> Segment:
    """``Segment(x0, y0, x1, y1)`` for the loader (every ruling of every page; see
    :func:`thawed`)."""
    s = _bare(_SegmentSlots)
    s.x0 = x0
    s.y0 = y0
    s.x1 = x1
    s.y1 = y1
    s.__class__ = Segment
    return s  # type: ignore[no-any-return]
