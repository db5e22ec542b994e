"""Write stage: contract rows → Parquet files and manifest.json, atomically.

Every file is first written completely into a staging directory next to the
output and only then moved into place with ``os.replace`` (atomic on POSIX),
so an interrupted run leaves the previous good output untouched and never a
half-written file.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .models import SCHEMAS


def to_arrow(table: str, rows: Sequence[Mapping[str, Any]]) -> pa.Table:
    """Rows as an Arrow table with the contract schema (also when empty)."""
    schema = SCHEMAS[table]
    return pa.Table.from_pylist([dict(r) for r in rows], schema=schema)


def write_outputs(
    out_dir: Path, tables: Mapping[str, Sequence[Mapping[str, Any]]], manifest: Mapping[str, Any]
) -> list[Path]:
    """Write every contract table and the manifest; returns the final paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out_dir))
    try:
        staged: list[tuple[Path, Path]] = []
        for name in SCHEMAS:
            tmp = staging / f"{name}.parquet"
            pq.write_table(to_arrow(name, tables.get(name, ())), tmp, compression="zstd")
            staged.append((tmp, out_dir / tmp.name))
        tmp = staging / "manifest.json"
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        staged.append((tmp, out_dir / tmp.name))
        for tmp, _ in staged:
            _fsync(tmp)
        for tmp, final in staged:  # manifest last: it vouches for the tables
            os.replace(tmp, final)
        return [final for _, final in staged]
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
