"""Field-level precision / recall / F1 between expected and extracted table rows.

Why fields and not rows: a parser that finds every KPI cell but gets one unit wrong
should lose one field, not the whole row; a parser that misses a row loses every
field of it. The acceptance bar for other years' documents is a field-level F1, so
this is the in-repo proxy for it.

Definitions
-----------
* A **row** is ``Row(key, fields)``. ``key`` identifies the real-world thing (which
  indicator, year and metric; which business unit; which budget figure; which outline
  node); ``fields`` maps column name → value.
* Every **field of an expected row** is one scorable fact. A field that the
  expectation does not know (not in the dict) is not scored for that row.
* Rows are matched by key. Keys are made unique by appending the occurrence index
  (the n-th row with the same key, in document order), so an indicator printed in two
  places is two rows and a duplicated extraction is an extra row.
* For a matched pair, each expected field is a **true positive** if the extracted
  value equals it after :func:`canon`, else it is one **false positive** (the wrong
  value was asserted) and one **false negative** (the right one was not).
* An expected row with no extracted match: all its fields are false negatives.
* An extracted row with no expected match: as many false positives as the table's
  expected rows score fields (``extra_weight``; all its fields when nothing is
  expected for the table).

Values are compared after :func:`canon`: strings through
``aizu_extract.normalize.text.compact`` (NFKC, no whitespace), floats to 6 decimals,
lists as sorted tuples, ``None`` only equals ``None``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from aizu_extract.normalize.text import compact


@dataclass(frozen=True)
class Row:
    """One row to score: identity ``key`` and the scored ``fields``."""

    key: tuple[Hashable, ...]
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class Counts:
    """True/false positives and negatives; precision, recall and F1 derived."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class TableScore:
    """Counts for one table plus the keys that went wrong (for the report)."""

    counts: Counts
    missing: list[tuple[Hashable, ...]] = field(default_factory=list)
    extra: list[tuple[Hashable, ...]] = field(default_factory=list)
    wrong: list[tuple[tuple[Hashable, ...], str, Any, Any]] = field(default_factory=list)


_MINUS_FOLD = str.maketrans({"\u2012": "-", "\u2212": "-"})


def canon(value: Any) -> Any:
    """Comparable form of a value (see module docstring)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        # Printed minus signs come as U+2012/U+2212; the hand-typed expectations use "-".
        return compact(value).translate(_MINUS_FOLD)
    if isinstance(value, int | float):
        return round(float(value), 6)
    if isinstance(value, list | tuple):
        return tuple(sorted(str(canon(v)) for v in value))
    return value


def canon_key(key: Sequence[Hashable]) -> tuple[Hashable, ...]:
    return tuple(canon(k) for k in key)


def _indexed(rows: Iterable[Row]) -> dict[tuple[Hashable, ...], Row]:
    """Key each row by (canonical key, occurrence index)."""
    seen: Counter[tuple[Hashable, ...]] = Counter()
    out: dict[tuple[Hashable, ...], Row] = {}
    for row in rows:
        k = canon_key(row.key)
        out[(*k, seen[k])] = row
        seen[k] += 1
    return out


def score_table(expected: Sequence[Row], actual: Sequence[Row]) -> TableScore:
    """Score one table of one document."""
    exp, act = _indexed(expected), _indexed(actual)
    result = TableScore(Counts())
    c = result.counts
    extra_weight = max((len(r.fields) for r in expected), default=0)
    for key, e in exp.items():
        a = act.get(key)
        if a is None:
            c.fn += len(e.fields)
            result.missing.append(key)
            continue
        for name, want in e.fields.items():
            got = a.fields.get(name)
            if canon(got) == canon(want):
                c.tp += 1
            else:
                c.fp += 1
                c.fn += 1
                result.wrong.append((key, name, want, got))
    for key, a in act.items():
        if key not in exp:
            c.fp += extra_weight or len(a.fields)
            result.extra.append(key)
    return result


def score_document(
    expected: Mapping[str, Sequence[Row]], actual: Mapping[str, Sequence[Row]]
) -> dict[str, TableScore]:
    """Score every table the expectation names; tables it does not name are not scored
    (e.g. the strategy expectations say nothing about ``business_units``)."""
    return {t: score_table(rows, actual.get(t, ())) for t, rows in expected.items()}


def total(scores: Iterable[TableScore]) -> Counts:
    """Micro-average: sum the counts."""
    out = Counts()
    for s in scores:
        out += s.counts
    return out
