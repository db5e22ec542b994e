"""A book of unit sheets whose municipality is printed only on its cover, alone on a
line in the middle of the page (held-out 15, V1): a first page with no ruled table is a
cover, and a name printed alone anywhere on it is the issuer. On a first page that is a
sheet, a name alone in the middle of the page (a note, a unit's text) still says none."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.pipeline import process_file

from .drawing import ruled_table, title_line


def _sheet(page: pymupdf.Page) -> None:
    title_line(page, 50, "事務事業評価シート")
    ruled_table(page, 60, [90, 200, 60, 150], [
        (0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "公民館講座運営事業"),
        (0, 2, 1, 1, "担当課"), (0, 3, 1, 1, "生涯学習課"),
    ])  # fmt: skip


def _municipality(tmp_path: Path, cover: bool) -> object:
    doc = pymupdf.open()
    first = doc.new_page(width=595, height=842)
    if cover:
        title_line(first, 300, "令和6年度 事務事業評価書")
    else:
        _sheet(first)
    first.insert_text((250, 620), "みずなぎ町", fontname="japan", fontsize=12)
    first.insert_text((240, 645), "企画部 企画課", fontname="japan", fontsize=12)
    if cover:
        _sheet(doc.new_page(width=595, height=842))
    path = tmp_path / "book.pdf"
    doc.save(path)
    return process_file(path).document["municipality"]


def test_name_on_the_cover(tmp_path: Path) -> None:
    assert _municipality(tmp_path, cover=True) == "みずなぎ町"


def test_name_mid_page_on_a_sheet_is_none(tmp_path: Path) -> None:
    assert _municipality(tmp_path, cover=False) is None


def test_name_mid_page_on_an_unruled_sheet_is_none(tmp_path: Path) -> None:
    """A first page with no ruling that is a sheet all the same (its name label printed
    as text): a name alone mid-page is a value of the sheet (委託先), not its issuer."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    title_line(page, 50, "事務事業評価シート")
    for i, line in enumerate(["事業名：公民館講座運営事業", "担当課：生涯学習課", "委託先："]):
        page.insert_text((40, 90 + i * 16), line, fontname="japan", fontsize=10)
    page.insert_text((250, 420), "みずなぎ町", fontname="japan", fontsize=10)
    path = tmp_path / "unruled.pdf"
    doc.save(path)
    assert process_file(path).document["municipality"] is None
