"""Expected values for the ELEVENTH blind held-out document (fictional ひばりの市).

``tests/fixtures/heldout11/template_r_calc.pdf`` (openpyxl .xlsx → LibreOffice Calc, 2
A3-landscape pages: two 事務事業評価シート, one page each) was made to measure how the
parsers generalise to a template not seen in ``samples/``, ``tests/fixtures/`` or the
earlier held-out rounds: a TWO-COLUMN page (事業概要 and the cost table on the left
half, 指標 and 評価 on the right half, labels of both halves side by side on the same
rows), years printed WITHOUT an era (``2024年度``, ``2022``), an indicator label cell
printing ``目標値`` over ``実績値`` beside value cells printing the target over the
actual, the heading only in the page header (top right). The values below were typed
by hand from the pages rendered to PNG, written before the parser was read or run;
nothing is imported from the generator (``tests/fixtures/heldout11/make_heldout11.py``)
or produced by a parser. If a parser and the generator agree with each other but not
with this file, this file wins.

Conventions: data contract v1.1 and the unit-sheet conventions of ``heldout4.py`` H /
``heldout6.py`` L: ``value_text`` the cell as read, whitespace collapsed, ``－``
(U+FF0D) kept; dash cells are rows / lines with value (amount) None.

Judgement calls, template R (ひばりの市, Calc; the lead may revisit each):

R1. ``municipality`` ``ひばりの市`` from the page footer (bottom centre) ``ひばりの市
    行政改革推進課``; the 行政改革推進課 (the section that edits the book) is not part of
    it and is no unit's department. ``doc_type`` ``policy_evaluation``.
R2. ``title`` the page header (top right, the only heading printed) ``2025年度 事務事業
    評価シート（2024年度実績）`` → NFKC ``2025年度 事務事業評価シート(2024年度実績)`` (the
    bracketed part is in the same printed line, as heldout6.py L2). ``fiscal_year`` 2025:
    the evaluation year; 2024年度実績 is the year of the work evaluated. Western years
    need no era (v1.1 "Years without an era" is about ``5年度``-style short years).
R3. ``name`` the cell right of ``事業名``. ``事業番号`` ``0123`` / ``0131`` is a number of
    the book, not the unit's number within its 施策: ``unit_no`` None (as heldout4.py H3
    reads a 事業番号 and heldout6.py L3 a 事業コード); it is not part of the name.
R4. ``department``: ``所管部 | 福祉部 | 所管課 | 地域福祉課 | 担当係 | 地域支援係`` → the 部
    and the 課 joined with ``・``: ``福祉部・地域福祉課``; the 係 is not part (H4, L4).
    Sheet 2 ``総務部・危機管理課``.
R5. 総合計画の体系: two value rows under one merged label, ``政策 1 安心して暮らせるまち``
    over ``施策 1-2 地域福祉の推進`` (word, space, number, space, title in one cell). The
    施策 number is printed only in the compound form 政策-施策 ``1-2``: ``measure_no`` 2
    (the 施策's own number, as heldout8.py N2 reads ``3-2``; sheet 2 ``1-3`` → 3).
    STRUCTURE one ``measure`` node per sheet (book rule, L5): ``number`` as printed
    ``1-2`` (the contract keeps the printed form; ``2`` alone would be ambiguous between
    政策), ``title`` ``地域福祉の推進``, ``parent_number`` ``1`` (the 政策 row), on the
    sheet's page. KPI ``context`` ``施策1-2 地域福祉の推進`` (H5 form: word, number as
    printed, space, title). No separate policy node.
R6. ``legal_basis`` None: nothing prints 法定 / 自主 (or 法定受託 / 自治事務); the
    ``根拠法令`` cell (``介護保険法第115条の45``, ``災害対策基本法、電波法``) names a law and
    gives nothing (J4, L7). ``事業開始年度 2018年度``, ``終了予定 未定`` / ``2026年度`` give
    nothing (no contract field; their years are not budget or indicator years).
R7. ``next_year_policy`` from the one-cell row ``今後の方向性 | ■拡充　□現状維持
    □改善・見直し　□縮小　□休止・廃止`` → the ■ option: sheet 1 ``拡充``, sheet 2
    ``現状維持`` (kept as printed, v1.1). The 評価 letters (妥当性 / 有効性 / 効率性: A, B, C
    with the legend ``※評価　A：高い　B：普通　C：低い``), 評価の理由 and ``改善内容`` give
    nothing (its ``2025年度``, ``1名``, ``2026年度`` are prose).
R8. ``summary`` the ``事業の目的`` cell (as L11 reads 目的; ``事業の内容`` is not joined
    into it — the lead may prefer 目的 + 内容). ``population_goal``, ``is_priority``
    None, ``sdg_targets`` [] (not printed).
R9. Budget lines: years ACROSS, the basis in each header cell: ``2022年度決算`` → (2022,
    決算, ``決算``), ``2023年度決算`` → (2023, 決算, ``決算``), ``2024年度予算`` → (2024, 予算,
    ``予算``), ``2025年度予算`` → (2025, 予算, ``予算``). Items the row label as printed
    (NFKC, spaces removed): ``事業費(A)``, the 財源 sub-rows with their うち kept
    (``うち国庫支出金``, ``うち県支出金``, ``うち地方債``, ``うちその他``, ``うち一般財源``,
    heldout5.py J8), ``人件費(B)`` — its label cell prints a second line ``正規職員
    0.80人　会計年度任用職員 0.20人`` (staff counts, not money and not part of the item,
    as v1.1 says of 従事職員数) — and ``総コスト(A)+(B)``: 8 × 4 = 32 lines per sheet.
    ``（単位：千円）`` at the table's top right → × 1,000. Dash cells → amount None,
    value_text ``－``. The footnote ``※人件費は、…`` gives nothing.
R10. KPI rows: the ``活動指標`` label → kind ``activity``, ``成果指標`` → ``outcome``;
    ``subject`` the sheet's unit, ``kpi_no`` None, ``unit`` the ``単位`` cell (merged
    over the indicator's two rows; also on its 達成率 row, as H11 / L13, though the
    達成率 cells print ``%``). The label cell ``目標値`` over ``実績値`` beside cells
    printing two numbers one over the other: the upper line → ``target``, the lower →
    ``actual``, each row's ``value_text`` its own line as read (``60`` / ``58``). The
    ``達成率`` row → ``achievement_rate``, value_text as printed (``96.7%``), value 96.7.
    Columns ``2022`` / ``2023`` / ``2024`` → fiscal_year 2022–2024, year_label as
    printed; ``2025（目標）`` → 2025, year_label ``2025(目標)`` (NFKC, the note kept, as
    heldout8.py N4). The 2025 column's actual line and 達成率 are ``－`` → value None.
    12 rows per indicator, 24 per sheet. ``kpi_name`` keeps its bracketed words
    (``…（協議体）の開催回数`` → ``(協議体)``, ``（累計）`` → ``(累計)``, L14); a name
    wrapped in its cell is joined. The footnote ``※達成率は、…`` gives nothing.
R11. Pages: sheet 1 page 1, sheet 2 page 2; every row of a sheet on its page. The two
    halves of a page are ONE sheet: the right half's 指標 belong to the unit named at
    the top of the left half.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# value_text is the cell exactly as read (contract): the sheets print "no value" as
# U+FF0D FULLWIDTH HYPHEN-MINUS, kept as printed (its NFKC form is "-").
DASH = "\uff0d"

R_PDF = "template_r_calc.pdf"
R_PAGE_COUNT = 2

DOCUMENT_R = dict(
    doc_type="policy_evaluation",
    municipality="ひばりの市",
    title="2025年度 事務事業評価シート(2024年度実績)",
    fiscal_year=2025,
)


def _float(v: float | None) -> float | None:
    return None if v is None else float(v)


# (business_unit, item, fiscal_year, basis, basis_label, amount_yen, value_text, page)
BudgetLine = tuple[str, str, int, str, str, "int | None", str, int]

_R1 = "生活支援コーディネーター配置事業"
_R2 = "防災行政無線デジタル化整備事業"
_R_PAGE = {_R1: 1, _R2: 2}
# unit → (施策 number as printed, 施策 title, 政策 number)
_R_MEASURE = {_R1: ("1-2", "地域福祉の推進", "1"), _R2: ("1-3", "防災・減災対策の推進", "1")}
KPI_CONTEXT_R = {u: f"施策{n} {t}" for u, (n, t, _p) in _R_MEASURE.items()}

BUSINESS_UNITS_R: list[dict[str, object]] = [
    dict(
        name=_R1,
        department="福祉部・地域福祉課",
        measure_no=2,
        unit_no=None,
        legal_basis=None,
        next_year_policy="拡充",
        is_priority=None,
        population_goal=None,
        sdg_targets=[],
        summary="高齢者が住み慣れた地域で暮らし続けられるよう、地域の支え合いの体制づくりを進め、日常"
        "生活の困りごとを住民同士で支援できる地域をつくる。",
        page=1,
    ),
    dict(
        name=_R2,
        department="総務部・危機管理課",
        measure_no=3,
        unit_no=None,
        legal_basis=None,
        next_year_policy="現状維持",
        is_priority=None,
        population_goal=None,
        sdg_targets=[],
        summary="災害時に市民へ避難情報等を迅速かつ確実に伝達するため、老朽化したアナログ方式の防災"
        "行政無線をデジタル方式に更新する。",
        page=2,
    ),
]

STRUCTURE_R = [
    dict(level="measure", number=n, title=t, parent_number=p, page=_R_PAGE[u])
    for u, (n, t, p) in _R_MEASURE.items()
]

# ------------------------------------------------------------------------- budget lines

_R_ITEMS = ("事業費(A)", "うち国庫支出金", "うち県支出金", "うち地方債", "うちその他",
            "うち一般財源", "人件費(B)", "総コスト(A)+(B)")  # fmt: skip
_R_COLUMNS = ((2022, "決算", "決算"), (2023, "決算", "決算"), (2024, "予算", "予算"),
              (2025, "予算", "予算"))  # fmt: skip
# As printed, per sheet: one tuple per item row (in _R_ITEMS order) × the four columns.
_R_COST: dict[str, tuple[tuple[str, ...], ...]] = {
    _R1: (("18,240", "18,960", "20,400", "22,100"),
          ("7,022", "7,299", "7,854", "8,508"),
          ("3,511", "3,649", "3,927", "4,254"),
          (DASH, DASH, DASH, DASH),
          ("120", "150", "150", "180"),
          ("7,587", "7,862", "8,469", "9,158"),
          ("7,200", "7,200", "7,400", "7,400"),
          ("25,440", "26,160", "27,800", "29,500")),
    _R2: (("86,400", "124,800", "98,500", "42,300"),
          (DASH, DASH, DASH, DASH),
          ("2,000", "2,000", "2,000", DASH),
          ("77,700", "112,300", "88,600", "38,000"),
          (DASH, DASH, DASH, DASH),
          ("6,700", "10,500", "7,900", "4,300"),
          ("12,000", "12,000", "12,300", "12,300"),
          ("98,400", "136,800", "110,800", "54,600")),
}  # fmt: skip
# The amounts in 千円, typed separately (× 1,000 below: 単位：千円 on both sheets).
_R_THOUSANDS: dict[str, tuple[tuple[int | None, ...], ...]] = {
    _R1: ((18240, 18960, 20400, 22100),
          (7022, 7299, 7854, 8508),
          (3511, 3649, 3927, 4254),
          (None, None, None, None),
          (120, 150, 150, 180),
          (7587, 7862, 8469, 9158),
          (7200, 7200, 7400, 7400),
          (25440, 26160, 27800, 29500)),
    _R2: ((86400, 124800, 98500, 42300),
          (None, None, None, None),
          (2000, 2000, 2000, None),
          (77700, 112300, 88600, 38000),
          (None, None, None, None),
          (6700, 10500, 7900, 4300),
          (12000, 12000, 12300, 12300),
          (98400, 136800, 110800, 54600)),
}  # fmt: skip

BUDGET_LINES_R: list[BudgetLine] = [
    (unit, item, year, basis, label, None if k is None else k * 1000, text, _R_PAGE[unit])
    for unit, rows in _R_COST.items()
    for item, texts, thousands in zip(_R_ITEMS, rows, _R_THOUSANDS[unit], strict=True)
    for (year, basis, label), text, k in zip(_R_COLUMNS, texts, thousands, strict=True)
]

# ------------------------------------------------------------------------- indicators

_R_YEARS = (("2022", 2022), ("2023", 2023), ("2024", 2024), ("2025(目標)", 2025))
_R_METRICS = ("target", "actual", "achievement_rate")
# unit → ((kind, name, 単位, (目標値 ×4), (実績値 ×4), (達成率 ×4)), …), as printed
Printed = tuple[str, str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_R_KPI: dict[str, tuple[Printed, ...]] = {
    _R1: (("activity", "地域の話し合いの場(協議体)の開催回数", "回",
           ("60", "72", "84", "96"), ("58", "75", "80", DASH),
           ("96.7%", "104.2%", "95.2%", DASH)),
          ("outcome", "住民主体の通いの場の設置数(累計)", "箇所",
           ("40", "45", "50", "55"), ("38", "44", "51", DASH),
           ("95.0%", "97.8%", "102.0%", DASH))),
    _R2: (("activity", "デジタル化した屋外拡声子局の数(累計)", "基",
           ("20", "45", "70", "82"), ("18", "46", "70", DASH),
           ("90.0%", "102.2%", "100.0%", DASH)),
          ("outcome", "防災行政無線の可聴範囲にある世帯の割合", "%",
           ("35.0", "60.0", "85.0", "95.0"), ("31.2", "61.5", "84.1", DASH),
           ("89.1%", "102.5%", "98.9%", DASH))),
}  # fmt: skip
# The numbers, typed separately: (目標値 ×4, 実績値 ×4, 達成率 ×4) per indicator.
_R_KPI_NUMBERS: dict[str, tuple[tuple[float | None, ...], ...]] = {
    _R1: ((60, 72, 84, 96, 58, 75, 80, None, 96.7, 104.2, 95.2, None),
          (40, 45, 50, 55, 38, 44, 51, None, 95.0, 97.8, 102.0, None)),
    _R2: ((20, 45, 70, 82, 18, 46, 70, None, 90.0, 102.2, 100.0, None),
          (35.0, 60.0, 85.0, 95.0, 31.2, 61.5, 84.1, None, 89.1, 102.5, 98.9, None)),
}  # fmt: skip


def _kpi_rows_r() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for unit, blocks in _R_KPI.items():
        for (kind, name, kpi_unit, *printed), nums in zip(blocks, _R_KPI_NUMBERS[unit],
                                                          strict=True):  # fmt: skip
            common = dict(kind=kind, subject=unit, context=KPI_CONTEXT_R[unit], kpi_no=None,
                          kpi_name=name, unit=kpi_unit, page=_R_PAGE[unit])  # fmt: skip
            for m, (metric, texts) in enumerate(zip(_R_METRICS, printed, strict=True)):
                for y, ((label, year), text) in enumerate(zip(_R_YEARS, texts, strict=True)):
                    rows.append(dict(common, metric=metric, year_label=label, fiscal_year=year,
                                     value=_float(nums[4 * m + y]), value_text=text))  # fmt: skip
    return rows


KPI_VALUES_R = _kpi_rows_r()

# ------------------------------------------------------------------------- self-checks

assert len(BUSINESS_UNITS_R) == 2 and len(STRUCTURE_R) == 2
assert len(BUDGET_LINES_R) == 2 * 8 * 4 == 64
assert len(KPI_VALUES_R) == 2 * 2 * 12 == 48
assert all(
    (n is None and t == DASH) or t.replace(",", "").rstrip("%") in (f"{n:g}", f"{n:.1f}")
    for r in KPI_VALUES_R
    for n, t in [(r["value"], r["value_text"])]
)
assert all(
    (yen is None and text == DASH) or yen == int(text.replace(",", "")) * 1000
    for _u, _i, _y, _b, _l, yen, text, _p in BUDGET_LINES_R
)
# The sheets' own arithmetic: 事業費(A) = its うち rows; 総コスト = (A) + (B);
# 達成率 = 実績値 / 目標値 (rounded half up to one decimal).
for _rows in _R_THOUSANDS.values():
    _total, *_sources, _labour, _cost = ([0 if v is None else v for v in row] for row in _rows)
    assert all(sum(col) == t for t, col in zip(_total, zip(*_sources, strict=True), strict=True))
    assert all(a + b == c for a, b, c in zip(_total, _labour, _cost, strict=True))
for _inds in _R_KPI_NUMBERS.values():
    for _n in _inds:
        assert all(
            (Decimal(str(a)) * 100 / Decimal(str(t))).quantize(Decimal("0.1"), ROUND_HALF_UP)
            == Decimal(str(r))
            for t, a, r in zip(_n[0:3], _n[4:7], _n[8:11], strict=True)
        )
