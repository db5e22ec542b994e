"""Tables and marks drawn with fills only (no stroked line on the page).

A desktop-publishing export draws a form as filled rectangles: each cell its
own box (labels tinted, values white) set apart from its neighbours by a thin
gutter where the panel behind shows. No ruling is drawn, yet the boxes are the
cells as surely as rules would be: :func:`gutter_rulings` gives the edges of
every box of such a tiling, each side that faces a neighbour moved to the
middle of its gutter, so that neighbouring cells share one ruling whatever the
scale the page is printed at (the gutter is measured in body-text sizes). A
lone tinted box (a highlight, a bar under a heading) or boxes that touch or
overlap (the shading of a ruled table's cells, which carry their own rules)
have no gutter and give nothing.

The same forms mark a chosen option by the fill behind its word (a dark pill
among pale ones, white text) instead of a glyph: :func:`singled_out_fills`
finds the one fill of a row of like-sized sibling shapes that differs from all
the others, which marks its word as a circle drawn around it does.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pymupdf

from .geometry import BBox, Segment, new_segment
from .settings import LoadSettings

Corners = tuple[float, float, float, float]


def gutter_rulings(
    boxes: Sequence[Corners], body: float, settings: LoadSettings
) -> list[Segment]:
    """The four edges of every filled box that belongs to a tiling of boxes.

    Two boxes are neighbours when they face each other across a gutter of
    ``fill_gutter_min_em`` to ``fill_gutter_max_em`` of the page's ``body`` text
    size and overlap along it by at least ``fill_gutter_overlap`` of the shorter
    one's side; a set of at least ``fill_tiling_min`` boxes joined by neighbours
    is a tiling. A side facing a neighbour is drawn at the gutter's middle, where
    the neighbour's facing side is drawn too. Found by bisection on the sorted
    sides, so a chart of thousands of bars is not compared pairwise.
    """
    n = len(boxes)
    if n < settings.fill_tiling_min or body <= 0:
        return []
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    lo_gap, hi_gap, share = (
        settings.fill_gutter_min_em * body,
        settings.fill_gutter_max_em * body,
        settings.fill_gutter_overlap,
    )
    sides = [list(box) for box in boxes]  # x0 y0 x1 y1, moved to the gutters
    for axis in (0, 1):  # 0: side by side (a gap in x), 1: one over the other
        a, b = axis, axis + 2  # the box's near and far side on this axis
        c, d = 1 - axis, 3 - axis  # its extent across
        order = sorted(range(n), key=lambda i: boxes[i][a])
        starts = [boxes[i][a] for i in order]
        for i in range(n):
            far = boxes[i][b]
            first = _bisect_left(starts, far + lo_gap)
            for k in range(first, n):
                if starts[k] > far + hi_gap:
                    break
                j = order[k]
                overlap = min(boxes[i][d], boxes[j][d]) - max(boxes[i][c], boxes[j][c])
                shorter = min(boxes[i][d] - boxes[i][c], boxes[j][d] - boxes[j][c])
                if shorter > 0 and overlap >= share * shorter:
                    middle = (far + boxes[j][a]) / 2
                    sides[i][b] = sides[j][a] = middle
                    ri, rj = find(i), find(j)
                    if ri != rj:
                        parent[ri] = rj
    sizes: dict[int, int] = {}
    for i in range(n):
        r = find(i)
        sizes[r] = sizes.get(r, 0) + 1
    out: list[Segment] = []
    for i, (x0, y0, x1, y1) in enumerate(sides):
        if sizes[find(i)] >= settings.fill_tiling_min:
            out += (
                new_segment(x0, y0, x1, y0),
                new_segment(x0, y1, x1, y1),
                new_segment(x0, y0, x0, y1),
                new_segment(x1, y0, x1, y1),
            )
    return out


def _bisect_left(values: list[float], x: float) -> int:
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _luminance(fill: Sequence[float]) -> float:
    """Relative lightness of a fill colour (grey, RGB or CMYK), 0 black to 1 white."""
    if len(fill) == 1:
        return float(fill[0])
    if len(fill) == 3:
        r, g, b = fill
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    if len(fill) == 4:
        c, m, y, k = fill
        return (1 - k) * (1 - (0.3 * c + 0.59 * m + 0.11 * y))
    return 1.0


def singled_out_fills(
    paths: Sequence[dict[str, Any]], matrix: pymupdf.Matrix | None, settings: LoadSettings
) -> Iterator[BBox]:
    """The box of each fill that alone differs from its siblings in a row.

    Siblings are filled, unstroked shapes of one height (within
    ``pill_size_tolerance``), word-sized (``circle_min`` … ``circle_max``),
    whose vertical centres agree within the same tolerance and that follow
    one another at most ``pill_gap_em`` of their height apart: the pills of a
    printed list of options. At least ``pill_min_siblings`` of them; one is
    singled out when its lightness differs from every other sibling's by at
    least ``pill_contrast`` while those others agree among themselves within
    ``pill_contrast`` / 2. Otherwise (all alike, two differing, no agreement
    among the rest) nothing is marked.
    """
    shapes: list[tuple[float, float, float, float, float]] = []  # x0 y0 x1 y1 lightness
    for path in paths:
        fill = path.get("fill")
        if fill is None or path.get("color") is not None:
            continue
        x0, y0, x1, y1 = path["rect"]
        if matrix is not None:
            r = pymupdf.Rect(x0, y0, x1, y1) * matrix
            x0, y0, x1, y1 = r.x0, r.y0, r.x1, r.y1
        w, h = x1 - x0, y1 - y0
        if settings.circle_min <= min(w, h) and max(w, h) <= settings.circle_max:
            shapes.append((x0, y0, x1, y1, _luminance(fill)))
    if len(shapes) < settings.pill_min_siblings:
        return
    shapes.sort(key=lambda s: (round(s[1] + s[3]), s[0]))
    tol = settings.pill_size_tolerance
    rows: list[list[tuple[float, float, float, float, float]]] = []
    for s in shapes:
        row = rows[-1] if rows else None
        if row is not None:
            last = row[-1]
            h = last[3] - last[1]
            if (
                abs((s[3] - s[1]) - h) <= tol * h
                and abs((s[1] + s[3]) / 2 - (last[1] + last[3]) / 2) <= tol * h
                and 0 <= s[0] - last[2] <= settings.pill_gap_em * h
            ):
                row.append(s)
                continue
        rows.append([s])
    for row in rows:
        if len(row) < settings.pill_min_siblings:
            continue
        for i, s in enumerate(row):
            others = [o[4] for j, o in enumerate(row) if j != i]
            if max(others) - min(others) > settings.pill_contrast / 2:
                continue
            if all(abs(s[4] - o) >= settings.pill_contrast for o in others):
                yield BBox(s[0], s[1], s[2], s[3])
                break
