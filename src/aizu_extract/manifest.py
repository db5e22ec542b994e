"""The run's manifest: what was read, what came out, how long it took.

Timestamps live only here, so the Parquet files of two runs over the same
input are byte-identical.
"""

from __future__ import annotations

import platform
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from . import CONTRACT_VERSION, __version__
from .pipeline import RunResult


def build_manifest(result: RunResult, tables: Mapping[str, Sequence[Any]]) -> dict[str, Any]:
    pages = result.pages
    return {
        "contract_version": CONTRACT_VERSION,
        "tool": {
            "name": "aizu-extract",
            "version": __version__,
            "python": platform.python_version(),
        },
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "inputs": [
            {
                "source_file": o.source.name,
                "path": str(o.source),
                "sha256": o.document["doc_id"],
                "doc_type": o.document["doc_type"],
                "status": o.status,
                "error": o.document.get("error"),
                "pages": o.pages,
                "seconds": round(o.seconds, 3),
            }
            for o in result.outcomes
        ],
        "row_counts": {name: len(rows) for name, rows in tables.items()},
        "status_counts": {
            s: sum(o.status == s for o in result.outcomes) for s in ("ok", "partial", "failed")
        },
        "timings": {
            "total_seconds": round(result.seconds, 3),
            "pages": pages,
            "pages_per_second": round(pages / result.seconds, 2) if result.seconds else None,
        },
        "checks": [c for o in result.outcomes for c in o.checks],
    }
