"""A 人件費 cell printing the staff count under the amount (``4,150,000`` over
``（0.50人）``, held-out 17 X10): the line's amount and value_text are the amount alone;
the staff count is no money and no reject, and the cell is accounted for."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.layout.values import without_staff_lines
from aizu_extract.pipeline import process_file

from .drawing import draw_pdf, ruled_table, title_line


@pytest.mark.parametrize(
    ("lines", "amount"),
    [
        (("4,150,000", "（0.50人）"), "4,150,000"),
        (("830", "(0.1人)"), "830"),
        (("2,490,000", "0.30人"), "2,490,000"),
        (("4,150,000",), None),  # one line: not this rule
        (("4,150,000", "（うち国費）"), None),  # a note that is no staff count
        (("1,200", "800"), None),  # two figures stay two figures
    ],
)
def test_first_line_when_the_rest_count_staff(lines: tuple[str, ...], amount: str) -> None:
    assert without_staff_lines(lines) == amount


def test_staff_count_under_the_amount_is_no_money(tmp_path: Path) -> None:
    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート")
        ruled_table(page, 60, [80, 300], [(0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "見守り事業")])
        page.insert_text((300, 112), "単位：円", fontname="japan", fontsize=8)
        ruled_table(page, 120, [80, 100, 100], [
            (0, 0, 1, 1, "区分"), (0, 1, 1, 1, "令和5年度決算"), (0, 2, 1, 1, "令和6年度予算"),
            (1, 0, 1, 1, "事業費"), (1, 1, 1, 1, "1,000,000"), (1, 2, 1, 1, "1,200,000"),
            (2, 0, 2, 1, "人件費"), (2, 1, 2, 1, "4,150,000\n（0.50人）"),
            (2, 2, 2, 1, "2,490,000\n（0.30人）"),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "staff.pdf", draw))
    staff = {r["fiscal_year"]: (r["amount_yen"], r["value_text"])
             for r in out.rows["budget_lines"] if r["item"] == "人件費"}  # fmt: skip
    assert staff == {2023: (4_150_000, "4,150,000"), 2024: (2_490_000, "2,490,000")}
    assert out.rows["rejects"] == []
    assert [r["text"] for r in out.rows["unassigned"]] == []
