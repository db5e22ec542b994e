"""Values printed after their word inside a KPI line: printed numbers the accounting
must see (labelled_values.py).

A two-column strategy page wraps ``NAME：現状値　４件（令和４年度）→目標値　１０件（令和９年度）``
over two or three runs of its column; no run *is* a number, so before this rule the
values of most runs were neither rows nor unassigned (template AG, round 26: 30 of
36 lost). Every value printed must end as a row or as unassigned, with a reason.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.labelled_values import labelled_values
from aizu_extract.pipeline import process_file

from .drawing import draw_pdf


@pytest.mark.parametrize(
    ("key", "values"),
    [
        ("状値累計12人(令和4年度)→目標値累計30", ("30",)),  # 現|状値 broken at the wrap
        ("を導入した経営体数:現状値8経営体(令和4年", ("8",)),  # した is a name's, not prose
        ("度)→目標値25経営体(令和9年度)", ("25",)),
        (
            "町内事業所の従業者数:現状値3,210人(令和4年度)→目標値3,400人(令和9年度)",
            ("3210", "3400"),
        ),
        ("社会増減数:現状値▲85人(令和4年)→目標値0人(令和9年)", ("85", "0")),
        ("基準値2人(R5)→目標値累計15人(R11)", ("2", "15")),
        ("48.3%(R4)→62.5%(R10)", ("62.5",)),  # after the arrow
        ("数値目標:8,339kW", ("8339",)),
    ],
)
def test_a_number_after_a_value_word_or_arrow_is_a_labelled_value(
    key: str, values: tuple[str, ...]
) -> None:
    assert labelled_values(key) == values


@pytest.mark.parametrize(
    "key",
    [
        "基本目標1地域の資源を生かした魅力あ",  # an outline number
        "政策目標2安心して暮らせるまち",
        "る創業件数:現状値",  # the word, its value on the next run
        "目標値(令和9年度)",  # a year after the word: its label
        "目標値2027年度",
        "※達成率=実績値÷目標値×100(小数点以下第2位を四捨五入)",  # a formula
        "Ｃ:目標の8割未満",  # a sentence
        "現状値は原則として令和4年度の実績とし、年度別",  # prose
        "本町の総人口は9,188人(令和2年国勢調査)",  # no value word
    ],
)
def test_other_texts_print_no_labelled_value(key: str) -> None:
    assert labelled_values(key) == ()


LEFT_COLUMN = [
    "第２章　基本目標と具体的な施策",
    "基本目標１　地域のしごとをつくる",
    "（１）農業の担い手確保",
    "【重要業績評価指標（ＫＰＩ）】　新規就農者数：現",
    "状値　累計１２人（令和４年度）→目標値　累計３０",
    "人（令和９年度）",
    "【重要業績評価指標（ＫＰＩ）】　スマート農業機器",
    "を導入した経営体数：現状値　８経営体（令和４年",
    "度）→目標値　２５経営体（令和９年度）",
]
RIGHT_COLUMN = [
    "（２）創業の支援",
    "【重要業績評価指標（ＫＰＩ）】　創業支援事業によ",
    "る創業件数：現状値　４件（令和４年度）→目標値",
    "１０件（令和９年度）",
    "【重要業績評価指標（ＫＰＩ）】　ふるさと納税の寄",
    "附件数：現状値　４，８２０件（令和４年度）→目標",
    "値　８，０００件（令和９年度）",
]
# Every value the page prints, as printed (typed from the lines above).
PRINTED = [
    "累計１２人",
    "累計３０",
    "８経営体",
    "２５経営体",
    "４件",
    "１０件",
    "４，８２０件",
    "８，０００件",
]


def _two_columns(page: pymupdf.Page) -> None:
    """A strategy page set in two columns 240 pt wide with a 30 pt gutter."""
    page.insert_text(
        (40, 50), "第２期テスト町まち・ひと・しごと創生総合戦略", fontname="japan", fontsize=12
    )
    for x, lines in ((40, LEFT_COLUMN), (310, RIGHT_COLUMN)):
        for i, line in enumerate(lines):
            page.insert_text((x, 90 + 14 * i), line, fontname="japan", fontsize=9.5)


def test_every_value_of_a_two_column_page_is_a_row_or_unassigned(tmp_path: Path) -> None:
    out = process_file(draw_pdf(tmp_path, "columns.pdf", _two_columns))
    texts = [str(r["value_text"]) for r in out.rows["kpi_values"]]
    texts += [str(u["text"]) for u in out.rows["unassigned"]]
    missing = [v for v in PRINTED if not any(v in t.replace("\n", "") for t in texts)]
    assert missing == []
    doc = out.document
    assert doc["numbers_seen"] - doc["numbers_assigned"] == len(out.rows["unassigned"])
    for u in out.rows["unassigned"]:
        assert u["reason"].startswith("unassigned.")
