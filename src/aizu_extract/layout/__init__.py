"""Layout stage: from chars and rulings to lines, ruled cells and text boxes.

Pure functions over the frozen values of :mod:`aizu_extract.load`; each
intermediate (edges, cells, tables, lines, boxes) is kept so it can be drawn
or inspected when a parser goes wrong.
"""

from .grid import Cell, Table, find_tables
from .page import DocumentLayout, PageLayout, TextBox, build_document_layout, build_page_layout
from .textlines import TextLine, group_lines, split_runs

__all__ = [
    "Cell",
    "DocumentLayout",
    "PageLayout",
    "Table",
    "TextBox",
    "TextLine",
    "build_document_layout",
    "build_page_layout",
    "find_tables",
    "group_lines",
    "split_runs",
]
