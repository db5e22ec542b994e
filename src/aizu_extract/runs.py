"""Ordered group-bys in Arrow: rows sorted so that every group is one run of rows.

The series tables (series.py) put side by side the rows of one indicator and
year (or one budget line and year), in a fixed order within each group (the
newest document first, then by page), and keep every row of the group as a
list (``sources``). Sorting once by group and order makes each group a run of
consecutive rows; a run's first row, its lists (an Arrow list array is offsets
into the sorted rows) and its ordered aggregates then cost Arrow compute, not
a Python dict per row: a year of a city's documents is ~100,000 rows, a
researcher's run over every municipality tens of millions, all in the
command's one process at publish time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

__all__ = [
    "Runs",
    "changed",
    "disagrees",
    "distinct_rows",
    "first_valid",
    "flag_lists",
    "run_any",
    "run_lists",
    "sorted_runs",
]


@dataclass(frozen=True, slots=True)
class Runs:
    """``table`` sorted by its group keys; ``starts``: each group's first row."""

    table: pa.Table
    starts: pa.Array  # int64, one per group, ascending
    run: pa.Array  # int64: the group of each row (0, 1, …)

    @property
    def count(self) -> int:
        return len(self.starts)

    def first(self, column: str) -> pa.Array:
        """The column's value on each group's first row."""
        return pc.take(self.table.column(column), self.starts)

    def offsets(self) -> pa.Array:
        """List offsets of the groups over the sorted rows."""
        return _offsets(self.starts, self.table.num_rows)


def changed(values: pa.Array) -> pa.Array:
    """Whether each row's value differs from the row before (the first row: True);
    null is a value of its own, as in Python's ``!=``."""
    n = len(values)
    if n == 0:
        return pa.array([], pa.bool_())
    now, before = values.slice(1), values.slice(0, n - 1)
    differs = pc.fill_null(pc.not_equal(now, before), False)
    null_side = pc.xor(pc.is_null(now), pc.is_null(before))
    return pa.concat_arrays([pa.array([True]), pc.or_(differs, null_side)])


def sorted_runs(table: pa.Table, keys: Sequence[str], order: Sequence[str]) -> Runs:
    """``table`` sorted by ``keys`` then ``order`` (ascending, nulls last, stable: rows
    that tie keep their order), cut into runs of equal ``keys``."""
    by = [(name, "ascending") for name in (*keys, *order)]
    indices = pc.sort_indices(table, sort_keys=by)  # nulls last: Arrow's default
    rows = table.take(indices).combine_chunks()
    if rows.num_rows == 0:
        empty = pa.array([], pa.int64())
        return Runs(rows, empty, empty)
    new = _any([changed(_single(rows.column(k))) for k in keys])
    starts = pc.cast(pc.indices_nonzero(new), pa.int64())
    run = pc.subtract(pc.cumulative_sum(pc.cast(new, pa.int64())), 1)
    return Runs(rows, starts, run)


def first_valid(runs: Runs, values: pa.Array) -> pa.Array:
    """Each group's first non-null value in row order (null when it has none)."""
    nulls_last = pc.sort_indices(
        pa.table({"run": runs.run, "null": pc.is_null(values)}),
        sort_keys=[("run", "ascending"), ("null", "ascending")],
    )  # stable: within a group, the valid rows keep their order
    return pc.take(values, pc.take(nulls_last, runs.starts))


def disagrees(runs: Runs, values: pa.Array) -> pa.Array:
    """Whether a group holds two different non-null values (as Python's ``==``
    tells them: -0.0 is 0.0, and NaN is never equal to itself)."""
    order = pc.sort_indices(
        pa.table({"run": runs.run, "null": pc.is_null(values), "value": values}),
        sort_keys=[("run", "ascending"), ("null", "ascending"), ("value", "ascending")],
    )
    ordered, run = pc.take(values, order), pc.take(runs.run, order)
    other = pc.and_(pc.and_(changed(ordered), pc.is_valid(ordered)), pc.invert(changed(run)))
    return run_any(runs, other)


def run_any(runs: Runs, flags: pa.Array) -> pa.Array:
    """Whether any row of each group is flagged (rows in the groups' order)."""
    count = pc.cast(pc.fill_null(flags, False), pa.int64())
    total = pc.cumulative_sum(count)
    ends = pc.subtract(_offsets(runs.starts, runs.table.num_rows).slice(1), 1)
    before = pc.subtract(pc.take(total, runs.starts), pc.take(count, runs.starts))
    return pc.greater(pc.subtract(pc.take(total, ends), before), 0)


def run_lists(runs: Runs, values: pa.Array, keep: pa.Array | None = None) -> pa.ListArray:
    """One list per group: its rows' ``values`` in row order, only the rows where
    ``keep`` is true when it is given (every group keeps its first row: ``keep``
    must be true there)."""
    if keep is None:
        return pa.ListArray.from_arrays(runs.offsets(), values)
    kept = pc.filter(values, keep)
    before = pc.subtract(pc.cumulative_sum(pc.cast(keep, pa.int64())), 1)
    return pa.ListArray.from_arrays(_offsets(pc.take(before, runs.starts), len(kept)), kept)


def flag_lists(names: Sequence[str], flags: Sequence[pa.Array]) -> pa.ListArray:
    """One list per group: the ``names`` whose ``flags`` (one boolean array per name,
    a value per group; null is false) are true there, in the order of ``names``."""
    flags = [pc.fill_null(f, False) for f in flags]
    groups = [pc.cast(pc.indices_nonzero(f), pa.int64()) for f in flags]
    labels = [pa.array([name] * len(g), pa.string()) for name, g in zip(names, groups, strict=True)]
    members = pa.table(
        {"group": pa.concat_arrays(groups), "name": pa.concat_arrays(labels)},
        schema=pa.schema([("group", pa.int64()), ("name", pa.string())]),
    )
    # stable: a group's names stay in the order of ``names``
    members = members.take(pc.sort_indices(members, sort_keys=[("group", "ascending")]))
    sizes = _sum([pc.cast(f, pa.int32()) for f in flags])
    offsets = pa.concat_arrays([pa.array([0], pa.int32()), pc.cumulative_sum(sizes)])
    return pa.ListArray.from_arrays(offsets, _single(members.column("name")))


def _sum(counts: list[pa.Array]) -> pa.Array:
    out = counts[0]
    for c in counts[1:]:
        out = pc.add(out, c)
    return out


def _offsets(starts: pa.Array, end: int) -> pa.Array:
    return pa.concat_arrays([pc.cast(starts, pa.int32()), pa.array([end], pa.int32())])


def _single(column: pa.ChunkedArray | pa.Array) -> pa.Array:
    if isinstance(column, pa.ChunkedArray):
        return column.combine_chunks()
    return column


def _any(flags: list[pa.Array]) -> pa.Array:
    out = flags[0]
    for f in flags[1:]:
        out = pc.or_(out, f)
    return out


def distinct_rows(table: pa.Table, columns: Sequence[str]) -> tuple[list[dict[str, Any]], pa.Array]:
    """The distinct combinations of ``columns`` (null is a value) as Python rows, and
    the index of each row's combination: what a per-row Python function needs when
    its result depends on those columns only (made once per combination)."""
    code = pa.array([0] * table.num_rows, pa.int64())
    for name in columns:
        part = pc.dictionary_encode(_single(table.column(name)))
        width = len(part.dictionary) + 1  # the last code: null
        index = pc.fill_null(pc.cast(part.indices, pa.int64()), width - 1)
        # numbered again at each column, so the code stays below the row count
        code = _codes(pc.add(pc.multiply(code, width), index))
    count = int(pc.max(code).as_py()) + 1 if len(code) else 0
    first = pc.index_in(pa.array(range(count), pa.int64()), value_set=code)
    return table.select(list(columns)).take(first).to_pylist(), code


def _codes(values: pa.Array) -> pa.Array:
    """Each value's number in the order values first appear (0, 1, …)."""
    return pc.cast(pc.dictionary_encode(values).indices, pa.int64())
