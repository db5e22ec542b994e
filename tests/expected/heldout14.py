# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""Expected values for the FOURTEENTH blind held-out document (fictional つむぎ市).

``tests/fixtures/heldout14/template_u_calc.pdf`` (openpyxl .xlsx → LibreOffice Calc, 2 A4
landscape pages) is a 施策評価シート book of two 施策 of 政策 3, one page each: the cover
line ``令和６年度　施策評価シート（令和５年度実績）``; a header of label | value cells on
one row (``政策 | ３　健康で安心して暮らせるまち | 施策 | ３－２　子育て支援の充実 |
主管課 | こども家庭課 | 関係課 | 保育課、健康づくり課``); 施策の目指す姿 / 施策を取り巻く
環境の変化 prose; a 成果指標 table ``指標名 | 単位 | 区分 | 基準値（令和元年度） | 令和３年度
| 令和４年度 | 令和５年度 | 目標値（令和７年度） | 達成度`` with two rows per indicator
(区分 ``目標`` over ``実績``; name, unit, base value, target and the grade letter merged
over both); a 構成事務事業 table ``No. | 事務事業名 | 担当課 | 令和４年度決算額（千円） |
令和５年度決算額（千円） | 令和６年度予算額（千円） | 事業評価`` with a 合計 row; the 総合評価
as four cells ``Ａ　順調 | Ｂ　概ね順調 | Ｃ　やや遅れ | Ｄ　遅れ`` with ``●`` in the chosen
one; 評価の理由 / 今後の方向性 prose. Page header (right) ``つむぎ市``, footer centre folio
``- 15 -`` / ``- 16 -``, footer right ``施策３－２`` / ``施策３－３``. The values below were
typed by hand from the rendered pages (PNG, looked at), written before the parser was
read or run; nothing is imported from the generator. If a parser and the generator
agree with each other but not with this file, this file wins.

Judgement calls, template U (つむぎ市, Calc; the lead may revisit each):

U1. ``doc_type`` ``policy_evaluation``; ``municipality`` ``つむぎ市`` (the page header of
    both pages); ``title`` the cover line ``令和６年度　施策評価シート（令和５年度実績）`` →
    NFKC ``令和6年度 施策評価シート(令和5年度実績)`` (the year of the results kept, as
    heldout6.py L2 keeps ``(令和5年度実施事業)``); ``fiscal_year`` 2024 (the evaluation's
    own 年度; 令和5年度 is the year evaluated, as heldout8.py N1).
U2. STRUCTURE: ``政策 | ３　健康で安心して暮らせるまち`` → level ``policy``, number ``3``,
    no parent, page 1 (printed on both sheets: one node, on its first page, as heldout8.py
    N2 keeps the 政策 node of a 施策評価票). ``施策 | ３－２　子育て支援の充実`` → level
    ``measure``, number ``3-2`` (the number as printed, NFKC folds ``－`` to ``-``; the
    sheet prints no separate 施策 number as heldout8 N's did), parent ``3``, page 1;
    ``３－３　高齢者が安心して暮らせる地域づくり`` → ``3-3``, parent ``3``, page 2. 主管課 /
    関係課 are the 施策's, not a unit's department; they give no rows.
U3. KPI rows: kind ``kpi`` (a 施策評価票 indicator, heldout8.py N3), ``subject`` None,
    ``context`` ``施策3-2 子育て支援の充実`` / ``施策3-3 高齢者が安心して暮らせる地域づくり``
    (level word + the number as printed + title), ``kpi_no`` None (no number is printed
    beside an indicator), ``kpi_name`` the merged 指標名 cell, NFKC (``保育所等待機児童数
    （４月１日現在）`` → ``保育所等待機児童数(4月1日現在)``, the bracketed qualifier kept as
    heldout6.py L14), ``unit`` the 単位 cell (``％`` → ``%``).
U4. One indicator = 8 rows: the merged 基準値 cell → metric ``baseline``, fiscal_year 2019
    and year_label ``令和元年度`` from the column header ``基準値（令和元年度）``; the ``目標``
    row under 令和３年度 … 令和５年度 → ``target`` 2021–2023, the ``実績`` row → ``actual``
    2021–2023 (year_label ``令和3年度`` …); the merged 目標値 cell → ``target`` 2025,
    year_label ``令和7年度`` from ``目標値（令和７年度）``. The 区分 words 目標 / 実績 are
    the metric, not part of a label.
U5. The 達成度 letters (Ａ / Ｂ / Ｃ) are grades, not a rate: no ``achievement_rate`` row.
    The 事業評価 letters of the unit table have no contract field either.
U6. ``－`` (ファミリー・サポート・センター会員数, 令和５年度 実績: 集計中 per the footnote) →
    a row with value None and value_text ``－`` (U+FF0D). value_text is the cell as
    printed (``62.0``, ``4,500``, ``0``).
U7. Business units: one per 構成事務事業 row. ``unit_no`` the No. column; ``measure_no``
    the 施策's own number within its 政策 (``３－２`` → 2, ``３－３`` → 3: the int field
    cannot hold the compound code); ``name`` the 事務事業名 cell WITHOUT the status mark
    ``（新規）`` (a note that the unit is new in 令和5年度, not part of its name);
    ``department`` the 担当課 cell; ``next_year_policy``, ``legal_basis``,
    ``is_priority``, ``population_goal``, ``summary`` None, ``sdg_targets`` []; ``page``
    the sheet's page. The 合計 row is not a unit.
U8. Budget lines: item ``事業費`` (the money of a unit; the header prints no item word,
    heldout8.py N8); ``令和４年度決算額（千円）`` → 2022 ``決算`` basis_label ``決算額``;
    ``令和５年度決算額（千円）`` → 2023 ``決算`` ``決算額``; ``令和６年度予算額（千円）`` → 2024
    ``予算`` ``予算額``; （千円） → × 1,000. The ``－`` of the new unit's 令和４年度 → amount
    None, value_text ``－``. The 合計 row gives no line. (5 + 4) × 3 = 27 lines.
U9. The 総合評価 (● Ｂ on page 1, ● Ｃ on page 2), prose, footnotes (※達成度…, ※令和５年度
    実績の「－」は集計中…, ※事業評価は…), the folios ``- 15 -`` / ``- 16 -`` and the
    footer ``施策３－２`` give no rows.
"""

from __future__ import annotations

# value_text is the cell exactly as read: "no value" is U+FF0D FULLWIDTH HYPHEN-MINUS.
DASH = "\uff0d"

U_PDF = "template_u_calc.pdf"
U_PAGE_COUNT = 2

DOCUMENT_U = dict(
    doc_type="policy_evaluation",
    municipality="つむぎ市",
    title="令和6年度 施策評価シート(令和5年度実績)",
    fiscal_year=2024,
)

STRUCTURE_U = [
    dict(level="policy", number="3", title="健康で安心して暮らせるまち", parent_number=None, page=1),
    dict(level="measure", number="3-2", title="子育て支援の充実", parent_number="3", page=1),
    dict(level="measure", number="3-3", title="高齢者が安心して暮らせる地域づくり", parent_number="3", page=2),
]  # fmt: skip

_CONTEXT = {1: "施策3-2 子育て支援の充実", 2: "施策3-3 高齢者が安心して暮らせる地域づくり"}

# (page, name, unit, 基準値, (目標 R3, R4, R5), (実績 R3, R4, R5), 目標値 R7) as printed
_KPI = (
    (1, "保育所等待機児童数(4月1日現在)", "人", "18", ("10", "5", "0"), ("12", "6", "3"), "0"),
    (1, "子育てしやすいまちだと感じる保護者の割合", "%", "58.4", ("62.0", "64.0", "66.0"), ("61.3", "63.8", "65.2"), "70.0"),
    (1, "ファミリー・サポート・センター会員数", "人", "412", ("450", "480", "510"), ("438", "471", DASH), "560"),
    (2, "介護予防教室の延べ参加者数", "人", "6,240", ("4,500", "5,500", "6,500"), ("3,912", "5,184", "6,703"), "7,500"),
    (2, "要介護認定を受けていない高齢者の割合", "%", "82.6", ("83.0", "83.2", "83.4"), ("82.9", "82.7", "82.5"), "84.0"),
)  # fmt: skip
# The numbers, typed separately (same order: 基準値, 目標 ×3, 実績 ×3, 目標値).
_KPI_NUMBERS: tuple[tuple[float | None, ...], ...] = (
    (18, 10, 5, 0, 12, 6, 3, 0),
    (58.4, 62.0, 64.0, 66.0, 61.3, 63.8, 65.2, 70.0),
    (412, 450, 480, 510, 438, 471, None, 560),
    (6240, 4500, 5500, 6500, 3912, 5184, 6703, 7500),
    (82.6, 83.0, 83.2, 83.4, 82.9, 82.7, 82.5, 84.0),
)  # fmt: skip

# (metric, fiscal_year, year_label) in the order of _KPI_NUMBERS
_SLOTS = (
    ("baseline", 2019, "令和元年度"),
    ("target", 2021, "令和3年度"), ("target", 2022, "令和4年度"), ("target", 2023, "令和5年度"),
    ("actual", 2021, "令和3年度"), ("actual", 2022, "令和4年度"), ("actual", 2023, "令和5年度"),
    ("target", 2025, "令和7年度"),
)  # fmt: skip


def _float(v: float | None) -> float | None:
    return None if v is None else float(v)


KPI_VALUES_U: list[dict[str, object]] = [
    dict(kind="kpi", context=_CONTEXT[page], subject=None, kpi_no=None, kpi_name=name,
         unit=unit, fiscal_year=year, year_label=label, metric=metric, value=_float(number),
         value_text=text, page=page)
    for (page, name, unit, base, targets, actuals, goal), numbers in zip(_KPI, _KPI_NUMBERS, strict=True)
    for (metric, year, label), text, number in zip(
        _SLOTS, (base, *targets, *actuals, goal), numbers, strict=True)
]  # fmt: skip

# (page, measure_no, No, 事務事業名, 担当課, (R4 決算, R5 決算, R6 予算) printed, 千円)
_UNITS = (
    (1, 2, 1, "保育所等運営費補助事業", "保育課", ("412,385", "428,916", "441,200"), (412385, 428916, 441200)),
    (1, 2, 2, "放課後児童クラブ運営事業", "こども家庭課", ("86,420", "91,057", "95,380"), (86420, 91057, 95380)),
    (1, 2, 3, "地域子育て支援拠点事業", "こども家庭課", ("24,718", "25,306", "26,150"), (24718, 25306, 26150)),
    (1, 2, 4, "乳幼児健康診査事業", "健康づくり課", ("9,217", "9,486", "9,730"), (9217, 9486, 9730)),
    (1, 2, 5, "こども家庭センター運営事業", "こども家庭課", (DASH, "12,604", "18,730"), (None, 12604, 18730)),
    (2, 3, 1, "介護予防・日常生活支援総合事業", "高齢福祉課", ("158,432", "162,875", "168,300"), (158432, 162875, 168300)),
    (2, 3, 2, "高齢者見守りネットワーク事業", "地域福祉課", ("2,316", "2,408", "2,450"), (2316, 2408, 2450)),
    (2, 3, 3, "生活支援コーディネーター配置事業", "高齢福祉課", ("14,820", "15,062", "15,400"), (14820, 15062, 15400)),
    (2, 3, 4, "認知症初期集中支援事業", "健康づくり課", ("5,964", "6,133", "6,280"), (5964, 6133, 6280)),
)  # fmt: skip

BUSINESS_UNITS_U: list[dict[str, object]] = [
    dict(name=name, department=dept, measure_no=measure, unit_no=no, legal_basis=None,
         next_year_policy=None, is_priority=None, population_goal=None, sdg_targets=[],
         summary=None, page=page)
    for page, measure, no, name, dept, _texts, _k in _UNITS
]  # fmt: skip

# (business_unit, item, fiscal_year, basis, basis_label, amount_yen, value_text, page)
BudgetLine = tuple[str, str, int, str, str, "int | None", str, int]
_COLUMNS = ((2022, "決算", "決算額"), (2023, "決算", "決算額"), (2024, "予算", "予算額"))

BUDGET_LINES_U: list[BudgetLine] = [
    (name, "事業費", year, basis, label, None if k is None else k * 1000, text, page)
    for page, _m, _no, name, _dept, texts, thousands in _UNITS
    for (year, basis, label), text, k in zip(_COLUMNS, texts, thousands, strict=True)
]  # fmt: skip

# ------------------------------------------------------------------------- self-checks

assert len(KPI_VALUES_U) == 5 * 8 == 40
assert len(BUSINESS_UNITS_U) == 9 and len(BUDGET_LINES_U) == 27
assert all(
    (n is None and t == DASH) or t.replace(",", "") in (f"{n:g}", f"{n:.1f}")
    for r in KPI_VALUES_U
    for n, t in [(r["value"], r["value_text"])]
)
assert all(
    (k is None and t == DASH) or int(t.replace(",", "")) == k
    for u in _UNITS for t, k in zip(u[5], u[6], strict=True)
)  # fmt: skip
# The sheets' own arithmetic: the 合計 rows as printed (千円).
_TOTALS = {2: (532740, 567369, 591190), 3: (181532, 186478, 192430)}
assert all(
    sum(u[6][i] or 0 for u in _UNITS if u[1] == m) == total
    for m, totals in _TOTALS.items() for i, total in enumerate(totals)
)  # fmt: skip
