"""Indicators printed side by side as column groups, years down the side (held-out 20,
AA): a group header ``成果指標①　認定農業者数（人）`` merged over ``目標値 | 実績値 | 達成率``.
The header is read as kind word + ordinal + name + unit: the kind (成果指標 → outcome,
活動指標 → activity) and the number (① → 1) are the indicator's, never words of its
name, and the bracketed unit is its unit. A year row noted ``（基準）`` prints the base
year's 実績値: the indicator's baseline; the goal row's ``（目標）`` leaves its 実績値 an
actual. Every expectation below is typed from the cells drawn here."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.layout.headers import HeaderInterpreter
from aizu_extract.layout.kinds import caption_kind
from aizu_extract.layout.vocabulary import vocabulary
from aizu_extract.normalize.eras import YearContext
from aizu_extract.pipeline import process_file

from .drawing import draw_pdf, ruled_table, title_line

DASH = "\uff0d"

Row = tuple[str, str, str | None, int | None, str, int, str, float | None, str]


def _rows(path: Path) -> set[Row]:
    return {
        (r["kind"], r["kpi_name"], r["unit"], r["kpi_no"], r["year_label"], r["fiscal_year"],
         r["metric"], r["value"], r["value_text"])
        for r in process_file(path).rows["kpi_values"]
    }  # fmt: skip


def _unit_sheet_head(page: pymupdf.Page) -> float:
    title_line(page, 50, "令和6年度 事務事業評価シート")
    return ruled_table(page, 60, [90, 200, 60, 150], [
        (0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "担い手育成支援事業"),
        (0, 2, 1, 1, "担当課"), (0, 3, 1, 1, "産業振興課"),
    ])  # fmt: skip


def _grouped(page: pymupdf.Page, top: float, first: str, second: str) -> None:
    """``年度`` down the side, two groups of ``目標値 | 実績値 | 達成率``."""
    cells = [(0, 0, 2, 1, "年度"), (0, 1, 1, 3, first), (0, 4, 1, 3, second)]
    cells += [(1, c, 1, 1, t) for c, t in enumerate(["目標値", "実績値", "達成率"] * 2, 1)]
    rows = [
        ["令和２年度（基準）", DASH, "52", DASH, DASH, "38.5", DASH],
        ["令和３年度", "54", "53", "98.1%", "40.0", "40.2", "100.5%"],
        ["令和７年度（目標）", "62", DASH, DASH, "48.0", DASH, DASH],
    ]
    cells += [(r, c, 1, 1, t) for r, row in enumerate(rows, 2) for c, t in enumerate(row)]
    ruled_table(page, top, [80.0] + [60.0] * 6, cells)


def _expected(first: tuple[str, str, str, int], second: tuple[str, str, str, int]) -> set[Row]:
    """(kind, name, unit, number) of each group → its rows, typed from _grouped's cells."""
    out: set[Row] = set()
    for (kind, name, unit, no), cells in (
        (first, [("令和2年度(基準)", 2020, (DASH, "52", DASH), (None, 52.0, None)),
                 ("令和3年度", 2021, ("54", "53", "98.1%"), (54.0, 53.0, 98.1)),
                 ("令和7年度(目標)", 2025, ("62", DASH, DASH), (62.0, None, None))]),
        (second, [("令和2年度(基準)", 2020, (DASH, "38.5", DASH), (None, 38.5, None)),
                  ("令和3年度", 2021, ("40.0", "40.2", "100.5%"), (40.0, 40.2, 100.5)),
                  ("令和7年度(目標)", 2025, ("48.0", DASH, DASH), (48.0, None, None))]),
    ):  # fmt: skip
        for label, year, texts, values in cells:
            base = "baseline" if year == 2020 else "actual"
            for metric, text, value in zip(
                ("target", base, "achievement_rate"), texts, values, strict=True
            ):
                out.add((kind, name, unit, no, label, year, metric, value, text))
    return out


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        # a space apart, circled ordinals (AA)
        ("成果指標①　認定農業者数（人）", "成果指標②　担い手への農地集積率（％）",
         ("outcome", "outcome")),
        # full-width digits
        ("成果指標１　認定農業者数（人）", "成果指標２　担い手への農地集積率（％）",
         ("outcome", "outcome")),
        # a colon apart, two kinds
        ("活動指標①：認定農業者数（人）", "成果指標②：担い手への農地集積率（％）",
         ("activity", "outcome")),
    ],
)  # fmt: skip
def test_group_headers_name_kind_number_and_unit(
    tmp_path: Path, first: str, second: str, kinds: tuple[str, str]
) -> None:
    def draw(page: pymupdf.Page) -> None:
        _grouped(page, _unit_sheet_head(page) + 30, first, second)

    got = _rows(draw_pdf(tmp_path, "grouped.pdf", draw))
    assert got == _expected(
        (kinds[0], "認定農業者数", "人", 1), (kinds[1], "担い手への農地集積率", "%", 2)
    )


def test_policy_area_sheet_keeps_kind_kpi(tmp_path: Path) -> None:
    """On a 施策評価シート the area's own indicators are ``kpi`` whatever their prefix
    says; the number and the name are still read off the header."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和６年度　施策評価シート")
        top = ruled_table(page, 60, [90, 60, 60, 290], [
            (0, 0, 1, 1, "政策"), (0, 1, 1, 3, "４　豊かな自然を生かした産業"),
            (1, 0, 1, 1, "施策番号"), (1, 1, 1, 1, "4-1"), (1, 2, 1, 1, "施策"),
            (1, 3, 1, 1, "農業の振興"),
        ])  # fmt: skip
        _grouped(page, top + 30, "成果指標①　認定農業者数（人）", "成果指標②　農地集積率（％）")

    got = _rows(draw_pdf(tmp_path, "area.pdf", draw))
    assert got == _expected(("kpi", "認定農業者数", "人", 1), ("kpi", "農地集積率", "%", 2))


def test_caption_kind_reads_prefix_number_and_name() -> None:
    vocab = vocabulary()
    pair = caption_kind(vocab, "成果指標①　認定農業者数（人）")
    assert pair is not None
    assert (pair.kind, pair.number, pair.rest) == ("outcome", 1, "認定農業者数(人)")
    pair = caption_kind(vocab, "活動指標２：講座の開催回数")
    assert pair is not None
    assert (pair.kind, pair.number, pair.rest) == ("activity", 2, "講座の開催回数")
    # a name that does not start with a kind word is no such header
    assert caption_kind(vocab, "認定農業者数（人）") is None


def test_year_noted_as_base_or_goal() -> None:
    """``令和２年度（基準）`` says its year and, in a note, the baseline (yielding to a
    metric column over it); ``令和７年度（目標）`` the target."""
    headers = HeaderInterpreter(vocabulary(), YearContext())
    base = headers.label("令和２年度（基準）")
    assert (base.year, base.metric, base.noted_metric) == (2020, "baseline", True)
    goal = headers.label("令和７年度（目標）")
    assert (goal.year, goal.metric, goal.noted_metric) == (2025, "target", True)


def _book(tmp_path: Path, heading_size: float, header_size: float) -> Path:
    """Two sheets, each printing a running header at the top right and the sheet's
    heading under it, at the same places on both pages."""
    doc = pymupdf.open()
    for number in (1, 2):
        page = doc.new_page(width=595, height=842)
        page.insert_text((40, 30), "しずくだ村", fontname="japan", fontsize=header_size)
        page.insert_text(
            (380, 30), "令和６年度　施策評価シート", fontname="japan", fontsize=header_size
        )
        page.insert_text(
            (160, 60), "令和６年度　施策評価（令和５年度実績）", fontname="japan",
            fontsize=heading_size,
        )  # fmt: skip
        ruled_table(page, 90, [90, 60, 60, 290], [
            (0, 0, 1, 1, "政策"), (0, 1, 1, 3, "４　豊かな自然を生かした産業"),
            (1, 0, 1, 1, "施策番号"), (1, 1, 1, 1, f"4-{number}"), (1, 2, 1, 1, "施策"),
            (1, 3, 1, 1, ("農業の振興", "観光の振興")[number - 1]),
        ])  # fmt: skip
    path = tmp_path / "book.pdf"
    doc.save(path)
    doc.close()
    return path


def test_title_is_the_heading_under_the_running_header(tmp_path: Path) -> None:
    """Both lines repeat at one place on every page (both furniture): the larger print
    is the sheet's heading, the title; the year is still 令和6年度's."""
    document = process_file(_book(tmp_path, heading_size=13, header_size=9)).document
    title = "令和6年度 施策評価(令和5年度実績)"
    assert (document["title"], document["fiscal_year"]) == (title, 2024)


def test_one_group_named_by_its_own_header(tmp_path: Path) -> None:
    """One indicator, its header ``成果指標：NAME（件）`` the last cell of its row (beside
    the ``年度`` spanning two rows): the header names it; no ordinal, no number."""

    def draw(page: pymupdf.Page) -> None:
        top = _unit_sheet_head(page) + 30
        cells = [(0, 0, 2, 1, "年度"), (0, 1, 1, 2, "成果指標：相談件数（件）"),
                 (1, 1, 1, 1, "目標値"), (1, 2, 1, 1, "実績値"),
                 (2, 0, 1, 1, "令和４年度"), (2, 1, 1, 1, "30"), (2, 2, 1, 1, "27")]  # fmt: skip
        ruled_table(page, top, [80.0, 80.0, 80.0], cells)

    assert _rows(draw_pdf(tmp_path, "one.pdf", draw)) == {
        ("outcome", "相談件数", "件", None, "令和4年度", 2022, "target", 30.0, "30"),
        ("outcome", "相談件数", "件", None, "令和4年度", 2022, "actual", 27.0, "27"),
    }


def test_row_label_with_kind_and_ordinal(tmp_path: Path) -> None:
    """The transpose: years across, the indicator a row label ``活動指標②　NAME（回）``
    spanning its 目標 / 実績 rows: the same reading of kind, number, name and unit."""

    def draw(page: pymupdf.Page) -> None:
        top = _unit_sheet_head(page) + 30
        cells = [(0, 0, 1, 2, "区分"), (0, 2, 1, 1, "令和４年度"), (0, 3, 1, 1, "令和５年度"),
                 (1, 0, 2, 1, "活動指標②　講座の開催回数（回）"), (1, 1, 1, 1, "目標"),
                 (1, 2, 1, 1, "12"), (1, 3, 1, 1, "12"),
                 (2, 1, 1, 1, "実績"), (2, 2, 1, 1, "10"), (2, 3, 1, 1, "13")]  # fmt: skip
        ruled_table(page, top, [150.0, 50.0, 70.0, 70.0], cells)

    name = "講座の開催回数"
    assert _rows(draw_pdf(tmp_path, "rows.pdf", draw)) == {
        ("activity", name, "回", 2, "令和4年度", 2022, "target", 12.0, "12"),
        ("activity", name, "回", 2, "令和5年度", 2023, "target", 12.0, "12"),
        ("activity", name, "回", 2, "令和4年度", 2022, "actual", 10.0, "10"),
        ("activity", name, "回", 2, "令和5年度", 2023, "actual", 13.0, "13"),
    }
