"""Nineteenth HELD-OUT document (fictional ふじなみ町) against hand-typed expectations
(tests/expected/heldout19.py), field by field.

The PDF in ``tests/fixtures/heldout19/`` (Z: a 令和７年度 事務事業評価シート book of a town
exported by LibreOffice Calc from an .xlsx, three A4-portrait worksheets, one page each;
a running page header ``令和7年度　事務事業評価シート`` / ``ふじなみ町`` and a literal folio
``- 12 -`` …; a ruled label | value block with 担当課 and a two-row 総合計画の位置付け
(``基本目標２　…`` over ``施策２－３　…``); an indicator table with the years across as a
two-level header (``令和４年度`` over ``目標 | 実績``) and a wrapped 活動指標 / 成果指標
group label; a cost table whose ``（単位：千円）`` note sits above it outside its rules,
with a two-level header (``令和６年度`` over ``予算 | 決算``), ``事業費（総額）``, a vertical
財源内訳 label, 人件費, トータルコスト and a ``△152``; ■ / □ options) was made to measure
how the parsers generalise to shapes they were not written against. Every contract field
is its own test, so a failing field is visible by name; those that fail today are marked
``xfail(strict=False)`` with the reason "held-out template" and stay listed in
``_XFAIL`` below (remove an entry when the parser gets that field right). Run
``pytest -s tests/test_heldout19.py -k f1`` to see the field-level F1.
"""

from __future__ import annotations

from benchmarks.score_f1 import expected_heldout19

from .expected import heldout19
from .heldout_harness import HeldOutRound, heldout_tests

# (test, template, field) that fail with the parser; everything else must pass.
# BLIND score when these files were made (parser at ef2005e, its source never read): F1
# 0.993 (P 0.993 R 0.993, tp=796 fp=6 fn=6); documents 1.000 (tp=4), kpi_values 1.000
# (tp=384 fp=0 fn=0), business_units 0.889 (tp=24 fp=3 fn=3), budget_lines 1.000
# (tp=384 fp=0 fn=0), structure 0.000 (tp=0 fp=3 fn=3); status ok, 0 rejects, 0
# unassigned (114 numbers seen, 114 assigned).
# Right at the blind run: the document row (title and ふじなみ町 from the running page
# header, 2025), the three units' names, measure_no, legal_basis None, next_year_policy
# (■ in ``□拡充　■継続 …``), the two-line summaries joined; all 96 budget lines (the
# two-level year header with 令和６年度 over 予算 | 決算, 事業費(総額), the vertical
# 財源内訳 items, 単位：千円 above the table → × 1,000, ``△152`` → −152,000, ``－``); all
# 48 KPI rows (the year merged over 目標 | 実績, the wrapped 活動指標 / 成果指標 labels,
# ``％`` → ``%``, ``－`` and the blank R6 実績). Wrong, expected vs got: Z4
# ``担当課 | 住民福祉課　福祉係`` → ``住民福祉課`` vs ``住民福祉課・福祉係`` on all three
# sheets (the 係 after the 課 joined in); Z5 the measure node's parent_number ``2`` (the
# ``基本目標２`` row over the 施策 row) vs None on all three nodes.
# After this round's fixes (wip-z) _XFAIL is empty: a department label that names the 課
# itself (担当課, vocabulary department_section_label) drops the 係 after the 課
# (test_department_cell), and a 基本目標 row of the plan position is the measure's parent
# when no 政策 is printed (plan_goal_level, test_plan_goal_parent).
_XFAIL: frozenset[tuple[str, str, str]] = frozenset()

ROUND = HeldOutRound(
    name="held-out 19",
    expected=heldout19,
    templates=("z",),
    expected_f1=expected_heldout19,
    xfail=_XFAIL,
    check_rejects=True,
)
globals().update(heldout_tests(ROUND))
