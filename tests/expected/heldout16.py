# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""Expected values for the SIXTEENTH blind held-out document (fictional ほたるび町).

``tests/fixtures/heldout16/template_w_slides.pdf`` (PyMuPDF drawing, 4 landscape 16:9
slides, a 総合戦略【概要版】 as exported from PowerPoint): a title slide (title, 計画期間,
目指す将来像 in a coloured band, three goal cards), then one 基本目標 per slide in a
coloured header bar, its 数値目標 in a rounded box at the top right (``NAME　BASE（Ｒ５）
⇒TARGET（Ｒ１１）``), two or three 施策 boxes side by side, each with a title strip
``施策ｎ　題名``, 【主な取組】 bullets and a KPI box at its bottom (``ＫＰＩ：NAME`` over
``基準値 BASE（Ｒ５）→目標値 TARGET（Ｒ１１）``), block arrows (filled polygons) between
boxes, ``ほたるび町`` bottom left and ``n/4`` bottom right. The values below were typed by
hand from the rendered pages, written before the parser was read or run; nothing is
imported from the generator. If a parser and the generator agree with each other but
not with this file, this file wins.

Conventions: the strategy conventions of ``heldout7.py`` (M) and ``heldout10.py`` (Q):
``value_text`` the value as printed (full-width digits and brackets kept; compared with
whitespace removed), ``kpi_name`` NFKC, ``context`` ``基本目標N 題名`` for a 数値目標 and
``基本目標N 題名 / 施策n 題名`` for a KPI; data contract v1.1 "Values that carry their own
year" and "Targets in words".

Judgement calls, template W (ほたるび町, slides; the lead may revisit each):

W1. ``doc_type`` ``strategy``; ``municipality`` ``ほたるび町`` (title, footer logo text,
    date line). ``title`` the title line of slide 1, NFKC
    ``第3期ほたるび町まち・ひと・しごと創生総合戦略【概要版】`` (【】 kept; the 計画期間 is on
    its own line with a label and is not part of the title). ``fiscal_year`` 2025: the
    plan's first year (令和７年度), as M1.
W2. Slide 1 (将来像 band, the three goal cards ``基本目標１`` / title, the date line) gives
    no rows and no structure nodes: the goals are nodes on the slides that head them.
    The lead paragraph under each header bar, 【主な取組】 and its ``・`` bullets, the
    arrows, the ``※`` notes (slides 2 and 4), ``ほたるび町`` and ``n/4`` give no rows.
W3. STRUCTURE: header bar ``基本目標N　題名`` → level ``pillar``, number ``N`` (NFKC), no
    parent, page 2, 3, 4. Box title strip ``施策n　題名`` → level ``section``, number ``n``
    (NFKC; the word 施策 is the label, as ``（１）`` gives ``(1)`` elsewhere), parent the
    pillar's number, same page.
W4. The 数値目標 box lines → kind ``numerical_target``, context ``基本目標N 題名``;
    ``kpi_name`` the text before the full-width space; the part before ``⇒`` the
    ``baseline``, the part after it the ``target``, each with its own year: ``（Ｒ５）`` →
    year_label ``R5`` (NFKC), 2023; ``（Ｒ１１）`` → ``R11``, 2029 (the slide 2 note says
    Ｒ５ is 令和５年度).
W5. KPI boxes → kind ``kpi``, context ``基本目標N 題名 / 施策n 題名``; ``kpi_name`` the text
    after ``ＫＰＩ：``; ``基準値`` part the baseline, ``目標値`` part the target, years as W4.
    ``value_text`` the part after the label word (基準値 / 目標値), year included.
W6. Words before the number: ``年間３２０人`` → 320, 人, qualifier ``年間``; ``累計１５人``
    → 15, qualifier ``累計``; full-width digits read (``３，４２０`` → 3420, ``２８．６`` →
    28.6). ``６４．５％`` → 64.5, unit ``%``; ``万人``, ``億円`` units as printed.
W7. ``前年度比増（Ｒ１１）`` (a comparative target) → target row, value None, unit None,
    qualifier None, year_label R11, 2029. ``－（Ｒ５）`` (a new indicator, per the ※ note)
    → baseline row, value None, unit None, qualifier None, year_label R5, 2023. Neither
    is a reject.
W8. Every row's ``page`` is its slide (2, 3, 4). ``kpi_no`` and ``subject`` None, not
    compared. No business units, no budget lines, no rejects.
"""

from __future__ import annotations

W_PDF = "template_w_slides.pdf"
W_PAGE_COUNT = 4

DOCUMENT_W = dict(
    doc_type="strategy",
    municipality="ほたるび町",
    title="第3期ほたるび町まち・ひと・しごと創生総合戦略【概要版】",
    fiscal_year=2025,
)

BUSINESS_UNITS_W = None  # a strategy prints no business unit
BUDGET_LINES_W: list[tuple[object, ...]] = []

_G1 = "基本目標1 地域の資源を生かし、稼げるしごとをつくる"
_G2 = "基本目標2 ほたるび町への新しいひとの流れをつくる"
_G3 = "基本目標3 結婚・出産・子育ての希望をかなえ、安心して暮らせるまちをつくる"
_S11 = f"{_G1} / 施策1 農林業の担い手確保とスマート化"
_S12 = f"{_G1} / 施策2 商工業の振興と創業支援"
_S21 = f"{_G2} / 施策1 移住・定住の促進"
_S22 = f"{_G2} / 施策2 関係人口の創出・拡大"
_S23 = f"{_G2} / 施策3 観光交流の推進"
_S31 = f"{_G3} / 施策1 切れ目のない子育て支援"
_S32 = f"{_G3} / 施策2 デジタルを活用した暮らしの安心"
_NT, _KPI = "numerical_target", "kpi"

# fmt: off
STRUCTURE_W = [
    dict(level="pillar", number="1", title="地域の資源を生かし、稼げるしごとをつくる", parent_number=None, page=2),
    dict(level="section", number="1", title="農林業の担い手確保とスマート化", parent_number="1", page=2),
    dict(level="section", number="2", title="商工業の振興と創業支援", parent_number="1", page=2),
    dict(level="pillar", number="2", title="ほたるび町への新しいひとの流れをつくる", parent_number=None, page=3),
    dict(level="section", number="1", title="移住・定住の促進", parent_number="2", page=3),
    dict(level="section", number="2", title="関係人口の創出・拡大", parent_number="2", page=3),
    dict(level="section", number="3", title="観光交流の推進", parent_number="2", page=3),
    dict(level="pillar", number="3", title="結婚・出産・子育ての希望をかなえ、安心して暮らせるまちをつくる", parent_number=None, page=4),
    dict(level="section", number="1", title="切れ目のない子育て支援", parent_number="3", page=4),
    dict(level="section", number="2", title="デジタルを活用した暮らしの安心", parent_number="3", page=4),
]

# (kind, context, name, page,
#  (baseline text, value, unit, qualifier), (target text, value, unit, qualifier))
_PRINTED = (
    (_NT, _G1, "町内事業所の従業者数", 2, ("３，４２０人（Ｒ５）", 3420, "人", None), ("３，５００人（Ｒ１１）", 3500, "人", None)),
    (_NT, _G1, "農業産出額", 2, ("２８．６億円（Ｒ５）", 28.6, "億円", None), ("３０．０億円（Ｒ１１）", 30.0, "億円", None)),
    (_KPI, _S11, "新規就農者数", 2, ("２人（Ｒ５）", 2, "人", None), ("累計１５人（Ｒ１１）", 15, "人", "累計")),
    (_KPI, _S12, "創業支援による創業件数", 2, ("３件（Ｒ５）", 3, "件", None), ("年間５件（Ｒ１１）", 5, "件", "年間")),
    (_NT, _G2, "転入者数", 3, ("年間３２０人（Ｒ５）", 320, "人", "年間"), ("年間４００人（Ｒ１１）", 400, "人", "年間")),
    (_KPI, _S21, "空き家バンクの成約件数", 3, ("８件（Ｒ５）", 8, "件", None), ("１２件（Ｒ１１）", 12, "件", None)),
    (_KPI, _S22, "ふるさと納税の寄附件数", 3, ("４，８５０件（Ｒ５）", 4850, "件", None), ("前年度比増（Ｒ１１）", None, None, None)),
    (_KPI, _S23, "観光入込客数", 3, ("３６．２万人（Ｒ５）", 36.2, "万人", None), ("４０．０万人（Ｒ１１）", 40.0, "万人", None)),
    (_NT, _G3, "年間出生数", 4, ("４８人（Ｒ５）", 48, "人", None), ("５５人（Ｒ１１）", 55, "人", None)),
    (_KPI, _S31, "子育て支援に満足している保護者の割合", 4, ("６４．５％（Ｒ５）", 64.5, "%", None), ("７５．０％（Ｒ１１）", 75.0, "%", None)),
    (_KPI, _S32, "町公式アプリの登録者数", 4, ("－（Ｒ５）", None, None, None), ("３，０００人（Ｒ１１）", 3000, "人", None)),
)
# fmt: on

_YEARS = {"baseline": ("R5", 2023), "target": ("R11", 2029)}


def _rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for kind, ctx, name, page, base, target in _PRINTED:
        for metric, (text, number, unit, qual) in (("baseline", base), ("target", target)):
            label, year = _YEARS[metric]
            out.append(dict(kind=kind, context=ctx, subject=None, kpi_no=None, kpi_name=name,
                            unit=unit, fiscal_year=year, year_label=label, metric=metric,
                            value=None if number is None else float(number), value_text=text,
                            qualifier=qual, page=page))  # fmt: skip
    return out


KPI_VALUES_W: list[dict[str, object]] = _rows()

# ------------------------------------------------------------------------- self-checks
assert len(KPI_VALUES_W) == 11 * 2 == 22
assert sum(r["kind"] == _NT for r in KPI_VALUES_W) == 4 * 2
assert len(STRUCTURE_W) == 3 + 7
assert all((r["value"] is None) == (r["unit"] is None) for r in KPI_VALUES_W)
assert all(("Ｒ５" if r["metric"] == "baseline" else "Ｒ１１") in str(r["value_text"]) for r in KPI_VALUES_W)
