"""A 総合計画上の位置付け printed as one path of levels (``政策２　… ＞ 施策２－４　…``):
its 施策 level names the sheet's measure (its own number the compound's last part),
its 政策 level the measure's parent (held-out 15, V6); so does the same path printed
as the 施策 label's own value."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.pipeline import process_file

from .drawing import draw_pdf, ruled_table, title_line

NAME = "学校図書館活用推進事業"


def _read(
    tmp_path: Path, position: str, label: str = "総合計画上の位置付け"
) -> tuple[dict[str, object], list[dict[str, object]]]:
    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート")
        ruled_table(page, 60, [90, 160, 50, 160], [
            (0, 0, 1, 1, "事業名"), (0, 1, 1, 1, NAME),
            (0, 2, 1, 1, "担当課"), (0, 3, 1, 1, "学校教育課"),
            (1, 0, 1, 1, label), (1, 1, 1, 3, position),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "path.pdf", draw))
    (unit,) = out.rows["business_units"]
    return unit, out.rows["structure"]


@pytest.mark.parametrize("mark", ["＞", ">", "→"])
def test_path_names_the_measure_and_its_policy(tmp_path: Path, mark: str) -> None:
    unit, structure = _read(tmp_path, f"政策２　学びあうまち　{mark}　施策２－４　学校教育の充実")
    assert unit["measure_no"] == 4
    assert [(n["level"], n["number"], n["title"], n["parent_number"]) for n in structure] == [
        ("measure", "2-4", "学校教育の充実", "2"),
    ]


def test_path_without_a_measure_names_none(tmp_path: Path) -> None:
    unit, structure = _read(tmp_path, "第２章　学びあうまち　＞　第１節　学校教育")
    assert unit["measure_no"] is None
    assert structure == []


def test_path_under_the_measure_label(tmp_path: Path) -> None:
    """施策 | 政策２　… ＞ 施策２－４　…: the 施策 label's value printed as the same path."""
    path = "政策２　学びあうまち　＞　施策２－４　学校教育の充実"
    unit, structure = _read(tmp_path, path, "施策")
    assert unit["measure_no"] == 4
    assert [(n["level"], n["number"], n["title"], n["parent_number"]) for n in structure] == [
        ("measure", "2-4", "学校教育の充実", "2"),
    ]


@pytest.mark.parametrize("label", ["施策", "総合計画上の位置付け"])
def test_an_arrow_inside_a_measure_name_is_no_path(tmp_path: Path, label: str) -> None:
    """施策２－４　「読む→書く」学びの充実: the value begins with its 施策, so it is no
    path: the name keeps its arrow."""
    unit, structure = _read(tmp_path, "施策２－４　「読む→書く」学びの充実", label)
    assert unit["measure_no"] == 4
    assert [(n["number"], n["title"]) for n in structure] == [("2-4", "「読む→書く」学びの充実")]
