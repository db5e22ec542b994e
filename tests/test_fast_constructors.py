"""The fast constructors of hot frozen types (geometry.thawed) build what the
constructors do.

Each hot frozen type (BBox, Edge, Cell, TextLine, TextBox, GridCell, FormCell,
CellFacts, accounting's Number, the strategy outline's Line) has a fast
constructor that writes its slots on an unfrozen twin and then makes it the
frozen class. An object built that way must be the same object a caller of the
public constructor gets: same class, equal, same hash and repr, frozen, and it
pickles, copies and ``replace``-s to an equal object; computed fields
(``text``, ``raw``, ``key``) read as the ``__post_init__`` computes them.
Expected texts are worked out by hand (gap limit: ``space_gap_em`` 0.25 of
10 pt glyphs = 2.5 pt).
"""

from __future__ import annotations

import copy
import pickle
from dataclasses import FrozenInstanceError, dataclass, fields, replace

import pytest

from aizu_extract.accounting import Number, new_number
from aizu_extract.geometry import BBox, Char, new_bbox, new_char, thawed
from aizu_extract.layout.cell_facts import CellFacts, new_cell_facts
from aizu_extract.layout.form import FormCell, new_form_cell
from aizu_extract.layout.grid import Cell, Edge, new_cell, new_edge
from aizu_extract.layout.headers import HeaderLabel
from aizu_extract.layout.page import TextBox, new_box
from aizu_extract.layout.table import Grid, GridCell, new_grid_cell
from aizu_extract.layout.textlines import TextLine, new_line
from aizu_extract.parsers.strategy.common import Line, new_outline_line


def _glyph(text: str, x: float, y: float = 100.0, size: float = 10.0) -> Char:
    return new_char(text, x, y, x + size, y + size, size, y + size)


def _same(fast: object, slow: object) -> None:
    """``fast`` is indistinguishable from ``slow`` (built by the constructor)."""
    assert type(fast) is type(slow)
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    for f in fields(slow):  # type: ignore[arg-type]
        assert getattr(fast, f.name) == getattr(slow, f.name), f.name
    for back in (pickle.loads(pickle.dumps(fast)), copy.copy(fast), replace(fast)):  # type: ignore[type-var]
        assert type(back) is type(slow)
        assert back == slow
        assert repr(back) == repr(slow)
    first = fields(slow)[0].name  # type: ignore[arg-type]
    with pytest.raises(FrozenInstanceError):
        setattr(fast, first, None)
    with pytest.raises(FrozenInstanceError):
        delattr(fast, first)


def test_bbox() -> None:
    _same(new_bbox(1.5, 2.0, 30.25, 40.0), BBox(1.5, 2.0, 30.25, 40.0))
    assert new_bbox(0.0, 0.0, 1.0, 1.0) != BBox(0.0, 0.0, 1.0, 2.0)


def test_bbox_union_and_glyph_box() -> None:
    # union: the smaller top-left, the larger bottom-right.
    got = BBox(0.0, 5.0, 10.0, 8.0).union(BBox(2.0, 1.0, 12.0, 6.0))
    _same(got, BBox(0.0, 1.0, 12.0, 8.0))
    _same(_glyph("指", 20.0).bbox, BBox(20.0, 100.0, 30.0, 110.0))


def test_edge_and_cell() -> None:
    _same(new_edge("h", 72.0, 10.0, 200.0), Edge("h", 72.0, 10.0, 200.0))
    _same(new_edge("v", 10.0, 72.0, 90.0), Edge("v", 10.0, 72.0, 90.0))
    _same(new_cell(BBox(10.0, 72.0, 60.0, 90.0)), Cell(BBox(10.0, 72.0, 60.0, 90.0)))
    assert new_edge("h", 72.0, 10.0, 200.0) != Edge("v", 72.0, 10.0, 200.0)


def test_text_line_reads_as_the_constructor_computes() -> None:
    # 予 at 0-10, 算 at 10-20 (no gap), 額 at 23-33: a 3 pt gap > 2.5 pt, one space.
    chars = (_glyph("予", 0.0), _glyph("算", 10.0), _glyph("額", 23.0))
    mark = (new_char("1", 33.0, 98.0, 37.0, 103.0, 5.0, 103.0, superscript=True),)
    box = BBox(0.0, 100.0, 33.0, 110.0)
    fast = new_line(chars, box, 10.0, mark, False, 0.25)
    slow = TextLine(chars, box, 10.0, mark, False, 0.25)
    _same(fast, slow)
    assert fast.text == "予算 額"
    assert fast.text_with_marks == "予算 額1"


def test_vertical_text_line() -> None:
    # A column: 事 at y 0-10, 業 at y 10-20 (no gap), 名 at y 24-34 (4 pt: a space).
    chars = (_glyph("事", 0.0, 0.0), _glyph("業", 0.0, 10.0), _glyph("名", 0.0, 24.0))
    box = BBox(0.0, 0.0, 10.0, 34.0)
    fast = new_line(chars, box, 10.0, (), True, 0.25)
    _same(fast, TextLine(chars=chars, bbox=box, size=10.0, vertical=True, space_gap_em=0.25))
    assert fast.text == "事業 名"


def test_text_box_raw_and_key() -> None:
    one = TextLine((_glyph("指", 0.0), _glyph("標", 13.0)), BBox(0.0, 100.0, 23.0, 110.0), 10.0)
    two = TextLine((_glyph("Ａ", 0.0, 112.0),), BBox(0.0, 112.0, 10.0, 122.0), 10.0)
    box = BBox(0.0, 100.0, 23.0, 122.0)
    fast = new_box(3, box, (one, two), 1)
    _same(fast, TextBox(3, box, (one, two), 1))
    assert fast.raw == "指 標\nＡ"  # 3 pt gap: a space; lines joined by a newline
    assert fast.key == "指標A"  # NFKC, no whitespace or newlines
    assert fast.furniture is False
    empty = new_box(2, box, (), None)
    _same(empty, TextBox(2, box, (), None))
    assert (empty.raw, empty.key) == ("", "")


def test_grid_cell_and_form_cell() -> None:
    bbox = BBox(10.0, 72.0, 60.0, 90.0)
    text = TextBox(1, bbox, (), 0)
    _same(new_grid_cell(2, 1, 1, 3, bbox, text), GridCell(2, 1, 1, 3, bbox, text))
    _same(new_grid_cell(0, 0, 1, 1, bbox, None), GridCell(0, 0, 1, 1, bbox, None))
    cell = GridCell(2, 1, 1, 3, bbox, None)
    grid = Grid(1, bbox, (10.0, 60.0), (72.0, 90.0), (cell,))
    fast = new_form_cell(grid, cell)
    assert type(fast) is FormCell
    assert fast == FormCell(grid, cell)
    assert repr(fast) == repr(FormCell(grid, cell))
    assert fast.page == 1
    with pytest.raises(FrozenInstanceError):
        fast.cell = cell  # type: ignore[misc]


def test_cell_facts() -> None:
    bbox = BBox(10.0, 72.0, 60.0, 90.0)
    value = GridCell(3, 2, 1, 1, bbox, TextBox(1, bbox, (), 0))
    item = GridCell(3, 0, 1, 1, bbox, None)
    year = HeaderLabel(text="令和2年度", year=2020, year_label="令和2年度")
    metric = HeaderLabel(text="実績値", metric="actual")
    # Every field set, each to a value of its own, so a swapped pair would show.
    args = (value, 2020, "令和2年度", "actual", "決算", "決算額", item, metric, None)
    rest = (True, False, 1000, "outcome", (year, metric), 7, "人数の合計", item)
    fast = new_cell_facts(*args, *rest)
    _same(fast, CellFacts(*args, *rest))
    assert (fast.year, fast.money_factor, fast.number) == (2020, 1000, 7)
    assert (fast.indicator_kind, fast.definition) == ("outcome", "人数の合計")


def test_number_and_outline_line() -> None:
    bbox = BBox(100.0, 200.0, 140.0, 212.0)
    args = (4, bbox, "1,234", "table 2", "unassigned", "unassigned.no_header")
    _same(new_number(*args), Number(*args))
    line = TextLine((_glyph("基", 0.0), _glyph("本", 10.0)), BBox(0.0, 100.0, 20.0, 110.0), 10.0)
    box = TextBox(2, line.bbox, (line,), None)
    fast = new_outline_line(2, line, box, "基本")
    _same(fast, Line(2, line, box, "基本"))
    assert (fast.text, fast.x0, fast.y0) == ("基本", 0.0, 100.0)


def test_thawed_refuses_a_class_of_another_layout() -> None:
    @dataclass(frozen=True)
    class NoSlots:
        a: int

    with pytest.raises(AttributeError):
        thawed(NoSlots)

    @dataclass(frozen=True, slots=True, weakref_slot=True)
    class WithWeakref:
        a: int

    # Its weak-reference slot is laid out apart from the named ones: the twin differs.
    with pytest.raises(TypeError):
        thawed(WithWeakref)
