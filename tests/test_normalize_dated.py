"""Values that carry their own year (contract v1.1): ``normalize.dated``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aizu_extract.normalize.dated import parse_dated_quantity, read_year_label, split_own_year
from aizu_extract.normalize.eras import YearContext, to_era_label
from aizu_extract.normalize.errors import NormalizationError

DATED_CASES = [
    # (text, value, unit, qualifier, fiscal_year, year_label)
    ("3,888人（令和3年）", 3888, "人", None, 2021, "令和3年"),
    ("33.1億円（R3）", 33.1, "億円", None, 2021, "R3"),
    ("12.7%（2022年度）", 12.7, "%", None, 2022, "2022年度"),
    ("45.2%（R3年度）", 45.2, "%", None, 2021, "R3年度"),
    ("120件（R5(2023)）", 120, "件", None, 2023, "R5(2023)"),
    ("1,200人（令和4年）", 1200, "人", None, 2022, "令和4年"),
    ("8, 700 人 (2023)", 8700, "人", None, 2023, "2023"),
    ("△82人（令和4年）", -82, "人", None, 2022, "令和4年"),
    ("410世帯（令和4年度末）", 410, "世帯", None, 2022, "令和4年度末"),
    ("15.2%（H30年値）", 15.2, "%", None, 2018, "H30年値"),
    ("（令和3年10月1日現在）3,888人", 3888, "人", None, 2021, "令和3年10月1日現在"),
    ("約150人（R元年度）", 150, "人", "約", 2019, "R元年度"),
    ("3,888人（R3.4.1時点）", 3888, "人", None, 2021, "R3.4.1時点"),
    ("12%（2021.4.1）", 12, "%", None, 2021, "2021.4.1"),
    ("－（R3）", None, None, None, 2021, "R3"),
    # unbracketed, set apart by a space or a wrapped line
    ("12.7% 2022年度", 12.7, "%", None, 2022, "2022年度"),
    ("R3 33.1億円", 33.1, "億円", None, 2021, "R3"),
    ("3,888人\n令和3年", 3888, "人", None, 2021, "令和3年"),
    ("2023 人", 2023, "人", None, None, None),  # a bare 2023 before a unit is a number
    # no year: parse_quantity's reading, bracket text stays a qualifier
    ("150 人 (見込値)", 150, "人", "見込値", None, None),
    ("年3人（5年間で15人）", 3, "人", "年 5年間で15人", None, None),
    ("4,000人", 4000, "人", None, None, None),
]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier", "year", "label"), DATED_CASES)
def test_parse_dated_quantity(text, value, unit, qualifier, year, label) -> None:
    dq = parse_dated_quantity(text)
    expected_value = None if value is None else float(value)
    assert (dq.value, dq.unit, dq.qualifier, dq.fiscal_year, dq.year_label) == (
        expected_value, unit, qualifier, year, label)
    assert dq.quantity.text == text


@pytest.mark.parametrize("label", ["見込値", "5年間で15人", "R5(2024)", "延べ243日", "", "PTA"])
def test_not_a_year_label(label: str) -> None:
    assert read_year_label(label) is None


def test_a_year_alone_is_not_a_number() -> None:
    with pytest.raises(NormalizationError) as info:
        parse_dated_quantity("（R3）")
    assert info.value.code == "number.not_numeric"


def test_contradicting_years_are_not_read() -> None:
    assert split_own_year("12人(R5(2024))")[1] is None


@st.composite
def dated_cells(draw: st.DrawFn) -> tuple[int, int, str, str]:
    """(value, year, label, cell) in one of the forms the contract lists."""
    year = draw(st.integers(min_value=1990, max_value=2060))
    n = draw(st.integers(min_value=0, max_value=10**7))
    era = "令和" if year >= 2019 else "平成"
    style = draw(st.sampled_from(["kanji", "letter", "western", "paired"]))
    suffix = draw(st.sampled_from(["", "年", "年度", "年度末"]))
    if style == "western":
        label = f"{year}{suffix}"
    elif style == "paired":
        label = f"{to_era_label(year, era, 'letter', '')}({year})"
    else:
        label = to_era_label(year, era, style, suffix)  # type: ignore[arg-type]
    unit = draw(st.sampled_from(["人", "%", "億円", "件", "世帯"]))
    brackets = draw(st.sampled_from([("（", "）"), ("(", ")")]))
    cell = f"{n:,}{unit}{brackets[0]}{label}{brackets[1]}"
    return n, year, label, cell


@given(dated_cells())
def test_dated_round_trip(case: tuple[int, int, str, str]) -> None:
    n, year, label, cell = case
    dq = parse_dated_quantity(cell)
    assert (dq.value, dq.fiscal_year, dq.year_label, dq.qualifier) == (float(n), year, label, None)


@given(st.integers(min_value=0, max_value=10**6), st.sampled_from(["見込値", "速報値", "延べ12日"]))
def test_non_year_brackets_stay_qualifiers(n: int, note: str) -> None:
    dq = parse_dated_quantity(f"{n}人（{note}）")
    assert (dq.value, dq.fiscal_year, dq.qualifier) == (float(n), None, note)


def test_eraless_year_takes_the_documents_era() -> None:
    reiwa = YearContext(era="令和")
    dq = parse_dated_quantity("1,200人（3年度）", reiwa)
    assert (dq.value, dq.fiscal_year, dq.year_label, dq.qualifier) == (1200.0, 2021, "3年度", None)
    # without the document's era the bracket is only a note
    dq = parse_dated_quantity("1,200人（3年度）")
    assert (dq.fiscal_year, dq.qualifier) == (None, "3年度")
    # a bare 年 may be a duration: not a year even with the era
    assert parse_dated_quantity("15人（5年）", reiwa).fiscal_year is None
