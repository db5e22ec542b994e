"""kpi_key and the series tables: one indicator followed across documents and years.

Expected numbers are typed from tests/expected/evaluation_book.py (the こもれび町
book) and from the generated documents below, never read back from a parser.
"""

from __future__ import annotations

import atexit
import dataclasses
import functools
import shutil
import tempfile
from pathlib import Path

import pyarrow as pa
import pymupdf
import pytest
from typer.testing import CliRunner

from aizu_extract.cli import app
from aizu_extract.models import SCHEMAS
from aizu_extract.series import (
    budget_series,
    indicator_name_key,
    kpi_key,
    kpi_series,
    with_kpi_keys,
)
from tests.conftest import SAMPLES

DOC_A = "a" * 64
DOC_B = "b" * 64


# -- a dataset of every sample, as `make extract` writes it (shared by the analyst tests)


@functools.cache
def samples_out() -> Path:
    """`aizu-extract extract samples --out DIR` once per test session."""
    parent = Path(tempfile.mkdtemp(prefix="aizu-samples-"))
    atexit.register(shutil.rmtree, parent, ignore_errors=True)
    out = parent / "out"
    result = CliRunner().invoke(app, ["extract", str(SAMPLES), "--out", str(out), "--workers", "2"])
    assert result.exit_code == 0, result.output
    return out


# -- keys ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("地域の取り組みへの参加者数", "地域の取組への参加者数"),  # okurigana
        ("地域の取組み への参加者数", "地域の取組への参加者数"),  # line-wrap space
        ("ＩＣＴ関連企業数", "ICT関連企業数"),  # full-width
        ("移住相談件数（年間）※1", "移住相談件数(年間)"),  # ※ note
        ("移住相談件数(年間)＊", "移住相談件数(年間)"),
        ("コンピュータ教室の利用者数", "コンピューター教室の利用者数"),
    ],
)
def test_spelling_variants_share_a_key(a: str, b: str) -> None:
    assert indicator_name_key(a) == indicator_name_key(b)
    assert kpi_key("こもれび町", "kpi", a, "人") == kpi_key("こもれび町", "kpi", b, "人")


def test_key_parts_that_keep_indicators_apart() -> None:
    base = kpi_key("こもれび町", "kpi", "移住相談件数", "件")
    assert base == "こもれび町|kpi|移住相談件数|件"
    assert kpi_key("あさぎ市", "kpi", "移住相談件数", "件") != base
    assert kpi_key("こもれび町", "outcome", "移住相談件数", "件") != base
    assert kpi_key("こもれび町", "kpi", "移住相談件数", "人") != base
    assert kpi_key("こもれび町", "kpi", "移住実践者数", "件") != base


def test_unnamed_municipality_is_not_merged_across_documents() -> None:
    a = kpi_key(None, "kpi", "移住相談件数", "件", doc_id=DOC_A)
    b = kpi_key(None, "kpi", "移住相談件数", "件", doc_id=DOC_B)
    assert a != b and a.startswith("doc:aaaa")


# -- series on hand-made rows -----------------------------------------------------------


def _documents(*docs: tuple[str, str, str | None, int]) -> pa.Table:
    rows = [
        dict(
            doc_id=d,
            source_file=f,
            doc_type="policy_evaluation",
            municipality=m,
            fiscal_year=y,
            status="ok",
        )
        for d, f, m, y in docs
    ]
    return pa.Table.from_pylist(rows, schema=SCHEMAS["documents"])


def _kpi(doc_id: str, page: int, name: str, unit: str | None, year: int, metric: str,
         value: float | None) -> dict[str, object]:  # fmt: skip
    text = "-" if value is None else f"{value:g}"
    return dict(
        doc_id=doc_id, page=page, kind="kpi", kpi_name=name, unit=unit, fiscal_year=year,
        year_label=f"{year}", metric=metric, value=value, value_text=text,
    )  # fmt: skip


DOCS = _documents((DOC_A, "r7.pdf", "こもれび町", 2025), (DOC_B, "r8.pdf", "こもれび町", 2026))


def test_two_years_one_series_and_disagreement_kept() -> None:
    rows = [
        _kpi(DOC_A, 3, "地域の取り組み参加人数", "人", 2024, "target", 4000.0),
        _kpi(DOC_A, 3, "地域の取り組み参加人数", "人", 2024, "actual", 2481.0),
        _kpi(DOC_A, 3, "地域の取り組み参加人数", "人", 2025, "actual", None),  # dash
        _kpi(DOC_B, 5, "地域の取組参加人数※1", "人", 2024, "target", 4100.0),  # revised
        _kpi(DOC_B, 5, "地域の取組参加人数※1", "人", 2024, "actual", 2481.0),
        _kpi(DOC_B, 5, "地域の取組参加人数※1", "人", 2025, "actual", 2600.0),
        _kpi(DOC_B, 5, "地域の取組参加人数※1", None, 2019, "baseline", 2100.0),  # no unit
    ]
    table = pa.Table.from_pylist(rows, schema=SCHEMAS["kpi_values"])
    keyed = with_kpi_keys(table, DOCS)
    assert keyed.schema.equals(SCHEMAS["kpi_values"])
    assert set(keyed.column("kpi_key").to_pylist()) == {"こもれび町|kpi|地域の取り組み参加人数|人"}
    series = {r["fiscal_year"]: r for r in kpi_series(keyed, DOCS).to_pylist()}
    assert sorted(series) == [2019, 2024, 2025]
    y2024 = series[2024]
    assert y2024["actual"] == 2481.0 and "actual" not in y2024["conflict_metrics"]
    assert y2024["target"] is None  # 4000 vs 4100: never averaged
    assert y2024["conflict"] and y2024["conflict_metrics"] == ["target"]
    kept = sorted((s["source_file"], s["page"], s["value"]) for s in y2024["sources"]
                  if s["metric"] == "target")  # fmt: skip
    assert kept == [("r7.pdf", 3, 4000.0), ("r8.pdf", 5, 4100.0)]
    assert y2024["doc_ids"] == [DOC_B, DOC_A]  # newest document first
    assert y2024["kpi_name"] == "地域の取組参加人数※1"  # as the newest document prints it
    assert series[2025]["actual"] == 2600.0 and not series[2025]["conflict"]  # dash ≠ value
    assert series[2019]["baseline"] == 2100.0 and series[2019]["unit"] is None


def test_budget_series_puts_bases_side_by_side_and_flags_disagreement() -> None:
    def line(doc_id: str, unit: str, year: int, basis: str, senyen: int) -> dict[str, object]:
        return dict(doc_id=doc_id, page=4, business_unit=unit, item="事業費", fiscal_year=year,
                    basis=basis, amount_yen=senyen * 1000, value_text=f"{senyen:,}")  # fmt: skip

    rows = [
        line(DOC_A, "移住支援金", 2025, "予算", 30000),
        line(DOC_A, "移住支援金", 2026, "見込み", 36000),
        line(DOC_B, "移住支援金", 2025, "決算", 29500),
        line(DOC_B, "移住支援金", 2026, "予算", 35000),
        line(DOC_B, "移住支援金", 2026, "見込み", 36500),  # disagrees with DOC_A
    ]
    table = pa.Table.from_pylist(rows, schema=SCHEMAS["budget_lines"])
    series = {r["fiscal_year"]: r for r in budget_series(table, DOCS).to_pylist()}
    assert series[2025]["budget_yen"] == 30_000_000
    assert series[2025]["settlement_yen"] == 29_500_000
    assert series[2025]["estimate_yen"] is None and not series[2025]["conflict"]
    assert series[2026]["budget_yen"] == 35_000_000
    assert series[2026]["estimate_yen"] is None and series[2026]["conflict_bases"] == ["見込み"]
    assert sorted(s["amount_yen"] for s in series[2026]["sources"] if s["basis"] == "見込み") == [
        36_000_000,
        36_500_000,
    ]


# -- the samples: values typed from tests/expected/evaluation_book.py --------------------


def test_sample_book_series_match_the_printed_values() -> None:
    import pyarrow.parquet as pq

    out = samples_out()
    series = pq.read_table(out / "kpi_series.parquet").to_pylist()
    key = "こもれび町|kpi|国際交流協会活動参加人数|人"
    mine = {r["fiscal_year"]: r for r in series if r["kpi_key"] == key}
    assert sorted(mine) == [2023, 2024, 2025, 2026]
    assert [mine[y]["target"] for y in sorted(mine)] == [4000.0] * 4
    assert [mine[y]["actual"] for y in sorted(mine)] == [2290.0, 2481.0, None, None]
    assert [mine[y]["achievement_rate"] for y in sorted(mine)] == [57.3, 62.0, None, None]
    assert all(s["page"] == 3 for r in mine.values() for s in r["sources"])
    kpi = pq.read_table(out / "kpi_values.parquet")
    assert kpi.column("kpi_key").null_count == 0
    budgets = pq.read_table(out / "budget_series.parquet").to_pylist()
    name = "姉妹都市・親善交流都市等交流事業"
    unit = [
        r
        for r in budgets
        if r["municipality"] == "こもれび町"
        and r["business_unit"] == name
        and r["item"] == "事業費"
    ]
    assert [(r["fiscal_year"], r["budget_yen"], r["estimate_yen"]) for r in unit] == [
        (2025, 601_000, None),
        (2026, None, 1_186_000),
    ]


# -- two generated documents of different years, a spelling variant ----------------------


def _book(path: Path, reiwa: int, name: str, target: tuple[str, ...],
          actual: tuple[str, ...]) -> None:  # fmt: skip
    """The こもれび町 book generator, one area, for fiscal year 令和``reiwa``."""
    from samples.gen import book
    from samples.gen import book_content as bc

    area = bc.AREA_38
    kpi = dataclasses.replace(area.kpis[0], name=name, target=target, actual=actual,
                              rate=("-",) * 4)  # fmt: skip
    patched = {
        "TITLE": f"令和{reiwa}年度 行政評価 施策評価票",
        "RUNNING_HEADER": f"こもれび町 令和{reiwa}年度 行政評価",
        "KPI_YEARS": tuple(f"R{reiwa - 2 + i}年度" for i in range(4)),
        "AREAS": (dataclasses.replace(area, kpis=(kpi,), units=()),),
    }
    saved = {k: getattr(bc, k) for k in patched}
    font = path.with_suffix(".otf")  # PyMuPDF's own CJK font: no system font needed
    font.write_bytes(pymupdf.Font("japan").buffer)
    fonts = (book.gothic, book.mincho)
    try:
        for k, v in patched.items():
            setattr(bc, k, v)
        book.gothic = book.mincho = lambda: font  # type: ignore[assignment]
        book._FONTS.clear()
        book.build_book(path)
    finally:
        for k, v in saved.items():
            setattr(bc, k, v)
        book.gothic, book.mincho = fonts
        book._FONTS.clear()
        font.unlink()


def test_kpi_in_two_generated_years_gets_one_key_and_one_series(tmp_path: Path) -> None:
    import aizu_extract

    docs = tmp_path / "docs"
    docs.mkdir()
    # R7 book: R5–R8; R8 book: R6–R9, the name spelled 取組 and a ※ note added,
    # R7 actual now printed, R6 target revised (4,100 vs 4,000).
    r7_actual = ("2,290", "2,481", "-", "-")
    _book(docs / "r7.pdf", 7, "地域の取り組み参加人数", ("4,000",) * 4, r7_actual)
    r8_target = ("4,100", "4,000", "4,000", "4,200")
    _book(docs / "r8.pdf", 8, "地域の取組参加人数※1", r8_target, ("2,481", "2,600", "-", "-"))
    result = aizu_extract.extract([docs], workers=0)
    kpi = result.tables["kpi_values"]
    names = set(kpi.column("kpi_name").to_pylist())
    assert names == {"地域の取り組み参加人数", "地域の取組参加人数※1"}
    assert set(kpi.column("kpi_key").to_pylist()) == {"こもれび町|kpi|地域の取り組み参加人数|件"}
    series = {r["fiscal_year"]: r for r in result.tables["kpi_series"].to_pylist()}
    assert sorted(series) == [2023, 2024, 2025, 2026, 2027]
    assert [series[y]["target"] for y in sorted(series)] == [4000.0, None, 4000.0, 4000.0, 4200.0]
    assert [series[y]["actual"] for y in sorted(series)] == [2290.0, 2481.0, 2600.0, None, None]
    assert [y for y, r in sorted(series.items()) if r["conflict"]] == [2024]
    assert series[2024]["conflict_metrics"] == ["target"]
    assert {len(r["doc_ids"]) for y, r in series.items() if y in (2024, 2025, 2026)} == {2}
