"""Expected values for the bound 行政評価 book of the fictional こもれび町.

``samples/evaluation_book_komorebi_pymupdf.pdf`` (PyMuPDF, 7 pages): page 1 cover,
page 2 目次, pages 3–5 the 施策評価票 of 政策分野37 国際・地域間交流, pages 6–7 that of
政策分野38 移住・定住. Typed by hand from what the book prints (the content written
for ``samples/gen/book_content.py``, itself from the seed's area-37 sheet); nothing is
imported from the generator or produced by a parser.

Layout facts the values depend on (read off the rendered pages):

* area 37: header, 施策, KPI blocks, 施策の評価 and the first five rows of its
  事務事業一覧 (施策1 No1–4, 施策2 No1) on page 3; the list continues on page 4 WITHOUT
  its header row (施策2 No2–5), followed by the cards 施策1 1–4 and 施策2 1–2 on page 4
  and 施策2 3–5 on page 5;
* area 38: header … 事務事業一覧 (all 7 rows) and card 施策1 No1 on page 6, the other six
  cards on page 7;
* every page but the cover has the running header ``こもれび町 令和7年度 行政評価`` and
  (area pages) the area's ``政策分野NN タイトル`` at the right; folios ``- n -``
  (PyMuPDF writes the hyphens as U+2012).

Conventions and judgement calls:

1. ``municipality`` ``こもれび町`` (cover); ``title`` ``令和7年度 行政評価 施策評価票`` (cover,
   NFKC keeps the spaces); ``fiscal_year`` 2025.
2. The cover, the 目次 (its page numbers and dot leaders), the running headers, the
   folios and the ※人口減少対策 footnote give no rows in any table.
3. ``STRUCTURE``: one policy_goal / policy / policy_area node per 施策評価票 and its two
   measures, on the sheet's first page; the two areas have different 政策目標 and 政策
   (5/9 and 6/10), so nothing repeats. Both areas number their 施策 from 1.
4. KPI rows: kind ``kpi``, ``context`` the area's ``政策分野NN タイトル``, ``kpi_no`` as
   printed after ``No.``; year labels ``R5年度`` … ``R8年度`` (years down); 目標値 →
   ``target``, 実績値 → ``actual``, 達成率 → ``achievement_rate``; dashes → value None.
   The two KPI blocks of an area stand side by side and are separate indicators.
5. Business units: list row joined with the card of the same area. ``measure_no`` and
   ``unit_no`` from the list's 施策 / No columns (= the card's heading and No);
   ``is_priority`` True where the 重点事業 column prints ◎, False where it is blank;
   ``population_goal`` None for a blank cell; ``sdg_targets`` the printed target.
   ``page`` is the card's page, ``list_page`` the page of its 事務事業一覧 row.
6. Budget lines: 事業費 / 所要一般財源 / 概算人件費 × ``令和7年度(予算)`` (2025, basis
   予算) and ``令和8年度(見込み)`` (2026, basis 見込み); ``basis_label`` is the word in
   the parentheses; 単位(千円) → × 1,000; dashes → amount None, ``value_text`` ``－``.
"""

from __future__ import annotations

# value_text is the cell exactly as read (contract): the sheets print "no value" as
# U+FF0D FULLWIDTH HYPHEN-MINUS, kept as printed (its NFKC form is "-").
DASH = "\uff0d"

BOOK_PDF = "evaluation_book_komorebi_pymupdf.pdf"
PAGE_COUNT = 7
NO_ROW_PAGES = (1, 2)  # cover and 目次

DOCUMENT = dict(
    doc_type="policy_evaluation",
    municipality="こもれび町",
    title="令和7年度 行政評価 施策評価票",
    fiscal_year=2025,
)

_A37 = "政策分野37 国際・地域間交流"
_A38 = "政策分野38 移住・定住"

STRUCTURE = [
    dict(level="policy_goal", number="5", title="豊かで魅力ある地域づくり", parent_number=None,
         page=3),
    dict(level="policy", number="9", title="ひとの力を活かした地域活力の創造・再生",
         parent_number="5", page=3),
    dict(level="policy_area", number="37", title="国際・地域間交流", parent_number="9", page=3),
    dict(level="measure", number="1", title="都市間交流の促進", parent_number="37", page=3),
    dict(level="measure", number="2", title="国際交流と平和意識の醸成", parent_number="37",
         page=3),
    dict(level="policy_goal", number="6", title="人が集い定着するまちづくり", parent_number=None,
         page=6),
    dict(level="policy", number="10", title="移住・定住の促進による人口減少への対応",
         parent_number="6", page=6),
    dict(level="policy_area", number="38", title="移住・定住", parent_number="10", page=6),
    dict(level="measure", number="1", title="移住相談と情報発信", parent_number="38", page=6),
    dict(level="measure", number="2", title="移住者への経済的支援", parent_number="38", page=6),
]  # fmt: skip

_YEARS = (("R5年度", 2023), ("R6年度", 2024), ("R7年度", 2025), ("R8年度", 2026))

# (context, page, kpi_no, kpi_name, unit, {metric: printed R5, R6, R7, R8})
_KPI_ROWS = (
    (_A37, 3, 1, "国際交流協会活動参加人数", "人", {
        "target": ("4,000", "4,000", "4,000", "4,000"),
        "actual": ("2,290", "2,481", DASH, DASH),
        "achievement_rate": ("57.3%", "62.0%", DASH, DASH),
    }),
    (_A37, 3, 2, "ゆかりの自治体との交流事業数", "件", {
        "target": ("57", "58", "59", "60"),
        "actual": ("61", "63", DASH, DASH),
        "achievement_rate": ("107%", "108%", DASH, DASH),
    }),
    (_A38, 6, 1, "移住相談件数(年間)", "件", {
        "target": ("400", "450", "500", "240"),
        "actual": ("363", "323", DASH, DASH),
        "achievement_rate": ("90.8%", "71.8%", DASH, DASH),
    }),
    (_A38, 6, 2, "移住実践者数(累計)", "世帯", {
        "target": ("179", "194", "209", "224"),
        "actual": ("220", "254", DASH, DASH),
        "achievement_rate": ("122.9%", "130.9%", DASH, DASH),
    }),
)  # fmt: skip

# The numbers, typed separately: (context, kpi_no, metric) → R5, R6, R7, R8.
_KPI_NUMBERS = {
    (_A37, 1, "target"): (4000.0, 4000.0, 4000.0, 4000.0),
    (_A37, 1, "actual"): (2290.0, 2481.0, None, None),
    (_A37, 1, "achievement_rate"): (57.3, 62.0, None, None),
    (_A37, 2, "target"): (57.0, 58.0, 59.0, 60.0),
    (_A37, 2, "actual"): (61.0, 63.0, None, None),
    (_A37, 2, "achievement_rate"): (107.0, 108.0, None, None),
    (_A38, 1, "target"): (400.0, 450.0, 500.0, 240.0),
    (_A38, 1, "actual"): (363.0, 323.0, None, None),
    (_A38, 1, "achievement_rate"): (90.8, 71.8, None, None),
    (_A38, 2, "target"): (179.0, 194.0, 209.0, 224.0),
    (_A38, 2, "actual"): (220.0, 254.0, None, None),
    (_A38, 2, "achievement_rate"): (122.9, 130.9, None, None),
}

KPI_VALUES: list[dict[str, object]] = [
    dict(
        kind="kpi",
        context=context,
        subject=None,
        kpi_no=no,
        kpi_name=name,
        unit=unit,
        fiscal_year=year,
        year_label=label,
        metric=metric,
        value=_KPI_NUMBERS[(context, no, metric)][i],
        value_text=printed[i],
        page=page,
    )
    for context, page, no, name, unit, metrics in _KPI_ROWS
    for metric, printed in metrics.items()
    for i, (label, year) in enumerate(_YEARS)
]

_SOUMU = "総務部・総務課"
_KIKAKU = "企画政策部・企画調整課"
_CITYPRO = "企画政策部・シティプロモーション課"
_G2 = "基本目標2"


def _unit(
    context: str,
    measure_no: int,
    unit_no: int,
    name: str,
    department: str,
    next_year_policy: str,
    is_priority: bool,
    population_goal: str | None,
    sdg: str,
    summary: str,
    page: int,
    list_page: int,
) -> dict[str, object]:
    return dict(
        context=context,
        measure_no=measure_no,
        unit_no=unit_no,
        name=name,
        department=department,
        legal_basis="自主",
        next_year_policy=next_year_policy,
        is_priority=is_priority,
        population_goal=population_goal,
        sdg_targets=[sdg],
        summary=summary,
        page=page,
        list_page=list_page,
    )


BUSINESS_UNITS: list[dict[str, object]] = [
    _unit(_A37, 1, 1, "姉妹都市・親善交流都市等交流事業", _SOUMU, "継続", False, _G2, "8.9",
          "本町と各都市を結ぶ共通の歴史や人物の情報を発信しながら、都市間交流の窓口として"
          "民間交流を支援し、その活性化を図る。", 4, 3),
    _unit(_A37, 1, 2, "姉妹都市うみかぜ市との交流事業", "議会事務局", "継続", False, None, "8.9",
          "本町と姉妹都市であるうみかぜ市との交流を深め、相互の発展を図る。", 4, 3),
    _unit(_A37, 1, 3, "高速道路沿線都市交流会議負担金", _KIKAKU, "継続", False, _G2, "11.2",
          "高速道路沿線の自治体及び関係団体等で構成する協議会に負担金を支出し、沿線地域の"
          "都市間連携・交流促進を図る。", 4, 3),
    _unit(_A37, 1, 4, "県営空港利用促進協議会負担金", _KIKAKU, "継続", False, _G2, "11.2",
          "県内自治体及び関係団体で構成する協議会に負担金を支出し、県営空港の利用促進の"
          "ためのPR活動等に貢献する。", 4, 3),
    _unit(_A37, 2, 1, "国際交流推進事業", _KIKAKU, "継続", False, None, "4.7",
          "多文化共生理解の促進と在住外国人の生活支援を目的に、国際交流協会に負担金を支出し、"
          "民間による国際交流活動を支援する。", 4, 3),
    _unit(_A37, 2, 2, "グローバル人材育成事業", _KIKAKU, "継続", False, None, "4.7",
          "世界で活躍できるグローバル人材の育成を目的に、近隣地域の高校生を対象としたワーク"
          "ショップ等を開催する。", 4, 4),
    _unit(_A37, 2, 3, "友好都市交流事業", _KIKAKU, "継続", False, None, "4.7",
          "海外の友好都市との交流推進を目的に、相互訪問や青少年書画交換交流を実施する。", 5, 4),
    _unit(_A37, 2, 4, "未来人財育成塾", _KIKAKU, "終了", False, _G2, "4.7",
          "次の世代を担う人財の育成を目的に、中学生を対象とした講義やグループワーク等を"
          "開催する。", 5, 4),
    _unit(_A37, 2, 5, "核兵器廃絶平和都市宣言事業", _SOUMU, "継続", False, None, "4.7",
          "核兵器廃絶と平和に対する町民意識の高揚を図るため、中学生の被爆地訪問や原爆"
          "パネル展の開催などを行う。", 5, 4),
    _unit(_A38, 1, 1, "こもれび町移住コーディネーターの設置", _CITYPRO, "新規", True, _G2, "11.3",
          "移住コーディネーターを設置し、移住希望者等に対する情報提供や相談対応等の支援に"
          "取り組む。", 6, 6),
    _unit(_A38, 1, 2, "地方学生就職支援事業", _CITYPRO, "継続", True, _G2, "11.3",
          "東京圏の大学等に通う学生の卒業後のUIJターン促進のため、就職活動の交通費や移転費"
          "を支給する。", 7, 6),
    _unit(_A38, 1, 3, "こもれび町定住・二地域居住推進協議会負担金", _CITYPRO, "継続", True, _G2,
          "11.3",
          "関係団体等と連携しながら情報発信や交流体験の機会を提供し、定住・二地域居住を"
          "推進する。", 7, 6),
    _unit(_A38, 2, 1, "移住支援金", _CITYPRO, "継続", True, _G2, "11.3",
          "東京圏から町内に移住し就職などをした者に支援金を交付する。世帯で移住する場合は"
          "子どもの人数に応じて加算する。", 7, 6),
    _unit(_A38, 2, 2, "UIJターン等移住給付金", _CITYPRO, "継続", True, _G2, "11.3",
          "町内に移住し就職などをした40歳以下の移住者に、こもれびコインにより給付金を"
          "給付する。", 7, 6),
    _unit(_A38, 2, 3, "住宅取得支援事業補助金", _CITYPRO, "継続", True, _G2, "11.3",
          "県外からの移住者が町内へ移住するための住宅取得に要した費用に対し、補助金を"
          "交付する。", 7, 6),
    _unit(_A38, 2, 4, "奨学金返還支援事業補助金", _CITYPRO, "継続", True, _G2, "11.3",
          "県外から町内に移住し、町内の事業所等に就職した30歳以下の者の奨学金返還を"
          "補助する。", 7, 6),
]  # fmt: skip

# 千円 as printed on each card: name → (事業費, 所要一般財源, 概算人件費), each
# (令和7年度(予算), 令和8年度(見込み)); None = dash.
_BUDGETS_SENYEN: dict[str, tuple[tuple[int | None, int | None], ...]] = {
    "姉妹都市・親善交流都市等交流事業": ((601, 1186), (601, 1186), (3691, 2704)),
    "姉妹都市うみかぜ市との交流事業": ((0, 2216), (0, 2216), (0, 464)),
    "高速道路沿線都市交流会議負担金": ((50, 50), (50, 50), (93, 93)),
    "県営空港利用促進協議会負担金": ((77, 77), (77, 77), (93, 93)),
    "国際交流推進事業": ((22309, 22309), (22309, 22309), (749, 749)),
    "グローバル人材育成事業": ((3520, 3520), (0, 0), (752, 752)),
    "友好都市交流事業": ((1913, 1913), (1913, 1913), (749, 749)),
    "未来人財育成塾": ((4292, None), (0, None), (2086, None)),
    "核兵器廃絶平和都市宣言事業": ((2034, 2108), (2034, 2108), (1449, 1449)),
    "こもれび町移住コーディネーターの設置": ((None, 4161), (None, 4161), (None, 232)),
    "地方学生就職支援事業": ((780, 780), (195, 195), (1931, 1931)),
    "こもれび町定住・二地域居住推進協議会負担金": ((4610, 2200), (4610, 2200), (5793, 5793)),
    "移住支援金": ((30000, 36000), (7500, 9000), (1931, 1931)),
    "UIJターン等移住給付金": ((6000, 8000), (6000, 8000), (1931, 1931)),
    "住宅取得支援事業補助金": ((13600, 17000), (5600, 7000), (387, 483)),
    "奨学金返還支援事業補助金": ((2250, 4050), (2250, 4050), (1931, 1931)),
}

_CARD_PAGE: dict[str, int] = {str(u["name"]): int(str(u["page"])) for u in BUSINESS_UNITS}
_ITEMS = ("事業費", "所要一般財源", "概算人件費")
_COLUMNS = ((2025, "予算", "予算"), (2026, "見込み", "見込み"))

# (business_unit, item, fiscal_year, basis, basis_label, amount_yen, value_text, page)
BUDGET_LINES: list[tuple[str, str, int, str, str, int | None, str, int]] = [
    (
        name,
        item,
        year,
        basis,
        label,
        None if senyen is None else senyen * 1000,
        DASH if senyen is None else f"{senyen:,}",
        _CARD_PAGE[name],
    )
    for name, rows in _BUDGETS_SENYEN.items()
    for item, pair in zip(_ITEMS, rows, strict=True)
    for (year, basis, label), senyen in zip(_COLUMNS, pair, strict=True)
]

assert len(STRUCTURE) == 10
assert len(KPI_VALUES) == 48
assert len(BUSINESS_UNITS) == 16
assert len(BUDGET_LINES) == 96
assert set(_CARD_PAGE) == set(_BUDGETS_SENYEN)
