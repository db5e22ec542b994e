"""Expected values for the third HELD-OUT pair (fictional しらかば市, みずなら市).

``tests/fixtures/heldout_units3/template_f_writer.pdf`` (python-docx → LibreOffice
Writer, 4 pages: an index page and a book of 3 事務事業評価シート whose tables have
horizontal rules only) and ``tests/fixtures/heldout_units3/template_g_pymupdf.pdf``
(PyMuPDF, 4 pages: an older-style 施策評価票 of one 政策分野 with its 事務事業一覧 and 4
cards) were made to measure how the parsers generalise to shapes not seen in
``samples/``, ``tests/fixtures/heldout_units/`` or ``tests/fixtures/heldout_units2/``.
The values below were typed by hand from what the pages print (rendered to PNG and
looked at), written before the parser was read or run; nothing is imported from the
generator (``tests/fixtures/heldout_units3/make_heldout_units3.py``) or produced by a
parser. If a parser and the generator agree with each other but not with this file,
this file wins.

Conventions (data contract v1.1; the unit-sheet conventions of ``heldout_units2.py``
for F, the 施策評価票 conventions of ``evaluation_book.py`` for G):

* ``value_text`` is the cell exactly as read (contract), whitespace runs collapsed
  (``－`` U+FF0D is kept, not folded to ``-``). Dash cells are rows / lines with value
  (amount) None.
* Both print money in 千円 (F: the paragraph ``（単位：千円）`` UNDER the cost table; G:
  ``単位：千円`` on a line above the table inside the 財務内容 block): ``amount_yen`` is
  the printed figure × 1,000.
* ``year_label`` and ``basis_label`` are NFKC of the printed label (G prints
  ``令和４年度`` → ``令和4年度``, as ``heldout.py`` does for the variant).

Judgement calls, template F (しらかば市, Writer; the lead may revisit each):

F1. Page 1 is an INDEX of the book, ``事務事業一覧`` ``No | 事務事業名 | 担当課 | ページ``
    (a fully ruled table). It gives NO rows of its own: no business unit (every unit is
    read from its own sheet; the index adds nothing the sheets do not print — no 施策,
    no 重点, no SDGs, no 方針), no structure node, no KPI or budget line. Its ``No`` is the
    book's running number, not a number within a 施策, so ``unit_no`` is None; its
    ``ページ`` column (2, 3, 4) is not money and not an indicator, and the note under it
    (``※各シートの金額は千円単位で表示しています。``) gives no row.
F2. ``municipality`` ``しらかば市``: printed under the title on page 1 and in the Writer
    page header (top right) of every page. ``title`` is the page-1 title line
    ``令和6年度 事務事業評価シート``, ``fiscal_year`` 2024. Each sheet's
    ``（令和5年度実施事業）`` line is the year evaluated, not the document's year.
F3. Writer's East-Asian autospace puts a U+0020 into the text layer between a Latin
    digit and a kanji (``令和6 年度``, ``R4 実績``, ``令和4 年度決算``). It is
    typographic spacing, not typed text: the expected strings have no such space
    (title ``令和6年度 事務事業評価シート`` keeps only the one real space after 年度;
    ``year_label`` ``R4実績``).
F4. ``name`` from ``事業の名称``; ``department`` from ``担当部局名`` printed as one cell
    ``観光商工部　観光課`` (U+3000) → ``観光商工部・観光課``; the ``担当係`` cell beside it
    (``観光振興係``) is not part of the department. ``measure_no`` from
    ``施策番号 | 5 | 施策名 | 観光交流の推進`` (two label/value pairs on one row).
    ``unit_no``, ``is_priority``, ``population_goal``: None (not printed).
F5. ``legal_basis`` from ``事業区分`` printed as bracket marks ``（　）法定　（ ○ ）自主``:
    sheet 1 自主, sheet 2 法定, sheet 3 ``（　）法定　（　）自主`` → None. ``根拠法令等``
    prints a law's or an ordinance's name (``観光立国推進基本法``): it is not the
    法定/自主 choice and gives nothing.
F6. ``next_year_policy`` from ``次年度方針`` ``（ ○ ）継続　（　）拡充　（　）縮小　（　）廃止``:
    the option whose brackets hold the ○ (the mark comes BEFORE its option): 継続, 拡充,
    縮小. The ``方針の理由：…`` paragraph under the table is not the policy nor the summary.
F7. ``sdg_targets`` from ``関連するSDGs``: ``8.9``; ``8.9、12.b`` → ``["8.9", "12.b"]``
    (``、`` separates; ``12.b`` is a real lettered SDG target, kept as printed); ``11.3``.
F8. ``summary`` is the ``事業の概要`` cell (its wrapped lines joined).
F9. Budget lines: rows ``事業費``, ``うち国県支出金``, ``うち一般財源``, ``人件費`` (``うち``
    kept, as heldout_units2.py does) × ``令和4年度決算 | 令和5年度決算 | 令和6年度予算``
    → (2022, 決算, ``決算``), (2023, 決算, ``決算``), (2024, 予算, ``予算``): 12 per sheet.
    Sheet 3's うち国県支出金 is dashes → amount None, value_text ``－``.
F10. KPI rows: the ``2　活動指標`` table → kind ``activity``, ``subject`` the unit,
    ``context`` ``施策N 名称`` (``施策5 観光交流の推進``), ``kpi_no`` None (no number
    printed). Columns ``R4実績`` → (2022, actual), ``R5実績`` → (2023, actual),
    ``R6目標`` → (2024, target); ``year_label`` is the whole printed column label (the
    metric word included: it is one cell, as ``R6年度見込`` is in heldout_units.py).
    3 rows per indicator, 2 indicators per sheet. Sheet 3's second indicator has a
    dash R4実績 → value None.
F11. Pages: the index is page 1, sheet n is page n + 1; every row of a sheet is on it.
F12. ``STRUCTURE``: one ``measure`` node per sheet (repeated 施策 included), number and
    title as printed, no parent (no 政策 is printed); none for the index.

Judgement calls, template G (みずなら市, PyMuPDF):

G1. ``municipality`` ``みずなら市`` from the 総合計画 name printed in the header
    (``第６次みずなら市総合計画　後期基本計画``); ``title`` ``令和7年度 施策評価票`` (NFKC
    of ``令和７年度　施策評価票``, the U+3000 becomes a space); ``fiscal_year`` 2025.
G2. ``STRUCTURE``: the labels ``政策目標 | 政策 | 政策分野`` are printed ABOVE their
    values (``３　快適で潤いのあるまち`` …): policy_goal 3 / policy 7 (parent 3) /
    policy_area 21 (parent 7), and the two 施策 of ``■ 施策の構成`` (parent 21), all on
    page 1. Numbers NFKC (``２１`` → ``21``).
G3. KPI rows: kind ``kpi``, ``context`` ``政策分野21 公園・緑地``, ``kpi_no`` the ``No``
    cell, ``subject`` None; ``令和４年度`` … ``令和６年度`` × 目標 (target) / 実績 (actual),
    plus the ``最終目標`` cell, MERGED across the 目標 and 実績 rows, printing one number:
    ONE ``target`` row with ``fiscal_year`` None and ``year_label`` ``最終目標`` (a target
    with no year; no actual row for it). 7 rows per indicator. KPI 2's 令和６年度 実績 is a
    dash → value None. ``unit`` as printed (``ha``, ``%``, ``件``).
G4. Business units: the 事務事業一覧 row joined with its card (``1－1　都市公園維持管理事業``
    heading). ``measure_no`` / ``unit_no`` from the list's 施策 / No columns (= the card
    heading). ``department``: the list's 担当課 column prints only the 課
    (``公園緑地課``); the card prints ``担当部・課 | 都市整備部　公園緑地課`` → the fuller
    card value ``都市整備部・公園緑地課``. ``legal_basis`` from the card's ``事業区分``
    (printed word). ``next_year_policy`` from ``今後の方向性`` (list and card agree).
    ``is_priority`` True where 重点 prints ◎, False where blank. ``population_goal``
    ``基本目標3`` (NFKC of ``基本目標３``) where printed, None where blank.
    ``sdg_targets`` from the list's SDGs cell: card 1-2 prints ``11.7`` over ``17.17``
    on two lines of one cell → ``["11.7", "17.17"]`` (never ``11.717.17`` or
    ``11.71``/``7.17``). ``summary`` the card's 事業概要. ``page`` the card's page.
G5. Outcome rows: each card's ``成果の推移`` table (``成果指標 | 単位 | 区分 | 令和４年度 |
    令和５年度 | 令和６年度``, rows 目標 / 実績) → kind ``outcome``, ``subject`` the card's
    unit, ``kpi_name`` the printed 成果指標, ``unit`` the 単位 cell, ``kpi_no`` None,
    ``context`` the sheet's 政策分野 (``政策分野21 公園・緑地``, as for the KPI rows: the
    contract gives a 施策評価票's rows its 政策分野), ``page`` the card's page. 6 rows per
    card. Card 2-2's 令和６年度 実績 is a dash.
G6. Budget lines: the 財務内容 block (its label VERTICAL, one glyph per line: not an item
    and not a value). Rows ``事業費``, ``特定財源``, ``一般財源``, ``人件費`` × the headers
    printed on two lines of one cell ``令和５年度`` / ``決算`` → (2023, 決算, ``決算``),
    (2024, 決算, ``決算``), (2025, 予算, ``予算``): 12 per card. Card 2-2's 特定財源 is
    dashes.
G7. Page 1's ``■ 施策の評価`` text and the header ``主管部局・課`` give no rows.
"""

from __future__ import annotations

# value_text is the cell exactly as read (contract): the sheets print "no value" as
# U+FF0D FULLWIDTH HYPHEN-MINUS, kept as printed (its NFKC form is "-").
DASH = "\uff0d"

F_PDF = "template_f_writer.pdf"
G_PDF = "template_g_pymupdf.pdf"
F_PAGE_COUNT = 4
G_PAGE_COUNT = 4

DOCUMENT_F = dict(
    doc_type="policy_evaluation",
    municipality="しらかば市",
    title="令和6年度 事務事業評価シート",
    fiscal_year=2024,
)

DOCUMENT_G = dict(
    doc_type="policy_evaluation",
    municipality="みずなら市",
    title="令和7年度 施策評価票",
    fiscal_year=2025,
)


def _float(v: float | None) -> float | None:
    return None if v is None else float(v)


def _text(n: float | None, fmt: str = "{:,}") -> str:
    return DASH if n is None else fmt.format(n)


# (business_unit, item, fiscal_year, basis, basis_label, amount_yen, value_text, page)
BudgetLine = tuple[str, str, int, str, str, "int | None", str, int]

# ------------------------------------------------------------------------- template F

_F1 = "観光案内所運営事業"
_F2 = "外国人観光客受入環境整備事業"
_F3 = "地域おこし協力隊活用事業"
_KANKO = "観光交流の推進"
_TEIJU = "移住・定住の促進"

_F_PAGE = {_F1: 2, _F2: 3, _F3: 4}
KPI_CONTEXT_F = {_F1: "施策5 観光交流の推進", _F2: "施策5 観光交流の推進",
                 _F3: "施策6 移住・定住の促進"}  # fmt: skip

BUSINESS_UNITS_F: list[dict[str, object]] = [
    dict(
        name=_F1,
        department="観光商工部・観光課",
        measure_no=5,
        unit_no=None,
        legal_basis="自主",
        next_year_policy="継続",
        is_priority=None,
        population_goal=None,
        sdg_targets=["8.9"],
        summary="駅前の観光案内所の運営を観光協会に委託し、観光客への案内、観光パンフレットの"
        "配布及び手荷物の一時預かりを行う。",
        page=2,
    ),
    dict(
        name=_F2,
        department="観光商工部・観光課",
        measure_no=5,
        unit_no=None,
        legal_basis="法定",
        next_year_policy="拡充",
        is_priority=None,
        population_goal=None,
        sdg_targets=["8.9", "12.b"],
        summary="外国人観光客の受入環境を整えるため、多言語案内板の設置や無料公衆無線LANの"
        "整備を行う事業者に対し、経費の一部を補助する。",
        page=3,
    ),
    dict(
        name=_F3,
        department="企画部・地域振興課",
        measure_no=6,
        unit_no=None,
        legal_basis=None,
        next_year_policy="縮小",
        is_priority=None,
        population_goal=None,
        sdg_targets=["11.3"],
        summary="都市地域から地域おこし協力隊員を受け入れ、地域資源を活かした情報発信や"
        "移住相談会への出展等の地域協力活動を行い、任期後の定住を図る。",
        page=4,
    ),
]

STRUCTURE_F = [
    dict(level="measure", number="5", title=_KANKO, parent_number=None, page=2),
    dict(level="measure", number="5", title=_KANKO, parent_number=None, page=3),
    dict(level="measure", number="6", title=_TEIJU, parent_number=None, page=4),
]

# 千円 as printed; None = dash. Columns: 令和4年度決算, 令和5年度決算, 令和6年度予算.
_F_COST: dict[str, dict[str, tuple[int | None, int | None, int | None]]] = {
    _F1: {
        "事業費": (8420, 8515, 8600),
        "うち国県支出金": (0, 0, 0),
        "うち一般財源": (8420, 8515, 8600),
        "人件費": (1640, 1660, 1700),
    },
    _F2: {
        "事業費": (12000, 15300, 18000),
        "うち国県支出金": (6000, 7650, 9000),
        "うち一般財源": (6000, 7650, 9000),
        "人件費": (2460, 2490, 2550),
    },
    _F3: {
        "事業費": (9800, 13650, 14400),
        "うち国県支出金": (None, None, None),
        "うち一般財源": (9800, 13650, 14400),
        "人件費": (820, 830, 850),
    },
}
_F_COLUMNS = ((2022, "決算", "決算"), (2023, "決算", "決算"), (2024, "予算", "予算"))

BUDGET_LINES_F: list[BudgetLine] = [
    (unit, item, year, basis, label, None if n is None else n * 1000, _text(n), _F_PAGE[unit])
    for unit, items in _F_COST.items()
    for item, values in items.items()
    for (year, basis, label), n in zip(_F_COLUMNS, values, strict=True)
]

# (kpi_name, unit, printed R4実績, R5実績, R6目標)
_F_KPI: dict[str, tuple[tuple[str, str, tuple[str, str, str]], ...]] = {
    _F1: (("案内所の開所日数", "日", ("358", "361", "360")),
          ("案内件数", "件", ("21,430", "24,118", "25,000"))),
    _F2: (("多言語案内板の設置基数", "基", ("12", "18", "20")),
          ("補助金交付件数", "件", ("8", "11", "15"))),
    _F3: (("協力隊員数", "人", ("2", "3", "3")),
          ("移住相談会への出展回数", "回", (DASH, "4", "6"))),
}  # fmt: skip
# The numbers of the same cells, typed separately.
_F_KPI_NUMBERS: dict[str, tuple[tuple[float | None, ...], ...]] = {
    _F1: ((358, 361, 360), (21430, 24118, 25000)),
    _F2: ((12, 18, 20), (8, 11, 15)),
    _F3: ((2, 3, 3), (None, 4, 6)),
}
_F_KPI_COLUMNS = (("R4実績", 2022, "actual"), ("R5実績", 2023, "actual"),
                  ("R6目標", 2024, "target"))  # fmt: skip


def _kpi_rows_f() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for unit, indicators in _F_KPI.items():
        for (name, kpi_unit, cells), numbers in zip(indicators, _F_KPI_NUMBERS[unit],
                                                    strict=True):  # fmt: skip
            base = dict(kind="activity", subject=unit, context=KPI_CONTEXT_F[unit], kpi_no=None,
                        kpi_name=name, unit=kpi_unit, page=_F_PAGE[unit])  # fmt: skip
            for (label, year, metric), text, number in zip(_F_KPI_COLUMNS, cells, numbers,
                                                           strict=True):  # fmt: skip
                rows.append(dict(base, fiscal_year=year, year_label=label, metric=metric,
                                 value=_float(number), value_text=text))  # fmt: skip
    return rows


KPI_VALUES_F = _kpi_rows_f()

# ------------------------------------------------------------------------- template G

_AREA = "政策分野21 公園・緑地"
_G11 = "都市公園維持管理事業"
_G12 = "パークPFI導入推進事業"
_G21 = "緑化推進事業"
_G22 = "保存樹木等保全助成事業"
_G_PAGE = {_G11: 2, _G12: 3, _G21: 3, _G22: 4}
_PARKS = "都市整備部・公園緑地課"

STRUCTURE_G = [
    dict(level="policy_goal", number="3", title="快適で潤いのあるまち", parent_number=None,
         page=1),
    dict(level="policy", number="7", title="魅力ある都市空間の形成", parent_number="3", page=1),
    dict(level="policy_area", number="21", title="公園・緑地", parent_number="7", page=1),
    dict(level="measure", number="1", title="公園の適正な維持管理", parent_number="21", page=1),
    dict(level="measure", number="2", title="緑化の推進と緑地の保全", parent_number="21",
         page=1),
]  # fmt: skip

BUSINESS_UNITS_G: list[dict[str, object]] = [
    dict(
        name=_G11,
        department=_PARKS,
        measure_no=1,
        unit_no=1,
        legal_basis="法定",
        next_year_policy="継続",
        is_priority=False,
        population_goal=None,
        sdg_targets=["11.7"],
        summary="市が管理する都市公園の除草、清掃、遊具等の点検・修繕を行い、利用者の安全と"
        "快適な利用環境を確保する。",
        page=2,
    ),
    dict(
        name=_G12,
        department=_PARKS,
        measure_no=1,
        unit_no=2,
        legal_basis="自主",
        next_year_policy="拡充",
        is_priority=True,
        population_goal="基本目標3",
        sdg_targets=["11.7", "17.17"],
        summary="公募設置管理制度(パークPFI)により、民間事業者がカフェ等の便益施設を設置し、"
        "その収益で園路や広場を整備する仕組みを導入する。",
        page=3,
    ),
    dict(
        name=_G21,
        department=_PARKS,
        measure_no=2,
        unit_no=1,
        legal_basis="自主",
        next_year_policy="見直し",
        is_priority=False,
        population_goal=None,
        sdg_targets=["15.1"],
        summary="市民への苗木の配布や、緑化協定を締結した地区の植栽に対する助成を行い、"
        "市街地の緑化を推進する。",
        page=3,
    ),
    dict(
        name=_G22,
        department="都市整備部・都市計画課",
        measure_no=2,
        unit_no=2,
        legal_basis="法定",
        next_year_policy="継続",
        is_priority=True,
        population_goal=None,
        sdg_targets=["15.5"],
        summary="保存樹木及び保存樹林に指定した樹木の所有者に対し、せん定等の維持管理に要する"
        "費用の一部を助成する。",
        page=4,
    ),
]

_G_YEARS = (("令和4年度", 2022), ("令和5年度", 2023), ("令和6年度", 2024))

# (kpi_no, kpi_name, unit, 目標 ×3 printed, 実績 ×3 printed, 最終目標 printed)
_G_KPI = (
    (1, "都市公園の面積", "ha", ("182.0", "184.5", "186.0"), ("181.2", "183.9", "185.1"),
     "190.0"),
    (2, "公園利用者の満足度", "%", ("60.0", "62.0", "64.0"), ("57.8", "61.3", DASH), "70.0"),
    (3, "緑化協定の締結件数(累計)", "件", ("35", "38", "41"), ("34", "38", "40"), "50"),
)  # fmt: skip
# Numbers typed separately: kpi_no → (目標 ×3, 実績 ×3, 最終目標)
_G_KPI_NUMBERS: dict[int, tuple[tuple[float | None, ...], tuple[float | None, ...], float]] = {
    1: ((182.0, 184.5, 186.0), (181.2, 183.9, 185.1), 190.0),
    2: ((60.0, 62.0, 64.0), (57.8, 61.3, None), 70.0),
    3: ((35, 38, 41), (34, 38, 40), 50),
}


def _kpi_rows_g() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for no, name, unit, target, actual, final in _G_KPI:
        n_target, n_actual, n_final = _G_KPI_NUMBERS[no]
        base = dict(kind="kpi", subject=None, context=_AREA, kpi_no=no, kpi_name=name,
                    unit=unit, page=1)  # fmt: skip
        for metric, texts, nums in (("target", target, n_target),
                                    ("actual", actual, n_actual)):  # fmt: skip
            for (label, year), text, number in zip(_G_YEARS, texts, nums, strict=True):
                rows.append(dict(base, fiscal_year=year, year_label=label, metric=metric,
                                 value=_float(number), value_text=text))  # fmt: skip
        rows.append(dict(base, fiscal_year=None, year_label="最終目標", metric="target",
                         value=_float(n_final), value_text=final))  # fmt: skip
    return rows


# unit → (成果指標, 単位, 目標 ×3 printed, 実績 ×3 printed)
_G_OUTCOME = {
    _G11: ("公園施設の点検実施率", "%", ("100.0", "100.0", "100.0"), ("98.5", "100.0", "100.0")),
    _G12: ("民間事業者との対話件数", "件", ("2", "3", "4"), ("1", "4", "3")),
    _G21: ("苗木配布本数", "本", ("3,000", "3,000", "3,500"), ("2,870", "3,120", "3,340")),
    _G22: ("保存樹木の指定本数(累計)", "本", ("120", "125", "130"), ("118", "123", DASH)),
}  # fmt: skip
_G_OUTCOME_NUMBERS: dict[str, tuple[tuple[float | None, ...], tuple[float | None, ...]]] = {
    _G11: ((100.0, 100.0, 100.0), (98.5, 100.0, 100.0)),
    _G12: ((2, 3, 4), (1, 4, 3)),
    _G21: ((3000, 3000, 3500), (2870, 3120, 3340)),
    _G22: ((120, 125, 130), (118, 123, None)),
}


def _outcome_rows_g() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for unit, (name, kpi_unit, target, actual) in _G_OUTCOME.items():
        n_target, n_actual = _G_OUTCOME_NUMBERS[unit]
        base = dict(kind="outcome", subject=unit, context=_AREA, kpi_no=None, kpi_name=name,
                    unit=kpi_unit, page=_G_PAGE[unit])  # fmt: skip
        for metric, texts, nums in (("target", target, n_target),
                                    ("actual", actual, n_actual)):  # fmt: skip
            for (label, year), text, number in zip(_G_YEARS, texts, nums, strict=True):
                rows.append(dict(base, fiscal_year=year, year_label=label, metric=metric,
                                 value=_float(number), value_text=text))  # fmt: skip
    return rows


KPI_VALUES_G = _kpi_rows_g() + _outcome_rows_g()

# 千円 as printed; None = dash. Columns: 令和５年度 決算, 令和６年度 決算, 令和７年度 予算.
_G_COST: dict[str, dict[str, tuple[int | None, int | None, int | None]]] = {
    _G11: {
        "事業費": (45200, 46800, 48100),
        "特定財源": (2000, 2000, 2000),
        "一般財源": (43200, 44800, 46100),
        "人件費": (12300, 12450, 12600),
    },
    _G12: {
        "事業費": (3300, 5500, 8000),
        "特定財源": (1650, 2750, 4000),
        "一般財源": (1650, 2750, 4000),
        "人件費": (4100, 4150, 4200),
    },
    _G21: {
        "事業費": (1850, 1920, 2000),
        "特定財源": (0, 0, 0),
        "一般財源": (1850, 1920, 2000),
        "人件費": (820, 830, 840),
    },
    _G22: {
        "事業費": (960, 1040, 1120),
        "特定財源": (None, None, None),
        "一般財源": (960, 1040, 1120),
        "人件費": (410, 415, 420),
    },
}
_G_COLUMNS = ((2023, "決算", "決算"), (2024, "決算", "決算"), (2025, "予算", "予算"))

BUDGET_LINES_G: list[BudgetLine] = [
    (unit, item, year, basis, label, None if n is None else n * 1000, _text(n), _G_PAGE[unit])
    for unit, items in _G_COST.items()
    for item, values in items.items()
    for (year, basis, label), n in zip(_G_COLUMNS, values, strict=True)
]

# ------------------------------------------------------------------------- self-checks

assert len(BUSINESS_UNITS_F) == 3 and len(BUSINESS_UNITS_G) == 4
assert len(BUDGET_LINES_F) == 3 * 4 * 3 == 36
assert len(BUDGET_LINES_G) == 4 * 4 * 3 == 48
assert len(KPI_VALUES_F) == 3 * 2 * 3 == 18
assert len(KPI_VALUES_G) == 3 * 7 + 4 * 6 == 45
assert all(
    (n is None and t == DASH) or t.replace(",", "") in (f"{n:g}", f"{n:.1f}")
    for r in KPI_VALUES_F + KPI_VALUES_G
    for n, t in [(r["value"], r["value_text"])]
)
assert all(
    (yen is None and text == DASH) or yen == int(text.replace(",", "")) * 1000
    for _u, _i, _y, _b, _l, yen, text, _p in BUDGET_LINES_F + BUDGET_LINES_G
)
# The sheets' own arithmetic: 国県支出金 + 一般財源 = 事業費 (F); 特定財源 + 一般財源 = 事業費 (G).
assert all(
    (c["うち国県支出金"][i] or 0) + (c["うち一般財源"][i] or 0) == c["事業費"][i]
    for c in _F_COST.values()
    for i in range(3)
)
assert all(
    (c["特定財源"][i] or 0) + (c["一般財源"][i] or 0) == c["事業費"][i]
    for c in _G_COST.values()
    for i in range(3)
)
