"""Ruled tables: edges → intersections → cells → tables.

The same chain as pdfplumber's table finder, kept as separate pure stages:
rulings are snapped and merged into edges, edges crossing give intersections,
the smallest rectangle whose four sides are all ruled is a cell (so merged
cells come out as one cell), and cells that touch form a table.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..geometry import BBox, Segment, new_bbox, thawed, union_all
from ..settings import DEFAULT, LayoutSettings


@dataclass(frozen=True, slots=True)
class Edge:
    """A merged horizontal (``pos`` = y) or vertical (``pos`` = x) ruling."""

    orientation: str
    pos: float
    start: float
    end: float


@dataclass(frozen=True, slots=True)
class Cell:
    bbox: BBox


# Every ruling and cell of every page is one: built on their twins (geometry.thawed).
_EdgeSlots = thawed(Edge)
_CellSlots = thawed(Cell)
_bare = object.__new__


def new_edge(orientation: str, pos: float, start: float, end: float) -> Edge:
    """``Edge(orientation, pos, start, end)`` for the hot path (geometry.thawed)."""
    e = _bare(_EdgeSlots)
    e.orientation = orientation
    e.pos = pos
    e.start = start
    e.end = end
    e.__class__ = Edge
    return e  # type: ignore[no-any-return]


def new_cell(bbox: BBox) -> Cell:
    """``Cell(bbox)`` for the hot path (geometry.thawed)."""
    c = _bare(_CellSlots)
    c.bbox = bbox
    c.__class__ = Cell
    return c  # type: ignore[no-any-return]


# A cell's edge is found at the first bound not below it by more than this (pt).
EDGE_SLACK = 0.01


@dataclass(slots=True, eq=False)
class Table:
    """Cells that share corners; ``xs``/``ys`` are the distinct cell boundaries."""

    cells: list[Cell]
    bbox: BBox
    xs: list[float] = field(default_factory=list)
    ys: list[float] = field(default_factory=list)
    _slots: dict[tuple[int, int], int] = field(default_factory=dict)
    # Each cell's first and past-last row and column (r0, r1, c0, c1), found by
    # index(); the grids of the table model read them instead of bisecting again.
    spans: list[tuple[int, int, int, int]] = field(
        default_factory=list, compare=False, repr=False
    )

    def index(self) -> None:
        """Precompute a (row, col) → cell map so a point finds its cell by bisection."""
        self.xs = sorted({c.bbox.x0 for c in self.cells} | {c.bbox.x1 for c in self.cells})
        self.ys = sorted({c.bbox.y0 for c in self.cells} | {c.bbox.y1 for c in self.cells})
        self.spans = spans = []
        for n, cell in enumerate(self.cells):
            c0 = bisect.bisect_left(self.xs, cell.bbox.x0 - EDGE_SLACK)
            c1 = bisect.bisect_left(self.xs, cell.bbox.x1 - EDGE_SLACK)
            r0 = bisect.bisect_left(self.ys, cell.bbox.y0 - EDGE_SLACK)
            r1 = bisect.bisect_left(self.ys, cell.bbox.y1 - EDGE_SLACK)
            spans.append((r0, r1, c0, c1))
            if r1 - r0 == 1 and c1 - c0 == 1:  # most cells: their one slot
                self._slots[(r0, c0)] = n
                continue
            for r in range(r0, r1):
                for c in range(c0, c1):
                    self._slots[(r, c)] = n

    def cell_at(self, x: float, y: float) -> int | None:
        """Index of the cell containing the point, or None."""
        if not self.bbox.contains_point(x, y):
            return None
        c = bisect.bisect_right(self.xs, x) - 1
        r = bisect.bisect_right(self.ys, y) - 1
        return self._slots.get((r, c))


def _cluster(values: Sequence[float], tol: float) -> dict[float, float]:
    """Map each value to the mean of its cluster of near-equal values."""
    mapping: dict[float, float] = {}
    group: list[float] = []
    for v in sorted(values):
        if group and v - group[-1] > tol:
            mean = sum(group) / len(group)
            mapping.update({g: mean for g in group})
            group = []
        group.append(v)
    if group:
        mean = sum(group) / len(group)
        mapping.update({g: mean for g in group})
    return mapping


# A ruling as (position, start, end): its y and x extent when across, x and y when down.
Ruling = tuple[float, float, float]


def split_rulings(segments: Iterable[Segment]) -> tuple[list[Ruling], list[Ruling]]:
    """The rulings across the page and down it, each as (position, start, end), in
    the segments' order: read once per page, for the edges and for the loose text's
    vertical rules alike.

    Segment.orientation, abs, min and max are spelt out as comparisons (min/max
    keep the first of equal values): it runs for every ruling of every page.
    """
    across: list[Ruling] = []
    down: list[Ruling] = []
    for s in segments:
        x0, y0, x1, y1 = s.x0, s.y0, s.x1, s.y1
        dx, dy = x1 - x0, y1 - y0
        if (dy if dy >= 0 else -dy) <= (dx if dx >= 0 else -dx):
            across.append(((y0 + y1) / 2, x1 if x1 < x0 else x0, x1 if x1 > x0 else x0))
        else:
            down.append(((x0 + x1) / 2, y1 if y1 < y0 else y0, y1 if y1 > y0 else y0))
    return across, down


def merge_edges(
    segments: Iterable[Segment], settings: LayoutSettings = DEFAULT.layout
) -> list[Edge]:
    """Snap near-collinear rulings together and join the ones that touch."""
    return merge_rulings(*split_rulings(segments), settings)


def merge_rulings(
    across: Sequence[Ruling], down: Sequence[Ruling], settings: LayoutSettings = DEFAULT.layout
) -> list[Edge]:
    """:func:`merge_edges` of rulings already split by :func:`split_rulings`."""
    raw = {"h": across, "v": down}
    edges: list[Edge] = []
    join = settings.join_tolerance
    for orient, items in raw.items():
        snap = _cluster([p for p, _, _ in items], settings.snap_tolerance)
        by_pos: dict[float, list[tuple[float, float]]] = defaultdict(list)
        for p, a, b in items:
            by_pos[snap[p]].append((a, b))
        for pos, spans in by_pos.items():
            spans.sort()
            cur_a, cur_b = spans[0]
            for a, b in spans[1:]:
                if a <= cur_b + join:
                    if b > cur_b:  # max(cur_b, b)
                        cur_b = b
                else:
                    edges.append(new_edge(orient, pos, cur_a, cur_b))
                    cur_a, cur_b = a, b
            edges.append(new_edge(orient, pos, cur_a, cur_b))
    return [e for e in edges if e.end - e.start >= settings.min_cell]


def find_cells(edges: Sequence[Edge], settings: LayoutSettings = DEFAULT.layout) -> list[Cell]:
    """Smallest fully ruled rectangles anchored at each intersection.

    The distinct positions are numbered once, sorted (``xs[i]`` of the vertical
    rulings, ``ys[j]`` of the horizontal ones), so a corner is the integer
    ``i * len(ys) + j`` and the corners of a ruling are index lists, looked up
    and bisected without hashing pairs of floats at every step; the reaches are
    asked as ``reach(index, start)`` (see _Reaches). Corners are visited by y,
    then x, as sorting the pairs of positions would visit them.
    """
    h_by_y: dict[float, list[Edge]] = defaultdict(list)
    v_by_x: dict[float, list[Edge]] = defaultdict(list)
    for e in edges:
        if e.orientation == "h":
            h_by_y[e.pos].append(e)
        elif e.orientation == "v":
            v_by_x[e.pos].append(e)
    tol = settings.snap_tolerance
    min_cell = settings.min_cell
    ys = sorted(h_by_y)
    xs = sorted(v_by_x)
    n_ys = len(ys)
    rows_at: list[list[Edge]] = [h_by_y[y] for y in ys]
    cols_at: list[list[Edge]] = [v_by_x[x] for x in xs]
    left, after = bisect.bisect_left, bisect.bisect_right
    # The crossings: a vertical edge meets the heights within its span (give or
    # take the tolerance) whose horizontal edges span its x.
    points: set[int] = set()
    for i, x in enumerate(xs):
        for v in cols_at[i]:
            for j in range(left(ys, v.start - tol), after(ys, v.end + tol)):
                code = i * n_ys + j
                if code not in points:
                    for h in rows_at[j]:
                        if h.start - tol <= x <= h.end + tol:
                            points.add(code)
                            break
    if not points:
        return []
    # Each column's corner rows and each row's corner columns, ascending.
    rows_of: list[list[int]] = [[] for _ in xs]
    cols_of: list[list[int]] = [[] for _ in ys]
    for code in sorted(points):
        i, j = divmod(code, n_ys)
        rows_of[i].append(j)
        cols_of[j].append(i)

    # How far down (right) the ruling at xs[i] (ys[j]) reaches from a start at y
    # (x), asked as v_reach(i, y) (h_reach(j, x)); see _Reaches.
    v_reach = _Reaches(cols_at, tol).at
    h_reach = _Reaches(rows_at, tol).at

    cells: list[Cell] = []
    for j, y in enumerate(ys):
        for i in cols_of[j]:
            x = xs[i]
            # The corners below (right of) this one, at least min_cell away and within
            # the ruling's reach from it: the positions' index range, then the
            # corners' indexes within it (both sorted, bisected).
            rows = rows_of[i]
            below = rows[left(rows, after(ys, y + min_cell)) : left(rows, after(ys, v_reach(i, y)))]
            cols = cols_of[j]
            right = cols[left(cols, after(xs, x + min_cell)) : left(cols, after(xs, h_reach(j, x)))]
            found = None
            for j2 in below:
                across = h_reach(j2, x)
                y2 = ys[j2]
                for i2 in right:
                    x2 = xs[i2]
                    if x2 <= across and i2 * n_ys + j2 in points and y2 <= v_reach(i2, y):
                        found = x2, y2
                        break
                if found:
                    break
            if found:
                cells.append(new_cell(new_bbox(x, y, found[0], found[1])))
    return cells


class _Reach(dict[tuple[float, float], float]):
    """How far the ruling at a position reaches from a start: ``reach[p, a]``
    (``by_pos[p]``: the edges at the position, by its value or its number).

    A stretch [a, b] is ruled when one edge starts by a and ends by b, give or
    take the tolerance, i.e. when b is at most the reach from a. Corners that
    share a (position, start) ask many times, so each answer is kept: a kept
    one is a plain dictionary lookup, the first asks ``__missing__``.
    """

    __slots__ = ("by_pos", "tol")

    def __init__(
        self, by_pos: Mapping[float, list[Edge]] | Sequence[list[Edge]], tol: float
    ) -> None:
        super().__init__()
        self.by_pos = by_pos
        self.tol = tol

    def __missing__(self, key: tuple[float, float]) -> float:
        p, a = key
        tol = self.tol
        got: float | None = None  # max() of the ends, its first-item rule spelt out
        for e in self.by_pos[p]:
            if e.start - tol <= a:
                end = e.end + tol
                if got is None or end > got:
                    got = end
        self[key] = reach = -math.inf if got is None else got
        return reach


class _Reaches:
    """:class:`_Reach` answered by bisection: ``at(p, a)`` is ``_Reach(by_pos, tol)[p, a]``.

    Corners ask about many different starts, so most answers of _Reach were
    new ones, each a scan of the position's edges. Here each position's edges
    are sorted by start once, beside the furthest end among the first k of
    them; the edges starting by a start are then a prefix, found by bisection.
    Without a NaN among them the furthest end does not depend on the edges'
    order; a position with an edge of NaN start or end (where max()'s
    first-item rule makes the order count) is left to _Reach. Asked from a NaN
    start, a ruling reaches nowhere (-inf): no edge starts by it.
    """

    __slots__ = ("furthest", "scan", "starts")

    def __init__(self, by_pos: Sequence[list[Edge]], tol: float) -> None:
        self.starts: list[list[float] | None] = []
        self.furthest: list[list[float]] = []
        self.scan = _Reach(by_pos, tol)
        for edges in by_pos:
            spans = sorted([(e.start - tol, e.end + tol) for e in edges])
            if any(a != a or b != b for a, b in spans):
                self.starts.append(None)
                self.furthest.append([])
                continue
            running: list[float] = []
            best = -math.inf
            for _, b in spans:
                if b > best:
                    best = b
                running.append(best)
            self.starts.append([a for a, _ in spans])
            self.furthest.append(running)

    def at(self, p: int, a: float) -> float:
        starts = self.starts[p]
        if starts is None:
            return self.scan[p, a]
        if a != a:
            return -math.inf
        k = bisect.bisect_right(starts, a)  # the edges starting by a
        return self.furthest[p][k - 1] if k else -math.inf


def group_tables(cells: Sequence[Cell]) -> list[Table]:
    """Cells sharing a corner belong to the same table (union-find on corners).

    Roots are walked inline, halving the path as they go (a call per corner cost
    more than the walk). Which root a group gets does not matter: groups are
    listed in the order of their first cell.
    """
    parent = list(range(len(cells)))
    owner: dict[tuple[float, float], int] = {}
    for i, cell in enumerate(cells):
        b = cell.bbox
        x0, y0, x1, y1 = b.x0, b.y0, b.x1, b.y1
        for corner in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
            j = owner.setdefault(corner, i)
            if j != i:
                while parent[j] != j:
                    parent[j] = j = parent[parent[j]]
                r = i
                while parent[r] != r:
                    parent[r] = r = parent[parent[r]]
                parent[r] = j
    groups: dict[int, list[Cell]] = defaultdict(list)
    for i, cell in enumerate(cells):
        while parent[i] != i:
            parent[i] = i = parent[parent[i]]
        groups[i].append(cell)
    tables = []
    for group in groups.values():
        bbox = union_all([c.bbox for c in group])  # one pass, min/max's first-of-equal rule
        table = Table(cells=sorted(group, key=lambda c: (c.bbox.y0, c.bbox.x0)), bbox=bbox)
        table.index()
        tables.append(table)
    tables.sort(key=lambda t: (t.bbox.y0, t.bbox.x0))
    return tables


def find_tables(
    segments: Sequence[Segment], settings: LayoutSettings = DEFAULT.layout
) -> list[Table]:
    """The whole chain: rulings to ruled tables."""
    return group_tables(find_cells(merge_edges(segments, settings), settings))


def tables_of_rulings(
    across: Sequence[Ruling], down: Sequence[Ruling], settings: LayoutSettings = DEFAULT.layout
) -> list[Table]:
    """:func:`find_tables` of rulings already split by :func:`split_rulings`."""
    return group_tables(find_cells(merge_rulings(across, down, settings), settings))
