"""Unit-sheet arrangements drawn at test time (PyMuPDF, built-in CJK font), each
with hand-written expected rows: one small form per shape the parser must survive."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from aizu_extract.pipeline import process_file

from .drawing import LEFT, SIZE, draw_pdf, ruled_table, text_table, title_line


def test_caption_gives_the_basis_and_inline_labels(tmp_path: Path) -> None:
    """年度 columns without 予算/決算: the caption over the table says 決算額; the
    name and department are printed ``label：value`` in one cell."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート")
        y = ruled_table(page, 60, [250, 250], [
            (0, 0, 1, 1, "事業名：ひまわり号運行事業"), (0, 1, 1, 1, "担当課：交通政策課"),
        ])  # fmt: skip
        title_line(page, y + 20, "事業費の推移（決算額）　単位：千円")
        ruled_table(page, y + 26, [120, 90, 90], [
            (0, 0, 1, 1, "区分"), (0, 1, 1, 1, "令和4年度"), (0, 2, 1, 1, "令和5年度"),
            (1, 0, 1, 1, "事業費"), (1, 1, 1, 1, "12,300"), (1, 2, 1, 1, "13,450"),
            (2, 0, 1, 1, "一般財源"), (2, 1, 1, 1, "2,300"), (2, 2, 1, 1, "－"),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "caption.pdf", draw))
    assert out.document["status"] == "ok", out.document["error"]
    (unit,) = out.rows["business_units"]
    assert unit["name"] == "ひまわり号運行事業"
    assert unit["department"] == "交通政策課"
    got = {
        (b["item"], b["fiscal_year"], b["basis"]): (b["amount_yen"], b["value_text"])
        for b in out.rows["budget_lines"]
    }
    assert got == {
        ("事業費", 2022, "決算"): (12_300_000, "12,300"),
        ("事業費", 2023, "決算"): (13_450_000, "13,450"),
        ("一般財源", 2022, "決算"): (2_300_000, "2,300"),
        ("一般財源", 2023, "決算"): (None, "－"),
    }


def test_years_down_staff_and_ratio_rows_are_not_money(tmp_path: Path) -> None:
    """Years down the rows, items across; 従事職員数 and 負担率 columns give no lines;
    a 差引 row gives no lines; era-less years take the title's 令和."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和7年度 事務事業評価表")
        y = ruled_table(page, 60, [100, 400], [
            (0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "こども食堂支援事業"),
            (1, 0, 1, 1, "所管課"), (1, 1, 1, 1, "こども家庭課"),
        ])  # fmt: skip
        ruled_table(page, y + 20, [100, 80, 80, 80, 80], [
            (0, 0, 1, 1, "区分（千円）"), (0, 1, 1, 1, "事業費"), (0, 2, 1, 1, "一般財源"),
            (0, 3, 1, 1, "従事職員数"), (0, 4, 1, 1, "受益者負担率"),
            (1, 0, 1, 1, "5年度決算"), (1, 1, 1, 1, "800"), (1, 2, 1, 1, "400"),
            (1, 3, 1, 1, "0.5人"), (1, 4, 1, 1, "10%"),
            (2, 0, 1, 1, "6年度予算"), (2, 1, 1, 1, "950"), (2, 2, 1, 1, "450"),
            (2, 3, 1, 1, "0.5人"), (2, 4, 1, 1, "10%"),
            (3, 0, 1, 1, "差引"), (3, 1, 1, 1, "150"), (3, 2, 1, 1, "50"),
            (3, 3, 1, 1, "0"), (3, 4, 1, 1, "0"),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "down.pdf", draw))
    assert out.document["status"] == "ok", out.document["error"]
    got = {
        (b["item"], b["fiscal_year"], b["basis"]): b["amount_yen"] for b in out.rows["budget_lines"]
    }
    assert got == {
        ("事業費", 2023, "決算"): 800_000,
        ("一般財源", 2023, "決算"): 400_000,
        ("事業費", 2024, "予算"): 950_000,
        ("一般財源", 2024, "予算"): 450_000,
    }
    assert out.rows["business_units"][0]["department"] == "こども家庭課"


def test_no_option_marked_is_null_and_marked_option_wins(tmp_path: Path) -> None:
    """法定/自主 and 次年度方針 printed with every option: the marked one (not the first)."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和7年度 事務事業評価シート")
        ruled_table(page, 60, [100, 400], [
            (0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "防災備蓄事業"),
            (1, 0, 1, 1, "法定・自主"), (1, 1, 1, 1, "□法定 ■任意"),
            (2, 0, 1, 1, "次年度方針"), (2, 1, 1, 1, "□継続 □拡充 □縮小"),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "marks.pdf", draw))
    (unit,) = out.rows["business_units"]
    assert unit["legal_basis"] == "自主"  # 任意 is read as 自主
    assert unit["next_year_policy"] is None


def test_two_line_sdg_cell_is_split_by_line(tmp_path: Path) -> None:
    """``11.7`` over ``17.17`` in one cell: two targets, never ``11.71`` / ``7.17``."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和7年度 事務事業評価シート")
        ruled_table(page, 60, [100, 400], [
            (0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "公園再整備事業"),
            (1, 0, 2, 1, "SDGs"), (1, 1, 2, 1, "11.7\n17.17"),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "sdg.pdf", draw))
    (unit,) = out.rows["business_units"]
    assert unit["sdg_targets"] == ["11.7", "17.17"]


def test_indicators_printed_astitle_line(tmp_path: Path) -> None:
    """``指標：NAME【数値目標：…】`` under アウトプット / アウトカム: target rows; a target
    without its own year is a total over the 実施期間 and takes its last year."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和7年度 事務事業評価シート")
        ruled_table(page, 60, [100, 400], [
            (0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "再生可能エネルギー導入促進事業"),
            (1, 0, 1, 1, "実施期間"), (1, 1, 1, 1, "令和5年度～令和9年度"),
            (2, 0, 1, 1, "アウトプット"),
            (2, 1, 1, 1, "指標：太陽光発電設備の導入容量【数値目標：8,339kW】"),
            (3, 0, 1, 1, "アウトカム"),
            (3, 1, 1, 1, "指標：温室効果ガス削減量【数値目標：1,200t（令和8年度）】"),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "text_kpi.pdf", draw))
    got = {
        (k["kind"], k["kpi_name"], k["fiscal_year"], k["metric"], k["value"], k["unit"])
        for k in out.rows["kpi_values"]
    }
    assert got == {
        ("activity", "太陽光発電設備の導入容量", 2027, "target", 8339.0, "kW"),
        ("outcome", "温室効果ガス削減量", 2026, "target", 1200.0, "t"),
    }


def test_unruled_form_fields(tmp_path: Path) -> None:
    """Labels and values printed as plain text lines (no rules): the value is the
    next run right of its label on the line."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和7年度 事務事業評価シート")
        for y, label, value in (
            (80, "事務事業名", "地域おこし協力隊事業"),
            (100, "担当課", "地域振興課"),
            (120, "次年度方針", "拡充"),
        ):
            page.insert_text((LEFT, y), label, fontname="japan", fontsize=SIZE + 1)
            page.insert_text((LEFT + 120, y), value, fontname="japan", fontsize=SIZE + 1)
        title_line(page, 150, "単位：千円")
        ruled_table(page, 156, [120, 90, 90], [
            (0, 0, 1, 1, "区分"), (0, 1, 1, 1, "6年度決算"), (0, 2, 1, 1, "7年度予算"),
            (1, 0, 1, 1, "事業費"), (1, 1, 1, 1, "4,800"), (1, 2, 1, 1, "5,100"),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "unruled.pdf", draw))
    (unit,) = out.rows["business_units"]
    assert (unit["name"], unit["department"], unit["next_year_policy"]) == (
        "地域おこし協力隊事業", "地域振興課", "拡充",
    )  # fmt: skip
    got = {
        (b["item"], b["fiscal_year"], b["basis"]): b["amount_yen"] for b in out.rows["budget_lines"]
    }
    assert got == {("事業費", 2024, "決算"): 4_800_000, ("事業費", 2025, "予算"): 5_100_000}


def test_money_without_a_basis_is_rejected_not_invented(tmp_path: Path) -> None:
    """Year columns with no 予算/決算 anywhere: no budget line, one reject per figure."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和7年度 事務事業評価シート")
        y = ruled_table(page, 60, [100, 400], [
            (0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "空き家対策事業"),
        ])  # fmt: skip
        title_line(page, y + 20, "単位：千円")
        ruled_table(page, y + 26, [120, 90, 90], [
            (0, 0, 1, 1, "区分"), (0, 1, 1, 1, "令和5年度"), (0, 2, 1, 1, "令和6年度"),
            (1, 0, 1, 1, "事業費"), (1, 1, 1, 1, "700"), (1, 2, 1, 1, "900"),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "no_basis.pdf", draw))
    assert out.rows["budget_lines"] == []
    assert sorted((r["code"], r["value_text"]) for r in out.rows["rejects"]) == [
        ("budget.no_basis", "700"),
        ("budget.no_basis", "900"),
    ]
    assert out.document["status"] == "partial"


def test_tables_without_vertical_rules(tmp_path: Path) -> None:
    """A cost table with horizontal rules only and a two-level header (令和5年度 over
    予算 | 決算), and a borderless indicator table: read from text alignment."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート")
        y = ruled_table(page, 60, [100, 400], [
            (0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "森林整備事業"),
        ])  # fmt: skip
        title_line(page, y + 20, "（単位：千円）")
        y = text_table(page, y + 28, [110, 60, 60, 60, 60], [
            ["区分", "令和5年度", "", "令和6年度", ""],
            ["", "予算", "決算", "予算", "決算見込"],
            ["事業費", "900", "870", "950", "940"],
            ["うち一般財源", "300", "290", "320", "310"],
        ], rules=True)  # fmt: skip
        text_table(page, y + 20, [140, 40, 60, 60], [
            ["活動指標", "単位", "R4実績", "R5実績"],
            ["間伐面積", "ha", "12", "15"],
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "no_vertical_rules.pdf", draw))
    assert out.document["status"] == "ok", out.document["error"]
    got = {
        (b["item"], b["fiscal_year"], b["basis"], b["basis_label"]): b["amount_yen"]
        for b in out.rows["budget_lines"]
    }
    assert got == {
        ("事業費", 2023, "予算", "予算"): 900_000,
        ("事業費", 2023, "決算", "決算"): 870_000,
        ("事業費", 2024, "予算", "予算"): 950_000,
        ("事業費", 2024, "見込み", "決算見込"): 940_000,
        ("うち一般財源", 2023, "予算", "予算"): 300_000,
        ("うち一般財源", 2023, "決算", "決算"): 290_000,
        ("うち一般財源", 2024, "予算", "予算"): 320_000,
        ("うち一般財源", 2024, "見込み", "決算見込"): 310_000,
    }
    kpis = {(k["kind"], k["kpi_name"], k["unit"], k["fiscal_year"], k["metric"]): k["value"]
            for k in out.rows["kpi_values"]}  # fmt: skip
    assert kpis == {
        ("activity", "間伐面積", "ha", 2022, "actual"): 12.0,
        ("activity", "間伐面積", "ha", 2023, "actual"): 15.0,
    }
