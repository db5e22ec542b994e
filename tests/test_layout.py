"""Layout stage on small hand-drawn pages: ruled cells, merged cells, text runs."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.geometry import BBox, Char, Direction
from aizu_extract.layout import TextBox, TextLine, build_page_layout, group_lines, split_runs
from aizu_extract.layout.textlines import stack_lines
from aizu_extract.load import load_pdf
from aizu_extract.settings import LayoutSettings


def _draw_table(path: Path, one_glyph_per_call: bool) -> None:
    """A 3×3 grid whose top row is one merged cell, as municipal sheets print headers."""
    doc = pymupdf.open()
    page = doc.new_page()
    xs, ys = [50, 150, 250, 350], [50, 80, 110, 140]
    for y in ys:
        page.draw_line((xs[0], y), (xs[-1], y))
    page.draw_line((xs[0], ys[0]), (xs[0], ys[-1]))
    page.draw_line((xs[-1], ys[0]), (xs[-1], ys[-1]))
    for x in xs[1:-1]:  # inner verticals stop below the merged header row
        page.draw_line((x, ys[1]), (x, ys[-1]))
    texts = {
        (0, 0): "重要業績評価指標",
        (1, 0): "年度",
        (1, 1): "R5",
        (1, 2): "R6",
        (2, 0): "目標",
        (2, 1): "4,000",
        (2, 2): "2, 290",
    }
    for (r, c), text in texts.items():
        x, y = xs[c] + 4, ys[r] + 20
        if one_glyph_per_call:
            for i, ch in enumerate(text):
                page.insert_text((x + i * 11, y), ch, fontname="japan", fontsize=10)
        else:
            page.insert_text((x, y), text, fontname="japan", fontsize=10)
    page.insert_text((50, 200), "単位(千円)        事業費", fontname="japan", fontsize=10)
    doc.save(path)


def _cells(path: Path) -> dict[str, tuple[float, float]]:
    layout = build_page_layout(load_pdf(path).pages[0])
    return {b.key: (b.bbox.x0, b.bbox.y0) for b in layout.boxes}


def test_merged_header_is_one_cell(tmp_path: Path) -> None:
    path = tmp_path / "t.pdf"
    _draw_table(path, one_glyph_per_call=False)
    layout = build_page_layout(load_pdf(path).pages[0])
    assert len(layout.tables) == 1
    header = next(b for b in layout.boxes if b.key == "重要業績評価指標")
    assert header.bbox.x0 == 50 and round(header.bbox.x1) == 350  # spans all three columns
    assert len(layout.tables[0].cells) == 7


def test_glyph_runs_read_like_one_run(tmp_path: Path) -> None:
    one, many = tmp_path / "one.pdf", tmp_path / "many.pdf"
    _draw_table(one, one_glyph_per_call=False)
    _draw_table(many, one_glyph_per_call=True)
    assert {"年度", "R5", "R6", "目標", "4,000", "2,290"} <= set(_cells(many))
    assert set(_cells(one)) >= {"年度", "R5", "目標", "4,000"}


def test_free_text_splits_at_wide_gaps(tmp_path: Path) -> None:
    path = tmp_path / "t.pdf"
    _draw_table(path, one_glyph_per_call=False)
    free = [b.raw for b in build_page_layout(load_pdf(path).pages[0]).boxes if b.table is None]
    assert free == ["単位(千円)", "事業費"]


# Reading floor: spread labels, stacked and vertical lines, settings passed down.


def _glyph(
    text: str, x: float, y: float = 100.0, size: float = 10.0, direction: Direction = "ltr"
) -> Char:
    return Char(text, BBox(x, y, x + size, y + size), size, y + size, direction=direction)


def _line(*glyphs: Char) -> TextLine:
    (line,) = group_lines(glyphs)
    return line


def test_spread_label_with_equal_gaps_is_one_run() -> None:
    line = _line(_glyph("指", 0), _glyph("標", 40), _glyph("名", 80), _glyph("人", 200))
    assert [r.text for r in split_runs(line)] == ["指 標 名", "人"]


def test_unequal_gaps_or_numbers_are_not_spread() -> None:
    line = _line(_glyph("男", 0), _glyph("女", 40), _glyph("計", 120))
    assert [r.text for r in split_runs(line)] == ["男 女", "計"]
    digits = _line(_glyph("1", 0), _glyph("2", 40), _glyph("3", 80))
    assert [r.text for r in split_runs(digits)] == ["1", "2", "3"]
    dashes = _line(_glyph("ー", 0), _glyph("ー", 40))
    assert [r.text for r in split_runs(dashes)] == ["ー", "ー"]


def test_spread_label_stops_at_rules_and_column_starts() -> None:
    line = _line(_glyph("男", 0), _glyph("女", 40), _glyph("計", 80))
    assert [r.text for r in split_runs(line, barriers=[30])] == ["男", "女 計"]
    # a value of a nearby line starts under 女: these are columns
    assert [r.text for r in split_runs(line, column_starts=[42])] == ["男", "女 計"]
    assert [r.text for r in split_runs(line, spread=False)] == ["男", "女", "計"]


def test_run_gap_is_a_setting() -> None:
    line = _line(_glyph("事", 0), _glyph("業", 10), _glyph("費", 35))  # 1.5 em gap
    assert [r.text for r in split_runs(line)] == ["事業", "費"]
    wide = LayoutSettings(run_gap_em=2.0)
    assert [r.text for r in split_runs(line, settings=wide)] == ["事業 費"]


@pytest.mark.parametrize(
    ("gap_em", "runs"),
    [
        (1.0, ["基本 目標"]),  # one full-width space, as typed
        (1.0012, ["基本 目標"]),  # the same page re-written by pdftocairo (scale 0.9988)
        (1.004, ["基本 目標"]),  # a word processor's rounding of the space's advance
        (1.2, ["基本", "目標"]),  # wider than a space: a new run
    ],
)
def test_one_full_width_space_stays_in_the_run(gap_em: float, runs: list[str]) -> None:
    # 424 glyph gaps in the samples and test PDFs are exactly 1.000 em, others spread
    # over 0.96-1.04: a run may not break on a full-width space moved by rounding
    x = 20 + 10 * gap_em
    line = _line(_glyph("基", 0), _glyph("本", 10), _glyph("目", x), _glyph("標", x + 10))
    assert [r.text for r in split_runs(line)] == runs


def test_turned_text_reads_bottom_to_top() -> None:
    glyphs = [_glyph(c, 0, 100 - 10 * i, direction="btt") for i, c in enumerate("成果指標")]
    (line,) = group_lines(reversed(glyphs))
    assert line.vertical and line.text == "成果指標"


def test_stacked_glyphs_become_one_vertical_line() -> None:
    lines = group_lines([_glyph(c, 0, 100 + 12 * i) for i, c in enumerate("財務内容")])
    assert len(lines) == 4
    (stack,) = stack_lines(lines)
    assert stack.vertical and stack.text == "財務内容"
    # table rows are further apart than a line pitch: not stacked
    rows = group_lines([_glyph(c, 0, 100 + 20 * i) for i, c in enumerate("有無")])
    assert [ln.text for ln in stack_lines(rows)] == ["有", "無"]


def test_key_is_normalised_and_whitespace_free() -> None:
    box = TextBox(1, BBox(0, 0, 10, 10), (_line(_glyph("⽬", 0), _glyph("標", 10)),))
    assert box.raw == "⽬標" and box.key == "目標"
    lines = tuple(group_lines([_glyph("Ｒ", 0, 0), _glyph("５", 0, 30)]))
    stacked = TextBox(1, BBox(0, 0, 10, 40), lines)
    assert stacked.raw == "Ｒ\n５" and stacked.key == "R5"
