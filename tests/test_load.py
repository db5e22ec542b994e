"""Load stage: bad inputs get distinct, accurate one-line reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from aizu_extract.load import LoadError, load_pdf
from tests.conftest import tiny_text_pdf, write_bad_inputs


@pytest.fixture(scope="module")
def bad(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_bad_inputs(tmp_path_factory.mktemp("bad"))


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("truncated", "truncated or corrupt PDF"),
        ("encrypted", "encrypted PDF: password required"),
        ("scanned", "no text layer (scanned image?)"),
        ("empty", "empty file (0 bytes)"),
        ("not_pdf", "not a PDF"),
    ],
)
def test_bad_input_reason(bad: dict[str, Path], kind: str, reason: str) -> None:
    with pytest.raises(LoadError) as info:
        load_pdf(bad[kind])
    assert str(info.value).startswith(reason)
    assert "\n" not in str(info.value)


def test_good_pdf_reads_chars(tmp_path: Path) -> None:
    path = tmp_path / "good.pdf"
    path.write_bytes(tiny_text_pdf("令和7年度"))
    doc = load_pdf(path)
    assert doc.page_count == 1
    assert "".join(c.text for c in doc.pages[0].chars) == "令和7年度"
