"""Accounting: every number printed on a page ends in exactly one place.

Called once by the pipeline after parsing, whatever the parser. It walks the
layout's boxes (ruled cells and loose runs), picks the ones that print a
*number*, and gives each one exactly one fate:

``assigned``
    a row the extraction recorded consumes it: a ``kpi_values`` or ``budget_lines``
    value_text, a ``rejects`` value_text, or an identifier (``business_units``
    unit_no / measure_no / sdg_targets and unit_code, by its exact key: unit_codes.py;
    ``kpi_values`` kpi_no, ``structure`` number). Values are matched as a multiset per
    page (one row consumes one printed number; a row the card continues on the next
    page may consume one there); identifiers are printed in a list and again
    on a card, so they account for every copy.
``furniture``
    page furniture, classified and counted, never a value: ``furniture.folio``
    (``- 3 -``, ``3 / 8`` in the margins), ``furniture.running`` (a running
    header/footer), ``furniture.toc`` (目次 lines with dot leaders or a page
    number on a 目次 page), ``furniture.code`` (no unit's unit_code: ``R6-031``, a
    code right of ``事業コード``; digits under a 目次's ``事業番号``, index_pages.py),
    ``furniture.budget_code`` (予算科目 ``02 款 05 項 04 目``).
``accounted``
    a value deliberately not read, with the reason the header interpreter
    gives: ``derived.difference`` (差引/増減 columns), ``derived.ratio``
    (受益者負担率, 割合), ``derived.total`` (a 合計/計/小計 row nothing read, in a
    table that gave values), ``derived.breakdown`` (labelled amounts adding up
    to a value recorded on the page: ``基金繰入金 273千円`` over ``廃油引取料 23千円``
    under その他's 296), ``not_money.staff`` (従事職員数, 人工); labels that print
    digits: ``label.option`` (the SDGs 1–17 grid), ``label.row_number`` (a
    table's first narrow column), ``label.heading`` (``6`` left of a heading, or
    printed with a form label in one run: ``4 評価``),
    ``label.outline`` (``2`` right of an outline word: ``基本目標 | 2``);
    ``context.statistics`` (a strategy's statistics table with no target,
    actual or budget column, e.g. （参考）人口の推移; a 施策評価票's series over years
    such as 市民満足度 by 調査年度).
``unassigned``
    anything else: ``unassigned.unknown_table`` (a ruled table none of whose
    numbers was read), ``unassigned.no_header`` (a ruled table that gave other
    values, this cell not), ``unassigned.unknown_label`` (a loose run).

What counts as a number is :mod:`printed_numbers`'s rule, and a value printed after
its word inside a longer line (``現状値 3,210人→目標値 …``) :mod:`labelled_values`'s.

``numbers_seen`` counts every number (furniture included);
``numbers_assigned`` counts those accounted for (assigned, furniture,
accounted), so ``numbers_seen - numbers_assigned`` is the document's rows in
``unassigned.parquet``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from . import printed_numbers as numbers_printed
from .geometry import BBox, thawed
from .index_pages import NUMBER_LABEL, PAGE_HEADS, index_code, is_toc_page, toc_leader
from .labelled_values import labelled_values, match_arrow_pairs, match_labelled
from .layout import DocumentLayout
from .layout.cell_facts import grid_says, read_facts
from .layout.headers import HeaderInterpreter, HeaderLabel
from .layout.page import _FOLIO, SECTION_FOLIO, PageLayout, TextBox
from .layout.table import grids_of, text_key
from .layout.values import without_staff_lines
from .layout.vocabulary import Vocabulary, vocabulary
from .normalize.eras import YearContext
from .parsers.base import Extraction, Record
from .printed_numbers import CACHED_KEYS, is_number, labelled_amounts, prints_number, signature
from .settings import DEFAULT, AccountingSettings
from .unit_codes import match_unit_codes
from .unreadable import PARTLY_UNREADABLE_PAGE, unreadable_message, unreadable_pages

_CODE = re.compile(r"^[A-Za-z]{1,4}\d{0,4}[-‐－_]\d{2,}(?:[-‐－_]\d+)*$")
_BUDGET_CODE = re.compile(r"\d+款(?:\d+項)?(?:\d+目)?|\d+項\d+目")
# A heading run: its number, a space, its title (``4 評価``, ``５　課題``).
_NUMBERED_TITLE = re.compile(r"^[0-9０-９]{1,2}\s+(\S+)$")
_INDICATOR_HEADS = frozenset({"indicator_name", "indicator_activity", "indicator_outcome"})
_RATIO_WORDS = ("率", "割合", "比率")
_BUDGET_UNITS = frozenset({"款", "項", "目", "節"})
# A budget code printed with its name in a cell under 款 / 項 / 目 (``02 総務費``).
_CODE_WITH_NAME = re.compile(r"^\d{1,3}[^\d,.]+$")
# A code of digit groups right of a コード label (事業コード | 02-05-12-005): an
# identifier, never a value (施策番号 | 3-2 may be an outline number: not here).
_CODE_LABEL = re.compile(r"コード$")
_DIGIT_CODE = re.compile(r"^\d+(?:[-‐－_]\d+)+$")
# Outline levels printed as a word with their number in the next cell (施策体系:
# 基本目標 | 2 | title, 政策 | 5 | title).
_OUTLINE_WORD = re.compile(r"^(?:基本目標|政策目標|政策分野|政策|施策|基本施策|基本方針|柱)$")
_PLAN_METRICS = frozenset({"target", "actual", "forecast", "achievement_rate"})
# Documents whose ruled tables may be statistics (context.statistics): a strategy's,
# and a 施策評価票's (市民満足度 by 調査年度 beside its 総合評価).
_STATISTICS_DOCS = frozenset({"strategy", "policy_evaluation"})


@dataclass(frozen=True, slots=True)
class Number:
    """One printed number and its fate."""

    page: int
    bbox: BBox
    text: str
    region: str  # "table N" (1-based on its page) or "loose"
    status: str  # assigned | furniture | accounted | unassigned
    reason: str  # the table it went to, or a furniture./derived./unassigned. code


_NumberSlots = thawed(Number)


def new_number(page: int, bbox: BBox, text: str, region: str, status: str, reason: str) -> Number:
    """``Number(page, bbox, text, region, status, reason)`` for every printed
    number of a document (geometry.thawed)."""
    n = object.__new__(_NumberSlots)
    n.page = page
    n.bbox = bbox
    n.text = text
    n.region = region
    n.status = status
    n.reason = reason
    n.__class__ = Number
    return n  # type: ignore[no-any-return]


@dataclass(slots=True, eq=False)
class Accounting:
    numbers: list[Number] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return len(self.numbers)

    @property
    def assigned(self) -> int:
        return sum(1 for n in self.numbers if n.status != "unassigned")

    @property
    def unassigned(self) -> list[Number]:
        return [n for n in self.numbers if n.status == "unassigned"]

    def unassigned_pages(self) -> list[int]:
        return sorted({n.page for n in self.unassigned})

    def by_status(self) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for n in self.numbers:
            out[n.status] += 1
        return dict(out)


@dataclass(frozen=True, slots=True)
class Tally:
    """What an accounting reports (its totals, and the numbers left unassigned)
    without the numbers it assigned: what each piece of a split document hands to
    the merge (split.py), which adds them up, instead of its every number."""

    seen: int
    assigned: int
    unassigned: list[Number]

    @classmethod
    def of(cls, accounting: Accounting) -> Tally:
        return cls(accounting.seen, accounting.assigned, accounting.unassigned)

    @classmethod
    def total(cls, tallies: Iterable[Tally]) -> Tally:
        """The tallies of consecutive page ranges as one, in page order."""
        tallies = list(tallies)
        return cls(
            sum(t.seen for t in tallies),
            sum(t.assigned for t in tallies),
            [n for t in tallies for n in t.unassigned],
        )


def furniture_reason(
    box: TextBox, page: PageLayout, toc_page: bool, cfg: AccountingSettings = DEFAULT.accounting
) -> str | None:
    key = box.key
    margin = cfg.folio_margin * page.height
    in_margin = box.bbox.y1 <= margin or box.bbox.y0 >= page.height - margin
    if box.table is None and _FOLIO.match(key):
        dashed = not key.isdigit() and not SECTION_FOLIO.match(key)
        if box.furniture or in_margin or (dashed and not any(c in key for c in ",.")):
            return "furniture.folio"
    if in_margin and key.isdigit() and len(key) <= 4:
        return "furniture.folio"
    if in_margin and box.table is None and _sheet_number(key, cfg.sheet_number_digits):
        return "furniture.folio"  # No.1 in the footer: the sheet's number, not a value
    if box.furniture:
        return "furniture.running"
    if _BUDGET_CODE.search(key):
        return "furniture.budget_code"
    if _CODE.match(key):
        return "furniture.code"
    if box.table is None and toc_leader(key):
        return "furniture.toc"
    if toc_page and key.isdigit() and len(key) <= 3:  # 目次 page numbers, ruled or not
        return "furniture.toc"
    return None


@lru_cache(maxsize=CACHED_KEYS)
def _sheet_number(key: str, digits: int) -> bool:
    """A sheet-number label with its number (``No.1``, ``整理番号12``: vocabulary
    sheet_number), nothing else."""
    for label in vocabulary().fields["sheet_number"].longest_first:
        if key.startswith(label):
            rest = key[len(label) :]
            return rest.isdigit() and len(rest) <= digits
    return False


def _value_texts(ex: Extraction) -> Iterator[tuple[str, int | None, str]]:
    """(table, page, printed text) of every recorded value, rejects included."""
    for table in ("kpi_values", "budget_lines", "rejects"):
        for r in getattr(ex, table):
            if isinstance(r, dict) and r.get("value_text"):
                yield table, _page(r), str(r["value_text"])


def _identifiers(ex: Extraction) -> Iterator[tuple[str, int | None, str]]:
    for r in _records(ex.business_units):
        for name in ("unit_no", "measure_no"):
            if r.get(name) is not None:
                yield "business_units", _page(r), str(r[name])
        for t in r.get("sdg_targets") or ():
            yield "business_units", _page(r), str(t)
    for r in _records(ex.kpi_values):
        if r.get("kpi_no") is not None:
            yield "kpi_values", _page(r), str(r["kpi_no"])
    for r in _records(ex.structure):
        if r.get("number"):
            yield "structure", _page(r), str(r["number"])
            if r.get("parent_number"):  # the node's compound code: 施策番号 3-2 (政策-施策)
                yield "structure", _page(r), f"{r['parent_number']}-{r['number']}"


def _records(rows: Iterable[Record]) -> Iterator[Record]:
    return (r for r in rows if isinstance(r, dict))


def _page(r: Record) -> int | None:
    p = r.get("page")
    return p if isinstance(p, int) and not isinstance(p, bool) else None


@dataclass(slots=True)
class AccountProbe:
    """What the two document-wide matches decided from a piece of a split document,
    so that the merge can check the whole document would decide the same
    (split_check.py): per signature, the recorded values left for a number on any
    page and the numbers still open for them; the identifiers, and the
    signatures looked up among them in vain."""

    left: dict[str, int] = field(default_factory=dict)
    open: dict[str, int] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)
    missed: set[str] = field(default_factory=set)


def account(
    layout: DocumentLayout,
    ex: Extraction,
    cfg: AccountingSettings = DEFAULT.accounting,
    probe: AccountProbe | None = None,
) -> Accounting:
    """Give every printed number of ``layout`` its fate against ``ex``.

    A page whose text layer is unreadable is named in ``ex.warnings`` and its
    numbers are ``unassigned.unreadable_text``. ``probe`` collects what a piece
    of a split document decided document-wide (see :class:`AccountProbe`).
    """
    pending: list[tuple[PageLayout, TextBox, str]] = []  # (page, box, region)
    fates: dict[int, tuple[str, str]] = {}  # id(box) → (status, reason)
    money_units = tuple(name for name, _ in vocabulary().money_units)
    for page in layout.pages:
        toc = is_toc_page(page)
        for box in page.boxes:
            if not (
                prints_number(box, cfg.max_number_chars, money_units)
                or labelled_values(box.key)
                or (box.table is None and (_FOLIO.match(box.key) or toc_leader(box.key)))
            ):
                continue
            region = "loose" if box.table is None else f"table {box.table + 1}"
            pending.append((page, box, region))
            reason = furniture_reason(box, page, toc, cfg)
            if reason is not None:
                fates[id(box)] = ("furniture", reason)
        for box in page.withheld:  # glyphs of fonts decoding to wrong characters
            if prints_number(box, cfg.max_number_chars, money_units):
                pending.append((page, box, "loose"))
                fates[id(box)] = ("unassigned", "unassigned.unreadable_text")
    bad_pages, partly = unreadable_pages(layout)
    if bad_pages:
        # The one finding about the document itself: a page whose text layer is
        # garbage prints numbers nobody can read; named in the error (problems.py).
        ex.warnings.append(unreadable_message(bad_pages))
        for page, box, _ in pending:
            if page.number in bad_pages:
                fates[id(box)] = ("unassigned", "unassigned.unreadable_text")
    if partly:
        ex.warnings.append(unreadable_message(partly, PARTLY_UNREADABLE_PAGE))
    _match_options(pending, fates, cfg)
    match_unit_codes(pending, fates, ex, probe)  # before the code rules of the neighbours
    rows: RowIndex = {}
    _match_neighbours(layout, pending, fates, rows, cfg)
    if ex.doc_type != "unknown":
        # Deliberately unread cells first: a 差引 cell must not take a value's row.
        headers = HeaderInterpreter(vocabulary(), YearContext(not_after=layout.created_year))
        facts = _read_facts(layout, pending, fates, headers)
        _match_derived(pending, fates, facts, differences_only=True)
        # A heading's number (``2 活動指標``) must not take the row of a value ``2``.
        _match_headings(layout, pending, fates, rows, cfg)
        _match_values(pending, fates, ex, cfg, probe)
        _match_identifiers(pending, fates, ex, probe)
        _match_breakdowns(pending, fates, ex, money_units, cfg)
        _match_outline_numbers(pending, fates, rows, cfg)
        _match_derived(pending, fates, facts, differences_only=False)
        _match_totals(pending, fates, rows, cfg)
        if ex.doc_type in _STATISTICS_DOCS:
            _match_statistics(layout, pending, fates, headers, cfg, ex.doc_type == "strategy")
    numbers: list[Number] = []
    table_read: set[tuple[int, str]] = {
        (page.number, region)
        for page, box, region in pending
        if fates.get(id(box), ("",))[0] in ("assigned", "accounted")
    }
    for page, box, region in pending:
        status, reason = fates.get(id(box), ("unassigned", ""))
        if status == "unassigned" and not reason:
            if region == "loose":
                reason = "unassigned.unknown_label"
            elif (page.number, region) in table_read:
                reason = "unassigned.no_header"
            else:
                reason = "unassigned.unknown_table"
        numbers.append(new_number(page.number, box.bbox, box.raw, region, status, reason))
    return Accounting(numbers)


def _match_options(
    pending: list[tuple[PageLayout, TextBox, str]],
    fates: dict[int, tuple[str, str]],
    cfg: AccountingSettings,
) -> None:
    """A row of a ruled table printing 1, 2, 3 … (the SDGs 1–17 grid): option labels."""
    rows: dict[tuple[int, str, float], list[TextBox]] = defaultdict(list)
    for page, box, region in pending:
        if box.table is not None and box.key.isdigit() and len(box.key) <= 3:
            rows[(page.number, region, round(box.bbox.cy / 4))].append(box)
    for boxes in rows.values():
        if len(boxes) < cfg.option_run:
            continue
        boxes.sort(key=lambda b: b.bbox.x0)
        values = [int(b.key) for b in boxes]
        if all(b - a == 1 for a, b in itertools.pairwise(values)):
            for b in boxes:
                fates.setdefault(id(b), ("accounted", "label.option"))


def _same_row(a: BBox, b: BBox, band: float) -> bool:
    return abs(a.cy - b.cy) <= max(band, min(a.height, b.height) / 2)


RowIndex = dict[int, tuple[list[float], list[TextBox]]]


def _row_index(page: PageLayout, rows: RowIndex) -> tuple[list[float], list[TextBox]]:
    """The page's boxes sorted by their vertical centre (built once per page and run)."""
    index = rows.get(page.number)
    if index is None:
        # Each centre computed once, the boxes sorted (stably) by the list of them.
        cys = [b.bbox.cy for b in page.boxes]
        order = sorted(range(len(cys)), key=cys.__getitem__)
        index = rows[page.number] = ([cys[i] for i in order], [page.boxes[i] for i in order])
    return index


def _neighbour(
    page: PageLayout,
    box: TextBox,
    side: int,
    rows: RowIndex,
    cfg: AccountingSettings,
    reach: float | None = None,
) -> TextBox | None:
    """The nearest box on ``box``'s row to its right (side 1) or left (side -1)."""
    left, right = _neighbours(page, box, rows, cfg, reach)
    return right if side > 0 else left


def _neighbours(
    page: PageLayout,
    box: TextBox,
    rows: RowIndex,
    cfg: AccountingSettings,
    reach: float | None = None,
) -> tuple[TextBox | None, TextBox | None]:
    """The nearest boxes on ``box``'s row to its left and to its right, in one pass
    over the row's band of the page index (the nearest first met wins a tie)."""
    reach = cfg.neighbour_reach if reach is None else reach
    cys, boxes = _row_index(page, rows)
    bb = box.bbox
    band = max(cfg.row_band, bb.height / 2)
    lo = bisect.bisect_left(cys, bb.cy - band)
    hi = bisect.bisect_right(cys, bb.cy + band)
    left: tuple[float, TextBox] | None = None
    right: tuple[float, TextBox] | None = None
    # _same_row(other.bbox, bb, row_band) spelt out, with bb's centre and height
    # taken once (abs, min and max as comparisons, with their tie rules).
    row_band = cfg.row_band
    cy, height = bb.cy, bb.height
    for other in boxes[lo:hi]:
        if other is box:
            continue
        ob = other.bbox
        d = (ob.y0 + ob.y1) / 2 - cy
        h = ob.y1 - ob.y0
        half = (height if height < h else h) / 2
        if not (d if d >= 0 else -d) <= (half if half > row_band else row_band):
            continue
        gap = other.bbox.x0 - bb.x1
        if -cfg.touch <= gap <= reach and (right is None or gap < right[0]):
            right = (gap, other)
        gap = bb.x0 - other.bbox.x1
        if -cfg.touch <= gap <= reach and (left is None or gap < left[0]):
            left = (gap, other)
    return (left[1] if left else None), (right[1] if right else None)


def _match_neighbours(
    layout: DocumentLayout,
    pending: list[tuple[PageLayout, TextBox, str]],
    fates: dict[int, tuple[str, str]],
    rows: RowIndex,
    cfg: AccountingSettings,
) -> None:
    """Numbers their neighbours say are codes: ``02 | 款 | 05 | 項``, ``評価書番号 | 2``,
    ``NO. | 3``; and a table's row numbers (a bare integer at its left edge)."""
    tables: TableIndex = {}
    for page, box, _ in pending:
        if id(box) in fates:
            continue
        left, right = _neighbours(page, box, rows, cfg)
        if (right is not None and right.key in _BUDGET_UNITS) or _under_budget_unit(
            page, box, tables, cfg.cell_above_slack
        ):
            fates[id(box)] = ("furniture", "furniture.budget_code")
            continue
        coded = box.key.isdigit() or (
            left is not None and _CODE_LABEL.search(left.key) and _DIGIT_CODE.match(box.key)
        )
        if left is not None and NUMBER_LABEL.search(left.key) and coded:
            fates[id(box)] = ("furniture", "furniture.code")
            continue
        in_table = box.table is not None and box.key.isdigit()
        head = _column_head(page, box, tables, cfg.cell_above_slack) if in_table else None
        if head in PAGE_HEADS:
            fates[id(box)] = ("furniture", "furniture.toc")  # a list's ページ column
            continue
        if box.table is not None and box.key.isdigit() and len(box.key) <= 3:
            table = page.tables[box.table]
            near_edge = box.bbox.x0 - table.bbox.x0 <= cfg.row_number_edge
            size = max(line.size for line in box.lines)
            if near_edge and box.bbox.width <= cfg.row_number_width_em * size:
                fates[id(box)] = ("accounted", "label.row_number")
                continue
        if index_code(page, box, head):  # 目次 | 事業番号 | 0211: the index's code of a sheet
            fates[id(box)] = ("furniture", "furniture.code")


# page → table → the table's boxes, top first (stably: reading order among equal
# tops), or in reading order with False when a top is NaN (built once per page).
TableIndex = dict[int, dict[int | None, tuple[list[TextBox], bool]]]


def _column_head(page: PageLayout, box: TextBox, tables: TableIndex, slack: float) -> str | None:
    """Key of the topmost cell of ``box``'s ruled table above it in its column (its
    bottom at most ``slack`` below the number's top).

    The first box above the number in its column, going down from the table's
    top, is the one ``min`` by top would pick of them all (the first of equal
    tops in reading order); a table with a NaN top is searched as ``min`` does.
    """
    by_table = tables.get(page.number)
    if by_table is None:
        grouped: dict[int | None, list[TextBox]] = {}
        for b in page.boxes:
            grouped.setdefault(b.table, []).append(b)
        by_table = tables[page.number] = {}
        for t, boxes in grouped.items():
            if all(b.bbox.y0 == b.bbox.y0 for b in boxes):
                by_table[t] = (sorted(boxes, key=_top), True)
            else:
                by_table[t] = (boxes, False)
    top, cx = box.bbox.y0 + slack, box.bbox.cx  # the number's, taken once for its table
    boxes, ordered = by_table.get(box.table, ([], True))
    if ordered:
        for b in boxes:
            if b.bbox.y1 <= top and b.bbox.x0 < cx < b.bbox.x1:
                return b.key
        return None
    above = [b for b in boxes if b.bbox.y1 <= top and b.bbox.x0 < cx < b.bbox.x1]
    return min(above, key=_top).key if above else None


def _under_budget_unit(page: PageLayout, box: TextBox, tables: TableIndex, slack: float) -> bool:
    """A code with its name in a ruled cell whose nearest cell above is 款 / 項 / 目 / 節
    (``款`` over ``02 総務費``), by :func:`_column_head`'s index of the page."""
    if box.table is None or not _CODE_WITH_NAME.match(box.key):
        return False
    _column_head(page, box, tables, slack)  # builds the page's index once
    top, cx = box.bbox.y0 + slack, box.bbox.cx
    boxes = tables[page.number].get(box.table, ([], True))[0]
    above = [b for b in boxes if b.bbox.y1 <= top and b.bbox.x0 < cx < b.bbox.x1]
    return bool(above) and max(above, key=lambda b: b.bbox.y1).key in _BUDGET_UNITS


def _top(b: TextBox) -> float:
    return b.bbox.y0


def _match_headings(
    layout: DocumentLayout,
    pending: list[tuple[PageLayout, TextBox, str]],
    fates: dict[int, tuple[str, str]],
    rows: RowIndex,
    cfg: AccountingSettings,
) -> None:
    """A bare number nothing took, printed left of words on its line: a heading's number;
    so is the number of a run printing it, a space and a form label (``4 評価``)."""
    vocab = vocabulary()
    for page, box, region in pending:
        if id(box) in fates or region != "loose":
            continue
        if not box.key.isdigit() or len(box.key) > 2:
            m = _NUMBERED_TITLE.match(box.raw.strip())
            if m and _is_form_label(text_key(m.group(1)), vocab):
                fates[id(box)] = ("accounted", "label.heading")
            continue
        right = _neighbour(page, box, 1, rows, cfg, reach=cfg.heading_gap)
        words = right is not None and not is_number(right.key, cfg.max_number_chars)
        if right is not None and words and len(right.key) >= 2:
            fates[id(box)] = ("accounted", "label.heading")


def _is_form_label(key: str, vocab: Vocabulary) -> bool:
    """A form field's label (評価, 課題, 事業概要) or an indicator table's (指標)."""
    return vocab.field_of(key) is not None or not _INDICATOR_HEADS.isdisjoint(
        vocab.headers_matching(key)
    )


def _match_outline_numbers(
    pending: list[tuple[PageLayout, TextBox, str]],
    fates: dict[int, tuple[str, str]],
    rows: RowIndex,
    cfg: AccountingSettings,
) -> None:
    """A bare integer nothing took, in the cell right of an outline word (``基本目標 |
    2``): the number of an outline level printed apart, as ``基本目標2`` is a label."""
    for page, box, region in pending:
        if id(box) in fates or region == "loose" or not box.key.isdigit():
            continue
        left = _neighbour(page, box, -1, rows, cfg)
        if left is not None and _OUTLINE_WORD.match(left.key):
            fates[id(box)] = ("accounted", "label.outline")


def _match_totals(
    pending: list[tuple[PageLayout, TextBox, str]],
    fates: dict[int, tuple[str, str]],
    rows: RowIndex,
    cfg: AccountingSettings,
) -> None:
    """A number nothing took on a 合計/計/小計 row of a table that gave values:
    ``derived.total``, the sum of the rows above (a 事務事業一覧's 合計 is no
    unit's figure). A total the parser reads (a cost table's ``合計(A)`` item)
    was taken before this runs."""
    totals = vocabulary().header("list_total_row")
    read = {
        (page.number, box.table)
        for page, box, _ in pending
        if fates.get(id(box), ("",))[0] == "assigned"
    }
    for page, box, _ in pending:
        if id(box) in fates or box.table is None or (page.number, box.table) not in read:
            continue
        label = _row_label(page, box, rows, cfg)
        if label is not None and totals.matches(label.key):
            fates[id(box)] = ("accounted", "derived.total")


def _row_label(
    page: PageLayout, box: TextBox, rows: RowIndex, cfg: AccountingSettings
) -> TextBox | None:
    """The leftmost box of ``box``'s table row left of it that is not a number."""
    cys, boxes = _row_index(page, rows)
    bb = box.bbox
    band = max(cfg.row_band, bb.height / 2)
    label: TextBox | None = None
    lo, hi = bisect.bisect_left(cys, bb.cy - band), bisect.bisect_right(cys, bb.cy + band)
    for other in boxes[lo:hi]:
        if (
            other is not box
            and other.table == box.table
            and other.bbox.x1 <= bb.x0 + cfg.touch
            and _same_row(other.bbox, bb, cfg.row_band)
            and not is_number(other.key, cfg.max_number_chars)
            and (label is None or other.bbox.x0 < label.bbox.x0)
        ):
            label = other
    return label


def _match_statistics(
    layout: DocumentLayout,
    pending: list[tuple[PageLayout, TextBox, str]],
    fates: dict[int, tuple[str, str]],
    headers: HeaderInterpreter,
    cfg: AccountingSettings,
    loose: bool = True,
) -> None:
    """A statistics table: accounted ``context.statistics``.

    A ruled table none of whose numbers was read and whose labels name no
    target, actual, forecast, achievement rate or budget basis
    (``（参考）人口の推移: 項目 | 2010年 | 2015年``, ``平成20年 | 現状値 | 変化率``)
    is the town's statistics, which no contract table holds (a KPI goes from a
    baseline to a target). A table with a 目標 column is never one. Without
    ``loose`` (a 施策評価票, whose indicators are its tables' business) only a series
    over years is one (``statistics_min_years`` year labels: 調査年度 | 令和3年度 |
    令和4年度 …) that names no indicator column (成果指標, 指標名), and numbers
    printed outside tables are left to the caller.
    """
    tables: dict[tuple[int, int], list[TextBox]] = defaultdict(list)
    for page, box, _ in pending:
        if box.table is not None:
            tables[(page.number, box.table)].append(box)
    for (number, t_index), boxes in tables.items():
        if any(fates.get(id(b), ("",))[0] in ("assigned", "accounted") for b in boxes):
            continue
        if any(labelled_values(b.key) for b in boxes):
            continue  # values after their words (現状値 3,210人→目標値 …): an indicator's
        labels = [
            headers.label(b.raw)
            for b in layout.page(number).boxes
            if b.table == t_index and not is_number(b.key, cfg.max_number_chars)
        ]
        if any(lab.metric in _PLAN_METRICS or lab.basis for lab in labels):
            continue
        if not loose and (
            any(lab.indicator_kind for lab in labels)
            or sum(lab.year is not None for lab in labels) < cfg.statistics_min_years
        ):
            continue
        for b in boxes:
            fates.setdefault(id(b), ("accounted", "context.statistics"))
    if loose:
        _loose_statistics(layout, pending, fates, headers, cfg)


def _loose_lines(page: PageLayout, band: float) -> list[list[TextBox]]:
    """The page's text outside ruled tables as printed lines, top to bottom."""
    loose = sorted(
        (b for b in page.boxes if b.table is None and not b.furniture),
        key=lambda b: (b.bbox.cy, b.bbox.x0),
    )
    lines: list[list[TextBox]] = []
    for box in loose:
        if lines and _same_row(lines[-1][0].bbox, box.bbox, band):
            lines[-1].append(box)
        else:
            lines.append([box])
    return lines


def _loose_statistics(
    layout: DocumentLayout,
    pending: list[tuple[PageLayout, TextBox, str]],
    fates: dict[int, tuple[str, str]],
    headers: HeaderInterpreter,
    cfg: AccountingSettings,
) -> None:
    """The same statistics printed without rulings: lines of unread numbers under
    a line of years that names no target, actual or basis."""
    open_ids = {id(b) for _, b, r in pending if r == "loose" and id(b) not in fates}
    if not open_ids:
        return
    for page in layout.pages:
        lines = _loose_lines(page, cfg.row_band)
        header: list[TextBox] | None = None
        for line in lines:
            numbers = [b for b in line if is_number(b.key, cfg.max_number_chars)]
            if not numbers:
                labels = [headers.label(b.raw) for b in line]
                years = sum(1 for lab in labels if lab.year is not None or lab.year_label)
                plan = any(lab.metric in _PLAN_METRICS or lab.basis for lab in labels)
                header = line if years >= 2 and not plan else None
                continue
            if header is None:
                continue
            if any(id(b) not in open_ids and b in numbers for b in numbers):
                header = None  # a line something read: not statistics
                continue
            for b in numbers:
                fates[id(b)] = ("accounted", "context.statistics")


def _match_breakdowns(
    pending: list[tuple[PageLayout, TextBox, str]],
    fates: dict[int, tuple[str, str]],
    ex: Extraction,
    money_units: tuple[str, ...],
    cfg: AccountingSettings,
) -> None:
    """A box of labelled amounts left over whose amounts add up to a value recorded on
    its page: the breakdown of that figure (「その他」財源の主な内容 ``基金繰入金 273千円``
    over ``廃油引取料 23千円`` under the その他 row's 296; a single line restates it)."""
    recorded: set[tuple[int | None, Decimal]] = set()
    for _, page, text in _value_texts(ex):
        sig = signature(text)
        if sig and "|" not in sig:
            recorded.add((page, Decimal(sig)))
    for page, box, _ in pending:
        if id(box) in fates or is_number(box.key, cfg.max_number_chars):
            continue
        amounts = labelled_amounts(box, money_units, cfg.max_number_chars)
        if amounts is not None and (page.number, abs(sum(amounts))) in recorded:
            fates[id(box)] = ("accounted", "derived.breakdown")


def _match_values(
    pending: list[tuple[PageLayout, TextBox, str]],
    fates: dict[int, tuple[str, str]],
    ex: Extraction,
    cfg: AccountingSettings,
    probe: AccountProbe | None = None,
) -> None:
    """One recorded value consumes one printed number with its digits, on its page.

    Where a page prints a value's digits more often than rows record them
    (``施策 6`` above an indicator whose target is ``6``), the number that sits in
    the same ruled table or on the same line as numbers already taken by rows
    wins; the rest stay open for identifiers, furniture or ``unassigned``.
    """
    records: dict[tuple[int | None, str], list[str]] = defaultdict(list)
    for table, page, text in _value_texts(ex):
        sig = signature(text)
        if sig:
            records[(page, sig)].append(table)
    candidates: dict[tuple[int, str], list[tuple[str, TextBox]]] = defaultdict(list)
    for page, box, region in pending:
        if id(box) not in fates:
            # A money cell's staff count under its amount is no value (人件費 over 0.50人).
            text = without_staff_lines(box.line_texts) or box.raw
            candidates[(page.number, signature(text))].append((region, box))
    taken: list[tuple[int, str, TextBox]] = []  # (page, region, box) given to a row
    ambiguous = []
    for key, boxes in candidates.items():
        tables = records.get(key)
        if not tables:
            continue
        if len(boxes) > len(tables):
            ambiguous.append((key, boxes, tables))
            continue
        for region, box in boxes:
            fates[id(box)] = ("assigned", tables.pop(0))
            taken.append((key[0], region, box))
    for (page_no, _sig), boxes, tables in ambiguous:

        def company(item: tuple[str, TextBox], page_no: int = page_no) -> int:
            region, box = item
            for p, r, other in taken:
                if p != page_no:
                    continue
                same_row = _same_row(other.bbox, box.bbox, cfg.row_band)
                if (region != "loose" and r == region) or same_row:
                    return 0
            return 1

        ranked = sorted(boxes, key=company)  # stable: reading order among equals
        for region, box in ranked[: len(tables)]:
            fates[id(box)] = ("assigned", tables.pop(0))
            taken.append((page_no, region, box))
    _match_stacked(pending, fates, records)
    match_arrow_pairs(pending, fates, records)
    match_labelled(pending, fates, records)  # values inside a KPI line
    # A row whose card runs on over a page break consumes a number on another page.
    anywhere: dict[str, list[str]] = defaultdict(list)
    for (_, sig), tables in records.items():
        anywhere[sig].extend(tables)
    if probe is not None:
        probe.left = {sig: len(tables) for sig, tables in anywhere.items() if tables}
        for _page, box, _ in pending:
            if id(box) not in fates:
                sig = signature(box.raw)
                probe.open[sig] = probe.open.get(sig, 0) + 1
    for _page, box, _ in pending:
        if id(box) in fates:
            continue
        tables = anywhere.get(signature(box.raw))
        if tables:
            fates[id(box)] = ("assigned", tables.pop(0))


def _match_stacked(
    pending: list[tuple[PageLayout, TextBox, str]],
    fates: dict[int, tuple[str, str]],
    records: dict[tuple[int | None, str], list[str]],
) -> None:
    """A cell printing one value per line (``(12)`` over ``9``, read by its legend:
    layout/stacked.py) is consumed by one row per line that prints digits."""
    for page, box, _ in pending:
        if id(box) in fates or len(box.line_texts) < 2:
            continue
        sigs = [s for s in map(signature, box.line_texts) if s]
        need: dict[str, int] = defaultdict(int)
        for sig in sigs:
            need[sig] += 1
        if len(sigs) < 2 or any(
            len(records.get((page.number, sig), ())) < n for sig, n in need.items()
        ):
            continue
        tables = [records[(page.number, sig)].pop(0) for sig in sigs]
        fates[id(box)] = ("assigned", tables[0])


def _match_identifiers(
    pending: list[tuple[PageLayout, TextBox, str]],
    fates: dict[int, tuple[str, str]],
    ex: Extraction,
    probe: AccountProbe | None = None,
) -> None:
    id_signature = numbers_printed.id_signature  # as printed, no signed value: see there
    # each identifier's table, the first that records it (reversed: the first stays)
    found = reversed(list(_identifiers(ex)))
    ids: dict[str, str] = {sig: table for table, _, text in found if (sig := id_signature(text))}
    for _page, box, _ in pending:
        if id(box) in fates:
            continue
        table = ids.get(id_signature(box.raw))
        parts = [p for p in re.split(r"[\s、,・]+", box.raw) if p]
        if probe is not None:
            probe.missed.update(
                sig for sig in (id_signature(box.raw), *map(id_signature, parts)) if sig not in ids
            )
        if table is None and len(parts) > 1 and all(id_signature(p) in ids for p in parts):
            table = ids[id_signature(parts[0])]  # 11.3 / 17.17: one cell, several targets
        if table is not None:
            fates[id(box)] = ("assigned", table)
    if probe is not None:
        probe.ids.update(ids)


def _read_facts(
    layout: DocumentLayout,
    pending: list[tuple[PageLayout, TextBox, str]],
    fates: dict[int, tuple[str, str]],
    headers: HeaderInterpreter,
) -> dict[int, tuple[bool, bool, bool]]:
    """(difference, not_money, ratio) the header interpreter reads for each open cell."""
    wanted = {id(b) for _, b, _ in pending if id(b) not in fates and b.table is not None}
    if not wanted:
        return {}
    pages = sorted({p.number for p, b, _ in pending if id(b) in wanted})
    out: dict[int, tuple[bool, bool, bool]] = {}
    for number in pages:
        for grid in grids_of(layout.page(number)):
            if not grid_says(grid, headers, _derives):
                continue  # no cell's headers can say difference or not money
            # A cell's facts say difference or not money only through the labels of
            # its column and row stacks (cells above it and left of it), and those
            # flags rest on a label's key alone (see grid_says): a cell with no such
            # label above or left of it is read for nothing.
            deriving = {
                id(c)
                for c in grid.cells
                if c.box is not None and _derives(headers.reading(c.text, c.key))
            }
            for cell in grid.cells:
                if cell.box is None or id(cell.box) not in wanted:
                    continue
                if not any(id(c) in deriving for c in grid.above(cell)) and not any(
                    id(c) in deriving for c in grid.left_of(cell)
                ):
                    continue
                try:
                    facts = read_facts(grid, cell, headers)
                except Exception:  # an odd grid must not cost the document
                    continue
                if facts.difference or facts.not_money:
                    words = "".join(lab.text for lab in facts.labels)
                    ratio = any(w in words for w in _RATIO_WORDS)
                    out[id(cell.box)] = (facts.difference, facts.not_money, ratio)
    return out


def _derives(lab: HeaderLabel) -> bool:
    return lab.difference or lab.not_money


def _match_derived(
    pending: list[tuple[PageLayout, TextBox, str]],
    fates: dict[int, tuple[str, str]],
    facts: dict[int, tuple[bool, bool, bool]],
    *,
    differences_only: bool,
) -> None:
    """Values under 差引/増減, ratios and staff counts: accounted with their reason.

    Differences are claimed before matching (a 差引 ``0`` must not take the row
    of a value ``0``); ratios and staff counts only from what no row took, as
    an indicator named ``…の割合`` is read although its name is a ratio word,
    and only in tables that gave money (a unit sheet's cost table).
    """
    money = {
        (p.number, b.table)
        for p, b, _ in pending
        if fates.get(id(b)) == ("assigned", "budget_lines")
    }
    for page, box, _ in pending:
        found = facts.get(id(box))
        if found is None or id(box) in fates:
            continue
        difference, not_money, ratio = found
        if difference:
            fates[id(box)] = ("accounted", "derived.difference")
        elif not_money and not differences_only and (page.number, box.table) in money:
            fates[id(box)] = ("accounted", "derived.ratio" if ratio else "not_money.staff")
