"""総合戦略 parser against the hand-typed expectations, on both renderings."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import pytest

from aizu_extract.pipeline import DocumentOutcome, process_file
from tests.conftest import sample
from tests.expected import strategy_2nd as exp

RENDERINGS = ["strategy_2nd_r2_pymupdf.pdf", "strategy_2nd_r2_writer.pdf"]
_WS = re.compile(r"\s+")
# value_text is kept as read; the PyMuPDF rendering prints minus as U+2012 FIGURE DASH
_DASHES = str.maketrans({"\u2012": "-", "\u2212": "-"})


def squeeze(s: str | None) -> str | None:
    return None if s is None else _WS.sub("", s).translate(_DASHES)


@cache
def outcome(name: str) -> DocumentOutcome:
    return process_file(sample(name))


def split_context(context: str) -> tuple[str, str | None, str | None]:
    """``柱1 title / (1) title / ① title`` → ("1", "(1)", "①")."""
    parts = context.split(" / ")
    pillar = re.match(r"^柱(\d+) ", parts[0])
    assert pillar, context
    section = parts[1].split(" ")[0] if len(parts) > 1 else None
    measure = parts[2].split(" ")[0] if len(parts) > 2 else None
    return pillar.group(1), section, measure


def actual_kpis(name: str, kind: str) -> list[exp.Kpi]:
    rows = [r for r in outcome(name).rows["kpi_values"] if r["kind"] == kind]
    out = []
    for r in rows:
        pillar, section, measure = split_context(r["context"])
        out.append(exp.Kpi(
            pillar, section, measure, r["kpi_name"], r["unit"], r["metric"], r["year_label"],
            r["fiscal_year"], r["value"], r["qualifier"], squeeze(r["value_text"]),
        ))
    return out


def expected_kpis(rows: list[exp.Kpi]) -> list[exp.Kpi]:
    return [r._replace(value_text=squeeze(r.value_text)) for r in rows]


@pytest.mark.parametrize("name", RENDERINGS)
def test_document_fields(name: str) -> None:
    doc = outcome(name).document
    assert doc["status"] == "ok", doc["error"]
    assert doc["doc_type"] == exp.DOCUMENT["doc_type"]
    assert doc["municipality"] == exp.DOCUMENT["municipality"]
    assert squeeze(doc["title"]) == squeeze(exp.DOCUMENT["title"])
    assert doc["fiscal_year"] == exp.DOCUMENT["fiscal_year"]
    assert doc["page_count"] == exp.PAGE_COUNT[name]


@pytest.mark.parametrize("name", RENDERINGS)
def test_no_rejects(name: str) -> None:
    assert outcome(name).rows["rejects"] == []


@pytest.mark.parametrize("name", RENDERINGS)
def test_numerical_targets(name: str) -> None:
    assert actual_kpis(name, "numerical_target") == expected_kpis(exp.NUMERICAL_TARGETS)


@pytest.mark.parametrize("name", RENDERINGS)
def test_kpis(name: str) -> None:
    got = [k for k in actual_kpis(name, "kpi") if k.section is not None]
    want = expected_kpis(exp.KPIS)
    assert Counter(got) == Counter(want)
    assert got == want  # in printed order, once per place printed


@pytest.mark.parametrize("name", RENDERINGS)
def test_table_pages(name: str) -> None:
    """Page provenance: each pillar's rows come from the pages its tables are on;
    a table split over two pages keeps each row's own page."""
    rows = outcome(name).rows["kpi_values"]
    for pillar, pages in exp.PILLAR_TABLE_PAGES[name].items():
        seen = {r["page"] for r in rows if r["context"].startswith(f"柱{pillar} ")
                and r["fiscal_year"] is not None}
        assert seen == set(pages), pillar
    for (pillar, section, measure), pages in exp.SPLIT_TABLES[name]:
        seen = {
            r["page"] for r in rows if r["kind"] == "kpi" and r["fiscal_year"] is not None
            and split_context(r["context"]) == (pillar, section, measure)
        }
        assert seen == set(pages)


@pytest.mark.parametrize("name", RENDERINGS)
def test_footnote_markers_and_decoy(name: str) -> None:
    rows = outcome(name).rows["kpi_values"]
    names = {r["kpi_name"] for r in rows}
    assert "新規企業立地件数(累計)" in names
    assert not any("1010" in n or "参加者10" in n for n in names)
    # chapter 4's 項目 / 平成20年 / 現状値 / 変化率 table is not a KPI table
    assert not any(n in names for n in ("現住人口", "生産年齢人口", "電子部品等製造業従事者数"))
    # footnote text at the page bottom never becomes part of a table
    assert not any("ICTオフィス入居企業数を含む" in n for n in names)


@pytest.mark.parametrize("name", RENDERINGS)
def test_first_period_kpis(name: str) -> None:
    rows = [r for r in outcome(name).rows["kpi_values"] if r["kind"] == "kpi"
            and r["fiscal_year"] is None]
    got = [
        exp.FirstPeriodKpi(
            r["kpi_name"], r["value"], r["unit"], r["context"].split(" ")[0], r["qualifier"],
            squeeze(r["value_text"]),
        )
        for r in rows
    ]
    assert got == [k._replace(value_text=squeeze(k.value_text)) for k in exp.FIRST_PERIOD_KPIS]
    assert {r["metric"] for r in rows} == {"target"}


def _nodes(name: str, level: str) -> list[dict]:
    return [r for r in outcome(name).rows["structure"] if r["level"] == level]


@pytest.mark.parametrize("name", RENDERINGS)
def test_outline(name: str) -> None:
    pillars = _nodes(name, "pillar")
    assert [(r["number"], squeeze(r["title"]), r["parent_number"]) for r in pillars] == [
        (n.number, squeeze(n.title), n.parent_number) for n in exp.PILLARS
    ]
    assert all(r["text"] and "\n" in r["text"] for r in pillars)  # 【基本的方向】 bullets
    by_page = sorted(r["page"] for r in pillars)
    assert by_page == [min(p) for p in exp.PILLAR_TABLE_PAGES[name].values()]

    pillar_of: dict[int, str] = {}
    got_sections = []
    got_measures = []
    pillar = section = None
    nodes = [r for r in outcome(name).rows["structure"] if r["level"] != "item"]
    for r in nodes:
        if r["level"] == "pillar":
            pillar = r["number"]
        elif r["level"] == "section":
            section = r["number"]
            assert r["parent_level"] == "pillar"
            got_sections.append((r["number"], squeeze(r["title"]), r["parent_number"], pillar))
        elif r["level"] == "measure":
            assert r["parent_level"] == "section" and r["parent_number"] == section
            assert r["text"]  # the description paragraph
            got_measures.append((r["number"], squeeze(r["title"]), r["parent_number"], pillar))
        pillar_of[id(r)] = pillar or ""
    assert got_sections == [(n.number, squeeze(n.title), n.parent_number, n.pillar)
                            for n in exp.SECTIONS]
    assert got_measures == [(n.number, squeeze(n.title), n.parent_number, n.pillar)
                            for n in exp.MEASURES]


@pytest.mark.parametrize("name", RENDERINGS)
def test_items(name: str) -> None:
    items = _nodes(name, "item")
    assert all(r["parent_level"] == "measure" for r in items)
    want = [squeeze(t) for key in exp.ITEMS for t in exp.ITEMS[key]]
    assert [squeeze(r["title"]) for r in items] == want
    parents = [key[2] for key in exp.ITEMS for _ in exp.ITEMS[key]]
    assert [r["parent_number"] for r in items] == parents
