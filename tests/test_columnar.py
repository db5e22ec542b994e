"""A worker's rows handed to the writer as Arrow IPC bytes (columnar.py), and the
publish that builds a version one table at a time (write.Dataset._tables)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from aizu_extract import api, batch, columnar, pipeline
from aizu_extract import write as write_module
from aizu_extract.export import AnalystDataset
from aizu_extract.write import Dataset
from tests.dataset_helpers import leftovers, published, tiny_pdfs

DOC = hashlib.sha256(b"a.pdf").hexdigest()
SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _reject(value_text: str, page: int | None) -> dict[str, Any]:
    return {
        "doc_id": DOC,
        "page": page,
        "table": "kpi_values",
        "field": "value",
        "value_text": value_text,
        "reason": "数値として読めない",
        "code": "number.unreadable",
    }


def test_rows_cross_as_ipc_bytes_unchanged_and_empty_tables_send_nothing() -> None:
    rows = {"rejects": [_reject("約1,200人", 3), _reject("－", None)], "kpi_values": []}
    columns = columnar.encode_rows(rows)
    assert set(columns) == {"rejects"}  # no bytes for an empty table
    assert columns["rejects"].rows == 2
    back = columnar.decode(columns["rejects"].data).to_pylist()
    assert back == [
        {
            "doc_id": DOC,
            "page": 3,
            "table": "kpi_values",
            "field": "value",
            "value_text": "約1,200人",
            "reason": "数値として読めない",
            "code": "number.unreadable",
        },
        {
            "doc_id": DOC,
            "page": None,
            "table": "kpi_values",
            "field": "value",
            "value_text": "－",
            "reason": "数値として読めない",
            "code": "number.unreadable",
        },
    ]


def test_pool_worker_hands_over_arrow_bytes_instead_of_rows(tmp_path: Path) -> None:
    (pdf,) = tiny_pdfs(tmp_path / "in", ["minutes.pdf"])
    seen: list[batch.DocumentOutcome] = []
    batch.run([pdf], workers=1, timeout=60, on_done=seen.append, columnar=True)
    (outcome,) = seen
    assert outcome.rows == {}
    assert set(outcome.columns) == {"problems"}  # an unknown document: one problem, no data
    (problem,) = columnar.decode(outcome.columns["problems"].data).to_pylist()
    assert problem["code"] == "document.unrecognised"
    assert problem["doc_id"] == hashlib.sha256(pdf.read_bytes()).hexdigest()


def test_kept_parts_are_rows_again_for_table_rows(tmp_path: Path) -> None:
    (pdf,) = tiny_pdfs(tmp_path / "in", ["minutes.pdf"])
    result = batch.run([pdf], workers=1, timeout=60, columnar=True)
    assert set(result.outcomes[0].columns) == {"problems"}
    (problem,) = result.table_rows()["problems"]
    assert problem["code"] == "document.unrecognised"
    assert problem["severity"] == "error"


def test_rows_stay_rows_by_default_and_in_process(tmp_path: Path) -> None:
    """Library callers who ask for rows get rows (``columnar`` is the writer's choice)."""
    (pdf,) = tiny_pdfs(tmp_path / "in", ["minutes.pdf"])
    for workers in (0, 1):
        result = batch.run([pdf], workers=workers, timeout=60, columnar=workers == 0)
        (outcome,) = result.outcomes
        assert outcome.columns == {}
        assert [p["code"] for p in outcome.rows["problems"]] == ["document.unrecognised"]


def test_a_failed_conversion_leaves_the_rows_for_the_writer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(rows: Any) -> dict[str, bytes]:
        raise pa.ArrowInvalid("cannot convert")

    monkeypatch.setattr(columnar, "encode_rows", broken)
    outcome = batch.DocumentOutcome(
        source=Path("a.pdf"),
        document={"doc_id": DOC, "status": "partial"},
        rows={"rejects": [_reject("約1,200人", 3)]},
    )
    pipeline.to_columns(outcome)
    assert outcome.columns == {}
    assert [r["value_text"] for r in outcome.rows["rejects"]] == ["約1,200人"]


def test_staged_parts_are_read_back_after_the_row_groups_and_checked(tmp_path: Path) -> None:
    staging = write_module.Staging(tmp_path / ".staging-x")
    staging.folder.mkdir()
    staging.add("rejects", [_reject("一", 1)])  # e.g. a failed document's rows
    staging.add_part("rejects", columnar.encode_rows({"rejects": [_reject("二", 2)]})["rejects"])
    staging.add_part("rejects", columnar.encode_rows({"rejects": [_reject("三", 3)]})["rejects"])
    bad = pa.table({"value_text": ["約1,200人"]})
    staging.add_part("structure", columnar.Part(1, columnar.encode(bad)))
    assert staging.counts["rejects"] == 3
    staging.close()
    assert staging.read("rejects").column("value_text").to_pylist() == ["一", "二", "三"]
    with pytest.raises(ValueError, match="structure"):
        staging.read("structure")
    staging.drop_rows()
    assert not (staging.folder / "rows").exists()


def test_a_truncated_parts_file_is_an_error_not_fewer_rows(tmp_path: Path) -> None:
    path = tmp_path / "rejects.parts"
    with path.open("wb") as fh:
        columnar.write_part(fh, columnar.encode_rows({"rejects": [_reject("二", 2)]})["rejects"])
    path.write_bytes(path.read_bytes()[:-5])
    with pytest.raises(ValueError, match="truncated"):
        list(columnar.read_parts(path))


def test_writer_makes_no_python_row_of_a_workers_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The main process's memory does not hold a document's rows as Python objects:
    the only rows it converts itself are the documents rows (one per file)."""
    converted: list[tuple[str, int]] = []
    real = write_module.to_arrow

    def to_arrow(table: str, rows: Any) -> pa.Table:
        if rows:
            converted.append((table, len(rows)))
        return real(table, rows)

    monkeypatch.setattr(write_module, "to_arrow", to_arrow)
    pdfs = tiny_pdfs(tmp_path / "in", ["a.pdf", "b.pdf", "c.pdf"])
    pdfs.append(tmp_path / "in" / "area37.pdf")
    shutil.copy(SAMPLES / "evaluation_r7_area37_reportlab.pdf", pdfs[-1])
    result = api.extract(tmp_path / "in", tmp_path / "out", workers=1)
    assert result.tables["kpi_values"].num_rows > 0
    assert result.tables["problems"].num_rows >= 3  # three unknown documents
    assert [t for t, _ in converted] == ["documents"]  # staged once, at publish
    assert sum(n for _, n in converted) == 4


def test_timed_out_document_publishes_its_failure_row_only(tmp_path: Path) -> None:
    shutil.copy(SAMPLES / "evaluation_r7_area37_reportlab.pdf", tmp_path / "area37.pdf")
    out = tmp_path / "out"
    result = api.extract(tmp_path / "area37.pdf", out, workers=1, timeout=0.001)
    (doc,) = result.tables["documents"].to_pylist()
    assert doc["status"] == "failed"
    assert doc["error"].startswith("timed out after")
    assert result.tables["kpi_values"].num_rows == 0
    assert [p["code"] for p in result.tables["problems"].to_pylist()] == ["document.failed"]
    assert published(out)["names"] == ["area37.pdf"]
    assert leftovers(out) == []


def _record_publish(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    events: list[tuple[str, str]] = []
    real_read, real_write = write_module.Staging.read, write_module._write_table

    def read(self: write_module.Staging, table: str) -> pa.Table:
        events.append(("read", table))
        return real_read(self, table)

    def write(folder: Path, name: str, table: pa.Table) -> None:
        events.append(("write", name))
        real_write(folder, name, table)

    monkeypatch.setattr(write_module.Staging, "read", read)
    monkeypatch.setattr(write_module, "_write_table", write)
    return events


def _publish(
    dataset: Dataset,
    columns: dict[str, columnar.Part] | None = None,
    before_publish: Any = None,
) -> None:
    """Stage a.pdf (one rejects row, or ``columns``) and publish it as a fresh version."""
    rows = {} if columns else {"rejects": [_reject("－", 2)]}
    with dataset.stage() as staged:
        document = {"doc_id": DOC, "source_file": "a.pdf", "doc_type": "strategy"}
        staged.add_document({**document, "status": "partial"}, rows, columns)
        if before_publish:
            before_publish(staged)
        inputs = [{"sha256": DOC, "source_file": "a.pdf", "status": "partial"}]
        dataset.publish_staged(staged, {"contract_version": "1.1", "inputs": inputs}, fresh=True)


def test_publish_writes_each_table_before_it_reads_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = _record_publish(monkeypatch)
    with Dataset.open(tmp_path / "out") as dataset:
        _publish(dataset)
    tables = ["documents", "kpi_values", "business_units", "budget_lines", "structure"]
    tables += ["rejects", "unassigned", "problems"]
    assert events == [(what, t) for t in tables for what in ("read", "write")]
    assert published(tmp_path / "out")["names"] == ["a.pdf"]


def test_series_inputs_are_the_only_tables_held_until_the_series_are_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = _record_publish(monkeypatch)
    with AnalystDataset.open(tmp_path / "out") as dataset:
        _publish(dataset)
    assert events == [
        ("read", "documents"),
        ("read", "kpi_values"),
        ("read", "business_units"),
        ("write", "business_units"),
        ("read", "budget_lines"),
        ("read", "structure"),
        ("write", "structure"),
        ("read", "rejects"),
        ("write", "rejects"),
        ("read", "unassigned"),
        ("write", "unassigned"),
        ("read", "problems"),
        ("write", "problems"),
        ("write", "documents"),
        ("write", "kpi_values"),
        ("write", "budget_lines"),
        ("write", "kpi_series"),
        ("write", "budget_series"),
    ]
    tables = published(tmp_path / "out")["tables"]
    assert tables["rejects"].column("value_text").to_pylist() == ["－"]


def test_a_workers_part_is_not_decoded_before_publish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the main process holds while the workers run: bytes on disk, no table."""
    decoded: list[int] = []
    real = columnar.decode

    def decode(data: bytes) -> pa.Table:
        decoded.append(len(data))
        return real(data)

    parts = columnar.encode_rows({"rejects": [_reject("二", 2), _reject("三", 3)]})
    monkeypatch.setattr(columnar, "decode", decode)
    staged_counts: list[int] = []

    def before_publish(staged: write_module.Staging) -> None:
        assert decoded == []
        staged_counts.append(staged.counts["rejects"])

    with Dataset.open(tmp_path / "out") as dataset:
        _publish(dataset, parts, before_publish)
    assert staged_counts == [2]
    assert decoded == [len(parts["rejects"].data)]  # once, at publish
    rejects = published(tmp_path / "out")["tables"]["rejects"]
    assert rejects.column("value_text").to_pylist() == ["二", "三"]
