"""Benchmark: aizu-extract vs plain pdfplumber and PyMuPDF on the same pages.

Each contender runs in a fresh subprocess (so peak RSS is its own) over every
PDF under the input folder, and the driver prints pages/s, peak memory and the
ratio to the pdfplumber ``page.extract_tables()`` baseline side by side.

    python benchmarks/bench_extract.py samples [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MODES = ("aizu-extract", "pdfplumber.extract_tables", "pymupdf.get_text(words)")


def _pdfs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() == ".pdf")


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports KiB


def measure(mode: str, folder: Path) -> dict[str, float]:
    """Run one contender in this process; returns pages, seconds and peak RSS."""
    # Imports stay outside the timed region: pymupdf alone takes ~0.9 s to import.
    import pdfplumber
    import pymupdf

    from aizu_extract.manifest import build_manifest
    from aizu_extract.pipeline import run
    from aizu_extract.write import write_outputs

    pdfs = _pdfs(folder)
    started = time.perf_counter()
    pages = 0
    if mode == "aizu-extract":
        result = run(pdfs, workers=1)
        tables = result.table_rows()
        with tempfile.TemporaryDirectory() as out:
            write_outputs(Path(out), tables, build_manifest(result, tables))
        pages = result.pages
    elif mode == "pdfplumber.extract_tables":
        for path in pdfs:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_tables()
                    pages += 1
    elif mode == "pymupdf.get_text(words)":
        for path in pdfs:
            with pymupdf.open(path) as doc:
                for page in doc:
                    page.get_text("words")
                    pages += 1
    seconds = time.perf_counter() - started
    return {"pages": pages, "seconds": seconds, "peak_rss_mb": _peak_rss_mb()}


def _run_child(mode: str, folder: Path) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(folder)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=Path("samples"))
    parser.add_argument("--repeat", type=int, default=3, help="runs per contender; best is kept")
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.folder)))
        return
    results = {}
    for mode in MODES:
        runs = [_run_child(mode, args.folder) for _ in range(args.repeat)]
        best = min(runs, key=lambda r: r["seconds"])
        best["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs)
        results[mode] = best
    base = results["pdfplumber.extract_tables"]
    base_rate = base["pages"] / base["seconds"]
    print(f"{len(_pdfs(args.folder))} PDFs, {base['pages']} pages, best of {args.repeat}")
    print(f"{'contender':28} {'pages/s':>9} {'seconds':>8} {'peak MB':>8} {'vs pdfplumber':>14}")
    for mode, r in results.items():
        rate = r["pages"] / r["seconds"]
        print(
            f"{mode:28} {rate:9.1f} {r['seconds']:8.2f} {r['peak_rss_mb']:8.0f} "
            f"{rate / base_rate:13.2f}x"
        )


if __name__ == "__main__":
    main()
