"""Index pages of a book: its 目次 and its lists of sheets with their pages.

A bound book lists its sheets before them (a 目次 table ``事業番号 | 事業名 | … |
ページ``, a 事務事業一覧 with a ページ column, dotted 目次 lines). The page numbers
and the sheets' codes printed there belong to the index, never to a value: each
sheet prints what it stands for itself. Accounting (accounting.py) asks here which
numbers of such a page are the index's furniture; they are counted with a reason
(``furniture.toc``, ``furniture.code``), not dropped.
"""

from __future__ import annotations

import re

from .layout.page import PageLayout, TextBox

_TOC_LEADER = re.compile(r"(?:[.…‥・･]{3,}|[.…‥・･]{2,}\s*)\d{1,4}$")
# Heads of an index's column of page numbers.
PAGE_HEADS = frozenset({"ページ", "頁", "掲載ページ", "掲載頁", "page", "Page", "P", "p."})
# A label naming codes by its ending (事業番号, 事業コード, No): left of a code, or over
# an index's column of codes.
NUMBER_LABEL = re.compile(r"(?:番号|コード|NO\.?|No\.?|no\.?|№)$")
TOC_HEADING = "目次"


def toc_leader(key: str) -> bool:
    """A 目次 entry's dot leader and page number (``事業一覧……5``). The cheaper test
    first: the pattern ends in a decimal digit (``\\d`` is Unicode category Nd, as
    ``str.isdecimal``) at the end or before a final newline, so most texts, which
    end otherwise, are not searched position by position."""
    if not (key[-1:].isdecimal() or key.endswith("\n")):
        return False
    return _TOC_LEADER.search(key) is not None


def is_toc_page(page: PageLayout) -> bool:
    """A page headed 目次 (``目　次``: keys hold no spaces)."""
    return any(b.key.startswith(TOC_HEADING) for b in page.boxes)


def is_index_table(page: PageLayout, table: int) -> bool:
    """A ruled table that is a book's index: on a 目次 page, or with a ページ cell
    (the page column of a 事務事業一覧)."""
    return is_toc_page(page) or any(b.table == table and b.key in PAGE_HEADS for b in page.boxes)


def index_code(page: PageLayout, box: TextBox, head: str | None) -> bool:
    """A sheet's code in an index (``事業番号`` over ``0211``): digits in a ruled cell
    whose column head names codes, in an index table. Any other table's codes stay
    with the other rules (a unit sheet's 番号 may be an identifier a record holds)."""
    return (
        box.table is not None
        and box.key.isdigit()
        and head is not None
        and NUMBER_LABEL.search(head) is not None
        and is_index_table(page, box.table)
    )
