"""Indicators printed as one line: ``name 40人（2014年度）→年40人（2019年度）``.

Small plans print a goal's 数値目標 in its banner instead of a table, and many
print a 施策's KPIs as a bulleted list under their 重要業績評価指標（KPI） label
(``◇新規就農者数　累計12人（R4）→累計30人（R10）``): the indicator's name, the
baseline with its year in brackets, an arrow, the target with its year. Both
values carry their own year (contract v1.1), so the line gives a baseline and a
target row. The baseline may be a dash (a new indicator), the target a short
word (``増加（R10）``: a target in words, value null). Anything else (prose with
an arrow, a value without its year) is not this shape and is left to the
outline walk.
"""

from __future__ import annotations

import re

from ...layout.table import text_key
from ...layout.vocabulary import vocabulary
from ...normalize.dated import (
    DatedQuantity,
    parse_dated_quantity,
    read_year_label,
    split_own_year,
)
from ...normalize.eras import YearContext
from ...normalize.errors import NormalizationError
from ...normalize.numbers import Quantity
from ...normalize.text import as_read, is_dash, normalize_text
from ..base import Extraction
from .common import BULLETS, SENTENCE_END, fold_dashes, tidy_name

_ARROW = re.compile(r"\s*[→⇒➡]\s*")
_DIGIT = re.compile(r"\d")
_LEADING_GROUP = re.compile(r"^\s*\(([^()]*)\)")
# ``新規就農者数：12人（R4）→…``: the colon between name and value is neither's
_NAME_END = ":："
# The words printed before each value of a labelled line (``基準値 2人（R5）→目標値 …``).
BASELINE_WORDS = vocabulary().strategy["value_label_baseline"].longest_first
TARGET_WORDS = vocabulary().strategy["value_label_target"].longest_first
_LABEL_END = " \u3000" + _NAME_END
MAX_LABEL_CHARS = max(map(len, (*BASELINE_WORDS, *TARGET_WORDS))) + 2  # stray spaces


def _dated(text: str, years: YearContext | None, word_chars: int = 0) -> DatedQuantity | None:
    """A value with its own year (or a dash with one), else None; with ``word_chars``
    also a word of at most that many characters with one (``増加（R10）``)."""
    try:
        dq = parse_dated_quantity(text, years)
    except NormalizationError as err:
        return _dated_word(text, years, word_chars) if err.code == "number.not_numeric" else None
    if dq.fiscal_year is None:
        return None
    if dq.value is None and not is_dash(split_own_year(text, years)[0]):
        return None
    return dq


def _dated_word(text: str, years: YearContext | None, word_chars: int) -> DatedQuantity | None:
    """A target stated in words with its year: no number in it, a few characters."""
    rest, era, label = split_own_year(text, years)
    if era is None or not rest or len(rest) > word_chars or _DIGIT.search(rest):
        return None
    return DatedQuantity(Quantity(None, None, None, text), era.year, label)


def _split_left(left: str, years: YearContext | None) -> tuple[str, DatedQuantity] | None:
    """``高校の入学者数40人(2014年度)`` → (name, value): the longest value suffix that
    reads as a dated quantity, never cutting inside a number nor before a bracket
    that is not a year (``成約件数（累計）　12件（R4）``: the note is the name's)."""
    for i in range(1, len(left)):
        if left[i - 1].isdigit() or left[i - 1] in ",.，．":
            continue
        if _opens_note(left[i:], years):
            continue
        if (dq := _dated(left[i:], years)) is not None:
            return left[:i], dq
    return None


def _opens_note(text: str, years: YearContext | None) -> bool:
    """Does ``text`` start with a bracketed note rather than a year (``（R4）12人``)?"""
    m = _LEADING_GROUP.match(normalize_text(text))
    return m is not None and read_year_label(m[1], years) is None


def read_arrow_line(
    raw: str,
    *,
    ex: Extraction,
    page: int,
    context: str | None,
    years: YearContext | None = None,
    kind: str = "numerical_target",
    word_chars: int = 0,
) -> bool:
    """Record the baseline and target of one such line as rows of ``kind``; False
    when it is not one. ``word_chars`` admits a target in words that long."""
    printed = raw.strip()
    text = fold_dashes(printed)  # one glyph for one: offsets in text are offsets in printed
    arrows = list(_ARROW.finditer(text))
    if len(arrows) != 1 or normalize_text(text).endswith(SENTENCE_END):
        return False
    arrow = arrows[0]
    left, right = text[: arrow.start()], text[arrow.end() :]
    target = _dated(right, years, word_chars)
    split = _split_left(left, years)
    if target is None or split is None:
        return False
    name, base = split
    # the list's ◇ / ・ and a colon before the value are no part of the name
    kpi_name = tidy_name([name]).lstrip(BULLETS).rstrip(_NAME_END).strip()
    if not kpi_name:
        return False
    as_printed = (printed[len(name) : arrow.start()], printed[arrow.end() :])
    _record(ex, page, kind, context, kpi_name, (base, target), as_printed)
    return True


def read_labelled_values(
    name: str,
    raw: str,
    *,
    ex: Extraction,
    page: int,
    context: str | None,
    years: YearContext | None = None,
    kind: str = "kpi",
    word_chars: int = 0,
) -> bool:
    """Record ``raw`` as the values of the indicator ``name`` printed on the line
    above it: ``基準値 2人（R5）→目標値 累計15人（R11）``, each value after its label
    word (vocabulary ``value_label_*``, optional) and with its year after it or
    right after the word (``現状値（R5）2人``), nothing else on the line. False when
    it is not that shape."""
    printed = raw.strip()
    text = fold_dashes(printed)
    arrows = list(_ARROW.finditer(text))
    if not name or len(arrows) != 1:
        return False
    arrow = arrows[0]
    left = _after_label(text[: arrow.start()], BASELINE_WORDS)
    right = _after_label(text[arrow.end() :], TARGET_WORDS)
    base = _dated(_year_last(left, years), years)
    target = _dated(_year_last(right, years), years, word_chars)
    if base is None or target is None:
        return False
    _record(ex, page, kind, context, name, (base, target), (left, right))
    return True


def labelled_value(raw: str, words: tuple[str, ...], years: YearContext | None) -> bool:
    """``raw`` is one value after its label word, with its year and no arrow
    (``基準値：2人（R5）``): half of a values line printed in two lines."""
    text = fold_dashes(raw.strip())
    if _ARROW.search(text):
        return False
    rest = _after_label(text, words)
    return rest != text.lstrip() and _dated(_year_last(rest, years), years, 0) is not None


def _after_label(part: str, words: tuple[str, ...]) -> str:
    """``part`` without its leading label word and the colon or space after it; a
    word run on into the value (``現状維持``) is the value's, not a label."""
    key = part.lstrip()
    for i in range(min(len(key), MAX_LABEL_CHARS), 0, -1):
        if text_key(key[:i]) in words and _opens_value(key[i:]):
            return key[i:].lstrip(_LABEL_END)
    return key


def _opens_value(rest: str) -> bool:
    """What follows a label word: a space or colon, or the value's digit or dash."""
    first = normalize_text(rest[:1])
    return not first or first in _LABEL_END or first.isdigit() or is_dash(first) or first == "("


def _year_last(value: str, years: YearContext | None) -> str:
    """A value whose year is printed first, right after its label (``（R5）2人``),
    as the reader takes it: the year after the value (``2人(R5)``)."""
    norm = normalize_text(value)
    m = _LEADING_GROUP.match(norm)
    if m is None or read_year_label(m[1], years) is None:
        return value
    return f"{norm[m.end() :].strip()}({m[1]})"


def _record(
    ex: Extraction,
    page: int,
    kind: str,
    context: str | None,
    kpi_name: str,
    values: tuple[DatedQuantity, DatedQuantity],
    as_printed: tuple[str, str],
) -> None:
    """The baseline and target rows of one indicator line."""
    metrics = ("baseline", "target")
    for metric, dq, value_text in zip(metrics, values, as_printed, strict=True):
        ex.kpi_values.append(
            {
                "page": page,
                "kind": kind,
                "context": context,
                "kpi_name": kpi_name,
                "metric": metric,
                "fiscal_year": dq.fiscal_year,
                "year_label": dq.year_label,
                "value": dq.value,
                "unit": dq.unit,
                "qualifier": dq.qualifier,
                "value_text": as_read(value_text),
            }
        )
