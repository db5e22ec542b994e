"""Japanese era years (令和/平成/昭和 …, R/H/S) → western years.

A 年度 (fiscal year, April–March) is named by its starting calendar year, so
``令和7年度`` → 2025 just like ``令和7年`` → 2025; the difference is kept in
``EraYear.kind``. Era years past an era's real end are accepted on purpose:
plans written before 2019 print ``平成32年度`` for 2020.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from .errors import NormalizationError
from .numbers import parse_kanji_numeral, to_kanji_numeral
from .text import compact, normalize_text

__all__ = [
    "ERA_LETTERS",
    "ERA_START",
    "EraYear",
    "YearContext",
    "document_era",
    "era_for_year",
    "find_era_year",
    "may_read_context",
    "parse_era_year",
    "parse_year_label",
    "to_era_label",
]

# Western year of each era's 元年 (first year).
ERA_START: dict[str, int] = {"令和": 2019, "平成": 1989, "昭和": 1926, "大正": 1912, "明治": 1868}
# Letter forms. T/M (大正/明治) are left out on purpose: too many false hits in
# Latin words, and these plans never abbreviate those eras.
ERA_LETTERS: dict[str, str] = {"R": "令和", "H": "平成", "S": "昭和"}
_LETTER_OF = {v: k for k, v in ERA_LETTERS.items()}
_MAX_ERA_YEAR = 99

Kind = Literal["fiscal", "calendar", "unspecified"]


@dataclass(frozen=True)
class EraYear:
    """A year label read as a western year; ``end_of_period`` for 年度末/年末."""

    year: int
    era: str | None
    kind: Kind
    end_of_period: bool


_ERA_NAMES = "|".join(ERA_START)
_ERA_NUM = r"元|\d{1,2}|[〇一二三四五六七八九十]{1,4}"
# Works on compact() text: full-width already folded, no whitespace left.
_ERA_LETTER_CLASS = "".join(ERA_LETTERS)
_ERA_RE = re.compile(
    rf"(?P<era>{_ERA_NAMES}|(?<![A-Za-z])[{_ERA_LETTER_CLASS}]\.?)(?P<num>{_ERA_NUM})(?!\d)"
    r"(?P<suffix>年度末|年度|年末|年)?"
)
_WESTERN_RE = re.compile(r"(?<!\d)(?P<num>1[89]\d\d|2[01]\d\d)(?P<suffix>年度末|年度|年末|年)")
_BARE_WESTERN = re.compile(r"^(1[89]\d\d|2[01]\d\d)$")
# Only a label that names no year meets this (to tell its error code), so it is
# compiled on first use (re's cache), not with the module: its kanji class alone
# walks ~21,000 code points in Python.
_UNKNOWN_ERA = r"[\u4e00-\u9fff]{2}(?:元|\d{1,2})年"
# Every year pattern above (and _ERALESS_RE) needs one of these: a label without one
# names no year, which most header texts a table reader asks about are.
_YEAR_NUMERAL = re.compile(r"[\d元〇一二三四五六七八九十]")
# …and all of them but a bare western year (_BARE_WESTERN) also need 年, an era name
# or an era letter: a numeral without any (1,234, No.1, 第2期) names no year either.
_YEAR_MARKS = re.compile("|".join(["年", f"[{_ERA_LETTER_CLASS}]", *ERA_START]))


def _kind(suffix: str | None) -> Kind:
    if not suffix:
        return "unspecified"
    return "fiscal" if suffix.startswith("年度") else "calendar"


def _from_match(m: re.Match[str], label: str) -> EraYear:
    suffix = m.group("suffix")
    end = bool(suffix and suffix.endswith("末"))
    if "era" not in m.re.groupindex:
        return EraYear(int(m.group("num")), None, _kind(suffix), end)
    era_token = m.group("era").rstrip(".")
    era = ERA_LETTERS.get(era_token, era_token)
    num = m.group("num")
    try:
        n = 1 if num == "元" else int(num) if num.isdigit() else parse_kanji_numeral(num)
    except NormalizationError:
        raise NormalizationError("era.unparseable", label, f"bad era year {num!r}") from None
    if not 1 <= n <= _MAX_ERA_YEAR:
        raise NormalizationError("era.unparseable", label, f"era year out of range: {n}")
    return EraYear(ERA_START[era] + n - 1, era, _kind(suffix), end)


def _matches(s: str) -> list[re.Match[str]]:
    found = [*_ERA_RE.finditer(s), *_WESTERN_RE.finditer(s)]
    return sorted(found, key=lambda m: m.start())


def find_era_year(text: str) -> EraYear | None:
    """First era (or western 年/年度) year inside a longer string, e.g. a title
    ``令和7年度行政評価 施策評価票`` → 2025; None when there is none."""
    label = compact(text)
    for m in _matches(label):
        try:
            return _from_match(m, text)
        except NormalizationError:
            continue
    return None


def parse_era_year(label: str) -> EraYear:
    """A column/row year label → EraYear (``R5``, ``Ｒ５``, ``R 元年度末値``, ``H30年値``,
    ``令和7年度(予算)``, ``平成三十年``, ``2019年度``).

    Surrounding words are tolerated (``現状値 (R元年度末値)``) but the label must
    name exactly one year; otherwise NormalizationError ``era.unparseable``
    (``最終目標``), ``era.ambiguous`` (two different years) or ``era.unknown``
    (an era name not in ERA_START).
    """
    s = compact(label)
    if _BARE_WESTERN.match(s):
        return EraYear(int(s), None, "unspecified", False)
    found = [_from_match(m, label) for m in _matches(s)]
    if not found:
        code = "era.unknown" if re.search(_UNKNOWN_ERA, s) else "era.unparseable"
        raise NormalizationError(code, label, "no year in label")
    if len({e.year for e in found}) > 1:
        raise NormalizationError("era.ambiguous", label, "more than one year in label")
    return found[0]


def era_for_year(year: int) -> str:
    """The era a document would use for ``year``: the latest one that had begun
    (2019 → 令和, as in 令和元年度, though 令和 only began on 1 May)."""
    for name, start in sorted(ERA_START.items(), key=lambda kv: kv[1], reverse=True):
        if year >= start:
            return name
    raise ValueError(f"before the supported eras: {year}")


def to_era_label(
    year: int,
    era: str = "令和",
    style: Literal["kanji", "letter"] = "kanji",
    suffix: str = "年度",
    digits: Literal["ascii", "fullwidth", "kanji"] = "ascii",
) -> str:
    """Western year → label such as ``令和5年度`` / ``R元年度`` / ``平成三十年``
    (元 for year 1). Inverse of parse_era_year; used to generate test labels."""
    n = year - ERA_START[era] + 1
    if not 1 <= n <= _MAX_ERA_YEAR:
        raise ValueError(f"{year} is not in {era} (era year {n})")
    if n == 1:
        num = "元"
    elif digits == "kanji":
        num = to_kanji_numeral(n)
    elif digits == "fullwidth":
        num = "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    else:
        num = str(n)
    if style == "letter" and era not in _LETTER_OF:
        raise ValueError(f"no letter form for {era}")
    prefix = _LETTER_OF[era] if style == "letter" else era
    return f"{prefix}{num}{suffix}"


# ---------------------------------------------------------------- years without an era

_ERALESS_RE = re.compile(r"(?<![\dA-Za-z.])(?P<num>元|\d{1,2})(?P<suffix>年度末|年度|年末|年)")
_ERA_NAME_RE = re.compile(rf"(?P<era>{_ERA_NAMES})(?:{_ERA_NUM})(?:年度|年)")
_YEAR_MARK = "年"


@dataclass(frozen=True, slots=True)
class YearContext:
    """What a document tells about its years, for labels printed without an era.

    Contract v1.1: ``5年度`` takes the era of the full era years printed in the
    same document; with none, the latest era in which that year is not after
    the file's creation year; with neither, the year is unknown.
    """

    era: str | None = None
    not_after: int | None = None  # the file's creation year (PDF metadata)


def document_era(texts: list[str] | tuple[str, ...]) -> str | None:
    """The era named most often in full (``令和7年度``) in the document's texts."""
    return era_of(era_counts(texts))


def era_counts(texts: Iterable[str]) -> dict[str, int]:
    """How often each era is named in full in ``texts`` (summed over a split document's
    pieces, it is the whole document's count)."""
    counts: dict[str, int] = {}
    for text in texts:
        key = compact(text)
        if _YEAR_MARK not in key:  # every match ends in 年 (年度): the cheaper test first
            continue
        for m in _ERA_NAME_RE.finditer(key):
            counts[m.group("era")] = counts.get(m.group("era"), 0) + 1
    return counts


def era_of(counts: Mapping[str, int]) -> str | None:
    """The era of :func:`document_era` from its counts (ties: the later era)."""
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: (kv[1], ERA_START[kv[0]]))[0]


# A digit or 元 before 年, spaces allowed between (they go when a label is compacted):
# every era-less year (_ERALESS_RE) of a text, of any of its lines, or of its compact
# form has one.
_ERALESS_HINT = re.compile(r"[\d元]\s*年")


def may_read_context(text: str) -> bool:
    """Whether :func:`parse_year_label` might read ``text``, one of its lines or its
    compact form through the YearContext: only an era-less year (``5年度``) is, so a
    text without a numeral before 年 reads alike in every document (a header
    reading made in one can serve all)."""
    return _ERALESS_HINT.search(normalize_text(text)) is not None


def parse_year_label(label: str, context: YearContext | None = None) -> EraYear:
    """Like :func:`parse_era_year`, but also reads era-less ``5年度`` / ``20年度決算``
    through the document's :class:`YearContext`; raises ``era.no_era`` when the
    context cannot tell the era."""
    key = compact(label)
    if not _YEAR_NUMERAL.search(key) or not (_YEAR_MARKS.search(key) or _BARE_WESTERN.match(key)):
        raise NormalizationError("era.unparseable", label, "no year in label")
    try:
        return parse_era_year(label)
    except NormalizationError as err:
        if err.code != "era.unparseable":
            raise
    found = list(_ERALESS_RE.finditer(key))
    if len({m.group("num") for m in found}) != 1:
        raise NormalizationError("era.unparseable", label, "no year in label")
    m = found[0]
    num = m.group("num")
    n = 1 if num == "元" else int(num)
    suffix = m.group("suffix")
    end = suffix.endswith("末")
    ctx = context or YearContext()
    if ctx.era is not None:
        return EraYear(ERA_START[ctx.era] + n - 1, ctx.era, _kind(suffix), end)
    if ctx.not_after is not None:
        for era, start in sorted(ERA_START.items(), key=lambda kv: kv[1], reverse=True):
            if start + n - 1 <= ctx.not_after:
                return EraYear(start + n - 1, era, _kind(suffix), end)
    raise NormalizationError("era.no_era", label, "year printed without an era")
