# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""Expected values for the SEVENTH blind held-out document (fictional あおばね町).

``tests/fixtures/heldout7/template_m_writer.pdf`` (python-docx .docx → LibreOffice
Writer, 7 pages: a cover, a 目次, chapter 1 of prose, one page per 基本目標 1–3 and a
glossary) was made to measure how the parsers generalise to a 総合戦略 whose 数値目標
cells carry their own years and whose KPIs are printed as bulleted prose lines
``◇NAME　BASE（R4）→TARGET（R10）``. The values below were typed by hand from what the
pages print (rendered to PNG and looked at), written before the parser was read or
run; nothing is imported from the generator
(``tests/fixtures/heldout7/make_heldout7.py``) or produced by a parser. If a parser and
the generator agree with each other but not with this file, this file wins.

Conventions: the strategy conventions of ``strategy_2nd.py`` and ``heldout4.py`` (template
I): ``value_text`` is the value as printed (full-width brackets and digits kept; compared
with whitespace removed), ``kpi_name`` NFKC, ``context`` ``基本目標N 題名`` for a 数値目標
and ``基本目標N 題名 / (n) 題名`` for a KPI; data contract v1.1 "Values that carry their
own year" and "Targets in words".

Judgement calls, template M (あおばね町, Writer; the lead may revisit each):

M1. ``doc_type`` ``strategy``; ``municipality`` ``あおばね町`` (cover, title, running
    header). ``title`` the cover's title line ``第2期あおばね町デジタル田園都市国家構想総合戦略``
    followed by the period ``（令和6年度～令和10年度）`` printed on its own line under it
    (NFKC ``(令和6年度~令和10年度)``). Revised by the lead after the blind run: the
    author first left the period out, but the same cover arrangement (a title with
    its bracketed period centred under it) already keeps the period in the title in
    ``tests/test_strategy_shapes.py`` (翠川町…総合戦略(令和5年度~令和9年度)), and one
    convention must hold for both. ``fiscal_year`` 2024, the plan's first year.
M2. Page 1 (cover) has no header or folio; pages 2–7 print the running header (the title)
    and the folio ``－ n －``. The 目次 (page 2: chapter lines and ``基本目標1 …`` lines with
    dotted leaders and page numbers 3–7), chapter 1 (page 3: prose with ``11,482人（令和5年
    10月1日現在）``, ``約1,300人``, the sub-headings ``１　策定の趣旨`` … ``４　効果検証の仕組み``,
    the ``◆しごと …`` summary of the three goals) and the glossary (page 7) give no rows
    and no structure nodes. ``第1章`` / ``第2章`` are chapter headings, not nodes.
M3. STRUCTURE: ``基本目標N　題名`` → level ``pillar``, number ``N``, no parent (page 4, 5, 6);
    ``（１）題名`` under ``■具体的な施策`` → level ``section``, number ``(1)`` (NFKC), parent
    the pillar's number, same page. The 【基本的方向】 / 【主な取組】 / 【重要業績評価指標（KPI）】
    captions and the ``・`` bullets of 主な取組 are not nodes (text only). ``text`` not scored.
M4. 【数値目標】 tables ``指標 | 基準値 | 目標値`` → kind ``numerical_target``, context
    ``基本目標N 題名``. The header prints no year: each value cell carries its own
    (``3,845人（令和4年度）``): ``year_label`` the parenthesised label (``令和4年度``,
    ``令和3年``, ``令和10年``), ``fiscal_year`` from it (令和3年 → 2021; a calendar 年 is read
    like a 年度, contract v1.1). ``value_text`` the whole cell. The 製造品出荷額等 target is
    for 令和9年 (2027), not the plan's last year (the footnote says why): the cell wins.
M5. ``△52人（令和4年）`` → value −52 (△ is negative); ``0人（令和10年）`` → 0.
    ``41.2万人`` → 41.2, unit ``万人``; ``186億円`` → 186, unit ``億円`` (as heldout4 I's 億円).
M6. KPI prose lines ``◇NAME　BASE（YEAR）→TARGET（YEAR）`` → kind ``kpi``, context
    ``基本目標N 題名 / (n) 題名``; ``kpi_name`` the text between ``◇`` and the full-width
    space; the part before ``→`` is the ``baseline``, the part after it the ``target``, each
    with its own year: ``（R4）`` → year_label ``R4``, 2022; ``（R10）`` → ``R10``, 2028;
    ``（2022年度）`` / ``（2027年度）`` → year_label ``2022年度`` / ``2027年度``, 2022 / 2027.
    ``value_text`` the part as printed, year included (``累計12人（R4）``).
M7. Words before the number: ``累計12人`` → 12, 人, qualifier ``累計``; ``年間45件`` →
    45, 件, qualifier ``年間`` (as printed; contract v1.1 reads ``年40人`` with qualifier
    ``年``). Full-width digits ``年間６８人`` / ``年間１２０人`` → 68 / 120 (value_text keeps
    the full-width print). ``年間出生数`` is an indicator name (年間 there is not a qualifier).
M8. ``－（R4）`` (子育て支援アプリの登録者数, a new indicator: the ``※「－」は…`` note under it)
    → baseline row with value None, unit None, qualifier None, year_label ``R4``, 2022,
    value_text ``－（R4）``. ``増加（R10）`` → target row with value None, unit None,
    qualifier None, year_label ``R10``, 2028, value_text ``増加（R10）``; neither is a reject.
M9. The ruled KPI table ``KPI | 単位 | 基準値（R4） | 目標値（R10）`` of 基本目標2 (2) → kind
    ``kpi``, same context rule; ``unit`` the 単位 column; ``year_label`` the header's
    parenthesised label ``R4`` / ``R10`` (as heldout4 I3 reads ``目標値（令和9年度）``);
    value_text the bare cell (``3,216``); qualifier None.
M10. Every row's ``page`` is the page its 基本目標 is printed on (4, 5, 6: each goal
    fits one page). ``kpi_no`` and ``subject`` are None (no row numbers printed; not a
    unit sheet); they are not compared (as heldout4 I). No business units, no budget
    lines, no rejects.
"""

from __future__ import annotations

M_PDF = "template_m_writer.pdf"
M_PAGE_COUNT = 7

DOCUMENT_M = dict(
    doc_type="strategy",
    municipality="あおばね町",
    title="第2期あおばね町デジタル田園都市国家構想総合戦略(令和6年度~令和10年度)",
    fiscal_year=2024,
)

BUSINESS_UNITS_M = None  # a strategy prints no business unit
BUDGET_LINES_M: list[tuple[object, ...]] = []

_G1 = "基本目標1 地域の資源を生かし、しごとと稼ぐ力をつくる"
_G2 = "基本目標2 あおばね町への新しいひとの流れをつくる"
_G3 = "基本目標3 安心して子どもを産み育て、健やかに暮らせるまちをつくる"
_S11 = f"{_G1} / (1) 農林業の担い手確保とスマート化"
_S12 = f"{_G1} / (2) 地元企業の稼ぐ力の向上と創業支援"
_S21 = f"{_G2} / (1) 移住・定住の促進"
_S22 = f"{_G2} / (2) 観光の振興と関係人口の拡大"
_S31 = f"{_G3} / (1) 結婚・出産・子育ての切れ目ない支援"
_S32 = f"{_G3} / (2) 健康づくりとデジタルを活用した暮らしの安心"
_NT, _KPI = "numerical_target", "kpi"
_B, _T = "baseline", "target"
_R4, _R10 = ("R4", 2022), ("R10", 2028)

# fmt: off
STRUCTURE_M = [
    dict(level="pillar", number="1", title="地域の資源を生かし、しごとと稼ぐ力をつくる", parent_number=None, page=4),
    dict(level="section", number="(1)", title="農林業の担い手確保とスマート化", parent_number="1", page=4),
    dict(level="section", number="(2)", title="地元企業の稼ぐ力の向上と創業支援", parent_number="1", page=4),
    dict(level="pillar", number="2", title="あおばね町への新しいひとの流れをつくる", parent_number=None, page=5),
    dict(level="section", number="(1)", title="移住・定住の促進", parent_number="2", page=5),
    dict(level="section", number="(2)", title="観光の振興と関係人口の拡大", parent_number="2", page=5),
    dict(level="pillar", number="3", title="安心して子どもを産み育て、健やかに暮らせるまちをつくる", parent_number=None, page=6),
    dict(level="section", number="(1)", title="結婚・出産・子育ての切れ目ない支援", parent_number="3", page=6),
    dict(level="section", number="(2)", title="健康づくりとデジタルを活用した暮らしの安心", parent_number="3", page=6),
]

# (kind, context, kpi_name, metric, year_label, fiscal_year, value, unit, qualifier, value_text, page)
KPI_ROWS_M: list[tuple[object, ...]] = [
    # ---- page 4: 基本目標1
    (_NT, _G1, "町内事業所の従業者数", _B, "令和4年度", 2022, 3845.0, "人", None, "3,845人（令和4年度）", 4),
    (_NT, _G1, "町内事業所の従業者数", _T, "令和10年度", 2028, 4000.0, "人", None, "4,000人（令和10年度）", 4),
    (_NT, _G1, "製造品出荷額等", _B, "令和3年", 2021, 186.0, "億円", None, "186億円（令和3年）", 4),
    (_NT, _G1, "製造品出荷額等", _T, "令和9年", 2027, 200.0, "億円", None, "200億円（令和9年）", 4),
    (_KPI, _S11, "新規就農者数", _B, *_R4, 12.0, "人", "累計", "累計12人（R4）", 4),
    (_KPI, _S11, "新規就農者数", _T, *_R10, 30.0, "人", "累計", "累計30人（R10）", 4),
    (_KPI, _S11, "スマート農業機器の導入経営体数", _B, *_R4, 8.0, "経営体", None, "8経営体（R4）", 4),
    (_KPI, _S11, "スマート農業機器の導入経営体数", _T, *_R10, 25.0, "経営体", None, "25経営体（R10）", 4),
    (_KPI, _S12, "町内事業所のテレワーク導入率", _B, "2022年度", 2022, 18.0, "%", None, "18.0%（2022年度）", 4),
    (_KPI, _S12, "町内事業所のテレワーク導入率", _T, "2027年度", 2027, 40.0, "%", None, "40.0%（2027年度）", 4),
    (_KPI, _S12, "創業支援による創業件数", _B, *_R4, 3.0, "件", "年間", "年間3件（R4）", 4),
    (_KPI, _S12, "創業支援による創業件数", _T, *_R10, 6.0, "件", "年間", "年間6件（R10）", 4),
    # ---- page 5: 基本目標2
    (_NT, _G2, "社会増減数", _B, "令和4年", 2022, -52.0, "人", None, "△52人（令和4年）", 5),
    (_NT, _G2, "社会増減数", _T, "令和10年", 2028, 0.0, "人", None, "0人（令和10年）", 5),
    (_NT, _G2, "観光入込客数", _B, "令和4年", 2022, 41.2, "万人", None, "41.2万人（令和4年）", 5),
    (_NT, _G2, "観光入込客数", _T, "令和10年", 2028, 50.0, "万人", None, "50.0万人（令和10年）", 5),
    (_KPI, _S21, "移住相談件数", _B, *_R4, 45.0, "件", "年間", "年間45件（R4）", 5),
    (_KPI, _S21, "移住相談件数", _T, *_R10, 80.0, "件", "年間", "年間80件（R10）", 5),
    (_KPI, _S21, "移住体験住宅の利用者数", _B, *_R4, 68.0, "人", "年間", "年間６８人（R4）", 5),
    (_KPI, _S21, "移住体験住宅の利用者数", _T, *_R10, 120.0, "人", "年間", "年間１２０人（R10）", 5),
    (_KPI, _S21, "空き家バンクを通じた成約件数", _B, *_R4, 12.0, "件", "累計", "累計12件（R4）", 5),
    (_KPI, _S21, "空き家バンクを通じた成約件数", _T, *_R10, 30.0, "件", "累計", "累計30件（R10）", 5),
    (_KPI, _S22, "ふるさと納税の寄附件数", _B, *_R4, 3216.0, "件", None, "3,216", 5),
    (_KPI, _S22, "ふるさと納税の寄附件数", _T, *_R10, 5000.0, "件", None, "5,000", 5),
    (_KPI, _S22, "観光ガイドツアーの参加者数", _B, *_R4, 1025.0, "人", None, "1,025", 5),
    (_KPI, _S22, "観光ガイドツアーの参加者数", _T, *_R10, 1500.0, "人", None, "1,500", 5),
    (_KPI, _S22, "町公式SNSのフォロワー数", _B, *_R4, 2380.0, "人", None, "2,380", 5),
    (_KPI, _S22, "町公式SNSのフォロワー数", _T, *_R10, 6000.0, "人", None, "6,000", 5),
    # ---- page 6: 基本目標3
    (_NT, _G3, "年間出生数", _B, "令和4年", 2022, 64.0, "人", None, "64人（令和4年）", 6),
    (_NT, _G3, "年間出生数", _T, "令和10年", 2028, 70.0, "人", None, "70人（令和10年）", 6),
    (_NT, _G3, "「住み続けたい」と答えた町民の割合", _B, "令和5年度", 2023, 71.6, "%", None, "71.6%（令和5年度）", 6),
    (_NT, _G3, "「住み続けたい」と答えた町民の割合", _T, "令和10年度", 2028, 80.0, "%", None, "80.0%（令和10年度）", 6),
    (_KPI, _S31, "子育て支援アプリの登録者数", _B, *_R4, None, None, None, "－（R4）", 6),
    (_KPI, _S31, "子育て支援アプリの登録者数", _T, *_R10, 600.0, "人", None, "600人（R10）", 6),
    (_KPI, _S31, "地域子育て支援拠点の利用者数", _B, *_R4, 4820.0, "人", None, "4,820人（R4）", 6),
    (_KPI, _S31, "地域子育て支援拠点の利用者数", _T, *_R10, None, None, None, "増加（R10）", 6),
    (_KPI, _S32, "特定健康診査の受診率", _B, *_R4, 48.3, "%", None, "48.3%（R4）", 6),
    (_KPI, _S32, "特定健康診査の受診率", _T, *_R10, 62.5, "%", None, "62.5%（R10）", 6),
    (_KPI, _S32, "オンライン申請できる町の手続数", _B, *_R4, 32.0, "手続", None, "32手続（R4）", 6),
    (_KPI, _S32, "オンライン申請できる町の手続数", _T, *_R10, 100.0, "手続", None, "100手続（R10）", 6),
]
_M_FIELDS = ("kind", "context", "kpi_name", "metric", "year_label", "fiscal_year", "value",
             "unit", "qualifier", "value_text", "page")
# fmt: on
KPI_VALUES_M: list[dict[str, object]] = [dict(zip(_M_FIELDS, r, strict=True)) for r in KPI_ROWS_M]

# ------------------------------------------------------------------------- self-checks

# 3 goals × 2 数値目標 × 2; KPI lines 2+2 / 3 (+3 table rows) / 2+2, × 2 metrics.
assert sum(r["kind"] == _NT for r in KPI_VALUES_M) == 3 * 2 * 2 == 12
assert sum(r["kind"] == _KPI for r in KPI_VALUES_M) == (4 + 3 + 3 + 4) * 2 == 28
assert len(STRUCTURE_M) == 3 * 3
# each indicator has exactly one baseline and one target
assert all(
    [r["metric"] for r in KPI_VALUES_M if r["kpi_name"] == name] == [_B, _T]
    for name in {r["kpi_name"] for r in KPI_VALUES_M}
)
# the year label is printed in the value text, except in the ruled table (header years)
assert all(
    f"（{r['year_label']}）" in str(r["value_text"]) or r["context"] == _S22 for r in KPI_VALUES_M
)
