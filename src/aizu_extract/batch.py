"""The run: find PDFs, hand each to an isolated worker, stream the outcomes back.

``plan_inputs`` turns the command line's files and folders into the list of
distinct documents (one per sha256, so a symlink or ``dir/../dir`` given twice
is one document). ``run`` fans the documents out over a process pool with a
per-document time limit and an address-space ceiling per worker, so a
pathological file cannot stop, slow or exhaust the others, and hands each
outcome to ``on_done`` as it arrives (the writer stages its rows at once).

This module is what the command's main process imports: it never imports the
per-document chain (:mod:`pipeline`: PyMuPDF, layout, parsers, validation).
That is imported once, by the fork server the workers are forked from
(:mod:`warm`: the chain with its parsers, vocabulary and Sudachi dictionary
loaded), which is started first so that its imports overlap the main
process's own. A worker also folds its document's names for the series keys
(``DocumentOutcome.name_keys``), so the main process never loads Sudachi,
and, for a caller that stages the rows (``columnar``: the command, the API),
converts them to Arrow itself (``DocumentOutcome.columns``, :mod:`columnar`),
so the main process neither unpickles nor converts a row of a document.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import queue
import re
import signal
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import server
from .pieces import Piece, PieceBook, PieceOutcome, plan_pieces, split_pages
from .server import worker_context
from .settings import DEFAULT, RunSettings, Settings

if TYPE_CHECKING:
    from .columnar import Part

# Lone surrogate code points: what a broken font's ToUnicode map or a file name
# that is not UTF-8 leaves in a Python str; UTF-8 (Parquet, JSON) cannot hold them.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Exit status of a worker that retires before starting a task: reschedule, not a crash.
RETIRE_EXIT = 75  # EX_TEMPFAIL


class NoPdfError(ValueError):
    """Some inputs yield no PDF at all: a usage error, reported before any work."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self.paths = list(paths)
        names = ", ".join(display_path(p) for p in self.paths)
        super().__init__(f"no PDF found in: {names}")


def display_path(path: Path | str) -> str:
    """A path as valid UTF-8 text whatever bytes the file system gave.

    POSIX file names are bytes; Python decodes the undecodable ones (Shift_JIS
    names from a Windows zip) to lone surrogates, which Parquet and JSON
    cannot store. Those bytes become ``\\xNN`` escapes instead.
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def clean_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (the rest unchanged)."""
    return _SURROGATE.sub("\ufffd", text)


def _has_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def json_safe(value: Any) -> Any:
    """A value JSON (strict, UTF-8) can hold: check details go to manifest.json."""
    if isinstance(value, str):
        return clean_text(value)
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {clean_text(str(k)): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_safe(v) for v in value]
    return clean_text(str(value))


@dataclass(slots=True)
class DocumentOutcome:
    """Everything one input file contributes to the output."""

    source: Path
    document: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    checks: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    # Names of its kpi_values/budget_lines folded by Sudachi in the worker
    # (keys.document_name_keys), so the main process keys them without the dictionary.
    name_keys: dict[str, str] = field(default_factory=dict)
    # Its rows as Arrow IPC bytes by table (columnar.Part), converted by the worker
    # (``run(columnar=True)``) instead of ``rows``: a table is in one of the two, never both.
    columns: dict[str, Part] = field(default_factory=dict)
    # How a document planned as pieces was read (``2 pieces``, ``read whole: …``);
    # None when it was not split. Not output: its rows are the same either way.
    split: str | None = None

    @property
    def status(self) -> str:
        return str(self.document["status"])

    @property
    def pages(self) -> int:
        return int(self.document.get("page_count") or 0)

    @property
    def doc_id(self) -> str:
        return str(self.document["doc_id"])


@dataclass(frozen=True, slots=True)
class InputFile:
    """One distinct input document: where it is and its content hash."""

    path: Path
    sha256: str | None  # None: unreadable when planned (processed anyway, fails alone)

    @property
    def name(self) -> str:
        return display_path(self.path.name)


@dataclass(slots=True)
class InputPlan:
    """The distinct documents of a command line, and the paths folded into them."""

    files: list[InputFile]
    duplicates: list[dict[str, str]] = field(default_factory=list)  # {path, same_as}


def _order(path: Path) -> tuple[str, str]:
    return (path.name, str(path))


def _pdfs_under(item: Path) -> set[Path]:
    if item.is_dir():
        return {p for p in item.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file()}
    return {item}


def find_pdfs(inputs: Iterable[Path]) -> list[Path]:
    """Files given, plus ``*.pdf`` (any case) under directories, sorted and unique."""
    found: set[Path] = set()
    for item in inputs:
        found.update(_pdfs_under(item))
    return sorted(found, key=_order)


def file_sha256(path: Path) -> str | None:
    """Hex sha256 of the file's bytes, streamed; None when it cannot be read."""
    if not path.is_file():  # never open a FIFO or device: it could block forever
        return None
    try:
        with path.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


def plan_inputs(inputs: Sequence[Path], *, require_pdf: bool = True) -> InputPlan:
    """Every PDF under ``inputs`` once per content, in a stable order.

    With ``require_pdf`` an input (file or folder) that yields no PDF at all
    raises :class:`NoPdfError` naming it, so a mistyped or empty folder is a
    usage error instead of an empty (or silently unchanged) dataset. Paths to
    the same file are folded silently; distinct files with the same bytes are
    one document too, and listed in ``duplicates``.
    """
    per_input = [(item, _pdfs_under(item)) for item in inputs]
    empty = [item for item, found in per_input if not found]
    if empty and require_pdf:
        raise NoPdfError(empty)
    paths = sorted({p for _, found in per_input for p in found}, key=_order)
    # One path per real file (a symlink, dir/../dir), before hashing anything twice.
    by_real: dict[str, Path] = {}
    for path in paths:
        by_real.setdefault(os.path.realpath(path), path)
    paths = sorted(by_real.values(), key=_order)
    files: list[InputFile] = []
    duplicates: list[dict[str, str]] = []
    first_by_hash: dict[str, Path] = {}
    for path in paths:
        digest = file_sha256(path)
        if digest is not None and digest in first_by_hash:
            duplicates.append(
                {"path": display_path(path), "same_as": display_path(first_by_hash[digest])}
            )
            continue
        if digest is not None:
            first_by_hash[digest] = path
        files.append(InputFile(path=path, sha256=digest))
    return InputPlan(files=files, duplicates=duplicates)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _path_id(path: Path) -> str:
    """Stand-in doc_id of a file whose bytes cannot be read: sha256 of its path."""
    return hashlib.sha256(os.fsencode(path)).hexdigest()


@dataclass(slots=True)
class RunResult:
    outcomes: list[DocumentOutcome]
    seconds: float

    @property
    def pages(self) -> int:
        return sum(o.pages for o in self.outcomes)

    @property
    def failed(self) -> list[DocumentOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def not_ok(self) -> list[DocumentOutcome]:
        return [o for o in self.outcomes if o.status != "ok"]

    def table_rows(self) -> dict[str, list[dict[str, Any]]]:
        """Every row of the run by table (empty but ``documents`` with ``keep_rows=False``)."""
        from .contract import table_names

        tables: dict[str, list[dict[str, Any]]] = {name: [] for name in table_names()}
        for o in self.outcomes:
            tables["documents"].append(o.document)
            for name, rows in o.rows.items():
                tables[name].extend(rows)
            for name, part in o.columns.items():  # run(columnar=True, keep_rows=True)
                from .columnar import decode

                tables[name].extend(decode(part.data).to_pylist())
        return tables


def run(
    inputs: Sequence[Path | InputFile],
    *,
    workers: int | None = None,
    timeout: float | None = None,
    max_memory_mib: int | None = None,
    settings: Settings = DEFAULT,
    on_done: Callable[[DocumentOutcome], None] | None = None,
    keep_rows: bool = True,
    columnar: bool = False,
) -> RunResult:
    """Process every input; ``workers=0`` runs in this process (no time or memory limit).

    ``inputs`` are either planned :class:`InputFile` s or paths (planned here,
    without the no-PDF check). Limits default to ``settings.run``. ``on_done``
    gets each outcome as it is finished (in completion order); with
    ``keep_rows=False`` its rows are dropped after that call, so a caller that
    stages them (the command line) holds only one document's rows at a time.
    With ``columnar`` a pool worker hands its rows over as Arrow IPC bytes
    (``DocumentOutcome.columns``, for :meth:`write.Staging.add_document`)
    instead of ``rows``; in this process (``workers=0``) rows stay rows.
    The result lists the outcomes in the order of ``inputs``; the idle workers
    may still be exiting when it is returned (a thread of this process waits for
    them, and the interpreter for it at exit). Ctrl-C (KeyboardInterrupt)
    cancels what is pending, stops the workers, waits for them and propagates.
    """
    rs = settings.run
    workers = rs.workers if workers is None else workers
    timeout = rs.timeout if timeout is None else timeout
    max_memory_mib = rs.max_memory_mib if max_memory_mib is None else max_memory_mib
    if workers < 0:
        raise ValueError(f"workers must be >= 0, got {workers}")
    if not timeout > 0:
        raise ValueError(f"timeout must be > 0, got {timeout}")
    started = time.perf_counter()
    if all(isinstance(i, InputFile) for i in inputs):
        files = [i for i in inputs if isinstance(i, InputFile)]
    else:
        paths = [i.path if isinstance(i, InputFile) else i for i in inputs]
        files = plan_inputs(paths, require_pdf=False).files
    collector = _Collector(len(files), on_done, keep_rows)
    if workers == 0:
        from .pipeline import process_file

        for i, f in enumerate(files):
            collector.add(i, process_file(f.path, settings))
    else:
        _run_pool(files, workers, timeout, max_memory_mib, settings, collector, columnar)
    return RunResult(outcomes=collector.outcomes(), seconds=time.perf_counter() - started)


class _Collector:
    """Outcomes as they finish: one per doc_id (a file rewritten to equal another
    while the run was going is dropped), handed on, rows dropped if not kept."""

    def __init__(
        self, size: int, on_done: Callable[[DocumentOutcome], None] | None, keep_rows: bool
    ) -> None:
        self._slots: list[DocumentOutcome | None] = [None] * size
        self._seen: set[str] = set()
        self._keyed = False  # names handed over by this run's workers yet
        self._on_done = on_done
        self._keep_rows = keep_rows

    def add(self, index: int, outcome: DocumentOutcome) -> None:
        if outcome.doc_id in self._seen:
            return
        self._seen.add(outcome.doc_id)
        self._slots[index] = outcome
        if outcome.name_keys:
            from . import keys

            if not self._keyed:  # an earlier run's names are published: let them go
                keys.forget()
                self._keyed = True
            keys.remember(outcome.name_keys)
            outcome.name_keys = {}
        if self._on_done:
            self._on_done(outcome)
        if not self._keep_rows:
            outcome.rows = {}
            outcome.columns = {}

    def outcomes(self) -> list[DocumentOutcome]:
        return [o for o in self._slots if o is not None]


def worker_task(
    path: Path, settings: Settings = DEFAULT, columnar: bool = False
) -> DocumentOutcome:
    """A pool worker's task (see :func:`pipeline.worker_task`); the function the pool
    pickles is this one, so the main process needs no import of the pipeline."""
    from .pipeline import worker_task as task

    return task(path, settings, columnar)


def _init_worker(max_memory_mib: int | None, gc_threshold: tuple[int, int, int] | None) -> None:
    from .pipeline import init_worker

    init_worker(max_memory_mib, gc_threshold)


def start_workers(workers: int, preload: Sequence[str] = ()) -> None:
    """Start the fork server now (no-op without one, or for ``workers=0``): see
    :func:`server.start`."""
    if workers > 0:
        server.start(preload)


def document_task(
    path: Path, settings: Settings = DEFAULT, columnar: bool = False, split_for: int = 0
) -> DocumentOutcome | tuple[Piece, ...]:
    """A pool worker's task for a file worth a look (``_may_split``): its pieces for
    ``split_for`` workers when it is a book worth splitting (:func:`pieces.split_pages`),
    else its outcome, read whole at once. The look is here, in a worker, not in the
    main process: opening a file is what a pathological one makes crash, hang or
    exhaust memory, and a worker has the time limit and the address-space ceiling."""
    from .pipeline import worker_retiring

    if not worker_retiring():  # a retiring worker leaves the look to the next one
        plan = plan_pieces(split_pages(path, settings.run), split_for, settings.run)
        if plan:
            return plan
    return worker_task(path, settings, columnar)


def piece_task(path: Path, piece: Piece, settings: Settings = DEFAULT) -> PieceOutcome:
    """A pool worker's task for one piece of a split document (:func:`split.piece_task`)."""
    from .split import piece_task as task

    return task(path, piece, settings)


def merge_task(
    path: Path, payloads: list[bytes], settings: Settings = DEFAULT, columnar: bool = False
) -> DocumentOutcome:
    """A pool worker's task: a split document's outcome from its pieces (split.merge_task)."""
    from .split import merge_task as task

    return task(path, payloads, settings, columnar)


# A pool task: the function, its arguments, and the document (index in files) it is for.
_Task = tuple[Callable[..., Any], tuple[Any, ...], int]


def _run_pool(
    files: Sequence[InputFile],
    workers: int,
    timeout: float,
    max_memory_mib: int | None,
    settings: Settings,
    collector: _Collector,
    columnar: bool = False,
) -> None:
    from pebble import ProcessExpired, ProcessPool

    if not files:
        return
    # Files big enough to be worth splitting (pieces.py): a worker looks first.
    surveyed = {i for i, f in enumerate(files) if workers > 1 and _may_split(f, settings.run)}
    pool = ProcessPool(
        max_workers=workers if surveyed else min(workers, len(files)),
        initializer=_init_worker,
        initargs=(max_memory_mib, settings.run.gc_threshold),
        context=worker_context(),
    )
    plans: dict[int, tuple[Piece, ...]] = {}
    read_whole: dict[int, str] = {}  # split documents read whole after a piece, and why
    pending: dict[Any, _Task] = {}  # future -> its task
    retries: dict[tuple[int, str, int], int] = {}  # retirements left, by task
    # Futures put themselves here when done: one wake-up per task, whatever the
    # number still pending (waiting on all of them each time is quadratic in a big run).
    finished: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def schedule(task: _Task) -> None:
        future = pool.schedule(task[0], args=task[1], timeout=timeout)
        pending[future] = task
        future.add_done_callback(finished.put)

    def whole(i: int) -> _Task:
        return (worker_task, (files[i].path, settings, columnar), i)

    def first(i: int) -> _Task:
        if i in surveyed:
            return (document_task, (files[i].path, settings, columnar, workers), i)
        return whole(i)

    def size(task: _Task) -> float:
        i = task[2]
        return _file_size(files[i].path) / len(plans.get(i, (0,)))

    try:
        book = PieceBook()
        # Largest first, so that the last task to finish is a small one (a big book
        # started last would leave the other workers idle; a split one's pieces are
        # scheduled when its look comes back, one per worker).
        for task in sorted((first(i) for i in range(len(files))), key=lambda t: -size(t)):
            schedule(task)
        # Collected as they finish, so a finished document's rows are handed on
        # (and can be dropped) at once instead of waiting behind a slower one.
        while pending:
            future = finished.get()
            task = pending.pop(future)
            i = task[2]
            f = files[i]
            outcome: DocumentOutcome | None = None
            try:
                result = future.result()
            except ProcessExpired as exc:
                key = _task_key(task)
                if exc.exitcode == RETIRE_EXIT and retries.get(key, settings.run.retire_retries):
                    retries[key] = retries.get(key, settings.run.retire_retries) - 1
                    # not this document's fault
                    schedule(task)
                    continue
                outcome = _isolated_failure(
                    f, _crash_message(exc.exitcode, max_memory_mib), settings
                )
            except FutureTimeout:
                outcome = _isolated_failure(f, f"timed out after {timeout:g} s", settings)
            except MemoryError:  # raised in the worker outside process_file (the result)
                limit = f" ({max_memory_mib} MiB)" if max_memory_mib else ""
                outcome = _isolated_failure(f, f"memory limit exceeded{limit}", settings)
            except Exception as exc:
                outcome = _isolated_failure(f, f"internal error: {_one_line(exc)}", settings)
            else:
                if isinstance(result, tuple):  # a book to split: its pieces
                    plans[i] = result
                    book.plan(i, result)
                    for piece in result:
                        schedule((piece_task, (f.path, piece, settings), i))
                elif isinstance(result, PieceOutcome):
                    step = book.add(i, result)
                    if step == "whole":
                        read_whole[i] = f"read whole: {result.error}"
                        schedule(whole(i))
                    elif step is not None:
                        schedule((merge_task, (f.path, step, settings, columnar), i))
                else:
                    outcome = result
                    if i in read_whole:
                        outcome.split = read_whole[i]
            del future  # the future holds the outcome (and its rows) otherwise
            if outcome is not None and book.close(i):
                collector.add(i, outcome)
    except BaseException:  # Ctrl-C: drop what is pending, kill what is running
        for future in pending:
            future.cancel()
        pool.stop()
        _join(pool, settings.run.stop_grace)
        raise
    pool.close()
    # Every outcome is in and the workers are idle: what is left is their exit
    # (pebble's manager notices the closed pool on its next 0.1 s tick). That is
    # waited for beside the caller's next step (the command's publish) instead of
    # before it, by a thread the interpreter joins at exit.
    threading.Thread(
        target=_join, args=(pool, settings.run.stop_grace), name="aizu-pool-exit"
    ).start()


def _may_split(f: InputFile, rs: RunSettings) -> bool:
    """A file big enough to be worth a worker's look before it is planned (pieces.py)."""
    return _file_size(f.path) >= rs.split_min_bytes


def _task_key(task: _Task) -> tuple[int, str, int]:
    """(document, kind, piece) of a task: what its retries are counted by."""
    piece = task[1][1]
    return task[2], task[0].__name__, piece.index if isinstance(piece, Piece) else -1


def _join(pool: Any, grace: float) -> None:
    """Wait up to ``grace`` seconds for the pool's workers to exit."""
    with contextlib.suppress(TimeoutError):
        pool.join(timeout=grace)


def _file_size(path: Path) -> int:
    """Bytes of ``path`` (0 when it cannot be read: it fails on its own turn)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _crash_message(exitcode: int | None, max_memory_mib: int | None) -> str:
    """Why a worker died; an abort or kill under a ceiling is most likely the ceiling.

    Native code (Rust, C++) aborts instead of raising when an allocation is
    refused, so a document that hits the limit there ends as SIGABRT.
    """
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        if max_memory_mib and name in ("SIGABRT", "SIGSEGV", "SIGBUS", "SIGKILL"):
            return f"memory limit exceeded ({max_memory_mib} MiB; worker killed by {name})"
        return f"worker crashed (killed by {name})"
    return f"worker crashed (exit code {exitcode})"


def _isolated_failure(f: InputFile, error: str, settings: Settings) -> DocumentOutcome:
    """The failed outcome of a document whose worker died or ran out of time."""
    from .pipeline import failed_outcome

    doc_id = f.sha256 or file_sha256(f.path) or _path_id(f.path)
    return failed_outcome(f.path, doc_id, error, settings)
