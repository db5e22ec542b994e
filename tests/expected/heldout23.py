# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""Expected values for the TWENTY-THIRD blind held-out document (fictional あおばね市).

``tests/fixtures/heldout23/template_ad_calc.pdf`` (an openpyxl .xlsx exported by
LibreOffice CALC, 3 A4-LANDSCAPE pages of one worksheet) is a 令和６年度 事務事業評価結果
一覧 of a city: the one-table form many municipalities publish INSTEAD of one sheet per
unit, made to measure how the parsers generalise to a template not seen in
``samples/``, ``tests/fixtures/`` or the earlier held-out rounds. Page 1 opens with a
heading block: ``令和６年度　事務事業評価結果一覧（令和５年度実施事業）`` (large, centred),
``あおばね市`` at the right under it, a one-line legend ``【評価】　A：目標を達成し、…
D：成果が上がっておらず、見直しが必要である``. Then ONE table whose two header rows are
repeated at the top of pages 2 and 3 (print titles): ``番号`` | ``事務事業名`` | ``担当課`` |
``令和５年度`` / ``決算額（千円）`` (two lines in one cell) | ``令和６年度`` / ``予算額（千円）`` |
``成果指標名（単位）`` | ``令和５年度`` merged over ``目標値 | 実績値`` | ``評価`` | ``今後の`` /
``方向性``. Band rows over the whole width: ``政策１　健やかで安心して暮らせるまち`` (darker)
and ``施策１－１　健康づくりの推進`` (lighter); one row per 事務事業 (24) with a code
``1-1-01`` … ``3-2-02`` in 番号, eight names and six indicator names wrapped over two
lines in their cells (some breaking inside the unit bracket: ``…の満足度（`` / ``%）``,
``…待機児童数（人`` / ``）``, ``…の被害額（千`` / ``円）``);
a ``合計`` row (label merged over 番号–担当課, the two money sums, the rest empty) closing
every 施策 and a ``総計`` row the table; 施策１－３ (band and two units on page 1, two units
and its 合計 on page 2) and 施策３－１ (band and two units on page 2, one unit and its 合計
on page 3) run over a page break. Under the table two ※ notes; footer ``- 1 -`` … ``- 3 -``.
The values below were typed by hand from the pages rendered to PNG, written before the
parser was run (its source never read); nothing is imported from the generator
(``tests/fixtures/heldout23/make_heldout23.py``) or produced by a parser. If a parser and
the generator agree with each other but not with this file, this file wins.

Conventions (as heldout20.py AA and heldout5.py K): ``value_text`` the cell exactly as
read (``－`` U+FF0D kept, a blank cell ``""``); every other text field NFKC (full-width
digits and brackets folded, ``　`` → one space, ``％`` → ``%``), line-wrap breaks inside
a cell removed.

Judgement calls, template AD (あおばね市, Calc; the lead may revisit each):

AD1. ``doc_type`` ``policy_evaluation`` (a 行政評価 result list; contract v1.1 covers every
     行政評価 shape); ``municipality`` ``あおばね市``, printed once, right under the heading
     on page 1 (the only place the city is named); ``title`` the heading
     ``令和６年度　事務事業評価結果一覧（令和５年度実施事業）`` → NFKC ``令和6年度
     事務事業評価結果一覧(令和5年度実施事業)`` (the bracketed year of the work evaluated kept,
     heldout20.py AA1); ``fiscal_year`` 2024, the evaluation's own 年度 (令和5年度 is the
     year evaluated, heldout8.py N1). The folios ``- 1 -`` … are furniture.
AD2. STRUCTURE from the band rows, in document order: ``政策１　…`` → level ``policy``,
     number ``1``, title ``健やかで安心して暮らせるまち``, no parent; ``施策１－２　地域福祉の推進``
     → level ``measure``, number ``1-2`` (NFKC of ``１－２``, as printed: heldout20.py AA2
     keeps ``4-1``), title ``地域福祉の推進``, parent ``1`` (the 政策 band above it and its
     number's first part agree). ``page`` the page the band is printed on (施策１－３ page 1
     although two of its units and its 合計 are on page 2; 政策３ and 施策３－１ page 2).
     3 policy + 7 measure nodes. The units themselves are no structure nodes (heldout19.py
     Z5: a unit is a business_units row).
AD3. Business units: one per row with a 番号 code, 24 in all. ``name`` the 事務事業名 with
     its line wrap removed (``民生委員・児童委員活動支援事業``, ``ファミリー・サポート・センター
     事業`` …). The code ``1-2-03`` is 政策-施策-unit: ``measure_no`` its middle part, the 施策's
     own number within its 政策 (``1-2`` → 2: heldout14.py U7, heldout20.py AA6, heldout19.py
     Z5; it always agrees with the 施策 band above the row), ``unit_no`` its last part with
     the leading zero dropped (``03`` → 3; the unit's number within its 施策, contract). So
     units of different 政策 share (measure_no, unit_no) (``1-1-01``, ``2-1-01``, ``3-1-01``
     are all (1, 1)): the contract's integers cannot hold the 政策 part; the 施策 is in the
     KPI context and the structure. ``department`` the 担当課 cell as printed (``健康推進課``;
     no 部 printed). ``next_year_policy`` the 今後の方向性 cell as printed: 拡充, 継続, 改善,
     縮小, 廃止 and ``完了`` for 3-1-02 (a printed word not in the contract's list is kept,
     v1.1). ``legal_basis``, ``is_priority``, ``population_goal``, ``summary`` None,
     ``sdg_targets`` []. ``page`` the page of the unit's row (1-3-03 and 1-3-04 page 2, 3-1-03
     page 3). The ``評価`` grade (A–D) has no contract field and gives nothing. The code
     itself is kept as printed in the addition ``unit_code`` (``1-2-03``: UNIT_CODES_AD).
AD4. The ``合計`` rows (one per 施策) and the ``総計`` row are NOT business units and give NO
     budget lines: they are sums of the unit lines printed above them (heldout5.py K6,
     heldout20.py AA7); as lines they would count the same money twice, and they have no
     事業名 to carry. (The page's arithmetic is checked below: every 合計 is the sum of its
     施策's units, 総計 the sum of the 合計 rows, 563,452 / 442,220.)
AD5. Budget lines: two per unit. The money headers print no item word → item ``事業費``
     (heldout20.py AA7, heldout5.py K6). ``令和５年度`` / ``決算額（千円）`` → fiscal_year 2023,
     basis ``決算``, basis_label ``決算額``; ``令和６年度`` / ``予算額（千円）`` → 2024, ``予算``,
     ``予算額``; the ``（千円）`` in each header → × 1,000 (``18,426`` → 18,426,000). 3-1-02's
     (完了) 令和６年度 cell ``－`` → amount None, value_text ``－`` (a line all the same, the
     contract: "null for -/blank"; ※1 says ``－`` is no budget). 24 × 2 = 48 lines.
AD6. KPI rows: two per unit, from ``成果指標名（単位）`` and the ``令和５年度`` group over
     ``目標値 | 実績値``. ``kind`` ``outcome`` (a business unit's 成果指標, v1.1), ``subject``
     the unit's name, ``context`` the 施策 band the row sits under, word, number and title
     as printed NFKC with one space (``施策1-2 地域福祉の推進``: heldout19.py Z5), the
     continued rows on the next page included (1-3-03 → ``施策1-3 子育て支援の充実``);
     ``kpi_no`` None (the 番号 is the unit's code, not the indicator's); ``kpi_name`` the
     name WITHOUT the bracketed unit, wrap removed (``見守り協定を締結した事業者数``); ``unit``
     the bracket's content NFKC (``％`` → ``%``, ``人``, ``件``, ``事業所``, ``局``, ``ha``,
     ``千人`` and ``千円`` for 農作物の被害額: the indicator's own unit, not the money columns'
     note) on both rows (heldout20.py AA3 reads ``NAME（単位）`` the same way). ``目標値`` →
     ``target``, ``実績値`` → ``actual``, both fiscal_year 2023 with ``year_label`` the group
     header NFKC ``令和5年度`` (heldout19.py Z11). ``page`` the row's page. 24 × 2 = 48 rows.
AD7. 1-2-03's 目標値 ``－`` (no target set for a count of consultations) → a ``target`` row
     with value None, value_text ``－``; 3-2-01's 実績値 is BLANK (※2: the survey is held
     every other year) → an ``actual`` row with value None, value_text ``""``. 1-3-01's
     目標値 ``0`` (no children waiting) is the number 0.0, not a blank.
AD8. The legend, the two ※ notes (``3-2-01``, ``令和５年度`` in prose are not read), the
     ``評価`` column and the folios give no rows.
"""

from __future__ import annotations

# value_text is the cell exactly as read: "no value" is U+FF0D FULLWIDTH HYPHEN-MINUS.
DASH = "\uff0d"
BLANK = ""

AD_PDF = "template_ad_calc.pdf"
AD_PAGE_COUNT = 3

DOCUMENT_AD = dict(
    doc_type="policy_evaluation",
    municipality="あおばね市",
    title="令和6年度 事務事業評価結果一覧(令和5年度実施事業)",
    fiscal_year=2024,
)

# the band rows as printed, NFKC: (level, number, title, parent, page)
_BANDS = (
    ("policy", "1", "健やかで安心して暮らせるまち", None, 1),
    ("measure", "1-1", "健康づくりの推進", "1", 1),
    ("measure", "1-2", "地域福祉の推進", "1", 1),
    ("measure", "1-3", "子育て支援の充実", "1", 1),
    ("policy", "2", "地域の魅力を生かした活力あるまち", None, 2),
    ("measure", "2-1", "農林業の振興", "2", 2),
    ("measure", "2-2", "商工業・観光の振興", "2", 2),
    ("policy", "3", "安全で快適に暮らせるまち", None, 2),
    ("measure", "3-1", "防災・減災対策の推進", "3", 2),
    ("measure", "3-2", "地域公共交通の確保", "3", 3),
)  # fmt: skip

STRUCTURE_AD = [
    dict(level=lv, number=no, title=t, parent_number=parent, page=page)
    for lv, no, t, parent, page in _BANDS
]
_CONTEXT = {no: f"施策{no} {t}" for lv, no, t, _p, _pg in _BANDS if lv == "measure"}

# One tuple per unit row, typed off the pages: (page, 番号, 事務事業名 (wrap removed), 担当課,
# R5 決算額 as printed, R6 予算額 as printed, indicator name without its bracket, unit NFKC,
# 目標値 as printed, 実績値 as printed, 今後の方向性). The 評価 column is left out (AD3).
_ROWS = (
    (1, "1-1-01", "特定健康診査等推進事業", "健康推進課", "18,426", "19,300", "特定健康診査の受診率", "%", "60.0", "54.3", "改善"),
    (1, "1-1-02", "がん検診推進事業", "健康推進課", "24,815", "25,640", "がん検診の延べ受診者数", "人", "9,800", "9,512", "継続"),
    (1, "1-1-03", "あおばね健康マイレージ事業", "健康推進課", "3,262", "3,900", "健康マイレージの参加者数", "人", "1,500", "1,684", "拡充"),
    (1, "1-1-04", "食生活改善推進員育成事業", "健康推進課", "1,148", "1,150", "食育講座の参加者数", "人", "600", "437", "改善"),
    (1, "1-2-01", "民生委員・児童委員活動支援事業", "福祉課", "9,870", "9,980", "民生委員・児童委員の充足率", "%", "100.0", "96.2", "継続"),
    (1, "1-2-02", "地域見守りネットワーク推進事業", "福祉課", "2,415", "2,600", "見守り協定を締結した事業者数", "事業所", "45", "48", "継続"),
    (1, "1-2-03", "生活困窮者自立支援事業", "福祉課", "31,204", "32,850", "新規相談の受付件数", "件", DASH, "186", "継続"),
    (1, "1-2-04", "成年後見制度利用支援事業", "高齢介護課", "4,736", "5,200", "市長申立てによる後見等開始件数", "件", "8", "6", "拡充"),
    (1, "1-3-01", "放課後児童クラブ運営事業", "こども家庭課", "126,580", "138,400", "放課後児童クラブの待機児童数", "人", "0", "12", "拡充"),
    (1, "1-3-02", "地域子育て支援センター運営事業", "こども家庭課", "21,347", "21,900", "子育て支援センターの延べ利用者数", "人", "18,000", "17,265", "継続"),
    (2, "1-3-03", "ファミリー・サポート・センター事業", "こども家庭課", "5,918", "6,100", "提供会員数", "人", "180", "152", "改善"),
    (2, "1-3-04", "病児・病後児保育事業", "こども家庭課", "14,260", "14,800", "病児保育の延べ利用者数", "人", "1,200", "1,318", "継続"),
    (2, "2-1-01", "新規就農者育成総合対策事業", "農林振興課", "15,750", "18,000", "新規就農者数", "人", "5", "4", "継続"),
    (2, "2-1-02", "有害鳥獣被害防止対策事業", "農林振興課", "12,683", "13,400", "野生鳥獣による農作物の被害額", "千円", "8,000", "9,146", "拡充"),
    (2, "2-1-03", "森林環境譲与税活用森林整備事業", "農林振興課", "22,940", "24,500", "間伐等の森林整備面積", "ha", "60.0", "63.5", "継続"),
    (2, "2-2-01", "中小企業融資利子補給事業", "商工観光課", "7,382", "5,200", "利子補給の対象件数", "件", "120", "74", "廃止"),
    (2, "2-2-02", "創業支援事業", "商工観光課", "4,500", "4,800", "支援による創業件数", "件", "10", "11", "継続"),
    (2, "2-2-03", "観光プロモーション推進事業", "商工観光課", "16,825", "18,300", "観光入込客数", "千人", "520", "488", "改善"),
    (2, "2-2-04", "あおばね夏まつり開催補助事業", "商工観光課", "6,000", "6,000", "夏まつりの来場者数", "人", "45,000", "47,800", "縮小"),
    (2, "3-1-01", "自主防災組織育成支援事業", "危機管理課", "3,540", "3,800", "自主防災組織の結成率", "%", "85.0", "83.7", "継続"),
    (2, "3-1-02", "防災行政無線デジタル化整備事業", "危機管理課", "148,720", DASH, "屋外拡声子局の整備数", "局", "42", "42", "完了"),
    (3, "3-1-03", "木造住宅耐震化促進事業", "建築住宅課", "8,960", "9,600", "耐震改修の補助件数", "件", "20", "13", "改善"),
    (3, "3-2-01", "コミュニティバス運行事業", "企画政策課", "42,316", "44,500", "コミュニティバス利用者の満足度", "%", "70.0", BLANK, "継続"),
    (3, "3-2-02", "デマンド型乗合タクシー運行事業", "企画政策課", "9,855", "12,300", "乗合タクシーの延べ利用者数", "人", "3,600", "3,912", "拡充"),
)  # fmt: skip

# The numbers, typed separately in the same row order: (R5 決算 千円, R6 予算 千円, 目標値,
# 実績値); None = ``－`` or blank.
_NUMBERS: tuple[tuple[int | None, int | None, float | None, float | None], ...] = (
    (18426, 19300, 60.0, 54.3),
    (24815, 25640, 9800, 9512),
    (3262, 3900, 1500, 1684),
    (1148, 1150, 600, 437),
    (9870, 9980, 100.0, 96.2),
    (2415, 2600, 45, 48),
    (31204, 32850, None, 186),
    (4736, 5200, 8, 6),
    (126580, 138400, 0, 12),
    (21347, 21900, 18000, 17265),
    (5918, 6100, 180, 152),
    (14260, 14800, 1200, 1318),
    (15750, 18000, 5, 4),
    (12683, 13400, 8000, 9146),
    (22940, 24500, 60.0, 63.5),
    (7382, 5200, 120, 74),
    (4500, 4800, 10, 11),
    (16825, 18300, 520, 488),
    (6000, 6000, 45000, 47800),
    (3540, 3800, 85.0, 83.7),
    (148720, None, 42, 42),
    (8960, 9600, 20, 13),
    (42316, 44500, 70.0, None),
    (9855, 12300, 3600, 3912),
)


def _parts(code: str) -> tuple[str, int, int]:
    """``1-2-03`` → (施策 ``1-2``, measure_no 2, unit_no 3) (AD3)."""
    policy, measure, unit = code.split("-")
    return f"{policy}-{measure}", int(measure), int(unit)


BUSINESS_UNITS_AD: list[dict[str, object]] = [
    dict(name=name, department=dept, measure_no=_parts(code)[1], unit_no=_parts(code)[2],
         legal_basis=None, next_year_policy=policy, is_priority=None, population_goal=None,
         sdg_targets=[], summary=None, page=page)
    for page, code, name, dept, _r5, _r6, _k, _u, _t, _a, policy in _ROWS
]  # fmt: skip

# Addition (business_units.unit_code, not in the harness's UNIT_FIELDS; tests/test_unit_codes.py):
# the 番号 cell as printed, NFKC, leading zeros kept (AD3), name → code.
UNIT_CODES_AD: dict[str, str] = {name: code for _p, code, name, *_rest in _ROWS}

# (business_unit, item, fiscal_year, basis, basis_label, amount_yen, value_text, page)
BudgetLine = tuple[str, str, int, str, str, "int | None", str, int]
_COLUMNS = ((2023, "決算", "決算額"), (2024, "予算", "予算額"))

BUDGET_LINES_AD: list[BudgetLine] = [
    (row[2], "事業費", year, basis, label, None if k is None else k * 1000, text, row[0])
    for row, numbers in zip(_ROWS, _NUMBERS, strict=True)
    for (year, basis, label), text, k in zip(_COLUMNS, row[4:6], numbers[:2], strict=True)
]  # fmt: skip


def _float(v: float | None) -> float | None:
    return None if v is None else float(v)


KPI_VALUES_AD: list[dict[str, object]] = [
    dict(kind="outcome", subject=row[2], context=_CONTEXT[_parts(row[1])[0]], kpi_no=None,
         kpi_name=row[6], unit=row[7], page=row[0], metric=metric, year_label="令和5年度",
         fiscal_year=2023, value=_float(number), value_text=text, qualifier=None)
    for row, numbers in zip(_ROWS, _NUMBERS, strict=True)
    for metric, text, number in zip(("target", "actual"), row[8:10], numbers[2:], strict=True)
]  # fmt: skip

# ------------------------------------------------------------------------- self-checks

assert len(STRUCTURE_AD) == 10 and len(_CONTEXT) == 7
assert len(BUSINESS_UNITS_AD) == 24 and len(BUDGET_LINES_AD) == 48 and len(KPI_VALUES_AD) == 48
assert len({u["name"] for u in BUSINESS_UNITS_AD}) == 24
assert len(set(UNIT_CODES_AD.values())) == 24 and UNIT_CODES_AD["生活困窮者自立支援事業"] == "1-2-03"
assert len({k["kpi_name"] for k in KPI_VALUES_AD}) == 24
# every unit sits under the 施策 band its code names, in band order
assert [_parts(r[1])[0] for r in _ROWS] == sorted(_parts(r[1])[0] for r in _ROWS)
assert {_parts(r[1])[0] for r in _ROWS} == set(_CONTEXT)
assert all(
    (n is None and t in (DASH, BLANK)) or float(t.replace(",", "")) == n
    for row, numbers in zip(_ROWS, _NUMBERS, strict=True)
    for t, n in zip((*row[4:6], *row[8:10]), numbers, strict=True)
)  # fmt: skip
# The page's own arithmetic: each 合計 row as printed (千円) is the sum of its 施策's units …
_TOTALS = {
    "1-1": (47651, 49990), "1-2": (48225, 50630), "1-3": (168105, 181200),
    "2-1": (51373, 55900), "2-2": (34707, 34300), "3-1": (161220, 13400),
    "3-2": (52171, 56800),
}  # fmt: skip
assert all(
    sum(n[i] or 0 for r, n in zip(_ROWS, _NUMBERS, strict=True) if _parts(r[1])[0] == m) == t
    for m, totals in _TOTALS.items() for i, t in enumerate(totals)
)  # fmt: skip
# … and the 総計 row is the sum of the 合計 rows.
assert tuple(sum(t[i] for t in _TOTALS.values()) for i in (0, 1)) == (563452, 442220)
