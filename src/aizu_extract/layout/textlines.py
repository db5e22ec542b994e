"""Group glyphs into text lines and split lines into runs at gaps and rules.

Exported PDFs emit a cell's text as one run, several runs, or one run per
glyph; grouping by geometry instead of trusting the producer's runs makes all
of them look the same to the parsers.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..geometry import BBox, Char, union_all

# Chars further apart than this many font sizes start a new run.
RUN_GAP_EM = 1.0
# Chars further apart than this many font sizes get a space between them.
SPACE_GAP_EM = 0.25


@dataclass(frozen=True, slots=True)
class TextLine:
    """Glyphs sharing a baseline, left to right; superscripts kept apart."""

    chars: tuple[Char, ...]
    bbox: BBox
    size: float
    footnote_marks: tuple[Char, ...] = ()
    # The line as read, with a space where the glyphs leave a visible gap.
    # Computed once: parsers read it many times per line.
    text: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", _join_chars(self.chars, self.size))

    @property
    def text_with_marks(self) -> str:
        """The line including footnote superscripts, in reading order."""
        merged = sorted(self.chars + self.footnote_marks, key=lambda c: c.bbox.x0)
        return _join_chars(tuple(merged), self.size)


def _join_chars(chars: Sequence[Char], size: float) -> str:
    parts: list[str] = []
    prev: Char | None = None
    for ch in chars:
        if prev is not None and ch.bbox.x0 - prev.bbox.x1 > SPACE_GAP_EM * size:
            parts.append(" ")
        parts.append(ch.text)
        prev = ch
    return "".join(parts)


def group_lines(chars: Iterable[Char]) -> list[TextLine]:
    """Cluster glyphs into lines by vertical overlap, top to bottom."""
    ordered = sorted(chars, key=lambda c: (c.bbox.cy, c.bbox.x0))
    clusters: list[list[Char]] = []
    spans: list[tuple[float, float]] = []
    for ch in ordered:
        placed = False
        # Only the last few clusters can still overlap a glyph this low on the page.
        for i in range(len(clusters) - 1, max(-1, len(clusters) - 4), -1):
            y0, y1 = spans[i]
            overlap = min(y1, ch.bbox.y1) - max(y0, ch.bbox.y0)
            if overlap >= 0.5 * min(ch.bbox.height, y1 - y0):
                clusters[i].append(ch)
                if not ch.superscript:
                    spans[i] = (min(y0, ch.bbox.y0), max(y1, ch.bbox.y1))
                placed = True
                break
        if not placed:
            clusters.append([ch])
            spans.append((ch.bbox.y0, ch.bbox.y1))
    lines = [_make_line(c) for c in clusters]
    lines.sort(key=lambda ln: (ln.bbox.y0, ln.bbox.x0))
    return lines


def _make_line(chars: list[Char]) -> TextLine:
    chars.sort(key=lambda c: c.bbox.x0)
    size = statistics.median(c.size for c in chars)
    baseline = statistics.median(c.baseline for c in chars if c.size >= 0.9 * size)
    body: list[Char] = []
    marks: list[Char] = []
    for ch in chars:
        raised = ch.baseline < baseline - 0.2 * size
        if (ch.superscript or raised) and ch.size < 0.85 * size:
            marks.append(ch)
        else:
            body.append(ch)
    if not body:  # a line made only of small raised glyphs is ordinary text
        body, marks = marks, []
    return TextLine(
        chars=tuple(body),
        bbox=union_all([c.bbox for c in body]),
        size=size,
        footnote_marks=tuple(marks),
    )


def split_runs(line: TextLine, barriers: Sequence[float] = ()) -> list[TextLine]:
    """Split a line where glyphs are far apart or a vertical rule crosses it."""
    runs: list[list[Char]] = [[]]
    marks = list(line.footnote_marks)
    prev: Char | None = None
    for ch in line.chars:
        if prev is not None:
            gap = ch.bbox.x0 - prev.bbox.x1
            crosses = any(prev.bbox.cx < x < ch.bbox.cx for x in barriers)
            if gap > RUN_GAP_EM * line.size or crosses:
                runs.append([])
        runs[-1].append(ch)
        prev = ch
    out: list[TextLine] = []
    for run in runs:
        if not run:
            continue
        bbox = union_all([c.bbox for c in run])
        own = tuple(m for m in marks if bbox.x0 - line.size <= m.bbox.cx <= bbox.x1 + line.size)
        out.append(TextLine(chars=tuple(run), bbox=bbox, size=line.size, footnote_marks=own))
    return out
