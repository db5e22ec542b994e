"""Benchmark: aizu-extract against pdfplumber and the PyMuPDF reading floor.

    python benchmarks/bench_extract.py [samples] [--repeat 3] [--sizes 10,100,1000]

Every measurement runs in a fresh subprocess, so imports, peak RSS and CPU
time are that contender's own. CPU time (user + system of the process and
every child it reaped) is the primary figure because the machine may be
shared; wall time is shown next to it, and each figure is the best of
``--repeat`` runs. Contenders that are compared in a ratio run in turn
(aizu-extract, pdfplumber, floor, aizu-extract, …), so a drift of the
machine's speed hits both sides of the ratio; the package's bytecode is
compiled first, as a user's second run finds it. Printed as one Markdown
table (paste it into the README):

* **whole process, one worker**: ``aizu-extract extract FILES --out TMP
  --workers 1`` (the command a user runs) against a fresh interpreter that
  imports pdfplumber and calls ``page.extract_tables()`` on every page, and
  one that only reads every page's characters (``rawdict``) and drawings with
  PyMuPDF (the floor: what any extractor must pay to read the page);
* **steady state per page**: ``process_file`` in a warm process (a pool
  worker's work) against the floor read in a warm process, in CPU time and,
  where valgrind and a C compiler are installed, in instructions (callgrind
  counting the measured pass only, ``PYTHONHASHSEED=0``: the figure a shared
  machine's load does not move);
* **start-up**: on a one-page PDF, the time from launching the command to
  its document being done minus one steady page (to the first page), the
  whole command minus one steady page (imports, pool, publish: the fixed cost
  of a run), the bare import, and the libraries' own floor (what a worker
  imports before its first page, without a line of aizu-extract);
* **memory**: peak RSS of the command's main process and of a process that
  runs ``process_file`` over every input (what a worker holds);
* **scaling**: wall time of the command with 1, 2 and all cores, and the
  machine's own ceiling: two warm pipelines run side by side against one (the
  two cores may be one physical core's threads, or a busy host's);
* **flat cost per page**: inputs of 10, 100 and 1,000 pages made by cycling
  the input pages (PyMuPDF ``insert_pdf``): steady CPU per page, and the main
  process's peak RSS running the whole command on them;
* **scaling on a large input**: 500 pages as 10 distinct documents, as one
  document of cycled mixed pages (read whole) and as one book of unit sheets
  (split across the workers: pieces.py), with 1 and 2 workers
  (``--large-only``: these rows alone).
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

# PyMuPDF's optional layout package (ONNX model) is not what a reader needs:
# the floor is measured without it, as aizu-extract runs without it.
_NO_LAYOUT = "import sys; sys.modules['pymupdf.layout'] = None\n"
_KIB = 1024  # ru_maxrss is in KiB on Linux
_MS = 1000.0
_DEFAULT_SIZES = "10,100,1000"
# The scaling input: this many pages, as this many distinct documents (and as one).
_BOOK_PAGES = 500
_BOOK_PARTS = 10

# Fresh-interpreter scripts for the whole-process contenders (argv: PDF paths).
_PDFPLUMBER = """
import sys
import pdfplumber
pages = 0
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_tables()
            pages += 1
print(pages)
"""
_FLOOR = (
    _NO_LAYOUT
    + """
import pymupdf
flags = pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_MEDIABOX_CLIP
pages = 0
for path in sys.argv[1:]:
    with pymupdf.open(path) as doc:
        for page in doc:
            page.get_text("rawdict", flags=flags)
            page.get_drawings()
            pages += 1
print(pages)
"""
)


def _pdfs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() == ".pdf")


def _cpu_children() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _peak_rss_mb() -> float:
    """This process's peak RSS since its exec (``ru_maxrss`` would also count the
    bench process it was forked from: Linux carries it across exec)."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / _KIB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / _KIB


def _timed(cmd: Sequence[str]) -> dict[str, Any]:
    """Run ``cmd``; wall and CPU seconds (it and every child it reaped), its stdout."""
    cpu0, t0 = _cpu_children(), time.perf_counter()
    proc = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return {
        "wall": time.perf_counter() - t0,
        "cpu": _cpu_children() - cpu0,
        "stdout": proc.stdout,
    }


def _best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    best = dict(min(runs, key=lambda r: r["cpu"]))
    for key in ("wall", "first_done"):
        if key in best:
            best[key] = min(r[key] for r in runs)
    return best


def _repeat(fn: Callable[[], dict[str, Any]], times: int) -> dict[str, Any]:
    return _best([fn() for _ in range(times)])


def _interleaved(
    contenders: Sequence[Callable[[], dict[str, Any]]], times: int
) -> list[dict[str, Any]]:
    """The best of ``times`` rounds of each contender, the rounds taken in turn
    (A B C A B C …): a ratio of two contenders then compares runs made under the
    same load, where runs made in blocks (A A A B B B) carry the machine's drift
    from one block to the next into the ratio."""
    runs: list[list[dict[str, Any]]] = [[] for _ in contenders]
    for _ in range(times):
        for fn, done in zip(contenders, runs, strict=True):
            done.append(fn())
    return [_best(done) for done in runs]


def _fresh_bytecode() -> None:
    """Compile the package's bytecode before timing anything.

    A user's Python writes ``__pycache__`` on the first run and reuses it after;
    with ``PYTHONDONTWRITEBYTECODE`` set (as in some CI and container shells) or
    after an edit, every process of every run would compile the changed modules
    again, a cost no user's second run pays (0.2–0.3 s per process measured).
    """
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("aizu_extract")
    if spec and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            compileall.compile_dir(folder, quiet=1)


def _child(*args: str) -> dict[str, Any]:
    out = _timed([sys.executable, __file__, "--child", *args])
    return {**out, **json.loads(out["stdout"].strip().splitlines()[-1])}


def _side_by_side(names: Sequence[str]) -> dict[str, Any]:
    """Two warm pipelines at once (``process_file`` over the same inputs, each in its
    own process, no pool, no start-up in the measured pass): the throughput two
    workers could reach on this machine, whose cores may share a physical core or
    a host with other guests. Each child's measured pass is timed by itself."""
    cmd = [sys.executable, __file__, "--child", "steady-aizu", *names]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
    return {"wall_per_page": max(o["wall_per_page"] for o in outs)}


def _ceiling(names: Sequence[str], rep: int) -> float:
    """Two warm pipelines' throughput against one (:func:`_side_by_side`), the best
    measured pass of each taken over ``rep`` rounds made in turn."""
    alone: list[float] = []
    pair: list[float] = []
    for _ in range(rep):
        alone.append(_child("steady-aizu", *names)["wall_per_page"])
        pair.append(_side_by_side(names)["wall_per_page"])
    return 2 * min(alone) / min(pair)


def _instructions(names: Sequence[str]) -> dict[str, float] | None:
    """Instructions per page of the steady pass, aizu-extract and the floor (callgrind,
    ``PYTHONHASHSEED=0``): the figure a shared machine's load does not move. None
    without valgrind or a C compiler (the counting helper is built with callgrind.h)."""
    if not (shutil.which("valgrind") and shutil.which("cc")):
        return None
    counts: dict[str, float] = {}
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    for name in ("steady-aizu", "steady-floor"):
        with tempfile.TemporaryDirectory() as tmp:
            cmd = [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                f"--callgrind-out-file={tmp}/callgrind.out.%p",
                sys.executable,
                __file__,
                "--child",
                "counted",
                name,
                *names,
            ]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env)
            pages = json.loads(out.stdout.strip().splitlines()[-1])["pages"]
            counts[name] = _counted_total(Path(tmp), "steady") / pages
    return counts


def _counted_total(folder: Path, dump: str) -> int:
    """The instructions of the callgrind dumps named ``dump`` in ``folder``."""
    total = 0
    for path in folder.glob("callgrind.out.*"):
        text = path.read_text(errors="replace")
        if f"Client Request: {dump}" not in text:
            continue
        for line in text.splitlines():
            if line.startswith(("summary:", "totals:")):
                total += int(line.split()[1])
                break
    return total


def _cli(files: Sequence[Path], workers: int) -> dict[str, Any]:
    """The extract command as a user runs it, into a fresh --out."""
    with tempfile.TemporaryDirectory() as out:
        launched = time.time()
        result = _child("cli", str(workers), out, *map(str, files))
        result["first_done"] = result["first_done_epoch"] - launched
        return result


# --- children (run in a fresh interpreter) ------------------------------------


def _child_cli(workers: str, out: str, *files: str) -> dict[str, Any]:
    # as the console script (aizu_extract.launch.main) does: the workers' fork
    # server first, then the command line's own imports
    from aizu_extract import launch

    argv = ["extract", *files, "--out", out, "--workers", workers]
    launch.start_for(argv)
    import aizu_extract.cli as cli

    first: list[float] = []
    real_run = cli.run

    def run(*args: Any, **kwargs: Any) -> Any:  # notes when the first document is done
        on_done = kwargs["on_done"]

        def done(outcome: Any) -> None:
            first.append(first[0] if first else time.time())
            on_done(outcome)

        kwargs["on_done"] = done
        return real_run(*args, **kwargs)

    cli.run = run
    try:
        cli.app(argv, standalone_mode=False)
    except SystemExit as exc:  # typer ends with the exit status
        if exc.code:
            raise
    finally:
        gc.freeze()  # as launch.main does when the command ends
    # Stop the fork server and reap it, so that its workers' CPU time and
    # memory reach this process's RUSAGE_CHILDREN (it outlives the run otherwise);
    # first wait, as the interpreter would at exit, for the threads still joining
    # the pool (batch.run leaves its idle workers' exit to one), or the server would
    # stop before it has reaped them and their CPU would be lost.
    for thread in threading.enumerate():
        if thread is not threading.main_thread() and not thread.daemon:
            thread.join()
    from multiprocessing import forkserver

    with contextlib.suppress(AttributeError):
        forkserver._forkserver._stop()  # type: ignore[attr-defined]
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "main_rss_mb": _peak_rss_mb(),
        "children_rss_mb": kids.ru_maxrss / _KIB,
        "first_done_epoch": first[0],
    }


def _steady(read: Callable[[Path], int], files: Sequence[Path]) -> dict[str, Any]:
    """CPU per page of ``read`` over ``files`` in a warm process (one pass warms up)."""
    for path in files:
        read(path)
    if _COUNTER is not None:
        _COUNTER.start()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    pages = sum(read(path) for path in files)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    if _COUNTER is not None:
        _COUNTER.stop("steady")
    return {
        "pages": pages,
        "cpu_per_page": cpu / pages,
        "wall_per_page": wall / pages,
        "rss_mb": _peak_rss_mb(),
    }


# Set in a child run under callgrind (``--counted``): counts the measured pass only.
_COUNTER: Any = None


def _child_counted(name: str, *files: str) -> dict[str, Any]:
    """``name`` (a steady child) with callgrind counting its measured pass alone
    (the process runs under ``valgrind --tool=callgrind --instr-atstart=no``)."""
    global _COUNTER
    sys.path.insert(0, str(Path(__file__).parent))
    from profile_stages import Callgrind

    _COUNTER = Callgrind()
    return _CHILDREN[name](*files)


def _child_steady_aizu(*files: str) -> dict[str, Any]:
    from aizu_extract.pipeline import process_file

    return _steady(lambda p: process_file(p).pages, [Path(f) for f in files])


def _child_steady_floor(*files: str) -> dict[str, Any]:
    sys.modules["pymupdf.layout"] = None  # type: ignore[assignment]
    import pymupdf

    flags = pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_MEDIABOX_CLIP

    def read(path: Path) -> int:
        with pymupdf.open(path) as doc:
            for page in doc:
                page.get_text("rawdict", flags=flags)
                page.get_drawings()
            return int(doc.page_count)

    return _steady(read, [Path(f) for f in files])


def _child_import() -> dict[str, Any]:
    t0 = time.perf_counter()
    import aizu_extract.cli  # noqa: F401

    return {"import_s": time.perf_counter() - t0}


def _child_import_floor() -> dict[str, Any]:
    """The start-up floor of the libraries alone: what a worker must have imported
    and built before its first page, without a line of aizu-extract's own (PyMuPDF
    with its optional layout package refused, pydantic with one model used, the
    Sudachi dictionary loaded, pebble's process pool, pyarrow without numpy), after
    what the fork server itself starts with (multiprocessing's forkserver)."""
    import multiprocessing.forkserver  # noqa: F401  (the server's own start)

    t0 = time.perf_counter()
    from aizu_extract import _optional

    _optional.install()  # pymupdf.layout and pymupdf4llm refused, as in the command
    import pydantic
    import pymupdf  # noqa: F401

    class _Row(pydantic.BaseModel):
        value: int | None = None

    _Row(value=1)
    from sudachipy import Dictionary

    Dictionary(dict="core")
    import pebble.pool.process  # noqa: F401

    _optional.pyarrow_without_numpy(modules=())
    return {"import_s": time.perf_counter() - t0}


_CHILDREN: dict[str, Callable[..., dict[str, Any]]] = {
    "cli": _child_cli,
    "steady-aizu": _child_steady_aizu,
    "steady-floor": _child_steady_floor,
    "import": _child_import,
    "import-floor": _child_import_floor,
    "counted": _child_counted,
}


# --- inputs ---------------------------------------------------------------------


def _concatenate(files: Sequence[Path], pages: int, target: Path, start: int = 0) -> Path:
    """A ``pages``-page PDF cycling through the pages of ``files`` in order from ``start``.

    Its pages share their fonts and images as one book's do: every page is inserted
    with its source's graft map kept (``final=False``), so what a source's pages share
    is copied once. With ``final=True`` (PyMuPDF's default) each inserted page brought
    its own copy of its fonts: 500 pages of the Calc unit sheets were 82 MB instead of
    250 KB, and reading such a page cost 48-50 M instructions against 29 M.
    """
    sys.modules.setdefault("pymupdf.layout", None)  # type: ignore[arg-type]
    import pymupdf

    sources = [pymupdf.open(f) for f in files]
    out = pymupdf.open()
    order = [(doc, i) for doc in sources for i in range(doc.page_count)]
    for n in range(start, start + pages):
        doc, i = order[n % len(order)]
        out.insert_pdf(doc, from_page=i, to_page=i, final=False)
    out.save(target)
    for doc in [out, *sources]:
        doc.close()
    return target


def _book_set(files: Sequence[Path], pages: int, parts: int, folder: Path) -> list[Path]:
    """``pages`` pages as ``parts`` distinct documents (each a different run of pages)."""
    folder.mkdir()
    size = -(-pages // parts)
    return [
        _concatenate(files, size, folder / f"part{k:02d}.pdf", start=k * size) for k in range(parts)
    ]


# --- driver -----------------------------------------------------------------------


def _row(label: str, value: str, note: str = "") -> str:
    return f"| {label} | {value} | {note} |"


def _instructions_row(counted: dict[str, float] | None) -> str:
    label = "steady state vs floor, instructions"
    if counted is None:
        return _row(label, "not measured", "needs valgrind and a C compiler")
    ours, floor = counted["steady-aizu"], counted["steady-floor"]
    return _row(
        label,
        f"{ours / floor:.2f}× the floor",
        f"{ours / 1e6:.2f} M a page against {floor / 1e6:.2f} M (callgrind, PYTHONHASHSEED=0)",
    )


def main() -> None:
    if sys.argv[1:2] == ["--child"]:  # a measured child: nothing imported the command would not
        name, *rest = sys.argv[2:]
        print(json.dumps(_CHILDREN[name](*rest)))
        return
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=Path("samples"))
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; best is kept")
    parser.add_argument("--sizes", default=_DEFAULT_SIZES, help="page counts, comma-separated")
    parser.add_argument(
        "--large-only", action="store_true", help="only the scaling on a large input"
    )
    args = parser.parse_args()
    files = _pdfs(args.folder)
    if args.large_only:
        _fresh_bytecode()
        print("\n".join(_large_inputs(files, args.repeat)))
        return
    sizes = [int(s) for s in args.sizes.split(",") if s]
    cores = os.cpu_count() or 1
    rep = args.repeat
    names = [str(f) for f in files]

    _fresh_bytecode()
    whole, plumber, floor = _interleaved(
        [
            lambda: _cli(files, 1),
            lambda: _timed([sys.executable, "-c", _PDFPLUMBER, *names]),
            lambda: _timed([sys.executable, "-c", _FLOOR, *names]),
        ],
        rep,
    )
    pages = int(plumber["stdout"].split()[-1])
    steady, steady_floor = _interleaved(
        [lambda: _child("steady-aizu", *names), lambda: _child("steady-floor", *names)], rep
    )
    counted = _instructions(names)
    ceiling = _ceiling(names, rep)
    imported = _repeat(lambda: _child("import"), rep)
    libraries = _repeat(lambda: _child("import-floor"), rep)
    counts = sorted({1, 2, cores})
    scaling = dict(
        zip(counts, _interleaved([lambda w=w: _cli(files, w) for w in counts], rep), strict=True)
    )

    with tempfile.TemporaryDirectory() as tmp:
        one = _concatenate(files, 1, Path(tmp) / "one.pdf")
        single = _repeat(lambda: _cli([one], 1), rep)
        flat = {}
        for n in sizes:
            pdf = _concatenate(files, n, Path(tmp) / f"pages{n}.pdf")
            flat[n] = (_child("steady-aizu", str(pdf)), _cli([pdf], 1))
    large = _large_inputs(files, rep)

    per_page = steady["cpu_per_page"]
    rows = [
        f"{len(files)} PDFs, {pages} pages ({args.folder}), {cores} cores, best of {rep}; "
        "CPU = user + system of every process of the run.",
        "",
        "| measure | value | note |",
        "| --- | --- | --- |",
    ]
    for label, r in (
        ("aizu-extract, whole process, 1 worker", whole),
        ("pdfplumber `extract_tables()`, whole process", plumber),
        ("PyMuPDF floor (rawdict + drawings), whole process", floor),
    ):
        rows.append(
            _row(
                label,
                f"{pages / r['cpu']:.1f} pages/s CPU",
                f"{r['cpu']:.2f} s CPU, {r['wall']:.2f} s wall ({pages / r['wall']:.1f} pages/s)",
            )
        )
    rows += [
        _row(
            "whole process vs pdfplumber",
            f"{plumber['cpu'] / whole['cpu']:.2f}× faster",
            f"wall {plumber['wall'] / whole['wall']:.2f}×; target ≥ 5×",
        ),
        _row(
            "whole process vs floor",
            f"{whole['cpu'] / floor['cpu']:.2f}× the floor",
            f"wall {whole['wall'] / floor['wall']:.2f}×",
        ),
        _row(
            "steady state per page",
            f"{per_page * _MS:.1f} ms CPU",
            f"floor {steady_floor['cpu_per_page'] * _MS:.1f} ms",
        ),
        _row(
            "steady state vs floor",
            f"{per_page / steady_floor['cpu_per_page']:.2f}× the floor",
            "target ≤ 2×",
        ),
        _instructions_row(counted),
        _row(
            "start-up to the first page (1-page run: its page done − 1 steady page)",
            f"{single['first_done'] - per_page:.2f} s wall",
            f"`import aizu_extract.cli` {imported['import_s']:.2f} s; target ≤ 0.8 s",
        ),
        _row(
            "start-up floor of the libraries alone",
            f"{libraries['import_s']:.2f} s wall",
            "PyMuPDF, pydantic (one model), the Sudachi dictionary, pebble, pyarrow: "
            "what a worker imports before its first page, none of aizu-extract's code",
        ),
        _row(
            "fixed cost of a run (1-page run − 1 steady page)",
            f"{single['wall'] - per_page:.2f} s wall",
            f"{single['cpu'] - per_page:.2f} s CPU of every process (imports, pool, publish)",
        ),
        _row(
            "peak memory, main process",
            f"{whole['main_rss_mb']:.0f} MB",
            f"children of the run (fork server, worker): {whole['children_rss_mb']:.0f} MB",
        ),
        _row(
            "peak memory, a worker",
            f"{steady['rss_mb']:.0f} MB",
            "process_file over every input, twice, in one process",
        ),
    ]
    base = scaling[1]["wall"]
    for w, r in scaling.items():
        rows.append(
            _row(
                f"scaling, {w} worker{'s' if w > 1 else ''}",
                f"{pages / r['wall']:.1f} pages/s wall",
                f"{base / r['wall']:.2f}× one worker; {r['cpu']:.2f} s CPU",
            )
        )
    rows.append(
        _row(
            "the machine's ceiling: two warm pipelines side by side",
            f"{ceiling:.2f}× one",
            "process_file over every input in two processes at once, no pool or start-up: "
            "what two workers could reach on these cores",
        )
    )
    for n, (st, cli) in flat.items():
        rows.append(
            _row(
                f"{n}-page input",
                f"{st['cpu_per_page'] * _MS:.1f} ms CPU/page",
                f"whole process {cli['wall']:.2f} s wall, {cli['cpu']:.2f} s CPU; "
                f"main process {cli['main_rss_mb']:.0f} MB",
            )
        )
    rows.extend(large)
    print("\n".join(rows))


def _large_inputs(files: Sequence[Path], rep: int) -> list[str]:
    """Rows of the scaling on a large input: 1 against 2 workers on 500 pages as
    distinct documents, as one document of cycled mixed pages (read whole: its
    kinds are mixed), and as one book of unit sheets (split across the workers)."""
    units = [f for f in files if "unit_sheets" in f.name]
    with tempfile.TemporaryDirectory() as tmp:
        inputs: dict[str, list[Path]] = {
            f"{_BOOK_PARTS} documents": _book_set(
                files, _BOOK_PAGES, _BOOK_PARTS, Path(tmp) / "parts"
            ),
            "one document": [_concatenate(files, _BOOK_PAGES, Path(tmp) / "book.pdf")],
        }
        if units:
            book = _concatenate(units[:1], _BOOK_PAGES, Path(tmp) / "units.pdf")
            inputs["one book of unit sheets"] = [book]
        rows = []
        for what, inp in inputs.items():
            one_w, two_w = _interleaved([lambda w=w, inp=inp: _cli(inp, w) for w in (1, 2)], rep)
            rows.append(
                _row(
                    f"{_BOOK_PAGES}-page input ({what}), 2 workers",
                    f"{one_w['wall'] / two_w['wall']:.2f}× one worker",
                    f"wall {two_w['wall']:.2f} s vs {one_w['wall']:.2f} s; "
                    f"CPU {two_w['cpu']:.2f} s vs {one_w['cpu']:.2f} s; target ≥ 1.8×",
                )
            )
    return rows


if __name__ == "__main__":
    main()
