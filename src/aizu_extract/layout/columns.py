"""Newspaper columns of one page (Writer ``w:cols``): their gutters and reading order.

A page set in two columns prints two text lines on every row, one each side of a
vertical band of white space (the gutter) that stays put over many consecutive
lines; a top-to-bottom, left-to-right reading interleaves the columns line by line,
so a KPI line wrapped within its column is read with the other column's line
between its halves, and a heading ends up under the wrong goal. The page's runs
(split at gaps wider than ``run_gap_em``, so no run spans a gutter) give the gutter
from geometry alone, never a template's labels or coordinates:

* a gap between two runs of one row at least ``column_gutter_em`` of the text size
  wide, whose band the next rows keep clear (narrowed to what every row leaves
  open) until a run crosses it (a full-width heading ends the columns);
* over at least ``column_min_rows`` rows printing text on both sides;
* with columns of prose, not a table's: the runs of both sides are on median at
  least ``column_min_em`` wide, and at least ``column_flush_share`` of them end
  within ``column_flush_em`` of their side's widest run (justified lines; a name
  column of an unruled table ends ragged, its value column is narrow).

Ruled tables beside the text (a bordered box in one column) are obstacles the
gutter goes round like runs; one drawn across it (a full-width table) ends it.

Inside such a block the reading order is the left column top to bottom, then the
right one; everything else keeps the page's order (a page without columns reads
exactly as before: its key sorts as its top does).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..geometry import BBox
from ..settings import DEFAULT, LayoutSettings
from .textlines import median

if TYPE_CHECKING:  # page.py builds the blocks of each page it lays out
    from .grid import Table
    from .page import TextBox


@dataclass(frozen=True, slots=True)
class ColumnBlock:
    """Rows ``y0``–``y1`` of a page set in two columns either side of ``x0``–``x1``."""

    y0: float
    y1: float
    x0: float
    x1: float


@dataclass(frozen=True, slots=True)
class _Row:
    """One row of the page's text outside ruled tables, left to right; ``spans`` also
    holds the ruled tables beside it (a bordered box in one column), which runs and
    gutters go round alike."""

    boxes: tuple[TextBox, ...]
    spans: tuple[tuple[float, float], ...]
    size: float
    top: float
    bottom: float


@dataclass(slots=True)
class _Open:
    """A gutter being followed down the page from row ``first``."""

    first: int
    y0: float
    y1: float
    x0: float
    x1: float
    least: float  # the narrowest gutter that still counts (em of the rows' text)
    both: int  # rows printing text on both sides
    left: list[TextBox]
    right: list[TextBox]
    sizes: list[float]  # the text size of each row


def _rows(page_boxes: Sequence[TextBox], tables: Sequence[Table], least: int = 0) -> list[_Row]:
    """The page's horizontal text outside ruled tables (page furniture aside) as rows,
    top to bottom; none when there are fewer than ``least`` such boxes (a block of
    columns needs column_min_rows rows with a box on either side: a page of ruled
    tables, most pages, is done here)."""
    candidates = [
        b for b in page_boxes if b.table is None and not b.furniture and b.lines and not b.vertical
    ]
    if len(candidates) < least:
        return []
    boxes = sorted(candidates, key=lambda b: b.bbox.cy)
    grouped: list[list[TextBox]] = []
    for box in boxes:
        last = grouped[-1][-1].bbox if grouped else None
        if last is not None and abs(box.bbox.cy - last.cy) <= min(box.bbox.height, last.height) / 2:
            grouped[-1].append(box)
        else:
            grouped.append([box])
    rows = []
    for row in grouped:
        row.sort(key=lambda b: b.bbox.x0)
        top = min(b.bbox.y0 for b in row)
        bottom = max(b.bbox.y1 for b in row)
        spans = [(b.bbox.x0, b.bbox.x1) for b in row]
        spans += [(t.bbox.x0, t.bbox.x1) for t in tables if t.bbox.y0 < bottom and t.bbox.y1 > top]
        size = median([line.size for b in row for line in b.lines])
        rows.append(_Row(tuple(row), tuple(sorted(spans)), size, top, bottom))
    return rows


def _gaps(spans: tuple[tuple[float, float], ...], width: float) -> list[tuple[float, float]]:
    """The gaps between the spans of a row at least ``width`` wide."""
    gaps = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= width:
            gaps.append((reach, x0))
        reach = max(reach, x1)
    return gaps


def _open_part(
    spans: tuple[tuple[float, float], ...], x0: float, x1: float
) -> tuple[float, float] | None:
    """The widest part of the band ``x0``–``x1`` that no span of a row covers."""
    parts = [(x0, x1)]
    for a, b in spans:
        parts = [
            piece
            for lo, hi in parts
            for piece in ((lo, min(hi, a)), (max(lo, b), hi))
            if piece[1] > piece[0]
        ]
    return max(parts, key=lambda p: p[1] - p[0], default=None)


def column_blocks(
    boxes: Sequence[TextBox], tables: Sequence[Table], settings: LayoutSettings = DEFAULT.layout
) -> tuple[ColumnBlock, ...]:
    """The blocks of a page (its ``boxes`` and ruled ``tables``) set in two columns
    (see the module docstring); () for a page read whole."""
    blocks: list[ColumnBlock] = []
    rows = _rows(boxes, tables, 2 * settings.column_min_rows)
    current: _Open | None = None
    for i, row in enumerate(rows):
        if current is not None:
            current.least = min(current.least, settings.column_gutter_em * row.size)
            part = _open_part(row.spans, current.x0, current.x1)
            if part is None or part[1] - part[0] < current.least:
                _close(current, rows, blocks, settings)  # a run crosses the band
                current = None
            else:  # the band narrows to what this row leaves open
                current.x0, current.x1 = part
                current.y1 = row.bottom
                left = [b for b in row.boxes if b.bbox.x1 <= current.x0]
                right = [b for b in row.boxes if b.bbox.x0 >= current.x1]
                current.left += left
                current.right += right
                current.both += bool(left and right)
                current.sizes.append(row.size)
                continue
        least = settings.column_gutter_em * row.size
        gaps = _gaps(row.spans, least)
        if gaps:
            x0, x1 = max(gaps, key=lambda g: g[1] - g[0])
            left = [b for b in row.boxes if b.bbox.x1 <= x0]
            right = [b for b in row.boxes if b.bbox.x0 >= x1]
            both = int(bool(left and right))
            current = _Open(i, row.top, row.bottom, x0, x1, least, both, left, right, [row.size])
    if current is not None:
        _close(current, rows, blocks, settings)
    return tuple(blocks)


def _close(
    block: _Open, rows: list[_Row], blocks: list[ColumnBlock], settings: LayoutSettings
) -> None:
    """Keep ``block`` when its two sides are columns of prose (module docstring),
    from the first row above it that crosses its gutter (a column's first lines may
    stand above the first row printing both)."""
    if block.both < settings.column_min_rows or not block.left or not block.right:
        return
    em = statistics.median(block.sizes)
    wide = settings.column_min_em * em
    if statistics.median(b.bbox.width for b in block.left) < wide:
        return
    if statistics.median(b.bbox.width for b in block.right) < wide:
        return
    # justified lines end where their column does, at its widest run's right edge
    flush = settings.column_flush_em * em
    ends = 0
    for side in (block.left, block.right):
        edge = max(b.bbox.x1 for b in side)
        ends += sum(1 for b in side if b.bbox.x1 >= edge - flush)
    if ends < settings.column_flush_share * (len(block.left) + len(block.right)):
        return
    y0 = block.y0
    floor = blocks[-1].y1 if blocks else -math.inf
    for row in reversed(rows[: block.first]):
        if row.top < floor or _open_part(row.spans, block.x0, block.x1) != (block.x0, block.x1):
            break
        y0 = row.top
    blocks.append(ColumnBlock(y0, block.y1, block.x0, block.x1))


def column_of(blocks: tuple[ColumnBlock, ...], x: float, y: float) -> tuple[int, int] | None:
    """(block, column) of a glyph centred at ``x``, ``y`` inside a block of columns,
    else None: the glyphs of each column make their own lines (a line never runs
    across a gutter, nor takes its size from the other column's text)."""
    for i, block in enumerate(blocks):
        if block.y0 <= y <= block.y1:
            return (i, 0 if x < (block.x0 + block.x1) / 2 else 1)
    return None


def column_key(
    blocks: tuple[ColumnBlock, ...], bbox: BBox, top: float | None = None
) -> tuple[float, int, float]:
    """Reading key of a text or table at ``bbox`` sorted by ``top`` (its own top unless
    given): (its block's top, its column, ``top``) inside a block of columns, (``top``,
    0, ``top``) anywhere else, so that a page without columns sorts exactly as by
    ``top``."""
    top = bbox.y0 if top is None else top
    for block in blocks:
        if block.y0 <= bbox.cy <= block.y1:
            middle = (block.x0 + block.x1) / 2
            if bbox.x1 <= middle:
                return (block.y0, 0, top)
            if bbox.x0 >= middle:
                return (block.y0, 1, top)
    return (top, 0, top)
