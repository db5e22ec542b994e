"""事務事業 cards of a 施策評価票 on the shared floor: anchors by the vocabulary's
name labels, 財務内容 figures by the header interpreter in any arrangement. Each
card is drawn at test time; its expected figures are typed from the drawing."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.layout import build_document_layout
from aizu_extract.load import load_pdf
from aizu_extract.parsers.base import Extraction
from aizu_extract.parsers.policy_evaluation import PolicyEvaluationParser

from .drawing import Cell, draw_pdf, ruled_table, text_table, title_line

_W = [20.0, 70.0, 90.0, 80.0, 80.0, 80.0]


def _parse(path: Path) -> Extraction:
    return PolicyEvaluationParser().parse(build_document_layout(load_pdf(path)))


def _budget(ex: Extraction) -> dict[tuple[object, ...], tuple[object, object]]:
    return {
        (r["business_unit"], r["item"], r["fiscal_year"], r["basis"]): (
            r["amount_yen"],
            r["value_text"],
        )
        for r in ex.budget_lines
    }


def _card_head(no: str, label: str, name: str, rows: int) -> list[Cell]:
    """No (merged down the card) | name label | name; then 担当部・課 | 生涯学習課."""
    return [
        (0, 0, rows, 1, no), (0, 1, 1, 1, label), (0, 2, 1, 4, name),
        (1, 1, 1, 1, "担当部・課"), (1, 2, 1, 4, "生涯学習課"),
    ]  # fmt: skip


def test_budget_with_years_down_and_items_across(tmp_path: Path) -> None:
    """財務内容 merged left of a transposed table: 単位(千円) | 事業費 | 所要一般財源 |
    概算人件費 across the top, 令和6年度(決算) / 令和7年度(予算) down the side."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和7年度行政評価 施策評価票")
        title_line(page, 60, "施策2 学びの推進")
        ruled_table(page, 70, _W, [
            *_card_head("1", "事業名", "図書館運営事業", 6),
            (2, 1, 3, 1, "財務内容"), (2, 2, 1, 1, "単位(千円)"), (2, 3, 1, 1, "事業費"),
            (2, 4, 1, 1, "所要一般財源"), (2, 5, 1, 1, "概算人件費"),
            (3, 2, 1, 1, "令和6年度(決算)"), (3, 3, 1, 1, "2,450"), (3, 4, 1, 1, "1,980"),
            (3, 5, 1, 1, "3,200"),
            (4, 2, 1, 1, "令和7年度(予算)"), (4, 3, 1, 1, "2,600"), (4, 4, 1, 1, "－"),
            (4, 5, 1, 1, "3,250"),
            (5, 1, 1, 1, "次年度方針"), (5, 2, 1, 4, "継続"),
        ])  # fmt: skip

    ex = _parse(draw_pdf(tmp_path, "transposed.pdf", draw))
    unit = "図書館運営事業"
    assert _budget(ex) == {
        (unit, "事業費", 2024, "決算"): (2_450_000, "2,450"),
        (unit, "所要一般財源", 2024, "決算"): (1_980_000, "1,980"),
        (unit, "概算人件費", 2024, "決算"): (3_200_000, "3,200"),
        (unit, "事業費", 2025, "予算"): (2_600_000, "2,600"),
        (unit, "所要一般財源", 2025, "予算"): (None, "－"),
        (unit, "概算人件費", 2025, "予算"): (3_250_000, "3,250"),
    }
    assert {(r["measure_no"], r["unit_no"]) for r in ex.budget_lines} == {(2, 1)}
    (card,) = ex.business_units
    assert (card["name"], card["measure_no"], card["unit_no"]) == (unit, 2, 1)
    assert (card["department"], card["next_year_policy"]) == ("生涯学習課", "継続")
    assert not ex.rejects


def test_budget_with_basis_under_the_year(tmp_path: Path) -> None:
    """令和6年度 over 決算, 令和7年度 over 予算 | 見込み (two header rows), items down."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和7年度行政評価 施策評価票")
        ruled_table(page, 60, _W, [
            *_card_head("3", "事業名", "公民館講座事業", 6),
            (2, 1, 4, 1, "財務内容"), (2, 2, 2, 1, "単位(千円)"), (2, 3, 1, 1, "令和6年度"),
            (2, 4, 1, 2, "令和7年度"),
            (3, 3, 1, 1, "決算"), (3, 4, 1, 1, "予算"), (3, 5, 1, 1, "見込み"),
            (4, 2, 1, 1, "事業費"), (4, 3, 1, 1, "812"), (4, 4, 1, 1, "900"), (4, 5, 1, 1, "870"),
            (5, 2, 1, 1, "所要一般財源"), (5, 3, 1, 1, "400"), (5, 4, 1, 1, "450"),
            (5, 5, 1, 1, "430"),
        ])  # fmt: skip

    ex = _parse(draw_pdf(tmp_path, "two_rows.pdf", draw))
    unit = "公民館講座事業"
    assert _budget(ex) == {
        (unit, "事業費", 2024, "決算"): (812_000, "812"),
        (unit, "事業費", 2025, "予算"): (900_000, "900"),
        (unit, "事業費", 2025, "見込み"): (870_000, "870"),
        (unit, "所要一般財源", 2024, "決算"): (400_000, "400"),
        (unit, "所要一般財源", 2025, "予算"): (450_000, "450"),
        (unit, "所要一般財源", 2025, "見込み"): (430_000, "430"),
    }
    assert {r["basis_label"] for r in ex.budget_lines} == {"決算", "予算", "見込み"}
    assert {r["unit_no"] for r in ex.budget_lines} == {3}


def test_card_named_by_another_wording_of_the_name_label(tmp_path: Path) -> None:
    """事業の名称 (a line of the vocabulary, not 事業名) anchors a card; a card
    continued overleaf keeps its 財務内容; a logic-model table headed 事業名 |
    事業実績 | 短期成果 names no card."""

    def draw_two(doc: pymupdf.Document) -> None:
        page = doc.new_page(width=595, height=842)
        title_line(page, 40, "令和7年度行政評価 施策評価票")
        title_line(page, 60, "施策1 交流の促進")
        ruled_table(page, 700, _W, _card_head("1", "事業の名称", "国際交流員配置事業", 2))
        page = doc.new_page(width=595, height=842)
        ruled_table(page, 60, _W, [
            (0, 1, 3, 1, "財務内容"), (0, 2, 1, 1, "単位(千円)"),
            (0, 3, 1, 1, "令和7年度(予算)"), (0, 4, 1, 1, "令和8年度(見込み)"),
            (1, 2, 1, 1, "事業費"), (1, 3, 1, 1, "5,120"), (1, 4, 1, 1, "5,300"),
            (2, 2, 1, 1, "所要一般財源"), (2, 3, 1, 1, "2,000"), (2, 4, 1, 1, "2,100"),
        ])  # fmt: skip
        ruled_table(page, 200, _W[1:], [
            (0, 0, 1, 1, "事業名"), (0, 1, 1, 1, "事業実績"), (0, 2, 1, 1, "短期成果"),
            (0, 3, 1, 1, "中期成果"), (0, 4, 1, 1, "最終成果"),
            (1, 0, 1, 1, "国際交流員配置事業"), (1, 1, 1, 1, "配置1名"),
            (1, 2, 1, 1, "交流機会の増加"), (1, 3, 1, 1, "相互理解"), (1, 4, 1, 1, "多文化共生"),
        ])  # fmt: skip

    doc = pymupdf.open()
    draw_two(doc)
    path = tmp_path / "wording.pdf"
    doc.save(path)
    ex = _parse(path)
    assert [(r["name"], r["measure_no"], r["unit_no"], r["page"]) for r in ex.business_units] == [
        ("国際交流員配置事業", 1, 1, 1)
    ]
    unit = "国際交流員配置事業"
    assert _budget(ex) == {
        (unit, "事業費", 2025, "予算"): (5_120_000, "5,120"),
        (unit, "事業費", 2026, "見込み"): (5_300_000, "5,300"),
        (unit, "所要一般財源", 2025, "予算"): (2_000_000, "2,000"),
        (unit, "所要一般財源", 2026, "見込み"): (2_100_000, "2,100"),
    }
    assert {r["page"] for r in ex.budget_lines} == {2}


def test_budget_label_merged_under_a_corner_spanning_both_label_columns(tmp_path: Path) -> None:
    """単位(千円) printed over both the 財務内容 band and the item column, 財務内容
    merged down beside its items: the band names the group, never an item."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和7年度行政評価 施策評価票")
        ruled_table(page, 60, _W, [
            *_card_head("2", "事業名", "青少年健全育成事業", 6),
            (2, 1, 1, 2, "単位(千円)"), (2, 3, 1, 1, "令和6年度(決算)"),
            (2, 4, 1, 1, "令和7年度(予算)"), (2, 5, 1, 1, "令和8年度(見込み)"),
            (3, 1, 3, 1, "財務内容"), (3, 2, 1, 1, "事業費"), (3, 3, 1, 1, "1,500"),
            (3, 4, 1, 1, "1,650"), (3, 5, 1, 1, "1,700"),
            (4, 2, 1, 1, "所要一般財源"), (4, 3, 1, 1, "1,200"), (4, 4, 1, 1, "1,300"),
            (4, 5, 1, 1, "1,350"),
            (5, 2, 1, 1, "概算人件費"), (5, 3, 1, 1, "4,000"), (5, 4, 1, 1, "4,100"),
            (5, 5, 1, 1, "4,100"),
        ])  # fmt: skip

    ex = _parse(draw_pdf(tmp_path, "corner.pdf", draw))
    unit = "青少年健全育成事業"
    assert _budget(ex) == {
        (unit, "事業費", 2024, "決算"): (1_500_000, "1,500"),
        (unit, "事業費", 2025, "予算"): (1_650_000, "1,650"),
        (unit, "事業費", 2026, "見込み"): (1_700_000, "1,700"),
        (unit, "所要一般財源", 2024, "決算"): (1_200_000, "1,200"),
        (unit, "所要一般財源", 2025, "予算"): (1_300_000, "1,300"),
        (unit, "所要一般財源", 2026, "見込み"): (1_350_000, "1,350"),
        (unit, "概算人件費", 2024, "決算"): (4_000_000, "4,000"),
        (unit, "概算人件費", 2025, "予算"): (4_100_000, "4,100"),
        (unit, "概算人件費", 2026, "見込み"): (4_100_000, "4,100"),
    }
    assert len(ex.budget_lines) == 9


def test_card_name_after_the_label_colon(tmp_path: Path) -> None:
    """``事業名：地域公民館活動支援事業`` in one cell across the card: the name is the
    text after the colon; its 財務内容 rows are read as on any other card."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和7年度行政評価 施策評価票")
        ruled_table(page, 60, _W, [
            (0, 0, 5, 1, "4"), (0, 1, 1, 5, "事業名：地域公民館活動支援事業"),
            (1, 1, 1, 1, "担当部・課"), (1, 2, 1, 4, "生涯学習課"),
            (2, 1, 3, 1, "財務内容"), (2, 2, 1, 1, "単位(千円)"), (2, 3, 1, 1, "令和7年度(予算)"),
            (2, 4, 1, 2, "令和8年度(見込み)"),
            (3, 2, 1, 1, "事業費"), (3, 3, 1, 1, "640"), (3, 4, 1, 2, "700"),
            (4, 2, 1, 1, "所要一般財源"), (4, 3, 1, 1, "320"), (4, 4, 1, 2, "350"),
        ])  # fmt: skip

    ex = _parse(draw_pdf(tmp_path, "inline.pdf", draw))
    (card,) = ex.business_units
    assert (card["name"], card["unit_no"], card["department"]) == (
        "地域公民館活動支援事業",
        4,
        "生涯学習課",
    )
    unit = "地域公民館活動支援事業"
    assert _budget(ex) == {
        (unit, "事業費", 2025, "予算"): (640_000, "640"),
        (unit, "事業費", 2026, "見込み"): (700_000, "700"),
        (unit, "所要一般財源", 2025, "予算"): (320_000, "320"),
        (unit, "所要一般財源", 2026, "見込み"): (350_000, "350"),
    }


def test_budget_rows_continued_overleaf_without_their_header(tmp_path: Path) -> None:
    """A card at the foot of a page: 事業費 and 所要一般財源 under the year header on
    page 1, 概算人件費 at the top of page 2 in a table ruling the same columns and
    no header; the card's number (5) in its first row is no figure of the table."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    title_line(page, 40, "令和7年度行政評価 施策評価票")
    ruled_table(page, 842 - 40 - 5 * 18, _W, [
        (0, 0, 5, 1, "5"), (0, 1, 1, 1, "事業名"), (0, 2, 1, 4, "観光案内所運営事業"),
        (1, 1, 1, 1, "担当部・課"), (1, 2, 1, 4, "観光課"),
        (2, 1, 3, 1, "財務内容"), (2, 2, 1, 1, "単位(千円)"), (2, 3, 1, 1, "令和6年度(決算)"),
        (2, 4, 1, 1, "令和7年度(予算)"), (2, 5, 1, 1, "令和8年度(見込み)"),
        (3, 2, 1, 1, "事業費"), (3, 3, 1, 1, "300"), (3, 4, 1, 1, "310"), (3, 5, 1, 1, "320"),
        (4, 2, 1, 1, "所要一般財源"), (4, 3, 1, 1, "150"), (4, 4, 1, 1, "155"),
        (4, 5, 1, 1, "160"),
    ])  # fmt: skip
    page = doc.new_page(width=595, height=842)
    ruled_table(page, 50, _W, [
        (0, 0, 2, 1, ""), (0, 1, 1, 1, ""), (0, 2, 1, 1, "概算人件費"), (0, 3, 1, 1, "900"),
        (0, 4, 1, 1, "910"), (0, 5, 1, 1, "920"),
        (1, 1, 1, 1, "次年度方針"), (1, 2, 1, 4, "継続"),
    ])  # fmt: skip
    path = tmp_path / "overleaf.pdf"
    doc.save(path)
    ex = _parse(path)
    got = {(r["item"], r["fiscal_year"], r["basis"]): (r["amount_yen"], r["page"])
           for r in ex.budget_lines}  # fmt: skip
    assert got == {
        ("事業費", 2024, "決算"): (300_000, 1),
        ("事業費", 2025, "予算"): (310_000, 1),
        ("事業費", 2026, "見込み"): (320_000, 1),
        ("所要一般財源", 2024, "決算"): (150_000, 1),
        ("所要一般財源", 2025, "予算"): (155_000, 1),
        ("所要一般財源", 2026, "見込み"): (160_000, 1),
        ("概算人件費", 2024, "決算"): (900_000, 2),
        ("概算人件費", 2025, "予算"): (910_000, 2),
        ("概算人件費", 2026, "見込み"): (920_000, 2),
    }
    (card,) = ex.business_units
    assert (card["name"], card["unit_no"], card["page"]) == ("観光案内所運営事業", 5, 1)
    assert card["next_year_policy"] == "継続"


@pytest.mark.parametrize("rules", [False, True], ids=["unruled", "rules-only"])
def test_card_without_vertical_rules(tmp_path: Path, rules: bool) -> None:
    """A card printed as aligned text (a word processor's table, with or without
    horizontal rules): label and name on one line, 財務内容 as aligned columns."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和7年度行政評価 施策評価票")
        title_line(page, 60, "施策3 観光の振興")
        text_table(page, 80, [20, 70, 90, 105, 105, 105], [
            ["2", "事業名", "観光PR事業", "", "", ""],
            ["", "担当部・課", "観光課", "", "", ""],
            ["", "財務内容", "単位(千円)", "令和6年度(決算)", "令和7年度(予算)",
             "令和8年度(見込み)"],
            ["", "", "事業費", "1,000", "1,100", "1,200"],
            ["", "", "所要一般財源", "500", "550", "600"],
            ["", "次年度方針", "継続", "", "", ""],
        ], rules=rules)  # fmt: skip

    ex = _parse(draw_pdf(tmp_path, "aligned.pdf", draw))
    (card,) = ex.business_units
    assert (card["name"], card["measure_no"], card["unit_no"]) == ("観光PR事業", 3, 2)
    assert (card["department"], card["next_year_policy"]) == ("観光課", "継続")
    unit = "観光PR事業"
    assert _budget(ex) == {
        (unit, "事業費", 2024, "決算"): (1_000_000, "1,000"),
        (unit, "事業費", 2025, "予算"): (1_100_000, "1,100"),
        (unit, "事業費", 2026, "見込み"): (1_200_000, "1,200"),
        (unit, "所要一般財源", 2024, "決算"): (500_000, "500"),
        (unit, "所要一般財源", 2025, "予算"): (550_000, "550"),
        (unit, "所要一般財源", 2026, "見込み"): (600_000, "600"),
    }


def test_list_header_names_no_card_and_a_name_may_start_with_a_year(tmp_path: Path) -> None:
    """事務事業名 | 事業費（千円） in the list's header row heads a column (no card named
    事業費); a card named 令和7年度記念事業 is a card although it starts with a year."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和7年度行政評価 施策評価票")
        title_line(page, 60, "事務事業一覧")
        ruled_table(page, 70, [20, 150, 80, 60, 100], [
            (0, 0, 1, 1, "No"), (0, 1, 1, 1, "事務事業名"), (0, 2, 1, 1, "事業費（千円）"),
            (0, 3, 1, 1, "次年度方針"), (0, 4, 1, 1, "担当部・課"),
            (1, 0, 1, 5, "施策1 市民協働の推進"),
            (2, 0, 1, 1, "1"), (2, 1, 1, 1, "令和7年度記念事業"), (2, 2, 1, 1, "2,000"),
            (2, 3, 1, 1, "終了"), (2, 4, 1, 1, "企画課"),
        ])  # fmt: skip
        title_line(page, 180, "施策1 市民協働の推進")
        ruled_table(page, 190, _W, [
            (0, 0, 2, 1, "1"), (0, 1, 1, 1, "事業名"), (0, 2, 1, 4, "令和7年度記念事業"),
            (1, 1, 1, 1, "担当部・課"), (1, 2, 1, 4, "企画課"),
        ])  # fmt: skip

    ex = _parse(draw_pdf(tmp_path, "list.pdf", draw))
    got = [
        (r["name"], r["measure_no"], r["unit_no"], r["in_unit_list"], r["has_card"])
        for r in ex.business_units
    ]
    assert got == [("令和7年度記念事業", 1, 1, True, True)]
    assert not [c for c in ex.checks if c["code"].startswith("unit.")]


def test_general_fund_above_cost_by_the_vocabularys_item_names(tmp_path: Path) -> None:
    """A card printing 一般財源 (not 所要一般財源) above its 事業費 in one column is
    flagged; the other column, where it is below, is not."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和7年度行政評価 施策評価票")
        ruled_table(page, 60, _W, [
            *_card_head("6", "事業名", "地域防災訓練事業", 5),
            (2, 1, 3, 1, "財務内容"), (2, 2, 1, 1, "単位(千円)"),
            (2, 3, 1, 1, "令和7年度(予算)"), (2, 4, 1, 1, "令和8年度(見込み)"),
            (3, 2, 1, 1, "事業費"), (3, 3, 1, 1, "500"), (3, 4, 1, 1, "500"),
            (4, 2, 1, 1, "一般財源"), (4, 3, 1, 1, "600"), (4, 4, 1, 1, "400"),
        ])  # fmt: skip

    ex = _parse(draw_pdf(tmp_path, "fund.pdf", draw))
    flagged = [c for c in ex.checks if c["code"] == "budget.general_fund_exceeds_cost"]
    assert [(c["fiscal_year"], c["basis"]) for c in flagged] == [(2025, "予算")]
    assert "一般財源 600,000 > 事業費 500,000" in flagged[0]["message"]


def test_measure_table_by_the_vocabularys_column_words(tmp_path: Path) -> None:
    """施策番号 | 施策の名称 | 施策の内容: one measure node per row, read by the
    vocabulary's measure_number_column / measure_name_column words."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和7年度行政評価 施策評価票")
        ruled_table(page, 60, [60, 140, 220], [
            (0, 0, 1, 1, "施策番号"), (0, 1, 1, 1, "施策の名称"), (0, 2, 1, 1, "施策の内容"),
            (1, 0, 1, 1, "1"), (1, 1, 1, 1, "多文化共生の推進"), (1, 2, 1, 1, "外国人を支える。"),
            (2, 0, 1, 1, "2"), (2, 1, 1, 1, "移住・定住の促進"), (2, 2, 1, 1, "移住者を増やす。"),
        ])  # fmt: skip

    ex = _parse(draw_pdf(tmp_path, "measures.pdf", draw))
    got = [(r["level"], r["number"], r["title"]) for r in ex.structure if r["level"] == "measure"]
    assert got == [("measure", "1", "多文化共生の推進"), ("measure", "2", "移住・定住の促進")]


def test_unit_list_columns_by_the_vocabularys_caption_words(tmp_path: Path) -> None:
    """事業番号 | 事務事業名 | 重点事業 | 今後の方向性 | 所管課, a ● in the 重点 column and
    a 合計 row: each column found by a word of its caption, the total row no unit."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和7年度行政評価 施策評価票")
        title_line(page, 60, "事務事業一覧")
        ruled_table(page, 70, [40, 150, 50, 70, 90], [
            (0, 0, 1, 1, "事業番号"), (0, 1, 1, 1, "事務事業名"), (0, 2, 1, 1, "重点事業"),
            (0, 3, 1, 1, "今後の方向性"), (0, 4, 1, 1, "所管課"),
            (1, 0, 1, 5, "施策2 地域産業の振興"),
            (2, 0, 1, 1, "1"), (2, 1, 1, 1, "商店街活性化事業"), (2, 2, 1, 1, "●"),
            (2, 3, 1, 1, "拡充"), (2, 4, 1, 1, "商工課"),
            (3, 0, 1, 1, "2"), (3, 1, 1, 1, "企業誘致推進事業"), (3, 2, 1, 1, ""),
            (3, 3, 1, 1, "継続"), (3, 4, 1, 1, "企業立地課"),
            (4, 0, 1, 1, ""), (4, 1, 1, 1, "合計"), (4, 2, 1, 3, ""),
        ])  # fmt: skip

    ex = _parse(draw_pdf(tmp_path, "list_words.pdf", draw))
    got = [
        (r["measure_no"], r["unit_no"], r["name"], r["is_priority"], r["next_year_policy"],
         r["department"])
        for r in ex.business_units
    ]  # fmt: skip
    assert got == [
        (2, 1, "商店街活性化事業", True, "拡充", "商工課"),
        (2, 2, "企業誘致推進事業", False, "継続", "企業立地課"),
    ]
    assert ex.business_units[0]["priority_marks"] == ["重点事業"]
