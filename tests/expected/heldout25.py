"""Expected values for the TWENTY-FIFTH blind held-out document (fictional ゆきしろ市).

``tests/fixtures/heldout25/template_af_designed.pdf`` (drawn with PyMuPDF as a
desktop-publishing tool exports a DESIGNED form, 2 A4-portrait pages, one sheet each) is
a ``令和６年度　事務事業評価シート`` book of a city with NO RULING LINES AT ALL: every table
cell is a filled rectangle (label cells light grey-blue, value cells white) set on a pale
tinted ROUNDED section panel, cells kept apart only by 1.5-pt gutters where the pale
panel shows; nothing on the pages is stroked. Each page: a dark rounded header band
printing the title ``令和６年度　事務事業評価シート`` in white at its left and ``ゆきしろ市`` at
its right, ``（令和５年度実施事業）`` small under the band at the right; four panels, each
titled with a small dark bar before it: ``（１）事業の概要`` (label | value pairs ``事業名 |
…`` (the name printed larger), ``所管課 | … | 事業開始年度 | …`` (that value right-aligned
in its wide cell), a ``総合計画`` label cell spanning two rows ``基本目標 | ３　…`` and ``施策 |
３－１　…``, ``根拠法令 | …``, ``目的・内容 | …`` over two wrapped lines);
``（２）事業費の推移（千円）`` (the unit only in the panel title; a cost table ``区分 |
令和４年度決算 | 令和５年度決算 | 令和６年度予算`` with the rows 事業費 / 国県支出金 / 地方債 /
その他 / 一般財源, every number right-aligned in a cell far wider than it, ``－`` cells,
sheet 2's ``▲86`` and a ※ note under its table); ``（３）成果指標`` (``区分 | 指標名 | 単位 |
(blank header) | 令和４年度 | 令和５年度 | 令和６年度``, ``活動指標`` / ``成果指標`` label
cells spanning their group's rows, the name and the 単位 spanning each indicator's
``目標`` / ``実績`` sub-rows, ``－`` cells, a ※ note under it); ``（４）評価`` (a ``評価`` paragraph
and ``今後の方向性`` printed as five pills ``拡充　継続　改善　縮小　廃止``: the chosen one a
DARK NAVY pill with WHITE text, the other four pale grey pills with grey text; no ●, ■,
☑ or other glyph marks it). A folio ``- 1 -`` / ``- 2 -`` at the foot of each page. The
values below were typed by hand from the pages rendered to PNG (looked at), written
before the parser was run (its source never read); nothing is imported from the
generator (``tests/fixtures/heldout25/make_heldout25.py``) or produced by a parser. If a
parser and the generator agree with each other but not with this file, this file wins.

Conventions: data contract v1.1 and the unit-sheet conventions of ``heldout19.py`` Z /
``heldout21.py`` AB: ``value_text`` the cell exactly as read (``－`` U+FF0D and ``▲`` kept);
every other text field NFKC (full-width digits and brackets folded, ``　`` → space).

Judgement calls, template AF (ゆきしろ市, designed form of fills only; the lead may revisit
each):

AF1. ``doc_type`` ``policy_evaluation``; ``municipality`` ``ゆきしろ市``, printed at the right
     of the header band on every page (the only place the city is named).
AF2. ``title`` the header band's title ``令和６年度　事務事業評価シート`` → NFKC ``令和6年度
     事務事業評価シート`` (white text on the dark band: the colour of a print does not
     change what it says); ``fiscal_year`` 2024, the evaluation's own 年度. The line
     ``（令和５年度実施事業）`` under the band names the year of the work evaluated and is
     not part of the title (heldout15.py V2, heldout19.py Z2). The PDF's metadata title
     (``事務事業評価シート``, no year) is not printed and does not count.
AF3. With no rules, a cell is its filled rectangle: a label's value is the white cell
     right of the label cell in the same band of the panel, and a label cell as tall as
     several rows (``総合計画``, ``活動指標``, an indicator's name) spans them, as a merged
     ruled cell does. The panels' titles ``（１）事業の概要`` … ``（４）評価`` are the sheet's
     own headings: no structure node (the book rule, one node per sheet, heldout6.py L5)
     and no KPI context. The folios ``- 1 -`` / ``- 2 -`` are furniture.
AF4. ``name`` the cell right of ``事業名``; ``unit_no`` None (no number printed).
AF5. ``department`` the cell right of ``所管課``: ``こども家庭課``, ``農政課`` (a city sheet
     printing no 部; nothing to join).
AF6. ``総合計画`` spans ``基本目標 | ３　子どもを安心して産み育てられるまち`` over ``施策 |
     ３－１　子育て支援の充実``: ``measure_no`` 1 (the 施策's own number in the compound
     ``3-1``, heldout19.py Z5 / heldout21.py AB6); sheet 2 ``５－２`` → 2. STRUCTURE one
     ``measure`` node per sheet, ``number`` ``3-1`` (NFKC), ``title`` ``子育て支援の充実``,
     ``parent_number`` the 基本目標 row's ``3`` (Z5), on the sheet's page; no
     policy_goal node. KPI ``context`` ``施策3-1 子育て支援の充実`` (the row's label word,
     the number NFKC, one space, the title).
AF7. ``legal_basis`` None on both sheets: ``根拠法令`` names a law (``子ども・子育て支援法
     第５９条``, ``市民農園整備促進法``) but no 法定 / 自主 choice is printed (heldout19.py
     Z6). ``事業開始年度 | 平成２７年度`` (right-aligned at the far end of its cell) gives
     nothing: no budget or indicator year.
AF8. ``next_year_policy`` the option whose pill is filled DARK (navy, white text) among
     the five printed ``拡充　継続　改善　縮小　廃止``: sheet 1 ``改善``, sheet 2 ``継続``. The
     mark is the fill behind the word, not a glyph: it marks the word as a circle drawn
     around it does (v1.1 marked choices). The pale pills behind the four others are not
     marks (every option has one; only one is dark), so a reader that sees no mark must
     give None, never the first option. ``改善`` is a word of the printed list and is kept
     as printed (v1.1). The 評価 paragraph gives nothing (``令和７年度``, ``ＷＥＢ``,
     ``令和６年度`` in prose are not read).
AF9. ``summary`` the whole ``目的・内容`` cell (the contract's 概要（目的・内容）), its two
     wrapped lines joined with nothing between them, NFKC (``２か所`` → ``2か所``, ``３か所``
     → ``3か所``, ``（全２４０区画）`` → ``(全240区画)``). ``is_priority``,
     ``population_goal`` None, ``sdg_targets`` [] (not printed).
AF10. Budget lines: the one-line column headers give year and basis: ``令和４年度決算`` →
     (2022, 決算, basis_label ``決算``), ``令和５年度決算`` → (2023, 決算, ``決算``),
     ``令和６年度予算`` → (2024, 予算, ``予算``). ``item`` the row label as printed:
     ``事業費``, ``国県支出金``, ``地方債``, ``その他``, ``一般財源`` (the header ``区分`` is no
     item). 5 items × 3 years = 15 lines per sheet, 30 in all, on the sheet's page.
AF11. ``（千円）`` at the end of the panel title ``（２）事業費の推移（千円）`` is the table's
     unit → × 1,000 (``18,420`` → 18,420,000 yen). ``－`` cells (地方債 on sheet 1; 国県支出金
     and 地方債 of 令和４・５年度 on sheet 2) → amount None, value_text ``－``. Sheet 2's
     令和４年度決算 一般財源 ``▲86`` → −86,000, value_text ``▲86``. The ※ note under sheet
     2's table (quoting ``「▲86」`` and ``令和４年度決算``) gives nothing.
AF12. KPI rows: ``kind`` from the ``区分`` label cell spanning the group (``活動指標`` →
     ``activity``, ``成果指標`` → ``outcome``: the panel's title ``（３）成果指標`` does not make
     the activity rows outcomes), ``kpi_name`` the 指標名 cell spanning the indicator's
     two sub-rows (sheet 2's last name wraps over two lines in its cell, joined:
     ``利用者アンケートで「満足」と回答した利用者の割合``; ``「」`` are no compatibility
     characters and stay), ``unit`` the 単位 cell NFKC (``日``, ``回``, ``人``, ``区画``,
     ``％`` → ``%``) on both sub-rows, ``subject`` the sheet's unit, ``kpi_no`` None,
     qualifier None. The sub-row label under the BLANK header cell: ``目標`` → target,
     ``実績`` → actual. Columns ``令和４年度`` … → 2022–2024, ``year_label`` NFKC
     ``令和4年度``. 6 rows per indicator; 4 + 4 = 8 indicators, 48 rows.
AF13. ``－`` cells → value None, value_text ``－``: every 令和６年度 実績 (the year not closed,
     the ※ note ``※令和６年度の実績は、年度終了後に記入する。``) and sheet 2's last indicator's
     令和４年度 目標 and 実績 (set from 令和５年度). Percentages as printed without their
     sign (``90.0``) → 90.0.
AF14. Pages: sheet 1 page 1, sheet 2 page 2: a unit, its budget lines, KPI rows and
     structure node on its sheet's page.
"""

from __future__ import annotations

AF_PDF = "template_af_designed.pdf"
AF_PAGE_COUNT = 2
DASH = "\uff0d"  # － FULLWIDTH HYPHEN-MINUS, as the sheets print "none"

DOCUMENT_AF = dict(
    doc_type="policy_evaluation",
    municipality="ゆきしろ市",
    title="令和6年度 事務事業評価シート",
    fiscal_year=2024,
)

# (business_unit, item, fiscal_year, basis, basis_label, amount_yen, value_text, page)
BudgetLine = tuple[str, str, int, str, str, "int | None", str, int]

_AF1 = "病児・病後児保育事業"
_AF2 = "市民農園管理運営事業"
_AF_PAGE = {_AF1: 1, _AF2: 2}
# unit → (施策 number NFKC, 施策 title, 基本目標 number)
_AF_MEASURE = {_AF1: ("3-1", "子育て支援の充実", "3"),
               _AF2: ("5-2", "農業の振興と農地の保全", "5")}  # fmt: skip
KPI_CONTEXT_AF = {u: f"施策{n} {t}" for u, (n, t, _p) in _AF_MEASURE.items()}
# unit → (department, next_year_policy, summary)
_AF_CARD = {
    _AF1: ("こども家庭課", "改善",
           "保護者が就労等により家庭で保育できない病気の児童を一時的に預かり、子育てと就労の両立を支援する。"
           "市内の医療機関2か所に病児保育室の運営を委託し、利用料の一部を助成する。"),
    _AF2: ("農政課", "継続",
           "市民が土に親しみ、農業への理解を深める機会を提供するとともに、遊休農地の解消を図る。"
           "市内3か所の市民農園(全240区画)を管理運営し、利用者向けの栽培講習会を開催する。"),
}  # fmt: skip

BUSINESS_UNITS_AF: list[dict[str, object]] = [
    dict(name=u, department=dept, measure_no=int(_AF_MEASURE[u][0].split("-")[1]), unit_no=None,
         legal_basis=None, next_year_policy=policy, is_priority=None, population_goal=None,
         sdg_targets=[], summary=summary, page=_AF_PAGE[u])
    for u, (dept, policy, summary) in _AF_CARD.items()
]  # fmt: skip

STRUCTURE_AF = [
    dict(level="measure", number=n, title=t, parent_number=p, page=_AF_PAGE[u])
    for u, (n, t, p) in _AF_MEASURE.items()
]

# ------------------------------------------------------------------------- budget lines

_AF_ITEMS = ("事業費", "国県支出金", "地方債", "その他", "一般財源")
_AF_COLUMNS = ((2022, "決算", "決算"), (2023, "決算", "決算"), (2024, "予算", "予算"))
# As printed (千円), per sheet: one tuple per item row (in _AF_ITEMS order) × the three
# columns.
_AF_COST: dict[str, tuple[tuple[str, ...], ...]] = {
    _AF1: (("18,420", "19,106", "21,350"),
           ("12,280", "12,736", "14,232"),
           (DASH, DASH, DASH),
           ("1,032", "1,118", "1,200"),
           ("5,108", "5,252", "5,918")),
    _AF2: (("3,862", "4,105", "7,340"),
           (DASH, DASH, "1,500"),
           (DASH, DASH, "1,800"),
           ("3,948", "3,990", "4,020"),
           ("▲86", "115", "20")),
}  # fmt: skip
# The amounts in 円, typed separately (None = －), same layout.
_AF_YEN: dict[str, tuple[tuple[int | None, ...], ...]] = {
    _AF1: ((18420000, 19106000, 21350000), (12280000, 12736000, 14232000),
           (None, None, None), (1032000, 1118000, 1200000), (5108000, 5252000, 5918000)),
    _AF2: ((3862000, 4105000, 7340000), (None, None, 1500000), (None, None, 1800000),
           (3948000, 3990000, 4020000), (-86000, 115000, 20000)),
}  # fmt: skip


def _budget_lines_af() -> list[BudgetLine]:
    lines: list[BudgetLine] = []
    for unit, rows in _AF_COST.items():
        for item, texts, yens in zip(_AF_ITEMS, rows, _AF_YEN[unit], strict=True):
            for (year, basis, label), text, yen in zip(_AF_COLUMNS, texts, yens, strict=True):
                lines.append((unit, item, year, basis, label, yen, text, _AF_PAGE[unit]))
    return lines


BUDGET_LINES_AF = _budget_lines_af()

# ------------------------------------------------------------------------- indicators

_AF_YEARS = (("令和4年度", 2022), ("令和5年度", 2023), ("令和6年度", 2024))
# unit → indicators (kind, name, unit, rows 目標 / 実績 as printed R4 R5 R6, the same as
# numbers)
Indicator = tuple[str, str, str, tuple[tuple[str, ...], ...], tuple[tuple[float | None, ...], ...]]
_AF_KPI: dict[str, tuple[Indicator, ...]] = {
    _AF1: (("activity", "病児保育室の開設日数", "日",
            (("290", "290", "292"), ("286", "289", DASH)),
            ((290, 290, 292), (286, 289, None))),
           ("activity", "医療機関との連絡会議の開催回数", "回",
            (("2", "2", "3"), ("2", "3", DASH)),
            ((2, 2, 3), (2, 3, None))),
           ("outcome", "病児保育室の延べ利用者数", "人",
            (("1,500", "1,650", "1,800"), ("1,284", "1,712", DASH)),
            ((1500, 1650, 1800), (1284, 1712, None))),
           ("outcome", "病児保育を利用した保護者の満足度", "%",
            (("90.0", "90.0", "92.0"), ("88.5", "91.2", DASH)),
            ((90.0, 90.0, 92.0), (88.5, 91.2, None)))),
    _AF2: (("activity", "市民農園の管理区画数", "区画",
            (("240", "240", "240"), ("240", "240", DASH)),
            ((240, 240, 240), (240, 240, None))),
           ("activity", "栽培講習会の開催回数", "回",
            (("6", "6", "8"), ("6", "7", DASH)),
            ((6, 6, 8), (6, 7, None))),
           ("outcome", "市民農園の区画利用率", "%",
            (("90.0", "92.0", "95.0"), ("86.7", "93.3", DASH)),
            ((90.0, 92.0, 95.0), (86.7, 93.3, None))),
           ("outcome", "利用者アンケートで「満足」と回答した利用者の割合", "%",
            ((DASH, "80.0", "85.0"), (DASH, "82.4", DASH)),
            ((None, 80.0, 85.0), (None, 82.4, None)))),
}  # fmt: skip
_AF_METRICS = ("target", "actual")


def _kpi_rows_af() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for unit, indicators in _AF_KPI.items():
        for kind, name, kpi_unit, texts, numbers in indicators:
            for metric, row_texts, row_numbers in zip(_AF_METRICS, texts, numbers, strict=True):
                for (label, year), text, n in zip(_AF_YEARS, row_texts, row_numbers, strict=True):
                    rows.append(dict(
                        kind=kind, subject=unit, context=KPI_CONTEXT_AF[unit], kpi_no=None,
                        kpi_name=name, unit=kpi_unit, page=_AF_PAGE[unit], metric=metric,
                        year_label=label, fiscal_year=year,
                        value=None if n is None else float(n), value_text=text, qualifier=None,
                    ))  # fmt: skip
    return rows


KPI_VALUES_AF = _kpi_rows_af()

# ------------------------------------------------------------------------- self-checks

assert len(BUSINESS_UNITS_AF) == 2 and len(STRUCTURE_AF) == 2
assert [u["measure_no"] for u in BUSINESS_UNITS_AF] == [1, 2]
assert len(BUDGET_LINES_AF) == 2 * 5 * 3 == 30
assert len(KPI_VALUES_AF) == 8 * 6 == 48
assert all(
    (n is None and t == DASH) or float(t.replace(",", "")) == n
    for r in KPI_VALUES_AF
    for n, t in [(r["value"], r["value_text"])]
)
assert all(
    (yen is None and text == DASH) or yen == int(text.replace(",", "").replace("▲", "-")) * 1000
    for _u, _i, _y, _b, _l, yen, text, _p in BUDGET_LINES_AF
)
# The sheets' own arithmetic: 事業費 = 国県支出金 + 地方債 + その他 + 一般財源.
for _rows in _AF_YEN.values():
    _cost, *_sources = ([0 if v is None else v for v in r] for r in _rows)
    assert all(c == sum(s) for c, *s in zip(_cost, *_sources, strict=True))
