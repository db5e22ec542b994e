"""A strategy's fiscal_year from the one 年度 its title names (a progress review:
``…進捗状況一覧（令和6年度検証）``), when the cover prints no date. Expected values
typed by hand from the titles below."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.parsers.strategy.document import _title_year
from aizu_extract.pipeline import process_file
from tests.drawing import draw_pdf, ruled_table


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("紅葉市総合戦略 KPI進捗状況(令和5年度検証)", 2023),
        ("紅葉市総合戦略の効果検証(2022年度)", 2022),
        ("紅葉市総合戦略(令和5年度~令和9年度)", None),  # a period: not one year
        ("紅葉市総合戦略(令和2年3月)", None),  # a date, not a 年度
        ("紅葉市総合戦略", None),
        (None, None),
    ],
)
def test_title_year(title: str | None, year: int | None) -> None:
    assert _title_year(title) == year


def test_review_title_gives_the_document_year(tmp_path: Path) -> None:
    def draw(page: pymupdf.Page) -> None:
        page.insert_text(
            (60, 50), "紅葉市総合戦略 進捗状況（令和5年度検証）", fontname="japan", fontsize=16
        )
        cells = [
            (0, 0, 1, 1, "重要業績評価指標"), (0, 1, 1, 1, "現状値（R1）"),
            (0, 2, 1, 1, "目標値（R7）"), (1, 0, 1, 1, "出生数"), (1, 1, 1, 1, "300人"),
            (1, 2, 1, 1, "320人"),
        ]  # fmt: skip
        ruled_table(page, 110, [150.0, 110.0, 110.0], cells)

    out = process_file(draw_pdf(tmp_path, "review.pdf", draw))
    assert out.document["fiscal_year"] == 2023
