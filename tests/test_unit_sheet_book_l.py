"""Unit-sheet shapes of held-out round 6 (template L) drawn at test time, each with
hand-written expected rows: the general rules the round's fixes added, one per test,
each failing without its rule."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.pipeline import process_file

from .drawing import draw_pdf, ruled_table, title_line


def _header(page: pymupdf.Page) -> float:
    """A sheet whose name label sits over other fields' value cells of other widths
    (所管 部 | 課, a 施策体系 block of number | title rows)."""
    title_line(page, 50, "令和6年度 事務事業評価シート")
    return ruled_table(page, 60, [60, 40, 60, 60, 60, 140], [
        (0, 0, 1, 2, "事業コード"), (0, 2, 1, 1, "01-02"), (0, 3, 1, 1, "事務事業名"),
        (0, 4, 1, 2, "ひばり図書館運営事業"),
        (1, 0, 1, 1, "所管"), (1, 1, 1, 1, "部"), (1, 2, 1, 2, "教育部"),
        (1, 4, 1, 1, "課"), (1, 5, 1, 1, "図書館"),
        (2, 0, 3, 1, "施策体系"), (2, 1, 1, 1, "基本目標"), (2, 2, 1, 1, "4"),
        (2, 3, 1, 3, "学びのまち"),
        (3, 1, 1, 1, "政策"), (3, 2, 1, 1, "7"), (3, 3, 1, 3, "生涯学習の推進"),
        (4, 1, 1, 1, "施策"), (4, 2, 1, 1, "21"), (4, 3, 1, 3, "読書活動の推進"),
    ])  # fmt: skip


def test_name_label_over_other_fields_values_is_a_sheet(tmp_path: Path) -> None:
    """The cells under the 事務事業名 label are the values of 所管 and the 施策体系
    rows, on cells of other widths: not a column of names (an index), so the sheet
    is read."""
    out = process_file(draw_pdf(tmp_path, "sheet.pdf", _header))
    names = [u["name"] for u in out.rows["business_units"]]
    assert names == ["ひばり図書館運営事業"]


def test_column_of_names_under_the_label_is_still_an_index(tmp_path: Path) -> None:
    """A 事務事業名 header over names in its own column (an index page) starts no sheet."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート 目次")
        ruled_table(page, 60, [200, 100], [
            (0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "所管課"),
            (1, 0, 1, 1, "ひばり図書館運営事業"), (1, 1, 1, 1, "図書館"),
            (2, 0, 1, 1, "つばめ公園管理事業"), (2, 1, 1, 1, "公園緑地課"),
            (3, 0, 1, 1, "かもめ港湾整備事業"), (3, 1, 1, 1, "港湾課"),
            (4, 0, 1, 1, "すずめ保育園運営事業"), (4, 1, 1, 1, "保育課"),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "index.pdf", draw))
    assert out.rows["business_units"] == []
