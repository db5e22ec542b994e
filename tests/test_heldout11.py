"""Eleventh HELD-OUT document (fictional ひばりの市) against hand-typed expectations
(tests/expected/heldout11.py), field by field.

The PDF in ``tests/fixtures/heldout11/`` (R: an openpyxl .xlsx exported by LibreOffice
Calc, two A3-landscape 事務事業評価シート, one page each) was made to measure how the
parsers generalise to shapes they were not written against: a two-column page (事業概要
and the cost table on the left half, 指標 and 評価 on the right half, both halves'
labels on the same rows), years printed without an era (``2024年度決算``, ``2022``,
``2025（目標）``), 総合計画の体系 as ``政策 1 …`` over ``施策 1-2 …``, a cost table whose
人件費（B） label cell also prints the staff note, an 指標 table whose label cell prints
``目標値`` over ``実績値`` beside cells printing the target over the actual, then a
達成率 row in %, 今後の方向性 as one ``■拡充　□現状維持 …`` cell, the heading only in the
page header (top right) and the city only in the footer (bottom centre). Every contract
field is its own test, so a failing field is visible by name; those that fail today are
marked ``xfail(strict=False)`` with the reason "held-out template" and stay listed in
``_XFAIL`` below (remove an entry when the parser gets that field right). Run
``pytest -s tests/test_heldout11.py -k f1`` to see the field-level F1.
"""

from __future__ import annotations

from benchmarks.score_f1 import expected_heldout11

from .expected import heldout11
from .heldout_harness import HeldOutRound, heldout_tests

# (test, template, field) that fail with the parser; everything else must pass.
# BLIND score when these files were made (parser at f3a849d, before any fix): F1 0.484
# (P 0.820 R 0.343, tp=228 fp=50 fn=436); documents 1.000, kpi_values 0.000,
# business_units 0.000 (its F1 key holds measure_no), budget_lines 0.875, structure
# 0.000. The document fields (municipality from the footer, the heading from the page
# header, fiscal_year 2025), the two unit names, department, next_year_policy (■ in
# one cell) and summary, and 56 of the 64 budget lines are right at the blind run.
_XFAIL: frozenset[tuple[str, str, str]] = frozenset({
    # (Fixed: the 指標 table's bare-year header row 2022 … 2025（目標） and its label
    # cell 目標値 over 実績値, layout/year_heads.year_head and HeaderLabel.stacked; the 施策
    # printed as 施策 1-2 on the second row beside 総合計画の体系, Form.row_values and the
    # compound number in unit_sheet/fields.py: measure_no, structure, KPI context; the
    # staff note on 人件費（B）'s second line, vocabulary staff_note: the budget keys;
    # the heading number of '4 評価' printed in one run, accounting label.heading: opens.)
})  # fmt: skip

ROUND = HeldOutRound(
    name="held-out 11",
    expected=heldout11,
    templates=("r",),
    expected_f1=expected_heldout11,
    xfail=_XFAIL,
    check_rejects=True,
)
globals().update(heldout_tests(ROUND))
