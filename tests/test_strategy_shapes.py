# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)

"""Strategies of other shapes (issue 10), on the fixtures of ``tests/fixtures/``.

The デジタル田園都市 plan comes in three renderings (a ruled grid, no rules,
LibreOffice Writer with borderless tables); one list of rows holds for all.
The expected rows are typed by hand from the text printed in
``tests/fixtures/make_strategy_fixtures.py`` (regenerate the PDFs with it),
not computed by any code. Row tuples are
``(kind, context, kpi_name, metric, year_label, fiscal_year, value, unit, qualifier, value_text)``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from aizu_extract.pipeline import DocumentOutcome, process_file

FIXTURES = Path(__file__).resolve().parent / "fixtures"
_WS = re.compile(r"\s+")


@cache
def outcome(name: str) -> DocumentOutcome:
    path = FIXTURES / name
    if not path.exists():
        pytest.fail(f"fixture {name} missing: run tests/fixtures/make_strategy_fixtures.py")
    return process_file(path)


def rows(name: str) -> list[tuple[object, ...]]:
    return [
        (
            r["kind"],
            r["context"],
            r["kpi_name"],
            r["metric"],
            r["year_label"],
            r["fiscal_year"],
            r["value"],
            r["unit"],
            r["qualifier"],
            _WS.sub("", r["value_text"]),
        )
        for r in outcome(name).rows["kpi_values"]
    ]


G1 = "基本目標1 デジタルの力で稼ぐ地域をつくる"
G2 = "基本目標2 安心して暮らせるまちをつくる"
S1 = f"{G1} / 施策1 地域産業のデジタル化"
S2 = f"{G1} / 具体的な施策(2) 観光のデジタル化"
S3 = f"{G2} / 施策3 子育て支援のデジタル化"
NT, KPI = "numerical_target", "kpi"
# the target column prints only 目標値; the text says targets are 令和9年度's
T = ("目標値", 2027)

DIGITAL = [
    (NT, G1, "町内総生産", "baseline", "R3", 2021, 33.1, "億円", None, "33.1億円（R3）"),
    (NT, G1, "町内総生産", "target", *T, 36.0, "億円", None, "36.0億円"),
    (NT, G1, "町内就業者数", "baseline", "令和3年", 2021, 3888.0, "人", None, "3,888人（令和3年）"),
    (NT, G1, "町内就業者数", "target", *T, 4000.0, "人", None, "4,000人"),
    (KPI, S1, "電子申請利用率", "baseline", "2022年度", 2022, 12.7, "%", None, "12.7%（2022年度）"),
    (KPI, S1, "電子申請利用率", "target", *T, 50.0, "%", None, "50.0%"),
    (
        KPI,
        S1,
        "テレワーク導入企業数",
        "baseline",
        "R5(2023)",
        2023,
        12.0,
        "社",
        None,
        "12社（R5(2023)）",
    ),
    (KPI, S1, "テレワーク導入企業数", "target", *T, 30.0, "社", None, "30社"),
    (KPI, S1, "基幹業務システムの標準化", "baseline", "現状値", None, None, None, None, "－"),
    (KPI, S1, "基幹業務システムの標準化", "target", *T, None, None, None, "完了"),
    (KPI, S2, "観光アプリ登録率", "baseline", "R3年度", 2021, 45.2, "%", None, "45.2%（R3年度）"),
    (KPI, S2, "観光アプリ登録率", "target", *T, 80.0, "%", None, "80.0%"),
    (
        KPI,
        S2,
        "観光入込客数",
        "baseline",
        "令和3年",
        2021,
        125000.0,
        "人",
        None,
        "125,000人（令和3年）",
    ),
    (KPI, S2, "観光入込客数", "target", *T, 150000.0, "人", None, "150,000人"),
    (KPI, S2, "宿泊者数", "baseline", "令和4年", 2022, 8700.0, "人", None, "8,700人（令和4年）"),
    (KPI, S2, "宿泊者数", "target", *T, 12000.0, "人", None, "12,000人"),
    # carried over to the next page without the header
    (
        KPI,
        S2,
        "キャッシュレス決済導入店舗数",
        "baseline",
        "R4",
        2022,
        40.0,
        "店舗",
        None,
        "40店舗（R4）",
    ),
    (KPI, S2, "キャッシュレス決済導入店舗数", "target", *T, 120.0, "店舗", None, "120店舗"),
    (
        KPI,
        S3,
        "子育てアプリ登録世帯数",
        "baseline",
        "令和4年度末",
        2022,
        410.0,
        "世帯",
        None,
        "410世帯（令和4年度末）",
    ),
    (KPI, S3, "子育てアプリ登録世帯数", "target", *T, 700.0, "世帯", None, "700世帯"),
    (KPI, S3, "人口の社会増減", "baseline", "令和4年", 2022, -82.0, "人", None, "△82人（令和4年）"),
    (KPI, S3, "人口の社会増減", "target", *T, 0.0, "人", None, "0人"),
]
DIGITAL_PAGES = [4] * 16 + [5] * 6
DIGITAL_RENDERINGS = [
    "strategy_digital_ruled.pdf", "strategy_digital_unruled.pdf", "strategy_digital_writer.pdf",
]


@pytest.mark.parametrize("name", DIGITAL_RENDERINGS)
def test_digital_values_with_their_own_year(name: str) -> None:
    assert rows(name) == DIGITAL
    assert [r["page"] for r in outcome(name).rows["kpi_values"]] == DIGITAL_PAGES


@pytest.mark.parametrize("name", DIGITAL_RENDERINGS)
def test_digital_document_and_outline(name: str) -> None:
    out = outcome(name)
    doc = out.document
    assert (doc["doc_type"], doc["municipality"], doc["fiscal_year"], doc["status"]) == (
        "strategy",
        "翠川町",
        2023,
        "ok",
    )
    assert (
        _WS.sub("", doc["title"]) == "翠川町デジタル田園都市国家構想総合戦略(令和5年度~令和9年度)"
    )
    assert out.rows["rejects"] == []
    got = [
        (r["level"], r["number"], r["title"], r["parent_number"], r["page"])
        for r in out.rows["structure"]
    ]
    assert got == [
        ("pillar", "1", "デジタルの力で稼ぐ地域をつくる", None, 4),
        ("section", "1", "地域産業のデジタル化", "1", 4),
        ("section", "(2)", "観光のデジタル化", "1", 4),
        ("pillar", "2", "安心して暮らせるまちをつくる", None, 5),
        ("section", "3", "子育て支援のデジタル化", "2", 5),
    ]


W = "基本目標1 村の学校を核とした人の流れをつくる / (1) 高校の魅力向上"
B = ("令和元年度", 2019)
# no year over the target column and no sentence: the title's period 令和2年度～6年度 ends in 2024
WT = ("目標値", 2024)
WORDS = [
    (KPI, W, "高校の入学者数(村外からの入学者を含む)", "baseline", *B, 35.0, "人", "年", "年35人"),
    (KPI, W, "高校の入学者数(村外からの入学者を含む)", "target", *WT, 40.0, "人", "年", "年40人"),
    (KPI, W, "中学校訪問実施校数", "baseline", *B, 111.0, "校", "年", "年１１１校"),
    (KPI, W, "中学校訪問実施校数", "target", *WT, 111.0, "校", "年", "年１１１校"),
    (KPI, W, "卒業生の村内新規就業者数", "baseline", *B, None, None, None, "－"),
    (KPI, W, "卒業生の村内新規就業者数", "target", *WT, 6.0, "人", "5年間で", "５年間で６人"),
    (KPI, W, "地域おこし協力隊員数", "baseline", *B, 3.0, "人", None, "3人"),
    (KPI, W, "地域おこし協力隊員数", "target", *WT, None, None, None, "増加"),
    (KPI, W, "ふるさと学習の実施", "baseline", *B, None, None, None, "一部実施"),
    (KPI, W, "ふるさと学習の実施", "target", *WT, None, None, None, "全校実施"),
    (KPI, W, "村内の高校の学級数", "baseline", *B, 2.0, "学級", None, "2学級"),
    (KPI, W, "村内の高校の学級数", "target", *WT, None, None, None, "維持"),
]


def test_targets_in_words() -> None:
    assert rows("strategy_words.pdf") == WORDS
    doc = outcome("strategy_words.pdf").document
    assert (doc["doc_type"], doc["municipality"], doc["status"]) == ("strategy", "白峰村", "ok")
    assert outcome("strategy_words.pdf").rows["rejects"] == []


def test_decoys_give_no_rows_and_the_document_is_partial() -> None:
    out = outcome("strategy_decoy.pdf")
    assert out.rows["kpi_values"] == [] and out.rows["rejects"] == []
    doc = out.document
    assert (doc["doc_type"], doc["municipality"], doc["status"]) == (
        "strategy",
        "青葉市",
        "partial",
    )
    assert "no KPI" in doc["error"]
    assert _WS.sub("", doc["title"]) == "青葉市総合戦略(概要版)"


C1 = "基本目標1 しごとをつくる / (1) 企業誘致"
C2 = "基本目標1 しごとをつくる / (2) 農業の振興"
CB, CT = ("R4年度", 2022), ("R9年度", 2027)
CONTINUED = [
    (KPI, C1, "誘致企業数", "baseline", *CB, 2.0, "社", None, "2社"),
    (KPI, C1, "誘致企業数", "target", *CT, 10.0, "社", None, "10社"),
    (KPI, C1, "新規雇用者数", "baseline", *CB, 15.0, "人", None, "15人"),
    (KPI, C1, "新規雇用者数", "target", *CT, 60.0, "人", None, "60人"),
    (KPI, C1, "創業支援件数", "baseline", *CB, 4.0, "件", None, "4件"),
    (KPI, C1, "創業支援件数", "target", *CT, 20.0, "件", None, "20件"),
    (KPI, C2, "新規就農者数", "baseline", *CB, 3.0, "人", None, "3人"),
    (KPI, C2, "新規就農者数", "target", *CT, 15.0, "人", None, "15人"),
    (KPI, C2, "農産物直売所の売上高", "baseline", *CB, 1.2, "億円", None, "1.2億円"),
    (KPI, C2, "農産物直売所の売上高", "target", *CT, 1.5, "億円", None, "1.5億円"),
]


def test_tables_continued_on_the_next_page() -> None:
    assert rows("strategy_continued.pdf") == CONTINUED
    pages = [r["page"] for r in outcome("strategy_continued.pdf").rows["kpi_values"]]
    assert pages == [1, 1, 1, 1, 2, 2, 2, 2, 3, 3]
    assert outcome("strategy_continued.pdf").document["status"] == "ok"


# ---------------------------------------------------------------- small drawn variants


def _draw(path: Path, items: list[tuple[float, float, str, float]]) -> DocumentOutcome:
    """One page of text items (x, baseline y, text, size), no rules."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for x, y, text, size in items:
        page.insert_text((x, y), text, fontname="japan", fontsize=size)
    doc.save(path)
    doc.close()
    return process_file(path)


def test_header_note_year_beats_the_sentence_and_the_title(tmp_path: Path) -> None:
    """``目標値（令和9年度）`` in the header wins over a sentence naming 令和8年度."""
    out = _draw(tmp_path / "note.pdf", [
        (150, 60, "紅葉市総合戦略（令和4年度～令和8年度）", 16),
        (60, 100, "目標値は、令和8年度の値です。", 10),
        (60, 130, "基本目標1 まちをつくる", 14),
        (62, 160, "KPI", 9.5), (300, 160, "基準値", 9.5), (430, 155, "目標値", 9.5),
        (420, 167, "（令和9年度）", 9.5),
        (62, 190, "図書館利用者数", 9.5), (300, 190, "5,000人（R3）", 9.5), (430, 190, "6,000人", 9.5),
    ])
    got = [(r["metric"], r["year_label"], r["fiscal_year"], r["value"]) for r in out.rows["kpi_values"]]
    assert got == [("baseline", "R3", 2021, 5000.0), ("target", "令和9年度", 2027, 6000.0)]


def test_sentence_year_when_the_header_has_none(tmp_path: Path) -> None:
    out = _draw(tmp_path / "sentence.pdf", [
        (150, 60, "紅葉市総合戦略（令和4年度～令和8年度）", 16),
        (60, 100, "目標値は、中間年である令和6年度の値です。", 10),
        (60, 130, "基本目標1 まちをつくる", 14),
        (62, 160, "成果指標", 9.5), (300, 160, "現状値", 9.5), (430, 160, "目標値", 9.5),
        (62, 190, "図書館利用者数", 9.5), (300, 190, "5,000人（R3）", 9.5), (430, 190, "6,000人", 9.5),
    ])
    got = [(r["metric"], r["year_label"], r["fiscal_year"]) for r in out.rows["kpi_values"]]
    assert got == [("baseline", "R3", 2021), ("target", "目標値", 2024)]


def test_no_year_anywhere_stays_null(tmp_path: Path) -> None:
    """No header year, no sentence, no period: null, never today's year."""
    out = _draw(tmp_path / "none.pdf", [
        (200, 60, "紅葉市総合戦略", 16),
        (60, 130, "基本目標1 まちをつくる", 14),
        (62, 160, "重要業績評価指標", 9.5), (300, 160, "現状値", 9.5), (430, 160, "目標値", 9.5),
        (62, 190, "図書館利用者数", 9.5), (300, 190, "5,000人", 9.5), (430, 190, "6,000人", 9.5),
    ])
    got = [(r["metric"], r["year_label"], r["fiscal_year"]) for r in out.rows["kpi_values"]]
    assert got == [("baseline", "現状値", None), ("target", "目標値", None)]


def test_numerical_indicator_table_and_eraless_header_years(tmp_path: Path) -> None:
    """A 数値指標 table is the goal's 数値目標; ``(3年度)`` takes the document's 令和."""
    out = _draw(tmp_path / "numerical.pdf", [
        (150, 60, "紅葉市総合戦略（令和4年度～令和8年度）", 16),
        (60, 130, "基本目標1 まちをつくる", 14),
        (62, 160, "数値指標", 9.5), (300, 155, "現状値", 9.5), (296, 167, "（3年度）", 9.5),
        (430, 155, "目標値", 9.5), (426, 167, "（8年度）", 9.5),
        (62, 195, "転入者数※1", 9.5), (300, 195, "820人", 9.5), (430, 195, "年900人", 9.5),
        (60, 800, "※1 住民基本台帳による", 7),
    ])
    got = [(r["kind"], r["context"], r["kpi_name"], r["metric"], r["year_label"], r["fiscal_year"],
            r["value"], r["qualifier"]) for r in out.rows["kpi_values"]]
    assert got == [
        ("numerical_target", "基本目標1 まちをつくる", "転入者数", "baseline", "3年度", 2021, 820.0, None),
        ("numerical_target", "基本目標1 まちをつくる", "転入者数", "target", "8年度", 2026, 900.0, "年"),
    ]


def test_unit_and_base_year_columns(tmp_path: Path) -> None:
    """``評価指標 | 単位 | 基準年 | 基準値 | 目標値``: the unit and year columns feed the values;
    the targets' year comes from a sentence about the 目標年次."""
    out = _draw(tmp_path / "columns.pdf", [
        (150, 60, "紅葉市デジタル田園都市国家構想総合戦略", 16),
        (60, 100, "各KPIの目標年次は、本戦略の最終年度である令和9年度とします。", 10),
        (60, 130, "基本目標1 まちをつくる", 14),
        (62, 160, "評価指標", 9.5), (220, 160, "単位", 9.5), (280, 160, "基準年", 9.5),
        (360, 160, "基準値", 9.5), (460, 160, "目標値", 9.5),
        (62, 190, "オンライン申請件数", 9.5), (222, 190, "件", 9.5), (280, 190, "R3", 9.5),
        (360, 190, "1,250", 9.5), (460, 190, "3,000", 9.5),
        (62, 210, "図書館利用者数", 9.5), (222, 210, "人", 9.5), (280, 210, "R4.3.31", 9.5),
        (360, 210, "5,000", 9.5), (460, 210, "6,000", 9.5),
    ])
    got = [(r["kpi_name"], r["metric"], r["year_label"], r["fiscal_year"], r["value"], r["unit"])
           for r in out.rows["kpi_values"]]
    assert got == [
        ("オンライン申請件数", "baseline", "R3", 2021, 1250.0, "件"),
        ("オンライン申請件数", "target", "目標値", 2027, 3000.0, "件"),
        ("図書館利用者数", "baseline", "R4.3.31", 2022, 5000.0, "人"),
        ("図書館利用者数", "target", "目標値", 2027, 6000.0, "人"),
    ]
    assert out.document["status"] == "ok"


def test_glossed_kpi_header_and_other_baseline_words(tmp_path: Path) -> None:
    """``KPI（重要業績評価指標）`` names the column; ``策定時`` is a baseline."""
    out = _draw(tmp_path / "gloss.pdf", [
        (200, 60, "紅葉市総合戦略", 16),
        (60, 130, "基本目標1 まちをつくる", 14),
        (62, 160, "KPI（重要業績評価指標）", 9.5), (300, 160, "策定時（R4）", 9.5),
        (430, 160, "目標（R9）", 9.5),
        (62, 190, "図書館利用者数", 9.5), (300, 190, "5,000人", 9.5), (430, 190, "6,000人", 9.5),
    ])
    got = [(r["kind"], r["metric"], r["year_label"], r["fiscal_year"], r["value"])
           for r in out.rows["kpi_values"]]
    assert got == [("kpi", "baseline", "R4", 2022, 5000.0), ("kpi", "target", "R9", 2027, 6000.0)]


def test_side_columns_are_not_values(tmp_path: Path) -> None:
    """A ruled 施策 column left of ``KPI`` and an unruled 担当課 column right of the
    target are not read into the name or the value."""
    import pymupdf

    path = tmp_path / "side.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    items = [
        (200, 60, "紅葉市総合戦略", 16), (60, 100, "基本目標1 まちをつくる", 14),
        # ruled: 施策 | KPI | 現状値（R4） | 目標値（R9）
        (64, 140, "施策", 9.5), (154, 140, "KPI", 9.5), (314, 140, "現状値（R4）", 9.5),
        (434, 140, "目標値（R9）", 9.5),
        (64, 165, "読書推進", 9.5), (154, 165, "図書館利用者数", 9.5), (314, 165, "5,000人", 9.5),
        (434, 165, "6,000人", 9.5),
        # unruled: KPI | 現状値 (R4) | 目標値 (R9) | 担当課
        (60, 260, "基本目標2 ひとをつくる", 14),
        (62, 290, "重要業績評価指標", 9.5), (250, 290, "現状値（R4）", 9.5),
        (370, 290, "目標値（R9）", 9.5), (480, 290, "担当課", 9.5),
        (62, 312, "出生数", 9.5), (250, 312, "300人", 9.5), (370, 312, "320人", 9.5),
        (480, 312, "子育て支援課", 9.5),
    ]
    for x, y, text, size in items:
        page.insert_text((x, y), text, fontname="japan", fontsize=size)
    for y in (128, 148, 175):
        page.draw_line((60, y), (540, y), width=0.6)
    for x in (60, 150, 310, 430, 540):
        page.draw_line((x, 128), (x, 175), width=0.6)
    doc.save(path)
    doc.close()
    out = process_file(path)
    got = [(r["kpi_name"], r["metric"], r["fiscal_year"], r["value"], r["value_text"])
           for r in out.rows["kpi_values"]]
    assert got == [
        ("図書館利用者数", "baseline", 2022, 5000.0, "5,000人"),
        ("図書館利用者数", "target", 2027, 6000.0, "6,000人"),
        ("出生数", "baseline", 2022, 300.0, "300人"),
        ("出生数", "target", 2027, 320.0, "320人"),
    ]
    assert out.rows["rejects"] == []


@pytest.mark.parametrize(
    ("texts", "period"),
    [
        (["翠川町総合戦略（令和5年度～令和9年度）"], (2023, 2027)),
        (["計画期間：令和2年度～6年度"], (2020, 2024)),  # era-less end takes the start's era
        (["対象期間は2015年度から2019年度までとします"], (2015, 2019)),
        (["R5～R9"], None),  # no 年/年度: not a period
        (["令和9年度～令和5年度"], None),  # backwards
        (["翠川町総合戦略"], None),
    ],
)
def test_plan_period(texts: list[str], period: tuple[int, int] | None) -> None:
    from aizu_extract.parsers.strategy.years import plan_period

    assert plan_period(texts) == period


def test_numbered_headings_are_chapters_without_the_word_kihon_mokuhyo(tmp_path: Path) -> None:
    """``1．title`` is a 基本目標 only in a plan that speaks of 基本目標."""
    out = _draw(tmp_path / "chapters.pdf", [
        (200, 60, "紅葉市総合戦略", 16),
        (60, 100, "1．計画の概要", 14),
        (62, 130, "重要業績評価指標", 9.5), (300, 130, "現状値（R4）", 9.5), (430, 130, "目標値（R9）", 9.5),
        (62, 160, "出生数", 9.5), (300, 160, "300人", 9.5), (430, 160, "320人", 9.5),
    ])
    assert [r["context"] for r in out.rows["kpi_values"]] == [None, None]
    assert out.rows["structure"] == []


def test_paired_era_and_western_header(tmp_path: Path) -> None:
    """``現状値 R5(2023)`` / ``目標値 R9(2027)``: the label is the pair as printed."""
    out = _draw(tmp_path / "paired.pdf", [
        (200, 60, "紅葉市総合戦略", 16),
        (60, 100, "基本目標1 まちをつくる", 14),
        (62, 130, "重要業績評価指標", 9.5), (300, 130, "現状値 R5(2023)", 9.5),
        (430, 130, "目標値 R9(2027)", 9.5),
        (62, 160, "出生数", 9.5), (300, 160, "300人", 9.5), (430, 160, "320人", 9.5),
    ])
    got = [(r["metric"], r["year_label"], r["fiscal_year"]) for r in out.rows["kpi_values"]]
    assert got == [("baseline", "R5(2023)", 2023), ("target", "R9(2027)", 2027)]


def test_excel_like_kpi_list(tmp_path: Path) -> None:
    """``No. | KPI | 単位 | 基準値 | 基準年度 | 目標値 | 目標年度``, fully ruled: the number is
    kpi_no, the unit column fills units, the year columns give each row its years."""
    import pymupdf

    path = tmp_path / "excel.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    xs = (40, 70, 230, 270, 340, 400, 470, 540)
    rows = [
        ("No.", "KPI", "単位", "基準値", "基準年度", "目標値", "目標年度"),
        ("1", "オンライン申請率", "%", "12.7", "R4", "50.0", "R9"),
        ("2", "移住相談件数", "件", "85", "R3", "150", "R9"),
        ("3", "テレワーク拠点利用者数", "人", "－", "－", "1,200", "R8"),
    ]
    top = 140.0
    for r, row in enumerate(rows):
        y = top + 20 * r
        for c, text in enumerate(row):
            page.insert_text((xs[c] + 3, y + 14), text, fontname="japan", fontsize=9)
    for r in range(len(rows) + 1):
        page.draw_line((xs[0], top + 20 * r), (xs[-1], top + 20 * r), width=0.6)
    for x in xs:
        page.draw_line((x, top), (x, top + 20 * len(rows)), width=0.6)
    page.insert_text((200, 60), "紅葉市デジタル田園都市国家構想総合戦略", fontname="japan", fontsize=16)
    page.insert_text((60, 110), "基本目標1 デジタルでつながるまち", fontname="japan", fontsize=14)
    doc.save(path)
    doc.close()
    out = process_file(path)
    got = [(r["kpi_no"], r["kpi_name"], r["metric"], r["year_label"], r["fiscal_year"],
            r["value"], r["unit"]) for r in out.rows["kpi_values"]]
    assert got == [
        (1, "オンライン申請率", "baseline", "R4", 2022, 12.7, "%"),
        (1, "オンライン申請率", "target", "R9", 2027, 50.0, "%"),
        (2, "移住相談件数", "baseline", "R3", 2021, 85.0, "件"),
        (2, "移住相談件数", "target", "R9", 2027, 150.0, "件"),
        (3, "テレワーク拠点利用者数", "baseline", "基準値", None, None, None),
        (3, "テレワーク拠点利用者数", "target", "R8", 2026, 1200.0, "人"),
    ]
    assert out.rows["rejects"] == []


def test_one_sentence_about_both_columns(tmp_path: Path) -> None:
    out = _draw(tmp_path / "both.pdf", [
        (200, 60, "紅葉市総合戦略", 16),
        (60, 100, "現状値は令和3年度、目標値は令和9年度の値です。", 10),
        (60, 130, "基本目標1 まちをつくる", 14),
        (62, 160, "重要業績評価指標", 9.5), (300, 160, "現状値", 9.5), (430, 160, "目標値", 9.5),
        (62, 190, "図書館利用者数", 9.5), (300, 190, "5,000人", 9.5), (430, 190, "6,000人", 9.5),
    ])
    got = [(r["metric"], r["year_label"], r["fiscal_year"]) for r in out.rows["kpi_values"]]
    assert got == [("baseline", "現状値", 2021), ("target", "目標値", 2027)]


def test_label_over_the_table_names_its_kind(tmp_path: Path) -> None:
    """``■重要業績評価指標（KPI）`` printed above a table headed 指標名 makes it a KPI table;
    the same table shape without the label is not read (a table of figures)."""
    out = _draw(tmp_path / "label.pdf", [
        (200, 60, "紅葉市総合戦略", 16),
        (60, 100, "基本目標1 まちをつくる", 14),
        (60, 125, "施策1 読書のまちづくり", 12),
        (60, 150, "■重要業績評価指標（KPI）", 10),
        (62, 175, "指標名", 9.5), (300, 175, "現状値（R4）", 9.5), (430, 175, "目標値（R9）", 9.5),
        (62, 200, "図書館利用者数", 9.5), (300, 200, "5,000人", 9.5), (430, 200, "6,000人", 9.5),
        (60, 260, "施策2 参考資料", 12),
        (62, 290, "指標名", 9.5), (300, 290, "現状値（R4）", 9.5), (430, 290, "目標値（R9）", 9.5),
        (62, 315, "人口", 9.5), (300, 315, "12,000人", 9.5), (430, 315, "11,500人", 9.5),
    ])
    got = [(r["kind"], r["context"], r["kpi_name"], r["metric"], r["value"])
           for r in out.rows["kpi_values"]]
    context = "基本目標1 まちをつくる / 施策1 読書のまちづくり"
    assert got == [
        ("kpi", context, "図書館利用者数", "baseline", 5000.0),
        ("kpi", context, "図書館利用者数", "target", 6000.0),
    ]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("こもれび町", "こもれび町"),
        ("こもれび町　第2期まち・ひと・しごと創生総合戦略 進捗管理表", "こもれび町"),  # a running head
        ("あさひ村 総合戦略", "あさひ村"),
        ("第2期こもれび町総合戦略", None),  # the plan's name: _plan_issuer reads those
        ("市民の満足度", None),
        ("", None),
    ],
)
def test_issuer_alone_or_first_word(text: str, issuer: str | None) -> None:
    from aizu_extract.parsers.strategy.document import _issuer

    assert _issuer(text) == issuer
