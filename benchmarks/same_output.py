"""Compare two ``aizu-extract extract`` outputs table by table, row by row.

    python benchmarks/same_output.py BEFORE_OUT AFTER_OUT

A speed change must not change a single row: every ``*.parquet`` of the two
published versions is read and compared in order (run ids and timestamps live
in ``manifest.json`` only, which is not compared). Exit status 1 on any
difference, with the first differing row of each table.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow.parquet as pq


def _rows(path: Path) -> list[dict[str, object]]:
    return pq.read_table(path).to_pylist()


def compare(before: Path, after: Path) -> list[str]:
    """One line per table that differs (missing, row count, first differing row)."""
    problems = []
    names = sorted({p.name for p in (*before.glob("*.parquet"), *after.glob("*.parquet"))})
    for name in names:
        a, b = before / name, after / name
        if not a.exists() or not b.exists():
            problems.append(f"{name}: only in {'after' if b.exists() else 'before'}")
            continue
        ra, rb = _rows(a), _rows(b)
        if ra == rb:
            continue
        if len(ra) != len(rb):
            problems.append(f"{name}: {len(ra)} rows before, {len(rb)} after")
            continue
        i = next(i for i, (x, y) in enumerate(zip(ra, rb, strict=True)) if x != y)
        problems.append(f"{name}: row {i} differs:\n  before {ra[i]}\n  after  {rb[i]}")
    return problems


def main() -> None:
    before, after = (Path(p) for p in sys.argv[1:3])
    problems = compare(before, after)
    tables = len(list(before.glob("*.parquet")))
    print("\n".join(problems) or f"identical: {tables} tables")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
