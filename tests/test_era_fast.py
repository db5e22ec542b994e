"""document_era skips texts without 年 (every full era year ends in 年 or 年度):
counts worked by hand from the texts; parse_year_label skips texts without a numeral."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aizu_extract.normalize.eras import YearContext, document_era, parse_year_label
from aizu_extract.normalize.errors import NormalizationError


def test_era_named_most_often_in_full() -> None:
    # 平成 twice in full (平成30年, 平成31年度), 令和 once (令和元年度); 令和7 and
    # 令和8期 print no 年 and are not years in full.
    texts = ["平成30年 実績", "令和元年度 計画", "平成31年度", "令和7", "令和8期", "目次"]
    assert document_era(texts) == "平成"


def test_a_tie_goes_to_the_later_era_and_none_without_a_year() -> None:
    assert document_era(["令和 7 年度", "平成30年"]) == "令和"  # spaces folded away
    assert document_era(["令和7", "施策評価票"]) is None
    assert document_era([]) is None


# parse_year_label answers a text without any numeral at once (no year pattern can match
# it); labels with one are read as before. Expected years worked by hand.


@pytest.mark.parametrize(
    ("label", "year"),
    [
        ("令和7年度", 2025),
        ("平成三十年", 2018),  # kanji numerals
        ("R元年度末値", 2019),  # 元
        ("2023年度", 2023),
        ("５年度", 2023),  # full-width, era-less: the document's era (令和)
        ("目標値（令和8年度）", 2026),
    ],
)
def test_a_label_with_a_numeral_is_read(label: str, year: int) -> None:
    assert parse_year_label(label, YearContext(era="令和")).year == year


@given(st.text(alphabet="目標値実績達成率事業費千円単位（）()・年度末", max_size=12))
def test_a_label_without_a_numeral_names_no_year(label: str) -> None:
    with pytest.raises(NormalizationError) as err:
        parse_year_label(label, YearContext(era="令和"))
    assert err.value.code == "era.unparseable"
