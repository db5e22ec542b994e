# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""Expected values for the NINTH blind held-out document (fictional すずかけ町).

``tests/fixtures/heldout9/template_p_pymupdf.pdf`` (PyMuPDF drawing, 2 pages: two
single-page 令和6年度 事務事業評価シート, PDCA band labels at the left edge, the basis of
the cost table as rows, indicator targets in brackets over the actuals). The values
below were typed by hand from the pages rendered to PNG, written before the parser was
read or run; nothing is imported from the generator
(``tests/fixtures/heldout9/make_heldout9.py``) or produced by a parser. If a parser and
the generator agree with each other but not with this file, this file wins.

Conventions: data contract v1.1 and the unit-sheet conventions of ``heldout4.py`` H /
``heldout5.py`` J: ``value_text`` the cell as read, whitespace collapsed, ``－``
(U+FF0D) kept; dash cells are rows with value / amount None.

Judgement calls, template P (すずかけ町; the lead may revisit each):

P1. ``municipality`` ``すずかけ町`` from the footer ``すずかけ町　行政評価`` (the only place
    the town is printed). ``title`` the heading ``令和6年度　事務事業評価シート（令和5年度
    実施事業）`` → NFKC ``令和6年度 事務事業評価シート(令和5年度実施事業)`` (the bracketed
    part is in the same printed line); ``fiscal_year`` 2024 (the evaluation year, not
    the 令和5年度 of the work). ``doc_type`` ``policy_evaluation``.
P2. ``name`` from the title-row cell ``事業名：空き家バンク活用促進事業`` (label, colon and
    value in one cell): the text after the colon. ``department`` from ``担当 |
    まちづくり課　企画係（内線215）``: the printed parts joined with ``・`` and the
    extension in brackets dropped (a phone number is not an organisational part) →
    ``まちづくり課・企画係``; sheet 2 ``総務課・交通防災係``.
P3. ``measure_no`` from ``総合計画上の位置づけ | 施策3　移住・定住の促進`` → 3 (sheet 2:
    8); one ``measure`` STRUCTURE node per sheet (number, title after the space, no
    parent, the sheet's page). KPI ``context`` ``施策3 移住・定住の促進`` (J3 form).
    ``unit_no`` None (nothing numbers the unit; ``No.1`` / ``No.2`` in the footer are
    sheet numbers, page furniture).
P4. ``legal_basis`` None: ``根拠法令`` names a law (``空家等対策の推進に関する特別措置法``,
    ``道路運送法``) but no 法定 / 自主 classification is printed (as J4, a law name is
    not the field). ``事業期間`` ``令和2年度～令和6年度``, ``会計区分 一般会計`` and
    ``予算科目 款 2 項 1 目 6`` give nothing (no money, no indicator, no 施策 number).
P5. ``next_year_policy`` the option of ``今後の方向性`` whose box holds the drawn check
    mark: sheet 1 ``拡大``, sheet 2 ``継続`` (the check is two line strokes, no glyph).
P6. ``summary`` the ``事業の目的・概要`` value, wrapped lines joined without spaces. The
    ``令和5年度の実施内容`` and ``改善内容・今後の取組`` are not the summary.
P7. ``is_priority`` None: ``総合戦略 | 該当`` / ``非該当`` is not a ◎ in a 主要事業 /
    重点事業 column; ``population_goal`` None (no 基本目標 is printed); ``sdg_targets`` [].
    The 評価 marks (``必要性 ◎`` …) and their legend give no rows.
P8. Budget lines: the BASIS is the row. Rows ``当初予算額`` / ``補正予算額`` /
    ``最終予算額`` / ``決算額`` under the group label ``事業費`` and ``特定財源`` /
    ``一般財源`` under ``財源内訳``; ``item`` the row label as printed, the group label
    not part of it (v1.1: a group label beside several rows is not the item; and
    the three 予算 rows would otherwise share one key). ``basis`` 予算 for the three
    予算額 rows (basis_label the row label), 決算 for ``決算額``; the 財源内訳 rows take
    the note ``※財源内訳は最終予算額の内訳です。`` → basis 予算, basis_label ``最終予算額``.
    Columns ``令和3年度`` … ``令和6年度`` → 2021–2024. ``（単位：円）`` → × 1. The
    令和6年度 決算額 ``－`` → amount None. ``補正予算額`` ``0`` → amount 0 (a printed
    zero is a figure). 6 × 4 = 24 lines per sheet.
P9. KPI rows: ``活動指標`` → kind ``activity``, ``成果指標`` → ``outcome``; ``subject``
    the sheet's unit, ``kpi_no`` None, ``unit`` the 単位 column. Each year cell prints
    two figures; by the legend ``上段（　）：目標値　下段：実績値`` the bracketed upper
    one is metric ``target`` and the lower one ``actual``, year_label the column header
    (``令和3年度`` …), fiscal_year 2021–2024. ``value_text`` the figure as printed for
    its metric, the target's brackets kept (``(12)``: they are printed with it, as
    ``98.0%`` keeps its %), the actual plain (``9``). The 令和6年度 actuals ``－`` →
    value None. 2 indicators × 4 years × 2 metrics = 16 rows per sheet.
P10. The heading's ``評価日：令和6年7月31日``, the footer, the prose figures (``120件``,
    ``3回``, ``2路線``, ``8便``) and the band letters give no rows.
"""

from __future__ import annotations

DASH = "\uff0d"

P_PDF = "template_p_pymupdf.pdf"
P_PAGE_COUNT = 2

DOCUMENT_P = dict(
    doc_type="policy_evaluation",
    municipality="すずかけ町",
    title="令和6年度 事務事業評価シート(令和5年度実施事業)",
    fiscal_year=2024,
)

# (business_unit, item, fiscal_year, basis, basis_label, amount_yen, value_text, page)
BudgetLine = tuple[str, str, int, str, str, "int | None", str, int]

_P1 = "空き家バンク活用促進事業"
_P2 = "町営バス運行事業"
_P_PAGE = {_P1: 1, _P2: 2}
_P_MEASURE = {_P1: ("3", "移住・定住の促進"), _P2: ("8", "地域公共交通の確保")}
KPI_CONTEXT_P = {u: f"施策{n} {t}" for u, (n, t) in _P_MEASURE.items()}

BUSINESS_UNITS_P: list[dict[str, object]] = [
    dict(
        name=_P1,
        department="まちづくり課・企画係",
        measure_no=3,
        unit_no=None,
        legal_basis=None,
        next_year_policy="拡大",
        is_priority=None,
        population_goal=None,
        sdg_targets=[],
        summary="町内の空き家を空き家バンクに登録し、移住希望者へ情報提供することで、空き家の有効活"
        "用と移住・定住の促進を図る。",
        page=1,
    ),
    dict(
        name=_P2,
        department="総務課・交通防災係",
        measure_no=8,
        unit_no=None,
        legal_basis=None,
        next_year_policy="継続",
        is_priority=None,
        population_goal=None,
        sdg_targets=[],
        summary="自家用車を利用できない高齢者や学生等の移動手段を確保するため、町内を循環する町営バ"
        "スを運行する。",
        page=2,
    ),
]

STRUCTURE_P = [
    dict(level="measure", number=n, title=t, parent_number=None, page=_P_PAGE[u])
    for u, (n, t) in _P_MEASURE.items()
]

# (item, basis, basis_label) per printed row, top to bottom.
_P_ROWS = (("当初予算額", "予算", "当初予算額"), ("補正予算額", "予算", "補正予算額"),
           ("最終予算額", "予算", "最終予算額"), ("決算額", "決算", "決算額"),
           ("特定財源", "予算", "最終予算額"), ("一般財源", "予算", "最終予算額"))  # fmt: skip
_P_YEARS = (2021, 2022, 2023, 2024)
# As printed, columns 令和3年度 … 令和6年度.
_P_COST: dict[str, tuple[tuple[str, ...], ...]] = {
    _P1: (("1,850,000", "2,020,000", "2,150,000", "2,300,000"),
          ("0", "300,000", "150,000", "0"),
          ("1,850,000", "2,320,000", "2,300,000", "2,300,000"),
          ("1,712,400", "2,198,650", "2,241,300", DASH),
          ("500,000", "800,000", "800,000", "800,000"),
          ("1,350,000", "1,520,000", "1,500,000", "1,500,000")),
    _P2: (("18,400,000", "18,650,000", "19,120,000", "19,800,000"),
          ("0", "420,000", "760,000", "0"),
          ("18,400,000", "19,070,000", "19,880,000", "19,800,000"),
          ("18,215,600", "18,944,210", "19,702,850", DASH),
          ("6,200,000", "6,350,000", "6,600,000", "6,500,000"),
          ("12,200,000", "12,720,000", "13,280,000", "13,300,000")),
}  # fmt: skip
# The yen amounts, typed separately (単位：円).
_P_YEN: dict[str, tuple[tuple[int | None, ...], ...]] = {
    _P1: ((1_850_000, 2_020_000, 2_150_000, 2_300_000),
          (0, 300_000, 150_000, 0),
          (1_850_000, 2_320_000, 2_300_000, 2_300_000),
          (1_712_400, 2_198_650, 2_241_300, None),
          (500_000, 800_000, 800_000, 800_000),
          (1_350_000, 1_520_000, 1_500_000, 1_500_000)),
    _P2: ((18_400_000, 18_650_000, 19_120_000, 19_800_000),
          (0, 420_000, 760_000, 0),
          (18_400_000, 19_070_000, 19_880_000, 19_800_000),
          (18_215_600, 18_944_210, 19_702_850, None),
          (6_200_000, 6_350_000, 6_600_000, 6_500_000),
          (12_200_000, 12_720_000, 13_280_000, 13_300_000)),
}  # fmt: skip

BUDGET_LINES_P: list[BudgetLine] = [
    (unit, item, year, basis, label, yen, text, _P_PAGE[unit])
    for unit, rows in _P_COST.items()
    for (item, basis, label), texts, yens in zip(_P_ROWS, rows, _P_YEN[unit], strict=True)
    for year, text, yen in zip(_P_YEARS, texts, yens, strict=True)
]

# unit → ((kind, name, unit, ((target, actual) per year R3 … R6)), …), as printed.
_P_KPI: dict[str, tuple[tuple[str, str, str, tuple[tuple[str, str], ...]], ...]] = {
    _P1: (("activity", "空き家バンク新規登録件数", "件",
           (("(12)", "9"), ("(12)", "14"), ("(15)", "13"), ("(15)", DASH))),
          ("outcome", "空き家バンクを通じた成約件数", "件",
           (("(6)", "4"), ("(6)", "7"), ("(8)", "8"), ("(8)", DASH)))),
    _P2: (("activity", "町営バスの年間運行便数", "便",
           (("(3,920)", "3,920"), ("(3,920)", "3,904"), ("(3,920)", "3,920"), ("(3,920)", DASH))),
          ("outcome", "町営バスの年間利用者数", "人",
           (("(42,000)", "35,812"), ("(40,000)", "38,450"), ("(40,000)", "39,106"), ("(41,000)", DASH)))),
}  # fmt: skip
# The numbers, typed separately: ((target, actual) per year).
_P_KPI_NUMBERS: dict[str, tuple[tuple[tuple[float, float | None], ...], ...]] = {
    _P1: (((12, 9), (12, 14), (15, 13), (15, None)),
          ((6, 4), (6, 7), (8, 8), (8, None))),
    _P2: (((3920, 3920), (3920, 3904), (3920, 3920), (3920, None)),
          ((42000, 35812), (40000, 38450), (40000, 39106), (41000, None))),
}  # fmt: skip
_P_KPI_YEARS = (("令和3年度", 2021), ("令和4年度", 2022), ("令和5年度", 2023), ("令和6年度", 2024))


def _float(v: float | None) -> float | None:
    return None if v is None else float(v)


def _kpi_rows_p() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for unit, blocks in _P_KPI.items():
        for (kind, name, kpi_unit, cells), nums in zip(blocks, _P_KPI_NUMBERS[unit], strict=True):
            common = dict(kind=kind, subject=unit, context=KPI_CONTEXT_P[unit], kpi_no=None,
                          kpi_name=name, unit=kpi_unit, page=_P_PAGE[unit])  # fmt: skip
            for (label, year), texts, numbers in zip(_P_KPI_YEARS, cells, nums, strict=True):
                for metric, text, number in zip(("target", "actual"), texts, numbers, strict=True):
                    rows.append(dict(common, metric=metric, year_label=label, fiscal_year=year,
                                     value=_float(number), value_text=text))  # fmt: skip
    return rows


KPI_VALUES_P = _kpi_rows_p()

assert len(BUSINESS_UNITS_P) == 2 and len(STRUCTURE_P) == 2
assert len(BUDGET_LINES_P) == 2 * 6 * 4 == 48
assert len(KPI_VALUES_P) == 2 * 2 * 4 * 2 == 32
assert all(
    (n is None and t == DASH) or t.strip("()").replace(",", "") == f"{n:g}"
    for r in KPI_VALUES_P
    for n, t in [(r["value"], r["value_text"])]
)
assert all(
    (yen is None and text == DASH) or yen == int(text.replace(",", ""))
    for _u, _i, _y, _b, _l, yen, text, _p in BUDGET_LINES_P
)
# The sheets' own arithmetic: 当初 + 補正 = 最終; 特定財源 + 一般財源 = 最終 (both sheets).
assert all(
    y[0][i] + y[1][i] == y[2][i] == y[4][i] + y[5][i]  # type: ignore[operator]
    for y in _P_YEN.values()
    for i in range(4)
)
