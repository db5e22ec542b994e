"""Helpers for the dataset, CLI and robustness tests: generated PDFs and a consistency check."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from aizu_extract.models import SCHEMAS
from aizu_extract.write import CURRENT, MANIFEST, VERSIONS
from tests.conftest import sample, tiny_text_pdf

GOOD = "evaluation_r7_area37_reportlab.pdf"


def unique_copy(src: Path, dst: Path, n: int) -> Path:
    """``src`` with a comment after %%EOF: same document, different sha256."""
    dst.write_bytes(src.read_bytes() + b"\n%copy " + str(n).encode() + b"\n")
    return dst


def good_copies(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [unique_copy(sample(GOOD), folder / f"sheet_{i:03d}.pdf", i) for i in range(count)]


def tiny_pdfs(folder: Path, names: list[str]) -> list[Path]:
    """One small distinct PDF per name (fast to process: an unknown document)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in names:
        path = folder / name
        path.write_bytes(tiny_text_pdf(f"議事録 {name}"))
        out.append(path)
    return out


def _raw_pdf(objs: dict[int, bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    size = max(objs) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[n]) if n in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def _stream(dictionary: bytes, body: bytes) -> bytes:
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(body) + body + b"\nendstream"


def nested_xobject_bomb(levels: int = 3, fanout: int = 100) -> bytes:
    """A ~4 KB PDF whose one page draws fanout**(levels+1) glyphs through nested forms."""
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    first = 10
    for k in range(levels + 1):
        if k == 0:
            body = b"BT /F1 1 Tf 10 10 Td (" + b"A" * fanout + b") Tj ET"
        else:
            body = (b"/X%d Do\n" % (k - 1)) * fanout
        forms = b" ".join(b"/X%d %d 0 R" % (j, first + j) for j in range(k))
        objs[first + k] = _stream(
            b"/Type /XObject /Subtype /Form /BBox [0 0 600 800] "
            b"/Resources << /Font << /F1 4 0 R >> /XObject << " + forms + b" >> >>",
            body,
        )
    objs[5] = _stream(b"", b"/X%d Do" % levels)
    objs[3] = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> /XObject << /X%d %d 0 R >> >> >>"
        % (levels, first + levels)
    )
    return _raw_pdf(objs)


def lone_surrogate_pdf(text: bytes = b"ABBBBBBBBBBBBBBB") -> bytes:
    """A PDF whose font maps glyph ``A`` to the lone surrogate U+D83D (a broken ToUnicode)."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
        b"1 begincodespacerange <00> <FF> endcodespacerange "
        b"1 beginbfchar <41> <D83D> endbfchar endcmap "
        b"CMapName currentdict /CMap defineresource pop end end"
    )
    return _raw_pdf(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 5 0 R "
            b"/Resources << /Font << /F1 4 0 R >> >> >>",
            4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
            5: _stream(b"", b"BT /F1 24 Tf 72 720 Td (" + text + b") Tj ET"),
            6: _stream(b"", cmap),
        }
    )


def bad_page_count_pdf() -> bytes:
    """A PDF whose page tree has /Count -1: PyMuPDF raises on ``page_count``."""
    return tiny_text_pdf().replace(b"/Count 1", b"/Count -1", 1)


def published(out: Path) -> dict[str, Any]:
    """Check that the top-level files of ``out`` form one complete version; return facts.

    Every table and the manifest must resolve into the version ``.current``
    names, be readable, and agree: manifest inputs = documents, row counts match.
    """
    version = Path(os.readlink(out / CURRENT)).name
    for name in [*(f"{t}.parquet" for t in SCHEMAS), MANIFEST]:
        assert (out / name).resolve() == (out / VERSIONS / version / name).resolve(), name
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["dataset"]["version"] == version
    tables = {name: pq.read_table(out / f"{name}.parquet") for name in SCHEMAS}
    for name, table in tables.items():
        assert table.schema.equals(SCHEMAS[name], check_metadata=False), name
        assert manifest["row_counts"][name] == table.num_rows, name
    doc_ids = tables["documents"].column("doc_id").to_pylist()
    assert len(doc_ids) == len(set(doc_ids)), "duplicate doc_id"
    assert [i["sha256"] for i in manifest["inputs"]] == doc_ids
    return {
        "version": version,
        "manifest": manifest,
        "doc_ids": set(doc_ids),
        "names": sorted(tables["documents"].column("source_file").to_pylist()),
        "tables": tables,
    }


def leftovers(out: Path) -> list[str]:
    """Names a killed run may leave: staging folders and temporary links."""
    names = [p.name for p in out.iterdir()]
    if (out / VERSIONS).is_dir():
        names += [p.name for p in (out / VERSIONS).iterdir()]
    return sorted(n for n in names if n.startswith((".staging-", ".tmp-link-")))


def copy_dataset(src: Path, dst: Path) -> None:
    shutil.copytree(src, dst, symlinks=True)
