# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""Expected values for the FOURTH blind held-out pair (fictional かすみ野市, ゆりが浜町).

``tests/fixtures/heldout4/template_h_calc.pdf`` (openpyxl .xlsx → LibreOffice Calc, 6
pages: a cover sheet, a 目次 sheet and four 事務事業評価シート, one worksheet per page)
and ``tests/fixtures/heldout4/template_i_reportlab.pdf`` (reportlab, 5 pages: a
デジタル田園都市国家構想総合戦略 with a cover, a 目次, a chapter with a population table
and two 基本目標 pages) were made to measure how the parsers generalise to shapes not
seen in ``samples/`` or ``tests/fixtures/``. The values below were typed by hand from
what the pages print (rendered to PNG and looked at), written before the parser was
read or run; nothing is imported from the generator
(``tests/fixtures/heldout4/make_heldout4.py``) or produced by a parser. If a parser and
the generator agree with each other but not with this file, this file wins.

Conventions: H follows ``heldout_units3.py`` (data contract v1.1, unit-sheet
conventions): ``value_text`` is the cell exactly as read, whitespace collapsed
(``－`` U+FF0D kept as printed); dash cells are rows with value / amount None. I follows the
strategy conventions of ``strategy_2nd.py`` and ``tests/test_strategy_shapes.py``:
``value_text`` is the cell as printed (full-width brackets kept; compare with whitespace
removed), ``kpi_name`` NFKC with footnote markers removed, ``context`` ``基本目標N 題名``
for a 数値目標 and ``基本目標N 題名 / (n) 題名`` for a KPI.

Judgement calls, template H (かすみ野市, Calc; the lead may revisit each):

H1. ``municipality`` ``かすみ野市``: the cover prints it under the title and the Calc page
    header (top right) prints it on every page. ``title`` the cover's
    ``令和6年度　事務事業評価書`` → NFKC ``令和6年度 事務事業評価書``; ``fiscal_year`` 2024.
    The sheets' own heading ``令和6年度　事務事業評価シート`` is not the document title.
H2. Page 1 (cover) and page 2 (目次: sheet code, 事業名, a leader cell of ``…`` and the
    page number 3–6) give no rows in any table. Sheet n is page n + 2.
H3. ``name`` is the cell right of ``事業名``. The ``事業番号`` cell ``R6-031`` beside it is a
    code of the book, not a number within a 施策: ``unit_no`` None, and it is not part
    of the name.
H4. ``department``: ``担当部 | 福祉部 | 課 | 子育て支援課 | 係 | 家庭支援係`` → the 部 and
    the 課 joined, ``福祉部・子育て支援課``; the 係 is not part of the department (as
    heldout_units3.py F4 keeps the 担当係 out).
H5. ``measure_no`` from the ``施策`` cell ``12　子育て環境の充実`` (number and name in one
    cell) → 12; one ``measure`` STRUCTURE node per sheet, number ``12`` and title
    ``子育て環境の充実``, no parent, on the sheet's page. KPI ``context`` ``施策12
    子育て環境の充実`` (heldout_units3.py F10 form).
H6. ``会計区分 一般会計`` and ``予算科目 2款1項12目`` give nothing (no contract field; the
    款項目 digits are not money, not an indicator and not a 施策 number).
H7. ``legal_basis``: sheets 1, 2 print ``□法定　■自主`` → 自主; sheet 4 ``■法定　□自主`` →
    法定; sheet 3 prints the word ``自主`` alone → 自主.
H8. ``next_year_policy``: inline ``□継続　■拡充　□縮小　□廃止`` → the ■ option (sheet 1
    拡充, sheet 3 縮小, sheet 4 継続). Sheet 2 lists the four options DOWN, one per row,
    with a narrow cell left of each word; the cell left of ``継続`` holds ``●`` → 継続.
    The ``方針の理由`` text is neither the policy nor the summary.
H9. ``summary`` the ``事業の目的・概要`` cell (its wrapped lines joined).
    ``is_priority``, ``population_goal`` None; ``sdg_targets`` [] (not printed).
H10. Budget lines: years DOWN, items ACROSS. Row labels ``令和4年度決算`` /
    ``令和5年度決算`` / ``令和6年度予算`` → (2022, 決算, ``決算``), (2023, 決算, ``決算``),
    (2024, 予算, ``予算``); items as printed ``事業費``, ``国・県支出金``, ``一般財源``,
    ``人件費``, ``トータルコスト`` (every money column is a line, トータルコスト included):
    15 per sheet. ``単位：千円`` above the table → × 1,000. Sheet 3's 国・県支出金 for
    令和5年度 and 令和6年度 are dashes → amount None, value_text ``－``.
H11. KPI rows: the ``活動指標`` block → kind ``activity``, the ``成果指標`` block → kind
    ``outcome``; ``subject`` the sheet's unit, ``kpi_no`` None, ``unit`` the ``単位`` cell
    (also on the 達成率 rows: the rate belongs to the indicator, as evaluation_area37.py
    keeps one unit per indicator), ``year_label`` the row label ``令和4年度`` …,
    ``fiscal_year`` 2022–2024. ``目標値`` → target, ``実績値`` → actual, ``達成率`` →
    achievement_rate (``87.5%`` → 87.5). 9 rows per block. 令和6年度 実績値 and 達成率
    are dashes → value None. The ``備考`` column is empty and gives nothing. Sheet 4's
    成果指標 figures are printed with one decimal (``30.0``) and its 活動指標 without.

Judgement calls, template I (ゆりが浜町, reportlab):

I1. ``doc_type`` ``strategy``; ``municipality`` ``ゆりが浜町`` (title, cover);
    ``title`` the cover's one title line
    ``ゆりが浜町デジタル田園都市国家構想総合戦略（令和5年度～令和9年度）`` → NFKC
    ``ゆりが浜町デジタル田園都市国家構想総合戦略(令和5年度~令和9年度)``; ``fiscal_year``
    2023, the plan's first year (as the 翠川町 fixtures of test_strategy_shapes.py).
I2. The 目次 page numbers, the population table ``年 | 人口`` (平成22年 … 令和2年), the
    prose ``11,905人`` and the footnote line ``※1　町内漁協の…`` give no rows.
I3. ``【数値目標】`` tables → kind ``numerical_target``, ``context`` ``基本目標N 題名``.
    Their target header ``目標値（令和9年度）`` gives year_label ``令和9年度``,
    fiscal_year 2027 (the header note, as test_header_note_year_beats_the_sentence...).
I4. KPI tables ``重要業績評価指標（KPI） | 基準値 | 目標値`` → kind ``kpi``, ``context``
    ``基本目標N 題名 / (n) 題名`` (``（1）`` → ``(1)``). The target header has no year and
    no sentence gives one: the title's period ``令和5年度～令和9年度`` → its final year,
    year_label ``目標値``, fiscal_year 2027.
I5. Baselines carry their own year: ``year_label`` the parenthesised label
    (``令和3年``, ``R4``, ``令和4年度``, ``R4年度``, ``R3``), fiscal_year from it.
I6. Targets in words: ``５年間で20件`` → 20, 件, qualifier ``5年間で``; ``年12回`` and the
    baseline ``年4回（令和4年度）`` → 12 / 4, 回, qualifier ``年``; ``増加`` → value None,
    unit None, qualifier None, value_text ``増加``.
I7. ``漁獲物の電子入札利用率※1`` → kpi_name ``漁獲物の電子入札利用率`` (marker removed).
    ``オンラインで申請できる行政手続の数（子育て・介護関係を含む）`` wraps over two lines in
    its cell → joined, NFKC brackets.
I8. STRUCTURE: pillar ``1`` / ``2`` (基本目標) and sections ``(1)`` / ``(2)`` under each,
    parent the pillar number; ``text`` not scored. Pages 4 and 5.
"""

from __future__ import annotations

# value_text is the cell exactly as read (contract): the sheets print "no value" as
# U+FF0D FULLWIDTH HYPHEN-MINUS, kept as printed (its NFKC form is "-").
DASH = "\uff0d"

H_PDF = "template_h_calc.pdf"
I_PDF = "template_i_reportlab.pdf"
H_PAGE_COUNT = 6
I_PAGE_COUNT = 5

DOCUMENT_H = dict(
    doc_type="policy_evaluation",
    municipality="かすみ野市",
    title="令和6年度 事務事業評価書",
    fiscal_year=2024,
)

DOCUMENT_I = dict(
    doc_type="strategy",
    municipality="ゆりが浜町",
    title="ゆりが浜町デジタル田園都市国家構想総合戦略(令和5年度~令和9年度)",
    fiscal_year=2023,
)


def _float(v: float | None) -> float | None:
    return None if v is None else float(v)


def _text(n: int | None) -> str:
    return DASH if n is None else f"{n:,}"


# (business_unit, item, fiscal_year, basis, basis_label, amount_yen, value_text, page)
BudgetLine = tuple[str, str, int, str, str, "int | None", str, int]

# ------------------------------------------------------------------------- template H

_H1 = "子ども食堂支援事業"
_H2 = "地域公共交通デマンド運行事業"
_H3 = "空き家バンク運営事業"
_H4 = "学校給食地産地消推進事業"
_H_PAGE = {_H1: 3, _H2: 4, _H3: 5, _H4: 6}
_H_MEASURE = {_H1: ("12", "子育て環境の充実"), _H2: ("18", "公共交通の確保"),
              _H3: ("7", "移住・定住の促進"), _H4: ("21", "食育と地産地消の推進")}  # fmt: skip
KPI_CONTEXT_H = {u: f"施策{n} {t}" for u, (n, t) in _H_MEASURE.items()}

BUSINESS_UNITS_H: list[dict[str, object]] = [
    dict(
        name=_H1,
        department="福祉部・子育て支援課",
        measure_no=12,
        unit_no=None,
        legal_basis="自主",
        next_year_policy="拡充",
        is_priority=None,
        population_goal=None,
        sdg_targets=[],
        summary="地域の団体が運営する子ども食堂に対し、開設及び運営に要する経費の一部を補助し、"
        "子どもの居場所づくりと食の支援を行う。",
        page=3,
    ),
    dict(
        name=_H2,
        department="都市整備部・交通政策課",
        measure_no=18,
        unit_no=None,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=None,
        population_goal=None,
        sdg_targets=[],
        summary="路線バスが運行していない地区で、予約に応じて運行する乗合タクシーを運行事業者に"
        "委託し、高齢者等の移動手段を確保する。",
        page=4,
    ),
    dict(
        name=_H3,
        department="企画部・地域振興課",
        measure_no=7,
        unit_no=None,
        legal_basis="自主",
        next_year_policy="縮小",
        is_priority=None,
        population_goal=None,
        sdg_targets=[],
        summary="市内の空き家の情報を登録し、ホームページで移住希望者に紹介するとともに、"
        "売買・賃貸の契約が成立した物件の改修費の一部を補助する。",
        page=5,
    ),
    dict(
        name=_H4,
        department="教育部・学校給食課",
        measure_no=21,
        unit_no=None,
        legal_basis="法定",
        next_year_policy="継続",
        is_priority=None,
        population_goal=None,
        sdg_targets=[],
        summary="学校給食に市内で生産された農産物を使用するため、生産者団体との調整会議を開催し、"
        "地場産食材の購入経費の一部を負担する。",
        page=6,
    ),
]

STRUCTURE_H = [
    dict(level="measure", number=n, title=t, parent_number=None, page=_H_PAGE[u])
    for u, (n, t) in _H_MEASURE.items()
]

# 千円 as printed; None = dash. Rows (years down) × items across.
_H_ITEMS = ("事業費", "国・県支出金", "一般財源", "人件費", "トータルコスト")
_H_ROWS = ((2022, "決算", "決算"), (2023, "決算", "決算"), (2024, "予算", "予算"))
_H_COST: dict[str, tuple[tuple[int | None, ...], ...]] = {
    _H1: ((2400, 1200, 1200, 3100, 5500),
          (3000, 1500, 1500, 3150, 6150),
          (3600, 1800, 1800, 3200, 6800)),
    _H2: ((18500, 9250, 9250, 2480, 20980),
          (19200, 9600, 9600, 2500, 21700),
          (20000, 10000, 10000, 2550, 22550)),
    _H3: ((1200, 600, 600, 820, 2020),
          (1350, None, 1350, 830, 2180),
          (1500, None, 1500, 840, 2340)),
    _H4: ((5600, 2800, 2800, 1640, 7240),
          (5800, 2900, 2900, 1660, 7460),
          (6200, 3100, 3100, 1700, 7900)),
}  # fmt: skip

BUDGET_LINES_H: list[BudgetLine] = [
    (unit, item, year, basis, label, None if n is None else n * 1000, _text(n), _H_PAGE[unit])
    for unit, rows in _H_COST.items()
    for (year, basis, label), values in zip(_H_ROWS, rows, strict=True)
    for item, n in zip(_H_ITEMS, values, strict=True)
]

# unit → ((kind, name, unit, ((目標値, 実績値, 達成率) printed × 3 years)), …)
_H_YEARS = (("令和4年度", 2022), ("令和5年度", 2023), ("令和6年度", 2024))
_H_KPI: dict[str, tuple[tuple[str, str, str, tuple[tuple[str, str, str], ...]], ...]] = {
    _H1: (("activity", "子ども食堂の開設箇所数", "箇所",
           (("8", "7", "87.5%"), ("10", "10", "100.0%"), ("12", DASH, DASH))),
          ("outcome", "子ども食堂の延べ利用者数", "人",
           (("4,000", "3,620", "90.5%"), ("5,000", "5,240", "104.8%"), ("6,000", DASH, DASH)))),
    _H2: (("activity", "デマンドタクシーの運行日数", "日",
           (("243", "243", "100.0%"), ("244", "242", "99.2%"), ("245", DASH, DASH))),
          ("outcome", "デマンドタクシーの年間利用者数", "人",
           (("9,000", "8,130", "90.3%"), ("9,500", "9,712", "102.2%"), ("10,000", DASH, DASH)))),
    _H3: (("activity", "空き家バンク登録物件数", "件",
           (("30", "26", "86.7%"), ("35", "31", "88.6%"), ("40", DASH, DASH))),
          ("outcome", "空き家バンクを通じた成約件数", "件",
           (("12", "9", "75.0%"), ("15", "14", "93.3%"), ("18", DASH, DASH)))),
    _H4: (("activity", "地場産食材の使用品目数", "品目",
           (("40", "38", "95.0%"), ("42", "44", "104.8%"), ("45", DASH, DASH))),
          ("outcome", "学校給食における地場産物の使用割合", "%",
           (("30.0", "27.4", "91.3%"), ("32.0", "31.5", "98.4%"), ("35.0", DASH, DASH)))),
}  # fmt: skip
# The numbers of the same cells, typed separately: (目標値, 実績値, 達成率) per year.
_H_KPI_NUMBERS: dict[str, tuple[tuple[tuple[float | None, ...], ...], ...]] = {
    _H1: (((8, 7, 87.5), (10, 10, 100.0), (12, None, None)),
          ((4000, 3620, 90.5), (5000, 5240, 104.8), (6000, None, None))),
    _H2: (((243, 243, 100.0), (244, 242, 99.2), (245, None, None)),
          ((9000, 8130, 90.3), (9500, 9712, 102.2), (10000, None, None))),
    _H3: (((30, 26, 86.7), (35, 31, 88.6), (40, None, None)),
          ((12, 9, 75.0), (15, 14, 93.3), (18, None, None))),
    _H4: (((40, 38, 95.0), (42, 44, 104.8), (45, None, None)),
          ((30.0, 27.4, 91.3), (32.0, 31.5, 98.4), (35.0, None, None))),
}  # fmt: skip
_H_METRICS = ("target", "actual", "achievement_rate")


def _kpi_rows_h() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for unit, blocks in _H_KPI.items():
        for (kind, name, kpi_unit, cells), numbers in zip(blocks, _H_KPI_NUMBERS[unit],
                                                          strict=True):  # fmt: skip
            base = dict(kind=kind, subject=unit, context=KPI_CONTEXT_H[unit], kpi_no=None,
                        kpi_name=name, unit=kpi_unit, page=_H_PAGE[unit])  # fmt: skip
            for (label, year), texts, nums in zip(_H_YEARS, cells, numbers, strict=True):
                for metric, text, number in zip(_H_METRICS, texts, nums, strict=True):
                    rows.append(dict(base, fiscal_year=year, year_label=label, metric=metric,
                                     value=_float(number), value_text=text))  # fmt: skip
    return rows


KPI_VALUES_H = _kpi_rows_h()

# ------------------------------------------------------------------------- template I

_G1 = "基本目標1 デジタルの力で地域の稼ぐ力を高める"
_G2 = "基本目標2 デジタルで安心して暮らせるまちをつくる"
_S11 = f"{_G1} / (1) 農林水産業のスマート化"
_S12 = f"{_G1} / (2) 観光DXの推進"
_S21 = f"{_G2} / (1) 子育て・健康のデジタル化"
_S22 = f"{_G2} / (2) 行政手続のオンライン化"
_NT, _KPI = "numerical_target", "kpi"
_NOTE = ("令和9年度", 2027)  # 数値目標 header 目標値（令和9年度）
_PERIOD = ("目標値", 2027)  # KPI header 目標値; the title's period ends in 令和9年度

# fmt: off
STRUCTURE_I = [
    dict(level="pillar", number="1", title="デジタルの力で地域の稼ぐ力を高める", parent_number=None, page=4),
    dict(level="section", number="(1)", title="農林水産業のスマート化", parent_number="1", page=4),
    dict(level="section", number="(2)", title="観光DXの推進", parent_number="1", page=4),
    dict(level="pillar", number="2", title="デジタルで安心して暮らせるまちをつくる", parent_number=None, page=5),
    dict(level="section", number="(1)", title="子育て・健康のデジタル化", parent_number="2", page=5),
    dict(level="section", number="(2)", title="行政手続のオンライン化", parent_number="2", page=5),
]

# (kind, context, kpi_name, metric, year_label, fiscal_year, value, unit, qualifier, value_text, page)
KPI_ROWS_I: list[tuple[object, ...]] = [
    (_NT, _G1, "町内事業所の従業者数", "baseline", "令和3年", 2021, 4210.0, "人", None, "4,210人（令和3年）", 4),
    (_NT, _G1, "町内事業所の従業者数", "target", *_NOTE, 4400.0, "人", None, "4,400人", 4),
    (_NT, _G1, "観光消費額", "baseline", "R4", 2022, 18.6, "億円", None, "18.6億円（R4）", 4),
    (_NT, _G1, "観光消費額", "target", *_NOTE, 22.0, "億円", None, "22.0億円", 4),
    (_KPI, _S11, "スマート農業技術の導入件数", "baseline", "令和4年度", 2022, 3.0, "件", None, "3件（令和4年度）", 4),
    (_KPI, _S11, "スマート農業技術の導入件数", "target", *_PERIOD, 20.0, "件", "5年間で", "５年間で20件", 4),
    (_KPI, _S11, "漁獲物の電子入札利用率", "baseline", "R4", 2022, 32.5, "%", None, "32.5%（R4）", 4),
    (_KPI, _S11, "漁獲物の電子入札利用率", "target", *_PERIOD, 60.0, "%", None, "60.0%", 4),
    (_KPI, _S12, "体験型観光プログラムの参加者数", "baseline", "令和3年度", 2021, 1250.0, "人", None, "1,250人（令和3年度）", 4),
    (_KPI, _S12, "体験型観光プログラムの参加者数", "target", *_PERIOD, 2000.0, "人", None, "2,000人", 4),
    (_KPI, _S12, "オンライン観光イベントの開催回数", "baseline", "令和4年度", 2022, 4.0, "回", "年", "年4回（令和4年度）", 4),
    (_KPI, _S12, "オンライン観光イベントの開催回数", "target", *_PERIOD, 12.0, "回", "年", "年12回", 4),
    (_NT, _G2, "町民のデジタル化に関する満足度", "baseline", "令和4年度", 2022, 41.3, "%", None, "41.3%（令和4年度）", 5),
    (_NT, _G2, "町民のデジタル化に関する満足度", "target", *_NOTE, 60.0, "%", None, "60.0%", 5),
    (_NT, _G2, "転入者数", "baseline", "R3", 2021, 380.0, "人", None, "380人（R3）", 5),
    (_NT, _G2, "転入者数", "target", *_NOTE, 450.0, "人", None, "450人", 5),
    (_KPI, _S21, "母子健康手帳アプリの登録率", "baseline", "令和4年度", 2022, 55.0, "%", None, "55.0%（令和4年度）", 5),
    (_KPI, _S21, "母子健康手帳アプリの登録率", "target", *_PERIOD, 90.0, "%", None, "90.0%", 5),
    (_KPI, _S21, "オンライン健康相談の利用件数", "baseline", "令和4年度", 2022, 86.0, "件", None, "86件（令和4年度）", 5),
    (_KPI, _S21, "オンライン健康相談の利用件数", "target", *_PERIOD, None, None, None, "増加", 5),
    (_KPI, _S22, "オンラインで申請できる行政手続の数(子育て・介護関係を含む)", "baseline", "令和4年度", 2022, 45.0, "手続", None, "45手続（令和4年度）", 5),
    (_KPI, _S22, "オンラインで申請できる行政手続の数(子育て・介護関係を含む)", "target", *_PERIOD, 150.0, "手続", None, "150手続", 5),
    (_KPI, _S22, "マイナンバーカードの交付率", "baseline", "R4年度", 2022, 62.4, "%", None, "62.4%（R4年度）", 5),
    (_KPI, _S22, "マイナンバーカードの交付率", "target", *_PERIOD, 95.0, "%", None, "95.0%", 5),
]
_I_FIELDS = ("kind", "context", "kpi_name", "metric", "year_label", "fiscal_year", "value",
             "unit", "qualifier", "value_text", "page")
# fmt: on
KPI_VALUES_I: list[dict[str, object]] = [dict(zip(_I_FIELDS, r, strict=True)) for r in KPI_ROWS_I]

# ------------------------------------------------------------------------- self-checks

assert len(BUSINESS_UNITS_H) == 4 and len(STRUCTURE_H) == 4
assert len(BUDGET_LINES_H) == 4 * 3 * 5 == 60
assert len(KPI_VALUES_H) == 4 * 2 * 3 * 3 == 72
assert len(KPI_VALUES_I) == 2 * (2 + 2 + 2) * 2 == 24
assert all(
    (n is None and t == DASH) or t.rstrip("%").replace(",", "") in (f"{n:g}", f"{n:.1f}")
    for r in KPI_VALUES_H
    for n, t in [(r["value"], r["value_text"])]
)
assert all(
    (yen is None and text == DASH) or yen == int(text.replace(",", "")) * 1000
    for _u, _i, _y, _b, _l, yen, text, _p in BUDGET_LINES_H
)
# The sheets' own arithmetic: 国・県支出金 + 一般財源 = 事業費; 事業費 + 人件費 = トータルコスト;
# 達成率 = 実績値 / 目標値 (one decimal).
assert all(
    (row[1] or 0) + row[2] == row[0] and row[0] + row[3] == row[4]
    for rows in _H_COST.values()
    for row in rows
)
assert all(
    a is None or round(a / t * 100, 1) == rate
    for blocks in _H_KPI_NUMBERS.values()
    for block in blocks
    for t, a, rate in block
)
