"""The output contract (../docs/data-contract.md) as pydantic models.

One model per table; the Arrow type of every column is declared beside its
Python type, so the Parquet schema, the JSON Schema in ``schemas/`` and the
validation all come from this one file. Columns beyond the contract
(``definition``, ``code`` …) are additions, which the contract allows.
"""

from __future__ import annotations

import math
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .contract import ARROW_TYPES

if TYPE_CHECKING:
    import pyarrow as pa



class Arrow:
    """Marks a field with the Arrow type it is written as (a key of contract.ARROW_TYPES;
    pyarrow is imported only when a schema is asked for)."""

    def __init__(self, name: str) -> None:
        if name not in ARROW_TYPES:
            raise ValueError(f"unknown Arrow type {name!r}")
        self.name = name

    @property
    def type(self) -> pa.DataType:
        import pyarrow

        return ARROW_TYPES[self.name](pyarrow)


Str = Annotated[str, Arrow("string")]
Int32 = Annotated[int, Arrow("int32")]
Int64 = Annotated[int, Arrow("int64")]
Float64 = Annotated[float, Arrow("float64")]
Bool = Annotated[bool, Arrow("bool")]
StrList = Annotated[list[str], Arrow("list<string>")]

DocId = Annotated[str, Arrow("string"), Field(pattern=r"^[0-9a-f]{64}$")]
PageNo = Annotated[int, Arrow("int32"), Field(ge=1)]
Year = Annotated[int, Arrow("int32"), Field(ge=1868, le=2200)]

DocType = Literal["policy_evaluation", "strategy", "unknown"]
Status = Literal["ok", "partial", "failed"]
KpiKind = Literal["kpi", "numerical_target", "outcome", "activity"]
Metric = Literal["baseline", "target", "actual", "achievement_rate", "forecast"]
Level = Literal[
    "policy_goal", "policy", "policy_area", "measure", "pillar", "section", "item", "project"
]


class Row(BaseModel):
    # Validators are built on first use (defer_build): the command's main process
    # only needs the fields (for the Arrow schemas), never a validator; the fork
    # server builds them once for every worker (build_validators, from warm).
    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True
    )


class Document(Row):
    doc_id: DocId
    source_file: Str
    doc_type: Annotated[DocType, Arrow("string")]
    municipality: Str | None = None
    title: Str | None = None
    fiscal_year: Year | None = None
    page_count: Int32 | None = None
    status: Annotated[Status, Arrow("string")]
    error: Str | None = None
    # additions to the contract: numbers printed in tables and label-value pairs,
    # and how many of them are accounted for (see accounting.py); null when failed
    numbers_seen: Int32 | None = None
    numbers_assigned: Int32 | None = None


class KpiValue(Row):
    doc_id: DocId
    page: PageNo
    kind: Annotated[KpiKind, Arrow("string")]
    context: Str | None = None
    subject: Str | None = None
    kpi_no: Int32 | None = None
    kpi_name: Annotated[str, Arrow("string"), Field(min_length=1)]
    unit: Str | None = None
    fiscal_year: Year | None = None
    year_label: Str
    metric: Annotated[Metric, Arrow("string")]
    value: Float64 | None = None
    value_text: Str
    qualifier: Str | None = None
    # additions to the contract
    definition: Str | None = None  # 説明又は計算式 of an evaluation-sheet indicator
    # the indicator across documents and years (keys.kpi_key; filled by the worker)
    kpi_key: Str | None = None

    @field_validator("value")
    @classmethod
    def _finite(cls, v: float | None) -> float | None:
        if v is not None and not math.isfinite(v):
            raise ValueError("value must be a finite number")
        return v


class BusinessUnit(Row):
    doc_id: DocId
    page: PageNo
    measure_no: Int32 | None = None
    unit_no: Int32 | None = None
    name: Annotated[str, Arrow("string"), Field(min_length=1)]
    department: Str | None = None
    legal_basis: Annotated[Literal["法定", "自主"] | None, Arrow("string")] = None
    next_year_policy: Str | None = None
    is_priority: Bool | None = None
    population_goal: Str | None = None
    sdg_targets: StrList = Field(default_factory=list)
    summary: Str | None = None
    # additions to the contract
    priority_marks: StrList = Field(default_factory=list)  # headers of the ◎ columns
    in_unit_list: Bool | None = None  # printed in the 事務事業一覧
    has_card: Bool | None = None  # has its own card
    # the unit's code as printed, NFKC (事業番号 0211, 番号 1-2-03: unit_codes.py)
    unit_code: Str | None = None

    @field_validator("sdg_targets")
    @classmethod
    def _targets(cls, v: list[str]) -> list[str]:
        for t in v:
            if not t.replace(".", "").isalnum():
                raise ValueError(f"not an SDGs target: {t!r}")
        return v


class BudgetLine(Row):
    doc_id: DocId
    page: PageNo
    business_unit: Annotated[str, Arrow("string"), Field(min_length=1)]
    item: Annotated[str, Arrow("string"), Field(min_length=1)]
    fiscal_year: Year
    basis: Annotated[str, Arrow("string"), Field(min_length=1)]
    amount_yen: Int64 | None = None
    value_text: Str
    basis_label: Str | None = None  # v1.1: the basis as printed (当初予算(案), 決算見込)
    # additions to the contract: join keys to business_units
    measure_no: Int32 | None = None
    unit_no: Int32 | None = None


class StructureNode(Row):
    doc_id: DocId
    page: PageNo
    level: Annotated[Level, Arrow("string")]
    number: Str | None = None
    title: Annotated[str, Arrow("string"), Field(min_length=1)]
    parent_number: Str | None = None
    text: Str | None = None
    # additions to the contract
    parent_level: Str | None = None
    tag: Str | None = None  # 【まち】/【ひと】/【しごと】 of a project
    links: StrList = Field(default_factory=list)  # linked 基本姿勢 numbers (①…)


class Reject(Row):
    doc_id: DocId
    page: Int32 | None = None
    table: Str
    field: Str
    value_text: Str
    reason: Str
    # additions to the contract
    code: Str | None = None  # stable machine-readable reason code


class Unassigned(Row):
    """Addition: a number printed in a table cell or label-value pair that no
    contract table, reject or furniture rule accounts for (accounting.py)."""

    doc_id: DocId
    page: PageNo
    x0: Float64
    y0: Float64
    x1: Float64
    y1: Float64
    text: Str
    region: Str  # "table N" (ruled table N of the page, from 1) or "loose"
    reason: Str  # unassigned.unknown_table / unassigned.no_header / unassigned.unknown_label


Severity = Literal["error", "warning"]


class Problem(Row):
    """Addition: one problem of a document, whatever found it (the one problem channel).

    ``source`` is reject / unassigned / check / document; ``severity`` error makes
    the document ``partial`` (or ``failed`` for ``document.failed``), warning does not.
    """

    doc_id: DocId
    code: Str
    severity: Annotated[Severity, Arrow("string")]
    source: Str
    page: Int32 | None = None
    x0: Float64 | None = None
    y0: Float64 | None = None
    x1: Float64 | None = None
    y1: Float64 | None = None
    table: Str | None = None
    field: Str | None = None
    raw_text: Str | None = None
    message: Str


TABLES: dict[str, type[Row]] = {
    "documents": Document,
    "kpi_values": KpiValue,
    "business_units": BusinessUnit,
    "budget_lines": BudgetLine,
    "structure": StructureNode,
    "rejects": Reject,
    # additions to the contract
    "unassigned": Unassigned,
    "problems": Problem,
}


def build_validators() -> None:
    """Build every table's validator now instead of on its first row."""
    for model in TABLES.values():
        model.model_rebuild(force=True)


def _arrow_type(annotation: Any) -> tuple[pa.DataType, bool]:
    """Arrow type and nullability of a field annotation (Annotated[..., Arrow] | None)."""
    nullable = False
    args = get_args(annotation)
    if get_origin(annotation) is not Annotated and type(None) in args:
        nullable = True
        annotation = next(a for a in args if a is not type(None))
    for meta in getattr(annotation, "__metadata__", ()):
        if isinstance(meta, Arrow):
            return meta.type, nullable
    raise TypeError(f"no Arrow type declared for {annotation!r}")


def arrow_schema(model: type[Row]) -> pa.Schema:
    import pyarrow as pa

    fields = []
    for name, info in model.model_fields.items():
        annotation = info.annotation
        metadata = [m for m in info.metadata if isinstance(m, Arrow)]
        if metadata:
            type_, nullable = metadata[0].type, False
            args = get_args(annotation)
            nullable = type(None) in args
        else:
            type_, nullable = _arrow_type(annotation)
        fields.append(pa.field(name, type_, nullable=nullable))
    return pa.schema(fields)


@cache
def _schemas() -> dict[str, pa.Schema]:
    return {name: arrow_schema(model) for name, model in TABLES.items()}


def __getattr__(name: str) -> Any:
    """``SCHEMAS`` (table name → Arrow schema), built on first use (imports pyarrow)."""
    if name == "SCHEMAS":
        return _schemas()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if TYPE_CHECKING:
    SCHEMAS: dict[str, pa.Schema]
