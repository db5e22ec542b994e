"""Read the same documents re-written by another producer, and compare.

    python benchmarks/rewrite_check.py samples tests/fixtures ../shared/real

The parsers must not depend on how one producer happens to write a page, so
each input PDF is re-written in ways real files arrive in, and read again:

* ``cairo``: ``pdftocairo -pdf`` (poppler; a print-to-PDF path): fonts
  re-embedded, coordinates through another matrix, stroked (fake bold) text
  re-emitted as text plus a path of its glyphs' outlines;
* ``a3-to-a4``: every page printed at 0.707 on a smaller sheet (an A3 sheet
  bound into an A4 book), so every size and distance shrinks alike;
* ``a4-to-a3``: every page printed at 1.41 on a larger sheet (thin rules drawn
  as filled boxes grow past ``thin_rule``).

For each document the row counts of every table and the numbers seen,
assigned and unassigned are printed where the re-written copy differs from
the original. A difference is a reading that depends on the producer (a bug
to look at), not necessarily a wrong row. Pages with ``/Rotate`` are skipped by
the scaled copy (the page is re-drawn upright, which is a different test).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pymupdf

from aizu_extract.pipeline import process_file

TABLES = ("kpi_values", "budget_lines", "business_units", "structure", "unassigned")
A3_TO_A4 = 0.707
A4_TO_A3 = 1.41


def _cairo(src: Path, dst: Path) -> bool:
    if shutil.which("pdftocairo") is None:
        return False
    return subprocess.run(["pdftocairo", "-pdf", str(src), str(dst)], check=False).returncode == 0


def _scaled(src: Path, dst: Path, factor: float = A3_TO_A4) -> bool:
    with pymupdf.open(src) as doc, pymupdf.open() as out:
        if any(page.rotation for page in doc):
            return False
        for page in doc:
            r = page.rect
            new = out.new_page(width=r.width * factor, height=r.height * factor)
            new.show_pdf_page(new.rect, doc, page.number)
        out.set_metadata(doc.metadata)  # the title a reader may fall back on
        out.save(dst, garbage=3, deflate=True)
    return True


def _enlarged(src: Path, dst: Path) -> bool:
    return _scaled(src, dst, A4_TO_A3)


REWRITES: dict[str, Callable[[Path, Path], bool]] = {
    "cairo": _cairo,
    "a3-to-a4": _scaled,
    "a4-to-a3": _enlarged,
}


def _summary(path: Path) -> dict[str, object]:
    outcome = process_file(path)
    doc = outcome.document
    counts: dict[str, object] = {t: len(outcome.rows.get(t, ())) for t in TABLES}
    counts.update(
        doc_type=doc.get("doc_type"),
        status=doc.get("status"),
        seen=doc.get("numbers_seen"),
        assigned=doc.get("numbers_assigned"),
    )
    return counts


def main(folders: list[str]) -> int:
    files = sorted({p for f in folders for p in Path(f).rglob("*.pdf")})
    differing = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            base = _summary(path)
            for name, rewrite in REWRITES.items():
                copy = Path(tmp) / f"{name}-{path.name}"
                if not rewrite(path, copy):
                    continue
                got = _summary(copy)
                diff = {k: f"{base[k]} -> {got[k]}" for k in base if base[k] != got[k]}
                if diff:
                    differing += 1
                    changes = ", ".join(f"{k} {v}" for k, v in diff.items())
                    print(f"{path.name} [{name}]: {changes}")
    print(f"{len(files)} documents, {differing} re-written copies read differently")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["samples"]))
