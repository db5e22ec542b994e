"""A page's boxes move nothing: the same document with its MediaBox origin shifted
(the content translated with it), or printed inside a larger MediaBox with a CropBox
around the old page, gives the same rows.

Real PDFs carry such boxes (scanner and print-shop tools, imposition, PDFs cropped in
a viewer), and every coordinate the reader compares (rulings, cells, label anchors,
page furniture) must be relative to the visible page, never to the file's origin.
The copies are made at test time from a committed sample and, when present, a real
池田市 sheet (``../shared/real``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from aizu_extract.pipeline import process_file
from tests.conftest import sample

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"
_ID = re.compile(r"[0-9a-f]{12,64}")  # a document id or a digest, inside keys too
_FILE_FIELDS = {"doc_id", "source_file", "source_sha256", "source_path", "seconds"}


def _boxes(doc: pymupdf.Document) -> list[tuple[float, float, float, float]]:
    return [tuple(page.mediabox) for page in doc]  # type: ignore[misc]


def _shifted(src: Path, dst: Path, dx: float = 200, dy: float = 300) -> Path:
    """The MediaBox moved by (dx, dy) and the content translated with it: same look."""
    with pymupdf.open(src) as doc:
        for page, (x0, y0, x1, y1) in zip(doc, _boxes(doc), strict=True):
            page.clean_contents()
            xref = page.get_contents()[0]
            body = doc.xref_stream(xref)
            doc.update_stream(xref, f"q 1 0 0 1 {dx:g} {dy:g} cm\n".encode() + body + b"\nQ")
            box = f"[{x0 + dx:g} {y0 + dy:g} {x1 + dx:g} {y1 + dy:g}]"
            doc.xref_set_key(page.xref, "MediaBox", box)
            doc.xref_set_key(page.xref, "CropBox", box)
        doc.save(dst)
    return dst


def _cropped(src: Path, dst: Path, margin_x: float = 40, margin_y: float = 60) -> Path:
    """A MediaBox larger than the page, the old page kept visible by a CropBox."""
    with pymupdf.open(src) as doc:
        for page, (x0, y0, x1, y1) in zip(doc, _boxes(doc), strict=True):
            media = f"[{x0 - margin_x:g} {y0 - margin_y:g} {x1 + margin_x:g} {y1 + margin_y:g}]"
            doc.xref_set_key(page.xref, "MediaBox", media)
            doc.xref_set_key(page.xref, "CropBox", f"[{x0:g} {y0:g} {x1:g} {y1:g}]")
        doc.save(dst)
    return dst


def _rows(path: Path) -> dict[str, list[tuple[tuple[str, str], ...]]]:
    """Every table's rows, without what names the file (its id, name and digest)."""
    out = process_file(path)
    assert out.status in ("ok", "partial"), out.document["error"]

    def key(row: dict[str, Any]) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(
            (k, _ID.sub("<id>", str(v))) for k, v in row.items() if k not in _FILE_FIELDS
        ))  # fmt: skip

    rows = {name: sorted(map(key, table)) for name, table in out.rows.items()}
    rows["documents"] = [key(out.document)]
    return rows


def _inputs() -> list[Path]:
    paths = [sample("unit_sheets_asagi_calc.pdf"), sample("strategy_2nd_r2_writer.pdf")]
    return paths + [p for p in (REAL / "ikeda-r7-001.pdf",) if p.is_file()]


@pytest.mark.parametrize("make", [_shifted, _cropped], ids=["shifted", "cropped"])
@pytest.mark.parametrize("src", _inputs(), ids=lambda p: p.name)
def test_a_page_box_changes_no_row(
    src: Path, make: Callable[[Path, Path], Path], tmp_path: Path
) -> None:
    before = _rows(src)
    after = _rows(make(src, tmp_path / src.name))
    assert after == before
    # Not an empty comparison: a value each document prints (read off the page).
    names = {dict(r).get("name") for r in after["business_units"]}
    kpis = {dict(r).get("kpi_name") for r in after["kpi_values"]}
    printed = {
        "unit_sheets_asagi_calc.pdf": ("UIJターン等移住給付金", names),
        "strategy_2nd_r2_writer.pdf": ("ICT企業誘致数(累計)", kpis),
        "ikeda-r7-001.pdf": ("環境学習推進事業", names),
    }
    value, found = printed[src.name]
    assert value in found
