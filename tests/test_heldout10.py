# ruff: noqa: E501  (CJK docstring lines: ruff counts East Asian wide characters twice)
"""Tenth HELD-OUT document (fictional こもれび町) against hand-typed expectations
(tests/expected/heldout10.py), field by field.

The PDF in ``tests/fixtures/heldout10/`` (Q: a LibreOffice Calc export of an .xlsx
``第2期まち・ひと・しごと創生総合戦略（デジタル田園都市国家構想総合戦略）
数値目標・KPI 進捗状況一覧（令和6年度検証）``, one A4 landscape worksheet over 3 pages with the header row repeated
by print titles: one wide ruled table ``基本目標 | 具体的な施策 | 指標（数値目標・KPI） | 単位 |
基準値 | 目標値（R7） | R3実績 … R6実績 | 達成状況 | 担当課`` whose 基本目標 and 施策 cells are
vertically merged over their rows, each 基本目標 opening with its 【数値目標】 rows;
基準値 cells carrying their own year under the value (``4,215`` / ``（R1）``) or before it
(``2019年度　38.6``); actual cells with units inside, ``－``, ``集計中`` and a
``6,342※1（速報値）``; targets ``累計 20人`` and ``維持``; ◎ ○ △ × with a legend and ※
footnotes; the town named only in the running title, ``- n -`` folios) was made to
measure how the parsers generalise to a shape they were not written against. Every
contract field is its own test, so a failing field is visible by name; those that fail
today are marked ``xfail(strict=False)`` with the reason "held-out template" and stay
listed in ``_XFAIL`` below (remove an entry when the parser gets that field right).
Run ``pytest -s tests/test_heldout10.py -k f1`` to see the F1 report.
"""

from __future__ import annotations

from benchmarks.score_f1 import expected_heldout10

from .expected import heldout10
from .heldout_harness import HeldOutRound, heldout_tests

# (test, template, field) that fail with the parser; everything else must pass.
# Blind score when these files were made (parser as at f3a849d, never read): F1 0.580
# (documents 0.750, kpi_values 0.583, structure 0.000; tp=468 fp=334 fn=343). All 114
# (indicator, metric, year) keys come out, with the right value, value_text, year_label
# (the baseline's own year under or before the value, ``R3実績`` …) and page, and no
# rejects. Since read (wip-f10): kind, context and the 9 structure nodes (the merged
# heading cells left of the indicator); fiscal_year (the title's one 年度); unit but
# one row (the 単位 column on word cells, a dash 単位 no unit); qualifier (a footnote
# reference ※1 is no qualifier). At the blind run fiscal_year, kind, context, unit,
# qualifier and the structure fields failed. Expected vs got now:
_XFAIL: frozenset[tuple[str, str, str]] = frozenset({
    # Q unit: ``%`` vs None ×1 (``－`` R6実績 of 子育て支援に満足している保護者の割合): the
    # strategy parser gives a dash cell no unit, as the older hand-written
    # test_strategy_shapes.test_excel_like_kpi_list expects (``－`` 基準値 beside 単位 人 →
    # unit None), which wins over Q4 (and heldout8 N5); the lead decides.
    ("kpi_values", "q", "unit"),
})  # fmt: skip

ROUND = HeldOutRound(
    name="held-out 10",
    expected=heldout10,
    templates=("q",),
    expected_f1=expected_heldout10,
    xfail=_XFAIL,
    kpi_fields=("kind", "context", "unit", "page", "year_label", "value", "value_text",
                "qualifier"),
    # strategy convention: white space removed from the title and value texts
    spaceless=frozenset({("q", "document", "title"), ("q", "kpi_values", "value_text")}),
    check_rejects=True,
)
globals().update(heldout_tests(ROUND))
