"""Field-level F1 of the pipeline on the held-out variants and the committed samples.

    python benchmarks/score_f1.py [-v]

Runs ``aizu_extract.pipeline.process_file`` on every (pdf, expectation) pair below and
prints precision / recall / F1 per document and table, then overall (micro-averaged
over all fields). The held-out rows are the honest number: those layouts were not
available while the parsers were written. The scorer never fails on a low score; it
only reports (the parsers are work in progress).

What a field is (matching and counting rules are in ``benchmarks/f1.py``):

* ``documents``: one row per file; fields ``doc_type``, ``title``, ``fiscal_year``,
  ``municipality``.
* ``kpi_values``: key ``(kind, kpi_name, metric, fiscal_year)`` + occurrence index in
  document order (``fiscal_year`` None for a 最終目標 column or a first-period line);
  fields ``value``, ``value_text``, ``unit``, ``qualifier``, ``year_label``, ``context``
  and, where the expectation knows them, ``kpi_no``, ``subject``, ``page``. For
  strategy documents ``context`` is reduced to its ``柱N`` tag (the contract's example
  ``柱1 ICTと…`` fixes the tag, not the rest of the wording).
* ``business_units``: key ``(measure_no, unit_no)``; fields ``name``, ``department``,
  ``legal_basis``, ``next_year_policy``, ``is_priority``, ``population_goal``,
  ``sdg_targets``, ``summary`` (+ ``page`` for the variant).
* ``budget_lines``: key ``(business_unit, item, fiscal_year, basis)``; field
  ``amount_yen`` (+ ``page`` for the variant; + ``basis_label``, ``value_text`` and
  ``page`` for the held-out unit sheets of ``tests/fixtures/heldout_units/``,
  ``tests/fixtures/heldout_units2/``, ``tests/fixtures/heldout_units3/``, the unit
  sheets H of ``tests/fixtures/heldout4/``, both documents of
  ``tests/fixtures/heldout5/`` and the book of ``tests/fixtures/heldout6/``).
* ``structure``: key ``(level, pillar, number, parent_number)``; field ``title``. Only
  numbered nodes are scored (unnumbered rows such as 【主な取組】 bullets are left
  out on both sides). ``pillar`` is the number of the last ``pillar`` row above the
  node in output order (``(1)``/``①`` repeat under every pillar). In strategy
  documents ``item`` and ``measure`` are the same level (the contract calls the ①
  level ``item``, the domain notes call it measures).

Names (kpi_name, business_unit, item, titles) and every string field are compared
after ``aizu_extract.normalize.text.compact``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make benchmarks/ and tests/ importable
    sys.path.insert(0, str(ROOT))

from aizu_extract.normalize.text import compact  # noqa: E402
from aizu_extract.pipeline import process_file  # noqa: E402
from benchmarks.f1 import Counts, Row, TableScore, score_document, total  # noqa: E402
from tests.expected import evaluation_area37 as ev  # noqa: E402
from tests.expected import heldout as ho  # noqa: E402
from tests.expected import heldout4 as h4  # noqa: E402
from tests.expected import heldout5 as h5  # noqa: E402
from tests.expected import heldout6 as h6  # noqa: E402
from tests.expected import heldout7 as h7  # noqa: E402
from tests.expected import heldout8 as h8  # noqa: E402
from tests.expected import heldout9 as h9  # noqa: E402
from tests.expected import heldout10 as h10  # noqa: E402
from tests.expected import heldout11 as h11  # noqa: E402
from tests.expected import heldout12 as h12  # noqa: E402
from tests.expected import heldout13 as h13  # noqa: E402
from tests.expected import heldout14 as h14  # noqa: E402
from tests.expected import heldout15 as h15  # noqa: E402
from tests.expected import heldout16 as h16  # noqa: E402
from tests.expected import heldout17 as h17  # noqa: E402
from tests.expected import heldout18 as h18  # noqa: E402
from tests.expected import heldout19 as h19  # noqa: E402
from tests.expected import heldout20 as h20  # noqa: E402
from tests.expected import heldout21 as h21  # noqa: E402
from tests.expected import heldout22 as h22  # noqa: E402
from tests.expected import heldout23 as h23  # noqa: E402
from tests.expected import heldout24 as h24  # noqa: E402
from tests.expected import heldout25 as h25  # noqa: E402
from tests.expected import heldout26 as h26  # noqa: E402
from tests.expected import heldout_units as hu  # noqa: E402
from tests.expected import heldout_units2 as hu2  # noqa: E402
from tests.expected import heldout_units3 as hu3  # noqa: E402
from tests.expected import strategy_2nd as st  # noqa: E402

Tables = dict[str, list[Row]]
SAMPLES = ROOT / "samples"
HELDOUT = SAMPLES / "heldout"

# --------------------------------------------------------------------------- extracted → rows


def _pillar_tag(context: Any) -> Any:
    if not isinstance(context, str):
        return context
    m = re.search(r"柱(\d+)", compact(context))
    return f"柱{m.group(1)}" if m else compact(context)


def actual_rows(
    rows: Mapping[str, Sequence[Mapping[str, Any]]], document: Mapping[str, Any]
) -> Tables:
    """Turn ``DocumentOutcome.rows`` (+ its documents row) into scorable rows."""
    strategy = document.get("doc_type") == "strategy"
    out: Tables = {
        "documents": [
            Row(
                (),
                {k: document.get(k) for k in ("doc_type", "title", "fiscal_year", "municipality")},
            )
        ],
        "kpi_values": [],
        "business_units": [],
        "budget_lines": [],
        "structure": [],
    }
    kpis = sorted(rows.get("kpi_values", ()), key=lambda r: r.get("page") or 0)
    for r in kpis:
        f = {
            k: r.get(k)
            for k in (
                "value",
                "value_text",
                "unit",
                "qualifier",
                "year_label",
                "kpi_no",
                "subject",
                "page",
            )
        }
        f["context"] = _pillar_tag(r.get("context")) if strategy else r.get("context")
        out["kpi_values"].append(
            Row((r.get("kind"), r.get("kpi_name"), r.get("metric"), r.get("fiscal_year")), f)
        )
    for r in rows.get("business_units", ()):
        f = {
            k: r.get(k)
            for k in (
                "name",
                "department",
                "legal_basis",
                "next_year_policy",
                "is_priority",
                "population_goal",
                "sdg_targets",
                "summary",
                "page",
            )
        }
        out["business_units"].append(Row((r.get("measure_no"), r.get("unit_no")), f))
    for r in rows.get("budget_lines", ()):
        key = (r.get("business_unit"), r.get("item"), r.get("fiscal_year"), r.get("basis"))
        out["budget_lines"].append(
            Row(key, {k: r.get(k) for k in ("amount_yen", "basis_label", "value_text", "page")})
        )
    pillar: str | None = None
    for r in rows.get("structure", ()):
        level = r.get("level")
        if strategy and level == "item":
            level = "measure"
        if level == "pillar":
            pillar = r.get("number")
        if r.get("number") is None:
            continue
        ctx = pillar if strategy and level != "pillar" else None
        key = (level, ctx, r.get("number"), r.get("parent_number"))
        out["structure"].append(Row(key, {"title": r.get("title")}))
    return out


# --------------------------------------------------------------------------- expectations


def _doc(d: Mapping[str, Any]) -> list[Row]:
    return [Row((), {k: d[k] for k in ("doc_type", "title", "fiscal_year", "municipality")})]


def _eval_structure() -> list[Row]:
    return [
        Row((n["level"], None, n["number"], n["parent_number"]), {"title": n["title"]})
        for n in ev.STRUCTURE
    ]


def _outcomes(page: int | None) -> list[Row]:
    out = []
    for subject, name, label, fy, metric, value in ev.OUTCOMES:
        f: dict[str, Any] = {"value": value, "year_label": label, "subject": subject}
        if page is not None:
            f["page"] = page
        out.append(Row(("outcome", name, metric, fy), f))
    return out


def expected_evaluation(rendering: str) -> Tables:
    """Committed 施策評価票 renderings: ``reportlab`` (R5 labels) or ``calc`` (令和５年度)."""
    kpis = [
        Row(
            ("kpi", name, metric, fy),
            {
                "value": value,
                "value_text": text,
                "unit": unit,
                "year_label": rl if rendering == "reportlab" else calc,
                "kpi_no": no,
                "context": ev.KPI_CONTEXT,
                "page": 1,
            },
        )
        for no, name, unit, rl, calc, fy, metric, value, text in ev.KPI_CELLS
    ]
    return {
        "documents": _doc(ev.DOCUMENT),
        "kpi_values": kpis + _outcomes(None),
        "business_units": [
            Row(
                (u["measure_no"], u["unit_no"]),
                {k: v for k, v in u.items() if k not in ("measure_no", "unit_no")},
            )
            for u in ev.BUSINESS_UNITS
        ],
        "budget_lines": [
            Row((n, i, fy, b), {"amount_yen": yen}) for n, i, fy, b, yen in ev.BUDGET_LINES
        ],
        "structure": _eval_structure(),
    }


def expected_evaluation_variant() -> Tables:
    kpis = [
        Row(
            ("kpi", name, metric, fy),
            {
                "value": value,
                "value_text": text,
                "unit": unit,
                "year_label": label,
                "kpi_no": no,
                "context": ho.EVAL_KPI_CONTEXT,
                "page": ho.EVAL_KPI_PAGE,
            },
        )
        for no, name, unit, label, fy, metric, value, text in ho.EVAL_KPI_CELLS
    ]
    return {
        "documents": _doc(ho.EVAL_DOCUMENT),
        "kpi_values": kpis + _outcomes(ho.EVAL_OUTCOME_PAGE),
        "business_units": [
            Row(
                (u["measure_no"], u["unit_no"]),
                {k: v for k, v in u.items() if k not in ("measure_no", "unit_no")},
            )
            for u in ho.EVAL_BUSINESS_UNITS
        ],
        "budget_lines": [
            Row((n, i, fy, b), {"amount_yen": yen, "page": page})
            for n, i, fy, b, yen, page in ho.EVAL_BUDGET_LINES
        ],
        "structure": _eval_structure(),
    }


def _strategy_kpi_rows(kind: str, kpis: Sequence[st.Kpi]) -> list[Row]:
    return [
        Row(
            (kind, k.kpi_name, k.metric, k.fiscal_year),
            {
                "value": k.value,
                "value_text": k.value_text,
                "unit": k.unit,
                "qualifier": k.qualifier,
                "year_label": k.year_label,
                "context": f"柱{k.pillar}",
            },
        )
        for k in kpis
    ]


def _strategy_structure(
    pillars: Sequence[st.Node], sections: Sequence[st.Node], measures: Sequence[st.Node]
) -> list[Row]:
    rows = [Row(("pillar", None, p.number, p.parent_number), {"title": p.title}) for p in pillars]
    rows += [
        Row(("section", s.pillar, s.number, s.parent_number), {"title": s.title}) for s in sections
    ]
    rows += [
        Row(("measure", m.pillar, m.number, m.parent_number), {"title": m.title}) for m in measures
    ]
    return rows


def expected_strategy() -> Tables:
    """Committed 総合戦略 renderings (both print the same labels)."""
    first = [
        Row(
            ("kpi", k.kpi_name, "target", None),
            {
                "value": k.value,
                "value_text": k.value_text,
                "unit": k.unit,
                "qualifier": k.qualifier,
                "context": k.context,
            },
        )
        for k in st.FIRST_PERIOD_KPIS
    ]
    # document order: chapter 3 (first period) comes before chapter 6
    return {
        "documents": _doc(st.DOCUMENT),
        "kpi_values": first
        + _strategy_kpi_rows("numerical_target", st.NUMERICAL_TARGETS)
        + _strategy_kpi_rows("kpi", st.KPIS),
        "structure": _strategy_structure(st.PILLARS, st.SECTIONS, st.MEASURES),
    }


def expected_strategy_variant() -> Tables:
    return {
        "documents": _doc(ho.STRATEGY_DOCUMENT),
        "kpi_values": _strategy_kpi_rows("numerical_target", ho.STRATEGY_NUMERICAL_TARGETS)
        + _strategy_kpi_rows("kpi", ho.STRATEGY_KPIS),
        "structure": _strategy_structure(
            ho.STRATEGY_PILLARS, ho.STRATEGY_SECTIONS, ho.STRATEGY_MEASURES
        ),
    }


HELDOUT_UNITS = ROOT / "tests" / "fixtures" / "heldout_units"


def expected_heldout_units(template: str) -> Tables:
    """The held-out unit-sheet templates B (あかねだ市) and C (ゆきわり町), every field."""
    b = template == "b"
    return _heldout_unit_tables(
        hu.DOCUMENT_B if b else hu.DOCUMENT_C,
        hu.BUSINESS_UNITS_B if b else hu.BUSINESS_UNITS_C,
        hu.BUDGET_LINES_B if b else hu.BUDGET_LINES_C,
        hu.KPI_VALUES_B if b else hu.KPI_VALUES_C,
        hu.STRUCTURE_B if b else hu.STRUCTURE_C,
    )


HELDOUT_UNITS2 = ROOT / "tests" / "fixtures" / "heldout_units2"


def expected_heldout_units2(template: str) -> Tables:
    """The second held-out pair, D (ときわの市, landscape) and E (はなぶさ町), every field."""
    d = template == "d"
    return _heldout_unit_tables(
        hu2.DOCUMENT_D if d else hu2.DOCUMENT_E,
        hu2.BUSINESS_UNITS_D if d else hu2.BUSINESS_UNITS_E,
        hu2.BUDGET_LINES_D if d else hu2.BUDGET_LINES_E,
        hu2.KPI_VALUES_D if d else hu2.KPI_VALUES_E,
        hu2.STRUCTURE_D if d else hu2.STRUCTURE_E,
    )


HELDOUT_UNITS3 = ROOT / "tests" / "fixtures" / "heldout_units3"


def expected_heldout_units3(template: str) -> Tables:
    """The third held-out pair, F (しらかば市, Writer book with an index page) and G
    (みずなら市 施策評価票), every field (kpi_no included)."""
    f = template == "f"
    return _heldout_unit_tables(
        hu3.DOCUMENT_F if f else hu3.DOCUMENT_G,
        hu3.BUSINESS_UNITS_F if f else hu3.BUSINESS_UNITS_G,
        hu3.BUDGET_LINES_F if f else hu3.BUDGET_LINES_G,
        hu3.KPI_VALUES_F if f else hu3.KPI_VALUES_G,
        hu3.STRUCTURE_F if f else hu3.STRUCTURE_G,
        extra_kpi_fields=("kpi_no",),
    )


HELDOUT4 = ROOT / "tests" / "fixtures" / "heldout4"


def expected_heldout4(template: str) -> Tables:
    """The fourth held-out pair: H (かすみ野市 事務事業評価書 from Calc, every unit-sheet
    field, kpi_no included) and I (ゆりが浜町 デジタル田園都市 strategy: documents,
    kpi_values with their full context and page, structure)."""
    if template == "h":
        return _heldout_unit_tables(h4.DOCUMENT_H, h4.BUSINESS_UNITS_H, h4.BUDGET_LINES_H,
                                    h4.KPI_VALUES_H, h4.STRUCTURE_H,
                                    extra_kpi_fields=("kpi_no",))  # fmt: skip
    return _strategy_tables(h4.DOCUMENT_I, h4.KPI_VALUES_I, h4.STRUCTURE_I)


HELDOUT5 = ROOT / "tests" / "fixtures" / "heldout5"


def expected_heldout5(template: str) -> Tables:
    """The fifth held-out pair, J (みなとがわ市 事務事業評価調書 from Writer) and K (ほしかわ市
    平成30年度 施策評価シート, units only in its 事務事業一覧), every field (kpi_no included)."""
    j = template == "j"
    return _heldout_unit_tables(
        h5.DOCUMENT_J if j else h5.DOCUMENT_K,
        h5.BUSINESS_UNITS_J if j else h5.BUSINESS_UNITS_K,
        h5.BUDGET_LINES_J if j else h5.BUDGET_LINES_K,
        h5.KPI_VALUES_J if j else h5.KPI_VALUES_K,
        h5.STRUCTURE_J if j else h5.STRUCTURE_K,
        extra_kpi_fields=("kpi_no",),
    )


HELDOUT6 = ROOT / "tests" / "fixtures" / "heldout6"


def expected_heldout6(template: str) -> Tables:
    """The sixth held-out document, L (やまぶき市 事務事業評価シート book from Calc, the
    third sheet over two pages), every field (kpi_no included)."""
    assert template == "l", template
    return _heldout_unit_tables(h6.DOCUMENT_L, h6.BUSINESS_UNITS_L, h6.BUDGET_LINES_L,
                                h6.KPI_VALUES_L, h6.STRUCTURE_L,
                                extra_kpi_fields=("kpi_no",))  # fmt: skip


HELDOUT7 = ROOT / "tests" / "fixtures" / "heldout7"


def expected_heldout7(template: str) -> Tables:
    """The seventh held-out document, M (あおばね町 第2期デジタル田園都市国家構想総合戦略 from
    Writer: years inside the 数値目標 cells, KPIs as bulleted prose lines): documents,
    kpi_values with their full context and page, structure (as heldout4's I)."""
    assert template == "m", template
    return _strategy_tables(h7.DOCUMENT_M, h7.KPI_VALUES_M, h7.STRUCTURE_M)


HELDOUT8 = ROOT / "tests" / "fixtures" / "heldout8"


def expected_heldout8(template: str) -> Tables:
    """The eighth held-out document, N (ゆめさき市 令和6年度 施策評価票 from reportlab: KPI
    tables with the years down, units only in a 事務事業 table over two pages), every
    field (kpi_no included)."""
    assert template == "n", template
    return _heldout_unit_tables(h8.DOCUMENT_N, h8.BUSINESS_UNITS_N, h8.BUDGET_LINES_N,
                                h8.KPI_VALUES_N, h8.STRUCTURE_N,
                                extra_kpi_fields=("kpi_no",))  # fmt: skip


HELDOUT9 = ROOT / "tests" / "fixtures" / "heldout9"


def expected_heldout9(template: str) -> Tables:
    """The ninth held-out document, P (すずかけ町 事務事業評価シート ×2 drawn with PyMuPDF:
    PDCA bands, the basis of the cost table as rows, targets in brackets over actuals),
    every field (kpi_no included)."""
    assert template == "p", template
    return _heldout_unit_tables(h9.DOCUMENT_P, h9.BUSINESS_UNITS_P, h9.BUDGET_LINES_P,
                                h9.KPI_VALUES_P, h9.STRUCTURE_P,
                                extra_kpi_fields=("kpi_no",))  # fmt: skip


HELDOUT10 = ROOT / "tests" / "fixtures" / "heldout10"


def expected_heldout10(template: str) -> Tables:
    """The tenth held-out document, Q (こもれび町 総合戦略 進捗管理表 from Calc: one wide
    table over three pages, merged 基本目標 / 施策 cells, baselines with their own years,
    four actual columns): documents, kpi_values with their full context and page,
    structure (as heldout7's M)."""
    assert template == "q", template
    return _strategy_tables(h10.DOCUMENT_Q, h10.KPI_VALUES_Q, h10.STRUCTURE_Q)


HELDOUT11 = ROOT / "tests" / "fixtures" / "heldout11"


def expected_heldout11(template: str) -> Tables:
    """The eleventh held-out document, R (ひばりの市 事務事業評価シート ×2 from Calc: a
    two-column A3 page, years without an era, target over actual in one cell), every
    field (kpi_no included)."""
    assert template == "r", template
    return _heldout_unit_tables(h11.DOCUMENT_R, h11.BUSINESS_UNITS_R, h11.BUDGET_LINES_R,
                                h11.KPI_VALUES_R, h11.STRUCTURE_R,
                                extra_kpi_fields=("kpi_no",))  # fmt: skip


HELDOUT12 = ROOT / "tests" / "fixtures" / "heldout12"


def expected_heldout12(template: str) -> Tables:
    """The twelfth held-out document, S (ゆずりは町 事務事業評価シート ×2 from Writer, each
    front and back: vertical section labels, full-width digits, a cost table with the
    years down and the amount kinds across in 円), every field (kpi_no included)."""
    assert template == "s", template
    return _heldout_unit_tables(h12.DOCUMENT_S, h12.BUSINESS_UNITS_S, h12.BUDGET_LINES_S,
                                h12.KPI_VALUES_S, h12.STRUCTURE_S,
                                extra_kpi_fields=("kpi_no",))  # fmt: skip


HELDOUT13 = ROOT / "tests" / "fixtures" / "heldout13"


def expected_heldout13(template: str) -> Tables:
    """The thirteenth held-out document, T (そよぎ村 第3期まち・ひと・しごと創生総合戦略 from
    reportlab: unruled KPI blocks of aligned text, baselines with their own years, wrapped
    names, targets in words): documents, kpi_values with their full context and page,
    structure (as heldout7's M)."""
    assert template == "t", template
    return _strategy_tables(h13.DOCUMENT_T, h13.KPI_VALUES_T, h13.STRUCTURE_T)


HELDOUT14 = ROOT / "tests" / "fixtures" / "heldout14"


def expected_heldout14(template: str) -> Tables:
    """The fourteenth held-out document, U (つむぎ市 施策評価シート book from Calc: two 施策
    on one page each, 目標 / 実績 row pairs under the years, base value and target merged
    over both, units only in a 構成事務事業 table in 千円), every field (kpi_no included)."""
    assert template == "u", template
    return _heldout_unit_tables(h14.DOCUMENT_U, h14.BUSINESS_UNITS_U, h14.BUDGET_LINES_U,
                                h14.KPI_VALUES_U, h14.STRUCTURE_U,
                                extra_kpi_fields=("kpi_no",))  # fmt: skip


HELDOUT15 = ROOT / "tests" / "fixtures" / "heldout15"


def expected_heldout15(template: str) -> Tables:
    """The fifteenth held-out document, V (かざはや市 事務事業評価書 from reportlab platypus: a
    cover and a 目次 before three one-page sheets, 款 | 項 | 目 cells, a 決算見込 column,
    blank cells, indicator names printed once above a years-down table whose header
    cells pair kind and metric, ☑ / ☐ glyphs), every field (kpi_no included)."""
    assert template == "v", template
    return _heldout_unit_tables(h15.DOCUMENT_V, h15.BUSINESS_UNITS_V, h15.BUDGET_LINES_V,
                                h15.KPI_VALUES_V, h15.STRUCTURE_V,
                                extra_kpi_fields=("kpi_no",))  # fmt: skip


HELDOUT16 = ROOT / "tests" / "fixtures" / "heldout16"


def expected_heldout16(template: str) -> Tables:
    """The sixteenth held-out document, W (ほたるび町 総合戦略【概要版】 as four PyMuPDF
    16:9 slides: 数値目標 in a rounded box, 施策 boxes side by side with a KPI line at the
    bottom of each): documents, kpi_values with their full context and page, structure
    (as heldout7's M)."""
    assert template == "w", template
    return _strategy_tables(h16.DOCUMENT_W, h16.KPI_VALUES_W, h16.STRUCTURE_W)


HELDOUT17 = ROOT / "tests" / "fixtures" / "heldout17"


def expected_heldout17(template: str) -> Tables:
    """The seventeenth held-out document, X (ささゆり市 事務事業評価シート book printed
    2-in-1 from the reportlab canvas: two A4 sheets on each A3-landscape page, borders as
    filled rectangles, 均等割付 labels, a cost table in 円 with a vertical 財源内訳 label
    and staff counts under the 人件費 amounts, ■ / □ options), every field (kpi_no
    included)."""
    assert template == "x", template
    return _heldout_unit_tables(h17.DOCUMENT_X, h17.BUSINESS_UNITS_X, h17.BUDGET_LINES_X,
                                h17.KPI_VALUES_X, h17.STRUCTURE_X,
                                extra_kpi_fields=("kpi_no",))  # fmt: skip


HELDOUT18 = ROOT / "tests" / "fixtures" / "heldout18"


def expected_heldout18(template: str) -> Tables:
    """The eighteenth held-out document, Y (しおさい市 総合戦略 効果検証シート from Calc: one
    table over four pages, 基本目標 / 施策 band rows, every indicator a 目標 row over an
    実績 row under R3–R6 with its name, unit, 基準値 and final 目標値 merged over both):
    documents, kpi_values with their full context and page, structure (as heldout7's M)."""
    assert template == "y", template
    return _strategy_tables(h18.DOCUMENT_Y, h18.KPI_VALUES_Y, h18.STRUCTURE_Y)


HELDOUT19 = ROOT / "tests" / "fixtures" / "heldout19"


def expected_heldout19(template: str) -> Tables:
    """The nineteenth held-out document, Z (ふじなみ町 事務事業評価シート book from Calc:
    three A4-portrait sheets, running page header and folio, an indicator table and a
    cost table with two-level year headers, a 千円 note above the table outside it, a
    vertical 財源内訳 label, a △ negative, ■ / □ options), every field (kpi_no
    included)."""
    assert template == "z", template
    return _heldout_unit_tables(h19.DOCUMENT_Z, h19.BUSINESS_UNITS_Z, h19.BUDGET_LINES_Z,
                                h19.KPI_VALUES_Z, h19.STRUCTURE_Z,
                                extra_kpi_fields=("kpi_no",))  # fmt: skip


HELDOUT20 = ROOT / "tests" / "fixtures" / "heldout20"


def expected_heldout20(template: str) -> Tables:
    """The twentieth held-out document, AA (しずくだ村 施策評価シート book from Writer: two
    施策 on one portrait page each, the 施策番号 in a cell pair of its own, two indicators
    side by side as column groups over 目標値 | 実績値 | 達成率 with the years down the side,
    units only in a 構成事務事業 table in 千円), every field (kpi_no included)."""
    assert template == "aa", template
    return _heldout_unit_tables(h20.DOCUMENT_AA, h20.BUSINESS_UNITS_AA, h20.BUDGET_LINES_AA,
                                h20.KPI_VALUES_AA, h20.STRUCTURE_AA,
                                extra_kpi_fields=("kpi_no",))  # fmt: skip


HELDOUT21 = ROOT / "tests" / "fixtures" / "heldout21"


def expected_heldout21(template: str) -> Tables:
    """The twenty-first held-out document, AB (ことのは市 事務事業評価書 book from HTML via
    Writer, Western years only: cover, 目次, three sheets, one over two pages; a cost table
    in 円 with the funding sources across and the years down as ``2023年度（決算）`` /
    ``2024年度（見込）`` / ``2025年度（計画）``, ● / ○ options), every field (kpi_no
    included)."""
    assert template == "ab", template
    return _heldout_unit_tables(h21.DOCUMENT_AB, h21.BUSINESS_UNITS_AB, h21.BUDGET_LINES_AB,
                                h21.KPI_VALUES_AB, h21.STRUCTURE_AB,
                                extra_kpi_fields=("kpi_no",))  # fmt: skip


HELDOUT22 = ROOT / "tests" / "fixtures" / "heldout22"


def expected_heldout22(template: str) -> Tables:
    """The twenty-second held-out document, AC (はるかぜ町 第３期総合戦略 laid out by
    PyMuPDF Story: per 基本目標 a 数値目標 table numbered ①/② and per 施策 a KPI table with
    separate 基準年度 / 目標年度 columns, years as R5 / 令和5年度 / 2023年度, one KPI table
    split over a page break with its header repeated): documents, kpi_values with their
    full context, page and kpi_no, structure (as heldout18's Y)."""
    assert template == "ac", template
    return _strategy_tables(h22.DOCUMENT_AC, h22.KPI_VALUES_AC, h22.STRUCTURE_AC,
                            extra_kpi_fields=("kpi_no",))  # fmt: skip


HELDOUT23 = ROOT / "tests" / "fixtures" / "heldout23"


def expected_heldout23(template: str) -> Tables:
    """The twenty-third held-out document, AD (あおばね市 令和６年度 事務事業評価結果一覧 from
    Calc: one landscape table over three pages with its two header rows repeated, 政策 /
    施策 band rows, one row per unit with a ``1-2-03`` code, 令和５年度決算額 / 令和６年度予算額
    in 千円, an indicator ``NAME（単位）`` under ``令和５年度`` over ``目標値 | 実績値``, 評価 and
    今後の方向性, 合計 rows per 施策 and a 総計 row), every field (kpi_no included)."""
    assert template == "ad", template
    return _heldout_unit_tables(h23.DOCUMENT_AD, h23.BUSINESS_UNITS_AD, h23.BUDGET_LINES_AD,
                                h23.KPI_VALUES_AD, h23.STRUCTURE_AD,
                                extra_kpi_fields=("kpi_no",))  # fmt: skip


HELDOUT24 = ROOT / "tests" / "fixtures" / "heldout24"


def expected_heldout24(template: str) -> Tables:
    """The twenty-fourth held-out document, AE (ささなみ町 第２期総合戦略 進捗状況報告書 drawn
    with reportlab platypus: per 基本目標 a 数値目標 table, per 施策 a card of KPI blocks, each
    a name row ``ＫＰＩ①`` | NAME (a 単位 cell on some) over a grid ``基準値（平成30年度） |
    現状値（令和５年度） | 目標値（令和６年度） | 進捗状況``, base years per block including a
    Western ``2019年``): documents, kpi_values with their full context, page and kpi_no,
    structure (as heldout22's AC)."""
    assert template == "ae", template
    return _strategy_tables(h24.DOCUMENT_AE, h24.KPI_VALUES_AE, h24.STRUCTURE_AE,
                            extra_kpi_fields=("kpi_no",))  # fmt: skip


HELDOUT25 = ROOT / "tests" / "fixtures" / "heldout25"


def expected_heldout25(template: str) -> Tables:
    """The twenty-fifth held-out document, AF (ゆきしろ市 事務事業評価シート book drawn as a
    designed DTP export: two A4-portrait sheets with NO ruling lines, every cell a filled
    rectangle on a rounded pale panel, label | value pairs, ``総合計画`` over ``基本目標`` /
    ``施策 | ３－１``, a cost table in 千円 (the unit in the panel title) with
    ``令和４年度決算`` … across and a ``▲86``, 目標 / 実績 sub-rows under the years, the
    chosen 今後の方向性 a dark filled pill), every field (kpi_no included)."""
    assert template == "af", template
    return _heldout_unit_tables(h25.DOCUMENT_AF, h25.BUSINESS_UNITS_AF, h25.BUDGET_LINES_AF,
                                h25.KPI_VALUES_AF, h25.STRUCTURE_AF,
                                extra_kpi_fields=("kpi_no",))  # fmt: skip


HELDOUT26 = ROOT / "tests" / "fixtures" / "heldout26"


def expected_heldout26(template: str) -> Tables:
    """The twenty-sixth held-out document, AG (ゆうなぎ町 第２期総合戦略 from Writer: two pages
    in TWO newspaper columns with per 基本目標 a bordered 【数値目標】 box of
    ``NAME：現状値　…（令和４年度）→目標値　…（令和９年度）`` lines and per 施策 inline lines
    ``【重要業績評価指標（ＫＰＩ）】　NAME：現状値　…→目標値　…`` wrapping in their column, a
    LANDSCAPE page with a KPI table ``現状値（R4） | 年度別目標 R6 R7 R8 | 目標値（R9）`` under
    merged 基本目標 / 施策 cells, an image-only chart page): documents, kpi_values with
    their full context, page and kpi_no, structure (as heldout24's AE)."""
    assert template == "ag", template
    return _strategy_tables(h26.DOCUMENT_AG, h26.KPI_VALUES_AG, h26.STRUCTURE_AG,
                            extra_kpi_fields=("kpi_no",))  # fmt: skip


def _strategy_tables(
    doc: Mapping[str, Any],
    kpis: Sequence[Mapping[str, Any]],
    nodes: Sequence[Mapping[str, Any]],
    extra_kpi_fields: tuple[str, ...] = (),
) -> Tables:
    """A held-out strategy's tables: kpi_values with their full context and page, the
    structure keyed by its enclosing pillar (as ``actual_rows`` keys the output)."""
    fields = ("value", "value_text", "unit", "qualifier", "year_label", "context", "page",
              *extra_kpi_fields)  # fmt: skip
    pillar: str | None = None
    rows = []
    for n in nodes:
        if n["level"] == "pillar":
            pillar = n["number"]
        ctx = None if n["level"] == "pillar" else pillar
        rows.append(Row((n["level"], ctx, n["number"], n["parent_number"]),
                        {"title": n["title"]}))  # fmt: skip
    return {
        "documents": _doc(doc),
        "kpi_values": [
            Row(
                (k["kind"], k["kpi_name"], k["metric"], k["fiscal_year"]), {f: k[f] for f in fields}
            )
            for k in kpis
        ],
        "structure": rows,
    }


def _heldout_unit_tables(
    doc: Mapping[str, Any],
    units: Sequence[Mapping[str, Any]],
    lines: Sequence[Sequence[Any]],
    kpis: Sequence[Mapping[str, Any]],
    nodes: Sequence[Mapping[str, Any]],
    extra_kpi_fields: tuple[str, ...] = (),
) -> Tables:
    kpi_fields = (
        "value",
        "value_text",
        "unit",
        "year_label",
        "context",
        "subject",
        "page",
        *extra_kpi_fields,
    )
    return {
        "documents": _doc(doc),
        "kpi_values": [
            Row(
                (k["kind"], k["kpi_name"], k["metric"], k["fiscal_year"]),
                {f: k[f] for f in kpi_fields},
            )
            for k in kpis
        ],
        "business_units": [
            Row(
                (u["measure_no"], u["unit_no"]),
                {k: v for k, v in u.items() if k not in ("measure_no", "unit_no")},
            )
            for u in units
        ],
        "budget_lines": [
            Row(
                (n, i, fy, basis),
                {"amount_yen": yen, "basis_label": label, "value_text": text, "page": page},
            )
            for n, i, fy, basis, label, yen, text, page in lines
        ],
        "structure": [
            Row((n["level"], None, n["number"], n["parent_number"]), {"title": n["title"]})
            for n in nodes
        ],
    }


@dataclass(frozen=True)
class Case:
    label: str  # "held-out" or "committed"
    pdf: Path
    expected: Callable[[], Tables]


CASES = (
    Case("held-out", HELDOUT / ho.EVAL_PDF, expected_evaluation_variant),
    Case("held-out", HELDOUT / ho.STRATEGY_PDF, expected_strategy_variant),
    Case("held-out units", HELDOUT_UNITS / hu.B_PDF, lambda: expected_heldout_units("b")),
    Case("held-out units", HELDOUT_UNITS / hu.C_PDF, lambda: expected_heldout_units("c")),
    Case("held-out units 2", HELDOUT_UNITS2 / hu2.D_PDF, lambda: expected_heldout_units2("d")),
    Case("held-out units 2", HELDOUT_UNITS2 / hu2.E_PDF, lambda: expected_heldout_units2("e")),
    Case("held-out units 3", HELDOUT_UNITS3 / hu3.F_PDF, lambda: expected_heldout_units3("f")),
    Case("held-out units 3", HELDOUT_UNITS3 / hu3.G_PDF, lambda: expected_heldout_units3("g")),
    Case("held-out 4", HELDOUT4 / h4.H_PDF, lambda: expected_heldout4("h")),
    Case("held-out 4", HELDOUT4 / h4.I_PDF, lambda: expected_heldout4("i")),
    Case("held-out 5", HELDOUT5 / h5.J_PDF, lambda: expected_heldout5("j")),
    Case("held-out 5", HELDOUT5 / h5.K_PDF, lambda: expected_heldout5("k")),
    Case("held-out 6", HELDOUT6 / h6.L_PDF, lambda: expected_heldout6("l")),
    Case("held-out 7", HELDOUT7 / h7.M_PDF, lambda: expected_heldout7("m")),
    Case("held-out 8", HELDOUT8 / h8.N_PDF, lambda: expected_heldout8("n")),
    Case("held-out 9", HELDOUT9 / h9.P_PDF, lambda: expected_heldout9("p")),
    Case("held-out 10", HELDOUT10 / h10.Q_PDF, lambda: expected_heldout10("q")),
    Case("held-out 11", HELDOUT11 / h11.R_PDF, lambda: expected_heldout11("r")),
    Case("held-out 12", HELDOUT12 / h12.S_PDF, lambda: expected_heldout12("s")),
    Case("held-out 13", HELDOUT13 / h13.T_PDF, lambda: expected_heldout13("t")),
    Case("held-out 14", HELDOUT14 / h14.U_PDF, lambda: expected_heldout14("u")),
    Case("held-out 15", HELDOUT15 / h15.V_PDF, lambda: expected_heldout15("v")),
    Case("held-out 16", HELDOUT16 / h16.W_PDF, lambda: expected_heldout16("w")),
    Case("held-out 17", HELDOUT17 / h17.X_PDF, lambda: expected_heldout17("x")),
    Case("held-out 18", HELDOUT18 / h18.Y_PDF, lambda: expected_heldout18("y")),
    Case("held-out 19", HELDOUT19 / h19.Z_PDF, lambda: expected_heldout19("z")),
    Case("held-out 20", HELDOUT20 / h20.AA_PDF, lambda: expected_heldout20("aa")),
    Case("held-out 21", HELDOUT21 / h21.AB_PDF, lambda: expected_heldout21("ab")),
    Case("held-out 22", HELDOUT22 / h22.AC_PDF, lambda: expected_heldout22("ac")),
    Case("held-out 23", HELDOUT23 / h23.AD_PDF, lambda: expected_heldout23("ad")),
    Case("held-out 24", HELDOUT24 / h24.AE_PDF, lambda: expected_heldout24("ae")),
    Case("held-out 25", HELDOUT25 / h25.AF_PDF, lambda: expected_heldout25("af")),
    Case("held-out 26", HELDOUT26 / h26.AG_PDF, lambda: expected_heldout26("ag")),
    Case(
        "committed",
        SAMPLES / "evaluation_r7_area37_reportlab.pdf",
        lambda: expected_evaluation("reportlab"),
    ),
    Case(
        "committed", SAMPLES / "evaluation_r7_area37_calc.pdf", lambda: expected_evaluation("calc")
    ),
    Case("committed", SAMPLES / "strategy_2nd_r2_pymupdf.pdf", expected_strategy),
    Case("committed", SAMPLES / "strategy_2nd_r2_writer.pdf", expected_strategy),
)

# --------------------------------------------------------------------------- report


def _line(name: str, c: Counts) -> str:
    return (
        f"  {name:<16} P={c.precision:6.3f} R={c.recall:6.3f} F1={c.f1:6.3f}"
        f"   (tp={c.tp} fp={c.fp} fn={c.fn})"
    )


def score_case(case: Case) -> dict[str, TableScore] | None:
    """Run the pipeline on one PDF and score it; None when the PDF is missing."""
    if not case.pdf.exists():
        return None
    outcome = process_file(case.pdf)
    return score_document(case.expected(), actual_rows(outcome.rows, outcome.document))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="list missing/extra keys and wrong fields (first 10 per table)",
    )
    args = parser.parse_args(argv)
    groups: dict[str, list[TableScore]] = {}
    for case in CASES:
        scores = score_case(case)
        print(f"[{case.label}] {case.pdf.relative_to(ROOT)}")
        if scores is None:
            print("  (missing: run `python -m samples.gen.heldout`)")
            continue
        for table, s in scores.items():
            print(_line(table, s.counts))
            if args.verbose:
                for what, items in (("missing", s.missing), ("extra", s.extra), ("wrong", s.wrong)):
                    for item in items[:10]:
                        print(f"      {what}: {item}")
        print(_line("document", total(scores.values())))
        groups.setdefault(case.label, []).extend(scores.values())
    print("overall")
    for label, scores in groups.items():
        print(_line(label, total(scores)))
    print(_line("all", total(s for v in groups.values() for s in v)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
