"""Work grows linearly with the pages of a book, not with sheets × cells.

A bound book is the same sample's sheets printed many times over; the number of
text-key look-ups (what every label search and table walk costs) is counted
and cell-position reads (what slicing a sheet out of the book costs) are counted
instead of the time, so the test is exact on a busy machine.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.layout import form as form_mod
from aizu_extract.layout import table as table_mod
from aizu_extract.pipeline import process_file

from .conftest import sample


def _book(tmp_path: Path, name: str, copies: int) -> Path:
    src = pymupdf.open(sample(name))
    doc = pymupdf.open()
    for _ in range(copies):
        doc.insert_pdf(src)
    path = tmp_path / f"book_{copies}.pdf"
    doc.save(path)
    return path


def test_unit_sheet_book_lookups_grow_linearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"n": 0}
    key = table_mod.GridCell.key

    def counted(cell: table_mod.GridCell) -> str:
        calls["n"] += 1
        return key.fget(cell)  # type: ignore[attr-defined]

    position = form_mod.FormCell.position

    def counted_position(cell: form_mod.FormCell) -> form_mod.Position:
        calls["n"] += 1
        return position.fget(cell)  # type: ignore[attr-defined]

    monkeypatch.setattr(table_mod.GridCell, "key", property(counted))
    monkeypatch.setattr(form_mod.FormCell, "position", property(counted_position))
    seen = {}
    for copies in (2, 8):
        calls["n"] = 0
        out = process_file(_book(tmp_path, "unit_sheets_asagi_calc.pdf", copies))
        assert len(out.rows["business_units"]) == 7 * copies  # 6 sheets + 1 細事業 per copy
        seen[copies] = calls["n"]
    assert seen[8] <= 4.5 * seen[2]  # 4× the pages: about 4× the look-ups
