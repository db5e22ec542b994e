"""Series across documents: one indicator (or one budget line) followed over the years.

The same KPI is printed in next year's evaluation sheet, in the strategy and
in its revision, each time spelled a little differently (``取り組み``/``取組``,
full-width digits, a ``※`` note glued to the name). :func:`kpi_key` gives all
of them one stable key, built in one place (:mod:`keys`, re-exported here):

    municipality | kind | Sudachi-normalised name | unit

and :func:`kpi_series` / :func:`budget_series` put the values of one key and
year side by side. Values that disagree between documents (or within one) are
never averaged: the metric column stays null, the metric is named in
``conflict_metrics`` and every printed value is kept in ``sources`` with its
file and page, so an analyst sees both and decides.

Documents that do not name their municipality get ``doc:<doc_id prefix>`` as
the municipality part: indicators of unnamed towns are not merged on a guess.

Pure functions over Arrow tables (no pandas): they run in the writer path.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow as pa

from .keys import indicator_name_key, kpi_key, row_keys, unit_key
from .normalize.text import compact
from .settings import DEFAULT, SeriesSettings

__all__ = [
    "BUDGET_SERIES_SCHEMA",
    "DERIVED_SCHEMAS",
    "KPI_METRICS",
    "KPI_SERIES_SCHEMA",
    "budget_series",
    "derive",
    "indicator_name_key",
    "kpi_key",
    "kpi_series",
    "unit_key",
    "with_kpi_keys",
]

KPI_METRICS = ("baseline", "target", "actual", "forecast", "achievement_rate")
# budget_lines.basis → column of budget_series (the contract's three bases).
BASIS_COLUMNS = {"予算": "budget_yen", "見込み": "estimate_yen", "決算": "settlement_yen"}

_SOURCE_KPI = pa.struct(
    [
        ("doc_id", pa.string()),
        ("source_file", pa.string()),
        ("page", pa.int32()),
        ("metric", pa.string()),
        ("kpi_name", pa.string()),
        ("value", pa.float64()),
        ("value_text", pa.string()),
    ]
)
_SOURCE_BUDGET = pa.struct(
    [
        ("doc_id", pa.string()),
        ("source_file", pa.string()),
        ("page", pa.int32()),
        ("basis", pa.string()),
        ("business_unit", pa.string()),
        ("amount_yen", pa.int64()),
        ("value_text", pa.string()),
    ]
)

KPI_SERIES_SCHEMA = pa.schema(
    [
        pa.field("kpi_key", pa.string(), nullable=False),
        pa.field("municipality", pa.string()),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("kpi_name", pa.string(), nullable=False),
        pa.field("unit", pa.string()),
        pa.field("fiscal_year", pa.int32()),
        *(pa.field(m, pa.float64()) for m in KPI_METRICS),
        pa.field("conflict", pa.bool_(), nullable=False),
        pa.field("conflict_metrics", pa.list_(pa.string()), nullable=False),
        pa.field("doc_ids", pa.list_(pa.string()), nullable=False),
        pa.field("sources", pa.list_(_SOURCE_KPI), nullable=False),
    ]
)
BUDGET_SERIES_SCHEMA = pa.schema(
    [
        pa.field("unit_key", pa.string(), nullable=False),
        pa.field("municipality", pa.string()),
        pa.field("business_unit", pa.string(), nullable=False),
        pa.field("item", pa.string(), nullable=False),
        pa.field("fiscal_year", pa.int32(), nullable=False),
        *(pa.field(c, pa.int64()) for c in BASIS_COLUMNS.values()),
        pa.field("conflict", pa.bool_(), nullable=False),
        pa.field("conflict_bases", pa.list_(pa.string()), nullable=False),
        pa.field("doc_ids", pa.list_(pa.string()), nullable=False),
        pa.field("sources", pa.list_(_SOURCE_BUDGET), nullable=False),
    ]
)
DERIVED_SCHEMAS: dict[str, pa.Schema] = {
    "kpi_series": KPI_SERIES_SCHEMA,
    "budget_series": BUDGET_SERIES_SCHEMA,
}


# -- keys ---------------------------------------------------------------------------


def _documents(documents: pa.Table) -> dict[str, dict[str, Any]]:
    return {d["doc_id"]: d for d in documents.select(_DOC_COLUMNS).to_pylist()}


_DOC_COLUMNS = ["doc_id", "source_file", "municipality", "fiscal_year"]


def with_kpi_keys(
    kpi_values: pa.Table, documents: pa.Table, settings: SeriesSettings = DEFAULT.series
) -> pa.Table:
    """``kpi_values`` with its ``kpi_key`` column filled (same schema, same row order)."""
    rows = kpi_values.select(["doc_id", "kind", "kpi_name", "unit"]).to_pylist()
    keys = pa.array(row_keys(rows, _documents(documents), settings), pa.string())
    if "kpi_key" in kpi_values.column_names:
        index = kpi_values.column_names.index("kpi_key")
        return kpi_values.set_column(index, kpi_values.schema.field(index), keys)
    return kpi_values.append_column(pa.field("kpi_key", pa.string()), keys)


# -- series -------------------------------------------------------------------------


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


def kpi_series(
    kpi_values: pa.Table, documents: pa.Table, settings: SeriesSettings = DEFAULT.series
) -> pa.Table:
    """One row per kpi_key × fiscal_year, the metrics side by side (see module doc)."""
    docs = _documents(documents)
    order = _doc_order(docs)
    table = kpi_values
    if "kpi_key" not in table.column_names or table.column("kpi_key").null_count:
        table = with_kpi_keys(table, documents, settings)
    columns = ["kpi_key", "doc_id", "page", "kind", "kpi_name", "unit", "fiscal_year"]
    rows = table.select([*columns, "metric", "value", "value_text"]).to_pylist()
    groups: dict[tuple[str, int | None], list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault((r["kpi_key"], r["fiscal_year"]), []).append(r)
    out = []
    for (key, year), members in groups.items():
        members.sort(key=lambda r: (order.get(r["doc_id"], (0, "", "")), r["page"]))
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
        members.sort(key=lambda r: (order.get(r["doc_id"], (0, "", "")), r["page"]))
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


def derive(
    tables: Mapping[str, pa.Table], settings: SeriesSettings = DEFAULT.series
) -> dict[str, pa.Table]:
    """What the writer adds to a version: keyed kpi_values and the two series tables."""
    documents = tables["documents"]
    keyed = with_kpi_keys(tables["kpi_values"], documents, settings)
    return {
        "kpi_values": keyed,
        "kpi_series": kpi_series(keyed, documents, settings),
        "budget_series": budget_series(tables["budget_lines"], documents, settings),
    }
