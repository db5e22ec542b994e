"""The HTML report: self-contained, one chart per indicator, values linked to their pages."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from aizu_extract.cli import app
from aizu_extract.report import svg_chart
from tests.test_series import samples_out


class _Page(HTMLParser):
    """What the tests need from the report: sections, their SVGs, links, external refs."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[dict[str, str]] = []
        self.indicators: dict[str, int] = {}  # kpi_key → SVGs inside its section
        self.units: list[str] = []
        self.documents: list[str] = []
        self.links: list[str] = []
        self.tags: set[str] = set()
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.add(tag)
        for name in ("src", "href", "xlink:href", "data"):
            if re.match(r"(?i)^\s*(https?:|//|ftp:)", a.get(name, "")):
                self.external.append(f"{tag} {name}={a[name]}")
        if tag == "a":
            self.links.append(a.get("href", ""))
        if tag == "tr" and a.get("class") == "document":
            self.documents.append(a["data-doc-id"])
        if tag == "section":
            if a.get("class") == "indicator":
                self.indicators[a["data-kpi-key"]] = 0
            elif a.get("class") == "unit":
                self.units.append(a["data-unit-key"])
            self.stack.append(a)
        if tag == "svg":
            open_ = [s for s in self.stack if s.get("class") == "indicator"]
            if open_:
                self.indicators[open_[-1]["data-kpi-key"]] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "section" and self.stack:
            self.stack.pop()


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("report") / "report.html"
    result = CliRunner().invoke(app, ["report", str(samples_out()), "--output", str(path)])
    assert result.exit_code == 0, result.output
    return path, path.read_text(encoding="utf-8")


def test_one_chart_per_indicator(report: tuple[Path, str]) -> None:
    _, text = report
    page = _Page()
    page.feed(text)
    keys = set(pq.read_table(samples_out() / "kpi_series.parquet").column("kpi_key").to_pylist())
    assert set(page.indicators) == keys
    assert len(keys) > 50  # the samples hold ~100 indicators
    assert set(page.indicators.values()) == {1}
    assert "こもれび町|kpi|国際交流協会活動参加人数|人" in page.indicators
    units = pq.read_table(samples_out() / "budget_series.parquet").column("unit_key").to_pylist()
    assert sorted(page.units) == sorted(set(units))


def test_report_opens_without_network(report: tuple[Path, str]) -> None:
    _, text = report
    page = _Page()
    page.feed(text)
    assert page.external == []
    assert not page.tags & {"script", "link", "img", "iframe", "object", "embed"}
    assert "@import" not in text and "url(http" not in text


def test_every_document_listed_and_values_linked_to_their_pages(report: tuple[Path, str]) -> None:
    path, text = report
    page = _Page()
    page.feed(text)
    docs = pq.read_table(samples_out() / "documents.parquet").column("doc_id").to_pylist()
    assert page.documents == docs
    book = [h for h in page.links if "evaluation_book_komorebi_pymupdf.pdf#page=" in h]
    assert {int(h.rsplit("=", 1)[1]) for h in book} == {3, 4, 5, 6, 7}  # KPI and card pages
    target = (path.parent / book[0].split("#")[0]).resolve()
    assert target.name == "evaluation_book_komorebi_pymupdf.pdf" and target.exists()
    assert "2,481" in text or "2481" in text


def test_chart_draws_each_disagreeing_value_and_scopes_its_ids() -> None:
    points = {"target": [(2023, 4000.0), (2024, 4000.0)], "actual": [(2023, 2290.0)]}
    one = svg_chart(points, conflicts=[(2024, 2481.0), (2024, 2500.0)], chart_id="k1")
    two = svg_chart(points, chart_id="k2")
    assert one.startswith("<svg") and one.rstrip().endswith("</svg>")
    assert "disagree" in one and "disagree" not in two
    ids_one = set(re.findall(r'\bid="([^"]+)"', one))
    ids_two = set(re.findall(r'\bid="([^"]+)"', two))
    assert ids_one and not ids_one & ids_two
    assert all(i.startswith("k1-") for i in ids_one)
    refs = re.findall(r'href="#([^"]+)"', one)
    assert refs and set(refs) <= ids_one


def test_report_of_a_missing_dataset_is_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["report", str(tmp_path / "nothing")])
    assert result.exit_code == 2
    assert "no aizu-extract dataset" in result.output
