"""Side-by-side sheets of one page (a book printed 2-in-1, N-up): the page view's regions.

A page whose content falls into blocks separated by clear vertical gutters, each
block holding a whole sheet (several ruled tables over most of the page's height),
is read block by block, left before right: the form's reading order is (page,
region, top, left). Any other page is one region, so its reading order is unchanged.
The rule looks only at geometry, never at a template's labels or coordinates.
"""

from __future__ import annotations

import bisect

from ..settings import DEFAULT, LayoutSettings
from .page import PageLayout


def sheet_cuts(page: PageLayout, settings: LayoutSettings = DEFAULT.layout) -> tuple[float, ...]:
    """The x of each gutter between side-by-side sheets on ``page``; () for a page read whole.

    A gutter is a band at least ``sheet_gutter_share`` of the page's width that no ruled
    table nor text outside the page furniture crosses; it cuts the page only when every
    block it leaves holds ``sheet_min_tables`` tables spanning ``sheet_height_share``
    of the page's height (two whole sheets, not two boxes side by side in one sheet)."""
    spans = [(t.bbox.x0, t.bbox.x1) for t in page.tables]
    spans += [(b.bbox.x0, b.bbox.x1) for b in page.boxes if b.table is None and not b.furniture]
    if len(page.tables) < 2 * settings.sheet_min_tables or not spans:
        return ()
    spans.sort()
    cuts: list[float] = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= settings.sheet_gutter_share * page.width:
            cuts.append((reach + x0) / 2)
        reach = max(reach, x1)
    if not cuts:
        return ()
    blocks: list[list[tuple[float, float]]] = [[] for _ in range(len(cuts) + 1)]
    for t in page.tables:
        blocks[bisect.bisect(cuts, t.bbox.cx)].append((t.bbox.y0, t.bbox.y1))
    for ys in blocks:
        tall = ys and max(y1 for _, y1 in ys) - min(y0 for y0, _ in ys)
        if len(ys) < settings.sheet_min_tables or tall < settings.sheet_height_share * page.height:
            return ()
    return tuple(cuts)


def region_of(cuts: tuple[float, ...], x: float) -> int:
    """The region (0 = leftmost) a point at ``x`` lies in."""
    return bisect.bisect(cuts, x) if cuts else 0
