"""A 総合戦略 KPI table carried over a page break with its header printed again (and no
heading or caption over it overleaf) is one table: its rows overleaf keep the kind and
context of the part before the break, each its own page. A heading whose title wraps
in its box keeps its second line; a 番号 column printing ``①`` ``②`` gives kpi_no.

The PDFs are drawn at test time (PyMuPDF, built-in CJK font); every expected value
below is typed from the cells drawn here, not read back from the parser.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.pipeline import process_file

from .drawing import draw_pages, ruled_table, text_table

HEAD = ["指標名", "単位", "基準値（R5）", "目標値（R11）"]
WIDTHS = [200.0, 50.0, 90.0, 90.0]
BEFORE = [["誘致企業数", "社", "2", "10"], ["新規雇用者数", "人", "15", "60"]]
OVERLEAF = [["事業承継の相談件数", "件", "21", "40"], ["空き店舗の活用件数", "件", "3", "12"]]
SECOND = [["新規就農者数", "人", "3", "15"]]

S1 = "基本目標1 しごとをつくる / (1) 企業誘致"
S2 = "基本目標1 しごとをつくる / (2) 農業の振興"
# (page, kind, context, kpi_name, metric, value, fiscal_year), typed from the cells above
CARRIED = sorted([
    (1, "kpi", S1, "誘致企業数", "baseline", 2.0, 2023),
    (1, "kpi", S1, "誘致企業数", "target", 10.0, 2029),
    (1, "kpi", S1, "新規雇用者数", "baseline", 15.0, 2023),
    (1, "kpi", S1, "新規雇用者数", "target", 60.0, 2029),
    (2, "kpi", S1, "事業承継の相談件数", "baseline", 21.0, 2023),
    (2, "kpi", S1, "事業承継の相談件数", "target", 40.0, 2029),
    (2, "kpi", S1, "空き店舗の活用件数", "baseline", 3.0, 2023),
    (2, "kpi", S1, "空き店舗の活用件数", "target", 12.0, 2029),
    (2, "kpi", S2, "新規就農者数", "baseline", 3.0, 2023),
    (2, "kpi", S2, "新規就農者数", "target", 15.0, 2029),
])  # fmt: skip


def _text(page: pymupdf.Page, x: float, y: float, text: str, size: float) -> None:
    page.insert_text((x, y), text, fontname="japan", fontsize=size)


def _table(page: pymupdf.Page, top: float, rows: list[list[str]], ruled: bool) -> float:
    if ruled:
        cells = [(r, c, 1, 1, t) for r, row in enumerate(rows) for c, t in enumerate(row)]
        return ruled_table(page, top, WIDTHS, cells)
    return text_table(page, top, WIDTHS, rows)


def _rows(path: Path) -> list[tuple[object, ...]]:
    out = process_file(path)
    assert out.document["status"] == "ok", out.document["error"]
    return sorted(
        (k["page"], k["kind"], k["context"], k["kpi_name"], k["metric"], k["value"],
         k["fiscal_year"])
        for k in out.rows["kpi_values"]
    )  # fmt: skip


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_header_repeated_overleaf_keeps_the_context(tmp_path: Path, ruled: bool) -> None:
    def first(page: pymupdf.Page) -> None:
        _text(page, 40, 50, "みどり町総合戦略", 14)
        _text(page, 40, 90, "基本目標1 しごとをつくる", 11)
        _text(page, 40, 115, "(1) 企業誘致", 10)
        _text(page, 40, 640, "【重要業績評価指標（KPI）】", 8)
        _table(page, 700, [HEAD, *BEFORE], ruled)  # to the foot of the page
        _text(page, 290, 820, "- 1 -", 8)

    def second(page: pymupdf.Page) -> None:
        _text(page, 420, 30, "みどり町総合戦略", 6)  # the running head
        y = _table(page, 60, [HEAD, *OVERLEAF], ruled)  # no caption over it
        _text(page, 40, y + 30, "(2) 農業の振興", 10)
        _text(page, 40, y + 50, "【重要業績評価指標（KPI）】", 8)
        _table(page, y + 60, [HEAD, *SECOND], ruled)
        _text(page, 290, 820, "- 2 -", 8)

    assert _rows(draw_pages(tmp_path, "carried.pdf", first, second)) == CARRIED


def test_a_table_under_a_caption_overleaf_is_its_own(tmp_path: Path) -> None:
    """The same header at the head of the next page, but under a 施策 heading and its
    caption: the rows are that 施策's, not the table's before the break."""

    def first(page: pymupdf.Page) -> None:
        _text(page, 40, 50, "みどり町総合戦略", 14)
        _text(page, 40, 90, "基本目標1 しごとをつくる", 11)
        _text(page, 40, 115, "(1) 企業誘致", 10)
        _text(page, 40, 690, "【重要業績評価指標（KPI）】", 8)
        _table(page, 700, [HEAD, *BEFORE], True)

    def second(page: pymupdf.Page) -> None:
        _text(page, 40, 60, "(2) 農業の振興", 10)
        _text(page, 40, 80, "【重要業績評価指標（KPI）】", 8)
        _table(page, 90, [HEAD, *OVERLEAF], True)

    rows = _rows(draw_pages(tmp_path, "captioned.pdf", first, second))
    assert {(r[0], r[2]) for r in rows} == {(1, S1), (2, S2)}
    assert len(rows) == 8


# ------------------------------------------------------------------ wrapped heading

T1 = "結婚・出産・子育ての希望をかなえ、誰もが健やかに安心して暮らせるまちを"
# running text in two lines of 59 glyphs at 8 pt: the text's right edge at x 512
PROSE = (
    "本町の年間出生数は減少が続いており、子育て世代が安心して結婚・出産・子育てができる環境づくりが求められています。また、",
    "健康づくりや介護予防、地域での支え合いの重要性が高まっており、保健・医療・福祉・教育の各分野が連携した支援が必要です。",
)


def _wrapped(page: pymupdf.Page) -> None:
    _text(page, 40, 50, "みどり町総合戦略", 14)
    page.draw_line((42, 74), (42, 110), color=(0, 0, 0), width=3)  # the heading's bar
    _text(page, 48, 87, f"基本目標１　{T1}", 11)  # to x 499, within 2 em of the edge …
    _text(page, 48, 104, "つくる", 11)  # … and on, beside the same bar
    _text(page, 40, 126, PROSE[0], 8)
    _text(page, 40, 138, PROSE[1], 8)
    _text(page, 40, 150, "【数値目標】", 8)
    ruled_table(page, 160, [30.0, *WIDTHS], [
        (0, 0, 1, 1, "番号"), (0, 1, 1, 1, "指標名"), (0, 2, 1, 1, "単位"),
        (0, 3, 1, 1, "基準値（R5）"), (0, 4, 1, 1, "目標値（R11）"),
        (1, 0, 1, 1, "①"), (1, 1, 1, 1, "年間出生数"), (1, 2, 1, 1, "人"),
        (1, 3, 1, 1, "96"), (1, 4, 1, 1, "100"),
        (2, 0, 1, 1, "②"), (2, 1, 1, 1, "合計特殊出生率"), (2, 2, 1, 1, "―"),
        (2, 3, 1, 1, "1.32"), (2, 4, 1, 1, "1.50"),
    ])  # fmt: skip
    _text(page, 40, 260, "基本目標２　ひとの流れをつくる", 11)  # a short heading …
    _text(page, 40, 277, "みんなでつくる未来", 11)  # … under it a line of its own


def test_a_wrapped_heading_keeps_its_second_line(tmp_path: Path) -> None:
    out = process_file(draw_pages(tmp_path, "wrapped.pdf", _wrapped))
    pillars = [(s["number"], s["title"]) for s in out.rows["structure"] if s["level"] == "pillar"]
    assert pillars == [("1", f"{T1}つくる"), ("2", "ひとの流れをつくる")]
    contexts = {k["context"] for k in out.rows["kpi_values"]}
    assert contexts == {f"基本目標1 {T1}つくる"}


def test_circled_numbers_in_the_number_column_are_kpi_no(tmp_path: Path) -> None:
    out = process_file(draw_pages(tmp_path, "numbered.pdf", _wrapped))
    rows = sorted((k["kpi_no"], k["kpi_name"], k["metric"]) for k in out.rows["kpi_values"])
    assert rows == [
        (1, "年間出生数", "baseline"), (1, "年間出生数", "target"),
        (2, "合計特殊出生率", "baseline"), (2, "合計特殊出生率", "target"),
    ]  # fmt: skip
