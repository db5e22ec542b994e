"""A business unit's printed code (``business_units.unit_code``): what is one, and its
accounting.

Municipalities keep a unit's 事業番号 / 事業コード stable across years (``1-2-03``,
``0211``, ``R6-031``), so analysts follow a 事務事業 by it; the contract's integers
(measure_no, unit_no) cannot hold it (``1-2-03`` has a 政策 part, ``0211`` is a number
of the book, not the unit's number within its 施策). The code is kept as printed, NFKC
and without white space, from:

* a unit sheet's label naming it (vocabulary field ``unit_code``: 事業番号 | 0211);
  whatever the label's value prints, as long as it has an identifier's shape;
* a unit list's 番号 / No cell only when the cell is a code rather than a running row
  number (:func:`listed_code`): ``1`` ``2`` ``3`` down a 施策評価票's 事務事業一覧 say
  where a row stands in the list, not which unit it is, and stay no code.

Accounting (:func:`match_unit_codes`): a box printing exactly a recorded code is that
unit's identifier, on any page (the 目次 of a book prints it again), so it is assigned
to ``business_units``. Exact, not by digit signature: ``0211`` must not account for a
value ``211`` nobody read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .settings import DEFAULT

if TYPE_CHECKING:
    from .accounting import AccountProbe
    from .layout.page import PageLayout, TextBox
    from .parsers.base import Extraction

# Letters and digits in groups joined by a dash or underscore, at least one digit
# (0211, 1-2-03, 02-05-12-005, R6-031); NFKC has folded full-width forms already.
_SHAPE = re.compile(r"^(?=[^\d]*\d)[A-Za-z0-9]+(?:[-‐−–―ー_][A-Za-z0-9]+)*$")
_SEPARATOR = re.compile(r"[-‐−–―ー_]")
# The fate a code shape gets as furniture (R6-031) before any record is looked at.
_CODE_FATE = ("furniture", "furniture.code")
# Keys of the probe's identifiers that are unit codes (apart from digit signatures).
PROBE_PREFIX = "code:"


def printed_code(
    text: str | None, max_chars: int = DEFAULT.reading.unit_code_max_chars
) -> str | None:
    """``text`` as a code (NFKC, white space removed) when it has a code's shape and at
    most ``max_chars`` characters; None otherwise (a name, prose, a blank)."""
    if not text:
        return None
    key = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    if not key or len(key) > max_chars or _SHAPE.match(key) is None:
        return None
    return key


def listed_code(
    text: str | None,
    max_chars: int = DEFAULT.reading.unit_code_max_chars,
    min_digits: int = DEFAULT.reading.unit_code_min_digits,
) -> str | None:
    """A list's number cell as a code, only when it cannot be a running row number:
    compound (``1-2-03``), or one group of at least ``min_digits`` digits with a
    leading zero (``0211``, ``010203``). ``1``, ``12``, ``01`` give None."""
    code = printed_code(text, max_chars)
    if code is None:
        return None
    if _SEPARATOR.search(code):
        return code
    if code.isdigit() and code.startswith("0") and len(code) >= min_digits:
        return code
    return None


def unit_codes(ex: Extraction) -> set[str]:
    """Every code a business unit of ``ex`` records."""
    return {
        str(r["unit_code"]) for r in ex.business_units if isinstance(r, dict) and r.get("unit_code")
    }


def match_unit_codes(
    pending: Iterable[tuple[PageLayout, TextBox, str]],
    fates: dict[int, tuple[str, str]],
    ex: Extraction,
    probe: AccountProbe | None = None,
) -> None:
    """Assign every box whose key is a recorded unit code, still without a fate or
    only furniture.code by its shape (R6-031). Asked before the code rules of the
    neighbours (事業番号 | 0211 is furniture.code when no unit records it): a code a
    unit holds is that unit's, a value of the contract.
    ``probe`` (a piece of a split document) learns the codes and the keys looked up
    in vain, as for the identifiers: a code printed in one piece and recorded in
    another has the merge read the document whole."""
    codes = unit_codes(ex)
    for _page, box, _region in pending:
        if fates.get(id(box), _CODE_FATE) != _CODE_FATE:
            continue  # a folio, a running header, an unreadable page: not a unit's code
        if box.key in codes:
            fates[id(box)] = ("assigned", "business_units")
        elif probe is not None and printed_code(box.key):
            probe.missed.add(PROBE_PREFIX + box.key)
    if probe is not None:
        probe.ids.update(PROBE_PREFIX + c for c in codes)
