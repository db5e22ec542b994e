"""Two metrics printed one over the other in a cell, read by the legend (layout/stacked.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aizu_extract.inspect import analyse
from aizu_extract.layout.headers import HeaderInterpreter
from aizu_extract.layout.stacked import legend_metrics
from aizu_extract.layout.vocabulary import vocabulary
from aizu_extract.normalize.eras import YearContext
from aizu_extract.pipeline import process_file
from aizu_extract.settings import DEFAULT

from .drawing import draw_pdf, ruled_table, title_line

FIXTURE = Path(__file__).parent / "fixtures" / "heldout9" / "template_p_pymupdf.pdf"


@pytest.fixture(scope="module")
def headers() -> HeaderInterpreter:
    return HeaderInterpreter(vocabulary(), YearContext(era=None, not_after=2026), DEFAULT.reading)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上段（　）：目標値　下段：実績値", ("target", "actual")),
        ("成果・活動の指標　上段（　）：目標値　下段：実績値", ("target", "actual")),
        ("上段：実績　下段：目標", ("actual", "target")),
        ("下段：実績値　上段：目標値", ("target", "actual")),
        ("上段（目標）　下段（実績）", ("target", "actual")),
        ("上段：目標値", None),  # one position only: no cell is split by it
        ("上段：目標値　下段：目標値", None),  # the same metric twice says nothing
        ("上段：備考　下段：実績値", None),  # a position without a metric
        ("成果・活動の指標", None),
    ],
)
def test_legend_metrics(headers: HeaderInterpreter, text: str, expected: object) -> None:
    assert legend_metrics(text, headers) == expected


@pytest.fixture(scope="module")
def read_p() -> tuple[object, object]:
    _loaded, _layout, ex, acc = analyse(FIXTURE)
    return ex, acc


def test_stacked_cell_gives_target_and_actual(read_p: tuple[object, object]) -> None:
    """Sheet 1, 空き家バンク新規登録件数, 令和3年度: ``(12)`` over ``9``."""
    ex, _ = read_p
    rows = {
        (r["metric"], r["value"], r["value_text"])
        for r in ex.kpi_values  # type: ignore[attr-defined]
        if r["kpi_name"] == "空き家バンク新規登録件数" and r["fiscal_year"] == 2021
    }
    assert rows == {("target", 12.0, "(12)"), ("actual", 9.0, "9")}


def test_stacked_cells_are_accounted(read_p: tuple[object, object]) -> None:
    """Every two-line indicator cell is consumed by its two rows: none left no_header."""
    _, acc = read_p
    assert not [n for n in acc.unassigned if n.reason == "unassigned.no_header"]  # type: ignore[attr-defined]


def _loose_legend_sheet(page) -> None:  # type: ignore[no-untyped-def]
    title_line(page, 50, "令和6年度 事務事業評価シート")
    top = ruled_table(page, 60, [90, 200], [(0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "読書推進事業")])
    title_line(page, top + 20, "成果指標　　上段：目標値　下段：実績値")
    ruled_table(page, top + 26, [150, 40, 70, 70], [
        (0, 0, 1, 1, "成果指標"), (0, 1, 1, 1, "単位"), (0, 2, 1, 1, "令和5年度"),
        (0, 3, 1, 1, "令和6年度"),
        (1, 0, 2, 1, "図書館の貸出冊数"), (1, 1, 2, 1, "冊"), (1, 2, 2, 1, "1,200\n1,150"),
        (1, 3, 2, 1, "1,300\n1,320"),
    ])  # fmt: skip


def test_legend_printed_over_the_table(tmp_path: Path) -> None:
    """The legend as a line of text just over the table, not in it."""
    out = process_file(draw_pdf(tmp_path, "legend.pdf", _loose_legend_sheet))
    got = {(r["metric"], r["fiscal_year"], r["value"], r["value_text"])
           for r in out.rows["kpi_values"]}  # fmt: skip
    assert got == {
        ("target", 2023, 1200.0, "1,200"), ("actual", 2023, 1150.0, "1,150"),
        ("target", 2024, 1300.0, "1,300"), ("actual", 2024, 1320.0, "1,320"),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("目標値\n実績値", ("target", "actual")),
        ("実績\n目標", ("actual", "target")),
        ("目標値\n目標値", ()),  # the same metric twice says nothing
        ("令和5年度\n実績", ()),  # a year is no line metric
        ("目標値実績値", ()),  # one line: a plain label
        ("目標値\n備考", ()),
    ],
)
def test_label_naming_a_metric_per_line(
    headers: HeaderInterpreter, text: str, expected: tuple[str, ...]
) -> None:
    lab = headers.reading(text)  # this very text (label() answers a key's first text)
    assert lab.stacked == expected
    if expected:
        assert not lab.is_item  # names no row: the cells beside it are the name's


def _stacked_label_sheet(page) -> None:  # type: ignore[no-untyped-def]
    title_line(page, 50, "令和6年度 事務事業評価シート")
    top = ruled_table(page, 60, [90, 200], [(0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "読書推進事業")])
    ruled_table(page, top + 20, [60, 120, 40, 60, 70, 70], [
        (0, 0, 1, 1, "区分"), (0, 1, 1, 1, "指標名"), (0, 2, 1, 1, "単位"),
        (0, 3, 1, 1, "項目"), (0, 4, 1, 1, "令和5年度"), (0, 5, 1, 1, "令和6年度"),
        (1, 0, 3, 1, "成果指標"), (1, 1, 3, 1, "図書館の貸出冊数"), (1, 2, 3, 1, "冊"),
        (1, 3, 2, 1, "目標値\n実績値"), (1, 4, 2, 1, "1,200\n1,150"),
        (1, 5, 2, 1, "1,300\n－"),
        (3, 3, 1, 1, "達成率"), (3, 4, 1, 1, "95.8%"), (3, 5, 1, 1, "－"),
    ])  # fmt: skip


def test_label_cell_names_each_line(tmp_path: Path) -> None:
    """The row label ``目標値`` over ``実績値`` beside cells printing two lines: the upper
    line the target, the lower the actual; the indicator's name is the item."""
    out = process_file(draw_pdf(tmp_path, "label.pdf", _stacked_label_sheet))
    got = {(r["kpi_name"], r["unit"], r["kind"], r["metric"], r["fiscal_year"], r["value"],
            r["value_text"]) for r in out.rows["kpi_values"]}  # fmt: skip
    name = "図書館の貸出冊数"
    assert got == {
        (name, "冊", "outcome", "target", 2023, 1200.0, "1,200"),
        (name, "冊", "outcome", "actual", 2023, 1150.0, "1,150"),
        (name, "冊", "outcome", "target", 2024, 1300.0, "1,300"),
        (name, "冊", "outcome", "actual", 2024, None, "－"),
        (name, "冊", "outcome", "achievement_rate", 2023, 95.8, "95.8%"),
        (name, "冊", "outcome", "achievement_rate", 2024, None, "－"),
    }  # fmt: skip
