"""Expected values for the SIXTH blind held-out document (fictional やまぶき市).

``tests/fixtures/heldout6/template_l_calc.pdf`` (openpyxl .xlsx → LibreOffice Calc, 4
landscape A4 pages: a bound book of three 事務事業評価シート, one worksheet each; the
third runs over pages 3–4, its 指標 and 評価 parts on page 4 under the repeated
print-title rows) was made to measure how the parsers generalise to a template not seen
in ``samples/``, ``tests/fixtures/`` or the earlier held-out rounds. The values below
were typed by hand from what the pages print (rendered to PNG and looked at), written
before the parser was read or run; nothing is imported from the generator
(``tests/fixtures/heldout6/make_heldout6.py``) or produced by a parser. If a parser and
the generator agree with each other but not with this file, this file wins.

Conventions: ``heldout4.py`` H and ``heldout_units2.py`` (data contract v1.1, unit-sheet
conventions): ``value_text`` is the cell exactly as read, whitespace collapsed (``－``
U+FF0D kept as printed); dash cells are rows / lines with value (amount) None.

Judgement calls, template L (やまぶき市, Calc; the lead may revisit each):

L1. ``municipality`` ``やまぶき市``: the page footer (bottom left) of every page; the
    city is printed nowhere else except inside the name of sheet 3's 根拠法令
    (``やまぶき市空き店舗活用支援補助金交付要綱``), which does not count on its own.
L2. ``title`` the sheets' heading, one cell, ``令和6年度　事務事業評価シート（令和5年度実施
    事業）`` → NFKC ``令和6年度 事務事業評価シート(令和5年度実施事業)`` (the whole printed
    line: the parenthesised year is part of the heading). ``fiscal_year`` 2024: the
    evaluation year (令和6年度) is the document's own 年度; ``令和5年度実施事業`` is the
    year of the work evaluated (as heldout_units2.py D1 and heldout_units3.py F2 read a
    ``令和5年度実施事業`` line).
L3. ``name`` the cell right of ``事務事業名``. The ``事業コード`` ``02-05-12-005`` is a code
    of the book: ``unit_no`` None (as heldout4.py H3), although its first three parts
    repeat the 基本目標 / 政策 / 施策 numbers and its last part (005) could be read as
    the unit's number within the 施策. The code is not part of the name.
L4. ``department``: ``所管 | 部 | 健康福祉部 | 課 | こども家庭課 | 係 | 母子保健係 | 課長名 |
    森本　由紀`` → the 部 and the 課 joined, ``健康福祉部・こども家庭課``; the 係 is not
    part of the department (heldout4.py H4) and the 課長名 (a person) is not either.
L5. ``measure_no`` the number cell of the ``施策`` row of the 施策体系 block (``施策 | 12 |
    妊娠・出産・子育ての切れ目ない支援`` → 12; sheets 2, 3: 31, 6). The 基本目標 and 政策
    rows above it are the 施策's ancestors. STRUCTURE: one ``measure`` node per sheet
    (contract v1.1: in a book ``structure`` has one node per sheet), number and title
    from the 施策 row, ``parent_number`` the 政策 row's number (``5``, ``11``, ``2``: the
    enclosing node as printed; earlier rounds had no parent only because no 政策 was
    printed), on the sheet's first page. No separate policy_goal / policy nodes (had
    they been wanted, each sheet would add ``policy_goal`` 2 / ``policy`` 5 with parent
    2 — the lead may prefer that; this file keeps the book rule).
L6. KPI ``context`` ``施策12 妊娠・出産・子育ての切れ目ない支援`` (heldout4.py H5 form,
    the sheet's 施策).
L7. ``legal_basis`` from ``事業区分``, the word printed alone: sheet 1 ``法定``, sheets 2, 3
    ``自主``. ``根拠法令`` (``母子保健法`` …), ``事業期間`` (``平成29年度～``, ``令和3年度～令和7
    年度``) and ``予算科目`` (``一般会計　4款1項3目``) give nothing.
L8. ``next_year_policy`` from ``今後の方向性``: a row of six option cells ``拡充 | 現状維持 |
    改善 | 縮小 | 統合 | 廃止`` with ``○`` in the cell BELOW the chosen one → sheet 1 ``拡充``,
    sheet 2 ``現状維持`` (kept as printed, v1.1), sheet 3 ``改善`` (kept as printed: not one
    word of the contract's list, not mapped to 見直し). The 評価 grades (必要性 / 有効性 /
    効率性: A, B, C), their 評価の理由, the ``方向性の理由・改善内容`` text and the note
    ``※評価　A：十分である …`` give nothing.
L9. ``population_goal`` from ``総合戦略の位置付け`` (the 総合戦略 is the 人口減少対策 plan):
    ``基本目標3　結婚・出産・子育ての希望をかなえる`` → ``基本目標3``; sheet 3 →
    ``基本目標1``; sheet 2 prints ``該当なし`` → None. The 施策体系's ``基本目標 | 2`` is the
    総合計画's, not the 総合戦略's, and is never the population goal.
L10. ``sdg_targets`` from the ``SDGs`` cell: ``3・5`` → ``["3", "5"]`` (goal numbers, as
    heldout_units2.py E ``目標4・目標17``); ``4・11``; ``8・11``. ``is_priority`` None (not
    printed).
L11. ``summary`` the ``目的`` cell (one line). The sheet prints the purpose in parts:
    目的, then ``対象`` and ``意図`` (whom, and the state aimed at) and ``手段（事業内容）``
    (what is done). The contract's 概要（目的・内容） is read as the 目的 statement; 対象,
    意図 and 手段 are not joined into it (the lead may prefer 目的 + 手段).
L12. Budget lines: years ACROSS, the basis in each header cell: ``令和4年度決算`` →
    (2022, 決算, ``決算``), ``令和5年度決算`` → (2023, 決算, ``決算``), ``令和6年度予算`` →
    (2024, 予算, ``予算``), ``令和7年度計画`` → (2025, 見込み, ``計画``): a next-year plan
    figure is neither a passed budget nor a settled account; it is a projection, so
    basis 見込み with basis_label ``計画`` as printed. Items as printed (NFKC, spaces
    removed): ``事業費(A)``, the 財源内訳 sub-rows ``国庫支出金``, ``県支出金``, ``地方債``,
    ``その他``, ``一般財源`` (the vertical group label ``財源内訳`` is not part of them),
    ``人件費(B)``, ``トータルコスト(A)+(B)``: 8 × 4 = 32 per sheet. ``（単位：千円）`` at the
    table's top right → × 1,000. Dash cells (sheet 1 地方債, sheet 2 国庫支出金 and
    令和7年度計画 県支出金, sheet 3 県支出金 / 地方債 / その他) → amount None, value_text
    ``－``. The ``正規職員の人工`` row (``0.80人``: staff, not money), the ``増減（R7－R6）``
    column (differences, ``▲13,500``, ``0``, ``－``: not budget lines), the ``備考`` column
    (``母子保健衛生費補助金`` …) and the footnote ``※人件費は、…（8,000千円）…`` give no lines.
L13. KPI rows: the ``活動指標`` block → kind ``activity``, the ``成果指標`` block → kind
    ``outcome`` (each a vertical label merged over its indicators' rows); ``subject`` the
    sheet's unit, ``kpi_no`` None, ``unit`` the indicator's ``単位`` cell (merged over
    its three rows; also on the 達成率 rows, as heldout4.py H11, although the row label
    says ``達成率（%）``). Rows ``目標値`` → target, ``実績値`` → actual, ``達成率（%）`` →
    achievement_rate (``96.3`` → 96.3) under ``令和4年度`` … ``令和7年度`` → 2022–2025,
    ``year_label`` the column header. 令和6年度 and 令和7年度 実績値 / 達成率 are dashes →
    value None. 12 rows per indicator. The ``備考`` cells (``4か月児健診時のアンケート``,
    ``令和2年度からの累計``, ``毎年11月の通行量調査``) give nothing.
L14. ``kpi_name`` keeps a bracketed qualifier that is not a unit: ``補助金を活用して出店した
    店舗数（累計）`` → ``補助金を活用して出店した店舗数(累計)``, ``中心市街地の歩行者通行量
    （休日1日当たり）`` → ``中心市街地の歩行者通行量(休日1日当たり)`` (NFKC); the unit is
    the 単位 cell (``店舗``, ``人``).
L15. Pages: sheet 1 page 1, sheet 2 page 2, sheet 3 pages 3–4. A unit, its budget lines
    and its structure node on the sheet's first page; KPI rows on the page of their
    table (sheet 3: page 4). Page 4 repeats the heading and the ``事業コード | 事務事業名``
    row (Calc print titles): not a new unit. The folios ``－ 37 －`` … ``－ 40 －`` give
    nothing and are not the pages.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# value_text is the cell exactly as read (contract): the sheets print "no value" as
# U+FF0D FULLWIDTH HYPHEN-MINUS, kept as printed (its NFKC form is "-").
DASH = "\uff0d"

L_PDF = "template_l_calc.pdf"
L_PAGE_COUNT = 4

DOCUMENT_L = dict(
    doc_type="policy_evaluation",
    municipality="やまぶき市",
    title="令和6年度 事務事業評価シート(令和5年度実施事業)",
    fiscal_year=2024,
)


def _float(v: float | None) -> float | None:
    return None if v is None else float(v)


# (business_unit, item, fiscal_year, basis, basis_label, amount_yen, value_text, page)
BudgetLine = tuple[str, str, int, str, str, "int | None", str, int]

_L1 = "子育て世代包括支援センター運営事業"
_L2 = "地区公民館施設改修事業"
_L3 = "空き店舗活用チャレンジ支援事業"
_L_PAGE = {_L1: 1, _L2: 2, _L3: 3}
_L_KPI_PAGE = {_L1: 1, _L2: 2, _L3: 4}
# unit → (施策 number, 施策 title, 政策 number)
_L_MEASURE = {_L1: ("12", "妊娠・出産・子育ての切れ目ない支援", "5"),
              _L2: ("31", "学習活動の場の充実", "11"),
              _L3: ("6", "中心市街地のにぎわいづくり", "2")}  # fmt: skip
KPI_CONTEXT_L = {u: f"施策{n} {t}" for u, (n, t, _p) in _L_MEASURE.items()}

BUSINESS_UNITS_L: list[dict[str, object]] = [
    dict(
        name=_L1,
        department="健康福祉部・こども家庭課",
        measure_no=12,
        unit_no=None,
        legal_basis="法定",
        next_year_policy="拡充",
        is_priority=None,
        population_goal="基本目標3",
        sdg_targets=["3", "5"],
        summary="妊娠期から子育て期までの相談にワンストップで応じ、必要な支援につなぐことで、安心し"
        "て出産・子育てができる環境をつくる。",
        page=1,
    ),
    dict(
        name=_L2,
        department="教育部・生涯学習課",
        measure_no=31,
        unit_no=None,
        legal_basis="自主",
        next_year_policy="現状維持",
        is_priority=None,
        population_goal=None,
        sdg_targets=["4", "11"],
        summary="老朽化した地区公民館の施設を計画的に改修し、市民が安全で快適に学習活動を行える場"
        "を確保する。",
        page=2,
    ),
    dict(
        name=_L3,
        department="産業振興部・商工観光課",
        measure_no=6,
        unit_no=None,
        legal_basis="自主",
        next_year_policy="改善",
        is_priority=None,
        population_goal="基本目標1",
        sdg_targets=["8", "11"],
        summary="中心市街地の空き店舗に出店する事業者を支援し、空き店舗の解消と商店街のにぎわいの"
        "創出を図る。",
        page=3,
    ),
]

STRUCTURE_L = [
    dict(level="measure", number=n, title=t, parent_number=p, page=_L_PAGE[u])
    for u, (n, t, p) in _L_MEASURE.items()
]

# ------------------------------------------------------------------------- budget lines

_L_ITEMS = ("事業費(A)", "国庫支出金", "県支出金", "地方債", "その他", "一般財源", "人件費(B)",
            "トータルコスト(A)+(B)")  # fmt: skip
_L_COLUMNS = ((2022, "決算", "決算"), (2023, "決算", "決算"), (2024, "予算", "予算"),
              (2025, "見込み", "計画"))  # fmt: skip
# As printed, per sheet: one tuple per item row (in _L_ITEMS order) × the four columns.
_L_COST: dict[str, tuple[tuple[str, ...], ...]] = {
    _L1: (("24,860", "26,315", "28,940", "30,200"),
          ("8,286", "8,771", "9,646", "10,066"),
          ("4,143", "4,385", "4,823", "5,033"),
          (DASH, DASH, DASH, DASH),
          ("120", "135", "150", "150"),
          ("12,311", "13,024", "14,321", "14,951"),
          ("20,000", "20,000", "20,800", "20,800"),
          ("44,860", "46,315", "49,740", "51,000")),
    _L2: (("38,420", "52,760", "45,300", "31,800"),
          (DASH, DASH, DASH, DASH),
          ("1,500", "1,500", "1,500", DASH),
          ("27,300", "37,400", "32,100", "22,500"),
          ("5,000", "8,000", "6,000", "5,000"),
          ("4,620", "5,860", "5,700", "4,300"),
          ("6,400", "6,400", "6,400", "4,800"),
          ("44,820", "59,160", "51,700", "36,600")),
    _L3: (("9,850", "11,240", "12,500", "12,500"),
          ("4,925", "5,620", "6,250", "6,250"),
          (DASH, DASH, DASH, DASH),
          (DASH, DASH, DASH, DASH),
          (DASH, DASH, DASH, DASH),
          ("4,925", "5,620", "6,250", "6,250"),
          ("4,000", "4,000", "4,000", "4,000"),
          ("13,850", "15,240", "16,500", "16,500")),
}  # fmt: skip
# The amounts in 千円, typed separately (× 1,000 below: 単位：千円 on every sheet).
_L_THOUSANDS: dict[str, tuple[tuple[int | None, ...], ...]] = {
    _L1: ((24860, 26315, 28940, 30200),
          (8286, 8771, 9646, 10066),
          (4143, 4385, 4823, 5033),
          (None, None, None, None),
          (120, 135, 150, 150),
          (12311, 13024, 14321, 14951),
          (20000, 20000, 20800, 20800),
          (44860, 46315, 49740, 51000)),
    _L2: ((38420, 52760, 45300, 31800),
          (None, None, None, None),
          (1500, 1500, 1500, None),
          (27300, 37400, 32100, 22500),
          (5000, 8000, 6000, 5000),
          (4620, 5860, 5700, 4300),
          (6400, 6400, 6400, 4800),
          (44820, 59160, 51700, 36600)),
    _L3: ((9850, 11240, 12500, 12500),
          (4925, 5620, 6250, 6250),
          (None, None, None, None),
          (None, None, None, None),
          (None, None, None, None),
          (4925, 5620, 6250, 6250),
          (4000, 4000, 4000, 4000),
          (13850, 15240, 16500, 16500)),
}  # fmt: skip

BUDGET_LINES_L: list[BudgetLine] = [
    (unit, item, year, basis, label, None if k is None else k * 1000, text, _L_PAGE[unit])
    for unit, rows in _L_COST.items()
    for item, texts, thousands in zip(_L_ITEMS, rows, _L_THOUSANDS[unit], strict=True)
    for (year, basis, label), text, k in zip(_L_COLUMNS, texts, thousands, strict=True)
]

# ------------------------------------------------------------------------- indicators

_L_YEARS = (("令和4年度", 2022), ("令和5年度", 2023), ("令和6年度", 2024), ("令和7年度", 2025))
_L_METRICS = ("target", "actual", "achievement_rate")
# unit → ((kind, name, 単位, (目標値 ×4), (実績値 ×4), (達成率 ×4)), …), as printed
Printed = tuple[str, str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_L_KPI: dict[str, tuple[Printed, ...]] = {
    _L1: (("activity", "妊婦面接の実施件数", "件",
           ("480", "470", "460", "450"), ("462", "455", DASH, DASH), ("96.3", "96.8", DASH, DASH)),
          ("activity", "産後ケア事業の利用日数", "日",
           ("300", "360", "420", "480"), ("284", "391", DASH, DASH), ("94.7", "108.6", DASH, DASH)),
          ("outcome", "妊娠・出産について満足している者の割合", "%",
           ("85.0", "86.0", "87.0", "88.0"), ("83.6", "86.4", DASH, DASH),
           ("98.4", "100.5", DASH, DASH)),
          ("outcome", "乳児家庭全戸訪問の訪問率", "%",
           ("100.0", "100.0", "100.0", "100.0"), ("97.8", "98.5", DASH, DASH),
           ("97.8", "98.5", DASH, DASH))),
    _L2: (("activity", "改修工事を実施した公民館数", "館",
           ("2", "3", "3", "2"), ("2", "3", DASH, DASH), ("100.0", "100.0", DASH, DASH)),
          ("outcome", "地区公民館の年間利用者数", "人",
           ("68,000", "70,000", "72,000", "74,000"), ("64,215", "71,380", DASH, DASH),
           ("94.4", "102.0", DASH, DASH))),
    _L3: (("activity", "補助金の交付件数", "件",
           ("8", "8", "10", "10"), ("6", "9", DASH, DASH), ("75.0", "112.5", DASH, DASH)),
          ("activity", "創業セミナーの参加者数", "人",
           ("40", "40", "50", "50"), ("31", "46", DASH, DASH), ("77.5", "115.0", DASH, DASH)),
          ("outcome", "補助金を活用して出店した店舗数(累計)", "店舗",
           ("20", "28", "38", "48"), ("17", "26", DASH, DASH), ("85.0", "92.9", DASH, DASH)),
          ("outcome", "中心市街地の歩行者通行量(休日1日当たり)", "人",
           ("5,200", "5,400", "5,600", "5,800"), ("4,870", "5,512", DASH, DASH),
           ("93.7", "102.1", DASH, DASH))),
}  # fmt: skip
# The numbers, typed separately: (目標値 ×4, 実績値 ×4, 達成率 ×4) per indicator.
_L_KPI_NUMBERS: dict[str, tuple[tuple[float | None, ...], ...]] = {
    _L1: ((480, 470, 460, 450, 462, 455, None, None, 96.3, 96.8, None, None),
          (300, 360, 420, 480, 284, 391, None, None, 94.7, 108.6, None, None),
          (85.0, 86.0, 87.0, 88.0, 83.6, 86.4, None, None, 98.4, 100.5, None, None),
          (100.0, 100.0, 100.0, 100.0, 97.8, 98.5, None, None, 97.8, 98.5, None, None)),
    _L2: ((2, 3, 3, 2, 2, 3, None, None, 100.0, 100.0, None, None),
          (68000, 70000, 72000, 74000, 64215, 71380, None, None, 94.4, 102.0, None, None)),
    _L3: ((8, 8, 10, 10, 6, 9, None, None, 75.0, 112.5, None, None),
          (40, 40, 50, 50, 31, 46, None, None, 77.5, 115.0, None, None),
          (20, 28, 38, 48, 17, 26, None, None, 85.0, 92.9, None, None),
          (5200, 5400, 5600, 5800, 4870, 5512, None, None, 93.7, 102.1, None, None)),
}  # fmt: skip


def _kpi_rows_l() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for unit, blocks in _L_KPI.items():
        for (kind, name, kpi_unit, *printed), nums in zip(blocks, _L_KPI_NUMBERS[unit],
                                                          strict=True):  # fmt: skip
            common = dict(kind=kind, subject=unit, context=KPI_CONTEXT_L[unit], kpi_no=None,
                          kpi_name=name, unit=kpi_unit, page=_L_KPI_PAGE[unit])  # fmt: skip
            for m, (metric, texts) in enumerate(zip(_L_METRICS, printed, strict=True)):
                for y, ((label, year), text) in enumerate(zip(_L_YEARS, texts, strict=True)):
                    rows.append(dict(common, metric=metric, year_label=label, fiscal_year=year,
                                     value=_float(nums[4 * m + y]), value_text=text))  # fmt: skip
    return rows


KPI_VALUES_L = _kpi_rows_l()

# ------------------------------------------------------------------------- self-checks

assert len(BUSINESS_UNITS_L) == 3 and len(STRUCTURE_L) == 3
assert len(BUDGET_LINES_L) == 3 * 8 * 4 == 96
assert len(KPI_VALUES_L) == (4 + 2 + 4) * 12 == 120
assert all(
    (n is None and t == DASH) or t.replace(",", "") in (f"{n:g}", f"{n:.1f}")
    for r in KPI_VALUES_L
    for n, t in [(r["value"], r["value_text"])]
)
assert all(
    (yen is None and text == DASH) or yen == int(text.replace(",", "")) * 1000
    for _u, _i, _y, _b, _l, yen, text, _p in BUDGET_LINES_L
)
# The sheets' own arithmetic: 事業費(A) = its 財源内訳; トータルコスト = (A) + (B);
# 達成率 = 実績値 / 目標値 (rounded half up to one decimal, as the sheet prints 96.25 → 96.3).
for _rows in _L_THOUSANDS.values():
    _total, *_sources, _labour, _cost = ([0 if v is None else v for v in row] for row in _rows)
    assert all(sum(col) == t for t, col in zip(_total, zip(*_sources, strict=True), strict=True))
    assert all(a + b == c for a, b, c in zip(_total, _labour, _cost, strict=True))
for _inds in _L_KPI_NUMBERS.values():
    for _n in _inds:
        assert all(
            (Decimal(str(a)) * 100 / Decimal(str(t))).quantize(Decimal("0.1"), ROUND_HALF_UP)
            == Decimal(str(r))
            for t, a, r in zip(_n[0:2], _n[4:6], _n[8:10], strict=True)
        )
