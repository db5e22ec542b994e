"""Strategy KPI tables whose 基本目標 / 施策 cells are printed left of the indicator,
merged over the rows they head (a spreadsheet 進捗管理表): those cells are the
rows' context and kind, and the outline's nodes.

Small ruled tables drawn with ``tests/drawing.py``; the expected values are typed
by hand from the cells drawn below, never copied from parser output.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.pipeline import process_file
from tests.drawing import Cell, draw_pdf, ruled_table, title_line

WIDTHS = [80.0, 80.0, 120.0, 40.0, 90.0, 90.0]
HEADER: list[Cell] = [
    (0, 0, 1, 1, "基本目標"),
    (0, 1, 1, 1, "具体的な施策"),
    (0, 2, 1, 1, "重要業績評価指標"),
    (0, 3, 1, 1, "単位"),
    (0, 4, 1, 1, "現状値（R4）"),
    (0, 5, 1, 1, "目標値（R9）"),
]
VALUES: list[Cell] = [
    (1, 2, 1, 1, "出生数"), (1, 3, 1, 1, "人"), (1, 4, 1, 1, "300"), (1, 5, 1, 1, "320"),
    (2, 2, 1, 1, "図書館利用者数"), (2, 3, 1, 1, "人"), (2, 4, 1, 1, "5,000"),
    (2, 5, 1, 1, "6,000"),
    (3, 2, 1, 1, "公民館講座の受講者数"), (3, 3, 1, 1, "人"), (3, 4, 1, 1, "1,200"),
    (3, 5, 1, 1, "1,500"),
    (4, 2, 1, 1, "健診受診率"), (4, 3, 1, 1, "%"), (4, 4, 1, 1, "45.0"), (4, 5, 1, 1, "60.0"),
]  # fmt: skip
HEADS: list[Cell] = [
    (1, 0, 4, 1, "基本目標2\nひとを育てる"),
    (1, 1, 1, 1, "【数値目標】"),
    (2, 1, 2, 1, "（3）\n学びの場づくり"),
    (4, 1, 1, 1, "（4）健康づくり"),
]

G2 = "基本目標2 ひとを育てる"
S3 = f"{G2} / (3) 学びの場づくり"
S4 = f"{G2} / (4) 健康づくり"


def _out(tmp_path: Path, cells: list[Cell], pillar_line: str | None = None) -> object:
    def draw(page: pymupdf.Page) -> None:
        page.insert_text((200, 50), "紅葉市総合戦略", fontname="japan", fontsize=16)
        if pillar_line:
            title_line(page, 90, pillar_line)
        ruled_table(page, 110, WIDTHS, cells)

    out = process_file(draw_pdf(tmp_path, "heads.pdf", draw))
    assert out.rows["rejects"] == []
    return out


def test_merged_heading_cells_give_kind_and_context(tmp_path: Path) -> None:
    out = _out(tmp_path, HEADER + HEADS + VALUES)
    got = {(r["kpi_name"], r["metric"]): (r["kind"], r["context"]) for r in out.rows["kpi_values"]}
    assert got == {
        ("出生数", "baseline"): ("numerical_target", G2),
        ("出生数", "target"): ("numerical_target", G2),
        ("図書館利用者数", "baseline"): ("kpi", S3),
        ("図書館利用者数", "target"): ("kpi", S3),
        ("公民館講座の受講者数", "baseline"): ("kpi", S3),
        ("公民館講座の受講者数", "target"): ("kpi", S3),
        ("健診受診率", "baseline"): ("kpi", S4),
        ("健診受診率", "target"): ("kpi", S4),
    }


def test_unbracketed_numerical_label_cell(tmp_path: Path) -> None:
    """``数値目標`` printed alone in its cell, without brackets, labels its rows too."""
    heads = [(r, c, rs, cs, "数値目標" if t == "【数値目標】" else t) for r, c, rs, cs, t in HEADS]
    out = _out(tmp_path, HEADER + heads + VALUES)
    got = {(r["kpi_name"], r["kind"], r["context"]) for r in out.rows["kpi_values"]}
    assert got == {
        ("出生数", "numerical_target", G2),
        ("図書館利用者数", "kpi", S3),
        ("公民館講座の受講者数", "kpi", S3),
        ("健診受診率", "kpi", S4),
    }


def test_merged_heading_cells_are_structure_nodes(tmp_path: Path) -> None:
    out = _out(tmp_path, HEADER + HEADS + VALUES)
    nodes = [
        (n["level"], n["number"], n["title"], n["parent_number"], n["page"])
        for n in out.rows["structure"]
    ]
    assert nodes == [
        ("pillar", "2", "ひとを育てる", None, 1),
        ("section", "(3)", "学びの場づくり", "2", 1),
        ("section", "(4)", "健康づくり", "2", 1),
    ]


def test_heading_printed_above_and_in_the_table_is_one_node(tmp_path: Path) -> None:
    out = _out(tmp_path, HEADER + HEADS + VALUES, pillar_line=G2)
    pillars = [n for n in out.rows["structure"] if n["level"] == "pillar"]
    assert [(n["number"], n["title"]) for n in pillars] == [("2", "ひとを育てる")]


def test_plain_cells_left_of_the_name_change_nothing(tmp_path: Path) -> None:
    """A 担当課-like column of plain words left of the name: the heading above the
    table still gives the context, and the rows stay KPIs."""
    plain = [(r, c, rs, cs, "産業振興課" if c == 0 else "農林課") for r, c, rs, cs, _ in HEADS]
    out = _out(tmp_path, HEADER + plain + VALUES, pillar_line="基本目標1 まちをつくる")
    assert {(r["kind"], r["context"]) for r in out.rows["kpi_values"]} == {
        ("kpi", "基本目標1 まちをつくる")
    }
    assert [n["number"] for n in out.rows["structure"]] == ["1"]


BAND_WIDTHS = [120.0, 40.0, 90.0, 90.0, 80.0]
BAND_CELLS: list[Cell] = [
    (0, 0, 1, 1, "重要業績評価指標"), (0, 1, 1, 1, "単位"), (0, 2, 1, 1, "現状値（R4）"),
    (0, 3, 1, 1, "目標値（R9）"), (0, 4, 1, 1, "R5実績"),
    (1, 0, 1, 5, "基本目標2 ひとを育てる"),
    (2, 0, 1, 5, "【数値目標】"),
    (3, 0, 1, 1, "出生数"), (3, 1, 1, 1, "人"), (3, 2, 1, 1, "300"), (3, 3, 1, 1, "320"),
    (3, 4, 1, 1, "310"),
    (4, 0, 1, 5, "（3）学びの場づくり"),
    (5, 0, 1, 1, "図書館利用者数"), (5, 1, 1, 1, "人"), (5, 2, 1, 1, "5,000"),
    (5, 3, 1, 1, "6,000"), (5, 4, 1, 1, "5,500"),
]  # fmt: skip


def test_headings_printed_across_the_table(tmp_path: Path) -> None:
    """Full-width heading rows (基本目標 / 【数値目標】 / (n) bands) head the rows under
    them and give no rows of their own."""

    def draw(page: pymupdf.Page) -> None:
        page.insert_text((200, 50), "紅葉市総合戦略", fontname="japan", fontsize=16)
        ruled_table(page, 110, BAND_WIDTHS, BAND_CELLS)

    out = process_file(draw_pdf(tmp_path, "bands.pdf", draw))
    assert out.rows["rejects"] == []
    got = sorted(
        (r["kpi_name"], r["metric"], r["kind"], r["context"], r["value"])
        for r in out.rows["kpi_values"]
    )
    assert got == [
        ("出生数", "actual", "numerical_target", G2, 310.0),
        ("出生数", "baseline", "numerical_target", G2, 300.0),
        ("出生数", "target", "numerical_target", G2, 320.0),
        ("図書館利用者数", "actual", "kpi", S3, 5500.0),
        ("図書館利用者数", "baseline", "kpi", S3, 5000.0),
        ("図書館利用者数", "target", "kpi", S3, 6000.0),
    ]
    assert [(n["level"], n["number"], n["parent_number"]) for n in out.rows["structure"]] == [
        ("pillar", "2", None),
        ("section", "(3)", "2"),
    ]


def _heads_table(tmp_path: Path, heads: list[Cell], widths: list[float]) -> object:
    """Three indicators beside the ``heads`` columns; the name column follows them."""
    n = max(c for _, c, _, _, _ in heads) + 1
    cells: list[Cell] = [(0, c, 1, 1, "区分") for c in range(n)]
    cells += [(0, n, 1, 1, "重要業績評価指標"), (0, n + 1, 1, 1, "現状値（R4）"),
              (0, n + 2, 1, 1, "目標値（R9）")]  # fmt: skip
    for r, name in enumerate(("移住者数", "空き家の成約件数", "関係人口"), start=1):
        cells += [(r, n, 1, 1, name), (r, n + 1, 1, 1, "10"), (r, n + 2, 1, 1, "20")]

    def draw(page: pymupdf.Page) -> None:
        page.insert_text((200, 50), "紅葉市総合戦略", fontname="japan", fontsize=16)
        ruled_table(page, 110, [*widths, 110.0, 80.0, 80.0], heads + cells)

    return process_file(draw_pdf(tmp_path, "circled.pdf", draw))


def test_circled_heading_cell_under_a_pillar_is_its_section(tmp_path: Path) -> None:
    heads: list[Cell] = [
        (1, 0, 3, 1, "基本目標3\nひとを呼ぶ"),
        (1, 1, 2, 1, "①移住の促進"),
        (3, 1, 1, 1, "②関係人口"),
    ]
    out = _heads_table(tmp_path, heads, [80.0, 80.0])
    got = {r["kpi_name"]: r["context"] for r in out.rows["kpi_values"]}
    assert got == {
        "移住者数": "基本目標3 ひとを呼ぶ / ① 移住の促進",
        "空き家の成約件数": "基本目標3 ひとを呼ぶ / ① 移住の促進",
        "関係人口": "基本目標3 ひとを呼ぶ / ② 関係人口",
    }
    assert [(n["level"], n["number"], n["parent_number"]) for n in out.rows["structure"]] == [
        ("pillar", "3", None),
        ("section", "①", "3"),
        ("section", "②", "3"),
    ]


def test_circled_heading_cell_beside_a_section_is_a_measure(tmp_path: Path) -> None:
    heads: list[Cell] = [
        (1, 0, 3, 1, "基本目標3\nひとを呼ぶ"),
        (1, 1, 3, 1, "（1）\n移住・定住"),
        (1, 2, 2, 1, "①移住の促進"),
        (3, 2, 1, 1, "②関係人口"),
    ]
    out = _heads_table(tmp_path, heads, [70.0, 70.0, 70.0])
    s1 = "基本目標3 ひとを呼ぶ / (1) 移住・定住"
    got = {r["kpi_name"]: r["context"] for r in out.rows["kpi_values"]}
    assert got == {
        "移住者数": f"{s1} / ① 移住の促進",
        "空き家の成約件数": f"{s1} / ① 移住の促進",
        "関係人口": f"{s1} / ② 関係人口",
    }
    assert [(n["level"], n["number"], n["parent_number"]) for n in out.rows["structure"]] == [
        ("pillar", "3", None),
        ("section", "(1)", "3"),
        ("measure", "①", "(1)"),
        ("measure", "②", "(1)"),
    ]


def test_ruled_table_carried_overleaf_without_its_header(tmp_path: Path) -> None:
    """Page 2 goes on with the same ruled columns and no header row (a spreadsheet
    printed without print titles): its rows are the table's, under the headings of
    their own merged cells."""
    page1 = HEADER + HEADS + VALUES
    page2: list[Cell] = [
        (0, 0, 2, 1, "基本目標3\nまちを守る"),
        (0, 1, 2, 1, "（1）\n防災力の強化"),
        (0, 2, 1, 1, "防災訓練の参加者数"), (0, 3, 1, 1, "人"), (0, 4, 1, 1, "800"),
        (0, 5, 1, 1, "1,000"),
        (1, 2, 1, 1, "自主防災組織の数"), (1, 3, 1, 1, "団体"), (1, 4, 1, 1, "12"),
        (1, 5, 1, 1, "15"),
    ]  # fmt: skip
    doc = pymupdf.open()
    for cells, title in ((page1, True), (page2, False)):
        page = doc.new_page(width=595, height=842)
        if title:
            page.insert_text((200, 50), "紅葉市総合戦略", fontname="japan", fontsize=16)
        ruled_table(page, 110 if title else 60, WIDTHS, cells)
    path = tmp_path / "overleaf.pdf"
    doc.save(path)
    doc.close()
    out = process_file(path)
    assert out.rows["rejects"] == []
    g3 = "基本目標3 まちを守る / (1) 防災力の強化"
    got = {
        (r["kpi_name"], r["metric"]): (r["kind"], r["context"], r["page"], r["value"], r["unit"])
        for r in out.rows["kpi_values"]
        if r["page"] == 2
    }
    assert got == {
        ("防災訓練の参加者数", "baseline"): ("kpi", g3, 2, 800.0, "人"),
        ("防災訓練の参加者数", "target"): ("kpi", g3, 2, 1000.0, "人"),
        ("自主防災組織の数", "baseline"): ("kpi", g3, 2, 12.0, "団体"),
        ("自主防災組織の数", "target"): ("kpi", g3, 2, 15.0, "団体"),
    }
    assert len(out.rows["kpi_values"]) == 12
    assert [(n["level"], n["number"], n["page"]) for n in out.rows["structure"]][3:] == [
        ("pillar", "3", 2),
        ("section", "(1)", 2),
    ]


def test_number_and_title_under_a_level_header(tmp_path: Path) -> None:
    """``2`` / ``ひとを育てる`` under the header 基本目標 and ``3 学びの場づくり`` under 施策:
    the header names the level the number counts; a bare figure under it is no heading."""
    header = [(0, c, 1, 1, "施策" if c == 1 else t) for _, c, _, _, t in HEADER]
    heads: list[Cell] = [
        (1, 0, 3, 1, "2\nひとを育てる"),
        (1, 1, 3, 1, "3 学びの場づくり"),
        (4, 0, 1, 1, "12"),
        (4, 1, 1, 1, "4"),
    ]
    out = _out(tmp_path, header + heads + VALUES)
    got = {r["kpi_name"]: r["context"] for r in out.rows["kpi_values"]}
    s3 = "基本目標2 ひとを育てる / 施策3 学びの場づくり"
    assert got == {"出生数": s3, "図書館利用者数": s3, "公民館講座の受講者数": s3, "健診受診率": s3}
    nodes = [
        (n["level"], n["number"], n["title"], n["parent_number"]) for n in out.rows["structure"]
    ]
    assert nodes == [
        ("pillar", "2", "ひとを育てる", None),
        ("section", "3", "学びの場づくり", "2"),
    ]
