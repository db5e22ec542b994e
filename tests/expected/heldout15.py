"""Expected values for the FIFTEENTH blind held-out document (fictional かざはや市).

``tests/fixtures/heldout15/template_v_platypus.pdf`` (reportlab platypus, 5 A4-portrait
pages: a cover, a 目次, then three one-page 事務事業評価シート; every ruling is
reportlab's cell grid) was made to measure how the parsers generalise to a template not
seen in ``samples/``, ``tests/fixtures/`` or the earlier held-out rounds: a COVER page
and a 目次 page with dotted leaders and folios grouped under two 部 before the sheets;
予算科目 as three ``款 | 項 | 目`` cells with two-digit codes over their values; the 施策
as ONE breadcrumb cell ``政策３　… ＞ 施策３－３　…``; a cost table with years across
whose third year is a ``決算見込`` and whose rows are ``事業費``, ``うち委託料``,
``うち補助金`` (BLANK cells on sheet 1), a staff-count row ``従事職員数（人工）``,
``人件費`` and ``合計``; a separate 財源内訳 table for one year; an indicator table with the
YEARS DOWN whose columns pair the kind and the metric in one header cell
(``活動指標：目標`` …) while the indicators' names and units are printed ONCE ABOVE the
table, one ``達成率（％）`` column belonging to the 成果指標 (by the footnote), and BLANK
cells for the year not yet closed; ☑ / ☐ glyph pairs for 事業区分, the three 評価 aspects
and 今後の方向性. The values below were typed by hand from the pages rendered to PNG,
written before the parser was read or run; nothing is imported from the generator
(``tests/fixtures/heldout15/make_heldout15.py``) or produced by a parser. If a parser
and the generator agree with each other but not with this file, this file wins.

Conventions: data contract v1.1 and the unit-sheet conventions of ``heldout11.py`` R /
``heldout12.py`` S: ``value_text`` the cell exactly as read (``－`` U+FF0D kept; a
blank cell is ``""``); every other text field NFKC.

Judgement calls, template V (かざはや市, reportlab platypus; the lead may revisit each):

V1. ``doc_type`` ``policy_evaluation``; ``municipality`` ``かざはや市`` from the cover
    (the only place the city is printed). The ``総務部　行政経営課`` under it is the
    section that edits the book: no unit's department. The cover's ``令和６年１０月`` (the
    date of issue) gives nothing.
V2. ``title`` the cover's title line ``令和６年度　事務事業評価書`` → NFKC ``令和6年度
    事務事業評価書``. The ``（令和５年度実施事業）`` printed on its OWN line under it names
    the year of the work evaluated and is not part of the title (heldout_units3.py F2;
    heldout6.py L2 / heldout9.py P1 keep such a bracket only when it is in the same
    printed line). ``fiscal_year`` 2024 (the evaluation's own 年度). The running header
    of pages 3–5 repeats the title.
V3. Page 2, the 目次 (``【市民生活部】`` / ``【産業観光部】`` over each sheet's 事業名, a
    dotted leader and its folio ``２`` ``３`` ``４``), gives NO rows: no unit, no node, no
    money, no indicator (heldout_units3.py F1). Its numbers are the folios, not the PDF
    pages (the sheets are PDF pages 3, 4, 5). The folios ``- １ -`` … ``- ４ -`` and the
    running header are furniture.
V4. ``name`` the cell right of ``事業名``. The ``事業コード`` (``01-02-003``, ``01-02-007``,
    ``03-01-004``) is a code of the book: ``unit_no`` None (heldout6.py L3), its parts
    are not a 施策 number, and it is not part of the name.
V5. ``department``: ``所管 | 市民生活部　市民協働課　消費生活係`` (one cell) → the 部 and
    the 課 joined with ``・``: ``市民生活部・市民協働課``; the 係 is not part (heldout11.py
    R4, heldout6.py L4). Sheet 2 ``市民生活部・地域安全課``, sheet 3 ``産業観光部・農林振興課``.
V6. ``総合計画上の位置付け`` is one cell ``政策３　安全・安心に暮らせるまち　＞　施策３－３
    消費生活の安定``. ``measure_no`` 3 (the 施策's own number in the compound ``3-3``, R5 /
    S5); sheets 2, 3: ``３－２`` → 2, ``５－１`` → 1. STRUCTURE one ``measure`` node per
    sheet: ``number`` ``3-3`` (NFKC), ``title`` ``消費生活の安定``, ``parent_number`` the 政策
    ``3``, on the sheet's page. No policy node. KPI ``context`` ``施策3-3 消費生活の安定``
    (word and number as printed, NFKC, one space, title).
V7. ``legal_basis`` from ``事業区分 | ☑法定　☐自主`` → ``法定``; sheets 2, 3 ``☐法定
    ☑自主`` → ``自主``. ``根拠法令等`` (a law's or a 要綱's name), ``事業期間``
    (``平成３０年度～令和７年度``, ``平成２８年度～``) and the 予算科目 cells (``02 総務費`` /
    ``01 総務管理費`` / ``15 消費生活対策費``: codes of the budget, not money, not 施策
    numbers) give nothing.
V8. ``next_year_policy`` the ☑ option of ``今後の方向性 | ☐拡大　☑現状維持　☐縮小　☐廃止``:
    sheet 1 ``現状維持``, sheet 2 ``拡大`` (kept as printed, v1.1 and heldout9.py P5),
    sheet 3 ``縮小``. The ☑ grades of 必要性 / 有効性 / 効率性 (高い / 普通 / 低い), their
    評価の理由 and the 課題・改善策 prose give nothing (``上限４万円``, ``令和７年度`` in prose
    are not read).
V9. ``summary`` the ``事業の目的`` cell, its wrapped lines joined (R8 / S8; ``事業の内容``
    is not joined). ``is_priority``, ``population_goal`` None, ``sdg_targets`` []. A
    unit's ``page`` is its sheet's page (3, 4, 5).
V10. Budget lines: years ACROSS, the basis in each header cell: ``令和４年度決算`` → (2022,
    決算, ``決算``), ``令和５年度決算`` → (2023, 決算, ``決算``), ``令和６年度決算見込`` →
    (2024, 見込み, ``決算見込``: the contract's own basis_label example), ``令和７年度予算``
    → (2025, 予算, ``予算``). Items the row labels as printed: ``事業費``, ``うち委託料``,
    ``うち補助金`` (うち kept, R9 / F9; printed indented under 事業費), ``人件費``,
    ``合計``; the header cell ``区分`` is no item. ``従事職員数（人工）`` (``0.50``) is a staff
    count, not money (v1.1): no lines. ``（単位：千円）`` above the table → × 1,000.
    Sheet 1 prints the ``うち補助金`` row with four BLANK cells: four lines with amount
    None and value_text ``""`` (contract: a blank cell is null, and nothing read is
    dropped; the row label is printed). 5 × 4 = 20 lines per sheet.
V11. The 財源内訳 table (label cell ``財源内訳（令和５年度決算）`` merged over two rows,
    columns ``国庫 | 県 | 市債 | その他 | 一般財源``) → five items as printed, fiscal_year
    2023, basis 決算, basis_label ``決算`` (the word in its label, S9), under the same
    ``（単位：千円）`` (the section's unit note; the table prints none of its own) → ×
    1,000. ``－`` cells → amount None, value_text ``－``. 5 lines per sheet; 25 in all per
    sheet, on its page. The footnote ``※人件費は、…（8,200千円）…`` gives nothing.
V12. KPI rows: the names are printed ONCE above the table, ``活動指標：講座の開催回数（回）``
    and ``成果指標：受講者の満足度（％）``: kind ``activity`` / ``outcome`` from the word
    before ``：``, ``kpi_name`` the rest without the trailing bracket, ``unit`` from the
    bracket NFKC (``回``, ``%``; heldout5.py J9). Columns ``活動指標：目標`` / ``活動指標：
    実績`` → the activity's ``target`` / ``actual``; ``成果指標：目標`` / ``成果指標：実績`` →
    the outcome's; ``達成率（％）`` → the OUTCOME's ``achievement_rate`` (the footnote
    ``※達成率は、成果指標の実績÷目標×100``), its ``unit`` the outcome's (R10 / L13 keep the
    indicator's unit on its 達成率 rows; sheet 3 ``百万円``). Rows ``令和３年度`` …
    ``令和６年度`` → 2021–2024, ``year_label`` NFKC ``令和3年度``. 令和６年度's two 実績 and
    its 達成率 are BLANK (the footnote: known after the year closes) → rows with value
    None, value_text ``""``. Sheet 3's 令和３年度 成果指標：目標 and 達成率 print ``－`` →
    None. ``subject`` the sheet's unit, ``kpi_no`` None, qualifier None, ``page`` the
    sheet's page. 4 years × 5 columns = 20 rows per sheet. ``年間`` in
    ``直売所の年間販売額`` is part of the name (heldout13.py T6); its values stay in
    百万円 (``171`` → 171.0, unit ``百万円``).
V13. Pages: cover 1, 目次 2, sheet n on page n + 2.
"""

from __future__ import annotations

V_PDF = "template_v_platypus.pdf"
V_PAGE_COUNT = 5
DASH = "\uff0d"  # － FULLWIDTH HYPHEN-MINUS, as the 財源 and 指標 cells print "none"
BLANK = ""  # a cell printed empty

DOCUMENT_V = dict(
    doc_type="policy_evaluation",
    municipality="かざはや市",
    title="令和6年度 事務事業評価書",
    fiscal_year=2024,
)

# (business_unit, item, fiscal_year, basis, basis_label, amount_yen, value_text, page)
BudgetLine = tuple[str, str, int, str, str, "int | None", str, int]

_V1 = "消費生活講座開催事業"
_V2 = "地域防犯灯設置補助事業"
_V3 = "農産物直売所販路拡大支援事業"
_V_PAGE = {_V1: 3, _V2: 4, _V3: 5}
# unit → (施策 number NFKC, 施策 title, 政策 number)
_V_MEASURE = {_V1: ("3-3", "消費生活の安定", "3"),
              _V2: ("3-2", "防犯対策の推進", "3"),
              _V3: ("5-1", "農業の振興", "5")}  # fmt: skip
KPI_CONTEXT_V = {u: f"施策{n} {t}" for u, (n, t, _p) in _V_MEASURE.items()}

BUSINESS_UNITS_V: list[dict[str, object]] = [
    dict(
        name=_V1,
        department="市民生活部・市民協働課",
        measure_no=3,
        unit_no=None,
        legal_basis="法定",
        next_year_policy="現状維持",
        is_priority=None,
        population_goal=None,
        sdg_targets=[],
        summary="悪質商法や特殊詐欺による消費者被害を未然に防ぐため、市民が契約や家計に関する正しい知識を身に付け、自ら判断し行動できるようにする。",
        page=3,
    ),
    dict(
        name=_V2,
        department="市民生活部・地域安全課",
        measure_no=2,
        unit_no=None,
        legal_basis="自主",
        next_year_policy="拡大",
        is_priority=None,
        population_goal=None,
        sdg_targets=[],
        summary="夜間の歩行者の安全を確保し犯罪を抑止するため、町内会等が設置・管理する防犯灯の整備を促進する。",
        page=4,
    ),
    dict(
        name=_V3,
        department="産業観光部・農林振興課",
        measure_no=1,
        unit_no=None,
        legal_basis="自主",
        next_year_policy="縮小",
        is_priority=None,
        population_goal=None,
        sdg_targets=[],
        summary="地元農産物の販路を広げ農業所得の向上を図るため、市内の農産物直売所の販売力を強化する。",
        page=5,
    ),
]

STRUCTURE_V = [
    dict(level="measure", number=n, title=t, parent_number=p, page=_V_PAGE[u])
    for u, (n, t, p) in _V_MEASURE.items()
]

# ------------------------------------------------------------------------- budget lines

_V_ITEMS = ("事業費", "うち委託料", "うち補助金", "人件費", "合計")
_V_COLUMNS = ((2022, "決算", "決算"), (2023, "決算", "決算"), (2024, "見込み", "決算見込"),
              (2025, "予算", "予算"))  # fmt: skip
# As printed, per sheet: one tuple per item row (in _V_ITEMS order) × the four years
# (the 従事職員数（人工） row between うち補助金 and 人件費 left out: staff, not money).
_V_COST: dict[str, tuple[tuple[str, ...], ...]] = {
    _V1: (("1,986", "2,118", "2,160", "2,245"),
          ("1,320", "1,452", "1,480", "1,540"),
          (BLANK, BLANK, BLANK, BLANK),
          ("4,100", "4,100", "4,100", "4,100"),
          ("6,086", "6,218", "6,260", "6,345")),
    _V2: (("9,218", "9,893", "10,612", "11,830"),
          ("660", "660", "693", "693"),
          ("8,450", "9,120", "9,800", "11,000"),
          ("6,560", "6,560", "6,560", "6,560"),
          ("15,778", "16,453", "17,172", "18,390")),
    _V3: (("5,874", "6,112", "5,590", "4,420"),
          ("2,200", "2,420", "2,420", "1,800"),
          ("3,000", "3,000", "2,500", "2,000"),
          ("8,200", "8,200", "6,560", "4,920"),
          ("14,074", "14,312", "12,150", "9,340")),
}  # fmt: skip
# The amounts in 千円, typed separately (× 1,000 below).
_V_THOUSANDS: dict[str, tuple[tuple[int | None, ...], ...]] = {
    _V1: ((1986, 2118, 2160, 2245),
          (1320, 1452, 1480, 1540),
          (None, None, None, None),
          (4100, 4100, 4100, 4100),
          (6086, 6218, 6260, 6345)),
    _V2: ((9218, 9893, 10612, 11830),
          (660, 660, 693, 693),
          (8450, 9120, 9800, 11000),
          (6560, 6560, 6560, 6560),
          (15778, 16453, 17172, 18390)),
    _V3: ((5874, 6112, 5590, 4420),
          (2200, 2420, 2420, 1800),
          (3000, 3000, 2500, 2000),
          (8200, 8200, 6560, 4920),
          (14074, 14312, 12150, 9340)),
}  # fmt: skip
# The staff counts printed on the 従事職員数（人工） row, typed only for the check below.
_V_STAFF = {_V1: (0.5, 0.5, 0.5, 0.5), _V2: (0.8, 0.8, 0.8, 0.8), _V3: (1.0, 1.0, 0.8, 0.6)}
_V_SOURCE_ITEMS = ("国庫", "県", "市債", "その他", "一般財源")
# 財源内訳（令和５年度決算）, as printed and in 千円
_V_SOURCE: dict[str, tuple[tuple[str, int | None], ...]] = {
    _V1: (("500", 500), (DASH, None), (DASH, None), ("86", 86), ("1,532", 1532)),
    _V2: ((DASH, None), ("1,200", 1200), (DASH, None), (DASH, None), ("8,693", 8693)),
    _V3: ((DASH, None), ("1,500", 1500), (DASH, None), ("612", 612), ("4,000", 4000)),
}


def _budget_lines_v() -> list[BudgetLine]:
    lines: list[BudgetLine] = []
    for unit, rows in _V_COST.items():
        page = _V_PAGE[unit]
        for item, texts, thousands in zip(_V_ITEMS, rows, _V_THOUSANDS[unit], strict=True):
            for (year, basis, label), text, k in zip(_V_COLUMNS, texts, thousands, strict=True):
                lines.append((unit, item, year, basis, label, None if k is None else k * 1000,
                              text, page))  # fmt: skip
        for item, (text, k) in zip(_V_SOURCE_ITEMS, _V_SOURCE[unit], strict=True):
            lines.append((unit, item, 2023, "決算", "決算", None if k is None else k * 1000,
                          text, page))  # fmt: skip
    return lines


BUDGET_LINES_V = _budget_lines_v()

# ------------------------------------------------------------------------- indicators

_V_YEARS = (("令和3年度", 2021), ("令和4年度", 2022), ("令和5年度", 2023), ("令和6年度", 2024))
# unit → ((activity name, unit), (outcome name, unit), the table's rows as printed:
# 活動指標：目標, 活動指標：実績, 成果指標：目標, 成果指標：実績, 達成率（％） per year)
Printed = tuple[tuple[str, str], tuple[str, str], tuple[tuple[str, ...], ...]]
_V_KPI: dict[str, Printed] = {
    _V1: (("講座の開催回数", "回"), ("受講者の満足度", "%"),
          (("12", "8", "80.0", "82.4", "103.0"),
           ("12", "12", "80.0", "84.1", "105.1"),
           ("15", "14", "85.0", "86.3", "101.5"),
           ("15", BLANK, "85.0", BLANK, BLANK))),
    _V2: (("防犯灯設置補助件数", "件"), ("夜間の体感治安が良いと感じる市民の割合", "%"),
          (("40", "38", "55.0", "53.2", "96.7"),
           ("45", "47", "57.0", "56.8", "99.6"),
           ("50", "52", "59.0", "60.1", "101.9"),
           ("55", BLANK, "61.0", BLANK, BLANK))),
    _V3: (("商談会・物産展への出展回数", "回"), ("直売所の年間販売額", "百万円"),
          (("6", "5", DASH, "171", DASH),
           ("8", "9", "182", "185", "101.6"),
           ("8", "8", "190", "188", "98.9"),
           ("10", BLANK, "200", BLANK, BLANK))),
}  # fmt: skip
# The numbers, typed separately, same layout (None = blank or ―).
_V_KPI_NUMBERS: dict[str, tuple[tuple[float | None, ...], ...]] = {
    _V1: ((12, 8, 80.0, 82.4, 103.0),
          (12, 12, 80.0, 84.1, 105.1),
          (15, 14, 85.0, 86.3, 101.5),
          (15, None, 85.0, None, None)),
    _V2: ((40, 38, 55.0, 53.2, 96.7),
          (45, 47, 57.0, 56.8, 99.6),
          (50, 52, 59.0, 60.1, 101.9),
          (55, None, 61.0, None, None)),
    _V3: ((6, 5, None, 171, None),
          (8, 9, 182, 185, 101.6),
          (8, 8, 190, 188, 98.9),
          (10, None, 200, None, None)),
}  # fmt: skip
# column → (which indicator: 0 activity / 1 outcome, metric)
_V_KPI_COLUMNS = ((0, "target"), (0, "actual"), (1, "target"), (1, "actual"),
                  (1, "achievement_rate"))  # fmt: skip
_V_KINDS = ("activity", "outcome")


def _kpi_rows_v() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for unit, (activity, outcome, table) in _V_KPI.items():
        named = (activity, outcome)
        for (label, year), texts, nums in zip(_V_YEARS, table, _V_KPI_NUMBERS[unit], strict=True):
            for (which, metric), text, n in zip(_V_KPI_COLUMNS, texts, nums, strict=True):
                name, kpi_unit = named[which]
                rows.append(dict(kind=_V_KINDS[which], subject=unit, context=KPI_CONTEXT_V[unit],
                                 kpi_no=None, kpi_name=name, unit=kpi_unit, page=_V_PAGE[unit],
                                 metric=metric, year_label=label, fiscal_year=year,
                                 value=None if n is None else float(n), value_text=text,
                                 qualifier=None))  # fmt: skip
    return rows


KPI_VALUES_V = _kpi_rows_v()

# ------------------------------------------------------------------------- self-checks

assert len(BUSINESS_UNITS_V) == 3 and len(STRUCTURE_V) == 3
assert len(BUDGET_LINES_V) == 3 * (5 * 4 + 5) == 75
assert len(KPI_VALUES_V) == 3 * 4 * 5 == 60
assert all(
    (n is None and t in (DASH, BLANK)) or float(t.replace(",", "")) == n
    for r in KPI_VALUES_V
    for n, t in [(r["value"], r["value_text"])]
)
assert all(
    (yen is None and text in (DASH, BLANK)) or yen == int(text.replace(",", "")) * 1000
    for _u, _i, _y, _b, _l, yen, text, _p in BUDGET_LINES_V
)
# The sheets' own arithmetic: 事業費 ≥ its うち rows; 人件費 = 人工 × 8,200; 合計 = 事業費 +
# 人件費; the 財源内訳 adds up to the 令和５年度決算 事業費; 達成率 = 成果 実績 / 目標.
for _unit, _rows in _V_THOUSANDS.items():
    _cost, _entrust, _subsidy, _labour, _total = ([0 if v is None else v for v in r] for r in _rows)
    assert all(c >= e + s for c, e, s in zip(_cost, _entrust, _subsidy, strict=True))
    assert all(lab == round(st * 8200) for lab, st in zip(_labour, _V_STAFF[_unit], strict=True))
    assert all(c + lab == t for c, lab, t in zip(_cost, _labour, _total, strict=True))
    assert sum(k or 0 for _t, k in _V_SOURCE[_unit]) == _cost[1]
for _table in _V_KPI_NUMBERS.values():
    for _t_act, _a_act, _target, _actual, _rate in _table:
        if _rate is not None:
            assert _target is not None and _actual is not None
            assert abs(_actual * 100 / _target - _rate) <= 0.05 + 1e-9
