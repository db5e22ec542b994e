"""A section label printed down a narrow band beside the labelled rows of its section
(held-out 12, S8: 事業概要 one character per line beside 目的 | TEXT, 対象 | …): the band
is the section's title, not a label whose value is the label beside it."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.pipeline import process_file

from .drawing import draw_pdf, ruled_table, title_line

NAME, DEPARTMENT = "地域防災訓練推進事業", "危機管理課"


def _draw(page: pymupdf.Page) -> None:
    title_line(page, 50, "令和6年度 事務事業評価シート")
    y = ruled_table(page, 60, [90.0, 400.0], [
        (0, 0, 1, 1, "事業名"), (0, 1, 1, 1, NAME),
        (1, 0, 1, 1, "担当課"), (1, 1, 1, 1, DEPARTMENT),
    ])  # fmt: skip
    ruled_table(page, y + 10, [20.0, 70.0, 400.0], [
        (0, 0, 4, 1, "事\n業\n概\n要"),
        (0, 1, 1, 1, "目的"), (0, 2, 1, 1, "災害時に住民が自ら避難できるようにする。"),
        (1, 1, 1, 1, "対象"), (1, 2, 1, 1, "町内の全自治会"),
        (2, 1, 1, 1, "内容"), (2, 2, 1, 1, "年2回の避難訓練を開催する。"),
        (3, 1, 1, 1, "備考"), (3, 2, 1, 1, "―"),
    ])  # fmt: skip


def test_vertical_band_is_no_label_of_the_label_beside_it(tmp_path: Path) -> None:
    out = process_file(draw_pdf(tmp_path, "band.pdf", _draw))
    (unit,) = out.rows["business_units"]
    assert (unit["name"], unit["department"]) == (NAME, DEPARTMENT)
    assert unit["summary"] == "災害時に住民が自ら避難できるようにする。"
