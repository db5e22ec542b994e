"""A document that IS a 事務事業一覧: one table of business units over its pages.

Many municipalities publish their 事務事業評価 as one list (事務事業評価結果一覧)
instead of one sheet per unit: a header row naming 事務事業名 beside per-row unit
columns (番号, 担当課, 今後の方向性, dated money columns), repeated on every page,
政策 / 施策 band rows, one row per unit, 合計 rows. It is read by the 施策評価票's own
list reader (:func:`.unit_list.read_unit_list`); here are only what such a document
adds: telling it from a unit sheet, its title, its structure from the band rows and
each row's indicators read as that row's unit's.
"""

from __future__ import annotations

from ...layout import DocumentLayout
from ...layout.form import Form, FormCell
from ...layout.headers import HeaderInterpreter
from ...layout.table import Grid, grids_of, new_grid_cell, text_key
from ...layout.vocabulary import Vocabulary, vocabulary
from ...normalize.eras import find_era_year
from ...normalize.text import normalize_text
from ...settings import DEFAULT, Settings
from ..base import Extraction
from ..tables import ValueContext, read_values
from .checks import join_units
from .unit_list import Band, UnitList, read_unit_list

# The roles of a list's header row besides its name column, by the vocabulary's words.
_ROLES = ("list_number_column", "list_department_column", "list_policy_column")


def is_list_document(layout: DocumentLayout, settings: Settings = DEFAULT) -> bool:
    """From the first page that holds a table on, every page holds one headed by a
    list row (事務事業名 beside at least ``list_document_roles`` unit columns) over at
    least ``list_document_rows`` rows whose number cell is printed: the document is a
    list, not a book of sheets (whose sheets print 事務事業名 as a label beside its
    value), unless it prints the kind of a 施策評価票 (whose list is one part of the
    sheet). Pages before the first table (a cover) do not decide; a book's 目次 is a
    list too, but the sheets after it are not."""
    vocab = vocabulary()
    if not layout.pages or vocab.documents["policy_area_sheet"].found_in(layout.text_key):
        return False  # a 施策評価票 holds its 事務事業一覧: its own reader reads it
    pages = [_tables(grids_of(page)) for page in layout.pages]
    first = next((i for i, tables in enumerate(pages) if tables), None)
    if first is None:
        return False
    return all(_only_list(tables, vocab, settings) for tables in pages[first:])


def _tables(grids: list[Grid]) -> list[Grid]:
    """The page's tables of more than one cell (a heading or a note boxed alone is none)."""
    return [g for g in grids if g.n_rows > 1 or g.n_cols > 1]


def _only_list(tables: list[Grid], vocab: Vocabulary, settings: Settings) -> bool:
    """The page's one table of many cells is a unit list (a heading, a note in a cell
    of its own beside it; a card's tables would be more)."""
    return len(tables) == 1 and _lists_units(tables[0], vocab, settings)


def _lists_units(grid: Grid, vocab: Vocabulary, settings: Settings) -> bool:
    names = vocab.header("subject_column")
    reading = settings.reading
    for cell in grid.cells:
        if cell.box is None or not names.matches(cell.key):
            continue
        header = [c for c in grid.row_cells(cell.row) if c.box is not None and c is not cell]
        roles = {r: c for r in _ROLES for c in header if _role(vocab, r, c.key)}
        if len(roles) < reading.list_document_roles or "list_number_column" not in roles:
            continue
        number = roles["list_number_column"]
        printed = [
            c
            for c in grid.below(number)
            if c.box is not None and c.col == number.col and not names.matches(c.key)
        ]
        if len(printed) >= reading.list_document_rows:
            return True
    return False


def _role(vocab: Vocabulary, role: str, key: str) -> bool:
    words = vocab.header(role)
    return words.matches(key) if role == "list_number_column" else words.found_in(key)


def read_title(layout: DocumentLayout, ex: Extraction) -> None:
    """The first page's first line naming the document's kind (事務事業評価結果一覧),
    and the 年度 it prints."""
    words = vocabulary().documents["unit_sheet"]
    first = layout.pages[0]
    for box in sorted(first.boxes, key=lambda b: (round(b.bbox.y0), b.bbox.x0)):
        if box.table is not None or box.furniture:
            continue
        line = next((t for t in box.line_texts if words.found_in(text_key(t))), None)
        if line is not None:
            ex.title = normalize_text(line)
            era = find_era_year(ex.title)
            ex.fiscal_year = era.year if era else None
            return


def read_list_document(
    form: Form, headers: HeaderInterpreter, ex: Extraction, settings: Settings = DEFAULT
) -> None:
    """The list's units and money (the list reader), its band rows as structure
    nodes and each row's indicators."""
    listing = read_unit_list(form, ex, headers, settings.layout)
    _structure(listing.bands, ex)
    join_units(ex, listing.rows, [], form.vocab, list_only=True)
    _row_indicators(form, headers, listing, ex)
    if not listing.rows:
        ex.warnings.append("no unit row found in the 事務事業一覧")


def _structure(bands: tuple[Band, ...], ex: Extraction) -> None:
    """One node per band row; a 施策's parent is the 政策 band above it when its code
    goes on from that 政策's (``1-2`` under ``政策1``)."""
    policy: Band | None = None
    for band in bands:
        parent = None
        if band.level == "policy":
            policy = band
        elif policy is not None and band.code.startswith(f"{policy.code}-"):
            parent = policy
        ex.structure.append(
            {
                "page": band.page,
                "level": band.level,
                "number": band.code,
                "title": band.title,
                "parent_number": parent.code if parent else None,
                "parent_level": parent.level if parent else None,
            }
        )


def _row_indicators(
    form: Form, headers: HeaderInterpreter, listing: UnitList, ex: Extraction
) -> None:
    """Each row's cells outside the list's own columns (成果指標名（単位） | 目標値 |
    実績値 …) read by the shared value reader as the row's unit's indicators."""
    if listing.found is None:
        return
    found = listing.found
    own = {c.col for cells in found.cols.values() for c in cells}
    own.add(found.name.col)
    for row in listing.rows:
        if row.grid is None:
            continue
        grid = _under_header(found.grid, found.name.last_row, row.grid, row.row)
        cells = [
            FormCell(grid, c)
            for c in grid.cells
            if c.row > found.name.last_row and not own & set(range(c.col, c.last_col + 1))
        ]
        values = ValueContext(row.name, row.measure_no, row.context, None, "outcome")
        read_values(form, cells, values, headers, ex)


def _under_header(head: Grid, last: int, grid: Grid, row: int) -> Grid:
    """One unit row of ``grid`` right under the list's header rows (``head``'s rows up
    to ``last``): the band and 合計 rows between them are no headers of its values."""
    cells = [c for c in head.cells if c.last_row <= last]
    cells += [
        new_grid_cell(last + 1, c.col, 1, c.col_span, c.bbox, c.box)
        for c in grid.cells
        if c.row == row and c.row_span == 1
    ]
    ys = (*head.ys[: last + 2], head.ys[last + 1] + grid.ys[row + 1] - grid.ys[row])
    joined = Grid(grid.page, grid.bbox, head.xs, ys, tuple(cells))
    for i, c in enumerate(joined.cells):
        for r in range(c.row, c.last_row + 1):
            for col in range(c.col, c.last_col + 1):
                joined._slots[(r, col)] = i
    return joined


__all__ = ["is_list_document", "read_list_document", "read_title"]
