"""Eighth HELD-OUT document (fictional ゆめさき市) against hand-typed expectations
(tests/expected/heldout8.py), field by field.

The PDF in ``tests/fixtures/heldout8/`` (N: a reportlab 令和6年度 施策評価票 of 施策 3-2,
a ruled label | value header grid, one 成果指標 table per indicator with the years
down and 目標値 | 実績値 | 達成率 across under caption rows naming the indicator, unit
and 指標の説明, a 施策を構成する事務事業 table over two pages with 令和5年度決算額 /
令和6年度予算額 in 千円 and a 合計 row, a 総合評価 by ● among ○ and a 市民満足度 table)
was made to measure how the parsers generalise to shapes they were not written against.
Every contract field is its own test, so a failing field is visible by name; those that
fail today are marked ``xfail(strict=False)`` with the reason "held-out template" and
stay listed in ``_XFAIL`` below (remove an entry when the parser gets that field right).
``test_f1_report`` prints the field-level precision / recall / F1 the project's scorer
(``benchmarks/score_f1.py``) computes; run ``pytest -s tests/test_heldout8.py -k f1``.
"""

from __future__ import annotations

from benchmarks.score_f1 import expected_heldout8

from .expected import heldout8
from .heldout_harness import HeldOutRound, heldout_tests

# (test, template, field) that fail with the parser; everything else must pass.
# Blind score when these files were made (parser at 54367fe, never read): F1 0.332
# (documents 1.000, kpi_values 0.443, business_units 0.000, budget_lines 0.000,
# structure 0.667; tp=129 fp=202 fn=318). Expected vs got at the blind run:
_XFAIL: frozenset[tuple[str, str, str]] = frozenset({
    # (Fixed since the blind run: status — the folios are furniture, the money cells
    # dated money columns, 3-2 the 施策's compound code, the 市民満足度 series statistics;
    # the units, the budget lines and the kpi rows but for year_label.)
    # N kpi year_label of the goal row (settled): N4 revised to the convention of
    # heldout_units2 (E), a year label's goal note is kept (令和7年度(目標)).
})  # fmt: skip

ROUND = HeldOutRound(
    name="held-out 8",
    expected=heldout8,
    templates=("n",),
    expected_f1=expected_heldout8,
    xfail=_XFAIL,
)
globals().update(heldout_tests(ROUND))
