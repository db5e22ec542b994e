"""The label vocabulary (``vocabulary.toml``) as a typed, pre-compiled object.

Every printed wording the parsers recognise lives in the TOML file next to
the package, so adding a municipality's wording is a line of data. This
module only compiles it: plain labels become normalised keys, ``re:`` labels
become regular expressions, and a box key is matched against either.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from ..normalize.text import compact

_REGEX_PREFIX = "re:"
_MAX_CACHED = 20_000  # keys remembered per label set
# A label may be followed by a note: 事業費（千円）, 実施期間（…）, SDGsのゴール※１つ以上に○.
_NOTE_MARKS = "(（[［【※*＊:："  # what a note starts with
_NOTE = re.compile("^[" + re.escape(_NOTE_MARKS) + "].*", re.S)


def label_prefixes(key: str) -> list[str]:
    """What of ``key`` could be a plain label: the key, and the key cut before each
    note mark in it (a label followed by its note, 事業費 of 事業費（千円）). A label
    ``k`` matches ``key`` exactly when one of these equals it, so a key is looked up
    once per cut instead of tested against every label."""
    return [key, *(key[:i] for i, ch in enumerate(key) if ch in _NOTE_MARKS)]


@dataclass(frozen=True, slots=True)
class LabelSet:
    """One field's labels: exact keys and regular expressions."""

    keys: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    longest_first: tuple[str, ...]
    # key → matches(key): every cell of a form is tested against many label sets
    _hits: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, labels: list[str]) -> LabelSet:
        keys = frozenset(compact(lbl) for lbl in labels if not lbl.startswith(_REGEX_PREFIX))
        patterns = tuple(
            re.compile(lbl[len(_REGEX_PREFIX) :]) for lbl in labels if lbl.startswith(_REGEX_PREFIX)
        )
        return cls(keys, patterns, tuple(sorted(keys, key=len, reverse=True)))

    def matches(self, key: str) -> bool:
        """The box key is this label, or this label followed by a note."""
        hit = self._hits.get(key)
        if hit is None:
            if len(self._hits) >= _MAX_CACHED:
                self._hits.clear()  # a long run's worker: bounded memory
            hit = self._hits[key] = self._matches(key)
        return hit

    def _matches(self, key: str) -> bool:
        keys = self.keys
        return any(k in keys for k in label_prefixes(key)) or self.pattern_matches(key)

    def pattern_matches(self, key: str) -> bool:
        """A ``re:`` label matches the key, whole or followed by a note."""
        for pattern in self.patterns:
            m = pattern.match(key)
            if m and (m.end() == len(key) or _NOTE.match(key[m.end() :])):
                return True
        return False

    def found_in(self, key: str) -> bool:
        """Any label of the set occurs inside ``key``."""
        return any(k in key for k in self.keys) or any(p.search(key) for p in self.patterns)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    documents: dict[str, LabelSet]
    fields: dict[str, LabelSet]
    headers: dict[str, LabelSet]
    choices: dict[str, Any]
    filled_marks: frozenset[str]
    empty_marks: frozenset[str]
    circle_marks: frozenset[str]
    money_units: tuple[tuple[str, int], ...]  # longest name first
    municipality: tuple[re.Pattern[str], ...]
    standalone_municipality: tuple[re.Pattern[str], ...]
    abbreviations: dict[str, str]
    # 総合戦略 table labels (parsers/strategy), by what they name
    strategy: dict[str, LabelSet] = field(default_factory=dict)
    # key → field_of(key): a form asks it of every cell, and again of a label's neighbours
    _field_hits: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)
    # header label key → the header names it is a label of; the names with re: labels
    _header_index: dict[str, frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _patterned_headers: tuple[str, ...] = field(default=(), compare=False, repr=False)
    # key → headers_matching(key)
    _header_hits: dict[str, frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        index: dict[str, set[str]] = {}
        for name, labels in self.headers.items():
            for key in labels.keys:
                index.setdefault(key, set()).add(name)
        self._header_index.update({k: frozenset(v) for k, v in index.items()})
        patterned = tuple(name for name, labels in self.headers.items() if labels.patterns)
        object.__setattr__(self, "_patterned_headers", patterned)

    def headers_matching(self, key: str) -> frozenset[str]:
        """Every header name whose labels match ``key`` (``header(name).matches(key)``
        for all of them at once: a header cell is asked about some thirty names)."""
        hit = self._header_hits.get(key)
        if hit is None:
            if len(self._header_hits) >= _MAX_CACHED:
                self._header_hits.clear()  # a long run's worker: bounded memory
            index = self._header_index
            names = {n for k in label_prefixes(key) for n in index.get(k, ())}
            names.update(n for n in self._patterned_headers if self.headers[n].pattern_matches(key))
            hit = self._header_hits[key] = frozenset(names)
        return hit

    def field_of(self, key: str, fields: tuple[str, ...] | None = None) -> str | None:
        """The first field (in file order) whose labels match ``key``."""
        if fields is not None:
            return self._first_field(key, fields)
        if key not in self._field_hits:
            if len(self._field_hits) >= _MAX_CACHED:
                self._field_hits.clear()  # a long run's worker: bounded memory
            self._field_hits[key] = self._first_field(key, None)
        return self._field_hits[key]

    def _first_field(self, key: str, fields: tuple[str, ...] | None) -> str | None:
        for name, labels in self.fields.items():
            if (fields is None or name in fields) and labels.matches(key):
                return name
        return None

    def header(self, name: str) -> LabelSet:
        return self.headers[name]


def _compile(data: dict[str, Any]) -> Vocabulary:
    marks = data["marks"]
    units = sorted(data["money_units"].items(), key=lambda kv: len(kv[0]), reverse=True)
    return Vocabulary(
        documents={k: LabelSet.of(v) for k, v in data["documents"].items()},
        fields={k: LabelSet.of(v) for k, v in data["fields"].items()},
        headers={k: LabelSet.of(v) for k, v in data["headers"].items()},
        choices=data["choices"],
        filled_marks=frozenset(marks["filled"]),
        empty_marks=frozenset(marks["empty"]),
        circle_marks=frozenset(marks["circle"]),
        money_units=tuple((k, int(v)) for k, v in units),
        municipality=tuple(
            re.compile(p[len(_REGEX_PREFIX) :]) for p in data["municipality"]["patterns"]
        ),
        standalone_municipality=tuple(
            re.compile(p[len(_REGEX_PREFIX) :]) for p in data["municipality"]["standalone"]
        ),
        abbreviations=dict(data["abbreviations"]),
        strategy={k: LabelSet.of(v) for k, v in data.get("strategy", {}).items()},
    )


@cache
def vocabulary() -> Vocabulary:
    """The package's reviewed vocabulary, loaded once per process."""
    text = resources.files("aizu_extract").joinpath("vocabulary.toml").read_text("utf-8")
    return _compile(tomllib.loads(text))
