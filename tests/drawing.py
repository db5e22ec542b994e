"""Small forms drawn at test time with PyMuPDF's built-in CJK font (no IPAex needed):
a ruled table from (row, col, row span, col span, text) cells, and a title line.
Deterministic, so every shape test names its layout in a few lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pymupdf

Cell = tuple[int, int, int, int, str]  # row, col, row span, col span, text

ROW_H = 18.0
LEFT = 40.0
SIZE = 8.0


def ruled_table(
    page: pymupdf.Page,
    top: float,
    widths: list[float],
    cells: list[Cell],
    left: float | None = None,
) -> float:
    """Draw a fully ruled table (its left edge at ``left``, else LEFT); returns its bottom."""
    xs = [LEFT if left is None else left]
    for w in widths:
        xs.append(xs[-1] + w)
    n_rows = max(r + rs for r, _, rs, _, _ in cells)
    for r, c, rs, cs, text in cells:
        rect = pymupdf.Rect(xs[c], top + r * ROW_H, xs[c + cs], top + (r + rs) * ROW_H)
        page.draw_rect(rect, color=(0, 0, 0), width=0.5)
        for i, line in enumerate(text.split("\n")):
            page.insert_text(
                (rect.x0 + 2, rect.y0 + SIZE + 3 + i * (SIZE + 2)), line, fontname="japan",
                fontsize=SIZE,
            )  # fmt: skip
    return top + n_rows * ROW_H


def draw_pdf(tmp_path: Path, name: str, draw: Callable[[pymupdf.Page], None]) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    draw(page)
    path = tmp_path / name
    doc.save(path)
    doc.close()
    return path


def draw_pages(tmp_path: Path, name: str, *draws: Callable[[pymupdf.Page], None]) -> Path:
    """One A4 page per ``draw``, in order (a table carried over a page break)."""
    doc = pymupdf.open()
    for draw in draws:
        draw(doc.new_page(width=595, height=842))
    path = tmp_path / name
    doc.save(path)
    doc.close()
    return path


def title_line(page: pymupdf.Page, y: float, text: str) -> None:
    page.insert_text((LEFT, y), text, fontname="japan", fontsize=SIZE + 2)


def text_table(
    page: pymupdf.Page,
    top: float,
    widths: list[float],
    rows: list[list[str]],
    *,
    rules: bool = False,
) -> float:
    """A table without vertical rules: text at its column's left edge, one row per
    line (``""`` leaves a cell blank); ``rules`` draws a horizontal rule under each
    row (a word processor's default table style). Returns its bottom."""
    xs = [LEFT]
    for w in widths:
        xs.append(xs[-1] + w)
    y = top
    for row in rows:
        for c, text in enumerate(row):
            if text:
                page.insert_text((xs[c] + 2, y + SIZE + 3), text, fontname="japan", fontsize=SIZE)
        y += ROW_H
        if rules:
            page.draw_line((xs[0], y), (xs[-1], y), color=(0, 0, 0), width=0.5)
    return y
