# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""Expected values for the TENTH blind held-out document (fictional こもれび町).

``tests/fixtures/heldout10/template_q_calc.pdf`` (openpyxl .xlsx → LibreOffice Calc, one
A4 landscape worksheet printed over 3 pages, the table header repeated on each page by
print titles) is a 総合戦略の進捗管理表: one wide ruled table ``基本目標 | 具体的な施策 |
指標（数値目標・KPI） | 単位 | 基準値 | 目標値（R7） | R3実績 | R4実績 | R5実績 | R6実績 |
達成状況 | 担当課`` whose 基本目標 and 施策 cells are vertically merged over their rows.
The values below were typed by hand from what the pages print (rendered to PNG and
looked at), written before the parser was read or run; nothing is imported from the
generator (``tests/fixtures/heldout10/make_heldout10.py``) or produced by a parser. If a
parser and the generator agree with each other but not with this file, this file wins.

Conventions: the strategy conventions of ``strategy_2nd.py``, ``heldout4.py`` (I) and
``heldout7.py`` (M): ``value_text`` the cell as printed (line breaks inside a cell
joined; compared with whitespace removed), ``kpi_name`` NFKC, ``context`` ``基本目標N 題名``
for a 数値目標 and ``基本目標N 題名 / (n) 題名`` for a KPI; data contract v1.1 "Values that
carry their own year" and "Targets in words".

Judgement calls, template Q (こもれび町, Calc; the lead may revisit each):

Q1. ``doc_type`` ``strategy``. ``municipality`` ``こもれび町``: printed only in the running
    title at the top right of every page (``こもれび町　第2期まち・ひと・しごと創生総合戦略
    進捗管理表``). ``title`` the title line over the table on page 1, NFKC (full-width
    brackets → ASCII, compared with whitespace removed). ``fiscal_year`` 2024: the
    document is the 令和6年度 検証 (its last actual column is R6実績).
Q2. The running title, the folios ``- n -``, the repeated header row on pages 2–3, the
    legend ``【達成状況】　◎：目標達成 …`` and the three ``※`` footnotes under the table
    (page 3) give no rows and no structure nodes.
Q3. STRUCTURE: each merged 基本目標 cell ``基本目標N`` / title on the next line → level
    ``pillar``, number ``N`` (NFKC of ``１``), no parent, page of the cell (one 基本目標 per
    page: 1, 2, 3). Each merged 施策 cell ``（n）`` / title → level ``section``, number
    ``(n)`` (NFKC), parent the 基本目標's number, same page. The merged ``【数値目標】``
    cell is not a node (it labels the goal's numeric-target rows). ``text`` not scored.
Q4. Rows beside ``【数値目標】`` → kind ``numerical_target``, context ``基本目標N 題名``; rows
    beside a 施策 cell → kind ``kpi``, context ``基本目標N 題名 / (n) 題名``. ``kpi_name`` the
    指標 cell; ``unit`` the 単位 cell for every row of that indicator, whatever the value
    cell prints (``－`` in 単位, 合計特殊出生率, → unit None); ``kpi_no`` and ``subject``
    None (no row numbers; not a unit sheet) and not compared (as heldout7 M).
Q5. ``基準値`` → metric ``baseline``, its year from the cell itself: under the value
    ``4,215`` / ``（R1）`` → year_label ``R1``, 2019 (``（H30）`` → H30, 2018; ``（R3）`` →
    R3, 2021); before the value ``2019年度　38.6`` → year_label ``2019年度``, 2019 (``2020年度``
    2020, ``2021年度`` 2021; ``2019年`` (観光入込客数, a calendar year) → ``2019年``, 2019,
    read like a 年度 as heldout7 M4). ``value_text`` the whole cell, year included.
Q6. ``目標値（R7）`` → metric ``target``, year_label ``R7`` (the header's parenthesised
    label, as heldout7 M9), 2025; value_text the bare cell. ``累計 20人`` → 20, qualifier
    ``累計`` (as heldout7 M7); ``維持`` → value None, qualifier None, value_text ``維持``,
    not a reject (contract: a non-numeric target).
Q7. ``R3実績`` … ``R6実績`` → metric ``actual``, year_label the header as printed
    (``R3実績``, as heldout5 K's ``H28実績``), 2021 … 2024. Units inside the cells
    (``4人``, ``12.4%``) agree with the 単位 column; value the number. ``△35`` → −35.
    ``－`` (合計特殊出生率 R6, 子育て支援… R6: not yet measured) and ``集計中`` (農業産出額
    R6) → rows with value None, value_text as printed, qualifier None.
Q8. ``6,342※1`` / ``（速報値）`` (ふるさと納税の寄附件数 R6実績, two lines in one cell) →
    value 6342, qualifier ``速報値``, value_text ``6,342※1（速報値）``; the footnote mark
    ``※1`` is not a number.
Q9. ``達成状況`` (◎ ○ △ ×) is a grade, not a rate: no ``achievement_rate`` rows (no
    metric of the contract is a mark). ``担当課`` is not a kpi field. No rejects.
Q10. Every row's ``page`` is the page of its 基本目標 (1, 2, 3).
"""

from __future__ import annotations

Q_PDF = "template_q_calc.pdf"
Q_PAGE_COUNT = 3

DOCUMENT_Q = dict(
    doc_type="strategy",
    municipality="こもれび町",
    title="第2期まち・ひと・しごと創生総合戦略(デジタル田園都市国家構想総合戦略) 数値目標・KPI 進捗状況一覧(令和6年度検証)",
    fiscal_year=2024,
)

BUSINESS_UNITS_Q = None  # a strategy prints no business unit
BUDGET_LINES_Q: list[tuple[object, ...]] = []

_G1 = "基本目標1 地域の資源を生かし、稼げる産業と安定した雇用をつくる"
_G2 = "基本目標2 新しいひとの流れをつくり、移住・定住を促進する"
_G3 = "基本目標3 結婚・出産・子育ての希望をかなえ、誰もが健やかに暮らせるまちをつくる"
_S11 = f"{_G1} / (1) 農林業の担い手確保とスマート化"
_S12 = f"{_G1} / (2) 地元企業の経営基盤強化と創業支援"
_S21 = f"{_G2} / (1) 移住・定住の促進"
_S22 = f"{_G2} / (2) 関係人口の創出・拡大"
_S31 = f"{_G3} / (1) 結婚・出産・子育ての切れ目ない支援"
_S32 = f"{_G3} / (2) 健康づくりと地域で支え合う体制づくり"
_NT, _KPI = "numerical_target", "kpi"

# fmt: off
STRUCTURE_Q = [
    dict(level="pillar", number="1", title="地域の資源を生かし、稼げる産業と安定した雇用をつくる", parent_number=None, page=1),
    dict(level="section", number="(1)", title="農林業の担い手確保とスマート化", parent_number="1", page=1),
    dict(level="section", number="(2)", title="地元企業の経営基盤強化と創業支援", parent_number="1", page=1),
    dict(level="pillar", number="2", title="新しいひとの流れをつくり、移住・定住を促進する", parent_number=None, page=2),
    dict(level="section", number="(1)", title="移住・定住の促進", parent_number="2", page=2),
    dict(level="section", number="(2)", title="関係人口の創出・拡大", parent_number="2", page=2),
    dict(level="pillar", number="3", title="結婚・出産・子育ての希望をかなえ、誰もが健やかに暮らせるまちをつくる", parent_number=None, page=3),
    dict(level="section", number="(1)", title="結婚・出産・子育ての切れ目ない支援", parent_number="3", page=3),
    dict(level="section", number="(2)", title="健康づくりと地域で支え合う体制づくり", parent_number="3", page=3),
]

# One line per indicator, as printed:
# (kind, context, 指標, 単位, page,
#  (基準値 cell, year_label, fiscal_year), 目標値 cell, (R3, R4, R5, R6 cells))
_PRINTED = (
    # ---- page 1: 基本目標1
    (_NT, _G1, "町内事業所の従業者数", "人", 1, ("4,215（R1）", "R1", 2019), "4,300", ("4,102", "4,156", "4,188", "4,231")),
    (_NT, _G1, "農業産出額", "億円", 1, ("2019年度　38.6", "2019年度", 2019), "40.0", ("37.9", "38.2", "39.1", "集計中")),
    (_KPI, _S11, "新規就農者数", "人", 1, ("3（R1）", "R1", 2019), "累計 20人", ("4人", "5人", "3人", "6人")),
    (_KPI, _S11, "スマート農業技術の導入件数", "件", 1, ("2020年度　5", "2020年度", 2020), "累計 60件", ("12件", "23件", "38件", "51件")),
    (_KPI, _S12, "創業支援事業による創業件数", "件", 1, ("4（R1）", "R1", 2019), "累計 30件", ("5件", "6件", "7件", "8件")),
    (_KPI, _S12, "町内事業所のテレワーク導入率", "%", 1, ("12.4（R3）", "R3", 2021), "30.0", ("12.4%", "16.8%", "21.5%", "25.3%")),
    (_KPI, _S12, "町内宿泊施設の年間宿泊者数", "人", 1, ("2019年度　18,420", "2019年度", 2019), "20,000", ("9,876人", "12,530人", "15,904人", "17,215人")),
    # ---- page 2: 基本目標2
    (_NT, _G2, "社会増減数", "人", 2, ("△48（R1）", "R1", 2019), "0", ("△35", "△22", "△30", "△18")),
    (_NT, _G2, "観光入込客数", "万人", 2, ("2019年　52.3", "2019年", 2019), "55.0", ("31.4", "38.9", "46.2", "49.8")),
    (_KPI, _S21, "移住相談件数", "件", 2, ("86（R1）", "R1", 2019), "150", ("102件", "118件", "131件", "144件")),
    (_KPI, _S21, "空き家バンクを通じた成約件数", "件", 2, ("2019年度　7", "2019年度", 2019), "累計 60件", ("9件", "11件", "14件", "12件")),
    (_KPI, _S22, "ふるさと納税の寄附件数", "件", 2, ("2,840（R1）", "R1", 2019), "6,000", ("4,215", "5,102", "5,876", "6,342※1（速報値）")),
    (_KPI, _S22, "町公式LINEの登録者数", "人", 2, ("2021年度　1,250", "2021年度", 2021), "5,000", ("1,250人", "2,480人", "3,395人", "4,120人")),
    # ---- page 3: 基本目標3
    (_NT, _G3, "合計特殊出生率", None, 3, ("1.38（H30）", "H30", 2018), "1.50", ("1.35", "1.31", "1.29", "－")),
    (_NT, _G3, "年間出生数", "人", 3, ("2019年度　62", "2019年度", 2019), "65", ("58", "55", "51", "49")),
    (_KPI, _S31, "子育て支援に満足している保護者の割合", "%", 3, ("68.5（R1）", "R1", 2019), "80.0", ("71.2%", "73.8%", "75.1%", "－")),
    (_KPI, _S31, "保育所等の待機児童数", "人", 3, ("3（R1）", "R1", 2019), "0", ("0人", "0人", "1人", "0人")),
    (_KPI, _S32, "特定健康診査の受診率", "%", 3, ("2019年度　41.3", "2019年度", 2019), "60.0", ("38.2%", "42.7%", "45.9%", "47.1%")),
    (_KPI, _S32, "要介護認定を受けていない高齢者の割合", "%", 3, ("81.6（R1）", "R1", 2019), "維持", ("81.9%", "82.3%", "81.7%", "82.0%")),
)

# The numbers, typed separately: (基準値, 目標値, R3, R4, R5, R6) per indicator, in order.
_NUMBERS: tuple[tuple[float | None, ...], ...] = (
    (4215, 4300, 4102, 4156, 4188, 4231),
    (38.6, 40.0, 37.9, 38.2, 39.1, None),
    (3, 20, 4, 5, 3, 6),
    (5, 60, 12, 23, 38, 51),
    (4, 30, 5, 6, 7, 8),
    (12.4, 30.0, 12.4, 16.8, 21.5, 25.3),
    (18420, 20000, 9876, 12530, 15904, 17215),
    (-48, 0, -35, -22, -30, -18),
    (52.3, 55.0, 31.4, 38.9, 46.2, 49.8),
    (86, 150, 102, 118, 131, 144),
    (7, 60, 9, 11, 14, 12),
    (2840, 6000, 4215, 5102, 5876, 6342),
    (1250, 5000, 1250, 2480, 3395, 4120),
    (1.38, 1.50, 1.35, 1.31, 1.29, None),
    (62, 65, 58, 55, 51, 49),
    (68.5, 80.0, 71.2, 73.8, 75.1, None),
    (3, 0, 0, 0, 1, 0),
    (41.3, 60.0, 38.2, 42.7, 45.9, 47.1),
    (81.6, None, 81.9, 82.3, 81.7, 82.0),
)
# fmt: on

_TARGET = ("R7", 2025)
_ACTUALS = (("R3実績", 2021), ("R4実績", 2022), ("R5実績", 2023), ("R6実績", 2024))


def _qualifier(text: str) -> str | None:
    """Q6 / Q8: the word printed with the number (累計 before it, 速報値 after it)."""
    if text.startswith("累計"):
        return "累計"
    return "速報値" if "速報値" in text else None


def _float(n: float | None) -> float | None:
    return None if n is None else float(n)


def _rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for (kind, ctx, name, unit, page, base, target, actuals), nums in zip(
        _PRINTED, _NUMBERS, strict=True
    ):
        cells = [("baseline", base[1], base[2], base[0]), ("target", *_TARGET, target)]
        cells += [("actual", label, year, text)
                  for (label, year), text in zip(_ACTUALS, actuals, strict=True)]  # fmt: skip
        for (metric, label, year, text), number in zip(cells, nums, strict=True):
            out.append(dict(kind=kind, context=ctx, subject=None, kpi_no=None, kpi_name=name,
                            unit=unit, fiscal_year=year, year_label=label, metric=metric,
                            value=_float(number), value_text=text, qualifier=_qualifier(text),
                            page=page))  # fmt: skip
    return out


KPI_VALUES_Q: list[dict[str, object]] = _rows()

# ------------------------------------------------------------------------- self-checks

# 19 indicators × (基準値 + 目標値 + 4 実績); 6 数値目標 (2 per goal), 13 KPIs.
assert len(KPI_VALUES_Q) == 19 * 6 == 114
assert sum(r["kind"] == _NT for r in KPI_VALUES_Q) == 6 * 6
assert len(STRUCTURE_Q) == 3 * 3
# value None exactly where the cell is a word or a dash
assert all(
    (r["value"] is None) == (r["value_text"] in ("－", "集計中", "維持")) for r in KPI_VALUES_Q
)
# each numeric cell prints its number (commas and △ aside)
assert all(
    r["value"] is None or f"{abs(r['value']):g}" in str(r["value_text"]).replace(",", "")
    for r in KPI_VALUES_Q
)
# a baseline's text carries its own year label
assert all(
    str(r["year_label"]) in str(r["value_text"]) for r in KPI_VALUES_Q if r["metric"] == "baseline"
)
