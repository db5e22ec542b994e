"""Second pair of HELD-OUT 事務事業評価 templates (fictional ときわの市 / はなぶさ町) against
hand-typed expectations (tests/expected/heldout_units2.py), field by field.

The two PDFs in ``tests/fixtures/heldout_units2/`` (D: landscape sheets stored portrait
with ``/Rotate 90``; E: a Calc 事務事業マネジメントシート book) were made to measure how the
template-independent unit-sheet parser generalises to templates it was not written
against. ``test_f1_report`` prints the field-level
precision / recall / F1 the project's scorer (``benchmarks/score_f1.py``) computes; run
``pytest -s tests/test_heldout_units2.py -k f1`` to see it.
"""

from __future__ import annotations

from benchmarks.score_f1 import expected_heldout_units2

from .expected import heldout_units2
from .heldout_harness import HeldOutRound, heldout_tests

# (test, template, field) that fail with the parser; everything else must pass.
# Blind score when these files were made: F1 0.765 (D 0.394, E 0.885). The fields
# that failed then (D: no budget lines under a 単位：千円 corner cell, circled
# choices, an unmarked option list taken as a phrase, 活動/成果 in a 区分 column;
# E: repeated print titles as a second unit, 目標4・目標17, 予算（案）, 施策 | 1 |
# name in three cells) were fixed in the parser afterwards: no longer blind.
_XFAIL: frozenset[tuple[str, str, str]] = frozenset()

ROUND = HeldOutRound(
    name="held-out units 2",
    expected=heldout_units2,
    templates=("d", "e"),
    expected_f1=expected_heldout_units2,
    xfail=_XFAIL,
    kpi_fields=("kind", "subject", "context", "unit", "page", "year_label", "value",
                "value_text"),
)
globals().update(heldout_tests(ROUND))
