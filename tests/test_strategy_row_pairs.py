"""Strategy KPI tables printing each indicator as a 目標 row over an 実績 row (区分
column) under year columns that name no metric (``R5 | R6``), the name, unit, 基準値
and final 目標値 merged over both rows (a spreadsheet 効果検証シート); and a table whose
name column says no kind but whose own band rows place it in the outline.

Small ruled tables drawn with ``tests/drawing.py``; the expected values are typed
by hand from the cells drawn below, never copied from parser output.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.pipeline import process_file
from tests.drawing import Cell, draw_pdf, ruled_table

PAIR_WIDTHS = [110.0, 30.0, 70.0, 30.0, 50.0, 50.0, 60.0]
PAIR_CELLS: list[Cell] = [
    (0, 0, 1, 1, "重要業績評価指標"), (0, 1, 1, 1, "単位"), (0, 2, 1, 1, "基準値（R2）"),
    (0, 3, 1, 1, "区分"), (0, 4, 1, 1, "R5"), (0, 5, 1, 1, "R6"), (0, 6, 1, 1, "目標値（R9）"),
    (1, 0, 2, 1, "移住者数"), (1, 1, 2, 1, "人"), (1, 2, 2, 1, "40"),
    (1, 3, 1, 1, "目標"), (1, 4, 1, 1, "50"), (1, 5, 1, 1, "55"),
    (2, 3, 1, 1, "実績"), (2, 4, 1, 1, "48"),  # R6 実績 printed blank
    (1, 6, 2, 1, "70"),
    (3, 0, 2, 1, "健診受診率"), (3, 1, 2, 1, "%"), (3, 2, 2, 1, "38.0"),
    (3, 3, 1, 1, "目標"), (3, 4, 1, 1, "45.0"), (3, 5, 1, 1, "50.0"),
    (4, 3, 1, 1, "実績"), (4, 4, 1, 1, "41.5"), (4, 5, 1, 1, "44.0"),
    (3, 6, 2, 1, "60.0"),
]  # fmt: skip


def test_target_and_actual_rows_under_year_columns(tmp_path: Path) -> None:
    """区分 目標 / 実績 give the metric of the year columns row by row; the cells merged
    over both rows are read once (基準値, 目標値) and give both rows their unit."""

    def draw(page: pymupdf.Page) -> None:
        page.insert_text((200, 50), "紅葉市総合戦略", fontname="japan", fontsize=16)
        ruled_table(page, 110, PAIR_WIDTHS, PAIR_CELLS)

    out = process_file(draw_pdf(tmp_path, "pairs.pdf", draw))
    assert out.rows["rejects"] == []
    got = sorted(
        (r["kpi_name"], r["metric"], r["fiscal_year"], r["value"], r["value_text"], r["unit"])
        for r in out.rows["kpi_values"]
    )
    assert got == [
        ("健診受診率", "actual", 2023, 41.5, "41.5", "%"),
        ("健診受診率", "actual", 2024, 44.0, "44.0", "%"),
        ("健診受診率", "baseline", 2020, 38.0, "38.0", "%"),
        ("健診受診率", "target", 2023, 45.0, "45.0", "%"),
        ("健診受診率", "target", 2024, 50.0, "50.0", "%"),
        ("健診受診率", "target", 2027, 60.0, "60.0", "%"),
        ("移住者数", "actual", 2023, 48.0, "48", "人"),
        ("移住者数", "actual", 2024, None, "", None),  # blank: no value, no unit
        ("移住者数", "baseline", 2020, 40.0, "40", "人"),
        ("移住者数", "target", 2023, 50.0, "50", "人"),
        ("移住者数", "target", 2024, 55.0, "55", "人"),
        ("移住者数", "target", 2027, 70.0, "70", "人"),
    ]


BAND_WIDTHS = [120.0, 40.0, 90.0, 90.0]
BAND_CELLS: list[Cell] = [
    (0, 0, 1, 1, "指標名"), (0, 1, 1, 1, "単位"), (0, 2, 1, 1, "現状値（R4）"),
    (0, 3, 1, 1, "目標値（R9）"),
    (1, 0, 1, 4, "基本目標2 ひとを育てる"),
    (2, 0, 1, 4, "【数値目標】"),
    (3, 0, 1, 1, "出生数"), (3, 1, 1, 1, "人"), (3, 2, 1, 1, "300"), (3, 3, 1, 1, "320"),
    (4, 0, 1, 4, "（3）学びの場づくり"),
    (5, 0, 1, 1, "図書館利用者数"), (5, 1, 1, 1, "人"), (5, 2, 1, 1, "5,000"),
    (5, 3, 1, 1, "6,000"),
]  # fmt: skip
G2 = "基本目標2 ひとを育てる"
S3 = f"{G2} / (3) 学びの場づくり"


def test_unnamed_kind_placed_by_its_own_bands(tmp_path: Path) -> None:
    """A name column headed 指標名 says no kind and no label is printed above the
    table, but its 基本目標 / 【数値目標】 / (n) bands place its rows: they are read,
    数値目標 under the 【数値目標】 band and KPIs under the 施策's."""

    def draw(page: pymupdf.Page) -> None:
        page.insert_text((200, 50), "紅葉市総合戦略", fontname="japan", fontsize=16)
        ruled_table(page, 110, BAND_WIDTHS, BAND_CELLS)

    out = process_file(draw_pdf(tmp_path, "bands.pdf", draw))
    assert out.rows["rejects"] == []
    got = sorted(
        (r["kpi_name"], r["metric"], r["kind"], r["context"], r["value"])
        for r in out.rows["kpi_values"]
    )
    assert got == [
        ("出生数", "baseline", "numerical_target", G2, 300.0),
        ("出生数", "target", "numerical_target", G2, 320.0),
        ("図書館利用者数", "baseline", "kpi", S3, 5000.0),
        ("図書館利用者数", "target", "kpi", S3, 6000.0),
    ]
    assert [(n["level"], n["number"], n["parent_number"]) for n in out.rows["structure"]] == [
        ("pillar", "2", None),
        ("section", "(3)", "2"),
    ]


PLAIN_CELLS: list[Cell] = [
    (0, 0, 1, 1, "指標名"), (0, 1, 1, 1, "単位"), (0, 2, 1, 1, "現状値（R4）"),
    (0, 3, 1, 1, "目標値（R9）"),
    (1, 0, 1, 1, "人口"), (1, 1, 1, 1, "人"), (1, 2, 1, 1, "30,000"), (1, 3, 1, 1, "29,000"),
]  # fmt: skip


def test_unnamed_kind_without_headings_stays_unread(tmp_path: Path) -> None:
    """The same table without band rows or a label above it is a table of figures
    (neither 数値目標 nor KPI): no rows, as before."""

    def draw(page: pymupdf.Page) -> None:
        page.insert_text((200, 50), "紅葉市総合戦略", fontname="japan", fontsize=16)
        ruled_table(page, 110, BAND_WIDTHS, PLAIN_CELLS)

    out = process_file(draw_pdf(tmp_path, "plain.pdf", draw))
    assert out.rows["kpi_values"] == []
