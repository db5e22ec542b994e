"""The form reader: label → value pairs of any municipality's sheet template.

A form is a document's ruled cells in reading order. A field is found by its
printed label through the vocabulary (``vocabulary.toml``), and its value is
the cell right of the label, or — when that is another label or there is
none — the cell below it (a title bar over its text). Marked choices
(``■法定 □自主``, ``○`` in the cell beside a word) are read here too, so
every parser reads forms the same way.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..geometry import BBox, thawed, union_all
from ..normalize.text import join_wrapped, normalize_text
from ..settings import DEFAULT, LayoutSettings
from .page import DocumentLayout, PageLayout
from .regions import region_of, sheet_cuts
from .table import Grid, GridCell, aligned_grids, grids_of, text_key
from .vocabulary import Vocabulary


@dataclass(frozen=True, slots=True, eq=False)
class Position:
    """Where a cell sits in reading order: page, region (side-by-side sheets, left
    first: layout.regions), then top to bottom, left to right."""

    page: int
    y: float
    x: float
    region: int = 0


@dataclass(frozen=True, slots=True)
class FormCell:
    grid: Grid
    cell: GridCell

    @property
    def page(self) -> int:
        return self.grid.page

    @property
    def position(self) -> Position:
        return Position(self.grid.page, self.cell.bbox.y0, self.cell.bbox.x0)


_FormCellSlots = thawed(FormCell)
_bare = object.__new__


def new_form_cell(grid: Grid, cell: GridCell) -> FormCell:
    """``FormCell(grid, cell)`` for the form's index of every cell (geometry.thawed)."""
    fc = _bare(_FormCellSlots)
    fc.grid = grid
    fc.cell = cell
    fc.__class__ = FormCell
    return fc  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True, eq=False)
class FieldHit:
    """A printed label of ``field`` and the value cell found for it."""

    field: str
    label: FormCell
    value: FormCell | None
    inline: str | None = None  # ``事業名：○○事業``: the value printed in the label's cell

    @property
    def text(self) -> str:
        if self.inline is not None:
            return self.inline
        return self.value.cell.text if self.value else ""

    @property
    def lines(self) -> tuple[str, ...]:
        if self.inline is not None:
            return (self.inline,)
        return self.value.cell.lines if self.value else ()


# Table captions a form value never is: a row's values end at one (a two-column page).
_CAPTIONS = frozenset({
    "indicator_name", "indicator_activity", "indicator_outcome", "unit_column", "axis",
    "number_column",
})  # fmt: skip
# A scope's cells by their field (None: cells that are no label), in reading order.
LabelIndex = dict[str | None, list[FormCell]]


class Form:
    """A document's ruled cells with label lookups driven by the vocabulary."""

    def __init__(
        self, layout: DocumentLayout, vocab: Vocabulary, settings: LayoutSettings = DEFAULT.layout
    ) -> None:
        self.layout = layout
        self.vocab = vocab
        self.settings = settings
        # Ruled tables, then the text outside them as tables from alignment (unruled forms).
        self.grids: list[Grid] = [
            g for page in layout.pages for g in (*grids_of(page), *aligned_grids(page, settings))
        ]
        # Side-by-side sheets of a page (2-in-1 print) are read one after the other.
        self._cuts = {page.number: sheet_cuts(page, settings) for page in layout.pages}
        # Every cell in reading order (page, region, rounded top, left; stably), each
        # key made once, beside its cell, for the sort and for _order alike.
        made: list[FormCell] = []
        keys: list[tuple[int, int, int, float]] = []
        for g in self.grids:
            cuts = self._cuts.get(g.page, ())
            for c in g.cells:
                made.append(new_form_cell(g, c))
                keys.append((g.page, region_of(cuts, c.bbox.cx), round(c.bbox.y0), c.bbox.x0))
        order = sorted(range(len(keys)), key=keys.__getitem__)
        self.cells: list[FormCell] = [made[i] for i in order]
        # Reading-order keys of the cells, for slicing a sheet out by bisection:
        # a book of many sheets must cost linear time, not sheets × cells.
        self._order = [keys[i][:3] for i in order]
        self._field_of: dict[int, str | None] = {}
        # The cells of each scope asked about, by field (see _labels).
        self._scopes: dict[tuple[int, ...], tuple[tuple[FormCell, ...], LabelIndex]] = {}
        # By printed page number: a form may cover some pages of a file (one sheet of a book).
        self._pages = {page.number: page for page in layout.pages}

    def page(self, number: int) -> PageLayout:
        return self._pages[number]

    def region(self, fc: FormCell) -> int:
        """The side-by-side sheet of its page a cell lies in (0 on a page read whole)."""
        return region_of(self._cuts.get(fc.page, ()), fc.cell.bbox.cx)

    def position(self, fc: FormCell) -> Position:
        """A cell's place in the form's reading order, its region included."""
        return Position(fc.page, fc.cell.bbox.y0, fc.cell.bbox.x0, self.region(fc))

    def field_of(self, fc: FormCell) -> str | None:
        k = id(fc.cell)
        if k not in self._field_of:
            self._field_of[k] = self.vocab.field_of(fc.cell.key) if fc.cell.box else None
        return self._field_of[k]

    def is_label(self, fc: FormCell) -> bool:
        return self.field_of(fc) is not None

    def hits(self, field: str, cells: list[FormCell] | None = None) -> list[FieldHit]:
        """Every label of ``field`` (within ``cells``) with its value cell."""
        out = []
        for fc in self._labels(self.cells if cells is None else cells).get(field, ()):
            inline = _inline_value(fc.cell.text)
            if inline:
                out.append(FieldHit(field, fc, fc, inline))
            else:
                out.append(FieldHit(field, fc, self.value_of(fc)))
        return out

    def _labels(self, cells: list[FormCell]) -> LabelIndex:
        """The cells of ``cells`` by their field (None: not a label), in order.

        A parser asks one scope (a sheet's cells) for field after field: the
        scope is sorted by field once, not scanned once per field. A scope is
        known by the identities of its cells, in order; the cells are kept with
        the index, so no other cell can take one of those identities.
        """
        key = tuple(map(id, cells))
        known = self._scopes.get(key)
        if known is None:
            by_field: LabelIndex = {}
            for fc in cells:
                by_field.setdefault(self.field_of(fc), []).append(fc)
            known = self._scopes[key] = (tuple(cells), by_field)
        return known[1]

    def value_of(self, label: FormCell) -> FormCell | None:
        """The value right of a label, else below it; None when neither is a value."""
        grid = label.grid
        right = grid.right_of(label.cell)
        field = self.field_of(label)
        if right and right[0].box is not None:
            other = self.vocab.field_of(right[0].key)
            # 事業区分 | 法定・自主: the options of the label's own field are its value
            if other is None or (other == field and not _band_over(grid, label.cell, right[0])):
                return FormCell(grid, right[0])
        # No value to the right (blank, another label, the table's edge): a
        # title bar over its text, as 事業概要 is printed on many sheets.
        below = grid.below(label.cell)
        if below and below[0].box is not None and not self._label_cell(grid, below[0]):
            return FormCell(grid, below[0])
        return None

    def values_of(self, label: FormCell) -> list[FormCell]:
        """Every value cell of a label printed in parts (``総務部 | 総務課``): the
        cells right of it up to the next label or blank, or a table's caption (指標名,
        区分, 単位) or a cell right under one: the other half of a two-column page
        sharing the row; else its value below."""
        grid = label.grid
        out = []
        for cell in grid.right_of(label.cell):
            if cell.box is None or self._label_cell(grid, cell):
                break
            if self._caption_or_under_one(grid, cell):
                break
            out.append(FormCell(grid, cell))
        if out:
            return out
        one = self.value_of(label)
        return [one] if one is not None else []

    def row_values(self, label: FormCell) -> list[FormCell]:
        """The value right of a label on each row it spans, top first (総合計画の体系
        beside ``政策 1 …`` over ``施策 1-2 …``): one label over values of one row each."""
        grid, cell = label.grid, label.cell
        out: list[FormCell] = []
        for row in range(cell.row, cell.last_row + 1):
            c = grid.at(row, cell.last_col + 1)
            if c is None or c.box is None or self._label_cell(grid, c):
                continue
            if not out or out[-1].cell is not c:
                out.append(FormCell(grid, c))
        return out

    def _caption_or_under_one(self, grid: Grid, cell: GridCell) -> bool:
        """``cell`` is a table's caption, or the nearest printed cell over it is one."""
        over = next((c for c in grid.above(cell) if c.box is not None), None)
        return any(
            c is not None and bool(self.vocab.headers_matching(c.key) & _CAPTIONS)
            for c in (cell, over)
        )

    def _label_cell(self, grid: Grid, cell: GridCell) -> bool:
        return self.vocab.field_of(cell.key) is not None

    def between(self, start: Position, end: Position | None) -> list[FormCell]:
        """Cells from ``start`` (inclusive) up to ``end`` (exclusive), reading order."""
        lo = bisect.bisect_left(self._order, (start.page, start.region, round(start.y)))
        hi = (
            len(self.cells)
            if end is None
            else bisect.bisect_left(self._order, (end.page, end.region, round(end.y)), lo)
        )
        return self.cells[lo:hi]

    def loose_text(self, page: int) -> Iterator[str]:
        """Text outside ruled tables on a page (headings, notes, titles)."""
        for box in self.page(page).boxes:
            if box.table is None:
                yield box.raw


_INLINE = re.compile(r"^[^:：]{1,20}[:：]\s*(.+)$", re.S)


def _inline_value(text: str) -> str | None:
    """The value after a label's colon in the same cell (``担当課：企画調整課``)."""
    m = _INLINE.match(join_wrapped(text.split("\n")))
    return m.group(1).strip() if m else None


def _band_over(grid: Grid, band: GridCell, label: GridCell) -> bool:
    """``band`` spans rows beside ``label``, a label of its rows with a value of its own
    (a vertical 事業概要 beside 目的 | TEXT, 対象 | …): a section's title, whose value is
    not the label beside it."""
    if band.row_span <= 1 or label.row_span >= band.row_span:
        return False
    beside = grid.right_of(label)
    return bool(beside) and beside[0].box is not None


# ---------------------------------------------------------------- marked choices


@dataclass(frozen=True, slots=True, eq=False)
class Choice:
    """The option a marked-choice cell selects; None when nothing is marked."""

    chosen: str | None
    printed_options: tuple[str, ...]


_CLOSERS = ")）]］】〕"


def read_marked_text(text: str, options: list[str], vocab: Vocabulary) -> Choice | None:
    """Options printed with marks in one text: ``■法定 □自主``, ``☑継続 ☐拡充``.

    Returns None when the text holds no marks at all (it is a plain value).
    A filled mark selects its option; with only hollow circles, a circled
    option selects when some option is printed without a circle.
    """
    s = text_key(text)
    found: list[tuple[str, str]] = []  # (mark, option)
    marks = vocab.filled_marks | vocab.empty_marks | vocab.circle_marks
    for i, ch in enumerate(s):
        if ch not in marks:
            continue
        rest = s[i + 1 :].lstrip(_CLOSERS)  # （ ○ ）継続: the mark inside brackets
        for opt in sorted(options, key=len, reverse=True):
            if rest.startswith(text_key(opt)):
                found.append((ch, opt))
                break
    if not found:
        return None
    printed = tuple(opt for _, opt in found)
    filled = [opt for mark, opt in found if mark in vocab.filled_marks]
    if filled:
        return Choice(filled[0], printed)
    circled = [opt for mark, opt in found if mark in vocab.circle_marks]
    unmarked = [o for o in options if text_key(o) in s and o not in printed]
    if circled and unmarked and len(circled) == 1:
        return Choice(circled[0], printed)
    return Choice(None, printed)


def circled_option(cell: GridCell, options: list[str], circles: tuple[BBox, ...]) -> str | None:
    """The option a circle is drawn around (○ drawn over ``自主`` in ``法定 ・ 自主``).

    Each option's glyphs are located in the cell's lines; the option whose
    glyphs' centre lies inside a drawn circle is chosen.
    """
    if cell.box is None or not circles:
        return None
    for line in cell.box.lines:
        glyphs = [(normalize_text(ch.text), ch.bbox) for ch in line.chars]
        text = "".join(g for g, _ in glyphs)
        starts = []
        pos = 0
        for g, _ in glyphs:
            starts.append(pos)
            pos += len(g)
        for opt in sorted(options, key=len, reverse=True):
            key = normalize_text(opt)
            at = text.find(key)
            while at >= 0:
                span = [
                    b for (g, b), s0 in zip(glyphs, starts, strict=True) if at <= s0 < at + len(key)
                ]
                if span:
                    box = union_all(span)
                    if any(c.contains_point(box.cx, box.cy) for c in circles):
                        return opt
                at = text.find(key, at + 1)
    return None


def checked_option(
    cell: GridCell, options: list[str], checks: tuple[BBox, ...], gap: float
) -> str | None:
    """The option a drawn check mark stands before (``☑拡大　□継続`` with the ✓ drawn).

    The check must sit on an option's line, and the option is the one starting
    nearest right of it, at most ``gap`` glyph heights away; one check, one option.
    """
    if cell.box is None or not checks:
        return None
    found: list[str] = []
    for check in checks:
        best: tuple[float, str] | None = None
        for line in cell.box.lines:
            glyphs = [(normalize_text(ch.text), ch.bbox) for ch in line.chars]
            if not glyphs or not (line.bbox.y0 <= check.cy <= line.bbox.y1):
                continue
            text = "".join(g for g, _ in glyphs)
            starts = list(itertools.accumulate((len(g) for g, _ in glyphs), initial=0))[:-1]
            for opt in options:
                key = normalize_text(opt)
                at = text.find(key)
                while at >= 0:
                    first = next(b for (_, b), s0 in zip(glyphs, starts, strict=True) if s0 >= at)
                    distance = first.x0 - check.x1
                    if -check.width / 2 <= distance <= gap * first.height and (
                        best is None or distance < best[0]
                    ):
                        best = (distance, opt)
                    at = text.find(key, at + 1)
        if best is not None:
            found.append(best[1])
    return found[0] if len(set(found)) == 1 else None


def is_mark(cell: GridCell, vocab: Vocabulary) -> bool:
    """A cell holding only a mark (○, ●, ✓ …)."""
    k = cell.key
    return bool(k) and len(k) == 1 and k in (vocab.filled_marks | vocab.circle_marks)


def marked_options(grid: Grid, cells: list[GridCell], vocab: Vocabulary) -> list[GridCell]:
    """Options of a grid region chosen by a mark in the cell beside them.

    Where the marks sit — left of, right of, under or over their options — is
    decided for the whole region: the side on which the most options have a
    mark slot (an empty cell or a mark) wins, so ``○ | 7 …`` printed between
    ``1 …`` and ``7 …`` is read as marking 7 when the first column of slots sits
    left of option 1, and a row of ○ under the goal numbers marks the goals.
    """
    options = [c for c in cells if c.box is not None and not is_mark(c, vocab)]
    if not options:
        return []

    def slot(c: GridCell, d_row: int, d_col: int) -> GridCell | None:
        row = c.row - 1 if d_row < 0 else c.last_row + 1 if d_row > 0 else c.row
        col = c.col - 1 if d_col < 0 else c.last_col + 1 if d_col > 0 else c.col
        if not (0 <= row < grid.n_rows and 0 <= col < grid.n_cols):
            return None
        other = grid.at(row, col)
        if other is None or other is c:
            return None
        if other.box is None or is_mark(other, vocab):
            return other
        return None

    best: list[GridCell | None] = []
    for d_row, d_col in ((0, -1), (0, 1), (1, 0), (-1, 0)):
        slots = [slot(c, d_row, d_col) for c in options]
        if sum(s is not None for s in slots) > sum(s is not None for s in best):
            best = slots
    return [
        opt
        for opt, s in zip(options, best, strict=False)
        if s is not None and s.box is not None and is_mark(s, vocab)
    ]
