"""Layout stage on small hand-drawn pages: ruled cells, merged cells, text runs."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.layout import build_page_layout
from aizu_extract.load import load_pdf


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
