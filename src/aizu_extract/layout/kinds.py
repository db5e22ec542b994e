"""An indicator's kind printed with a word after a colon (``活動指標：目標``).

A column header may pair the kind with the metric while the indicator itself is
named once elsewhere, by a caption line pairing the same kind with the name
(``活動指標：講座の開催回数（回）``); an ordinal after the kind word (``活動指標①``,
``成果指標2``) tells two indicators of one kind apart. The kind words are the
vocabulary's indicator-name headers; this module holds no wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..normalize.text import CIRCLED_CLASS, circled_number, normalize_text
from .table import text_key
from .vocabulary import Vocabulary

# indicator_kind of a name column that does not say activity or outcome (指標名).
GENERIC_INDICATOR = "indicator"
# The header names of an indicator-name column and the kind each says.
_KIND_HEADS = (
    ("indicator_activity", "activity"),
    ("indicator_outcome", "outcome"),
    ("indicator_name", GENERIC_INDICATOR),
)
# An ordinal printed after the kind word: ①, 2, (2), （２） (NFKC).
_ORDINAL = re.compile(rf"(?:({CIRCLED_CLASS})|\(?(\d{{1,2}})\)?)$")
# A kind in brackets before the name: 【活動指標】, [成果指標], 〔活動指標〕 (NFKC).
_BRACKETED = re.compile(r"^[【\[〔<]([^】\]〕>]+)[】\]〕>]\s*(.+)$")


@dataclass(frozen=True, slots=True)
class KindPair:
    """``活動指標②：目標`` → kind ``activity``, number 2, rest ``目標``."""

    kind: str
    number: int | None
    rest: str


def paired_kind(vocab: Vocabulary, text: str) -> KindPair | None:
    """The kind, ordinal and word of a text printing an indicator's kind, a colon (or a
    line break) and a word: the metric of a column header (``活動指標：目標``,
    ``活動指標`` over ``目標``) or the name of an indicator captioned over its table
    (``成果指標：受講者の満足度（％）``); else None."""
    head, colon, tail = normalize_text(text).partition(":")
    if not colon:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) < 2:  # else the kind on a line of its own over the word
            return None
        head, tail = normalize_text(lines[0]), normalize_text("".join(lines[1:]))
    return _pair(vocab, head, tail)


def caption_kind(vocab: Vocabulary, text: str) -> KindPair | None:
    """:func:`paired_kind` of a caption line, whose kind may also be set apart by
    brackets or a space (``【活動指標】講座の開催回数（回）``, ``成果指標　受講者の満足度``)."""
    pair = paired_kind(vocab, text)
    if pair is not None:
        return pair
    line = normalize_text(text)
    m = _BRACKETED.match(line)
    if m:
        return _pair(vocab, m.group(1), m.group(2))
    head, _, tail = line.partition(" ")
    return _pair(vocab, head, tail)


def split_ordinal(text: str) -> tuple[str, int | None]:
    """(the words, the ordinal) of a label printing an ordinal after its word
    (``活動指標②``, ``KPI①``, ``重要業績評価指標(KPI)3``; NFKC), else (text stripped, None):
    the one reader of such ordinals, for a column header and an indicator's own label."""
    head = text.strip()
    m = _ORDINAL.search(head)
    if not m or m.start() == 0:
        return head, None
    number = circled_number(m.group(1)) if m.group(1) else int(m.group(2))
    return head[: m.start()], number


def _pair(vocab: Vocabulary, head: str, tail: str) -> KindPair | None:
    if not tail.strip() or not head.strip():
        return None
    head, number = split_ordinal(head)
    names = vocab.headers_matching(text_key(head))
    for name, kind in _KIND_HEADS:
        if name in names:
            return KindPair(kind, number, tail.strip())
    return None
