"""A sheet number printed in the page margin (``No.1`` in the footer) is page furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from aizu_extract.accounting import _sheet_number
from aizu_extract.inspect import analyse

FIXTURE = Path(__file__).parent / "fixtures" / "heldout9" / "template_p_pymupdf.pdf"


@pytest.mark.parametrize(
    ("key", "expected"),
    [("No.1", True), ("NO.12", True), ("整理番号3", True), ("No.1件", False), ("12", False),
     ("No.", False), ("No.12345", False)],
)  # fmt: skip
def test_sheet_number_key(key: str, expected: bool) -> None:
    assert _sheet_number(key, 4) is expected


def test_footer_sheet_numbers_are_furniture() -> None:
    """Held-out 9's footers ``No.1`` / ``No.2``: folios, nothing left unassigned."""
    _loaded, _layout, _ex, acc = analyse(FIXTURE)
    folios = {n.text for n in acc.numbers if n.reason == "furniture.folio"}
    assert {"No.1", "No.2"} <= folios
    assert acc.unassigned == []
