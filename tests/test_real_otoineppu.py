# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""The real 音威子府村まち・ひと・しごと創生総合戦略 (2015–2019), as published.

``/work/shared/real/otoineppu_sogosenryaku.pdf`` (see that folder's README; not
copied into the repository, the test is skipped without it). Every row below
was read off the rendered pages by eye (PDF pages 11–16, printed 7–12), not
from any extraction: each 基本目標 banner prints its 数値指標 as
``name 現状（2014年度）→ 目標（2019年度）``, each ◎施策の目標 table is
重要業績評価指標（KPI） | 現状値（2014年度） | 目標値（2019年度）. Headings are
fake bold (every glyph drawn four times), names wrap over two lines with the
values centred beside them.

Row tuples: ``(page, kind, context, kpi_name, metric, fiscal_year, value, unit,
qualifier, value_text)``; value_text is compared NFKC-folded without spaces.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from aizu_extract.pipeline import DocumentOutcome, process_file

PDF = Path("/work/shared/real/otoineppu_sogosenryaku.pdf")
pytestmark = pytest.mark.skipif(not PDF.exists(), reason="real documents folder absent")


@cache
def outcome() -> DocumentOutcome:
    return process_file(PDF)


def fold(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


G1 = "1 村の振興の要となる高校の機能強化"
G2 = "2 卒業生のための雇用の場の創出"
G3 = "3 高校を軸とした人の流れの促進"
G4 = "4 高校生参加による個性的で魅力ある村づくり"
NT, KPI = "numerical_target", "kpi"
B, T = ("baseline", 2014), ("target", 2019)

ROWS = [
    # page 7: banner, then ① 高校の仕組みの強化
    (11, NT, G1, "高校の入学者数", *B, 40.0, "人", None, "40人(2014年度)"),
    (11, NT, G1, "高校の入学者数", *T, 40.0, "人", "年", "年40人(2019年度)"),
    (11, KPI, f"{G1} / ① 高校の仕組みの強化", "中学校訪問実施校数", *B, 111.0, "校", "年", "年111校"),
    (11, KPI, f"{G1} / ① 高校の仕組みの強化", "中学校訪問実施校数", *T, 111.0, "校", "年", "年111校"),
    # page 8
    (12, NT, G2, "卒業生の新規就業者数", *B, 0.0, "人", None, "0人(2014年度)"),
    (12, NT, G2, "卒業生の新規就業者数", *T, 6.0, "人", "5年間で", "5年間で6人(2019年度)"),
    (12, KPI, f"{G2} / ① 新エネルギー産業等立ち上げによる雇用の創出", "バイオガスプラント事業関連就業者数", *B, None, None, None, "-"),
    (12, KPI, f"{G2} / ① 新エネルギー産業等立ち上げによる雇用の創出", "バイオガスプラント事業関連就業者数", *T, 1.0, "人", "5年間で", "5年間で1人"),
    (12, KPI, f"{G2} / ① 新エネルギー産業等立ち上げによる雇用の創出", "高齢者複合型施設関連の就業者数", *B, None, None, None, "-"),
    (12, KPI, f"{G2} / ① 新エネルギー産業等立ち上げによる雇用の創出", "高齢者複合型施設関連の就業者数", *T, 2.0, "人", "5年間で", "5年間で2人"),
    # page 9
    (13, KPI, f"{G2} / ② 新規就農者・農業後継者の育成強化", "新規就農者数", *B, None, None, None, "-"),
    (13, KPI, f"{G2} / ② 新規就農者・農業後継者の育成強化", "新規就農者数", *T, 3.0, "人", "5年間で", "5年間で3人"),
    (13, KPI, f"{G2} / ② 新規就農者・農業後継者の育成強化", "農業後継者数", *B, None, None, None, "-"),
    (13, KPI, f"{G2} / ② 新規就農者・農業後継者の育成強化", "農業後継者数", *T, 2.0, "人", "5年間で", "5年間で2人"),
    # page 10: two banner lines
    (14, NT, G3, "卒業生の移住数", *B, 1.0, "人", None, "1人(2014年度)"),
    (14, NT, G3, "卒業生の移住数", *T, 5.0, "人", "5年間で", "5年間で5人(2019年度)"),
    (14, NT, G3, "展覧会の入場者数", *B, 700.0, "人", None, "700人(2014年度)"),
    (14, NT, G3, "展覧会の入場者数", *T, 1500.0, "人", "年", "年1,500人(2019年度)"),
    (14, KPI, f"{G3} / ① 卒業生のUターン・定住促進", "高齢者複合型施設就業に関わるUターン者数", *B, None, None, None, "-"),
    (14, KPI, f"{G3} / ① 卒業生のUターン・定住促進", "高齢者複合型施設就業に関わるUターン者数", *T, 5.0, "人", "5年間で", "5年間で5人"),
    (14, KPI, f"{G3} / ① 卒業生のUターン・定住促進", "短期移住体験者数", *B, 9.0, "人", "延べ243日", "9人(延べ243日)"),
    (14, KPI, f"{G3} / ① 卒業生のUターン・定住促進", "短期移住体験者数", *T, 12.0, "人", "年 延べ300日", "年12人(延べ300日)"),
    # page 11: non-numeric targets keep their text
    (15, KPI, f"{G3} / ② 高校を活用した交流の拡大", "展覧会の開催数", *B, None, None, None, "旭川・札幌・地元各地域で年1回"),
    (15, KPI, f"{G3} / ② 高校を活用した交流の拡大", "展覧会の開催数", *T, None, None, None, "東京・旭川・札幌・地元各地域で年1回"),
    (15, KPI, f"{G3} / ② 高校を活用した交流の拡大", "学校紹介DVDの制作", *B, None, None, None, "-"),
    (15, KPI, f"{G3} / ② 高校を活用した交流の拡大", "学校紹介DVDの制作", *T, None, None, None, "1年間収録しDVD化中学校へ配布"),
    (15, KPI, f"{G3} / ② 高校を活用した交流の拡大", "おといねっぷ美術工芸高等学校応援団の組織化", *B, None, None, None, "-"),
    (15, KPI, f"{G3} / ② 高校を活用した交流の拡大", "おといねっぷ美術工芸高等学校応援団の組織化", *T, None, None, None, "5年間で1組織化卒業生の親で希望される方※PTAではない組織"),
    (15, KPI, f"{G3} / ③ 学校間連携の強化", "レクサンド校への生徒派遣数", *B, 3.0, "人", None, "3人"),
    (15, KPI, f"{G3} / ③ 学校間連携の強化", "レクサンド校への生徒派遣数", *T, 3.0, "人", "年 5年間で15人", "年3人(5年間で15人)"),
    (15, KPI, f"{G3} / ③ 学校間連携の強化", "留学生の受入数", *B, 2.0, "人", None, "2人"),
    (15, KPI, f"{G3} / ③ 学校間連携の強化", "留学生の受入数", *T, 3.0, "人", "年 5年間で15人", "年3人(5年間で15人)"),
    (15, KPI, f"{G3} / ③ 学校間連携の強化", "大学との連携授業数", *B, 3.0, "回", None, "3回"),
    (15, KPI, f"{G3} / ③ 学校間連携の強化", "大学との連携授業数", *T, 3.0, "回", "年 5年間で10回", "年3回(5年間で10回)"),
    # page 12
    (16, NT, G4, "高校生参加の村づくり事業数", *B, 0.0, "事業", None, "0事業(2014年度)"),
    (16, NT, G4, "高校生参加の村づくり事業数", *T, 2.0, "事業", "5年間で", "5年間で2事業(2019年度)"),
    (16, KPI, f"{G4} / ① 高校生の村づくりへの参加促進", "高校生によりデザイン化された村内施設数", *B, None, None, None, "-"),
    (16, KPI, f"{G4} / ① 高校生の村づくりへの参加促進", "高校生によりデザイン化された村内施設数", *T, 2.0, "か所", "5年間で", "5年間で2か所"),
]


def test_every_indicator_read_off_the_page() -> None:
    got = [
        (r["page"], r["kind"], r["context"], r["kpi_name"], r["metric"], r["fiscal_year"],
         r["value"], r["unit"], r["qualifier"], fold(r["value_text"]))
        for r in outcome().rows["kpi_values"]
    ]
    assert got == ROWS


def test_year_labels_are_the_printed_ones() -> None:
    labels = {(r["kind"], r["metric"], r["year_label"]) for r in outcome().rows["kpi_values"]}
    assert labels == {
        ("kpi", "baseline", "2014年度"), ("kpi", "target", "2019年度"),
        ("numerical_target", "baseline", "2014年度"), ("numerical_target", "target", "2019年度"),
    }


def test_document_fields() -> None:
    out = outcome()
    doc = out.document
    assert doc["doc_type"] == "strategy"
    assert doc["municipality"] == "音威子府村"
    assert doc["page_count"] == 16
    assert doc["fiscal_year"] == 2015  # 対象期間は…2015年度から2019年度まで
    # the cover prints its title as an image: the PDF's own title is used
    assert doc["title"] == "北海道音威子府村まち・ひと・しごと創生総合戦略"
    assert not (doc["status"] == "ok" and not out.rows["kpi_values"])
    assert doc["status"] == "ok", doc["error"]
    assert out.rows["rejects"] == []


def test_outline() -> None:
    got = [(r["level"], r["number"], r["title"], r["parent_number"])
           for r in outcome().rows["structure"]]
    assert got == [
        ("pillar", "1", "村の振興の要となる高校の機能強化", None),
        ("section", "①", "高校の仕組みの強化", "1"),
        ("pillar", "2", "卒業生のための雇用の場の創出", None),
        ("section", "①", "新エネルギー産業等立ち上げによる雇用の創出", "2"),
        ("section", "②", "新規就農者・農業後継者の育成強化", "2"),
        ("pillar", "3", "高校を軸とした人の流れの促進", None),
        ("section", "①", "卒業生のUターン・定住促進", "3"),
        ("section", "②", "高校を活用した交流の拡大", "3"),
        ("section", "③", "学校間連携の強化", "3"),
        ("pillar", "4", "高校生参加による個性的で魅力ある村づくり", None),
        ("section", "①", "高校生の村づくりへの参加促進", "4"),
    ]
