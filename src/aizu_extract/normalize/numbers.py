"""Numbers as printed in KPI tables and budget cards.

The arithmetic is done on ``Decimal`` so ``1.51`` stays 1.51 and budget amounts
are exact integers. Anything that cannot be read with certainty raises
NormalizationError instead of guessing (a wrong number is worse than a reject).

Choices worth knowing:

* A unit is kept as printed and never scaled: ``370 万人`` → 370 ``万人``,
  ``129 千人`` → 129 ``千人``, ``3千人`` → 3 ``千人``. A multiplier is only
  applied when it is part of the numeral itself: ``2万`` → 20000,
  ``1万5千人`` → 15000 ``人``, ``三千人`` → 3000 ``人``.
* Annotations go to ``qualifier``: leading ``約``/``概ね``…, trailing
  ``(見込値)``, ``※R2年度末``, and trend words after the unit (``3%増`` →
  3, ``%``, qualifier ``増``). Several are joined with one space in reading
  order (``約150人 (見込値)`` → ``約 見込値``). A footnote reference is neither:
  ``6,342※1 (速報値)`` → 6342, qualifier ``速報値``.
* Targets in words (contract v1.1): a leading period is a qualifier, not part
  of the number: ``５年間で６人`` → 6 ``人`` qualifier ``5年間で``, ``年40人`` →
  40 ``人`` qualifier ``年`` (a rate per year, not the year 40).
* A number followed by a phrase (``1年間収録しDVD化``, ``5年間で1組織化…``)
  is text, not a number: ``number.not_numeric`` so the cell is kept as
  value_text rather than rejected. Latin leftovers (``12abc``) and a second
  number (``14～19万人``) stay ``number.unparseable``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .errors import NormalizationError
from .text import is_dash, normalize_text

__all__ = [
    "Quantity",
    "parse_amount_thousand_yen",
    "parse_kanji_numeral",
    "parse_quantity",
    "to_kanji_numeral",
]


@dataclass(frozen=True)
class Quantity:
    """One printed quantity; ``text`` is the input exactly as given."""

    value: float | None
    unit: str | None
    qualifier: str | None
    text: str


# ---------------------------------------------------------------- kanji numerals

_KANJI_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "壱": 1, "二": 2, "弐": 2, "三": 3, "参": 3,
    "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_SMALL = {"十": 10, "拾": 10, "百": 100, "千": 1000}
_BIG = {"万": 10**4, "萬": 10**4, "億": 10**8, "兆": 10**12}
_MULTIPLIERS = "".join(_SMALL) + "".join(_BIG)
_NUMERAL_CHARS = "".join(_KANJI_DIGITS) + _MULTIPLIERS
_TOKEN = re.compile(rf"\d+(?:,\d{{3}})*(?:\.\d+)?|[{_NUMERAL_CHARS}]")
_DIGIT_NAMES = "〇一二三四五六七八九"


def _bad(text: str, why: str) -> NormalizationError:
    return NormalizationError("number.unparseable", text, why)


class _Acc:
    """Accumulator for a numeral read left to right (兆 > 億 > 万 blocks of 千百十)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.total = Decimal(0)
        self.section = Decimal(0)
        self.current: Decimal | None = None
        self.current_is_kanji = False
        self.last_small = 10**4
        self.last_big = 10**16

    def digit(self, tok: str) -> None:
        if tok in _KANJI_DIGITS:
            if self.current is not None and not self.current_is_kanji:
                raise _bad(self.text, "kanji digit after arabic digits")
            base = self.current * 10 if self.current is not None else Decimal(0)
            self.current = base + _KANJI_DIGITS[tok]  # positional: 二〇二五
            self.current_is_kanji = True
            return
        if self.current is not None:
            raise _bad(self.text, "arabic digits after kanji digits")
        self.current = Decimal(tok.replace(",", ""))

    def small(self, tok: str) -> None:
        mult = _SMALL[tok]
        if mult >= self.last_small:
            raise _bad(self.text, f"{tok} out of order")
        self.section += (self.current if self.current is not None else 1) * mult
        self.current, self.current_is_kanji, self.last_small = None, False, mult

    def big(self, tok: str) -> None:
        mult = _BIG[tok]
        block = self.section + (self.current or 0)
        if mult >= self.last_big or block == 0:
            raise _bad(self.text, f"{tok} out of order or without a number")
        self.total += block * mult
        self.section, self.current, self.current_is_kanji = Decimal(0), None, False
        self.last_small, self.last_big = 10**4, mult

    def result(self) -> Decimal:
        return self.total + self.section + (self.current or 0)


def _parse_numeral(s: str, text: str) -> Decimal:
    """Read an arabic / kanji / mixed numeral (``1万5千``, ``百二十三``, ``1.5万``)."""
    pos, acc = 0, _Acc(text)
    for m in _TOKEN.finditer(s):
        if m.start() != pos:
            raise _bad(text, "not a numeral")
        tok, pos = m.group(), m.end()
        if tok in _SMALL:
            acc.small(tok)
        elif tok in _BIG:
            acc.big(tok)
        else:
            acc.digit(tok)
    if pos != len(s) or not s:
        raise _bad(text, "not a numeral")
    return acc.result()


def parse_kanji_numeral(s: str) -> int:
    """Kanji (or mixed) numeral → int: ``三`` → 3, ``百二十三`` → 123, ``1万5千`` → 15000,
    ``二〇二五`` → 2025. Raises NormalizationError(number.unparseable)."""
    body = re.sub(r"\s+", "", normalize_text(s))
    value = _parse_numeral(body, s)
    if value != value.to_integral_value():
        raise _bad(s, "not an integer")
    return int(value)


def _four_digits(block: int) -> str:
    out = []
    for mult, name in ((1000, "千"), (100, "百"), (10, "十")):
        d = block // mult % 10
        if d:
            out.append(name if d == 1 else _DIGIT_NAMES[d] + name)
    if block % 10:
        out.append(_DIGIT_NAMES[block % 10])
    return "".join(out)


def to_kanji_numeral(n: int) -> str:
    """int → kanji numeral (``15000`` → ``一万五千``); 0 ≤ n < 10**16. Inverse of
    parse_kanji_numeral, used by property tests and era labels (``平成三十年``)."""
    if not 0 <= n < 10**16:
        raise ValueError(f"out of range: {n}")
    if n == 0:
        return "〇"
    parts = []
    for mult, name in ((10**12, "兆"), (10**8, "億"), (10**4, "万")):
        block = n // mult % 10**4
        if block:
            parts.append(("一" if block == 1 else _four_digits(block)) + name)
    parts.append(_four_digits(n % 10**4))
    return "".join(parts)


# ---------------------------------------------------------------- quantities

# ``累計12人`` (a running total) only before a number: ``累計`` alone is a word.
_LEAD_QUALIFIER = re.compile(r"^(約|概ね|おおむね|およそ|延べ|のべ|累計(?=\s*[\d約△▲+-]))\s*")
# A period printed before a target (``5年間で``, ``3か年で``, ``年``, ``毎年``); only
# when a number follows, so ``年度末`` or ``年間計画`` are left alone.
_PERIOD_LEAD = re.compile(
    r"^((?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:年間|か年|ヵ年|ヶ年|カ年|箇年)(?:で|に)?"
    r"|年間|毎年|年平均|年|月間|月)\s*(?=[\d約△▲+-])"
)
# Words that begin with a kanji numeral but are not numbers (``一部実施``: "partly
# done", not 1 ``部実施``); a cell starting with one is text.
_NUMERAL_WORDS = (
    "一部", "一定", "一層", "一体", "一般", "一斉", "一括", "一元", "一貫", "一律", "一環",
    "一帯", "一面", "一方", "一連", "一新", "一丸", "一助", "一次", "一時", "十分", "万全",
)  # fmt: skip
# A phrase after the number has at least this many Japanese letters and no digit.
_PROSE_MIN_CHARS = 6
_TRAIL_PAREN = re.compile(r"\(([^()]*)\)\s*$")
_LEAD_PAREN = re.compile(r"^\(([^()]*)\)\s*")
_NOTE = re.compile(r"※.*$")
# A footnote reference (``6,342※1 （速報値）``, ``25人※2``): a mark pointing at a note
# printed elsewhere, neither number nor qualifier. ``※1 住民基本台帳による`` is a note.
_NOTE_REF = re.compile(r"※\d{1,2}(?=\s*(?:\(|$))")
_TREND = ("増加", "減少", "以上", "以下", "未満", "程度", "前後", "増", "減", "超")
_SIGN = re.compile(r"^(?:[-−‐‒–+△▲]|マイナス)")  # incl. U+2012 figure dash
_ARABIC = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|^\.\d+")
_MIXED = re.compile(rf"^[\d,.{_NUMERAL_CHARS}]+")
# Latin-script units must be known ones (so ``12abc`` is rejected, not read as
# 12 "abc"); Japanese units (人, 世帯, か所, 百万円 …) are open-ended.
_LATIN_UNITS = frozenset({
    "%", "‰", "°C", "kW", "kWh", "MW", "MWh", "GWh", "W", "ha", "a", "t", "kg", "g",
    "km", "m", "cm", "mm", "m2", "m3", "km2", "cm2", "L", "kL", "mL", "GB", "MB", "TB",
    "pt", "ppm", "dB", "t-CO2", "tCO2", "kgCO2", "kW時",
})  # fmt: skip
_JA_UNIT = re.compile(r"^[^\x00-\x7f\s()〇一二三四五六七八九]{1,8}$")


def _split_qualifiers(s: str) -> tuple[str, list[str]]:
    """Peel annotations off both ends of a normalised cell."""
    lead: list[str] = []
    trail: list[str] = []
    while True:
        if m := _LEAD_QUALIFIER.match(s) or _LEAD_PAREN.match(s) or _PERIOD_LEAD.match(s):
            lead.append(m.group(1).strip() if m.re is _LEAD_PAREN else _compact(m.group(1)))
        elif m := _NOTE_REF.search(s):
            s = s[: m.start()] + s[m.end() :]
            continue
        elif m := _NOTE.search(s) or _TRAIL_PAREN.search(s):
            trail.insert(0, m.group().strip() if m.re is _NOTE else m.group(1).strip())
        else:
            return s.strip(), [q for q in lead + trail if q]
        s = s[: m.start()] if m.re in (_NOTE, _TRAIL_PAREN) else s[m.end() :]


def _compact(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _is_phrase(rest: str) -> bool:
    """Words after a number (``年間収録しDVD化``): the cell is text, not a quantity."""
    return not re.search(r"\d", rest) and _ja_letters(rest) >= _PROSE_MIN_CHARS


def _ja_letters(text: str) -> int:
    """Kana and kanji in ``text`` (U+3040-30FF, U+4E00-9FFF): compared directly, as a
    regex class compiling the kanji block walked its ~21,000 code points in Python on
    every worker's way to its first page."""
    return sum("\u4e00" <= c <= "\u9fff" or "\u3040" <= c <= "\u30ff" for c in text)


def _is_unit(rest: str) -> bool:
    """``人``, ``kW``, ``百万円``, ``件/年`` … (each side of a ``/`` checked)."""
    parts = rest.split("/")
    return len(parts) <= 2 and all(p in _LATIN_UNITS or _JA_UNIT.match(p) for p in parts)


def _unit_and_trend(rest: str) -> tuple[str | None, str | None] | None:
    """Split what follows the number into (unit, trend word); None if not a unit."""
    trend = next((t for t in _TREND if rest.endswith(t) and rest != t), None)
    if trend is None and rest in _TREND:
        return None, rest
    body = rest[: -len(trend)] if trend else rest
    if not body:
        return None, trend
    return (body, trend) if _is_unit(body) else None


def _scales(rest: str) -> bool:
    """Does a multiplier right after arabic digits belong to the numeral (``2万``,
    ``1万5千``) rather than to a printed unit (``370万人``, ``129千人``)?"""
    stripped = rest.lstrip(_MULTIPLIERS)
    if stripped == rest:
        return False
    return not stripped or stripped[0].isdigit() or stripped[0] in _KANJI_DIGITS


def _read_number(core: str, text: str) -> tuple[Decimal, str]:
    """Number at the start of ``core`` (no whitespace) and the rest."""
    m = _ARABIC.match(core)
    if m and not _scales(core[m.end() :]):
        return Decimal(m.group().replace(",", "")), core[m.end() :]
    m = _MIXED.match(core)
    if not m:
        raise NormalizationError("number.not_numeric", text, "not a number")
    return _parse_numeral(m.group(), text), core[m.end() :]


def _squeeze(s: str, text: str) -> str:
    """Drop stray spaces (``2, 290``, ``4 , 161``, ``k W``) but refuse to glue two
    numbers together (``601 601`` is two cells merged by the layout, not 601601)."""
    s = re.sub(r"\s*,\s*", ",", s)
    if re.search(r"[\d.]\s+[\d.]", s):
        raise _bad(text, "two numbers in one cell")
    return re.sub(r"\s+", "", s)


def parse_quantity(text: str) -> Quantity:
    """A KPI cell → Quantity(value, unit, qualifier, text).

    Dash/blank → all None. Raises NormalizationError ``number.not_numeric`` for
    text that is not a number at all (``整備完了``: keep it as value_text) and
    ``number.unparseable`` for something number-like that cannot be read safely.
    """
    s = normalize_text(text)
    core, qualifiers = _split_qualifiers(s)
    qualifier = " ".join(qualifiers) or None
    if is_dash(core):
        return Quantity(None, None, qualifier, text)
    core = _squeeze(core, text)
    if core.startswith(_NUMERAL_WORDS):
        raise NormalizationError("number.not_numeric", text, "a word, not a number")
    sign = _SIGN.match(core)
    body = core[sign.end() :] if sign else core
    try:
        value, rest = _read_number(body, text)
    except NormalizationError as exc:
        starts_like_number = body[:1].isdigit() or (sign is not None and body[:1] != "")
        code = "number.unparseable" if starts_like_number else "number.not_numeric"
        raise NormalizationError(code, text, exc.message) from None
    split = _unit_and_trend(rest) if rest else (None, None)
    if split is None:
        starts_with_digit = body[:1].isdigit() and not _is_phrase(rest)
        code = "number.unparseable" if starts_with_digit else "number.not_numeric"
        raise NormalizationError(code, text, f"unexpected text after the number: {rest!r}")
    unit, trend = split
    if trend:
        qualifier = " ".join([*qualifiers, trend])
    if sign and sign.group() != "+":
        value = -value
    return Quantity(float(value), unit, qualifier, text)


_YEN_CELL = re.compile(r"^([-−‐–△▲]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:千円)?$")


def parse_amount_thousand_yen(text: str) -> int | None:
    """A 財務内容 cell printed in 千円 → exact yen (``3,691`` → 3_691_000,
    ``△50`` → -50_000, dash/blank → None). Raises NormalizationError."""
    s = normalize_text(text)
    if is_dash(s):
        return None
    core = _squeeze(s, text)
    m = _YEN_CELL.match(core)
    if not m:
        code = "number.unparseable" if re.search(r"\d", core) else "number.not_numeric"
        raise NormalizationError(code, text, "not an amount in 千円")
    try:
        yen = Decimal(m.group(2).replace(",", "")) * 1000
    except InvalidOperation:  # pragma: no cover - the regex only admits decimals
        raise _bad(text, "not an amount") from None
    if yen != yen.to_integral_value():
        raise NormalizationError("number.fractional_yen", text, "amount below one yen")
    return -int(yen) if m.group(1) else int(yen)
