"""Content of the 事務事業評価シート sample: six business units of the fictional あさぎ市.

あさぎ市 is an invented city (no such municipality exists). The six units, their
担当部・課, 法定/自主, 次年度方針, 概要 and their 令和7年度 figures (事業費, 一般財源,
人件費 of the 令和7年度(予算) column) come from the cards of
``/work/shared/seeds/aizuwakamatsu_policy_evaluation_r7_area37.txt`` (via
``evaluation_content``); place names are replaced by fictional ones. Everything a
real 事務事業評価シート has and the seed card lacks was invented for the sample and
is marked ``# invented:``:

* 5年度決算 / 6年度決算 columns, the 財源内訳 split of 事業費 (国・県支出金, 地方債,
  その他, 一般財源), トータルコスト (= 事業費 + 人件費) and 従事職員数;
* 根拠法令 texts, SDGs goals (the seed gives targets such as 11.3 for the 施策 list,
  the goal numbers are taken from them and extended);
* 活動指標 and 成果指標 with 目標 / 実績 by year and a 7年度見込 (some numbers follow
  the seed's 実績 text, e.g. 参加者 R5:24名, R6:16名);
* 移住支援金 is printed ■法定 and marked 拡充, 未来人財育成塾 is marked 終了 (seed),
  UIJターン等移住給付金 has no 次年度方針 option marked, 奨学金返還支援事業補助金
  prints the phrase 現状のまま継続 and its 施策 without a number.

Pure data: both renderers (``unit_sheets.py``: LibreOffice Calc and reportlab) print
from it. Money is in 千円 as printed on the Calc rendering; the reportlab rendering
multiplies one sheet by 1,000 (単位：円) and prints another as ``経費（一財）``.
Years are printed without era (``5年度決算``); the document title carries 令和.
"""

from __future__ import annotations

from dataclasses import dataclass

MUNICIPALITY = "あさぎ市"
TITLE = "令和7年度 事務事業評価シート"
DASH = "－"  # U+FF0D, "no value"

YEARS = ("5年度", "6年度", "7年度")  # KPI year labels
COST_HEADS = ("5年度決算", "6年度決算", "7年度予算")  # cost table column heads
FORECAST_HEAD = "7年度見込"
COST_ITEMS = ("事業費", "国・県支出金", "地方債", "その他", "一般財源", "人件費", "トータルコスト")
FUND_ITEMS = ("国・県支出金", "地方債", "その他", "一般財源")  # printed beside 財源内訳
POLICY_OPTIONS = ("継続", "拡充", "縮小", "廃止", "終了")
LEGAL_OPTIONS = ("法定", "自主")


@dataclass(frozen=True)
class Indicator:
    """An 活動指標 / 成果指標: printed cells for 5年度, 6年度, 7年度 and the 7年度見込."""

    name: str
    unit: str
    target: tuple[str, str, str]
    actual: tuple[str, str, str]
    forecast: str
    rate: tuple[str, str, str] | None = None  # 達成率 row, printed on one sheet only


@dataclass(frozen=True)
class SubUnit:
    """A 細事業 printed inside its parent's sheet, with its own 細事業費 (千円)."""

    name: str
    summary: str
    cost: tuple[str, str, str]


@dataclass(frozen=True)
class UnitSheet:
    """One 事務事業評価シート."""

    no: int
    name: str
    division: str  # 部
    section: str  # 課
    measure_no: int | None  # None: the sheet prints the 施策名 only
    measure_title: str
    law: str  # 根拠法令 as printed
    legal_basis: str  # the marked option of 法定/自主
    next_year: str | None  # the marked option; None: no option marked
    next_year_phrase: str | None  # printed instead of the options (no boxes at all)
    summary: str  # 事業の目的・概要
    sdgs: tuple[int, ...]
    # 千円 as printed, (5年度決算, 6年度決算, 7年度予算) per item; DASH = no value
    cost: dict[str, tuple[str, str, str]]
    staff: tuple[str, str, str]  # 従事職員数 (人), not money
    activity: Indicator
    outcome: Indicator
    evaluation: str  # 評価・課題
    sub: SubUnit | None = None


_SOUMU = ("総務部", "総務課")
_KIKAKU = ("企画政策部", "企画調整課")
_CITYPRO = ("企画政策部", "シティプロモーション課")
_M1 = "交流の促進"
_M2 = "定住・二地域居住の推進"


def _cost(*rows: tuple[str, str, str]) -> dict[str, tuple[str, str, str]]:
    return dict(zip(COST_ITEMS, rows, strict=True))


SHEETS = (
    UnitSheet(
        no=1,
        name="姉妹都市・親善交流都市等交流事業",
        division=_SOUMU[0],
        section=_SOUMU[1],
        measure_no=1,
        measure_title=_M1,
        law=DASH,
        legal_basis="自主",
        next_year="継続",
        next_year_phrase=None,
        summary=(
            "本市と各都市を結ぶ共通の歴史や人物の情報を発信しながら、都市間交流の窓口として"
            "民間交流を支援し、その活性化を図る。また、節目の年には記念事業を実施する。"
        ),
        sdgs=(11, 17),  # invented (seed target 8.9 → goal 8 not used: the grid is invented)
        cost=_cost(  # invented 5・6年度; 7年度 from the seed (601 / 601 / 3,691)
            ("1,148", "2,035", "601"),
            ("0", "0", "0"),
            (DASH, DASH, DASH),
            ("0", "150", "0"),
            ("1,148", "1,885", "601"),
            ("3,420", "3,552", "3,691"),
            ("4,568", "5,587", "4,292"),
        ),
        staff=("0.5人", "0.5人", "0.5人"),
        activity=Indicator("交流事業の実施件数", "件", ("10", "10", "10"), ("9", "11", DASH), "10"),
        outcome=Indicator(
            "交流事業への市民参加者数", "人", ("800", "850", "900"), ("742", "903", DASH), "880"
        ),
        evaluation=(
            "交流情報を庁内で共有化し、新たな分野での交流の仕組みづくりを検討する。"
            "8年度は相互訪問事業の年であり、姉妹都市を訪問し交流の推進を図る。"
        ),
    ),
    UnitSheet(
        no=2,
        name="国際交流推進事業",
        division=_KIKAKU[0],
        section=_KIKAKU[1],
        measure_no=1,
        measure_title=_M1,
        law=DASH,
        legal_basis="自主",
        next_year="継続",
        next_year_phrase=None,
        summary=(
            "多文化共生理解の促進と在住外国人の生活支援を目的に、国際理解に関する各種イベント、"
            "外国人向け日本語学習支援や相談窓口機能を担う国際交流協会に負担金を支出し、民間による"
            "国際交流活動を支援する。"
        ),
        sdgs=(4, 10, 17),
        cost=_cost(  # 7年度 22,309 / 22,309 / 749 from the seed
            ("20,870", "21,540", "22,309"),
            ("0", "0", "0"),
            (DASH, DASH, DASH),
            ("0", "0", "0"),
            ("20,870", "21,540", "22,309"),
            ("702", "731", "749"),
            ("21,572", "22,271", "23,058"),
        ),
        staff=("1.5人", "1.5人", "1.5人"),
        activity=Indicator(
            "国際理解イベントの開催回数", "回", ("24", "24", "24"), ("22", "25", DASH), "24"
        ),
        # seed KPI 1 (国際交流協会活動参加人数): 目標 4,000, 実績 2,290 / 2,481, 57.3% / 62.0%
        outcome=Indicator(
            "国際交流協会活動参加人数",
            "人",
            ("4,000", "4,000", "4,000"),
            ("2,290", "2,481", DASH),
            "3,000",
            rate=("57.3%", "62.0%", DASH),
        ),
        evaluation=(
            "在住外国人への生活支援を図る上で、国際交流協会との連携は不可欠であることから、"
            "組織運営の在り方について協会と協議をしていく。"
        ),
        sub=SubUnit(  # invented 細事業
            name="日本語学習支援事業",
            summary=(
                "国際交流推進事業の細事業として、在住外国人を対象とした日本語教室を開催し、"
                "生活に必要な日本語の習得を支援する。"
            ),
            cost=("3,200", "3,350", "3,500"),
        ),
    ),
    UnitSheet(
        no=3,
        name="未来人財育成塾",
        division=_KIKAKU[0],
        section=_KIKAKU[1],
        measure_no=1,
        measure_title=_M1,
        law=DASH,
        legal_basis="自主",
        next_year="終了",
        next_year_phrase=None,
        summary=(
            "「自立」と「自律」の心を培う機会の提供を通した、次の世代を担う人財の育成を目的に、"
            "中学生を対象に、講師陣による講義や将来の夢を考えるグループワーク等を開催する。"
        ),
        sdgs=(4,),
        cost=_cost(  # 7年度 4,292 / 0 / 2,086 from the seed; その他 = 基金繰入金
            ("4,015", "3,876", "4,292"),
            ("0", "0", "0"),
            (DASH, DASH, DASH),
            ("4,015", "3,876", "4,292"),
            ("0", "0", "0"),
            ("1,987", "2,031", "2,086"),
            ("6,002", "5,907", "6,378"),
        ),
        staff=("0.3人", "0.3人", "0.3人"),
        activity=Indicator(
            "講義・グループワークの開催回数", "回", ("10", "10", "10"), ("10", "9", DASH), "10"
        ),
        outcome=Indicator(  # seed: 参加者 R5:24名、R6:16名
            "塾生の参加者数", "人", ("30", "30", "30"), ("24", "16", DASH), "20"
        ),
        evaluation=(
            "近年の参加者減少等の課題や、財源である基金の払底を見据え、7年度で事業を終了する。"
        ),
    ),
    UnitSheet(
        no=4,
        name="移住支援金",
        division=_CITYPRO[0],
        section=_CITYPRO[1],
        measure_no=2,
        measure_title=_M2,
        law="地方創生移住支援事業実施要綱",  # invented
        legal_basis="法定",  # invented: the seed card prints 自主
        next_year="拡充",  # invented: the seed card prints 継続
        next_year_phrase=None,
        summary=(
            "5年以上、東京23区居住、又は東京圏から通勤していた者等が市内に移住し就職などをした"
            "場合に、給付金を交付する。また、世帯で移住する場合は、子どもの人数に応じて支援金を"
            "加算する。"
        ),
        sdgs=(11,),
        cost=_cost(  # 7年度 30,000 / 7,500 / 1,931 from the seed
            ("12,000", "21,000", "30,000"),
            ("9,000", "15,750", "22,500"),
            (DASH, DASH, DASH),
            ("0", "0", "0"),
            ("3,000", "5,250", "7,500"),
            ("1,804", "1,872", "1,931"),
            ("13,804", "22,872", "31,931"),
        ),
        staff=("0.25人", "0.25人", "0.25人"),
        activity=Indicator(  # seed: 令和6年度 14件
            "移住支援金の交付件数", "件", ("10", "12", "15"), ("8", "14", DASH), "15"
        ),
        outcome=Indicator(
            "移住支援金を活用した移住者数", "人", ("20", "25", "30"), ("17", "31", DASH), "33"
        ),
        evaluation=(
            "支給要件緩和、加算額の増加等により交付申請者が増加している。国や県と連携のもと"
            "効果的に運用し、移住者の増加を図っていく。"
        ),
    ),
    UnitSheet(
        no=5,
        name="UIJターン等移住給付金",
        division=_CITYPRO[0],
        section=_CITYPRO[1],
        measure_no=2,
        measure_title=_M2,
        law=DASH,
        legal_basis="自主",
        next_year=None,  # invented: no option marked on this sheet
        next_year_phrase=None,
        summary=(
            "県外に3年以上居住した者のうち、市内に移住し、就職などをした40歳以下の移住者に"
            "給付金を給付する。また、18歳以下の子どもが世帯員にいる場合には給付金を加算する。"
        ),
        sdgs=(8, 11),
        cost=_cost(  # 7年度 6,000 / 6,000 / 1,931 from the seed
            ("3,000", "4,500", "6,000"),
            ("0", "0", "0"),
            (DASH, DASH, DASH),
            ("0", "0", "0"),
            ("3,000", "4,500", "6,000"),
            ("1,804", "1,872", "1,931"),
            ("4,804", "6,372", "7,931"),
        ),
        staff=("0.25人", "0.25人", "0.25人"),
        activity=Indicator(  # seed: 令和5年度 3件、令和6年度 3件
            "給付金の給付件数", "件", ("5", "5", "8"), ("3", "3", DASH), "6"
        ),
        outcome=Indicator(
            "給付金を活用した40歳以下の移住者数", "人", ("10", "10", "16"), ("6", "8", DASH), "12"
        ),
        evaluation=(
            "若い世代に重点を置いた移住支援策は人口減少の抑制が期待できるため、就業・就農・"
            "起業支援と連携した支援策を検討する。"
        ),
    ),
    UnitSheet(
        no=6,
        name="奨学金返還支援事業補助金",
        division=_CITYPRO[0],
        section=_CITYPRO[1],
        measure_no=None,  # the sheet prints 施策名 only
        measure_title=_M2,
        law=DASH,
        legal_basis="自主",
        next_year=None,
        next_year_phrase="現状のまま継続",
        summary=(
            "若年層の地元企業への就職や県外からの移住を促進するため、県外から市内に移住し、市内に"
            "本社がある事業所等に就職した30歳以下の者の奨学金返還を補助する。"
        ),
        sdgs=(4, 8),
        cost=_cost(  # 7年度 2,250 / 2,250 / 1,931 from the seed
            ("400", "1,650", "2,250"),
            ("0", "0", "0"),
            (DASH, DASH, DASH),
            ("0", "0", "0"),
            ("400", "1,650", "2,250"),
            ("1,804", "1,872", "1,931"),
            ("2,204", "3,522", "4,181"),
        ),
        staff=("0.25人", "0.25人", "0.25人"),
        activity=Indicator(  # seed: 令和6年度 交付件数10件
            "補助金の交付件数", "件", ("5", "8", "12"), ("2", "10", DASH), "12"
        ),
        outcome=Indicator(  # seed: 令和6年度 7名
            "補助対象となった移住就職者数", "人", ("5", "6", "10"), ("2", "7", DASH), "9"
        ),
        evaluation=(
            "奨学金返還を支援することにより経済的負担を緩和し、本市で就労することの魅力向上を"
            "図り、若年層の移住実践者の増加につなげていく。"
        ),
    ),
)


def measure_label(sheet: UnitSheet) -> str:
    """``施策1 交流の促進`` or, on the sheet without a number, the bare 施策名."""
    if sheet.measure_no is None:
        return sheet.measure_title
    return f"施策{sheet.measure_no} {sheet.measure_title}"


def marks(options: tuple[str, ...], chosen: str | None, on: str, off: str) -> str:
    """``■法定 □自主``: every option printed, the chosen one with the ``on`` mark."""
    return "　".join(f"{on if o == chosen else off}{o}" for o in options)
