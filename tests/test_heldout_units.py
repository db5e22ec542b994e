"""HELD-OUT 事務事業評価 templates (fictional あかねだ市 / ゆきわり町) against hand-typed
expectations (tests/expected/heldout_units.py), field by field.

The two PDFs in ``tests/fixtures/heldout_units/`` were made to measure how the
template-independent unit-sheet parser generalises to templates it was not written
against. ``test_f1_report`` prints the field-level
precision / recall / F1 the project's scorer (``benchmarks/score_f1.py``) computes; run
``pytest -s tests/test_heldout_units.py -k f1`` to see it.
"""

from __future__ import annotations

from benchmarks.score_f1 import expected_heldout_units

from .expected import heldout_units
from .heldout_harness import HeldOutRound, heldout_tests

# (test, template, field) that fail with the parser; see the module docstring.
# Everything not listed here must pass. Blind score when these files were made:
# F1 0.944 (B 1.000, C 0.840); the five C fields that failed then (municipality
# inside the title, 事業の目的・内容, basis_label of R4決算, 施策：1 … inline) were
# fixed in the parser and vocabulary afterwards, so C is no longer blind.
_XFAIL: frozenset[tuple[str, str, str]] = frozenset()

ROUND = HeldOutRound(
    name="held-out units",
    expected=heldout_units,
    templates=("b", "c"),
    expected_f1=expected_heldout_units,
    xfail=_XFAIL,
    kpi_fields=("kind", "subject", "context", "unit", "page", "year_label", "value",
                "value_text"),
)
globals().update(heldout_tests(ROUND))
