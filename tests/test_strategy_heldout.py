"""総合戦略 parser on the held-out rendering it was not developed on.

``samples/heldout/strategy_variant_reportlab.pdf`` prints the committed content
with another layout: ``■基本的方向`` / ``■数値目標`` / ``〔主な取組〕`` labels,
``(1)　title`` headings set apart from their marker, 数値目標 tables headed
``指標`` with horizontal rules only, unruled KPI tables whose long names wrap
onto a second line beside one row of values, a KPI table continued overleaf
without its header, raised footnote digits. Expectations come from
``tests.expected.heldout`` (derived from the hand-typed committed ones).
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from aizu_extract.pipeline import DocumentOutcome, process_file
from tests.conftest import sample
from tests.expected import heldout as ho
from tests.expected import strategy_2nd as st
from tests.test_strategy import split_context, squeeze

NAME = f"heldout/{ho.STRATEGY_PDF}"


@cache
def outcome() -> DocumentOutcome:
    return process_file(sample(NAME))


def _kpis(kind: str) -> list[st.Kpi]:
    out = []
    for r in outcome().rows["kpi_values"]:
        if r["kind"] != kind:
            continue
        pillar, section, measure = split_context(r["context"])
        out.append(st.Kpi(
            pillar, section, measure, r["kpi_name"], r["unit"], r["metric"], r["year_label"],
            r["fiscal_year"], r["value"], r["qualifier"], squeeze(r["value_text"]),
        ))
    return out


def _want(rows: list[st.Kpi]) -> list[st.Kpi]:
    return [r._replace(value_text=squeeze(r.value_text)) for r in rows]


def test_document_fields() -> None:
    doc = outcome().document
    assert doc["status"] == "ok", doc["error"]
    want = ho.STRATEGY_DOCUMENT
    assert doc["doc_type"] == want["doc_type"]
    assert doc["municipality"] == want["municipality"]
    assert squeeze(doc["title"]) == squeeze(want["title"])
    assert doc["fiscal_year"] == want["fiscal_year"]
    assert doc["page_count"] == ho.PAGE_COUNT[ho.STRATEGY_PDF]


def test_no_rejects() -> None:
    assert outcome().rows["rejects"] == []


def test_numerical_targets() -> None:
    """Tables headed ``指標`` under ``■数値目標`` (柱4: H30年値 / R6年値)."""
    assert _kpis("numerical_target") == _want(ho.STRATEGY_NUMERICAL_TARGETS)


def test_kpis() -> None:
    """Every KPI row, wrapped names joined, in printed order; no first-period lines."""
    got = _kpis("kpi")
    want = _want(ho.STRATEGY_KPIS)
    assert Counter(got) == Counter(want)
    assert got == want


def test_wrapped_names_are_one_row() -> None:
    names = {r["kpi_name"] for r in outcome().rows["kpi_values"]}
    assert "デジタル未来アート事業における地元ICT企業等による新規コンテンツ開発数/年" in names
    assert not any(n.startswith(("テンツ", "(導入前比")) for n in names)


def test_split_table_keeps_each_rows_page() -> None:
    key, pages = ho.STRATEGY_SPLIT_TABLE
    seen = {
        r["page"] for r in outcome().rows["kpi_values"]
        if r["kind"] == "kpi" and split_context(r["context"]) == key
    }
    assert seen == set(pages)


def test_footnotes_stay_out() -> None:
    names = {r["kpi_name"] for r in outcome().rows["kpi_values"]}
    assert "新規企業立地件数(累計)" in names  # raised digit dropped
    assert not any("ICTオフィス入居企業数を含む" in n for n in names)


def _nodes(level: str) -> list[dict]:
    return [r for r in outcome().rows["structure"] if r["level"] == level]


def test_outline() -> None:
    pillars = _nodes("pillar")
    assert [(r["number"], squeeze(r["title"]), r["parent_number"]) for r in pillars] == [
        (n.number, squeeze(n.title), n.parent_number) for n in ho.STRATEGY_PILLARS
    ]
    assert all(r["text"] and "\n" in r["text"] for r in pillars)  # ■基本的方向 bullets
    got_sections, got_measures = [], []
    pillar = section = None
    for r in outcome().rows["structure"]:
        if r["level"] == "pillar":
            pillar = r["number"]
        elif r["level"] == "section":
            section = r["number"]
            assert r["parent_level"] == "pillar" and r["parent_number"] == pillar
            got_sections.append((r["number"], squeeze(r["title"]), r["parent_number"], pillar))
        elif r["level"] == "measure":
            assert r["parent_level"] == "section" and r["parent_number"] == section
            assert r["text"]
            got_measures.append((r["number"], squeeze(r["title"]), r["parent_number"], pillar))
    assert got_sections == [
        (n.number, squeeze(n.title), n.parent_number, n.pillar) for n in ho.STRATEGY_SECTIONS
    ]
    assert got_measures == [
        (n.number, squeeze(n.title), n.parent_number, n.pillar) for n in ho.STRATEGY_MEASURES
    ]


def test_items_under_bracket_variant() -> None:
    """``〔主な取組〕`` opens the item list like 【主な取組】 (same content as committed)."""
    items = _nodes("item")
    assert all(r["parent_level"] == "measure" for r in items)
    assert [squeeze(r["title"]) for r in items] == [
        squeeze(t) for key in st.ITEMS for t in st.ITEMS[key]
    ]
