"""Seventh HELD-OUT document (fictional あおばね町) against hand-typed expectations
(tests/expected/heldout7.py), field by field.

The PDF in ``tests/fixtures/heldout7/`` (M: a LibreOffice Writer export of a .docx
第2期あおばね町デジタル田園都市国家構想総合戦略, 令和6年度～令和10年度, 7 pages — a cover
without header, a 目次 with dotted leaders and page numbers, a prose chapter with
numbered sub-headings and a summary of the goals, one page per 基本目標 with a ruled
数値目標 table ``指標 | 基準値 | 目標値`` whose years are INSIDE the value cells
(``3,845人（令和4年度）``, ``△52人（令和4年）``, ``41.2万人（令和4年）``), 具体的な施策 ``（１）``
``（２）`` with 主な取組 bullets and KPIs printed as BULLETED PROSE LINES
``◇NAME　BASE（R4）→TARGET（R10）`` (a western year, 累計, 年間, full-width digits, a ``－``
baseline, ``62.5%``, a target in words ``増加``), one 施策 with a ruled KPI table ``KPI |
単位 | 基準値（R4） | 目標値（R10）`` instead, a running header and folio ``－ n －``) was
made to measure how the parsers generalise to shapes they were not written against.
Every contract field is its own test, so a failing field is visible by name; those that
fail today are marked ``xfail(strict=False)`` with the reason "held-out template" and
stay listed in ``_XFAIL`` below (remove an entry when the parser gets that field
right). ``test_f1_report`` prints the field-level precision / recall / F1 the project's
scorer (``benchmarks/score_f1.py``) computes; run ``pytest -s tests/test_heldout7.py -k
f1`` to see it.
"""

from __future__ import annotations

from benchmarks.score_f1 import expected_heldout7

from .expected import heldout7
from .heldout_harness import HeldOutRound, heldout_tests

# (test, template, field) that fail with the parser; everything else must pass.
# Blind score when this file was made (parser at 0c2855a, never read): F1 0.639
# (documents 0.750, kpi_values 0.621, structure 1.000; tp=138 fp=1 fn=155). The nine
# structure nodes, the 12 数値目標 rows (years inside the cells, △52, 万人, 億円, 令和9年)
# and the 6 rows of the ruled KPI table ``KPI | 単位 | 基準値（R4） | 目標値（R10）`` come out
# right, with no rejects. Expected vs got at the blind run:
# Fixed after the blind run (kpi_values 0.621 → 1.000): the 11 bulleted KPI lines
# ``◇NAME　BASE（R4）→TARGET（R10）`` under a 【重要業績評価指標（KPI）】 label are read as
# kpi rows (累計 a qualifier before a number, a full-width ``－`` baseline with its
# year, a short target in words ``増加（R10）`` with value null), so M's kpi fields are
# no longer blind.
_XFAIL: frozenset[tuple[str, str, str]] = frozenset({
    # M title (settled): judgement call M1 revised to the convention of
    # tests/test_strategy_shapes.py, a cover's period line under the title is kept.
})  # fmt: skip

ROUND = HeldOutRound(
    name="held-out 7",
    expected=heldout7,
    templates=("m",),
    expected_f1=expected_heldout7,
    xfail=_XFAIL,
    kpi_fields=("kind", "context", "unit", "page", "year_label", "value", "value_text",
                "qualifier"),
    # strategy convention: white space removed from the title and value texts
    spaceless=frozenset({("m", "document", "title"), ("m", "kpi_values", "value_text")}),
    check_rejects=True,
)
globals().update(heldout_tests(ROUND))
