# ruff: noqa: E501
"""Expected values for the SEVENTEENTH blind held-out document (fictional ささゆり市).

``tests/fixtures/heldout17/template_x_2up.pdf`` (reportlab canvas, 3 A3-LANDSCAPE pages,
a 令和６年度 事務事業評価シート book printed 2-in-1: two A4-portrait sheets side by side
on each page, five sheets, the right half of page 3 blank) was made to measure how the
parsers generalise to a template not seen in ``samples/``, ``tests/fixtures/`` or the
earlier held-out rounds: TWO SHEETS ON ONE PAGE (each half a complete sheet with its own
heading, folio ``- 7 -`` … ``- 11 -`` under each half); every border a thin FILLED
rectangle (0.6 pt, no stroked line); grey label cells; labels in 均等割付 (``事　業　名``,
``担　当　部　署``, ``根　拠　法　令``, ``事　業　期　間``, ``事　業　内　容``: each character
placed on its own), others plain; 総合計画の位置付け as a ``政策 | ３ | title`` row over a
``施策 | ３－２ | title`` row; a cost table in 円 with two-line year headers (``令和４年度`` /
``決算``), a VERTICAL ``財源内訳`` group label, 人件費 cells printing the staff count
``（0.50人）`` under the amount, トータルコスト; an indicator table with vertical 活動指標 /
成果指標 labels, the name merged over three rows, the 単位 merged over 目標値 / 実績値 and
a ``％`` 単位 cell on the 達成率 row, years ``R4 R5 R6`` across, blank R6 実績値 / 達成率,
one ``－`` pair; ■ / □ options. The values below were typed by hand from the pages
rendered to PNG, written before the parser was run (its source never read); nothing is
imported from the generator (``tests/fixtures/heldout17/make_heldout17.py``) or produced
by a parser. If a parser and the generator agree with each other but not with this
file, this file wins.

Conventions: data contract v1.1 and the unit-sheet conventions of ``heldout6.py`` L /
``heldout15.py`` V: ``value_text`` the cell exactly as read (``－`` U+FF0D kept; a blank
cell is ``""``); every other text field NFKC.

Judgement calls, template X (ささゆり市, reportlab canvas 2-in-1; the lead may revisit each):

X1. ``doc_type`` ``policy_evaluation``; ``municipality`` ``ささゆり市``, printed small at
    the top right of every sheet (and inside sheet 3's 根拠法令, which alone would not
    count). ``title`` the sheets' heading ``令和６年度　事務事業評価シート`` → NFKC ``令和6年度
    事務事業評価シート``; ``fiscal_year`` 2024.
X2. 2-in-1: each HALF of a page is one sheet; a unit, its lines, its indicators and its
    structure node carry the PDF page of the half they are printed on (sheets 1, 2 →
    page 1; 3, 4 → page 2; 5 → page 3). The folios ``- 7 -`` … ``- 11 -`` are the book's
    page numbers (furniture), not the PDF's pages. Nothing on one half belongs to the
    sheet on the other half.
X3. ``name`` the cell right of ``事　業　名`` (sheet 4's long name with its bracket, NFKC:
    ``地域公共交通確保維持改善事業(デマンド型乗合タクシー運行)``). The ``事業コード``
    (``03-02-001`` …) is a code of the book: ``unit_no`` None (heldout6.py L3).
X4. ``department``: ``担当部署 | 健康福祉部　こども家庭課　子育て支援係`` (one cell) → 部
    and 課 joined with ``・``: ``健康福祉部・こども家庭課``; the 係 is not part (V5).
X5. ``measure_no`` from the 施策 row's number cell ``３－２`` → 2 (the 施策's own number
    in the compound, V6); STRUCTURE one ``measure`` node per sheet, ``number`` ``3-2``,
    ``title`` the 施策 title, ``parent_number`` the 政策 row's number ``3``. No policy
    node (the book rule, L5). KPI ``context`` ``施策3-2 子育て支援の充実``.
X6. ``legal_basis`` None on every sheet: ``根拠法令`` names a law or a 要綱 (sheet 5 prints
    ``－``) but no 法定 / 自主 choice is printed (heldout9.py P4). ``事業期間``
    (``平成28年度～``, ``令和4年度～令和6年度``) gives nothing.
X7. ``next_year_policy`` the ■ option of ``今後の方向性 | □拡充　□継続　■縮小　□廃止``:
    sheets 1–5 ``拡充``, ``縮小``, ``拡充``, ``継続``, ``廃止``. The ■ grades of 必要性 /
    有効性 / 効率性 (``高い / 普通 / 低い``; sheets 4, 5 ``妥当 / 概ね妥当 / 見直しが必要``),
    their 評価の理由 and the 改善内容 prose give nothing (``令和７年度``, ``１万３千円`` in
    prose are not read).
X8. ``summary`` the ``事業の目的`` cell, wrapped lines joined (V9); ``事業内容`` not joined.
    ``is_priority``, ``population_goal`` None, ``sdg_targets`` [].
X9. Budget lines: years ACROSS, each header cell printing the year over the basis on two
    lines: ``令和４年度`` / ``決算`` → (2022, 決算, ``決算``), (2023, 決算, ``決算``),
    ``令和６年度`` / ``予算`` → (2024, 予算, ``予算``). Items the row labels as printed:
    ``事業費``, the five 財源内訳 sub-rows ``国庫支出金``, ``県支出金``, ``地方債``, ``その他``,
    ``一般財源`` (the vertical group label ``財源内訳`` is not part of them, v1.1),
    ``人件費``, ``トータルコスト``; the header ``区分`` is no item. ``単位：円`` → × 1. ``－``
    cells → amount None, value_text ``－``. 8 × 3 = 24 lines per sheet, 120 in all.
X10. The 人件費 cells print the amount and, under it in smaller type, the staff count
    ``（0.50人）``: the line's ``amount_yen`` and ``value_text`` are the amount alone
    (``4,150,000``); the staff count is not money (v1.1: ``従事職員数 10.0人`` is not) and
    gives no line. The footnote ``※人件費は、…（8,300,000円）…`` gives nothing.
X11. KPI rows: kind from the vertical label (``活動指標`` → ``activity``, ``成果指標`` →
    ``outcome``), ``kpi_name`` the merged name cell (wrapped lines joined), ``subject``
    the sheet's unit, ``kpi_no`` None, qualifier None. Rows ``目標値`` → target, ``実績値``
    → actual, ``達成率`` → achievement_rate; columns ``R4`` ``R5`` ``R6`` → 2022–2024,
    ``year_label`` as printed. 9 rows per indicator; 12 indicators, 108 rows.
X12. ``unit``: the 単位 cell merged over the 目標値 and 実績値 rows (NFKC, ``％`` → ``%``);
    the 達成率 row has a 単位 cell of its own printing ``％``, so its rows take ``%``
    (what the row's own cell prints; V12 / L13 kept the indicator's unit only where ONE
    単位 cell spanned all three rows).
X13. R6 実績値 and R6 達成率 are BLANK on every sheet (the footnote: entered after the year
    closes) → value None, value_text ``""``. Sheet 3 prints ``－`` for its first activity
    indicator's R4 目標値 and R4 達成率 → None, ``－``. Sheet 3's 達成率 cells print a
    ``%`` (``110.0%``) → value 110.0, value_text ``110.0%``; the other sheets print bare
    figures (``100.0``).
"""

from __future__ import annotations

X_PDF = "template_x_2up.pdf"
X_PAGE_COUNT = 3
DASH = "\uff0d"  # － FULLWIDTH HYPHEN-MINUS, as the sheets print "none"
BLANK = ""

DOCUMENT_X = dict(
    doc_type="policy_evaluation",
    municipality="ささゆり市",
    title="令和6年度 事務事業評価シート",
    fiscal_year=2024,
)

# (business_unit, item, fiscal_year, basis, basis_label, amount_yen, value_text, page)
BudgetLine = tuple[str, str, int, str, str, "int | None", str, int]

_X1 = "ファミリー・サポート・センター事業"
_X2 = "高齢者見守りネットワーク事業"
_X3 = "空き家バンク活用促進事業"
_X4 = "地域公共交通確保維持改善事業(デマンド型乗合タクシー運行)"
_X5 = "プレミアム付き商品券発行事業"
_X_PAGE = {_X1: 1, _X2: 1, _X3: 2, _X4: 2, _X5: 3}
# unit → (施策 number NFKC, 施策 title, 政策 number)
_X_MEASURE = {_X1: ("3-2", "子育て支援の充実", "3"),
              _X2: ("3-4", "高齢者福祉の充実", "3"),
              _X3: ("5-1", "移住・定住の促進", "5"),
              _X4: ("6-3", "公共交通の確保", "6"),
              _X5: ("7-2", "商工業の振興", "7")}  # fmt: skip
KPI_CONTEXT_X = {u: f"施策{n} {t}" for u, (n, t, _p) in _X_MEASURE.items()}
# unit → (department, next_year_policy, summary)
_X_CARD = {
    _X1: ("健康福祉部・こども家庭課", "拡充",
          "育児の援助を受けたい者と援助を行いたい者が会員となり、地域で子育てを相互に支え合う仕組みをつくることで、仕事と子育ての両立を支援する。"),
    _X2: ("健康福祉部・長寿福祉課", "縮小",
          "ひとり暮らし高齢者等が住み慣れた地域で安心して暮らし続けられるよう、地域の事業所や住民による見守り体制を構築し、異変の早期発見につなげる。"),
    _X3: ("企画政策部・地域振興課", "拡充",
          "市内の空き家の有効活用を図り、移住希望者の住まいを確保することで、移住・定住を促進し地域の活力を維持する。"),
    _X4: ("都市建設部・都市計画課", "継続",
          "路線バスの廃止により公共交通の空白となった地域において、高齢者等の通院や買物の移動手段を確保する。"),
    _X5: ("産業振興部・商工観光課", "廃止",
          "物価高騰の影響を受ける市民の生活を支援するとともに、市内での消費を喚起し、地域経済の活性化を図る。"),
}  # fmt: skip

BUSINESS_UNITS_X: list[dict[str, object]] = [
    dict(name=u, department=dept, measure_no=int(_X_MEASURE[u][0].split("-")[1]), unit_no=None,
         legal_basis=None, next_year_policy=policy, is_priority=None, population_goal=None,
         sdg_targets=[], summary=summary, page=_X_PAGE[u])
    for u, (dept, policy, summary) in _X_CARD.items()
]  # fmt: skip

STRUCTURE_X = [
    dict(level="measure", number=n, title=t, parent_number=p, page=_X_PAGE[u])
    for u, (n, t, p) in _X_MEASURE.items()
]

# ------------------------------------------------------------------------- budget lines

_X_ITEMS = ("事業費", "国庫支出金", "県支出金", "地方債", "その他", "一般財源", "人件費",
            "トータルコスト")  # fmt: skip
_X_COLUMNS = ((2022, "決算", "決算"), (2023, "決算", "決算"), (2024, "予算", "予算"))
# As printed, per sheet: one tuple per item row (in _X_ITEMS order) × the three years
# (the 人件費 cells' ``（n.nn人）`` second line left out: staff, not money).
_X_COST: dict[str, tuple[tuple[str, ...], ...]] = {
    _X1: (("6,482,000", "6,708,000", "6,940,000"),
          ("1,587,000", "1,640,000", "1,702,000"),
          ("1,587,000", "1,640,000", "1,702,000"),
          (DASH, DASH, DASH),
          ("286,500", "301,000", "320,000"),
          ("3,021,500", "3,127,000", "3,216,000"),
          ("4,150,000", "4,150,000", "4,980,000"),
          ("10,632,000", "10,858,000", "11,920,000")),
    _X2: (("2,768,000", "2,851,500", "3,040,000"),
          (DASH, DASH, DASH),
          ("450,000", "450,000", "480,000"),
          (DASH, DASH, DASH),
          (DASH, DASH, DASH),
          ("2,318,000", "2,401,500", "2,560,000"),
          ("6,640,000", "6,640,000", "6,640,000"),
          ("9,408,000", "9,491,500", "9,680,000")),
    _X3: (("4,468,000", "5,262,000", "6,060,000"),
          ("1,250,000", "1,500,000", "1,750,000"),
          (DASH, DASH, DASH),
          (DASH, DASH, DASH),
          ("500,000", "800,000", "1,000,000"),
          ("2,718,000", "2,962,000", "3,310,000"),
          ("8,300,000", "8,300,000", "9,960,000"),
          ("12,768,000", "13,562,000", "16,020,000")),
    _X4: (("12,384,000", "12,870,000", "13,400,000"),
          ("2,100,000", "2,150,000", "2,200,000"),
          ("1,050,000", "1,075,000", "1,100,000"),
          ("3,000,000", "3,000,000", "3,200,000"),
          ("1,846,000", "1,932,000", "2,000,000"),
          ("4,388,000", "4,713,000", "4,900,000"),
          ("4,150,000", "4,150,000", "4,150,000"),
          ("16,534,000", "17,020,000", "17,550,000")),
    _X5: (("20,460,000", "18,125,000", "4,830,000"),
          ("18,000,000", "15,000,000", DASH),
          (DASH, DASH, DASH),
          (DASH, DASH, DASH),
          (DASH, DASH, DASH),
          ("2,460,000", "3,125,000", "4,830,000"),
          ("12,450,000", "9,960,000", "2,490,000"),
          ("32,910,000", "28,085,000", "7,320,000")),
}  # fmt: skip
# The amounts in 円, typed separately (None = －), same layout.
_X_YEN: dict[str, tuple[tuple[int | None, ...], ...]] = {
    _X1: ((6482000, 6708000, 6940000), (1587000, 1640000, 1702000),
          (1587000, 1640000, 1702000), (None, None, None), (286500, 301000, 320000),
          (3021500, 3127000, 3216000), (4150000, 4150000, 4980000),
          (10632000, 10858000, 11920000)),
    _X2: ((2768000, 2851500, 3040000), (None, None, None), (450000, 450000, 480000),
          (None, None, None), (None, None, None), (2318000, 2401500, 2560000),
          (6640000, 6640000, 6640000), (9408000, 9491500, 9680000)),
    _X3: ((4468000, 5262000, 6060000), (1250000, 1500000, 1750000), (None, None, None),
          (None, None, None), (500000, 800000, 1000000), (2718000, 2962000, 3310000),
          (8300000, 8300000, 9960000), (12768000, 13562000, 16020000)),
    _X4: ((12384000, 12870000, 13400000), (2100000, 2150000, 2200000),
          (1050000, 1075000, 1100000), (3000000, 3000000, 3200000),
          (1846000, 1932000, 2000000), (4388000, 4713000, 4900000),
          (4150000, 4150000, 4150000), (16534000, 17020000, 17550000)),
    _X5: ((20460000, 18125000, 4830000), (18000000, 15000000, None), (None, None, None),
          (None, None, None), (None, None, None), (2460000, 3125000, 4830000),
          (12450000, 9960000, 2490000), (32910000, 28085000, 7320000)),
}  # fmt: skip
# The staff counts printed under the 人件費 amounts, typed only for the check below.
_X_STAFF = {_X1: (0.5, 0.5, 0.6), _X2: (0.8, 0.8, 0.8), _X3: (1.0, 1.0, 1.2),
            _X4: (0.5, 0.5, 0.5), _X5: (1.5, 1.2, 0.3)}  # fmt: skip


def _budget_lines_x() -> list[BudgetLine]:
    lines: list[BudgetLine] = []
    for unit, rows in _X_COST.items():
        for item, texts, yens in zip(_X_ITEMS, rows, _X_YEN[unit], strict=True):
            for (year, basis, label), text, yen in zip(_X_COLUMNS, texts, yens, strict=True):
                lines.append((unit, item, year, basis, label, yen, text, _X_PAGE[unit]))
    return lines


BUDGET_LINES_X = _budget_lines_x()

# ------------------------------------------------------------------------- indicators

_X_YEARS = (("R4", 2022), ("R5", 2023), ("R6", 2024))
# unit → indicators (kind, name, unit of 目標値/実績値, rows 目標値 / 実績値 / 達成率 as
# printed R4 R5 R6, the same as numbers)
Indicator = tuple[str, str, str, tuple[tuple[str, ...], ...], tuple[tuple[float | None, ...], ...]]
_X_KPI: dict[str, tuple[Indicator, ...]] = {
    _X1: (("activity", "提供会員養成講習会の開催回数", "回",
           (("6", "6", "6"), ("6", "5", BLANK), ("100.0", "83.3", BLANK)),
           ((6, 6, 6), (6, 5, None), (100.0, 83.3, None))),
          ("outcome", "援助活動の件数", "件",
           (("2,400", "2,500", "2,600"), ("2,215", "2,468", BLANK), ("92.3", "98.7", BLANK)),
           ((2400, 2500, 2600), (2215, 2468, None), (92.3, 98.7, None)))),
    _X2: (("activity", "見守り協定締結事業所数", "事業所",
           (("120", "130", "140"), ("118", "131", BLANK), ("98.3", "100.8", BLANK)),
           ((120, 130, 140), (118, 131, None), (98.3, 100.8, None))),
          ("activity", "見守り訪問の延べ件数", "件",
           (("1,800", "1,900", "2,000"), ("1,912", "1,874", BLANK), ("106.2", "98.6", BLANK)),
           ((1800, 1900, 2000), (1912, 1874, None), (106.2, 98.6, None))),
          ("outcome", "安心して暮らせていると感じるひとり暮らし高齢者の割合", "%",
           (("80.0", "82.0", "84.0"), ("78.4", "81.1", BLANK), ("98.0", "98.9", BLANK)),
           ((80.0, 82.0, 84.0), (78.4, 81.1, None), (98.0, 98.9, None)))),
    _X3: (("activity", "空き家バンク新規登録件数", "件",
           ((DASH, "20", "25"), ("14", "22", BLANK), (DASH, "110.0%", BLANK)),
           ((None, 20, 25), (14, 22, None), (None, 110.0, None))),
          ("outcome", "空き家バンクを通じた成約件数", "件",
           (("10", "12", "15"), ("9", "13", BLANK), ("90.0%", "108.3%", BLANK)),
           ((10, 12, 15), (9, 13, None), (90.0, 108.3, None))),
          ("outcome", "空き家バンク利用による移住者数", "人",
           (("30", "35", "40"), ("27", "38", BLANK), ("90.0%", "108.6%", BLANK)),
           ((30, 35, 40), (27, 38, None), (90.0, 108.6, None)))),
    _X4: (("activity", "運行日数", "日",
           (("244", "245", "244"), ("244", "245", BLANK), ("100.0", "100.0", BLANK)),
           ((244, 245, 244), (244, 245, None), (100.0, 100.0, None))),
          ("outcome", "年間利用者数", "人",
           (("9,000", "9,500", "10,000"), ("8,412", "9,137", BLANK), ("93.5", "96.2", BLANK)),
           ((9000, 9500, 10000), (8412, 9137, None), (93.5, 96.2, None)))),
    _X5: (("activity", "商品券の販売冊数", "冊",
           (("20,000", "20,000", "5,000"), ("19,846", "17,520", BLANK), ("99.2", "87.6", BLANK)),
           ((20000, 20000, 5000), (19846, 17520, None), (99.2, 87.6, None))),
          ("outcome", "商品券の換金率", "%",
           (("98.0", "98.0", "98.0"), ("99.1", "98.6", BLANK), ("101.1", "100.6", BLANK)),
           ((98.0, 98.0, 98.0), (99.1, 98.6, None), (101.1, 100.6, None)))),
}  # fmt: skip
_X_METRICS = ("target", "actual", "achievement_rate")


def _kpi_rows_x() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for unit, indicators in _X_KPI.items():
        for kind, name, kpi_unit, texts, numbers in indicators:
            for metric, row_texts, row_numbers in zip(_X_METRICS, texts, numbers, strict=True):
                for (label, year), text, n in zip(_X_YEARS, row_texts, row_numbers, strict=True):
                    rows.append(dict(
                        kind=kind, subject=unit, context=KPI_CONTEXT_X[unit], kpi_no=None,
                        kpi_name=name, unit="%" if metric == "achievement_rate" else kpi_unit,
                        page=_X_PAGE[unit], metric=metric, year_label=label, fiscal_year=year,
                        value=None if n is None else float(n), value_text=text, qualifier=None,
                    ))  # fmt: skip
    return rows


KPI_VALUES_X = _kpi_rows_x()

# ------------------------------------------------------------------------- self-checks

assert len(BUSINESS_UNITS_X) == 5 and len(STRUCTURE_X) == 5
assert [u["measure_no"] for u in BUSINESS_UNITS_X] == [2, 4, 1, 3, 2]
assert len(BUDGET_LINES_X) == 5 * 8 * 3 == 120
assert len(KPI_VALUES_X) == 12 * 9 == 108
assert all(
    (n is None and t in (DASH, BLANK)) or float(t.replace(",", "").rstrip("%")) == n
    for r in KPI_VALUES_X
    for n, t in [(r["value"], r["value_text"])]
)
assert all(
    (yen is None and text == DASH) or yen == int(text.replace(",", ""))
    for _u, _i, _y, _b, _l, yen, text, _p in BUDGET_LINES_X
)
# The sheets' own arithmetic: 事業費 = its 財源内訳; 人件費 = 人工 × 8,300,000;
# トータルコスト = 事業費 + 人件費; 達成率 = 実績値 / 目標値 × 100 (one decimal).
for _unit, _rows in _X_YEN.items():
    _cost, *_sources, _labour, _total = ([0 if v is None else v for v in r] for r in _rows)
    assert all(c == sum(s) for c, *s in zip(_cost, *_sources, strict=True))
    assert all(lab == round(st * 8_300_000) for lab, st in zip(_labour, _X_STAFF[_unit], strict=True))
    assert all(c + lab == t for c, lab, t in zip(_cost, _labour, _total, strict=True))
for _inds in _X_KPI.values():
    for *_head, (_targets, _actuals, _rates) in _inds:
        for _t, _a, _r in zip(_targets, _actuals, _rates, strict=True):
            if _r is not None:
                assert _t is not None and _a is not None
                assert abs(_a * 100 / _t - _r) <= 0.05 + 1e-9
