"""The series tables as they were made before Arrow compute: one Python dict a row.

A test oracle (tests/test_series_arrow.py): the plain reading of what
kpi_series and budget_series mean, which series.py now computes by sorting
once and cutting the rows into runs (runs.py). Kept as it was when it was
replaced, except where a comment says.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow as pa

from aizu_extract.normalize.text import compact
from aizu_extract.series import (
    BASIS_COLUMNS,
    BUDGET_SERIES_SCHEMA,
    KPI_METRICS,
    KPI_SERIES_SCHEMA,
    _documents,
    unit_key,
)
from aizu_extract.settings import DEFAULT, SeriesSettings


def _distinct(values: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for v in values:
        if v is not None and v not in out:
            out.append(v)
    return out


def _doc_order(docs: Mapping[str, Mapping[str, Any]]) -> dict[str, tuple[int, str, str]]:
    """Newest document first: its spelling of a name is the one shown."""
    return {
        doc_id: (-(d.get("fiscal_year") or 0), str(d.get("source_file") or ""), doc_id)
        for doc_id, d in docs.items()
    }


def _unknown(doc_id: str) -> tuple[int, str, str]:
    """A document the table does not list: with the undated, by doc_id (the one
    change from the per-row version, where such documents tied)."""
    return (0, "", doc_id)


def kpi_series(
    kpi_values: pa.Table, documents: pa.Table, settings: SeriesSettings = DEFAULT.series
) -> pa.Table:
    """One row per kpi_key × fiscal_year, the metrics side by side (see module doc)."""
    docs = _documents(documents)
    order = _doc_order(docs)
    table = kpi_values
    if "kpi_key" not in table.column_names or table.column("kpi_key").null_count:
        raise AssertionError("the oracle takes keyed rows")
    columns = ["kpi_key", "doc_id", "page", "kind", "kpi_name", "unit", "fiscal_year"]
    rows = table.select([*columns, "metric", "value", "value_text"]).to_pylist()
    groups: dict[tuple[str, int | None], list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault((r["kpi_key"], r["fiscal_year"]), []).append(r)
    out = []
    for (key, year), members in groups.items():
        members.sort(key=lambda r: (order.get(r["doc_id"], _unknown(r["doc_id"])), r["page"]))
        first = members[0]
        record: dict[str, Any] = {
            "kpi_key": key,
            "municipality": docs.get(first["doc_id"], {}).get("municipality"),
            "kind": first["kind"],
            "kpi_name": first["kpi_name"],
            "unit": next((r["unit"] for r in members if r["unit"]), None),
            "fiscal_year": year,
        }
        conflicts = []
        for metric in KPI_METRICS:
            values = _distinct(r["value"] for r in members if r["metric"] == metric)
            record[metric] = values[0] if len(values) == 1 else None
            if len(values) > 1:
                conflicts.append(metric)
        record["conflict"] = bool(conflicts)
        record["conflict_metrics"] = conflicts
        record["doc_ids"] = _distinct(r["doc_id"] for r in members)
        record["sources"] = [
            {
                "doc_id": r["doc_id"],
                "source_file": docs.get(r["doc_id"], {}).get("source_file"),
                "page": r["page"],
                "metric": r["metric"],
                "kpi_name": r["kpi_name"],
                "value": r["value"],
                "value_text": r["value_text"],
            }
            for r in members
        ]
        out.append(record)
    out.sort(key=lambda r: (r["kpi_key"], r["fiscal_year"] is None, r["fiscal_year"] or 0))
    return pa.Table.from_pylist(out, schema=KPI_SERIES_SCHEMA)


def budget_series(
    budget_lines: pa.Table, documents: pa.Table, settings: SeriesSettings = DEFAULT.series
) -> pa.Table:
    """One row per business unit × item × fiscal_year, 予算/見込み/決算 side by side.

    Figures printed under another basis word stay in ``sources`` only.
    """
    docs = _documents(documents)
    order = _doc_order(docs)
    columns = ["doc_id", "page", "business_unit", "item", "fiscal_year", "basis"]
    rows = budget_lines.select([*columns, "amount_yen", "value_text"]).to_pylist()
    groups: dict[tuple[str, str, int], list[dict[str, Any]]] = {}
    # A unit prints a line per item and year: its key and its items' are made once.
    unit_keys: dict[tuple[str, str], str] = {}
    items: dict[str, str] = {}
    for r in rows:
        unit = (r["doc_id"], r["business_unit"])
        key = unit_keys.get(unit)
        if key is None:
            municipality = docs.get(r["doc_id"], {}).get("municipality")
            key = unit_keys[unit] = unit_key(
                municipality, r["business_unit"], doc_id=r["doc_id"], settings=settings
            )
        item = items.get(r["item"])
        if item is None:
            item = items[r["item"]] = compact(r["item"])
        groups.setdefault((key, item, r["fiscal_year"]), []).append(r)
    out = []
    for (key, item, year), members in groups.items():
        members.sort(key=lambda r: (order.get(r["doc_id"], _unknown(r["doc_id"])), r["page"]))
        first = members[0]
        record: dict[str, Any] = {
            "unit_key": key,
            "municipality": docs.get(first["doc_id"], {}).get("municipality"),
            "business_unit": first["business_unit"],
            "item": item,
            "fiscal_year": year,
        }
        conflicts = []
        for basis, column in BASIS_COLUMNS.items():
            values = _distinct(r["amount_yen"] for r in members if r["basis"] == basis)
            record[column] = values[0] if len(values) == 1 else None
            if len(values) > 1:
                conflicts.append(basis)
        record["conflict"] = bool(conflicts)
        record["conflict_bases"] = conflicts
        record["doc_ids"] = _distinct(r["doc_id"] for r in members)
        record["sources"] = [
            {
                "doc_id": r["doc_id"],
                "source_file": docs.get(r["doc_id"], {}).get("source_file"),
                "page": r["page"],
                "basis": r["basis"],
                "business_unit": r["business_unit"],
                "amount_yen": r["amount_yen"],
                "value_text": r["value_text"],
            }
            for r in members
        ]
        out.append(record)
    out.sort(key=lambda r: (r["unit_key"], r["item"], r["fiscal_year"]))
    return pa.Table.from_pylist(out, schema=BUDGET_SERIES_SCHEMA)
