# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""Expected values for the TWENTY-FOURTH blind held-out document (fictional ささなみ町).

``tests/fixtures/heldout24/template_ae_platypus.pdf`` (reportlab platypus, 4 A4 portrait
pages, IPAex embedded) is a ``第２期ささなみ町まち・ひと・しごと創生総合戦略　進捗状況報告書``
with ``（令和６年度 効果検証）`` centred under the title and ``令和６年９月　ささなみ町 企画財政課``
under that. Page 1: the title block, ``１　本報告書について`` (two prose paragraphs), a boxed
legend ``【進捗状況の区分】`` (◎ ○ △ × with their 達成率 bands and a ※ line), the chapter
heading ``２　基本目標ごとの進捗状況``, then 基本目標１. Per 基本目標 a dark heading bar
``基本目標N　題名``, the caption ``【数値目標】`` and a ruled table ``数値目標 | 基準値（…） |
現状値（令和５年度） | 目標値（令和６年度） | 進捗状況`` (two rows, no numbers beside them);
per 施策 a CARD: a shaded bar ``（n）　題名`` and one small block per KPI — a name row
``ＫＰＩ①`` | NAME (基本目標３: ``重要業績評価指標（ＫＰＩ）①`` | NAME), on three KPIs with a
separate ``単位`` | UNIT pair at its right end, then a 4-column grid ``基準値（…） | 現状値（…）
| 目標値（令和６年度） | 進捗状況`` over one row of values, then a ``【評価コメント】``
paragraph. Page 1: 基本目標１ and its (1); page 2: 基本目標１ (2), 基本目標２ and its (1);
page 3: 基本目標２ (2), 基本目標３ and the first two KPIs of its (1); page 4: the third
KPI of 基本目標３ (1) (its card continued, no bar repeated) and (2). A ※ note under
基本目標１ (2) and one under 基本目標２ (2). Running header ``第２期ささなみ町総合戦略
進捗状況報告書（令和６年度）`` top right with a rule on pages 2–4; folio ``－ n －`` at the
foot of every page. The values below were typed by hand from the rendered pages (PNG at
90 dpi, looked at; the dash's code point read from the text layer), written before the
parser was run (its source never read); nothing is imported from the generator
(``tests/fixtures/heldout24/make_heldout24.py``). If a parser and the generator agree
with each other but not with this file, this file wins.

Conventions: the strategy conventions of ``heldout13.py`` (T: units in the cells, a
reportlab strategy), ``heldout18.py`` (Y: a 単位 column, ``－`` cells) and
``heldout22.py`` (AC: ① printed beside an indicator as kpi_no): ``value_text`` the cell
as printed (full-width ``％``, ``▲``, ``累計`` and words kept; ``－`` is U+FF0D; compared
with whitespace removed), ``kpi_name`` and ``year_label`` NFKC (full-width digits and
brackets folded, the wrap joined), ``context`` ``基本目標N 題名`` for a 数値目標 and
``基本目標N 題名 / (n) 題名`` for a KPI.

Judgement calls, template AE (ささなみ町, reportlab platypus; the lead may revisit each):

AE1. ``doc_type`` ``strategy``; ``municipality`` ``ささなみ町`` (the title, the line
     ``令和６年９月　ささなみ町 企画財政課``, the running header). ``title`` the title line
     followed by the bracketed line centred under it, NFKC
     ``第2期ささなみ町まち・ひと・しごと創生総合戦略 進捗状況報告書(令和6年度 効果検証)``
     (the heldout7 M1 convention for a bracket under the title; not a labelled line as
     T1 / AC1; compared with whitespace removed). ``fiscal_year`` 2024: the report's own
     年度 printed in its title (令和６年度 効果検証, as heldout10 Q1 / heldout18 Y1), not
     the plan's first year 令和２年度 named in the prose (``計画期間：令和２年度～令和６年度``).
AE2. No rows and no nodes from: the title block; the chapter headings ``１　本報告書に
     ついて`` / ``２　基本目標ごとの進捗状況`` (not 基本目標); the prose (``委員12名``,
     ``9,418人``, ``612人``, ``令和６年４月１日現在``); the legend box (``100％以上``,
     ``80％以上100％未満`` …, its ※ line); the caption ``【数値目標】``; every
     ``【評価コメント】`` paragraph (``５人``, ``２分の１``, ``２区画``, ``３件``, ``約４倍``,
     ``年２回`` … are in sentences); the two ※ notes; the ``単位`` label cells; the running
     header; the folios. The ``進捗状況`` marks ◎ ○ △ × are grades, not a rate: no
     ``achievement_rate`` rows and no field (Q9, Y10).
AE3. STRUCTURE: bar ``基本目標N　題名`` → level ``pillar``, number ``N`` (NFKC), no parent,
     page 1, 2, 3. Bar ``（n）　題名`` → level ``section``, number ``(n)`` (NFKC), parent the
     goal's number, its page: 1 (1) page 1, 1 (2) page 2, 2 (1) page 2, 2 (2) page 3,
     3 (1) page 3, 3 (2) page 4. The KPI block at the top of page 4 continues 3 (1): no
     node of its own. ``text`` not scored.
AE4. 【数値目標】 rows → kind ``numerical_target``, context ``基本目標N 題名``, ``kpi_no``
     None (no number printed beside them). KPI blocks → kind ``kpi``, context
     ``基本目標N 題名 / (n) 題名``; ``kpi_no`` the circled number of the label cell:
     ``ＫＰＩ①`` / ``重要業績評価指標（ＫＰＩ）①`` → 1, ② → 2, ③ → 3, restarting in every
     card (AC4 / heldout20 AA3: "row number printed beside the indicator"). ``kpi_name``
     the NAME cell alone, NFKC, the label not part of it. ``subject`` None on every row.
AE5. One indicator → THREE rows, one per value column. ``基準値（…）`` → metric
     ``baseline``. ``現状値（…）`` → metric ``actual``: the contract lists 現状値 under
     ``baseline`` because in a PLAN the 現状値 column is the value at the plan's start
     (domain notes: "現状値 with its base year"); in this REPORT the base-year value is
     printed separately as 基準値, and 現状値 is the value measured in a year inside the
     plan period (``令和５年度``, twice ``令和４年度``), which page 1 itself calls
     ``令和５年度までの実績（現状値）`` and divides by the target to rate progress (the ※
     of the legend) — what the contract calls ``actual`` (実績). Reading it as a second
     ``baseline`` would give every indicator two baselines of different years. (The
     literal alternative, ``baseline`` for 現状値 as the contract's parenthesis says, is
     the lead's to choose; only ``metric`` and the key would change.) ``目標値（令和６年度）``
     → metric ``target``.
AE6. Years from the column headers of each table / grid (no cell prints a year):
     ``year_label`` the header's bracketed year NFKC — ``平成30年度`` 2018, ``令和元年度``
     2019, ``2019年`` 2019 (創業支援事業計画に基づく創業者数: a Western calendar year,
     read like a 年度 as heldout7 M4 / heldout10 Q5), ``令和5年度`` 2023, ``令和4年度``
     2022 (ワーケーション施設の年間利用者数, 特定健康診査の受診率: their 現状値 header says
     令和４年度), ``令和6年度`` 2024. The headers of one grid belong to that grid only:
     the three 基準値 years (平成30年度 / 令和元年度 / 2019年) change from block to block,
     and each 数値目標 table has its own (令和元年度 under 基本目標２).
AE7. ``unit``: where the name row prints a ``単位`` cell (スマート農業技術… ``経営体``,
     空き家バンクの成約件数 ``件``, 婚活支援事業によるカップル成立数 ``組``) that cell on all
     three rows, the values being bare numbers (Y4 / AC7). Elsewhere the unit printed
     inside the value cell, NFKC (T7): ``人``, ``件``, ``億円``, ``万人``, ``％`` → ``%``;
     a cell that prints no unit (the ``－`` baseline of 事業承継に関する相談件数, the
     ``増加`` target of 関係人口登録制度…) → unit None (T8), while the other rows of the
     same indicator keep their ``件`` / ``人``.
AE8. Numbers: ``4,862人`` → 4862; ``▲112人`` → −112, ``▲64人`` → −64 (▲ negative);
     ``0人`` → 0.0; ``38.4億円`` → 38.4 (億円); ``52.3万人`` → 52.3 (万人); ``78.4％`` → 78.4
     (percent). ``累計18人`` (現状値) and ``累計20人`` (目標値) of 新規就農者数 → 18 / 20 with
     qualifier ``累計`` (Y7, AC8); every other row qualifier None.
AE9. ``－`` (事業承継に関する相談件数 基準値: a new indicator, the ※ note under
     基本目標１ (2) says so) → a baseline row with value None, value_text ``－``, year from
     its header (``令和元年度``, 2019), unit None; not a reject (contract: a dash is null,
     the row is still written). ``増加`` (関係人口登録制度…の個人会員数 目標値) → a target
     row with value None, value_text ``増加``, unit None, qualifier None, 2024 (T8, AC9).
AE10. ``kpi_name`` with its wrap joined and NFKC: three names wrap in their cell
     (スマート農業技術（ドローン・自動操舵システム等）を導入した農業|経営体数,
     関係人口登録制度「ささなみファンクラブ」に登録した町外在住の個人会員数（法人会員を|除く）,
     デマンド型乗合タクシー「ささなみ号」及び町営バスの年間延べ利用|者数) and one 数値目標
     (「ささなみ町で子育てをし|たい」と思う子育て世帯の割合); brackets are part of the name
     (``(ドローン・自動操舵システム等)``, ``(法人会員を除く)``, ``(各年度5月1日現在)``, as
     AC6 / Y4). ``page`` the page the row's block (or 数値目標 table) is printed on: the
     放課後児童クラブ… block at the top of page 4 is page 4 and keeps the context of
     基本目標3 / (1). No business units, no budget lines, no rejects.
"""

from __future__ import annotations

AE_PDF = "template_ae_platypus.pdf"
AE_PAGE_COUNT = 4
DASH = "\uff0d"

DOCUMENT_AE = dict(
    doc_type="strategy",
    municipality="ささなみ町",
    title="第2期ささなみ町まち・ひと・しごと創生総合戦略 進捗状況報告書(令和6年度 効果検証)",
    fiscal_year=2024,
)

BUSINESS_UNITS_AE = None  # a strategy prints no business unit
BUDGET_LINES_AE: list[tuple[object, ...]] = []

_T1 = "地域の強みを生かした産業を育て、安定した雇用をつくる"
_T2 = "ささなみ町への新しいひとの流れをつくる"
_T3 = "結婚・出産・子育ての希望をかなえ、安心して暮らせるまちをつくる"
_G1, _G2, _G3 = f"基本目標1 {_T1}", f"基本目標2 {_T2}", f"基本目標3 {_T3}"
_S11 = f"{_G1} / (1) 農林水産業の担い手確保と稼ぐ力の向上"
_S12 = f"{_G1} / (2) 企業誘致と創業・事業承継の支援"
_S21 = f"{_G2} / (1) 移住・定住の促進"
_S22 = f"{_G2} / (2) 関係人口の創出・拡大"
_S31 = f"{_G3} / (1) 結婚・出産・子育ての切れ目のない支援"
_S32 = f"{_G3} / (2) 健康づくりと地域で支え合う体制の充実"
_NT, _KPI = "numerical_target", "kpi"

# fmt: off
STRUCTURE_AE = [
    dict(level="pillar", number="1", title=_T1, parent_number=None, page=1),
    dict(level="section", number="(1)", title="農林水産業の担い手確保と稼ぐ力の向上", parent_number="1", page=1),
    dict(level="section", number="(2)", title="企業誘致と創業・事業承継の支援", parent_number="1", page=2),
    dict(level="pillar", number="2", title=_T2, parent_number=None, page=2),
    dict(level="section", number="(1)", title="移住・定住の促進", parent_number="2", page=2),
    dict(level="section", number="(2)", title="関係人口の創出・拡大", parent_number="2", page=3),
    dict(level="pillar", number="3", title=_T3, parent_number=None, page=3),
    dict(level="section", number="(1)", title="結婚・出産・子育ての切れ目のない支援", parent_number="3", page=3),
    dict(level="section", number="(2)", title="健康づくりと地域で支え合う体制の充実", parent_number="3", page=4),
]

# The header years as printed (NFKC) → fiscal year.
_YEAR = {"平成30年度": 2018, "令和元年度": 2019, "2019年": 2019, "令和4年度": 2022,
         "令和5年度": 2023, "令和6年度": 2024}
_H30, _R1, _W19, _R4, _R5, _R6 = "平成30年度", "令和元年度", "2019年", "令和4年度", "令和5年度", "令和6年度"

# One line per indicator, read off the pages:
# (kind, context, kpi_no, name (NFKC, wrap joined), page,
#  (基準値 header year, cell, unit), (現状値 header year, cell, unit), (目標値 cell, unit))
# unit: the 単位 cell where the name row prints one, else the unit inside the cell (NFKC).
_PRINTED = (
    # ---- page 1: 基本目標１, 数値目標 (基準値（平成30年度）) and (1)
    (_NT, _G1, None, "町内事業所の従業者数", 1, (_H30, "4,862人", "人"), (_R5, "4,795人", "人"), ("5,000人", "人")),
    (_NT, _G1, None, "農業産出額", 1, (_H30, "38.4億円", "億円"), (_R5, "41.2億円", "億円"), ("42.0億円", "億円")),
    (_KPI, _S11, 1, "新規就農者数", 1, (_H30, "3人", "人"), (_R5, "累計18人", "人"), ("累計20人", "人")),
    (_KPI, _S11, 2, "スマート農業技術(ドローン・自動操舵システム等)を導入した農業経営体数", 1,
     (_R1, "4", "経営体"), (_R5, "23", "経営体"), ("25", "経営体")),
    # ---- page 2: 基本目標１ (2)
    (_KPI, _S12, 1, "企業立地件数", 2, (_H30, "1件", "件"), (_R5, "6件", "件"), ("5件", "件")),
    (_KPI, _S12, 2, "創業支援事業計画に基づく創業者数", 2, (_W19, "8人", "人"), (_R5, "14人", "人"), ("15人", "人")),
    (_KPI, _S12, 3, "事業承継に関する相談件数", 2, (_R1, DASH, None), (_R5, "32件", "件"), ("40件", "件")),
    # ---- page 2: 基本目標２, 数値目標 (基準値（令和元年度）) and (1)
    (_NT, _G2, None, "社会増減数", 2, (_R1, "▲112人", "人"), (_R5, "▲64人", "人"), ("0人", "人")),
    (_NT, _G2, None, "観光入込客数", 2, (_R1, "52.3万人", "万人"), (_R5, "46.8万人", "万人"), ("60.0万人", "万人")),
    (_KPI, _S21, 1, "移住相談窓口を通じた移住者数", 2, (_H30, "12人", "人"), (_R5, "31人", "人"), ("30人", "人")),
    (_KPI, _S21, 2, "空き家バンクの成約件数", 2, (_H30, "7", "件"), (_R5, "19", "件"), ("20", "件")),
    # ---- page 3: 基本目標２ (2)
    (_KPI, _S22, 1, "ふるさと納税の寄附件数", 3, (_H30, "2,418件", "件"), (_R5, "9,760件", "件"), ("8,000件", "件")),
    (_KPI, _S22, 2, "関係人口登録制度「ささなみファンクラブ」に登録した町外在住の個人会員数(法人会員を除く)", 3,
     (_R1, "186人", "人"), (_R5, "412人", "人"), ("増加", None)),
    (_KPI, _S22, 3, "ワーケーション施設の年間利用者数", 3, (_R1, "540人", "人"), (_R4, "1,250人", "人"), ("1,500人", "人")),
    # ---- page 3: 基本目標３, 数値目標 (基準値（平成30年度）) and the first two KPIs of (1)
    (_NT, _G3, None, "年間出生数", 3, (_H30, "86人", "人"), (_R5, "71人", "人"), ("90人", "人")),
    (_NT, _G3, None, "「ささなみ町で子育てをしたい」と思う子育て世帯の割合", 3,
     (_H30, "78.4％", "%"), (_R5, "83.1％", "%"), ("85.0％", "%")),
    (_KPI, _S31, 1, "婚活支援事業によるカップル成立数", 3, (_H30, "3", "組"), (_R5, "7", "組"), ("10", "組")),
    (_KPI, _S31, 2, "妊娠届出時の保健師等による面談実施率", 3, (_H30, "92.0％", "%"), (_R5, "100.0％", "%"), ("100.0％", "%")),
    # ---- page 4: the third KPI of 基本目標３ (1) (card continued), then (2)
    (_KPI, _S31, 3, "放課後児童クラブの待機児童数(各年度5月1日現在)", 4, (_H30, "12人", "人"), (_R5, "0人", "人"), ("0人", "人")),
    (_KPI, _S32, 1, "特定健康診査の受診率", 4, (_H30, "36.2％", "%"), (_R4, "41.5％", "%"), ("60.0％", "%")),
    (_KPI, _S32, 2, "デマンド型乗合タクシー「ささなみ号」及び町営バスの年間延べ利用者数", 4,
     (_R1, "6,420人", "人"), (_R5, "8,115人", "人"), ("9,000人", "人")),
)

# The numbers, typed separately: (基準値, 現状値, 目標値) per indicator in order (None = dash / word).
_NUMBERS: tuple[tuple[float | None, float | None, float | None], ...] = (
    (4862, 4795, 5000), (38.4, 41.2, 42.0), (3, 18, 20), (4, 23, 25),
    (1, 6, 5), (8, 14, 15), (None, 32, 40),
    (-112, -64, 0), (52.3, 46.8, 60.0), (12, 31, 30), (7, 19, 20),
    (2418, 9760, 8000), (186, 412, None), (540, 1250, 1500),
    (86, 71, 90), (78.4, 83.1, 85.0), (3, 7, 10), (92.0, 100.0, 100.0),
    (12, 0, 0), (36.2, 41.5, 60.0), (6420, 8115, 9000),
)
# fmt: on


def _float(n: float | None) -> float | None:
    return None if n is None else float(n)


def _rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for (kind, ctx, no, name, page, base, now, target), nums in zip(
        _PRINTED, _NUMBERS, strict=True
    ):
        cells = (("baseline", *base), ("actual", *now), ("target", _R6, *target))
        for (metric, label, text, unit), number in zip(cells, nums, strict=True):
            out.append(dict(kind=kind, context=ctx, subject=None, kpi_no=no, kpi_name=name,
                            unit=unit, fiscal_year=_YEAR[label], year_label=label,
                            metric=metric, value=_float(number), value_text=text,
                            qualifier="累計" if text.startswith("累計") else None,
                            page=page))  # fmt: skip
    return out


KPI_VALUES_AE: list[dict[str, object]] = _rows()

# ------------------------------------------------------------------------- self-checks

# 21 indicators × (基準値 + 現状値 + 目標値); 6 数値目標 (2 per goal), 15 KPIs (5, 5, 5).
assert len(KPI_VALUES_AE) == 21 * 3 == 63
assert sum(r["kind"] == _NT for r in KPI_VALUES_AE) == 6 * 3
assert all((r["kpi_no"] is None) == (r["kind"] == _NT) for r in KPI_VALUES_AE)
assert len(STRUCTURE_AE) == 3 + 6
assert len({(r["kpi_name"], r["metric"], r["fiscal_year"]) for r in KPI_VALUES_AE}) == 63
assert [r["metric"] for r in KPI_VALUES_AE[:3]] == ["baseline", "actual", "target"]
# the card of 基本目標３ (1) runs over the page break 3 → 4
assert [r["page"] for r in KPI_VALUES_AE if r["context"] == _S31] == [3] * 6 + [4] * 3
# value None exactly on the dash baseline and the target in words, which print no unit
assert [(r["value_text"], r["unit"]) for r in KPI_VALUES_AE if r["value"] is None] == [
    (DASH, None),
    ("増加", None),
]
# each numeric cell prints its number (commas, ▲, 累計 and the unit aside)


def _printed_number(text: str) -> float:
    digits = text.replace(",", "").replace("▲", "-").removeprefix("累計")
    return float(digits.rstrip("人件億円万％"))


assert all(r["value"] is None or _printed_number(str(r["value_text"])) == r["value"]
           for r in KPI_VALUES_AE)  # fmt: skip
# ▲ exactly on the negatives; the unit printed in the cell agrees with the row's unit
assert all((r["value"] is not None and r["value"] < 0) == str(r["value_text"]).startswith("▲")
           for r in KPI_VALUES_AE)  # fmt: skip
assert all(
    str(r["value_text"]).replace("％", "%").endswith(str(r["unit"]))
    or str(r["value_text"]).replace(",", "").isdigit()
    for r in KPI_VALUES_AE
    if r["unit"] is not None
)
