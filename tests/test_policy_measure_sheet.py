"""A 施策評価票 of one 施策 (its header grid prints ``施策 | N | title`` under ``政策 | N |
title``): the 施策's node, its indicators' context and its units' 施策 number come
from that row. Drawn at test time, expected values typed by hand."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.pipeline import process_file

from .drawing import draw_pdf, ruled_table, title_line


def _header(page: pymupdf.Page, top: float) -> float:
    return ruled_table(page, top, [70, 30, 300], [
        (0, 0, 1, 1, "政策"), (0, 1, 1, 1, "5"), (0, 2, 1, 1, "安全で快適なまち"),
        (1, 0, 1, 1, "施策"), (1, 1, 1, 1, "4"), (1, 2, 1, 1, "公共交通の確保"),
    ])  # fmt: skip


def _unit_list(page: pymupdf.Page, top: float) -> float:
    return ruled_table(page, top, [30, 160, 80, 70], [
        (0, 0, 1, 1, "No"), (0, 1, 1, 1, "事務事業名"), (0, 2, 1, 1, "担当課"),
        (0, 3, 1, 1, "今後の方向性"),
        (1, 0, 1, 1, "1"), (1, 1, 1, 1, "コミュニティバス運行事業"), (1, 2, 1, 1, "交通政策課"),
        (1, 3, 1, 1, "継続"),
        (2, 0, 1, 1, "2"), (2, 1, 1, 1, "デマンド交通実証事業"), (2, 2, 1, 1, "交通政策課"),
        (2, 3, 1, 1, "拡充"),
    ])  # fmt: skip


def test_a_header_row_naming_one_measure_gives_its_node_context_and_measure_no(
    tmp_path: Path,
) -> None:
    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和6年度 施策評価票")
        y = _header(page, 50)
        y = ruled_table(page, y + 20, [60, 120, 60, 60], [
            (0, 0, 1, 1, "指標名"), (0, 1, 1, 1, "バス利用者数"), (0, 2, 1, 1, "単位"),
            (0, 3, 1, 1, "人"),
            (1, 0, 1, 2, "区分"), (1, 2, 1, 1, "R4"), (1, 3, 1, 1, "R5"),
            (2, 0, 1, 2, "実績"), (2, 2, 1, 1, "8,100"), (2, 3, 1, 1, "8,450"),
        ])  # fmt: skip
        title_line(page, y + 20, "構成する事務事業")
        _unit_list(page, y + 30)

    out = process_file(draw_pdf(tmp_path, "one_measure.pdf", draw))
    nodes = [
        (s["level"], s["number"], s["title"], s["parent_number"]) for s in out.rows["structure"]
    ]
    assert nodes == [
        ("policy", "5", "安全で快適なまち", None),
        ("measure", "4", "公共交通の確保", "5"),
    ]
    kpis = out.rows["kpi_values"]
    assert {(k["fiscal_year"], k["value"]) for k in kpis} == {(2022, 8100.0), (2023, 8450.0)}
    assert {k["context"] for k in kpis} == {"施策4 公共交通の確保"}
    units = [(u["measure_no"], u["unit_no"], u["name"]) for u in out.rows["business_units"]]
    assert units == [(4, 1, "コミュニティバス運行事業"), (4, 2, "デマンド交通実証事業")]
