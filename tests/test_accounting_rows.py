"""The accounting's row test for a number's neighbours, at its bounds.

Two boxes are on one row when their centres are at most
max(row_band, half the smaller height) apart (row_band 2 pt by default).
Worked by hand: a 10 pt box at y 100–110 has its centre at 105, so a
neighbour's centre may lie 5 pt away (half of 10 > 2), whatever its own
height when that is larger.
"""

from __future__ import annotations

from aizu_extract.accounting import RowIndex, _neighbours
from aizu_extract.geometry import BBox, Char
from aizu_extract.layout import TextBox
from aizu_extract.layout.page import PageLayout
from aizu_extract.layout.textlines import group_lines
from aizu_extract.settings import DEFAULT


def _run(text: str, x0: float, y0: float, height: float = 10.0) -> TextBox:
    chars = [
        Char(ch, BBox(x0 + i * 10, y0, x0 + (i + 1) * 10, y0 + height), height, y0 + height)
        for i, ch in enumerate(text)
    ]
    return TextBox(1, BBox(x0, y0, x0 + 10 * len(text), y0 + height), tuple(group_lines(chars)))


def _sides(number: TextBox, *others: TextBox) -> tuple[TextBox | None, TextBox | None]:
    page = PageLayout(1, 600, 800, (), (number, *others), ())
    rows: RowIndex = {}
    return _neighbours(page, number, rows, DEFAULT.accounting)


def test_a_centre_five_points_off_is_on_the_row_five_and_a_half_is_not() -> None:
    number = _run("12", 100, 100)  # centre 105
    on = _run("円", 125, 105)  # centre 110: 5 away, the limit
    assert _sides(number, on) == (None, on)
    off = _run("円", 125, 105.5)  # centre 110.5: 5.5 away
    assert _sides(number, off) == (None, None)


def test_a_taller_neighbour_does_not_widen_the_band() -> None:
    number = _run("12", 100, 100)  # 10 pt tall, centre 105
    tall = _run("款", 70, 80, height=40)  # centre 100: 5 away, min height 10
    assert _sides(number, tall) == (tall, None)
    taller = _run("款", 70, 79, height=40)  # centre 99: 6 away
    assert _sides(number, taller) == (None, None)


def test_flat_boxes_use_the_row_band() -> None:
    # 2 pt tall boxes: half the height is 1, so the 2 pt band decides.
    number = _run("3", 100, 100, height=2)  # centre 101
    near = _run("号", 115, 102, height=2)  # centre 103: 2 away
    assert _sides(number, near) == (None, near)
    far = _run("号", 115, 102.5, height=2)  # centre 103.5
    assert _sides(number, far) == (None, None)
