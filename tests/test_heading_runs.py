"""A section heading printed as its number, a space and a form label in one run
(``4 評価``, ``3 指標``): the number is the heading's, accounted ``label.heading``;
a number with a unit (``5 人``) printed the same way is still a number nobody read;
and a cell printing one number per line is a number, whatever its joined key reads."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.pipeline import process_file

from .drawing import draw_pdf, ruled_table, title_line


def _sheet(loose: str):  # type: ignore[no-untyped-def]
    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和7年度 事務事業評価表")
        y = ruled_table(page, 60, [100, 400], [
            (0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "こども食堂支援事業"),
        ])  # fmt: skip
        title_line(page, y + 20, "3 指標")
        y = ruled_table(page, y + 26, [100, 80, 80], [
            (0, 0, 1, 1, "区分（千円）"), (0, 1, 1, 1, "5年度決算"), (0, 2, 1, 1, "6年度予算"),
            (1, 0, 1, 1, "事業費"), (1, 1, 1, 1, "800"), (1, 2, 1, 1, "950"),
        ])  # fmt: skip
        title_line(page, y + 30, loose)
        ruled_table(page, y + 36, [100, 300], [(0, 0, 1, 1, "評価の理由"), (0, 1, 1, 1, "妥当")])

    return draw


def test_heading_numbers_printed_with_their_label(tmp_path: Path) -> None:
    out = process_file(draw_pdf(tmp_path, "headings.pdf", _sheet("4 評価")))
    doc = out.document
    assert doc["status"] == "ok", doc["error"]
    assert out.rows["unassigned"] == []


def test_a_count_printed_alone_is_not_a_heading(tmp_path: Path) -> None:
    out = process_file(draw_pdf(tmp_path, "count.pdf", _sheet("5 人")))
    assert out.document["status"] == "partial"
    assert [(u["text"], u["reason"]) for u in out.rows["unassigned"]] == [
        ("5 人", "unassigned.unknown_label")
    ]


def _unread_stack(page: pymupdf.Page) -> None:
    title_line(page, 50, "令和7年度 事務事業評価表")
    name = [(0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "読書推進事業")]
    y = ruled_table(page, 60, [100, 400], name)
    ruled_table(page, y + 20, [100, 80, 80], [
        (0, 0, 1, 1, "地区"), (0, 1, 1, 1, "面積"), (0, 2, 1, 1, "標高"),
        (1, 0, 2, 1, "北地区"), (1, 1, 2, 1, "20\n18"), (1, 2, 2, 1, "340\n－"),
    ])  # fmt: skip


def test_a_cell_of_one_number_per_line_is_counted(tmp_path: Path) -> None:
    """``20`` over ``18`` nobody read: two numbers in one cell, not the year 2018 (its
    joined key), so the cell is unassigned, never passed over; so is ``340`` over ``－``."""
    out = process_file(draw_pdf(tmp_path, "stack.pdf", _unread_stack))
    got = sorted((u["text"], u["reason"]) for u in out.rows["unassigned"])
    assert got == [("20\n18", "unassigned.unknown_table"), ("340\n－", "unassigned.unknown_table")]
