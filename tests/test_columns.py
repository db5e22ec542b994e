"""Newspaper columns (layout/columns.py): the gutter found from the glyphs' geometry,
each column's lines built apart, the left column read before the right.

A page set in two columns prints a line of each column on one row; grouped as one
text line, the row's size came from both columns' glyphs (a 12 pt heading beside
10 pt text read as 10 pt: no heading) and the outline walk read the columns
interleaved row by row (template AG, round 26).
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.layout import build_document_layout
from aizu_extract.load import load_pdf
from aizu_extract.parsers.strategy.common import Doc

from .drawing import draw_pdf

# 21 glyphs of 10 pt: each line of a column 210 pt wide (justified: all end at one x)
LEFT = [
    "本町の人口は減少が続いており若い世代の転出",
    "が多い状況です。このため町では雇用の場を確",
    "保し移住と定住を進める取組を重ねてきました",
    "引き続き地域の資源を生かした仕事をつくり町",
    "に住み続けたいと思える環境を整えていきます",
    "また関係人口を増やし町外との交流を深めます",
]
RIGHT = [
    "子育て世帯への支援を充実し安心して子どもを",
    "産み育てられるまちをつくります。健診を受け",
    "やすい環境を整えて生活習慣病の予防に取り組",
    "むとともにデマンド交通の運行により高齢者の",
    "移動手段を確保し誰もが暮らしやすい町にしま",
    "す。各施策は毎年度効果を検証し見直します。",
]
HEADING = "基本目標１　しごとをつくる"  # 12 pt, at the left column's head


def _columns(page: pymupdf.Page) -> None:
    """Two columns of 10 pt text, x 40–250 and 270–480 (a 20 pt gutter, 2 em), the
    left headed by a 12 pt line printed on the row of the right column's first line."""
    page.insert_text((40, 100), HEADING, fontname="japan", fontsize=12)
    for x, lines, top in ((40, LEFT, 116), (270, RIGHT, 100)):
        for i, line in enumerate(lines):
            page.insert_text((x, top + 16 * i), line, fontname="japan", fontsize=10)


def _one_column(page: pymupdf.Page) -> None:
    for i, line in enumerate(LEFT + RIGHT):
        page.insert_text((40, 100 + 16 * i), line, fontname="japan", fontsize=10)


def _unruled_table(page: pymupdf.Page) -> None:
    """指標名 | 現状値 | 目標値 printed without rules: ragged names, narrow values."""
    rows = [
        ("指標名", "現状値", "目標値"),
        ("新規就農者数", "12人", "30人"),
        ("スマート農業機器を導入した経営体数", "8経営体", "25経営体"),
        ("創業件数", "4件", "10件"),
        ("事業承継相談窓口の相談件数", "18件", "40件"),
        ("移住者数", "21人", "40人"),
        ("観光入込客数", "38.6万人", "50.0万人"),
    ]
    for i, (name, base, target) in enumerate(rows):
        y = 100 + 16 * i
        page.insert_text((40, y), name, fontname="japan", fontsize=10)
        page.insert_text((330, y), base, fontname="japan", fontsize=10)
        page.insert_text((430, y), target, fontname="japan", fontsize=10)


def _layout(tmp_path: Path, draw) -> object:  # type: ignore[no-untyped-def]
    return build_document_layout(load_pdf(draw_pdf(tmp_path, "page.pdf", draw)))


def test_a_gutter_between_two_columns_of_prose_is_found(tmp_path: Path) -> None:
    page = _layout(tmp_path, _columns).pages[0]
    assert len(page.columns) == 1
    block = page.columns[0]
    assert 249 <= block.x0 < block.x1 <= 271  # the band between 250 and 270
    assert block.y0 < 95 and block.y1 > 180  # from the heading's row to the last one


def test_no_line_runs_across_the_gutter_and_each_column_keeps_its_size(tmp_path: Path) -> None:
    page = _layout(tmp_path, _columns).pages[0]
    for box in page.boxes:
        assert box.bbox.x1 <= 251 or box.bbox.x0 >= 269, box.raw
    heading = next(b for b in page.boxes if b.raw.startswith("基本目標１"))
    assert heading.lines[0].size == 12.0  # its own glyphs', not the right column's 10


def test_the_outline_reads_the_left_column_then_the_right(tmp_path: Path) -> None:
    layout = _layout(tmp_path, _columns)
    texts = [ln.text.replace(" ", "").replace("\u3000", "") for ln in Doc.of(layout).lines()]
    want = [HEADING.replace("\u3000", ""), *LEFT, *RIGHT]
    assert texts == want


def test_a_page_without_columns_has_none(tmp_path: Path) -> None:
    assert _layout(tmp_path, _one_column).pages[0].columns == ()


def test_an_unruled_table_is_no_columns(tmp_path: Path) -> None:
    assert _layout(tmp_path, _unruled_table).pages[0].columns == ()
