"""The Python API, ``python -m aizu_extract``, ``--format csv|xlsx`` and the README's examples."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import aizu_extract
from aizu_extract.cli import app
from aizu_extract.export import WORKBOOK, table_names
from tests.conftest import ROOT, sample
from tests.test_series import samples_out

TWO = ("evaluation_book_komorebi_pymupdf.pdf", "unit_sheets_asagi_calc.pdf")


@pytest.fixture(scope="module")
def two_docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("two")
    for name in TWO:
        (folder / name).symlink_to(sample(name))
    return folder


@pytest.fixture(scope="module")
def cli_out(two_docs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "out"
    args = ["extract", str(two_docs), "--out", str(out), "--workers", "0"]
    result = CliRunner().invoke(app, [*args, "--format", "csv", "--format", "xlsx"])
    assert result.exit_code == 0, result.output
    return out


def test_api_returns_the_rows_the_cli_writes(two_docs: Path, cli_out: Path) -> None:
    result = aizu_extract.extract([two_docs], workers=0)
    assert result.out is None and result.version
    assert sorted(result.tables) == sorted(table_names())
    for name in table_names():
        written = pq.read_table(cli_out / f"{name}.parquet")
        assert result.tables[name].equals(written), name
    assert result.tables["documents"].num_rows == 2
    assert result.tables["kpi_values"].column("kpi_key").null_count == 0


def test_api_with_out_is_incremental_like_the_cli(two_docs: Path, tmp_path: Path) -> None:
    first = aizu_extract.extract(two_docs / TWO[0], tmp_path / "out", workers=0)
    assert first.tables["documents"].num_rows == 1 and len(first.outcomes) == 1
    second = aizu_extract.extract([two_docs], tmp_path / "out", workers=0)
    assert len(second.outcomes) == 1  # only the new file was processed
    assert second.tables["documents"].num_rows == 2
    assert second.manifest["dataset"]["based_on"] == first.version
    again = aizu_extract.read(tmp_path / "out")
    assert again.version == second.version
    assert again.tables["kpi_series"].equals(second.tables["kpi_series"])


def test_to_pandas_keeps_nullable_integers(cli_out: Path) -> None:
    frames = aizu_extract.read(cli_out).to_pandas()
    budget = frames["budget_lines"]
    assert str(budget["amount_yen"].dtype) == "Int64"
    assert str(budget["fiscal_year"].dtype) == "Int32"
    # こもれび町移住コーディネーターの設置: 令和7年度(予算) printed as a dash
    dash = budget[(budget["business_unit"] == "こもれび町移住コーディネーターの設置")
                  & (budget["fiscal_year"] == 2025) & (budget["item"] == "事業費")]  # fmt: skip
    assert len(dash) == 1 and dash["amount_yen"].isna().all()
    docs = frames["documents"]
    assert str(docs["fiscal_year"].dtype) == "Int32" and list(docs["fiscal_year"]) == [2025, 2025]
    arrow = aizu_extract.read(cli_out).to_pandas(backend="pyarrow")
    assert isinstance(arrow["kpi_values"]["page"].dtype, pd.ArrowDtype)


def test_csv_is_utf8_with_bom_and_xlsx_keeps_integers(cli_out: Path) -> None:
    raw = (cli_out / "budget_lines.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == pq.read_table(cli_out / "budget_lines.parquet").num_rows
    first = next(r for r in rows if r["business_unit"] == "姉妹都市・親善交流都市等交流事業")
    assert (first["item"], first["amount_yen"], first["basis"]) == ("事業費", "601000", "予算")
    series = list(csv.DictReader(io.StringIO((cli_out / "kpi_series.csv").read_text("utf-8-sig"))))
    assert series and series[0]["sources"].startswith("[{")  # nested columns as JSON
    from openpyxl import load_workbook

    book = load_workbook(cli_out / WORKBOOK)
    assert book.sheetnames == table_names()
    sheet = book["budget_lines"]
    header, *body = sheet.iter_rows(values_only=True)
    values = [dict(zip(header, row, strict=True)) for row in body]
    assert len(values) == len(rows)
    hit = next(v for v in values if v["business_unit"] == "姉妹都市・親善交流都市等交流事業")
    assert hit["amount_yen"] == 601000 and isinstance(hit["amount_yen"], int)


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--format", "pdf"])
    assert result.exit_code == 2
    assert not (tmp_path / "out").exists()


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "aizu_extract", "--version"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"aizu-extract {aizu_extract.__version__} (data contract 1.1)")


# -- the README's code blocks, run on `make extract`'s output ------------------------------

_BLOCK = re.compile(r"```(python|text)\n(.*?)```", re.DOTALL)


def readme_examples() -> list[tuple[str, str]]:
    """Every ```python block of the README with the ```text block that follows it
    (its printed output; an empty string when the next block is not text)."""
    blocks = _BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    out = []
    for i, (kind, code) in enumerate(blocks):
        if kind != "python":
            continue
        following = blocks[i + 1] if i + 1 < len(blocks) else ("", "")
        out.append((code, following[1] if following[0] == "text" else ""))
    return out


def test_readme_has_examples_with_outputs() -> None:
    examples = readme_examples()
    assert len(examples) >= 3
    assert all(expected for _, expected in examples)
    joined = "\n".join(code for code, _ in examples)
    assert "duckdb" in joined and "read_parquet" in joined and "aizu_extract.extract" in joined


@pytest.mark.parametrize("index", range(len(readme_examples())))
def test_readme_example_prints_what_it_says(
    index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, expected = readme_examples()[index]
    (tmp_path / "out").symlink_to(samples_out())
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    monkeypatch.chdir(tmp_path)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(code, f"README example {index}", "exec"), {"__name__": "__readme__"})
    printed = "\n".join(line.rstrip() for line in buf.getvalue().splitlines())
    assert printed == "\n".join(line.rstrip() for line in expected.strip("\n").splitlines())


def test_readme_examples_need_only_what_make_setup_installs() -> None:
    dev = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for module in ("duckdb", "pandas"):
        assert re.search(rf'"{module}>=', dev), module
    assert os.path.exists(ROOT / "requirements.lock")
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    for pinned in ("duckdb==", "pandas==", "matplotlib==", "sudachipy==", "pymupdf=="):
        assert pinned in lock.lower(), pinned
