"""Which printed texts are numbers, and the digits they print (the accounting's rule).

What counts as a number (the rule): the box's key (NFKC, no spaces) is at most
``AccountingSettings.max_number_chars`` characters, holds no sentence punctuation,
and once its labels are taken out still holds digits, as a value prints them: an optional short
lead (``約``, ``年``, ``毎年``), digits with separators, signs, brackets or
arrows, and a short unit or qualifier tail (``千円``, ``人``, ``%以上``).
Labels are taken out first and do not count: years and eras (``R5年度``,
``令和5年``, ``2023``, ``(2023)``), dates (``2024年4月1日``, ``R6.3.31``),
ordinals and outline numbers (``施策1``, ``第7次``, ``基本目標2``, ``3章``)
and telephone numbers. A sentence that mentions a number (``年3回開催した``
inside prose) is text, not a number.

A box of labelled amounts counts too (:func:`labelled_amounts`): each line a
label, then one amount in a money unit the vocabulary knows (池田市's
「その他」財源の主な内容 cell ``基金繰入金 5,690千円``, or ``基金繰入金 273千円`` over
``廃油引取料 23千円``). Its labels are too long for a value's lead, but the
amounts are printed all the same and must be accounted for.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from .layout.page import TextBox
from .layout.table import text_key
from .normalize.errors import NormalizationError
from .normalize.numbers import parse_quantity
from .normalize.text import is_dash
from .settings import DEFAULT

CACHED_KEYS = 32768  # box texts whose number test and digit signature are remembered

_PROSE = re.compile(r"[。、，]|です|ます|した")
# Labels that hold digits but are not numbers (taken out before the test).
_LABELS = (
    # dates: 2024年4月1日, R6.3.31, 2024/4/1, 令和6年3月
    re.compile(r"(?:令和|平成|昭和|[RHS])?\.?(?:元|\d{1,4})[年./](?:\d{1,2})[月./](?:\d{1,2}日?)?"),
    re.compile(r"(?:令和|平成|昭和|[RHS])\.?(?:元|\d{1,2})[.．]\d{1,2}"),
    re.compile(r"\d{1,2}月(?:\d{1,2}日)?"),
    # years and eras: R5年度, 令和5年, H30, 5年度末, 2023年度
    re.compile(r"(?:令和|平成|昭和|[RHS])\.?(?:元|\d{1,2})(?:年度?(?:末|当初)?)?"),
    re.compile(r"(?<![\d,.])(?:19|20)\d\d(?:年度?(?:末|当初)?)?(?![\d,.])"),
    re.compile(r"(?<![\d,.])\d{1,2}年度(?:末|当初)?"),
    # ordinals and outline numbers: 第7次, 施策1, 基本目標2, 3章, No.1 stays a number
    re.compile(r"第\d+(?:次|期|章|節|条|号|回|部|編|版|款|項|目)?"),
    re.compile(
        r"(?:施策|基本目標|政策目標|政策分野|政策|基本方針|方針|柱|重点|プロジェクト|分野|"
        r"戦略|目標|事業|項目|様式|別紙|資料|図表|図|表|SDGs|ゴール)\d+(?:[-‐－]\d+)*"
    ),
    re.compile(r"(?<![\d,.])\d+(?:次|期|章|節|条|号|編|版|部)"),
    # telephone numbers and postal codes
    re.compile(r"\d{2,5}[-‐－(（]\d{1,4}[-‐－)）]\d{3,4}"),
    re.compile(r"〒?\d{3}[-‐－]\d{4}"),
)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# What is left once labels are out: lead, numbers with separators, unit tail.
_VALUE = re.compile(
    r"^(?P<lead>[^\d]{0,3}?)"
    r"[(（\[]?[-−‐–△▲▼+±~〜]?\s*\d[\d,.]*"
    r"(?:[^\d]{0,4}?[-−‐–△▲+]?\d[\d,.]*)*"
    r"[)）\]]?(?P<tail>[^\d]{0,5})$"
)


_OUTLINE = re.compile(r"^[(（]\d{1,2}[)）]\D{2,}")


_HEADING_KANA = re.compile(r"[ぁ-おが-ぢづ-ゖ]")  # hiragana but か, っ, つ (か所, 1つ)


def key_of(text: str) -> str:
    """NFKC, no whitespace (the layout's box key, also for record texts)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _without_labels(key: str) -> str:
    """``key`` with its labels (dates, years, ordinals, telephone numbers) taken out."""
    for label in _LABELS:
        key = label.sub("", key)
    return key


@lru_cache(maxsize=CACHED_KEYS)
def is_number(key: str, max_chars: int = DEFAULT.accounting.max_number_chars) -> bool:
    """The rule of the module docstring on one box key (asked of a box several
    times per document, and of the same keys on every page: remembered)."""
    if not key or len(key) > max_chars or not any(c.isdigit() for c in key):
        return False
    if _PROSE.search(key):
        return False
    rest = _without_labels(key)
    if not any(c.isdigit() for c in rest):
        return False
    m = _VALUE.match(rest)
    if m is None or _OUTLINE.match(rest):
        return False
    tail = m.group("tail")
    # ``7 おわりに``, ``(2)事業の概要``: a heading's number, not a value
    return not (len(tail) >= 5 or _HEADING_KANA.search(tail))


# A labelled amount once labels are out: words, one amount, a money unit (named by
# the caller from the vocabulary), nothing after it.
_AMOUNT = r"(?P<amount>[-−△▲]?\d[\d,]*(?:\.\d+)?)"


@lru_cache(maxsize=CACHED_KEYS)
def labelled_amount(key: str, units: tuple[str, ...], max_chars: int) -> Decimal | None:
    """The amount of ``key`` when it is words then one amount in one of the money
    ``units`` (``基金繰入金5,690千円`` → 5690), within ``max_chars`` and not prose;
    None otherwise. The amount is in the printed unit (the table's, as a rule)."""
    if not units or not key or len(key) > max_chars or _PROSE.search(key):
        return None
    m = _labelled_pattern(units).match(_without_labels(key))
    if m is None:
        return None
    try:  # read as every value cell is (signs, separators)
        value = parse_quantity(m.group("amount")).value
    except NormalizationError:
        return None
    return None if value is None else Decimal(repr(value))


@lru_cache(maxsize=8)
def _labelled_pattern(units: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    return re.compile(rf"^[^\d]{{2,}}?{_AMOUNT}(?:{names})$")


def labelled_amounts(
    box: TextBox, units: tuple[str, ...], max_chars: int
) -> tuple[Decimal, ...] | None:
    """Each line's amount when every line of ``box`` is a labelled amount (a 内訳 such
    as ``基金繰入金 273千円`` over ``廃油引取料 23千円``); None when a line is not one."""
    if not units:
        return None
    amounts = []
    for line in box.line_texts:
        amount = labelled_amount(text_key(line), units, max_chars)
        if amount is None:
            return None
        amounts.append(amount)
    return tuple(amounts) or None


def prints_number(box: TextBox, max_chars: int, money_units: tuple[str, ...] = ()) -> bool:
    """The box is a number, or prints one number (or dash) per line (``20`` over ``18``:
    a target over an actual, whose joined key ``2018`` would read as a year), or one
    labelled amount in one of ``money_units`` per line."""
    if is_number(box.key, max_chars):
        return True
    if labelled_amounts(box, money_units, max_chars) is not None:
        return True
    lines = [text_key(line) for line in box.line_texts]
    if len(lines) < 2 or not all(is_number(k, max_chars) or is_dash(k) for k in lines):
        return False
    return any(not is_dash(k) for k in lines)


# A number printed with a sign before its digits (``+1.0``, ``▲2``, ``(-3)``).
_SIGNED = re.compile(r"^[(（\[]?\s*[-−‐–△▲▼+±]")


def _has_unit(norm: str) -> bool:
    """The text reads as a quantity with its unit right after the digits (``3人``,
    ``12.5%``); words set apart by a space are a heading's (``4 最終評価``: the number
    of the heading, an identifier)."""
    if any(c.isspace() for c in norm):
        return False
    try:
        return parse_quantity(norm).unit is not None
    except NormalizationError:
        return False


@lru_cache(maxsize=CACHED_KEYS)
def id_signature(text: str) -> str:
    """The digits an identifier prints (an outline, row or SDG target number), group by
    group as printed: ``(1)`` and ``①`` → ``1``, ``3-2`` → ``3|2``, ``17.10`` →
    ``17.10``. Unlike :func:`signature`, a fraction keeps its zeros (``1.0`` is no
    ``(1)``) and a signed number gives "" (``+1.0``, ``▲2``: values, never an
    identifier), so an identifier read elsewhere cannot account for a value nobody read.
    Nor does a number printed with its unit (``3人``, ``1件``): a count, never the
    ``3`` of 基本目標3 (an identifier prints no unit)."""
    norm = unicodedata.normalize("NFKC", str(text)).strip()
    if _SIGNED.match(norm) or _has_unit(norm):
        return ""
    groups = []
    for g in _DIGITS.findall(norm):
        whole, dot, fraction = g.replace(",", "").partition(".")
        groups.append((whole.lstrip("0") or "0") + dot + fraction)
    return "|".join(groups)


@lru_cache(maxsize=CACHED_KEYS)
def signature(text: str) -> str:
    """The digits a text prints, group by group: ``1,234千円`` and ``1234`` → ``1234``."""
    groups = []
    for g in _DIGITS.findall(unicodedata.normalize("NFKC", str(text))):
        g = g.replace(",", "")
        if "." in g:
            g = g.rstrip("0").rstrip(".") or "0"
        groups.append(g.lstrip("0") or "0")
    return "|".join(groups)
