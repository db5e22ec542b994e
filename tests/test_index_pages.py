"""A book's index page (held-out 21 AB3: ``目　次`` over ``事業番号 | 事業名 | 所管課 |
ページ``): the sheets' codes under 事業番号 and their page numbers are the index's
furniture, counted with a reason (furniture.code, furniture.toc), never unassigned.
A code column outside an index, and any other number column of an index, stay open:
the rule hides no value."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pymupdf

from aizu_extract.load import load_pdf
from aizu_extract.pipeline import _parse
from aizu_extract.settings import DEFAULT

from .drawing import Cell, ruled_table, title_line

SHEET_PAGE = 2  # the index is page 1, the one sheet page 2


def _sheet(page: pymupdf.Page) -> None:
    """One sheet the parser reads: 2 budget values (9,800 and 10,200 千円)."""
    title_line(page, 50, "2024年度 事務事業評価シート")
    y = ruled_table(page, 60, [100, 400], [
        (0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "放課後児童クラブ運営事業"),
        (1, 0, 1, 1, "所管課"), (1, 1, 1, 1, "こども支援課"),
    ])  # fmt: skip
    ruled_table(page, y + 20, [120, 100], [
        (0, 0, 1, 1, "区分（千円）"), (0, 1, 1, 1, "事業費"),
        (1, 0, 1, 1, "2023年度決算"), (1, 1, 1, 1, "9,800"),
        (2, 0, 1, 1, "2024年度予算"), (2, 1, 1, 1, "10,200"),
    ])  # fmt: skip


def _numbers(tmp_path: Path, heading: str, cells: list[Cell]) -> list[tuple[str, str, str]]:
    """(text, status, reason) of every number on the index page, sorted."""

    def index(page: pymupdf.Page) -> None:
        title_line(page, 50, heading)
        ruled_table(page, 70, [70, 200, 100, 60], cells)

    pdf = _book(tmp_path, [index, _sheet])
    loaded = load_pdf(pdf, pdf.read_bytes(), DEFAULT.load)
    ex, _, accounting = _parse(loaded, DEFAULT)
    assert accounting is not None
    assert [u["name"] for u in ex.business_units] == ["放課後児童クラブ運営事業"]
    assert not [n for n in accounting.numbers if n.page == SHEET_PAGE and n.status != "assigned"]
    return sorted((n.text, n.status, n.reason) for n in accounting.numbers if n.page == 1)


def _book(tmp_path: Path, pages: list[Callable[[pymupdf.Page], None]]) -> Path:
    doc = pymupdf.open()
    for draw in pages:
        draw(doc.new_page(width=595, height=842))
    path = tmp_path / "book.pdf"
    doc.save(path)
    doc.close()
    return path


def _rows(last: str, values: tuple[str, str]) -> list[Cell]:
    return [(0, 0, 1, 1, "事業番号"), (0, 1, 1, 1, "事業名"), (0, 2, 1, 1, "所管課"),
            (0, 3, 1, 1, last),
            (1, 0, 1, 1, "0211"), (1, 1, 1, 1, "放課後児童クラブ運営事業"),
            (1, 2, 1, 1, "こども支援課"), (1, 3, 1, 1, values[0]),
            (2, 0, 1, 1, "0305"), (2, 1, 1, 1, "高齢者移動支援タクシー助成事業"),
            (2, 2, 1, 1, "高齢福祉課"), (2, 3, 1, 1, values[1])]  # fmt: skip


def test_a_toc_pages_codes_and_pages_are_its_furniture(tmp_path: Path) -> None:
    got = _numbers(tmp_path, "目　次", _rows("ページ", ("2", "2")))
    assert got == [
        ("0211", "furniture", "furniture.code"),
        ("0305", "furniture", "furniture.code"),
        ("2", "furniture", "furniture.toc"),
        ("2", "furniture", "furniture.toc"),
    ]


def test_a_list_with_a_page_column_is_an_index_without_the_toc_heading(tmp_path: Path) -> None:
    got = _numbers(tmp_path, "事務事業一覧", _rows("ページ", ("2", "2")))
    assert [(t, r) for t, _, r in got] == [
        ("0211", "furniture.code"), ("0305", "furniture.code"),
        ("2", "furniture.toc"), ("2", "furniture.toc"),
    ]  # fmt: skip


def test_codes_of_a_table_that_is_no_index_stay_open(tmp_path: Path) -> None:
    """No 目次 heading, no ページ column: a 事業番号 column is no index's furniture."""
    got = _numbers(tmp_path, "事務事業一覧", _rows("備考", ("継続", "継続")))
    assert got == [
        ("0211", "unassigned", "unassigned.unknown_table"),
        ("0305", "unassigned", "unassigned.unknown_table"),
    ]


def test_other_numbers_of_a_toc_page_stay_open(tmp_path: Path) -> None:
    """A 目次 table with a money column instead of ページ: its codes are the index's,
    its 4-digit figures (no page numbers) are no code and stay unassigned."""
    got = _numbers(tmp_path, "目　次", _rows("事業費", ("9800", "4500")))
    assert got == [
        ("0211", "furniture", "furniture.code"),
        ("0305", "furniture", "furniture.code"),
        ("4500", "unassigned", "unassigned.unknown_table"),
        ("9800", "unassigned", "unassigned.unknown_table"),
    ]
