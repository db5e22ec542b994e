# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""Expected values for the TWENTY-SECOND blind held-out document (fictional はるかぜ町).

``tests/fixtures/heldout22/template_ac_story.pdf`` (HTML + CSS laid out by
``pymupdf.Story`` / ``DocumentWriter``, 5 A4 portrait pages, IPAex embedded) is a
``第３期はるかぜ町まち・ひと・しごと創生総合戦略``. Page 1: the title line, the labelled line
``計画期間　令和７年度（2025年度）～令和11年度（2029年度）``, ``令和７年３月　はるかぜ町``, and
第１章 (prose under the headings ``１　策定の趣旨`` / ``２　計画期間`` / ``３　効果検証の仕組み``).
Pages 2–5: 第２章, one 基本目標 per page (基本目標３ runs onto page 5): a boxed heading
``基本目標N　題名`` (基本目標３'s title wraps), 【現状と課題】 and 【基本的方向】 prose, a
【数値目標】 table ``番号 | 指標名 | 単位 | 基準値 | 基準年度 | 目標値 | 目標年度`` with rows
numbered ``①`` ``②`` (``③`` under 基本目標３), 【具体的な施策】, and per 施策 a heading
``（n）題名`` with a bar at its left, one prose line or three, 【主な取組】 ``・`` bullets and a
【重要業績評価指標（KPI）】 table ``指標名 | 単位 | 基準値 | 基準年度 | 目標値 | 目標年度`` (no
numbers). The 基本目標３ (1) KPI table (14 indicators) is SPLIT over the page break
4 → 5 with its header row printed again at the top of page 5 (10 indicators on page 4,
4 on page 5). Years are printed ``R5`` (page 2, 3, 4, 5), ``令和5年度`` (page 2, 4, and
one full-width ``令和５年度`` on page 5) and ``2023年度`` (page 3, and one row on page 5).
※ notes under four tables. Running header (the title, top right, with a rule) on pages
2–5; folio ``- n -`` at the foot of every page. The values below were typed by hand
from the rendered pages (PNG at 90 dpi, looked at), written before the parser was run
(its source never read); nothing is imported from the generator
(``tests/fixtures/heldout22/make_heldout22.py``). If a parser and the generator agree
with each other but not with this file, this file wins.

Conventions: the strategy conventions of ``heldout13.py`` (T, a 第３期 strategy) and
``heldout18.py`` (Y, a strategy with a 単位 column): ``value_text`` the cell as printed
(``▲``, ``+``, ``累計`` and words kept; compared with whitespace removed), ``kpi_name``
and ``year_label`` NFKC (full-width digits and brackets folded, the wrap joined),
``context`` ``基本目標N 題名`` for a 数値目標 and ``基本目標N 題名 / (n) 題名`` for a KPI.

Judgement calls, template AC (はるかぜ町, PyMuPDF Story; the lead may revisit each):

AC1. ``doc_type`` ``strategy``; ``municipality`` ``はるかぜ町`` (the title, the line
     ``令和７年３月　はるかぜ町`` under it, the running header). ``title`` the title line
     alone, NFKC ``第3期はるかぜ町まち・ひと・しごと創生総合戦略``: the period is printed on
     a separate LABELLED line ``計画期間　…`` (as heldout13 T1, not heldout7 M1's bracketed
     period under the title), so it is not part of the title. ``fiscal_year`` 2025, the
     plan's first year (T1 / M1), not the 令和７年３月 of publication.
AC2. No rows and no nodes from: page 1 (title block; the numbered headings ``１　策定の趣旨``
     … of 第１章 are chapter sub-headings, not 基本目標; ``12,846人``, ``令和６年10月１日現在``
     in prose), the chapter headings ``第１章`` / ``第２章``, the captions 【現状と課題】
     【基本的方向】 【数値目標】 【具体的な施策】 【主な取組】 【重要業績評価指標（KPI）】, the
     prose (``68.4歳``, ``132人``, ``96人``, ``38.2％`` are in sentences), the ``・`` bullets, the
     ※ notes, the repeated header row on page 5, the running header and the folios.
AC3. STRUCTURE: ``基本目標N　題名`` → level ``pillar``, number ``N`` (NFKC), no parent, page
     2, 3, 4; 基本目標３'s title wraps after ``…暮らせるまちを`` and is joined (``…まちをつくる``).
     ``（n）題名`` → level ``section``, number ``(n)`` (NFKC), parent the goal's number, its
     page: 1 (1)(2) page 2; 2 (1)(2) page 3; 3 (1) page 4, 3 (2) page 5 (the goal box is
     not repeated on page 5; (2) still belongs to 3). ``text`` not scored.
AC4. 【数値目標】 rows → kind ``numerical_target``, context ``基本目標N 題名``, ``kpi_no`` the
     番号 cell ``①`` ``②`` ``③`` → 1, 2, 3 (the number printed beside the indicator, as
     heldout20 AA3 reads ``成果指標①``; contract "row number printed beside the
     indicator"). KPI rows → kind ``kpi``, context ``基本目標N 題名 / (n) 題名``, ``kpi_no``
     None (no number printed). ``subject`` None on every row.
AC5. One indicator → TWO rows: ``基準値`` → metric ``baseline``, ``目標値`` → metric
     ``target``. Each value takes its year from the cell beside it, NOT from a header: the
     基準年度 cell for the baseline, the 目標年度 cell for the target. ``year_label`` that
     cell NFKC: ``R3`` 2021, ``R4`` 2022, ``R5`` 2023, ``R6`` 2024 (保育所等待機児童数),
     ``R10`` 2028 (農業産出額: its ※ note says why), ``R11`` 2029, ``令和5年度`` 2023 (also
     from the full-width ``令和５年度`` of 英語検定…, page 5), ``令和11年度`` 2029,
     ``2023年度`` 2023, ``2029年度`` 2029. The three ways of writing a year are each kept as
     printed in ``year_label`` (T5).
AC6. ``kpi_name`` the 指標名 cell NFKC with its wrap joined: six names wrap in their cell
     (企業立地件数（工場・物流施設・サテライトオ|フィスを含む）, 関係人口登録制度…の登|録者数,
     「はるかぜ町で子育てをしたい」と思う|子育て世帯の割合, ファミリー・…提供会員|（地域子育て
     サポーター）の登録者数, 全国学力・…（全国平|均との差）, 英語検定３級…中学３|年生の割合);
     the brackets are part of the name (NFKC ``(4月1日現在)``, ``(全国平均との差)``, as Y4).
AC7. ``unit`` the 単位 cell NFKC (``％`` → ``%``, ``人``, ``億円``, ``万人``, ``経営体``,
     ``件``, ``組``, ``世帯``, ``ポイント``) on BOTH rows of the indicator, the word-target
     rows included (as heldout18 Y4: the 単位 column belongs to the indicator; heldout13
     T8's unit None was for a cell-only unit, with no 単位 column to read).
AC8. Numbers: ``5,214`` → 5214; ``▲78`` → −78, ``▲1.4`` → −1.4 (▲ negative);
     ``+1.0`` → 1.0 (a printed plus is a sign, as Y8); ``0`` → 0.0; percentages as
     percent. ``累計35`` / ``累計10`` / ``累計50`` / ``累計60`` → 35 / 10 / 50 / 60 with
     qualifier ``累計`` (Y7, M7; the ※ note under 基本目標１ (1) defines it); every other
     row qualifier None.
AC9. Targets in words: ``増加`` (関係人口登録制度…の登録者数, page 3) and ``維持``
     (保育所等待機児童数(4月1日現在), page 4) → target rows with value None, value_text the
     word, year_label / fiscal_year from their 目標年度 cell (``R11``, 2029), unit ``人``
     (AC7), qualifier None; not rejects (contract: a non-numeric target such as 整備完了).
AC10. The KPI table split over pages 4 → 5 is ONE table: its four rows on page 5 keep
     the context ``基本目標3 … / (1) 結婚・出産・子育ての切れ目のない支援と教育の充実``
     (the header row repeated on page 5 is not a new block and gives no row), and their
     ``page`` is 5; every other row's ``page`` is the page its table is printed on.
     No business units, no budget lines, no rejects.
"""

from __future__ import annotations

AC_PDF = "template_ac_story.pdf"
AC_PAGE_COUNT = 5

DOCUMENT_AC = dict(
    doc_type="strategy",
    municipality="はるかぜ町",
    title="第3期はるかぜ町まち・ひと・しごと創生総合戦略",
    fiscal_year=2025,
)

BUSINESS_UNITS_AC = None  # a strategy prints no business unit
BUDGET_LINES_AC: list[tuple[object, ...]] = []

_T1 = "地域の資源を生かした産業を育て、安心して働ける場をつくる"
_T2 = "はるかぜ町への新しいひとの流れをつくり、つながりを育てる"
_T3 = "結婚・出産・子育ての希望をかなえ、誰もが健やかに暮らせるまちをつくる"
_G1, _G2, _G3 = f"基本目標1 {_T1}", f"基本目標2 {_T2}", f"基本目標3 {_T3}"
_S11 = f"{_G1} / (1) 農業の担い手確保とスマート農業の推進"
_S12 = f"{_G1} / (2) 企業誘致と創業・事業承継の支援"
_S21 = f"{_G2} / (1) 移住・定住の促進"
_S22 = f"{_G2} / (2) 観光振興と関係人口の創出・拡大"
_S31 = f"{_G3} / (1) 結婚・出産・子育ての切れ目のない支援と教育の充実"
_S32 = f"{_G3} / (2) 健康づくりと地域で支え合う体制の充実"
_NT, _KPI = "numerical_target", "kpi"

# fmt: off
STRUCTURE_AC = [
    dict(level="pillar", number="1", title=_T1, parent_number=None, page=2),
    dict(level="section", number="(1)", title="農業の担い手確保とスマート農業の推進", parent_number="1", page=2),
    dict(level="section", number="(2)", title="企業誘致と創業・事業承継の支援", parent_number="1", page=2),
    dict(level="pillar", number="2", title=_T2, parent_number=None, page=3),
    dict(level="section", number="(1)", title="移住・定住の促進", parent_number="2", page=3),
    dict(level="section", number="(2)", title="観光振興と関係人口の創出・拡大", parent_number="2", page=3),
    dict(level="pillar", number="3", title=_T3, parent_number=None, page=4),
    dict(level="section", number="(1)", title="結婚・出産・子育ての切れ目のない支援と教育の充実", parent_number="3", page=4),
    dict(level="section", number="(2)", title="健康づくりと地域で支え合う体制の充実", parent_number="3", page=5),
]

# The year cells as printed (NFKC) → fiscal year.
_YEAR = {"R3": 2021, "R4": 2022, "R5": 2023, "R6": 2024, "R10": 2028, "R11": 2029,
         "令和5年度": 2023, "令和11年度": 2029, "2023年度": 2023, "2029年度": 2029}

# One line per indicator, read off the pages:
# (kind, context, kpi_no, 指標名 (NFKC, wrap joined), 単位 (NFKC), page,
#  基準値 cell, 基準年度 (NFKC), 目標値 cell, 目標年度 (NFKC))
_PRINTED = (
    # ---- page 2: 基本目標１
    (_NT, _G1, 1, "町内事業所の従業者数", "人", 2, "5,214", "R3", "5,300", "R11"),
    (_NT, _G1, 2, "農業産出額", "億円", 2, "41.7", "R4", "45.0", "R10"),
    (_KPI, _S11, None, "新規就農者数", "人", 2, "6", "R5", "累計35", "R11"),
    (_KPI, _S11, None, "スマート農業技術を導入した経営体数", "経営体", 2, "18", "R5", "60", "R11"),
    (_KPI, _S11, None, "認定農業者数", "人", 2, "142", "R5", "150", "R11"),
    (_KPI, _S12, None, "企業立地件数(工場・物流施設・サテライトオフィスを含む)", "件", 2, "2", "令和5年度", "累計10", "令和11年度"),
    (_KPI, _S12, None, "創業支援等事業計画に基づく創業者数", "人", 2, "9", "令和5年度", "15", "令和11年度"),
    (_KPI, _S12, None, "事業承継に関する相談件数", "件", 2, "21", "令和5年度", "40", "令和11年度"),
    # ---- page 3: 基本目標２
    (_NT, _G2, 1, "社会増減数", "人", 3, "▲78", "2023年度", "0", "2029年度"),
    (_NT, _G2, 2, "観光入込客数", "万人", 3, "48.6", "2023年度", "55.0", "2029年度"),
    (_KPI, _S21, None, "移住相談窓口を通じた移住者数", "人", 3, "34", "2023年度", "50", "2029年度"),
    (_KPI, _S21, None, "空き家バンクの登録件数", "件", 3, "27", "2023年度", "45", "2029年度"),
    (_KPI, _S21, None, "お試し移住住宅の利用者数", "人", 3, "61", "2023年度", "90", "2029年度"),
    (_KPI, _S22, None, "町内宿泊施設の延べ宿泊者数", "人", 3, "86,420", "R5", "100,000", "R11"),
    (_KPI, _S22, None, "関係人口登録制度「はるかぜサポーター」の登録者数", "人", 3, "1,246", "R5", "増加", "R11"),
    (_KPI, _S22, None, "ワーケーション施設の利用者数", "人", 3, "730", "R5", "1,500", "R11"),
    # ---- page 4: 基本目標３, its (1) KPI table up to 子育て応援アプリ…
    (_NT, _G3, 1, "年間出生数", "人", 4, "96", "令和5年度", "100", "令和11年度"),
    (_NT, _G3, 2, "「はるかぜ町で子育てをしたい」と思う子育て世帯の割合", "%", 4, "84.2", "令和5年度", "90.0", "令和11年度"),
    (_NT, _G3, 3, "「住み続けたい」と思う町民の割合", "%", 4, "72.6", "令和5年度", "80.0", "令和11年度"),
    (_KPI, _S31, None, "婚活イベント等によるカップル成立数", "組", 4, "8", "R5", "累計50", "R11"),
    (_KPI, _S31, None, "結婚新生活支援事業の利用世帯数", "世帯", 4, "11", "R5", "累計60", "R11"),
    (_KPI, _S31, None, "妊婦健康診査の受診率", "%", 4, "97.3", "R5", "100.0", "R11"),
    (_KPI, _S31, None, "産後ケア事業の利用者数", "人", 4, "19", "R5", "40", "R11"),
    (_KPI, _S31, None, "乳幼児健康診査の受診率", "%", 4, "96.1", "R5", "98.0", "R11"),
    (_KPI, _S31, None, "保育所等待機児童数(4月1日現在)", "人", 4, "0", "R6", "維持", "R11"),
    (_KPI, _S31, None, "放課後児童クラブの定員数", "人", 4, "210", "R5", "260", "R11"),
    (_KPI, _S31, None, "子育て支援センターの年間利用者数", "人", 4, "6,842", "R5", "8,000", "R11"),
    (_KPI, _S31, None, "病児・病後児保育の利用者数", "人", 4, "143", "R5", "200", "R11"),
    (_KPI, _S31, None, "子育て応援アプリ「はるっこ」の登録者数", "人", 4, "512", "R5", "1,200", "R11"),
    # ---- page 5: the rest of 基本目標３ (1) under the repeated header, then (2)
    (_KPI, _S31, None, "ファミリー・サポート・センターの提供会員(地域子育てサポーター)の登録者数", "人", 5, "37", "2023年度", "60", "2029年度"),
    (_KPI, _S31, None, "全国学力・学習状況調査の平均正答率(全国平均との差)", "ポイント", 5, "▲1.4", "R5", "+1.0", "R11"),
    (_KPI, _S31, None, "英語検定3級以上相当の英語力を有する中学3年生の割合", "%", 5, "46.5", "令和5年度", "60.0", "令和11年度"),
    (_KPI, _S31, None, "放課後子ども教室の参加児童数", "人", 5, "1,120", "R5", "1,400", "R11"),
    (_KPI, _S32, None, "特定健康診査の受診率", "%", 5, "41.8", "R5", "60.0", "R11"),
    (_KPI, _S32, None, "介護予防「通いの場」の参加者数", "人", 5, "388", "R5", "500", "R11"),
    (_KPI, _S32, None, "デマンド交通の年間利用者数", "人", 5, "9,614", "R5", "11,000", "R11"),
)

# The numbers, typed separately: (基準値, 目標値) per indicator in order (None = a word).
_NUMBERS: tuple[tuple[float | None, float | None], ...] = (
    (5214, 5300), (41.7, 45.0), (6, 35), (18, 60), (142, 150), (2, 10), (9, 15), (21, 40),
    (-78, 0), (48.6, 55.0), (34, 50), (27, 45), (61, 90), (86420, 100000), (1246, None), (730, 1500),
    (96, 100), (84.2, 90.0), (72.6, 80.0),
    (8, 50), (11, 60), (97.3, 100.0), (19, 40), (96.1, 98.0), (0, None), (210, 260), (6842, 8000),
    (143, 200), (512, 1200),
    (37, 60), (-1.4, 1.0), (46.5, 60.0), (1120, 1400), (41.8, 60.0), (388, 500), (9614, 11000),
)
# fmt: on


def _float(n: float | None) -> float | None:
    return None if n is None else float(n)


def _rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for (kind, ctx, no, name, unit, page, base, base_year, target, target_year), nums in zip(
        _PRINTED, _NUMBERS, strict=True
    ):
        cells = (("baseline", base, base_year), ("target", target, target_year))
        for (metric, text, label), number in zip(cells, nums, strict=True):
            out.append(dict(kind=kind, context=ctx, subject=None, kpi_no=no, kpi_name=name,
                            unit=unit, fiscal_year=_YEAR[label], year_label=label,
                            metric=metric, value=_float(number), value_text=text,
                            qualifier="累計" if text.startswith("累計") else None,
                            page=page))  # fmt: skip
    return out


KPI_VALUES_AC: list[dict[str, object]] = _rows()

# ------------------------------------------------------------------------- self-checks

# 36 indicators × (基準値 + 目標値); 7 数値目標 (2, 2, 3 per goal), 29 KPIs (6, 6, 17).
assert len(KPI_VALUES_AC) == 36 * 2 == 72
assert sum(r["kind"] == _NT for r in KPI_VALUES_AC) == 7 * 2
assert [r["kpi_no"] for r in KPI_VALUES_AC if r["kind"] == _NT] == [1, 1, 2, 2] * 3 + [3, 3]
assert len(STRUCTURE_AC) == 3 * 3
assert len({(r["kpi_name"], r["metric"], r["fiscal_year"]) for r in KPI_VALUES_AC}) == 72
# the split table: 10 of its indicators on page 4, 4 on page 5
assert [r["page"] for r in KPI_VALUES_AC if r["context"] == _S31].count(4) == 10 * 2
assert [r["page"] for r in KPI_VALUES_AC if r["context"] == _S31].count(5) == 4 * 2
# value None exactly on the two targets in words
assert [r["value_text"] for r in KPI_VALUES_AC if r["value"] is None] == ["増加", "維持"]
# each numeric cell prints its number (commas, ▲, + and 累計 aside)
assert all(
    r["value"] is None
    or float(str(r["value_text"]).replace(",", "").replace("▲", "-").removeprefix("累計"))
    == r["value"]
    for r in KPI_VALUES_AC
)
# ▲ exactly on the negatives
assert all((r["value"] is not None and r["value"] < 0) == str(r["value_text"]).startswith("▲")
           for r in KPI_VALUES_AC)  # fmt: skip
