"""Content of the bound 行政評価 book sample: two 施策評価票 of the fictional こもれび町.

こもれび町 is an invented town (no such municipality exists). The seed
``/work/shared/seeds/aizuwakamatsu_policy_evaluation_r7_area37.txt`` describes ONE
policy area (政策分野37 交流・移住) with two 施策; the book splits it into two
policy areas so that each 施策評価票 has its own KPIs (with their own units), its
own 施策, its own 事務事業一覧 and cards:

* 政策分野37 国際・地域間交流: seed 施策1's units, KPI 1 and 2 (人 / 件);
* 政策分野38 移住・定住: seed 施策2's units, KPI 3 and 4 (件 / 世帯).

Budgets (令和7年度(予算) / 令和8年度(見込み), 千円) and KPI figures are the seed's
(without its stray spaces). Invented for the book (marked ``# invented:``): the
政策目標 / 政策 of area 38, the split of each area into two 施策 with new titles,
the 目指す姿 and evaluation texts (shortened), place names (うみかぜ市, 高速道路,
県営空港, こもれびコイン) and the 概要 texts rewritten for a town (本町, 町内).

Pure data; ``book.py`` draws it with PyMuPDF.
"""

from __future__ import annotations

from dataclasses import dataclass

MUNICIPALITY = "こもれび町"
TITLE = "令和7年度 行政評価 施策評価票"
ISSUED = "令和7年9月"
RUNNING_HEADER = "こもれび町 令和7年度 行政評価"
DASH = "－"
KPI_YEARS = ("R5年度", "R6年度", "R7年度", "R8年度")
BUDGET_HEADS = ("令和7年度(予算)", "令和8年度(見込み)")
BUDGET_ITEMS = ("事業費", "所要一般財源", "概算人件費")


@dataclass(frozen=True)
class Kpi:
    number: int
    name: str
    unit: str
    target: tuple[str, str, str, str]
    actual: tuple[str, str, str, str]
    rate: tuple[str, str, str, str]


@dataclass(frozen=True)
class Measure:
    number: int
    title: str
    content: str
    evaluation: str


@dataclass(frozen=True)
class Unit:
    measure_no: int
    unit_no: int
    name: str
    department: str
    legal_basis: str
    next_year_policy: str
    priority: bool  # ◎ in the 重点事業 column
    population_goal: str  # "" = blank cell
    sdg_target: str
    summary: str
    budget: tuple[tuple[str, str], tuple[str, str], tuple[str, str]]  # per BUDGET_ITEMS


@dataclass(frozen=True)
class Area:
    goal: tuple[str, str]  # 政策目標 number, title
    policy: tuple[str, str]
    number: str
    title: str
    department: str
    vision: str
    measures: tuple[Measure, ...]
    kpis: tuple[Kpi, ...]
    units: tuple[Unit, ...]

    @property
    def label(self) -> str:
        return f"政策分野{self.number} {self.title}"


_SOUMU = "総務部・総務課"
_KIKAKU = "企画政策部・企画調整課"
_CITYPRO = "企画政策部・シティプロモーション課"
_G2 = "基本目標2"

AREA_37 = Area(
    goal=("5", "豊かで魅力ある地域づくり"),
    policy=("9", "ひとの力を活かした地域活力の創造・再生"),
    number="37",
    title="国際・地域間交流",
    department=_SOUMU,
    vision="相互理解と平和意識が醸成され、人や文化、経済の交流により、新しい価値が生まれ続けるまち",
    measures=(
        Measure(
            1,
            "都市間交流の促進",  # invented title (seed: 交流の促進)
            "国内の姉妹都市やゆかりの自治体等との交流を促進し、相互の理解と友好を深めます。",
            "記念事業や議会の相互訪問により交流を深めた。交流情報を庁内で共有化し、新たな分野"
            "での交流の仕組みづくりを検討する。",
        ),
        Measure(
            2,
            "国際交流と平和意識の醸成",  # invented
            "在住外国人の生活支援と国際理解を進め、次世代を担う人材を育成するとともに、"
            "核兵器の廃絶と平和意識の醸成を図ります。",
            "国際交流協会の運営の安定化に努める。未来人財育成塾は令和7年度で事業を終了する。",
        ),
    ),
    kpis=(
        Kpi(
            1,
            "国際交流協会活動参加人数",
            "人",
            ("4,000", "4,000", "4,000", "4,000"),
            ("2,290", "2,481", DASH, DASH),
            ("57.3%", "62.0%", DASH, DASH),
        ),
        Kpi(
            2,
            "ゆかりの自治体との交流事業数",
            "件",
            ("57", "58", "59", "60"),
            ("61", "63", DASH, DASH),
            ("107%", "108%", DASH, DASH),
        ),
    ),
    units=(
        Unit(
            1,
            1,
            "姉妹都市・親善交流都市等交流事業",
            _SOUMU,
            "自主",
            "継続",
            False,
            _G2,
            "8.9",
            "本町と各都市を結ぶ共通の歴史や人物の情報を発信しながら、都市間交流の窓口として"
            "民間交流を支援し、その活性化を図る。",
            (("601", "1,186"), ("601", "1,186"), ("3,691", "2,704")),
        ),
        Unit(
            1,
            2,
            "姉妹都市うみかぜ市との交流事業",  # seed: 姉妹都市むつ市との交流事業
            "議会事務局",
            "自主",
            "継続",
            False,
            "",
            "8.9",
            "本町と姉妹都市であるうみかぜ市との交流を深め、相互の発展を図る。",
            (("0", "2,216"), ("0", "2,216"), ("0", "464")),
        ),
        Unit(
            1,
            3,
            "高速道路沿線都市交流会議負担金",  # seed: 磐越自動車道沿線都市交流会議負担金
            _KIKAKU,
            "自主",
            "継続",
            False,
            _G2,
            "11.2",
            "高速道路沿線の自治体及び関係団体等で構成する協議会に負担金を支出し、沿線地域の"
            "都市間連携・交流促進を図る。",
            (("50", "50"), ("50", "50"), ("93", "93")),
        ),
        Unit(
            1,
            4,
            "県営空港利用促進協議会負担金",  # seed: 福島空港利用促進協議会負担金
            _KIKAKU,
            "自主",
            "継続",
            False,
            _G2,
            "11.2",
            "県内自治体及び関係団体で構成する協議会に負担金を支出し、県営空港の利用促進の"
            "ためのPR活動等に貢献する。",
            (("77", "77"), ("77", "77"), ("93", "93")),
        ),
        Unit(
            2,
            1,
            "国際交流推進事業",
            _KIKAKU,
            "自主",
            "継続",
            False,
            "",
            "4.7",
            "多文化共生理解の促進と在住外国人の生活支援を目的に、国際交流協会に負担金を支出し、"
            "民間による国際交流活動を支援する。",
            (("22,309", "22,309"), ("22,309", "22,309"), ("749", "749")),
        ),
        Unit(
            2,
            2,
            "グローバル人材育成事業",
            _KIKAKU,
            "自主",
            "継続",
            False,
            "",
            "4.7",
            "世界で活躍できるグローバル人材の育成を目的に、近隣地域の高校生を対象としたワーク"
            "ショップ等を開催する。",
            (("3,520", "3,520"), ("0", "0"), ("752", "752")),
        ),
        Unit(
            2,
            3,
            "友好都市交流事業",
            _KIKAKU,
            "自主",
            "継続",
            False,
            "",
            "4.7",
            "海外の友好都市との交流推進を目的に、相互訪問や青少年書画交換交流を実施する。",
            (("1,913", "1,913"), ("1,913", "1,913"), ("749", "749")),
        ),
        Unit(
            2,
            4,
            "未来人財育成塾",
            _KIKAKU,
            "自主",
            "終了",
            False,
            _G2,
            "4.7",
            "次の世代を担う人財の育成を目的に、中学生を対象とした講義やグループワーク等を"
            "開催する。",
            (("4,292", DASH), ("0", DASH), ("2,086", DASH)),
        ),
        Unit(
            2,
            5,
            "核兵器廃絶平和都市宣言事業",
            _SOUMU,
            "自主",
            "継続",
            False,
            "",
            "4.7",
            "核兵器廃絶と平和に対する町民意識の高揚を図るため、中学生の被爆地訪問や原爆"
            "パネル展の開催などを行う。",
            (("2,034", "2,108"), ("2,034", "2,108"), ("1,449", "1,449")),
        ),
    ),
)

AREA_38 = Area(
    goal=("6", "人が集い定着するまちづくり"),  # invented
    policy=("10", "移住・定住の促進による人口減少への対応"),  # invented
    number="38",
    title="移住・定住",
    department=_CITYPRO,
    vision="若い世代を中心に、町外から人が移り住み、住み続けたいと思えるまち",  # invented
    measures=(
        Measure(
            1,
            "移住相談と情報発信",  # invented
            "本町での暮らしに関する情報を積極的に発信し、移住に関する各種相談に対応します。",
            "首都圏での相談会の開催等により、移住相談件数は堅調に推移している。",
        ),
        Measure(
            2,
            "移住者への経済的支援",  # invented
            "若年層を中心に、移住に伴う就職・住宅取得・奨学金返還などの経済的負担を軽減します。",
            "各種支援制度の拡充により、移住実践者数は目標を大幅に上回った。",
        ),
    ),
    kpis=(
        Kpi(
            1,
            "移住相談件数(年間)",
            "件",
            ("400", "450", "500", "240"),
            ("363", "323", DASH, DASH),
            ("90.8%", "71.8%", DASH, DASH),
        ),
        Kpi(
            2,
            "移住実践者数(累計)",
            "世帯",
            ("179", "194", "209", "224"),
            ("220", "254", DASH, DASH),
            ("122.9%", "130.9%", DASH, DASH),
        ),
    ),
    units=(
        Unit(
            1,
            1,
            "こもれび町移住コーディネーターの設置",
            _CITYPRO,
            "自主",
            "新規",
            True,
            _G2,
            "11.3",
            "移住コーディネーターを設置し、移住希望者等に対する情報提供や相談対応等の支援に"
            "取り組む。",
            ((DASH, "4,161"), (DASH, "4,161"), (DASH, "232")),
        ),
        Unit(
            1,
            2,
            "地方学生就職支援事業",
            _CITYPRO,
            "自主",
            "継続",
            True,
            _G2,
            "11.3",
            "東京圏の大学等に通う学生の卒業後のUIJターン促進のため、就職活動の交通費や移転費"
            "を支給する。",
            (("780", "780"), ("195", "195"), ("1,931", "1,931")),
        ),
        Unit(
            1,
            3,
            "こもれび町定住・二地域居住推進協議会負担金",
            _CITYPRO,
            "自主",
            "継続",
            True,
            _G2,
            "11.3",
            "関係団体等と連携しながら情報発信や交流体験の機会を提供し、定住・二地域居住を"
            "推進する。",
            (("4,610", "2,200"), ("4,610", "2,200"), ("5,793", "5,793")),
        ),
        Unit(
            2,
            1,
            "移住支援金",
            _CITYPRO,
            "自主",
            "継続",
            True,
            _G2,
            "11.3",
            "東京圏から町内に移住し就職などをした者に支援金を交付する。世帯で移住する場合は"
            "子どもの人数に応じて加算する。",
            (("30,000", "36,000"), ("7,500", "9,000"), ("1,931", "1,931")),
        ),
        Unit(
            2,
            2,
            "UIJターン等移住給付金",
            _CITYPRO,
            "自主",
            "継続",
            True,
            _G2,
            "11.3",
            "町内に移住し就職などをした40歳以下の移住者に、こもれびコインにより給付金を給付する。",
            (("6,000", "8,000"), ("6,000", "8,000"), ("1,931", "1,931")),
        ),
        Unit(
            2,
            3,
            "住宅取得支援事業補助金",
            _CITYPRO,
            "自主",
            "継続",
            True,
            _G2,
            "11.3",
            "県外からの移住者が町内へ移住するための住宅取得に要した費用に対し、補助金を交付する。",
            (("13,600", "17,000"), ("5,600", "7,000"), ("387", "483")),
        ),
        Unit(
            2,
            4,
            "奨学金返還支援事業補助金",
            _CITYPRO,
            "自主",
            "継続",
            True,
            _G2,
            "11.3",
            "県外から町内に移住し、町内の事業所等に就職した30歳以下の者の奨学金返還を補助する。",
            (("2,250", "4,050"), ("2,250", "4,050"), ("1,931", "1,931")),
        ),
    ),
)

AREAS = (AREA_37, AREA_38)
