"""An indicator's name merged over its 目標値 / 実績値 / 達成率 rows with two 単位 cells
beside it (``回`` merged over 目標値 and 実績値, ``％`` on the 達成率 row; held-out 17
X11/X12): the cells under the 単位 header are the rows' units, not labels of rows of
their own, so the name stays the rows' item and each row takes its own unit cell."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.pipeline import process_file

from .drawing import draw_pdf, ruled_table, title_line


def test_name_beside_two_unit_cells_is_the_item(tmp_path: Path) -> None:
    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート")
        ruled_table(page, 60, [80, 300], [(0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "見守り事業")])
        ruled_table(page, 120, [45, 150, 30, 50, 50, 50], [
            (0, 0, 1, 2, "指標名"), (0, 2, 1, 1, "単位"), (0, 3, 1, 1, "区分"),
            (0, 4, 1, 1, "R5"), (0, 5, 1, 1, "R6"),
            (1, 0, 3, 1, "活動指標"), (1, 1, 3, 1, "講習会の開催回数"), (1, 2, 2, 1, "回"),
            (1, 3, 1, 1, "目標値"), (1, 4, 1, 1, "6"), (1, 5, 1, 1, "8"),
            (2, 3, 1, 1, "実績値"), (2, 4, 1, 1, "5"), (2, 5, 1, 1, "8"),
            (3, 2, 1, 1, "％"), (3, 3, 1, 1, "達成率"), (3, 4, 1, 1, "83.3"),
            (3, 5, 1, 1, "100.0"),
        ])  # fmt: skip

    rows = process_file(draw_pdf(tmp_path, "kpi.pdf", draw)).rows["kpi_values"]
    got = {(r["metric"], r["fiscal_year"]): (r["kpi_name"], r["kind"], r["unit"], r["value"])
           for r in rows}  # fmt: skip
    assert got == {
        ("target", 2023): ("講習会の開催回数", "activity", "回", 6.0),
        ("target", 2024): ("講習会の開催回数", "activity", "回", 8.0),
        ("actual", 2023): ("講習会の開催回数", "activity", "回", 5.0),
        ("actual", 2024): ("講習会の開催回数", "activity", "回", 8.0),
        ("achievement_rate", 2023): ("講習会の開催回数", "activity", "%", 83.3),
        ("achievement_rate", 2024): ("講習会の開催回数", "activity", "%", 100.0),
    }
