"""KPI lines wrapped within their column (parsers/strategy/wrapped_values.py): read
whole, the name and the label word broken anywhere over the wrap.

The page of tests/test_labelled_values.py: two columns, each KPI line
``【重要業績評価指標（ＫＰＩ）】　NAME：現状値　X（令和４年度）→目標値　Y（令和９年度）`` over
two or three lines of its column.
"""

from __future__ import annotations

from pathlib import Path

from aizu_extract.parsers.strategy.arrow_lines import BASELINE_WORDS
from aizu_extract.parsers.strategy.wrapped_values import kpi_line_rest, opens_values
from aizu_extract.pipeline import process_file

from .drawing import draw_pdf
from .test_labelled_values import _two_columns


def test_wrapped_kpi_lines_of_two_columns_read_whole(tmp_path: Path) -> None:
    out = process_file(draw_pdf(tmp_path, "columns.pdf", _two_columns))
    got = [
        (r["kpi_name"], r["metric"], r["fiscal_year"], r["value"], r["value_text"])
        for r in out.rows["kpi_values"]
    ]
    assert got == [
        ("新規就農者数", "baseline", 2022, 12.0, "累計１２人（令和４年度）"),
        ("新規就農者数", "target", 2027, 30.0, "累計３０人（令和９年度）"),
        ("スマート農業機器を導入した経営体数", "baseline", 2022, 8.0, "８経営体（令和４年度）"),
        ("スマート農業機器を導入した経営体数", "target", 2027, 25.0, "２５経営体（令和９年度）"),
        ("創業支援事業による創業件数", "baseline", 2022, 4.0, "４件（令和４年度）"),
        ("創業支援事業による創業件数", "target", 2027, 10.0, "１０件（令和９年度）"),
        ("ふるさと納税の寄附件数", "baseline", 2022, 4820.0, "４，８２０件（令和４年度）"),
        ("ふるさと納税の寄附件数", "target", 2027, 8000.0, "８，０００件（令和９年度）"),
    ]
    assert out.rows["unassigned"] == []
    assert out.document["status"] == "ok"


def test_a_kpi_label_opens_a_wrapped_line_only_before_a_baseline_word() -> None:
    rest = kpi_line_rest("【重要業績評価指標（ＫＰＩ）】　新規就農者数：現")
    assert rest == "新規就農者数：現"
    assert opens_values(rest, BASELINE_WORDS, name_may_wrap=True)  # 現|状値 wraps
    assert opens_values("スマート農業機器", BASELINE_WORDS, name_may_wrap=True)  # name wraps
    assert not opens_values("出生数：973人", BASELINE_WORDS, name_may_wrap=True)  # no word
    assert not opens_values("スマート農業機器", BASELINE_WORDS, name_may_wrap=False)
    assert kpi_line_rest("【基本的方向】　本町の基幹産業") is None  # not a KPI label
