"""Expected values for the two 事務事業評価シート samples of the fictional あさぎ市.

``samples/unit_sheets_asagi_calc.pdf`` (LibreOffice Calc) and
``samples/unit_sheets_asagi_reportlab.pdf`` (reportlab) print the same six business
units, one sheet each, sheet 2 on two pages (7 pages per file). Typed by hand from
what the sheets print (the content written for ``samples/gen/unit_sheets_content.py``);
nothing is imported from the generator or produced by a parser. If a parser and the
generator agree with each other but not with this file, this file wins.

Conventions (data contract v1.1):

* ``value_text`` is the cell exactly as read (contract), whitespace runs collapsed
  (``－`` U+FF0D is kept, not folded to ``-``); names are NFKC (``経費（一財）`` →
  ``経費(一財)``).
* Money is printed in 千円 (``単位：千円``) except on the reportlab rendering's sheet 4,
  printed in 円 (``単位：円``); ``amount_yen`` is the same in both renderings.
* Years are printed without era (``5年度決算``, ``6年度``); the title ``令和7年度
  事務事業評価シート`` carries 令和, so 5年度 → 2023, 6年度 → 2024, 7年度 → 2025.

Judgement calls (the lead may revisit them; each is a single place below):

1. ``municipality`` is ``あさぎ市``, printed alone at the top right of every page.
   ``title`` is ``令和7年度 事務事業評価シート`` (NFKC keeps the space).
2. ``department`` joins 部 and 課 with ``・``. Calc prints them in two cells, reportlab
   in one cell separated by an ideographic space; both give ``企画政策部・企画調整課``.
3. ``measure_no`` is None on sheet 6, which prints only ``施策名 定住・二地域居住の推進``.
   ``unit_no`` is None everywhere (no number printed). ``is_priority`` and
   ``population_goal`` are None (not printed on unit sheets).
4. ``next_year_policy``: sheet 5 prints every option unmarked → None; sheet 6 prints the
   phrase ``現状のまま継続`` (no options) → kept as printed. Sheet 4 marks ``拡充`` and
   ``法定`` (not the first option of either list).
5. ``sdg_targets`` are the goal numbers marked ○ on the 1–17 grid, ascending.
6. ``summary`` is the 事業の目的・概要 cell. The 細事業 ``日本語学習支援事業`` is its own
   unit: ``summary`` its 細事業の内容 (which names the parent 国際交流推進事業);
   ``department`` and ``measure_no`` are those printed on the sheet it sits in;
   ``legal_basis``, ``next_year_policy`` and ``sdg_targets`` are printed for the parent
   only, so they are None / [] for the 細事業 (not inherited). Its page is 3.
7. Budget lines: every money cell of 事業費, 国・県支出金, 地方債, その他, 一般財源, 人件費,
   トータルコスト for the three year columns. ``財源内訳`` is a group label (not part of
   the item). The ``差引(7年度-6年度)`` column/row and ``従事職員数`` give no lines. Dash
   cells (地方債) are lines with ``amount_yen`` None and ``value_text`` ``－``.
   ``basis`` / ``basis_label``: ``決算`` for 5年度決算 and 6年度決算, ``予算`` for 7年度予算.
8. Reportlab sheet 3 prints ``経費（一財）`` cells such as ``4,292(0)`` and no 財源 rows:
   it gives items ``経費`` and ``一般財源`` (both with the whole cell as ``value_text``),
   plus 人件費 and トータルコスト (no 事業費, 国・県支出金, 地方債, その他 on that sheet).
9. KPI rows: 目標 → ``target``, 実績 → ``actual``, 達成率 → ``achievement_rate``
   (sheet 2's 成果指標 only), ``7年度見込`` → ``forecast`` for 2025 with that
   ``year_label``. A dash 実績 for 7年度 is a row with value None. ``subject`` is the
   unit's name, ``context`` (``KPI_CONTEXT``) the sheet's 施策 as printed
   (``施策1 交流の促進``; sheet 6: ``定住・二地域居住の推進``).
10. ``STRUCTURE`` has one ``measure`` node per sheet (six, repeated 施策 included), on the
    sheet's first page; sheet 6's node has no number.
11. Pages are the same in both renderings: sheet n starts on page n, except sheets 3–6
    which start one page later (sheet 2 has two pages). Sheet 2's 細事業, 活動指標 and
    成果指標 are on page 3.
"""

from __future__ import annotations

# value_text is the cell exactly as read (contract): the sheets print "no value" as
# U+FF0D FULLWIDTH HYPHEN-MINUS, kept as printed (its NFKC form is "-").
DASH = "\uff0d"

CALC_PDF = "unit_sheets_asagi_calc.pdf"
REPORTLAB_PDF = "unit_sheets_asagi_reportlab.pdf"
PAGE_COUNT = 7

DOCUMENT = dict(
    doc_type="policy_evaluation",
    municipality="あさぎ市",
    title="令和7年度 事務事業評価シート",
    fiscal_year=2025,
)

_U1 = "姉妹都市・親善交流都市等交流事業"
_U2 = "国際交流推進事業"
_U2_SUB = "日本語学習支援事業"
_U3 = "未来人財育成塾"
_U4 = "移住支援金"
_U5 = "UIJターン等移住給付金"
_U6 = "奨学金返還支援事業補助金"

_SOUMU = "総務部・総務課"
_KIKAKU = "企画政策部・企画調整課"
_CITYPRO = "企画政策部・シティプロモーション課"

# First page of each unit's sheet (both renderings).
SHEET_PAGE = {_U1: 1, _U2: 2, _U2_SUB: 3, _U3: 4, _U4: 5, _U5: 6, _U6: 7}
# Page of the unit's 活動指標 / 成果指標 tables.
KPI_PAGE = {_U1: 1, _U2: 3, _U3: 4, _U4: 5, _U5: 6, _U6: 7}

STRUCTURE = [
    dict(level="measure", number="1", title="交流の促進", parent_number=None, page=1),
    dict(level="measure", number="1", title="交流の促進", parent_number=None, page=2),
    dict(level="measure", number="1", title="交流の促進", parent_number=None, page=4),
    dict(level="measure", number="2", title="定住・二地域居住の推進", parent_number=None, page=5),
    dict(level="measure", number="2", title="定住・二地域居住の推進", parent_number=None, page=6),
    dict(level="measure", number=None, title="定住・二地域居住の推進", parent_number=None, page=7),
]

KPI_CONTEXT = {
    _U1: "施策1 交流の促進",
    _U2: "施策1 交流の促進",
    _U3: "施策1 交流の促進",
    _U4: "施策2 定住・二地域居住の推進",
    _U5: "施策2 定住・二地域居住の推進",
    _U6: "定住・二地域居住の推進",
}

BUSINESS_UNITS: list[dict[str, object]] = [
    dict(
        name=_U1,
        department=_SOUMU,
        measure_no=1,
        unit_no=None,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=None,
        population_goal=None,
        sdg_targets=["11", "17"],
        summary="本市と各都市を結ぶ共通の歴史や人物の情報を発信しながら、都市間交流の窓口として"
        "民間交流を支援し、その活性化を図る。また、節目の年には記念事業を実施する。",
        page=1,
    ),
    dict(
        name=_U2,
        department=_KIKAKU,
        measure_no=1,
        unit_no=None,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=None,
        population_goal=None,
        sdg_targets=["4", "10", "17"],
        summary="多文化共生理解の促進と在住外国人の生活支援を目的に、国際理解に関する各種イベント、"
        "外国人向け日本語学習支援や相談窓口機能を担う国際交流協会に負担金を支出し、民間による"
        "国際交流活動を支援する。",
        page=2,
    ),
    dict(
        name=_U2_SUB,
        department=_KIKAKU,
        measure_no=1,
        unit_no=None,
        legal_basis=None,
        next_year_policy=None,
        is_priority=None,
        population_goal=None,
        sdg_targets=[],
        summary="国際交流推進事業の細事業として、在住外国人を対象とした日本語教室を開催し、"
        "生活に必要な日本語の習得を支援する。",
        page=3,
    ),
    dict(
        name=_U3,
        department=_KIKAKU,
        measure_no=1,
        unit_no=None,
        legal_basis="自主",
        next_year_policy="終了",
        is_priority=None,
        population_goal=None,
        sdg_targets=["4"],
        summary="「自立」と「自律」の心を培う機会の提供を通した、次の世代を担う人財の育成を目的に、"
        "中学生を対象に、講師陣による講義や将来の夢を考えるグループワーク等を開催する。",
        page=4,
    ),
    dict(
        name=_U4,
        department=_CITYPRO,
        measure_no=2,
        unit_no=None,
        legal_basis="法定",
        next_year_policy="拡充",
        is_priority=None,
        population_goal=None,
        sdg_targets=["11"],
        summary="5年以上、東京23区居住、又は東京圏から通勤していた者等が市内に移住し就職などをした"
        "場合に、給付金を交付する。また、世帯で移住する場合は、子どもの人数に応じて支援金を"
        "加算する。",
        page=5,
    ),
    dict(
        name=_U5,
        department=_CITYPRO,
        measure_no=2,
        unit_no=None,
        legal_basis="自主",
        next_year_policy=None,
        is_priority=None,
        population_goal=None,
        sdg_targets=["8", "11"],
        summary="県外に3年以上居住した者のうち、市内に移住し、就職などをした40歳以下の移住者に"
        "給付金を給付する。また、18歳以下の子どもが世帯員にいる場合には給付金を加算する。",
        page=6,
    ),
    dict(
        name=_U6,
        department=_CITYPRO,
        measure_no=None,
        unit_no=None,
        legal_basis="自主",
        next_year_policy="現状のまま継続",
        is_priority=None,
        population_goal=None,
        sdg_targets=["4", "8"],
        summary="若年層の地元企業への就職や県外からの移住を促進するため、県外から市内に移住し、市内に"
        "本社がある事業所等に就職した30歳以下の者の奨学金返還を補助する。",
        page=7,
    ),
]

# 千円 as printed, (5年度決算, 6年度決算, 7年度予算); None = dash. Typed from the sheets.
_COST_SENYEN: dict[str, dict[str, tuple[int | None, int | None, int | None]]] = {
    _U1: {
        "事業費": (1148, 2035, 601),
        "国・県支出金": (0, 0, 0),
        "地方債": (None, None, None),
        "その他": (0, 150, 0),
        "一般財源": (1148, 1885, 601),
        "人件費": (3420, 3552, 3691),
        "トータルコスト": (4568, 5587, 4292),
    },
    _U2: {
        "事業費": (20870, 21540, 22309),
        "国・県支出金": (0, 0, 0),
        "地方債": (None, None, None),
        "その他": (0, 0, 0),
        "一般財源": (20870, 21540, 22309),
        "人件費": (702, 731, 749),
        "トータルコスト": (21572, 22271, 23058),
    },
    _U2_SUB: {
        "細事業費": (3200, 3350, 3500),
    },
    _U3: {
        "事業費": (4015, 3876, 4292),
        "国・県支出金": (0, 0, 0),
        "地方債": (None, None, None),
        "その他": (4015, 3876, 4292),
        "一般財源": (0, 0, 0),
        "人件費": (1987, 2031, 2086),
        "トータルコスト": (6002, 5907, 6378),
    },
    _U4: {
        "事業費": (12000, 21000, 30000),
        "国・県支出金": (9000, 15750, 22500),
        "地方債": (None, None, None),
        "その他": (0, 0, 0),
        "一般財源": (3000, 5250, 7500),
        "人件費": (1804, 1872, 1931),
        "トータルコスト": (13804, 22872, 31931),
    },
    _U5: {
        "事業費": (3000, 4500, 6000),
        "国・県支出金": (0, 0, 0),
        "地方債": (None, None, None),
        "その他": (0, 0, 0),
        "一般財源": (3000, 4500, 6000),
        "人件費": (1804, 1872, 1931),
        "トータルコスト": (4804, 6372, 7931),
    },
    _U6: {
        "事業費": (400, 1650, 2250),
        "国・県支出金": (0, 0, 0),
        "地方債": (None, None, None),
        "その他": (0, 0, 0),
        "一般財源": (400, 1650, 2250),
        "人件費": (1804, 1872, 1931),
        "トータルコスト": (2204, 3522, 4181),
    },
}

# The reportlab rendering's sheet 3: 経費（一財） cells (whole cell printed) and two rows.
_RL_KEIHI_TEXT = ("4,015(0)", "3,876(0)", "4,292(0)")
_RL_SHEET3_SENYEN = {
    "経費": (4015, 3876, 4292),
    "一般財源": (0, 0, 0),
    "人件費": (1987, 2031, 2086),
    "トータルコスト": (6002, 5907, 6378),
}

_YEAR_COLUMNS = ((2023, "決算", "決算"), (2024, "決算", "決算"), (2025, "予算", "予算"))


def _senyen_text(n: int | None) -> str:
    return DASH if n is None else f"{n:,}"


def _yen_text(n: int | None) -> str:
    return DASH if n is None else f"{n * 1000:,}"


def _cost_page(unit: str) -> int:
    return 3 if unit == _U2_SUB else SHEET_PAGE[unit]


def _lines(
    table: dict[str, dict[str, tuple[int | None, int | None, int | None]]],
    text: dict[str, object] | None = None,
) -> list[tuple[str, str, int, str, str, int | None, str, int]]:
    """(business_unit, item, fiscal_year, basis, basis_label, amount_yen, value_text, page)."""
    out = []
    for unit, items in table.items():
        for item, values in items.items():
            for (year, basis, label), n in zip(_YEAR_COLUMNS, values, strict=True):
                printed = (text or {}).get(unit, _senyen_text)
                vt = printed(n) if callable(printed) else printed[(item, year)]
                amount = None if n is None else n * 1000
                out.append((unit, item, year, basis, label, amount, vt, _cost_page(unit)))
    return out


BUDGET_LINES_CALC = _lines(_COST_SENYEN)

_RL_TABLE = {**_COST_SENYEN, _U3: _RL_SHEET3_SENYEN}
_RL_SHEET3_TEXT = {
    (item, year): (_RL_KEIHI_TEXT[i] if item in ("経費", "一般財源") else _senyen_text(v[i]))
    for item, v in _RL_SHEET3_SENYEN.items()
    for i, year in enumerate((2023, 2024, 2025))
}
BUDGET_LINES_REPORTLAB = _lines(_RL_TABLE, {_U3: _RL_SHEET3_TEXT, _U4: _yen_text})

# (kind, kpi_name, unit, {metric: printed cells 5年度, 6年度, 7年度}, 7年度見込 printed)
_KPIS: dict[str, tuple[tuple[str, str, str, dict[str, tuple[str, str, str]], str], ...]] = {
    _U1: (
        ("activity", "交流事業の実施件数", "件",
         {"target": ("10", "10", "10"), "actual": ("9", "11", DASH)}, "10"),
        ("outcome", "交流事業への市民参加者数", "人",
         {"target": ("800", "850", "900"), "actual": ("742", "903", DASH)}, "880"),
    ),
    _U2: (
        ("activity", "国際理解イベントの開催回数", "回",
         {"target": ("24", "24", "24"), "actual": ("22", "25", DASH)}, "24"),
        ("outcome", "国際交流協会活動参加人数", "人",
         {"target": ("4,000", "4,000", "4,000"), "actual": ("2,290", "2,481", DASH),
          "achievement_rate": ("57.3%", "62.0%", DASH)}, "3,000"),
    ),
    _U3: (
        ("activity", "講義・グループワークの開催回数", "回",
         {"target": ("10", "10", "10"), "actual": ("10", "9", DASH)}, "10"),
        ("outcome", "塾生の参加者数", "人",
         {"target": ("30", "30", "30"), "actual": ("24", "16", DASH)}, "20"),
    ),
    _U4: (
        ("activity", "移住支援金の交付件数", "件",
         {"target": ("10", "12", "15"), "actual": ("8", "14", DASH)}, "15"),
        ("outcome", "移住支援金を活用した移住者数", "人",
         {"target": ("20", "25", "30"), "actual": ("17", "31", DASH)}, "33"),
    ),
    _U5: (
        ("activity", "給付金の給付件数", "件",
         {"target": ("5", "5", "8"), "actual": ("3", "3", DASH)}, "6"),
        ("outcome", "給付金を活用した40歳以下の移住者数", "人",
         {"target": ("10", "10", "16"), "actual": ("6", "8", DASH)}, "12"),
    ),
    _U6: (
        ("activity", "補助金の交付件数", "件",
         {"target": ("5", "8", "12"), "actual": ("2", "10", DASH)}, "12"),
        ("outcome", "補助対象となった移住就職者数", "人",
         {"target": ("5", "6", "10"), "actual": ("2", "7", DASH)}, "9"),
    ),
}  # fmt: skip

# The numbers of the cells above, typed separately so a typo in one shows up:
# (unit, kind) → {metric: (5年度, 6年度, 7年度)}, plus "forecast": 7年度見込.
_KPI_NUMBERS: dict[tuple[str, str], dict[str, tuple[float | None, ...]]] = {
    (_U1, "activity"): {"target": (10, 10, 10), "actual": (9, 11, None), "forecast": (10,)},
    (_U1, "outcome"): {"target": (800, 850, 900), "actual": (742, 903, None), "forecast": (880,)},
    (_U2, "activity"): {"target": (24, 24, 24), "actual": (22, 25, None), "forecast": (24,)},
    (_U2, "outcome"): {
        "target": (4000, 4000, 4000),
        "actual": (2290, 2481, None),
        "achievement_rate": (57.3, 62.0, None),
        "forecast": (3000,),
    },
    (_U3, "activity"): {"target": (10, 10, 10), "actual": (10, 9, None), "forecast": (10,)},
    (_U3, "outcome"): {"target": (30, 30, 30), "actual": (24, 16, None), "forecast": (20,)},
    (_U4, "activity"): {"target": (10, 12, 15), "actual": (8, 14, None), "forecast": (15,)},
    (_U4, "outcome"): {"target": (20, 25, 30), "actual": (17, 31, None), "forecast": (33,)},
    (_U5, "activity"): {"target": (5, 5, 8), "actual": (3, 3, None), "forecast": (6,)},
    (_U5, "outcome"): {"target": (10, 10, 16), "actual": (6, 8, None), "forecast": (12,)},
    (_U6, "activity"): {"target": (5, 8, 12), "actual": (2, 10, None), "forecast": (12,)},
    (_U6, "outcome"): {"target": (5, 6, 10), "actual": (2, 7, None), "forecast": (9,)},
}

_KPI_YEARS = (("5年度", 2023), ("6年度", 2024), ("7年度", 2025))


def _float(v: float | None) -> float | None:
    return None if v is None else float(v)


def _kpi_rows() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for unit, kpis in _KPIS.items():
        for kind, name, kpi_unit, metrics, forecast in kpis:
            numbers = _KPI_NUMBERS[(unit, kind)]
            base = dict(kind=kind, subject=unit, context=KPI_CONTEXT[unit], kpi_name=name,
                        unit=kpi_unit, page=KPI_PAGE[unit])  # fmt: skip
            for metric, printed in metrics.items():
                for i, (label, year) in enumerate(_KPI_YEARS):
                    rows.append(dict(base, fiscal_year=year, year_label=label, metric=metric,
                                     value=_float(numbers[metric][i]),
                                     value_text=printed[i]))  # fmt: skip
            rows.append(dict(base, fiscal_year=2025, year_label="7年度見込", metric="forecast",
                             value=_float(numbers["forecast"][0]),
                             value_text=forecast))  # fmt: skip
    return rows


# Same rows in both renderings.
KPI_VALUES = _kpi_rows()

assert len(BUSINESS_UNITS) == 7
assert len(BUDGET_LINES_CALC) == 6 * 7 * 3 + 3 == 129
assert len(BUDGET_LINES_REPORTLAB) == 5 * 7 * 3 + 4 * 3 + 3 == 120
assert len(KPI_VALUES) == 12 * 7 + 3 == 87
assert all(
    (n is None and t == DASH) or t in (f"{n:g}", f"{n:,.0f}", f"{n}%")
    for r in KPI_VALUES
    for n, t in [(r["value"], r["value_text"])]
)
