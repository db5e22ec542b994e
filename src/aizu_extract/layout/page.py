"""Page layout: every piece of text on a page as a :class:`TextBox`.

A box is either the content of a ruled cell (``cell`` set) or, outside ruled
tables, a run of a text line (split at wide gaps and at vertical rules).
Parsers only see boxes with coordinates and find what they need by printed
labels and geometry, so ruled and unruled layouts read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..geometry import BBox, Char, union_all
from ..load import LoadedDocument, Page
from .grid import Table, find_tables
from .textlines import TextLine, group_lines, split_runs

_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class TextBox:
    """Text of one cell or one free-standing run, with its page and position."""

    page: int
    bbox: BBox
    lines: tuple[TextLine, ...]
    table: int | None = None  # index into PageLayout.tables when from a ruled cell
    # The text as read, lines joined with newlines (footnote marks dropped), and
    # its whitespace-free form for matching printed labels. Computed once:
    # parsers and detectors read them for every box, often several times.
    raw: str = field(init=False, compare=False)
    key: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        raw = "\n".join(line.text for line in self.lines)
        object.__setattr__(self, "raw", raw)
        object.__setattr__(self, "key", _WS.sub("", raw))

    @property
    def line_texts(self) -> tuple[str, ...]:
        return tuple(line.text for line in self.lines)

    @property
    def footnote_marks(self) -> str:
        return "".join(m.text for line in self.lines for m in line.footnote_marks)


@dataclass(frozen=True, slots=True)
class PageLayout:
    number: int
    width: float
    height: float
    tables: tuple[Table, ...]
    boxes: tuple[TextBox, ...]  # reading order: top to bottom, left to right
    empty_cells: tuple[TextBox, ...]  # ruled cells with no text (blank values)


def build_page_layout(page: Page) -> PageLayout:
    tables = find_tables(page.segments)
    in_cell: dict[tuple[int, int], list[Char]] = {}
    loose: list[Char] = []
    for ch in page.chars:
        home = _locate(tables, ch)
        if home is None:
            loose.append(ch)
        else:
            in_cell.setdefault(home, []).append(ch)
    boxes: list[TextBox] = []
    empties: list[TextBox] = []
    for t_index, table in enumerate(tables):
        for c_index, cell in enumerate(table.cells):
            chars = in_cell.get((t_index, c_index))
            if chars:
                boxes.append(TextBox(page.number, cell.bbox, tuple(group_lines(chars)), t_index))
            else:
                empties.append(TextBox(page.number, cell.bbox, (), t_index))
    barriers = _vertical_rules(page)
    for line in group_lines(loose):
        xs = [x for x, y0, y1 in barriers if y0 <= line.bbox.cy <= y1]
        for run in split_runs(line, xs):
            boxes.append(TextBox(page.number, run.bbox, (run,), None))
    boxes.sort(key=lambda b: (round(b.bbox.y0, 0), b.bbox.x0))
    return PageLayout(
        page.number, page.width, page.height, tuple(tables), tuple(boxes), tuple(empties)
    )


def _locate(tables: Iterable[Table], ch: Char) -> tuple[int, int] | None:
    x, y = ch.bbox.cx, ch.bbox.cy
    for t_index, table in enumerate(tables):
        c_index = table.cell_at(x, y)
        if c_index is not None:
            return t_index, c_index
    return None


def _vertical_rules(page: Page) -> list[tuple[float, float, float]]:
    out = []
    for s in page.segments:
        if s.orientation == "v":
            out.append(((s.x0 + s.x1) / 2, min(s.y0, s.y1), max(s.y0, s.y1)))
    return out


@dataclass(frozen=True, slots=True)
class DocumentLayout:
    """All pages' boxes; cards and tables may continue across page breaks."""

    pages: tuple[PageLayout, ...]
    # Every box's key in reading order, joined: what detectors search for labels.
    text_key: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text_key", "".join(b.key for b in self.boxes()))

    def boxes(self) -> Iterator[TextBox]:
        for page in self.pages:
            yield from page.boxes

    def find(self, predicate: Callable[[TextBox], bool]) -> list[TextBox]:
        return [b for b in self.boxes() if predicate(b)]

    def page(self, number: int) -> PageLayout:
        return self.pages[number - 1]

    def full_text(self) -> str:
        return "\n".join(b.raw for b in self.boxes())


def build_document_layout(doc: LoadedDocument) -> DocumentLayout:
    return DocumentLayout(tuple(build_page_layout(p) for p in doc.pages))


def boxes_bbox(boxes: Iterable[TextBox]) -> BBox:
    return union_all([b.bbox for b in boxes])
