"""``aizu-extract inspect``: one PNG per page showing what the tool saw and read.

Each page is rendered by PyMuPDF and drawn over: the rulings (grey), every
ruled table found (blue frame, its number ``T1`` …) and its cells (thin
blue), every printed number filled with the colour of the table it went to
(accounting.py), furniture and deliberately unread values in their own
colours, and every unassigned number boxed in thick red. A legend strip is
added under the page. It is the first thing to open when a number is missing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pymupdf
from PIL import Image, ImageDraw

from .accounting import Accounting, account
from .layout import build_document_layout
from .load import LoadError, load_pdf
from .parsers import classify
from .parsers.base import Extraction

DPI = 110
SCALE = DPI / 72
RED = (220, 0, 0)
# fill colour of a number by where it went (status for the non-assigned ones)
COLOURS: dict[str, tuple[int, int, int]] = {
    "kpi_values": (0, 170, 60),
    "budget_lines": (255, 140, 0),
    "business_units": (150, 60, 200),
    "structure": (0, 150, 170),
    "rejects": (230, 0, 160),
    "furniture": (140, 140, 140),
    "accounted": (220, 200, 0),
}
RULING = (120, 120, 120)
TABLE = (30, 80, 220)
CELL = (150, 180, 240)
_LEGEND = (
    ("kpi_values", "kpi_values"),
    ("budget_lines", "budget_lines"),
    ("business_units", "business_units"),
    ("structure", "structure"),
    ("rejects", "rejects"),
    ("furniture", "furniture (folio, toc, code)"),
    ("accounted", "not read on purpose (diff, ratio, staff, label)"),
)


class InspectError(Exception):
    """The file cannot be inspected (one line)."""


def parse_pages(spec: str | None, count: int) -> list[int]:
    """``1,3-4`` → [1, 3, 4]; None → every page. Pages beyond the file are an error."""
    if not spec:
        return list(range(1, count + 1))
    pages: list[int] = []
    for part in spec.split(","):
        m = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?", part)
        if not m:
            raise InspectError(f"--pages: cannot read {part!r} (use e.g. 1,3-4)")
        a, b = int(m.group(1)), int(m.group(2) or m.group(1))
        if a < 1 or b < a or b > count:
            raise InspectError(f"--pages: {part.strip()} is outside pages 1-{count}")
        pages.extend(p for p in range(a, b + 1) if p not in pages)
    return pages


def analyse(path: Path) -> tuple[object, object, Extraction, Accounting]:
    """Load, lay out, parse and account one file as the pipeline does."""
    try:
        loaded = load_pdf(path)
    except (LoadError, OSError) as exc:
        raise InspectError(f"{path}: {exc}") from exc
    layout = build_document_layout(loaded)
    parser = classify(layout)
    ex = parser.parse(layout) if parser else Extraction(doc_type="unknown")
    return loaded, layout, ex, account(layout, ex)


def inspect_file(path: Path, out: Path, pages: str | None = None) -> list[Path]:
    """Write ``out/<stem>-p<N>.png`` for the chosen pages; returns the files."""
    path = Path(path)
    if not path.is_file():
        raise InspectError(f"no such file: {path}")
    loaded, layout, _ex, acc = analyse(path)
    chosen = parse_pages(pages, loaded.page_count)  # type: ignore[attr-defined]
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InspectError(f"cannot write to {out}: {exc.strerror or exc}") from exc
    written: list[Path] = []
    with pymupdf.open(path) as doc:
        for number in chosen:
            image = draw_page(doc[number - 1], loaded.pages[number - 1], layout, acc, number)  # type: ignore[attr-defined]
            target = out / f"{path.stem}-p{number}.png"
            image.save(target)
            written.append(target)
    return written


def _box(b: object) -> tuple[float, float, float, float]:
    return (b.x0 * SCALE, b.y0 * SCALE, b.x1 * SCALE, b.y1 * SCALE)  # type: ignore[attr-defined]


def draw_page(
    page: pymupdf.Page, loaded_page: object, layout: object, acc: Accounting, number: int
) -> Image.Image:
    pix = page.get_pixmap(dpi=DPI)
    base = Image.frombytes("RGB", (pix.width, pix.height), pix.samples).convert("RGBA")
    over = Image.new("RGBA", base.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(over)
    for s in loaded_page.segments:  # type: ignore[attr-defined]
        draw.line(
            (s.x0 * SCALE, s.y0 * SCALE, s.x1 * SCALE, s.y1 * SCALE), fill=(*RULING, 160), width=1
        )
    page_layout = layout.page(number)  # type: ignore[attr-defined]
    for t_index, table in enumerate(page_layout.tables):
        for cell in table.cells:
            draw.rectangle(_box(cell.bbox), outline=(*CELL, 200), width=1)
        x0, y0, x1, y1 = _box(table.bbox)
        draw.rectangle((x0 - 2, y0 - 2, x1 + 2, y1 + 2), outline=(*TABLE, 230), width=2)
        draw.text((x0, max(0, y0 - 12)), f"T{t_index + 1}", fill=(*TABLE, 255))
    unassigned = []
    for n in acc.numbers:
        if n.page != number:
            continue
        if n.status == "unassigned":
            unassigned.append(n)
            continue
        key = n.reason if n.status == "assigned" else n.status
        colour = COLOURS.get(key, COLOURS["accounted"])
        draw.rectangle(_box(n.bbox), fill=(*colour, 80), outline=(*colour, 255), width=1)
    for n in unassigned:
        x0, y0, x1, y1 = _box(n.bbox)
        draw.rectangle((x0, y0, x1, y1), fill=(*RED, 70))
        draw.rectangle((x0 - 2, y0 - 2, x1 + 2, y1 + 2), outline=(*RED, 255), width=3)
    image = Image.alpha_composite(base, over).convert("RGB")
    return _with_legend(image, number, len(unassigned))


def _with_legend(image: Image.Image, number: int, unassigned: int) -> Image.Image:
    rows: Sequence[tuple[tuple[int, int, int], str]] = [
        *((COLOURS[k], text) for k, text in _LEGEND),
        (RED, f"unassigned ({unassigned} on this page)"),
        (TABLE, "ruled table / cells"),
    ]
    height = 16 * ((len(rows) + 1) // 2) + 24
    out = Image.new("RGB", (image.width, image.height + height), "white")
    out.paste(image, (0, 0))
    draw = ImageDraw.Draw(out)
    top = image.height + 4
    draw.text((6, top), f"page {number}", fill=(0, 0, 0))
    half = image.width // 2
    for i, (colour, text) in enumerate(rows):
        x = 6 + (i % 2) * half
        y = top + 16 + 16 * (i // 2)
        draw.rectangle((x, y, x + 12, y + 10), fill=colour)
        draw.text((x + 18, y - 1), text, fill=(0, 0, 0))
    return out
