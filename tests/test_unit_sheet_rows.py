"""Unit-sheet rows drawn at test time, with hand-written expected values: a label
spanning several rows, each with its own value (総合計画の体系 beside 政策 … over
施策 …), a compound 施策 number printed as 政策-施策, and a staff note printed in a
money row's label (not part of the item)."""

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


def _cost_sheet(page: pymupdf.Page) -> None:
    title_line(page, 50, "令和6年度 事務事業評価シート")
    top = ruled_table(page, 60, [90, 300], [(0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "読書推進事業")])
    title_line(page, top + 20, "事業費の推移　（単位：千円）")
    ruled_table(page, top + 26, [200, 90, 90], [
        (0, 0, 1, 1, "区分"), (0, 1, 1, 1, "令和5年度決算"), (0, 2, 1, 1, "令和6年度予算"),
        (1, 0, 1, 1, "事業費（A）"), (1, 1, 1, 1, "1,200"), (1, 2, 1, 1, "1,300"),
        (2, 0, 2, 1, "人件費（B）\n正規職員 0.50人　再任用職員 1.00人"), (2, 1, 2, 1, "6,000"),
        (2, 2, 2, 1, "6,100"),
        (4, 0, 1, 1, "委託料（職員2.0人）"), (4, 1, 1, 1, "300"), (4, 2, 1, 1, "－"),
        (5, 0, 2, 1, "うち国庫\n支出金"), (5, 1, 2, 1, "400"), (5, 2, 2, 1, "500"),
        (7, 0, 1, 1, "職員人件費　再任用 1.0人"), (7, 1, 1, 1, "700"), (7, 2, 1, 1, "800"),
    ])  # fmt: skip


def test_staff_note_in_a_row_label_is_not_the_item(tmp_path: Path) -> None:
    """The second line of ``人件費（B）``, the words after ``職員人件費`` on its line and the
    bracket of ``委託料（職員2.0人）`` count staff: the items are ``人件費(B)``, ``職員人件費``
    and ``委託料``; a wrapped label is still joined."""
    out = process_file(draw_pdf(tmp_path, "cost.pdf", _cost_sheet))
    got = {(b["item"], b["fiscal_year"], b["amount_yen"]) for b in out.rows["budget_lines"]}
    assert got == {
        ("事業費(A)", 2023, 1_200_000), ("事業費(A)", 2024, 1_300_000),
        ("人件費(B)", 2023, 6_000_000), ("人件費(B)", 2024, 6_100_000),
        ("委託料", 2023, 300_000), ("委託料", 2024, None),
        ("うち国庫支出金", 2023, 400_000), ("うち国庫支出金", 2024, 500_000),
        ("職員人件費", 2023, 700_000), ("職員人件費", 2024, 800_000),
    }  # fmt: skip


def _two_halves(page: pymupdf.Page) -> None:
    """An A4-landscape sheet whose halves share one ruled grid: 事業名 / 所管課 / 事業の
    目的 on the left, an indicator table on the right, both on the same rows."""
    page.set_mediabox(pymupdf.Rect(0, 0, 842, 595))
    title_line(page, 40, "令和6年度 事務事業評価シート")
    ruled_table(page, 60, [70, 200], [
        (0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "読書推進事業"),
        (1, 0, 1, 1, "所管課"), (1, 1, 1, 1, "生涯学習課"),
        (2, 0, 1, 1, "事業の目的"), (2, 1, 1, 1, "読書に親しむ。"),
    ], left=40)  # fmt: skip
    ruled_table(page, 60, [90, 40, 40, 60, 60], [
        (0, 0, 1, 1, "指標名"), (0, 1, 1, 1, "単位"), (0, 2, 1, 1, "項目"),
        (0, 3, 1, 1, "令和5年度"), (0, 4, 1, 1, "令和6年度"),
        (1, 0, 2, 1, "貸出冊数"), (1, 1, 2, 1, "冊"), (1, 2, 1, 1, "目標"),
        (1, 3, 1, 1, "1,200"), (1, 4, 1, 1, "1,300"),
        (2, 2, 1, 1, "実績"), (2, 3, 1, 1, "1,150"), (2, 4, 1, 1, "1,320"),
    ], left=310)  # fmt: skip


def test_a_value_row_ends_where_the_other_half_begins(tmp_path: Path) -> None:
    """所管課's value is 生涯学習課 alone: the cells after it on its row are the right
    half's indicator (under 指標名 / 単位), not parts of the department."""
    out = process_file(draw_pdf(tmp_path, "halves.pdf", _two_halves))
    (unit,) = out.rows["business_units"]
    assert (unit["name"], unit["department"], unit["summary"]) == (
        "読書推進事業", "生涯学習課", "読書に親しむ。")  # fmt: skip
    got = {(r["kpi_name"], r["unit"], r["metric"], r["fiscal_year"], r["value"])
           for r in out.rows["kpi_values"]}  # fmt: skip
    assert got == {
        ("貸出冊数", "冊", "target", 2023, 1200.0), ("貸出冊数", "冊", "target", 2024, 1300.0),
        ("貸出冊数", "冊", "actual", 2023, 1150.0), ("貸出冊数", "冊", "actual", 2024, 1320.0),
    }  # fmt: skip
