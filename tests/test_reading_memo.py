"""Memos and indexes of the reading path: a remembered answer is the answer.

The grid walks (left_of/above …) and the header interpreter's per-cell readings
are remembered per grid, readings and field lookups per process, and the
accounting finds a number's neighbours through a page index; these tests pin
that each answers exactly what a fresh walk, reading or scan would, and never
one interpreter's reading to another.
"""

from __future__ import annotations

from aizu_extract.accounting import RowIndex, _derives, _neighbours
from aizu_extract.geometry import BBox, Char
from aizu_extract.layout import TextBox
from aizu_extract.layout.cell_facts import _column_header, grid_says
from aizu_extract.layout.headers import HeaderInterpreter
from aizu_extract.layout.page import PageLayout
from aizu_extract.layout.table import Grid, GridCell
from aizu_extract.layout.textlines import group_lines
from aizu_extract.layout.vocabulary import vocabulary
from aizu_extract.normalize.eras import YearContext
from aizu_extract.parsers.tables import _names_year
from aizu_extract.settings import DEFAULT, ReadingSettings

_ROW_H, _COL_W, _SIZE = 30.0, 100.0, 10.0


def _box(text: str, row: int, col: int) -> TextBox:
    x, y = col * _COL_W + 4, row * _ROW_H + 5
    chars = [
        Char(ch, BBox(x + i * _SIZE, y, x + (i + 1) * _SIZE, y + _SIZE), _SIZE, y + _SIZE)
        for i, ch in enumerate(text)
    ]
    return TextBox(1, BBox(col * _COL_W, row * _ROW_H, (col + 1) * _COL_W, (row + 1) * _ROW_H),
                   tuple(group_lines(chars)), 0)  # fmt: skip


def _grid(cells: list[tuple[int, int, int, int, str | None]], rows: int, cols: int) -> Grid:
    """A grid of (row, col, row_span, col_span, text) cells; None text: a blank cell."""
    made = []
    for r, c, rs, cs, text in sorted(cells):
        bbox = BBox(c * _COL_W, r * _ROW_H, (c + cs) * _COL_W, (r + rs) * _ROW_H)
        made.append(GridCell(r, c, rs, cs, bbox, _box(text, r, c) if text else None))
    xs = tuple(c * _COL_W for c in range(cols + 1))
    ys = tuple(r * _ROW_H for r in range(rows + 1))
    grid = Grid(1, BBox(0, 0, xs[-1], ys[-1]), xs, ys, tuple(made))
    for i, cell in enumerate(grid.cells):
        for r in range(cell.row, cell.last_row + 1):
            for c in range(cell.col, cell.last_col + 1):
                grid._slots[(r, c)] = i
    return grid


def _texts(cells: list[GridCell]) -> list[str]:
    return [c.text for c in cells]


def test_walks_over_merged_cells_answer_the_same_every_time() -> None:
    # 事業費 spans the three columns; 合計 spans the last two on the bottom row.
    grid = _grid(
        [
            (0, 0, 1, 3, "事業費"),
            (1, 0, 1, 1, "区分"),
            (1, 1, 1, 1, "R5"),
            (1, 2, 1, 1, "R6"),
            (2, 0, 1, 1, "予算"),
            (2, 1, 1, 2, "合計"),
        ],
        rows=3,
        cols=3,
    )
    r6 = grid.at(1, 2)
    r5 = grid.at(1, 1)
    total = grid.at(2, 1)
    assert r6 is not None and r5 is not None and total is not None
    for _ in range(2):  # the second answer comes from the memo
        assert _texts(grid.above(r6)) == ["事業費"]
        assert _texts(grid.left_of(r6)) == ["R5", "区分"]
        assert _texts(grid.right_of(grid.cells[1])) == ["R5", "R6"]
        assert _texts(grid.below(r5)) == ["合計"]
        assert _texts(grid.left_of(total)) == ["予算"]
        assert grid.right_of(total) == []
    # a caller may change the list it got: the next caller gets the walk intact
    grid.left_of(r6).clear()
    assert _texts(grid.left_of(r6)) == ["R5", "区分"]


def test_a_grid_memo_keeps_each_interpreters_own_reading() -> None:
    """区分 over 5年度 over an item: with the document's era 5年度 is a year, so the
    item's column has no labelled header; without an era it names no year and the
    column header is 区分. The same grid read by both must answer each its own."""
    grid = _grid(
        [(0, 0, 1, 1, "区分"), (1, 0, 1, 1, "5年度"), (2, 0, 1, 1, "参加者数")], rows=3, cols=1
    )
    item = grid.at(2, 0)
    assert item is not None
    with_era = HeaderInterpreter(vocabulary(), YearContext(era="令和"))
    without_era = HeaderInterpreter(vocabulary(), YearContext())
    assert _column_header(grid, item, with_era) is None
    over = _column_header(grid, item, without_era)
    assert over is not None and over.axis and over.text == "区分"
    assert _column_header(grid, item, with_era) is None  # still its own


def test_label_read_by_printed_text_matches_its_key() -> None:
    headers = HeaderInterpreter(vocabulary(), YearContext(era="令和"))
    spaced = headers.label("実 績")
    assert spaced.metric == "actual"
    assert headers.label("実績") is spaced  # one reading per key, whatever the spacing
    wrapped = headers.label("R5\n年度")
    assert wrapped.year == 2023


def test_field_lookup_remembered_only_for_the_whole_vocabulary() -> None:
    """担当課 is a department label and a section label; file order makes it the
    department, unless the caller asks among the department's parts only."""
    vocab = vocabulary()
    for _ in range(2):  # the second answers come from the memo
        assert vocab.field_of("担当課") == "department"
        assert vocab.field_of("担当課", ("department_section",)) == "department_section"
        assert vocab.field_of("担当者のひとこと") is None


def test_readings_shared_between_interpreters_keep_their_years_and_limit() -> None:
    """A reading is shared only by interpreters that would read a label alike."""
    reiwa = HeaderInterpreter(vocabulary(), YearContext(era="令和"))
    heisei = HeaderInterpreter(vocabulary(), YearContext(era="平成"))
    no_era = HeaderInterpreter(vocabulary(), YearContext())
    assert reiwa.label("5年度").year == 2023
    assert heisei.label("5年度").year == 1993
    eraless = no_era.label("5年度")
    assert eraless.year is None and eraless.year_label == "5年度"
    limit = ReadingSettings(max_header_chars=3)
    short = HeaderInterpreter(vocabulary(), YearContext(era="令和"), limit)
    assert reiwa.label("目標値(計画)").metric == "target"
    assert short.label("目標値(計画)").prose  # longer than its limit: prose


def _run(text: str, x0: float, y0: float) -> TextBox:
    chars = [
        Char(ch, BBox(x0 + i * _SIZE, y0, x0 + (i + 1) * _SIZE, y0 + _SIZE), _SIZE, y0 + _SIZE)
        for i, ch in enumerate(text)
    ]
    return TextBox(1, BBox(x0, y0, x0 + len(text) * _SIZE, y0 + _SIZE), tuple(group_lines(chars)))


def test_accounting_neighbours_on_both_sides_in_one_pass() -> None:
    """``02 | 款 | 05 | 項``: the nearest run each side on the same printed row; a run
    beyond the reach, or on another row, is nobody's neighbour."""
    code, kan = _run("02", 100, 100), _run("款", 125, 100)
    sub, kou = _run("05", 140, 100), _run("項", 165, 100)
    far = _run("目", 400, 100)
    below = _run("06", 140, 130)
    page = PageLayout(1, 600, 800, (), (code, kan, sub, kou, far, below), ())
    rows: RowIndex = {}
    cfg = DEFAULT.accounting
    assert _neighbours(page, sub, rows, cfg) == (kan, kou)
    assert _neighbours(page, code, rows, cfg) == (None, kan)
    assert _neighbours(page, kou, rows, cfg) == (sub, None)  # 目 is beyond the reach
    assert _neighbours(page, below, rows, cfg) == (None, None)


def test_accounting_skips_only_grids_whose_labels_say_no_difference_or_not_money() -> None:
    headers = HeaderInterpreter(vocabulary(), YearContext(era="令和"))
    plain = _grid(
        [(0, 0, 1, 1, "区分"), (0, 1, 1, 1, "R5"), (1, 0, 1, 1, "事業費"), (1, 1, 1, 1, "1,200")],
        rows=2,
        cols=2,
    )
    with_difference = _grid(
        [(0, 0, 1, 1, "区分"), (0, 1, 1, 1, "差引"), (1, 0, 1, 1, "事業費"), (1, 1, 1, 1, "30")],
        rows=2,
        cols=2,
    )
    assert not grid_says(plain, headers, _derives)
    assert grid_says(with_difference, headers, _derives)


def test_reading_a_text_leaves_the_interpreters_first_reading_alone() -> None:
    headers = HeaderInterpreter(vocabulary(), YearContext(era="令和"))
    assert headers.reading("実 績").text == "実 績"
    assert headers.label("実績").text == "実績"  # the key's first label() text
    assert headers.label("実 績").text == "実績"


def test_a_grid_names_years_when_any_label_reads_as_one() -> None:
    headers = HeaderInterpreter(vocabulary(), YearContext())  # no era: 5年度 is a label
    eraless = _grid([(0, 0, 1, 1, "区分"), (0, 1, 1, 1, "5年度")], rows=1, cols=2)
    full = _grid([(0, 0, 1, 1, "区分"), (0, 1, 1, 1, "令和5年度")], rows=1, cols=2)
    none = _grid([(0, 0, 1, 1, "区分"), (0, 1, 1, 1, "事業費")], rows=1, cols=2)
    assert grid_says(eraless, headers, _names_year)  # a year label without its era
    assert grid_says(full, headers, _names_year)
    assert not grid_says(none, headers, _names_year)
