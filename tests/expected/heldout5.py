# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""Expected values for the FIFTH blind held-out pair (fictional みなとがわ市, ほしかわ市).

``tests/fixtures/heldout5/template_j_writer.pdf`` (python-docx .docx → LibreOffice
Writer, 3 pages: one 事務事業評価調書 unit sheet per page) and
``tests/fixtures/heldout5/template_k_reportlab.pdf`` (reportlab, 3 pages: a 平成30年度
施策評価シート of 政策分野12 with a KPI table continued on page 2 without its header and
a 事務事業一覧 as the only place the units appear) were made to measure how the parsers
generalise to shapes not seen in ``samples/`` or ``tests/fixtures/``. The values below
were typed by hand from what the pages print (rendered to PNG and looked at), written
before the parser was read or run; nothing is imported from the generator
(``tests/fixtures/heldout5/make_heldout5.py``) or produced by a parser. If a parser and
the generator agree with each other but not with this file, this file wins.

Conventions: J follows ``heldout4.py`` H (data contract v1.1, unit-sheet conventions):
``value_text`` is the cell exactly as read, whitespace collapsed (``－`` U+FF0D
kept); dash cells are rows with value / amount None. K follows the 施策評価票
conventions of ``evaluation_book.py``: kind ``kpi``, ``context`` ``政策分野NN タイトル``,
``kpi_no`` as printed in the No column, ``value_text`` as read, dashes value None; units
joined from the 事務事業一覧.

Judgement calls, template J (みなとがわ市, Writer; the lead may revisit each):

J1. ``municipality`` ``みなとがわ市``: the Writer page header (top right) of every page.
    ``title`` each sheet's heading ``令和6年度　事務事業評価調書`` → NFKC ``令和6年度
    事務事業評価調書`` (the same on all three pages); ``fiscal_year`` 2024.
J2. ``name`` the value right of ``事務事業名``. ``department`` the ``所属名`` value
    ``健康福祉部　こども家庭課`` (部 and 課 separated by a full-width space) → the printed
    parts joined with ``・``: ``健康福祉部・こども家庭課``.
J3. ``measure_no`` from ``施策5　子育て支援の充実`` (the word 施策, the number and the
    name in one value cell) → 5; one ``measure`` STRUCTURE node per sheet, number ``5``,
    title ``子育て支援の充実``, no parent, on the sheet's page. KPI ``context`` ``施策5
    子育て支援の充実`` (heldout4.py H5 form). ``unit_no`` None (nothing numbers the unit).
J4. ``legal_basis`` from ``事務区分``: ``自主事務`` → 自主 (sheets 1, 3); ``法定受託事務`` →
    法定 (sheet 2). ``根拠法令等`` (``児童福祉法第6条の3第2項``, ``－``) and ``事業期間``
    (``平成18年度～``, ``令和4年度～令和8年度``) give nothing: their digits are not money, not
    indicators and not 施策 numbers.
J5. ``next_year_policy``: sheet 1 ``□拡充　■継続　□縮小　□廃止`` → 継続; sheet 3 ``■拡充 …``
    → 拡充; sheet 2 prints the phrase ``現状維持`` alone → kept as printed (v1.1).
    ``方針の理由`` is neither the policy nor the summary.
J6. ``summary`` the ``事業概要`` value, its 2–3 wrapped lines joined without spaces.
J7. ``sdg_targets``: ``ゴール3、ゴール11`` → ``["3", "11"]`` (goal numbers, as the v1.1
    grid rule records goals); ``ゴール16`` → ``["16"]``. ``is_priority``,
    ``population_goal`` None (not printed).
J8. Budget lines: the BASIS is a sub-row label. ``事業費`` over ``予算額`` / ``決算額`` and
    ``うち一般財源`` over ``予算額`` / ``決算額`` (item cells merged down over their sub-rows);
    columns ``令和3年度 | 令和4年度 | 令和5年度`` → 2021–2023. ``item`` the row label as
    printed (``うち一般財源``, the うち kept: v1.1 keeps the label exactly as printed);
    ``basis`` 予算 / 決算, ``basis_label`` ``予算額`` / ``決算額``. 12 lines per sheet.
    ``（単位：千円）`` → × 1,000 on sheets 1 and 3; sheet 2 prints ``（単位：円）`` → × 1
    (``15,840,000`` → 15,840,000 yen). Sheet 3's 令和3年度 cells are dashes (the unit
    began in 令和4年度) → amount None, value_text ``－``.
J9. KPI rows: the table is captioned ``成果指標`` → kind ``outcome``; ``subject`` the
    sheet's unit, ``kpi_no`` None. The unit is printed at the end of the name in
    brackets (``放課後児童クラブの登録児童数（人）``): ``kpi_name`` without it, ``unit``
    from it (``（％）`` → ``%``). The ``基準値（令和2年度）`` cell (merged over both
    rows) → metric ``baseline``, year_label ``令和2年度`` (the header note, as heldout4.py
    I3 reads the target header), fiscal_year 2020. The ``目標`` / ``実績`` sub-rows under
    ``令和3年度`` … ``令和5年度`` → ``target`` / ``actual``, 2021–2023. The ``目標値（令和7年度）``
    cell (merged over both rows) → ``target``, year_label ``令和7年度``, fiscal_year 2025.
    8 rows per indicator, two indicators per sheet. Sheet 3's baseline and 令和3年度
    cells are dashes → value None. The header wraps (``基準値（令和`` / ``2年度）``) in
    its cell; that changes nothing.
J10. The page header, the folios and the ``事業費の推移`` / ``成果指標`` captions give no rows.

Judgement calls, template K (ほしかわ市, reportlab):

K1. ``doc_type`` ``policy_evaluation``; ``municipality`` ``ほしかわ市`` (running header
    ``ほしかわ市　平成30年度 行政評価``); ``title`` ``平成30年度　施策評価シート`` → NFKC
    ``平成30年度 施策評価シート``; ``fiscal_year`` 2018 (平成30年度).
K2. STRUCTURE: ``政策 | 4 | 誰もが健やかに暮らせるまち`` → level ``policy``, number ``4``,
    no parent; ``政策分野 | 12 | 子育て支援`` → ``policy_area`` ``12`` with parent ``4``;
    both on page 1. No 政策目標 and no 施策 are printed: no policy_goal or measure nodes.
    ``主管課 こども未来部　こども課`` is the area's, not a unit's department.
K3. KPI rows: kind ``kpi``, ``context`` ``政策分野12 子育て支援``, ``kpi_no`` the No
    column, ``unit`` the 単位 column (``－`` for 合計特殊出生率 → None: a dash prints no
    unit). Columns: ``H28実績`` / ``H29実績`` → ``actual`` 2016 / 2017; ``H30目標`` →
    ``target`` 2018; ``H30実績`` → ``actual`` 2018; ``達成度`` → ``achievement_rate``
    (``98.0%`` → 98.0) for 2018 (the sheet's year; it compares H30目標 with H30実績).
    ``year_label`` the column header as printed (``H28実績`` …, ``達成度``). No 2's
    達成度 ``－`` → value None. Rows 1–4 are on page 1, rows 5–7 on page 2 (continued
    without the header row). 7 indicators × 5 = 35 rows.
K4. ``「子育てしやすいまち」と感じる市民の割合`` and ``ファミリー・サポート・センターの会員数``
    wrap over two lines in their cells → joined.
K5. Business units: one per 事務事業一覧 row (no cards). ``unit_no`` the 事業No column
    (1–9); ``measure_no`` None (no 施策 is printed); ``name`` the 事業名; ``department``
    the 所管課 as printed (``こども課``; the 部 is not printed in the list and is not
    borrowed from the header); ``next_year_policy`` the 方向性 column (``見直し`` kept);
    ``legal_basis``, ``is_priority``, ``population_goal``, ``summary`` None,
    ``sdg_targets`` []. ``page`` the page of the list row (rows 1–5 page 2, 6–9 page 3;
    the header row is repeated on page 3).
K6. Budget lines: the ``事業費（千円）`` column → item ``事業費``; the caption
    ``※事業費は平成30年度決算額`` (under the list on page 3) gives fiscal_year 2018,
    basis ``決算``, basis_label ``決算額``; ``（千円）`` in the header → × 1,000. 出産祝金支給
    事業's ``－`` → amount None, value_text ``－``. The ``合計 414,081`` row is not a unit
    and gives no line.
K7. The prose (``7指標のうち3指標``, ``5人減少``, ``平成31年度``, ``60人``), the running
    header and the folios give no rows.
"""

from __future__ import annotations

# value_text is the cell exactly as read (contract): the sheets print "no value" as
# U+FF0D FULLWIDTH HYPHEN-MINUS, kept as printed (its NFKC form is "-").
DASH = "\uff0d"

J_PDF = "template_j_writer.pdf"
K_PDF = "template_k_reportlab.pdf"
J_PAGE_COUNT = 3
K_PAGE_COUNT = 3

DOCUMENT_J = dict(
    doc_type="policy_evaluation",
    municipality="みなとがわ市",
    title="令和6年度 事務事業評価調書",
    fiscal_year=2024,
)

DOCUMENT_K = dict(
    doc_type="policy_evaluation",
    municipality="ほしかわ市",
    title="平成30年度 施策評価シート",
    fiscal_year=2018,
)


def _float(v: float | None) -> float | None:
    return None if v is None else float(v)


# (business_unit, item, fiscal_year, basis, basis_label, amount_yen, value_text, page)
BudgetLine = tuple[str, str, int, str, str, "int | None", str, int]

# ------------------------------------------------------------------------- template J

_J1 = "放課後児童クラブ運営事業"
_J2 = "戸籍事務電算化事業"
_J3 = "地域見守りネットワーク推進事業"
_J_PAGE = {_J1: 1, _J2: 2, _J3: 3}
_J_MEASURE = {_J1: ("5", "子育て支援の充実"), _J2: ("22", "窓口サービスの向上"),
              _J3: ("7", "地域福祉の推進")}  # fmt: skip
KPI_CONTEXT_J = {u: f"施策{n} {t}" for u, (n, t) in _J_MEASURE.items()}

BUSINESS_UNITS_J: list[dict[str, object]] = [
    dict(
        name=_J1,
        department="健康福祉部・こども家庭課",
        measure_no=5,
        unit_no=None,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=None,
        population_goal=None,
        sdg_targets=["3", "11"],
        summary="保護者が就労等により昼間家庭にいない小学生に対し、放課後や長期休業中に小学校の余"
        "裕教室等で適切な遊びと生活の場を提供し、児童の健全な育成を図る。あわせて支援員の"
        "研修を行い、保育の質の向上に取り組む。",
        page=1,
    ),
    dict(
        name=_J2,
        department="市民部・市民課",
        measure_no=22,
        unit_no=None,
        legal_basis="法定",
        next_year_policy="現状維持",
        is_priority=None,
        population_goal=None,
        sdg_targets=["16"],
        summary="戸籍の記録を電算システムで管理し、戸籍謄抄本等の証明書を迅速かつ正確に交付する。"
        "システムの保守及び法改正に伴う改修を行う。",
        page=2,
    ),
    dict(
        name=_J3,
        department="健康福祉部・高齢福祉課",
        measure_no=7,
        unit_no=None,
        legal_basis="自主",
        next_year_policy="拡充",
        is_priority=None,
        population_goal=None,
        sdg_targets=["3", "11"],
        summary="高齢者等が住み慣れた地域で安心して暮らせるよう、民間事業者や自治会と見守り協定を"
        "結び、異変に気付いた際の連絡体制を整える。協力事業者向けの研修会を開催し、見守り"
        "の担い手を増やす。",
        page=3,
    ),
]

STRUCTURE_J = [
    dict(level="measure", number=n, title=t, parent_number=None, page=_J_PAGE[u])
    for u, (n, t) in _J_MEASURE.items()
]

# As printed (dashes as U+FF0D), per sheet: rows (事業費 予算額, 事業費 決算額, うち一般財源 予算額,
# うち一般財源 決算額) × columns 令和3年度, 令和4年度, 令和5年度.
_J_ROWS = (("事業費", "予算", "予算額"), ("事業費", "決算", "決算額"),
           ("うち一般財源", "予算", "予算額"), ("うち一般財源", "決算", "決算額"))  # fmt: skip
_J_YEARS = (2021, 2022, 2023)
_J_COST: dict[str, tuple[tuple[str, ...], ...]] = {
    _J1: (("84,200", "88,600", "92,300"),
          ("83,915", "87,240", "91,806"),
          ("28,100", "29,500", "30,800"),
          ("27,954", "29,012", "30,611")),
    _J2: (("15,840,000", "16,226,000", "17,982,000"),
          ("15,712,360", "16,104,980", "17,855,420"),
          ("15,840,000", "16,226,000", "17,982,000"),
          ("15,712,360", "16,104,980", "17,855,420")),
    _J3: ((DASH, "2,400", "2,650"),
          (DASH, "2,318", "2,577"),
          (DASH, "1,200", "1,325"),
          (DASH, "1,159", "1,288")),
}  # fmt: skip
# The yen amounts, typed separately (sheet 2 is in 円, the others in 千円).
_J_YEN: dict[str, tuple[tuple[int | None, ...], ...]] = {
    _J1: ((84_200_000, 88_600_000, 92_300_000),
          (83_915_000, 87_240_000, 91_806_000),
          (28_100_000, 29_500_000, 30_800_000),
          (27_954_000, 29_012_000, 30_611_000)),
    _J2: ((15_840_000, 16_226_000, 17_982_000),
          (15_712_360, 16_104_980, 17_855_420),
          (15_840_000, 16_226_000, 17_982_000),
          (15_712_360, 16_104_980, 17_855_420)),
    _J3: ((None, 2_400_000, 2_650_000),
          (None, 2_318_000, 2_577_000),
          (None, 1_200_000, 1_325_000),
          (None, 1_159_000, 1_288_000)),
}  # fmt: skip

BUDGET_LINES_J: list[BudgetLine] = [
    (unit, item, year, basis, label, yen, text, _J_PAGE[unit])
    for unit, rows in _J_COST.items()
    for (item, basis, label), texts, yens in zip(_J_ROWS, rows, _J_YEN[unit], strict=True)
    for year, text, yen in zip(_J_YEARS, texts, yens, strict=True)
]

# unit → ((name, unit, baseline, (目標 R3, R4, R5), (実績 R3, R4, R5), 目標値 R7), …), printed
_J_KPI: dict[str, tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...], str], ...]] = {
    _J1: (("放課後児童クラブの登録児童数", "人", "1,120",
           ("1,150", "1,180", "1,210"), ("1,164", "1,203", "1,236"), "1,300"),
          ("利用者アンケートで「満足」と答えた保護者の割合", "%", "82.4",
           ("84.0", "85.0", "86.0"), ("83.1", "86.2", "85.7"), "90.0")),
    _J2: (("戸籍証明書の交付件数", "件", "18,420",
           ("18,500", "18,500", "18,500"), ("18,077", "17,652", "17,390"), "18,500"),
          ("証明書の交付に要する平均待ち時間", "分", "12",
           ("11", "10", "10"), ("11", "10", "9"), "8")),
    _J3: (("見守り協定を締結した事業者数", "者", DASH,
           (DASH, "40", "55"), (DASH, "46", "61"), "80"),
          ("見守り研修会の参加者数", "人", DASH,
           (DASH, "150", "200"), (DASH, "132", "214"), "300")),
}  # fmt: skip
# The numbers, typed separately: (baseline, 目標 ×3, 実績 ×3, 目標値 R7).
_J_KPI_NUMBERS: dict[str, tuple[tuple[float | None, ...], ...]] = {
    _J1: ((1120, 1150, 1180, 1210, 1164, 1203, 1236, 1300),
          (82.4, 84.0, 85.0, 86.0, 83.1, 86.2, 85.7, 90.0)),
    _J2: ((18420, 18500, 18500, 18500, 18077, 17652, 17390, 18500),
          (12, 11, 10, 10, 11, 10, 9, 8)),
    _J3: ((None, None, 40, 55, None, 46, 61, 80),
          (None, None, 150, 200, None, 132, 214, 300)),
}  # fmt: skip
_J_KPI_YEARS = (("令和3年度", 2021), ("令和4年度", 2022), ("令和5年度", 2023))


def _kpi_rows_j() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for unit, blocks in _J_KPI.items():
        for (name, kpi_unit, base, targets, actuals, goal), nums in zip(
            blocks, _J_KPI_NUMBERS[unit], strict=True
        ):
            common = dict(kind="outcome", subject=unit, context=KPI_CONTEXT_J[unit], kpi_no=None,
                          kpi_name=name, unit=kpi_unit, page=_J_PAGE[unit])  # fmt: skip
            cells = [("baseline", "令和2年度", 2020, base, nums[0])]
            cells += [("target", lb, y, t, n) for (lb, y), t, n
                      in zip(_J_KPI_YEARS, targets, nums[1:4], strict=True)]  # fmt: skip
            cells += [("actual", lb, y, t, n) for (lb, y), t, n
                      in zip(_J_KPI_YEARS, actuals, nums[4:7], strict=True)]  # fmt: skip
            cells.append(("target", "令和7年度", 2025, goal, nums[7]))
            for metric, label, year, text, number in cells:
                rows.append(dict(common, metric=metric, year_label=label, fiscal_year=year,
                                 value=_float(number), value_text=text))  # fmt: skip
    return rows


KPI_VALUES_J = _kpi_rows_j()

# ------------------------------------------------------------------------- template K

_AREA = "政策分野12 子育て支援"

STRUCTURE_K = [
    dict(level="policy", number="4", title="誰もが健やかに暮らせるまち", parent_number=None, page=1),
    dict(level="policy_area", number="12", title="子育て支援", parent_number="4", page=1),
]  # fmt: skip

_K_COLUMNS = (("actual", "H28実績", 2016), ("actual", "H29実績", 2017),
              ("target", "H30目標", 2018), ("actual", "H30実績", 2018),
              ("achievement_rate", "達成度", 2018))  # fmt: skip
# (No, 成果指標, 単位, printed H28実績, H29実績, H30目標, H30実績, 達成度, page)
_K_KPI = (
    (1, "合計特殊出生率", None, ("1.42", "1.45", "1.50", "1.47", "98.0%"), 1),
    (2, "保育所等の待機児童数", "人", ("18", "9", "0", "4", DASH), 1),
    (3, "子育て支援センターの年間利用者数", "人", ("21,430", "22,815", "24,000", "23,160", "96.5%"), 1),
    (4, "「子育てしやすいまち」と感じる市民の割合", "%", ("54.2", "56.8", "60.0", "61.3", "102.2%"), 1),
    (5, "乳幼児健康診査の受診率", "%", ("95.1", "96.3", "97.0", "97.4", "100.4%"), 2),
    (6, "ファミリー・サポート・センターの会員数", "人", ("612", "648", "700", "671", "95.9%"), 2),
    (7, "放課後子ども教室の実施箇所数", "箇所", ("8", "10", "12", "12", "100.0%"), 2),
)  # fmt: skip
# The numbers, typed separately, per No.
_K_KPI_NUMBERS: dict[int, tuple[float | None, ...]] = {
    1: (1.42, 1.45, 1.50, 1.47, 98.0),
    2: (18, 9, 0, 4, None),
    3: (21430, 22815, 24000, 23160, 96.5),
    4: (54.2, 56.8, 60.0, 61.3, 102.2),
    5: (95.1, 96.3, 97.0, 97.4, 100.4),
    6: (612, 648, 700, 671, 95.9),
    7: (8, 10, 12, 12, 100.0),
}

KPI_VALUES_K: list[dict[str, object]] = [
    dict(kind="kpi", context=_AREA, subject=None, kpi_no=no, kpi_name=name, unit=unit,
         fiscal_year=year, year_label=label, metric=metric, value=_float(number),
         value_text=text, page=page)
    for no, name, unit, texts, page in _K_KPI
    for (metric, label, year), text, number in zip(_K_COLUMNS, texts, _K_KPI_NUMBERS[no],
                                                   strict=True)
]  # fmt: skip

# (事業No, 事業名, 所管課, 事業費 printed, 千円 or None, 方向性, page)
_K_UNITS = (
    (1, "子育て支援センター運営事業", "こども課", "38,412", 38412, "継続", 2),
    (2, "保育所施設整備補助事業", "こども課", "126,500", 126500, "拡充", 2),
    (3, "乳幼児健康診査事業", "健康推進課", "9,874", 9874, "継続", 2),
    (4, "ファミリー・サポート・センター事業", "こども課", "4,205", 4205, "見直し", 2),
    (5, "子ども医療費助成事業", "保険年金課", "214,368", 214368, "継続", 2),
    (6, "放課後子ども教室推進事業", "生涯学習課", "6,930", 6930, "拡充", 3),
    (7, "子育て情報誌発行事業", "こども課", "1,152", 1152, "縮小", 3),
    (8, "病児保育事業", "こども課", "12,640", 12640, "継続", 3),
    (9, "出産祝金支給事業", "市民課", DASH, None, "廃止", 3),
)

BUSINESS_UNITS_K: list[dict[str, object]] = [
    dict(name=name, department=dept, measure_no=None, unit_no=no, legal_basis=None,
         next_year_policy=policy, is_priority=None, population_goal=None, sdg_targets=[],
         summary=None, page=page)
    for no, name, dept, _text, _k, policy, page in _K_UNITS
]  # fmt: skip

BUDGET_LINES_K: list[BudgetLine] = [
    (name, "事業費", 2018, "決算", "決算額", None if k is None else k * 1000, text, page)
    for _no, name, _dept, text, k, _policy, page in _K_UNITS
]

# ------------------------------------------------------------------------- self-checks

assert len(BUSINESS_UNITS_J) == 3 and len(STRUCTURE_J) == 3
assert len(BUDGET_LINES_J) == 3 * 4 * 3 == 36
assert len(KPI_VALUES_J) == 3 * 2 * 8 == 48
assert len(KPI_VALUES_K) == 7 * 5 == 35
assert len(BUSINESS_UNITS_K) == len(BUDGET_LINES_K) == 9
assert all(
    (n is None and t == DASH) or t.rstrip("%").replace(",", "") in (f"{n:g}", f"{n:.1f}", f"{n:.2f}")
    for r in [*KPI_VALUES_J, *KPI_VALUES_K]
    for n, t in [(r["value"], r["value_text"])]
)
assert all(
    (yen is None and text == DASH)
    or yen == int(text.replace(",", "")) * (1 if unit == _J2 else 1000)
    for unit, _i, _y, _b, _l, yen, text, _p in BUDGET_LINES_J
)
# The sheets' own arithmetic: K's 合計 row (414,081 千円); 達成度 = H30実績 / H30目標.
assert sum(k for *_a, k, _p, _q in _K_UNITS if k is not None) == 414081
assert all(
    rate is None or round(a / t * 100, 1) == rate
    for _h28, _h29, t, a, rate in _K_KPI_NUMBERS.values()
)
