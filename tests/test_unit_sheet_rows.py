"""Unit-sheet rows drawn at test time, with hand-written expected values: a label
spanning several rows, each with its own value (総合計画の体系 beside 政策 … over
施策 …), and a compound 施策 number printed as 政策-施策."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.pipeline import process_file

from .drawing import draw_pdf, ruled_table, title_line


def _plan_sheet(policy: str, measure: str):  # type: ignore[no-untyped-def]
    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート")
        ruled_table(page, 60, [90, 300], [
            (0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "読書推進事業"),
            (1, 0, 2, 1, "総合計画の体系"), (1, 1, 1, 1, policy), (2, 1, 1, 1, measure),
            (3, 0, 1, 1, "事業の目的"), (3, 1, 1, 1, "読書に親しむ機会を増やす。"),
        ])  # fmt: skip

    return draw


def test_compound_measure_number_on_the_second_row(tmp_path: Path) -> None:
    """``施策 3-1 生涯学習の推進`` under ``政策 3 学び合うまち``: the 施策's own number 1,
    its node numbered 3-1 as printed under the 政策 3."""
    draw = _plan_sheet("政策 3 学び合うまち", "施策 3-1 生涯学習の推進")
    out = process_file(draw_pdf(tmp_path, "plan.pdf", draw))
    (unit,) = out.rows["business_units"]
    assert unit["measure_no"] == 1
    got = [(s["level"], s["number"], s["title"], s["parent_number"]) for s in out.rows["structure"]]
    assert got == [("measure", "3-1", "生涯学習の推進", "3")]


def test_plain_measure_number_on_the_second_row(tmp_path: Path) -> None:
    draw = _plan_sheet("政策 2 健やかなまち", "施策 4 健康づくりの推進")
    out = process_file(draw_pdf(tmp_path, "plan.pdf", draw))
    (unit,) = out.rows["business_units"]
    assert unit["measure_no"] == 4
    got = [(s["number"], s["title"], s["parent_number"]) for s in out.rows["structure"]]
    assert got == [("4", "健康づくりの推進", "2")]
