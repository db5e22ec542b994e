"""The shared form reader's pure parts: label vocabulary, marked choices, unit
notes, header words and years without an era (table-driven + property tests)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aizu_extract.layout.form import _inline_value, read_marked_text
from aizu_extract.layout.headers import HeaderInterpreter
from aizu_extract.layout.values import is_value_text
from aizu_extract.layout.vocabulary import vocabulary
from aizu_extract.normalize.eras import (
    ERA_START,
    YearContext,
    document_era,
    parse_era_year,
    parse_year_label,
    to_era_label,
)
from aizu_extract.normalize.errors import NormalizationError
from aizu_extract.normalize.money import parse_amount, split_pair

VOCAB = vocabulary()


@pytest.mark.parametrize(
    ("printed", "field"),
    [
        ("事務事業名", "name"),
        ("事 業 名", "name"),  # stray spaces (均等割付)
        ("令和6年度事業名", "name"),
        ("事業名（令和6年度）", "name"),
        ("担当部署名", "department"),
        ("所管区局・課", "department"),
        ("所属名", "department"),
        ("R7年度以降の事業の方向性", "next_year_policy"),
        ("関連するSDGｓのゴール\n※ １つ以上に○", "sdg"),
        ("細事業名称", "sub_unit_name"),
        ("事業費（千円）", None),  # a table row label, not a form field
        ("環境学習推進事業", None),
    ],
)
def test_label_vocabulary(printed: str, field: str | None) -> None:
    from aizu_extract.layout.table import text_key

    assert VOCAB.field_of(text_key(printed)) == field


@pytest.mark.parametrize(
    ("printed", "options", "chosen"),
    [
        ("■法定 □自主", ["法定", "自主"], "法定"),
        ("□法定　■自主", ["法定", "自主"], "自主"),
        ("○法定 ●自主", ["法定", "自主"], "自主"),
        ("☑継続 ☐拡充 ☐縮小", ["継続", "拡充", "縮小"], "継続"),
        ("☐継続 ☐拡充 ☐縮小", ["継続", "拡充", "縮小"], None),  # none marked: null
        ("○継続 ○拡充", ["継続", "拡充"], None),  # every option circled: nothing chosen
    ],
)
def test_marked_choice_in_one_cell(printed: str, options: list[str], chosen: str | None) -> None:
    choice = read_marked_text(printed, options, VOCAB)
    assert choice is not None
    assert choice.chosen == chosen


def test_text_without_marks_is_not_a_choice() -> None:
    assert read_marked_text("現状のまま継続", ["継続", "拡充"], VOCAB) is None


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("事業名：環境学習推進事業", "環境学習推進事業"),
        ("担当課: 企画調整課", "企画調整課"),
        ("事業名", None),
        ("根拠法令：", None),
    ],
)
def test_inline_value_after_a_colon(printed: str, value: str | None) -> None:
    assert _inline_value(printed) == value


HEADERS = HeaderInterpreter(VOCAB, YearContext(era="令和"))


@pytest.mark.parametrize(
    ("note", "factor"),
    [
        ("単位：千円", 1000),
        ("（単位：千円）", 1000),
        ("単位(千円)", 1000),
        ("（４）事業費等(千円単位。千円未満は四捨五入)", 1000),
        ("単位：円", 1),
        ("単位:百万円", 1_000_000),
        ("区分（千円）", 1000),
        ("事業費", None),
    ],
)
def test_unit_notes(note: str, factor: int | None) -> None:
    assert HEADERS.money_factor(note) == factor


@pytest.mark.parametrize(
    ("printed", "year", "metric", "basis"),
    [
        ("Ｒ４年度", 2022, None, None),
        ("R５年度\n実 績", 2023, "actual", None),
        ("R６年度\n見 込", 2024, "forecast", "見込み"),
        ("5年度決算", 2023, None, "決算"),
        ("7年度予算", 2025, None, "予算"),
        ("令和7年度(予算)", 2025, None, "予算"),
        ("令和8年度(見込み)", 2026, "forecast", "見込み"),
        ("目標値", None, "target", None),
        ("実績値", None, "actual", None),
        ("想定", None, "target", None),
        ("達成率", None, "achievement_rate", None),
        ("決 算", None, None, "決算"),
    ],
)
def test_header_words(
    printed: str, year: int | None, metric: str | None, basis: str | None
) -> None:
    label = HEADERS.label(printed)
    assert (label.year, label.metric, label.basis) == (year, metric, basis)


@pytest.mark.parametrize(
    ("printed", "is_difference"),
    [("差引（増減）", True), ("差引(7年度-6年度)", True), ("6年度", False)],
)
def test_difference_columns(printed: str, is_difference: bool) -> None:
    assert HEADERS.label(printed).difference is is_difference


@pytest.mark.parametrize(
    ("text", "value"),
    [("5,690", True), ("△1,434", True), ("－", True), ("57.3%", True), ("5年度", False),
     ("20年度決算", False), ("出前授業のメニュー数", False), ("R5年度", False)],
)  # fmt: skip
def test_value_cells(text: str, value: bool) -> None:
    assert is_value_text(text) is value


@pytest.mark.parametrize(
    ("label", "context", "year"),
    [
        ("5年度", YearContext(era="令和"), 2023),
        ("20年度決算", YearContext(era="平成"), 2008),
        ("5年度", YearContext(not_after=2026), 2023),  # 令和5 is not after 2026
        ("30年度", YearContext(not_after=2026), 2018),  # 令和30 would be: 平成30
        ("R6年度", YearContext(era="平成"), 2024),  # a full era year ignores the context
    ],
)
def test_years_without_era(label: str, context: YearContext, year: int) -> None:
    assert parse_year_label(label, context).year == year


def test_year_without_era_or_context_is_unknown() -> None:
    with pytest.raises(NormalizationError) as err:
        parse_year_label("5年度")
    assert err.value.code == "era.no_era"


def test_document_era_is_the_most_printed_full_era() -> None:
    assert document_era(["令和7年度 事業評価書", "5年度", "6年度"]) == "令和"
    assert document_era(["平成26年度 事務事業評価表", "平成25年度", "令和元年"]) == "平成"
    assert document_era(["5年度"]) is None


@given(st.sampled_from(["令和", "平成"]), st.integers(min_value=1, max_value=31))
def test_eraless_label_reads_like_its_full_form(era: str, n: int) -> None:
    year = ERA_START[era] + n - 1
    full = parse_era_year(to_era_label(year, era)).year
    assert parse_year_label(f"{n}年度", YearContext(era=era)).year == full == year


@pytest.mark.parametrize(
    ("text", "factor", "yen"),
    [("3,691", 1000, 3_691_000), ("△50", 1000, -50_000), ("24, 225", 1000, 24_225_000),
     ("1,234.5", 1000, 1_234_500), ("6,000,000", 1, 6_000_000), ("－", 1000, None), ("", 1, None)],
)  # fmt: skip
def test_amounts(text: str, factor: int, yen: int | None) -> None:
    assert parse_amount(text, factor) == yen


def test_amount_below_one_yen_is_rejected() -> None:
    with pytest.raises(NormalizationError) as err:
        parse_amount("1.5", 1)
    assert err.value.code == "number.fractional_yen"


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from([1, 1000, 1_000_000]))
def test_amount_round_trip(n: int, factor: int) -> None:
    assert parse_amount(f"{n:,}", factor) == n * factor
    assert parse_amount(f"△{n:,}", factor) == -n * factor


@pytest.mark.parametrize(
    ("text", "pair"),
    [("326,800(0)", ("326,800", "0")), ("4,292（0）", ("4,292", "0")), ("5,690", None)],
)
def test_two_figures_in_one_cell(text: str, pair: tuple[str, str] | None) -> None:
    assert split_pair(text) == pair


@pytest.mark.parametrize(
    ("printed", "basis", "label"),
    [
        ("令和7年度(予算)", "予算", "予算"),
        ("R7予算（案）", "予算", "予算(案)"),
        ("R4決算", "決算", "決算"),
        ("決算(千円)", "決算", "決算"),
        ("令和6年度\n決算見込", "見込み", "決算見込"),
    ],
)
def test_basis_labels_as_printed(printed: str, basis: str, label: str) -> None:
    header = HEADERS.label(printed)
    assert (header.basis, header.basis_label) == (basis, label)
