"""Ninth HELD-OUT document (fictional すずかけ町) against hand-typed expectations
(tests/expected/heldout9.py), field by field.

The PDF in ``tests/fixtures/heldout9/`` (P: two single-page 事務事業評価シート drawn with
PyMuPDF: ``事業名：…`` label and value in one title cell, 担当 with ``（内線215）``, PDCA
vertical band labels ``P 計画`` … ``A 改善`` at the left edge, a cost table with the
years across and the basis as rows (当初 / 補正 / 最終予算額 / 決算額, then 財源内訳
特定財源 / 一般財源) in 円, indicator cells with the target in brackets over the actual,
評価 marks ◎ ○ △ ×, 今後の方向性 as a check mark drawn in a box, 総合戦略 該当 / 非該当,
a footer with the town and No.N) was made to measure how the parsers generalise to a
shape they were not written against. Every contract field is its own test, so a
failing field is visible by name; those that fail today are marked
``xfail(strict=False)`` with the reason "held-out template" and stay listed in
``_XFAIL`` below (remove an entry when the parser gets that field right). Run
``pytest -s tests/test_heldout9.py -k f1`` to see the F1 report.
"""

from __future__ import annotations

from benchmarks.score_f1 import expected_heldout9

from .expected import heldout9
from .heldout_harness import HeldOutRound, heldout_tests

# (test, template, field) that fail with the parser; everything else must pass.
# Blind score when these files were made: F1 0.244 (P only; documents 1.000,
# business_units 0.000, budget_lines 0.450, kpi_values 0.000, structure 0.000); see
# ``benchmarks/score_f1.py``. Expected vs got at the blind run:
_XFAIL: frozenset[tuple[str, str, str]] = frozenset({
    # (opens passes since the footer No.1 / No.2 are furniture.folio; no_rejects since
    # the 財源内訳 rows take the note's basis and the indicator cells are read.)
    # (department, measure_no, next_year_policy, kpi context and the 2 structure nodes
    # are read since: 担当 label with its （内線215） dropped, 総合計画上の位置づけ naming
    # the 施策, a check mark drawn as two strokes; budget_lines since the basis-row
    # fixes; kpi_values since the legend fix: layout/stacked.py.)
})  # fmt: skip

ROUND = HeldOutRound(
    name="held-out 9",
    expected=heldout9,
    templates=("p",),
    expected_f1=expected_heldout9,
    xfail=_XFAIL,
    check_rejects=True,
)
globals().update(heldout_tests(ROUND))
