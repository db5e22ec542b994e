# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""Expected values for the TWENTIETH blind held-out document (fictional しずくだ村).

``tests/fixtures/heldout20/template_aa_writer.pdf`` (python-docx .docx → LibreOffice
WRITER, 2 A4 portrait pages) is a 施策評価シート book of two 施策 of 政策 4 of a village,
one page each: the heading ``令和６年度　施策評価（令和５年度実績）``; a ruled header
block of label | value rows (``政策 | ４　豊かな自然を生かした産業と活力あるむらづくり``;
``施策番号 | 4-1 | 施策 | 農業の振興と担い手の確保``: the number in a cell pair of its own,
the title without it; ``施策主管課 | 産業振興課 | 関係課 | 農業委員会事務局、地域整備課``);
施策の目指す姿 prose; a 成果指標 table with TWO indicators side by side as column groups
(``成果指標①　認定農業者数（人）`` and ``成果指標②　担い手への農地集積率（％）`` each merged
over three columns, ``目標値 | 実績値 | 達成率`` under each) and the years DOWN the side
(``令和２年度（基準）``, ``令和３年度`` … ``令和５年度``, ``令和７年度（目標）``; the base row
prints only its 実績値 and ``－`` in the other two cells, the goal row only its 目標値 and
``－`` ×2; 達成率 as ``98.1%``; on page 2 the 令和５年度 実績値 of 観光客満足度 is BLANK,
explained by a ※ note); a 構成事務事業 table ``No. | 事務事業名 | 担当課 | 令和４年度決算額 |
令和５年度決算額 | 令和６年度予算額`` under ``（単位：千円）``, two names and one 担当課
wrapped in their cells, a ``－`` and a 合計 row; a 施策の評価 block (``総合評価`` printed
``Ａ・【Ｂ】・Ｃ・Ｄ`` with a legend, 成果と課題 / 今後の方向性 prose). Page header
``しずくだ村`` (left) and the running title ``令和６年度　施策評価シート`` (right); footer
centre the section-page folio ``４－１`` / ``４－２``. The values below were typed by hand
from the rendered pages (PNG, looked at), written before the parser was run; nothing is
imported from the generator. If a parser and the generator agree with each other but not
with this file, this file wins.

Conventions (as heldout14.py U and heldout8.py N): ``value_text`` the cell exactly as
read (``－`` U+FF0D kept, ``98.1%`` with its sign, a blank cell ``""``); every other text
field NFKC (full-width digits and brackets folded, ``　`` → space).

Judgement calls, template AA (しずくだ村, Writer; the lead may revisit each):

AA1. ``doc_type`` ``policy_evaluation``; ``municipality`` ``しずくだ村`` (the page header
     of both pages; a 村 is a municipality like a 市 or 町); ``title`` the page heading
     ``令和６年度　施策評価（令和５年度実績）`` → NFKC ``令和6年度 施策評価(令和5年度実績)``
     (the heading printed on the sheet, the results' year kept as heldout14.py U1; the
     running header ``令和６年度　施策評価シート`` is page furniture); ``fiscal_year`` 2024
     (the evaluation's own 年度; 令和5年度 is the year evaluated, heldout8.py N1).
AA2. STRUCTURE: ``政策 | ４　豊かな…`` → level ``policy``, number ``4``, title
     ``豊かな自然を生かした産業と活力あるむらづくり``, no parent, page 1 (printed on both
     sheets: one node on its first page, heldout14.py U2). ``施策番号 | 4-1`` with
     ``施策 | 農業の振興と担い手の確保`` → level ``measure``, number ``4-1`` (the only number
     printed for the 施策, as printed; heldout14.py U2 keeps ``3-2``), parent ``4``,
     page 1; ``4-2 観光・交流による地域の活性化`` → parent ``4``, page 2. 施策主管課 / 関係課
     are the 施策's, not a unit's department; they give no rows.
AA3. KPI rows: kind ``kpi``, ``subject`` None, ``context`` ``施策4-1 農業の振興と担い手の確保``
     / ``施策4-2 観光・交流による地域の活性化`` (level word + number + title, heldout14.py U3);
     ``kpi_no`` from ``成果指標①`` / ``成果指標②`` → 1 / 2 (the number printed beside the
     indicator, as heldout8.py N3's ``指標1``); ``kpi_name`` the name in the group header
     WITHOUT the bracketed unit (``認定農業者数``); ``unit`` the bracketed unit (``（人）`` →
     ``人``, ``（％）`` → ``%``, ``（千人）`` → ``千人``), on every row of the indicator,
     the 達成率 rows included (heldout8.py N: the indicator's unit on all its rows).
AA4. One row per (year row × metric column) of each group: ``目標値`` → ``target``,
     ``実績値`` → ``actual``, ``達成率`` → ``achievement_rate`` (``98.1%`` → 98.1); fiscal_year
     the row's 年度; ``year_label`` the row label NFKC with its note kept (``令和2年度(基準)``,
     ``令和7年度(目標)``, heldout8.py N4). The base row's 実績値 is the indicator's 基準値:
     metric ``baseline`` (contract v1.1: "a 基準値 with its year is baseline"; the row says
     （基準）), not ``actual``. Its ``－`` 目標値 / 達成率 cells stay ``target`` /
     ``achievement_rate`` rows of 2020 with value None (heldout8.py N5: the 令和2年度 ``－``
     cells are rows). The goal row's ``－`` 実績値 / 達成率 → ``actual`` / ``achievement_rate``
     2025, value None.
AA5. The BLANK 令和５年度 実績値 of 観光客満足度 (page 2; ※ 隔年実施) → an ``actual`` 2023
     row with value None and value_text ``""`` (heldout15.py / heldout17.py: a blank cell is
     a row); its 達成率 prints ``－``. 5 year rows × 3 metrics × 2 indicators × 2 施策 = 60.
AA6. Business units: one per 構成事務事業 row. ``unit_no`` the No. column; ``measure_no``
     the 施策's number within its 政策 (``4-1`` → 1, ``4-2`` → 2: heldout14.py U7);
     ``name`` the 事務事業名 with its line-wrap removed (``中山間地域等直接支払交付金事業``,
     ``しずくだ温泉施設管理運営事業``); ``department`` the 担当課 cell (``農業委員会事務局``,
     wrapped, joined); ``next_year_policy``, ``legal_basis``, ``is_priority``,
     ``population_goal``, ``summary`` None, ``sdg_targets`` []; ``page`` the sheet's page.
     The 合計 row is not a unit.
AA7. Budget lines: item ``事業費`` (the header prints no item word, heldout14.py U8);
     ``令和４年度決算額`` → 2022 ``決算`` basis_label ``決算額``; ``令和５年度決算額`` → 2023
     ``決算`` ``決算額``; ``令和６年度予算額`` → 2024 ``予算`` ``予算額``; the ``（単位：千円）``
     note above the table → × 1,000. The ``－`` of 体験型観光推進事業's 令和４年度 → amount
     None, value_text ``－``. The 合計 row gives no line. (5 + 4) × 3 = 27 lines.
AA8. The 総合評価 (``【Ｂ】`` page 1, ``【Ｃ】`` page 2), its legend, the prose, the ※ notes,
     the running title and the folios ``４－１`` / ``４－２`` (which look like 施策 numbers but
     are section-page folios) give no rows.
"""

from __future__ import annotations

# value_text is the cell exactly as read: "no value" is U+FF0D FULLWIDTH HYPHEN-MINUS.
DASH = "\uff0d"
BLANK = ""

AA_PDF = "template_aa_writer.pdf"
AA_PAGE_COUNT = 2

DOCUMENT_AA = dict(
    doc_type="policy_evaluation",
    municipality="しずくだ村",
    title="令和6年度 施策評価(令和5年度実績)",
    fiscal_year=2024,
)

STRUCTURE_AA = [
    dict(level="policy", number="4", title="豊かな自然を生かした産業と活力あるむらづくり", parent_number=None, page=1),
    dict(level="measure", number="4-1", title="農業の振興と担い手の確保", parent_number="4", page=1),
    dict(level="measure", number="4-2", title="観光・交流による地域の活性化", parent_number="4", page=2),
]  # fmt: skip

_CONTEXT = {1: "施策4-1 農業の振興と担い手の確保", 2: "施策4-2 観光・交流による地域の活性化"}

# the year rows down the side: (year_label NFKC, fiscal_year); per row the metrics of
# the three columns 目標値 | 実績値 | 達成率 (the base row's 実績値 is the baseline, AA4)
_YEARS = (("令和2年度(基準)", 2020), ("令和3年度", 2021), ("令和4年度", 2022),
          ("令和5年度", 2023), ("令和7年度(目標)", 2025))  # fmt: skip
_METRICS = {
    2020: ("target", "baseline", "achievement_rate"),
    2021: ("target", "actual", "achievement_rate"),
    2022: ("target", "actual", "achievement_rate"),
    2023: ("target", "actual", "achievement_rate"),
    2025: ("target", "actual", "achievement_rate"),
}

# (page, kpi_no, name, unit, per year row the printed (目標値, 実績値, 達成率))
_KPI = (
    (1, 1, "認定農業者数", "人",
     ((DASH, "52", DASH), ("54", "53", "98.1%"), ("56", "57", "101.8%"),
      ("58", "56", "96.6%"), ("62", DASH, DASH))),
    (1, 2, "担い手への農地集積率", "%",
     ((DASH, "38.5", DASH), ("40.0", "40.2", "100.5%"), ("42.0", "41.6", "99.0%"),
      ("44.0", "43.9", "99.8%"), ("48.0", DASH, DASH))),
    (2, 1, "観光入込客数", "千人",
     ((DASH, "142", DASH), ("150", "118", "78.7%"), ("160", "151", "94.4%"),
      ("170", "176", "103.5%"), ("190", DASH, DASH))),
    (2, 2, "観光客満足度", "%",
     ((DASH, "72.4", DASH), ("74.0", "75.1", "101.5%"), ("76.0", "74.8", "98.4%"),
      ("78.0", BLANK, DASH), ("80.0", DASH, DASH))),
)  # fmt: skip
# The numbers, typed separately (same layout; None = ``－`` or blank).
_KPI_NUMBERS: tuple[tuple[tuple[float | None, ...], ...], ...] = (
    ((None, 52, None), (54, 53, 98.1), (56, 57, 101.8), (58, 56, 96.6), (62, None, None)),
    ((None, 38.5, None), (40.0, 40.2, 100.5), (42.0, 41.6, 99.0), (44.0, 43.9, 99.8), (48.0, None, None)),
    ((None, 142, None), (150, 118, 78.7), (160, 151, 94.4), (170, 176, 103.5), (190, None, None)),
    ((None, 72.4, None), (74.0, 75.1, 101.5), (76.0, 74.8, 98.4), (78.0, None, None), (80.0, None, None)),
)  # fmt: skip


def _float(v: float | None) -> float | None:
    return None if v is None else float(v)


KPI_VALUES_AA: list[dict[str, object]] = [
    dict(kind="kpi", context=_CONTEXT[page], subject=None, kpi_no=no, kpi_name=name,
         unit=unit, fiscal_year=year, year_label=label, metric=metric, value=_float(number),
         value_text=text, page=page)
    for (page, no, name, unit, rows), numbers in zip(_KPI, _KPI_NUMBERS, strict=True)
    for (label, year), texts, nums in zip(_YEARS, rows, numbers, strict=True)
    for metric, text, number in zip(_METRICS[year], texts, nums, strict=True)
]  # fmt: skip

# (page, measure_no, No, 事務事業名, 担当課, (R4 決算, R5 決算, R6 予算) printed, 千円)
_UNITS = (
    (1, 1, 1, "農業次世代人材投資事業", "産業振興課", ("9,750", "8,250", "9,000"), (9750, 8250, 9000)),
    (1, 1, 2, "農地集積・集約化推進事業", "農業委員会事務局", ("3,412", "3,586", "3,700"), (3412, 3586, 3700)),
    (1, 1, 3, "中山間地域等直接支払交付金事業", "産業振興課", ("41,863", "42,105", "42,300"), (41863, 42105, 42300)),
    (1, 1, 4, "鳥獣被害防止対策事業", "産業振興課", ("6,284", "7,019", "7,450"), (6284, 7019, 7450)),
    (1, 1, 5, "農道・用排水路維持管理事業", "地域整備課", ("12,530", "11,872", "13,200"), (12530, 11872, 13200)),
    (2, 2, 1, "観光協会運営補助事業", "商工観光課", ("8,600", "8,600", "8,900"), (8600, 8600, 8900)),
    (2, 2, 2, "しずくだ温泉施設管理運営事業", "商工観光課", ("23,418", "25,734", "24,800"), (23418, 25734, 24800)),
    (2, 2, 3, "移住定住促進事業", "企画政策課", ("5,126", "6,340", "7,200"), (5126, 6340, 7200)),
    (2, 2, 4, "体験型観光推進事業", "商工観光課", (DASH, "4,215", "5,600"), (None, 4215, 5600)),
)  # fmt: skip

BUSINESS_UNITS_AA: list[dict[str, object]] = [
    dict(name=name, department=dept, measure_no=measure, unit_no=no, legal_basis=None,
         next_year_policy=None, is_priority=None, population_goal=None, sdg_targets=[],
         summary=None, page=page)
    for page, measure, no, name, dept, _texts, _k in _UNITS
]  # fmt: skip

# (business_unit, item, fiscal_year, basis, basis_label, amount_yen, value_text, page)
BudgetLine = tuple[str, str, int, str, str, "int | None", str, int]
_COLUMNS = ((2022, "決算", "決算額"), (2023, "決算", "決算額"), (2024, "予算", "予算額"))

BUDGET_LINES_AA: list[BudgetLine] = [
    (name, "事業費", year, basis, label, None if k is None else k * 1000, text, page)
    for page, _m, _no, name, _dept, texts, thousands in _UNITS
    for (year, basis, label), text, k in zip(_COLUMNS, texts, thousands, strict=True)
]  # fmt: skip

# ------------------------------------------------------------------------- self-checks

assert len(KPI_VALUES_AA) == 5 * 3 * 2 * 2 == 60
assert len(BUSINESS_UNITS_AA) == 9 and len(BUDGET_LINES_AA) == 27
assert all(
    (n is None and t in (DASH, BLANK)) or float(t.replace(",", "").rstrip("%")) == n
    for r in KPI_VALUES_AA
    for n, t in [(r["value"], r["value_text"])]
)
assert all(
    (k is None and t == DASH) or int(t.replace(",", "")) == k
    for u in _UNITS for t, k in zip(u[5], u[6], strict=True)
)  # fmt: skip
# The sheets' own arithmetic: the 合計 rows as printed (千円) …
_TOTALS = {1: (73839, 72832, 75650), 2: (37144, 44889, 46500)}
assert all(
    sum(u[6][i] or 0 for u in _UNITS if u[1] == m) == total
    for m, totals in _TOTALS.items() for i, total in enumerate(totals)
)  # fmt: skip
# … and the printed 達成率 = 実績値 ÷ 目標値 × 100, rounded to one decimal.
assert all(
    t is None or a is None or r is None or round(a / t * 100, 1) == r
    for numbers in _KPI_NUMBERS for t, a, r in numbers[1:]
)  # fmt: skip
