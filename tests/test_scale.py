"""A page printed at another scale reads the same: A3 sheets bound into an A4 book
(x0.7) and A4 sheets printed on A3 (x1.41) give the rows they give as printed.

Each copy is made here, in tmp_path: every page re-drawn on a page ``factor`` times
the size (PyMuPDF ``show_pdf_page``), so every glyph, ruling and box grows or
shrinks alike. Rows are compared without what the scale must change (boxes,
coordinates) or what the bytes decide (doc_id, and the doc_id prefix an unnamed
town's indicator keys carry).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pymupdf
import pytest

from aizu_extract.load import load_pdf
from aizu_extract.pipeline import process_file
from aizu_extract.settings import LayoutSettings, LoadSettings, Settings

from .drawing import draw_pdf

ROOT = Path(__file__).resolve().parent
FIXTURES = ROOT / "fixtures"
REAL = ROOT.parent.parent / "shared" / "real"
FACTORS = (0.7, 1.41)
# fields that move with the scale or with the file's bytes
_MOVING = {"doc_id", "source_file", "bbox", "x0", "y0", "x1", "y1"}
_DOC_KEY = re.compile(r"doc:[0-9a-f]+")


def scaled_copy(src: Path, dst: Path, factor: float) -> Path:
    """``src`` with every page re-drawn ``factor`` times its size (metadata kept)."""
    with pymupdf.open(src) as doc, pymupdf.open() as out:
        for page in doc:
            rect = page.rect
            new = out.new_page(width=rect.width * factor, height=rect.height * factor)
            new.show_pdf_page(new.rect, doc, page.number)
        out.set_metadata(doc.metadata)
        out.save(dst)
    return dst


def _plain(value: object) -> object:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in sorted(value.items()) if k not in _MOVING}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return _DOC_KEY.sub("doc:", value)
    return value


@cache
def readings(path: Path) -> dict[str, object]:
    """Every table's rows and the document row, without the moving fields (read
    once per file for the module)."""
    out = process_file(path)
    rows: dict[str, object] = {
        table: sorted(json.dumps(_plain(r), ensure_ascii=False, default=str) for r in found)
        for table, found in out.rows.items()
    }
    rows["documents"] = _plain(dict(out.document))
    return rows


def _cases() -> list[object]:
    ikeda = REAL / "ikeda-r7-001.pdf"
    return [
        pytest.param(
            ikeda,
            marks=pytest.mark.skipif(not ikeda.is_file(), reason="../shared/real is absent"),
            id="ikeda-r7-001",
        ),
        pytest.param(FIXTURES / "heldout16" / "template_w_slides.pdf", id="template_w"),
        pytest.param(FIXTURES / "heldout_units3" / "template_f_writer.pdf", id="template_f"),
    ]


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, float], Path]:
    folder = tmp_path_factory.mktemp("scaled")
    out: dict[tuple[str, float], Path] = {}
    for case in _cases():
        src = case.values[0]  # type: ignore[attr-defined]
        if not src.is_file():
            continue
        for factor in FACTORS:
            out[(src.name, factor)] = scaled_copy(src, folder / f"{factor}-{src.name}", factor)
    return out


@pytest.mark.parametrize("factor", FACTORS)
@pytest.mark.parametrize("src", _cases())
def test_a_scaled_print_reads_the_same_rows(
    src: Path, factor: float, copies: dict[tuple[str, float], Path]
) -> None:
    assert readings(copies[(src.name, factor)]) == readings(src)


def test_ikeda_frames_printed_on_a3_still_hold_the_sheet(
    copies: dict[tuple[str, float], Path],
) -> None:
    """池田市 No.1 x1.41: its frame rules are filled boxes 1.8 pt thick (2.5 pt
    enlarged) and still cut the sheet's cells: 担当部署名 環境政策課, the six SDG
    goals circled (４ ７ ８ ９ 12 17), 事業費A 5,690 千円 as R4 決算, nothing open."""
    src = REAL / "ikeda-r7-001.pdf"
    if not src.is_file():
        pytest.skip("../shared/real is absent")
    out = process_file(copies[(src.name, 1.41)])
    (unit,) = out.rows["business_units"]
    assert (unit["name"], unit["department"]) == ("環境学習推進事業", "環境政策課")
    assert unit["sdg_targets"] == ["4", "7", "8", "9", "12", "17"]
    budget = {
        (r["item"], r["fiscal_year"], r["basis"]): r["amount_yen"] for r in out.rows["budget_lines"]
    }
    assert budget[("事業費A", 2022, "決算")] == 5_690_000
    assert out.rows["unassigned"] == []
    assert out.document["status"] == "ok"


def test_template_w_kpi_box_printed_on_a3_keeps_its_values(
    copies: dict[tuple[str, float], Path],
) -> None:
    """Template W slide 3, 施策3 box x1.41: ``ＫＰＩ：観光入込客数`` over
    ``基準値 ３６．２万人（Ｒ５）→目標値 ４０．０万人（Ｒ１１）``, the closing
    parenthesis past the box's rule (a run of its own touching the values)."""
    out = process_file(copies[("template_w_slides.pdf", 1.41)])
    got = {
        (r["metric"], r["fiscal_year"], r["value"], r["unit"])
        for r in out.rows["kpi_values"]
        if r["kpi_name"] == "観光入込客数"
    }
    assert got == {("baseline", 2023, 36.2, "万人"), ("target", 2029, 40.0, "万人")}


# Thick rules drawn as filled boxes: rulings only where they join the grid.

_BODY = 8.0  # text size of the drawn page: thick_rule_em 0.5 -> boxes up to 4 pt


def _thick_rules(page: pymupdf.Page) -> None:
    """A box ruled with 0.5 pt lines (x 100-300, y 100-200, a column rule at x 200)
    whose top rule is a filled box 2.6 pt thick; apart from it, a filled bar 2.6 pt
    thick under a heading (y 300), a 2.6 pt square dot touching the box's left rule,
    and a 6 pt filled band (past 0.5 em) across the column rule's foot."""
    for x in (100, 200, 300):
        page.draw_line((x, 100), (x, 200), color=(0, 0, 0), width=0.5)
    page.draw_line((100, 200), (300, 200), color=(0, 0, 0), width=0.5)
    page.draw_rect(pymupdf.Rect(100, 98.7, 300, 101.3), color=None, fill=(0, 0, 0))
    page.draw_rect(pymupdf.Rect(100, 298.7, 300, 301.3), color=None, fill=(0, 0, 0))
    page.draw_rect(pymupdf.Rect(97.4, 150, 100, 152.6), color=None, fill=(0, 0, 0))
    page.draw_rect(pymupdf.Rect(150, 197, 250, 203), color=None, fill=(0, 0, 0))
    for y in (130, 170, 290):
        page.insert_text((110, y), "事業費の内訳を記入", fontname="japan", fontsize=_BODY)


def _horizontals(path: Path) -> set[tuple[float, float, float]]:
    segments = load_pdf(path).pages[0].segments
    return {
        (round(s.y0, 1), round(s.x0, 1), round(s.x1, 1)) for s in segments if s.orientation == "h"
    }


def test_a_thick_box_is_a_rule_only_where_the_grid_meets_it(tmp_path: Path) -> None:
    got = _horizontals(draw_pdf(tmp_path, "thick.pdf", _thick_rules))
    assert (100.0, 100.0, 300.0) in got  # the top rule: three column rules end at it
    assert (200.0, 100.0, 300.0) in got  # the drawn bottom rule
    assert not any(y == 300.0 for y, _, _ in got)  # the bar under the heading
    assert not any(y == 151.3 for y, _, _ in got)  # the dot: no longer than thick
    assert got == {(100.0, 100.0, 300.0), (200.0, 100.0, 300.0)}  # nor the 6 pt band


def test_the_join_rule_reads_its_thresholds_from_the_settings(tmp_path: Path) -> None:
    path = draw_pdf(tmp_path, "thick.pdf", _thick_rules)
    off = LoadSettings(thick_rule_em=0.3)  # 2.4 pt on 8 pt text: the top rule is too thick
    segments = load_pdf(path, settings=off).pages[0].segments
    assert not any(s.orientation == "h" and round(s.y0, 1) == 100.0 for s in segments)
    wide = LoadSettings(thin_rule=3.0)  # a thin rule again, joined or not
    segments = load_pdf(path, settings=wide).pages[0].segments
    assert any(s.orientation == "h" and round(s.y0, 1) == 300.0 for s in segments)


# Printed 4-up (x0.5): the tolerances that were points of a sheet printed as drawn
# shrink with the page's body text (LayoutSettings.snap_em, LoadSettings.check_em).

HALF = 0.5
_S = FIXTURES / "heldout12" / "template_s_writer.pdf"
_P = FIXTURES / "heldout9" / "template_p_pymupdf.pdf"


@pytest.fixture(scope="module")
def halves(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("half")
    return {src.name: scaled_copy(src, folder / f"half-{src.name}", HALF) for src in (_S, _P)}


@pytest.mark.parametrize(
    "src", [pytest.param(_S, id="template_s"), pytest.param(_P, id="template_p")]
)
def test_a_sheet_printed_4_up_reads_the_same_rows(src: Path, halves: dict[str, Path]) -> None:
    assert readings(halves[src.name]) == readings(src)


def test_template_s_printed_4_up_keeps_its_cost_table(halves: dict[str, Path]) -> None:
    """Template S page 1 x0.5: the 事業概要 and 事業費 tables, set a 4 pt blank line
    apart under 9 pt text, have rules 2.25 pt apart (past the 3 pt snap) and stay two:
    令和３年度 当初予算額 ３，２５０，０００ 円, the 目的 as the summary."""
    out = process_file(halves[_S.name])
    budget = {
        (r["business_unit"], r["fiscal_year"], r["item"]): r["amount_yen"]
        for r in out.rows["budget_lines"]
    }
    assert budget[("特定健康診査受診率向上事業", 2021, "当初予算額")] == 3_250_000
    unit = next(u for u in out.rows["business_units"] if u["name"] == "特定健康診査受診率向上事業")
    assert unit["summary"].startswith("生活習慣病の早期発見と重症化予防のため")


def test_template_p_printed_4_up_keeps_its_checked_policy(halves: dict[str, Path]) -> None:
    """Template P x0.5: the ✓ in 今後の方向性's box, its left stroke 1 pt across
    (2 pt as drawn), still chooses 拡大 (No.1) and 継続 (No.2)."""
    out = process_file(halves[_P.name])
    got = {u["name"]: u["next_year_policy"] for u in out.rows["business_units"]}
    assert got == {"空き家バンク活用促進事業": "拡大", "町営バス運行事業": "継続"}


def test_the_4_up_tolerances_are_read_from_the_settings(halves: dict[str, Path]) -> None:
    """With the em bounds too wide to bite, the points alone read x0.5 as before
    they were added: S's cost items are taken from the table above, P's ✓ is lost."""
    wide = Settings(layout=LayoutSettings(snap_em=1.0), load=LoadSettings(check_em=1.0))
    s = process_file(halves[_S.name], settings=wide)
    assert "当初予算額" not in {r["item"] for r in s.rows["budget_lines"]}
    p = process_file(halves[_P.name], settings=wide)
    assert {u["next_year_policy"] for u in p.rows["business_units"]} == {None}


@pytest.mark.parametrize("factor", [0.5, 2.0])
def test_a_sheet_drawn_with_fills_only_reads_the_same_at_any_scale(
    factor: float, tmp_path: Path
) -> None:
    """Template AF (no ruling lines: cells are filled boxes 1.5 pt apart beside 9 pt
    text) printed 4-up or doubled: its gutters are 0.75 or 3 pt, so a gutter measured
    in points (0.5–2.5) lost the indicator table at x2.0; in body sizes it holds.
    Sheet 1 as printed: 今後の方向性 the dark pill 改善, and the indicator rows there."""
    src = FIXTURES / "heldout25" / "template_af_designed.pdf"
    copy = scaled_copy(src, tmp_path / src.name, factor)
    assert readings(copy) == readings(src)
    out = process_file(copy)
    policies = {u["department"]: u["next_year_policy"] for u in out.rows["business_units"]}
    assert policies == {"こども家庭課": "改善", "農政課": "継続"}
    assert len(out.rows["kpi_values"]) == 48
