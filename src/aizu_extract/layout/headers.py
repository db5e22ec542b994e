"""The header interpreter: what a table's headers say about each value cell.

A value cell's meaning is spread over the cells above it (its column stack)
and left of it (its row stack): a year (``R5``, ``令和５年度``, ``5年度``), a
metric (目標/実績/見込/達成率) or a budget basis (予算/決算/見込み), and an item
(the indicator name, the budget row). Both stacks are read the same way, so
a table and its transpose give the same facts. Each header word is looked up
in the vocabulary's ``[headers]`` section; this module holds no wording.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from ..geometry import thawed
from ..normalize.eras import YearContext, may_read_context, parse_year_label
from ..normalize.errors import NormalizationError
from ..normalize.text import is_dash, join_wrapped, normalize_text, ordinal_number
from ..settings import DEFAULT, ReadingSettings
from .kinds import GENERIC_INDICATOR, paired_kind
from .table import Grid, GridCell, text_key
from .values import is_value_text
from .vocabulary import Vocabulary
from .year_heads import ACROSS, DOWN, year_head
from .year_heads import wider as _wider

_METRICS = ("target", "actual", "forecast", "achievement_rate", "baseline")
_BASES = {"expected": "見込み", "settled": "決算", "budget": "予算"}  # 決算見込 is 見込み
PROJECTION_BASIS = _BASES["expected"]  # a money row's plan column (see tables.py)
# A western year printed alone (``2022``): a value's text unless a header row says not.
_BARE_YEAR = re.compile(r"^(?:19|20)\d\d$")
# One number per interpreter, so a grid's memo never serves one reader's answer to
# another (an interpreter's id may be reused once it is gone; its serial is not).
_SERIALS = itertools.count()
_T = TypeVar("_T")
# (years, max_header_chars) → printed text → (vocabulary, reading): see reading().
# Two levels, so that a lookup hashes the text only (an interpreter holds its own
# years' table), not the year context every time.
_READINGS: dict[tuple[YearContext, int], dict[str, tuple[Vocabulary, HeaderLabel]]] = {}
# max_header_chars → printed text → (vocabulary, reading), for the texts whose reading
# no year context enters (eras.may_read_context: most of them). Documents differ in
# their years (the era they print, the file's year), and a document's parser and its
# accounting read with different ones, so the same header text (実績, 事業費(千円)) was
# interpreted once per context: now once per process.
_ANY_YEARS: dict[int, dict[str, tuple[Vocabulary, HeaderLabel]]] = {}
_MAX_READINGS = 20_000  # texts per year context
_MAX_CONTEXTS = 256  # year contexts (a long run's worker: bounded memory)


@dataclass(frozen=True, slots=True)
class HeaderLabel:
    """What one header cell says; any part may be missing."""

    text: str
    year: int | None = None
    year_label: str | None = None
    metric: str | None = None
    basis: str | None = None
    basis_label: str | None = None
    difference: bool = False
    axis: bool = False  # 年度 / 区分: names an axis, says nothing of a value
    unit_column: bool = False
    indicator_kind: str | None = None  # activity / outcome: an indicator-name column
    number_label: bool = False  # No.1: the printed number of an indicator
    number_column: bool = False  # No / 番号: a column of row numbers
    prose: bool = False  # a sentence (概要, 判断理由): names no row or column
    definition: bool = False  # 説明又は計算式: the label of an indicator's definition
    not_money: bool = False
    group: bool = False
    subject_column: bool = False  # 事業名 over a column: whose values a row holds
    final_target: bool = False  # 最終目標: a target unless the other axis says 実績
    money_factor: int | None = None  # a unit note inside the label: 事業費（千円）
    plan: str | None = None  # 令和7年度計画: the plan word printed after a year
    # 2025（目標）: a metric said only in a note after a year, yielding to the other axis's
    noted_metric: bool = False
    # 目標値 over 実績値 in one label cell: the metric of each line of the cells beside it
    stacked: tuple[str, ...] = ()

    @property
    def is_item(self) -> bool:
        """Plain text naming a row or column: not a year, metric, basis or axis."""
        return not (
            self.year is not None
            or self.year_label
            or self.metric
            or self.basis
            or self.difference
            or self.axis
            or self.unit_column
            or self.group
            or self.number_label
            or self.number_column
            or self.prose
            or self.definition
            or self.stacked
        )


_LAST_BRACKET = re.compile(r"[(（]([^()（）]*)[)）]$")
_CLOSING = (")", "）")  # what _LAST_BRACKET's match ends with


def _strip_note(key: str) -> tuple[str, str]:
    """``事業費(千円)`` → (``事業費``, ``千円``); the note is the last bracket."""
    if not key.endswith(_CLOSING):  # most keys: no search of the whole key
        return key, ""
    m = _LAST_BRACKET.search(key)
    if not m:
        return key, ""
    return key[: m.start()], m.group(1)


_YEAR_TOKENS = (
    re.compile(r"^.*?(年度末|年度|年末|年)"),
    re.compile(r"^(?:令和|平成|昭和|[RHS])\.?(?:元|\d{1,2})"),
    re.compile(r"^(?:19|20)\d\d"),
)


# A full year as printed: 令和2年度, R5年度, 2023年度, R元年度末値, H30年値, R5(2023).
_YEAR_TOKEN = re.compile(
    r"(?:令和|平成|昭和|[RHS])\.?(?:元|\d{1,2})(?:年度末値?|年度値?|年末|年値?)?"
    r"(?:\((?:19|20)\d\d\)(?:年度|年)?)?"
    r"|(?:19|20)\d\d(?:年度末値?|年度値?|年値?)"
)
# A year printed without its era after a metric word (現状値（3年度）): read with the
# document's era; only its place in the label is taken from here.
_ERALESS_TOKEN = re.compile(r"(?<![\d.])(?:元|\d{1,2})(?:年度末値?|年度値?)")


def _after_year(key: str) -> str:
    """What a header says besides its year: ``R4決算`` → ``決算``, ``5年度見込`` → ``見込``."""
    for token in _YEAR_TOKENS:
        m = token.match(key)
        if m:
            return key[m.end() :]
    return key


def _closed_after_year(rest: str) -> str:
    """``決算)`` of ``財源内訳（令和6年度決算）``: the bracket opened before the year
    closes after the word, and is none of it (a bare ``)`` is left as it was)."""
    if rest.endswith(_CLOSING) and "(" not in rest and "（" not in rest:
        return rest.rstrip("".join(_CLOSING)) or rest
    return rest


def _year_line(text: str, years: YearContext, key: str) -> str:
    """The line of a header cell that names its year (``R５年度`` of ``R５年度 / 実 績``).

    Asked only of a text whose ``key`` (its compact form) names a year or an era-less
    one: a line that is the whole key answers without being read again."""
    lines = [normalize_text(line) for line in text.splitlines() if line.strip()]
    for line in lines:
        if line == key:
            return line
        try:
            parse_year_label(line, years)
            return line
        except NormalizationError as err:
            if err.code == "era.no_era":
                return line
    return normalize_text(text.replace("\n", ""))


def _remember(table: dict[str, _T], text: str, value: _T) -> None:
    if len(table) >= _MAX_READINGS:
        table.clear()  # a long run's worker: bounded memory
    table[text] = value


class HeaderInterpreter:
    """Reads header cells through the vocabulary, with the document's year context."""

    def __init__(
        self,
        vocab: Vocabulary,
        years: YearContext,
        settings: ReadingSettings = DEFAULT.reading,
    ) -> None:
        self.vocab = vocab
        self.settings = settings
        self.max_header_chars = settings.max_header_chars
        self.years = years
        self.serial = next(_SERIALS)
        if len(_READINGS) >= _MAX_CONTEXTS:
            _READINGS.clear()
        self._readings = _READINGS.setdefault((years, self.max_header_chars), {})
        self._any_years = _ANY_YEARS.setdefault(self.max_header_chars, {})
        self._cache: dict[str, HeaderLabel] = {}
        # The same printed text is asked for again and again (every value cell of a
        # table reads its row's and column's labels): by text before the key is made.
        self._by_text: dict[str, HeaderLabel] = {}

    def label(self, text: str) -> HeaderLabel:
        hit = self._by_text.get(text)
        if hit is None:
            key = text_key(text)
            hit = self._cache.get(key)
            if hit is None:
                hit = self._cache[key] = self.reading(text, key)
            self._by_text[text] = hit
        return hit

    def reading(self, text: str, key: str | None = None) -> HeaderLabel:
        """The reading of exactly this printed text, leaving this interpreter's own
        choices alone (``label`` answers a key with its first text's reading).

        Shared by every interpreter of the process that reads with the same
        vocabulary, years and limit: each document's parser and its accounting
        read the same headers, and so do the documents of one template."""
        readings = self._readings
        hit = readings.get(text)
        if hit is None or hit[0] is not self.vocab:
            hit = self._any_years.get(text)
            if hit is None or hit[0] is not self.vocab:
                key = text_key(text) if key is None else key
                hit = (self.vocab, self._interpret(text, key))
                if not may_read_context(text):
                    _remember(self._any_years, text, hit)
            _remember(readings, text, hit)
        return hit[1]

    def _has(self, name: str, key: str) -> bool:
        return self.vocab.header(name).found_in(key)

    def _interpret(self, text: str, key: str) -> HeaderLabel:
        if len(key) > self.max_header_chars:  # prose: never a header nor a row's item
            return HeaderLabel(text=text, prose=True)
        stacked = self._line_metrics(text)
        if stacked:
            return HeaderLabel(text=text, stacked=stacked)
        head, note = _strip_note(key)
        factor = self.money_factor(note) if note else None
        fields: dict[str, object] = {"text": text, "money_factor": factor}
        # A year, then what is left of the label says the metric or basis.
        rest = key
        try:
            # 2025（目標）: a western year printed alone but for its note
            year = parse_year_label(head if note and _BARE_YEAR.match(head) else key, self.years)
        except NormalizationError as err:
            if err.code == "era.no_era":
                fields["year_label"] = _year_line(text, self.years, key)
            year = None
        before = ""
        if year is not None:
            fields["year"] = year.year
            fields["year_label"] = _year_line(text, self.years, key)
            rest = _closed_after_year(_after_year(key))
            # 基準値（令和\n2年度）: the metric before the year, the year over two lines
            token = _YEAR_TOKEN.search(key)
            if token is not None and token.start() > 0:
                before = key[: token.start()].rstrip("(（[［")
                fields["year_label"] = token.group()  # the year of 目標値（令和7年度）
            elif token is None and (bare := _ERALESS_TOKEN.search(key)) and bare.start() > 0:
                before = key[: bare.start()].rstrip("(（[［")
                if before:
                    fields["year_label"] = bare.group()  # 現状値（3年度）
        rest_head, rest_note = _strip_note(rest)
        # 予算(案): the whole printed basis; 決算(千円): the word without its unit note;
        # 令和7年度(予算) / 2024年度(見込): the word in the brackets, never the brackets
        if rest_head and rest_note and self.money_factor(f"({rest_note})") is None:
            words = [w for w in (rest, rest_head, rest_note) if w]
        else:
            words = [w for w in (rest_head, rest_note, rest) if w]
        if before:
            words.append(before)
        # 活動指標:目標: a column pairing an indicator's kind with a metric
        pair = paired_kind(self.vocab, text)
        if pair is not None:
            words.append(pair.rest)
        # The header names each key is a label of, asked of the vocabulary once per key.
        names_of = self.vocab.headers_matching
        for word in words:
            # (a word's head before its note names nothing more: every cut of the
            # head before a note mark is one of the word's, see label_prefixes)
            in_word = names_of(word)
            if year is None and not in_word:
                continue  # no metric nor basis: without a year only the names could say one
            for metric in _METRICS:
                if "metric" not in fields and (
                    metric in in_word or (year is not None and self._has(metric, word))
                ):
                    fields["metric"] = metric
            if "plan" not in fields and year is not None and self._has("plan", word):
                fields["plan"] = word
            for name, basis in _BASES.items():
                if "basis" not in fields and (
                    name in in_word or (year is not None and self._has(name, word))
                ):
                    fields["basis"] = basis
                    fields["basis_label"] = word
        if year is not None and "metric" in fields and rest_note and not rest_head:
            fields["noted_metric"] = True  # 令和7年度（目標）, 2025（目標）
        if fields.get("metric") == "forecast" and "basis" not in fields:
            fields["basis"], fields["basis_label"] = "見込み", rest_head or rest_note or rest
        if "basis" in fields and fields.get("metric") is None and self._has("forecast", key):
            fields["metric"] = "forecast"
        in_key, in_head = names_of(key), names_of(head)
        fields["difference"] = "difference" in in_head or "difference" in in_key
        fields["axis"] = "axis" in in_key
        if year is None and "year_label" not in fields and "final_target" in in_key:
            fields["year_label"] = normalize_text(text.replace("\n", ""))  # 最終目標: no year
            fields["metric"] = "target"
            fields["final_target"] = True
        fields["number_column"] = "number_column" in in_key
        fields["unit_column"] = "unit_column" in in_key
        if fields["unit_column"] and key != text_key("単位"):
            note_factor = self.money_factor(key)
            if note_factor is not None:  # 単位：千円 is the table's unit note, not a column
                fields["unit_column"], fields["money_factor"] = False, note_factor
        fields["group"] = "group" in in_key
        fields["subject_column"] = "subject_column" in in_key
        fields["number_label"] = "number_label" in in_key
        fields["definition"] = "definition" in in_key
        fields["not_money"] = self._has("not_money", key)
        if "indicator_activity" in in_head or "indicator_activity" in in_key:
            fields["indicator_kind"] = "activity"
        elif "indicator_outcome" in in_head or "indicator_outcome" in in_key:
            fields["indicator_kind"] = "outcome"
        elif "indicator_name" in in_head or "indicator_name" in in_key:
            fields["indicator_kind"] = GENERIC_INDICATOR
        elif pair is not None:  # 活動指標②:目標: the kind before its ordinal
            fields["indicator_kind"] = pair.kind
        return HeaderLabel(**fields)  # type: ignore[arg-type]

    def _line_metrics(self, text: str) -> tuple[str, ...]:
        """The metric of each line of a label printing one metric word per line
        (``目標値`` over ``実績値``); () unless every line is a distinct bare metric."""
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) < 2:  # one line is a plain label
            return ()
        metrics = []
        for line in lines:
            lab = self.label(line)
            if lab.metric is None or lab.year is not None or lab.year_label or lab.basis:
                return ()
            metrics.append(lab.metric)
        return tuple(metrics) if len(set(metrics)) == len(metrics) else ()

    def basis_in(self, text: str) -> tuple[str, str] | None:
        """A budget basis word anywhere in a caption: (basis, printed word)."""
        key = text_key(text)
        if len(key) > self.max_header_chars:
            return None
        for name in ("expected", "settled", "budget"):  # 決算見込 before 決算
            labels = self.vocab.header(name)
            for word in labels.longest_first:
                if word in key:
                    return _BASES[name], word
        return None

    def money_factor(self, text: str) -> int | None:
        """The factor to yen of a unit note (``単位：千円``, ``千円``, ``(円)``)."""
        return self.vocab.money_factor(text)


def _per_cell(
    read: Callable[[Grid, GridCell, HeaderInterpreter], _T],
) -> Callable[[Grid, GridCell, HeaderInterpreter], _T]:
    """``read`` remembered per grid, cell and interpreter: every value cell of a row
    asks the same questions of the same label cells (the column header over the
    row's label, whether it spans a group …). The cell is kept with the answer and
    checked by identity, so a cell from elsewhere never gets another's answer."""

    @functools.wraps(read)
    def remembered(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> _T:
        key = (read, headers.serial, id(cell))
        hit = grid.memo.get(key)
        if hit is None or hit[0] is not cell:
            hit = grid.memo[key] = (cell, read(grid, cell, headers))
        return hit[1]

    return remembered


@dataclass(frozen=True, slots=True)
class CellFacts:
    """Everything the headers say about one value cell."""

    cell: GridCell
    year: int | None
    year_label: str | None
    metric: str | None
    basis: str | None
    basis_label: str | None
    item: GridCell | None  # the label naming the row (or column, transposed)
    item_header: HeaderLabel | None  # the header over the item's column
    unit: GridCell | None  # a 単位 column's cell on the same row
    difference: bool
    not_money: bool
    money_factor: int | None
    indicator_kind: str | None
    labels: tuple[HeaderLabel, ...]
    number: int | None = None  # the indicator's printed number (No.1) in a block title
    definition: str | None = None  # 説明又は計算式 printed in the block title
    subject: GridCell | None = None  # the row's cell in a 事業名 column (成果の推移)


_CellFactsSlots = thawed(CellFacts)


def new_cell_facts(
    cell: GridCell,
    year: int | None,
    year_label: str | None,
    metric: str | None,
    basis: str | None,
    basis_label: str | None,
    item: GridCell | None,
    item_header: HeaderLabel | None,
    unit: GridCell | None,
    difference: bool,
    not_money: bool,
    money_factor: int | None,
    indicator_kind: str | None,
    labels: tuple[HeaderLabel, ...],
    number: int | None,
    definition: str | None,
    subject: GridCell | None,
) -> CellFacts:
    """``CellFacts(...)`` with every field, positionally, for :func:`read_facts`
    (every value cell of every grid; geometry.thawed: a tenth of the
    constructor's cost for seventeen fields)."""
    f = object.__new__(_CellFactsSlots)
    f.cell = cell
    f.year = year
    f.year_label = year_label
    f.metric = metric
    f.basis = basis
    f.basis_label = basis_label
    f.item = item
    f.item_header = item_header
    f.unit = unit
    f.difference = difference
    f.not_money = not_money
    f.money_factor = money_factor
    f.indicator_kind = indicator_kind
    f.labels = labels
    f.number = number
    f.definition = definition
    f.subject = subject
    f.__class__ = CellFacts
    return f  # type: ignore[no-any-return]


def _column_stack(
    cells: list[GridCell],
    headers: HeaderInterpreter,
    under: GridCell | None = None,
    grid: Grid | None = None,
) -> list[GridCell]:
    """The header run above a cell, nearest first.

    Values of the same block (the rows above) are passed over, and so are the
    rows of text printed across the block before any header (説明又は計算式 |
    参加人数 under an earlier indicator of a table with one year row); the header
    labels after them are collected; the first plain label (a title over the
    headers, or a transposed item) ends the run, and so does a value or a
    blank after the headers: what lies above belongs to another part of the form.
    With ``grid``, the text of a definition row over the headers (right of 指標の説明)
    ends the run too: it is the block title's, read by :func:`_block_title`, never a
    header (a description naming 令和2年度 is no year).
    """
    out: list[GridCell] = []
    across = False  # a row across the block passed over, no value of ours above it yet
    for c in cells:
        if c.box is None or (
            is_value_text(c.text) and (grid is None or year_head(grid, c, headers) != ACROSS)
        ):
            if out:
                break
            if c.box is not None:
                across = False  # an earlier block's value: still inside one table
            continue
        if not out and under is not None and _wider(c, under):
            lab = headers.label(c.text)
            if lab.prose or (lab.is_item and not lab.indicator_kind):
                across = True
                continue
        if across:  # the wide row ends the table after all: read it the plain way
            return _column_stack(cells, headers, grid=grid)
        if out and grid is not None and _title_value(grid, c, headers):
            break
        out.append(c)
        if not _is_header_like(headers.label(c.text)):
            break
    return out


def _title_value(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> bool:
    """``cell`` is the text of a definition row over a block's headers (指標の説明 |
    …, the label first on its row but for bands spanning the block's rows, such as
    its No): the block title's, not a header. A definition caption among a header
    row's captions (指標名 | 説明又は計算式 | R5) is no such row."""
    printed = [c for c in grid.left_of(cell) if c.box is not None]
    if not printed or printed[0].row != cell.row:
        return False
    if any(c.row_span == 1 for c in printed[1:]):
        return False
    return headers.label(printed[0].text).definition


def _row_stack(
    grid: Grid, cells: list[GridCell], headers: HeaderInterpreter
) -> list[GridCell] | None:
    """The label run left of a cell, nearest first; None when the row has no label.

    Values left of the cell are sibling values of the same block and are
    passed over, and so are blanks in value columns. A blank in a label
    column (headed 区分/単位/指標名, or not headed at all) means the row names
    nothing (an empty row of a form). A value after the labels is another
    block's, and ends the run.
    """
    out: list[GridCell] = []
    for c in cells:
        if c.box is None:
            if not out and _is_label_column(grid, c, headers):
                return None
            continue
        if is_value_text(c.text) and year_head(grid, c, headers) != DOWN:
            if out:
                break
            continue
        out.append(c)
    return out


@_per_cell
def _is_label_column(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> bool:
    """True when a (blank) cell's column holds row labels, not values.

    A value column prints a value somewhere, or is headed by a year, metric,
    basis or 差引 (a column of a year not reported yet is all blanks).
    """
    for row in range(grid.n_rows):
        other = grid.at(row, cell.col)
        if other is not None and other.box is not None and is_value_text(other.text):
            return False
    for c in _column_stack(grid.above(cell), headers):
        lab = headers.label(c.text)
        if lab.year is not None or lab.year_label or lab.metric or lab.basis or lab.difference:
            return False
    return True


def grid_says(grid: Grid, headers: HeaderInterpreter, says: Callable[[HeaderLabel], bool]) -> bool:
    """Some printed cell of ``grid`` reads as ``says`` (a year, 差引 …), by each text's
    own reading (HeaderInterpreter.reading: the interpreter's first readings stay
    as they were). A cell's facts come from labels of its own grid only, so a grid
    that says nothing of the kind gives no cell with it: a reader may skip it.
    Only for what a label's key alone decides (its year, flags), not its text."""
    return any(says(headers.reading(c.text, c.key)) for c in grid.cells if c.box is not None)


@_per_cell
def read_facts(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> CellFacts:
    """Interpret the column and row stacks of one value cell.

    Remembered per grid, cell and interpreter: a unit's reader and a table read
    again for another unit of the same sheet ask for the same cells' facts (a
    fifth of the calls on the samples), and every label the answer rests on is
    already fixed in the interpreter's memo by the first reading."""
    col_stack = _column_stack(grid.above(cell), headers, cell, grid)
    row_labels = _row_stack(grid, grid.left_of(cell), headers)
    blank_row = row_labels is None  # the row's label column is printed blank
    row_stack = row_labels or []
    year = year_label = metric = basis = basis_label = None
    difference = not_money = False
    factor: int | None = None
    kind: str | None = None
    labels: list[HeaderLabel] = []
    by_final = False  # the metric so far is only 最終目標's (or a year note's) target
    based = False  # a year noted as the base (令和2年度（基準）): its 実績 is the baseline
    item: GridCell | None = None
    item_header: HeaderLabel | None = None
    unit: GridCell | None = None
    subject: GridCell | None = None
    row_basis: GridCell | None = None  # a row label that is a basis (決算額), no year
    row_year = False  # a row label names a year: years run down, the item is a column's
    col_basis: GridCell | None = None  # a column header that is a basis (当初予算額), no year
    for stack, is_row in ((col_stack, False), (row_stack, True)):
        for c in stack:
            if c.box is None:
                continue
            lab = headers.label(c.text)
            labels.append(lab)
            if lab.year is not None and year is None:
                year = lab.year
            if lab.year_label and year_label is None:
                year_label = lab.year_label
            weak = lab.final_target or lab.noted_metric  # the other axis's metric wins
            based = based or (lab.noted_metric and lab.metric == "baseline")
            if lab.metric and (metric is None or (by_final and not weak)):
                metric, by_final = lab.metric, weak
            elif lab.stacked and by_final:  # 目標値 over 実績値: each line its own metric
                metric, by_final = None, False
            if basis is None and lab.basis:
                basis, basis_label = lab.basis, lab.basis_label
            difference = difference or lab.difference
            not_money = not_money or lab.not_money
            factor = factor or lab.money_factor
            kind = _stronger_kind(kind, lab.indicator_kind)
            if is_row and (lab.year is not None or lab.year_label):
                row_year = True
            elif is_row and lab.basis:
                row_basis = row_basis or c
            elif not is_row and lab.basis and lab.year is None and not lab.year_label:
                col_basis = col_basis or c
            if is_row and lab.is_item and subject is None and _under_subject(grid, c, headers):
                subject = c
                continue
            if (
                is_row
                and lab.is_item
                and not lab.indicator_kind
                and not _spans_group(grid, c, headers)
            ):
                over = _column_header(grid, c, headers)
                if over is not None and over.unit_column:
                    if unit is None:
                        unit = c
                    continue
                if item is None:
                    item, item_header = c, over
                    kind = _stronger_kind(kind, over.indicator_kind if over else None)
    if unit is None and item is not None:  # a 単位 printed － is passed over as a value
        unit = next(
            (
                c
                for c in grid.left_of(cell)
                if c.box is not None
                and is_dash(normalize_text(c.text))
                and (over := _column_header(grid, c, headers)) is not None
                and over.unit_column
            ),
            None,
        )
    if based and metric == "actual":
        metric = "baseline"  # the value measured in the base year is the 基準値
    if year is None and metric == "achievement_rate" and col_stack:
        # 達成度 printed after H30目標 | H30実績: the rate of that year
        year = _year_on_the_left(grid, col_stack[0], headers)
        if year is not None and year_label is None:
            year_label = normalize_text(col_stack[0].text.replace("\n", ""))
    number: int | None = _row_number(grid, cell, headers) if item is not None else None
    definition: str | None = _definition_below(grid, item, headers) if item is not None else None
    if item is None and row_basis is not None and not row_year:
        item = row_basis  # 事業費 | 決算額 | …: the row is named by its basis, years across
    if item is None and col_stack and not blank_row:
        title = _block_title(grid, col_stack, headers)
        if title is not None:  # form rows 指標 | NAME | 単位 | UNIT over the headers
            item, unit = title.name, title.unit or unit
            kind, number = _stronger_kind(kind, title.kind), title.number
            if title.definition is not None and title.definition.box is not None:
                definition = join_wrapped(title.definition.lines)
        else:  # transposed: the item names the column, just over its headers
            item, column_unit, column_kind = _column_item(grid, col_stack, headers)
            unit = unit or column_unit
            kind = _stronger_kind(kind, column_kind)
    if item is None and col_basis is not None and row_year:
        # years down, 当初予算額 | 補正予算額 | 決算額 across and no item over them: each
        # column is named by its basis (the transpose of the basis rows; two 予算 columns
        # need items of their own)
        item = col_basis
    return new_cell_facts(
        cell,
        year,
        year_label,
        metric,
        basis,
        basis_label,
        item,
        item_header,
        unit,
        difference,
        not_money,
        factor,
        kind,
        tuple(labels),
        number,
        definition,
        subject,
    )


@_per_cell
def _definition_below(grid: Grid, item: GridCell, headers: HeaderInterpreter) -> str | None:
    """説明又は計算式 printed as a row under an indicator's rows, in its name's column:
    the text right of that label."""
    for c in grid.below(item):
        if c.box is None:
            continue
        lab = headers.label(c.text)
        if lab.definition:
            value = next(iter(grid.right_of(c)), None)
            return join_wrapped(value.lines) if value is not None and value.box else None
        if lab.is_item:
            return None  # the next indicator's name, or another row of the form
    return None


@_per_cell
def _year_on_the_left(grid: Grid, header: GridCell, headers: HeaderInterpreter) -> int | None:
    """The year of the header cell just left of ``header`` on its row, if it has one."""
    for c in grid.left_of(header):
        if c.box is not None:
            return headers.label(c.text).year
    return None


def _row_number(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> int | None:
    """The integer or circled numeral (``①``) in a No / 番号 column on the cell's row."""
    for c in grid.left_of(cell):
        n = ordinal_number(c.key) if c.box is not None else None
        if n is not None and _in_number_column(grid, c, headers):
            return n
    return None


@_per_cell
def _in_number_column(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> bool:
    """The first label over ``cell`` (past the numbers, ``①`` too) heads a No / 番号 column."""
    labels = (h for h in grid.above(cell) if h.box is not None and ordinal_number(h.key) is None)
    over = next((h for h in labels if not is_value_text(h.text)), None)
    return over is not None and headers.label(over.text).number_column


def _stronger_kind(current: str | None, new: str | None) -> str | None:
    """activity / outcome said anywhere beats a generic 指標名 column."""
    if current is None or current == GENERIC_INDICATOR:
        return new or current
    return current


def _is_axis_header(lab: HeaderLabel) -> bool:
    """A header of a value axis: a year, a metric or basis, 差引, or 年度/区分."""
    return bool(
        lab.year is not None
        or lab.year_label
        or lab.metric
        or lab.basis
        or lab.difference
        or lab.axis
    )


def _is_header_like(lab: HeaderLabel) -> bool:
    return not lab.is_item or lab.indicator_kind is not None or lab.money_factor is not None


@_per_cell
def _names_group(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> bool:
    """A group header printing an indicator's kind, a colon (or line break) and its
    name (``活動指標②：講座の開催回数（回）`` over 目標値 | 実績値), not a metric (活動指標：
    目標); a caption row alone across the table is tables.py's (_kind_captions)."""
    lab = headers.label(cell.text)
    pair = paired_kind(headers.vocab, lab.text) if lab.indicator_kind and lab.is_item else None
    if pair is None or lab.money_factor is not None or len(grid.row_cells(cell.row)) < 2:
        return False
    rest = headers.label(pair.rest)
    return rest.is_item and rest.indicator_kind is None


def _column_item(
    grid: Grid, col_stack: list[GridCell], headers: HeaderInterpreter
) -> tuple[GridCell | None, GridCell | None, str | None]:
    """The item naming a transposed column, its unit and kind: (item, unit, kind).

    The first plain label directly over the column's header run names it — unless
    its row is headed 単位 (a transposed 単位 row): then it is the unit, and the
    item is the next label up (the 成果指標 row, whose header gives the kind). A
    group header printing the kind before the name (``成果指標①：NAME`` over 目標値 |
    実績値) names it too.
    """
    for c in col_stack:
        lab = headers.label(c.text)
        if _is_header_like(lab) and not _names_group(grid, c, headers):
            continue
        over = _row_header(grid, c, headers)
        if over is None or not over.unit_column:
            return c, None, over.indicator_kind if over else None
        above = next((a for a in grid.above(c) if a.box is not None), None)
        if above is None or is_value_text(above.text) or _is_header_like(headers.label(above.text)):
            return c, None, None
        name_header = _row_header(grid, above, headers)
        return above, c, name_header.indicator_kind if name_header else None
    return None, None, None


@_per_cell
def _row_header(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> HeaderLabel | None:
    """The label heading a transposed row (指標名, 単位 printed left of its cells),
    past the row's other items."""
    for c in grid.left_of(cell):
        if c.box is None or is_value_text(c.text):
            continue
        lab = headers.label(c.text)
        if lab.unit_column or lab.indicator_kind:
            return lab
    return None


@dataclass(frozen=True, slots=True, eq=False)
class BlockTitle:
    """An indicator named by form rows over its table (``No.1 | NAME``, ``単位 | 人``)."""

    name: GridCell | None  # None: the name cell is printed blank
    unit: GridCell | None
    kind: str | None
    number: int | None
    definition: GridCell | None = None


_DIGITS = re.compile(r"\d+")
# A cell spanning more rows than this beside a block's title rows is a group band.
_TITLE_SPAN_MAX = 2


def _block_title(
    grid: Grid, col_stack: list[GridCell], headers: HeaderInterpreter
) -> BlockTitle | None:
    """Form rows just over a block's column headers that name its indicator.

    Walks up from the header run, reading rows of ``label | value`` pairs: an
    indicator label (指標名, 細事業事業量) or a number label (No.1) gives the name,
    単位 gives the unit. Stops at the first row that is not such a pair row.
    A name cell printed blank names nothing (an unfilled 事業量 block).
    """
    header_rows = [c for c in col_stack if _is_axis_header(headers.label(c.text))]
    if not header_rows:
        return None
    row = min(c.row for c in header_rows) - 1
    name: GridCell | None = None
    unit: GridCell | None = None
    kind: str | None = None
    number: int | None = None
    definition: GridCell | None = None
    named = False
    while row >= 0:
        # A label spanning the block's rows (a vertical 指標 band) is not a title cell.
        cells = [
            c
            for c in grid.row_cells(row)
            if (c.last_row == row or c.row == row) and c.row_span <= _TITLE_SPAN_MAX
        ]
        found = False
        for i, c in enumerate(cells):
            if c.box is None:
                continue
            lab = headers.label(c.text)
            nxt = cells[i + 1] if i + 1 < len(cells) else None
            value = nxt if nxt is not None and nxt.box is not None else None
            is_key = bool(lab.indicator_kind or lab.number_label or lab.unit_column)
            if is_key and value is not None and _is_header_like(headers.label(value.text)):
                return None  # a header row of a table, not a form row
            if (lab.indicator_kind or lab.number_label) and not named:
                # 成果指標①：NAME last on its row: the label is the name itself
                own = value is None and _names_group(grid, c, headers)
                named, found, name = True, True, c if own else value
                kind = lab.indicator_kind if lab.indicator_kind != GENERIC_INDICATOR else None
                if lab.number_label:
                    digits = _DIGITS.search(normalize_text(c.text))
                    number = int(digits.group()) if digits else None
            elif lab.unit_column and unit is None:
                found, unit = True, value
            elif lab.definition and definition is None:
                found, definition = True, value
        if not found:
            if not named:
                return _captioned_title(grid, row, headers)
            break
        row -= 1
    if not named:
        return None
    return BlockTitle(name, unit, kind, number, definition)


def caption_rows(grid: Grid, headers: HeaderInterpreter) -> int:
    """1 when the grid's first row is a caption row over a row of an indicator's
    name, unit and definition (``指標名 | 単位 | 説明又は計算式``), else 0."""
    return 1 if grid.n_rows > 1 and _captioned_title(grid, 1, headers) is not None else 0


def _captioned_title(grid: Grid, row: int, headers: HeaderInterpreter) -> BlockTitle | None:
    """An indicator named by a row of values under a row of captions over its
    table (``指標名 | 単位 | 説明又は計算式`` over ``NAME | 人 | …``); its number is
    the integer printed left of the name (a No cell spanning the block)."""
    if row < 1:
        return None
    name = unit = definition = None
    kind: str | None = None
    for caption in grid.row_cells(row - 1):
        if caption.box is None or caption.last_row != row - 1:
            continue
        lab = headers.label(caption.text)
        value = grid.at(row, caption.col)
        if value is None or value.row != row or value.box is None:
            continue
        if lab.indicator_kind and name is None:
            name = value
            kind = lab.indicator_kind if lab.indicator_kind != GENERIC_INDICATOR else None
        elif lab.unit_column and unit is None:
            unit = value
        elif lab.definition and definition is None:
            definition = value
        elif not lab.is_item or _is_header_like(headers.label(value.text)):
            return None  # a header row over another header row: not captions
    if name is None:
        return None
    number = next((int(c.key) for c in grid.left_of(name) if c.box and c.key.isdigit()), None)
    return BlockTitle(name, unit, kind, number, definition)


@_per_cell
def _spans_group(grid: Grid, label: GridCell, headers: HeaderInterpreter) -> bool:
    """A label printed beside several rows that have labels of their own (事業実績
    beside 細事業費 / 増減説明 / 事業量, 財務内容 beside 令和7年度(予算) / 令和8年度(見込み))
    names a group, not the row's item. An indicator name beside its 目標/実績/達成率
    rows is still the item; so is 事業費 beside 予算 / 決算 rows, but not beside
    当初予算額 / 補正予算額 / 決算額: rows of one basis twice are named by their own labels.
    Cells under a 単位 header are the rows' units (``回`` over 目標/実績, ``％`` beside
    達成率), never labels of their own."""
    if label.row_span == 1 or label.last_col + 1 >= grid.n_cols:
        return False
    items = set()
    bases: dict[str, list[int]] = {}
    for row in range(label.row, label.last_row + 1):
        c = grid.at(row, label.last_col + 1)
        if c is None or c.box is None or is_value_text(c.text):
            continue
        over = _column_header(grid, c, headers)
        if over is not None and over.unit_column:
            continue
        lab = headers.label(c.text)
        if lab.is_item or lab.year is not None:
            items.add(id(c))
        elif lab.basis and not lab.year_label:
            bases.setdefault(lab.basis, []).append(id(c))
    if any(len(set(ids)) > 1 for ids in bases.values()):
        items.update(i for ids in bases.values() for i in ids)
    return len(items) > 1


@_per_cell
def _under_subject(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> bool:
    """A row label in a column headed 事業名 on a header row (事業名 | 項目 | R6 …):
    the business unit the row's values belong to, not their item."""
    for c in grid.above(cell):
        if c.box is None or is_value_text(c.text):
            continue
        lab = headers.label(c.text)
        if lab.is_item and not lab.subject_column:
            continue  # another unit's name higher up the column
        if not lab.subject_column:
            return False
        return any(
            _is_axis_header(headers.label(o.text)) for o in grid.right_of(c) if o.box is not None
        )
    return False


@_per_cell
def _column_header(grid: Grid, cell: GridCell, headers: HeaderInterpreter) -> HeaderLabel | None:
    """The nearest labelled header above a row-label cell (its column's title)."""
    for c in grid.above(cell):
        if c.box is None or is_dash(normalize_text(c.text)):  # a unit printed as －
            continue
        if is_value_text(c.text):
            return None
        lab = headers.label(c.text)
        if lab.unit_column or lab.indicator_kind or lab.axis or lab.group:
            return lab
        if lab.year is not None or lab.metric or lab.basis:
            return None
    return None
