"""One indicator table, many arrangements: every arrangement must read into the same
hand-written rows (issue 8: a table and its transpose, ruled, rules-only or unruled,
side by side, continued overleaf, give the same facts).

Each PDF is drawn at test time (PyMuPDF, built-in CJK font): a 事務事業評価シート
with 事業名 / 担当課 and a 成果指標 table of two indicators over 令和5・6年度.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from aizu_extract.pipeline import process_file

from .drawing import LEFT, ROW_H, ruled_table, text_table, title_line

TITLE = "令和6年度 事務事業評価シート"
NAME, DEPARTMENT = "放課後児童健全育成事業", "こども家庭課"
HEAD = ["成果指標", "単位", "R5目標", "R5実績", "R6目標", "R6実績"]
ROWS = [
    ["放課後児童クラブ登録児童数", "人", "120", "118", "130", "125"],
    ["待機児童数", "人", "0", "3", "0", "1"],
]
WIDTHS = [150.0, 40.0, 60.0, 60.0, 60.0, 60.0]

# (kpi_name, metric, fiscal_year) -> (value, unit): typed from ROWS above by hand.
EXPECTED = {
    ("放課後児童クラブ登録児童数", "target", 2023): (120.0, "人"),
    ("放課後児童クラブ登録児童数", "actual", 2023): (118.0, "人"),
    ("放課後児童クラブ登録児童数", "target", 2024): (130.0, "人"),
    ("放課後児童クラブ登録児童数", "actual", 2024): (125.0, "人"),
    ("待機児童数", "target", 2023): (0.0, "人"),
    ("待機児童数", "actual", 2023): (3.0, "人"),
    ("待機児童数", "target", 2024): (0.0, "人"),
    ("待機児童数", "actual", 2024): (1.0, "人"),
}


def _cells(rows: list[list[str]]) -> list[tuple[int, int, int, int, str]]:
    return [(r, c, 1, 1, text) for r, row in enumerate(rows) for c, text in enumerate(row)]


def _head(page: pymupdf.Page) -> float:
    title_line(page, 50, TITLE)
    return ruled_table(page, 60, [90, 200, 60, 150], _cells([
        ["事業名", NAME, "担当課", DEPARTMENT],
    ])) + 24  # fmt: skip


def _ruled(page: pymupdf.Page) -> None:
    ruled_table(page, _head(page), WIDTHS, _cells([HEAD, *ROWS]))


def _transposed(page: pymupdf.Page) -> None:
    """Years and metrics down, indicators across: the same facts turned."""
    columns = [HEAD, *ROWS]
    turned = [[col[i] for col in columns] for i in range(len(HEAD))]
    ruled_table(page, _head(page), [60.0, 150.0, 150.0], _cells(turned))


def _rules_only(page: pymupdf.Page) -> None:
    text_table(page, _head(page), WIDTHS, [HEAD, *ROWS], rules=True)


def _unruled(page: pymupdf.Page) -> None:
    text_table(page, _head(page), WIDTHS, [HEAD, *ROWS])


def _side_by_side(page: pymupdf.Page) -> None:
    """Each indicator its own small table (name and unit over years down), the two
    tables on the same rows."""
    top = _head(page)
    for left, row in ((LEFT, ROWS[0]), (LEFT + 260.0, ROWS[1])):
        ruled_table(page, top, [80.0, 70.0, 70.0], [
            (0, 0, 1, 1, "成果指標"), (0, 1, 1, 2, row[0]),
            (1, 0, 1, 1, "単位"), (1, 1, 1, 2, row[1]),
            (2, 0, 1, 1, "年度"), (2, 1, 1, 1, "目標"), (2, 2, 1, 1, "実績"),
            (3, 0, 1, 1, "R5"), (3, 1, 1, 1, row[2]), (3, 2, 1, 1, row[3]),
            (4, 0, 1, 1, "R6"), (4, 1, 1, 1, row[4]), (4, 2, 1, 1, row[5]),
        ], left=left)  # fmt: skip


ARRANGEMENTS: dict[str, Callable[[pymupdf.Page], None]] = {
    "ruled": _ruled,
    "transposed": _transposed,
    "rules_only": _rules_only,
    "unruled": _unruled,
    "side_by_side": _side_by_side,
}


def _read(path: Path) -> dict[tuple[str, str, int], tuple[float | None, str | None]]:
    out = process_file(path)
    assert out.document["status"] == "ok", out.document["error"]
    (unit,) = out.rows["business_units"]
    assert (unit["name"], unit["department"]) == (NAME, DEPARTMENT)
    return {
        (k["kpi_name"], k["metric"], k["fiscal_year"]): (k["value"], k["unit"])
        for k in out.rows["kpi_values"]
    }


@pytest.mark.parametrize("arrangement", ARRANGEMENTS)
def test_every_arrangement_reads_the_same_rows(tmp_path: Path, arrangement: str) -> None:
    doc = pymupdf.open()
    ARRANGEMENTS[arrangement](doc.new_page(width=595, height=842))
    path = tmp_path / f"{arrangement}.pdf"
    doc.save(path)
    assert _read(path) == EXPECTED


def test_table_continued_overleaf_without_its_header(tmp_path: Path) -> None:
    """The second indicator's row is printed on the next page under no header."""
    doc = pymupdf.open()
    first = doc.new_page(width=595, height=842)
    ruled_table(first, _head(first), WIDTHS, _cells([HEAD, ROWS[0]]))
    second = doc.new_page(width=595, height=842)
    ruled_table(second, 60 + ROW_H, WIDTHS, _cells([ROWS[1]]))
    path = tmp_path / "continued.pdf"
    doc.save(path)
    assert _read(path) == EXPECTED


@pytest.mark.parametrize("marks", [("1", "2"), ("①", "②")], ids=["digits", "circled"])
def test_a_number_column_gives_kpi_no(tmp_path: Path, marks: tuple[str, str]) -> None:
    """A 番号 column left of the indicators, numbered ``1`` ``2`` or ``①`` ``②`` (whose
    ``str.isdigit`` is true but ``int`` cannot read: the sheet failed)."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    rows = [["番号", *HEAD], [marks[0], *ROWS[0]], [marks[1], *ROWS[1]]]
    ruled_table(page, _head(page), [30.0, *WIDTHS], _cells(rows))
    path = tmp_path / "numbered.pdf"
    doc.save(path)
    assert _read(path) == EXPECTED
    numbers = {(k["kpi_name"], k["kpi_no"]) for k in process_file(path).rows["kpi_values"]}
    assert numbers == {("放課後児童クラブ登録児童数", 1), ("待機児童数", 2)}


# --------------------------------------------------------------------------- budget

# (item, fiscal_year, basis) -> amount_yen: typed from the cells below (単位：千円).
BUDGET = {
    ("事業費", 2023, "決算"): 12_300_000,
    ("事業費", 2024, "予算"): 13_000_000,
    ("事業費", 2024, "決算"): 12_850_000,
    ("一般財源", 2023, "決算"): 4_100_000,
    ("一般財源", 2024, "予算"): 4_500_000,
    ("一般財源", 2024, "決算"): 4_420_000,
}


def _budget_across(page: pymupdf.Page) -> None:
    """Two-level header: 令和5年度 over 決算, 令和6年度 over 予算 | 決算."""
    top = _head(page)
    title_line(page, top - 4, "事業費（単位：千円）")
    ruled_table(page, top, [110.0, 70.0, 70.0, 70.0], [
        (0, 0, 2, 1, "区分"), (0, 1, 1, 1, "令和5年度"), (0, 2, 1, 2, "令和6年度"),
        (1, 1, 1, 1, "決算"), (1, 2, 1, 1, "予算"), (1, 3, 1, 1, "決算"),
        (2, 0, 1, 1, "事業費"), (2, 1, 1, 1, "12,300"), (2, 2, 1, 1, "13,000"),
        (2, 3, 1, 1, "12,850"),
        (3, 0, 1, 1, "一般財源"), (3, 1, 1, 1, "4,100"), (3, 2, 1, 1, "4,500"),
        (3, 3, 1, 1, "4,420"),
    ])  # fmt: skip


def _budget_down(page: pymupdf.Page) -> None:
    """The same figures turned: years and bases down, items across."""
    top = _head(page)
    title_line(page, top - 4, "事業費（単位：千円）")
    ruled_table(page, top, [70.0, 50.0, 90.0, 90.0], [
        (0, 0, 1, 2, "年度"), (0, 2, 1, 1, "事業費"), (0, 3, 1, 1, "一般財源"),
        (1, 0, 1, 1, "令和5年度"), (1, 1, 1, 1, "決算"), (1, 2, 1, 1, "12,300"),
        (1, 3, 1, 1, "4,100"),
        (2, 0, 2, 1, "令和6年度"), (2, 1, 1, 1, "予算"), (2, 2, 1, 1, "13,000"),
        (2, 3, 1, 1, "4,500"),
        (3, 1, 1, 1, "決算"), (3, 2, 1, 1, "12,850"), (3, 3, 1, 1, "4,420"),
    ])  # fmt: skip


@pytest.mark.parametrize("draw", [_budget_across, _budget_down], ids=["across", "down"])
def test_budget_table_and_its_transpose(
    tmp_path: Path, draw: Callable[[pymupdf.Page], None]
) -> None:
    doc = pymupdf.open()
    draw(doc.new_page(width=595, height=842))
    path = tmp_path / "budget.pdf"
    doc.save(path)
    out = process_file(path)
    assert out.document["status"] == "ok", out.document["error"]
    got = {(b["item"], b["fiscal_year"], b["basis"]): b["amount_yen"]
           for b in out.rows["budget_lines"]}  # fmt: skip
    assert got == BUDGET
