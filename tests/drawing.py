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


LABEL_FILL = (0.8, 0.855, 0.925)  # a light blue-grey label cell
GUTTER = 1.5


def fill_table(
    page: pymupdf.Page,
    top: float,
    widths: list[float],
    cells: list[Cell],
    labels: frozenset[tuple[int, int]] = frozenset(),
    gutter: float = GUTTER,
    right: frozenset[tuple[int, int]] = frozenset(),
) -> float:
    """A table drawn as a designed form draws it, with NO rules: each cell a filled
    box (``labels`` light blue-grey, the others white) inset by half the ``gutter``
    on a pale panel, so neighbours stand ``gutter`` apart. Cells in ``right`` are
    printed right-aligned. Returns the bottom."""
    xs = [LEFT]
    for w in widths:
        xs.append(xs[-1] + w)
    n_rows = max(r + rs for r, _, rs, _, _ in cells)
    bottom = top + n_rows * ROW_H
    panel = pymupdf.Rect(LEFT - 4, top - 4, xs[-1] + 4, bottom + 4)
    page.draw_rect(panel, color=None, fill=(0.935, 0.953, 0.98), width=0)
    half = gutter / 2
    for r, c, rs, cs, text in cells:
        rect = pymupdf.Rect(
            xs[c] + half, top + r * ROW_H + half, xs[c + cs] - half, top + (r + rs) * ROW_H - half
        )
        fill = LABEL_FILL if (r, c) in labels else (1, 1, 1)
        page.draw_rect(rect, color=None, fill=fill, width=0)
        for i, line in enumerate(text.split("\n")):
            x = rect.x0 + 2
            if (r, c) in right:
                x = rect.x1 - 2 - SIZE * len(line)
            page.insert_text(
                (x, rect.y0 + SIZE + 3 + i * (SIZE + 2)), line, fontname="japan", fontsize=SIZE
            )
    return bottom


def pills(
    page: pymupdf.Page, x: float, y: float, words: list[str], fills: list[tuple[float, ...]]
) -> list[pymupdf.Rect]:
    """Options printed as rounded pills, one fill each (no stroke, no glyph mark); a
    dark fill gets white text. Returns the pills' rectangles."""
    out = []
    for word, fill in zip(words, fills, strict=True):
        rect = pymupdf.Rect(x, y, x + 39, y + 14)
        page.draw_rect(rect, color=None, fill=fill, width=0, radius=0.5)
        dark = sum(fill) / len(fill) < 0.5
        page.insert_text(
            (x + 11.5, y + 10.5), word, fontname="japan", fontsize=SIZE,
            color=(1, 1, 1) if dark else (0.5, 0.5, 0.5),
        )  # fmt: skip
        out.append(rect)
        x += 49
    return out
