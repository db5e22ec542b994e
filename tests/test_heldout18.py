"""Eighteenth HELD-OUT document (fictional しおさい市) against hand-typed expectations
(tests/expected/heldout18.py), field by field.

The PDF in ``tests/fixtures/heldout18/`` (Y: a LibreOffice Calc export of an .xlsx
``第２期しおさい市まち・ひと・しごと創生総合戦略　効果検証シート（令和６年度実績）``, one A4
landscape worksheet over 4 pages with the header row repeated by print titles: one
ruled table ``指標名 | 単位 | 基準値（年度） | 区分 | R3 | R4 | R5 | R6 | 目標値（R7） |
達成状況``, merged band rows ``基本目標N　…`` / ``【数値目標】`` / ``（n）…``, every indicator
two rows (区分 ``目標`` over ``実績``) with name, unit, 基準値, 目標値 and 達成状況 merged over
both; 基準値 cells with unit and own year (``28,450人（R元）``), ``累計20人`` targets, %
and %-points (``+0.6`` / ``▲0.4``), ▲ negatives, ``－`` and blank cells, three wrapped
names, a 施策 continued over a page break, ◎ ○ △ × with a legend and ※ notes) was made
to measure how the parsers generalise to a shape they were not written against. Every
contract field is its own test, so a failing field is visible by name; those that fail
today are marked ``xfail(strict=False)`` with the reason "held-out template" and stay
listed in ``_XFAIL`` below (remove an entry when the parser gets that field right).
Run ``pytest -s tests/test_heldout18.py -k f1`` to see the F1 report.
"""

from __future__ import annotations

from benchmarks.score_f1 import expected_heldout18

from .expected import heldout18
from .heldout_harness import HeldOutRound, heldout_tests

# (test, template, field) that fail with the parser; everything else must pass.
# BLIND score when these files were made (parser at b7b8c51, never read): F1 0.005
# (P 1.000 R 0.002, tp=4 fp=0 fn=1622); documents 1.000, kpi_values 0.000 (tp=0 fp=0
# fn=1610), structure 0.000 (tp=0 fp=0 fn=12): the table (name column 指標名, no kind
# said, no label above it) was taken for a table of figures, and its R3–R6 columns
# name no metric. Now (fixer f18): F1 0.998 (P 0.998 R 0.998, tp=1622 fp=4 fn=4);
# documents 1.000, kpi_values 0.998 (tp=1606 fp=4 fn=4), structure 1.000 (tp=12):
# the table's own bands place its rows in the outline (kind and context), and the
# 区分 目標 / 実績 rows give the year columns their metric (layout.cell_facts.read_facts).
_XFAIL: frozenset[tuple[str, str, str]] = frozenset({
    # Y unit: the 単位 cell vs None ×4 (the ``－`` of この地域で子育て… R4 実績 and 産後ケア…
    # R3 目標, the blank R6 実績 of この地域で子育て… and 特定健康診査…): the strategy
    # parser gives a dash or blank cell no unit, as the older hand-written
    # test_strategy_shapes.py::test_excel_like_kpi_list (a ``－`` cell, unit None), which
    # wins over Y4 — the same open question as held-out 10's ``unit`` (Q4); the lead decides.
    ("kpi_values", "y", "unit"),
})  # fmt: skip

ROUND = HeldOutRound(
    name="held-out 18",
    expected=heldout18,
    templates=("y",),
    expected_f1=expected_heldout18,
    xfail=_XFAIL,
    kpi_fields=("kind", "context", "unit", "page", "year_label", "value", "value_text",
                "qualifier"),
    # strategy convention: white space removed from the title and value texts
    spaceless=frozenset({("y", "document", "title"), ("y", "kpi_values", "value_text")}),
    check_rejects=True,
)
globals().update(heldout_tests(ROUND))
