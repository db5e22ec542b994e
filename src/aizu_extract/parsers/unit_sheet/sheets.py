"""Split a file of 事務事業評価シート into sheets and sub-units, and read its header.

A sheet begins at each printed unit-name label (事務事業名, 令和6年度事業名 …)
and runs, across page breaks, to the next one; a 細事業 label inside it
opens a sub-unit that runs to the next 細事業 or the sheet's end. Everything
is found through the vocabulary, never by page number or position.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ...layout.form import FieldHit, Form, FormCell, Position
from ...layout.page import DocumentLayout
from ...layout.table import text_key
from ...layout.vocabulary import Vocabulary
from ...normalize.eras import find_era_year
from ...normalize.text import normalize_text
from ...settings import DEFAULT
from ..municipality import HEADER_BAND, WHOLE_PAGE, municipality

# A name label with more names than this under it heads a list of units.
_LIST_ROWS = 2


@dataclass(slots=True, eq=False)
class Scope:
    """A run of cells in reading order belonging to one business unit."""

    name_hit: FieldHit
    start: Position
    end: Position | None
    cells: list[FormCell] = field(default_factory=list)

    @property
    def page(self) -> int:
        return self.name_hit.label.page


@dataclass(slots=True, eq=False)
class Sheet:
    unit: Scope
    sub_units: list[Scope]

    @property
    def all_cells(self) -> list[FormCell]:
        out = list(self.unit.cells)
        for sub in self.sub_units:
            out.extend(sub.cells)
        return out


def split_sheets(
    form: Form, row_tolerance: float = DEFAULT.reading.sheet_row_tolerance
) -> list[Sheet]:
    """Sheets in reading order, each with its cells and sub-units."""
    hits = _name_hits(form)
    names = [hits[i] for i in _distinct([(h.label.page, _value(h)) for h in hits])]
    sheets: list[Sheet] = []
    for i, hit in enumerate(names):
        prev = names[i - 1] if i else None
        region = form.region(hit.label)
        if prev is None or prev.label.page != hit.label.page:
            start = Position(hit.label.page, 0.0, 0.0)
        elif form.region(prev.label) != region:
            # The next sheet printed beside the last (2-in-1): its half, from the top.
            start = Position(hit.label.page, 0.0, 0.0, region)
        else:
            start = Position(hit.label.page, hit.label.cell.bbox.y0, 0.0, region)
        sheets.append(Sheet(Scope(hit, start, None), []))
    for i, sheet in enumerate(sheets):
        sheet.unit.end = sheets[i + 1].unit.start if i + 1 < len(sheets) else None
        cells = form.between(sheet.unit.start, sheet.unit.end)
        subs = [h for h in form.hits("sub_unit_name", cells) if h.value is not None]
        taken: set[int] = set()
        for j, sub in enumerate(subs):
            # A 細事業 is the block of its own table: from its label's row to
            # the next 細事業 of that table; tables after it are the sheet's again.
            start = _row_start(form, sub.label)
            nxt = next((h for h in subs[j + 1 :] if h.label.grid is sub.label.grid), None)
            end = _row_start(form, nxt.label) if nxt else None
            scope = Scope(sub, start, end)
            scope.cells = [
                fc
                for fc in cells
                if fc.grid is sub.label.grid
                and fc.cell.bbox.y0 >= start.y - row_tolerance
                and (end is None or fc.cell.bbox.y0 < end.y - row_tolerance)
            ]
            taken.update(id(fc.cell) for fc in scope.cells)
            sheet.sub_units.append(scope)
        sheet.unit.cells = [fc for fc in cells if id(fc.cell) not in taken]
    return sheets


def _heads_a_list(hit: FieldHit, vocabulary_label: Callable[[str], str | None]) -> bool:
    """A 事務事業名 header over a column of names (an index, a 事務事業一覧): not a sheet label.

    The names of a list fill the header's own column; the cells under a sheet's name
    label are other fields' values on cells of other widths (所管, 施策体系 titles)."""
    if hit.inline or hit.value is None or hit.value.grid is not hit.label.grid:
        return False
    head = hit.label.cell
    run = 0
    for c in hit.label.grid.below(head):
        if c.box is None or vocabulary_label(c.key):
            break
        if (c.col, c.last_col) != (head.col, head.last_col):
            break
        run += 1
    return run > _LIST_ROWS


def _name_hits(form: Form) -> list[FieldHit]:
    """Unit-name labels with a value that do not head a list, in reading order."""
    return [
        h
        for h in form.hits("name")
        if h.value is not None and not _heads_a_list(h, form.vocab.field_of)
    ]


def _distinct(marks: list[tuple[int, str]]) -> list[int]:
    """Indexes of the name labels (page, value) that start a sheet: a name printed
    again on a later page with the same value is the sheet's repeated print title
    (Calc, Excel), not a new one."""
    out: list[int] = []
    for i, (page, value) in enumerate(marks):
        if out and page > marks[out[-1]][0] and value == marks[out[-1]][1]:
            continue
        out.append(i)
    return out


def restart_marks(form: Form) -> tuple[tuple[int, str], ...]:
    """(page, value) of every unit-name label: page-local facts, from which
    :func:`restart_pages` finds where the sheets of a whole book begin."""
    return tuple((h.label.page, _value(h)) for h in _name_hits(form))


def restart_pages(marks: list[tuple[int, str]]) -> list[int]:
    """Pages at whose top a sheet begins (after an earlier sheet's page): the book
    read from there on is read as the whole book reads it (nothing carries over)."""
    kept = _distinct(marks)
    return [marks[i][0] for j, i in enumerate(kept) if j and marks[kept[j - 1]][0] < marks[i][0]]


def _value(hit: FieldHit) -> str:
    return text_key(hit.text)


def _row_start(form: Form, label: FormCell) -> Position:
    """A sub-unit starts at the top of the merged cells beside its label (``1 | 事業計画``)."""
    grid, cell = label.grid, label.cell
    top = cell.bbox.y0
    for other in grid.left_of(cell):
        top = min(top, other.bbox.y0)
    return Position(label.page, top, 0.0, form.region(label))


# ---------------------------------------------------------------- document header


@dataclass(frozen=True, slots=True, eq=False)
class DocumentHeader:
    title: str | None
    municipality: str | None
    fiscal_year: int | None


def read_header(layout: DocumentLayout, form: Form, vocab: Vocabulary) -> DocumentHeader:
    """Title (the first printed line naming the sheet kind), its year, the municipality."""
    words = vocab.documents["unit_sheet"]
    first = layout.pages[0]
    candidates = sorted(first.boxes, key=lambda b: (round(b.bbox.y0), b.bbox.x0))
    title = None
    for box in candidates:
        for line in box.line_texts:
            if words.found_in(text_key(line)):
                title = normalize_text(line)
                break
        if title:
            break
    year = find_era_year(title) if title else None
    # A first page with no ruled table and no sheet's name label is a book's cover: it
    # may print its issuer anywhere (under the title, over the editing section).
    cover = not first.tables and not any(h.label.page == first.number for h in _name_hits(form))
    band = WHOLE_PAGE if cover else HEADER_BAND
    name = municipality(layout, vocab, title, band=band)
    return DocumentHeader(title, name, year.year if year else None)
