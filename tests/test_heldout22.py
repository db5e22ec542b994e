"""Twenty-second HELD-OUT document (fictional はるかぜ町) against hand-typed expectations
(tests/expected/heldout22.py), field by field.

The PDF in ``tests/fixtures/heldout22/`` (AC: HTML + CSS laid out by ``pymupdf.Story``
into five A4-portrait pages with ``DocumentWriter``, IPAex embedded: a
``第３期はるかぜ町まち・ひと・しごと創生総合戦略``; page 1 the title, a labelled 計画期間 line
and 第１章 prose; then one 基本目標 per page, each a boxed heading, prose, a 【数値目標】
table ``番号 | 指標名 | 単位 | 基準値 | 基準年度 | 目標値 | 目標年度`` numbered ``①`` ``②``
(``③``), and per 施策 ``（n）題名`` a 【重要業績評価指標（KPI）】 table with SEPARATE year
columns ``指標名 | 単位 | 基準値 | 基準年度 | 目標値 | 目標年度``; years printed ``R5`` /
``令和5年度`` / ``2023年度`` across the document; ``累計35``, ``▲78``, ``+1.0`` and targets in
words ``増加`` / ``維持``; six wrapped names; ※ notes; the 14-row KPI table of 基本目標３ (1)
split over pages 4 → 5 with its header row repeated; running header and ``- n -`` folios)
was made to measure how the parsers generalise to a shape they were not written
against. Every contract field is its own test, so a failing field is visible by name;
those that fail today are marked ``xfail(strict=False)`` with the reason "held-out
template" and stay listed in ``_XFAIL`` below (remove an entry when the parser gets
that field right).
Run ``pytest -s tests/test_heldout22.py -k f1`` to see the F1 report.
"""

from __future__ import annotations

from benchmarks.score_f1 import expected_heldout22

from .expected import heldout22
from .heldout_harness import HeldOutRound, heldout_tests

# (test, template, field) that fail with the parser; everything else must pass.
# BLIND score when these files were made (parser at 9a4a525, its source never read): F1
# 0.858 (P 0.910 R 0.812, tp=478 fp=47 fn=111); documents 1.000 (tp=4 fp=0 fn=0),
# kpi_values 0.857 (tp=466 fp=46 fn=110), structure 0.889 (tp=8 fp=1 fn=1). 64 of the
# 72 rows come out with the right kind, name, metric, year (all three year styles),
# value, value_text, unit (the word targets included), qualifier ``累計`` and page; the
# misses: the 4 indicators of the split table under the repeated header on page 5
# (8 rows, 64 fields), kpi_no None on the 14 数値目標 rows, and 基本目標３'s wrapped
# title cut at the wrap (its node and the context of its 32 rows).
# Fixed since (see the README's held-out table): the table continued on page 5 under
# its repeated header is joined to its part on page 4 (kpi_tables.find_tables), the
# wrapped 基本目標３ title keeps its second line (outline), ``①`` in the 番号 column is
# the row's kpi_no; every field passes: F1 1.000.
_XFAIL: frozenset[tuple[str, str, str]] = frozenset()

ROUND = HeldOutRound(
    name="held-out 22",
    expected=heldout22,
    templates=("ac",),
    expected_f1=expected_heldout22,
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
    spaceless=frozenset({("ac", "document", "title"), ("ac", "kpi_values", "value_text")}),
    check_rejects=True,
)
globals().update(heldout_tests(ROUND))
