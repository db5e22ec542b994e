"""Load stage: bad inputs get distinct, accurate one-line reasons."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.geometry import BBox, Char
from aizu_extract.load import Lettering, LoadError, dedupe_chars, load_pdf, unreadable_share
from aizu_extract.settings import LoadSettings
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


# Reading floor: dedupe, unreadable text layers, settings passed down.

FIXTURES = Path(__file__).parent / "fixtures"


def _glyph(text: str, x: float, y: float, size: float = 10.0) -> Char:
    return Char(text, BBox(x, y, x + size, y + size), size, y + size)


def test_dedupe_drops_glyph_drawn_over_itself() -> None:
    chars = [_glyph("現", 10, 10), _glyph("状", 20, 10)]
    fake_bold = chars + [_glyph(c.text, c.bbox.x0 + 0.24, c.bbox.y0 + 0.24) for c in chars] * 3
    kept = dedupe_chars(fake_bold, tolerance=1.0, overlap=0.5)
    assert [c.text for c in kept] == ["現", "状"]
    assert kept[0].bbox.x0 == 10  # the first drawing is kept


def test_dedupe_keeps_neighbours_and_other_glyphs() -> None:
    chars = [
        _glyph("ー", 10, 10), _glyph("ー", 20, 10),  # one advance apart
        _glyph("0", 10, 30), _glyph("8", 10.2, 30),  # overstruck but different
        _glyph(".", 50, 10, size=1.0), _glyph(".", 50.8, 10, size=1.0),  # tiny dot leader
        _glyph("A", 80, 10), _glyph("A", 80.5, 10, size=6.0),  # different size
    ]
    assert dedupe_chars(chars, tolerance=1.0, overlap=0.5) == chars


def test_dedupe_across_grid_buckets() -> None:
    # 1.99 and 2.01 fall into different buckets of the 2-point grid
    chars = [_glyph("値", 1.99, 3.99), _glyph("値", 2.01, 4.01)]
    assert len(dedupe_chars(chars, tolerance=1.0, overlap=0.5)) == 1


def test_fake_bold_needs_dedupe_tolerance() -> None:
    doc = load_pdf(FIXTURES / "reading_fake_bold.pdf", settings=LoadSettings(dedupe_tolerance=0))
    text = "".join(c.text for c in doc.pages[0].chars)
    assert text.count("現") == 4
    doc = load_pdf(FIXTURES / "reading_fake_bold.pdf")
    assert "".join(c.text for c in doc.pages[0].chars).count("現") == 1


_RUNS = [  # PyMuPDF lines with one span each: (x0, y0, x1, y1)
    {"spans": [{"bbox": (30.0, 48.0, 190.0, 60.0), "chars": [{"c": "令"}]}]},
    {"spans": [{"bbox": (30.0, 70.0, 66.0, 77.0), "chars": [{"c": "事"}]}]},
    {"spans": [{"bbox": (0.0, 0.0, 0.0, 0.0), "chars": []}]},  # an empty span holds nothing
]


@pytest.mark.parametrize(
    ("rect", "covered"),
    [
        ((34.0, 49.1, 55.2, 59.2), True),  # glyph outlines of the title's first glyphs
        ((29.5, 47.5, 190.5, 60.5), True),  # the whole run, within the 1 pt tolerance
        ((31.0, 71.0, 40.0, 76.0), True),  # inside the second run
        ((28.0, 48.0, 190.0, 60.0), False),  # starts 2 pt left of the run
        ((30.0, 62.0, 400.0, 62.0), False),  # a rule under the title
        ((30.0, 48.0, 30.0, 77.0), False),  # a rule down the side of both runs
        ((0.0, 0.0, 0.0, 0.0), False),
        ((31.0, 64.0, 40.0, 76.0), False),  # between the runs and into the second
    ],
)
def test_lettering_covers(rect: tuple[float, float, float, float], covered: bool) -> None:
    assert Lettering(_RUNS, LoadSettings()).covers(rect) is covered


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("令和7年度施策評価票", 0.0),
        ("\ue000\ue001\ue002令和", 0.6),  # private use
        ("\ufffd\ufffd", 1.0),
        ("(cid:12)(cid:345)", 1.0),
        ("\x00\x00\x00\x00", 1.0),  # PyMuPDF's glyph without a mapping
        ("\u0ebf\u0efe\u0bfbφ", 0.75),  # raw glyph ids landing in other scripts
        ("Tōkyō αβ ① ～ ─", 0.0),  # Latin extensions, Greek, marks, box drawing
    ],
)
def test_unreadable_share(text: str, share: float) -> None:
    assert unreadable_share([text]) == pytest.approx(share)


def test_unreadable_threshold_is_a_setting() -> None:
    path = FIXTURES / "reading_unreadable.pdf"
    with pytest.raises(LoadError, match="text layer unreadable"):
        load_pdf(path)
    doc = load_pdf(path, settings=LoadSettings(unreadable_share=1.0))
    # its one font decodes to U+FFFD only: all 30 glyphs (two lines of 16 and 14)
    # are withheld from the text (unreadable.py), none is a row's character
    assert (doc.char_count, len(doc.pages[0].withheld)) == (0, 30)
    # the share is kept per page, for a document with one unreadable page among good ones
    assert doc.pages[0].unreadable == 1.0
    assert load_pdf(FIXTURES / "reading_spread.pdf").pages[0].unreadable == 0.0


def test_body_size_counts_a_fake_bold_heading_once(tmp_path: Path) -> None:
    """Regression for the per-span size tally (stop 28): a 10 pt heading drawn four
    times 0.2 pt apart (fake bold) is two glyphs after dedupe, so the page's five
    glyphs of 12 pt body text are its body size, not the heading's eight drawings."""
    doc = pymupdf.open()
    page = doc.new_page()
    for k in range(4):
        page.insert_text((72 + 0.2 * k, 72), "現状", fontname="japan", fontsize=10)
    page.insert_text((72, 120), "目標値実績", fontname="japan", fontsize=12)
    path = tmp_path / "bold.pdf"
    doc.save(path)
    doc.close()
    (loaded,) = load_pdf(path).pages
    assert "".join(c.text for c in loaded.chars) == "現状目標値実績"
    assert loaded.body == 12.0
