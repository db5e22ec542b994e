"""Running headers/footers found by a sliding window over heights (layout.page._running).

The window replaced comparing every line of a key with every other (quadratic in a
book's pages); the comparison stays here as the oracle, and hypothesis checks that
both pick the same lines for any heights, pages and settings."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aizu_extract.layout.page import MarginLine, furniture_lines
from aizu_extract.settings import DEFAULT, LayoutSettings


def _oracle(lines: list[MarginLine], page_count: int, cfg: LayoutSettings) -> set[int]:
    """furniture_lines as first written: every line of a key against every other."""
    folios = furniture_lines(lines, 1, cfg)  # the folios alone (one page: no running)
    flagged = set(folios)
    if page_count < 2:
        return flagged
    need = max(2, cfg.running_share * page_count)
    for i, line in enumerate(lines):
        if i in folios or not line.key:
            continue
        group = [o for o, other in enumerate(lines) if other.key == line.key and o not in folios]
        if len({lines[o].page for o in group}) < need:
            continue
        same = [o for o in group if abs(lines[o].y0 - line.y0) <= cfg.running_dy]
        if len({lines[o].page for o in same}) >= need:
            flagged.add(i)
    return flagged


_KEYS = st.sampled_from(["事務事業評価シート", "こもれび町", "令和6年度", "4", "- 4 -", ""])
_LINES = st.lists(
    st.builds(
        MarginLine,
        page=st.integers(1, 8),
        y0=st.sampled_from([20.0, 21.5, 23.0, 23.000001, 26.0, 800.0, 801.2]),
        key=_KEYS,
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(lines=_LINES, page_count=st.integers(1, 8), dy=st.sampled_from([0.0, 1.5, 3.0]),
       share=st.sampled_from([0.3, 0.6, 1.0]))  # fmt: skip
def test_window_picks_what_every_pair_comparison_picks(
    lines: list[MarginLine], page_count: int, dy: float, share: float
) -> None:
    cfg = LayoutSettings(running_dy=dy, running_share=share)
    assert furniture_lines(lines, page_count, cfg) == _oracle(lines, page_count, cfg)


def test_a_header_drifting_within_dy_on_every_page_is_running() -> None:
    # 事務事業評価シート at the top of 5 pages, drifting 1 pt a page: within 3 pt of its
    # neighbours, so on pages 1-4 (y 20-23) it has 4 pages within reach, and on page 5
    # (y 24) the pages 2-5: every line is running (share 0.6 of 5 pages = 3).
    lines = [MarginLine(p, 19.0 + p, "事務事業評価シート") for p in range(1, 6)]
    assert furniture_lines(lines, 5, DEFAULT.layout) == {0, 1, 2, 3, 4}


def test_a_key_printed_at_two_heights_is_running_only_where_it_repeats() -> None:
    # the title on top of pages 1-4, and once low on page 5 (a body line in the band)
    lines = [MarginLine(p, 20.0, "年間計画") for p in range(1, 5)]
    lines.append(MarginLine(5, 790.0, "年間計画"))
    assert furniture_lines(lines, 5, DEFAULT.layout) == {0, 1, 2, 3}
