"""Numbers printed after a value word inside a longer line (the accounting's second rule).

:mod:`printed_numbers` counts a box as a number when the box *is* one (a cell, a
run set apart by a wide gap). A strategy's indicator printed as one line —
``町内事業所の従業者数：現状値　３，２１０人（令和４年度）→目標値　３，４００人（令和９年度）``
— keeps its values inside the name's run, and a narrow column wraps it over two or
three runs (``状値　累計１２人（令和４年度）→目標値　累計３０``): no run is a number by
that rule, so its values were neither assigned nor listed as unassigned — lost to
the accounting. A run that is not prose and prints a number right after a value word
of the vocabulary (``value_label_baseline`` / ``value_label_target``: 現状値, 基準値,
目標値 …) or after an arrow prints *labelled values*; the box is a printed number
like any other, and each value is matched to a recorded row by its own digits
(:func:`match_labelled`), the bracketed year left out (the row's value_text keeps
it; the run may cut it off at the wrap).

An outline word ending in a value word (``基本目標１``, ``政策目標２``) names a heading,
not a value; a year after the word (``目標値（令和９年度）``) is a label, not a value;
a word followed by kana or an operator is a sentence or a formula (``目標の８割以上``,
``実績値÷目標値×100``), not a value printed after its word.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .layout.page import PageLayout, TextBox
from .layout.vocabulary import vocabulary
from .printed_numbers import CACHED_KEYS, signature

_ARROWS = re.compile("[→⇒➡]")  # as the strategy parser reads them (arrow_lines)
# Sentence punctuation: prose (a line of a KPI may well print した: ``導入した経営体数``).
_PROSE = re.compile(r"[。、]")
_ERA_END = re.compile(r"(?:令和|平成|昭和|[RHS])\.?$")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """Value word (or arrow), an optional colon, a short lead (``累計``, ``年間``),
    then the number: the vocabulary's words, longest first."""
    strategy = vocabulary().strategy
    words = sorted(
        {
            *strategy["value_label_baseline"].longest_first,
            *strategy["value_label_target"].longest_first,
        },
        key=len,
        reverse=True,
    )
    names = "|".join(re.escape(w) for w in words)
    return re.compile(
        rf"(?:(?<!基本)(?<!政策)(?:{names})|[→⇒➡])[:：]?"
        r"(?P<lead>[^\d()（）\[\]。、ぁ-ゖ×÷=＝*/]{0,3}?)"
        r"(?P<number>[-−△▲+]?\d[\d,.]*)(?P<after>年|月)?"
    )


@lru_cache(maxsize=CACHED_KEYS)
def labelled_values(key: str) -> tuple[str, ...]:
    """The digit signatures (:func:`printed_numbers.signature`) of the numbers ``key``
    prints after a value word or arrow, in order; () for prose or no such number."""
    if not key or _PROSE.search(key):
        return ()
    out = []
    for m in _pattern().finditer(key):
        if m.group("after") or _ERA_END.search(m.group("lead")):
            continue  # a year (目標値令和9年度, 2027年): the value's label, not a value
        out.append(signature(m.group("number")))
    return tuple(out)


def match_labelled(
    pending: list[tuple[PageLayout, TextBox, str]],
    fates: dict[int, tuple[str, str]],
    records: dict[tuple[int | None, str], list[str]],
) -> None:
    """A box of labelled values nothing else took is consumed by the rows recorded on
    its page whose values print the same digits, one row per value (the first digit
    group of the row's value_text: its year comes after it); only when every value of
    the box finds its row, else it stays open (unassigned, with a reason)."""
    by_number: dict[tuple[int | None, str], list[tuple[int | None, str]]] = defaultdict(list)
    for key in records:
        by_number[(key[0], key[1].split("|")[0])].append(key)
    for page, box, _ in pending:
        if id(box) in fates:
            continue
        values = labelled_values(box.key)
        if not values:
            continue
        chosen: list[tuple[int | None, str]] = []
        for value in values:
            left = [
                k
                for k in by_number.get((page.number, value), ())
                if len(records[k]) > chosen.count(k)
            ]
            if not left:
                break
            chosen.append(left[0])
        else:
            tables = [records[k].pop(0) for k in chosen]
            fates[id(box)] = ("assigned", tables[0])


def match_arrow_pairs(
    pending: list[tuple[PageLayout, TextBox, str]],
    fates: dict[int, tuple[str, str]],
    records: dict[tuple[int | None, str], list[str]],
) -> None:
    """A run printing a baseline, an arrow and a target (``48.3%（R4）→62.5%（R10）``,
    the values of a KPI line set apart from its name) is consumed by the two rows
    it gave: its digit groups split at the arrow into the two values' own."""
    for page, box, _ in pending:
        parts = _ARROWS.split(box.key) if id(box) not in fates else ()
        if len(parts) != 2:
            continue
        left, right = signature(parts[0]), signature(parts[1])
        before, after = records.get((page.number, left)), records.get((page.number, right))
        if before and after and (left != right or len(before) > 1):
            fates[id(box)] = ("assigned", before.pop(0))
            after.pop(0)
