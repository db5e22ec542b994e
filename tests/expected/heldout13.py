# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""Expected values for the THIRTEENTH blind held-out document (fictional そよぎ村).

``tests/fixtures/heldout13/template_t_reportlab.pdf`` (reportlab canvas, 3 A4 portrait
pages) is a 第３期そよぎ村まち・ひと・しごと創生総合戦略 whose indicator tables have NO
rulings: each block is a header line ``指標　基準値　目標値（令和１１年度）`` (数値目標) or
``重要業績評価指標（ＫＰＩ）　基準値　目標値（Ｒ１１）`` (KPI) with one thin rule under it,
then rows of aligned text. The values below were typed by hand from what the pages
print (rendered to PNG and looked at), written before the parser was read or run;
nothing is imported from the generator (``tests/fixtures/heldout13/make_heldout13.py``)
or produced by a parser. If a parser and the generator agree with each other but not
with this file, this file wins.

Conventions: the strategy conventions of ``strategy_2nd.py``, ``heldout4.py`` (I),
``heldout7.py`` (M) and ``heldout10.py`` (Q): ``value_text`` the cell as printed
(full-width digits and brackets kept; compared with whitespace removed), ``kpi_name``
and ``year_label`` NFKC, ``context`` ``基本目標N 題名`` for a 数値目標 and ``基本目標N 題名 /
(n) 題名`` for a KPI; data contract v1.1 "Values that carry their own year" and
"Targets in words".

Judgement calls, template T (そよぎ村, reportlab; the lead may revisit each):

T1. ``doc_type`` ``strategy``; ``municipality`` ``そよぎ村`` (title, the line ``令和７年３月
    そよぎ村`` under it, the running header). ``title`` the title line
    ``第３期そよぎ村まち・ひと・しごと創生総合戦略`` alone (NFKC ``第3期…``): the period is
    printed on a separate LABELLED line ``計画期間　令和７年度～令和１１年度``, not as a
    bracketed period under the title (heldout7 M1 / test_strategy_shapes keep that
    bracketed form), so it is not part of the title. ``fiscal_year`` 2025, the plan's
    first year (as M1).
T2. Furniture: the running header ``第３期そよぎ村総合戦略`` (top right, pages 2–3, with a
    rule under it) and the folio ``1`` ``2`` ``3`` at the bottom right give no rows and
    no nodes. The chapter headings ``１　基本方針`` and ``２　基本目標と具体的な施策`` (page
    1) are not nodes; the 基本方針 prose (``昭和３５年の約４，２００人``, ``２，３１８人``)
    gives no rows. The ``【数値目標】`` and ``【具体的な施策】`` captions are not nodes.
T3. STRUCTURE: ``基本目標N　題名`` (shaded band) → level ``pillar``, number ``N``, no parent,
    page where the band is printed (1, 2, 3); ``（n）題名`` → level ``section``, number
    ``(n)`` (NFKC), parent the 基本目標 above it, page where it is printed. 基本目標１'s
    施策 are on page 2 (its band on page 1); 基本目標２'s band and （１） are on page 2,
    its （２） opens page 3 with no heading repeated: parent still ``2``. ``text`` not
    scored.
T4. 数値目標 rows → kind ``numerical_target``, context ``基本目標N 題名``. 基準値 cells
    carry their own year in brackets: ``１，２４０人（令和３年）`` → year_label
    ``令和3年``, 2021 (a calendar 年 read like a 年度, as M4); ``３８．５％（令和５年度）``
    → ``令和5年度``, 2023. value_text the whole cell. 目標値 cells are bare numbers under
    the header ``目標値（令和１１年度）`` → year_label ``令和11年度`` (NFKC), 2029.
T5. KPI rows → kind ``kpi``, context ``基本目標N 題名 / (n) 題名``; baselines with their own
    year as T4 (``（Ｒ４）`` → ``R4``, 2022; ``（Ｒ５）`` → ``R5``, 2023; ``（平成３１年度）`` →
    ``平成31年度``, 2019; ``（令和元年度）`` → ``令和元年度``, 2019: the same year written
    two ways, each label kept as printed). Targets under ``目標値（Ｒ１１）`` → year_label
    ``R11``, 2029.
T6. A name that wraps onto a second line in the name column (``ドローン等のスマート農業技術
    を導入した農業経` / `営体数``, ``デマンド型乗合タクシー「そよぎ号」の年間延べ` /
    `利用者数``) is one indicator, its lines joined; its values are on the first line.
    ``年間`` inside 年間延べ利用者数 / 年間出生数 is part of the name, not a qualifier.
T7. Units from the cell (no 単位 column): ``％`` → ``%``, ``人``, ``経営体``, ``件``,
    ``１．２万人`` → 1.2, unit ``万人``; ``２．１億円`` → 2.1, unit ``億円`` (as M5).
    ``△１８人`` → −18 (△ negative); ``０人`` → 0. Qualifier None on every row.
T8. Targets in words ``前年度以上``, ``増加``, ``現状維持`` → target rows with value None,
    unit None, qualifier None, value_text the word, year_label ``R11``, 2029; not rejects.
T9. The ``※`` lines under two blocks (ふるさと納税の寄附額 definition ``４月１日から翌年３月
    ３１日``; そよぎ村ファンクラブ ``令和４年度創設``) are notes, not indicators: no rows.
T10. ``page`` of a row is the page its block is printed on. ``kpi_no`` and ``subject``
    None (no row numbers; not a unit sheet) and not compared (as M, Q). No business
    units, no budget lines, no rejects.
"""

from __future__ import annotations

T_PDF = "template_t_reportlab.pdf"
T_PAGE_COUNT = 3

DOCUMENT_T = dict(
    doc_type="strategy",
    municipality="そよぎ村",
    title="第3期そよぎ村まち・ひと・しごと創生総合戦略",
    fiscal_year=2025,
)

BUSINESS_UNITS_T = None  # a strategy prints no business unit
BUDGET_LINES_T: list[tuple[object, ...]] = []

_G1 = "基本目標1 豊かな自然と農林業を生かし、安定したしごとをつくる"
_G2 = "基本目標2 そよぎ村への新しいひとの流れをつくる"
_G3 = "基本目標3 安心して子どもを産み育て、いつまでも暮らし続けられる村をつくる"
_S11 = f"{_G1} / (1) 農林業の担い手確保とブランド化"
_S12 = f"{_G1} / (2) 地域資源を生かした産業の振興と創業支援"
_S21 = f"{_G2} / (1) 移住・定住の促進"
_S22 = f"{_G2} / (2) 関係人口の創出・拡大"
_S31 = f"{_G3} / (1) 結婚・出産・子育ての切れ目ない支援"
_S32 = f"{_G3} / (2) 地域で支え合う暮らしの安心づくり"
_NT, _KPI = "numerical_target", "kpi"
_B, _T = "baseline", "target"
_NT_TARGET = ("令和11年度", 2029)
_KPI_TARGET = ("R11", 2029)

# fmt: off
STRUCTURE_T = [
    dict(level="pillar", number="1", title="豊かな自然と農林業を生かし、安定したしごとをつくる", parent_number=None, page=1),
    dict(level="section", number="(1)", title="農林業の担い手確保とブランド化", parent_number="1", page=2),
    dict(level="section", number="(2)", title="地域資源を生かした産業の振興と創業支援", parent_number="1", page=2),
    dict(level="pillar", number="2", title="そよぎ村への新しいひとの流れをつくる", parent_number=None, page=2),
    dict(level="section", number="(1)", title="移住・定住の促進", parent_number="2", page=2),
    dict(level="section", number="(2)", title="関係人口の創出・拡大", parent_number="2", page=3),
    dict(level="pillar", number="3", title="安心して子どもを産み育て、いつまでも暮らし続けられる村をつくる", parent_number=None, page=3),
    dict(level="section", number="(1)", title="結婚・出産・子育ての切れ目ない支援", parent_number="3", page=3),
    dict(level="section", number="(2)", title="地域で支え合う暮らしの安心づくり", parent_number="3", page=3),
]

# (kind, context, kpi_name, metric, year_label, fiscal_year, value, unit, qualifier, value_text, page)
KPI_ROWS_T: list[tuple[object, ...]] = [
    # ---- page 1: 基本目標1 数値目標
    (_NT, _G1, "村内事業所の従業者数", _B, "令和3年", 2021, 1240.0, "人", None, "１，２４０人（令和３年）", 1),
    (_NT, _G1, "村内事業所の従業者数", _T, *_NT_TARGET, 1300.0, "人", None, "１，３００人", 1),
    (_NT, _G1, "認定農業者のうち49歳以下の割合", _B, "令和5年度", 2023, 38.5, "%", None, "３８．５％（令和５年度）", 1),
    (_NT, _G1, "認定農業者のうち49歳以下の割合", _T, *_NT_TARGET, 45.0, "%", None, "４５．０％", 1),
    # ---- page 2: 基本目標1 (1)(2)
    (_KPI, _S11, "農産物直売所の出荷会員数", _B, "R4", 2022, 120.0, "人", None, "１２０人（Ｒ４）", 2),
    (_KPI, _S11, "農産物直売所の出荷会員数", _T, *_KPI_TARGET, 150.0, "人", None, "１５０人", 2),
    (_KPI, _S11, "ドローン等のスマート農業技術を導入した農業経営体数", _B, "令和5年度", 2023, 8.0, "経営体", None, "８経営体（令和５年度）", 2),
    (_KPI, _S11, "ドローン等のスマート農業技術を導入した農業経営体数", _T, *_KPI_TARGET, 20.0, "経営体", None, "２０経営体", 2),
    (_KPI, _S12, "ふるさと納税の寄附額", _B, "令和5年度", 2023, 2.1, "億円", None, "２．１億円（令和５年度）", 2),
    (_KPI, _S12, "ふるさと納税の寄附額", _T, *_KPI_TARGET, 3.5, "億円", None, "３．５億円", 2),
    (_KPI, _S12, "村内での創業件数", _B, "平成31年度", 2019, 2.0, "件", None, "２件（平成３１年度）", 2),
    (_KPI, _S12, "村内での創業件数", _T, *_KPI_TARGET, None, None, None, "前年度以上", 2),
    # ---- page 2: 基本目標2 数値目標, (1)
    (_NT, _G2, "社会増減数", _B, "令和5年", 2023, -18.0, "人", None, "△１８人（令和５年）", 2),
    (_NT, _G2, "社会増減数", _T, *_NT_TARGET, 0.0, "人", None, "０人", 2),
    (_NT, _G2, "観光入込客数", _B, "令和5年", 2023, 1.2, "万人", None, "１．２万人（令和５年）", 2),
    (_NT, _G2, "観光入込客数", _T, *_NT_TARGET, 1.5, "万人", None, "１．５万人", 2),
    (_KPI, _S21, "移住相談窓口を通じた移住者数", _B, "令和元年度", 2019, 15.0, "人", None, "１５人（令和元年度）", 2),
    (_KPI, _S21, "移住相談窓口を通じた移住者数", _T, *_KPI_TARGET, 25.0, "人", None, "２５人", 2),
    (_KPI, _S21, "空き家バンクの登録物件数", _B, "R5", 2023, 32.0, "件", None, "３２件（Ｒ５）", 2),
    (_KPI, _S21, "空き家バンクの登録物件数", _T, *_KPI_TARGET, 50.0, "件", None, "５０件", 2),
    # ---- page 3: 基本目標2 (2)
    (_KPI, _S22, "そよぎ村ファンクラブの会員数", _B, "R5", 2023, 430.0, "人", None, "４３０人（Ｒ５）", 3),
    (_KPI, _S22, "そよぎ村ファンクラブの会員数", _T, *_KPI_TARGET, 800.0, "人", None, "８００人", 3),
    (_KPI, _S22, "ワーケーション施設の利用者数", _B, "令和5年度", 2023, 680.0, "人", None, "６８０人（令和５年度）", 3),
    (_KPI, _S22, "ワーケーション施設の利用者数", _T, *_KPI_TARGET, None, None, None, "増加", 3),
    # ---- page 3: 基本目標3 数値目標, (1)(2)
    (_NT, _G3, "年間出生数", _B, "令和5年", 2023, 18.0, "人", None, "１８人（令和５年）", 3),
    (_NT, _G3, "年間出生数", _T, *_NT_TARGET, 20.0, "人", None, "２０人", 3),
    (_NT, _G3, "「村に住み続けたい」と思う村民の割合", _B, "令和5年度", 2023, 76.2, "%", None, "７６．２％（令和５年度）", 3),
    (_NT, _G3, "「村に住み続けたい」と思う村民の割合", _T, *_NT_TARGET, 80.0, "%", None, "８０．０％", 3),
    (_KPI, _S31, "子育て支援に満足している保護者の割合", _B, "R5", 2023, 65.0, "%", None, "６５．０％（Ｒ５）", 3),
    (_KPI, _S31, "子育て支援に満足している保護者の割合", _T, *_KPI_TARGET, 75.0, "%", None, "７５．０％", 3),
    (_KPI, _S31, "乳幼児健康診査の受診率", _B, "R5", 2023, 98.1, "%", None, "９８．１％（Ｒ５）", 3),
    (_KPI, _S31, "乳幼児健康診査の受診率", _T, *_KPI_TARGET, None, None, None, "現状維持", 3),
    (_KPI, _S32, "デマンド型乗合タクシー「そよぎ号」の年間延べ利用者数", _B, "R5", 2023, 4260.0, "人", None, "４，２６０人（Ｒ５）", 3),
    (_KPI, _S32, "デマンド型乗合タクシー「そよぎ号」の年間延べ利用者数", _T, *_KPI_TARGET, 5000.0, "人", None, "５，０００人", 3),
    (_KPI, _S32, "特定健康診査の受診率", _B, "R4", 2022, 44.6, "%", None, "４４．６％（Ｒ４）", 3),
    (_KPI, _S32, "特定健康診査の受診率", _T, *_KPI_TARGET, 60.0, "%", None, "６０．０％", 3),
]
_T_FIELDS = ("kind", "context", "kpi_name", "metric", "year_label", "fiscal_year", "value",
             "unit", "qualifier", "value_text", "page")
# fmt: on
KPI_VALUES_T: list[dict[str, object]] = [dict(zip(_T_FIELDS, r, strict=True)) for r in KPI_ROWS_T]

# ------------------------------------------------------------------------- self-checks

# 3 goals × 2 数値目標 × 2 metrics; 6 施策 × 2 KPIs × 2 metrics.
assert sum(r["kind"] == _NT for r in KPI_VALUES_T) == 3 * 2 * 2 == 12
assert sum(r["kind"] == _KPI for r in KPI_VALUES_T) == 6 * 2 * 2 == 24
assert len(STRUCTURE_T) == 3 * 3
# each indicator has exactly one baseline and then one target
assert all(
    [r["metric"] for r in KPI_VALUES_T if r["kpi_name"] == name] == [_B, _T]
    for name in {r["kpi_name"] for r in KPI_VALUES_T}
)
# value None exactly on the three targets in words (T8)
assert [r["value_text"] for r in KPI_VALUES_T if r["value"] is None] == [
    "前年度以上", "増加", "現状維持"
]  # fmt: skip
# every target is for the plan's last year, 令和11年度
assert all(r["fiscal_year"] == 2029 for r in KPI_VALUES_T if r["metric"] == _T)
