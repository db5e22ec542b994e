"""The department printed under ``所管`` (held-out 15, V5): one cell naming the 部, the
課 and the 係 gives the 部 and the 課 (the contract's 担当部・課; the 係 is the team);
a ``所管`` label followed by the labels of its parts (``所管 | 部 | … | 課 | …``, held-out 6
L4) reads the parts, never the row under it; a label that names the 課 itself (``担当課 |
住民福祉課　福祉係``, held-out 19 Z4) gives the 課 without its 係 even with no 部 printed,
while the bare ``担当`` keeps both (held-out 9 P2)."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.pipeline import process_file

from .drawing import Cell, draw_pdf, ruled_table, title_line

NAME = "道路維持補修事業"


def _department(tmp_path: Path, cells: list[Cell]) -> object:
    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート")
        ruled_table(page, 60, [70, 90, 50, 90, 50, 90], [
            (0, 0, 1, 1, "事業名"), (0, 1, 1, 5, NAME), *cells,
        ])  # fmt: skip

    (unit,) = process_file(draw_pdf(tmp_path, "dept.pdf", draw)).rows["business_units"]
    return unit["department"]


@pytest.mark.parametrize(
    ("printed", "department"),
    [
        ("建設部　道路維持課　補修係", "建設部・道路維持課"),
        ("建設部　道路維持課　補修グループ", "建設部・道路維持課"),
        ("建設部　道路維持課", "建設部・道路維持課"),
        ("道路維持課　補修係", "道路維持課・補修係"),  # no 部: as printed (heldout9.py P2)
        ("教育委員会　学校教育課　指導係", "教育委員会・学校教育課"),
    ],
)
def test_one_cell_under_shokan(tmp_path: Path, printed: str, department: str) -> None:
    cells: list[Cell] = [(1, 0, 1, 1, "所管"), (1, 1, 1, 5, printed)]
    assert _department(tmp_path, cells) == department


def test_parts_in_cells_of_their_own(tmp_path: Path) -> None:
    """所管 | 建設部 | 道路維持課 | 補修係: the words of one label, cell after cell."""
    cells: list[Cell] = [
        (1, 0, 1, 1, "所管"), (1, 1, 1, 1, "建設部"), (1, 2, 1, 2, "道路維持課"),
        (1, 4, 1, 2, "補修係"),
    ]  # fmt: skip
    assert _department(tmp_path, cells) == "建設部・道路維持課"


def test_shokan_before_the_labels_of_its_parts(tmp_path: Path) -> None:
    """The cell under 所管 (整備計画, no label of the vocabulary) is no department part."""
    cells: list[Cell] = [
        (1, 0, 1, 1, "所管"), (1, 1, 1, 1, "部"), (1, 2, 1, 1, "建設部"),
        (1, 3, 1, 1, "課"), (1, 4, 1, 1, "道路維持課"), (1, 5, 1, 1, ""),
        (2, 0, 1, 1, "整備計画"), (2, 1, 1, 5, "第3次道路整備計画"),
    ]  # fmt: skip
    assert _department(tmp_path, cells) == "建設部・道路維持課"


def test_a_row_of_labels_over_their_values(tmp_path: Path) -> None:
    """担当部・課 | 担当係 printed over 建設部　道路維持課 | 補修係: each label's value is
    the cell under it; the 係 is the team's, not the department's."""
    cells: list[Cell] = [
        (1, 0, 1, 3, "担当部・課"), (1, 3, 1, 3, "担当係"),
        (2, 0, 1, 3, "建設部　道路維持課"), (2, 3, 1, 3, "補修係"),
    ]  # fmt: skip
    assert _department(tmp_path, cells) == "建設部・道路維持課"


@pytest.mark.parametrize(
    ("label", "printed", "department"),
    [
        # held-out 19, Z4: the label names the 課, so the 係 after it is the team's
        ("担当課", "住民福祉課　福祉係", "住民福祉課"),
        ("所管課", "道路維持課　補修班", "道路維持課"),
        ("所管課名", "道路維持課　補修グループ", "道路維持課"),
        ("担当部・課", "道路維持課　補修担当", "道路維持課"),
        ("担当課", "道路維持課", "道路維持課"),
        # a 係 printed alone is all the cell gives: kept
        ("担当課", "補修係", "補修係"),
        # the bare 担当 and labels naming the 係 keep it (held-out 9, P2)
        ("担当", "まちづくり課　企画係", "まちづくり課・企画係"),
        ("担当", "総務課　交通防災係（内線132）", "総務課・交通防災係"),
        ("担当部・課・係", "道路維持課　補修係", "道路維持課・補修係"),
        ("課・係名", "道路維持課　補修係", "道路維持課・補修係"),
    ],
)
def test_a_label_naming_the_section(
    tmp_path: Path, label: str, printed: str, department: str
) -> None:
    """担当課 | 住民福祉課　福祉係 → 住民福祉課: a town prints no 部, and a label that
    names the 課 itself asks for the 課 alone."""
    cells: list[Cell] = [(1, 0, 1, 1, label), (1, 1, 1, 5, printed)]
    assert _department(tmp_path, cells) == department
