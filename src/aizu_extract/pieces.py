"""Pieces of a very large document: page ranges parsed by several workers at once.

Documents are the unit of parallelism, but one book of hundreds of
事務事業評価シート would keep one worker busy while the others idle. Such a
document is planned as pieces (:func:`plan_pieces`), one per worker: each
reads its page range plus a few pages either side, and parses from the first
page where the parser's state resets (a restart page, the parser says which)
to the first restart page of the next range (:mod:`split`, in the worker).
One merge then checks every document-wide fact the pieces decided alone
against the whole document's (furniture, era, classification, restart pages,
the accounting's document-wide matches) and writes the rows as the unsplit
run does; on any disagreement, or a piece that could not be read, the
document is read whole instead: it costs time, never rows.

This module is what the main process needs of it (the plan and the records
it passes on); the look at a big file (:func:`split_pages`: PyMuPDF) runs in a pool
worker, in the document's own task, like everything else that opens an input.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .settings import DEFAULT, RunSettings


@dataclass(frozen=True, slots=True)
class Piece:
    """Pages ``first``..``last`` (1-based, inclusive) of a document of ``page_count``
    pages, the ``index``-th of ``count`` pieces; it reads ``look`` pages beyond."""

    index: int
    count: int
    first: int
    last: int
    page_count: int
    look: int

    @property
    def window(self) -> tuple[int, int]:
        """The pages it reads (first, last): its range and the look-around."""
        lo = 1 if self.index == 0 else max(1, self.first - self.look)
        return lo, min(self.page_count, self.last + self.look)

    @property
    def is_last(self) -> bool:
        return self.index == self.count - 1


@dataclass(frozen=True, slots=True)
class PieceOutcome:
    """What a piece hands back: its facts and rows, pickled in the worker (the main
    process passes them on to the merge unread), or why it could not be used."""

    piece: Piece
    payload: bytes | None
    error: str | None = None


class PieceBook:
    """The split documents of a run, as their pieces come back: when a document's
    last piece is in, its merge is due; when one could not be used, its whole read."""

    def __init__(self, plans: Mapping[int, tuple[Piece, ...]] | None = None) -> None:
        self._count: dict[int, int] = {}
        self._got: dict[int, list[PieceOutcome]] = {}
        self._closed: set[int] = set()
        for doc, plan in (plans or {}).items():
            self.plan(doc, plan)

    def plan(self, doc: int, plan: tuple[Piece, ...]) -> None:
        """``doc`` is read as ``plan``'s pieces: wait for each of them."""
        self._count[doc] = len(plan)
        self._got[doc] = []

    def add(self, doc: int, outcome: PieceOutcome) -> list[bytes] | Literal["whole"] | None:
        """The payloads to merge, ``"whole"`` (read it whole), or None (wait)."""
        got = self._got.get(doc)
        if got is None:  # already merged, failed or read whole: a late piece
            return None
        if outcome.payload is None:
            del self._got[doc]
            return "whole"
        got.append(outcome)
        if len(got) < self._count[doc]:
            return None
        del self._got[doc]
        return [o.payload for o in sorted(got, key=lambda o: o.piece.index) if o.payload]

    def close(self, doc: int) -> bool:
        """Whether ``doc``'s outcome is the first one (a failed piece ends the document:
        its other pieces, and what they would lead to, are dropped)."""
        if doc in self._closed:
            return False
        self._closed.add(doc)
        self._got.pop(doc, None)
        return True


def plan_pieces(page_count: int, workers: int, rs: RunSettings = DEFAULT.run) -> tuple[Piece, ...]:
    """The pieces of a document of ``page_count`` pages, or () to read it whole.

    Split only when it can pay: two workers or more and at least
    ``split_min_pages`` pages; one piece per worker, of nearly equal length.
    """
    if workers < 2 or page_count < max(rs.split_min_pages, 2):
        return ()
    count = min(workers, page_count)
    size, extra = divmod(page_count, count)
    pieces = []
    first = 1
    for i in range(count):
        last = first + size - 1 + (1 if i < extra else 0)
        pieces.append(Piece(i, count, first, last, page_count, rs.split_look_pages))
        first = last + 1
    return tuple(pieces)


def split_pages(path: Path, rs: RunSettings = DEFAULT.run) -> int:
    """Pages of the file at ``path`` when it is worth planning as pieces, else 0.

    Run in a pool worker (``batch.document_task``). Only a file of ``split_min_bytes``
    is opened, and only a document whose first page names a kind
    whose parser restarts (the vocabulary's ``unit_sheet`` words, without a
    施策評価票's) is worth it: any other would be read whole after its pieces, at
    twice the cost. A guess for speed only: the merge decides what is written.
    """
    try:
        if path.stat().st_size < rs.split_min_bytes:
            return 0
        import pymupdf

        from .layout.vocabulary import vocabulary
        from .normalize.text import compact

        with pymupdf.open(path) as doc:
            if doc.needs_pass or doc.page_count < rs.split_min_pages:
                return 0
            key = compact(doc[0].get_text())
            pages = int(doc.page_count)
    except Exception:  # it fails, or not, on its own turn, read whole
        return 0
    kinds = vocabulary().documents
    if kinds["unit_sheet"].found_in(key) and not kinds["policy_area_sheet"].found_in(key):
        return pages
    return 0
