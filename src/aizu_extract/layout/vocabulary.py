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
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ..normalize.text import compact

_REGEX_PREFIX = "re:"
_MAX_CACHED = 20_000  # keys remembered per label set
# A label may be followed by a note: 事業費（千円）, 実施期間（…）, SDGsのゴール※１つ以上に○.
_NOTE_MARKS = "(（[［【※*＊:："  # what a note starts with
_NOTE = re.compile("^[" + re.escape(_NOTE_MARKS) + "].*", re.S)
_NOTE_MARK = re.compile("[" + re.escape(_NOTE_MARKS) + "]")


@lru_cache(maxsize=_MAX_CACHED)
def label_prefixes(key: str) -> tuple[str, ...]:
    """What of ``key`` could be a plain label: the key, and the key cut before each
    note mark in it (a label followed by its note, 事業費 of 事業費（千円）). A label
    ``k`` matches ``key`` exactly when one of these equals it, so a key is looked up
    once per cut instead of tested against every label."""
    return (key, *(key[: m.start()] for m in _NOTE_MARK.finditer(key)))


@dataclass(frozen=True, slots=True, eq=False)
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
        return not self.keys.isdisjoint(label_prefixes(key)) or self.pattern_matches(key)

    def pattern_matches(self, key: str) -> bool:
        """A ``re:`` label matches the key, whole or followed by a note."""
        for pattern in self.patterns:
            m = pattern.match(key)
            if m and (m.end() == len(key) or _NOTE.match(key[m.end() :])):
                return True
        return False

    def found_in(self, key: str) -> bool:
        """Any label of the set occurs inside ``key``."""
        # map: the labels are tried in C, not one generator step each (a header text
        # is asked about several sets the first time it is read)
        return any(map(key.__contains__, self.keys)) or any(p.search(key) for p in self.patterns)


@dataclass(frozen=True, slots=True, eq=False)
class LabelIndex:
    """Which of several named label sets match a key, answered for all at once: a
    header cell is asked about some thirty header names, a form cell about every
    field. One lookup per cut of the key (label_prefixes) in an index of every
    plain label, and the ``re:`` labels of the sets that have them."""

    sets: dict[str, LabelSet]
    _names_by_label: dict[str, frozenset[str]]
    _patterned: tuple[str, ...]
    _hits: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, sets: dict[str, LabelSet]) -> LabelIndex:
        names: dict[str, set[str]] = {}
        for name, labels in sets.items():
            for key in labels.keys:
                names.setdefault(key, set()).add(name)
        patterned = tuple(name for name, labels in sets.items() if labels.patterns)
        return cls(sets, {k: frozenset(v) for k, v in names.items()}, patterned)

    def matching(self, key: str) -> frozenset[str]:
        """The names whose label set matches ``key`` (``sets[name].matches(key)``)."""
        hit = self._hits.get(key)
        if hit is None:
            if len(self._hits) >= _MAX_CACHED:
                self._hits.clear()  # a long run's worker: bounded memory
            index = self._names_by_label
            found = {n for k in label_prefixes(key) for n in index.get(k, ())}
            found.update(n for n in self._patterned if self.sets[n].pattern_matches(key))
            hit = self._hits[key] = frozenset(found)
        return hit


@dataclass(frozen=True, slots=True, eq=False)
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
    _header_index: LabelIndex = field(init=False, compare=False, repr=False)
    _field_index: LabelIndex = field(init=False, compare=False, repr=False)
    # text → money_factor(text): the same few unit notes (千円, 単位：円) close many
    # different header texts, each read once per process
    _money_hits: dict[str, int | None] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:  # frozen: the indexes are set once, here
        object.__setattr__(self, "_header_index", LabelIndex.of(self.headers))
        object.__setattr__(self, "_field_index", LabelIndex.of(self.fields))

    def headers_matching(self, key: str) -> frozenset[str]:
        """Every header name whose labels match ``key`` (``header(name).matches(key)``)."""
        return self._header_index.matching(key)

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
        matched = self._field_index.matching(key)
        if not matched:
            return None
        for name in self.fields:
            if name in matched and (fields is None or name in fields):
                return name
        return None

    def header(self, name: str) -> LabelSet:
        return self.headers[name]

    def money_factor(self, text: str) -> int | None:
        """The factor to yen of a unit note (``単位：千円``, ``千円``, ``(円)``)."""
        hits = self._money_hits
        if text not in hits:
            if len(hits) >= _MAX_CACHED:
                hits.clear()  # a long run's worker: bounded memory
            hits[text] = self._money_factor(compact(text))
        return hits[text]

    def _money_factor(self, key: str) -> int | None:
        for name, factor in self.money_units:
            if key == name or key.endswith("単位:" + name) or key == f"({name})":
                return factor
        for pattern in _unit_note_patterns(self.money_units):
            m = pattern.search(key)
            if m:  # 単位：千円; 区分（千円）, 事業費(千円); 千円単位
                return dict(self.money_units)[m.group(1)]
        return None


@lru_cache(maxsize=4)
def _unit_note_patterns(units: tuple[tuple[str, int], ...]) -> tuple[re.Pattern[str], ...]:
    """The unit-note patterns over ``money_units``' names, in the order they are tried
    (compiled once, not rebuilt for every note read)."""
    names = "|".join(n for n, _ in units)
    return (
        re.compile(r"単位[:：(（]?(" + names + ")"),
        re.compile("[(（](" + names + ")[)）]$"),
        re.compile("(" + names + ")単位"),
    )


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
