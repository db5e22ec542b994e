"""The accounting reads a cell's facts for 差引 (difference) only where a label
saying so heads its column or its row; worked by hand from the printed tables.

  区分   | R5  | 差引          区分   | R5
  事業費 | 100 | 30            事業費 | 100
                               差引   | 30

On the left, 30 sits under 差引 and 100 under R5: only 30 is a difference.
On the right, 差引 heads 30's row: again only 30 is.
"""

from __future__ import annotations

from aizu_extract.accounting import _read_facts
from aizu_extract.geometry import Segment, new_char
from aizu_extract.layout import build_page_layout
from aizu_extract.layout.headers import HeaderInterpreter
from aizu_extract.layout.page import DocumentLayout
from aizu_extract.layout.vocabulary import vocabulary
from aizu_extract.load import Page
from aizu_extract.normalize.eras import YearContext
from aizu_extract.settings import DEFAULT

_W, _H = 100.0, 30.0


def _table(rows: list[list[str]]) -> DocumentLayout:
    n_rows, n_cols = len(rows), len(rows[0])
    segments = [Segment(0, r * _H, n_cols * _W, r * _H) for r in range(n_rows + 1)]
    segments += [Segment(c * _W, 0, c * _W, n_rows * _H) for c in range(n_cols + 1)]
    chars = [
        new_char(
            t,
            c * _W + 5 + 10 * i,
            r * _H + 10,
            c * _W + 15 + 10 * i,
            r * _H + 20,
            10.0,
            r * _H + 20,
        )
        for r, row in enumerate(rows)
        for c, text in enumerate(row)
        for i, t in enumerate(text)
    ]
    page = build_page_layout(Page(1, 600, 800, tuple(chars), tuple(segments)), DEFAULT.layout)
    return DocumentLayout((page,))


def _differences(layout: DocumentLayout) -> list[str]:
    page = layout.pages[0]
    pending = [(page, b, "table 1") for b in page.boxes if b.key.isdigit()]
    headers = HeaderInterpreter(vocabulary(), YearContext(era="令和"))
    found = _read_facts(layout, pending, {}, headers)
    return sorted(b.key for _, b, _ in pending if found.get(id(b), (False,))[0])


def test_a_difference_column() -> None:
    assert _differences(_table([["区分", "R5", "差引"], ["事業費", "100", "30"]])) == ["30"]


def test_a_difference_row() -> None:
    assert _differences(_table([["区分", "R5"], ["事業費", "100"], ["差引", "30"]])) == ["30"]


def test_no_difference_anywhere() -> None:
    assert _differences(_table([["区分", "R5"], ["事業費", "100"]])) == []
