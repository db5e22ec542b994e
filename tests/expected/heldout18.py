# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""Expected values for the EIGHTEENTH blind held-out document (fictional しおさい市).

``tests/fixtures/heldout18/template_y_calc.pdf`` (openpyxl .xlsx → LibreOffice Calc, one
A4 landscape worksheet printed over 4 pages, the table header repeated on each page by
print titles) is a strategy's annual 効果検証: ``第２期しおさい市まち・ひと・しごと創生総合戦略
効果検証シート（令和６年度実績）``. One ruled table ``指標名 | 単位 | 基準値（年度） | 区分 |
R3 | R4 | R5 | R6 | 目標値（R7） | 達成状況``; per 基本目標 a merged band row
``基本目標N　題名``, a ``【数値目標】`` band over its numerical targets, then a band per
具体的な施策 ``（n）題名`` over its KPIs. Each indicator takes TWO rows, 区分 ``目標`` over
``実績``, its name / unit / 基準値 / 目標値 / 達成状況 cells merged over both. Page 1:
title and 基本目標１; page 2: 基本目標２; page 3: 基本目標３ up to 保育所等の待機児童数;
page 4: the last KPI of 基本目標３ (2) (continued: no band repeated), 基本目標４, the
legend and three ※ notes; folios ``- n -``. The values below were typed by hand from
the rendered pages (PNG, looked at), written before the parser was read or run;
nothing is imported from the generator (``tests/fixtures/heldout18/make_heldout18.py``)
or produced by a parser. If a parser and the generator agree with each other but not
with this file, this file wins.

Conventions: the strategy conventions of ``heldout10.py`` (Q, the closest earlier
round) and ``heldout7.py`` (M): ``value_text`` the cell as printed (full-width brackets,
``▲``, ``－`` U+FF0D kept; a blank cell is ``""``; compared with whitespace removed),
``kpi_name`` NFKC with the wrap joined, ``context`` ``基本目標N 題名`` for a 数値目標 and
``基本目標N 題名 / (n) 題名`` for a KPI; the 目標 / 実績 row pairs as ``heldout14.py`` U4.

Judgement calls, template Y (しおさい市, Calc; the lead may revisit each):

Y1. ``doc_type`` ``strategy``; ``municipality`` ``しおさい市``, printed only inside the
    title (``第２期しおさい市まち・ひと・…``). ``title`` the title line over the table,
    NFKC (``第2期``, ``(令和6年度実績)``; compared with whitespace removed).
    ``fiscal_year`` 2024: the only 年度 the document names is the one verified
    (令和６年度実績; its last year column is R6), as heldout10 Q1.
Y2. The header row (repeated on pages 2–4), the ``【数値目標】`` bands, the 区分 words,
    the ◎ ○ △ × of 達成状況, the legend ``【達成状況】　◎：目標達成 …`` and the ※１–※３
    notes (page 4), and the folios give no rows and no structure nodes.
Y3. STRUCTURE: band ``基本目標N　題名`` → level ``pillar``, number ``N`` (NFKC), no parent,
    page of the band (1, 2, 3, 4). Band ``（n）題名`` → level ``section``, number ``(n)``
    (NFKC), parent the goal's number, its page. 基本目標３ (2)'s last KPI runs onto page 4
    under the repeated header with no band: no second node; it keeps the context of
    基本目標３ / (2) (the page break is not a new 施策).
Y4. Rows under ``【数値目標】`` → kind ``numerical_target``; under a 施策 band → ``kpi``.
    ``kpi_name`` the merged 指標名 cell, its wrapped lines joined (three names wrap:
    地元水産物を…（６次産業化・農商工連携によるもの）, この地域で子育てを…割合,
    全国学力・…（全国平均との差）), NFKC (full-width brackets/digits → ASCII, so
    ``(6次産業化・農商工連携によるもの)``, ``(4月1日現在)``, ``(全国平均との差)`` stay part
    of the name as heldout14 U3). ``unit`` the 単位 cell NFKC (``％`` → ``%``, ``ポイント``,
    ``億円``, ``万人``, ``組``) on EVERY row of the indicator, the ``－`` and blank cells
    included (as heldout14 U and heldout10 Q4; Q's open ``unit`` xfail is the same
    question for a strategy — the lead decides). ``kpi_no`` and ``subject`` None (no row
    numbers printed) and not compared.
Y5. ``基準値（年度）`` → metric ``baseline``; its year from the cell itself (contract v1.1
    "Values that carry their own year"): ``28,450人（R元）`` → value 28450, year_label
    ``R元``, 2019; ``（H30）`` → H30, 2018; ``（R2）`` → 2020; ``（R3）`` → 2021. The header's
    ``（年度）`` is no year. ``value_text`` the whole cell, unit and year included.
Y6. The ``目標`` row under R3 … R6 → metric ``target`` 2021–2024 (per-year planned
    values); the ``実績`` row → ``actual`` 2021–2024; ``year_label`` the column header as
    printed (``R3`` …). The merged ``目標値（R7）`` cell → ``target`` too, year_label ``R7``
    (the header's parenthesised label, as Q6 / M9), 2025. A per-year 目標 and the final
    目標値 differ only by their year: both are ``target`` (the contract has one target
    metric; 目標 / 目標値 / 計画 all map to it), and no qualifier tells them apart (the
    contract's qualifier ``目標値`` is for an in-cell annotation, which neither prints).
    The plan's R7 target is not a 目標 row value: there is no R7 column.
Y7. ``累計20人`` / ``累計15件`` / ``累計6件`` (final targets) → 20 / 15 / 6, qualifier
    ``累計`` (Q6). The per-year 目標 cells of those indicators are cumulative too (note
    ※３) but print bare numbers: qualifier None (a note is not a qualifier of a cell).
    Every other row qualifier None.
Y8. ``▲286人（R元）``, ``▲250`` … → negative (contract numbers); ``▲50`` → −50.
    %-points (全国学力…, unit ``ポイント``): ``▲1.2ポイント（R元）`` → −1.2, ``▲0.5`` → −0.5,
    ``0.0`` → 0.0, ``+0.5`` → 0.5 (a printed plus sign is no part of the number's
    magnitude), ``+1.0`` → 1.0. Percentages as percent (``89.4%（R元）`` → 89.4).
Y9. ``－`` (この地域で子育て… R4 実績: survey not conducted; 産後ケア事業の利用者数 R3
    目標: no target set, per ※２) → rows with value None, value_text ``－``, not rejects.
    BLANK cells (この地域で子育て… R6 実績, 特定健康診査の受診率 R6 実績: not yet known,
    per ※２) → rows with value None and value_text ``""`` (contract: a blank cell is
    null and the row is still written; heldout15 V12).
Y10. ``達成状況`` marks are grades, not a rate: no ``achievement_rate`` rows (Q9).
Y11. Every row's ``page`` is the page its indicator is printed on (1, 2, 3; 4 for
    全国学力… and 基本目標４). No business units, no budget lines, no rejects.
"""

from __future__ import annotations

Y_PDF = "template_y_calc.pdf"
Y_PAGE_COUNT = 4
DASH = "\uff0d"

DOCUMENT_Y = dict(
    doc_type="strategy",
    municipality="しおさい市",
    title="第2期しおさい市まち・ひと・しごと創生総合戦略 効果検証シート(令和6年度実績)",
    fiscal_year=2024,
)

BUSINESS_UNITS_Y = None  # a strategy prints no business unit
BUDGET_LINES_Y: list[tuple[object, ...]] = []

_G1 = "基本目標1 地域の強みを生かした産業を振興し、安定した雇用を創出する"
_G2 = "基本目標2 しおさい市への新しいひとの流れをつくる"
_G3 = "基本目標3 結婚・出産・子育ての希望をかなえ、未来を担う人を育てる"
_G4 = "基本目標4 安心して暮らし続けられる持続可能なまちをつくる"
_S11 = f"{_G1} / (1) 水産業・農業の担い手確保と稼ぐ力の向上"
_S12 = f"{_G1} / (2) 企業誘致と創業支援による雇用の場の確保"
_S21 = f"{_G2} / (1) 移住・定住の促進"
_S22 = f"{_G2} / (2) 観光交流の推進と関係人口の創出"
_S31 = f"{_G3} / (1) 結婚・出産の希望をかなえる切れ目のない支援"
_S32 = f"{_G3} / (2) 子育て・教育環境の充実"
_S41 = f"{_G4} / (1) 地域公共交通の維持・確保"
_S42 = f"{_G4} / (2) 健康寿命の延伸と地域で支え合う体制づくり"
_NT, _KPI = "numerical_target", "kpi"

# fmt: off
STRUCTURE_Y = [
    dict(level="pillar", number="1", title="地域の強みを生かした産業を振興し、安定した雇用を創出する", parent_number=None, page=1),
    dict(level="section", number="(1)", title="水産業・農業の担い手確保と稼ぐ力の向上", parent_number="1", page=1),
    dict(level="section", number="(2)", title="企業誘致と創業支援による雇用の場の確保", parent_number="1", page=1),
    dict(level="pillar", number="2", title="しおさい市への新しいひとの流れをつくる", parent_number=None, page=2),
    dict(level="section", number="(1)", title="移住・定住の促進", parent_number="2", page=2),
    dict(level="section", number="(2)", title="観光交流の推進と関係人口の創出", parent_number="2", page=2),
    dict(level="pillar", number="3", title="結婚・出産・子育ての希望をかなえ、未来を担う人を育てる", parent_number=None, page=3),
    dict(level="section", number="(1)", title="結婚・出産の希望をかなえる切れ目のない支援", parent_number="3", page=3),
    dict(level="section", number="(2)", title="子育て・教育環境の充実", parent_number="3", page=3),
    dict(level="pillar", number="4", title="安心して暮らし続けられる持続可能なまちをつくる", parent_number=None, page=4),
    dict(level="section", number="(1)", title="地域公共交通の維持・確保", parent_number="4", page=4),
    dict(level="section", number="(2)", title="健康寿命の延伸と地域で支え合う体制づくり", parent_number="4", page=4),
]

# One line per indicator, as read off the pages:
# (kind, context, 指標名 (NFKC, wrap joined), 単位 (NFKC), page,
#  (基準値 cell, year_label, fiscal_year), (目標 R3, R4, R5, R6), (実績 R3, R4, R5, R6), 目標値（R7） cell)
_PRINTED = (
    # ---- page 1: 基本目標１
    (_NT, _G1, "市内事業所の従業者数", "人", 1, ("28,450人（R元）", "R元", 2019),
     ("28,500", "28,600", "28,700", "28,800"), ("27,912", "28,105", "28,390", "28,655"), "29,000"),
    (_NT, _G1, "漁業・水産加工業の生産額", "億円", 1, ("186.4億円（H30）", "H30", 2018),
     ("188.0", "190.0", "192.0", "194.0"), ("171.2", "179.8", "185.3", "190.6"), "196.0"),
    (_KPI, _S11, "新規漁業就業者数", "人", 1, ("3人（R元）", "R元", 2019),
     ("4", "8", "12", "16"), ("2", "5", "9", "14"), "累計20人"),
    (_KPI, _S11, "地元水産物を活用した新商品の開発件数(6次産業化・農商工連携によるもの)", "件", 1, ("2件（R2）", "R2", 2020),
     ("3", "6", "9", "12"), ("4", "7", "11", "15"), "累計15件"),
    (_KPI, _S12, "企業立地件数", "件", 1, ("1件（R元）", "R元", 2019),
     ("1", "2", "3", "4"), ("0", "2", "3", "5"), "累計6件"),
    (_KPI, _S12, "創業支援事業計画に基づく創業者数", "人", 1, ("12人（R元）", "R元", 2019),
     ("14", "15", "16", "17"), ("11", "16", "13", "18"), "20"),
    # ---- page 2: 基本目標２
    (_NT, _G2, "社会増減数", "人", 2, ("▲286人（R元）", "R元", 2019),
     ("▲250", "▲200", "▲150", "▲100"), ("▲241", "▲198", "▲215", "▲152"), "▲50"),
    (_KPI, _S21, "移住支援制度を利用した移住者数", "人", 2, ("38人（R元）", "R元", 2019),
     ("45", "50", "55", "60"), ("41", "57", "62", "68"), "70"),
    (_KPI, _S21, "空き家バンクの成約件数", "件", 2, ("9件（R元）", "R元", 2019),
     ("10", "12", "14", "16"), ("8", "13", "11", "17"), "18"),
    (_KPI, _S22, "観光入込客数", "万人", 2, ("248.6万人（R元）", "R元", 2019),
     ("150.0", "200.0", "240.0", "250.0"), ("132.4", "186.1", "231.7", "244.9"), "260.0"),
    (_KPI, _S22, "市内宿泊施設の延べ宿泊者数", "人", 2, ("312,400人（R元）", "R元", 2019),
     ("200,000", "250,000", "300,000", "320,000"), ("185,320", "241,876", "296,114", "318,502"), "330,000"),
    (_KPI, _S22, "ふるさと納税の寄附件数", "件", 2, ("8,215件（R2）", "R2", 2020),
     ("9,000", "10,000", "11,000", "12,000"), ("9,846", "12,330", "14,027", "15,611"), "13,000"),
    # ---- page 3: 基本目標３
    (_NT, _G3, "年間出生数", "人", 3, ("412人（R元）", "R元", 2019),
     ("400", "400", "400", "400"), ("386", "371", "352", "338"), "400"),
    (_NT, _G3, "この地域で子育てをしていきたいと思う親の割合", "%", 3, ("89.4%（R元）", "R元", 2019),
     ("90.0", "91.0", "92.0", "93.0"), ("90.2", DASH, "91.5", ""), "95.0"),
    (_KPI, _S31, "婚活支援事業によるカップル成立数", "組", 3, ("14組（R元）", "R元", 2019),
     ("15", "15", "18", "18"), ("9", "13", "17", "21"), "20"),
    (_KPI, _S31, "妊娠届出時の保健師等による面談実施率", "%", 3, ("96.8%（R2）", "R2", 2020),
     ("98.0", "99.0", "100.0", "100.0"), ("97.5", "99.2", "100.0", "100.0"), "100.0"),
    (_KPI, _S31, "産後ケア事業の利用者数", "人", 3, ("24人（R3）", "R3", 2021),
     (DASH, "30", "35", "40"), ("24", "33", "41", "52"), "50"),
    (_KPI, _S32, "保育所等の待機児童数(4月1日現在)", "人", 3, ("7人（R元）", "R元", 2019),
     ("3", "0", "0", "0"), ("4", "0", "2", "0"), "0"),
    # ---- page 4: the rest of 基本目標３ (2), then 基本目標４
    (_KPI, _S32, "全国学力・学習状況調査の平均正答率(全国平均との差)", "ポイント", 4, ("▲1.2ポイント（R元）", "R元", 2019),
     ("▲0.5", "0.0", "0.0", "+0.5"), ("▲0.8", "+0.3", "▲0.4", "+0.6"), "+1.0"),
    (_NT, _G4, "「住み続けたい」と思う市民の割合", "%", 4, ("72.5%（R元）", "R元", 2019),
     ("73.0", "74.0", "75.0", "76.0"), ("73.8", "74.1", "74.9", "76.2"), "78.0"),
    (_KPI, _S41, "デマンド交通の年間利用者数", "人", 4, ("18,240人（R2）", "R2", 2020),
     ("19,000", "20,000", "21,000", "22,000"), ("17,865", "20,412", "22,035", "23,310"), "24,000"),
    (_KPI, _S42, "特定健康診査の受診率", "%", 4, ("38.4%（H30）", "H30", 2018),
     ("45.0", "50.0", "55.0", "60.0"), ("36.1", "39.8", "42.6", ""), "60.0"),
    (_KPI, _S42, "週1回以上運動・スポーツをする成人の割合", "%", 4, ("41.2%（R元）", "R元", 2019),
     ("43.0", "45.0", "47.0", "50.0"), ("39.5", "42.8", "44.1", "46.7"), "50.0"),
)

# The numbers, typed separately: (基準値, 目標 R3–R6, 実績 R3–R6, 目標値R7) per indicator,
# in order (None = ``－`` or blank).
_NUMBERS: tuple[tuple[float | None, ...], ...] = (
    (28450, 28500, 28600, 28700, 28800, 27912, 28105, 28390, 28655, 29000),
    (186.4, 188.0, 190.0, 192.0, 194.0, 171.2, 179.8, 185.3, 190.6, 196.0),
    (3, 4, 8, 12, 16, 2, 5, 9, 14, 20),
    (2, 3, 6, 9, 12, 4, 7, 11, 15, 15),
    (1, 1, 2, 3, 4, 0, 2, 3, 5, 6),
    (12, 14, 15, 16, 17, 11, 16, 13, 18, 20),
    (-286, -250, -200, -150, -100, -241, -198, -215, -152, -50),
    (38, 45, 50, 55, 60, 41, 57, 62, 68, 70),
    (9, 10, 12, 14, 16, 8, 13, 11, 17, 18),
    (248.6, 150.0, 200.0, 240.0, 250.0, 132.4, 186.1, 231.7, 244.9, 260.0),
    (312400, 200000, 250000, 300000, 320000, 185320, 241876, 296114, 318502, 330000),
    (8215, 9000, 10000, 11000, 12000, 9846, 12330, 14027, 15611, 13000),
    (412, 400, 400, 400, 400, 386, 371, 352, 338, 400),
    (89.4, 90.0, 91.0, 92.0, 93.0, 90.2, None, 91.5, None, 95.0),
    (14, 15, 15, 18, 18, 9, 13, 17, 21, 20),
    (96.8, 98.0, 99.0, 100.0, 100.0, 97.5, 99.2, 100.0, 100.0, 100.0),
    (24, None, 30, 35, 40, 24, 33, 41, 52, 50),
    (7, 3, 0, 0, 0, 4, 0, 2, 0, 0),
    (-1.2, -0.5, 0.0, 0.0, 0.5, -0.8, 0.3, -0.4, 0.6, 1.0),
    (72.5, 73.0, 74.0, 75.0, 76.0, 73.8, 74.1, 74.9, 76.2, 78.0),
    (18240, 19000, 20000, 21000, 22000, 17865, 20412, 22035, 23310, 24000),
    (38.4, 45.0, 50.0, 55.0, 60.0, 36.1, 39.8, 42.6, None, 60.0),
    (41.2, 43.0, 45.0, 47.0, 50.0, 39.5, 42.8, 44.1, 46.7, 50.0),
)
# fmt: on

_YEARS = (("R3", 2021), ("R4", 2022), ("R5", 2023), ("R6", 2024))
_FINAL = ("R7", 2025)


def _float(n: float | None) -> float | None:
    return None if n is None else float(n)


def _rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for (kind, ctx, name, unit, page, base, targets, actuals, final), nums in zip(
        _PRINTED, _NUMBERS, strict=True
    ):
        cells = [("baseline", base[1], base[2], base[0])]
        cells += [("target", label, year, text)
                  for (label, year), text in zip(_YEARS, targets, strict=True)]  # fmt: skip
        cells += [("actual", label, year, text)
                  for (label, year), text in zip(_YEARS, actuals, strict=True)]  # fmt: skip
        cells.append(("target", *_FINAL, final))
        for (metric, label, year, text), number in zip(cells, nums, strict=True):
            out.append(dict(kind=kind, context=ctx, subject=None, kpi_no=None, kpi_name=name,
                            unit=unit, fiscal_year=year, year_label=label, metric=metric,
                            value=_float(number), value_text=text,
                            qualifier="累計" if text.startswith("累計") else None,
                            page=page))  # fmt: skip
    return out


KPI_VALUES_Y: list[dict[str, object]] = _rows()

# ------------------------------------------------------------------------- self-checks

# 23 indicators × (基準値 + 4 目標 + 4 実績 + 目標値); 6 数値目標 (2, 1, 2, 1 per goal), 17 KPIs.
assert len(KPI_VALUES_Y) == 23 * 10 == 230
assert sum(r["kind"] == _NT for r in KPI_VALUES_Y) == 6 * 10
assert len(STRUCTURE_Y) == 4 * 3
assert len({(r["kpi_name"], r["metric"], r["fiscal_year"]) for r in KPI_VALUES_Y}) == 230
# value None exactly where the cell is a dash or blank (two of each)
assert [r["value_text"] for r in KPI_VALUES_Y if r["value"] is None] == [DASH, "", DASH, ""]
# each numeric cell prints its number (commas, ▲, + and the unit/year aside)
assert all(
    r["value"] is None
    or str(r["value_text"]).replace(",", "").lstrip("▲+累計").startswith(f"{abs(r['value']):g}")
    or str(r["value_text"]).replace(",", "").lstrip("▲+").startswith(f"{abs(r['value']):.1f}")
    for r in KPI_VALUES_Y
)
# ▲ exactly on the negatives
assert all((r["value"] is not None and r["value"] < 0) == str(r["value_text"]).startswith("▲")
           for r in KPI_VALUES_Y)  # fmt: skip
# a baseline's text carries its own year label
assert all(f"（{r['year_label']}）" in str(r["value_text"])
           for r in KPI_VALUES_Y if r["metric"] == "baseline")  # fmt: skip
