# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""KPIs listed as lines under their label: ``◇NAME　BASE（R4）→TARGET（R10）``.

Many 総合戦略 print a 施策's 重要業績評価指標（KPI） as a bulleted list instead of a
table (held-out 7, template M). A line under such a label with the shape name,
baseline with its year, arrow, target with its year gives a baseline and a
target ``kpi`` row; prose with numbers (a sentence, a line without years, an
arrow line outside a KPI list) stays unread. Pages are drawn in the test; the
expected values are typed from the text drawn.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aizu_extract.normalize.eras import YearContext
from aizu_extract.normalize.errors import NormalizationError
from aizu_extract.normalize.numbers import parse_quantity
from aizu_extract.parsers.base import Extraction
from aizu_extract.parsers.strategy.arrow_lines import read_arrow_line

from .test_strategy_robustness import draw, run

_PILLAR = "基本目標1 しごとをつくる"
_SECTION = f"{_PILLAR} / (1) 農業の振興"


def _page() -> list[tuple[float, float, str, float]]:
    return [
        (200, 60, "あさひ村総合戦略", 16),
        (60, 100, "基本目標1 しごとをつくる", 14),
        (60, 125, "【基本的方向】", 10.5),
        (70, 142, "○農業の担い手を増やします。", 10),
        (60, 170, "(1) 農業の振興", 12),
        # an arrow line in the description: prose, not a KPI list
        (70, 190, "体験者数 10人（R4）→20人（R9）", 10),
        (70, 210, "【重要業績評価指標（KPI）】", 10),
        (80, 228, "◇新規就農者数　累計５人（R4）→累計20人（2027年度）", 10),
        (80, 246, "◇農業アプリの登録者数　－（R4）→増加（R9）", 10),
        # prose under the label: a sentence, and a line whose values carry no year
        (80, 264, "◇研修の参加者は10人（R4）→15人（R9）と増えてきました。", 10),
        (80, 282, "◇直売所の売上　100万円→150万円", 10),
    ]


def _rows(tmp_path: Path) -> list[tuple[object, ...]]:
    outcome = run(draw(tmp_path / "kpi_lines.pdf", [_page()]))
    assert outcome.rows["rejects"] == []
    return [
        (r["kind"], r["context"], r["kpi_name"], r["metric"], r["year_label"], r["fiscal_year"],
         r["value"], r["unit"], r["qualifier"], r["value_text"])
        for r in outcome.rows["kpi_values"]
    ]  # fmt: skip


def test_kpi_lines_under_their_label_give_kpi_rows(tmp_path: Path) -> None:
    assert _rows(tmp_path) == [
        ("kpi", _SECTION, "新規就農者数", "baseline", "R4", 2022, 5.0, "人", "累計", "累計５人（R4）"),
        ("kpi", _SECTION, "新規就農者数", "target", "2027年度", 2027, 20.0, "人", "累計", "累計20人（2027年度）"),
        ("kpi", _SECTION, "農業アプリの登録者数", "baseline", "R4", 2022, None, None, None, "－（R4）"),
        ("kpi", _SECTION, "農業アプリの登録者数", "target", "R9", 2027, None, None, None, "増加（R9）"),
    ]


def test_kpi_lines_wrapped_with_a_colon_or_a_note_in_the_name(tmp_path: Path) -> None:
    page = [
        (200, 60, "あさひ村総合戦略", 16),
        (60, 100, "基本目標1 しごとをつくる", 14),
        (60, 130, "(1) 農業の振興", 12),
        (64, 150, "① 担い手の確保", 11),
        (70, 170, "■重要業績評価指標（KPI）", 10),
        (80, 188, "・新規就農者数：12人（R4）→30人（R10）", 10),
        (80, 206, "・空き家バンクの成約件数（累計）　12件（R4）→30件（R10）", 10),
        # a long line wrapped: the name's end and the values on the next line
        (80, 224, "・農業体験プログラムに参加した町外の小中学生と", 10),
        (80, 237, "その保護者の数　120人（R4）→200人（R10）", 10),
        # two English words either side of the wrap keep their space
        (80, 255, "・町公式アカウントのInstagram", 10),
        (80, 268, "followers数　300人（R4）→900人（R10）", 10),
        # the next bulleted line is a line of its own, not a wrap of the one above
        (80, 286, "・スマート農業の研修会を開きます", 10),
        (80, 299, "・研修会の参加者数　20人（R4）→50人（R10）", 10),
    ]
    outcome = run(draw(tmp_path / "kpi_wrapped.pdf", [page]))
    context = f"{_PILLAR} / (1) 農業の振興 / ① 担い手の確保"
    got = [(r["context"], r["kpi_name"], r["metric"], r["fiscal_year"], r["value"], r["unit"],
            r["qualifier"], r["value_text"]) for r in outcome.rows["kpi_values"]]  # fmt: skip
    assert got == [
        (context, "新規就農者数", "baseline", 2022, 12.0, "人", None, "12人（R4）"),
        (context, "新規就農者数", "target", 2028, 30.0, "人", None, "30人（R10）"),
        (context, "空き家バンクの成約件数(累計)", "baseline", 2022, 12.0, "件", None, "12件（R4）"),
        (context, "空き家バンクの成約件数(累計)", "target", 2028, 30.0, "件", None, "30件（R10）"),
        (context, "農業体験プログラムに参加した町外の小中学生とその保護者の数", "baseline", 2022, 120.0, "人", None, "120人（R4）"),
        (context, "農業体験プログラムに参加した町外の小中学生とその保護者の数", "target", 2028, 200.0, "人", None, "200人（R10）"),
        (context, "町公式アカウントのInstagram followers数", "baseline", 2022, 300.0, "人", None, "300人（R4）"),
        (context, "町公式アカウントのInstagram followers数", "target", 2028, 900.0, "人", None, "900人（R10）"),
        (context, "研修会の参加者数", "baseline", 2022, 20.0, "人", None, "20人（R4）"),
        (context, "研修会の参加者数", "target", 2028, 50.0, "人", None, "50人（R10）"),
    ]
    assert outcome.rows["rejects"] == []


def test_kpi_line_cut_in_two_runs_at_a_wide_gap(tmp_path: Path) -> None:
    # The full-width space between name and values is right at the width where the
    # layout cuts a line in two runs; printed 1.5 em apart here, the cut is sure.
    page = [
        (200, 60, "あさひ村総合戦略", 16),
        (60, 100, "基本目標1 しごとをつくる", 14),
        (60, 130, "(1) 農業の振興", 12),
        (70, 150, "【重要業績評価指標（KPI）】", 10),
        (80, 168, "◇新規就農者数", 10),  # seven glyphs: ends at x 150
        (165, 168, "累計12人（R4）→累計30人（R10）", 10),
        (80, 186, "◇創業件数", 10),
        (145, 186, "年間3件（R4）→年間6件（R10）", 10),
        (80, 204, "◇アプリの登録者数", 10),  # a new indicator: its baseline a dash
        (185, 204, "－（R4）→600人（R10）", 10),
        (80, 222, "◇健診の受診率", 10),  # values that start with digits: a number
        (165, 222, "48.3%（R4）→62.5%（R10）", 10),
    ]
    outcome = run(draw(tmp_path / "kpi_cut.pdf", [page]))
    got = [(r["kpi_name"], r["metric"], r["fiscal_year"], r["value"], r["unit"], r["qualifier"],
            r["value_text"]) for r in outcome.rows["kpi_values"]]  # fmt: skip
    assert got == [
        ("新規就農者数", "baseline", 2022, 12.0, "人", "累計", "累計12人（R4）"),
        ("新規就農者数", "target", 2028, 30.0, "人", "累計", "累計30人（R10）"),
        ("創業件数", "baseline", 2022, 3.0, "件", "年間", "年間3件（R4）"),
        ("創業件数", "target", 2028, 6.0, "件", "年間", "年間6件（R10）"),
        ("アプリの登録者数", "baseline", 2022, None, None, None, "－（R4）"),
        ("アプリの登録者数", "target", 2028, 600.0, "人", None, "600人（R10）"),
        ("健診の受診率", "baseline", 2022, 48.3, "%", None, "48.3%（R4）"),
        ("健診の受診率", "target", 2028, 62.5, "%", None, "62.5%（R10）"),
    ]
    assert outcome.rows["rejects"] == []
    # the values' run is one printed number, consumed by the two rows it gave
    # Every values run is a printed number (48.3%（R4）→… by the number rule, the
    # others as values after an arrow: labelled_values), and each is consumed.
    assert outcome.document["numbers_seen"] == outcome.document["numbers_assigned"] == 4
    assert outcome.rows["unassigned"] == []


def _read(line: str, word_chars: int = 6, kind: str = "kpi") -> list[tuple[object, ...]]:
    ex = Extraction(doc_type="strategy")
    read_arrow_line(line, ex=ex, page=3, context="c", years=YearContext(era="令和"),
                    kind=kind, word_chars=word_chars)  # fmt: skip
    return [(r["kind"], r["kpi_name"], r["metric"], r["fiscal_year"], r["value"], r["unit"],
             r["value_text"]) for r in ex.kpi_values]  # fmt: skip


def test_arrow_line_full_width_dash_baseline() -> None:
    # a new indicator's baseline printed as a full-width dash with its year
    assert _read("◇登録者数　－（R4）→600人（R10）", kind="numerical_target") == [
        ("numerical_target", "登録者数", "baseline", 2022, None, None, "－（R4）"),
        ("numerical_target", "登録者数", "target", 2028, 600.0, "人", "600人（R10）"),
    ]


def test_arrow_line_target_in_words_is_short_and_without_numbers() -> None:
    assert _read("利用者数　4,820人（R4）→増加（R10）") == [
        ("kpi", "利用者数", "baseline", 2022, 4820.0, "人", "4,820人（R4）"),
        ("kpi", "利用者数", "target", 2028, None, None, "増加（R10）"),
    ]
    assert _read("利用者数　4,820人（R4）→増加（R10）", word_chars=0) == []
    assert _read("利用者数　4,820人（R4）→今後さらに大きく増加させる（R10）") == []
    # a baseline in words is not read (the name and a word cannot be told apart)
    assert _read("利用者数　増加（R4）→5,000人（R10）") == []


def test_cumulative_is_a_qualifier_before_a_number_only() -> None:
    q = parse_quantity("累計30人")
    assert (q.value, q.unit, q.qualifier) == (30.0, "人", "累計")
    q = parse_quantity("累計 １２件")
    assert (q.value, q.unit, q.qualifier) == (12.0, "件", "累計")
    with pytest.raises(NormalizationError) as err:  # a word, not a blank value
        parse_quantity("累計")
    assert err.value.code == "number.not_numeric"
