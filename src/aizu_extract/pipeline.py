"""The run: find PDFs, process each in isolation, validate, collect rows.

``process_file`` is the whole per-document chain (load → layout → parser →
contract validation) and never raises: whatever goes wrong becomes a
``documents`` row with ``status`` and a one-line ``error``. ``run`` fans it out
over a process pool with a per-document time limit, so a pathological file
cannot stop the others, and returns everything the writer needs.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .layout import build_document_layout
from .load import LoadError, load_pdf
from .models import TABLES, Document, Reject
from .parsers import classify
from .parsers.base import Extraction, Record

DATA_TABLES = ("kpi_values", "business_units", "budget_lines", "structure")


@dataclass(slots=True)
class DocumentOutcome:
    """Everything one input file contributes to the output."""

    source: Path
    document: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    checks: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def status(self) -> str:
        return str(self.document["status"])

    @property
    def pages(self) -> int:
        return int(self.document.get("page_count") or 0)


def find_pdfs(inputs: Iterable[Path]) -> list[Path]:
    """Files given, plus ``*.pdf`` (any case) under directories, sorted and unique."""
    found: set[Path] = set()
    for item in inputs:
        if item.is_dir():
            found.update(p for p in item.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")
        else:
            found.add(item)
    return sorted(found, key=lambda p: (p.name, str(p)))


def process_file(path: Path) -> DocumentOutcome:
    """Run one document end to end; never raises."""
    started = time.perf_counter()
    try:
        data = path.read_bytes()
    except OSError as exc:
        doc_id = hashlib.sha256(str(path).encode()).hexdigest()
        outcome = _failed(path, doc_id, f"cannot read file: {exc.strerror or exc}")
    else:
        doc_id = hashlib.sha256(data).hexdigest()
        outcome = _process_bytes(path, doc_id, data)
    outcome.seconds = time.perf_counter() - started
    return outcome


def _process_bytes(path: Path, doc_id: str, data: bytes) -> DocumentOutcome:
    try:
        loaded = load_pdf(path, data)
    except LoadError as exc:
        return _failed(path, doc_id, str(exc))
    try:
        layout = build_document_layout(loaded)
        parser = classify(layout)
        extraction = parser.parse(layout) if parser else Extraction(doc_type="unknown")
        title = extraction.title or loaded.metadata_title
        return _validate(path, doc_id, loaded.page_count, extraction, title)
    except Exception as exc:  # a parser bug must not take the run down
        return _failed(
            path, doc_id, f"parser error: {type(exc).__name__}: {exc}"[:300], loaded.page_count
        )


def _failed(path: Path, doc_id: str, error: str, page_count: int | None = None) -> DocumentOutcome:
    document = Document(
        doc_id=doc_id,
        source_file=path.name,
        doc_type="unknown",
        page_count=page_count,
        status="failed",
        error=" ".join(error.split()),
    ).model_dump()
    return DocumentOutcome(
        source=path, document=document, rows={t: [] for t in TABLES if t != "documents"}
    )


def _validate(
    path: Path, doc_id: str, page_count: int, ex: Extraction, title: str | None
) -> DocumentOutcome:
    """Turn raw records into contract rows; whatever fails becomes a reject."""
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in (*DATA_TABLES, "rejects")}
    rejects = rows["rejects"]
    for raw in ex.rejects:
        rejects.append(Reject(doc_id=doc_id, **raw).model_dump())
    for table in DATA_TABLES:
        model = TABLES[table]
        for record in getattr(ex, table):
            try:
                rows[table].append(model(doc_id=doc_id, **record).model_dump())
            except ValidationError as err:
                rejects.extend(_validation_rejects(doc_id, table, record, err))
    problems = []
    if rejects:
        problems.append(f"{len(rejects)} value(s) rejected (see rejects)")
    problems.extend(ex.warnings)
    if ex.doc_type == "unknown":
        problems.append("unrecognised document: neither a policy evaluation sheet nor a strategy")
    status = "partial" if problems else "ok"
    document = Document(
        doc_id=doc_id,
        source_file=path.name,
        doc_type=ex.doc_type,  # type: ignore[arg-type]
        municipality=ex.municipality,
        title=title,
        fiscal_year=ex.fiscal_year,
        page_count=page_count,
        status=status,
        error="; ".join(problems)[:500] if problems else None,
    ).model_dump()
    checks = [{"doc_id": doc_id, "source_file": path.name, **c} for c in ex.checks]
    return DocumentOutcome(source=path, document=document, rows=rows, checks=checks)


def _validation_rejects(
    doc_id: str, table: str, record: Record, err: ValidationError
) -> list[dict[str, Any]]:
    out = []
    page = record.get("page") if isinstance(record.get("page"), int) else None
    for issue in err.errors():
        field_name = ".".join(str(p) for p in issue["loc"]) or "(record)"
        value = record.get(str(issue["loc"][0])) if issue["loc"] else record
        out.append(
            Reject(
                doc_id=doc_id,
                page=page,
                table=table,
                field=field_name,
                value_text=str(record.get("value_text", value)),
                reason=f"{issue['msg']} (got {value!r})"[:300],
                code=f"contract.{issue['type']}",
            ).model_dump()
        )
    return out


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

    def table_rows(self) -> dict[str, list[dict[str, Any]]]:
        tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        for o in self.outcomes:
            tables["documents"].append(o.document)
            for name, rows in o.rows.items():
                tables[name].extend(rows)
        return tables


def run(
    inputs: Sequence[Path],
    *,
    workers: int = 1,
    timeout: float = 300.0,
    on_done: Callable[[DocumentOutcome], None] | None = None,
) -> RunResult:
    """Process every PDF under ``inputs``; ``workers=0`` runs in this process (no time limit)."""
    started = time.perf_counter()
    paths = find_pdfs(inputs)
    if workers <= 0:
        outcomes = []
        for p in paths:
            outcomes.append(process_file(p))
            if on_done:
                on_done(outcomes[-1])
    else:
        outcomes = _run_pool(paths, workers, timeout, on_done)
    return RunResult(outcomes=outcomes, seconds=time.perf_counter() - started)


def _run_pool(
    paths: Sequence[Path],
    workers: int,
    timeout: float,
    on_done: Callable[[DocumentOutcome], None] | None,
) -> list[DocumentOutcome]:
    from pebble import ProcessExpired, ProcessPool

    outcomes: list[DocumentOutcome] = []
    with ProcessPool(max_workers=min(workers, max(1, len(paths)))) as pool:
        futures = [pool.schedule(process_file, args=(p,), timeout=timeout) for p in paths]
        for path, future in zip(paths, futures, strict=True):
            try:
                outcome = future.result()
            except FutureTimeout:
                outcome = _isolated_failure(path, f"timed out after {timeout:g} s")
            except ProcessExpired as exc:
                outcome = _isolated_failure(path, f"worker crashed (exit code {exc.exitcode})")
            except Exception as exc:
                outcome = _isolated_failure(path, f"internal error: {type(exc).__name__}: {exc}")
            outcomes.append(outcome)
            if on_done:
                on_done(outcome)
    return outcomes


def _isolated_failure(path: Path, error: str) -> DocumentOutcome:
    try:
        doc_id = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        doc_id = hashlib.sha256(str(path).encode()).hexdigest()
    return _failed(path, doc_id, error)
