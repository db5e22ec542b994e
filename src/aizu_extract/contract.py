"""The contract's tables as Arrow schemas, for a process that writes but never validates.

The pydantic models (:mod:`models`) are the contract. ``make schemas`` writes
their Arrow schemas into ``arrow_schema.json`` beside this module (and the same
file into ``schemas/`` for reviewers), and a test fails when either drifts from
the models. The command's main process only writes what the workers have
validated, so it reads the schemas from that file: building all eight pydantic
models (and importing pydantic) only to learn their columns cost it ~0.05 s of
CPU on every run, before its first document could be handed to a worker.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa

ARROW_FILE = "arrow_schema.json"

# The Arrow types a contract column can have, by the name models.Arrow gives them.
ARROW_TYPES: dict[str, Callable[[Any], pa.DataType]] = {
    "string": lambda pa: pa.string(),
    "int32": lambda pa: pa.int32(),
    "int64": lambda pa: pa.int64(),
    "float64": lambda pa: pa.float64(),
    "bool": lambda pa: pa.bool_(),
    "list<string>": lambda pa: pa.list_(pa.string()),
}


@cache
def _tables() -> dict[str, list[dict[str, Any]]]:
    text = resources.files(__package__).joinpath(ARROW_FILE).read_text(encoding="utf-8")
    tables: dict[str, list[dict[str, Any]]] = json.loads(text)["tables"]
    return tables


def table_names() -> tuple[str, ...]:
    """The contract's tables, in the order they are written (documents first)."""
    return tuple(_tables())


@cache
def arrow_schemas() -> dict[str, pa.Schema]:
    """Table name → Arrow schema, as :data:`models.SCHEMAS` (imports pyarrow)."""
    import pyarrow as pa

    by_text = {str(make(pa)): make(pa) for make in ARROW_TYPES.values()}
    return {
        name: pa.schema(
            [pa.field(c["name"], by_text[c["type"]], nullable=c["nullable"]) for c in columns]
        )
        for name, columns in _tables().items()
    }
