"""Marked choices of a unit sheet under labels other templates do not print
(held-out 12, S6/S7): ``実施の根拠 | □法定　■任意`` is the legal basis, and the
direction chosen overleaf as ``総合評価 | （　）拡充　（○）縮小`` beats the prose of a
今後の方向性 row printed before it; a 総合評価 holding a grade is no direction."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.pipeline import process_file

from .drawing import draw_pdf, ruled_table, title_line

NAME, DEPARTMENT = "地域防災訓練推進事業", "危機管理課"
PROSE = "訓練の参加者が減っているため、開催回数を見直す。"


def _sheet(rows: list[tuple[str, str]]):
    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート")
        cells = [(0, 0, 1, 1, "事業名"), (0, 1, 1, 1, NAME),
                 (1, 0, 1, 1, "担当課"), (1, 1, 1, 1, DEPARTMENT)]  # fmt: skip
        cells += [(r, c, 1, 1, t) for r, row in enumerate(rows, 2) for c, t in enumerate(row)]
        ruled_table(page, 60, [90.0, 400.0], cells)

    return draw


def _unit(tmp_path: Path, rows: list[tuple[str, str]]) -> dict:
    out = process_file(draw_pdf(tmp_path, "sheet.pdf", _sheet(rows)))
    (unit,) = out.rows["business_units"]
    assert (unit["name"], unit["department"]) == (NAME, DEPARTMENT)
    return unit


def test_marked_basis_and_direction_after_prose(tmp_path: Path) -> None:
    unit = _unit(tmp_path, [
        ("実施の根拠", "□法定　■任意"),
        ("今後の方向性", PROSE),
        ("総合評価", "（　）拡充　（　）継続　（○）縮小　（　）廃止"),
    ])  # fmt: skip
    assert unit["legal_basis"] == "自主"  # 任意 is read as 自主 (contract v1.1)
    assert unit["next_year_policy"] == "縮小"


def test_a_grade_under_the_choice_label_is_not_the_direction(tmp_path: Path) -> None:
    unit = _unit(tmp_path, [("今後の方向性", PROSE), ("総合評価", "Ａ")])
    assert unit["next_year_policy"] == PROSE
