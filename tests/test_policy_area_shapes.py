"""施策評価票 arrangements the area parser's own KPI reader does not know, read
through the shared table model; drawn at test time, rows typed by hand."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.pipeline import process_file

from .drawing import draw_pdf, ruled_table, title_line

_W = [60.0] * 8


def _kpi_block(
    page: pymupdf.Page, top: float, name: str, unit: str, rows: dict[str, tuple[str, ...]]
) -> float:
    """``指標名 | NAME (merged) | 単位 | UNIT | 説明又は計算式 | …`` over R5–R8 rows."""
    cells = [
        (0, 0, 1, 1, "指標名"), (0, 1, 1, 3, name), (0, 4, 1, 1, "単位"), (0, 5, 1, 1, unit),
        (0, 6, 1, 1, "説明又は計算式"), (0, 7, 1, 1, "年度末の件数"),
        (1, 0, 1, 2, "区分"), (1, 2, 1, 1, "R5"), (1, 3, 1, 1, "R6"), (1, 4, 1, 1, "R7"),
        (1, 5, 1, 1, "R8"), (1, 6, 1, 2, "検証"),
    ]  # fmt: skip
    for i, (metric, values) in enumerate(rows.items()):
        cells.append((2 + i, 0, 1, 2, metric))
        cells.extend((2 + i, 2 + j, 1, 1, v) for j, v in enumerate(values))
    cells.append((2, 6, len(rows), 2, "概ね順調"))
    return ruled_table(page, top, _W, cells)


def test_kpi_blocks_with_the_name_right_of_its_label(tmp_path: Path) -> None:
    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和7年度行政評価 施策評価票")
        y = ruled_table(page, 50, [80, 40, 300], [
            (0, 0, 1, 1, "政策分野"), (0, 1, 1, 1, "37"), (0, 2, 1, 1, "交流・移住"),
        ])  # fmt: skip
        y = _kpi_block(page, y + 20, "国際交流協会活動参加人数", "人", {
            "目標": ("4,000", "4,000", "4,000", "4,000"),
            "実績": ("2,290", "2,481", "－", "－"),
            "達成率": ("57.3%", "62.0%", "－", "－"),
        })  # fmt: skip
        _kpi_block(page, y + 10, "移住相談件数", "件", {
            "目標": ("120", "130", "140", "150"),
            "実績": ("118", "141", "－", "－"),
        })  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "kpi_blocks.pdf", draw))
    assert "KPI block" not in (out.document["error"] or "")
    got = {
        (k["kpi_name"], k["unit"], k["fiscal_year"], k["metric"]): k["value"]
        for k in out.rows["kpi_values"]
    }
    a, b = ("国際交流協会活動参加人数", "人"), ("移住相談件数", "件")
    want = {}
    for (name, unit), metric, values in (
        (a, "target", (4000, 4000, 4000, 4000)),
        (a, "actual", (2290, 2481, None, None)),
        (a, "achievement_rate", (57.3, 62.0, None, None)),
        (b, "target", (120, 130, 140, 150)),
        (b, "actual", (118, 141, None, None)),
    ):
        for year, v in zip((2023, 2024, 2025, 2026), values, strict=True):
            want[(name, unit, year, metric)] = None if v is None else float(v)
    assert got == want
    assert {k["context"] for k in out.rows["kpi_values"]} == {"政策分野37 交流・移住"}
    assert {k["definition"] for k in out.rows["kpi_values"]} == {"年度末の件数"}
    assert {k["kind"] for k in out.rows["kpi_values"]} == {"kpi"}
