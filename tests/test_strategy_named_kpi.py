# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""An indicator named on its label's line over a line of its labelled values.

概要版 slides (held-out 16, template W) print each 施策's KPI in a small box at the
bottom of the 施策's own box: ``KPI：NAME`` and under it ``基準値 BASE（R5）→目標値
TARGET（R11）``. Several 施策 boxes stand side by side, so a KPI belongs to the
column it is drawn in, not to the last heading read; a box's text may be shrunk to
fit (smaller than the footnote size) and a values line running over the box's rule
is cut in two runs. The page is drawn in the test; expected values are typed from
the text drawn.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.normalize.eras import YearContext
from aizu_extract.parsers.base import Extraction
from aizu_extract.parsers.strategy.arrow_lines import read_labelled_values
from aizu_extract.parsers.strategy.named_kpi import named_kpi
from aizu_extract.pipeline import process_file

_G1 = "基本目標1 しごとをつくる"


def _slide(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for x, y, text, size in (
        (200, 60, "あさひ村総合戦略【概要版】", 16),
        (40, 100, "基本目標1 しごとをつくる", 14),
        (40, 125, "農業と商業の担い手を増やし、若い世代のしごとをつくります。", 10),
        (40, 140, "町内の事業所と連携して取り組みます。", 10),
        # two 施策 boxes side by side: headings on one row, KPIs at the bottom
        (40, 180, "施策1 農業の振興", 11), (310, 180, "施策2 商業の振興", 11),
        (44, 200, "・新規就農者への研修を行います", 10), (314, 200, "・空き店舗の活用を進めます", 10),
        (44, 260, "KPI：新規就農者数", 10),
        # the right box's text shrunk to fit
        (314, 262, "KPI：空き店舗の活用件数", 8),
        (52, 280, "基準値 2人（R5）→目標値 累計15人（R11）", 10),
        (318, 282, "現状値：－（R5）→目標値：増加（R11）", 8),
        # a KPI name over prose: no values line, no row
        (44, 320, "KPI：研修の満足度", 10),
        (52, 340, "研修の満足度は年々高まっています。", 10),
    ):
        page.insert_text((x, y), text, fontname="japan", fontsize=size)
    # the right box's rule crosses the end of its values line: two runs
    page.draw_line((470, 274), (470, 286), width=0.5)
    doc.save(path)
    doc.close()
    return path


def test_named_kpi_boxes_side_by_side(tmp_path: Path) -> None:
    outcome = process_file(_slide(tmp_path / "slide.pdf"))
    assert outcome.document["doc_type"] == "strategy"
    assert outcome.rows["rejects"] == []
    got = [
        (r["kind"], r["context"], r["kpi_name"], r["metric"], r["year_label"], r["fiscal_year"],
         r["value"], r["unit"], r["qualifier"], r["value_text"])
        for r in outcome.rows["kpi_values"]
    ]  # fmt: skip
    assert got == [
        ("kpi", f"{_G1} / 施策1 農業の振興", "新規就農者数", "baseline", "R5", 2023, 2.0, "人", None, "2人（R5）"),
        ("kpi", f"{_G1} / 施策1 農業の振興", "新規就農者数", "target", "R11", 2029, 15.0, "人", "累計", "累計15人（R11）"),
        ("kpi", f"{_G1} / 施策2 商業の振興", "空き店舗の活用件数", "baseline", "R5", 2023, None, None, None, "－（R5）"),
        ("kpi", f"{_G1} / 施策2 商業の振興", "空き店舗の活用件数", "target", "R11", 2029, None, None, None, "増加（R11）"),
    ]


def test_named_kpi_label_line() -> None:
    assert named_kpi("KPI:新規就農者数", "ＫＰＩ：新規就農者数") == ("kpi", "新規就農者数", None)
    assert named_kpi("成果指標:観光入込客数", "成果指標：観光入込客数") == ("kpi", "観光入込客数", None)
    assert named_kpi("数値目標:転入者数", "数値目標：転入者数") == ("numerical_target", "転入者数", None)
    # the values on the name's own line, after a space and a baseline word
    assert named_kpi("KPI:新規就農者数現状値2人(R5)→目標値15人(R11)", "KPI：新規就農者数　現状値 2人（R5）→目標値 15人（R11）") == (
        "kpi", "新規就農者数", "現状値 2人（R5）→目標値 15人（R11）")
    # running text mentioning KPIs, a label with nothing after it: not a name line
    assert named_kpi("KPIの達成状況を検証します。", "KPIの達成状況を検証します。") is None
    assert named_kpi("KPI:", "KPI：") is None


def _values(line: str) -> list[tuple[object, ...]]:
    ex = Extraction(doc_type="strategy")
    ok = read_labelled_values("指標", line, ex=ex, page=1, context=None, years=YearContext(), word_chars=6)
    rows = [(r["metric"], r["value"], r["unit"], r["qualifier"], r["year_label"], r["value_text"]) for r in ex.kpi_values]
    assert ok == bool(rows)
    return rows


def test_labelled_values_line() -> None:
    assert _values("基準値 ３，４２０人（Ｒ５）→目標値 年間５件（Ｒ１１）") == [
        ("baseline", 3420.0, "人", None, "R5", "３，４２０人（Ｒ５）"),
        ("target", 5.0, "件", "年間", "R11", "年間５件（Ｒ１１）"),
    ]
    # the label words are optional; a word run on into the value is the value's
    assert _values("64.5%（R5）→目標 現状維持（R11）") == [
        ("baseline", 64.5, "%", None, "R5", "64.5%（R5）"),
        ("target", None, None, None, "R11", "現状維持（R11）"),
    ]
    # each year printed right after its label word, before the value
    assert _values("現状値（R5）2人→目標値（R11）累計15人") == [
        ("baseline", 2.0, "人", None, "R5", "（R5）2人"),
        ("target", 15.0, "人", "累計", "R11", "（R11）累計15人"),
    ]
    # a name before the values, a value without its year, two arrows: not this shape
    assert _values("新規就農者数 基準値 2人（R5）→目標値 15人（R11）") == []
    assert _values("基準値 2人→目標値 15人（R11）") == []
    assert _values("基準値 2人（R5）→5人（R8）→15人（R11）") == []


def test_named_kpi_with_its_values_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "one_line.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for x, y, text, size in (
        (200, 60, "あさひ村総合戦略【概要版】", 16),
        (40, 100, "基本目標1 しごとをつくる", 14),
        (40, 125, "農業の担い手を増やし、若い世代のしごとをつくります。", 10),
        (40, 160, "施策1 農業の振興", 11),
        (44, 180, "・新規就農者への研修を行います", 10),
        (44, 200, "KPI：新規就農者数　現状値 2人（R5）→目標値 15人（R11）", 10),
    ):
        page.insert_text((x, y), text, fontname="japan", fontsize=size)
    doc.save(path)
    doc.close()
    outcome = process_file(path)
    got = [(r["context"], r["kpi_name"], r["metric"], r["value"], r["year_label"], r["value_text"])
           for r in outcome.rows["kpi_values"]]  # fmt: skip
    assert got == [
        (f"{_G1} / 施策1 農業の振興", "新規就農者数", "baseline", 2.0, "R5", "2人（R5）"),
        (f"{_G1} / 施策1 農業の振興", "新規就農者数", "target", 15.0, "R11", "15人（R11）"),
    ]


def test_named_kpi_name_wrapped_in_a_narrow_box(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for x, y, text, size in (
        (200, 60, "あさひ村総合戦略【概要版】", 16),
        (40, 100, "基本目標1 しごとをつくる", 14),
        (40, 125, "子育ての希望をかなえ、若い世代が暮らし続けるまちをつくります。", 10),
        (40, 160, "施策1 子育て支援", 11),
        (44, 180, "・相談体制を充実します", 10),
        (44, 200, "KPI：子育て支援に満足している", 10),
        (44, 214, "保護者の割合", 10),
        (52, 234, "基準値 64.5%（R5）→目標値 75.0%（R11）", 10),
    ):
        page.insert_text((x, y), text, fontname="japan", fontsize=size)
    doc.save(path)
    doc.close()
    outcome = process_file(path)
    got = [(r["context"], r["kpi_name"], r["metric"], r["value"], r["unit"], r["value_text"])
           for r in outcome.rows["kpi_values"]]  # fmt: skip
    assert got == [
        (f"{_G1} / 施策1 子育て支援", "子育て支援に満足している保護者の割合", "baseline", 64.5, "%", "64.5%（R5）"),
        (f"{_G1} / 施策1 子育て支援", "子育て支援に満足している保護者の割合", "target", 75.0, "%", "75.0%（R11）"),
    ]


def test_named_kpi_values_in_two_lines(tmp_path: Path) -> None:
    path = tmp_path / "two_lines.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for x, y, text, size in (
        (200, 60, "あさひ村総合戦略【概要版】", 16),
        (40, 100, "基本目標1 しごとをつくる", 14),
        (40, 125, "観光を入口に、町とつながる人を増やします。", 10),
        (40, 160, "施策1 観光交流の推進", 11),
        (44, 180, "・周遊企画を充実します", 10),
        (44, 200, "KPI：観光入込客数", 10),
        (52, 218, "基準値：36.2万人（R5）", 10),
        (52, 236, "目標値：40.0万人（R11）", 10),
        # a baseline alone with no target under it gives no row
        (44, 270, "KPI：宿泊者数", 10),
        (52, 288, "基準値：1.2万人（R5）", 10),
        (52, 306, "宿泊施設と連携して取り組みます。", 10),
    ):
        page.insert_text((x, y), text, fontname="japan", fontsize=size)
    doc.save(path)
    doc.close()
    outcome = process_file(path)
    got = [(r["context"], r["kpi_name"], r["metric"], r["value"], r["unit"], r["year_label"], r["value_text"])
           for r in outcome.rows["kpi_values"]]  # fmt: skip
    assert got == [
        (f"{_G1} / 施策1 観光交流の推進", "観光入込客数", "baseline", 36.2, "万人", "R5", "36.2万人（R5）"),
        (f"{_G1} / 施策1 観光交流の推進", "観光入込客数", "target", 40.0, "万人", "R11", "40.0万人（R11）"),
    ]
