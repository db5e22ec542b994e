"""The contract: committed schemas match the models; every column has its type."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from aizu_extract import contract
from aizu_extract.models import SCHEMAS, TABLES
from aizu_extract.schemas_export import render

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schemas"

# Column → Arrow type, typed from ../shared/docs/data-contract.md (v1).
CONTRACT = {
    "documents": {
        "doc_id": pa.string(),
        "source_file": pa.string(),
        "doc_type": pa.string(),
        "municipality": pa.string(),
        "title": pa.string(),
        "fiscal_year": pa.int32(),
        "page_count": pa.int32(),
        "status": pa.string(),
        "error": pa.string(),
    },
    "kpi_values": {
        "doc_id": pa.string(),
        "page": pa.int32(),
        "kind": pa.string(),
        "context": pa.string(),
        "subject": pa.string(),
        "kpi_no": pa.int32(),
        "kpi_name": pa.string(),
        "unit": pa.string(),
        "fiscal_year": pa.int32(),
        "year_label": pa.string(),
        "metric": pa.string(),
        "value": pa.float64(),
        "value_text": pa.string(),
        "qualifier": pa.string(),
    },
    "business_units": {
        "doc_id": pa.string(),
        "page": pa.int32(),
        "measure_no": pa.int32(),
        "unit_no": pa.int32(),
        "name": pa.string(),
        "department": pa.string(),
        "legal_basis": pa.string(),
        "next_year_policy": pa.string(),
        "is_priority": pa.bool_(),
        "population_goal": pa.string(),
        "sdg_targets": pa.list_(pa.string()),
        "summary": pa.string(),
    },
    "budget_lines": {
        "doc_id": pa.string(),
        "page": pa.int32(),
        "business_unit": pa.string(),
        "item": pa.string(),
        "fiscal_year": pa.int32(),
        "basis": pa.string(),
        "amount_yen": pa.int64(),
        "value_text": pa.string(),
    },
    "structure": {
        "doc_id": pa.string(),
        "page": pa.int32(),
        "level": pa.string(),
        "number": pa.string(),
        "title": pa.string(),
        "parent_number": pa.string(),
        "text": pa.string(),
    },
    "rejects": {
        "doc_id": pa.string(),
        "page": pa.int32(),
        "table": pa.string(),
        "field": pa.string(),
        "value_text": pa.string(),
        "reason": pa.string(),
    },
}


@pytest.mark.parametrize("table", sorted(CONTRACT))
def test_every_contract_column_has_its_type(table: str) -> None:
    schema = SCHEMAS[table]
    for column, type_ in CONTRACT[table].items():
        assert schema.field(column).type == type_, (table, column)


def test_committed_schemas_match_models() -> None:
    for name, content in render().items():
        committed = (SCHEMA_DIR / name).read_text(encoding="utf-8")
        assert committed == content, f"schemas/{name} is stale: run `make schemas`"


def test_packaged_arrow_schema_matches_models() -> None:
    """What the writer reads (contract.py) is what the models declare, column by column."""
    packaged = Path(contract.__file__).with_name(contract.ARROW_FILE).read_text(encoding="utf-8")
    assert packaged == render()[contract.ARROW_FILE], "run `make schemas`"
    assert contract.table_names() == tuple(TABLES)
    schemas = contract.arrow_schemas()
    assert list(schemas) == list(SCHEMAS)
    for name, schema in SCHEMAS.items():
        assert schemas[name].equals(schema), name
        assert [f.nullable for f in schemas[name]] == [f.nullable for f in schema], name


def test_packaged_schema_reads_every_contract_type() -> None:
    """Each Arrow type a column may have reads back from its printed form."""
    schemas = contract.arrow_schemas()
    assert schemas["kpi_values"].field("value").type == pa.float64()
    assert schemas["documents"].field("fiscal_year").type == pa.int32()
    assert schemas["documents"].field("fiscal_year").nullable
    assert not schemas["documents"].field("doc_id").nullable
    assert schemas["business_units"].field("sdg_targets").type == pa.list_(pa.string())
