"""予算科目 printed as ``款 | 項 | 目`` header cells over codes with their names
(``04 衛生費 | 01 保健衛生費 | 03 予防費``, held-out 15 V7): each code is an identifier
of the budget (furniture.budget_code), never a value left unassigned."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.load import load_pdf
from aizu_extract.pipeline import _parse
from aizu_extract.settings import DEFAULT

from .drawing import draw_pdf, ruled_table, title_line


def _draw(page: pymupdf.Page) -> None:
    title_line(page, 50, "令和6年度 事務事業評価シート")
    ruled_table(page, 60, [80, 130, 130, 130], [
        (0, 0, 1, 1, "事業名"), (0, 1, 1, 3, "がん検診推進事業"),
        (1, 0, 2, 1, "予算科目"), (1, 1, 1, 1, "款"), (1, 2, 1, 1, "項"), (1, 3, 1, 1, "目"),
        (2, 1, 1, 1, "04 衛生費"), (2, 2, 1, 1, "01 保健衛生費"), (2, 3, 1, 1, "03 予防費"),
    ])  # fmt: skip


def test_codes_under_kan_kou_moku(tmp_path: Path) -> None:
    pdf = draw_pdf(tmp_path, "codes.pdf", _draw)
    _, _, accounting = _parse(load_pdf(pdf, pdf.read_bytes(), DEFAULT.load), DEFAULT)
    assert accounting is not None
    got = sorted((n.text, n.status, n.reason) for n in accounting.numbers)
    # the cells that print a number by the accounting's rule (a short name after the code)
    assert got == [
        ("03 予防費", "furniture", "furniture.budget_code"),
        ("04 衛生費", "furniture", "furniture.budget_code"),
    ]
