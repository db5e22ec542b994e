"""A sheet's 施策 printed ``施策 | ３－２ | 子育て支援の充実`` under ``政策 | ３ | …`` (held-out 17
X5): the compound number in a cell of its own is the 施策's number (``3-2``, its own part
2 the measure_no), the next cell its title, as ``施策 | 1 | 交流の促進`` is read."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.pipeline import process_file

from .drawing import draw_pdf, ruled_table, title_line


@pytest.mark.parametrize(
    ("printed", "number", "measure_no"),
    [("３－２", "3-2", 2), ("3-4", "3-4", 4), ("2", "2", 2)],
)
def test_number_cell_between_label_and_title(
    tmp_path: Path, printed: str, number: str, measure_no: int
) -> None:
    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート")
        ruled_table(page, 60, [80, 40, 300], [
            (0, 0, 1, 1, "事業名"), (0, 1, 1, 2, "子育て応援事業"),
            (1, 0, 1, 1, "政策"), (1, 1, 1, 1, "３"), (1, 2, 1, 1, "健やかに暮らせるまち"),
            (2, 0, 1, 1, "施策"), (2, 1, 1, 1, printed), (2, 2, 1, 1, "子育て支援の充実"),
        ])  # fmt: skip

    rows = process_file(draw_pdf(tmp_path, "measure.pdf", draw)).rows
    (unit,) = rows["business_units"]
    (node,) = rows["structure"]
    assert unit["measure_no"] == measure_no
    assert (node["number"], node["title"], node["parent_number"]) == (
        number, "子育て支援の充実", "3"
    )
