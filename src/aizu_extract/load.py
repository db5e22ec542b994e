"""Load stage: open a PDF once and read its text layer and rulings.

Everything downstream works on these plain frozen values, so the PDF library
(PyMuPDF here, for speed) is touched in exactly one place. Files that cannot
be read raise :class:`LoadError` with a one-line, user-facing reason that the
pipeline writes to ``documents.error``.

Coordinates are those of the page as it reads upright: PyMuPDF reports text
and drawings in the *unrotated* page, so a ``/Rotate`` page (and a page whose
text is mostly printed sideways) is turned here, once, for every stage below.
"""

from __future__ import annotations

import gc
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

import pymupdf

from .fills import gutter_rulings, singled_out_fills
from .geometry import BBox, Char, Direction, GlyphSlots, Segment, new_segment
from .settings import DEFAULT, LoadSettings
from .unreadable import FontTally, condemned, page_fonts, split_lines

# Process-wide PyMuPDF settings every page is read with. They used to arrive as
# side effects of the import of pymupdf4llm, which aizu_extract._optional now
# keeps out, so they are set here: glyph boxes without MuPDF's quad corrections
# (the coordinates every expectation was made with), and MuPDF's own errors and
# warnings not printed (they are collected as problems instead).
pymupdf.TOOLS.unset_quad_corrections(True)
pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)

_TEXT_FLAGS = pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_MEDIABOX_CLIP
_SUPERSCRIPT = pymupdf.TEXT_FONT_SUPERSCRIPT
# Only the first kilobyte is searched for the %PDF- header.
_HEADER_WINDOW = 1024
# A text direction whose vertical component is at least this runs in a column
# (just over sin 45°: the nearer axis wins).
_SIDEWAYS = 0.7072
UNREADABLE = "text layer unreadable (fonts without Unicode mapping)"
# Glyphs that are not printed text: control codes (PyMuPDF's output for glyphs
# without a mapping), scripts no Japanese planning document uses (where raw glyph
# ids land when a font has no ToUnicode: IPA, Armenian … Khmer, Mongolian),
# private-use code points, U+FFFD, and pdfminer-style "(cid:123)" placeholders.
# Compiled on first use (re's cache), by a text with a placeholder only: its class
# alone is the costly part of a compile, and _UNREADABLE_CHAR has it already.
_UNREADABLE = (
    r"\(cid:\d+\)|[\x00-\x1f\u0250-\u02af\u0500-\u1dff\ue000-\uf8ff\ufffd"
    r"\U000f0000-\U0010ffff]"
)
# _UNREADABLE's single characters alone: on a text without "(cid:", where the two
# find the same matches, a class is scanned for faster than the alternation is.
_UNREADABLE_CHAR = re.compile(
    r"[\x00-\x1f\u0250-\u02af\u0500-\u1dff\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff]"
)


class LoadError(Exception):
    """A file that cannot be extracted at all; ``str(err)`` is the one-line reason."""


@dataclass(frozen=True, slots=True, eq=False)
class Page:
    number: int  # 1-based
    width: float  # of the upright page
    height: float
    chars: tuple[Char, ...]
    segments: tuple[Segment, ...]
    rotation: int = 0  # the page's /Rotate, degrees clockwise
    # Closed curves drawn around a word (a circled option of a marked choice).
    circles: tuple[BBox, ...] = ()
    # Check marks drawn as strokes (✓ as two lines joined at the bottom), no glyph.
    checks: tuple[BBox, ...] = ()
    turned: int = 0  # further quarter-turns (degrees) applied because text ran sideways
    # Share of the page's glyphs that cannot be printed text (see unreadable_share):
    # a page above LoadSettings.unreadable_share holds wrong characters, even
    # when the document as a whole is readable. Withheld glyphs count in full.
    unreadable: float = 0.0
    # Glyphs of fonts that decode to wrong characters (unreadable.py): kept out of
    # ``chars`` (no row is made of them), read only to account for their numbers.
    withheld: tuple[Char, ...] = ()
    # The size most of its glyphs are printed at (body_size; 0 without glyphs).
    body: float = 0.0


@dataclass(frozen=True, slots=True, eq=False)
class LoadedDocument:
    path: Path
    page_count: int
    pages: tuple[Page, ...]
    metadata_title: str | None
    # Year of the PDF's CreationDate: resolves years printed without an era.
    created_year: int | None = None
    # Fonts that decoded to a wrong character somewhere (unreadable.py); a split
    # document's piece with any is read whole, where the verdict is the document's.
    doubtful_fonts: frozenset[str] = frozenset()

    @property
    def char_count(self) -> int:
        return sum(len(p.chars) for p in self.pages)


def check_bytes(data: bytes, settings: LoadSettings = DEFAULT.load) -> None:
    """Reject what is not a complete PDF before handing it to the parser library."""
    if not data:
        raise LoadError("empty file (0 bytes)")
    if b"%PDF-" not in data[:_HEADER_WINDOW]:
        raise LoadError("not a PDF (no %PDF- header)")
    if b"%%EOF" not in data[-settings.eof_window :]:
        raise LoadError("truncated or corrupt PDF: file ends without %%EOF trailer")


@contextmanager
def collector_paused(pause: bool = True) -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (when ``pause``), then
    restore it as it was: nested blocks and a collector already off are left
    alone. See ``LoadSettings.pause_collector`` for why; objects freed by
    reference counting are freed as usual, so memory does not grow.
    """
    if not pause or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def load_pdf(
    path: Path,
    data: bytes | None = None,
    settings: LoadSettings = DEFAULT.load,
    pages: tuple[int, int] | None = None,
) -> LoadedDocument:
    """Open ``path`` (or its already-read ``data``) and extract every page.

    ``pages`` (first, last, 1-based, inclusive) reads only that window, for a
    piece of a split document (pieces.py): pages keep their numbers in the
    document and ``page_count`` is the document's; the text-layer checks are
    the window's (a piece that fails them is re-run whole, never trusted).
    """
    with collector_paused(settings.pause_collector):
        return _load_pdf(path, data, settings, pages)


def _load_pdf(
    path: Path, data: bytes | None, settings: LoadSettings, window: tuple[int, int] | None = None
) -> LoadedDocument:
    data = path.read_bytes() if data is None else data
    check_bytes(data, settings)
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:  # PyMuPDF raises several unrelated types here
        raise LoadError(f"corrupt PDF: {_one_line(exc)}") from exc
    with doc:
        if doc.needs_pass:
            raise LoadError("encrypted PDF: password required")
        if doc.page_count == 0:
            raise LoadError("corrupt PDF: no readable pages")
        try:
            first, last = window or (1, doc.page_count)
            numbers = range(max(first, 1) - 1, min(last, doc.page_count))
            read = [_read_page(doc[i], i + 1, settings) for i in numbers]
            tallies = [fonts for _, fonts in read if fonts]
            withhold = condemned(tallies, settings)
            if withhold:  # rare: read again, those fonts' glyphs kept apart
                read = [_read_page(doc[i], i + 1, settings, withhold) for i in numbers]
            pages = tuple(page for page, _ in read)
            page_count = doc.page_count
        except Exception as exc:
            raise LoadError(f"corrupt PDF: {_one_line(exc)}") from exc
        title = (doc.metadata or {}).get("title") or None
        created_year = _created_year((doc.metadata or {}).get("creationDate"))
    if not any(p.chars or p.withheld for p in pages):
        raise LoadError("no text layer (scanned image?)")
    glyphs = sum(len(p.chars) + len(p.withheld) for p in pages)
    bad = sum(p.unreadable * (len(p.chars) + len(p.withheld)) for p in pages)
    if bad > settings.unreadable_share * glyphs:
        raise LoadError(UNREADABLE)
    return LoadedDocument(
        path=path,
        page_count=page_count,
        pages=pages,
        metadata_title=title,
        created_year=created_year,
        doubtful_fonts=frozenset(f for fonts in tallies for f, t in fonts.items() if t.wrong),
    )


_PDF_DATE = re.compile(r"^(?:D:)?((?:19|20)\d\d)")


def _created_year(value: object) -> int | None:
    """``D:20260223080330Z`` → 2026; None when absent or malformed."""
    m = _PDF_DATE.match(value) if isinstance(value, str) else None
    return int(m.group(1)) if m else None


def unreadable_share(texts: Iterable[str]) -> float:
    """Share of the characters in ``texts`` that cannot be printed text (see _UNREADABLE).

    A "(cid:12)" placeholder counts with all its characters, so a page of them
    scores 1.0 like a page of private-use code points.
    """
    text = "".join(texts)
    if not text:
        return 0.0
    if "(cid:" in text:
        bad = sum(len(m) for m in re.findall(_UNREADABLE, text))
    else:  # no placeholder (most pages): every match is one character
        bad = len(_UNREADABLE_CHAR.findall(text))
    return bad / len(text)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


def _read_page(
    page: pymupdf.Page, number: int, settings: LoadSettings, withhold: frozenset[str] = frozenset()
) -> tuple[Page, dict[str, FontTally] | None]:
    """The page, and its fonts' tallies when it decodes to a wrong character
    (unreadable.page_fonts); the glyphs of the fonts ``withhold`` are withheld."""
    # The text page extracted directly: page.get_text("rawdict") builds the same
    # dict (the same call, checked over the samples) after reading the crop box
    # for the dict's page size, which nothing here uses (~80,000 instructions a page).
    raw = page.get_textpage(flags=_TEXT_FLAGS).extractRAWDICT()
    lines = [ln for block in raw["blocks"] for ln in block.get("lines", ())]
    rotation = page.rotation  # read once: each read is ~45,000 instructions of PyMuPDF
    matrix, turned = _frame(page, rotation, lines, settings)
    rect = page.rect if matrix is None else page.rect * page.derotation_matrix * matrix
    tol = settings.dedupe_tolerance
    kept, held = split_lines(lines, withhold) if withhold else (lines, [])
    runs = span_boxes(lines)  # sorted once: the dedupe's sweep and the lettering test
    chars, repeated, sizes = _chars(kept, matrix, tol)
    kept_runs = runs if kept is lines else span_boxes(kept)
    if tol > 0 and (repeated or _spans_overlap(kept, tol, kept_runs)):
        deduped = dedupe_chars(chars, tol, settings.dedupe_overlap)
        if len(deduped) < len(chars):  # the tally counted the repeats: count again
            sizes = Counter(ch.size for ch in deduped)
        chars = deduped
    withheld = _chars(held, matrix, tol)[0] if held else []
    # once a page: load's rules and layout's snap use it
    body = _most_common(sizes)
    segments, circles, checks = _drawings(page, matrix, settings, lines, body, runs)
    text = "".join([c.text for c in chars])
    share = unreadable_share((text,))
    if withheld:  # every withheld glyph is unreadable
        share = (share * len(text) + len(withheld)) / (len(text) + len(withheld))
    page_out = Page(
        number=number,
        width=rect.width,
        height=rect.height,
        chars=tuple(chars),
        segments=segments,
        circles=circles,
        checks=checks,
        rotation=rotation,
        turned=turned,
        unreadable=share,
        withheld=tuple(withheld),
        body=body,
    )
    return page_out, page_fonts(kept, text)


def _frame(
    page: pymupdf.Page, rotation: int, lines: Sequence[dict[str, Any]], settings: LoadSettings
) -> tuple[pymupdf.Matrix | None, int]:
    """The matrix from PyMuPDF's unrotated coordinates to the upright page
    (``rotation``: the page's ``/Rotate``).

    First the page's own ``/Rotate`` (as a viewer shows it); then, when most
    glyphs still run up or down the page as turned horizontal text (not
    vertical writing, whose glyphs stand upright), a further quarter-turn that
    lays them left to right: a landscape table printed sideways on a portrait
    page, or a page turned with ``/Rotate`` although its text was upright.
    Returns ``(None, 0)`` for the common unrotated page, so it costs nothing.
    """
    if rotation == 0 and all(abs(ln["dir"][1]) < _SIDEWAYS for ln in lines):
        return None, 0  # the common page: nothing turned, nothing sideways
    rot = page.rotation_matrix
    total = up = down = 0
    for line in lines:
        n = sum(len(span["chars"]) for span in line["spans"])
        total += n
        if line.get("wmode", 0):
            continue
        _, vy = _turn_vector(line["dir"], rot)
        if vy <= -_SIDEWAYS:
            up += n
        elif vy >= _SIDEWAYS:
            down += n
    shown = page.rect  # the page as shown, i.e. after /Rotate
    if up > settings.turn_share * total:  # reads bottom to top: turn clockwise
        return rot * pymupdf.Matrix(0, 1, -1, 0, shown.height, 0), 90
    if down > settings.turn_share * total:  # reads top to bottom: turn counter-clockwise
        return rot * pymupdf.Matrix(0, -1, 1, 0, 0, shown.width), 270
    return (None, 0) if rotation == 0 else (rot, 0)


def _turn_vector(d: Sequence[float], m: pymupdf.Matrix | None) -> tuple[float, float]:
    """A direction vector through the linear part of ``m``."""
    dx, dy = d[0], d[1]
    if m is None:
        return dx, dy
    return dx * m.a + dy * m.c, dx * m.b + dy * m.d


def _direction(d: Sequence[float], m: pymupdf.Matrix | None) -> Direction:
    dx, dy = _turn_vector(d, m)
    if abs(dy) <= abs(dx):
        return "ltr"
    return "ttb" if dy > 0 else "btt"


def _chars(
    lines: Iterable[dict[str, Any]], matrix: pymupdf.Matrix | None, tolerance: float
) -> tuple[list[Char], bool, dict[float, int]]:
    """The page's glyphs in drawing order, whether two glyphs in a row of one
    span repeat each other (overstruck in place: dedupe needed), and how many
    glyphs each size has, in the order the sizes first appear (a span's glyphs
    share its size: counted once a span, not a glyph; see :func:`body_size`).

    The hot loop of the load stage (every glyph of every page): one string
    comparison per glyph on the common path, and each Char built as
    geometry.GlyphSlots describes (its slots written on a bare instance, no
    constructor frame: half the cost of ``new_char``).
    """
    out: list[Char] = []
    append = out.append
    repeated = False
    sizes: dict[float, int] = {}
    bare, slots, frozen = object.__new__, GlyphSlots, Char
    for line in lines:
        direction = _direction(line["dir"], matrix)
        for span in line["spans"]:
            size = float(span["size"])
            before = len(out)
            superscript = bool(span["flags"] & _SUPERSCRIPT)
            prev_c, prev_box = "", (0.0, 0.0, 0.0, 0.0)
            for ch in span["chars"]:
                c = ch["c"]
                if not c or c.isspace():
                    continue
                box = ch["bbox"]
                if c == prev_c and _near(box, prev_box, tolerance):
                    repeated = True
                prev_c, prev_box = c, box
                g = bare(slots)
                if matrix is None:
                    g.x0, g.y0, g.x1, g.y1 = box
                    g.baseline = ch["origin"][1]
                else:
                    g.x0, g.y0, g.x1, g.y1 = pymupdf.Rect(box) * matrix
                    g.baseline = (pymupdf.Point(ch["origin"]) * matrix).y
                g.text = c
                g.size = size
                g.superscript = superscript
                g.direction = direction
                g.__class__ = frozen
                append(g)
            if len(out) > before:
                sizes[size] = sizes.get(size, 0) + len(out) - before
    return out, repeated, sizes


def _near(a: Sequence[float], b: Sequence[float], tolerance: float) -> bool:
    return abs(a[0] - b[0]) <= tolerance and abs(a[1] - b[1]) <= tolerance


def span_boxes(lines: Iterable[dict[str, Any]]) -> list[tuple[float, float, float, float]]:
    """The boxes of the lines' spans that hold glyphs, top first (stably)."""
    return sorted(
        (tuple(span["bbox"]) for line in lines for span in line["spans"] if span["chars"]),
        key=_TOP,
    )


def _spans_overlap(
    lines: Iterable[dict[str, Any]],
    tolerance: float,
    boxes: list[tuple[float, float, float, float]] | None = None,
) -> bool:
    """True when two spans lie over each other (same row, overlapping by more
    than ``tolerance`` across): the only way a glyph can be drawn twice in place
    across spans. Ordinary pages have none, so they skip the per-glyph dedupe.
    A sweep down the page compares each span only with those still in its rows.
    ``boxes``: the lines' :func:`span_boxes`, when the caller has them.
    """
    if boxes is None:
        boxes = span_boxes(lines)
    active: list[tuple[float, float, float, float]] = []
    for box in boxes:
        x0, y0, x1, y1 = box
        active = [a for a in active if a[3] > y0]
        for a0, a1, a2, a3 in active:
            # Spans side by side on a row (the common pair) fail the first test;
            # min(a, b) / max(a, b) spelt out with their own rule (b only when
            # strictly smaller / larger). Boxes are sorted by y0: y0 is the larger top.
            if (x1 if x1 < a2 else a2) - (x0 if x0 > a0 else a0) > tolerance and (
                y1 if y1 < a3 else a3
            ) - y0 >= _HALF * min(a3 - a1, y1 - y0):
                return True
        active.append(box)
    return False


_TOP = itemgetter(1)


def dedupe_chars(chars: Iterable[Char], tolerance: float, overlap: float) -> list[Char]:
    """Drop a glyph drawn again over itself; the first drawing is kept.

    Producers fake bold type and shadows by drawing the same text several
    times a fraction of a point apart; read naively each glyph comes out four
    times (``現現現現状状状状``). A glyph is a repeat when an earlier glyph has
    the same text and size, its top-left corner lies within ``tolerance`` in
    both directions, and the two overlap by at least ``overlap`` of the width
    (so dot leaders set closer than the tolerance are not merged).

    Glyphs are bucketed on a grid of twice the tolerance: a repeat can then only
    sit in the glyph's own bucket or the neighbours on the near side of each
    axis, four lookups in all. This runs on every glyph of every page, so the
    no-repeat path is kept to those four dictionary lookups.
    """
    chars = list(chars)
    if tolerance <= 0:
        return chars
    inv = 1.0 / (2 * tolerance)
    seen: dict[tuple[str, int, int], list[Char]] = {}
    get = seen.get
    out: list[Char] = []
    for ch in chars:
        fx, fy = ch.x0 * inv, ch.y0 * inv
        gx, gy = math.floor(fx), math.floor(fy)
        nx = gx - 1 if fx - gx < _HALF else gx + 1
        ny = gy - 1 if fy - gy < _HALF else gy + 1
        t = ch.text
        near = (get((t, gx, gy)), get((t, nx, gy)), get((t, gx, ny)), get((t, nx, ny)))
        if near != _NONE4 and any(
            _repeats(ch, other, tolerance, overlap) for group in near if group for other in group
        ):
            continue
        own = near[0]
        if own is None:
            seen[(t, gx, gy)] = [ch]
        else:
            own.append(ch)
        out.append(ch)
    return out


_HALF = 0.5
_NONE4 = (None, None, None, None)


def _repeats(ch: Char, other: Char, tolerance: float, overlap: float) -> bool:
    dx = abs(ch.x0 - other.x0)
    dy = abs(ch.y0 - other.y0)
    width = min(ch.x1 - ch.x0, other.x1 - other.x0)
    return (
        dx <= tolerance
        and dy <= tolerance
        and dx <= (1 - overlap) * width
        and abs(ch.size - other.size) <= tolerance
    )


Corners = tuple[float, float, float, float]


class Lettering:
    """The boxes of a page's runs of text (PyMuPDF's spans, in its own unrotated
    coordinates, as the drawings are), to tell a path drawn inside one of them.

    Producers draw over their text: fake bold is the glyphs stroked on top of
    themselves, and a re-writer (cairo, a print driver) may emit each stroked
    run's glyph outlines as paths. Read as rulings, their many short straight
    pieces cut a table's grid apart, so a sheet whose title is bold can lose
    every table. A table's ruling is never inside one run of text: it runs
    along, between or across text, longer than the run's own box.
    """

    __slots__ = ("_boxes", "_reach", "_tol", "_tops", "_widest")

    def __init__(
        self,
        lines: Iterable[dict[str, Any]],
        settings: LoadSettings,
        boxes: list[tuple[float, float, float, float]] | None = None,
    ) -> None:
        if boxes is None:  # the lines' span_boxes, unless the caller has them
            boxes = span_boxes(lines)
        self._boxes: list[tuple[float, float, float, float]] = boxes
        self._tops = [b[1] for b in boxes]
        self._reach = max((b[3] - b[1] for b in boxes), default=0.0)  # the tallest run
        self._widest = max((b[2] - b[0] for b in boxes), default=0.0)
        self._tol = settings.lettering_tolerance

    def covers(self, rect: Sequence[float]) -> bool:
        """True when ``rect`` (x0, y0, x1, y1) lies inside one run's box, within the
        tolerance: only runs whose top is at most the tallest run's height above it
        can hold it, found by bisection on the sorted tops."""
        x0, y0, x1, y1 = rect
        tol = self._tol
        if y1 - y0 > self._reach + 2 * tol or x1 - x0 > self._widest + 2 * tol:
            return False  # a table's rules: taller or wider than any run (most paths)
        boxes = self._boxes
        hi = bisect_right(self._tops, y0 + tol)
        lo = bisect_left(self._tops, y0 - self._reach - tol, 0, hi)
        for i in range(lo, hi):
            b0, b1, b2, b3 = boxes[i]
            if b0 - tol <= x0 and x1 <= b2 + tol and b1 - tol <= y0 and y1 <= b3 + tol:
                return True
        return False


def _drawings(
    page: pymupdf.Page,
    matrix: pymupdf.Matrix | None,
    settings: LoadSettings,
    lines: Sequence[dict[str, Any]] = (),
    body: float = 0.0,
    runs: list[tuple[float, float, float, float]] | None = None,
) -> tuple[tuple[Segment, ...], tuple[BBox, ...], tuple[BBox, ...]]:
    """The page's rulings, the small closed curves drawn around words, and the
    check marks drawn as strokes; paths inside the boxes of the text ``lines``
    (:class:`Lettering`) give no rulings. Filled boxes thicker than a thin rule
    are rulings only where they join the others (:func:`joined_thick`), measured
    against the page's ``body`` text size (:func:`body_size`).

    Read from ``get_cdrawings`` (plain tuples): ``get_drawings`` only wraps the
    same numbers in Point/Rect objects, which cost more than reading them; the
    wrapping is done here only where a turned page needs the matrix.
    """
    paths = page.get_cdrawings()
    if paths and lines:
        lettering = Lettering(lines, settings, runs)
        rules = [p for p in paths if not lettering.covers(p["rect"])]
    else:
        rules = paths
    thick: list[Corners] = []
    segments = list(_segments(rules, matrix, settings, thick))
    if thick:
        tiled = gutter_rulings(thick, body, settings)
        segments += joined_thick(thick, segments, body, settings)
        segments += tiled
    return (
        tuple(segments),
        (*_circles(paths, matrix, settings), *singled_out_fills(paths, matrix, settings)),
        tuple(_checks(paths, matrix, settings, body)),
    )


def _turned(rect: pymupdf.Rect | Sequence[float], matrix: pymupdf.Matrix | None) -> Corners:
    """A rectangle's corners (x0, y0, x1, y1), through ``matrix`` when there is one."""
    if matrix is None:
        x0, y0, x1, y1 = rect
        return x0, y0, x1, y1
    r = pymupdf.Rect(rect) * matrix
    return r.x0, r.y0, r.x1, r.y1


def _circles(
    paths: list[dict[str, Any]], matrix: pymupdf.Matrix | None, settings: LoadSettings
) -> Iterator[BBox]:
    """Stroked paths made only of curves (an ellipse is four Béziers), word-sized."""
    for path in paths:
        items = path["items"]
        if len(items) < settings.circle_min_curves or any(it[0] != "c" for it in items):
            continue
        if path.get("color") is None:
            continue
        x0, y0, x1, y1 = _turned(path["rect"], matrix)
        width, height = max(0, x1 - x0), max(0, y1 - y0)  # as pymupdf.Rect measures
        if settings.circle_min <= min(width, height) and max(width, height) <= settings.circle_max:
            yield BBox(x0, y0, x1, y1)


def _checks(
    paths: list[dict[str, Any]],
    matrix: pymupdf.Matrix | None,
    settings: LoadSettings,
    body: float = 0.0,
) -> Iterator[BBox]:
    """Check marks drawn as two short slanted strokes meeting at their lowest point
    (a ✓ drawn, not printed): the box of the pair. A stroke within ``axis_tolerance``
    of an axis is a ruling, and ends within ``check_join`` meet, both at most
    ``check_em`` of the page's ``body`` size (0: no text, the points alone), so a
    ✓ printed reduced is measured as drawn."""
    axis, tol = settings.axis_tolerance, settings.check_join
    if body > 0:
        axis = min(axis, settings.check_em * body)
        tol = min(tol, settings.check_em * body)
    strokes: list[tuple[float, float, float, float]] = []
    for path in paths:
        if path.get("color") is None or "s" not in path.get("type", ""):
            continue
        for item in path["items"]:
            if item[0] != "l":
                continue
            p, q = item[1], item[2]
            if matrix is not None:
                p, q = pymupdf.Point(p) * matrix, pymupdf.Point(q) * matrix
            seg = new_segment(p[0], p[1], q[0], q[1])
            if _axis_aligned(seg, axis):
                continue
            if max(abs(p[0] - q[0]), abs(p[1] - q[1])) <= settings.check_max:
                strokes.append((p[0], p[1], q[0], q[1]))
    # strokes by the cells (of side tol) of their ends: a pair shares an end, so a
    # chart's many slanted lines are not compared with each other pairwise
    ends: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, (x0, y0, x1, y1) in enumerate(strokes):
        for x, y in ((x0, y0), (x1, y1)):
            ends[(int(x // tol), int(y // tol))].append(i)
    seen: set[tuple[int, int]] = set()
    for (cx, cy), here in ends.items():
        near = {
            j for dx in (-1, 0, 1) for dy in (-1, 0, 1) for j in ends.get((cx + dx, cy + dy), ())
        }
        for i in here:
            for j in near:
                if i == j or (min(i, j), max(i, j)) in seen:
                    continue
                seen.add((min(i, j), max(i, j)))
                check = _check_of(strokes[i], strokes[j], tol)
                if check is not None:
                    yield check


def _check_of(
    a: tuple[float, float, float, float], b: tuple[float, float, float, float], tol: float
) -> BBox | None:
    """The box of two strokes forming a ✓: joined at the bottom of the V, one
    stroke coming down from the left and one from the right."""
    joint = _joint(a, b, tol)
    if joint is None:
        return None
    xs, ys = (a[0], a[2], b[0], b[2]), (a[1], a[3], b[1], b[3])
    others = [(x, y) for x, y in zip(xs, ys, strict=True) if abs(x - joint[0]) > tol]
    if (
        len(others) == 2
        and min(o[0] for o in others) < joint[0] < max(o[0] for o in others)
        and all(o[1] < joint[1] for o in others)
    ):
        return BBox(min(xs), min(ys), max(xs), max(ys))
    return None


def _joint(
    a: tuple[float, float, float, float], b: tuple[float, float, float, float], tol: float
) -> tuple[float, float] | None:
    """The end two strokes share (within ``tol``), if any."""
    for pa in ((a[0], a[1]), (a[2], a[3])):
        for pb in ((b[0], b[1]), (b[2], b[3])):
            if abs(pa[0] - pb[0]) <= tol and abs(pa[1] - pb[1]) <= tol:
                return pa
    return None


def _segments(
    paths: list[dict[str, Any]],
    matrix: pymupdf.Matrix | None,
    settings: LoadSettings,
    thick: list[Corners] | None = None,
) -> Iterator[Segment]:
    """Turn drawn lines and rectangle edges into axis-aligned rulings; filled
    boxes thicker than ``thin_rule`` on both sides are appended to ``thick``."""
    for path in paths:
        stroked = path.get("color") is not None and "s" in path.get("type", "")
        for item in path["items"]:
            kind = item[0]
            if kind == "l":
                p, q = item[1], item[2]
                if matrix is not None:
                    p, q = pymupdf.Point(p) * matrix, pymupdf.Point(q) * matrix
                seg = new_segment(p[0], p[1], q[0], q[1])
                if _axis_aligned(seg, settings.axis_tolerance):
                    yield seg
            elif kind == "re":
                x0, y0, x1, y1 = item[1]
                # pymupdf.Rect.normalize: corners swapped into order.
                if x1 < x0:
                    x0, x1 = x1, x0
                if y1 < y0:
                    y0, y1 = y1, y0
                yield from _rect_edges(
                    _turned((x0, y0, x1, y1), matrix), stroked, settings.thin_rule, thick
                )
            elif kind == "qu":
                yield from _rect_edges(
                    _turned(pymupdf.Quad(item[1]).rect, matrix), stroked, settings.thin_rule, thick
                )


def _axis_aligned(seg: Segment, tol: float) -> bool:
    return abs(seg.x0 - seg.x1) <= tol or abs(seg.y0 - seg.y1) <= tol


def _rect_edges(
    r: Corners, stroked: bool, thin: float, thick: list[Corners] | None = None
) -> Iterator[Segment]:
    x0, y0, x1, y1 = r
    width, height = max(0, x1 - x0), max(0, y1 - y0)  # as pymupdf.Rect measures
    if width <= thin and height > thin:
        x = (x0 + x1) / 2
        yield new_segment(x, y0, x, y1)
    elif height <= thin and width > thin:
        y = (y0 + y1) / 2
        yield new_segment(x0, y, x1, y)
    elif width > thin and height > thin:
        if stroked:
            yield new_segment(x0, y0, x1, y0)
            yield new_segment(x0, y1, x1, y1)
            yield new_segment(x0, y0, x0, y1)
            yield new_segment(x1, y0, x1, y1)
        elif thick is not None:
            thick.append(r)


def body_size(chars: Iterable[Char]) -> float:
    """The size most of the page's glyphs are printed at (0 without glyphs)."""
    return _most_common(Counter(ch.size for ch in chars))


def _most_common(sizes: Mapping[float, int]) -> float:
    """The size with the most glyphs, the first to appear of those tied (as
    ``Counter.most_common`` picks it); 0 without glyphs."""
    best, most = 0.0, 0
    for size, count in sizes.items():
        if count > most:
            best, most = size, count
    return best


def joined_thick(
    boxes: Sequence[Corners], rulings: Sequence[Segment], body: float, settings: LoadSettings
) -> list[Segment]:
    """The centre lines of the filled ``boxes`` that are thick rules of the grid.

    A box is one when its short side is at most ``thick_rule_em`` of the ``body``
    size, its long side longer than that, and a ruling across it (one of
    ``rulings``, or a box accepted before) ends at it or crosses it within
    ``rule_join``: a sheet's frame drawn thick, or any frame printed enlarged
    past ``thin_rule``. A bar standing alone (under a heading, a chart's bar)
    is not.
    """
    limit = settings.thick_rule_em * body
    todo: list[tuple[Segment, float]] = []  # centre line, half the thickness
    for x0, y0, x1, y1 in boxes:
        if x1 - x0 <= limit < y1 - y0:
            x = (x0 + x1) / 2
            todo.append((new_segment(x, y0, x, y1), (x1 - x0) / 2))
        elif y1 - y0 <= limit < x1 - x0:
            y = (y0 + y1) / 2
            todo.append((new_segment(x0, y, x1, y), (y1 - y0) / 2))
    across = list(rulings)
    accepted: list[Segment] = []
    while todo:
        joined = [
            (s, h) for s, h in todo if any(_joins(s, h, r, settings.rule_join) for r in across)
        ]
        if not joined:
            break
        accepted += [s for s, _ in joined]
        across += [s for s, _ in joined]
        todo = [t for t in todo if t not in joined]
    return accepted


def _joins(rule: Segment, half: float, other: Segment, tol: float) -> bool:
    """True when ``other`` runs across ``rule`` (a centre line ``half`` its thickness
    either side) and ends at it or crosses it, within ``tol``."""
    if rule.orientation == other.orientation:
        return False
    if rule.orientation == "h":
        lo, hi = sorted((other.y0, other.y1))
        return (
            rule.x0 - tol <= other.x0 <= rule.x1 + tol
            and lo <= rule.y0 + half + tol
            and hi >= rule.y0 - half - tol
        )
    lo, hi = sorted((other.x0, other.x1))
    return (
        rule.y0 - tol <= other.y0 <= rule.y1 + tol
        and lo <= rule.x0 + half + tol
        and hi >= rule.x0 - half - tol
    )
