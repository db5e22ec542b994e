"""read_facts is remembered per grid, cell and interpreter: the second answer is
the first one, and another interpreter (other years) reads the cell afresh.

Expected values are read off the printed table by hand: the value cell under
``R5`` on the row headed ``予算`` is year 2023 (令和5年), basis 予算, no metric;
the one under ``R6`` is 2024.
"""

from __future__ import annotations

from aizu_extract.geometry import BBox, Char
from aizu_extract.layout import TextBox
from aizu_extract.layout.cell_facts import read_facts
from aizu_extract.layout.headers import HeaderInterpreter
from aizu_extract.layout.table import Grid, GridCell
from aizu_extract.layout.textlines import group_lines
from aizu_extract.layout.vocabulary import vocabulary
from aizu_extract.normalize.eras import YearContext

_ROW_H, _COL_W, _SIZE = 30.0, 100.0, 10.0


def _box(text: str, row: int, col: int) -> TextBox:
    x, y = col * _COL_W + 4, row * _ROW_H + 5
    chars = [
        Char(ch, BBox(x + i * _SIZE, y, x + (i + 1) * _SIZE, y + _SIZE), _SIZE, y + _SIZE)
        for i, ch in enumerate(text)
    ]
    bbox = BBox(col * _COL_W, row * _ROW_H, (col + 1) * _COL_W, (row + 1) * _ROW_H)
    return TextBox(1, bbox, tuple(group_lines(chars)), 0)


def _grid(cells: list[tuple[int, int, str | None]], rows: int, cols: int) -> Grid:
    made = []
    for r, c, text in sorted(cells, key=lambda t: (t[0], t[1])):
        bbox = BBox(c * _COL_W, r * _ROW_H, (c + 1) * _COL_W, (r + 1) * _ROW_H)
        made.append(GridCell(r, c, 1, 1, bbox, _box(text, r, c) if text else None))
    xs = tuple(c * _COL_W for c in range(cols + 1))
    ys = tuple(r * _ROW_H for r in range(rows + 1))
    grid = Grid(1, BBox(0, 0, xs[-1], ys[-1]), xs, ys, tuple(made))
    for i, cell in enumerate(grid.cells):
        grid._slots[(cell.row, cell.col)] = i
    return grid


def _table() -> Grid:
    #   区分 | R5  | R6
    #   予算 | 120 | 130
    return _grid(
        [(0, 0, "区分"), (0, 1, "R5"), (0, 2, "R6"), (1, 0, "予算"), (1, 1, "120"), (1, 2, "130")],
        rows=2,
        cols=3,
    )


def test_second_reading_is_the_first_answer() -> None:
    grid = _table()
    headers = HeaderInterpreter(vocabulary(), YearContext())
    value = grid.at(1, 1)
    assert value is not None
    first = read_facts(grid, value, headers)
    assert (first.year, first.basis, first.metric) == (2023, "予算", None)
    assert first.cell is value
    assert read_facts(grid, value, headers) is first
    # The next column's cell has its own answer: R6, 2024.
    other = grid.at(1, 2)
    assert other is not None
    assert read_facts(grid, other, headers).year == 2024


def test_another_interpreter_reads_afresh() -> None:
    grid = _table()
    value = grid.at(1, 1)
    assert value is not None
    one = read_facts(grid, value, HeaderInterpreter(vocabulary(), YearContext()))
    two = read_facts(grid, value, HeaderInterpreter(vocabulary(), YearContext()))
    assert one is not two
    assert one == two


def test_a_cell_of_another_grid_is_not_served_the_memo() -> None:
    # The same printed table built twice: each grid's cell is read on its own grid.
    headers = HeaderInterpreter(vocabulary(), YearContext())
    a, b = _table(), _table()
    ca, cb = a.at(1, 2), b.at(1, 2)
    assert ca is not None and cb is not None
    fa, fb = read_facts(a, ca, headers), read_facts(b, cb, headers)
    assert fa.cell is ca and fb.cell is cb
    assert (fa.year, fb.year) == (2024, 2024)


def test_readings_are_shared_by_years_and_kept_apart_across_years() -> None:
    # 5年度 printed without its era: 2023 in a 令和 document, no year without one.
    reiwa = HeaderInterpreter(vocabulary(), YearContext(era="令和"))
    again = HeaderInterpreter(vocabulary(), YearContext(era="令和"))
    eraless = HeaderInterpreter(vocabulary(), YearContext())
    first = reiwa.reading("5年度")
    assert first.year == 2023
    assert again.reading("5年度") is first  # the same years: the process's reading
    other = eraless.reading("5年度")
    assert other.year is None and other.year_label == "5年度"
    assert reiwa.reading("5年度") is first
