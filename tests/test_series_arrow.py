"""The series tables in Arrow compute give what one Python dict a row gave.

series.py sorts the rows once and cuts them into runs (runs.py); the oracle
(tests/series_reference.py) is the per-row version it replaced. Generated
tables cover what the order and the grouping turn on: documents of the same
and of no year, a document the documents table does not list, a year left
blank, empty and missing units, repeated and disagreeing values (-0.0 and 0.0
are one value), several rows of one document in one group.
"""

from __future__ import annotations

import pyarrow as pa
from hypothesis import given
from hypothesis import strategies as st

from aizu_extract.keys import row_keys
from aizu_extract.models import SCHEMAS
from aizu_extract.runs import distinct_rows, flag_lists
from aizu_extract.series import KPI_METRICS, budget_series, kpi_series, with_kpi_keys
from tests import series_reference as reference

DOC_IDS = ["a" * 64, "b" * 64, "c" * 64, "d" * 64]
UNLISTED = "e" * 64  # rows of a document the documents table does not list

documents_rows = st.lists(
    st.tuples(
        st.sampled_from(["r6.pdf", "r7.pdf", "book.pdf"]),
        st.sampled_from(["こもれび町", "あさぎ市", None]),
        st.sampled_from([2024, 2025, None]),
    ),
    min_size=1,
    max_size=len(DOC_IDS),
)


def _documents(docs: list[tuple[str, str | None, int | None]]) -> pa.Table:
    rows = [
        dict(doc_id=d, source_file=f, doc_type="policy_evaluation", municipality=m,
             fiscal_year=y, status="ok")
        for d, (f, m, y) in zip(DOC_IDS, docs, strict=False)
    ]  # fmt: skip
    return pa.Table.from_pylist(rows, schema=SCHEMAS["documents"])


kpi_rows = st.lists(
    st.fixed_dictionaries(
        {
            "doc": st.integers(0, len(DOC_IDS)),  # len(DOC_IDS): UNLISTED
            "page": st.integers(1, 3),
            "kind": st.sampled_from(["kpi", "outcome"]),
            "kpi_name": st.sampled_from(["移住相談件数", "地域の取組参加人数", "観光入込客数"]),
            "unit": st.sampled_from([None, "", "件", "人"]),
            "fiscal_year": st.sampled_from([2023, 2024, None]),
            "metric": st.sampled_from(KPI_METRICS),
            "value": st.sampled_from([None, 0.0, -0.0, 12.5, 40.0]),
        }
    ),
    max_size=40,
)

budget_rows = st.lists(
    st.fixed_dictionaries(
        {
            "doc": st.integers(0, len(DOC_IDS)),
            "page": st.integers(1, 3),
            "business_unit": st.sampled_from(["移住支援金", "観光振興事業", "移住支援金 "]),
            "item": st.sampled_from(["事業費", "事 業 費", "うち一般財源"]),
            "fiscal_year": st.sampled_from([2024, 2025]),
            "basis": st.sampled_from(["予算", "見込み", "決算", "補正"]),
            "amount_yen": st.sampled_from([None, 0, 30_000_000, 29_500_000]),
        }
    ),
    max_size=40,
)


def _doc_id(index: int, listed: int) -> str:
    return DOC_IDS[index] if index < listed else UNLISTED


def _kpi_table(rows: list[dict], listed: int) -> pa.Table:
    out = []
    for r in rows:
        doc_id = _doc_id(r["doc"], listed)
        out.append(
            dict(doc_id=doc_id, page=r["page"], kind=r["kind"], kpi_name=r["kpi_name"],
                 unit=r["unit"], fiscal_year=r["fiscal_year"], year_label="x",
                 metric=r["metric"], value=r["value"], value_text="x",
                 kpi_key=f"{r['kind']}|{r['kpi_name']}|{r['unit'] or ''}")
        )  # fmt: skip
    return pa.Table.from_pylist(out, schema=SCHEMAS["kpi_values"])


def _budget_table(rows: list[dict], listed: int) -> pa.Table:
    out = [
        dict(doc_id=_doc_id(r["doc"], listed), page=r["page"], business_unit=r["business_unit"],
             item=r["item"], fiscal_year=r["fiscal_year"], basis=r["basis"],
             amount_yen=r["amount_yen"], value_text="x")
        for r in rows
    ]  # fmt: skip
    return pa.Table.from_pylist(out, schema=SCHEMAS["budget_lines"])


def _same(made: pa.Table, expected: pa.Table) -> None:
    assert made.schema.equals(expected.schema)
    assert made.to_pylist() == expected.to_pylist()


@given(documents_rows, kpi_rows)
def test_kpi_series_is_the_per_row_version(docs: list, rows: list) -> None:
    documents = _documents(docs)
    table = _kpi_table(rows, len(docs))
    _same(kpi_series(table, documents), reference.kpi_series(table, documents))


@given(documents_rows, budget_rows)
def test_budget_series_is_the_per_row_version(docs: list, rows: list) -> None:
    documents = _documents(docs)
    table = _budget_table(rows, len(docs))
    _same(budget_series(table, documents), reference.budget_series(table, documents))


@given(documents_rows, kpi_rows)
def test_kpi_keys_made_once_per_combination_are_the_per_row_keys(docs: list, rows: list) -> None:
    documents = _documents(docs)
    table = _kpi_table(rows, len(docs))
    per_row = row_keys(
        table.select(["doc_id", "kind", "kpi_name", "unit"]).to_pylist(),
        {d["doc_id"]: d for d in documents.to_pylist()},
    )
    assert with_kpi_keys(table, documents).column("kpi_key").to_pylist() == per_row


def test_a_group_of_disagreeing_values_is_printed_by_hand() -> None:
    """One indicator and year in two documents: 4,000 (r7, page 3) and 4,100 (r8,
    page 5) as target, 2,481 in both as actual; the newest document comes first."""
    documents = _documents([("r7.pdf", "こもれび町", 2025), ("r8.pdf", "こもれび町", 2026)])
    rows = [
        dict(doc=0, page=3, kind="kpi", kpi_name="参加人数", unit="人", fiscal_year=2024,
             metric="target", value=4000.0),
        dict(doc=0, page=3, kind="kpi", kpi_name="参加人数", unit="人", fiscal_year=2024,
             metric="actual", value=2481.0),
        dict(doc=1, page=5, kind="kpi", kpi_name="参加人数", unit="", fiscal_year=2024,
             metric="target", value=4100.0),
        dict(doc=1, page=5, kind="kpi", kpi_name="参加人数", unit="", fiscal_year=2024,
             metric="actual", value=2481.0),
    ]  # fmt: skip
    table = _kpi_table(rows, 2).drop_columns(["kpi_key"])
    keyed = table.append_column("kpi_key", pa.array(["k"] * 4, pa.string()))
    (row,) = kpi_series(keyed, documents).to_pylist()
    assert row["target"] is None and row["actual"] == 2481.0
    assert row["conflict"] and row["conflict_metrics"] == ["target"]
    assert row["doc_ids"] == [DOC_IDS[1], DOC_IDS[0]]
    assert row["unit"] == "人"  # the newest document's is empty: the first printed one
    assert [(s["source_file"], s["page"], s["value"]) for s in row["sources"]] == [
        ("r8.pdf", 5, 4100.0), ("r8.pdf", 5, 2481.0), ("r7.pdf", 3, 4000.0), ("r7.pdf", 3, 2481.0)
    ]  # fmt: skip


def test_distinct_rows_numbers_combinations_in_order_and_keeps_null_apart() -> None:
    table = pa.table({"a": ["x", "y", "x", None, "x"], "b": [1, 1, 1, 1, None]})
    rows, index = distinct_rows(table, ["a", "b"])
    assert rows == [
        {"a": "x", "b": 1}, {"a": "y", "b": 1}, {"a": None, "b": 1}, {"a": "x", "b": None}
    ]  # fmt: skip
    assert index.to_pylist() == [0, 1, 0, 2, 3]


def test_flag_lists_keep_the_names_order_within_a_group() -> None:
    flags = [pa.array([True, False, None]), pa.array([True, True, False])]
    assert flag_lists(["target", "actual"], flags).to_pylist() == [
        ["target", "actual"], ["actual"], []
    ]  # fmt: skip
