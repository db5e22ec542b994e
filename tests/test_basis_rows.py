"""A cost table whose rows are its bases (当初予算額 / 補正予算額 / 最終予算額 / 決算額 under
事業費, years across), and a group's basis said by a note (※財源内訳は最終予算額の内訳です。)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aizu_extract.inspect import analyse
from aizu_extract.layout.headers import HeaderInterpreter
from aizu_extract.layout.vocabulary import vocabulary
from aizu_extract.normalize.eras import YearContext
from aizu_extract.settings import DEFAULT

FIXTURE = Path(__file__).parent / "fixtures" / "heldout9" / "template_p_pymupdf.pdf"


@pytest.mark.parametrize(
    ("text", "basis", "label"),
    [
        ("当初予算額", "予算", "当初予算額"),
        ("補正予算額", "予算", "補正予算額"),
        ("最終予算額", "予算", "最終予算額"),
        ("決算額", "決算", "決算額"),
    ],
)
def test_row_label_is_its_printed_basis(text: str, basis: str, label: str) -> None:
    headers = HeaderInterpreter(
        vocabulary(), YearContext(era=None, not_after=2026), DEFAULT.reading
    )
    lab = headers.label(text)
    assert (lab.basis, lab.basis_label) == (basis, label)


@pytest.fixture(scope="module")
def lines() -> dict[tuple[str, int], tuple[str, str, int | None]]:
    _loaded, _layout, ex, _acc = analyse(FIXTURE)
    return {
        (r["item"], r["fiscal_year"]): (r["basis"], r["basis_label"], r["amount_yen"])
        for r in ex.budget_lines
        if r["page"] == 1
    }


def test_basis_rows_are_their_own_items(lines: dict) -> None:
    """Sheet 1: the 事業費 group beside four basis rows names none of them."""
    assert lines[("当初予算額", 2021)] == ("予算", "当初予算額", 1_850_000)
    assert lines[("補正予算額", 2022)] == ("予算", "補正予算額", 300_000)
    assert lines[("最終予算額", 2022)] == ("予算", "最終予算額", 2_320_000)
    assert lines[("決算額", 2023)] == ("決算", "決算額", 2_241_300)
    assert lines[("決算額", 2024)] == ("決算", "決算額", None)  # printed －
    assert not [k for k in lines if k[0] in ("事業費", "総合戦略", "該当")]


def test_group_note_gives_the_basis(lines: dict) -> None:
    """財源内訳 | 特定財源 / 一般財源: no basis in the table; the note under it says 最終予算額."""
    assert lines[("特定財源", 2022)] == ("予算", "最終予算額", 800_000)
    assert lines[("一般財源", 2021)] == ("予算", "最終予算額", 1_350_000)
