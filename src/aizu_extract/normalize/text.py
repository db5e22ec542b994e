"""Text normalisation for everything read from a PDF (contract: "Normalisation rules").

NFKC fixes full-width ASCII, Kangxi radicals and CJK compatibility ideographs,
but it also destroys outline markers (``①`` → ``1``, ``Ⅱ`` → ``II``) and leaves
the CJK Radicals Supplement block alone. ``normalize_text`` is NFKC with those
two holes patched. Everything here is pure and idempotent.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

__all__ = [
    "RADICALS_SUPPLEMENT_MAP",
    "as_read",
    "as_read_span",
    "circled_number",
    "compact",
    "is_dash",
    "is_protected_marker",
    "join_wrapped",
    "normalize_text",
    "ordinal_number",
    "strip_footnote_markers",
]

# Outline markers NFKC would fold: circled numbers/letters/ideographs/katakana
# and Roman numerals. Parenthesised (⑴) and full-stop (⒈) digits are *not*
# protected: folding them gives the same ``(1)`` / ``1.`` as their typed forms.
_PROTECTED_RANGES: tuple[tuple[int, int], ...] = (
    (0x2160, 0x2188),  # Ⅰ–Ⅻ, ⅰ–ⅻ and other number forms
    (0x2460, 0x2473),  # ①–⑳
    (0x24B6, 0x24FF),  # Ⓐ–ⓩ, ⓪, ⓫–⓴, ⓵–⓾, ⓿
    (0x3251, 0x325F),  # ㉑–㉟
    (0x3280, 0x32B0),  # ㊀–㊉, ㊊–㊰ (circled ideographs)
    (0x32B1, 0x32BF),  # ㊱–㊿
    (0x32D0, 0x32FE),  # ㋐–㋾ (circled katakana); U+32FF ㋿ (令和) is folded
)

_PROTECTED_CLASS = "".join(f"{chr(a)}-{chr(b)}" for a, b in _PROTECTED_RANGES)
_PROTECTED_SPLIT = re.compile(f"([{_PROTECTED_CLASS}]+)")

# Invisible characters that only split words; removed *before* NFKC so that
# removing them cannot create new compositions (keeps the function idempotent).
_INVISIBLE_CHARS = "\u00ad\u200b-\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_WHITESPACE = re.compile(r"\s+")

# CJK Radicals Supplement → equivalent unified ideograph (after Unicode's
# EquivalentUnifiedIdeograph.txt). NFKC only maps ⺟ and ⻳.
_RADICALS_HAND: dict[str, str] = {
    "⺁": "厂", "⺂": "乛", "⺃": "乚", "⺄": "乙", "⺅": "亻", "⺆": "冂",
    "⺉": "刂", "⺊": "卜", "⺋": "㔾", "⺌": "小", "⺍": "小", "⺒": "巳",
    "⺓": "幺", "⺔": "彑", "⺕": "彐", "⺖": "忄", "⺗": "㣺", "⺘": "扌",
    "⺙": "攵", "⺛": "旡", "⺜": "日", "⺝": "月", "⺞": "歺", "⺟": "母",
    "⺠": "民", "⺡": "氵", "⺢": "氺", "⺣": "灬", "⺤": "爫", "⺥": "爫", "⺦": "丬",
    "⺧": "牛", "⺨": "犭", "⺩": "王", "⺪": "疋", "⺫": "目", "⺬": "示",
    "⺭": "礻", "⺮": "竹", "⺯": "糸", "⺰": "纟", "⺱": "罓", "⺲": "罒",
    "⺳": "㓁", "⺶": "羊", "⺹": "耂", "⺺": "肀", "⺻": "聿", "⺼": "肉",
    "⺽": "臼", "⺾": "艹", "⺿": "艹", "⻀": "艹", "⻁": "虎", "⻂": "衤",
    "⻃": "覀", "⻄": "西", "⻅": "见", "⻆": "角", "⻇": "角", "⻈": "讠",
    "⻉": "贝", "⻊": "足", "⻋": "车", "⻌": "辶", "⻍": "辶", "⻎": "辶",
    "⻏": "阝", "⻐": "钅", "⻑": "長", "⻒": "镸", "⻓": "长", "⻔": "门",
    "⻕": "阜", "⻖": "阝", "⻗": "雨", "⻘": "青", "⻙": "韦", "⻚": "页",
    "⻛": "风", "⻜": "飞", "⻝": "食", "⻟": "飠", "⻠": "饣", "⻢": "马",
    "⻣": "骨", "⻤": "鬼", "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦",
    "⻩": "黄", "⻪": "黾", "⻫": "斉", "⻬": "齐", "⻭": "歯", "⻮": "齿",
    "⻯": "竜", "⻰": "龙", "⻱": "龜", "⻲": "亀", "⻳": "龟",
}  # fmt: skip

_NAME_SUFFIX = re.compile(r" (ONE|TWO|THREE|FOUR)$")


def _radicals_from_names() -> dict[str, str]:
    """Fallback for radicals missing from the hand table: 'CJK RADICAL X [ONE]' →
    NFKC('KANGXI RADICAL X'). Only non-simplified names, so meaning is preserved."""
    table: dict[str, str] = {}
    for cp in range(0x2E80, 0x2F00):
        ch = chr(cp)
        name = unicodedata.name(ch, "")
        if ch in _RADICALS_HAND or not name.startswith("CJK RADICAL ") or "SIMPLIFIED" in name:
            continue
        base = _NAME_SUFFIX.sub("", name.removeprefix("CJK RADICAL "))
        try:
            kangxi = unicodedata.lookup(f"KANGXI RADICAL {base}")
        except KeyError:
            continue
        table[ch] = unicodedata.normalize("NFKC", kangxi)
    return table


RADICALS_SUPPLEMENT_MAP: dict[str, str] = {**_radicals_from_names(), **_RADICALS_HAND}
_RADICALS_TRANS = str.maketrans(RADICALS_SUPPLEMENT_MAP)
# Any of the table's radicals: searched first (a C scan), so the common text, which
# has none, skips translate's table lookup per character.
_RADICAL_CHARS = "".join(map(re.escape, RADICALS_SUPPLEMENT_MAP))
_HAS_RADICAL = re.compile(f"[{_RADICAL_CHARS}]")
# A text with none of these (no invisible character, outline marker or radical) is
# normalised by NFKC and the whitespace alone, in one scan for all three: NFKC makes
# no radical of the table out of another character (test_first_sight checks each).
_PLAIN = re.compile(f"[{_INVISIBLE_CHARS}{_PROTECTED_CLASS}{_RADICAL_CHARS}]")


def is_protected_marker(ch: str) -> bool:
    """True for an outline marker that normalize_text keeps as printed (①, Ⅱ, ㋐ …)."""
    cp = ord(ch)
    return any(a <= cp <= b for a, b in _PROTECTED_RANGES)


# The circled numbers, each block's first code point and the number it prints.
_CIRCLED_BLOCKS = ((0x2460, 0x2473, 1), (0x3251, 0x325F, 21), (0x32B1, 0x32BF, 36))
# ... as a regex character class, for readers that find one inside a label.
CIRCLED_CLASS = "[" + "".join(f"{chr(a)}-{chr(b)}" for a, b, _ in _CIRCLED_BLOCKS) + "]"


def circled_number(text: str) -> int | None:
    """The number a circled numeral prints (``①`` → 1, ``⑳`` → 20, ``㉑`` → 21 … ``㊿``
    → 50): normalize_text keeps them as printed, so readers ask here; None for any
    other text (more than the one character included)."""
    if len(text) != 1:
        return None
    cp = ord(text)
    return next((n + cp - a for a, b, n in _CIRCLED_BLOCKS if a <= cp <= b), None)


def ordinal_number(text: str) -> int | None:
    """A row's or item's number printed alone: decimal digits (``12``) or a circled
    numeral (``①``; ``str.isdigit`` is true of it, but ``int`` cannot read it)."""
    return int(text) if text.isascii() and text.isdecimal() else circled_number(text)


def as_read(s: str) -> str:
    """A cell's text as printed, for ``value_text`` (contract: "exactly as read,
    before normalisation"): the glyphs unchanged (``－``, ``１，９１３``, ``⽬``
    stay), only the layout's whitespace (line breaks, runs of spaces) made one
    space, so a wrapped cell reads as one line."""
    return " ".join(s.split())


def as_read_span(raw: str, start: int, end: int) -> str:
    """The printed text behind ``normalize_text(raw)[start:end]``, as read.

    A value found by a pattern over the normalised text of a sentence
    (``【数値目標：１００件】``) keeps its printed glyphs for ``value_text``.
    Prefix lengths of the normalised text grow with the raw prefix, so the
    span's ends are found by bisection over them."""
    # uncached: every prefix is asked once, and would crowd the cells out of the cache
    lengths = [len(_normalize(raw[:i])) for i in range(len(raw) + 1)]
    first = bisect.bisect_right(lengths, start) - 1
    last = bisect.bisect_left(lengths, end, lo=first)
    return as_read(raw[first:last])


def normalize_text(s: str) -> str:
    """NFKC + radicals-supplement fix, keeping outline markers; whitespace collapsed.

    Tildes are never deleted (NFKC turns ``～`` into ``~``; ``〜`` stays).
    """
    # cells repeat a lot (dashes, units, labels); long page texts are not worth caching
    return _normalize_cached(s) if len(s) <= _CACHED_CHARS else _normalize(s)


# Texts up to this long are remembered (cells, labels), this many of each kind.
_CACHED_CHARS = 256
_CACHED_TEXTS = 32768


@lru_cache(maxsize=_CACHED_TEXTS)
def _normalize_cached(s: str) -> str:
    return _normalize(s)


def _normalize(s: str) -> str:
    if _PLAIN.search(s) is None:  # most texts: NFKC and the whitespace only
        return _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", s)).strip()
    s = _INVISIBLE.sub("", s)
    parts = _PROTECTED_SPLIT.split(s)
    # split() with one group: even indexes are free text, odd ones protected runs
    s = "".join(p if i % 2 else unicodedata.normalize("NFKC", p) for i, p in enumerate(parts))
    if _HAS_RADICAL.search(s):
        s = s.translate(_RADICALS_TRANS)
    return _WHITESPACE.sub(" ", s).strip()


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _needs_space(left: str, right: str) -> bool:
    """A wrapped break becomes a space only between two ASCII words (``VISIT``/``AIZU``);
    Japanese text has no inter-word spaces, so any CJK side joins directly, and a
    break between two digits is a number wrapped mid-way (``市70``/``0千円``)."""
    if left.isdigit() and right.isdigit():
        return False
    return (_is_ascii_alnum(left) or left in ",.;:!?)]}") and (
        _is_ascii_alnum(right) or right in "([{"
    )


def join_wrapped(lines: Iterable[str]) -> str:
    """Re-join the wrapped lines of one table cell into a single normalised string."""
    out = ""
    for line in lines:
        piece = normalize_text(line)
        if not piece:
            continue
        if out and _needs_space(out[-1], piece[0]):
            out += " "
        out += piece
    return normalize_text(out)


def compact(s: str) -> str:
    """normalize_text without any whitespace: matches labels printed with stray
    spaces (``重要業績評価指標 (K P I)`` == ``重要業績評価指標(KPI)``)."""
    # every box key and most label lookups come through here, on the same cell texts
    return _compact_cached(s) if len(s) <= _CACHED_CHARS else _compact(s)


@lru_cache(maxsize=_CACHED_TEXTS)
def _compact_cached(s: str) -> str:
    return _compact(s)


def _compact(s: str) -> str:
    return _WHITESPACE.sub("", normalize_text(s))


_FOOTNOTE = re.compile(r"<sup>[^<]{0,8}</sup>|⁽?[⁰¹²³⁴-⁹]+⁾?")


def strip_footnote_markers(s: str) -> str:
    """Remove superscript footnote numbers glued to a name (``企業立地件数⁴``).

    Call on the raw text, *before* normalize_text (NFKC turns ``⁴`` into ``4``).
    ``※`` annotations are kept: they are qualifiers, not footnote markers.
    The ``<sup>n</sup>`` form found in HTML-ish text extractions is removed too.
    """
    return _FOOTNOTE.sub("", s)


# "No value" marks, as they look *after* normalize_text (－→-, ＿→_, ｰ→ー,
# ‑→‐, …→...). Box-drawing rules and the minus sign are included because PDFs
# draw dashes with them.
_DASH_CHARS = frozenset("-‐‒–—―−ー_.─━﹘")


def is_dash(s: str) -> bool:
    """True for a blank cell or one holding only "no value" dashes (``－``, ``—``,
    ``ー`` misused as a dash, ``…``), possibly repeated or spaced."""
    return _DASH_CHARS.issuperset(compact(s))
