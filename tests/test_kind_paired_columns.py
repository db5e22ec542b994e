"""An indicator table whose header cells pair the indicator's kind with the metric
(``活動指標：目標 | 活動指標：実績 | 成果指標：目標 | …``) while the indicators' names
and units are printed once, as caption lines over the table (``活動指標：相談件数（件）``):
each kind's values belong to the indicator its caption names (two of one kind told
apart by the ordinal after the kind word: 活動指標①, 活動指標②), and a kind-less
``達成率`` after them to the indicator on its left (held-out 15, V12). The same table
transposed (the pairs down, the years across) reads the same, and so does a caption
setting its kind apart by brackets or a space (【活動指標】…, 活動指標　…)."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.layout.headers import HeaderInterpreter
from aizu_extract.layout.vocabulary import vocabulary
from aizu_extract.normalize.eras import YearContext
from aizu_extract.pipeline import process_file

from .drawing import LEFT, SIZE, draw_pdf, ruled_table, title_line

NAME = "空き家相談窓口運営事業"


def _head(page: pymupdf.Page) -> float:
    title_line(page, 50, "令和6年度 事務事業評価シート")
    return ruled_table(page, 60, [90, 200, 60, 150], [
        (0, 0, 1, 1, "事業名"), (0, 1, 1, 1, NAME),
        (0, 2, 1, 1, "担当課"), (0, 3, 1, 1, "住宅政策課"),
    ])  # fmt: skip


def _captions(page: pymupdf.Page, top: float, lines: list[str]) -> float:
    """Caption lines over a table, one under the other; returns the table's top."""
    for i, line in enumerate(lines):
        page.insert_text((LEFT + 8, top + i * 14), line, fontname="japan", fontsize=SIZE)
    return top + (len(lines) - 1) * 14 + 8


def _rows(path: Path) -> dict[tuple[str, str, str, int], tuple[str | None, float | None, str]]:
    return {
        (r["kind"], r["kpi_name"], r["metric"], r["fiscal_year"]): (
            r["unit"], r["value"], r["value_text"],
        )
        for r in process_file(path).rows["kpi_values"]
    }  # fmt: skip


# Typed from the cells drawn below: (kind, name, metric, year) → (unit, value, text).
EXPECTED = {
    ("activity", "相談件数", "target", 2022): ("件", 30.0, "30"),
    ("activity", "相談件数", "actual", 2022): ("件", 27.0, "27"),
    ("outcome", "解決に至った割合", "target", 2022): ("%", 60.0, "60.0"),
    ("outcome", "解決に至った割合", "actual", 2022): ("%", 66.0, "66.0"),
    ("outcome", "解決に至った割合", "achievement_rate", 2022): ("%", 110.0, "110.0"),
    ("activity", "相談件数", "target", 2023): ("件", 35.0, "35"),
    ("activity", "相談件数", "actual", 2023): ("件", None, ""),
    ("outcome", "解決に至った割合", "target", 2023): ("%", 65.0, "65.0"),
    ("outcome", "解決に至った割合", "actual", 2023): ("%", None, ""),
    ("outcome", "解決に至った割合", "achievement_rate", 2023): ("%", None, ""),
}
CAPTIONS = ["活動指標：相談件数（件）", "成果指標：解決に至った割合（％）"]


@pytest.mark.parametrize(
    "captions",
    [
        CAPTIONS,
        ["【活動指標】相談件数（件）", "【成果指標】解決に至った割合（％）"],
        ["活動指標　相談件数（件）", "成果指標　解決に至った割合（％）"],
    ],
)
def test_years_down_pairs_named_by_captions(tmp_path: Path, captions: list[str]) -> None:
    def draw(page: pymupdf.Page) -> None:
        top = _captions(page, _head(page) + 30, captions)
        rows = [
            ["年度", "活動指標：目標", "活動指標：実績", "成果指標：目標", "成果指標：実績",
             "達成率（％）"],
            ["令和4年度", "30", "27", "60.0", "66.0", "110.0"],
            ["令和5年度", "35", "", "65.0", "", ""],
        ]  # fmt: skip
        cells = [(r, c, 1, 1, t) for r, row in enumerate(rows) for c, t in enumerate(row)]
        ruled_table(page, top, [60.0, 80.0, 80.0, 80.0, 80.0, 70.0], cells)

    assert _rows(draw_pdf(tmp_path, "pairs_down.pdf", draw)) == EXPECTED


def test_a_note_beside_a_caption_is_passed_over(tmp_path: Path) -> None:
    """A note printed at the right end of a caption's line (※令和5年度は速報値) is not
    a caption, and does not end the captions either."""

    def draw(page: pymupdf.Page) -> None:
        top = _captions(page, _head(page) + 30, CAPTIONS)
        page.insert_text((400, top - 8), "※令和5年度は速報値", fontname="japan", fontsize=SIZE)
        rows = [
            ["年度", "活動指標：目標", "活動指標：実績", "成果指標：目標", "成果指標：実績",
             "達成率（％）"],
            ["令和4年度", "30", "27", "60.0", "66.0", "110.0"],
            ["令和5年度", "35", "", "65.0", "", ""],
        ]  # fmt: skip
        cells = [(r, c, 1, 1, t) for r, row in enumerate(rows) for c, t in enumerate(row)]
        ruled_table(page, top, [60.0, 80.0, 80.0, 80.0, 80.0, 70.0], cells)

    assert _rows(draw_pdf(tmp_path, "noted.pdf", draw)) == EXPECTED


def test_captions_in_ruled_rows_across_the_top(tmp_path: Path) -> None:
    """The captions printed in ruled rows across the table's top, one per row."""

    def draw(page: pymupdf.Page) -> None:
        cells = [(0, 0, 1, 6, CAPTIONS[0]), (1, 0, 1, 6, CAPTIONS[1])]
        rows = [
            ["年度", "活動指標：目標", "活動指標：実績", "成果指標：目標", "成果指標：実績",
             "達成率（％）"],
            ["令和4年度", "30", "27", "60.0", "66.0", "110.0"],
            ["令和5年度", "35", "", "65.0", "", ""],
        ]  # fmt: skip
        cells += [(r, c, 1, 1, t) for r, row in enumerate(rows, 2) for c, t in enumerate(row)]
        ruled_table(page, _head(page) + 30, [60.0, 80.0, 80.0, 80.0, 80.0, 70.0], cells)

    assert _rows(draw_pdf(tmp_path, "ruled_captions.pdf", draw)) == EXPECTED


def test_years_across_pairs_named_by_captions(tmp_path: Path) -> None:
    def draw(page: pymupdf.Page) -> None:
        top = _captions(page, _head(page) + 30, CAPTIONS)
        rows = [
            ["区分", "令和4年度", "令和5年度"],
            ["活動指標：目標", "30", "35"],
            ["活動指標：実績", "27", ""],
            ["成果指標：目標", "60.0", "65.0"],
            ["成果指標：実績", "66.0", ""],
            ["達成率（％）", "110.0", ""],
        ]
        cells = [(r, c, 1, 1, t) for r, row in enumerate(rows) for c, t in enumerate(row)]
        ruled_table(page, top, [100.0, 80.0, 80.0], cells)

    assert _rows(draw_pdf(tmp_path, "pairs_across.pdf", draw)) == EXPECTED


def test_kind_headers_over_metric_headers_named_by_captions(tmp_path: Path) -> None:
    """The kind printed once over its metrics (活動指標 spanning 目標 | 実績) instead of in
    each cell: the same indicators."""

    def draw(page: pymupdf.Page) -> None:
        top = _captions(page, _head(page) + 30, CAPTIONS)
        cells = [
            (0, 0, 2, 1, "年度"), (0, 1, 1, 2, "活動指標"), (0, 3, 1, 2, "成果指標"),
            (0, 5, 2, 1, "達成率（％）"),
            (1, 1, 1, 1, "目標"), (1, 2, 1, 1, "実績"), (1, 3, 1, 1, "目標"), (1, 4, 1, 1, "実績"),
        ]  # fmt: skip
        rows = [
            ["令和4年度", "30", "27", "60.0", "66.0", "110.0"],
            ["令和5年度", "35", "", "65.0", "", ""],
        ]
        cells += [(r, c, 1, 1, t) for r, row in enumerate(rows, 2) for c, t in enumerate(row)]
        ruled_table(page, top, [60.0, 80.0, 80.0, 80.0, 80.0, 70.0], cells)

    assert _rows(draw_pdf(tmp_path, "kinds_over.pdf", draw)) == EXPECTED


def test_kind_over_metric_in_one_cell_named_by_captions(tmp_path: Path) -> None:
    """The kind on its own line over the metric in one header cell (活動指標 / 目標)."""

    def draw(page: pymupdf.Page) -> None:
        top = _captions(page, _head(page) + 30, CAPTIONS)
        heads = ["年度", "活動指標\n目標", "活動指標\n実績", "成果指標\n目標", "成果指標\n実績",
                 "達成率\n（％）"]  # fmt: skip
        cells = [(0, c, 2, 1, t) for c, t in enumerate(heads)]
        rows = [
            ["令和4年度", "30", "27", "60.0", "66.0", "110.0"],
            ["令和5年度", "35", "", "65.0", "", ""],
        ]
        cells += [(r, c, 1, 1, t) for r, row in enumerate(rows, 2) for c, t in enumerate(row)]
        ruled_table(page, top, [60.0, 80.0, 80.0, 80.0, 80.0, 70.0], cells)

    assert _rows(draw_pdf(tmp_path, "two_lines.pdf", draw)) == EXPECTED


def test_a_kind_captioned_twice_names_none(tmp_path: Path) -> None:
    """Two 活動指標 captions over one pair of 活動指標 columns: which one the columns
    hold is not printed, so they give no rows (never the first one guessed); the
    成果指標 columns still read under their one caption."""

    def draw(page: pymupdf.Page) -> None:
        lines = ["活動指標：相談件数（件）", "活動指標：出張相談会の回数（回）", CAPTIONS[1]]
        top = _captions(page, _head(page) + 30, lines)
        rows = [
            ["年度", "活動指標：目標", "活動指標：実績", "成果指標：目標", "成果指標：実績"],
            ["令和4年度", "30", "27", "60.0", "66.0"],
        ]
        cells = [(r, c, 1, 1, t) for r, row in enumerate(rows) for c, t in enumerate(row)]
        ruled_table(page, top, [60.0, 80.0, 80.0, 80.0, 80.0], cells)

    assert _rows(draw_pdf(tmp_path, "twice.pdf", draw)) == {
        ("outcome", "解決に至った割合", "target", 2022): ("%", 60.0, "60.0"),
        ("outcome", "解決に至った割合", "actual", 2022): ("%", 66.0, "66.0"),
    }


def test_numbered_indicators_of_one_kind(tmp_path: Path) -> None:
    """活動指標① / 活動指標② captioned over columns 活動指標①：目標 … 活動指標②：実績:
    each pair of columns is the indicator of its own ordinal."""

    def draw(page: pymupdf.Page) -> None:
        lines = ["活動指標①：相談件数（件）", "活動指標②：出張相談会の回数（回）"]
        top = _captions(page, _head(page) + 30, lines)
        rows = [
            ["年度", "活動指標①：目標", "活動指標①：実績", "活動指標②：目標",
             "活動指標②：実績"],
            ["令和4年度", "30", "27", "4", "5"],
        ]  # fmt: skip
        cells = [(r, c, 1, 1, t) for r, row in enumerate(rows) for c, t in enumerate(row)]
        ruled_table(page, top, [60.0, 90.0, 90.0, 90.0, 90.0], cells)

    assert _rows(draw_pdf(tmp_path, "numbered.pdf", draw)) == {
        ("activity", "相談件数", "target", 2022): ("件", 30.0, "30"),
        ("activity", "相談件数", "actual", 2022): ("件", 27.0, "27"),
        ("activity", "出張相談会の回数", "target", 2022): ("回", 4.0, "4"),
        ("activity", "出張相談会の回数", "actual", 2022): ("回", 5.0, "5"),
    }


def test_header_pairing_kind_and_metric() -> None:
    headers = HeaderInterpreter(vocabulary(), YearContext())
    target = headers.label("活動指標：目標")
    assert (target.indicator_kind, target.metric) == ("activity", "target")
    actual = headers.label("成果指標：実績")
    assert (actual.indicator_kind, actual.metric) == ("outcome", "actual")
    lined = headers.label("活動指標\n実績")
    assert (lined.indicator_kind, lined.metric) == ("activity", "actual")
    numbered = headers.label("成果指標②：実績")
    assert (numbered.indicator_kind, numbered.metric) == ("outcome", "actual")
    # a caption naming an indicator says its kind, and no metric
    name = headers.label("成果指標：受講者の満足度（％）")
    assert (name.indicator_kind, name.metric) == ("outcome", None)
