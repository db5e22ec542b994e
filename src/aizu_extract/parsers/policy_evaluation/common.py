"""Patterns the 施策評価票 steps share: a 施策 heading, a compound code and a No cell."""

from __future__ import annotations

import re

# A node's number as printed: ``3``, or a compound code ``3－2`` (政策 3, 施策 2) whose
# last part is the node's own number; NFKC has folded ``－`` to ``-`` already.
CODE = r"\d+(?:\s*[-‐−ー―–]\s*\d+)*"
_CODE_SEP = re.compile(r"\s*[-‐−ー―–]\s*")
# "施策1 交流の促進", "施策 ２", "施策3-2 子育て支援の充実": the code (and title) of a 施策
# heading; a compound code is never cut at its dash (the title is not "-2 子育て…").
MEASURE_RE = re.compile(rf"^施策\s*({CODE})\s*(.*)$")
# An unsigned integer cell: a No column or a card number.
INT_RE = re.compile(r"^\d{1,3}$")


def code_parts(printed: str) -> tuple[int, ...]:
    """``3 - 2`` / ``3ー2`` / ``04`` → (3, 2) / (3, 2) / (4,)."""
    return tuple(int(part) for part in _CODE_SEP.split(printed.strip()))


def code_text(printed: str) -> str:
    """One spelling of a code: ``3ー2`` → ``3-2``, ``04`` → ``4``."""
    return "-".join(map(str, code_parts(printed)))


def own_number(printed: str) -> int:
    """A node's own number within its parent: the code's last part (``3-2`` → 2)."""
    return code_parts(printed)[-1]
