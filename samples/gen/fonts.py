"""Locate the IPAex fonts used by every sample renderer.

Debian's ``fonts-ipaexfont`` installs them under /usr/share/fonts/opentype; the
environment variable ``AIZU_IPAEX_DIR`` overrides the search.
"""

from __future__ import annotations

import os
from pathlib import Path

_SEARCH = (
    os.environ.get("AIZU_IPAEX_DIR", ""),
    "/usr/share/fonts/opentype/ipaexfont-gothic",
    "/usr/share/fonts/opentype/ipaexfont-mincho",
    "/usr/share/fonts/truetype/ipaexfont",
)


def find_font(file_name: str) -> Path:
    """Return the path of ``ipaexg.ttf`` (gothic) or ``ipaexm.ttf`` (mincho)."""
    for folder in _SEARCH:
        if folder and (Path(folder) / file_name).exists():
            return Path(folder) / file_name
    raise FileNotFoundError(f"{file_name} not found: apt-get install fonts-ipaexfont")


def gothic() -> Path:
    return find_font("ipaexg.ttf")


def mincho() -> Path:
    return find_font("ipaexm.ttf")
