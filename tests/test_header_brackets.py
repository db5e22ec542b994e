"""A basis word printed after the year inside the label's bracket
(``財源内訳（令和６年度決算）`` wrapped over three lines, held-out 12 S9): the bracket
the year opened is not part of the printed basis."""

from __future__ import annotations

import pytest

from aizu_extract.layout.headers import HeaderInterpreter
from aizu_extract.layout.vocabulary import vocabulary
from aizu_extract.normalize.eras import YearContext
from aizu_extract.settings import DEFAULT


@pytest.mark.parametrize(
    ("text", "year", "basis", "label"),
    [
        ("財源内訳\n（令和６\n年度決算）", 2024, "決算", "決算"),
        ("事業費（令和5年度決算）", 2023, "決算", "決算"),
        ("事業費(令和4年度予算)", 2022, "予算", "予算"),
        ("令和5年度(決算)", 2023, "決算", "決算"),  # the word inside its own bracket
        # held-out 21 AB10: a 見込 said only by the forecast word, without its bracket
        ("2024年度（見込）", 2024, "見込み", "見込"),
        ("令和6年度(見込)", 2024, "見込み", "見込"),
        ("2023年度（決算）", 2023, "決算", "決算"),
        ("令和6年度見込", 2024, "見込み", "見込"),  # no bracket printed: as before
    ],
)
def test_basis_after_the_year_in_brackets(text: str, year: int, basis: str, label: str) -> None:
    headers = HeaderInterpreter(
        vocabulary(), YearContext(era="令和", not_after=2026), DEFAULT.reading
    )
    lab = headers.label(text)
    assert (lab.year, lab.basis, lab.basis_label) == (year, basis, label)
