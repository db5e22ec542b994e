"""The run end to end: bad inputs isolated, all tables written atomically and deterministically."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from aizu_extract import write as write_module
from aizu_extract.cli import app
from aizu_extract.models import SCHEMAS
from tests.conftest import sample, write_bad_inputs

GOOD = "evaluation_r7_area37_reportlab.pdf"
TABLE_FILES = [f"{name}.parquet" for name in SCHEMAS]


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    folder = tmp_path_factory.mktemp("mixed")
    write_bad_inputs(folder / "nested")
    shutil.copy(sample(GOOD), folder / GOOD)
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(app, ["extract", str(folder), "--out", str(out), "--workers", "2"])
    return out, result.exit_code


def test_bad_inputs_fail_alone(mixed_run: tuple[Path, int]) -> None:
    out, exit_code = mixed_run
    assert exit_code == 1  # some inputs failed, but everything else was written
    docs = {r["source_file"]: r for r in pq.read_table(out / "documents.parquet").to_pylist()}
    assert len(docs) == 6
    assert docs[GOOD]["status"] == "ok"
    assert docs[GOOD]["doc_type"] == "policy_evaluation"
    failed = {name: d["error"] for name, d in docs.items() if d["status"] == "failed"}
    assert failed == {
        "truncated.pdf": "truncated or corrupt PDF: file ends without %%EOF trailer",
        "encrypted.pdf": "encrypted PDF: password required",
        "scanned.pdf": "no text layer (scanned image?)",
        "empty.pdf": "empty file (0 bytes)",
        "notes.pdf": "not a PDF (no %PDF- header)",
    }
    assert all(
        d["page_count"] is None for n, d in docs.items() if n != "scanned.pdf" and n in failed
    )


def test_all_tables_written_with_contract_schema(mixed_run: tuple[Path, int]) -> None:
    out, _ = mixed_run
    assert sorted(p.name for p in out.iterdir()) == sorted([*TABLE_FILES, "manifest.json"])
    for name, schema in SCHEMAS.items():
        assert pq.read_schema(out / f"{name}.parquet").equals(schema, check_metadata=False)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["contract_version"] == "1.1"
    assert manifest["status_counts"]["failed"] == 5
    assert {i["sha256"] for i in manifest["inputs"]} == set(
        pq.read_table(out / "documents.parquet").column("doc_id").to_pylist()
    )


def test_output_is_deterministic(tmp_path: Path) -> None:
    shutil.copy(sample(GOOD), tmp_path / GOOD)
    runner = CliRunner()
    runner.invoke(
        app, ["extract", str(tmp_path / GOOD), "--out", str(tmp_path / "a"), "--workers", "0"]
    )
    runner.invoke(
        app, ["extract", str(tmp_path / GOOD), "--out", str(tmp_path / "b"), "--workers", "1"]
    )
    for name in TABLE_FILES:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_interrupted_write_keeps_previous_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = tmp_path / GOOD
    shutil.copy(sample(GOOD), pdf)
    out = tmp_path / "out"
    runner = CliRunner()
    assert (
        runner.invoke(app, ["extract", str(pdf), "--out", str(out), "--workers", "0"]).exit_code
        == 0
    )
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    calls = {"n": 0}
    real = write_module.pq.write_table

    def crash_on_third(*args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt("killed mid-write")
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(write_module.pq, "write_table", crash_on_third)
    with pytest.raises(KeyboardInterrupt):
        write_module.write_outputs(out, {}, {"contract_version": "1"})
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no staging dir left


def test_timeout_fails_one_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from aizu_extract import pipeline

    shutil.copy(sample(GOOD), tmp_path / GOOD)
    result = pipeline.run([tmp_path], workers=1, timeout=0.001)
    assert [o.status for o in result.outcomes] == ["failed"]
    assert result.outcomes[0].document["error"].startswith("timed out after")
