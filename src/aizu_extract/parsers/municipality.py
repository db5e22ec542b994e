"""Which municipality issued a document: the name it prints of itself.

One search for every parser: a plan or sheet name that carries the
municipality (第6次○○市総合計画, ○○市行政評価, the title), else a name printed
alone in the first page's header or footer band. The wording is the vocabulary's
``[municipality]`` patterns; nothing here knows a municipality.
"""

from __future__ import annotations

import re

from ..layout.page import DocumentLayout
from ..layout.table import text_key
from ..layout.vocabulary import Vocabulary
from ..normalize.text import normalize_text

# Share of the page height that counts as its header band.
HEADER_BAND = 0.12
# A 施策評価票 (or a book of them) may name its issuer anywhere on its first page.
WHOLE_PAGE = 1.0
_DIGIT = re.compile(r"[0-9]")


def municipality(
    layout: DocumentLayout,
    vocab: Vocabulary,
    title: str | None = None,
    *,
    tables: bool = False,
    band: float = HEADER_BAND,
) -> str | None:
    """The municipality the first page names, or None.

    The title and the text outside tables are searched first, line by line;
    with ``tables`` the first page's table cells too (a 施策評価票 prints its
    plan name in its header table). A name printed alone counts only in the
    top or bottom ``band`` share of the page (its header or its footer, where a
    sheet printed from a spreadsheet puts the issuer; a whole cover page for a
    bound book), as a line or a word of one (``ほしかわ市 平成30年度 行政評価``),
    never one inside a business unit's name.
    """
    if not layout.pages:
        return None
    first = layout.pages[0]
    loose = [b for b in first.boxes if b.table is None]
    texts = [title] if title else []
    texts.extend(b.raw for b in loose)
    if tables:
        texts.extend(b.raw for b in first.boxes if b.table is not None)
    for text in texts:
        for line in text.splitlines():
            key = text_key(line)
            for pattern in vocab.municipality:
                m = pattern.search(key)
                if m and not _DIGIT.search(m.group(1)):
                    return m.group(1)
    top, bottom = first.height * band, first.height * (1 - band)
    for box in loose:
        if box.bbox.y1 > top and box.bbox.y0 < bottom:
            continue  # neither in the header band nor in the footer band
        words = [text_key(box.raw), *(text_key(w) for w in normalize_text(box.raw).split())]
        for word in words:
            for pattern in vocab.standalone_municipality:
                m = pattern.match(word)
                if m:
                    return m.group(1)
    return None
