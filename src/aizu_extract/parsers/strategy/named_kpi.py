"""An indicator named on its label's line over a line of its values.

概要版 slides and many strategies print a KPI in a small box as two lines:
``ＫＰＩ：新規就農者数`` and under it ``基準値 2人（R5）→目標値 累計15人（R11）``.
The label word says the kind (KPI words: kpi; 数値目標 words: numerical_target),
the name is what follows its colon, and the values line gives a baseline and a
target row, each value after its own label word (arrow_lines.read_labelled_values).
Several boxes may stand side by side, so a values line belongs to the name line
right above it, not to the last one read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...layout.table import text_key
from .arrow_lines import BASELINE_WORDS
from .common import KPI_HEADERS, NUMERICAL_HEADERS, NUMERICAL_LABELS, Line, tidy_name

_COLONS = ":："
_ARROW = re.compile("[→⇒➡]")
_GAP = re.compile(r"\s+")
# (label words, kind): the first whose word opens the key before a colon
_KINDS = ((KPI_HEADERS, "kpi"), ((*NUMERICAL_LABELS, *NUMERICAL_HEADERS), "numerical_target"))


@dataclass(slots=True, eq=False)
class NamedKpi:
    """A name line waiting for its values line."""

    line: Line
    kind: str
    name: str
    context: str | None
    values: Line | None = None  # its values line as read so far (cut at a rule)
    base: Line | None = None  # its baseline printed alone, the target on the next line


def named_kpi(key: str, raw: str) -> tuple[str, str, str | None] | None:
    """(kind, name, values) of a ``KPI：name`` line (its text key and printed text),
    else None; ``values`` is the printed values when the line goes on with them after
    a space and a baseline word (``KPI：name　基準値 2人（R5）→目標値 …``), else None."""
    for words, kind in _KINDS:
        for word in words:
            if key.startswith(word) and key[len(word) : len(word) + 1] in tuple(_COLONS):
                cut = min(i for i in (raw.find(c) for c in _COLONS) if i >= 0)
                rest = raw[cut + 1 :]
                name, values = _values_after(rest)
                name = tidy_name([name])
                return (kind, name, values) if name else None
    return None


def _values_after(rest: str) -> tuple[str, str | None]:
    """(name, values) of a name line going on with its labelled values, else (rest, None)."""
    if not _ARROW.search(rest):
        return rest, None
    for gap in _GAP.finditer(rest):
        tail = rest[gap.end() :]
        if any(text_key(tail[: len(w) + 1]).startswith(w) for w in BASELINE_WORDS):
            return rest[: gap.start()], tail
    return rest, None
