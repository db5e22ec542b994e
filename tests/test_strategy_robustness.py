"""Hand-drawn strategy pages for layouts the samples do not cover.

Each PDF is drawn with PyMuPDF in the test: unruled tables whose header labels
are split over two lines with other base/target years, a table continued on
the next page without a repeated header, footnotes and folios, 基本目標 headings.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.pipeline import DocumentOutcome, process_file

Text = tuple[float, float, str, float]  # x, baseline y, text, size


Rule = tuple[float, float, float]  # x0, x1, y of a horizontal line


def draw(path: Path, pages: list[list[Text]], rules: list[list[Rule]] | None = None) -> Path:
    """Write one page per list; ``rules`` are horizontal lines (x0, x1, y) per page."""
    doc = pymupdf.open()
    for n, items in enumerate(pages):
        page = doc.new_page(width=595, height=842)
        for x, y, text, size in items:
            page.insert_text((x, y), text, fontname="japan", fontsize=size)
        for x0, x1, y in (rules or [[]] * len(pages))[n]:
            page.draw_line((x0, y), (x1, y), width=0.5)
    doc.save(path)
    doc.close()
    return path


def heading_block(title_y: float = 80) -> list[Text]:
    return [
        (60, title_y, "基本目標1 しごとをつくる", 14),
        (60, title_y + 25, "【基本的方向】", 10.5),
        (70, title_y + 42, "○地域のしごとを増やします。", 10),
        (70, title_y + 58, "○若者の定着を進めます。", 10),
    ]


def unruled_kpi(top: float, rows: list[tuple[str, str, str]], header: bool = True) -> list[Text]:
    """A KPI table without any rules; header labels split over two lines."""
    out: list[Text] = []
    y = top
    if header:
        out += [
            (90, y + 6, "重要業績評価指標（K P I）", 9.5),
            (350, y, "現状値", 9.5), (340, y + 12, "(R5 年度末値)", 9.5),
            (460, y, "目標値", 9.5), (450, y + 12, "(R10 年度末値)", 9.5),
        ]
        y += 30
    for name, base, target in rows:
        out += [(62, y, name, 9.5), (330, y, base, 9.5), (460, y, target, 9.5)]
        y += 16
    return out


def run(path: Path) -> DocumentOutcome:
    outcome = process_file(path)
    assert outcome.document["doc_type"] == "strategy", outcome.document
    return outcome


@pytest.fixture()
def unruled_split(tmp_path: Path) -> DocumentOutcome:
    page1 = [
        (200, 60, "第3期 総合戦略", 16),
        *heading_block(100),
        (60, 200, "(1) 地域産業の振興", 12),
        (64, 225, "① 企業誘致の推進", 11),
        (70, 245, "企業の誘致を進めます。", 10),
        *unruled_kpi(270, [
            ("誘致企業数（累計）", "－", "12 社"), ("雇用者数/年", "1,200人(見込値)", "1,500 人"),
        ]),
        # the indicator name carries a raised footnote mark
        (62, 332, "新規就農者数", 9.5), (119, 328, "3", 5.5),
        (330, 332, "20 人", 9.5), (460, 332, "35 人", 9.5),
        (60, 800, "3 新たに農業を始めた人の数", 7.5),
        (290, 825, "- 5 -", 9),
    ]
    page2 = [
        *unruled_kpi(70, [("観光客数／年", "300 万人", "400 万人")], header=False),
        (70, 110, "【主な取組】", 10),
        (78, 128, "・企業立地の支援（企業立地促進事業）", 9.5),
        (290, 825, "- 6 -", 9),
    ]
    return run(draw(tmp_path / "unruled.pdf", [page1, page2]))


def test_unruled_split_header_other_years(unruled_split: DocumentOutcome) -> None:
    rows = unruled_split.rows["kpi_values"]
    got = {(r["kpi_name"], r["metric"]): r for r in rows}
    base = got[("誘致企業数(累計)", "baseline")]
    assert (base["year_label"], base["fiscal_year"], base["value"]) == ("R5年度末値", 2023, None)
    target = got[("誘致企業数(累計)", "target")]
    assert (target["year_label"], target["fiscal_year"], target["value"], target["unit"]) == (
        "R10年度末値", 2028, 12.0, "社")
    jobs = got[("雇用者数/年", "baseline")]
    assert (jobs["value"], jobs["qualifier"]) == (1200.0, "見込値")
    assert ("新規就農者数", "target") in got  # footnote mark dropped
    assert unruled_split.rows["rejects"] == []
    assert {r["context"] for r in rows} == {
        "基本目標1 しごとをつくる / (1) 地域産業の振興 / ① 企業誘致の推進"
    }


def test_continuation_without_header_and_footnotes(unruled_split: DocumentOutcome) -> None:
    rows = unruled_split.rows["kpi_values"]
    carried = [r for r in rows if r["kpi_name"] == "観光客数/年"]
    assert [(r["page"], r["metric"], r["value"]) for r in carried] == [
        (2, "baseline", 300.0), (2, "target", 400.0)]
    assert not any("農業を始めた" in r["kpi_name"] for r in rows)
    assert len(rows) == 8
    items = [r for r in unruled_split.rows["structure"] if r["level"] == "item"]
    assert [(r["title"], r["parent_number"]) for r in items] == [
        ("企業立地の支援(企業立地促進事業)", "①")]
    pillar = next(r for r in unruled_split.rows["structure"] if r["level"] == "pillar")
    assert (pillar["number"], pillar["title"]) == ("1", "しごとをつくる")
    assert pillar["text"] == "地域のしごとを増やします。\n若者の定着を進めます。"


def test_numerical_target_with_horizontal_rules_and_calendar_years(tmp_path: Path) -> None:
    page = [
        (200, 60, "総合戦略", 16),
        *heading_block(100),
        (60, 190, "【数値目標】", 10.5),
        (80, 212, "項目名", 9.5),
        (330, 206, "現状値", 9.5), (322, 218, "(R 4 年値)", 9.5),
        (450, 206, "目標値", 9.5), (442, 218, "(R9 年値)", 9.5),
        (62, 240, "出生数/年", 9.5), (340, 240, "700 人", 9.5), (455, 240, "750 人", 9.5),
        (62, 258, "一人一台端末の導入", 9.5), (340, 258, "－", 9.5), (455, 258, "整備完了", 9.5),
        # a decoy below: figures without 数値目標/KPI labels
        (60, 320, "(参考) 人口の推移", 10),
        (80, 340, "項目", 9.5), (330, 340, "平成20年", 9.5), (450, 340, "現状値", 9.5),
        (62, 358, "現住人口", 9.5), (330, 358, "129 千人", 9.5), (450, 358, "120 千人", 9.5),
    ]
    rules = [[(58, 540, 198), (58, 540, 226), (58, 540, 246), (58, 540, 264)]]
    outcome = run(draw(tmp_path / "numerical.pdf", [page], rules))
    rows = outcome.rows["kpi_values"]
    assert {r["kind"] for r in rows} == {"numerical_target"}
    got = {(r["kpi_name"], r["metric"]): r for r in rows}
    assert len(got) == 4
    birth = got[("出生数/年", "baseline")]
    assert (birth["year_label"], birth["fiscal_year"], birth["value"]) == ("R4年値", 2022, 700.0)
    done = got[("一人一台端末の導入", "target")]
    assert (done["value"], done["value_text"], done["fiscal_year"]) == (None, "整備完了", 2027)
    assert outcome.rows["rejects"] == []
    assert outcome.document["fiscal_year"] is None  # no cover date, baselines are calendar years


def test_unreadable_value_is_rejected_not_dropped(tmp_path: Path) -> None:
    page = [
        (200, 50, "総合戦略", 16),
        *heading_block(80),
        (60, 180, "(1) 交流の促進", 12),
        (64, 205, "① 観光の推進", 11),
        *unruled_kpi(230, [("観光客数", "12 34 人", "400 人")]),
    ]
    outcome = run(draw(tmp_path / "reject.pdf", [page]))
    rejects = outcome.rows["rejects"]
    assert [(r["field"], r["value_text"], r["code"]) for r in rejects] == [
        ("value", "12 34 人", "number.unparseable")]
    assert [r["metric"] for r in outcome.rows["kpi_values"]] == ["target"]
    assert outcome.document["status"] == "partial"
