"""A cost table with the years running down and the kinds of amount across
(年度 | 当初予算額 | 補正予算額 | 決算額 | 増減, 単位：千円): each column is named by its
basis word, as the transposed table (rows 当初予算額 / 決算額, years across) is by its
row labels; the 増減 column is a difference, not a budget line (held-out 12, S9)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.pipeline import process_file

from .drawing import ruled_table, title_line

NAME, DEPARTMENT = "地域防災訓練推進事業", "危機管理課"


def _draw(page: pymupdf.Page) -> None:
    title_line(page, 50, "令和6年度 事務事業評価シート")
    top = ruled_table(page, 60, [90, 200, 60, 150], [
        (0, 0, 1, 1, "事業名"), (0, 1, 1, 1, NAME),
        (0, 2, 1, 1, "担当課"), (0, 3, 1, 1, DEPARTMENT),
    ]) + 24  # fmt: skip
    rows = [
        ["（単位：千円）", "", "", "", ""],
        ["年度", "当初予算額", "補正予算額", "決算額", "増減"],
        ["令和4年度", "1,200", "―", "1,150", "―"],
        ["令和5年度", "1,300", "100", "1,380", "230"],
    ]
    cells = [(0, 0, 1, 5, rows[0][0])]
    cells += [(r, c, 1, 1, t) for r, row in enumerate(rows[1:], 1) for c, t in enumerate(row)]
    ruled_table(page, top, [70.0, 80.0, 80.0, 80.0, 80.0], cells)


def test_years_down_columns_named_by_their_basis(tmp_path: Path) -> None:
    doc = pymupdf.open()
    _draw(doc.new_page(width=595, height=842))
    path = tmp_path / "years_down.pdf"
    doc.save(path)
    out = process_file(path)
    got = {
        (r["item"], r["fiscal_year"]): (r["basis"], r["basis_label"], r["amount_yen"])
        for r in out.rows["budget_lines"]
    }
    # typed from the cells drawn above (千円 × 1,000; ― no amount)
    assert got == {
        ("当初予算額", 2022): ("予算", "当初予算額", 1_200_000),
        ("補正予算額", 2022): ("予算", "補正予算額", None),
        ("決算額", 2022): ("決算", "決算額", 1_150_000),
        ("当初予算額", 2023): ("予算", "当初予算額", 1_300_000),
        ("補正予算額", 2023): ("予算", "補正予算額", 100_000),
        ("決算額", 2023): ("決算", "決算額", 1_380_000),
    }


def test_an_item_over_its_basis_columns_still_names_them(tmp_path: Path) -> None:
    """Years down, 事業費 and 一般財源 each printed over its 予算 | 決算 columns: the
    item is the label over the columns, not the basis word."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート")
        top = ruled_table(page, 60, [90, 200, 60, 150], [
            (0, 0, 1, 1, "事業名"), (0, 1, 1, 1, NAME),
            (0, 2, 1, 1, "担当課"), (0, 3, 1, 1, DEPARTMENT),
        ]) + 24  # fmt: skip
        ruled_table(page, top, [70.0, 80.0, 80.0, 80.0, 80.0], [
            (0, 0, 1, 5, "（単位：千円）"),
            (1, 0, 2, 1, "年度"), (1, 1, 1, 2, "事業費"), (1, 3, 1, 2, "一般財源"),
            (2, 1, 1, 1, "予算"), (2, 2, 1, 1, "決算"), (2, 3, 1, 1, "予算"), (2, 4, 1, 1, "決算"),
            (3, 0, 1, 1, "令和5年度"), (3, 1, 1, 1, "1,300"), (3, 2, 1, 1, "1,380"),
            (3, 3, 1, 1, "310"), (3, 4, 1, 1, "305"),
        ])  # fmt: skip

    doc = pymupdf.open()
    draw(doc.new_page(width=595, height=842))
    path = tmp_path / "years_down_items.pdf"
    doc.save(path)
    got = {
        (r["item"], r["fiscal_year"], r["basis"]): r["amount_yen"]
        for r in process_file(path).rows["budget_lines"]
    }
    assert got == {
        ("事業費", 2023, "予算"): 1_300_000,
        ("事業費", 2023, "決算"): 1_380_000,
        ("一般財源", 2023, "予算"): 310_000,
        ("一般財源", 2023, "決算"): 305_000,
    }
