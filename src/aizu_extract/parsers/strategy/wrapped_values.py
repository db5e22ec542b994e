"""Indicator lines wrapped within their column: ``【KPI】 name：現状値 X（Y）→目標値 Z（Y）``.

A plan set in newspaper columns (template AG) prints each indicator as one
sentence-like line, ``【重要業績評価指標（ＫＰＩ）】　NAME：現状値　…（令和４年度）→目標値　…
（令和９年度）`` under a 施策, or ``NAME：現状値　…→目標値　…`` in the bordered box under a
goal's 【数値目標】 label; a column a third of the page wide wraps it over two or three
lines, anywhere (inside the name, the label word, a number or the year's bracket).
The lines are joined as the column printed them (CJK: no space at a wrap) while
each next line continues the first (directly below it, at its left edge, opening
nothing of its own), until the joined text reads as ``name：`` and a values line
(:func:`arrow_lines.read_labelled_values`: each value after its word, with its own
year). Lines that never read are handed back to the outline walk as they came.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...normalize.text import normalize_text
from .common import BULLETS, Line
from .kpi_model import table_label

# ``【label】 rest``: a bracketed label opening a line, and the text after it
_LABELLED = re.compile(r"^\s*【(?P<label>[^】]+)】\s*(?P<rest>\S.*)$")
_NAME_END = re.compile(r"[:：]")
MAX_LINES = 4  # a wrapped indicator line longer than this is no such line


def kpi_line_rest(text: str) -> str | None:
    """The text after a KPI label opening ``text`` (``【重要業績評価指標（ＫＰＩ）】　name…``),
    else None."""
    m = _LABELLED.match(text)
    if m is None or table_label(f"【{normalize_text(m['label'])}】".replace(" ", "")) != "kpi":
        return None
    return m["rest"]


@dataclass(slots=True)
class WrappedLine:
    """The lines of one indicator line read so far, its kind and its heading context."""

    kind: str
    context: str
    lines: list[Line] = field(default_factory=list)
    head: str = ""  # the first line's text without its label

    def text(self) -> str:
        return self.head + "".join(ln.text.strip() for ln in self.lines[1:])

    def name_and_values(self) -> tuple[str, str] | None:
        """(name, values) once the joined text holds ``name：`` and more."""
        text = self.text()
        m = _NAME_END.search(text)
        if m is None or m.start() == 0:
            return None
        return text[: m.start()].strip(), text[m.end() :].strip()


def continues(first: Line, last: Line, ln: Line, wrap_em: float, slack: float) -> bool:
    """``ln`` is the next line of the wrapped line opened by ``first`` (whose last line
    so far is ``last``): on its page, right below ``last``, starting at ``first``'s
    left edge (the column's), opening no label, bullet or indicator of its own."""
    norm = normalize_text(ln.text)
    return (
        ln.page == last.page
        and abs(ln.x0 - first.x0) <= slack + wrap_em * ln.size
        and 0 <= ln.y0 - last.line.bbox.y1 <= wrap_em * ln.size
        and norm[:1] not in BULLETS
        and not norm.startswith("【")
    )


def opens_values(rest: str, words: tuple[str, ...], name_may_wrap: bool) -> bool:
    """``rest`` (a line after its label) may open a wrapped indicator line: a name, a
    colon and the start of a baseline word (``新規就農者数：現`` — the word itself may
    wrap), or, when ``name_may_wrap``, a name not yet ended by its colon."""
    m = _NAME_END.search(rest)
    if m is None:
        return name_may_wrap and bool(rest.strip())
    after = rest[m.end() :].strip()
    if not after or m.start() == 0:
        return False
    return any(w.startswith(after[: len(w)]) for w in words)
