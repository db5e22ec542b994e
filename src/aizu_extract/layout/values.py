"""What a cell's printed text is before any header is read: a value or a label.

Shared by the reading of a value cell's facts (layout/cell_facts.py), the year-header rule
(layout/year_heads.py) and the table readers: one test of "this cell prints a
value", so that every reader draws the line between values and labels alike.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..normalize.text import is_dash, normalize_text
from .table import text_key
from .vocabulary import vocabulary

# A value cell: a number with optional sign, separators, unit and notes.
_NUMERIC = re.compile(r"^[(（]?[-−‐–△▲+]?\s*[\d０-９][\d０-９,，.．\s]*")
# A year label printed without an era (``5年度``, ``20年度決算``) starts with digits too.
_YEAR_LABEL = re.compile(r"^[\d０-９]{1,4}\s*(年度|年)")


@lru_cache(maxsize=65536)
def is_value_text(text: str) -> bool:
    """A cell that prints a value (a number or a dash), not a label: also a word
    printed in a value's place while it is not known yet (集計中, the package
    vocabulary's ``pending_value``), which is a value cell with no number, never
    an indicator's name nor a header over the cells below it."""
    s = text.strip()
    if not s or _YEAR_LABEL.match(s):
        return False
    if is_dash(normalize_text(s)) or _NUMERIC.match(s):
        return True
    return vocabulary().header("pending_value").matches(text_key(s))


_ENCLOSED = re.compile(r"^[(（]([^()（）]+)[)）]$")


def without_staff_lines(lines: tuple[str, ...]) -> str | None:
    """The first line of a cell whose later lines all print a staff count (人件費
    ``4,150,000`` over ``（0.50人）``, the vocabulary's ``staff_note``, bracketed or not):
    the cell's amount, the staff under it is no money (contract v1.1). None for any
    other cell."""
    if len(lines) < 2:
        return None
    staff = vocabulary().header("staff_note")
    for line in lines[1:]:
        key = text_key(line)
        enclosed = _ENCLOSED.match(key)
        if not staff.matches(enclosed.group(1) if enclosed else key):
            return None
    return lines[0]
