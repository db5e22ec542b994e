"""Load stage: open a PDF once and read its text layer and rulings.

Everything downstream works on these plain frozen values, so the PDF library
(PyMuPDF here, for speed) is touched in exactly one place. Files that cannot
be read raise :class:`LoadError` with a one-line, user-facing reason that the
pipeline writes to ``documents.error``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from .geometry import BBox, Char, Segment

# Rectangles thinner than this (points) are rules drawn as filled boxes.
_THIN = 2.0
# A PDF's trailer must end with %%EOF within the last kilobyte.
_EOF_WINDOW = 1024
_TEXT_FLAGS = pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_MEDIABOX_CLIP


class LoadError(Exception):
    """A file that cannot be extracted at all; ``str(err)`` is the one-line reason."""


@dataclass(frozen=True, slots=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    chars: tuple[Char, ...]
    segments: tuple[Segment, ...]


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    path: Path
    page_count: int
    pages: tuple[Page, ...]
    metadata_title: str | None

    @property
    def char_count(self) -> int:
        return sum(len(p.chars) for p in self.pages)


def check_bytes(data: bytes) -> None:
    """Reject what is not a complete PDF before handing it to the parser library."""
    if not data:
        raise LoadError("empty file (0 bytes)")
    if b"%PDF-" not in data[:1024]:
        raise LoadError("not a PDF (no %PDF- header)")
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise LoadError("truncated or corrupt PDF: file ends without %%EOF trailer")


def load_pdf(path: Path, data: bytes | None = None) -> LoadedDocument:
    """Open ``path`` (or its already-read ``data``) and extract every page."""
    data = path.read_bytes() if data is None else data
    check_bytes(data)
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:  # PyMuPDF raises several unrelated types here
        raise LoadError(f"corrupt PDF: {_one_line(exc)}") from exc
    with doc:
        if doc.needs_pass:
            raise LoadError("encrypted PDF: password required")
        if doc.page_count == 0:
            raise LoadError("corrupt PDF: no readable pages")
        try:
            pages = tuple(_read_page(doc[i], i + 1) for i in range(doc.page_count))
        except Exception as exc:
            raise LoadError(f"corrupt PDF: {_one_line(exc)}") from exc
        title = (doc.metadata or {}).get("title") or None
    if not any(p.chars for p in pages):
        raise LoadError("no text layer (scanned image?)")
    return LoadedDocument(path=path, page_count=len(pages), pages=pages, metadata_title=title)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


def _read_page(page: pymupdf.Page, number: int) -> Page:
    rect = page.rect
    return Page(
        number=number,
        width=rect.width,
        height=rect.height,
        chars=tuple(_chars(page)),
        segments=tuple(_segments(page)),
    )


def _chars(page: pymupdf.Page) -> Iterator[Char]:
    raw = page.get_text("rawdict", flags=_TEXT_FLAGS)
    for block in raw["blocks"]:
        for line in block.get("lines", ()):
            if line.get("dir", (1, 0))[0] < 0.5:  # vertical or rotated text: not table text
                continue
            for span in line["spans"]:
                size = float(span["size"])
                superscript = bool(span["flags"] & pymupdf.TEXT_FONT_SUPERSCRIPT)
                for ch in span["chars"]:
                    c = ch["c"]
                    if not c or c.isspace():
                        continue
                    x0, y0, x1, y1 = ch["bbox"]
                    yield Char(
                        text=c,
                        bbox=BBox(x0, y0, x1, y1),
                        size=size,
                        baseline=float(ch["origin"][1]),
                        superscript=superscript,
                    )


def _segments(page: pymupdf.Page) -> Iterator[Segment]:
    """Turn drawn lines and rectangle edges into axis-aligned rulings."""
    for path in page.get_drawings():
        stroked = path.get("color") is not None and "s" in path.get("type", "")
        for item in path["items"]:
            kind = item[0]
            if kind == "l":
                p, q = item[1], item[2]
                seg = Segment(p.x, p.y, q.x, q.y)
                if _axis_aligned(seg):
                    yield seg
            elif kind == "re":
                yield from _rect_edges(item[1], stroked)
            elif kind == "qu":
                yield from _rect_edges(item[1].rect, stroked)


def _axis_aligned(seg: Segment, tol: float = 1.0) -> bool:
    return abs(seg.x0 - seg.x1) <= tol or abs(seg.y0 - seg.y1) <= tol


def _rect_edges(r: pymupdf.Rect, stroked: bool) -> Iterator[Segment]:
    if r.width <= _THIN and r.height > _THIN:
        x = (r.x0 + r.x1) / 2
        yield Segment(x, r.y0, x, r.y1)
    elif r.height <= _THIN and r.width > _THIN:
        y = (r.y0 + r.y1) / 2
        yield Segment(r.x0, y, r.x1, y)
    elif r.width > _THIN and r.height > _THIN and stroked:
        yield Segment(r.x0, r.y0, r.x1, r.y0)
        yield Segment(r.x0, r.y1, r.x1, r.y1)
        yield Segment(r.x0, r.y0, r.x0, r.y1)
        yield Segment(r.x1, r.y0, r.x1, r.y1)
