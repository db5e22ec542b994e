"""Expected values for the TWENTY-FIRST blind held-out document (fictional ことのは市).

``tests/fixtures/heldout21/template_ab_writer.pdf`` (an HTML file of ruled tables →
LibreOffice WRITER → .odt → PDF, 6 A4-portrait pages) is a ``2024年度　事務事業評価書``
book of a city printed with WESTERN YEARS ONLY (no era anywhere): a COVER (page 1: the
title line, ``（2023年度実施事業）`` on its own line, ``ことのは市``, ``2024年9月``,
``企画部　行政改革推進課``), a 目次 table (page 2: ``事業番号 | 事業名 | 所管部 | 所管課 |
ページ``, three rows, pages ``3`` ``4`` ``6``), then three 事務事業評価シート: sheet 1 on
page 3, sheet 2 over pages 4–5 (its indicators and 評価 on a page headed
``事務事業評価シート（続き）`` that repeats only ``事業番号 | 0305 | 事業名 | …``), sheet 3
on page 6. Each sheet: a ruled label | value header (``事業番号 | 0211 | 事業名 | …``,
``所管部 | … | 所管課 | …``, ``政策 | ２　…``, ``施策 | ２－１　…``, ``根拠法令 | …``,
``事業の性質 | ●法定　○任意 | 事業期間 | 2008年度～``, ``事業の概要（目的・内容）`` with its
text wrapped over two or three lines); ``■事業費の推移`` with ``（単位：円）`` above the
table at the right and a cost table whose FUNDING SOURCES RUN ACROSS (a ``財源内訳`` cell
merged over ``国庫支出金 | 県支出金 | 地方債 | その他 | 一般財源``, then ``合計`` merged over
both header rows, ``区分`` at the left) and whose YEARS RUN DOWN (``2023年度（決算）``,
``2024年度（見込）``, ``2025年度（計画）``), amounts in 円 such as ``18,642,000`` and
``－`` cells; ``■指標の推移``, a table ``区分 | 指標名 | 単位 | (blank header) | 2022年度 |
2023年度 | 2024年度`` with ``活動指標`` / ``成果指標`` merged down each group, name and 単位
merged over the indicator's ``目標`` / ``実績`` rows, ``－`` (sheets 1–2) or BLANK (sheet
3) 2024年度 実績 cells and a ※ note under it; ``■評価`` with ● / ○ grades (必要性 / 有効性 /
効率性 ``●高い　○普通　○低い``), ``今後の方向性 | ○拡充　●継続　○縮小　○廃止`` and
改善内容 prose. Every page's footer prints the folio ``- n -`` (here equal to the PDF
page). The values below were typed by hand from the pages rendered to PNG (looked at),
written before the parser was run (its source never read); nothing is imported from the
generator (``tests/fixtures/heldout21/make_heldout21.py``) or produced by a parser. If a
parser and the generator agree with each other but not with this file, this file wins.

Conventions: data contract v1.1 and the unit-sheet conventions of ``heldout11.py`` R
(Western years) / ``heldout15.py`` V (cover and 目次) / ``heldout19.py`` Z:
``value_text`` the cell exactly as read (``－`` U+FF0D kept; a blank cell is ``""``);
every other text field NFKC (full-width digits folded, ``　`` → space).

Judgement calls, template AB (ことのは市, Writer from HTML; the lead may revisit each):

AB1. ``doc_type`` ``policy_evaluation``; ``municipality`` ``ことのは市`` from the cover (the
     only place the city is printed as such; sheet 2's 根拠法令 ``ことのは市高齢者移動支援
     タクシー助成事業実施要綱`` names it inside a 要綱's name, which alone would not count).
     The cover's ``企画部　行政改革推進課`` is the section that edits the book (no unit's
     department) and its ``2024年9月`` (the date of issue) gives nothing.
AB2. ``title`` the cover's title line ``2024年度　事務事業評価書`` → NFKC ``2024年度
     事務事業評価書``; ``（2023年度実施事業）`` printed on its OWN line under it names the
     year of the work evaluated and is not part of the title (heldout15.py V2).
     ``fiscal_year`` 2024, the evaluation's own 年度; Western years need no era (R2). The
     sheets' headings ``事務事業評価シート`` / ``事務事業評価シート（続き）`` are not the title;
     the PDF's metadata title (``事務事業評価書``, no year) is not printed and does not count.
AB3. Page 2, the 目次, gives NO rows: its 事業名 / 所管部 / 所管課 cells are not units or
     departments and its ``ページ`` numbers are not money or indicators (V3, heldout4.py
     H2). The folios ``- 1 -`` … ``- 6 -`` are furniture.
AB4. ``name`` the cell right of ``事業名``. The ``事業番号`` (``0211``, ``0305``, ``0512``) is
     a number of the book, not the unit's number within its 施策: ``unit_no`` None
     (heldout11.py R3, heldout12.py S3), and it is not part of the name. It is the
     unit's code, kept as printed in the addition ``unit_code`` (``UNIT_CODES_AB``).
AB5. ``department``: ``所管部 | こども未来部 | 所管課 | こども支援課`` → the 部 and the 課
     joined with ``・``: ``こども未来部・こども支援課`` (R4); sheets 2, 3
     ``健康福祉部・高齢福祉課``, ``産業振興部・農林課``.
AB6. ``施策 | ２－１　子育て支援の充実`` under ``政策 | ２　子どもを安心して産み育てられるまち``:
     ``measure_no`` 1 (the 施策's own number in the compound ``2-1``, R5 / Z5); sheets 2, 3
     ``３－４`` → 4, ``５－２`` → 2. STRUCTURE one ``measure`` node per sheet (the book
     rule, heldout6.py L5): ``number`` ``2-1`` (NFKC), ``title`` ``子育て支援の充実``,
     ``parent_number`` the 政策 row's ``2``, on the sheet's first page (3, 4, 6). No
     policy node. KPI ``context`` ``施策2-1 子育て支援の充実`` (the row's label word, the
     number NFKC, one space, the title).
AB7. ``legal_basis`` from ``事業の性質 | ●法定　○任意`` → ``法定`` (sheet 1); sheets 2, 3
     ``○法定　●任意`` → ``自主`` (任意 is read as 自主, v1.1 and heldout12.py S6). The
     ``根拠法令`` cell (a law's or a 要綱's name) and ``事業期間`` (``2008年度～`` …) give
     nothing: their years are no budget or indicator years.
AB8. ``next_year_policy`` the ● option of ``今後の方向性 | ○拡充　●継続　○縮小　○廃止``:
     sheets 1–3 ``継続``, ``拡充``, ``縮小``. Sheet 2's is printed on its second page
     (page 5, under the repeated ``事業番号 | 事業名`` row): it is the unit's (page 4),
     that row is not a new unit (heldout12.py S11). The ● grades of 必要性 / 有効性 /
     効率性, their 評価の理由 and the 改善内容・今後の取組 prose give nothing (``2025年度``,
     ``１か所``, ``７０歳以上`` in prose are not read).
AB9. ``summary`` the whole ``事業の概要（目的・内容）`` cell (the contract's 概要（目的・内容）:
     one cell holding the purpose and the means), its wrapped lines joined with nothing
     between them, NFKC (``市内１４か所`` → ``市内14か所``, ``７５歳以上`` → ``75歳以上``,
     ``１枚５００円`` → ``1枚500円``, ``年間２４枚`` → ``年間24枚``). ``is_priority``,
     ``population_goal`` None, ``sdg_targets`` [] (not printed).
AB10. Budget lines: the YEARS RUN DOWN and the funding sources run across. The row
     label gives fiscal_year and basis: ``2023年度（決算）`` → (2023, 決算, basis_label
     ``決算``); ``2024年度（見込）`` → (2024, 見込み, ``見込``); ``2025年度（計画）`` → (2025,
     見込み, ``計画``): a next-year plan figure is a projection, not a passed budget
     (heldout6.py L12). ``item`` the column header as printed: the five sources
     ``国庫支出金``, ``県支出金``, ``地方債``, ``その他``, ``一般財源`` (the group header
     ``財源内訳`` merged over them is not part of them, v1.1) and ``合計`` (the sheet's
     total, as printed: item keeps the label, v1.1). The header cell ``区分`` is no item.
     6 items × 3 years = 18 lines per sheet, 54 in all, on the page of the table (3, 4,
     6: sheet 2's cost table is on its first page).
AB11. ``（単位：円）`` above the table at the right → × 1 (``18,642,000`` → 18,642,000
     yen). ``－`` cells (sheet 1's 地方債; sheet 2's 国庫支出金, 地方債, その他; sheet 3's
     国庫支出金 and 2025年度 地方債) → amount None, value_text ``－``.
AB12. KPI rows: kind from the ``区分`` cell merged down its group (``活動指標`` →
     ``activity``, ``成果指標`` → ``outcome``), ``kpi_name`` the ``指標名`` cell merged over
     the indicator's two rows (``経営管理の委託を受けた森林面積（累計）`` keeps its bracket,
     NFKC ``(累計)``, heldout6.py L14), ``unit`` the ``単位`` cell NFKC (``箇所``, ``人``,
     ``枚``, ``％`` → ``%``, ``ha``), ``subject`` the sheet's unit, ``kpi_no`` None,
     qualifier None. The row label in the column with the BLANK header: ``目標`` →
     ``target``, ``実績`` → ``actual``. Columns ``2022年度`` / ``2023年度`` / ``2024年度`` →
     2022–2024, ``year_label`` as printed ``2022年度`` (the small gap Writer sets between
     the Latin digits and 年度 is spacing, not a printed space; a text layer may show one).
     6 rows per indicator; 3 + 3 + 2 = 8 indicators, 48 rows.
AB13. The 2024年度 実績 (the year not closed, the ※ note): sheets 1, 2 print ``－`` → value
     None, value_text ``－``; sheet 3 leaves the cells BLANK (its note says ``（空欄）``) →
     value None, value_text ``""`` (heldout15.py V12: a blank cell is a row).
AB14. Pages: cover 1, 目次 2, sheet 1 page 3, sheet 2 pages 4–5, sheet 3 page 6. A unit,
     its budget lines and its structure node on the sheet's first page; KPI rows on the
     page of their table: sheet 2's on page 5 (heldout6.py L15).
"""

from __future__ import annotations

AB_PDF = "template_ab_writer.pdf"
AB_PAGE_COUNT = 6
DASH = "\uff0d"  # － FULLWIDTH HYPHEN-MINUS, as the sheets print "none"
BLANK = ""

DOCUMENT_AB = dict(
    doc_type="policy_evaluation",
    municipality="ことのは市",
    title="2024年度 事務事業評価書",
    fiscal_year=2024,
)

# (business_unit, item, fiscal_year, basis, basis_label, amount_yen, value_text, page)
BudgetLine = tuple[str, str, int, str, str, "int | None", str, int]

_AB1 = "放課後児童クラブ運営事業"
_AB2 = "高齢者移動支援タクシー助成事業"
_AB3 = "森林環境整備促進事業"
_AB_PAGE = {_AB1: 3, _AB2: 4, _AB3: 6}  # the sheet's first page
_AB_KPI_PAGE = {_AB1: 3, _AB2: 5, _AB3: 6}  # the page of its indicator table
# unit → (施策 number NFKC, 施策 title, 政策 number)
_AB_MEASURE = {_AB1: ("2-1", "子育て支援の充実", "2"),
               _AB2: ("3-4", "高齢者福祉の充実", "3"),
               _AB3: ("5-2", "農林業の振興", "5")}  # fmt: skip
KPI_CONTEXT_AB = {u: f"施策{n} {t}" for u, (n, t, _p) in _AB_MEASURE.items()}
# unit → (department, legal_basis, next_year_policy, summary)
_AB_CARD = {
    _AB1: ("こども未来部・こども支援課", "法定", "継続",
           "保護者が就労等により昼間家庭にいない小学生に対し、放課後や長期休業中に適切な遊びと生活の場を提供し、児童の健全な育成を図る。"
           "市内14か所の放課後児童クラブの運営を社会福祉法人等に委託する。"),
    _AB2: ("健康福祉部・高齢福祉課", "自主", "拡充",
           "運転免許証を返納した高齢者や自家用車を持たない高齢者の通院や買物等の外出を支援するため、タクシー運賃の一部を助成する。"
           "75歳以上の市民に1枚500円の助成券を年間24枚まで交付する。"),
    _AB3: ("産業振興部・農林課", "自主", "縮小",
           "森林環境譲与税を活用し、手入れが行き届かない私有人工林の間伐や作業道の整備を支援して、森林の持つ公益的機能の維持・増進を図る。"
           "森林所有者への意向調査を行い、市への経営管理の委託を希望する森林から順に整備を進める。"),
}  # fmt: skip

BUSINESS_UNITS_AB: list[dict[str, object]] = [
    dict(name=u, department=dept, measure_no=int(_AB_MEASURE[u][0].split("-")[1]), unit_no=None,
         legal_basis=legal, next_year_policy=policy, is_priority=None, population_goal=None,
         sdg_targets=[], summary=summary, page=_AB_PAGE[u])
    for u, (dept, legal, policy, summary) in _AB_CARD.items()
]  # fmt: skip

# Addition (business_units.unit_code, not in the harness's UNIT_FIELDS; tests/test_unit_codes.py):
# each sheet's ``事業番号`` cell as printed, the leading zero kept (AB4: it stays no unit_no).
UNIT_CODES_AB: dict[str, str] = {
    "放課後児童クラブ運営事業": "0211",
    "高齢者移動支援タクシー助成事業": "0305",
    "森林環境整備促進事業": "0512",
}

STRUCTURE_AB = [
    dict(level="measure", number=n, title=t, parent_number=p, page=_AB_PAGE[u])
    for u, (n, t, p) in _AB_MEASURE.items()
]

# ------------------------------------------------------------------------- budget lines

_AB_ITEMS = ("国庫支出金", "県支出金", "地方債", "その他", "一般財源", "合計")
# the row labels down the side: (fiscal_year, basis, basis_label)
_AB_ROWS = ((2023, "決算", "決算"), (2024, "見込み", "見込"), (2025, "見込み", "計画"))
# As printed (円), per sheet: one tuple per year row × the six columns (_AB_ITEMS order).
_AB_COST: dict[str, tuple[tuple[str, ...], ...]] = {
    _AB1: (("18,642,000", "18,642,000", DASH, "31,450,800", "24,781,535", "93,516,335"),
           ("19,815,000", "19,815,000", DASH, "32,104,000", "26,930,000", "98,664,000"),
           ("21,270,000", "21,270,000", DASH, "33,600,000", "29,845,000", "105,985,000")),
    _AB2: ((DASH, "1,250,000", DASH, DASH, "9,874,500", "11,124,500"),
           (DASH, "1,250,000", DASH, DASH, "11,206,000", "12,456,000"),
           (DASH, "1,300,000", DASH, DASH, "12,650,000", "13,950,000")),
    _AB3: ((DASH, "2,400,000", "8,000,000", "15,326,000", "1,204,870", "26,930,870"),
           (DASH, "2,400,000", "6,500,000", "17,080,000", "985,000", "26,965,000"),
           (DASH, "1,800,000", DASH, "16,500,000", "1,020,000", "19,320,000")),
}  # fmt: skip
# The amounts in 円, typed separately (None = －), same layout.
_AB_YEN: dict[str, tuple[tuple[int | None, ...], ...]] = {
    _AB1: ((18642000, 18642000, None, 31450800, 24781535, 93516335),
           (19815000, 19815000, None, 32104000, 26930000, 98664000),
           (21270000, 21270000, None, 33600000, 29845000, 105985000)),
    _AB2: ((None, 1250000, None, None, 9874500, 11124500),
           (None, 1250000, None, None, 11206000, 12456000),
           (None, 1300000, None, None, 12650000, 13950000)),
    _AB3: ((None, 2400000, 8000000, 15326000, 1204870, 26930870),
           (None, 2400000, 6500000, 17080000, 985000, 26965000),
           (None, 1800000, None, 16500000, 1020000, 19320000)),
}  # fmt: skip


def _budget_lines_ab() -> list[BudgetLine]:
    lines: list[BudgetLine] = []
    for unit, rows in _AB_COST.items():
        for (year, basis, label), texts, yens in zip(_AB_ROWS, rows, _AB_YEN[unit], strict=True):
            for item, text, yen in zip(_AB_ITEMS, texts, yens, strict=True):
                lines.append((unit, item, year, basis, label, yen, text, _AB_PAGE[unit]))
    return lines


BUDGET_LINES_AB = _budget_lines_ab()

# ------------------------------------------------------------------------- indicators

_AB_YEARS = (("2022年度", 2022), ("2023年度", 2023), ("2024年度", 2024))
# unit → indicators (kind, name, unit, rows 目標 / 実績 as printed 2022 2023 2024, the
# same as numbers)
Indicator = tuple[str, str, str, tuple[tuple[str, ...], ...], tuple[tuple[float | None, ...], ...]]
_AB_KPI: dict[str, tuple[Indicator, ...]] = {
    _AB1: (("activity", "放課後児童クラブの設置数", "箇所",
            (("13", "14", "15"), ("13", "14", DASH)),
            ((13, 14, 15), (13, 14, None))),
           ("activity", "放課後児童支援員等研修の受講者数", "人",
            (("40", "45", "50"), ("38", "47", DASH)),
            ((40, 45, 50), (38, 47, None))),
           ("outcome", "放課後児童クラブの待機児童数", "人",
            (("10", "5", "0"), ("18", "9", DASH)),
            ((10, 5, 0), (18, 9, None)))),
    _AB2: (("activity", "助成券の交付者数", "人",
            (("1,800", "2,000", "2,200"), ("1,742", "2,086", DASH)),
            ((1800, 2000, 2200), (1742, 2086, None))),
           ("outcome", "助成券の利用枚数", "枚",
            (("21,000", "24,000", "27,000"), ("19,835", "25,412", DASH)),
            ((21000, 24000, 27000), (19835, 25412, None))),
           ("outcome", "外出の機会が増えたと回答した利用者の割合", "%",
            (("70.0", "72.0", "75.0"), ("68.4", "74.1", DASH)),
            ((70.0, 72.0, 75.0), (68.4, 74.1, None)))),
    _AB3: (("activity", "間伐実施面積", "ha",
            (("30.0", "35.0", "40.0"), ("27.5", "36.2", BLANK)),
            ((30.0, 35.0, 40.0), (27.5, 36.2, None))),
           ("outcome", "経営管理の委託を受けた森林面積(累計)", "ha",
            (("60", "90", "120"), ("52", "88", BLANK)),
            ((60, 90, 120), (52, 88, None)))),
}  # fmt: skip
_AB_METRICS = ("target", "actual")


def _kpi_rows_ab() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for unit, indicators in _AB_KPI.items():
        for kind, name, kpi_unit, texts, numbers in indicators:
            for metric, row_texts, row_numbers in zip(_AB_METRICS, texts, numbers, strict=True):
                for (label, year), text, n in zip(_AB_YEARS, row_texts, row_numbers, strict=True):
                    rows.append(dict(
                        kind=kind, subject=unit, context=KPI_CONTEXT_AB[unit], kpi_no=None,
                        kpi_name=name, unit=kpi_unit, page=_AB_KPI_PAGE[unit], metric=metric,
                        year_label=label, fiscal_year=year,
                        value=None if n is None else float(n), value_text=text, qualifier=None,
                    ))  # fmt: skip
    return rows


KPI_VALUES_AB = _kpi_rows_ab()

# ------------------------------------------------------------------------- self-checks

assert len(BUSINESS_UNITS_AB) == 3 and len(STRUCTURE_AB) == 3
assert list(UNIT_CODES_AB) == [u["name"] for u in BUSINESS_UNITS_AB]
assert [u["measure_no"] for u in BUSINESS_UNITS_AB] == [1, 4, 2]
assert len(BUDGET_LINES_AB) == 3 * 3 * 6 == 54
assert len(KPI_VALUES_AB) == 8 * 6 == 48
assert all(
    (n is None and t in (DASH, BLANK)) or float(t.replace(",", "")) == n
    for r in KPI_VALUES_AB
    for n, t in [(r["value"], r["value_text"])]
)
assert all(
    (yen is None and text == DASH) or yen == int(text.replace(",", ""))
    for _u, _i, _y, _b, _l, yen, text, _p in BUDGET_LINES_AB
)
# The sheets' own arithmetic: 合計 = the five 財源内訳 columns.
for _rows in _AB_YEN.values():
    for *_sources, _total in _rows:
        assert sum(v or 0 for v in _sources) == _total
