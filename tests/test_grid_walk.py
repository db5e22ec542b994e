"""Walking a ruled grid from a cell: regression for a walk that never ended."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

from aizu_extract.geometry import BBox
from aizu_extract.layout.table import Grid, GridCell


def _row_of_four() -> tuple[Grid, list[GridCell]]:
    """One row of four 1x1 cells, 50 pt wide: slot (0, c) holds cell c."""
    xs = (0.0, 50.0, 100.0, 150.0, 200.0)
    ys = (0.0, 20.0)
    cells = [GridCell(0, c, 1, 1, BBox(xs[c], 0.0, xs[c + 1], 20.0), None) for c in range(4)]
    slots = {(0, c): c for c in range(4)}
    return Grid(1, BBox(0.0, 0.0, 200.0, 20.0), xs, ys, tuple(cells), slots), cells


@contextmanager
def _within(seconds: int) -> Iterator[None]:
    def stop(*_: object) -> None:
        raise TimeoutError(f"walk still going after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_walks_meet_the_cells_in_order() -> None:
    grid, (a, b, c, d) = _row_of_four()
    assert grid.right_of(a) == [b, c, d]
    assert grid.left_of(d) == [c, b, a]
    assert grid.above(b) == [] and grid.below(b) == []


def test_a_slot_index_that_disagrees_with_the_spans_ends_the_walk() -> None:
    """Slot (0, 2) names the first cell (column 0): stepping past that cell's span
    would go back to column 1, then to slot (0, 2) again, forever. The walk goes
    at least one slot on instead, so it ends; what it meets is then what the
    slots say."""
    grid, (a, b, _c, d) = _row_of_four()
    grid._slots[(0, 2)] = 0
    with _within(5):
        # right from a: b (column 1), slot 2 gives a (past its span is column 1:
        # not on, so column 3), d
        assert grid.right_of(a) == [b, a, d]
        # left from d: slot 2 gives a, and past a to the left is column -1: done
        assert grid.left_of(d) == [a]
