"""Fonts whose decoded text is not the printed text (文字化け), and the pages they leave.

A font whose ToUnicode map is missing or broken decodes its glyph ids as
whatever code points they happen to be. A re-writer makes them: Ghostscript
10.00's pdfwrite drops the maps of many subset fonts, or keeps a map that is
right for the kanji and wrong for the kana. What comes out is control codes,
U+FFFD and private-use code points (which a page's unreadable share already
counts), but just as often Latin-1 and Latin Extended letters, spacing
modifiers or Cyrillic mixed with ASCII: ``第2期 会津若松市 ®・¢・創生総合戦略``
for ``まち・ひと・しごと``. Such a font is wrong for *all* its glyphs (its ASCII
``r}t`` is a kana too), so the verdict is per font (PyMuPDF's span font name)
and per document, from the characters it decodes to (:func:`garbled`), and
every glyph of a condemned font is withheld from the text (load.py): it never
becomes row text or a value, it counts as unreadable, and a number it prints
is ``unassigned.unreadable_text`` (accounting.py).

Fonts are told by name: two subsets of one font under the same name (one
mapped, one not) are judged together, so the mapped one's text is withheld
with the other's. That costs rows, never gives wrong ones.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from .settings import DEFAULT, LoadSettings

if TYPE_CHECKING:
    from .layout import DocumentLayout

# Code points a Japanese planning document's font does not decode to when its
# map is right, and where raw glyph ids land when it is not: (first, last, what).
# A Japanese document does print a few of them (an é in a name, β, Δ), which is
# why a font is condemned only by many of them (LoadSettings.font_wrong_*).
WRONG_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0000, 0x001F, "C0 control codes: PyMuPDF's output for unmapped glyphs"),
    (0x007F, 0x009F, "DEL and C1 control codes"),
    (0x00A1, 0x00A4, "¡ ¢ £ ¤"),
    (0x00A6, 0x00A6, "¦"),
    (0x00A8, 0x00A8, "¨"),
    (0x00AA, 0x00AD, "ª « ¬ and the soft hyphen"),
    (0x00AF, 0x00AF, "¯"),
    (0x00B4, 0x00B4, "´"),
    (0x00B6, 0x00B6, "¶"),
    (0x00B8, 0x00BF, "¸ ¹ º » ¼ ½ ¾ ¿"),
    (0x00C0, 0x00D6, "Latin-1 letters À … Ö"),
    (0x00D8, 0x00F6, "Latin-1 letters Ø … ö"),
    (0x00F8, 0x024F, "Latin-1 letters ø … ÿ, Latin Extended-A and -B"),
    (0x0250, 0x02FF, "IPA extensions, spacing modifier letters (ˆ ˜ ˇ)"),
    (0x0300, 0x036F, "combining diacritical marks"),
    (0x0400, 0x04FF, "Cyrillic (in JIS fonts, but no planning document's)"),
    (0x0500, 0x1DFF, "Armenian … Mongolian, phonetic extensions: no planning document's"),
    (0xE000, 0xF8FF, "private use"),
    (0xFFFD, 0xFFFD, "the replacement character"),
    (0xF0000, 0x10FFFF, "supplementary private use"),
)
# Not in WRONG_RANGES, because Japanese documents print them: ASCII (English
# words, digits), × ÷ ° ± ¥ § µ · © ® ² ³ (m², m³) of Latin-1, Greek (μSv/h, α, β,
# Δ, Σ: often set in a Symbol font of their own, which would otherwise be all
# "wrong"), and everything
# from U+2000 on but private use and U+FFFD: dashes, quotes, • ※ ① Ⅱ → ■ ○ ☑,
# CJK, kana, full-width forms and ～. They count as a font's glyphs only.


def _class(ranges: Iterable[tuple[int, int, str]]) -> re.Pattern[str]:
    parts = "".join(
        re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
        for lo, hi, _ in ranges
    )
    return re.compile(f"[{parts}]")


_WRONG = _class(WRONG_RANGES)
# ASCII letters: against them, the wrong letters of Latin-script text with
# accents (café, Müller) stay a small minority, garbage's are not.
_LETTER = re.compile(r"[A-Za-z]")
_C = itemgetter("c")


@dataclass(frozen=True, slots=True)
class FontTally:
    """A font's glyphs (no whitespace), the wrong ones among them, and its ASCII letters."""

    glyphs: int = 0
    wrong: int = 0
    letters: int = 0

    def __add__(self, other: FontTally) -> FontTally:
        return FontTally(
            self.glyphs + other.glyphs, self.wrong + other.wrong, self.letters + other.letters
        )


def tally(text: str) -> FontTally:
    """The counts of ``text`` (whitespace left out, as the loader leaves it out)."""
    text = "".join(text.split())
    return FontTally(len(text), len(_WRONG.findall(text)), len(_LETTER.findall(text)))


def garbled(t: FontTally, settings: LoadSettings = DEFAULT.load) -> bool:
    """True when a font's text is not Japanese-document text: enough wrong
    characters, a share of its glyphs, and not a few accents among many letters."""
    return (
        t.wrong >= settings.font_wrong_min
        and t.wrong >= settings.font_wrong_share * t.glyphs
        and t.wrong >= settings.font_wrong_letters * (t.wrong + t.letters)
    )


def plausible(text: str, settings: LoadSettings = DEFAULT.load) -> bool:
    """True when ``text``, all of one font, could be what a Japanese document prints."""
    return not garbled(tally(text), settings)


def page_fonts(lines: Iterable[Mapping[str, Any]], text: str) -> dict[str, FontTally] | None:
    """Per span font, the tally of a page's glyphs; None (one search, the common
    page) when ``text``, the page's glyphs, holds no wrong character at all."""
    if _WRONG.search(text) is None:
        return None
    parts: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        for span in line["spans"]:
            parts[span["font"]].append("".join(map(_C, span["chars"])))
    return {font: tally("".join(p)) for font, p in parts.items()}


def condemned(pages: Iterable[Mapping[str, FontTally]], settings: LoadSettings) -> frozenset[str]:
    """The fonts :func:`garbled` over the pages where they decode to a wrong character."""
    total: dict[str, FontTally] = {}
    for fonts in pages:
        for font, t in fonts.items():
            if t.wrong:
                total[font] = total[font] + t if font in total else t
    return frozenset(f for f, t in total.items() if garbled(t, settings))


def split_lines(
    lines: Sequence[Mapping[str, Any]], fonts: frozenset[str]
) -> tuple[list[Mapping[str, Any]], list[Mapping[str, Any]]]:
    """A page's lines as two: the spans of other fonts, and the spans of ``fonts``."""
    kept: list[Mapping[str, Any]] = []
    held: list[Mapping[str, Any]] = []
    for line in lines:
        spans = line["spans"]
        bad = [s for s in spans if s["font"] in fonts]
        if not bad:
            kept.append(line)
            continue
        if len(bad) < len(spans):
            kept.append({"dir": line["dir"], "spans": [s for s in spans if s["font"] not in fonts]})
        held.append({"dir": line["dir"], "spans": bad})
    return kept, held


UNREADABLE_PAGE = "text layer unreadable on page"
PARTLY_UNREADABLE_PAGE = "text layer partly unreadable on page"


def unreadable_pages(
    layout: DocumentLayout, limit: float = DEFAULT.load.unreadable_share
) -> tuple[list[int], list[int]]:
    """Pages whose glyphs are mostly not printable text (fonts without a Unicode
    map: the loader's own measure and threshold, withheld glyphs all unreadable),
    and the other pages where glyphs were withheld."""
    from .load import unreadable_share

    over, partly = [], []
    for page in layout.pages:
        texts = [b.raw.replace("\n", "") for b in page.boxes]
        held = sum(len(b.raw.replace("\n", "")) for b in page.withheld)
        if held:
            n = sum(map(len, texts))
            share = (unreadable_share(texts) * n + held) / (n + held)
        else:
            share = unreadable_share(texts) if any(texts) else 0.0
        if share > limit:
            over.append(page.number)
        elif held:
            partly.append(page.number)
    return over, partly


def unreadable_message(pages: list[int], finding: str = UNREADABLE_PAGE) -> str:
    word = "page" if len(pages) == 1 else "pages"
    listed = ", ".join(str(p) for p in pages)
    return f"{finding.replace('page', word)} {listed} (fonts without Unicode mapping)"
