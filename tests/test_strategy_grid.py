"""Strategy KPI tables read through the shared table model (issue 8).

Small ruled tables drawn with ``tests/drawing.py``; the expected rows are typed
by hand from the cells drawn below, never copied from parser output.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aizu_extract.pipeline import process_file
from tests.drawing import Cell, draw_pdf, ruled_table, text_table, title_line

PILLAR = "基本目標1 まちをつくる"
# (kind, context, kpi_name, metric, year_label, fiscal_year, value, unit, value_text)
EXPECTED = [
    ("kpi", PILLAR, "図書館利用者数", "baseline", "R4", 2022, 5000.0, "人", "5,000人"),
    ("kpi", PILLAR, "図書館利用者数", "target", "R9", 2027, 6000.0, "人", "6,000人"),
    ("kpi", PILLAR, "出生数", "baseline", "R4", 2022, 300.0, "人", "300人"),
    ("kpi", PILLAR, "出生数", "target", "R9", 2027, 320.0, "人", "320人"),
]
TEXTS = [
    ["重要業績評価指標", "現状値（R4）", "目標値（R9）"],
    ["図書館利用者数", "5,000人", "6,000人"],
    ["出生数", "300人", "320人"],
]


_FIELDS = (
    "kind", "context", "kpi_name", "metric", "year_label", "fiscal_year", "value", "unit",
    "value_text",
)


def _cells(texts: list[list[str]]) -> list[Cell]:
    return [(r, c, 1, 1, t) for r, row in enumerate(texts) for c, t in enumerate(row)]


WIDTHS = [150.0, 110.0, 110.0]


def _widths(texts: list[list[str]]) -> list[float]:
    return [WIDTHS[0], *([WIDTHS[1]] * (len(texts[0]) - 1))]


def _ruled(page: pymupdf.Page, texts: list[list[str]]) -> None:
    ruled_table(page, 110, _widths(texts), _cells(texts))


def _unruled(page: pymupdf.Page, texts: list[list[str]]) -> None:
    text_table(page, 110, _widths(texts), texts)


def _rules_only(page: pymupdf.Page, texts: list[list[str]]) -> None:
    text_table(page, 110, _widths(texts), texts, rules=True)


def _rows(
    tmp_path: Path, name: str, texts: list[list[str]], table: object = _ruled
) -> list[tuple[object, ...]]:
    def draw(page: pymupdf.Page) -> None:
        page.insert_text((200, 50), "紅葉市総合戦略", fontname="japan", fontsize=16)
        title_line(page, 90, PILLAR)
        table(page, texts)  # type: ignore[operator]

    out = process_file(draw_pdf(tmp_path, name, draw))
    assert out.rows["rejects"] == []
    return [
        tuple(r[k] for k in _FIELDS) for r in out.rows["kpi_values"]
    ]


def test_ruled_kpi_table(tmp_path: Path) -> None:
    assert _rows(tmp_path, "normal.pdf", TEXTS) == EXPECTED


@pytest.mark.parametrize(
    "table", [_ruled, _unruled, _rules_only], ids=["ruled", "unruled", "rules_only"]
)
@pytest.mark.parametrize("transpose", [False, True], ids=["down", "across"])
def test_transposed_kpi_table_gives_the_same_rows(
    tmp_path: Path, table: object, transpose: bool
) -> None:
    """Indicators across the top, 現状値/目標値 down the side: the same facts, with
    full rules, no rules and horizontal rules only."""
    texts = [list(col) for col in zip(*TEXTS, strict=True)] if transpose else TEXTS
    if transpose:
        assert texts[0] == ["重要業績評価指標", "図書館利用者数", "出生数"]
    assert _rows(tmp_path, "t.pdf", texts, table) == EXPECTED


def test_value_merged_over_two_indicators_is_each_ones(tmp_path: Path) -> None:
    """``増加`` in one cell across two indicators' rows is both targets; the names
    are not run together."""
    cells: list[Cell] = [
        (0, 0, 1, 1, "重要業績評価指標"), (0, 1, 1, 1, "現状値（R4）"),
        (0, 2, 1, 1, "目標値（R9）"),
        (1, 0, 1, 1, "出生数"), (1, 1, 1, 1, "300人"), (1, 2, 2, 1, "増加"),
        (2, 0, 1, 1, "転入者数"), (2, 1, 1, 1, "820人"),
    ]  # fmt: skip

    def draw(page: pymupdf.Page) -> None:
        page.insert_text((200, 50), "紅葉市総合戦略", fontname="japan", fontsize=16)
        title_line(page, 90, PILLAR)
        ruled_table(page, 110, WIDTHS, cells)

    out = process_file(draw_pdf(tmp_path, "merged.pdf", draw))
    got = [
        (r["kpi_name"], r["metric"], r["value"], r["value_text"]) for r in out.rows["kpi_values"]
    ]
    assert got == [
        ("出生数", "baseline", 300.0, "300人"),
        ("出生数", "target", None, "増加"),
        ("転入者数", "baseline", 820.0, "820人"),
        ("転入者数", "target", None, "増加"),
    ]
    assert out.rows["rejects"] == []


def test_two_row_header_is_one_column_label(tmp_path: Path) -> None:
    """``目標値`` in one ruled row and ``（R9）`` in the row under it head one column."""
    cells: list[Cell] = [
        (0, 0, 2, 1, "重要業績評価指標"),
        (0, 1, 1, 1, "現状値"), (1, 1, 1, 1, "（R4）"),
        (0, 2, 1, 1, "目標値"), (1, 2, 1, 1, "（R9）"),
        (2, 0, 1, 1, "出生数"), (2, 1, 1, 1, "300人"), (2, 2, 1, 1, "320人"),
    ]  # fmt: skip

    def draw(page: pymupdf.Page) -> None:
        page.insert_text((200, 50), "紅葉市総合戦略", fontname="japan", fontsize=16)
        title_line(page, 90, PILLAR)
        ruled_table(page, 110, [150, 110, 110], cells)

    out = process_file(draw_pdf(tmp_path, "two_rows.pdf", draw))
    got = [
        (r["kpi_name"], r["metric"], r["fiscal_year"], r["value"]) for r in out.rows["kpi_values"]
    ]
    assert got == [("出生数", "baseline", 2022, 300.0), ("出生数", "target", 2027, 320.0)]


@pytest.mark.parametrize("transpose", [False, True])
def test_decoy_figures_table_stays_out_either_way(tmp_path: Path, transpose: bool) -> None:
    """A table of yearly figures (項目 | 2010年 | 2015年) under no KPI label gives no rows."""
    texts = [["項目", "2010年", "2015年"], ["総人口", "15,320人", "14,210人"]]
    if transpose:
        texts = [list(col) for col in zip(*texts, strict=True)]
    assert _rows(tmp_path, "decoy.pdf", texts) == []


def test_grid_transposed_swaps_rows_and_columns(tmp_path: Path) -> None:
    """The shared Grid's transpose: a cell merged across two columns spans two rows."""
    from aizu_extract.layout import build_document_layout
    from aizu_extract.layout.table import grids_of
    from aizu_extract.load import load_pdf

    cells: list[Cell] = [
        (0, 0, 1, 1, "区分"), (0, 1, 1, 2, "令和6年度"),
        (1, 0, 1, 1, "目標"), (1, 1, 1, 1, "10"), (1, 2, 1, 1, "20"),
    ]  # fmt: skip
    path = draw_pdf(tmp_path, "t.pdf", lambda page: ruled_table(page, 100, [80, 60, 60], cells))
    (grid,) = grids_of(build_document_layout(load_pdf(path)).page(1))
    t = grid.transposed()
    assert (grid.n_rows, grid.n_cols, t.n_rows, t.n_cols) == (2, 3, 3, 2)
    year = t.at(1, 0)
    assert year is not None and (year.text, year.row_span, year.col_span) == ("令和6年度", 2, 1)
    assert t.at(2, 0) is year
    assert [c.text for c in t.right_of(year)] == ["10"]
    assert [c.text for c in t.below(t.at(0, 0))] == ["令和6年度"]
    assert [c.text for c in t.row_cells(0)] == ["区分", "目標"]


def test_grid_of_slots_joins_a_slot_and_reads_like_a_ruled_grid(tmp_path: Path) -> None:
    """An unruled table given as (column, box) rows: a wrapped name is one cell."""
    from aizu_extract.layout import build_document_layout
    from aizu_extract.layout.table import grid_of_slots
    from aizu_extract.load import load_pdf

    def draw(page: pymupdf.Page) -> None:
        for x, y, text in (
            (40, 100, "出生数（合計"), (40, 120, "特殊出生率）"), (250, 110, "1.51"),
            (40, 160, "転入者数"), (250, 160, "820人"),
        ):  # fmt: skip
            page.insert_text((x, y), text, fontname="japan", fontsize=9)

    page = build_document_layout(load_pdf(draw_pdf(tmp_path, "s.pdf", draw))).page(1)
    box = {b.raw: b for b in page.boxes}
    rows = [
        [(0, box["出生数（合計"]), (0, box["特殊出生率）"]), (1, box["1.51"])],
        [(0, box["転入者数"]), (1, box["820人"])],
    ]
    grid = grid_of_slots(1, [(40.0, 150.0), (250.0, 300.0)], rows)
    assert (grid.n_rows, grid.n_cols) == (2, 2)
    name = grid.at(0, 0)
    assert name is not None and name.lines == ("出生数（合計", "特殊出生率）")
    assert [c.text for c in grid.right_of(name)] == ["1.51"]
    assert [c.text for c in grid.below(name)] == ["転入者数"]


def test_running_head_is_not_part_of_a_description(tmp_path: Path) -> None:
    """A running head at body size, at the top of every page, is page furniture of
    the shared view: it does not run into the measure text it interrupts."""
    path = tmp_path / "running.pdf"
    doc = pymupdf.open()
    pages = [
        [
            (200, 110, "紅葉市総合戦略", 16), (60, 150, "基本目標1 まちをつくる", 14),
            (60, 180, "(1) 読書の推進", 12), (60, 210, "① 図書館の充実", 11),
            (60, 240, "図書館の蔵書を増やします。", 10),
        ],
        [(60, 100, "開館時間を延長します。", 10)],
    ]  # fmt: skip
    for items in pages:
        page = doc.new_page(width=595, height=842)
        page.insert_text((60, 40), "第2章 基本目標と施策", fontname="japan", fontsize=10)
        for x, y, text, size in items:
            page.insert_text((x, y), text, fontname="japan", fontsize=size)
    doc.save(path)
    doc.close()
    structure = process_file(path).rows["structure"]
    assert [(r["level"], r["title"]) for r in structure] == [
        ("pillar", "まちをつくる"), ("section", "読書の推進"), ("measure", "図書館の充実"),
    ]  # fmt: skip
    text = structure[2]["text"]
    assert "開館時間を延長します。" in text and "図書館の蔵書を増やします。" in text
    assert "第2章" not in text


def test_label_wordings_from_the_vocabulary(tmp_path: Path) -> None:
    """``■基本的な方向`` and ``【主な取り組み】`` (送り仮名) open the same lists as
    ``■基本的方向`` / ``【主な取組】``."""
    path = tmp_path / "labels.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for x, y, text, size in (
        (200, 60, "紅葉市総合戦略", 16), (60, 100, "基本目標1 まちをつくる", 14),
        (60, 125, "■基本的な方向", 10), (70, 145, "・読書の機会を増やします。", 10),
        (60, 175, "(1) 読書の推進", 12), (64, 200, "① 図書館の充実", 11),
        (70, 225, "【主な取り組み】", 10), (78, 245, "・移動図書館の運行", 10),
    ):  # fmt: skip
        page.insert_text((x, y), text, fontname="japan", fontsize=size)
    doc.save(path)
    doc.close()
    structure = process_file(path).rows["structure"]
    assert [(r["level"], r["title"], r["text"]) for r in structure] == [
        ("pillar", "まちをつくる", "読書の機会を増やします。"),
        ("section", "読書の推進", None),
        ("measure", "図書館の充実", None),
        ("item", "移動図書館の運行", None),
    ]


_NAMES = ("図書館利用者数", "出生数", "転入者数", "観光入込客数", "新規就農者数")
_UNITS = ("人", "件", "社")


@st.composite
def _kpi_tables(draw: st.DrawFn) -> tuple[list[list[str]], list[tuple[object, ...]]]:
    """A KPI table's printed cells and the rows it says (typed from the draw)."""
    names = draw(st.lists(st.sampled_from(_NAMES), min_size=1, max_size=3, unique=True))
    base = draw(st.integers(1, 5))
    target = draw(st.integers(base + 1, 9))
    texts = [["重要業績評価指標", f"現状値（R{base}）", f"目標値（R{target}）"]]
    expected: list[tuple[object, ...]] = []
    for name in names:
        unit = draw(st.sampled_from(_UNITS))
        values = draw(st.tuples(st.integers(0, 99999), st.integers(0, 99999)))
        texts.append([name, *(f"{v:,}{unit}" for v in values)])
        for metric, r, v in (("baseline", base, values[0]), ("target", target, values[1])):
            expected.append((name, metric, f"R{r}", 2018 + r, float(v), unit))
    return texts, expected


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    table=_kpi_tables(),
    layout=st.sampled_from([_ruled, _unruled, _rules_only]),
    across=st.booleans(),
)
def test_any_kpi_table_reads_the_same_either_way(
    tmp_path: Path, table: tuple[list[list[str]], list[tuple[object, ...]]], layout: object,
    across: bool,
) -> None:
    """A random table drawn ruled, unruled or with horizontal rules only, printed
    down or across, gives the rows its cells say."""
    texts, expected = table
    if across:
        texts = [list(col) for col in zip(*texts, strict=True)]
    # (kpi_name, metric, year_label, fiscal_year, value, unit) of each row
    assert [row[2:8] for row in _rows(tmp_path, "p.pdf", texts, layout)] == expected


def test_rows_of_boxes_joins_a_wrapped_name_only(tmp_path: Path) -> None:
    """A name-column line with nothing beside it, right under a name, wraps it; the
    next name, printed as close but with a value beside it, starts a row."""
    from aizu_extract.layout import build_document_layout
    from aizu_extract.layout.table import rows_of_boxes
    from aizu_extract.load import load_pdf

    def draw(page: pymupdf.Page) -> None:
        for x, y, text in (
            (40, 200, "観光入込客数（日帰"), (250, 200, "125,000人"),
            (40, 212, "り客を含む）"),
            (40, 224, "宿泊者数"), (250, 224, "8,700人"),
        ):  # fmt: skip
            page.insert_text((x, y), text, fontname="japan", fontsize=9)

    page = build_document_layout(load_pdf(draw_pdf(tmp_path, "w.pdf", draw))).page(1)
    column = {id(b): 0 if b.bbox.x0 < 100 else 1 for b in page.boxes}
    rows = rows_of_boxes(page.boxes, column, join_gap=0.0, wrap_gap=6.0)
    assert [[b.raw for b in row] for row in rows] == [
        ["観光入込客数（日帰", "125,000人", "り客を含む）"],
        ["宿泊者数", "8,700人"],
    ]


SIDE_LEFT = [
    ["重要業績評価指標", "現状値（R4）", "目標値（R9）"],
    ["図書館利用者数", "5,000人", "6,000人"],
    ["出生数", "300人", "320人"],
]
SIDE_RIGHT = [
    ["重要業績評価指標", "現状値（R3）", "目標値（R8）"],
    ["転入者数", "820人", "900人"],
    ["観光入込客数", "12万人", "15万人"],
]


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_two_tables_side_by_side(
    tmp_path: Path, ruled: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two KPI tables on the same rows: each reads its own columns, left one first."""
    import tests.drawing as drawing

    def draw(page: pymupdf.Page) -> None:
        page.insert_text((200, 50), "紅葉市総合戦略", fontname="japan", fontsize=16)
        title_line(page, 90, PILLAR)
        for left, texts in ((40.0, SIDE_LEFT), (300.0, SIDE_RIGHT)):
            monkeypatch.setattr(drawing, "LEFT", left)
            if ruled:
                ruled_table(page, 110, [100, 70, 70], _cells(texts))
            else:
                text_table(page, 110, [100, 70, 70], texts)

    out = process_file(draw_pdf(tmp_path, "side.pdf", draw))
    got = [(r["kpi_name"], r["metric"], r["fiscal_year"], r["value"], r["unit"])
           for r in out.rows["kpi_values"]]  # fmt: skip
    assert got == [
        ("図書館利用者数", "baseline", 2022, 5000.0, "人"),
        ("図書館利用者数", "target", 2027, 6000.0, "人"),
        ("出生数", "baseline", 2022, 300.0, "人"),
        ("出生数", "target", 2027, 320.0, "人"),
        ("転入者数", "baseline", 2021, 820.0, "人"),
        ("転入者数", "target", 2026, 900.0, "人"),
        ("観光入込客数", "baseline", 2021, 12.0, "万人"),
        ("観光入込客数", "target", 2026, 15.0, "万人"),
    ]
    assert out.rows["rejects"] == []
