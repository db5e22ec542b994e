"""Values that carry their own year (contract v1.1): ``3,888人（令和3年）``.

Digital-田園都市 strategies print the baseline's year inside the cell instead of
in the column header, so a cell must give value, unit *and* year. The year is
a parenthesised label before or after the quantity, in any form the contract
lists: ``(令和3年)``, ``(R3)``, ``(R3年度)``, ``(2022年度)``, ``(2023)``,
``(R5(2023))``, also with 末/値/時点/現在 or a month (``令和3年10月1日現在``).
Any other parenthesised text stays a qualifier, as in :func:`parse_quantity`.

This lives apart from :mod:`.numbers` because it needs :mod:`.eras`, which
itself imports :mod:`.numbers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .eras import EraYear, YearContext, parse_era_year, parse_year_label
from .errors import NormalizationError
from .numbers import Quantity, parse_quantity
from .text import compact, normalize_text

__all__ = ["DatedQuantity", "parse_dated_quantity", "read_year_label", "split_own_year"]

_ERA = r"(?:令和|平成|昭和|[RHS]\.?)(?:元|\d{1,2}|[一二三四五六七八九十]{1,3})"
_WESTERN = r"(?:19|20)\d\d"
# ``R5(2023)``: an era year with its western year in brackets (both must agree).
_PAIRED = re.compile(
    rf"^(?P<era>{_ERA})(?P<suffix1>年度|年)?\((?P<west>{_WESTERN})\)(?P<suffix2>年度|年)?$"
)
_SUFFIX = (
    r"(?:年度末|年度|年末|年)?(?:\d{1,2}月(?:\d{1,2}日)?|(?:[./]\d{1,2}){1,2})?"
    r"(?:末|時点|現在|値|実績)*"
)
_YEAR_ONLY = re.compile(rf"^(?:{_ERA}|{_WESTERN}){_SUFFIX}$")
# ``(3年度)``: a 年度 without its era, read only with the document's era (contract
# v1.1 "Years without an era"); a bare ``(5年)`` may be a duration and is not.
_ERALESS = re.compile(r"^(?:元|\d{1,2})年度末?(?:値|時点|現在|実績)*$")
# the month/day after the year (``令和3年10月1日現在``, ``R3.4.1時点``): not part of it
_DATE_TAIL = re.compile(r"(?:\d{1,2}月|(?<=\d)[./]\d).*$")
_OPEN, _CLOSE = "(", ")"


@dataclass(frozen=True, eq=False)
class DatedQuantity:
    """A printed quantity plus the year printed with it (None when the cell has none)."""

    quantity: Quantity
    fiscal_year: int | None
    year_label: str | None

    @property
    def value(self) -> float | None:
        return self.quantity.value

    @property
    def unit(self) -> str | None:
        return self.quantity.unit

    @property
    def qualifier(self) -> str | None:
        return self.quantity.qualifier


def read_year_label(label: str, context: YearContext | None = None) -> EraYear | None:
    """A bracketed year label → its year, or None when the text is something else
    (``見込値``, ``5年間で15人``, ``R5(2024)`` whose two years disagree). With the
    document's ``context``, an era-less ``3年度`` takes the document's era."""
    s = compact(label)
    if context is not None and context.era and _ERALESS.match(s):
        try:
            return parse_year_label(s, context)
        except NormalizationError:
            return None
    if m := _PAIRED.match(s):
        try:
            era = parse_era_year(m["era"] + (m["suffix1"] or m["suffix2"] or ""))
        except NormalizationError:
            return None
        return era if era.year == int(m["west"]) else None
    if not _YEAR_ONLY.match(s):
        return None
    try:
        return parse_era_year(_DATE_TAIL.sub("", s) or s)
    except NormalizationError:
        return None


def _trailing_group(s: str) -> tuple[int, int] | None:
    """(start, end) of the balanced bracket group that ends ``s``, if any."""
    if not s.endswith(_CLOSE):
        return None
    depth = 0
    for i in range(len(s) - 1, -1, -1):
        depth += {_CLOSE: 1, _OPEN: -1}.get(s[i], 0)
        if depth == 0:
            return i, len(s)
    return None


def _leading_group(s: str) -> tuple[int, int] | None:
    if not s.startswith(_OPEN):
        return None
    depth = 0
    for i, ch in enumerate(s):
        depth += {_OPEN: 1, _CLOSE: -1}.get(ch, 0)
        if depth == 0:
            return 0, i + 1
    return None


def split_own_year(
    text: str, context: YearContext | None = None
) -> tuple[str, EraYear | None, str | None]:
    """Take the bracketed year out of a cell: ``33.1億円（R3）`` → (``33.1億円``,
    2021, ``R3``). Without one, the normalised text comes back unchanged."""
    s = normalize_text(text)
    for find in (_trailing_group, _leading_group):
        span = find(s)
        if span is None:
            continue
        inner = s[span[0] + 1 : span[1] - 1]
        era = read_year_label(inner, context)
        if era is not None:
            rest = (s[: span[0]] + " " + s[span[1] :]).strip()
            return rest, era, compact(inner)
    # unbracketed, set apart by a space or a line break: ``12.7% 2022年度``, ``R3 33.1億円``
    words = s.split(" ")
    if len(words) > 1:
        for label, rest_words in ((words[-1], words[:-1]), (words[0], words[1:])):
            era = _bare_year(label, context)
            if era is not None:
                return " ".join(rest_words), era, compact(label)
    return s, None, None


def _bare_year(word: str, context: YearContext | None) -> EraYear | None:
    """A year written without brackets must say it is one: an era (``R3``, ``令和3年``)
    or a western year with 年/年度 (``2022年度``); a bare ``2023`` is a number."""
    if re.fullmatch(r"(?:19|20)\d\d", word):
        return None
    return read_year_label(word, context)


def parse_dated_quantity(text: str, context: YearContext | None = None) -> DatedQuantity:
    """A value cell → quantity plus its own year (``45.2%（R3年度）`` → 45.2 %, 2021,
    ``R3年度``). Raises NormalizationError like :func:`parse_quantity`; a cell that
    is only a year (``(R3)``) is not a number (``number.not_numeric``)."""
    rest, era, label = split_own_year(text, context)
    if era is None:
        return DatedQuantity(parse_quantity(text), None, None)
    if not rest:
        raise NormalizationError("number.not_numeric", text, "a year, not a number")
    q = parse_quantity(rest)
    return DatedQuantity(Quantity(q.value, q.unit, q.qualifier, text), era.year, label)
