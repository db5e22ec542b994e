"""The 施策評価票 parser on the shared reading floor: KPI blocks, 成果の推移 tables,
the 達成率 cross-check and the municipality search, each on a sheet drawn at test
time with its rows typed by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pymupdf

from aizu_extract.layout import build_document_layout
from aizu_extract.layout.table import Grid, aligned_grids, grids_of, under_captions
from aizu_extract.layout.vocabulary import vocabulary
from aizu_extract.load import load_pdf
from aizu_extract.normalize.text import normalize_text
from aizu_extract.parsers.base import Extraction
from aizu_extract.parsers.municipality import WHOLE_PAGE, municipality
from aizu_extract.parsers.policy_evaluation import PolicyEvaluationParser
from aizu_extract.parsers.policy_evaluation.checks import check_rates

from .drawing import draw_pdf, ruled_table, text_table, title_line

_W = [20.0, 80.0, 50.0, 50.0, 50.0, 50.0, 40.0, 150.0]


def _parse(path: Path) -> Extraction:
    return PolicyEvaluationParser().parse(build_document_layout(load_pdf(path)))


def _cells(ex: Extraction, kind: str = "kpi") -> dict[tuple[Any, ...], dict[str, Any]]:
    return {
        (r["kpi_name"], r["year_label"], r["metric"]): r for r in ex.kpi_values if r["kind"] == kind
    }


def _block(no: str, name: str, unit: str, definition: str, target: list[str], actual: list[str]):
    """One indicator as its own ruled table: NAME | 単位 | 説明 row, 年度 row, 目標/実績."""
    return [
        (0, 0, 4, 1, no), (0, 1, 1, 5, name), (0, 6, 1, 1, unit), (0, 7, 1, 1, definition),
        (1, 1, 1, 1, "年度"), (1, 2, 1, 1, "R5"), (1, 3, 1, 1, "R6"), (1, 4, 1, 1, "R7"),
        (1, 5, 1, 1, "R8"), (1, 6, 1, 2, "検証"),
        (2, 1, 1, 1, "目標"), *((2, 2 + i, 1, 1, v) for i, v in enumerate(target)),
        (3, 1, 1, 1, "実績"), *((3, 2 + i, 1, 1, v) for i, v in enumerate(actual)),
        (2, 6, 2, 2, "概ね順調"),
    ]  # fmt: skip


def test_blocks_as_separate_tables_under_one_caption_row(tmp_path: Path) -> None:
    """指標名 | 単位 | 説明又は計算式 printed once, over the first block's table only;
    the second block, a table of its own below, is read under the same captions."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和7年度行政評価 施策評価票")
        caption = [(0, 0, 1, 1, ""), (0, 1, 1, 5, "指標名"), (0, 6, 1, 1, "単位"),
                   (0, 7, 1, 1, "説明又は計算式")]  # fmt: skip
        first = [(r + 1, c, rs, cs, t) for r, c, rs, cs, t in _block(
            "1", "図書館利用者数", "人", "年間の来館者数",
            ["1,000", "1,100", "1,200", "1,300"], ["950", "1,210", "－", "－"])]  # fmt: skip
        y = ruled_table(page, 60, _W, caption + first)
        ruled_table(page, y + 8, _W, _block(
            "2", "講座の開催回数", "回", "公民館講座の回数",
            ["20", "22", "24", "26"], ["18", "25", "－", "－"]))  # fmt: skip

    ex = _parse(draw_pdf(tmp_path, "blocks.pdf", draw))
    got = _cells(ex)
    assert len(got) == 16
    a = got[("図書館利用者数", "R6", "actual")]
    assert (a["kpi_no"], a["unit"], a["value"], a["fiscal_year"]) == (1, "人", 1210.0, 2024)
    assert a["definition"] == "年間の来館者数"
    b = got[("講座の開催回数", "R5", "target")]
    assert (b["kpi_no"], b["unit"], b["value"]) == (2, "回", 20.0)
    assert b["definition"] == "公民館講座の回数"
    assert got[("講座の開催回数", "R8", "actual")]["value"] is None
    assert not ex.rejects and not [w for w in ex.warnings if "KPI" in w]


def test_one_year_row_over_blocks_with_rows_between(tmp_path: Path) -> None:
    """No | 指標名 | 単位 | 区分 | years … 最終目標 printed once; each indicator's
    説明又は計算式 and 検証 rows run across the year columns under its 目標/実績 rows.
    The 実績 row under 最終目標 is an actual, not a second target."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和7年度行政評価 施策評価票")
        cells = [
            (0, 0, 1, 1, "No"), (0, 1, 1, 1, "指標名"), (0, 2, 1, 1, "単位"),
            (0, 3, 1, 1, "区分"), (0, 4, 1, 1, "令和5年度"), (0, 5, 1, 1, "令和6年度"),
            (0, 6, 1, 1, "最終目標"),
        ]  # fmt: skip
        blocks = (
            ("空き家の登録件数", "件", "年度末の登録件数", ("30", "35", "50"), ("28", "40", "－")),
            ("移住体験の参加者", "人", "参加者数", ("60", "70", "90"), ("66", "52", "－")),
        )
        for i, (name, unit, define, target, actual) in enumerate(blocks):
            top = 1 + 4 * i
            cells += [(top, 0, 4, 1, str(i + 1)), (top, 1, 2, 1, name), (top, 2, 2, 1, unit),
                      (top, 3, 1, 1, "目標"), (top + 1, 3, 1, 1, "実績"),
                      (top + 2, 1, 1, 1, "説明又は計算式"), (top + 2, 2, 1, 5, define),
                      (top + 3, 1, 1, 1, "検証"), (top + 3, 2, 1, 5, "順調")]  # fmt: skip
            cells += [(top, 4 + j, 1, 1, v) for j, v in enumerate(target)]
            cells += [(top + 1, 4 + j, 1, 1, v) for j, v in enumerate(actual)]
        ruled_table(page, 60, [20, 110, 40, 40, 60, 60, 60], cells)

    ex = _parse(draw_pdf(tmp_path, "one_header.pdf", draw))
    got = _cells(ex)
    assert len(got) == 12
    second = got[("移住体験の参加者", "令和6年度", "actual")]
    assert (second["kpi_no"], second["unit"], second["value"]) == (2, "人", 52.0)
    assert second["definition"] == "参加者数"
    final = got[("空き家の登録件数", "最終目標", "target")]
    assert (final["fiscal_year"], final["value"]) == (None, 50.0)
    dash = got[("空き家の登録件数", "最終目標", "actual")]
    assert dash["value"] is None and normalize_text(dash["value_text"]) == "-"
    assert got[("空き家の登録件数", "令和5年度", "target")]["definition"] == "年度末の登録件数"


def test_outcome_table_names_its_unit_in_a_column(tmp_path: Path) -> None:
    """成果の推移: 事業名 (merged over its rows) | 項目 | R6 計画 | 実績 | R7 …; the unit
    is the 事業名 cell of the row, and (年間) stays part of the item's name."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "成果を示す根拠の推移")
        ruled_table(page, 50, [110, 110, 40, 40, 40, 40], [
            (0, 0, 2, 1, "事業名"), (0, 1, 2, 1, "項目"), (0, 2, 1, 2, "R6"), (0, 4, 1, 2, "R7"),
            (1, 2, 1, 1, "計画"), (1, 3, 1, 1, "実績"), (1, 4, 1, 1, "計画"), (1, 5, 1, 1, "実績"),
            (2, 0, 2, 1, "空き家バンク事業"), (2, 1, 1, 1, "相談件数(年間)"),
            (2, 2, 1, 1, "80"), (2, 3, 1, 1, "91"), (2, 4, 1, 1, "85"), (2, 5, 1, 1, "—"),
            (3, 1, 1, 1, "成約件数"),
            (3, 2, 1, 1, "10"), (3, 3, 1, 1, "12"), (3, 4, 1, 1, "11"), (3, 5, 1, 1, "—"),
        ])  # fmt: skip

    ex = _parse(draw_pdf(tmp_path, "outcomes.pdf", draw))
    assert not _cells(ex, "kpi")
    got = _cells(ex, "outcome")
    assert len(got) == 8
    assert {r["subject"] for r in got.values()} == {"空き家バンク事業"}
    assert got[("相談件数(年間)", "R6", "actual")]["value"] == 91.0
    assert got[("成約件数", "R7", "target")]["fiscal_year"] == 2025
    assert got[("成約件数", "R7", "actual")]["value"] is None


def _kpi(metric: str, value: float, label: str = "R6") -> dict[str, Any]:
    return {"page": 2, "kpi_no": 3, "kpi_name": "交流事業数", "year_label": label,
            "metric": metric, "value": value}  # fmt: skip


def test_rate_check_flags_only_a_rate_off_by_more_than_rounding() -> None:
    ex = Extraction(doc_type="policy_evaluation")
    rows = [_kpi("target", 58), _kpi("actual", 63), _kpi("achievement_rate", 108)]
    rows += [_kpi("target", 4000, "R5"), _kpi("actual", 2290, "R5")]
    rows += [_kpi("achievement_rate", 57.3, "R5")]
    check_rates(ex, rows)
    assert [(c["code"], c["year_label"], c["printed"], c["page"]) for c in ex.checks] == [
        ("kpi.achievement_rate_mismatch", "R6", 108, 2)
    ]
    assert ex.checks[0]["computed"] == 108.62


def test_municipality_one_search_for_both_parsers(tmp_path: Path) -> None:
    """A header line's word names the city; a name alone mid-page counts only when the
    whole first page is searched (a book's cover); a unit's name in a table never."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 30, "ほしかわ市 平成30年度 行政評価")
        ruled_table(page, 60, [120, 200], [(0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "みなみ町事業")])

    def cover(page: pymupdf.Page) -> None:
        title_line(page, 400, "こもれび町")

    vocab = vocabulary()
    header = build_document_layout(load_pdf(draw_pdf(tmp_path, "header.pdf", draw)))
    assert municipality(header, vocab) == "ほしかわ市"
    assert municipality(header, vocab, tables=True, band=WHOLE_PAGE) == "ほしかわ市"
    book = build_document_layout(load_pdf(draw_pdf(tmp_path, "cover.pdf", cover)))
    assert municipality(book, vocab) is None
    assert municipality(book, vocab, band=WHOLE_PAGE) == "こもれび町"


# ---------------------------------------------------------------- the table model


def _page_grids(path: Path) -> list[Grid]:
    layout = build_document_layout(load_pdf(path))
    return [g for page in layout.pages for g in (*grids_of(page), *aligned_grids(page))]


def _texts(grid: Grid) -> dict[tuple[int, int], str]:
    return {(c.row, c.col): c.text if c.box else "<blank>" for c in grid.cells}


def test_unruled_table_keeps_outer_columns_and_a_blank_between_values(tmp_path: Path) -> None:
    """A No column left of every value column and 単位 right of them are columns of
    their own; a year left blank between two printed values is a blank cell."""

    def draw(page: pymupdf.Page) -> None:
        text_table(page, 60, [20, 60, 50, 50, 50, 40], [
            ["", "区分", "R5", "R6", "R7", "単位"],
            ["3", "目標", "10", "12", "14", "件"],
            ["", "実績", "9", "", "－", "件"],
        ])  # fmt: skip

    (grid,) = [g for g in _page_grids(draw_pdf(tmp_path, "unruled.pdf", draw)) if g.n_rows == 3]
    cells = _texts(grid)
    assert grid.n_cols == 6
    assert (cells[(1, 0)], cells[(1, 5)], cells[(2, 5)]) == ("3", "件", "件")
    assert cells[(2, 3)] == "<blank>"  # R6 実績 not reported
    assert (2, 4) in cells and cells[(2, 4)] == "－"
    assert (0, 0) not in cells  # nothing printed there, and no value column


def test_block_table_joined_under_the_caption_row_above(tmp_path: Path) -> None:
    def draw(page: pymupdf.Page) -> None:
        y = ruled_table(page, 60, [80, 40], [(0, 0, 1, 1, "指標名"), (0, 1, 1, 1, "単位"),
                                            (1, 0, 1, 1, "来館者数"), (1, 1, 1, 1, "人")])
        ruled_table(page, y + 8, [80, 40], [(0, 0, 1, 1, "講座数"), (0, 1, 1, 1, "回")])

    first, second = sorted(
        (g for g in _page_grids(draw_pdf(tmp_path, "captions.pdf", draw)) if g.n_cols == 2),
        key=lambda g: g.bbox.y0,
    )
    joined = under_captions(first, second, 1, 2.0)
    assert joined is not None
    assert _texts(joined) == {(0, 0): "指標名", (0, 1): "単位", (1, 0): "講座数", (1, 1): "回"}
    assert under_captions(second, first, 1, 2.0) is None  # the caption table is above
