"""Group glyphs into text lines and split lines into runs at gaps and rules.

Exported PDFs emit a cell's text as one run, several runs, or one run per
glyph; grouping by geometry instead of trusting the producer's runs makes all
of them look the same to the parsers. Text that runs down the page (vertical
writing, labels turned sideways, one glyph per line stacked in a narrow cell)
becomes one *vertical* line read top to bottom.
"""

from __future__ import annotations

import bisect
import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from ..geometry import BBox, Char, glyphs_bbox, new_bbox, thawed
from ..settings import DEFAULT, LayoutSettings

# Within a line, a glyph more than this share of the line size smaller and raised
# by this share of the size is a footnote mark (kept apart from the text).
_MARK_SIZE = 0.85
_MARK_RAISE = 0.2
_BODY_SIZE = 0.9  # glyphs at least this share of the size set the baseline
# A glyph is compared with this many of the lines above it (the nearest last).
_RECENT_LINES = 3


@dataclass(frozen=True, slots=True)
class TextLine:
    """Glyphs sharing a baseline, left to right; superscripts kept apart.

    A ``vertical`` line is a column: its glyphs are in reading order, top to
    bottom (bottom to top for text turned counter-clockwise).
    """

    chars: tuple[Char, ...]
    bbox: BBox
    size: float
    footnote_marks: tuple[Char, ...] = ()
    vertical: bool = False
    space_gap_em: float = field(default=DEFAULT.layout.space_gap_em, compare=False, repr=False)
    # The line as read, with a space where the glyphs leave a visible gap.
    # Computed once: parsers read it many times per line.
    text: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "text", _join_chars(self.chars, self.size, self.space_gap_em, self.vertical)
        )

    @property
    def text_with_marks(self) -> str:
        """The line including footnote superscripts, in reading order."""
        if self.vertical or not self.footnote_marks:
            return self.text
        merged = sorted(self.chars + self.footnote_marks, key=_x0)
        return _join_chars(tuple(merged), self.size, self.space_gap_em, False)


_LineSlots = thawed(TextLine)
_bare = object.__new__


def new_line(
    chars: tuple[Char, ...],
    bbox: BBox,
    size: float,
    footnote_marks: tuple[Char, ...],
    vertical: bool,
    space_gap_em: float,
) -> TextLine:
    """``TextLine(chars, bbox, size, footnote_marks, vertical, space_gap_em)``
    for the layout's hot paths (every line of every page; geometry.thawed):
    ``text`` computed as ``__post_init__`` does."""
    text = _join_chars(chars, size, space_gap_em, vertical)
    return _filled(chars, bbox, size, footnote_marks, vertical, space_gap_em, text)


def _filled(
    chars: tuple[Char, ...],
    bbox: BBox,
    size: float,
    footnote_marks: tuple[Char, ...],
    vertical: bool,
    space_gap_em: float,
    text: str,
) -> TextLine:
    """A TextLine with its slots written on a bare instance (no constructor frame):
    the one place the hot constructors below build it."""
    ln = _bare(_LineSlots)
    ln.chars = chars
    ln.bbox = bbox
    ln.size = size
    ln.footnote_marks = footnote_marks
    ln.vertical = vertical
    ln.space_gap_em = space_gap_em
    ln.text = text
    ln.__class__ = TextLine
    return ln  # type: ignore[no-any-return]


def new_across_line(
    chars: tuple[Char, ...], size: float, footnote_marks: tuple[Char, ...], space_gap_em: float
) -> TextLine:
    """``new_line(chars, glyphs_bbox(chars), size, footnote_marks, False, space_gap_em)``
    in one pass over the glyphs (every line and run across the page is made here):
    the box grows as union_all grows it (a corner moves only to a strictly smaller
    or larger value) and the text is joined as :func:`_join_chars` joins it."""
    first = chars[0]
    x0, y0, x1, y1 = first.x0, first.y0, first.x1, first.y1
    limit = space_gap_em * size
    parts = [first.text]
    prev_x1 = x1
    for ch in chars[1:]:
        c0, c1 = ch.x0, ch.x1
        if c0 - prev_x1 > limit:
            parts.append(" ")
        parts.append(ch.text)
        prev_x1 = c1
        if c0 < x0:
            x0 = c0
        if c1 > x1:
            x1 = c1
        top, bottom = ch.y0, ch.y1
        if top < y0:
            y0 = top
        if bottom > y1:
            y1 = bottom
    bbox = new_bbox(x0, y0, x1, y1)
    return _filled(chars, bbox, size, footnote_marks, False, space_gap_em, "".join(parts))


def new_band_line(
    chars: tuple[Char, ...], size: float, footnote_marks: tuple[Char, ...], space_gap_em: float
) -> TextLine:
    """:func:`new_across_line` of glyphs sharing one top and one bottom
    (:func:`_one_band`: equal, not NaN), as most cells' are: the box's top and
    bottom are the first glyph's, which union_all would never move (no glyph's
    is strictly beyond them), so only the left and right edges are followed."""
    first = chars[0]
    x0, x1 = first.x0, first.x1
    limit = space_gap_em * size
    parts = [first.text]
    prev_x1 = x1
    for ch in chars[1:]:
        c0, c1 = ch.x0, ch.x1
        if c0 - prev_x1 > limit:
            parts.append(" ")
        parts.append(ch.text)
        prev_x1 = c1
        if c0 < x0:
            x0 = c0
        if c1 > x1:
            x1 = c1
    bbox = new_bbox(x0, first.y0, x1, first.y1)
    return _filled(chars, bbox, size, footnote_marks, False, space_gap_em, "".join(parts))


def _join_chars(chars: Sequence[Char], size: float, gap_em: float, vertical: bool) -> str:
    if not chars:
        return ""
    limit = gap_em * size
    first = chars[0]
    parts = [first.text]
    if vertical:
        prev = first
        for ch in chars[1:]:
            if max(ch.y0 - prev.y1, prev.y0 - ch.y1) > limit:
                parts.append(" ")
            parts.append(ch.text)
            prev = ch
        return "".join(parts)
    # Every line of every page (most of them across): only the previous glyph's
    # right edge is carried, and no test per glyph for the first or the direction.
    prev_x1 = first.x1
    for ch in chars[1:]:
        if ch.x0 - prev_x1 > limit:
            parts.append(" ")
        parts.append(ch.text)
        prev_x1 = ch.x1
    return "".join(parts)


def group_lines(chars: Iterable[Char], settings: LayoutSettings = DEFAULT.layout) -> list[TextLine]:
    """Cluster glyphs into lines by vertical overlap, top to bottom.

    Glyphs of text running down the page are grouped into columns instead
    (:func:`group_columns`) and come out as vertical lines among the others.
    """
    across, down, one_band = _across_and_down(list(chars))
    ratio = settings.line_overlap
    if one_band and ratio <= 1:
        # All glyphs on one band (a cell of one line, the common case): one row,
        # which _make_line sorts by x0 (stably), the order _rows would give it.
        lines = [_make_line(across, settings, one_band=True)]
    else:
        # By centre height, then x0: two stable sorts on plain float keys (x0 first,
        # then y0 + y1, which orders as the centre does) instead of a tuple per glyph.
        ordered = sorted(across, key=_x0)
        ordered.sort(key=_twice_centre_y)
        lines = [_make_line(c, settings) for c in _rows(ordered, ratio)]
    if down:
        lines.extend(group_columns(down, settings))
    if len(lines) > 1:  # most cells hold one line: no key to compute
        lines.sort(key=lambda ln: (ln.bbox.y0, ln.bbox.x0))
    return lines


def _across_and_down(chars: list[Char]) -> tuple[list[Char], list[Char], bool]:
    """The glyphs running across and those running down, in their order, and
    ``_one_band(across)``.

    Every glyph of every cell passes here, and almost all run across: one pass
    asks both questions of each glyph, instead of a pass to split the
    directions and another to compare the bands. A glyph running down sends the
    cell to the two passes (the split, then :func:`_one_band`).
    """
    if not chars:
        return chars, [], False
    first = chars[0]
    top, bottom = first.y0, first.y1
    band = bottom >= top  # _one_band's test of the first glyph
    for c in chars:
        if c.direction != "ltr":
            across = [c for c in chars if c.direction == "ltr"]
            return across, [c for c in chars if c.direction != "ltr"], _one_band(across)
        if band:
            y0, y1 = c.y0, c.y1
            if (y0 is not top and y0 != top) or (y1 is not bottom and y1 != bottom):
                band = False
    return chars, [], band


def _one_band(chars: list[Char]) -> bool:
    """True when every glyph has the same top and bottom, of non-negative height.

    "The same" as a set of the values would tell (the very object, or equal):
    one comparison per glyph instead of hashing every coordinate into two sets.
    """
    if not chars:
        return False
    first = chars[0]
    top, bottom = first.y0, first.y1
    if not bottom >= top:
        return False
    for c in chars:
        y0, y1 = c.y0, c.y1
        if (y0 is not top and y0 != top) or (y1 is not bottom and y1 != bottom):
            return False
    return True


def _rows(ordered: Sequence[Char], ratio: float) -> list[list[Char]]:
    """Glyphs sorted by centre height, clustered into rows by vertical overlap.

    A glyph joins the newest of the last few rows it overlaps by ``ratio`` of
    the smaller height. A glyph with the same top and bottom as the one before
    it (the next glyph of a span, in the common case) joins the same row: the
    newer rows it would be compared with first are unchanged since, and the
    row that took the glyph before overlaps it wholly. So the comparison runs
    once per band, not once per glyph (valid for ``ratio`` ≤ 1 and boxes of
    non-negative height, checked below).
    """
    clusters: list[list[Char]] = []
    spans: list[tuple[float, float]] = []
    band_ok = ratio <= 1
    last0 = last1 = math.nan  # the previous glyph's band (nan: none)
    row: list[Char] = []
    at = -1  # index of ``row``
    covered = False  # spans[at] already holds the band
    # The hot loop of the layout stage (every glyph of every page): min/max of
    # two floats are spelt out as comparisons, with min's and max's tie rules.
    for ch in ordered:
        c0, c1 = ch.y0, ch.y1
        if c0 == last0 and c1 == last1:
            row.append(ch)
            if not covered and not ch.superscript:
                y0, y1 = spans[at]
                spans[at] = (c0 if c0 < y0 else y0, c1 if c1 > y1 else y1)
                covered = True
            continue
        height = c1 - c0
        at = -1
        # Only the last few clusters can still overlap a glyph this low on the page.
        n = len(clusters)
        for i in range(n - 1, max(-1, n - _RECENT_LINES - 1), -1):
            y0, y1 = spans[i]
            overlap = (c1 if c1 < y1 else y1) - (c0 if c0 > y0 else y0)
            span = y1 - y0
            if overlap >= ratio * (span if span < height else height):
                clusters[i].append(ch)
                covered = not ch.superscript
                if covered:
                    spans[i] = (c0 if c0 < y0 else y0, c1 if c1 > y1 else y1)
                at = i
                break
        if at < 0:
            clusters.append([ch])
            spans.append((c0, c1))
            at = n
            covered = True
        row = clusters[at]
        if band_ok and height >= 0:
            last0, last1 = c0, c1
        else:
            last0 = last1 = math.nan
    return clusters


def _twice_centre_y(c: Char) -> float:
    """Twice the glyph's centre height: halving is exact, so it sorts as the centre."""
    return c.y0 + c.y1


# Sort keys of glyphs (C-level attribute reads: they run for every glyph).
_x0 = attrgetter("x0")
_y0 = attrgetter("y0")


def median(values: list[float]) -> float:
    """``statistics.median`` of a list of floats (the same arithmetic, without
    its generality: it runs twice for every line)."""
    data = sorted(values)
    n = len(data)
    if n == 0:
        raise statistics.StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def _make_line(chars: list[Char], settings: LayoutSettings, one_band: bool = False) -> TextLine:
    """The line of a row of glyphs; ``one_band``: they share one top and bottom."""
    chars.sort(key=_x0)
    sizes = [c.size for c in chars]
    n = len(sizes)
    if sizes.count(sizes[0]) == n:
        # One size (a span's glyphs): sorting would keep the list as it is (all
        # equal), so the median is read off it unsorted.
        i = n // 2
        size = sizes[i] if n % 2 else (sizes[i - 1] + sizes[i]) / 2
        if size >= 0:
            # No glyph is smaller than the line, so none is a footnote mark,
            # wherever its baseline.
            return _line(chars, [], size, settings, one_band)
    else:
        size = median(sizes)
    body: list[Char] = []
    marks: list[Char] = []
    floor = _BODY_SIZE * size
    baseline = median([c.baseline for c in chars if c.size >= floor])
    for ch in chars:
        raised = ch.baseline < baseline - _MARK_RAISE * size
        if (ch.superscript or raised) and ch.size < _MARK_SIZE * size:
            marks.append(ch)
        else:
            body.append(ch)
    if not body:  # a line made only of small raised glyphs is ordinary text
        body, marks = marks, []
    return _line(body, marks, size, settings, one_band)


def _line(
    body: list[Char], marks: list[Char], size: float, settings: LayoutSettings, one_band: bool
) -> TextLine:
    # Every line of every page is made here.
    if one_band:
        return new_band_line(tuple(body), size, tuple(marks), settings.space_gap_em)
    return new_across_line(tuple(body), size, tuple(marks), settings.space_gap_em)


def group_columns(
    chars: Iterable[Char], settings: LayoutSettings = DEFAULT.layout
) -> list[TextLine]:
    """Glyphs running down the page as vertical lines: clustered by horizontal
    overlap (as lines are by vertical overlap), split where a gap down the column
    is wider than ``run_gap_em``, read top to bottom (or bottom to top when most
    glyphs are turned counter-clockwise)."""
    clusters: list[list[Char]] = []
    spans: list[tuple[float, float]] = []
    for ch in sorted(chars, key=lambda c: (c.cx, c.y0)):
        if clusters:
            x0, x1 = spans[-1]
            overlap = min(x1, ch.x1) - max(x0, ch.x0)
            if overlap >= settings.line_overlap * min(ch.x1 - ch.x0, x1 - x0):
                clusters[-1].append(ch)
                spans[-1] = (min(x0, ch.x0), max(x1, ch.x1))
                continue
        clusters.append([ch])
        spans.append((ch.x0, ch.x1))
    out: list[TextLine] = []
    for cluster in clusters:
        cluster.sort(key=_y0)
        size = statistics.median(c.size for c in cluster)
        piece: list[Char] = []
        for ch in cluster:
            if piece and ch.y0 - piece[-1].y1 > settings.run_gap_em * size:
                out.append(_column(piece, size, settings))
                piece = []
            piece.append(ch)
        out.append(_column(piece, size, settings))
    return out


def _column(chars: list[Char], size: float, settings: LayoutSettings) -> TextLine:
    upward = sum(c.direction == "btt" for c in chars) * 2 > len(chars)
    ordered = tuple(reversed(chars)) if upward else tuple(chars)
    return new_line(ordered, glyphs_bbox(chars), size, (), True, settings.space_gap_em)


def is_label_glyph(text: str) -> bool:
    """One kanji or kana: a letter that 均等割付 or stacking can spread out."""
    # Kanji, kana and 々, but not ー・〃〇 (dashes, dots and ditto marks fill value
    # cells). The blocks compared directly, the unified kanji first (the most glyphs): as a
    # regex class, compiling them walked their ~28,000 code points in Python on every
    # worker's way to its first page.
    return len(text) == 1 and (
        "\u4e00" <= text <= "\u9fff"  # CJK unified ideographs
        or "\u3041" <= text <= "\u3096"  # hiragana
        or "\u30a1" <= text <= "\u30fa"  # katakana (not ー nor the iteration marks)
        or "\u3400" <= text <= "\u4dbf"  # extension A
        or "\uf900" <= text <= "\ufaff"  # compatibility ideographs
        or "\u2e80" <= text <= "\u2fdf"  # radicals
        or text == "\u3005"  # 々
    )


def split_runs(
    line: TextLine,
    barriers: Sequence[float] = (),
    settings: LayoutSettings = DEFAULT.layout,
    column_starts: Sequence[float] = (),
    spread: bool = True,
) -> list[TextLine]:
    """Split a line where glyphs are far apart or a vertical rule crosses it.

    Letters of one spread label (均等割付, see :func:`_spread_groups`) stay one
    run however far apart, unless ``spread`` is off; ``column_starts`` are
    x positions where runs of nearby lines begin (evidence of columns).
    A vertical line is never split here.
    """
    if line.vertical or not line.chars:
        return [line]
    # A rule crosses between two glyphs when the first rule right of the one's
    # centre is left of the other's (rules sorted once; NaN never crosses).
    rules = sorted([x for x in barriers if x == x]) if barriers else []
    after = bisect.bisect_right
    limit = settings.run_gap_em * line.size
    if not rules and " " not in line.text and limit >= line.space_gap_em * line.size:
        # The cheaper test first (most lines): the text has a space wherever two
        # glyphs are further apart than a space, so with none printed no gap is
        # wider than a run's either, and nothing cuts the line.
        return [line]
    first, *rest = line.chars
    run = [first]
    runs: list[list[Char]] = [run]
    ruled: list[bool] = []  # per boundary between runs: cut by a rule?
    prev_x1, prev_cx = first.x1, (first.x0 + first.x1) / 2
    if not rules:  # most lines: only the gaps can cut (no centres needed)
        for ch in rest:
            if ch.x0 - prev_x1 > limit:
                run = []
                runs.append(run)
                ruled.append(False)
            run.append(ch)
            prev_x1 = ch.x1
    else:
        for ch in rest:
            cx = (ch.x0 + ch.x1) / 2
            i = after(rules, prev_cx)
            crosses = i < len(rules) and rules[i] < cx
            if ch.x0 - prev_x1 > limit or crosses:
                run = []
                runs.append(run)
                ruled.append(crosses)
            run.append(ch)
            prev_x1, prev_cx = ch.x1, cx
    if spread and len(runs) > 1:
        runs = _spread_groups(runs, ruled, line.size, settings, column_starts)
    if len(runs) == 1:
        return [line]
    out: list[TextLine] = []
    marks = line.footnote_marks
    for run in runs:
        if marks:
            bbox = glyphs_bbox(run)
            own = tuple(m for m in marks if bbox.x0 - line.size <= m.cx <= bbox.x1 + line.size)
        else:
            own = ()
        out.append(new_across_line(tuple(run), line.size, own, line.space_gap_em))
    return out


def _spread_groups(
    runs: list[list[Char]],
    ruled: list[bool],
    size: float,
    settings: LayoutSettings,
    column_starts: Sequence[float],
) -> list[list[Char]]:
    """Re-join the letters of labels printed spread over their cell (均等割付).

    A form prints a short label (``指　標　名``, ``目　　標``) justified across
    its cell, with ideographic spaces or with no space glyphs at all, so the
    gaps exceed ``run_gap_em`` and the label falls apart into one-glyph runs.
    Rule: consecutive runs that are each a single kanji/kana, with no rule
    between them and gaps equal to within ``distributed_gap_tolerance_em``
    (justification spaces letters evenly), and no wider than
    ``distributed_max_gap_em``, are one run. Genuine columns are kept apart in
    two ways: numbers, dashes and marks (``○``, ``ー``) are never letters, and a
    run of a nearby line that starts inside the would-be label (a value under a
    single-kanji column head such as 男 | 女) vetoes the join. Unequal gaps (a
    label followed by a value) never join.
    """
    out: list[list[Char]] = [runs[0]]
    first_gap: float | None = None  # gap of the group being built, if any
    for i in range(1, len(runs)):
        prev, run = out[-1], runs[i]
        gap = run[0].x0 - prev[-1].x1
        joinable = (
            not ruled[i - 1]
            and len(run) == 1
            and is_label_glyph(run[0].text)
            and is_label_glyph(prev[-1].text)
            and (len(prev) == 1 or first_gap is not None)
            and gap <= settings.distributed_max_gap_em * size
            and (
                first_gap is None
                or abs(gap - first_gap) <= settings.distributed_gap_tolerance_em * size
            )
            and not any(prev[-1].x1 < x < run[0].x1 for x in column_starts)
        )
        if joinable:
            prev.append(run[0])
            if first_gap is None:
                first_gap = gap
        else:
            out.append(run)
            first_gap = None
    return out


def stack_lines(
    lines: Sequence[TextLine], settings: LayoutSettings = DEFAULT.layout
) -> list[TextLine]:
    """Join single kanji/kana printed one per line down a narrow cell
    (``財`` / ``務`` / ``内`` / ``容``) into one vertical line.

    Glyphs stack when their centres line up within ``stack_align_em`` and each
    sits at most ``stack_pitch_em`` below the previous one (a line pitch:
    table rows are further apart). Everything else is returned unchanged.
    """
    if len(lines) < 2:  # a cell of one line (most cells): nothing to stack
        return list(lines)
    singles = [
        ln
        for ln in lines
        if not ln.vertical and len(ln.chars) == 1 and is_label_glyph(ln.chars[0].text)
    ]
    if len(singles) < 2:
        return list(lines)
    singles.sort(key=lambda ln: (ln.bbox.cx, ln.bbox.cy))
    columns: list[list[TextLine]] = []
    for ln in singles:
        for col in columns:
            last = col[-1]
            if abs(last.bbox.cx - ln.bbox.cx) <= settings.stack_align_em * ln.size:
                col.append(ln)
                break
        else:
            columns.append([ln])
    joined: dict[int, TextLine] = {}  # id of the first line of a stack -> the stack
    dropped: set[int] = set()
    for col in columns:
        col.sort(key=lambda ln: ln.bbox.cy)
        stack = [col[0]]
        for ln in [*col[1:], None]:
            pitch = settings.stack_pitch_em * stack[-1].size
            if ln is not None and ln.bbox.cy - stack[-1].bbox.cy <= pitch:
                stack.append(ln)
                continue
            if len(stack) > 1:
                chars = tuple(s.chars[0] for s in stack)
                joined[id(stack[0])] = TextLine(
                    chars=chars,
                    bbox=glyphs_bbox(chars),
                    size=statistics.median(s.size for s in stack),
                    vertical=True,
                    space_gap_em=settings.space_gap_em,
                )
                dropped.update(id(s) for s in stack[1:])
            if ln is not None:
                stack = [ln]
    if not joined:
        return list(lines)
    return [joined.get(id(ln), ln) for ln in lines if id(ln) not in dropped]
