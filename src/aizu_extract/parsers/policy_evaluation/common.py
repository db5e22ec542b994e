"""Patterns the 施策評価票 steps share: a 施策 heading and a No cell."""

from __future__ import annotations

import re

# "施策1 交流の促進", "施策 ２" …: the number (and title) of a 施策 heading.
MEASURE_RE = re.compile(r"^施策\s*(\d+)\s*(.*)$")
# An unsigned integer cell: a No column or a card number.
INT_RE = re.compile(r"^\d{1,3}$")
