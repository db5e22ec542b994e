"""Twelfth HELD-OUT document (fictional ゆずりは町) against hand-typed expectations
(tests/expected/heldout12.py), field by field.

The PDF in ``tests/fixtures/heldout12/`` (S: a python-docx .docx exported by LibreOffice
Writer, two 事務事業評価シート printed front and back, 4 A4-portrait pages) was made to
measure how the parsers generalise to shapes they were not written against: vertical
section labels (a narrow merged left column printing 事業概要 / 事業費 / 成果 / 評価 one
character per line), full-width digits everywhere (``令和６年度``, ``３，２５０，０００``), a
cost table with the years running down (``令和３年度`` … ``令和６年度``) and the columns
``当初予算額 | 補正予算額 | 最終予算額 | 決算額 | 増減`` in 円 with ``▲`` decreases, a
財源内訳 line for the latest 決算, a 成果指標 table with ``目標`` / ``実績`` as a two-row
label and a merged ``目標（令和７年度）`` cell, and the 評価 (◎ ○ △, 総合評価 as ``（○）継続``)
overleaf under a header repeating only 事業番号 and 事業名. Every contract field is its
own test, so a failing field is visible by name; those that fail today are marked
``xfail(strict=False)`` with the reason "held-out template" and stay listed in
``_XFAIL`` below (remove an entry when the parser gets that field right). Run
``pytest -s tests/test_heldout12.py -k f1`` to see the field-level F1.
"""

from __future__ import annotations

from benchmarks.score_f1 import expected_heldout12

from .expected import heldout12
from .heldout_harness import HeldOutRound, heldout_tests

# (test, template, field) that fail with the parser; everything else must pass.
# BLIND score when these files were made (parser at 6d15e5d, before any fix): F1 0.762
# (P 0.941 R 0.640, tp=256 fp=16 fn=144); documents 1.000, kpi_values 0.982,
# business_units 0.667, budget_lines 0.205, structure 1.000. Right at the blind run:
# the document fields (town and title from page 1's cover line, 2024), both unit names,
# department (the 課 without its 係), measure_no and the structure nodes (施策３－２ →
# 3-2 under 政策 3), every KPI row's key, value, value_text, unit, context and page, and
# the six 財源内訳 lines' amounts; no rejects. Expected vs got at the blind run:
_XFAIL: frozenset[tuple[str, str, str]] = frozenset({
    # year_label: 目標(令和7年度) vs 令和7年度 on the four final-target rows (the merged
    # 目標（令和７年度） column; fiscal_year 2025 and the values are right). Left failing:
    # heldout5.py J9 reads the same shape (目標値（令和7年度） merged over 目標/実績 rows)
    # as year_label 令和7年度, and heldout4.py I3 likewise; the two calls need the lead.
    ("kpi_values", "s", "year_label"),
})  # fmt: skip

ROUND = HeldOutRound(
    name="held-out 12",
    expected=heldout12,
    templates=("s",),
    expected_f1=expected_heldout12,
    xfail=_XFAIL,
    check_rejects=True,
)
globals().update(heldout_tests(ROUND))
