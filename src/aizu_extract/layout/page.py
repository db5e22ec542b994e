"""Page layout: every piece of text on a page as a :class:`TextBox`.

A box is either the content of a ruled cell (``cell`` set) or, outside ruled
tables, a run of a text line (split at wide gaps and at vertical rules).
Parsers only see boxes with coordinates and find what they need by printed
labels and geometry, so ruled and unruled layouts read the same way.

Every box carries one normalised ``key`` (NFKC, radicals folded, no
whitespace) used alike by detectors and lookups, and a ``furniture`` flag for
running headers/footers and page folios: they stay in the boxes (nothing is
lost) but are left out of :attr:`DocumentLayout.text_key` (bar one copy of
each running line).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter

from ..geometry import BBox, Char, thawed, union_all
from ..load import LoadedDocument, Page, body_size, collector_paused
from ..normalize.text import compact
from ..settings import DEFAULT, LayoutSettings
from .columns import ColumnBlock, column_blocks, column_of
from .grid import Table, split_rulings, tables_of_rulings
from .textlines import TextLine, group_lines, is_label_glyph, split_runs, stack_lines

# A section folio "2-5", "3-2-1" (chapter or 政策-施策, then the page): a folio only
# in the page margin (in the body it may be a code).
_SECTION = r"\d{1,3}(?:[-‐‒–—―−]\d{1,3}){0,2}[-‐‒–—―−]\d{1,4}"
SECTION_FOLIO = re.compile(f"^{_SECTION}$")
# A page folio as its key reads (NFKC, no spaces): "4", "- 4 -", "－4－", "4/26",
# "p.4", "4頁", and a section folio.
_FOLIO = re.compile(
    r"^(?:[-‐‒–—―−ー~〜]?\d{1,4}[-‐‒–—―−ー~〜]?|\d{1,4}/\d{1,4}|[pP]\.?\d{1,4}|\d{1,4}頁"
    f"|{_SECTION})$"
)


@dataclass(frozen=True, slots=True)
class TextBox:
    """Text of one cell or one free-standing run, with its page and position."""

    page: int
    bbox: BBox
    lines: tuple[TextLine, ...]
    table: int | None = None  # index into PageLayout.tables when from a ruled cell
    # A running header/footer or folio: kept, but not part of the document's text.
    furniture: bool = False
    # The text as read, lines joined with newlines (footnote marks dropped), and
    # the one normalised key (normalize.text.compact: NFKC, CJK radicals folded,
    # no whitespace or newlines) that detection and label lookups both compare.
    # Computed once: parsers and detectors read them for every box.
    raw: str = field(init=False, compare=False)
    key: str = field(init=False, compare=False)
    # Each line's text: asked ~3 times per box (accounting, printed numbers, the
    # parsers' cells), so made once with the box rather than per question.
    line_texts: tuple[str, ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        texts = tuple([line.text for line in self.lines])  # a list builds faster
        object.__setattr__(self, "line_texts", texts)
        raw = "\n".join(texts)
        object.__setattr__(self, "raw", raw)
        object.__setattr__(self, "key", compact(raw))

    @property
    def footnote_marks(self) -> str:
        return "".join(m.text for line in self.lines for m in line.footnote_marks)

    @property
    def vertical(self) -> bool:
        """True when the box's text runs down the page (a vertical label)."""
        return any(line.vertical for line in self.lines)


_BoxSlots = thawed(TextBox)
_bare = object.__new__


def new_box(page: int, bbox: BBox, lines: tuple[TextLine, ...], table: int | None) -> TextBox:
    """``TextBox(page, bbox, lines, table)`` for the hot paths (every box of every
    page; geometry.thawed): ``line_texts``, ``raw`` and ``key`` computed as
    ``__post_init__`` does."""
    b = _bare(_BoxSlots)
    b.page = page
    b.bbox = bbox
    b.lines = lines
    b.table = table
    b.furniture = False
    b.line_texts = texts = tuple([line.text for line in lines])
    b.raw = raw = "\n".join(texts)
    b.key = compact(raw)
    b.__class__ = TextBox
    return b  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True, eq=False)
class PageLayout:
    number: int
    width: float
    height: float
    tables: tuple[Table, ...]
    boxes: tuple[TextBox, ...]  # reading order: top to bottom, left to right
    empty_cells: tuple[TextBox, ...]  # ruled cells with no text (blank values)
    circles: tuple[BBox, ...] = ()  # closed curves drawn around words (marked options)
    checks: tuple[BBox, ...] = ()  # check marks drawn as strokes (marked options)
    # Runs of the glyphs the loader withheld (fonts decoding to wrong characters):
    # no parser reads them; the accounting makes their numbers unreadable_text.
    withheld: tuple[TextBox, ...] = ()
    # Blocks of the page set in newspaper columns (layout/columns.py), read left
    # column first by the readers that walk lines; () for a page read whole.
    columns: tuple[ColumnBlock, ...] = ()
    # The page's ruled tables as grids (layout.table.grids_of), built once for the
    # parsers and the accounting alike; not an init field, so a page made by
    # ``replace`` (furniture flagged) starts with its own empty cache.
    grid_cache: list[object] = field(default_factory=list, init=False, compare=False, repr=False)

    @property
    def furniture(self) -> tuple[TextBox, ...]:
        """The page's running headers/footers and folios (also in ``boxes``)."""
        return tuple(b for b in self.boxes if b.furniture)


def _ruled(settings: LayoutSettings, page: Page) -> LayoutSettings:
    """``settings`` for the page's rulings: snap_tolerance at most snap_em of the
    page's body size (a page printed reduced; a page without text keeps it). The
    loader measured it; a page built otherwise (tests) is measured here."""
    snap = settings.snap_em * (page.body or body_size(page.chars))
    if 0 < snap < settings.snap_tolerance:
        return replace(settings, snap_tolerance=snap)
    return settings


def build_page_layout(page: Page, settings: LayoutSettings = DEFAULT.layout) -> PageLayout:
    # The rulings are read once: the vertical ones also cut the loose text's runs.
    across, down = split_rulings(page.segments)
    tables = tables_of_rulings(across, down, _ruled(settings, page))
    in_cell, loose = _assign(page.chars, tables)
    boxes: list[TextBox] = []
    empties: list[TextBox] = []
    for t_index, (table, held) in enumerate(zip(tables, in_cell, strict=True)):
        for cell, chars in zip(table.cells, held, strict=True):
            if chars:
                lines = stack_lines(group_lines(chars, settings), settings)
                boxes.append(new_box(page.number, cell.bbox, tuple(lines), t_index))
            else:
                empties.append(new_box(page.number, cell.bbox, (), t_index))
    cells = len(boxes)
    for run in stack_lines(_loose_runs(loose, down, settings), settings):
        boxes.append(new_box(page.number, run.bbox, (run,), None))
    columns = column_blocks(boxes, tables, settings)
    if columns:  # lines made again column by column: none runs across a gutter
        del boxes[cells:]
        for run in stack_lines(_column_runs(loose, down, columns, settings), settings):
            boxes.append(new_box(page.number, run.bbox, (run,), None))
    boxes.sort(key=reading_key)
    withheld = ()
    if page.withheld:
        runs = stack_lines(_loose_runs(list(page.withheld), down, settings), settings)
        withheld = tuple(new_box(page.number, run.bbox, (run,), None) for run in runs)
    return PageLayout(
        page.number,
        page.width,
        page.height,
        tuple(tables),
        tuple(boxes),
        tuple(empties),
        page.circles,
        page.checks,
        withheld,
        columns,
    )


def _column_runs(
    chars: list[Char],
    rules: Sequence[tuple[float, float, float]],
    columns: tuple[ColumnBlock, ...],
    settings: LayoutSettings,
) -> list[TextLine]:
    """:func:`_loose_runs` of the glyphs of each column apart, and of those outside
    the blocks of columns together."""
    groups: dict[tuple[int, int] | None, list[Char]] = {}
    for ch in chars:
        where = column_of(columns, (ch.x0 + ch.x1) / 2, (ch.y0 + ch.y1) / 2)
        groups.setdefault(where, []).append(ch)
    return [run for group in groups.values() for run in _loose_runs(group, rules, settings)]


def reading_key(box: TextBox) -> tuple[float, float]:
    """A page's reading order: ``(round(top, 0), left)``.

    For a finite top, ``round(top)`` is the same whole number (the nearest,
    ties to even) at a fifth of the cost, and sorts as it does; an infinite or
    NaN top, which ``round`` cannot make whole, is its own rounding, as with
    ``round(top, 0)``.
    """
    y0 = box.bbox.y0
    return (round(y0) if y0 - y0 == 0 else y0, box.bbox.x0)


def _loose_runs(
    chars: list[Char], rules: Sequence[tuple[float, float, float]], settings: LayoutSettings
) -> list[TextLine]:
    """Runs of the text outside ruled tables.

    Lines are cut at wide gaps and rules first; only a line whose cut left two
    single-letter runs side by side can hold a spread label, and only those are
    cut again with the starts of nearby lines' runs as column evidence (see
    textlines._spread_groups), so ordinary pages pay for one cut per line.
    """
    lines = group_lines(chars, settings)
    crossing = _RulesAcross(rules)
    cuts: list[tuple[TextLine, list[float], list[TextLine]]] = []
    for line in lines:
        xs = crossing.at(line.bbox.cy)
        cuts.append((line, xs, split_runs(line, xs, settings, spread=False)))
    out: list[TextLine] = []
    for i, (line, xs, runs) in enumerate(cuts):
        if _has_letter_pair(runs):
            starts = _column_starts(cuts, i, settings)
            out.extend(split_runs(line, xs, settings, column_starts=starts))
        else:
            out.extend(runs)
    return out


class _RulesAcross:
    """The x of every vertical rule whose span holds a height (``y0 <= y <= y1``).

    Each loose line asks it once: instead of testing every rule of the page, only
    the rules starting at or above the height (a prefix by start) or those ending
    at or below it (a suffix by end), whichever is fewer, are tested. The rules
    come out in another order than the page's, which is all one to
    :func:`split_runs` (it sorts them); a rule with a NaN end holds no height
    and is left out, as the test would leave it.
    """

    __slots__ = ("by_end", "by_start", "ends", "starts")

    def __init__(self, rules: Sequence[tuple[float, float, float]]) -> None:
        held = [r for r in rules if r[1] == r[1] and r[2] == r[2]]
        self.by_start = sorted(held, key=itemgetter(1))
        self.starts = [r[1] for r in self.by_start]
        self.by_end = sorted(held, key=itemgetter(2))
        self.ends = [r[2] for r in self.by_end]

    def at(self, y: float) -> list[float]:
        above = bisect.bisect_right(self.starts, y)  # rules[:above] start by y
        below = bisect.bisect_left(self.ends, y)  # rules[below:] end at or after y
        if above <= len(self.ends) - below:
            return [x for x, _, y1 in self.by_start[:above] if y <= y1]
        return [x for x, y0, _ in self.by_end[below:] if y0 <= y]


def _single_letter(run: TextLine) -> bool:
    return len(run.chars) == 1 and is_label_glyph(run.chars[0].text)


def _has_letter_pair(runs: Sequence[TextLine]) -> bool:
    return any(_single_letter(a) and _single_letter(b) for a, b in itertools.pairwise(runs))


def _column_starts(
    cuts: Sequence[tuple[TextLine, list[float], list[TextLine]]],
    i: int,
    settings: LayoutSettings,
) -> list[float]:
    """Where runs that are not single letters begin on lines near line ``i``."""
    line = cuts[i][0]
    reach = settings.distributed_context_em * line.size
    starts: list[float] = []
    for j, (other, _, runs) in enumerate(cuts):
        if j != i and abs(other.bbox.cy - line.bbox.cy) <= reach:
            starts.extend(r.bbox.x0 for r in runs if not _single_letter(r))
    return starts


def _assign(
    chars: Sequence[Char], tables: Sequence[Table]
) -> tuple[list[list[list[Char]]], list[Char]]:
    """Each glyph to the cell holding its centre (as :meth:`Table.cell_at` finds
    it, in the first table that has one there), per table and cell; and the
    glyphs in no cell.

    It runs for every glyph of the page: each table's bounds and index are bound
    once, the tables spanning a glyph's height (with the row it falls in) are
    found once per height, which the glyphs of a span share, and a glyph at the
    height of the one before, in the column it found in the first of those
    tables (or at a height no table spans), is in the same cell (or loose)
    without a lookup.

    A glyph's centre is compared as the sum of its corners with every bound
    doubled (halving and doubling a page coordinate are exact: the same
    comparisons, no division per glyph).
    """
    held: list[list[list[Char]]] = [[[] for _ in t.cells] for t in tables]
    if not tables:
        return held, list(chars)
    loose: list[Char] = []
    frames = [
        (
            2 * t.bbox.x0,
            2 * t.bbox.y0,
            2 * t.bbox.x1,
            2 * t.bbox.y1,
            [2 * x for x in t.xs],
            [2 * y for y in t.ys],
            t._slots,
            cells,
        )
        for t, cells in zip(tables, held, strict=True)
    ]
    right = bisect.bisect_right
    last_y = lo = hi = math.nan
    rows: list[tuple[float, float, list[float], dict[tuple[int, int], int], int, list]] = []
    here: list[Char] = loose
    for ch in chars:
        x, y = ch.x0 + ch.x1, ch.y0 + ch.y1  # twice the centre
        if y != last_y:  # a new height: the tables across it, and its row in each
            rows = [
                (x0, x1, xs, slots, right(ys, y) - 1, cells)
                for x0, y0, x1, y1, xs, ys, slots, cells in frames
                if y0 <= y <= y1
            ]
            last_y = y
            if not rows:  # no table at this height: its glyphs are loose, no lookup
                here, lo, hi = loose, -math.inf, math.inf
                loose.append(ch)
                continue
        elif lo <= x < hi:  # the column of the glyph before, in the first table here
            here.append(ch)
            continue
        lo = hi = math.nan
        for k, (x0, x1, xs, slots, row, cells) in enumerate(rows):
            if x0 <= x <= x1:
                col = right(xs, x) - 1
                c_index = slots.get((row, col))
                if c_index is not None:
                    here = cells[c_index]
                    here.append(ch)
                    if k == 0 and col + 1 < len(xs):  # no table before it to try first
                        lo, hi = max(xs[col], x0), min(xs[col + 1], x1)
                    break
        else:
            loose.append(ch)
    return held, loose


@dataclass(frozen=True, slots=True, eq=False)
class DocumentLayout:
    """All pages' boxes; cards and tables may continue across page breaks."""

    pages: tuple[PageLayout, ...]
    # The file's creation year (PDF metadata), for years printed without an era.
    created_year: int | None = None
    # Every box's key in reading order, joined: what detectors search for labels.
    # Furniture is left out, except the first copy of each running header/footer
    # line (it often is the only place the form's title or the city is printed:
    # losing it would lose the document type); folios never count.
    text_key: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text_key", joined_key((b.key, b.furniture) for b in self.boxes()))

    def boxes(self) -> Iterator[TextBox]:
        for page in self.pages:
            yield from page.boxes

    def content_boxes(self) -> Iterator[TextBox]:
        """Every box except page furniture, in reading order."""
        return (b for b in self.boxes() if not b.furniture)

    def furniture(self) -> list[TextBox]:
        """Running headers/footers and folios of every page."""
        return [b for b in self.boxes() if b.furniture]

    def find(self, predicate: Callable[[TextBox], bool]) -> list[TextBox]:
        return [b for b in self.boxes() if predicate(b)]

    def page(self, number: int) -> PageLayout:
        """Page ``number`` of the document (a layout may begin after page 1: a piece)."""
        return self.pages[number - self.pages[0].number]

    def full_text(self) -> str:
        return "\n".join(b.raw for b in self.boxes())


def joined_key(boxes: Iterable[tuple[str, bool]]) -> str:
    """:attr:`DocumentLayout.text_key` of boxes given as (key, is furniture), in order."""
    seen: set[str] = set()
    keys: list[str] = []
    for key, furniture in boxes:
        if furniture:
            if key in seen or _FOLIO.match(key):
                continue
            seen.add(key)
        keys.append(key)
    return "".join(keys)


def build_document_layout(
    doc: LoadedDocument, settings: LayoutSettings = DEFAULT.layout
) -> DocumentLayout:
    with collector_paused(settings.pause_collector):
        pages = [build_page_layout(p, settings) for p in doc.pages]
        flagged = find_furniture(pages, settings)
        if flagged:
            pages = [_flag(page, flagged) for page in pages]
        return DocumentLayout(tuple(pages), created_year=doc.created_year)


@dataclass(frozen=True, slots=True)
class MarginLine:
    """A box outside ruled tables in a page's top or bottom band: what furniture is
    decided from (small enough for a piece of a split document to hand over)."""

    page: int
    y0: float
    key: str


def margin_boxes(
    pages: Sequence[PageLayout], settings: LayoutSettings = DEFAULT.layout
) -> list[tuple[MarginLine, TextBox]]:
    """Every furniture candidate of ``pages`` in reading order, with its box."""
    out: list[tuple[MarginLine, TextBox]] = []
    for page in pages:
        top = settings.furniture_margin * page.height
        bottom = page.height - top
        for b in page.boxes:
            if b.table is None and (b.bbox.y1 <= top or b.bbox.y0 >= bottom):
                out.append((MarginLine(b.page, b.bbox.y0, b.key), b))
    return out


def furniture_lines(
    lines: Sequence[MarginLine], page_count: int, settings: LayoutSettings = DEFAULT.layout
) -> set[int]:
    """Indexes (into ``lines``) of the candidates that are page furniture.

    A folio (``4``, ``- 4 -``, ``4 / 26``, ``p.4``), or a line whose key is
    printed at the same height (``running_dy``) on at least ``running_share``
    of the ``page_count`` pages (and two): the running header/footer. Lines
    repeated in the body (a table header continued on each page) stay content.
    """
    out = {i for i, line in enumerate(lines) if _FOLIO.match(line.key)}
    need = max(2, settings.running_share * page_count)
    if page_count < 2:
        return out
    by_key: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if i not in out and line.key:
            by_key.setdefault(line.key, []).append(i)
    for group in by_key.values():
        if len({lines[i].page for i in group}) >= need:
            out.update(_running(lines, group, need, settings.running_dy))
    return out


def _running(lines: Sequence[MarginLine], group: list[int], need: float, dy: float) -> list[int]:
    """The lines of ``group`` (one key) that have lines within ``dy`` of their height
    on ``need`` pages or more, themselves included.

    One pass over the group sorted by height with a window of the lines within
    ``dy`` of the current one, and the number of lines per page in it: a running
    header of a 500-page book is 500 lines of one key, and comparing each with
    every other was a quarter of a million comparisons per key.
    """
    order = sorted(group, key=lambda i: lines[i].y0)
    ys = [lines[i].y0 for i in order]
    pages = [lines[i].page for i in order]
    per_page: dict[int, int] = {}
    lo = hi = 0
    out: list[int] = []
    for k, y0 in enumerate(ys):
        while hi < len(ys) and ys[hi] - y0 <= dy:
            per_page[pages[hi]] = per_page.get(pages[hi], 0) + 1
            hi += 1
        while y0 - ys[lo] > dy:
            left = per_page[pages[lo]] - 1
            if left:
                per_page[pages[lo]] = left
            else:
                del per_page[pages[lo]]
            lo += 1
        if len(per_page) >= need:
            out.append(order[k])
    return out


def find_furniture(
    pages: Sequence[PageLayout], settings: LayoutSettings = DEFAULT.layout
) -> set[int]:
    """``id`` of every box that is page furniture (see :func:`furniture_lines`).

    Only boxes outside ruled tables, in the top or bottom ``furniture_margin``
    of the page, qualify.
    """
    margin = margin_boxes(pages, settings)
    flagged = furniture_lines([line for line, _ in margin], len(pages), settings)
    return {id(margin[i][1]) for i in flagged}


def _flag(page: PageLayout, flagged: set[int]) -> PageLayout:
    if not any(id(b) in flagged for b in page.boxes):
        return page
    boxes = tuple(replace(b, furniture=True) if id(b) in flagged else b for b in page.boxes)
    return replace(page, boxes=boxes)


def boxes_bbox(boxes: Iterable[TextBox]) -> BBox:
    return union_all([b.bbox for b in boxes])
