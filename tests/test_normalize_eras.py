"""parse_era_year / find_era_year / to_era_label — labels as printed in the seeds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aizu_extract.normalize.eras import (
    ERA_LETTERS,
    ERA_START,
    EraYear,
    era_for_year,
    find_era_year,
    parse_era_year,
    to_era_label,
)
from aizu_extract.normalize.errors import NormalizationError

ERA_CASES = [
    # (label, year, era, kind, end_of_period)
    ("R5", 2023, "令和", "unspecified", False),
    ("R8", 2026, "令和", "unspecified", False),
    ("Ｒ５", 2023, "令和", "unspecified", False),
    ("R 元年度末値", 2019, "令和", "fiscal", True),
    ("R元年度末値", 2019, "令和", "fiscal", True),
    ("R6年度末値", 2024, "令和", "fiscal", True),
    ("R6 年度末値", 2024, "令和", "fiscal", True),
    ("現状値 (R 元年度末値)", 2019, "令和", "fiscal", True),
    ("目標値 (R6 年度末値)", 2024, "令和", "fiscal", True),
    ("H30年値", 2018, "平成", "calendar", False),
    ("現状値 (H30 年値)", 2018, "平成", "calendar", False),
    ("R6年値", 2024, "令和", "calendar", False),
    ("R2年度末", 2020, "令和", "fiscal", True),
    ("令和４年度", 2022, "令和", "fiscal", False),
    ("令和5年度", 2023, "令和", "fiscal", False),
    ("令和7年度(予算)", 2025, "令和", "fiscal", False),
    ("令和8年度 (見込み)", 2026, "令和", "fiscal", False),
    ("令和元年", 2019, "令和", "calendar", False),
    ("令和元年度", 2019, "令和", "fiscal", False),
    ("令和 7 年度", 2025, "令和", "fiscal", False),
    ("平成三十年", 2018, "平成", "calendar", False),
    ("平成31年", 2019, "平成", "calendar", False),
    ("平成32年度", 2020, "平成", "fiscal", False),  # printed before the era changed
    ("H25年度~", 2013, "平成", "fiscal", False),
    ("H21～22", 2009, "平成", "unspecified", False),
    ("昭和64年", 1989, "昭和", "calendar", False),
    ("S50年末", 1975, "昭和", "calendar", True),
    ("㋿7年度", 2025, "令和", "fiscal", False),
    ("2019年度", 2019, None, "fiscal", False),
    ("2015年", 2015, None, "calendar", False),
    ("2025", 2025, None, "unspecified", False),
]


@pytest.mark.parametrize(("label", "year", "era", "kind", "end"), ERA_CASES)
def test_parse_era_year(label: str, year: int, era: str | None, kind: str, end: bool) -> None:
    assert parse_era_year(label) == EraYear(year, era, kind, end)


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("最終目標", "era.unparseable"),
        ("garbage", "era.unparseable"),
        ("", "era.unparseable"),
        ("目標", "era.unparseable"),
        ("R123", "era.unparseable"),
        ("令和十十年", "era.unparseable"),
        ("R5～R6", "era.ambiguous"),
        ("天平5年", "era.unknown"),
    ],
)
def test_parse_era_year_rejects(label: str, code: str) -> None:
    with pytest.raises(NormalizationError) as info:
        parse_era_year(label)
    assert info.value.code == code
    assert info.value.value_text == label


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("令和7年度行政評価 施策評価票", 2025),
        ("第2期 会津若松市 まち・ひと・しごと創生総合戦略 令和2年3月", 2020),
        ("市制施行120周年を迎えた2019年（平成31年）", 2019),
        ("重要業績評価指標 (K P I)\tR 元年度末値\tR6 年度末値", 2019),
        ("※H30 工業統計調査（経済産業省）", 2018),
        ("SDGs17のゴール", None),
        ("VISIT AIZU", None),
        ("", None),
    ],
)
def test_find_era_year(text: str, year: int | None) -> None:
    found = find_era_year(text)
    assert (found.year if found else None) == year


@pytest.mark.parametrize(
    ("args", "label"),
    [
        ((2019,), "令和元年度"),
        ((2025,), "令和7年度"),
        ((2018, "平成", "letter", "年"), "H30年"),
        ((2024, "令和", "letter", "年度末値"), "R6年度末値"),
        ((1989, "平成", "kanji", "年"), "平成元年"),
    ],
)
def test_to_era_label(args: tuple, label: str) -> None:
    assert to_era_label(*args) == label


def test_to_era_label_digits() -> None:
    assert to_era_label(2018, "平成", digits="kanji") == "平成三十年度"
    assert to_era_label(2023, digits="fullwidth") == "令和５年度"


def test_to_era_label_out_of_era() -> None:
    with pytest.raises(ValueError):
        to_era_label(2018, "令和")


@pytest.mark.parametrize(
    ("year", "era"),
    [(2019, "令和"), (2018, "平成"), (1989, "平成"), (1988, "昭和"), (1926, "昭和")],
)
def test_era_for_year(year: int, era: str) -> None:
    assert era_for_year(year) == era


@st.composite
def era_labels(draw: st.DrawFn) -> tuple[int, str, str]:
    year = draw(st.integers(min_value=1926, max_value=2100))
    eras = [e for e, start in ERA_START.items() if 0 <= year - start < 99]
    era = draw(st.sampled_from(eras))
    style = draw(st.sampled_from(["kanji", "letter"] if era in ERA_LETTERS.values() else ["kanji"]))
    suffix = draw(st.sampled_from(["年度", "年", "年度末値", "年値", "年度末", ""]))
    digits = draw(st.sampled_from(["ascii", "fullwidth", "kanji"]))
    label = to_era_label(year, era, style, suffix, digits)
    return year, era, label


@given(era_labels())
def test_era_label_round_trip(case: tuple[int, str, str]) -> None:
    year, era, label = case
    parsed = parse_era_year(label)
    assert parsed.year == year
    assert parsed.era == era
    if "年度" in label:
        assert parsed.kind == "fiscal"
    assert parsed.end_of_period == label.endswith(("末", "末値"))


@given(era_labels(), st.sampled_from(["", "現状値 (", "目標値（"]), st.sampled_from(["", ")"]))
def test_find_era_year_in_context(case: tuple[int, str, str], before: str, after: str) -> None:
    year, _, label = case
    found = find_era_year(f"{before}{label}{after}行政評価")
    assert found is not None and found.year == year


@given(st.integers(min_value=1900, max_value=2199), st.sampled_from(["年度", "年"]))
def test_western_round_trip(year: int, suffix: str) -> None:
    assert parse_era_year(f"{year}{suffix}").year == year


@given(
    st.text(st.sampled_from(list("RHS令和平成昭元0123456789十三年度末値 （(）)～")), max_size=12)
)
def test_only_normalization_errors_escape(s: str) -> None:
    find_era_year(s)
    try:
        parse_era_year(s)
    except NormalizationError as exc:
        assert exc.code.startswith("era.")
