"""One document end to end: load → layout → parser → contract validation.

``process_file`` is the whole per-document chain and never raises: whatever
goes wrong becomes a ``documents`` row with ``status`` and a one-line
``error``, and a bad character inside a value is a ``rejects`` row, not a
failed document. This is what a pool worker runs (the fork server imports
this module once, through :mod:`warm`; :mod:`batch`, which the main process
imports, does not);
the run itself (planning, the pool) is :mod:`batch`, re-exported here.
"""

from __future__ import annotations

import gc
import hashlib
import os
import re
import resource
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from . import keys
from . import problems as problem_channel
from .accounting import Accounting, Tally, account
from .batch import (
    RETIRE_EXIT,
    DocumentOutcome,
    InputFile,
    InputPlan,
    NoPdfError,
    RunResult,
    _has_surrogate,
    _one_line,
    _path_id,
    clean_text,
    display_path,
    file_sha256,
    find_pdfs,
    json_safe,
    plan_inputs,
    run,
)
from .layout import build_document_layout
from .load import LoadError, collector_paused, load_pdf
from .models import TABLES, Document, Reject
from .parsers import classify
from .parsers.base import Extraction, Record
from .settings import DEFAULT, Settings

__all__ = [
    "DATA_TABLES",
    "DocumentOutcome",
    "InputFile",
    "InputPlan",
    "NoPdfError",
    "RunResult",
    "clean_text",
    "display_path",
    "file_sha256",
    "find_pdfs",
    "json_safe",
    "plan_inputs",
    "process_file",
    "run",
]

DATA_TABLES = ("kpi_values", "business_units", "budget_lines", "structure")

# How MuPDF reports an allocation refused by the address-space ceiling.
_ALLOC_FAILED = re.compile(r"\b(?:m|c|re)alloc\b.*\bfailed\b|out of memory", re.IGNORECASE)
# Document fields that may be dropped (set to null) when their value is invalid.
_OPTIONAL_DOCUMENT_FIELDS = ("municipality", "title", "fiscal_year", "page_count")

# Set in each pool worker by _init_worker: the ceiling (also for the error message),
# and whether this worker hit it and must be replaced before its next document.
_worker_memory_mib: int | None = None
_worker_retiring = False


def process_file(path: Path, settings: Settings = DEFAULT) -> DocumentOutcome:
    """Run one document end to end; never raises (KeyboardInterrupt aside)."""
    started = time.perf_counter()
    doc_id = _path_id(path)
    outcome: DocumentOutcome | None = None
    error: str | None = None
    try:
        if not path.is_file():  # a FIFO or device named on the command line would block
            raise OSError(0, "not a regular file")
        data = path.read_bytes()
    except OSError as exc:
        error = f"cannot read file: {exc.strerror or exc}"
    except MemoryError:
        _lift_ceiling()
        _retire_worker()
        error = _memory_error()
    else:
        doc_id = hashlib.sha256(data).hexdigest()
        try:
            with collector_paused(settings.run.pause_collector):
                outcome = _process_bytes(path, doc_id, data, settings)
        except MemoryError:
            _lift_ceiling()
            _retire_worker()
            error = _memory_error()
        except Exception as exc:  # last resort: a bug here must not take the run down
            error = f"internal error: {_one_line(exc)}"
        del data
    if outcome is None:  # built outside the except clauses: their tracebacks are freed
        outcome = _failed(path, doc_id, error or "internal error", settings)
    outcome.seconds = time.perf_counter() - started
    return outcome


def _process_bytes(path: Path, doc_id: str, data: bytes, settings: Settings) -> DocumentOutcome:
    problem_channel.mupdf_repairs()  # forget what an earlier document left
    loaded, error = _guarded("corrupt PDF", load_pdf, path, data, settings.load)
    repaired = problem_channel.mupdf_repairs()
    if loaded is None:
        return _failed(path, doc_id, error or "corrupt PDF", settings)
    page_count = loaded.page_count
    parsed, error = _guarded("parser error", _parse, loaded, settings)
    if parsed is None:
        return _failed(path, doc_id, error or "parser error", settings, page_count)
    extraction, title, accounting = parsed
    del loaded
    outcome, error = _guarded(
        "validation error",
        _validate,
        path,
        doc_id,
        page_count,
        extraction,
        title,
        settings,
        accounting,
        repaired,
    )
    if outcome is None:
        return _failed(path, doc_id, error or "validation error", settings, page_count)
    return outcome


def _parse(loaded: Any, settings: Settings) -> tuple[Extraction, str | None, Accounting | None]:
    layout = build_document_layout(loaded, settings.layout)
    parser = classify(layout, settings)
    extraction = parser.parse(layout) if parser else Extraction(doc_type="unknown")
    try:  # every printed number's fate (accounting.py); a bug there costs no rows
        accounting: Accounting | None = account(layout, extraction, settings.accounting)
    except Exception as exc:
        accounting = None
        extraction.warnings.append(f"accounting error: {_one_line(exc)}")
    return extraction, extraction.title or loaded.metadata_title, accounting


def _guarded(stage: str, fn: Callable[..., Any], *args: Any) -> tuple[Any, str | None]:
    """``fn(*args)`` and None, or None and the one-line reason it failed.

    The reason is computed inside the except clause and the exception is
    dropped on return, so the memory its traceback pins (a half-read page
    when the memory ceiling was hit) is free before the failure row is built.
    LoadError is the loader's verdict, kept as is; any other exception out of
    loading is a PyMuPDF error it did not wrap (``page_count``, metadata).
    """
    memory = False
    try:
        return fn(*args), None
    except MemoryError:
        _lift_ceiling()
        memory = True
        error = _memory_error()
    except Exception as exc:
        _lift_ceiling()  # the reason may need memory the document left in use
        memory = _is_memory_failure(exc)
        if memory:
            error = _memory_error()
        elif isinstance(exc, LoadError):
            error = str(exc)
        else:
            error = f"{stage}: {_one_line(exc)}"
    if memory:
        _retire_worker()
        gc.collect()
    else:
        _restore_ceiling()
    return None, error


def _is_memory_failure(exc: BaseException | None) -> bool:
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, MemoryError) or _ALLOC_FAILED.search(str(exc)):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _memory_error() -> str:
    if _worker_memory_mib:
        return f"memory limit exceeded ({_worker_memory_mib} MiB)"
    return "out of memory"


def _failed(
    path: Path,
    doc_id: str,
    error: str,
    settings: Settings = DEFAULT,
    page_count: int | None = None,
) -> DocumentOutcome:
    document = Document(
        doc_id=doc_id,
        source_file=display_path(path.name),
        doc_type="unknown",
        page_count=page_count,
        status="failed",
        error=clean_text(" ".join(error.split()))[: settings.run.error_chars],
    ).model_dump()
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES if t != "documents"}
    rows["problems"] = [problem_channel.failed(doc_id, document["error"])]
    return DocumentOutcome(source=path, document=document, rows=rows)


def _scrub_record(record: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The record with lone surrogates replaced, and the names of the fields that had them."""
    clean: dict[str, Any] = {}
    bad: list[str] = []
    for key, value in record.items():
        if isinstance(value, str) and _has_surrogate(value):
            value = clean_text(value)
            bad.append(str(key))
        elif isinstance(value, list) and any(
            isinstance(v, str) and _has_surrogate(v) for v in value
        ):
            value = [clean_text(v) if isinstance(v, str) else v for v in value]
            bad.append(str(key))
        clean[str(key)] = value
    return clean, bad


def _reject(doc_id: str, settings: Settings, **fields: Any) -> dict[str, Any]:
    """A rejects row that is always valid, whatever the parser handed over."""
    page = fields.get("page")
    row = {
        "page": page if isinstance(page, int) and not isinstance(page, bool) else None,
        "table": clean_text(str(fields.get("table") or "(unknown)")),
        "field": clean_text(str(fields.get("field") or "(record)")),
        "value_text": clean_text(str(fields.get("value_text") or "")),
        "reason": clean_text(str(fields.get("reason") or "rejected"))[: settings.run.error_chars],
        "code": clean_text(str(fields["code"])) if fields.get("code") else None,
    }
    try:
        return Reject(doc_id=doc_id, **row).model_dump()
    except ValidationError:  # e.g. a page number outside int32
        return Reject(doc_id=doc_id, **{**row, "page": None}).model_dump()


def _surrogate_reject(
    doc_id: str, table: str, name: str, record: Mapping[str, Any], settings: Settings
) -> dict[str, Any]:
    value = record.get(name)
    text = " ".join(value) if isinstance(value, list) else str(value)
    return _reject(
        doc_id,
        settings,
        page=record.get("page"),
        table=table,
        field=name,
        value_text=text,
        reason="unreadable character (lone surrogate code point) replaced by U+FFFD",
        code="text.lone_surrogate",
    )


@dataclass(frozen=True, slots=True)
class ContractRows:
    """A document's records as contract rows, and the rejects of making them: the
    parser's own, then each table's (a split document's pieces make theirs each,
    and the merge joins them table by table: the order of the whole document's)."""

    rows: dict[str, list[dict[str, Any]]]
    parser_rejects: list[dict[str, Any]]
    table_rejects: dict[str, list[dict[str, Any]]]


def contract_rows(doc_id: str, ex: Extraction, settings: Settings = DEFAULT) -> ContractRows:
    """Every record of ``ex`` validated against its contract model (see :func:`_validate`)."""
    parts = ContractRows({t: [] for t in DATA_TABLES}, [], {t: [] for t in DATA_TABLES})
    rows, rejects = parts.rows, parts.parser_rejects
    for raw in ex.rejects:
        if isinstance(raw, Mapping):
            rejects.append(_reject(doc_id, settings, **_scrub_record(raw)[0]))
        else:  # a parser bug: keep what it said, as text
            rejects.append(_reject(doc_id, settings, value_text=repr(raw), code="parser.reject"))
    for table in DATA_TABLES:
        model = TABLES[table]
        rejects = parts.table_rejects[table]
        for record in getattr(ex, table):
            try:
                clean, bad = _scrub_record(record)
            except AttributeError:  # not a mapping at all
                rejects.append(
                    _reject(
                        doc_id,
                        settings,
                        table=table,
                        value_text=repr(record),
                        reason="record is not a mapping",
                        code="contract.invalid_record",
                    )
                )
                continue
            rejects.extend(_surrogate_reject(doc_id, table, name, clean, settings) for name in bad)
            try:
                rows[table].append(model(doc_id=doc_id, **clean).model_dump())
            except ValidationError as err:
                rejects.extend(_validation_rejects(doc_id, table, clean, err, settings))
            except TypeError as err:  # e.g. a record carrying its own doc_id
                rejects.append(
                    _reject(
                        doc_id,
                        settings,
                        page=clean.get("page"),
                        table=table,
                        value_text=repr(clean),
                        reason=str(err),
                        code="contract.invalid_record",
                    )
                )
    return parts


def _validate(
    path: Path,
    doc_id: str,
    page_count: int,
    ex: Extraction,
    title: str | None,
    settings: Settings = DEFAULT,
    accounting: Accounting | Tally | None = None,
    repaired: list[str] | None = None,
    parts: ContractRows | None = None,
) -> DocumentOutcome:
    """Turn raw records into contract rows; whatever fails becomes a reject.

    This is the boundary where parser output meets the contract, so it is
    also where text is made storable: a lone surrogate (a glyph without a
    valid Unicode mapping) becomes U+FFFD in the row plus one reject, instead
    of failing the document or crashing the Parquet writer.
    """
    if parts is None:
        parts = contract_rows(doc_id, ex, settings)
    rows: dict[str, list[dict[str, Any]]] = {t: parts.rows[t] for t in DATA_TABLES}
    rows["rejects"] = rejects = list(parts.parser_rejects)
    for table in DATA_TABLES:
        rejects.extend(parts.table_rejects[table])
    fields: dict[str, Any] = {
        "municipality": ex.municipality,
        "title": title,
        "fiscal_year": ex.fiscal_year,
        "page_count": page_count,
    }
    fields, bad = _scrub_record(fields)
    rejects.extend(_surrogate_reject(doc_id, "documents", name, fields, settings) for name in bad)
    warnings = [clean_text(str(w)) for w in ex.warnings]
    problems: list[str] = []
    if ex.doc_type == "unknown":
        problems.append(problem_channel.UNRECOGNISED)
    if repaired:
        problems.append(problem_channel.repaired_message(repaired))
    rows["unassigned"] = problem_channel.unassigned_rows(doc_id, accounting)
    if rows["unassigned"]:
        problems.append(problem_channel.unassigned_message(rows["unassigned"]))
    document = _document(path, doc_id, ex.doc_type, fields, rejects, problems, warnings, settings)
    if accounting is not None:
        document["numbers_seen"] = accounting.seen
        document["numbers_assigned"] = accounting.assigned
    checks = [
        {
            "doc_id": doc_id,
            "source_file": display_path(path.name),
            **(json_safe(c) if isinstance(c, Mapping) else {"detail": json_safe(c)}),
        }
        for c in ex.checks
    ]
    rows["problems"] = problem_channel.collect(
        doc_id,
        rejects=rejects,
        unassigned=rows["unassigned"],
        checks=checks,
        warnings=warnings,
        unrecognised=ex.doc_type == "unknown",
        repaired=repaired or [],
    )
    document["status"] = problem_channel.status_of(rows["problems"])  # derived from them
    if document["status"] == "ok":
        document["error"] = None
    outcome = DocumentOutcome(source=path, document=document, rows=rows, checks=checks)
    _key_rows(outcome, settings)
    return outcome


def validate(
    path: Path,
    doc_id: str,
    page_count: int,
    ex: Extraction,
    title: str | None,
    settings: Settings,
    accounting: Tally | None,
    parts: ContractRows,
) -> DocumentOutcome:
    """:func:`_validate` for the merge of a split document (split_check.py): the
    pieces' rows, joined in page order, and their document as the whole's."""
    return _validate(path, doc_id, page_count, ex, title, settings, accounting, [], parts)


def _key_rows(outcome: DocumentOutcome, settings: Settings) -> None:
    """Fill ``kpi_key`` and fold the document's names here, where Sudachi is loaded.

    Every input of a key is in this document (keys.py), so the keys are the
    writer's; a failure leaves them to the writer, as before, not the document.
    """
    kpi, budget = outcome.rows["kpi_values"], outcome.rows["budget_lines"]
    names = [r["kpi_name"] for r in kpi] + [r["business_unit"] for r in budget]
    try:
        folded = keys.document_name_keys(names)
        keys.fill_kpi_keys(kpi, outcome.doc_id, outcome.document["municipality"], settings.series)
    except MemoryError:
        raise  # the ceiling: handled as for any other stage
    except Exception:
        for row in kpi:
            row["kpi_key"] = None
        return
    outcome.name_keys = folded


def _document(
    path: Path,
    doc_id: str,
    doc_type: str,
    fields: dict[str, Any],
    rejects: list[dict[str, Any]],
    problems: list[str],
    warnings: list[str],
    settings: Settings,
) -> dict[str, Any]:
    """The documents row; an invalid optional field is nulled and rejected, not fatal."""
    for _ in range(2):
        try:
            Document(doc_id=doc_id, source_file="x", status="ok", doc_type="unknown", **fields)
            break
        except ValidationError as err:
            for issue in err.errors():
                name = str(issue["loc"][0]) if issue["loc"] else ""
                if name in _OPTIONAL_DOCUMENT_FIELDS and fields.get(name) is not None:
                    rejects.append(
                        _reject(
                            doc_id,
                            settings,
                            table="documents",
                            field=name,
                            value_text=str(fields[name]),
                            reason=f"{issue['msg']} (got {fields[name]!r})",
                            code=f"contract.{issue['type']}",
                        )
                    )
                    fields[name] = None
    summary = []
    if rejects:
        summary.append(f"{len(rejects)} value(s) rejected (see rejects)")
    summary.extend(warnings)
    summary.extend(problems)
    return Document(
        doc_id=doc_id,
        source_file=display_path(path.name),
        doc_type=doc_type if doc_type in ("policy_evaluation", "strategy") else "unknown",  # type: ignore[arg-type]
        status="partial" if summary else "ok",
        error="; ".join(summary)[: settings.run.document_error_chars] if summary else None,
        **fields,
    ).model_dump()


def _validation_rejects(
    doc_id: str, table: str, record: Record, err: ValidationError, settings: Settings
) -> list[dict[str, Any]]:
    out = []
    for issue in err.errors():
        field_name = ".".join(str(p) for p in issue["loc"]) or "(record)"
        value = record.get(str(issue["loc"][0])) if issue["loc"] else record
        out.append(
            _reject(
                doc_id,
                settings,
                page=record.get("page"),
                table=table,
                field=field_name,
                value_text=str(record.get("value_text", value)),
                reason=f"{issue['msg']} (got {value!r})",
                code=f"contract.{issue['type']}",
            )
        )
    return out


def _lift_ceiling() -> None:
    """Raise the soft address-space limit to the hard one while a failure is handled.

    Native code (pydantic-core, Rust) aborts the process instead of raising
    when an allocation is refused, and MuPDF does not give back all it took,
    so the failure row of a document that hit the ceiling is built without it.
    """
    if _worker_memory_mib is not None:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))


def _restore_ceiling() -> None:
    if _worker_memory_mib is not None and not _worker_retiring:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (_ceiling_bytes(_worker_memory_mib, hard), hard))


def _retire_worker() -> None:
    """Mark this worker as spent: it exits before its next document (see _worker_task)."""
    global _worker_retiring
    if _worker_memory_mib is not None:
        _worker_retiring = True


def _ceiling_bytes(max_memory_mib: int, hard: int) -> int:
    limit = max_memory_mib * 1024 * 1024
    return limit if hard == resource.RLIM_INFINITY else min(limit, hard)


def failed_outcome(
    path: Path, doc_id: str, error: str, settings: Settings = DEFAULT
) -> DocumentOutcome:
    """The outcome of a document that failed outside ``process_file`` (its worker died)."""
    return _failed(path, doc_id, error, settings)


def worker_retiring() -> bool:
    """Whether this worker hit its ceiling and must exit before its next task."""
    return _worker_retiring


def worker_task(
    path: Path, settings: Settings = DEFAULT, columnar: bool = False
) -> DocumentOutcome:
    """``process_file`` in a pool worker; a worker that hit its ceiling retires first.

    Its memory is not all returned (fragmentation, library caches), so it
    would start the next document already near the limit. It exits with
    ``RETIRE_EXIT`` before touching that document, and the pool reschedules it.
    With ``columnar`` the rows go back as Arrow IPC bytes (:func:`to_columns`).
    """
    if _worker_retiring:
        os._exit(RETIRE_EXIT)
    outcome = process_file(path, settings)
    if columnar:
        to_columns(outcome)
    return outcome


def to_columns(outcome: DocumentOutcome) -> None:
    """Move the outcome's rows into ``columns`` (Arrow IPC bytes, contract schema).

    The rows are already valid contract rows, so this is a change of form
    only. Should it fail all the same (a bug, the memory ceiling), the rows
    stay Python rows and the writer converts them as it always did: the
    document's output is the same either way.
    """
    from .columnar import encode_rows

    try:
        columns = encode_rows(outcome.rows)
    except MemoryError:
        _lift_ceiling()
        _retire_worker()
        return
    except Exception:
        return
    outcome.columns = columns
    outcome.rows = {}


def init_worker(max_memory_mib: int | None, gc_threshold: tuple[int, int, int] | None) -> None:
    """Pool worker start: cap its address space so one document cannot exhaust the machine,
    and tune its garbage collector (see RunSettings.gc_threshold)."""
    global _worker_memory_mib
    if gc_threshold is not None:
        gc.collect()
        gc.freeze()  # the modules and vocabularies imported at start-up: never garbage
        gc.set_threshold(*gc_threshold)
    if not max_memory_mib:
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = _ceiling_bytes(max_memory_mib, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    _worker_memory_mib = limit // (1024 * 1024)
