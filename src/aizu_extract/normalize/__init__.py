"""Pure normalisation functions shared by all parsers (contract: "Normalisation rules").

Importing this package is cheap: the Sudachi dictionary behind ``match_key``
is only loaded on first use.
"""

from .eras import (
    ERA_LETTERS,
    ERA_START,
    EraYear,
    era_for_year,
    find_era_year,
    parse_era_year,
    to_era_label,
)
from .errors import NormalizationError
from .lexical import match_key
from .numbers import (
    Quantity,
    parse_amount_thousand_yen,
    parse_kanji_numeral,
    parse_quantity,
    to_kanji_numeral,
)
from .text import (
    compact,
    is_dash,
    is_protected_marker,
    join_wrapped,
    normalize_text,
    strip_footnote_markers,
)

__all__ = [
    "ERA_LETTERS",
    "ERA_START",
    "EraYear",
    "NormalizationError",
    "Quantity",
    "compact",
    "era_for_year",
    "find_era_year",
    "is_dash",
    "is_protected_marker",
    "join_wrapped",
    "match_key",
    "normalize_text",
    "parse_amount_thousand_yen",
    "parse_era_year",
    "parse_kanji_numeral",
    "parse_quantity",
    "strip_footnote_markers",
    "to_era_label",
    "to_kanji_numeral",
]
