"""A piece of a split document, and the merge of the pieces (in a pool worker).

A piece (:class:`pieces.Piece`) is the usual chain over a window of pages:
load → layout (its furniture decided over the window) → classify → the
parser's restart pages → parse and account the pages from its first restart
page to the next piece's. It hands back its rows with :class:`PieceFacts`:
what it decided alone, and the page-local facts of its own range from which
the merge recomputes the whole document's decisions (split_check.py). The
merge concatenates the pieces in page order — the order the whole document
is parsed in — and validates once, as :func:`pipeline.process_file` does.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from . import pipeline
from . import problems as problem_channel
from .accounting import AccountProbe, Tally, account
from .batch import RETIRE_EXIT, DocumentOutcome
from .layout import build_document_layout
from .layout.page import DocumentLayout, MarginLine, PageLayout, TextBox, margin_boxes
from .load import collector_paused, load_pdf
from .normalize.eras import era_counts, era_of
from .parsers import classify
from .parsers.base import Extraction
from .pieces import Piece, PieceOutcome
from .pipeline import ContractRows, contract_rows
from .settings import DEFAULT, Settings

# A box of the piece's own pages as the document's text_key sees it: page, key,
# and its place among the page's margin boxes (-1: not a furniture candidate).
BoxKey = tuple[int, str, int]


@dataclass(slots=True)
class PieceFacts:
    """One piece's local decisions and its own pages' facts (see the module doc)."""

    piece: Piece
    doc_id: str
    parser: str  # class name of the parser the piece's window classified as
    start: int  # first page parsed (a restart page, or 1)
    end: int  # first page not parsed (the next piece's start, or page_count + 1)
    created_year: int | None
    metadata_title: str | None
    repaired: list[str]
    margins: list[MarginLine]  # its own range's furniture candidates
    boxes: list[BoxKey]  # its own range's boxes
    eras: dict[str, int]  # era counts of its own range
    era: str | None  # the era its parser read years with (of the parsed pages)
    marks: list[tuple[int, str]]  # restart marks of its own range
    furniture: set[tuple[int, int]]  # (page, margin place) it flagged on parsed pages
    probe: AccountProbe
    extraction: Extraction  # its header, checks and warnings (the records are in rows)
    rows: ContractRows  # its records as contract rows
    # The accounting's totals and unassigned numbers: the merge needs no other number
    # (a 250-page piece's 12,000 numbers were a third of its payload, and of the merge).
    tally: Tally
    first_page: PageLayout | None = None  # the document's page 1 (piece 0): classification


def piece_task(path: Path, piece: Piece, settings: Settings = DEFAULT) -> PieceOutcome:
    """Run one piece; never raises (a failure is the reason to read the document whole).

    A worker that hit its memory ceiling retires first, as for a whole document."""
    if pipeline.worker_retiring():
        os._exit(RETIRE_EXIT)
    try:
        with collector_paused(settings.run.pause_collector):
            facts = _run_piece(path, piece, settings)
        return PieceOutcome(piece, pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))
    except MemoryError:
        return PieceOutcome(piece, None, "out of memory")
    except Exception as exc:
        return PieceOutcome(piece, None, f"{type(exc).__name__}: {' '.join(str(exc).split())}")


class NotSplittable(Exception):
    """The piece cannot be parsed on its own: the document is read whole."""


def _run_piece(path: Path, piece: Piece, settings: Settings) -> PieceFacts:
    """The usual chain over the piece's window, parsed from restart page to restart
    page, and the facts the merge checks that against (see :class:`PieceFacts`)."""
    data = path.read_bytes()
    doc_id = hashlib.sha256(data).hexdigest()
    problem_channel.mupdf_repairs()  # forget what an earlier document left
    loaded = load_pdf(path, data, settings.load, piece.window)
    repaired = problem_channel.mupdf_repairs()
    if loaded.doubtful_fonts:  # a font's verdict is the whole document's (unreadable.py)
        raise NotSplittable("a font decodes to wrong characters")
    del data
    layout = build_document_layout(loaded, settings.layout)
    parser = classify(layout, settings)
    marks = parser.restart_marks(layout) if parser is not None else None
    if parser is None or marks is None:
        raise NotSplittable("its parser cannot be restarted")
    restarts = parser.restart_pages(list(marks))
    start = 1 if piece.index == 0 else _first_at(restarts, piece.first)
    end = piece.page_count + 1 if piece.is_last else _first_at(restarts, piece.last + 1)
    if start is None or end is None or end <= start:
        raise NotSplittable("no restart page in its window")
    own = range(piece.first, piece.last + 1)
    parsed = tuple(p for p in layout.pages if start <= p.number < end)
    part = DocumentLayout(parsed, created_year=layout.created_year)
    extraction = parser.parse(part)
    probe = AccountProbe()
    accounting = account(part, extraction, settings.accounting, probe)
    margin = margin_boxes(layout.pages, settings.layout)
    places = _places(margin)

    def in_part(box: TextBox) -> bool:
        return start <= box.page < end

    eras = _sum(era_counts(b.raw for b in p.boxes) for p in layout.pages if p.number in own)
    return PieceFacts(
        piece=piece,
        doc_id=doc_id,
        parser=type(parser).__name__,
        start=start,
        end=end,
        created_year=layout.created_year,
        metadata_title=loaded.metadata_title,
        repaired=repaired,
        margins=[line for line, _ in margin if line.page in own],
        boxes=[
            (b.page, b.key, places.get(id(b), -1))
            for p in layout.pages
            if p.number in own
            for b in p.boxes
        ],
        eras=eras,
        era=era_of(era_counts(b.raw for b in part.boxes())),
        marks=[m for m in marks if m[0] in own],
        furniture={(line.page, places[id(b)]) for line, b in margin if b.furniture and in_part(b)},
        probe=probe,
        extraction=Extraction(
            doc_type=extraction.doc_type,
            municipality=extraction.municipality,
            title=extraction.title,
            fiscal_year=extraction.fiscal_year,
            checks=extraction.checks,
            warnings=extraction.warnings,
        ),
        rows=contract_rows(doc_id, extraction, settings),
        tally=Tally.of(accounting),
        first_page=replace(layout.pages[0]) if piece.index == 0 else None,  # no grid cache
    )


def _first_at(pages: list[int], page: int) -> int | None:
    return next((p for p in pages if p >= page), None)


def _places(margin: list[tuple[MarginLine, TextBox]]) -> dict[int, int]:
    """``id`` of each margin box → its place among its page's margin boxes."""
    out: dict[int, int] = {}
    seen: dict[int, int] = {}
    for line, box in margin:
        out[id(box)] = seen.get(line.page, 0)
        seen[line.page] = out[id(box)] + 1
    return out


def _sum(counts: Iterable[Mapping[str, int]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for c in counts:
        for k, v in c.items():
            total[k] = total.get(k, 0) + v
    return total


def merge_task(
    path: Path, payloads: list[bytes], settings: Settings = DEFAULT, columnar: bool = False
) -> DocumentOutcome:
    """The document's outcome from its pieces, or from reading it whole when any
    document-wide fact the pieces decided disagrees with the whole document's."""
    from .split_check import disagreement, merged

    if pipeline.worker_retiring():
        os._exit(RETIRE_EXIT)

    started = time.perf_counter()
    facts = [pickle.loads(p) for p in payloads]
    reason = disagreement(facts, settings)
    outcome = None
    if reason is None:
        outcome = merged(path, facts, settings)
        if outcome is not None:
            outcome.seconds = time.perf_counter() - started
    if outcome is None:
        outcome = pipeline.process_file(path, settings)
        outcome.split = f"read whole: {reason or 'merge failed'}"
    if columnar:
        pipeline.to_columns(outcome)
    return outcome


__all__ = ["PieceFacts", "merge_task", "piece_task"]
