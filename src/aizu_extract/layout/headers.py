"""The header interpreter: what one header cell's text says.

A header label may name a year (``R5``, ``令和５年度``, ``5年度``), a metric
(目標/実績/見込/達成率) or a budget basis (予算/決算/見込み), or name a row or
column (an item: the indicator name, the budget row), or an axis (年度/区分).
Each header word is looked up in the vocabulary's ``[headers]`` section; this
module holds no wording. Readings are remembered per process: the same header
texts recur in every document of a template. Which cells' labels make up a
value cell's facts is cell_facts.py's.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import TypeVar

from ..normalize.eras import YearContext, may_read_context, parse_year_label
from ..normalize.errors import NormalizationError
from ..normalize.text import normalize_text
from ..settings import DEFAULT, ReadingSettings
from .kinds import GENERIC_INDICATOR, paired_kind
from .table import text_key
from .vocabulary import Vocabulary

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
