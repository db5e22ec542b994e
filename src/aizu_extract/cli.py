"""Command line: a thin layer over :func:`pipeline.run` and :class:`write.Dataset`.

Everything that can be wrong with the command line (option ranges, inputs
without a PDF, an output that is a file, unwritable or locked) is reported
as one line with exit status 2 *before* any document is processed.

Exit status: 0 every processed document ok (or nothing new to do), 1 some
were ``failed`` or ``partial`` (the dataset is still published), 2 usage or
output error (nothing changed), 130 interrupted by Ctrl-C (143 by SIGTERM)
before publishing (nothing changed).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from . import CONTRACT_VERSION, __version__
from .batch import (
    DocumentOutcome,
    InputPlan,
    NoPdfError,
    display_path,
    plan_inputs,
    run,
    start_workers,
)
from .launch import start_for
from .settings import DEFAULT

# The writer (pyarrow, the contract models), the progress bar and the summary
# table are imported where they are used: ``extract`` starts the workers'
# fork server first, so that the pipeline's import there overlaps these.

RUN = DEFAULT.run
EXIT_USAGE = 2


class _EagerWorkers(TyperGroup):
    """The command group, starting the workers' fork server as soon as it sees ``extract``.

    The console script (:mod:`launch`) starts it before this module is even
    imported; ``app`` called from Python (``python -m aizu_extract.cli``, a
    test) starts it here, still before typer converts options with pydantic.
    """

    def make_context(
        self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any
    ) -> Any:
        start_for(args, preload=_cli_preload())  # a no-op when the launcher started it
        return super().make_context(info_name, args, parent, **extra)


app = typer.Typer(
    cls=_EagerWorkers,
    add_completion=False,
    no_args_is_help=True,
    help="aizu-extract: municipal planning PDFs (総合戦略, 行政評価 施策評価票) → Parquet.",
)
err = Console(stderr=True, highlight=False, soft_wrap=True)  # one message, one line


class Interrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM: stop the batch, publish nothing."""

    def __init__(self, signum: int = signal.SIGINT) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _version(value: bool) -> None:
    if value:
        typer.echo(f"aizu-extract {__version__} (data contract {CONTRACT_VERSION})")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """aizu-extract: municipal planning PDFs (総合戦略, 行政評価 施策評価票) → Parquet."""


def _positive(value: float) -> float:
    if not value > 0:
        raise typer.BadParameter(f"must be > 0 seconds, got {value:g}")
    return value


@app.command()
def extract(
    inputs: Annotated[
        list[Path], typer.Argument(help="PDF files or folders (searched recursively).")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output dataset folder.")] = Path("out"),
    workers: Annotated[
        int,
        typer.Option(min=0, help="Worker processes; 0 runs in-process without time/memory limit."),
    ] = RUN.workers,
    timeout: Annotated[
        float, typer.Option(callback=_positive, help="Time limit per document, seconds.")
    ] = RUN.timeout,
    max_memory: Annotated[
        int,
        typer.Option(
            "--max-memory",
            min=RUN.min_memory_mib,
            help="Address-space ceiling per worker process, MiB.",
        ),
    ] = RUN.max_memory_mib,
    replace: Annotated[
        bool, typer.Option("--replace", help="Reprocess inputs already in the dataset.")
    ] = False,
    fresh: Annotated[
        bool, typer.Option("--fresh", help="Start a new dataset from these inputs only.")
    ] = False,
    formats: Annotated[
        list[str] | None,
        typer.Option(
            "--format",
            help="Also write the tables as csv (UTF-8 with BOM) or xlsx; parquet is always "
            "written. Repeat for both.",
        ),
    ] = None,
) -> None:
    """Extract every PDF under INPUTS into the dataset in OUT (incremental, atomic)."""
    start_workers(workers, preload=_cli_preload())  # a no-op when already started
    from ._optional import pyarrow_without_numpy

    pyarrow_without_numpy()
    from .export import FORMATS

    unknown = sorted(set(formats or ()) - set(FORMATS))
    if unknown:
        raise typer.BadParameter(
            f"{', '.join(unknown)}: choose from {'|'.join(FORMATS)}", param_hint="--format"
        )
    with _signals_interrupt():
        try:
            code = _extract(
                inputs, out, workers, timeout, max_memory, replace, fresh, tuple(formats or ())
            )
        except KeyboardInterrupt as exc:
            if not getattr(exc, "reported", False):
                err.print(
                    f"[yellow]interrupted:[/] nothing published, {escape(display_path(out))} "
                    "is unchanged"
                )
            raise typer.Exit(128 + getattr(exc, "signum", signal.SIGINT)) from None
    if code:
        raise typer.Exit(code)


def _cli_preload() -> list[str]:
    """This module, for the fork server to import, when every worker would import it."""
    return [__spec__.name] if _workers_reimport_cli() else []


def _workers_reimport_cli() -> bool:
    """Whether a worker will re-import this module as its main (``python -m
    aizu_extract.cli``): then the fork server imports it, once for all. The
    console script and ``python -m aizu_extract`` re-import only :mod:`launch`."""
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    return spec is not None and spec.name == __spec__.name


def _extract(
    inputs: list[Path],
    out: Path,
    workers: int,
    timeout: float,
    max_memory: int,
    replace: bool,
    fresh: bool,
    formats: tuple[str, ...] = (),
) -> int:
    from ._optional import pyarrow_without_pandas
    from .export import AnalystDataset
    from .manifest import build_manifest
    from .write import DatasetError, use_system_memory_pool

    pyarrow_without_pandas()
    use_system_memory_pool()
    missing = [p for p in inputs if not os.path.lexists(p)]
    if missing:
        return _fail(f"no such file or folder: {', '.join(map(display_path, missing))}")
    try:
        plan = plan_inputs(inputs)
    except NoPdfError as exc:
        return _fail(f"{exc} (nothing was changed in {display_path(out)})")
    try:
        dataset = AnalystDataset.open(out, keep_versions=RUN.keep_versions, formats=formats)
    except DatasetError as exc:
        return _fail(str(exc))
    with dataset:
        try:
            known = set() if fresh else dataset.known_doc_ids()
        except DatasetError as exc:
            return _fail(str(exc))
        todo = [f for f in plan.files if fresh or replace or f.sha256 not in known]
        skipped = [f for f in plan.files if f not in todo]
        if not todo:
            err.print(
                f"nothing new: {len(skipped)} file(s) already in {escape(display_path(out))} "
                "(--replace reprocesses them, --fresh starts over)"
            )
            return 0
        before = dataset.current_version()
        try:
            with dataset.stage() as staged, _progress(len(todo)) as advance:

                def done(outcome: DocumentOutcome) -> None:
                    staged.add_document(outcome.document, outcome.rows, outcome.columns)
                    advance(outcome)

                result = run(
                    todo,
                    workers=workers,
                    timeout=timeout,
                    max_memory_mib=max_memory,
                    on_done=done,
                    keep_rows=False,  # staged as they come: held one document at a time
                    columnar=True,  # converted to Arrow by the workers (columnar.py)
                )
                info = _run_info(plan, skipped, fresh=fresh, replace=replace, max_memory=max_memory)
                manifest = build_manifest(result, staged.counts, info)
                version = dataset.publish_staged(staged, manifest, fresh=fresh)
        except KeyboardInterrupt as exc:
            if dataset.current_version() != before:
                err.print("[yellow]interrupted[/] after the new version was published")
                exc.reported = True  # type: ignore[attr-defined]
            raise
        except (DatasetError, OSError) as exc:
            return _fail(f"cannot write the dataset in {display_path(out)}: {exc}")
        manifest = dataset.read_manifest(version) or manifest
    _summary(result.outcomes, manifest, out, len(skipped), len(plan.duplicates))
    return 1 if result.not_ok else 0


def _fail(message: str) -> int:
    err.print(f"[red]error:[/] {escape(message)}")
    return EXIT_USAGE


def _run_info(
    plan: InputPlan, skipped: list[Any], *, fresh: bool, replace: bool, max_memory: int
) -> dict[str, Any]:
    return {
        "mode": "fresh" if fresh else ("replace" if replace else "incremental"),
        "max_memory_mib": max_memory,
        "skipped_existing": [{"path": display_path(f.path), "sha256": f.sha256} for f in skipped],
        "duplicates": plan.duplicates,
    }


@contextmanager
def _signals_interrupt() -> Iterator[None]:
    """SIGTERM behaves like Ctrl-C (cancel, publish nothing); both become Interrupted."""

    def handler(signum: int, frame: FrameType | None) -> None:
        raise Interrupted(signum)

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, h in previous.items():
            signal.signal(s, h)


class _progress:
    """A rich progress bar on a terminal, silence otherwise (logs, CI): off a
    terminal ``rich.progress`` is not even imported (about 20 ms of start-up)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.bar: Any = None
        if not sys.stderr.isatty():
            return
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
        )

    def __enter__(self):  # type: ignore[no-untyped-def]
        if self.bar is None:
            return lambda outcome: None
        self.bar.start()
        task = self.bar.add_task("extracting", total=self.total)

        def advance(outcome: DocumentOutcome) -> None:
            name = escape(str(outcome.document["source_file"])[:40])
            self.bar.update(task, advance=1, description=name)

        return advance

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def _summary(
    outcomes: list[DocumentOutcome],
    manifest: dict[str, Any],
    out: Path,
    skipped: int,
    duplicates: int,
) -> None:
    from rich.table import Table

    table = Table(title=f"aizu-extract → {escape(display_path(out))}", show_lines=False)
    for col in ("file", "type", "status", "pages", "numbers", "error"):
        table.add_column(col)
    shown = (
        outcomes if len(outcomes) <= RUN.summary_rows else [o for o in outcomes if o.status != "ok"]
    )
    if len(shown) < len(outcomes):
        table.caption = f"{len(outcomes) - len(shown)} ok documents not listed"
    for o in shown:
        d = o.document
        colour = {"ok": "green", "partial": "yellow", "failed": "red"}[o.status]
        table.add_row(
            escape(str(d["source_file"])),
            d["doc_type"],
            f"[{colour}]{o.status}[/]",
            str(d.get("page_count") or "-"),
            _numbers_share(d),
            escape(d.get("error") or ""),
        )
    err.print(table)
    run_counts = {s: sum(o.status == s for o in outcomes) for s in ("ok", "partial", "failed")}
    timing = manifest["timings"]
    dataset = manifest.get("dataset", {})
    rows = ", ".join(f"{k} {v}" for k, v in manifest["row_counts"].items())
    err.print(
        f"this run: ok {run_counts['ok']}, partial {run_counts['partial']}, "
        f"failed {run_counts['failed']}, skipped (already in dataset) {skipped}, "
        f"duplicates {duplicates} | {timing['pages']} pages in {timing['total_seconds']} s "
        f"({timing['pages_per_second']} pages/s)"
    )
    err.print(
        f"dataset {dataset.get('version', '?')}: {dataset.get('documents', '?')} documents | "
        f"rows: {rows}"
    )


def _numbers_share(d: dict[str, Any]) -> str:
    """``212/214 (99%)``: printed numbers accounted for (accounting.py)."""
    seen, assigned = d.get("numbers_seen"), d.get("numbers_assigned")
    if seen is None or assigned is None:
        return "-"
    share = 100.0 if not seen else 100.0 * assigned / seen
    return f"{assigned}/{seen} ({share:.0f}%)"


@app.command()
def inspect(
    file: Annotated[Path, typer.Argument(help="One PDF to draw.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the PNGs.")] = Path(
        "inspect"
    ),
    pages: Annotated[
        str | None, typer.Option("--pages", help="Pages to draw, e.g. 1,3-4 (default all).")
    ] = None,
) -> None:
    """Draw each page with its rulings, cells, values by table and unassigned numbers."""
    from .inspect import InspectError, inspect_file

    try:
        written = inspect_file(file, out, pages)
    except InspectError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    for path in written:
        typer.echo(display_path(path))


@app.command()
def report(
    out: Annotated[Path, typer.Argument(help="Dataset folder written by extract.")] = Path("out"),
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="HTML file to write (default OUT/report.html)."),
    ] = None,
) -> None:
    """Write one self-contained HTML report of the dataset in OUT (opens without network)."""
    from .report import write_report

    try:
        path = write_report(out, output)
    except (FileNotFoundError, OSError) as exc:
        raise typer.Exit(_fail(str(exc))) from None
    err.print(f"report: {escape(display_path(path))}")


if __name__ == "__main__":
    app()
