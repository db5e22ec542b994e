"""The README's promises about the output: pandas and DuckDB read it directly."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from aizu_extract.manifest import build_manifest
from aizu_extract.pipeline import process_file, run
from aizu_extract.write import write_outputs
from tests.conftest import sample, tiny_text_pdf


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("in")
    shutil.copy(sample("evaluation_r7_area37_reportlab.pdf"), folder)
    result = run([folder], workers=0)
    tables = result.table_rows()
    target = tmp_path_factory.mktemp("out")
    write_outputs(target, tables, build_manifest(result, tables))
    return target


def test_pandas_reads_every_table(out: Path) -> None:
    docs = pd.read_parquet(out / "documents.parquet")
    assert list(docs["doc_type"]) == ["policy_evaluation"]
    assert docs["fiscal_year"].dtype.name in {"int32", "Int32"}
    kpi = pd.read_parquet(out / "kpi_values.parquet")
    actual = kpi.query("kind == 'kpi' and metric == 'actual' and fiscal_year == 2024")
    assert sorted(actual["value"]) == [63.0, 254.0, 323.0, 2481.0]  # R6 実績 of the 4 KPIs


def test_duckdb_queries_the_files(out: Path) -> None:
    rows = duckdb.sql(
        f"SELECT count(*) FROM '{out}/budget_lines.parquet' b "
        f"JOIN '{out}/documents.parquet' d USING (doc_id)"
    ).fetchall()
    assert rows[0][0] == 16 * 2 * 3  # 16 cards × 2 years × 3 items (財務内容)


def test_unrelated_pdf_is_unknown_not_failed(tmp_path: Path) -> None:
    path = tmp_path / "minutes.pdf"
    path.write_bytes(tiny_text_pdf("議事録 第3回 委員会"))
    outcome = process_file(path)
    assert outcome.document["doc_type"] == "unknown"
    assert outcome.document["status"] == "partial"
    assert outcome.document["error"].startswith("unrecognised document")
