"""A KPI named in a row of its own over a one-row grid of its values (heldout24 AE4),
and 現状値 read as ``actual`` only beside a 基準値 of its own table (AE5).

Small ruled blocks drawn with ``tests/drawing.py``; the expected rows are typed by
hand from the cells drawn below, never copied from parser output.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.accounting import account
from aizu_extract.layout import build_document_layout
from aizu_extract.layout.kinds import split_ordinal
from aizu_extract.load import load_pdf
from aizu_extract.parsers.base import Extraction
from aizu_extract.parsers.strategy.name_rows import label_of
from aizu_extract.pipeline import process_file
from aizu_extract.printed_numbers import id_signature
from tests.drawing import LEFT, Cell, draw_pages, draw_pdf, ruled_table, title_line

PILLAR = "基本目標1 まちをつくる"
WIDTHS = [110.0, 110.0, 110.0, 60.0]
HEAD = [
    (1, 0, 1, 1, "基準値（平成30年度）"), (1, 1, 1, 1, "現状値（令和5年度）"),
    (1, 2, 1, 1, "目標値（令和6年度）"), (1, 3, 1, 1, "進捗状況"),
]  # fmt: skip
_FIELDS = ("kind", "context", "kpi_no", "kpi_name", "metric", "fiscal_year", "value", "unit",
           "value_text", "qualifier")  # fmt: skip


def _rows(tmp_path: Path, *blocks: list[Cell]) -> list[tuple[object, ...]]:
    def draw(page: pymupdf.Page) -> None:
        page.insert_text((200, 50), "紅葉市総合戦略", fontname="japan", fontsize=16)
        title_line(page, 90, PILLAR)
        top = 110.0
        for cells in blocks:
            top = ruled_table(page, top, WIDTHS, cells) + 30.0

    out = process_file(draw_pdf(tmp_path, "block.pdf", draw))
    assert out.rows["rejects"] == []
    return [tuple(r[k] for k in _FIELDS) for r in out.rows["kpi_values"]]


def test_name_row_over_a_one_row_grid(tmp_path: Path) -> None:
    """``KPI①`` | NAME over ``基準値 | 現状値 | 目標値 | 進捗状況`` and one value row:
    one indicator, kpi_no from the label, 現状値 the actual beside the 基準値."""
    block: list[Cell] = [
        (0, 0, 1, 1, "ＫＰＩ①"), (0, 1, 1, 3, "新規就農者数"), *HEAD,
        (2, 0, 1, 1, "3人"), (2, 1, 1, 1, "累計18人"), (2, 2, 1, 1, "累計20人"),
        (2, 3, 1, 1, "○"),
    ]  # fmt: skip
    assert _rows(tmp_path, block) == [
        ("kpi", PILLAR, 1, "新規就農者数", "baseline", 2018, 3.0, "人", "3人", None),
        ("kpi", PILLAR, 1, "新規就農者数", "actual", 2023, 18.0, "人", "累計18人", "累計"),
        ("kpi", PILLAR, 1, "新規就農者数", "target", 2024, 20.0, "人", "累計20人", "累計"),
    ]


def test_name_row_with_a_unit_cell(tmp_path: Path) -> None:
    """``単位`` | UNIT at the name row's end: the unit of the bare values; a second
    block (``重要業績評価指標（ＫＰＩ）②``) is its own indicator, kpi_no 2."""
    first: list[Cell] = [
        (0, 0, 1, 1, "ＫＰＩ①"), (0, 1, 1, 1, "空き家バンクの成約件数"),
        (0, 2, 1, 1, "単位"), (0, 3, 1, 1, "件"), *HEAD,
        (2, 0, 1, 1, "7"), (2, 1, 1, 1, "19"), (2, 2, 1, 1, "20"), (2, 3, 1, 1, "◎"),
    ]  # fmt: skip
    second: list[Cell] = [
        (0, 0, 1, 2, "重要業績評価指標（ＫＰＩ）②"), (0, 2, 1, 2, "移住者数"), *HEAD,
        (2, 0, 1, 1, "12人"), (2, 1, 1, 1, "31人"), (2, 2, 1, 1, "増加"), (2, 3, 1, 1, "○"),
    ]  # fmt: skip
    got = _rows(tmp_path, first, second)
    assert got[:3] == [
        ("kpi", PILLAR, 1, "空き家バンクの成約件数", "baseline", 2018, 7.0, "件", "7", None),
        ("kpi", PILLAR, 1, "空き家バンクの成約件数", "actual", 2023, 19.0, "件", "19", None),
        ("kpi", PILLAR, 1, "空き家バンクの成約件数", "target", 2024, 20.0, "件", "20", None),
    ]
    assert got[3:] == [
        ("kpi", PILLAR, 2, "移住者数", "baseline", 2018, 12.0, "人", "12人", None),
        ("kpi", PILLAR, 2, "移住者数", "actual", 2023, 31.0, "人", "31人", None),
        ("kpi", PILLAR, 2, "移住者数", "target", 2024, None, None, "増加", None),
    ]


def test_current_value_alone_stays_the_baseline(tmp_path: Path) -> None:
    """A plan's ``現状値（R4） | 目標値（R9）``: 現状値 is the only base-like column, the
    contract's baseline; beside a ``基準値（R1）`` it is the value reached since."""
    alone: list[Cell] = [
        (0, 0, 1, 1, "重要業績評価指標"), (0, 1, 1, 1, "現状値（R4）"),
        (0, 2, 1, 1, "目標値（R9）"),
        (1, 0, 1, 1, "出生数"), (1, 1, 1, 1, "300人"), (1, 2, 1, 1, "320人"),
    ]  # fmt: skip
    both: list[Cell] = [
        (0, 0, 1, 1, "重要業績評価指標"), (0, 1, 1, 1, "基準値（R1）"),
        (0, 2, 1, 1, "現状値（R4）"), (0, 3, 1, 1, "目標値（R9）"),
        (1, 0, 1, 1, "出生数"), (1, 1, 1, 1, "280人"), (1, 2, 1, 1, "300人"),
        (1, 3, 1, 1, "320人"),
    ]  # fmt: skip
    metrics = [(r[4], r[5], r[6]) for r in _rows(tmp_path, alone)]
    assert metrics == [("baseline", 2022, 300.0), ("target", 2027, 320.0)]
    metrics = [(r[4], r[5], r[6]) for r in _rows(tmp_path, both)]
    assert metrics == [("baseline", 2019, 280.0), ("actual", 2022, 300.0), ("target", 2027, 320.0)]


def test_name_row_labels() -> None:
    """The label's kind and ordinal; a name-column word without an ordinal, or an
    ordinal after no such word, is no name row's label."""
    assert split_ordinal("KPI①") == ("KPI", 1)
    assert split_ordinal("活動指標2") == ("活動指標", 2)
    assert split_ordinal("①") == ("①", None)
    # past ⑳: the circled numbers of U+3251… and U+32B1… read as circled_number reads them
    assert split_ordinal("成果指標㉑") == ("成果指標", 21)
    assert split_ordinal("KPI㊿") == ("KPI", 50)
    assert label_of("KPI①") == ("kpi", 1)
    assert label_of("重要業績評価指標(KPI)③") == ("kpi", 3)
    assert label_of("KPI") is None
    assert label_of("基本目標①") is None


def test_a_count_with_its_unit_is_no_identifier(tmp_path: Path) -> None:
    """``3人`` nobody read is not accounted by the outline number ``3`` (基本目標3):
    a number printed with its unit is a count; the bare ``3`` still is the number."""
    assert id_signature("3人") == id_signature("1件") == ""
    assert id_signature("3") == "3"

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "みどり町総合戦略")
        title_line(page, 80, "基本目標3 まちをつくる")
        for x, text in ((LEFT, "3"), (200, "3人")):
            page.insert_text((x, 120), text, fontname="japan", fontsize=9)

    layout = build_document_layout(load_pdf(draw_pdf(tmp_path, "count.pdf", draw)))
    ex = Extraction(doc_type="strategy")
    ex.structure.append({"page": 1, "level": "pillar", "number": "3", "title": "まちをつくる"})
    fates = sorted((n.text, n.status, n.reason) for n in account(layout, ex).numbers)
    assert fates == [
        ("3", "assigned", "structure"),
        ("3人", "unassigned", "unassigned.unknown_label"),
    ]


NAME_ROW: list[Cell] = [(0, 0, 1, 1, "ＫＰＩ①"), (0, 1, 1, 3, "企業立地件数")]
GRID: list[Cell] = [
    (r - 1, c, rs, cs, t) for r, c, rs, cs, t in HEAD
] + [(1, 0, 1, 1, "1件"), (1, 1, 1, 1, "6件"), (1, 2, 1, 1, "5件"), (1, 3, 1, 1, "○")]
SPLIT = [
    ("kpi", PILLAR, 1, "企業立地件数", "baseline", 2018, 1.0, "件", "1件", None),
    ("kpi", PILLAR, 1, "企業立地件数", "actual", 2023, 6.0, "件", "6件", None),
    ("kpi", PILLAR, 1, "企業立地件数", "target", 2024, 5.0, "件", "5件", None),
]


def _heading(page: pymupdf.Page) -> None:
    page.insert_text((200, 50), "紅葉市総合戦略", fontname="japan", fontsize=16)
    title_line(page, 90, PILLAR)


def _split_rows(out: object) -> list[tuple[object, ...]]:
    rows = out.rows  # type: ignore[attr-defined]
    assert rows["rejects"] == []
    return [tuple(r[k] for k in _FIELDS) for r in rows["kpi_values"]]


def test_name_row_ruled_apart_over_its_grid(tmp_path: Path) -> None:
    """The name row a table of its own, the grid ruled a few points under it."""

    def draw(page: pymupdf.Page) -> None:
        _heading(page)
        bottom = ruled_table(page, 110, WIDTHS, NAME_ROW)
        ruled_table(page, bottom + 5, WIDTHS, GRID)

    assert _split_rows(process_file(draw_pdf(tmp_path, "apart.pdf", draw))) == SPLIT


def test_name_row_ending_its_page_over_the_grid_overleaf(tmp_path: Path) -> None:
    """The name row the last thing on page 1, its grid heading page 2: one block,
    its rows on page 2 (where the values are printed)."""

    def first(page: pymupdf.Page) -> None:
        _heading(page)
        ruled_table(page, 740, WIDTHS, NAME_ROW)

    def second(page: pymupdf.Page) -> None:
        ruled_table(page, 60, WIDTHS, GRID)

    out = process_file(draw_pages(tmp_path, "overleaf.pdf", first, second))
    rows = _split_rows(out)
    assert rows == SPLIT
    assert [r["page"] for r in out.rows["kpi_values"]] == [2, 2, 2]
