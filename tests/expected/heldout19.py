"""Expected values for the NINETEENTH blind held-out document (fictional ふじなみ町).

``tests/fixtures/heldout19/template_z_calc.pdf`` (an openpyxl .xlsx exported by
LibreOffice CALC, 3 A4-PORTRAIT pages, one worksheet each: a 令和７年度 事務事業評価シート
book of a town evaluating work done in 令和６年度, three sheets) was made to measure how
the parsers generalise to a template not seen in ``samples/``, ``tests/fixtures/`` or the
earlier held-out rounds: a running PAGE HEADER ``令和7年度　事務事業評価シート`` (left) /
``ふじなみ町`` (right) and a literal folio ``- 12 -`` … ``- 14 -`` in the page footer,
under them an in-sheet heading ``事務事業評価シート（令和６年度実施事業）``; a ruled label |
value block (事業名, 担当課 with the 係, 総合計画の位置付け merged over two rows ``基本目標２
…`` / ``施策２－３　…``, 根拠法令, 事業開始年度, a two-line 事業の目的・概要); an indicator
table with YEARS ACROSS as a TWO-LEVEL header (``令和４年度`` merged over ``目標 | 実績``,
three years), a group label column ``活動指標`` / ``成果指標`` (wrapped in a narrow cell,
merged down the group's rows), a name and a ``単位`` column, ``－`` cells and one blank
実績; a cost table in 千円 whose note ``（単位：千円）`` sits ABOVE it at the right, outside
the rules, on the section heading's line, with a two-level year header (``令和５年度`` over
``決算``, ``令和６年度`` over ``予算 | 決算``, ``令和７年度`` over ``予算``), rows
``事業費（総額）``, a VERTICAL (stacked) ``財源内訳`` label over 国庫支出金 / 県支出金 / 地方債 /
その他 / 一般財源, 人件費 and トータルコスト, one ``△152``; ■ / □ for the A・B・C grades and
for 今後の方向性 ``□拡充　■継続　□縮小　□休止・廃止``. The values below were typed by hand
from the pages rendered to PNG, written before the parser was run (its source never
read); nothing is imported from the generator
(``tests/fixtures/heldout19/make_heldout19.py``) or produced by a parser. If a parser and
the generator agree with each other but not with this file, this file wins.

Conventions: data contract v1.1 and the unit-sheet conventions of ``heldout15.py`` V /
``heldout17.py`` X: ``value_text`` the cell exactly as read (``－`` U+FF0D and ``△`` kept;
a blank cell is ``""``); every other text field NFKC.

Judgement calls, template Z (ふじなみ町, LibreOffice Calc; the lead may revisit each):

Z1. ``doc_type`` ``policy_evaluation``; ``municipality`` ``ふじなみ町``, printed in the
    running header at the top right of every page (the only place the town is named).
Z2. ``title`` the running header's left part ``令和7年度　事務事業評価シート`` → NFKC
    ``令和7年度 事務事業評価シート`` (the book's title with its 年度, on every page);
    ``fiscal_year`` 2025, the evaluation's own 年度 (heldout15.py V2). The in-sheet heading
    ``事務事業評価シート（令和６年度実施事業）`` names the year of the work evaluated and is
    not the title. The folios ``- 12 -`` … ``- 14 -`` are the book's page numbers
    (furniture), not the PDF's pages (1, 2, 3).
Z3. ``name`` the cell right of ``事業名``; ``unit_no`` None (no number printed).
Z4. ``department``: ``担当課 | 住民福祉課　福祉係`` (one cell) → the 課 alone,
    ``住民福祉課``; the 係 is not part (heldout15.py V5). A town prints no 部.
Z5. 総合計画の位置付け: a label merged over two value rows, ``基本目標２　ともに支え合い、
    健やかに暮らせるまち`` over ``施策２－３　地域福祉の推進``. ``measure_no`` 3 (the 施策's
    own number in ``2-3``, V6 / X5); STRUCTURE one ``measure`` node per sheet, ``number``
    ``2-3`` (NFKC), ``title`` ``地域福祉の推進``, ``parent_number`` the 基本目標's ``2``, on
    the sheet's page. No policy / policy_goal node (the book rule, heldout6.py L5). KPI
    ``context`` ``施策2-3 地域福祉の推進`` (word and number as printed, NFKC, one space).
Z6. ``legal_basis`` None on every sheet: ``根拠法令`` names a law (``社会福祉法`` …) but no
    法定 / 自主 choice is printed (heldout9.py P4, X6). ``事業開始年度`` (``平成２８年度``)
    gives nothing.
Z7. ``next_year_policy`` the ■ option of ``今後の方向性 | □拡充　■継続　□縮小　□休止・廃止``:
    sheets 1–3 ``継続``, ``拡充``, ``縮小``. The ■A / □B / □C grades of 必要性 / 有効性 /
    効率性 / 総合評価, the legend ``評価基準　A：妥当 …``, 評価の理由 and 改善内容・今後の取組
    give nothing (``月額３，０００円``, ``７橋``, ``令和８年度`` in prose are not read).
Z8. ``summary`` the whole ``事業の目的・概要`` cell: its two printed lines (purpose, then
    outline; each may wrap) joined with nothing between them (line breaks inside a cell
    removed, contract normalisation), NFKC (``２，０００円`` → ``2,000円``, ``５年に１度`` →
    ``5年に1度``). ``is_priority``, ``population_goal`` None, ``sdg_targets`` [].
Z9. Budget lines: a TWO-LEVEL header, the year merged over its basis cells: ``令和５年度`` /
    ``決算`` → (2023, 決算, ``決算``); ``令和６年度`` over ``予算`` and ``決算`` → (2024, 予算,
    ``予算``) and (2024, 決算, ``決算``); ``令和７年度`` / ``予算`` → (2025, 予算, ``予算``).
    Items the row labels as printed, NFKC: ``事業費(総額)`` (the bracket kept: item keeps the
    label exactly as printed, v1.1), the five 財源内訳 sub-rows ``国庫支出金``, ``県支出金``,
    ``地方債``, ``その他``, ``一般財源`` (the vertical group label ``財源内訳`` is not part of
    them, v1.1), ``人件費``, ``トータルコスト``; the header ``区分`` is no item. 8 × 4 = 32
    lines per sheet, 96 in all.
Z10. ``（単位：千円）`` printed above the table at the right, outside its rules, on the line
    of the section heading ``３　事業費の推移``: it is the table's unit → × 1,000.
    ``－`` cells → amount None, value_text ``－``. Sheet 3's R6 決算 一般財源 ``△152`` →
    −152,000, value_text ``△152``. The footnote ``※人件費は、…`` gives nothing.
Z11. KPI rows: kind from the group label left of the names (``活動指標`` → ``activity``,
    ``成果指標`` → ``outcome``; the label wraps as ``活動指`` / ``標`` in its narrow cell and is
    merged down the group's rows), ``kpi_name`` the name cell (wrapped lines joined),
    ``unit`` the 単位 cell NFKC (``％`` → ``%``) on both its rows, ``subject`` the sheet's
    unit, ``kpi_no`` None, qualifier None. Columns: the year merged over ``目標`` → target
    and ``実績`` → actual; ``令和４年度`` … → 2022–2024, ``year_label`` NFKC ``令和4年度``.
    6 rows per indicator; 8 indicators, 48 rows.
Z12. ``－`` cells → value None, value_text ``－``: sheet 2's first activity indicator R4
    目標 (the work began in 令和５年度; its R4 実績 ``498`` is printed) and its outcome
    indicator's R4 目標 and R4 実績. Sheet 2's outcome R6 実績 is BLANK (the 評価の理由:
    the survey is being tallied) → None, value_text ``""``.
"""

from __future__ import annotations

Z_PDF = "template_z_calc.pdf"
Z_PAGE_COUNT = 3
DASH = "\uff0d"  # － FULLWIDTH HYPHEN-MINUS, as the sheets print "none"
BLANK = ""

DOCUMENT_Z = dict(
    doc_type="policy_evaluation",
    municipality="ふじなみ町",
    title="令和7年度 事務事業評価シート",
    fiscal_year=2025,
)

# (business_unit, item, fiscal_year, basis, basis_label, amount_yen, value_text, page)
BudgetLine = tuple[str, str, int, str, str, "int | None", str, int]

_Z1 = "地域サロン活動支援事業"
_Z2 = "学校給食費負担軽減事業"
_Z3 = "町道橋梁長寿命化修繕事業"
_Z_PAGE = {_Z1: 1, _Z2: 2, _Z3: 3}
# unit → (施策 number NFKC, 施策 title, 基本目標 number)
_Z_MEASURE = {_Z1: ("2-3", "地域福祉の推進", "2"),
              _Z2: ("3-2", "学校教育の充実", "3"),
              _Z3: ("4-2", "道路・交通網の整備", "4")}  # fmt: skip
KPI_CONTEXT_Z = {u: f"施策{n} {t}" for u, (n, t, _p) in _Z_MEASURE.items()}
# unit → (department, next_year_policy, summary)
_Z_CARD = {
    _Z1: ("住民福祉課", "継続",
          "高齢者等が身近な地域で気軽に集い交流できる場を確保し、閉じこもりを防止するとともに、住民同士の支え合いを促進する。"
          "町内の自治会等が運営する地域サロンに対し、運営費及び備品購入費の一部を補助する。"),
    _Z2: ("学校教育課", "拡充",
          "物価高騰の中で子育て世帯の経済的負担を軽減するため、町立小中学校の学校給食費の一部を町が負担する。"
          "児童生徒1人当たり月額2,000円を補助し、保護者が負担する給食費を軽減する。"),
    _Z3: ("建設課", "縮小",
          "町が管理する橋梁の長寿命化修繕計画に基づき、計画的な点検と予防保全型の修繕を行い、道路交通の安全を確保する。"
          "5年に1度の定期点検を実施し、早期に措置が必要と判定された橋梁から順に修繕工事を行う。"),
}  # fmt: skip

BUSINESS_UNITS_Z: list[dict[str, object]] = [
    dict(name=u, department=dept, measure_no=int(_Z_MEASURE[u][0].split("-")[1]), unit_no=None,
         legal_basis=None, next_year_policy=policy, is_priority=None, population_goal=None,
         sdg_targets=[], summary=summary, page=_Z_PAGE[u])
    for u, (dept, policy, summary) in _Z_CARD.items()
]  # fmt: skip

STRUCTURE_Z = [
    dict(level="measure", number=n, title=t, parent_number=p, page=_Z_PAGE[u])
    for u, (n, t, p) in _Z_MEASURE.items()
]

# ------------------------------------------------------------------------- budget lines

_Z_ITEMS = ("事業費(総額)", "国庫支出金", "県支出金", "地方債", "その他", "一般財源", "人件費",
            "トータルコスト")  # fmt: skip
_Z_COLUMNS = ((2023, "決算", "決算"), (2024, "予算", "予算"), (2024, "決算", "決算"),
              (2025, "予算", "予算"))  # fmt: skip
# As printed (千円), per sheet: one tuple per item row (in _Z_ITEMS order) × the four columns.
_Z_COST: dict[str, tuple[tuple[str, ...], ...]] = {
    _Z1: (("2,640", "2,900", "2,812", "3,100"),
          (DASH, DASH, DASH, DASH),
          ("1,320", "1,450", "1,406", "1,550"),
          (DASH, DASH, DASH, DASH),
          (DASH, DASH, DASH, DASH),
          ("1,320", "1,450", "1,406", "1,550"),
          ("4,100", "4,150", "4,150", "4,200"),
          ("6,740", "7,050", "6,962", "7,300")),
    _Z2: (("38,520", "41,000", "40,118", "52,300"),
          (DASH, DASH, DASH, DASH),
          (DASH, DASH, DASH, DASH),
          (DASH, DASH, DASH, DASH),
          ("10,000", "10,000", "10,000", "15,000"),
          ("28,520", "31,000", "30,118", "37,300"),
          ("2,400", "2,450", "2,450", "2,500"),
          ("40,920", "43,450", "42,568", "54,800")),
    _Z3: (("48,600", "62,000", "58,930", "40,500"),
          ("26,730", "34,100", "33,082", "22,275"),
          (DASH, DASH, DASH, DASH),
          ("19,800", "24,700", "26,000", "16,000"),
          (DASH, DASH, DASH, DASH),
          ("2,070", "3,200", "△152", "2,225"),
          ("5,600", "5,700", "5,700", "4,800"),
          ("54,200", "67,700", "64,630", "45,300")),
}  # fmt: skip
# The amounts in 円, typed separately (None = －), same layout.
_Z_YEN: dict[str, tuple[tuple[int | None, ...], ...]] = {
    _Z1: ((2640000, 2900000, 2812000, 3100000), (None, None, None, None),
          (1320000, 1450000, 1406000, 1550000), (None, None, None, None),
          (None, None, None, None), (1320000, 1450000, 1406000, 1550000),
          (4100000, 4150000, 4150000, 4200000), (6740000, 7050000, 6962000, 7300000)),
    _Z2: ((38520000, 41000000, 40118000, 52300000), (None, None, None, None),
          (None, None, None, None), (None, None, None, None),
          (10000000, 10000000, 10000000, 15000000), (28520000, 31000000, 30118000, 37300000),
          (2400000, 2450000, 2450000, 2500000), (40920000, 43450000, 42568000, 54800000)),
    _Z3: ((48600000, 62000000, 58930000, 40500000), (26730000, 34100000, 33082000, 22275000),
          (None, None, None, None), (19800000, 24700000, 26000000, 16000000),
          (None, None, None, None), (2070000, 3200000, -152000, 2225000),
          (5600000, 5700000, 5700000, 4800000), (54200000, 67700000, 64630000, 45300000)),
}  # fmt: skip


def _budget_lines_z() -> list[BudgetLine]:
    lines: list[BudgetLine] = []
    for unit, rows in _Z_COST.items():
        for item, texts, yens in zip(_Z_ITEMS, rows, _Z_YEN[unit], strict=True):
            for (year, basis, label), text, yen in zip(_Z_COLUMNS, texts, yens, strict=True):
                lines.append((unit, item, year, basis, label, yen, text, _Z_PAGE[unit]))
    return lines


BUDGET_LINES_Z = _budget_lines_z()

# ------------------------------------------------------------------------- indicators

_Z_YEARS = (("令和4年度", 2022), ("令和5年度", 2023), ("令和6年度", 2024))
# unit → indicators (kind, name, unit, rows 目標 / 実績 as printed R4 R5 R6, the same as
# numbers)
Indicator = tuple[str, str, str, tuple[tuple[str, ...], ...], tuple[tuple[float | None, ...], ...]]
_Z_KPI: dict[str, tuple[Indicator, ...]] = {
    _Z1: (("activity", "地域サロンの開設数", "箇所",
           (("18", "20", "22"), ("17", "19", "21")),
           ((18, 20, 22), (17, 19, 21))),
          ("activity", "サロン運営者研修会の開催回数", "回",
           (("2", "2", "3"), ("2", "2", "3")),
           ((2, 2, 3), (2, 2, 3))),
          ("outcome", "サロン参加者の延べ人数", "人",
           (("4,500", "4,800", "5,200"), ("4,128", "4,902", "5,376")),
           ((4500, 4800, 5200), (4128, 4902, 5376)))),
    _Z2: (("activity", "給食費の補助対象児童生徒数", "人",
           ((DASH, "505", "500"), ("498", "501", "489")),
           ((None, 505, 500), (498, 501, 489))),
          ("outcome", "給食費の負担が軽減されたと感じる保護者の割合", "%",
           ((DASH, "80.0", "85.0"), (DASH, "84.6", BLANK)),
           ((None, 80.0, 85.0), (None, 84.6, None)))),
    _Z3: (("activity", "修繕工事を実施した橋梁数", "橋",
           (("3", "4", "4"), ("3", "3", "4")),
           ((3, 4, 4), (3, 3, 4))),
          ("activity", "橋梁定期点検の実施数", "橋",
           (("12", "12", "10"), ("12", "12", "10")),
           ((12, 12, 10), (12, 12, 10))),
          ("outcome", "早期措置が必要な橋梁の残数", "橋",
           (("14", "10", "7"), ("14", "11", "7")),
           ((14, 10, 7), (14, 11, 7)))),
}  # fmt: skip
_Z_METRICS = ("target", "actual")


def _kpi_rows_z() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for unit, indicators in _Z_KPI.items():
        for kind, name, kpi_unit, texts, numbers in indicators:
            for metric, row_texts, row_numbers in zip(_Z_METRICS, texts, numbers, strict=True):
                for (label, year), text, n in zip(_Z_YEARS, row_texts, row_numbers, strict=True):
                    rows.append(dict(
                        kind=kind, subject=unit, context=KPI_CONTEXT_Z[unit], kpi_no=None,
                        kpi_name=name, unit=kpi_unit, page=_Z_PAGE[unit], metric=metric,
                        year_label=label, fiscal_year=year,
                        value=None if n is None else float(n), value_text=text, qualifier=None,
                    ))  # fmt: skip
    return rows


KPI_VALUES_Z = _kpi_rows_z()

# ------------------------------------------------------------------------- self-checks

assert len(BUSINESS_UNITS_Z) == 3 and len(STRUCTURE_Z) == 3
assert [u["measure_no"] for u in BUSINESS_UNITS_Z] == [3, 2, 2]
assert len(BUDGET_LINES_Z) == 3 * 8 * 4 == 96
assert len(KPI_VALUES_Z) == 8 * 6 == 48
assert all(
    (n is None and t in (DASH, BLANK)) or float(t.replace(",", "")) == n
    for r in KPI_VALUES_Z
    for n, t in [(r["value"], r["value_text"])]
)
assert all(
    (yen is None and text == DASH) or yen == int(text.replace(",", "").replace("△", "-")) * 1000
    for _u, _i, _y, _b, _l, yen, text, _p in BUDGET_LINES_Z
)
# The sheets' own arithmetic: 事業費 = its 財源内訳; トータルコスト = 事業費 + 人件費.
for _rows in _Z_YEN.values():
    _cost, *_sources, _labour, _total = ([0 if v is None else v for v in r] for r in _rows)
    assert all(c == sum(s) for c, *s in zip(_cost, *_sources, strict=True))
    assert all(c + lab == t for c, lab, t in zip(_cost, _labour, _total, strict=True))
