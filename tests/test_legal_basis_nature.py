"""The legal basis printed as the marked option of ``事業の性質`` (held-out 21 AB7:
``事業の性質 | ●法定　○任意 | 事業期間 | 2008年度～``): the label is one of the
vocabulary's legal_basis labels, the ● option is the choice and 任意 is read as 自主
(contract v1.1); with nothing marked there is no legal basis."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.pipeline import process_file

from .drawing import draw_pdf, ruled_table, title_line

NAME, DEPARTMENT = "放課後児童クラブ運営事業", "こども支援課"


def _sheet(nature: str):
    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "2024年度 事務事業評価シート")
        cells = [(0, 0, 1, 1, "事業名"), (0, 1, 1, 3, NAME),
                 (1, 0, 1, 1, "所管課"), (1, 1, 1, 3, DEPARTMENT),
                 (2, 0, 1, 1, "事業の性質"), (2, 1, 1, 1, nature),
                 (2, 2, 1, 1, "事業期間"), (2, 3, 1, 1, "2008年度～")]  # fmt: skip
        ruled_table(page, 60, [90.0, 130.0, 80.0, 150.0], cells)

    return draw


@pytest.mark.parametrize(
    ("nature", "legal"),
    [
        ("●法定　○任意", "法定"),
        ("○法定　●任意", "自主"),
        ("○法定　○任意", None),  # nothing marked: no choice read
    ],
)
def test_marked_nature_is_the_legal_basis(tmp_path: Path, nature: str, legal: str | None) -> None:
    out = process_file(draw_pdf(tmp_path, "sheet.pdf", _sheet(nature)))
    (unit,) = out.rows["business_units"]
    assert (unit["name"], unit["department"]) == (NAME, DEPARTMENT)
    assert unit["legal_basis"] == legal
