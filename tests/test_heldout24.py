"""Twenty-fourth HELD-OUT document (fictional ささなみ町) against hand-typed expectations
(tests/expected/heldout24.py), field by field.

The PDF in ``tests/fixtures/heldout24/`` (AE: reportlab platypus, four A4-portrait pages,
IPAex embedded: a ``第２期ささなみ町まち・ひと・しごと創生総合戦略　進捗状況報告書`` with
``（令和６年度 効果検証）`` under the title; page 1 the title block, prose and a boxed legend
of the 進捗状況 marks ◎ ○ △ ×; per 基本目標 a heading bar and a 【数値目標】 table
``数値目標 | 基準値（…） | 現状値（令和５年度） | 目標値（令和６年度） | 進捗状況``; per 施策 a
CARD, a shaded bar ``（n）　題名`` over one block per KPI: a name row ``ＫＰＩ①`` | NAME (or
``重要業績評価指標（ＫＰＩ）①``), three with a separate ``単位`` cell, a 4-column grid
``基準値（平成30年度） | 現状値（令和５年度） | 目標値（令和６年度） | 進捗状況`` over one value
row and a 【評価コメント】 paragraph; base years 平成30年度 / 令和元年度 / ``2019年`` and two
現状値 of 令和４年度 in the grid headers; units inside the values or in the 単位 cell; a
``－`` baseline, a ``増加`` target, ``累計``, ▲ negatives; wrapped names; a card continued
over a page break; running header and ``－ n －`` folios) was made to measure how the
parsers generalise to a shape they were not written against. Every contract field is its
own test, so a failing field is visible by name; those that fail today are marked
``xfail(strict=False)`` with the reason "held-out template" and stay listed in ``_XFAIL``
below (remove an entry when the parser gets that field right).
Run ``pytest -s tests/test_heldout24.py -k f1`` to see the F1 report.
"""

from __future__ import annotations

from benchmarks.score_f1 import expected_heldout24

from .expected import heldout24
from .heldout_harness import HeldOutRound, heldout_tests

# (test, template, field) that fail with the parser; everything else must pass.
# BLIND score when these files were made (parser at f0ed10e, its source never read): F1
# 0.323 (P 0.694 R 0.211, tp=109 fp=48 fn=408); documents 1.000 (tp=4 fp=0 fn=0),
# kpi_values 0.296 (tp=96 fp=48 fn=408), structure 1.000 (tp=9 fp=0 fn=0); status
# ``partial`` (``40 number(s) unassigned on pages 1, 2, 3, 4``), 0 rejects.
# Right at the blind run: doc_type, municipality, the title with its bracketed line
# (AE1), fiscal_year 2024; all 9 structure nodes with their pages (the card continued on
# page 4 gives no node, AE3); the 6 数値目標 tables' 基準値 and 目標値 rows (12 of 63):
# kind, context, kpi_no None, name (the wrapped 「ささなみ町で子育てをしたい」… joined),
# unit (``億円``, ``万人``, ``%``), year_label / fiscal_year from the header bracket
# (``平成30年度``, ``令和元年度``, ``令和6年度``), ``▲112人`` → −112, value_text, page.
# Wrong, expected vs got (every kpi field test fails on the missing rows; the causes):
# - 現状値 (AE5): the 6 数値目標 現状値 rows come out as metric ``baseline`` 2023 (the
#   contract's parenthesis) vs ``actual`` 2023: 6 extra baseline keys, 6 missing actual
#   keys (48 fp, 48 fn); their other fields (year_label ``令和5年度``, value, unit, page)
#   are right.
# - the 15 KPI blocks (AE4–AE10) give NO row: 45 rows missing (360 fn). Each block is a
#   name-row table (``ＫＰＩ①`` | NAME [| 単位 | UNIT]) over a separate 4-column grid
#   whose header names the metric and year but no indicator; the grid's numbers are
#   ``unassigned.unknown_table`` (34) or ``unassigned.no_header`` (6: the 現状値 and
#   目標値 of 新規就農者数, 企業立地件数 and 婚活支援事業… — whose 基準値 cells ``3人``,
#   ``1件``, ``3`` are neither rows nor listed as unassigned). Hence also kpi_no 1/2/3
#   from the label (AE4), the 単位 cell units (AE7), ``累計`` (AE8), the ``－`` baseline and
#   ``増加`` target (AE9), the ``2019年`` / ``令和4年度`` header years (AE6), the wrapped
#   names (AE10) and the page-4 continuation: none of them could be judged.
# Fixed on wip-ae (every field passes): the KPI blocks read by their name row
# (parsers/strategy/name_rows.py: ``ＫＰＩ①`` | NAME [| 単位 | UNIT] over the grid
# naming the metrics and years), 現状値 beside a 基準値 read as ``actual`` (AE5,
# kpi_model._current_as_actual), and ``3人`` / ``1件`` no longer taken for the outline
# number 3 / (1) by the accounting (printed_numbers.id_signature: a count prints a unit).
_XFAIL: frozenset[tuple[str, str, str]] = frozenset()

ROUND = HeldOutRound(
    name="held-out 24",
    expected=heldout24,
    templates=("ae",),
    expected_f1=expected_heldout24,
    xfail=_XFAIL,
    kpi_fields=(
        "kind",
        "subject",
        "context",
        "kpi_no",
        "unit",
        "page",
        "year_label",
        "value",
        "value_text",
        "qualifier",
    ),
    # strategy convention: white space removed from the title and value texts
    spaceless=frozenset({("ae", "document", "title"), ("ae", "kpi_values", "value_text")}),
    check_rejects=True,
)
globals().update(heldout_tests(ROUND))
