"""split_runs' cheaper test first: a line whose text prints no space has no gap
wider than a space (0.25 em), so none wider than a run gap (1 em): it is returned
whole, without a pass over its glyphs. Values worked out by hand for 10 pt glyphs
(a space beyond a 2.5 pt gap, a cut beyond 10 pt)."""

from __future__ import annotations

from aizu_extract.geometry import Char, new_char
from aizu_extract.layout import split_runs
from aizu_extract.layout.textlines import TextLine, new_across_line
from aizu_extract.settings import DEFAULT


def _glyph(text: str, x0: float) -> Char:
    return new_char(text, x0, 100.0, x0 + 10, 110.0, 10.0, 110.0)


def _line(*glyphs: Char) -> TextLine:
    return new_across_line(glyphs, 10.0, (), DEFAULT.layout.space_gap_em)


def test_line_without_a_space_is_one_run_itself() -> None:
    # 事 0–10, 業 12–22 (gap 2 ≤ 2.5: no space), 費 22–32.
    line = _line(_glyph("事", 0), _glyph("業", 12), _glyph("費", 22))
    assert line.text == "事業費"
    runs = split_runs(line, (), DEFAULT.layout, spread=False)
    assert len(runs) == 1 and runs[0] is line


def test_a_space_narrower_than_a_run_gap_cuts_nothing() -> None:
    # 予 0–10, 算 15–25: a 5 pt gap prints a space (> 2.5) but is no run gap (≤ 10).
    line = _line(_glyph("予", 0), _glyph("算", 15))
    assert line.text == "予 算"
    assert [r.text for r in split_runs(line, (), DEFAULT.layout, spread=False)] == ["予 算"]


def test_a_run_gap_still_cuts() -> None:
    # 予算 0–20, then 決算 at 40–60: a 20 pt gap (> 10) cuts two runs.
    line = _line(_glyph("予", 0), _glyph("算", 10), _glyph("決", 40), _glyph("算", 50))
    assert line.text == "予算 決算"
    assert [r.text for r in split_runs(line, (), DEFAULT.layout, spread=False)] == ["予算", "決算"]


def test_a_rule_cuts_a_line_without_a_space() -> None:
    # 事 0–10, 業 10–20 touching, a vertical rule at x = 10 between their centres.
    line = _line(_glyph("事", 0), _glyph("業", 10))
    assert line.text == "事業"
    assert [r.text for r in split_runs(line, (10.0,), DEFAULT.layout, spread=False)] == ["事", "業"]


def test_a_run_gap_narrower_than_a_space_is_not_skipped() -> None:
    # Settings whose run gap (0.1 em = 1 pt) is below the space (2.5 pt): the text
    # 事業 (gap 2 pt, no space) must still be cut at the 2 pt gap.
    from dataclasses import replace

    tight = replace(DEFAULT.layout, run_gap_em=0.1)
    line = _line(_glyph("事", 0), _glyph("業", 12))
    assert line.text == "事業"
    assert [r.text for r in split_runs(line, (), tight, spread=False)] == ["事", "業"]
