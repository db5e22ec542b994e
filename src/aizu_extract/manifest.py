"""The manifest: what the dataset holds, where it came from, what the last run did.

Timestamps and version ids live only here, so the Parquet files of two runs
over the same input are byte-identical. ``build_manifest`` describes one run;
``dataset_manifest`` folds it into the manifest of the dataset version the
writer publishes (inputs and checks of the documents kept from the previous
version, plus the run's), so ``inputs`` always lists exactly the documents
in ``documents.parquet``.
"""

from __future__ import annotations

import platform
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from . import CONTRACT_VERSION, __version__
from .batch import RunResult, display_path, json_safe

STATUSES = ("ok", "partial", "failed")


def build_manifest(
    result: RunResult,
    tables: Mapping[str, Sequence[Any] | int],
    run_info: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The manifest of one run over ``result``: ``tables`` are its rows, or their
    counts (a run whose rows were streamed to the writer keeps only those)."""
    pages = result.pages
    return {
        "contract_version": CONTRACT_VERSION,
        "tool": {
            "name": "aizu-extract",
            "version": __version__,
            "python": platform.python_version(),
        },
        "created_at": _now(),
        "inputs": [
            {
                "source_file": o.document["source_file"],
                "path": display_path(o.source),
                "sha256": o.document["doc_id"],
                "doc_type": o.document["doc_type"],
                "status": o.status,
                "error": o.document.get("error"),
                "pages": o.pages,
                "seconds": round(o.seconds, 3),
            }
            for o in result.outcomes
        ],
        "row_counts": {
            name: rows if isinstance(rows, int) else len(rows) for name, rows in tables.items()
        },
        "status_counts": {s: sum(o.status == s for o in result.outcomes) for s in STATUSES},
        "timings": {
            "total_seconds": round(result.seconds, 3),
            "pages": pages,
            "pages_per_second": round(pages / result.seconds, 2) if result.seconds else None,
        },
        "checks": [c for o in result.outcomes for c in o.checks],
        "run": json_safe(dict(run_info or {})),
    }


def dataset_manifest(
    run: Mapping[str, Any],
    previous: Mapping[str, Any] | None,
    *,
    documents: Sequence[Mapping[str, Any]],
    row_counts: Mapping[str, int],
    version: str,
    previous_version: str | None,
    based_on: str | None,
) -> dict[str, Any]:
    """The manifest of a published version: the previous one's entries for kept
    documents, the run's for its own, in the order of ``documents`` (doc_id, status)."""
    new_ids = {i.get("sha256") for i in run.get("inputs", ())}
    old_inputs = [i for i in (previous or {}).get("inputs", ()) if i.get("sha256") not in new_ids]
    by_id = {i.get("sha256"): i for i in [*old_inputs, *run.get("inputs", ())]}
    order = [d["doc_id"] for d in documents]
    inputs = [by_id[doc_id] for doc_id in order if doc_id in by_id]
    kept = set(order) - new_ids
    old_checks = [c for c in (previous or {}).get("checks", ()) if c.get("doc_id") in kept]
    run_section = dict(run.get("run") or {})
    run_section.setdefault("documents", len(run.get("inputs", ())))
    run_section.setdefault("status_counts", run.get("status_counts"))
    manifest = dict(run)
    manifest.update(
        {
            "created_at": run.get("created_at") or _now(),
            "dataset": {
                "version": version,
                "previous_version": previous_version,
                "based_on": based_on,
                "documents": len(order),
            },
            "inputs": inputs,
            "row_counts": dict(row_counts),
            "status_counts": {s: sum(d["status"] == s for d in documents) for s in STATUSES},
            "checks": [*old_checks, *run.get("checks", ())],
            "run": run_section,
        }
    )
    return manifest


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
