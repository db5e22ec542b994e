"""Unit-sheet shapes of held-out round 6 (template L) drawn at test time, each with
hand-written expected rows: the general rules the round's fixes added, one per test,
each failing without its rule."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pymupdf

from aizu_extract.inspect import analyse
from aizu_extract.pipeline import process_file

from .drawing import draw_pdf, ruled_table, title_line


def _header(page: pymupdf.Page) -> float:
    """A sheet whose name label sits over other fields' value cells of other widths
    (所管 部 | 課, a 施策体系 block of number | title rows)."""
    title_line(page, 50, "令和6年度 事務事業評価シート")
    return ruled_table(page, 60, [60, 40, 60, 60, 60, 140], [
        (0, 0, 1, 2, "事業コード"), (0, 2, 1, 1, "01-02"), (0, 3, 1, 1, "事務事業名"),
        (0, 4, 1, 2, "ひばり図書館運営事業"),
        (1, 0, 1, 1, "所管"), (1, 1, 1, 1, "部"), (1, 2, 1, 2, "教育部"),
        (1, 4, 1, 1, "課"), (1, 5, 1, 1, "図書館"),
        (2, 0, 3, 1, "施策体系"), (2, 1, 1, 1, "基本目標"), (2, 2, 1, 1, "4"),
        (2, 3, 1, 3, "学びのまち"),
        (3, 1, 1, 1, "政策"), (3, 2, 1, 1, "7"), (3, 3, 1, 3, "生涯学習の推進"),
        (4, 1, 1, 1, "施策"), (4, 2, 1, 1, "21"), (4, 3, 1, 3, "読書活動の推進"),
    ])  # fmt: skip


def test_name_label_over_other_fields_values_is_a_sheet(tmp_path: Path) -> None:
    """The cells under the 事務事業名 label are the values of 所管 and the 施策体系
    rows, on cells of other widths: not a column of names (an index), so the sheet
    is read."""
    out = process_file(draw_pdf(tmp_path, "sheet.pdf", _header))
    names = [u["name"] for u in out.rows["business_units"]]
    assert names == ["ひばり図書館運営事業"]


def test_column_of_names_under_the_label_is_still_an_index(tmp_path: Path) -> None:
    """A 事務事業名 header over names in its own column (an index page) starts no sheet."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート 目次")
        ruled_table(page, 60, [200, 100], [
            (0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "所管課"),
            (1, 0, 1, 1, "ひばり図書館運営事業"), (1, 1, 1, 1, "図書館"),
            (2, 0, 1, 1, "つばめ公園管理事業"), (2, 1, 1, 1, "公園緑地課"),
            (3, 0, 1, 1, "かもめ港湾整備事業"), (3, 1, 1, 1, "港湾課"),
            (4, 0, 1, 1, "すずめ保育園運営事業"), (4, 1, 1, 1, "保育課"),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "index.pdf", draw))
    assert out.rows["business_units"] == []


def test_plan_column_in_a_money_row_is_a_projection(tmp_path: Path) -> None:
    """Years across with the basis in each header: ``令和7年度計画`` beside 決算/予算
    columns is the row's projection (basis 見込み, label 計画), not an indicator
    target; a staff row (人工) gives nothing, nor does the 増減 column."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート")
        y = ruled_table(page, 60, [100, 300], [
            (0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "つばめ公園管理事業"),
        ])  # fmt: skip
        title_line(page, y + 20, "事業費の推移　（単位：千円）")
        ruled_table(page, y + 26, [90, 70, 70, 70, 70], [
            (0, 0, 1, 1, "区分"), (0, 1, 1, 1, "令和5年度決算"), (0, 2, 1, 1, "令和6年度予算"),
            (0, 3, 1, 1, "令和7年度計画"), (0, 4, 1, 1, "増減（R7－R6）"),
            (1, 0, 1, 1, "事業費（A）"), (1, 1, 1, 1, "1,200"), (1, 2, 1, 1, "1,350"),
            (1, 3, 1, 1, "1,100"), (1, 4, 1, 1, "▲250"),
            (2, 0, 1, 1, "正規職員の人工"), (2, 1, 1, 1, "0.30人"), (2, 2, 1, 1, "0.30人"),
            (2, 3, 1, 1, "0.20人"), (2, 4, 1, 1, ""),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "plan.pdf", draw))
    got = {
        (b["item"], b["fiscal_year"], b["basis"], b["basis_label"]): b["amount_yen"]
        for b in out.rows["budget_lines"]
    }
    assert got == {
        ("事業費(A)", 2023, "決算", "決算"): 1_200_000,
        ("事業費(A)", 2024, "予算", "予算"): 1_350_000,
        ("事業費(A)", 2025, "見込み", "計画"): 1_100_000,
    }
    assert out.rows["kpi_values"] == []


def test_plan_column_of_an_indicator_stays_a_target(tmp_path: Path) -> None:
    """An indicator row under 計画 / 実績 year columns: 計画 is its target."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート")
        y = ruled_table(page, 60, [100, 300], [
            (0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "つばめ公園管理事業"),
        ])  # fmt: skip
        ruled_table(page, y + 20, [120, 50, 80, 80], [
            (0, 0, 1, 1, "成果指標"), (0, 1, 1, 1, "単位"), (0, 2, 1, 1, "令和5年度計画"),
            (0, 3, 1, 1, "令和5年度実績"),
            (1, 0, 1, 1, "公園の利用者数"), (1, 1, 1, 1, "人"), (1, 2, 1, 1, "3,000"),
            (1, 3, 1, 1, "2,850"),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "target.pdf", draw))
    got = {
        (k["kpi_name"], k["metric"], k["fiscal_year"]): k["value"] for k in out.rows["kpi_values"]
    }
    assert got == {
        ("公園の利用者数", "target", 2023): 3000.0,
        ("公園の利用者数", "actual", 2023): 2850.0,
    }
    assert out.rows["budget_lines"] == []


def _options(mark_col: int | None) -> Callable[[pymupdf.Page], None]:
    """今後の方向性 over two rows: six options in cells of their own, a ○ in the
    cell under the chosen one (``mark_col``; None: nothing marked)."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート")
        y = ruled_table(page, 60, [100, 300], [
            (0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "かもめ港湾整備事業"),
        ])  # fmt: skip
        words = ["拡充", "現状維持", "改善", "縮小", "統合", "廃止"]
        cells = [(0, 0, 2, 1, "今後の方向性")]
        cells += [(0, 1 + i, 1, 1, w) for i, w in enumerate(words)]
        cells += [(1, 1 + i, 1, 1, "○" if i == mark_col else "") for i in range(len(words))]
        ruled_table(page, y + 20, [90, 50, 50, 50, 50, 50, 50], cells)

    return draw


def test_mark_under_an_option_row_chooses_it(tmp_path: Path) -> None:
    """The option right of the label is not chosen because it comes first: the ○
    under 現状維持 chooses it; with no ○ the field is null."""
    out = process_file(draw_pdf(tmp_path, "marked.pdf", _options(1)))
    assert [u["next_year_policy"] for u in out.rows["business_units"]] == ["現状維持"]
    out = process_file(draw_pdf(tmp_path, "blank.pdf", _options(None)))
    assert [u["next_year_policy"] for u in out.rows["business_units"]] == [None]


def _sdg(cell: str) -> Callable[[pymupdf.Page], None]:
    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート")
        ruled_table(page, 60, [100, 300], [
            (0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "すずめ保育園運営事業"),
            (1, 0, 1, 1, "SDGs"), (1, 1, 1, 1, cell),
        ])  # fmt: skip

    return draw


def test_sdg_goal_numbers_alone_are_goals(tmp_path: Path) -> None:
    """``4・11`` beside the SDGs label: the goal numbers 4 and 11; a number beyond
    17 on the line makes it no list of goals."""
    out = process_file(draw_pdf(tmp_path, "goals.pdf", _sdg("4・11")))
    assert [u["sdg_targets"] for u in out.rows["business_units"]] == [["4", "11"]]
    out = process_file(draw_pdf(tmp_path, "other.pdf", _sdg("4・21")))
    assert [u["sdg_targets"] for u in out.rows["business_units"]] == [[]]


def _strategy(cell: str) -> Callable[[pymupdf.Page], None]:
    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "令和6年度 事務事業評価シート")
        ruled_table(page, 60, [100, 300], [
            (0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "ひばり移住促進事業"),
            (1, 0, 1, 1, "総合戦略の\n位置付け"), (1, 1, 1, 1, cell),
        ])  # fmt: skip

    return draw


def test_population_goal_is_the_numbered_goal_of_the_strategy_field(tmp_path: Path) -> None:
    """``総合戦略の位置付け | 基本目標2　ひとの流れをつくる`` → ``基本目標2``;
    ``該当なし`` → null."""
    out = process_file(draw_pdf(tmp_path, "goal.pdf", _strategy("基本目標2　ひとの流れをつくる")))
    assert [u["population_goal"] for u in out.rows["business_units"]] == ["基本目標2"]
    out = process_file(draw_pdf(tmp_path, "none.pdf", _strategy("該当なし")))
    assert [u["population_goal"] for u in out.rows["business_units"]] == [None]
    out = process_file(draw_pdf(tmp_path, "period.pdf", _strategy("第2期総合戦略の重点事業")))
    assert [u["population_goal"] for u in out.rows["business_units"]] == [None]


def test_measure_node_has_the_printed_policy_as_parent(tmp_path: Path) -> None:
    """The 施策体系 block's 施策 row is the sheet's measure node; the 政策 row over it
    (``政策 | 7 | 生涯学習の推進``) is its enclosing node, so its number is the parent."""
    out = process_file(draw_pdf(tmp_path, "tree.pdf", _header))
    got = [(s["level"], s["number"], s["title"], s["parent_number"]) for s in out.rows["structure"]]
    assert got == [("measure", "21", "読書活動の推進", "7")]


def test_city_printed_alone_in_the_footer_is_the_municipality(tmp_path: Path) -> None:
    """A spreadsheet's page footer (bottom left) prints the city alone: the issuer.
    The same name in the middle of the page is not."""

    def draw(footer_y: float) -> Callable[[pymupdf.Page], None]:
        def page_of(page: pymupdf.Page) -> None:
            _header(page)
            title_line(page, footer_y, "つぐみ市")

        return page_of

    out = process_file(draw_pdf(tmp_path, "footer.pdf", draw(820)))
    assert out.document["municipality"] == "つぐみ市"
    out = process_file(draw_pdf(tmp_path, "middle.pdf", draw(400)))
    assert out.document["municipality"] is None


def test_code_and_outline_numbers_are_not_unassigned(tmp_path: Path) -> None:
    """``事業コード | 01-02`` is the unit's code (its unit_code, so assigned to
    business_units), ``基本目標 | 4`` and ``政策 | 7`` outline numbers printed apart from
    their words: none is a value left unread, so the sheet is ok."""
    path = draw_pdf(tmp_path, "sheet.pdf", _header)
    out = process_file(path)
    assert out.document["status"] == "ok", out.document["error"]
    assert [u["unit_code"] for u in out.rows["business_units"]] == ["01-02"]
    fates = {n.text: n.reason for n in analyse(path)[3].numbers}
    assert (fates["01-02"], fates["4"], fates["7"]) == (
        "business_units", "label.outline", "label.outline",
    )  # fmt: skip
