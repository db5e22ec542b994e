"""The merge of a split document: every document-wide fact checked, then one validation.

Each piece decided alone what the whole document decides from all its pages.
Here each such decision is recomputed from the pieces' page-local facts, by the
same functions the whole document uses, and compared:

* restart pages: the parser's, from every page's marks (a piece's first page
  must be one, and each piece must end where the next begins);
* furniture: running headers/footers by share of *all* pages (furniture_lines);
* the era years are read with (era counts summed: document_era);
* the classification: the document's text_key rebuilt from every box, on a
  stand-in of page 1 (the detectors read text_key and page 1; the unit-sheet
  detector's label fallback reads fewer boxes here, so a stand-in can only
  score it lower: agreeing on it is agreeing with the whole document);
* the accounting's two document-wide matches (a value's digits on any page,
  identifiers), from the counts and misses of AccountProbe;
* nothing left for the document level: no MuPDF repair, no warning.

Any disagreement names itself and the document is read whole.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from .accounting import Tally
from .batch import DocumentOutcome
from .layout.page import DocumentLayout, furniture_lines, joined_key
from .normalize.eras import era_of
from .parsers import classify, registry
from .parsers.base import Extraction
from .settings import Settings
from .split import PieceFacts, _sum


def disagreement(facts: list[PieceFacts], settings: Settings) -> str | None:
    """Why the pieces would not give the whole document's rows; None when they do."""
    facts = sorted(facts, key=lambda f: f.piece.index)
    first = facts[0]
    if [f.piece.index for f in facts] != list(range(first.piece.count)):
        return "pieces missing"
    same = {(f.doc_id, f.parser, f.created_year, f.metadata_title) for f in facts}
    if len(same) != 1:
        return "pieces read different files or parsers"
    if any(f.repaired or f.extraction.warnings for f in facts):
        return "a piece has a repair or warning for the document"
    chain = _chain(facts, settings)
    if chain is not None:
        return chain
    furniture = _global_furniture(facts, settings)
    return (
        _furniture(facts, furniture)
        or _era(facts)
        or _classification(facts, furniture, settings)
        or _accounting(facts)
    )


def _chain(facts: list[PieceFacts], settings: Settings) -> str | None:
    parser = next(p for p in registry(settings) if type(p).__name__ == facts[0].parser)
    restarts = set(parser.restart_pages([m for f in facts for m in f.marks]))
    if facts[0].start != 1 or facts[-1].end != facts[0].piece.page_count + 1:
        return "pieces do not cover the document"
    for before, after in pairwise(facts):
        if after.start != before.end or after.start not in restarts:
            return f"restart page {after.start} is not the document's"
    return None


def _global_furniture(facts: list[PieceFacts], settings: Settings) -> set[tuple[int, int]]:
    lines = [line for f in facts for line in f.margins]
    flagged = furniture_lines(lines, facts[0].piece.page_count, settings.layout)
    out: set[tuple[int, int]] = set()
    places: dict[int, int] = {}
    for i, line in enumerate(lines):
        place = places.get(line.page, 0)
        places[line.page] = place + 1
        if i in flagged:
            out.add((line.page, place))
    return out


def _furniture(facts: list[PieceFacts], whole: set[tuple[int, int]]) -> str | None:
    for f in facts:
        if {k for k in whole if f.start <= k[0] < f.end} != f.furniture:
            return f"furniture of pages {f.start}-{f.end - 1} is not the document's"
    return None


def _era(facts: list[PieceFacts]) -> str | None:
    whole = era_of(_sum(f.eras for f in facts))
    wrong = [f for f in facts if f.era != whole]
    return f"era {wrong[0].era} is not the document's {whole}" if wrong else None


def _classification(
    facts: list[PieceFacts], furniture: set[tuple[int, int]], settings: Settings
) -> str | None:
    page1 = facts[0].first_page
    if page1 is None:
        return "no page 1"
    key = joined_key((k, (p, place) in furniture) for f in facts for p, k, place in f.boxes)
    standin = DocumentLayout((page1,), created_year=facts[0].created_year)
    object.__setattr__(standin, "text_key", key)
    parser = classify(standin, settings)
    if parser is None or type(parser).__name__ != facts[0].parser:
        return "the document classifies otherwise"
    return None


def _accounting(facts: list[PieceFacts]) -> str | None:
    """A value's digits taken on any page: the whole document hands its left-over
    values to the open numbers in page order; identifiers: any page's."""
    for sig in {s for f in facts for s in f.probe.left}:
        pool = sum(f.probe.left.get(sig, 0) for f in facts)
        before = 0
        for f in facts:
            here = f.probe.open.get(sig, 0)
            whole = min(max(pool - before, 0), here)
            if whole != min(f.probe.left.get(sig, 0), here):
                return f"numbers {sig!r} would be matched across pieces"
            before += here
    ids = {s for f in facts for s in f.probe.ids}
    for f in facts:
        if f.probe.missed & ids:
            return "an identifier would be matched across pieces"
    return None


def merged(path: Path, facts: list[PieceFacts], settings: Settings) -> DocumentOutcome | None:
    """The document's outcome from its checked pieces, in page order (None: a failure
    the whole document reports by itself)."""
    from .pipeline import DATA_TABLES, ContractRows, validate

    facts = sorted(facts, key=lambda f: f.piece.index)
    head = facts[0].extraction
    ex = Extraction(
        doc_type=head.doc_type,
        municipality=head.municipality,
        title=head.title,
        fiscal_year=head.fiscal_year,
    )
    for f in facts:
        ex.checks.extend(f.extraction.checks)
    parts = ContractRows(
        {t: [r for f in facts for r in f.rows.rows[t]] for t in DATA_TABLES},
        [r for f in facts for r in f.rows.parser_rejects],
        {t: [r for f in facts for r in f.rows.table_rejects[t]] for t in DATA_TABLES},
    )
    accounting = Tally.total(f.tally for f in facts)
    title = ex.title or facts[0].metadata_title
    page_count = facts[0].piece.page_count
    try:
        outcome = validate(
            path, facts[0].doc_id, page_count, ex, title, settings, accounting, parts
        )
    except Exception:
        return None
    outcome.split = f"{len(facts)} pieces"
    return outcome
