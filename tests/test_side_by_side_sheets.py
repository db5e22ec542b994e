"""Two sheets printed side by side on one page (a book printed 2-in-1, held-out 17 X2):
each half is read as its own sheet, left before right, and keeps the PDF page; two tables
side by side inside one sheet, or a page of one sheet, are read whole as before."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.layout.page import build_document_layout
from aizu_extract.layout.regions import region_of, sheet_cuts
from aizu_extract.load import load_pdf
from aizu_extract.pipeline import process_file

from .drawing import ruled_table

A3_LANDSCAPE = (1190.0, 842.0)


def _sheet(page: pymupdf.Page, left: float, name: str, dept: str) -> None:
    page.insert_text((left, 50), "令和6年度 事務事業評価シート", fontname="japan", fontsize=10)
    ruled_table(page, 70, [80, 400], [(0, 0, 1, 1, "事業名"), (0, 1, 1, 1, name),
                                      (1, 0, 1, 1, "担当課"), (1, 1, 1, 1, dept)], left=left)
    ruled_table(page, 200, [80, 400], [(0, 0, 1, 1, "事業の目的"), (0, 1, 1, 1, "目的"),
                                       (1, 0, 1, 1, "備考"), (1, 1, 1, 1, "なし")], left=left)
    ruled_table(page, 600, [80, 400], [(0, 0, 1, 1, "今後の方向性"), (0, 1, 1, 1, "継続")],
                left=left)  # fmt: skip


def _pdf(tmp_path: Path, pages: list[list[tuple[float, str, str]]]) -> Path:
    doc = pymupdf.open()
    for sheets in pages:
        page = doc.new_page(width=A3_LANDSCAPE[0], height=A3_LANDSCAPE[1])
        for left, name, dept in sheets:
            _sheet(page, left, name, dept)
    path = tmp_path / "two_up.pdf"
    doc.save(path)
    doc.close()
    return path


def test_two_sheets_on_one_page_are_two_units_left_first(tmp_path: Path) -> None:
    path = _pdf(tmp_path, [[(40.0, "左の事業", "総務課"), (640.0, "右の事業", "財政課")],
                           [(40.0, "次の事業", "税務課")]])  # fmt: skip
    units = process_file(path).rows["business_units"]
    got = [(u["name"], u["department"], u["page"]) for u in units]
    assert got == [("左の事業", "総務課", 1), ("右の事業", "財政課", 1), ("次の事業", "税務課", 2)]


def test_page_cut_only_where_each_side_holds_a_whole_sheet(tmp_path: Path) -> None:
    path = _pdf(tmp_path, [[(40.0, "左の事業", "総務課"), (640.0, "右の事業", "財政課")],
                           [(40.0, "次の事業", "税務課")]])  # fmt: skip
    layout = build_document_layout(load_pdf(path))
    cuts = sheet_cuts(layout.pages[0])
    assert len(cuts) == 1 and 520.0 < cuts[0] < 640.0
    assert (region_of(cuts, 100.0), region_of(cuts, 900.0)) == (0, 1)
    assert sheet_cuts(layout.pages[1]) == ()


def test_two_boxes_side_by_side_in_one_sheet_are_not_two_sheets(tmp_path: Path) -> None:
    """Two short tables beside each other under a full-width one: no gutter crosses
    the page, and beside each other they span far less than the page's height."""
    doc = pymupdf.open()
    page = doc.new_page(width=A3_LANDSCAPE[0], height=A3_LANDSCAPE[1])
    ruled_table(page, 70, [100, 300], [(0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "事業")])
    ruled_table(page, 200, [100, 300], [(0, 0, 1, 1, "目標"), (0, 1, 1, 1, "1")])
    ruled_table(page, 200, [100, 300], [(0, 0, 1, 1, "実績"), (0, 1, 1, 1, "2")], left=640.0)
    ruled_table(page, 300, [100, 300], [(0, 0, 1, 1, "備考"), (0, 1, 1, 1, "3")], left=640.0)
    path = tmp_path / "one.pdf"
    doc.save(path)
    doc.close()
    layout = build_document_layout(load_pdf(path))
    assert sheet_cuts(layout.pages[0]) == ()


def _costed_sheet(page: pymupdf.Page, left: float, name: str, note: str) -> None:
    _sheet(page, left, name, "総務課")
    page.insert_text((left + 300, 50), note, fontname="japan", fontsize=9)  # by the title
    ruled_table(page, 340, [80, 160, 160], [
        (0, 0, 1, 1, "区分"), (0, 1, 1, 1, "令和5年度決算"), (0, 2, 1, 1, "令和6年度予算"),
        (1, 0, 1, 1, "事業費"), (1, 1, 1, 1, "1,200"), (1, 2, 1, 1, "1,500"),
    ], left=left)  # fmt: skip


def test_each_sheet_takes_the_unit_note_printed_on_its_own_half(tmp_path: Path) -> None:
    """The left sheet prints （単位：千円） by its title, the right one （単位：円）:
    the same figures are 1,200,000 yen on the left and 1,200 yen on the right (the
    note of the other half, first in the page's reading order, is not the right's)."""
    doc = pymupdf.open()
    page = doc.new_page(width=A3_LANDSCAPE[0], height=A3_LANDSCAPE[1])
    _costed_sheet(page, 40.0, "左の事業", "（単位：千円）")
    _costed_sheet(page, 640.0, "右の事業", "（単位：円）")
    path = tmp_path / "two_notes.pdf"
    doc.save(path)
    doc.close()
    lines = process_file(path).rows["budget_lines"]
    got = sorted((b["business_unit"], b["fiscal_year"], b["amount_yen"]) for b in lines)
    assert got == [
        ("右の事業", 2023, 1200), ("右の事業", 2024, 1500),
        ("左の事業", 2023, 1200000), ("左の事業", 2024, 1500000),
    ]  # fmt: skip
