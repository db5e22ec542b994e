"""Where a page's CPU time goes, stage by stage, in a warm process.

    python benchmarks/profile_stages.py [samples] [--repeat 3] [--profile N]
        [--only parse,accounting] [--sort tottime] [--gc default|worker|threshold|off]
        [--floor] [--warm DIR] [--preload] [--callgrind]

Runs the pipeline's stages (load → layout → parse → accounting → validation)
on every PDF, one pass to warm up (``--warm``: on other PDFs, so that the
process caches start cold for these), then ``--repeat`` passes timed with CPU
time (the machine may be shared), best pass kept per stage.

* ``--profile N``: the N functions with the most own time (cProfile,
  ``--sort`` key) over one more pass, of the ``--only`` stages.
* ``--gc``: ``worker`` tunes the collector as a pool worker does
  (``gc.freeze()`` after imports, ``RunSettings.gc_threshold``), ``threshold``
  sets those thresholds only, ``default`` leaves CPython's, ``off`` disables
  it (a bound, not a setting to use).
* ``--callgrind``: run under ``valgrind --tool=callgrind --instr-atstart=no``,
  counts instructions in the ``--only`` stages of one pass and dumps them
  after each (stable on a shared machine; the rest runs uninstrumented, so a
  parsers-only count takes a few minutes).
* ``--preload``: before the warm-up, loads what a pool worker inherits from the
  fork server (``aizu_extract.warm``: the parsers, the vocabulary, the contract
  models' validators, the Sudachi dictionary), so that a ``--warm`` pass on other
  PDFs counts only what a fresh worker pays for texts it has not seen (without it,
  the first Sudachi fold and the first validation of a model the warm-up PDFs do
  not make are counted too: ~345 M instructions for the dictionary alone).
* ``--floor``: measures, beside the stages, PyMuPDF reading the same pages'
  characters and drawings and nothing else (the bench's floor) as ``floor``.
"""

from __future__ import annotations

import argparse
import cProfile
import ctypes
import gc
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.modules.setdefault("pymupdf.layout", None)  # type: ignore[arg-type]

from aizu_extract import pipeline  # noqa: E402
from aizu_extract.accounting import account  # noqa: E402
from aizu_extract.layout import build_document_layout  # noqa: E402
from aizu_extract.load import load_pdf  # noqa: E402
from aizu_extract.parsers import classify  # noqa: E402
from aizu_extract.parsers.base import Extraction  # noqa: E402
from aizu_extract.settings import DEFAULT  # noqa: E402

_MS = 1000.0
STAGES = ("load", "layout", "parse", "accounting", "validate")
# PyMuPDF reading the same pages' characters and drawings, nothing else (the bench's
# floor): with --floor, measured as a stage of its own beside the pipeline's.
FLOOR = "floor"
# Under ``valgrind --tool=callgrind --instr-atstart=no``: instruction counts are
# stable on a shared machine. A two-function helper built with the system's
# callgrind.h instruments the chosen stages of the measured pass, dumping after each.
_CALLGRIND_C = r"""
#include <valgrind/callgrind.h>
void pp_start(void) { CALLGRIND_START_INSTRUMENTATION; }
void pp_stop(const char *name) { CALLGRIND_DUMP_STATS_AT(name); CALLGRIND_STOP_INSTRUMENTATION; }
"""


class Callgrind:
    """Counter dumps per stage (``callgrind_annotate`` each ``callgrind.out.*``)."""

    def __init__(self) -> None:
        folder = Path(tempfile.mkdtemp())
        (folder / "cg.c").write_text(_CALLGRIND_C)
        lib = folder / "cg.so"
        subprocess.run(["cc", "-shared", "-fPIC", "-o", lib, folder / "cg.c"], check=True)
        self.lib = ctypes.CDLL(str(lib))

    def start(self) -> None:
        self.lib.pp_start()

    def stop(self, stage: str) -> None:
        self.lib.pp_stop(stage.encode())


_CG: Callgrind | None = None


def _one(
    path: Path,
    spent: dict[str, float],
    prof: cProfile.Profile | None = None,
    only: frozenset[str] = frozenset(STAGES),
) -> int:
    """The stages of ``pipeline.process_file`` on one PDF, CPU time added to ``spent``;
    ``prof`` profiles the stages named in ``only``."""
    data = path.read_bytes()
    settings = DEFAULT

    def timed(stage: str, fn: Callable[..., Any], *args: Any) -> Any:
        profiled = prof is not None and stage in only
        counted = _CG is not None and stage in only
        if counted:
            _CG.start()
        t0 = time.process_time()
        if profiled:
            prof.enable()
        out = fn(*args)
        if profiled:
            prof.disable()
        spent[stage] += time.process_time() - t0
        if counted:
            _CG.stop(stage)
        return out

    if FLOOR in spent:
        timed(FLOOR, _floor_read, data)
    loaded = timed("load", load_pdf, path, data, settings.load)
    layout = timed("layout", build_document_layout, loaded, settings.layout)

    def parse() -> Extraction:
        parser = classify(layout, settings)
        return parser.parse(layout) if parser else Extraction(doc_type="unknown")

    ex = timed("parse", parse)
    accounting = timed("accounting", account, layout, ex, settings.accounting)
    timed(
        "validate",
        pipeline._validate,
        path,
        "0" * 64,
        loaded.page_count,
        ex,
        ex.title,
        settings,
        accounting,
        [],
    )
    return int(loaded.page_count)


def _floor_read(data: bytes) -> None:
    import pymupdf

    flags = pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_MEDIABOX_CLIP
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        for page in doc:
            page.get_text("rawdict", flags=flags)
            page.get_drawings()


def _pass(
    files: list[Path],
    prof: cProfile.Profile | None = None,
    only: frozenset[str] = frozenset(STAGES),
    floor: bool = False,
) -> tuple[int, dict[str, float]]:
    spent = dict.fromkeys((*STAGES, FLOOR) if floor else STAGES, 0.0)
    pages = sum(_one(p, spent, prof, only) for p in files)
    return pages, spent


def _preload() -> None:
    """What ``aizu_extract.warm`` loads in the fork server (not imported here: its
    import also freezes the collector's generations, which a measured pass must not
    inherit from a flag)."""
    from aizu_extract.keys import indicator_name_key
    from aizu_extract.layout.vocabulary import vocabulary
    from aizu_extract.models import build_validators
    from aizu_extract.parsers import registry

    registry()
    vocabulary()
    build_validators()
    indicator_name_key("取組")


def _pdfs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() == ".pdf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=Path("samples"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--warm", type=Path, help="warm up on these PDFs instead (process caches: a cold template)"
    )
    parser.add_argument(
        "--preload", action="store_true", help="load what a worker inherits first (warm.py)"
    )
    parser.add_argument("--profile", type=int, default=0, help="top N functions by tottime")
    parser.add_argument("--only", default=",".join(STAGES), help="stages to profile")
    parser.add_argument("--sort", default="tottime", help="pstats sort key")
    parser.add_argument("--floor", action="store_true", help="measure the PyMuPDF floor too")
    parser.add_argument(
        "--callgrind", action="store_true", help="dump callgrind counters per stage, one pass"
    )
    parser.add_argument(
        "--gc", choices=("default", "worker", "threshold", "off"), default="default"
    )
    args = parser.parse_args()
    files = _pdfs(args.folder)
    if args.gc == "worker":
        pipeline.init_worker(None, DEFAULT.run.gc_threshold)
    elif args.gc == "threshold" and DEFAULT.run.gc_threshold:
        gc.set_threshold(*DEFAULT.run.gc_threshold)  # the worker's, without its freeze
    elif args.gc == "off":
        gc.disable()
    if args.preload:
        _preload()
    warm = _pdfs(args.warm) if args.warm else files
    _pass(warm, floor=args.floor)  # warm-up: caches, lazy imports
    if args.callgrind:
        global _CG
        _CG = Callgrind()
        pages, _ = _pass(files, None, frozenset(args.only.split(",")), args.floor)
        print(f"{pages} pages")
        return
    best: dict[str, float] = {}
    pages = 0
    for _ in range(args.repeat):
        pages, spent = _pass(files, floor=args.floor)
        best = {s: min(best.get(s, float("inf")), t) for s, t in spent.items()}
    total = sum(best[s] for s in STAGES)
    print(f"{len(files)} PDFs, {pages} pages, gc={args.gc}, best of {args.repeat} (CPU)")
    for s in STAGES:
        share = best[s] / total * 100
        print(f"  {s:<10} {best[s] / pages * _MS:6.2f} ms/page  {share:5.1f} %")
    print(f"  {'total':<10} {total / pages * _MS:6.2f} ms/page")
    if args.floor:
        floor = best[FLOOR]
        print(f"  {FLOOR:<10} {floor / pages * _MS:6.2f} ms/page  (total {total / floor:.2f}×)")
    if args.profile:
        prof = cProfile.Profile()
        _pass(files, prof, frozenset(args.only.split(",")))
        pstats.Stats(prof).sort_stats(args.sort).print_stats(args.profile)


if __name__ == "__main__":
    main()
