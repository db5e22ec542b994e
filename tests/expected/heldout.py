
"""Expected values for the held-out layout variants in ``samples/heldout/``.

The variants print the same content as the committed samples, so their expectations
are DERIVED from the hand-typed modules ``tests.expected.evaluation_area37`` and
``tests.expected.strategy_2nd`` by the transformations listed below, never from the
generators' content modules (a bug shared by a generator and its content would
otherwise be invisible). The only hand-recorded facts are the layout ones (page
numbers), checked on the rendered PDFs, like ``PAGE_COUNT`` in ``strategy_2nd``.

``evaluation_variant_pymupdf.pdf`` (from ``evaluation_area37``):

* DOCUMENT: unchanged, except ``municipality = "会津若松市"``: every page carries the
  running header ``会津若松市 行政評価``, so the document names its city.
* KPI cells: the 達成率 row is not printed → every ``achievement_rate`` cell dropped
  (48 → 32 cells). Year labels are printed ``令和5年度 令和6年度 令和7年度 最終目標``:
  R5–R7 take the NFKC form of the calc label (``令和５年度`` → ``令和5年度``, same
  fiscal_year); the R8 column is printed ``最終目標`` → ``year_label "最終目標"``,
  ``fiscal_year None``. Values, units, value_text unchanged. All on page 1.
* Outcomes: unchanged (the table prints ``目標`` instead of ``計画``: still ``target``), page 13.
* Business units: ``population_goal`` ``基本目標2`` → ``柱2`` (the column prints the
  earlier template's name); everything else unchanged; ``page`` = page where the card starts.
* Budget lines: unchanged. The columns print ``令和7年度予算`` / ``令和8年度見込``
  without parentheses; ``basis`` keeps the contract's vocabulary ``予算`` / ``見込み``
  (judgement call: ``見込`` is the abbreviated spelling of the same basis). ``page`` is
  where the figure is printed: the card of 姉妹都市むつ市との交流事業 starts on p4 and
  its 財務内容 is on p5.
* Structure: unchanged.

``strategy_variant_reportlab.pdf`` (from ``strategy_2nd``):

* DOCUMENT, PILLARS, SECTIONS, MEASURES: unchanged (all four pillars of chapter 6 are printed).
* 数値目標: unchanged (headers ``現状値（R元年度末値）`` / ``目標値（R6年度末値）``, 柱4
  ``現状値（H30年値）`` / ``目標値（R6年値）``, whose year parts are the committed labels).
* KPI: year labels as printed in the variant's header ``基準値(R元年度末)`` /
  ``目標値(R6年度末)``: ``R元年度末値`` → ``R元年度末``, ``R6年度末値`` → ``R6年度末``
  (the year expression inside the parentheses, as the committed convention strips
  ``現状値``); fiscal years, values, units, qualifiers, value_text unchanged.
* FIRST_PERIOD_KPIS: dropped (chapter 3 is not printed).
"""

from __future__ import annotations

import unicodedata
from typing import Any

from tests.expected import evaluation_area37 as ev
from tests.expected import strategy_2nd as st

EVAL_PDF = "evaluation_variant_pymupdf.pdf"
STRATEGY_PDF = "strategy_variant_reportlab.pdf"
PAGE_COUNT = {EVAL_PDF: 13, STRATEGY_PDF: 13}
# KPI table whose rows continue on the next page (header not repeated there)
STRATEGY_SPLIT_TABLE = (("3", "(4)", "②"), (10, 11))

# --------------------------------------------------------------------------- evaluation

FINAL_TARGET = "最終目標"
FINAL_TARGET_YEAR = 2026  # the R8 column of the committed expectations becomes 最終目標


def _eval_year_label(calc_label: str, fiscal_year: int) -> tuple[str, int | None]:
    """(year_label, fiscal_year) as the variant prints the column."""
    if fiscal_year == FINAL_TARGET_YEAR:
        return FINAL_TARGET, None
    return unicodedata.normalize("NFKC", calc_label), fiscal_year


EVAL_DOCUMENT: dict[str, Any] = {**ev.DOCUMENT, "municipality": "会津若松市"}
EVAL_STRUCTURE = ev.STRUCTURE
EVAL_KPI_CONTEXT = ev.KPI_CONTEXT
EVAL_KPI_PAGE = 1
EVAL_OUTCOME_PAGE = 13

# (kpi_no, kpi_name, unit, year_label, fiscal_year, metric, value, value_text_normalised)
EVAL_KPI_CELLS: list[tuple[int, str, str, str, int | None, str, float | None, str]] = [
    (no, name, unit, *_eval_year_label(calc, fy), metric, value, text)
    for no, name, unit, _rl, calc, fy, metric, value, text in ev.KPI_CELLS
    if metric != "achievement_rate"
]

EVAL_OUTCOMES = ev.OUTCOMES

# page where each card starts (checked on the rendering)
EVAL_CARD_PAGES: dict[str, int] = {
    "姉妹都市・親善交流都市等交流事業": 4,
    "姉妹都市むつ市との交流事業": 4,
    "磐越自動車道沿線都市交流会議負担金": 5,
    "福島空港利用促進協議会負担金": 6,
    "国際交流推進事業": 6,
    "グローバル人材育成事業": 7,
    "友好都市交流事業": 7,
    "未来人財育成塾": 8,
    "核兵器廃絶平和都市宣言事業": 8,
    "会津若松市移住コーディネーターの設置": 9,
    "地方学生就職支援事業": 9,
    "会津若松市定住・二地域居住推進協議会負担金": 10,
    "移住支援金": 10,
    "UIJターン等移住給付金": 11,
    "住宅取得支援事業補助金": 11,
    "奨学金返還支援事業補助金": 12,
}
SPLIT_CARD = "姉妹都市むつ市との交流事業"  # 財務内容 onwards printed on the next page


def _variant_goal(goal: object) -> object:
    return goal.replace("基本目標", "柱") if isinstance(goal, str) else goal


EVAL_BUSINESS_UNITS: list[dict[str, Any]] = [
    {
        **unit,
        "population_goal": _variant_goal(unit["population_goal"]),
        "page": EVAL_CARD_PAGES[str(unit["name"])],
    }
    for unit in ev.BUSINESS_UNITS
]

# (business_unit, item, fiscal_year, basis, amount_yen, page)
EVAL_BUDGET_LINES: list[tuple[str, str, int, str, int | None, int]] = [
    (name, item, fy, basis, yen, EVAL_CARD_PAGES[name] + (name == SPLIT_CARD))
    for name, item, fy, basis, yen in ev.BUDGET_LINES
]

# --------------------------------------------------------------------------- strategy

_KPI_LABELS = {"R元年度末値": "R元年度末", "R6年度末値": "R6年度末"}

STRATEGY_DOCUMENT: dict[str, Any] = dict(st.DOCUMENT)
STRATEGY_PILLARS = st.PILLARS
STRATEGY_SECTIONS = st.SECTIONS
STRATEGY_MEASURES = st.MEASURES
STRATEGY_NUMERICAL_TARGETS: list[st.Kpi] = list(st.NUMERICAL_TARGETS)
STRATEGY_KPIS: list[st.Kpi] = [
    k._replace(year_label=_KPI_LABELS[k.year_label]) for k in st.KPIS
]

assert len(EVAL_KPI_CELLS) == 32
assert sum(1 for c in EVAL_KPI_CELLS if c[4] is None) == 8
assert len(EVAL_BUSINESS_UNITS) == 16 and len(EVAL_BUDGET_LINES) == 96
assert {u["population_goal"] for u in EVAL_BUSINESS_UNITS} == {"柱2", None}
assert len(STRATEGY_KPIS) == len(st.KPIS)
