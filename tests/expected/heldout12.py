"""Expected values for the TWELFTH blind held-out document (fictional ゆずりは町).

``tests/fixtures/heldout12/template_s_writer.pdf`` (python-docx .docx → LibreOffice
Writer, 4 A4-portrait pages: two 事務事業評価シート, each printed front and back) was
made to measure how the parsers generalise to a template not seen in ``samples/``,
``tests/fixtures/`` or the earlier held-out rounds: VERTICAL section labels (a narrow
merged left column printing ``事業概要`` / ``事業費`` / ``成果`` / ``評価`` one character per
line), FULL-WIDTH digits everywhere, a cost table with the YEARS RUNNING DOWN and the
amount kinds across (``当初予算額 | 補正予算額 | 最終予算額 | 決算額 | 増減``) in 円, a
財源内訳 line, a 成果指標 table with ``目標`` / ``実績`` as a two-row label per indicator
and a merged final-target cell, the sheet's 評価 overleaf under a header repeating only
事業番号 and 事業名. The values below were typed by hand from the pages rendered to PNG,
written before the parser was read or run; nothing is imported from the generator
(``tests/fixtures/heldout12/make_heldout12.py``) or produced by a parser. If a parser
and the generator agree with each other but not with this file, this file wins.

Conventions: data contract v1.1 and the unit-sheet conventions of ``heldout11.py`` R:
``value_text`` the cell exactly as read (full-width digits, ``，``, ``．``, ``▲`` and the
dash ``―`` U+2015 kept, as heldout7.py keeps ``年間６８人``); every other text field NFKC.
The printed strings below are typed with ASCII digits and turned full-width by ``_fw``
(a typing aid: the page prints every digit, comma and point full-width); the numbers
are typed separately and checked against the sheets' own arithmetic at the end.

Judgement calls, template S (ゆずりは町, Writer; the lead may revisit each):

S1. ``municipality`` ``ゆずりは町`` from page 1's cover line ``令和６年度　ゆずりは町事務
    事業評価`` (the only place the town is printed). ``doc_type`` ``policy_evaluation``.
S2. ``title`` that cover line, NFKC (U+3000 → space): ``令和6年度 ゆずりは町事務事業評価``;
    the centred ``事務事業評価シート`` under it is each sheet's heading, repeated on page 3.
    ``fiscal_year`` 2024 (the 年度 of the title; the sheets' latest 決算 is 令和６年度).
S3. ``name`` the cell right of ``事業名`` (front page; the back repeats it). ``事業番号``
    ``１１２`` / ``１３５`` is a number of the book: ``unit_no`` None (heldout11.py R3).
S4. ``department``: ``担当課 | 保健福祉課 | 担当係 | 健康づくり係`` → the 課 only,
    ``保健福祉課`` (the 係 is not part, R4); sheet 2 ``企画政策課``.
S5. 総合計画の位置付け: two rows under one merged label, ``政策３　…`` over ``施策３－２
    生涯を通じた健康づくりの推進``. ``measure_no`` 2 (the 施策's own number in the compound
    ``3-2``, R5); sheet 2 ``施策５－１`` → 1. STRUCTURE one ``measure`` node per sheet,
    ``number`` ``3-2`` / ``5-1`` (NFKC of ``３－２``), ``parent_number`` the 政策 ``3`` /
    ``5``, on the sheet's front page (1 / 3). KPI ``context`` ``施策3-2 生涯を通じた健康づく
    りの推進`` (word and number as printed, NFKC, one space, title).
S6. ``legal_basis`` from ``実施の根拠 | ■法定　□任意`` → ``法定``; sheet 2 ``□法定　■任意`` →
    ``自主`` (任意 is read as 自主, v1.1). ``根拠法令等`` (a law's name, or ``―``),
    ``事業開始年度 平成２８年度`` / ``令和元年度`` and ``事業終了年度`` give nothing.
S7. ``next_year_policy`` from the back page's ``総合評価 | （　）拡充　（○）継続　（　）縮小
    （　）廃止`` → the option whose brackets hold ○: sheet 1 ``継続``, sheet 2 ``縮小``. The
    必要性 / 有効性 / 効率性 marks ◎ ○ △ (with the printed legend), their reasons, 課題 and
    今後の方向性 give nothing (prose; ``令和８年度``, ``約２，０００円`` in it are not read).
S8. ``summary`` the ``目的`` cell of 事業概要 (as R8; 対象 and 内容（手段） are not joined),
    its wrapped line joined. ``population_goal``, ``is_priority`` None, ``sdg_targets`` [].
    A unit's ``page`` is its sheet's front page (1 / 3), where the card starts.
S9. Budget lines: the YEARS RUN DOWN the rows (``令和３年度`` … ``令和６年度`` → 2021–2024)
    and the columns name the kind of amount. There is no item row label, and the three
    予算 columns would collide on one key, so ``item`` is the column header as printed
    (``当初予算額``, ``補正予算額``, ``最終予算額``, ``決算額``); ``basis`` 予算 / 予算 / 予算 /
    決算 and ``basis_label`` the same header. The ``増減`` column (決算額 against the year
    before, the footnote says) is a column of differences: not a budget line (v1.1).
    ``（単位：円）`` → × 1. ``▲`` is negative (``▲１５０，０００`` → −150,000); ``―`` cells
    (補正 not made, the first 増減) → amount None, value_text ``―``. The 財源内訳 line
    ``財源内訳（令和６年度決算） | 国庫支出金 | 県支出金 | 一般財源`` → three items as printed,
    fiscal_year 2024, basis 決算, basis_label ``決算`` (the word in its label). 4 × 4 + 3 =
    19 lines per sheet, on its front page.
S10. KPI rows: the table is headed ``成果指標`` (under the vertical label 成果) → kind
    ``outcome``; ``subject`` the sheet's unit, ``kpi_no`` None, ``unit`` the merged
    ``単位`` cell NFKC (``％`` → ``%``, ``人``). The two-row label ``目標`` / ``実績`` →
    ``target`` / ``actual`` in the columns ``令和４年度`` … ``令和６年度`` (2022–2024,
    ``year_label`` NFKC ``令和4年度``). The ``目標（令和７年度）`` cell is merged over both
    rows → one ``target`` row, fiscal_year 2025, year_label ``目標(令和7年度)``. Sheet 1's
    first indicator prints ``―`` as its 令和４年度 目標 (the footnote: no target set that
    year) → value None. ``利用登録者数（累計）`` keeps its bracket (NFKC ``(累計)``). 7 rows
    per indicator, 14 per sheet, on its front page.
S11. Pages: sheet 1 pages 1–2, sheet 2 pages 3–4 (``No.１`` / ``No.２`` top right, folios
    ``- １ -`` … ``- ４ -``: furniture, read as nothing). Every row is on a front page; the
    back pages give only next_year_policy.
"""

from __future__ import annotations

DASH = "\u2015"  # ― HORIZONTAL BAR, as the sheets print "no value"
_FW = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


def _fw(text: str) -> str:
    """The printed (full-width) form of a string typed with ASCII digits."""
    return text.translate(_FW)


S_PDF = "template_s_writer.pdf"
S_PAGE_COUNT = 4

DOCUMENT_S = dict(
    doc_type="policy_evaluation",
    municipality="ゆずりは町",
    title="令和6年度 ゆずりは町事務事業評価",
    fiscal_year=2024,
)

# (business_unit, item, fiscal_year, basis, basis_label, amount_yen, value_text, page)
BudgetLine = tuple[str, str, int, str, str, "int | None", str, int]

_S1 = "特定健康診査受診率向上事業"
_S2 = "デマンド型乗合タクシー運行事業"
_S_PAGE = {_S1: 1, _S2: 3}
# unit → (施策 number NFKC, 施策 title, 政策 number)
_S_MEASURE = {_S1: ("3-2", "生涯を通じた健康づくりの推進", "3"),
              _S2: ("5-1", "地域公共交通の確保", "5")}  # fmt: skip
KPI_CONTEXT_S = {u: f"施策{n} {t}" for u, (n, t, _p) in _S_MEASURE.items()}

BUSINESS_UNITS_S: list[dict[str, object]] = [
    dict(
        name=_S1,
        department="保健福祉課",
        measure_no=2,
        unit_no=None,
        legal_basis="法定",
        next_year_policy="継続",
        is_priority=None,
        population_goal=None,
        sdg_targets=[],
        summary="生活習慣病の早期発見と重症化予防のため、国民健康保険被保険者の特定健康診査の受診率を"
        "高める。",
        page=1,
    ),
    dict(
        name=_S2,
        department="企画政策課",
        measure_no=1,
        unit_no=None,
        legal_basis="自主",
        next_year_policy="縮小",
        is_priority=None,
        population_goal=None,
        sdg_targets=[],
        summary="路線バスの廃止により交通手段を持たない高齢者等の通院や買物の移動手段を確保する。",
        page=3,
    ),
]

STRUCTURE_S = [
    dict(level="measure", number=n, title=t, parent_number=p, page=_S_PAGE[u])
    for u, (n, t, p) in _S_MEASURE.items()
]

# ------------------------------------------------------------------------- budget lines

_S_YEARS = (2021, 2022, 2023, 2024)  # 令和３年度 … 令和６年度, one row each
_S_COLUMNS = (("当初予算額", "予算"), ("補正予算額", "予算"), ("最終予算額", "予算"),
              ("決算額", "決算"))  # fmt: skip
# As printed (ASCII-typed), per sheet: one tuple per year row × the four amount columns
# (the 増減 column is left out: not a budget line).
_S_COST: dict[str, tuple[tuple[str, ...], ...]] = {
    _S1: (("3,250,000", DASH, "3,250,000", "3,012,480"),
          ("3,400,000", "250,000", "3,650,000", "3,518,900"),
          ("3,600,000", DASH, "3,600,000", "3,506,900"),
          ("3,800,000", "▲150,000", "3,650,000", "3,590,300")),
    _S2: (("12,400,000", "1,200,000", "13,600,000", "13,254,600"),
          ("13,000,000", DASH, "13,000,000", "12,811,300"),
          ("13,500,000", "800,000", "14,300,000", "14,102,750"),
          ("14,200,000", DASH, "14,200,000", "13,980,000")),
}  # fmt: skip
_S_YEN: dict[str, tuple[tuple[int | None, ...], ...]] = {
    _S1: ((3250000, None, 3250000, 3012480),
          (3400000, 250000, 3650000, 3518900),
          (3600000, None, 3600000, 3506900),
          (3800000, -150000, 3650000, 3590300)),
    _S2: ((12400000, 1200000, 13600000, 13254600),
          (13000000, None, 13000000, 12811300),
          (13500000, 800000, 14300000, 14102750),
          (14200000, None, 14200000, 13980000)),
}  # fmt: skip
# The 増減 column as printed, typed only for the arithmetic check below (None = ―).
_S_DIFF: dict[str, tuple[int | None, ...]] = {
    _S1: (None, 506420, -12000, 83400),
    _S2: (854200, -443300, 1291450, -122750),
}
_S_SOURCE_ITEMS = ("国庫支出金", "県支出金", "一般財源")
_S_SOURCE: dict[str, tuple[tuple[str, int], ...]] = {
    _S1: (("1,196,000", 1196000), ("1,196,000", 1196000), ("1,198,300", 1198300)),
    _S2: (("2,500,000", 2500000), ("1,000,000", 1000000), ("10,480,000", 10480000)),
}


def _budget_lines_s() -> list[BudgetLine]:
    lines: list[BudgetLine] = []
    for unit, rows in _S_COST.items():
        page = _S_PAGE[unit]
        for year, texts, yens in zip(_S_YEARS, rows, _S_YEN[unit], strict=True):
            for (item, basis), text, yen in zip(_S_COLUMNS, texts, yens, strict=True):
                lines.append((unit, item, year, basis, item, yen, _fw(text), page))
        for item, (text, yen) in zip(_S_SOURCE_ITEMS, _S_SOURCE[unit], strict=True):
            lines.append((unit, item, 2024, "決算", "決算", yen, _fw(text), page))
    return lines


BUDGET_LINES_S = _budget_lines_s()

# ------------------------------------------------------------------------- indicators

_S_KPI_YEARS = (("令和4年度", 2022), ("令和5年度", 2023), ("令和6年度", 2024))
_S_FINAL = ("目標(令和7年度)", 2025)
# unit → ((name, 単位, (目標 ×3), (実績 ×3), final target), …) as printed (ASCII-typed)
Printed = tuple[str, str, tuple[str, ...], tuple[str, ...], str]
_S_KPI: dict[str, tuple[Printed, ...]] = {
    _S1: (("特定健康診査受診率", "%", (DASH, "47.0", "50.0"), ("43.8", "46.2", "48.5"), "55.0"),
          ("特定保健指導実施率", "%", ("30.0", "32.0", "35.0"), ("27.4", "33.1", "34.6"), "40.0")),
    _S2: (("乗合タクシー年間利用者数", "人", ("6,000", "6,500", "7,000"),
           ("5,812", "6,704", "6,931"), "7,500"),
          ("利用登録者数(累計)", "人", ("900", "1,000", "1,100"), ("935", "1,048", "1,126"),
           "1,200")),
}  # fmt: skip
# The numbers, typed separately: (目標 ×3, 実績 ×3, final target) per indicator.
_S_KPI_NUMBERS: dict[str, tuple[tuple[float | None, ...], ...]] = {
    _S1: ((None, 47.0, 50.0, 43.8, 46.2, 48.5, 55.0),
          (30.0, 32.0, 35.0, 27.4, 33.1, 34.6, 40.0)),
    _S2: ((6000, 6500, 7000, 5812, 6704, 6931, 7500),
          (900, 1000, 1100, 935, 1048, 1126, 1200)),
}  # fmt: skip


def _kpi_rows_s() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for unit, blocks in _S_KPI.items():
        for (name, kpi_unit, targets, actuals, final), nums in zip(
            blocks, _S_KPI_NUMBERS[unit], strict=True
        ):
            common = dict(kind="outcome", subject=unit, context=KPI_CONTEXT_S[unit],
                          kpi_no=None, kpi_name=name, unit=kpi_unit,
                          page=_S_PAGE[unit])  # fmt: skip
            cells = [("target", y, t) for y, t in zip(_S_KPI_YEARS, targets, strict=True)]
            cells += [("actual", y, a) for y, a in zip(_S_KPI_YEARS, actuals, strict=True)]
            cells.append(("target", _S_FINAL, final))
            for (metric, (label, year), text), n in zip(cells, nums, strict=True):
                value = None if n is None else float(n)
                rows.append(dict(common, metric=metric, year_label=label, fiscal_year=year,
                                 value=value, value_text=_fw(text)))  # fmt: skip
    return rows


KPI_VALUES_S = _kpi_rows_s()

# ------------------------------------------------------------------------- self-checks

assert len(BUSINESS_UNITS_S) == 2 and len(STRUCTURE_S) == 2
assert len(BUDGET_LINES_S) == 2 * (4 * 4 + 3) == 38
assert len(KPI_VALUES_S) == 2 * 2 * 7 == 28
_TO_ASCII = str.maketrans("０１２３４５６７８９，．▲", "0123456789,.-")
assert all(
    (n is None and t == DASH) or float(t.translate(_TO_ASCII).replace(",", "")) == n
    for r in KPI_VALUES_S
    for n, t in [(r["value"], r["value_text"])]
)
assert all(
    (yen is None and text == DASH) or int(text.translate(_TO_ASCII).replace(",", "")) == yen
    for _u, _i, _y, _b, _l, yen, text, _p in BUDGET_LINES_S
)
# The sheets' own arithmetic: 最終 = 当初 + 補正; 増減 = 決算 − the year before's 決算;
# the 財源内訳 adds up to the latest 決算額.
for _unit, _rows in _S_YEN.items():
    assert all(f == a + (b or 0) for a, b, f, _d in _rows)
    _settled = [r[3] for r in _rows]
    assert all(d == s - p for d, s, p in zip(_S_DIFF[_unit][1:], _settled[1:], _settled[:-1],
                                             strict=True))  # fmt: skip
    assert sum(y for _t, y in _S_SOURCE[_unit]) == _settled[-1]
