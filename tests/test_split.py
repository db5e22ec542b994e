"""A very large document split into pieces across workers (pieces.py, split.py,
split_check.py): the same rows as read whole, always."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from aizu_extract import batch
from aizu_extract.layout import build_document_layout
from aizu_extract.load import load_pdf
from aizu_extract.parsers.unit_sheet import UnitSheetParser
from aizu_extract.parsers.unit_sheet.sheets import restart_pages
from aizu_extract.pieces import Piece, PieceBook, PieceOutcome, plan_pieces
from aizu_extract.pipeline import process_file
from aizu_extract.settings import DEFAULT, RunSettings, Settings
from aizu_extract.split import merge_task, piece_task

from .conftest import sample
from .expected import unit_sheets

# Small books split too, so that the tests stay quick (the default needs 64 pages, 16 KB).
SPLIT = dataclasses.replace(
    DEFAULT, run=dataclasses.replace(DEFAULT.run, split_min_pages=8, split_min_bytes=0)
)
# Where the sheets of unit_sheets_asagi_reportlab.pdf begin: its pages 1, 2, 4, 5, 6
# and 7 print 事務事業名 / 事業名（令和7年度）; page 3 continues page 2's sheet (細事業名).
_SHEET_PAGES = (1, 2, 4, 5, 6, 7)


def _book(folder: Path, copies: int, blank: int = 0) -> Path:
    """``copies`` copies of the asagi unit-sheet sample in one file, then ``blank`` empty pages."""
    src = pymupdf.open(sample("unit_sheets_asagi_reportlab.pdf"))
    out = pymupdf.open()
    for _ in range(copies):
        out.insert_pdf(src)
    for _ in range(blank):
        out.new_page()
    path = folder / f"book_{copies}_{blank}.pdf"
    out.save(path)
    return path


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _book(tmp_path_factory.mktemp("split"), 3)  # 21 pages


def _rows(outcome: batch.DocumentOutcome) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    return outcome.document, outcome.rows


# --- the plan: a pure function ------------------------------------------------------------


@pytest.mark.parametrize(
    ("pages", "workers", "ranges"),
    [
        (500, 1, ()),  # one worker: nothing to share
        (500, 0, ()),
        (63, 2, ()),  # below split_min_pages (64)
        (64, 2, ((1, 32), (33, 64))),
        (101, 2, ((1, 51), (52, 101))),  # the odd page goes to the first piece
        (100, 3, ((1, 34), (35, 67), (68, 100))),
        (500, 4, ((1, 125), (126, 250), (251, 375), (376, 500))),
    ],
)
def test_plan_pieces(pages: int, workers: int, ranges: tuple[tuple[int, int], ...]) -> None:
    plan = plan_pieces(pages, workers, RunSettings())
    assert tuple((p.first, p.last) for p in plan) == ranges
    assert all(p.page_count == pages and p.count == len(ranges) for p in plan)


def test_piece_window_reads_around_its_range() -> None:
    first = Piece(index=0, count=2, first=1, last=32, page_count=64, look=4)
    second = Piece(index=1, count=2, first=33, last=64, page_count=64, look=4)
    assert first.window == (1, 36)
    assert second.window == (29, 64)
    assert second.is_last and not first.is_last


def test_restart_pages_skip_a_repeated_print_title() -> None:
    # page 2 repeats page 1's sheet name (a print title): no new sheet there; page 3
    # holds two sheets, only its first begins at the top; page 5 begins one.
    marks = [(1, "a"), (2, "a"), (3, "b"), (3, "c"), (5, "d")]
    assert restart_pages(marks) == [3, 5]


def test_unit_sheet_restart_pages_on_a_book(book: Path) -> None:
    layout = build_document_layout(load_pdf(book))
    parser = UnitSheetParser()
    marks = parser.restart_marks(layout)
    assert marks is not None
    expected = [p + 7 * copy for copy in range(3) for p in _SHEET_PAGES][1:]
    assert parser.restart_pages(list(marks)) == expected


def test_piece_book_merges_when_all_pieces_are_in() -> None:
    plan = plan_pieces(64, 2, RunSettings())
    book = PieceBook({0: plan, 1: plan})
    assert book.add(0, PieceOutcome(plan[1], b"b")) is None
    assert book.add(0, PieceOutcome(plan[0], b"a")) == [b"a", b"b"]  # in page order
    assert book.add(1, PieceOutcome(plan[0], None, "NotSplittable")) == "whole"
    assert book.add(1, PieceOutcome(plan[1], b"late")) is None  # already read whole
    assert book.close(1) and not book.close(1)


# --- identity: the pool, split against whole ------------------------------------------------


def test_split_run_writes_the_rows_of_the_whole_run(book: Path) -> None:
    whole = batch.run([book], workers=1, settings=SPLIT).outcomes[0]
    split = batch.run([book], workers=2, settings=SPLIT).outcomes[0]
    assert whole.split is None
    assert split.split == "2 pieces"
    assert _rows(split) == _rows(whole)
    pages = {r["page"] for r in split.rows["business_units"]}
    # the document's page numbers, not the pieces' (the second piece begins on page 12)
    assert {p + 7 * copy for copy in range(3) for p in _SHEET_PAGES} <= pages


def test_three_pieces_in_process_match_the_whole(book: Path) -> None:
    whole = process_file(book, SPLIT)
    outs = [piece_task(book, p, SPLIT) for p in plan_pieces(21, 3, SPLIT.run)]
    assert [o.error for o in outs] == [None, None, None]
    merged = merge_task(book, [o.payload for o in outs if o.payload], SPLIT)
    assert merged.split == "3 pieces"
    assert _rows(merged) == _rows(whole)


# --- a piece that disagrees with the whole document: read whole -----------------------------


# Each changes what the pieces (first, second) report, as a piece that read its
# window otherwise than the whole document reads those pages would.
def _tamper_era(pieces: list[Any]) -> None:
    pieces[1].era = "平成"


def _tamper_furniture(pieces: list[Any]) -> None:
    pieces[1].furniture ^= {(pieces[1].start, 0)}


def _tamper_restart(pieces: list[Any]) -> None:
    pieces[1].start += 1


def _tamper_identifiers(pieces: list[Any]) -> None:
    pieces[0].probe.ids.add("99")  # an identifier of the first piece's sheets ...
    pieces[1].probe.missed.add("99")  # ... printed, unmatched, in the second's


def _tamper_values(pieces: list[Any]) -> None:
    pieces[0].probe.open["99"] = 1  # a number the first piece could not match ...
    pieces[1].probe.left["99"] = 1  # ... and a value the second had left over


@pytest.mark.parametrize(
    ("tamper", "reason"),
    [
        (_tamper_era, "era 平成"),
        (_tamper_furniture, "furniture of pages"),
        (_tamper_restart, "restart page"),
        (_tamper_identifiers, "an identifier would be matched across pieces"),
        (_tamper_values, "numbers '99' would be matched across pieces"),
    ],
)
def test_disagreeing_piece_reads_the_document_whole(
    book: Path, tamper: Any, reason: str
) -> None:
    whole = process_file(book, SPLIT)
    outs = [piece_task(book, p, SPLIT) for p in plan_pieces(21, 2, SPLIT.run)]
    payloads = [o.payload for o in outs if o.payload]
    pieces = [pickle.loads(p) for p in payloads]
    tamper(pieces)
    payloads = [pickle.dumps(p) for p in pieces]
    merged = merge_task(book, payloads, SPLIT)
    assert merged.split is not None and merged.split.startswith("read whole: ")
    assert reason in merged.split
    assert _rows(merged) == _rows(whole)


# --- a piece that fails --------------------------------------------------------------------


def test_failed_piece_reads_the_document_whole(tmp_path: Path) -> None:
    # 7 pages of sheets, then 14 empty ones: the second piece's window (pages 11-21)
    # has no text layer; the document as a whole has one. The first piece (pages 1-11,
    # reading to 12) fails too: no sheet begins after its range, so it cannot end. The
    # first failure back ends the split, and which one that is depends on the pool's
    # timing (seen both ways on a loaded machine); either way the document is read whole.
    path = _book(tmp_path, 1, blank=14)
    look = dataclasses.replace(SPLIT.run, split_look_pages=1)
    settings = Settings(run=look)
    whole = batch.run([path], workers=1, settings=settings).outcomes[0]
    split = batch.run([path], workers=2, settings=settings).outcomes[0]
    assert split.split in {
        "read whole: LoadError: no text layer (scanned image?)",
        "read whole: NotSplittable: no restart page in its window",
    }
    assert _rows(split) == _rows(whole)


def test_timed_out_piece_fails_the_document_with_its_one_line_error(book: Path) -> None:
    split = batch.run([book], workers=2, timeout=0.05, settings=SPLIT).outcomes[0]
    assert split.status == "failed"
    assert split.document["error"] == "timed out after 0.05 s"
    assert all(not rows for name, rows in split.rows.items() if name != "problems")


# --- the look at a big file: in the document's own task, in a worker --------------------


def test_a_compact_book_of_shared_fonts_is_split_with_the_default_settings(tmp_path: Path) -> None:
    """Regression: a 70-page book whose pages share their fonts (one export of a
    workbook, not a pile of files) is a few hundred kilobytes, and the 2 MB floor the
    survey had left it to one worker. With the default settings it is planned as
    pieces: its size only has to be more than no 64-page file of text can be."""
    src = pymupdf.open(sample("unit_sheets_asagi_reportlab.pdf"))
    out = pymupdf.open()
    for n in range(70):  # page by page, the fonts copied once (final=False)
        out.insert_pdf(src, from_page=n % 7, to_page=n % 7, final=False)
    path = tmp_path / "compact_book.pdf"
    out.save(path)
    assert path.stat().st_size < 1024 * 1024  # the fonts are in the file once
    plan = batch.document_task(path, DEFAULT, False, 2)
    assert isinstance(plan, tuple)
    assert [(p.first, p.last, p.page_count) for p in plan] == [(1, 35, 70), (36, 70, 70)]


def test_document_task_gives_a_book_s_pieces_and_reads_anything_else_whole(
    book: Path, tmp_path: Path
) -> None:
    """A file big enough for a look is handed to a worker like any other; the worker
    answers with the pieces of a book worth splitting (21 pages here, 2 workers: pages
    1-11 and 12-21) or with the document read whole, so the main process never opens
    an input and no document waits behind another's look."""
    plan = batch.document_task(book, SPLIT, False, 2)
    assert isinstance(plan, tuple)
    assert [(p.first, p.last, p.page_count) for p in plan] == [(1, 11, 21), (12, 21, 21)]
    short = _book(tmp_path, 1)  # 7 pages: under split_min_pages (8)
    outcome = batch.document_task(short, SPLIT, False, 2)
    assert isinstance(outcome, batch.DocumentOutcome)
    assert outcome.document["page_count"] == 7 and outcome.status == "ok"
    # One copy of the sample: its seven units (six sheets and a 細事業), pages as printed.
    units = {(u["name"], u["page"]) for u in outcome.rows["business_units"]}
    assert units == set(unit_sheets.SHEET_PAGE.items())
