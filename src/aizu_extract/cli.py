"""Command line: a thin layer over :func:`pipeline.run` and :func:`write.write_outputs`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .manifest import build_manifest
from .pipeline import DocumentOutcome, find_pdfs, run
from .write import write_outputs

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="aizu-extract: municipal planning PDFs (総合戦略, 行政評価 施策評価票) → Parquet.",
)
err = Console(stderr=True)


@app.callback()
def main() -> None:
    """aizu-extract: municipal planning PDFs (総合戦略, 行政評価 施策評価票) → Parquet."""


@app.command()
def extract(
    inputs: Annotated[
        list[Path], typer.Argument(help="PDF files or folders (searched recursively).")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out"),
    workers: Annotated[
        int, typer.Option(help="Worker processes; 0 runs in-process without a time limit.")
    ] = 1,
    timeout: Annotated[float, typer.Option(help="Time limit per document, seconds.")] = 300.0,
) -> None:
    """Extract every PDF under INPUTS into contract tables in OUT (atomically)."""
    missing = [p for p in inputs if not p.exists()]
    if missing:
        err.print(f"[red]no such file or folder:[/] {', '.join(map(str, missing))}")
        raise typer.Exit(2)
    total = len(find_pdfs(inputs))
    with _progress(total) as advance:
        result = run(inputs, workers=workers, timeout=timeout, on_done=advance)
    tables = result.table_rows()
    manifest = build_manifest(result, tables)
    write_outputs(out, tables, manifest)
    _summary(result.outcomes, manifest, out)
    if result.failed:
        raise typer.Exit(1)


class _progress:
    """A rich progress bar on a terminal, silence otherwise (logs, CI)."""

    def __init__(self, total: int) -> None:
        self.bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            disable=not sys.stderr.isatty(),
        )
        self.total = total

    def __enter__(self):  # type: ignore[no-untyped-def]
        self.bar.start()
        task = self.bar.add_task("extracting", total=self.total)

        def advance(outcome: DocumentOutcome) -> None:
            self.bar.update(task, advance=1, description=outcome.source.name[:40])

        return advance

    def __exit__(self, *exc: object) -> None:
        self.bar.stop()


def _summary(outcomes: list[DocumentOutcome], manifest: dict, out: Path) -> None:  # type: ignore[type-arg]
    table = Table(title=f"aizu-extract → {out}", show_lines=False)
    for col in ("file", "type", "status", "pages", "error"):
        table.add_column(col)
    for o in outcomes:
        d = o.document
        colour = {"ok": "green", "partial": "yellow", "failed": "red"}[o.status]
        table.add_row(
            o.source.name,
            d["doc_type"],
            f"[{colour}]{o.status}[/]",
            str(d.get("page_count") or "-"),
            d.get("error") or "",
        )
    err.print(table)
    counts = manifest["status_counts"]
    rows = ", ".join(f"{k} {v}" for k, v in manifest["row_counts"].items())
    timing = manifest["timings"]
    err.print(
        f"files: ok {counts['ok']}, partial {counts['partial']}, failed {counts['failed']} | "
        f"rows: {rows} | {timing['pages']} pages in {timing['total_seconds']} s "
        f"({timing['pages_per_second']} pages/s)"
    )


if __name__ == "__main__":
    app()
