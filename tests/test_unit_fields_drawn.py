"""Unit-sheet fields of shapes first met in held-out 9 (template P), on small drawn sheets:
a 担当 cell with its phone extension, the 施策 named in 総合計画上の位置づけ, and the
今後の方向性 chosen by a check mark drawn as two strokes (no glyph)."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract import load
from aizu_extract.pipeline import process_file
from aizu_extract.settings import DEFAULT

from .drawing import draw_pdf, ruled_table, title_line

OPTIONS = "□拡充　□継続　□縮小　□廃止"


def _sheet(position: str, checked: str | None):
    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート")
        ruled_table(page, 60, [90, 160, 50, 160], [
            (0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "子育て相談支援事業"),
            (0, 2, 1, 1, "担当"), (0, 3, 1, 1, "福祉課　支援係（内線301）"),
            (1, 0, 1, 1, "総合計画上の位置づけ"), (1, 1, 1, 3, position),
            (2, 0, 1, 1, "今後の方向性"), (2, 1, 1, 3, OPTIONS),
        ])  # fmt: skip
        if checked is not None:
            word = page.search_for(checked)[0]
            box = pymupdf.Rect(word.x0 - 9, word.y0 + 1, word.x0 - 1, word.y1 - 1)
            bottom = (box.x0 + 3, box.y1 - 1)  # a ✓: two strokes joined at the bottom
            page.draw_line((box.x0 + 1, box.y0 + 4), bottom, color=(0, 0, 0), width=1)
            page.draw_line(bottom, (box.x1, box.y0), color=(0, 0, 0), width=1)

    return draw


def _unit(tmp_path: Path, position: str, checked: str | None) -> dict[str, object]:
    out = process_file(draw_pdf(tmp_path, "sheet.pdf", _sheet(position, checked)))
    (unit,) = out.rows["business_units"]
    return unit


def test_department_drops_the_phone_extension(tmp_path: Path) -> None:
    assert _unit(tmp_path, "施策5　子育て支援の充実", None)["department"] == "福祉課・支援係"


def test_plan_position_names_the_measure(tmp_path: Path) -> None:
    unit = _unit(tmp_path, "施策5　子育て支援の充実", None)
    assert unit["measure_no"] == 5


def test_plan_position_of_another_shape_names_no_measure(tmp_path: Path) -> None:
    assert _unit(tmp_path, "第2章　健やかに暮らせるまち", None)["measure_no"] is None


@pytest.mark.parametrize("checked", ["継続", "縮小"])
def test_drawn_check_chooses_the_option_after_it(tmp_path: Path, checked: str) -> None:
    assert _unit(tmp_path, "施策5　子育て支援の充実", checked)["next_year_policy"] == checked


def test_no_check_chooses_nothing(tmp_path: Path) -> None:
    assert _unit(tmp_path, "施策5　子育て支援の充実", None)["next_year_policy"] is None


def _path(*lines: tuple[tuple[float, float], tuple[float, float]]) -> dict[str, object]:
    return {"color": (0, 0, 0), "type": "s", "items": [("l", p, q) for p, q in lines]}


@pytest.mark.parametrize(
    ("paths", "found"),
    [
        # a ✓: down from the left to (103, 108), up to the right: one check
        ([_path(((100, 104), (103, 108))), _path(((103, 108), (108, 100)))], 1),
        ([_path(((100, 104), (103, 108)), ((103, 108), (108, 100)))], 1),  # one polyline
        ([_path(((100, 108), (103, 104))), _path(((103, 104), (108, 108)))], 0),  # a Λ
        ([_path(((100, 104), (103, 108)))], 0),  # one stroke
        ([_path(((100, 104), (103, 108))), _path(((105, 108), (110, 100)))], 0),  # apart
        ([_path(((60, 60), (103, 108))), _path(((103, 108), (150, 40)))], 0),  # a chart's V
        ([_path(((100, 100), (100, 108))), _path(((100, 108), (108, 108)))], 0),  # a corner
    ],
)
def test_drawn_check_marks(paths: list[dict[str, object]], found: int) -> None:
    assert len(list(load._checks(paths, None, DEFAULT.load))) == found
