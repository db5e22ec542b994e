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
# (P 1.000 R 0.002, tp=4 fp=0 fn=1622); documents 1.000 (tp=4 fp=0 fn=0), kpi_values
# 0.000 (tp=0 fp=0 fn=1610), structure 0.000 (tp=0 fp=0 fn=12); no rejects.
# Right at the blind run: the document row (doc_type strategy, municipality しおさい市
# cut out of the title, the title NFKC, fiscal_year 2024), page_count 4, no business
# units / budget lines, no rejects. Wrong: the document is ``partial`` ("strategy
# recognised but no KPI or 数値目標 row could be read; 225 number(s) unassigned on
# pages 1, 2, 3, 4"): the table's cells are seen (every number is placed in "table 1"
# with its cell box) but the table is not recognised as a KPI table
# (``unassigned.unknown_table``), so none of the 230 expected rows (23 indicators ×
# 基準値 + 目標 R3–R6 + 実績 R3–R6 + 目標値（R7）) comes out and none of the 12 band-row
# structure nodes (基本目標N pillar, (n) section) either. Expected vs got: every kpi key
# missing (230 vs 0), every structure field [12 nodes] vs [].
_XFAIL: frozenset[tuple[str, str, str]] = frozenset({
    ("document", "y", "opens"),  # status ``partial`` vs ``ok`` (no KPI row read)
    ("kpi_values", "y", "keys"),
    *(("kpi_values", "y", f) for f in ("kind", "context", "unit", "page", "year_label",
                                       "value", "value_text", "qualifier")),
    *(("structure", "y", f) for f in ("level", "number", "title", "parent_number", "page")),
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
