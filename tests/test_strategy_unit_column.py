"""A strategy table's 単位 column is the unit of every value of its row, words
included (``集計中``, ``維持``), but not of a dash (no value printed: as
test_strategy_shapes.test_excel_like_kpi_list), and a 単位 cell printing a dash
means no unit. Expected values typed by hand from the cells below."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.pipeline import process_file
from tests.drawing import draw_pdf, ruled_table

TEXTS = [
    ["重要業績評価指標", "単位", "現状値（R4）", "目標値（R9）", "R5実績"],
    ["健診受診率", "%", "45.0", "維持", "－"],
    ["農業産出額", "億円", "38.6", "40.0", "集計中"],
    ["合計特殊出生率", "－", "1.42", "1.60", "1.38"],
]
# (kpi_name, metric) → (value, unit, value_text)
EXPECTED = {
    ("健診受診率", "baseline"): (45.0, "%", "45.0"),
    ("健診受診率", "target"): (None, "%", "維持"),
    ("健診受診率", "actual"): (None, None, "－"),
    ("農業産出額", "baseline"): (38.6, "億円", "38.6"),
    ("農業産出額", "target"): (40.0, "億円", "40.0"),
    ("農業産出額", "actual"): (None, "億円", "集計中"),
    ("合計特殊出生率", "baseline"): (1.42, None, "1.42"),
    ("合計特殊出生率", "target"): (1.6, None, "1.60"),
    ("合計特殊出生率", "actual"): (1.38, None, "1.38"),
}


def test_unit_column_applies_to_every_cell_of_its_row(tmp_path: Path) -> None:
    def draw(page: pymupdf.Page) -> None:
        page.insert_text((200, 50), "紅葉市総合戦略", fontname="japan", fontsize=16)
        cells = [(r, c, 1, 1, t) for r, row in enumerate(TEXTS) for c, t in enumerate(row)]
        ruled_table(page, 110, [130.0, 50.0, 90.0, 90.0, 80.0], cells)

    out = process_file(draw_pdf(tmp_path, "units.pdf", draw))
    assert out.rows["rejects"] == []
    got = {
        (r["kpi_name"], r["metric"]): (r["value"], r["unit"], r["value_text"])
        for r in out.rows["kpi_values"]
    }
    assert got == EXPECTED
