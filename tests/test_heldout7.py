"""Seventh HELD-OUT document (fictional あおばね町) against hand-typed expectations
(tests/expected/heldout7.py), field by field.

The PDF in ``tests/fixtures/heldout7/`` (M: a LibreOffice Writer export of a .docx
第2期あおばね町デジタル田園都市国家構想総合戦略, 令和6年度～令和10年度, 7 pages — a cover
without header, a 目次 with dotted leaders and page numbers, a prose chapter with
numbered sub-headings and a summary of the goals, one page per 基本目標 with a ruled
数値目標 table ``指標 | 基準値 | 目標値`` whose years are INSIDE the value cells
(``3,845人（令和4年度）``, ``△52人（令和4年）``, ``41.2万人（令和4年）``), 具体的な施策 ``（１）``
``（２）`` with 主な取組 bullets and KPIs printed as BULLETED PROSE LINES
``◇NAME　BASE（R4）→TARGET（R10）`` (a western year, 累計, 年間, full-width digits, a ``－``
baseline, ``62.5%``, a target in words ``増加``), one 施策 with a ruled KPI table ``KPI |
単位 | 基準値（R4） | 目標値（R10）`` instead, a running header and folio ``－ n －``) was
made to measure how the parsers generalise to shapes they were not written against.
Every contract field is its own test, so a failing field is visible by name; those that
fail today are marked ``xfail(strict=False)`` with the reason "held-out template" and
stay listed in ``_XFAIL`` below (remove an entry when the parser gets that field
right). ``test_f1_report`` prints the field-level precision / recall / F1 the project's
scorer (``benchmarks/score_f1.py``) computes; run ``pytest -s tests/test_heldout7.py -k
f1`` to see it.
"""

from __future__ import annotations

from benchmarks.score_f1 import expected_heldout7

from .expected import heldout7
from .heldout_harness import HeldOutRound, heldout_tests

# (test, template, field) that fail with the parser; everything else must pass.
# Blind score when this file was made (parser at 0c2855a, never read): F1 0.639
# (documents 0.750, kpi_values 0.621, structure 1.000; tp=138 fp=1 fn=155). The nine
# structure nodes, the 12 数値目標 rows (years inside the cells, △52, 万人, 億円, 令和9年)
# and the 6 rows of the ruled KPI table ``KPI | 単位 | 基準値（R4） | 目標値（R10）`` come out
# right, with no rejects. Expected vs got at the blind run:
_XFAIL: frozenset[tuple[str, str, str]] = frozenset({
    # M title: 第2期あおばね町デジタル田園都市国家構想総合戦略 vs
    # 第2期あおばね町デジタル田園都市国家構想総合戦略 (令和6年度~令和10年度) (the cover's period,
    # printed on its own line under the title, is joined to it; judgement call M1).
    ("document", "m", "title"),
    # M keys: 40 rows vs 18: none of the 11 bulleted prose KPI lines
    # ``◇NAME　BASE（R4）→TARGET（R10）`` (pages 4, 5, 6) gives a row, so 22 kpi rows
    # (新規就農者数 累計12人（R4）→累計30人（R10）,
    # 町内事業所のテレワーク導入率 18.0%（2022年度）→40.0%（2027年度）,
    # 移住体験住宅の利用者数 年間６８人（R4）→年間１２０人（R10）,
    # 子育て支援アプリの登録者数 －（R4）→600人（R10）,
    # 地域子育て支援拠点の利用者数 4,820人（R4）→増加（R10）,
    # 特定健康診査の受診率 48.3%（R4）→62.5%（R10） …) are missing; no extra rows. Every kpi
    # field test fails on those missing rows (the 18 rows that exist match in every field).
    ("kpi_values", "m", "keys"),
    *(("kpi_values", "m", f) for f in ("kind", "context", "unit", "page", "year_label",
                                       "value", "value_text", "qualifier")),
})  # fmt: skip

ROUND = HeldOutRound(
    name="held-out 7",
    expected=heldout7,
    templates=("m",),
    expected_f1=expected_heldout7,
    xfail=_XFAIL,
    kpi_fields=("kind", "context", "unit", "page", "year_label", "value", "value_text",
                "qualifier"),
    # strategy convention: white space removed from the title and value texts
    spaceless=frozenset({("m", "document", "title"), ("m", "kpi_values", "value_text")}),
    check_rejects=True,
)
globals().update(heldout_tests(ROUND))
