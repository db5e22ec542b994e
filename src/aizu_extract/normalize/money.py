"""Money cells in any printed unit → exact yen.

Budget tables print their figures in 千円, 円 or 百万円 (the sheet's own unit
note says which); the amount is scaled with Decimal so no float rounding
ever reaches ``amount_yen``. A cell printing two figures, ``326,800(0)``,
is split by :func:`split_pair` when its row label names both.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .errors import NormalizationError
from .text import compact, is_dash

__all__ = ["parse_amount", "split_pair"]

_AMOUNT = re.compile(
    r"^([-−‐‒–△▲]|マイナス)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(千円|百万円|万円|円)?$"
)
_PAIR = re.compile(r"^(?P<a>[^()]+)\((?P<b>[^()]+)\)$")


def parse_amount(text: str, factor: int) -> int | None:
    """A printed amount (``3,691``, ``△50``, ``1,234.5``) × ``factor`` → yen.

    Dash or blank → None. Raises NormalizationError ``number.not_numeric`` for
    text without digits, ``number.unparseable`` for digits that are not one
    amount, ``number.fractional_yen`` when the scaled amount is below one yen.
    """
    s = compact(text)
    if is_dash(s):
        return None
    m = _AMOUNT.match(s)
    if not m:
        code = "number.unparseable" if re.search(r"\d", s) else "number.not_numeric"
        raise NormalizationError(code, text, "not an amount")
    yen = Decimal(m.group(2).replace(",", "") + (m.group(3) or "")) * factor
    if yen != yen.to_integral_value():
        raise NormalizationError("number.fractional_yen", text, "amount below one yen")
    return -int(yen) if m.group(1) else int(yen)


def split_pair(text: str) -> tuple[str, str] | None:
    """``326,800(0)`` → (``326,800``, ``0``); None when the cell is not a pair."""
    m = _PAIR.match(compact(text))
    if not m or not re.search(r"\d", m.group("a")):
        return None
    return m.group("a"), m.group("b")
