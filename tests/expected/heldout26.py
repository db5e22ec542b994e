# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""Expected values for the TWENTY-SIXTH blind held-out document (fictional ゆうなぎ町).

``tests/fixtures/heldout26/template_ag_columns.pdf`` (python-docx .docx → LibreOffice
Writer, 5 A4 pages, IPAex embedded) is a ``第２期ゆうなぎ町まち・ひと・しごと創生総合戦略``.
Page 1, a cover: the title, ``計画期間：令和５年度～令和９年度`` under it, ``令和５年３月`` and
``ゆうなぎ町``. Pages 2–3 are set in TWO newspaper columns: ``第１章　総合戦略の基本的な考え方``
(prose under ``１　策定の趣旨`` … ``４　効果検証の仕組み``), ``第２章　基本目標と具体的な施策``
(a lead paragraph, then per 基本目標 a heading ``基本目標N　題名`` with a rule under it,
``【基本的方向】`` prose, a BORDERED box ``【数値目標】`` over two lines ``NAME：現状値　…（年）
→目標値　…（年）``, and per 施策 ``（n）題名``, prose, ``【主な取組】`` with two ``・`` bullets
and two lines ``【重要業績評価指標（ＫＰＩ）】　NAME：現状値　…（令和４年度）→目標値　…
（令和９年度）``, each wrapping over two or three lines of its column) and
``第３章　総合戦略の推進に向けて`` (prose only; it ends half way down page 3's right
column). Page 4 is LANDSCAPE: ``【参考】重要業績評価指標（ＫＰＩ）の年度別目標`` over one
ruled table, two header rows ``基本目標 | 施策 | 指標名 | 単位 | 現状値（R4） | 年度別目標 |
目標値（R9）`` with ``R6 | R7 | R8`` under ``年度別目標``, the 基本目標 cells (``基本目標１`` over
the title) merged over four rows and the 施策 cells over two, twelve indicator rows of
half-width numbers, and a ※ note under it. Page 5 holds only a picture — a bar chart
``ゆうなぎ町の総人口の推移と将来推計`` whose title, axis, years and figures (``11,842`` …
``8,115``) are pixels — and the text caption ``図１　人口の推移`` under it. The folio
``－ n －`` is printed at the foot of every page, the cover's included. The values
below were typed by hand from the rendered pages (PNG at 80 and 130 dpi, looked at;
the text layer of page 5 checked to hold only the caption and the folio), written
before the parser was run (its source never read); nothing is imported from the
generator (``tests/fixtures/heldout26/make_heldout26.py``). If a parser and the
generator agree with each other but not with this file, this file wins.

Conventions: the strategy conventions of ``heldout7.py`` (M: KPIs as prose lines whose
values carry their own years), ``heldout16.py`` (W: ``基準値 …→目標値 …`` lines, the part
after the label word as value_text) and ``heldout24.py`` (AE): ``value_text`` as
printed (full-width digits, ``，`` ``．`` ``％`` ``▲`` ``累計`` and the bracketed year kept;
compared with whitespace removed), ``kpi_name`` and ``year_label`` NFKC with the wrap
joined, ``context`` ``基本目標N 題名`` for a 数値目標 and ``基本目標N 題名 / (n) 題名`` for a KPI.

Judgement calls, template AG (ゆうなぎ町, Writer columns; the lead may revisit each):

AG1. ``doc_type`` ``strategy``; ``municipality`` ``ゆうなぎ町`` (the title, the cover's last
     line). ``title`` the cover's title line alone, NFKC
     ``第2期ゆうなぎ町まち・ひと・しごと創生総合戦略``: the period under it is a LABELLED line
     (``計画期間：…``), not a bracket, so it is not part of the title (T1 / W1; M1 keeps
     a bracketed period). ``fiscal_year`` 2023, the plan's first year (令和５年度; M1, W1).
AG2. No rows and no nodes from: the cover; 第１章 (its prose prints ``9,188人（令和２年国勢
     調査）``, ``約2,650人``, ``約8,100人``, ``6,000人程度``, ``令和42年``: values inside
     prose are not read, contract v1.1); the chapter headings ``第１章`` / ``第２章`` /
     ``第３章`` and their numbered sub-headings ``１　策定の趣旨`` … ``５　ＳＤＧｓの視点``
     (chapters, not 基本目標 or 施策; M2); the 第２章 lead paragraph; ``【基本的方向】`` and
     ``【主な取組】`` with their prose and ``・`` bullets; the caption ``【数値目標】`` on the
     box's first line; 第３章; the table's title line and its ※ note; the folios.
AG3. The IMAGE page (page 5): its chart is a raster picture, its words and figures are
     pixels, not text: it gives no rows (the contract reads the text of a page; nothing
     is OCRed) and no node; the caption ``図１　人口の推移`` is a figure caption, not a
     heading, and gives no node either. The page is not a scanned page: it has a text
     layer (the caption, the folio), and nothing that was read is dropped, so it does
     not make the document ``partial``: status ``ok`` with no error; ``page_count`` 5.
AG4. STRUCTURE, from the headings on pages 2–3 only: ``基本目標N　題名`` → level ``pillar``,
     number ``N`` (NFKC), no parent; ``（n）題名`` → level ``section``, number ``(n)``,
     parent the goal's number. Pages: 基本目標１, its (1) and (2), 基本目標２, its (1)
     and (2) page 2 (基本目標１ (1)'s heading ends the left column, its bullets and KPIs
     head the right one); 基本目標３, its (1) and (2) page 3. The landscape table's merged
     基本目標 / 施策 cells repeat the outline already printed: no second set of nodes (as a
     目次 repeating the headings gives none, M2). ``text`` not scored.
AG5. The 数値目標 box lines → kind ``numerical_target``, context ``基本目標N 題名``, kpi_no
     None; ``kpi_name`` the text before ``：``. ``現状値　X（Y）`` → metric ``baseline``: the
     contract's default for 現状値 (its ``baseline (現状値)``); this is a PLAN, whose 現状値
     is the value at its start, and no 基準値 is printed anywhere (unlike a progress
     report, AE5). ``目標値　X（Y）`` → metric ``target``. Each value carries its own year
     (contract v1.1): ``year_label`` the bracket NFKC — ``令和4年度`` 2022, ``令和9年度``
     2027, calendar years ``令和4年`` 2022 / ``令和9年`` 2027 (read like a 年度, M4), and
     農業産出額's ``令和3年`` 2021 → ``令和8年`` 2026 (the print wins over the plan's last
     year, M4). ``value_text`` the part after the label word and its space, year included
     (``３，２１０人（令和４年度）``, W5).
AG6. The inline KPI lines ``【重要業績評価指標（ＫＰＩ）】　NAME：現状値　…→目標値　…`` →
     kind ``kpi``, context ``基本目標N 題名 / (n) 題名`` (the 施策 heading above them),
     kpi_no None (the label carries no number), ``kpi_name`` the text between the
     label's full-width space and ``：``, NFKC, the column wrap joined: every KPI line
     wraps, and the name itself breaks over the wrap in most (``新規就農者数：現|状値``,
     ``スマート農業機器|を導入した経営体数``, ``地域おこし協力隊|員の任期終了後の町内定住者数``,
     ``ワーケーション施|設の年間利用者数``, ``子育て支援セン|ターの年間利用者数`` …); years and
     value_text as AG5 (``８経営体（令和４年|度）`` wraps inside its bracket: joined).
AG7. The landscape table (page 4): kind ``kpi`` (its title, its 施策 column); context
     from its merged cells, ``基本目標N 題名 / (n) 題名`` — the 基本目標 cell prints
     ``基本目標１`` over the title, the 施策 cell ``（１）題名``, both wrapped, joined: the same
     strings as the headings give. ``kpi_name`` the 指標名 cell (wrapped, joined); ``unit``
     the 単位 cell NFKC (``％`` → ``%``). ``現状値（R4）`` → ``baseline``, year_label ``R4``
     2022 (AG5). The three columns under the two-row header ``年度別目標`` → metric
     ``target`` (年度別目標 = the target for each year; the ※ note: ``年度別目標は、各年度末
     までに達成を目指す値``), year_label ``R6`` / ``R7`` / ``R8`` → 2024 / 2025 / 2026, not
     plan values nor forecasts. ``目標値（R9）`` → ``target``, ``R9`` 2027. ``value_text`` the
     bare cell (``4,820``), qualifier None on every table row (新規就農者数 included: the
     cell prints no 累計; only the ※ note says so). page 4.
AG8. The table repeats, for each of the 12 KPIs, the 現状値 and 目標値 printed inline on
     pages 2–3. Each printed cell is a row of its own (contract: a row is one printed
     cell; nothing read is dropped): every (name, ``baseline``, 2022) and (name,
     ``target``, 2027) occurs TWICE — first the inline row (page 2 or 3, full-width
     value_text with its year, 累計 as its qualifier), then the table row (page 4, bare
     value_text); the same value, unit and context. (The alternative, one row per
     indicator, year and metric, is the lead's to choose; the 24 table rows of R4 / R9
     would go.) The 数値目標 are not in the table.
AG9. Numbers: full-width digits and separators read (``３，２１０`` → 3210, ``２４．６`` →
     24.6); ``▲８５人`` → −85 (▲ negative); ``０人`` → 0.0; ``３８．６万人`` → 38.6, unit
     ``万人``; ``２４．６億円`` → unit ``億円``; ``６８．２％`` → 68.2, unit ``%``; ``累計１２人`` /
     ``累計３０人`` (新規就農者数, inline) → 12 / 30, unit ``人``, qualifier ``累計``; every
     other row qualifier None. Units inline as printed after the number (人, 経営体, 件,
     組, %). No dash, blank or word values in this document.
AG10. ``page`` the page the line or table row is printed on: the KPIs of 基本目標２ (2)
     straddle the page break — ふるさと納税の寄附件数 ends page 2's right column,
     ワーケーション施設の年間利用者数 heads page 3's left one (same context). No business
     units, no budget lines, no rejects.
"""

from __future__ import annotations

import unicodedata

AG_PDF = "template_ag_columns.pdf"
AG_PAGE_COUNT = 5

DOCUMENT_AG = dict(
    doc_type="strategy",
    municipality="ゆうなぎ町",
    title="第2期ゆうなぎ町まち・ひと・しごと創生総合戦略",
    fiscal_year=2023,
)

BUSINESS_UNITS_AG = None  # a strategy prints no business unit
BUDGET_LINES_AG: list[tuple[object, ...]] = []

_T1 = "地域の資源を生かした魅力あるしごとをつくる"
_T2 = "ゆうなぎ町への新しいひとの流れをつくる"
_T3 = "結婚・出産・子育ての希望をかなえ、安心して暮らせるまちをつくる"
_G1, _G2, _G3 = f"基本目標1 {_T1}", f"基本目標2 {_T2}", f"基本目標3 {_T3}"
_M11 = "農林水産業の担い手確保と稼ぐ力の向上"
_M12 = "商工業の振興と創業・事業承継の支援"
_M21 = "移住・定住の促進"
_M22 = "関係人口の創出・拡大"
_M31 = "結婚・出産・子育ての切れ目のない支援"
_M32 = "健康づくりと安心して暮らせる地域づくり"
_S11, _S12 = f"{_G1} / (1) {_M11}", f"{_G1} / (2) {_M12}"
_S21, _S22 = f"{_G2} / (1) {_M21}", f"{_G2} / (2) {_M22}"
_S31, _S32 = f"{_G3} / (1) {_M31}", f"{_G3} / (2) {_M32}"
_NT, _KPI = "numerical_target", "kpi"

# fmt: off
STRUCTURE_AG = [
    dict(level="pillar", number="1", title=_T1, parent_number=None, page=2),
    dict(level="section", number="(1)", title=_M11, parent_number="1", page=2),
    dict(level="section", number="(2)", title=_M12, parent_number="1", page=2),
    dict(level="pillar", number="2", title=_T2, parent_number=None, page=2),
    dict(level="section", number="(1)", title=_M21, parent_number="2", page=2),
    dict(level="section", number="(2)", title=_M22, parent_number="2", page=2),
    dict(level="pillar", number="3", title=_T3, parent_number=None, page=3),
    dict(level="section", number="(1)", title=_M31, parent_number="3", page=3),
    dict(level="section", number="(2)", title=_M32, parent_number="3", page=3),
]

# The bracketed years as printed (NFKC) → fiscal year.
_YEAR = {"令和3年": 2021, "令和4年": 2022, "令和4年度": 2022, "令和8年": 2026,
         "令和9年": 2027, "令和9年度": 2027, "R4": 2022, "R6": 2024, "R7": 2025,
         "R8": 2026, "R9": 2027}

# Pages 2–3, one line per indicator, read off the pages:
# (kind, context, name (NFKC, wrap joined), unit, page,
#  (現状値 text as printed, its year NFKC), (目標値 text as printed, its year NFKC))
_INLINE = (
    # ---- page 2, left column: 基本目標１ 数値目標 box
    (_NT, _G1, "町内事業所の従業者数", "人", 2, ("３，２１０人（令和４年度）", "令和4年度"), ("３，４００人（令和９年度）", "令和9年度")),
    (_NT, _G1, "農業産出額", "億円", 2, ("２４．６億円（令和３年）", "令和3年"), ("２７．０億円（令和８年）", "令和8年")),
    # ---- page 2, right column: 基本目標１ (1) and (2)
    (_KPI, _S11, "新規就農者数", "人", 2, ("累計１２人（令和４年度）", "令和4年度"), ("累計３０人（令和９年度）", "令和9年度")),
    (_KPI, _S11, "スマート農業機器を導入した経営体数", "経営体", 2, ("８経営体（令和４年度）", "令和4年度"), ("２５経営体（令和９年度）", "令和9年度")),
    (_KPI, _S12, "創業支援事業による創業件数", "件", 2, ("４件（令和４年度）", "令和4年度"), ("１０件（令和９年度）", "令和9年度")),
    (_KPI, _S12, "事業承継相談窓口の相談件数", "件", 2, ("１８件（令和４年度）", "令和4年度"), ("４０件（令和９年度）", "令和9年度")),
    # ---- page 2, right column: 基本目標２ 数値目標 box, (1), the first KPI of (2)
    (_NT, _G2, "社会増減数", "人", 2, ("▲８５人（令和４年）", "令和4年"), ("０人（令和９年）", "令和9年")),
    (_NT, _G2, "観光入込客数", "万人", 2, ("３８．６万人（令和４年）", "令和4年"), ("５０．０万人（令和９年）", "令和9年")),
    (_KPI, _S21, "移住相談窓口を通じた移住者数", "人", 2, ("２１人（令和４年度）", "令和4年度"), ("４０人（令和９年度）", "令和9年度")),
    (_KPI, _S21, "地域おこし協力隊員の任期終了後の町内定住者数", "人", 2, ("６人（令和４年度）", "令和4年度"), ("１５人（令和９年度）", "令和9年度")),
    (_KPI, _S22, "ふるさと納税の寄附件数", "件", 2, ("４，８２０件（令和４年度）", "令和4年度"), ("８，０００件（令和９年度）", "令和9年度")),
    # ---- page 3, left column: the second KPI of 基本目標２ (2), 基本目標３
    (_KPI, _S22, "ワーケーション施設の年間利用者数", "人", 3, ("６４０人（令和４年度）", "令和4年度"), ("１，２００人（令和９年度）", "令和9年度")),
    (_NT, _G3, "年間出生数", "人", 3, ("６２人（令和４年）", "令和4年"), ("７０人（令和９年）", "令和9年")),
    (_NT, _G3, "「ゆうなぎ町に住み続けたい」と思う町民の割合", "%", 3, ("６８．２％（令和４年度）", "令和4年度"), ("７５．０％（令和９年度）", "令和9年度")),
    (_KPI, _S31, "子育て支援センターの年間利用者数", "人", 3, ("３，１５０人（令和４年度）", "令和4年度"), ("３，６００人（令和９年度）", "令和9年度")),
    (_KPI, _S31, "婚活イベントによるカップル成立数", "組", 3, ("５組（令和４年度）", "令和4年度"), ("１０組（令和９年度）", "令和9年度")),
    (_KPI, _S32, "特定健康診査の受診率", "%", 3, ("４２．３％（令和４年度）", "令和4年度"), ("６０．０％（令和９年度）", "令和9年度")),
    (_KPI, _S32, "デマンド交通の年間延べ利用者数", "人", 3, ("５，４８０人（令和４年度）", "令和4年度"), ("７，０００人（令和９年度）", "令和9年度")),
)
# The numbers of the inline lines, typed separately: (現状値, 目標値) in order.
_INLINE_NUMBERS = (
    (3210, 3400), (24.6, 27.0), (12, 30), (8, 25), (4, 10), (18, 40),
    (-85, 0), (38.6, 50.0), (21, 40), (6, 15), (4820, 8000),
    (640, 1200), (62, 70), (68.2, 75.0), (3150, 3600), (5, 10), (42.3, 60.0), (5480, 7000),
)

# Page 4, the landscape table, one line per row as printed:
# (context, 指標名 (wrap joined), 単位 NFKC, 現状値（R4）, R6, R7, R8, 目標値（R9）)
_TABLE = (
    (_S11, "新規就農者数", "人", "12", "18", "22", "26", "30"),
    (_S11, "スマート農業機器を導入した経営体数", "経営体", "8", "13", "17", "21", "25"),
    (_S12, "創業支援事業による創業件数", "件", "4", "6", "7", "9", "10"),
    (_S12, "事業承継相談窓口の相談件数", "件", "18", "25", "30", "35", "40"),
    (_S21, "移住相談窓口を通じた移住者数", "人", "21", "28", "32", "36", "40"),
    (_S21, "地域おこし協力隊員の任期終了後の町内定住者数", "人", "6", "9", "11", "13", "15"),
    (_S22, "ふるさと納税の寄附件数", "件", "4,820", "6,000", "6,800", "7,400", "8,000"),
    (_S22, "ワーケーション施設の年間利用者数", "人", "640", "850", "950", "1,100", "1,200"),
    (_S31, "子育て支援センターの年間利用者数", "人", "3,150", "3,300", "3,400", "3,500", "3,600"),
    (_S31, "婚活イベントによるカップル成立数", "組", "5", "7", "8", "9", "10"),
    (_S32, "特定健康診査の受診率", "%", "42.3", "48.0", "52.0", "56.0", "60.0"),
    (_S32, "デマンド交通の年間延べ利用者数", "人", "5,480", "6,100", "6,400", "6,700", "7,000"),
)
_TABLE_NUMBERS = (
    (12, 18, 22, 26, 30), (8, 13, 17, 21, 25), (4, 6, 7, 9, 10), (18, 25, 30, 35, 40),
    (21, 28, 32, 36, 40), (6, 9, 11, 13, 15), (4820, 6000, 6800, 7400, 8000),
    (640, 850, 950, 1100, 1200), (3150, 3300, 3400, 3500, 3600), (5, 7, 8, 9, 10),
    (42.3, 48.0, 52.0, 56.0, 60.0), (5480, 6100, 6400, 6700, 7000),
)
_TABLE_COLUMNS = (("baseline", "R4"), ("target", "R6"), ("target", "R7"), ("target", "R8"),
                  ("target", "R9"))
# fmt: on


def _row(kind: str, ctx: str, name: str, unit: str, label: str, metric: str, number: float,
         text: str, page: int) -> dict[str, object]:  # fmt: skip
    return dict(kind=kind, context=ctx, subject=None, kpi_no=None, kpi_name=name, unit=unit,
                fiscal_year=_YEAR[label], year_label=label, metric=metric,
                value=float(number), value_text=text,
                qualifier="累計" if text.startswith("累計") else None, page=page)  # fmt: skip


def _rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for (kind, ctx, name, unit, page, now, target), nums in zip(
        _INLINE, _INLINE_NUMBERS, strict=True
    ):
        for metric, (text, label), number in zip(("baseline", "target"), (now, target), nums,
                                                 strict=True):  # fmt: skip
            out.append(_row(kind, ctx, name, unit, label, metric, number, text, page))
    for (ctx, name, unit, *cells), nums in zip(_TABLE, _TABLE_NUMBERS, strict=True):
        for (metric, label), text, number in zip(_TABLE_COLUMNS, cells, nums, strict=True):
            out.append(_row(_KPI, ctx, name, unit, label, metric, number, text, 4))
    return out


KPI_VALUES_AG: list[dict[str, object]] = _rows()

# ------------------------------------------------------------------------- self-checks

# 6 数値目標 + 12 KPIs inline × (現状値 + 目標値), 12 table rows × 5 columns
assert len(KPI_VALUES_AG) == 18 * 2 + 12 * 5 == 96
assert sum(r["kind"] == _NT for r in KPI_VALUES_AG) == 12
assert len(STRUCTURE_AG) == 3 + 6
# each KPI's R4 baseline and R9 target are printed twice (inline, table): AG8
_keys = [(r["kpi_name"], r["metric"], r["fiscal_year"]) for r in KPI_VALUES_AG]
assert len(set(_keys)) == 96 - 24
assert all(_keys.count(k) == 2 for r, k in zip(KPI_VALUES_AG, _keys, strict=True)
           if r["page"] == 4 and r["year_label"] in ("R4", "R9"))  # fmt: skip
# the inline and the table print the same numbers for R4 / R9
_inline = {(r["kpi_name"], r["metric"]): r["value"] for r in KPI_VALUES_AG
           if r["page"] != 4 and r["kind"] == _KPI}  # fmt: skip
assert all(_inline[(r["kpi_name"], r["metric"])] == r["value"] for r in KPI_VALUES_AG
           if r["page"] == 4 and r["year_label"] in ("R4", "R9"))  # fmt: skip
# the inline contexts are the table's: the same twelve KPI names under the same 施策
assert {
    (r["context"], r["kpi_name"]) for r in KPI_VALUES_AG if r["kind"] == _KPI and r["page"] != 4
} == {(r["context"], r["kpi_name"]) for r in KPI_VALUES_AG if r["page"] == 4}
assert [r["qualifier"] for r in KPI_VALUES_AG if r["qualifier"]] == ["累計", "累計"]


def _printed_number(text: str) -> float:
    digits = unicodedata.normalize("NFKC", text).split("(")[0]
    digits = digits.replace(",", "").replace("▲", "-").removeprefix("累計")
    return float(digits.rstrip("人件億円万%経営体組"))


assert all(_printed_number(str(r["value_text"])) == r["value"] for r in KPI_VALUES_AG)
