# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""A document that IS a 事務事業一覧 (held-out 23, AD): one table of units over its pages,
header rows repeated overleaf, 政策 / 施策 band rows, ``1-2-03`` codes and 合計 rows. It is
read as a list (one unit per code row, the band rows as structure, each row's indicators
as its unit's), never as unit sheets; a sheet printing 事務事業名 as a label is no list."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.pipeline import process_file

from .drawing import Cell, draw_pages, ruled_table, title_line

WIDTHS = [50, 100, 50, 60, 90, 40, 40, 40]
HEADER: list[Cell] = [
    (0, 0, 2, 1, "番号"), (0, 1, 2, 1, "事務事業名"), (0, 2, 2, 1, "担当課"),
    (0, 3, 2, 1, "令和５年度\n決算額（千円）"), (0, 4, 2, 1, "成果指標名（単位）"),
    (0, 5, 1, 2, "令和５年度"), (1, 5, 1, 1, "目標値"), (1, 6, 1, 1, "実績値"),
    (0, 7, 2, 1, "今後の\n方向性"),
]  # fmt: skip


def _unit(row: int, code: str, name: str, dept: str, money: str, kpi: str,
          target: str, actual: str, policy: str) -> list[Cell]:  # fmt: skip
    texts = (code, name, dept, money, kpi, target, actual, policy)
    return [(row, col, 1, 1, text) for col, text in enumerate(texts)]


def _page_one(page: pymupdf.Page) -> None:
    title_line(page, 40, "令和６年度　事務事業評価結果一覧")
    ruled_table(page, 60, WIDTHS, [
        *HEADER,
        (2, 0, 1, 8, "政策２　活力あるまち"),
        (3, 0, 1, 8, "施策２－１　農業の振興"),
        *_unit(4, "2-1-01", "新規就農支援事業", "農政課", "1,500", "新規就農者数（人）", "5", "4", "継続"),
        *_unit(5, "2-1-02", "農道整備事業", "農政課", "22,000", "整備延長（km）", "3.0", "2.5", "拡充"),
        *_unit(6, "2-1-03", "鳥獣対策事業", "農政課", "800", "被害件数（件）", "－", "12", "改善"),
    ])  # fmt: skip


def _page_two(page: pymupdf.Page) -> None:
    ruled_table(page, 60, WIDTHS, [
        *HEADER,
        *_unit(2, "2-1-04", "農業祭補助事業", "商工課", "300", "来場者数（人）", "900", "1,020", "完了"),
        (3, 0, 1, 3, "合計"), (3, 3, 1, 1, "24,600"),
        (4, 0, 1, 8, "施策２－２　商工業の振興"),
        *_unit(5, "2-2-01", "創業支援事業", "商工課", "4,000", "創業件数（件）", "10", "11", "継続"),
        *_unit(6, "2-2-02", "商店街活性化事業", "商工課", "2,500", "空き店舗数（店）", "8", "9", "縮小"),
        (7, 0, 1, 3, "合計"), (7, 3, 1, 1, "6,500"),
    ])  # fmt: skip


def _cover(page: pymupdf.Page) -> None:
    title_line(page, 300, "令和６年度　事務事業評価結果一覧")
    title_line(page, 340, "しらかわ町")


def _rows(tmp_path: Path) -> dict[str, list[dict[str, object]]]:
    outcome = process_file(draw_pages(tmp_path, "list.pdf", _page_one, _page_two))
    assert outcome.document["doc_type"] == "policy_evaluation"
    return outcome.rows


def test_one_unit_per_code_row_in_printed_order(tmp_path: Path) -> None:
    units = _rows(tmp_path)["business_units"]
    got = [(u["name"], u["department"], u["measure_no"], u["unit_no"], u["next_year_policy"],
            u["page"]) for u in units]  # fmt: skip
    assert got == [
        ("新規就農支援事業", "農政課", 1, 1, "継続", 1),
        ("農道整備事業", "農政課", 1, 2, "拡充", 1),
        ("鳥獣対策事業", "農政課", 1, 3, "改善", 1),
        ("農業祭補助事業", "商工課", 1, 4, "完了", 2),
        ("創業支援事業", "商工課", 2, 1, "継続", 2),
        ("商店街活性化事業", "商工課", 2, 2, "縮小", 2),
    ]


def test_money_column_gives_one_line_per_unit_and_none_for_totals(tmp_path: Path) -> None:
    lines = _rows(tmp_path)["budget_lines"]
    got = [(b["business_unit"], b["item"], b["fiscal_year"], b["basis"], b["amount_yen"])
           for b in lines]  # fmt: skip
    assert got == [
        ("新規就農支援事業", "事業費", 2023, "決算", 1_500_000),
        ("農道整備事業", "事業費", 2023, "決算", 22_000_000),
        ("鳥獣対策事業", "事業費", 2023, "決算", 800_000),
        ("農業祭補助事業", "事業費", 2023, "決算", 300_000),
        ("創業支援事業", "事業費", 2023, "決算", 4_000_000),
        ("商店街活性化事業", "事業費", 2023, "決算", 2_500_000),
    ]


def test_band_rows_are_the_structure(tmp_path: Path) -> None:
    nodes = _rows(tmp_path)["structure"]
    got = [(n["level"], n["number"], n["title"], n["parent_number"], n["page"]) for n in nodes]
    assert got == [
        ("policy", "2", "活力あるまち", None, 1),
        ("measure", "2-1", "農業の振興", "2", 1),
        ("measure", "2-2", "商工業の振興", "2", 2),
    ]


def test_each_row_indicators_are_its_units_under_its_band(tmp_path: Path) -> None:
    kpis = _rows(tmp_path)["kpi_values"]
    got = {(k["subject"], k["metric"]): (k["kpi_name"], k["unit"], k["context"], k["value"],
                                         k["value_text"]) for k in kpis}  # fmt: skip
    assert len(kpis) == 12
    assert got[("新規就農支援事業", "target")] == (
        "新規就農者数",
        "人",
        "施策2-1 農業の振興",
        5.0,
        "5",
    )
    assert got[("鳥獣対策事業", "target")] == ("被害件数", "件", "施策2-1 農業の振興", None, "－")
    # the row carried overleaf stays under the band printed on page 1
    assert got[("農業祭補助事業", "actual")] == (
        "来場者数",
        "人",
        "施策2-1 農業の振興",
        1020.0,
        "1,020",
    )
    assert got[("商店街活性化事業", "actual")][2] == "施策2-2 商工業の振興"
    assert {k["kind"] for k in kpis} == {"outcome"}
    assert {k["year_label"] for k in kpis} == {"令和5年度"}


def test_a_unit_sheet_is_no_list(tmp_path: Path) -> None:
    """事務事業名 printed as a label beside its value (with 担当課 on its row) is a sheet."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 40, "令和６年度　事務事業評価シート")
        ruled_table(page, 60, [70, 120, 50, 90], [
            (0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "道路維持補修事業"),
            (0, 2, 1, 1, "担当課"), (0, 3, 1, 1, "道路維持課"),
            (1, 0, 1, 1, "今後の方向性"), (1, 1, 1, 3, "継続"),
        ])  # fmt: skip

    outcome = process_file(draw_pages(tmp_path, "sheet.pdf", draw))
    units = outcome.rows["business_units"]
    assert [(u["name"], u["department"]) for u in units] == [("道路維持補修事業", "道路維持課")]
    assert outcome.rows["structure"] == []


def test_a_cover_page_without_a_table_leaves_it_a_list(tmp_path: Path) -> None:
    """The same two pages behind a cover that prints only the title and the town: the
    cover decides nothing, the pages with tables are the list (six units as printed)."""
    outcome = process_file(draw_pages(tmp_path, "covered.pdf", _cover, _page_one, _page_two))
    got = [(u["name"], u["page"]) for u in outcome.rows["business_units"]]
    assert got == [
        ("新規就農支援事業", 2), ("農道整備事業", 2), ("鳥獣対策事業", 2),
        ("農業祭補助事業", 3), ("創業支援事業", 3), ("商店街活性化事業", 3),
    ]  # fmt: skip
