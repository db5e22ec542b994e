"""Years printed alone over a table's columns (``2022 | 2023 | 2025（目標）``):
headers when their row is the table's top row of year headers, values elsewhere
(layout/year_heads.year_head); a metric in a year's note yields to the row's own."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.layout.headers import HeaderInterpreter
from aizu_extract.layout.vocabulary import vocabulary
from aizu_extract.normalize.eras import YearContext
from aizu_extract.pipeline import process_file
from aizu_extract.settings import DEFAULT

from .drawing import draw_pdf, ruled_table, title_line


@pytest.fixture(scope="module")
def headers() -> HeaderInterpreter:
    return HeaderInterpreter(vocabulary(), YearContext(era=None, not_after=2026), DEFAULT.reading)


def test_year_with_a_goal_note(headers: HeaderInterpreter) -> None:
    lab = headers.reading("2025（目標）")
    assert (lab.year, lab.year_label, lab.metric, lab.noted_metric) == (
        2025, "2025(目標)", "target", True)  # fmt: skip
    assert not headers.reading("令和7年度目標値").noted_metric  # the metric is no note


def _sheet(rows: list[tuple[int, int, int, int, str]]):  # type: ignore[no-untyped-def]
    def draw(page) -> None:  # type: ignore[no-untyped-def]
        title_line(page, 50, "令和6年度 事務事業評価シート")
        name = [(0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "読書推進事業")]
        top = ruled_table(page, 60, [90, 200], name)
        ruled_table(page, top + 20, [130, 40, 50, 60, 60, 70], rows)

    return draw


_BARE_YEARS = [
    (0, 0, 1, 1, "指標名"), (0, 1, 1, 1, "単位"), (0, 2, 1, 1, "項目"),
    (0, 3, 1, 1, "2022"), (0, 4, 1, 1, "2023"), (0, 5, 1, 1, "2025（目標）"),
    (1, 0, 2, 1, "図書館の貸出冊数"), (1, 1, 2, 1, "冊"),
    (1, 2, 1, 1, "目標"), (1, 3, 1, 1, "1,200"), (1, 4, 1, 1, "1,300"), (1, 5, 1, 1, "1,500"),
    (2, 2, 1, 1, "実績"), (2, 3, 1, 1, "1,150"), (2, 4, 1, 1, "1,320"), (2, 5, 1, 1, "－"),
]  # fmt: skip


def test_bare_years_over_the_columns(tmp_path: Path) -> None:
    """The top row's 2022 / 2023 are the years of the cells under them; the 実績 row
    under ``2025（目標）`` is an actual not printed yet (the row's metric wins)."""
    out = process_file(draw_pdf(tmp_path, "years.pdf", _sheet(_BARE_YEARS)))
    got = {(r["metric"], r["fiscal_year"], r["year_label"], r["value"], r["value_text"])
           for r in out.rows["kpi_values"]}  # fmt: skip
    assert got == {
        ("target", 2022, "2022", 1200.0, "1,200"), ("actual", 2022, "2022", 1150.0, "1,150"),
        ("target", 2023, "2023", 1300.0, "1,300"), ("actual", 2023, "2023", 1320.0, "1,320"),
        ("target", 2025, "2025(目標)", 1500.0, "1,500"),
        ("actual", 2025, "2025(目標)", None, "－"),
    }  # fmt: skip


_YEARS_AS_VALUES = [
    (0, 0, 1, 1, "指標名"), (0, 1, 1, 1, "単位"), (0, 2, 1, 1, "項目"),
    (0, 3, 1, 1, "令和4年度"), (0, 4, 1, 1, "令和5年度"), (0, 5, 1, 1, "令和6年度"),
    (1, 0, 2, 1, "図書館の貸出冊数"), (1, 1, 2, 1, "冊"),
    (1, 2, 1, 1, "目標"), (1, 3, 1, 1, "2010"), (1, 4, 1, 1, "2015"), (1, 5, 1, 1, "2020"),
    (2, 2, 1, 1, "実績"), (2, 3, 1, 1, "2005"), (2, 4, 1, 1, "2012"), (2, 5, 1, 1, "2021"),
]  # fmt: skip


def test_year_like_values_under_headers_stay_values(tmp_path: Path) -> None:
    """Values that happen to look like rising years, under a header row: values."""
    out = process_file(draw_pdf(tmp_path, "values.pdf", _sheet(_YEARS_AS_VALUES)))
    got = {(r["metric"], r["fiscal_year"], r["value"]) for r in out.rows["kpi_values"]}
    assert got == {
        ("target", 2022, 2010.0), ("target", 2023, 2015.0), ("target", 2024, 2020.0),
        ("actual", 2022, 2005.0), ("actual", 2023, 2012.0), ("actual", 2024, 2021.0),
    }  # fmt: skip


def _down_sheet(years: tuple[str, str, str], targets: tuple[str, str, str]):  # type: ignore[no-untyped-def]
    def draw(page) -> None:  # type: ignore[no-untyped-def]
        title_line(page, 50, "令和6年度 事務事業評価シート")
        name = [(0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "読書推進事業")]
        top = ruled_table(page, 60, [90, 200], name)
        ruled_table(page, top + 26, [110, 30, 60, 70, 70], [
            (0, 0, 1, 1, "成果指標"), (0, 1, 1, 1, "単位"), (0, 2, 1, 1, "年度"),
            (0, 3, 1, 1, "目標値"), (0, 4, 1, 1, "実績値"),
            (1, 0, 3, 1, "図書館の貸出冊数"), (1, 1, 3, 1, "冊"),
            (1, 2, 1, 1, years[0]), (1, 3, 1, 1, targets[0]), (1, 4, 1, 1, "1,150"),
            (2, 2, 1, 1, years[1]), (2, 3, 1, 1, targets[1]), (2, 4, 1, 1, "1,320"),
            (3, 2, 1, 1, years[2]), (3, 3, 1, 1, targets[2]), (3, 4, 1, 1, "－"),
        ])  # fmt: skip

    return draw


def test_bare_years_down_under_an_axis_caption(tmp_path: Path) -> None:
    """年度 over 2022 / 2023 / 2024 in a column of their own: the years of the rows."""
    draw = _down_sheet(("2022", "2023", "2024"), ("1,200", "1,300", "1,500"))
    out = process_file(draw_pdf(tmp_path, "down.pdf", draw))
    got = {(r["metric"], r["fiscal_year"], r["year_label"], r["value"])
           for r in out.rows["kpi_values"]}  # fmt: skip
    assert got == {
        ("target", 2022, "2022", 1200.0), ("actual", 2022, "2022", 1150.0),
        ("target", 2023, "2023", 1300.0), ("actual", 2023, "2023", 1320.0),
        ("target", 2024, "2024", 1500.0), ("actual", 2024, "2024", None),
    }  # fmt: skip


def test_year_like_values_down_a_metric_column_stay_values(tmp_path: Path) -> None:
    """目標値 over 2010 / 2015 / 2020 right of the era years: the column's values."""
    draw = _down_sheet(("令和4年度", "令和5年度", "令和6年度"), ("2010", "2015", "2020"))
    out = process_file(draw_pdf(tmp_path, "down.pdf", draw))
    got = {(r["metric"], r["fiscal_year"], r["value"]) for r in out.rows["kpi_values"]}
    assert got == {
        ("target", 2022, 2010.0), ("target", 2023, 2015.0), ("target", 2024, 2020.0),
        ("actual", 2022, 1150.0), ("actual", 2023, 1320.0), ("actual", 2024, None),
    }  # fmt: skip


def _halves(page: pymupdf.Page) -> None:
    """Two halves in one ruled grid: the left half's 事業番号 0123 and 2018年度 share the
    rows of the right half's year headers and values."""
    page.set_mediabox(pymupdf.Rect(0, 0, 842, 595))
    title_line(page, 40, "令和6年度 事務事業評価シート")
    ruled_table(page, 60, [60, 120, 50, 40], [
        (0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "読書推進事業"), (0, 2, 1, 1, "事業番号"),
        (0, 3, 1, 1, "0123"),
        (1, 0, 1, 1, "開始年度"), (1, 1, 1, 1, "2018年度"), (1, 2, 1, 1, "所管課"),
        (1, 3, 1, 1, "総務課"),
    ], left=40)  # fmt: skip
    ruled_table(page, 60, [90, 40, 40, 60, 60], [
        (0, 0, 1, 1, "指標名"), (0, 1, 1, 1, "単位"), (0, 2, 1, 1, "項目"),
        (0, 3, 1, 1, "2022"), (0, 4, 1, 1, "2023"),
        (1, 0, 2, 1, "貸出冊数"), (1, 1, 2, 1, "冊"), (1, 2, 1, 1, "目標"),
        (1, 3, 1, 1, "1,200"), (1, 4, 1, 1, "1,300"),
        (2, 2, 1, 1, "実績"), (2, 3, 1, 1, "1,150"), (2, 4, 1, 1, "1,320"),
    ], left=310)  # fmt: skip


def test_year_headers_beside_the_other_half_of_the_row(tmp_path: Path) -> None:
    """The run 2022 | 2023 after the label 項目 is the right half's year row, though the
    left half prints a value (0123) on the same grid row."""
    out = process_file(draw_pdf(tmp_path, "halves.pdf", _halves))
    got = {(r["metric"], r["fiscal_year"], r["value"]) for r in out.rows["kpi_values"]}
    assert got == {
        ("target", 2022, 1200.0), ("target", 2023, 1300.0),
        ("actual", 2022, 1150.0), ("actual", 2023, 1320.0),
    }  # fmt: skip


def _kpi_half_first(page: pymupdf.Page) -> None:
    """The halves the other way round: the year headers on the left, then on the same
    grid row the right half's 事業名 and 事業番号 0123."""
    page.set_mediabox(pymupdf.Rect(0, 0, 842, 595))
    title_line(page, 40, "令和6年度 事務事業評価シート")
    ruled_table(page, 60, [90, 40, 40, 60, 80], [
        (0, 0, 1, 1, "指標名"), (0, 1, 1, 1, "単位"), (0, 2, 1, 1, "項目"),
        (0, 3, 1, 1, "2023"), (0, 4, 1, 1, "2025（目標）"),
        (1, 0, 2, 1, "貸出冊数"), (1, 1, 2, 1, "冊"), (1, 2, 1, 1, "目標"),
        (1, 3, 1, 1, "1,200"), (1, 4, 1, 1, "1,500"),
        (2, 2, 1, 1, "実績"), (2, 3, 1, 1, "1,150"), (2, 4, 1, 1, "－"),
    ], left=40)  # fmt: skip
    ruled_table(page, 60, [60, 120, 50, 40], [
        (0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "読書推進事業"), (0, 2, 1, 1, "事業番号"),
        (0, 3, 1, 1, "0123"),
    ], left=350)  # fmt: skip


def test_a_column_year_is_no_label_of_the_next_half_row(tmp_path: Path) -> None:
    """2025（目標） heads its column only: 事業番号 0123 right of it on the grid row is
    no indicator's target of 2025 (a year over a column never names a row)."""
    out = process_file(draw_pdf(tmp_path, "kpi_first.pdf", _kpi_half_first))
    got = {(r["kpi_name"], r["metric"], r["fiscal_year"], r["value"])
           for r in out.rows["kpi_values"]}  # fmt: skip
    assert got == {
        ("貸出冊数", "target", 2023, 1200.0), ("貸出冊数", "target", 2025, 1500.0),
        ("貸出冊数", "actual", 2023, 1150.0), ("貸出冊数", "actual", 2025, None),
    }  # fmt: skip
