"""Twenty-sixth HELD-OUT document (fictional ゆうなぎ町) against hand-typed expectations
(tests/expected/heldout26.py), field by field.

The PDF in ``tests/fixtures/heldout26/`` (AG: python-docx → LibreOffice Writer, five A4
pages, IPAex embedded: a ``第２期ゆうなぎ町まち・ひと・しごと創生総合戦略``; page 1 a cover
with a labelled ``計画期間：令和５年度～令和９年度`` line; pages 2–3 a TWO-COLUMN section
(newspaper columns, ``w:cols w:num="2"``): 第１章 prose, then per 基本目標 a ruled
heading, 【基本的方向】 prose, a BORDERED 【数値目標】 box of lines
``NAME：現状値　３，２１０人（令和４年度）→目標値　３，４００人（令和９年度）`` (calendar years
``（令和４年）`` on some, ``令和３年`` → ``令和８年`` on one), and per 施策 ``（n）題名``, prose,
【主な取組】 bullets and inline lines ``【重要業績評価指標（ＫＰＩ）】　NAME：現状値　…→目標値
…`` that wrap over two or three lines of their column, names broken over the wrap;
full-width digits, ``▲``, ``累計``, ``万人``, ``億円``, ``％``; a 施策 whose two KPIs straddle
the page break; 第３章 prose; page 4 LANDSCAPE: one ruled table ``基本目標 | 施策 | 指標名 |
単位 | 現状値（R4） | 年度別目標 (R6 | R7 | R8) | 目標値（R9）`` with two header rows and
merged 基本目標 / 施策 cells, repeating the 12 KPIs with their yearly targets; page 5 only
a raster chart (its words and numbers pixels) with the caption ``図１　人口の推移``; folio
``－ n －`` on every page) was made to measure how the parsers generalise to a shape they
were not written against. Every contract field is its own test, so a failing field is
visible by name; those that fail today are marked ``xfail(strict=False)`` with the
reason "held-out template" and stay listed in ``_XFAIL`` below (remove an entry when
the parser gets that field right).
Run ``pytest -s tests/test_heldout26.py -k f1`` to see the F1 report.
"""

from __future__ import annotations

from benchmarks.score_f1 import expected_heldout26

from .expected import heldout26
from .heldout_harness import HeldOutRound, heldout_tests

# (test, template, field) that fail with the parser; everything else must pass.
# BLIND score when these files were made (parser at 816cc8c, its source never read): F1
# 0.653 (P 0.838 R 0.535, tp=418 fp=81 fn=363); documents 1.000 (tp=4 fp=0 fn=0),
# kpi_values 0.651 (tp=406 fp=74 fn=362), structure 0.667 (tp=8 fp=7 fn=1); status
# ``partial`` (``6 number(s) unassigned on pages 2, 3``), 0 rejects.
# Right at the blind run: doc_type, municipality, the title without the labelled period
# (AG1), fiscal_year 2023, page_count 5; the image page gives nothing and is not blamed
# (AG3); the LANDSCAPE table read whole: all 60 rows with kind, context from the merged
# 基本目標 / 施策 cells (wraps joined), the wrapped names, 単位 units (``%`` folded),
# ``R4`` baseline, the ``年度別目標`` R6–R8 as targets 2024–2026 (AG7), ``R9`` target,
# value, value_text, page 4.
# Wrong, expected vs got (every kpi field test fails on the missing rows; the causes):
# - the two-column pages give NO kpi row (36 missing: 12 数値目標 in the bordered boxes,
#   24 inline KPI values; 288 fn): no ``現状値　…（令和４年度）→目標値　…`` line is read as
#   an indicator. Six of the 36 numbers are ``unassigned.unknown_label`` (``loose``),
#   each a 目標値 that begins a continuation line (``１０件（令和９年度）``, ``値　４０人（令和
#   ９年度）``, ``標値　１０組（令和９年度）``, ``６０．０％（令和９年度）`` …); the other 30 are
#   neither rows nor listed as unassigned. Hence also 累計 (AG9), ``▲８５人`` (−85), the
#   ``令和3年`` → ``令和8年`` years (AG5), the names broken over the column wrap (AG6) and
#   the page-2 → page-3 straddle (AG10): none of them could be judged.
# - the 24 table rows of R4 / R9 fill the keys of the missing inline rows (AG8: each is
#   printed twice), so those 24 rows are compared with the inline ones: page 4 vs 2/3,
#   ``12`` vs ``累計１２人（令和４年度）`` …, qualifier None vs ``累計`` (74 fp).
# - structure: 15 nodes vs 9. From pages 2–3 only 6, read as if the two columns were
#   one: 基本目標１ and 基本目標３ missing (wrapped headings), 基本目標２ cut at its wrap
#   (``ゆうなぎ町への新しいひとの``), 1 (1) under parent ``2`` and printed after 2 (2),
#   1 (2) missing, 3 (1) / 3 (2) under parent ``2``; then all 9 nodes again from the
#   table's merged cells, page 4 (AG4 expects none from the table: the lead may revisit).
# Fixed since (branch wip-ag): F1 1.000 (tp=781 fp=0 fn=0), status ok, nothing
# unassigned. The accounting counts values printed after their word inside a line
# (labelled_values.py: the 30 values that were lost); the layout finds the columns'
# gutter (layout/columns.py), builds each column's lines apart and the outline walks
# the left column before the right; KPI / 数値目標 lines wrapped within their column
# are read whole (parsers/strategy/wrapped_values.py); a heading wrapped at its
# column's edge goes on. The table's nodes (AG4) are no longer emitted: the outline
# printed on pages 2–3 already holds them.
_XFAIL: frozenset[tuple[str, str, str]] = frozenset()

ROUND = HeldOutRound(
    name="held-out 26",
    expected=heldout26,
    templates=("ag",),
    expected_f1=expected_heldout26,
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
    spaceless=frozenset({("ag", "document", "title"), ("ag", "kpi_values", "value_text")}),
    check_rejects=True,
)
globals().update(heldout_tests(ROUND))
