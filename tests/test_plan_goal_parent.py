"""A 総合計画の位置付け merged over rows that print the levels above a sheet's 施策
(``基本目標２　…`` over ``施策２－３　…``, held-out 19 Z5): the 基本目標 (or 政策目標) row
names the measure's parent, a policy_goal; a 政策 row printed as well is the nearer
parent and wins, wherever it is printed."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.pipeline import process_file

from .drawing import Cell, draw_pdf, ruled_table, title_line

NAME = "地域サロン活動支援事業"
LABEL = "総合計画の位置付け"


def _read(tmp_path: Path, rows: list[str]) -> tuple[dict[str, object], list[dict[str, object]]]:
    """The unit and the structure of a sheet whose plan-position label spans ``rows``."""
    cells: list[Cell] = [
        (0, 0, 1, 1, "事業名"), (0, 1, 1, 1, NAME),
        (0, 2, 1, 1, "担当課"), (0, 3, 1, 1, "住民福祉課"),
        (1, 0, len(rows), 1, LABEL),
        *((1 + i, 1, 1, 3, text) for i, text in enumerate(rows)),
    ]  # fmt: skip

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和7年度 事務事業評価シート")
        ruled_table(page, 60, [90, 160, 50, 160], cells)

    out = process_file(draw_pdf(tmp_path, "goal.pdf", draw))
    (unit,) = out.rows["business_units"]
    return unit, out.rows["structure"]


def _nodes(structure: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [
        (n["level"], n["number"], n["title"], n["parent_number"], n["parent_level"])
        for n in structure
    ]


@pytest.mark.parametrize("word", ["基本目標", "政策目標"])
def test_goal_row_over_the_measure_row(tmp_path: Path, word: str) -> None:
    unit, structure = _read(
        tmp_path, [f"{word}２　ともに支え合い、健やかに暮らせるまち", "施策２－３　地域福祉の推進"]
    )
    assert unit["measure_no"] == 3
    assert _nodes(structure) == [("measure", "2-3", "地域福祉の推進", "2", "policy_goal")]


_GOAL = "基本目標１　安心して暮らせるまち"
_POLICY = "政策３　健康で長生きできるまち"
_MEASURE = "施策３－２　健康づくりの推進"


@pytest.mark.parametrize("rows", [[_GOAL, _POLICY, _MEASURE], [_POLICY, _GOAL, _MEASURE]])
def test_a_policy_row_beats_a_goal_row(tmp_path: Path, rows: list[str]) -> None:
    """基本目標１ and 政策３ both printed over 施策３－２: the parent is the 政策 ``3``,
    whichever row comes first."""
    unit, structure = _read(tmp_path, rows)
    assert unit["measure_no"] == 2
    assert _nodes(structure) == [("measure", "3-2", "健康づくりの推進", "3", "policy")]


def test_a_row_of_another_word_names_no_parent(tmp_path: Path) -> None:
    """分野２　… over 施策２－３　…: 分野 is no level word of the vocabulary."""
    _unit, structure = _read(tmp_path, ["分野２　ともに支え合うまち", "施策２－３　地域福祉の推進"])
    assert _nodes(structure) == [("measure", "2-3", "地域福祉の推進", None, None)]
