"""Expected values for the two 施策評価票 samples (政策分野37 交流・移住, 令和7年度).

Typed by hand from the seed text
``/work/shared/seeds/aizuwakamatsu_policy_evaluation_r7_area37.txt`` (and, for the
概要 texts the seed garbled, from the clean sentence the sample PDFs print). Nothing
here is imported from the generator or produced by a parser: if a parser and the
generator agree with each other but not with this file, this file wins.

Both sample PDFs must yield these values:
``samples/evaluation_r7_area37_reportlab.pdf`` and ``samples/evaluation_r7_area37_calc.pdf``.

Conventions (data contract v1):
* ``value_text_normalised`` is the printed cell after NFKC with whitespace runs
  collapsed: the stray space in ``2, 290`` stays, ``－`` (U+FF0D) becomes ``-``.
* Dash cells have ``value`` None. Percentages are percent numbers (57.3% → 57.3).
* Budget figures are printed in 千円; ``amount_yen`` = 千円 × 1000.
* Judgement calls on garbled seed figures (see the report / generator comments):
  card 1-1 budget read as 601→1,186 / 601→1,186 / 3,691→2,704; card 1-5 令和7年度
  事業費・所要一般財源 lost in the seed and assumed equal to 令和8年度 (22,309);
  KPI 3 R8 目標 is printed 240 as the seed reads (the 成果 table plans 510).
"""

from __future__ import annotations

DOCUMENT = dict(
    doc_type="policy_evaluation",
    municipality=None,  # the sheets never print the city's name as such
    title="令和7年度行政評価 施策評価票",
    fiscal_year=2025,
)

STRUCTURE = [
    dict(level="policy_goal", number="5", title="豊かで魅力ある地域づくり", parent_number=None),
    dict(
        level="policy",
        number="9",
        title="ひとの力を活かした地域活力の創造・再生",
        parent_number="5",
    ),
    dict(level="policy_area", number="37", title="交流・移住", parent_number="9"),
    dict(level="measure", number="1", title="交流の促進", parent_number="37"),
    dict(level="measure", number="2", title="定住・二地域居住の推進", parent_number="37"),
]

KPI_CONTEXT = "政策分野37 交流・移住"

_YEARS = (
    ("R5", "令和５年度", 2023),
    ("R6", "令和６年度", 2024),
    ("R7", "令和７年度", 2025),
    ("R8", "令和８年度", 2026),
)

# (kpi_no, kpi_name, unit, {metric: (printed R5, R6, R7, R8)}), typed from the seed.
_KPI_ROWS = (
    (
        1,
        "国際交流協会活動参加人数",
        "人",
        {
            "target": ("4,000", "4,000", "4,000", "4,000"),
            "actual": ("2, 290", "2,481", "-", "-"),
            "achievement_rate": ("57.3%", "62.0%", "-", "-"),
        },
    ),
    (
        2,
        "ゆかりの自治体との交流事業数",
        "件",
        {
            "target": ("57", "58", "59", "60"),
            "actual": ("61", "63", "-", "-"),
            "achievement_rate": ("107%", "108%", "-", "-"),
        },
    ),
    (
        3,
        "移住相談件数(年間)",
        "件",
        {
            "target": ("400", "450", "500", "240"),
            "actual": ("363", "323", "-", "-"),
            "achievement_rate": ("90.8%", "71.8%", "-", "-"),
        },
    ),
    (
        4,
        "移住実践者数(累計)",
        "世帯",
        {
            "target": ("179", "194", "209", "224"),
            "actual": ("220", "254", "-", "-"),
            "achievement_rate": ("122.9%", "130.9%", "-", "-"),
        },
    ),
)

# The numbers of the table above, typed separately so a typo in one shows up.
_KPI_VALUES = {
    (1, "target"): (4000.0, 4000.0, 4000.0, 4000.0),
    (1, "actual"): (2290.0, 2481.0, None, None),
    (1, "achievement_rate"): (57.3, 62.0, None, None),
    (2, "target"): (57.0, 58.0, 59.0, 60.0),
    (2, "actual"): (61.0, 63.0, None, None),
    (2, "achievement_rate"): (107.0, 108.0, None, None),
    (3, "target"): (400.0, 450.0, 500.0, 240.0),
    (3, "actual"): (363.0, 323.0, None, None),
    (3, "achievement_rate"): (90.8, 71.8, None, None),
    (4, "target"): (179.0, 194.0, 209.0, 224.0),
    (4, "actual"): (220.0, 254.0, None, None),
    (4, "achievement_rate"): (122.9, 130.9, None, None),
}

# (kpi_no, kpi_name, unit, year_label_reportlab, year_label_calc, fiscal_year, metric,
#  value, value_text_normalised): 4 indicators × 4 years × 3 metrics = 48 cells.
KPI_CELLS: list[tuple[int, str, str, str, str, int, str, float | None, str]] = [
    (no, name, unit, rl, calc, fy, metric, _KPI_VALUES[(no, metric)][i], printed[i])
    for no, name, unit, metrics in _KPI_ROWS
    for metric, printed in metrics.items()
    for i, (rl, calc, fy) in enumerate(_YEARS)
]

_COORD = "会津若松市移住コーディネーターの設置"

# 成果を示す根拠の推移（中期成果）: (subject, kpi_name, year_label, fiscal_year, metric, value).
# Year labels are printed R6–R9 in both renderings; every later 実績 is a dash.
OUTCOMES: list[tuple[str, str, str, int, str, float | None]] = [
    (_COORD, "移住相談件数(年間)", "R6", 2024, "target", 450.0),
    (_COORD, "移住相談件数(年間)", "R6", 2024, "actual", 323.0),
    (_COORD, "移住相談件数(年間)", "R7", 2025, "target", 500.0),
    (_COORD, "移住相談件数(年間)", "R7", 2025, "actual", None),
    (_COORD, "移住相談件数(年間)", "R8", 2026, "target", 510.0),
    (_COORD, "移住相談件数(年間)", "R8", 2026, "actual", None),
    (_COORD, "移住相談件数(年間)", "R9", 2027, "target", 520.0),
    (_COORD, "移住相談件数(年間)", "R9", 2027, "actual", None),
    (_COORD, "移住実践世帯数(累計)", "R6", 2024, "target", 194.0),
    (_COORD, "移住実践世帯数(累計)", "R6", 2024, "actual", 254.0),
    (_COORD, "移住実践世帯数(累計)", "R7", 2025, "target", 209.0),
    (_COORD, "移住実践世帯数(累計)", "R7", 2025, "actual", None),
    (_COORD, "移住実践世帯数(累計)", "R8", 2026, "target", 224.0),
    (_COORD, "移住実践世帯数(累計)", "R8", 2026, "actual", None),
    (_COORD, "移住実践世帯数(累計)", "R9", 2027, "target", 239.0),
    (_COORD, "移住実践世帯数(累計)", "R9", 2027, "actual", None),
]

_SOUMU = "総務部・総務課"
_KIKAKU = "企画政策部・企画調整課"
_CITYPRO = "企画政策部・シティプロモーション課"
_G2 = "基本目標2"

BUSINESS_UNITS: list[dict[str, object]] = [
    dict(
        measure_no=1,
        unit_no=1,
        name="姉妹都市・親善交流都市等交流事業",
        department=_SOUMU,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=False,
        population_goal=_G2,
        sdg_targets=["8.9"],
        summary="本市と各都市を結ぶ共通の歴史や人物の情報を発信しながら、都市間交流の窓口として"
        "民間交流を支援し、その活性化を図る。また、節目の年には記念事業を実施し、交流を"
        "効果的に促す。",
    ),
    dict(
        measure_no=1,
        unit_no=2,
        name="姉妹都市むつ市との交流事業",
        department="議会事務局",
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=False,
        population_goal=None,
        sdg_targets=["8.9"],
        summary="本市と姉妹都市であるむつ市との交流を深め、相互の市勢発展を図る。",
    ),
    dict(
        measure_no=1,
        unit_no=3,
        name="磐越自動車道沿線都市交流会議負担金",
        department=_KIKAKU,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=False,
        population_goal=_G2,
        sdg_targets=["11.2"],
        summary="磐越自動車道沿線の自治体及び関係団体等で構成する当該協議会に負担金を支出し、"
        "各種交流イベントやホームページ運営等を通じて沿線地域の都市間連携・交流促進を"
        "図る。",
    ),
    dict(
        measure_no=1,
        unit_no=4,
        name="福島空港利用促進協議会負担金",
        department=_KIKAKU,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=False,
        population_goal=_G2,
        sdg_targets=["11.2"],
        summary="県内自治体及び関係団体で構成する福島空港利用促進協議会に負担金を支出し、"
        "福島空港の利用促進のためのPR活動等に貢献する。",
    ),
    dict(
        measure_no=1,
        unit_no=5,
        name="国際交流推進事業",
        department=_KIKAKU,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=False,
        population_goal=None,
        sdg_targets=["4.7"],
        summary="多文化共生理解の促進と在住外国人の生活支援を目的に、国際理解に関する各種"
        "イベント、外国人向け日本語学習支援や相談窓口機能を担う国際交流協会に負担金を"
        "支出し、民間による国際交流活動を支援する。",
    ),
    dict(
        measure_no=1,
        unit_no=6,
        name="グローバル人材育成事業",
        department=_KIKAKU,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=False,
        population_goal=None,
        sdg_targets=["4.7"],
        summary="国際社会への高い関心・理解を持ち、世界で活躍できるグローバル人材の育成を目的に、"
        "会津地域の高校生を対象に、グローバルな学習・体験や、グローバル人材について"
        "考えるワークショップ等を開催する。",
    ),
    dict(
        measure_no=1,
        unit_no=7,
        name="友好都市交流事業",
        department=_KIKAKU,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=False,
        population_goal=None,
        sdg_targets=["4.7"],
        summary="海外の友好都市との交流推進を目的に、中国湖北省荊州市と相互訪問や技術研修生の"
        "受入、青少年書画交換交流を実施する。",
    ),
    dict(
        measure_no=1,
        unit_no=8,
        name="未来人財育成塾",
        department=_KIKAKU,
        legal_basis="自主",
        next_year_policy="終了",
        is_priority=False,
        population_goal=_G2,
        sdg_targets=["4.7"],
        summary="「自立」と「自律」の心を培う機会の提供を通した、次の世代を担う人財の育成を"
        "目的に、中学生を対象に、社会の様々な分野で活躍する講師陣による講義、自分の"
        "将来の夢や生き方などを考えるグループワーク等を開催する。",
    ),
    dict(
        measure_no=1,
        unit_no=9,
        name="核兵器廃絶平和都市宣言事業",
        department=_SOUMU,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=False,
        population_goal=None,
        sdg_targets=["4.7"],
        summary="核兵器廃絶と平和に対する市民意識の高揚を図るため、中学生の被爆地訪問、被爆体験"
        "伝承講話、原爆パネル展の開催、平和の灯まつりへの参加などを行う。",
    ),
    dict(
        measure_no=2,
        unit_no=1,
        name="会津若松市移住コーディネーターの設置",
        department=_CITYPRO,
        legal_basis="自主",
        next_year_policy="新規",
        is_priority=True,
        population_goal=_G2,
        sdg_targets=["11.3"],
        summary="地方への移住を希望する都市住民を積極的に本市に受け入れるため、「移住"
        "コーディネーター」を設置し、移住希望者等に対する情報提供や相談対応等の支援など"
        "に取り組み、定住・二地域居住を推進する。",
    ),
    dict(
        measure_no=2,
        unit_no=2,
        name="地方学生就職支援事業",
        department=_CITYPRO,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=True,
        population_goal=_G2,
        sdg_targets=["11.3"],
        summary="東京都内に本部がある大学・大学院の東京圏内のキャンパスに通う学部生・院生の"
        "卒業後のUIJターン促進のため、地方の企業で実施される就職活動に参加するための"
        "交通費、実際に移住する際に要した移転費を支給する。",
    ),
    dict(
        measure_no=2,
        unit_no=3,
        name="会津若松市定住・二地域居住推進協議会負担金",
        department=_CITYPRO,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=True,
        population_goal=_G2,
        sdg_targets=["11.3"],
        summary="地方への移住を希望する都市住民を積極的に本市に受け入れるため、関係団体等と"
        "協力・連携しながら情報発信や交流体験の機会を提供、さらには受入態勢の整備などに"
        "取り組み、定住・二地域居住を推進する。",
    ),
    dict(
        measure_no=2,
        unit_no=4,
        name="移住支援金",
        department=_CITYPRO,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=True,
        population_goal=_G2,
        sdg_targets=["11.3"],
        summary="5年以上、東京23区居住、又は東京圏から通勤していた者等が市内に移住し就職などを"
        "した場合に、給付金を交付する。また、世帯で移住する場合は、子どもの人数に応じて"
        "支援金を加算する。",
    ),
    dict(
        measure_no=2,
        unit_no=5,
        name="UIJターン等移住給付金",
        department=_CITYPRO,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=True,
        population_goal=_G2,
        sdg_targets=["11.3"],
        summary="県外に3年以上居住した者のうち、市内に移住し、就職などをした40歳以下の移住者に"
        "給付金を給付する。また、Uターン・孫ターン等での移住、18歳以下の子どもが世帯員に"
        "いる場合には給付金を加算する。給付金は「会津コイン」により給付する。",
    ),
    dict(
        measure_no=2,
        unit_no=6,
        name="住宅取得支援事業補助金",
        department=_CITYPRO,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=True,
        population_goal=_G2,
        sdg_targets=["11.3"],
        summary="県外からの移住者が市内へ移住するための住宅取得に要した費用に対し、補助金を"
        "交付する。[補助限度額] 1,700千円(市700千円、県700千円と合わせて最大300千円の"
        "加算あり)※県「来てふくしま住宅取得支援事業」を活用して実施。",
    ),
    dict(
        measure_no=2,
        unit_no=7,
        name="奨学金返還支援事業補助金",
        department=_CITYPRO,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=True,
        population_goal=_G2,
        sdg_targets=["11.3"],
        summary="若年層の地元企業への就職や県外からの移住を促進するため、県外から市内に移住し、"
        "市内に本社がある事業所等に就職した30歳以下の者の奨学金返還を補助する。",
    ),
]

# 千円 as printed on each card: name → {item: (令和7年度(予算), 令和8年度(見込み))}; None = dash.
_BUDGETS_SENYEN: dict[str, dict[str, tuple[int | None, int | None]]] = {
    "姉妹都市・親善交流都市等交流事業": {
        "事業費": (601, 1186),
        "所要一般財源": (601, 1186),
        "概算人件費": (3691, 2704),
    },
    "姉妹都市むつ市との交流事業": {
        "事業費": (0, 2216),
        "所要一般財源": (0, 2216),
        "概算人件費": (0, 464),
    },
    "磐越自動車道沿線都市交流会議負担金": {
        "事業費": (50, 50),
        "所要一般財源": (50, 50),
        "概算人件費": (93, 93),
    },
    "福島空港利用促進協議会負担金": {
        "事業費": (77, 77),
        "所要一般財源": (77, 77),
        "概算人件費": (93, 93),
    },
    "国際交流推進事業": {
        "事業費": (22309, 22309),
        "所要一般財源": (22309, 22309),
        "概算人件費": (749, 749),
    },
    "グローバル人材育成事業": {
        "事業費": (3520, 3520),
        "所要一般財源": (0, 0),
        "概算人件費": (752, 752),
    },
    "友好都市交流事業": {
        "事業費": (1913, 1913),
        "所要一般財源": (1913, 1913),
        "概算人件費": (749, 749),
    },
    "未来人財育成塾": {
        "事業費": (4292, None),
        "所要一般財源": (0, None),
        "概算人件費": (2086, None),
    },
    "核兵器廃絶平和都市宣言事業": {
        "事業費": (2034, 2108),
        "所要一般財源": (2034, 2108),
        "概算人件費": (1449, 1449),
    },
    "会津若松市移住コーディネーターの設置": {
        "事業費": (None, 4161),
        "所要一般財源": (None, 4161),
        "概算人件費": (None, 232),
    },
    "地方学生就職支援事業": {
        "事業費": (780, 780),
        "所要一般財源": (195, 195),
        "概算人件費": (1931, 1931),
    },
    "会津若松市定住・二地域居住推進協議会負担金": {
        "事業費": (4610, 2200),
        "所要一般財源": (4610, 2200),
        "概算人件費": (5793, 5793),
    },
    "移住支援金": {
        "事業費": (30000, 36000),
        "所要一般財源": (7500, 9000),
        "概算人件費": (1931, 1931),
    },
    "UIJターン等移住給付金": {
        "事業費": (6000, 8000),
        "所要一般財源": (6000, 8000),
        "概算人件費": (1931, 1931),
    },
    "住宅取得支援事業補助金": {
        "事業費": (13600, 17000),
        "所要一般財源": (5600, 7000),
        "概算人件費": (387, 483),
    },
    "奨学金返還支援事業補助金": {
        "事業費": (2250, 4050),
        "所要一般財源": (2250, 4050),
        "概算人件費": (1931, 1931),
    },
}

# (business_unit, item, fiscal_year, basis, amount_yen): 16 cards × 3 items × 2 years = 96.
BUDGET_LINES: list[tuple[str, str, int, str, int | None]] = [
    (name, item, year, basis, None if senyen is None else senyen * 1000)
    for name, items in _BUDGETS_SENYEN.items()
    for item, pair in items.items()
    for (year, basis), senyen in zip(((2025, "予算"), (2026, "見込み")), pair, strict=True)
]

assert len(KPI_CELLS) == 48
assert len(OUTCOMES) == 16
assert len(BUSINESS_UNITS) == 16
assert len(BUDGET_LINES) == 96
