"""Shared pieces of the 総合戦略 parser: printed labels, text tidying, the line stream.

Every step reads the same :class:`Doc`: the layout plus facts computed once
(body font size, label keys, margins), so no step re-extracts anything.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ...layout import DocumentLayout, PageLayout, TextBox, TextLine
from ...layout.query import label_key
from ...normalize.text import join_wrapped, normalize_text, strip_footnote_markers

# Printed labels (compared on label_key: NFKC, no whitespace).
LABEL_DIRECTION = "【基本的方向】"
LABEL_NUMERICAL = "【数値目標】"
LABEL_ITEMS = "【主な取組】"
LABEL_KPI_LINE = "【KPI】"
KPI_HEADER = "重要業績評価指標"
KPI_ABBR = "KPI"
ITEM_HEADERS = ("項目名", "項目", "指標名", "指標", "数値目標")
BASELINE_WORDS = ("現状", "基準")
TARGET_WORDS = ("目標",)
ACTUAL_WORDS = ("実績",)
HEADER_WORDS = (*BASELINE_WORDS, *TARGET_WORDS, *ACTUAL_WORDS, "末値", "年値", "年度", KPI_ABBR)

PILLAR_RE = re.compile(r"^(?P<prefix>柱|基本目標)(?P<num>\d{1,2})[\s:：.]*(?P<title>\S.*)$")
SECTION_RE = re.compile(r"^\((?P<num>\d{1,2})\)\s*(?P<title>\S.*)$")
MEASURE_RE = re.compile(r"^(?P<num>[\u2460-\u2473])\s*(?P<title>\S.*)$")
CHAPTER_RE = re.compile(r"^\d{1,2}(?:\s|$)")
LEADER_DOTS = re.compile(r"[・…‥.]{4,}")
FOLIO_RE = re.compile(r"^[-‒–—―−ー]?\s*\d{1,3}\s*[-‒–—―−ー]?$")
BULLETS = "・●○◯◆◇■□-"
SENTENCE_END = "。"

# Heading/title limits: a printed heading is one short line, not a sentence.
MAX_TITLE_CHARS = 60
# Lines smaller than this share of the body size are footnotes or running heads.
SMALL_TEXT = 0.85
# Share of the page height treated as top/bottom margin (folios, running heads).
MARGIN = 0.06

_SPACE_NOT_BETWEEN_ASCII = re.compile(r" (?![A-Za-z0-9])|(?<![A-Za-z0-9]) ")
# U+2012 FIGURE DASH is a hyphen/minus in print but survives NFKC and is not a
# sign for parse_quantity; fold it before normalising (``‒490 人``, ``AI‒OCR``).
_DASH_FOLD = str.maketrans({"\u2012": "-"})


def fold_dashes(s: str) -> str:
    return s.translate(_DASH_FOLD)


def tidy_name(lines: list[str] | tuple[str, ...]) -> str:
    """An indicator name or title: footnote markers dropped, wraps joined, NFKC,
    spaces removed except between two ASCII words (``VISIT AIZUページ…``)."""
    joined = join_wrapped(fold_dashes(strip_footnote_markers(line)) for line in lines)
    return _SPACE_NOT_BETWEEN_ASCII.sub("", joined)


def tidy_text(lines: list[str] | tuple[str, ...]) -> str:
    """Running text (descriptions, bullets): wraps joined, NFKC, dashes folded."""
    return normalize_text(join_wrapped(fold_dashes(strip_footnote_markers(x)) for x in lines))


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line with where it sits; ``box`` is the box it came from."""

    page: int
    line: TextLine
    box: TextBox
    key: str

    @property
    def text(self) -> str:
        return self.line.text

    @property
    def size(self) -> float:
        return self.line.size

    @property
    def x0(self) -> float:
        return self.line.bbox.x0

    @property
    def y0(self) -> float:
        return self.line.bbox.y0


@dataclass(slots=True)
class Doc:
    """The layout plus facts computed once for every step."""

    layout: DocumentLayout
    body_size: float
    consumed: set[int] = field(default_factory=set)  # id() of boxes read as table cells

    @classmethod
    def of(cls, layout: DocumentLayout) -> Doc:
        sizes: Counter[float] = Counter()
        for box in layout.boxes():
            for line in box.lines:
                sizes[round(line.size, 1)] += len(line.chars)
        body = sizes.most_common(1)[0][0] if sizes else 10.0
        return cls(layout=layout, body_size=body)

    def in_margin(self, page: PageLayout, box: TextBox) -> bool:
        """Folios and running heads: small or number-only text in the top/bottom margin."""
        top, bottom = page.height * MARGIN, page.height * (1 - MARGIN)
        if box.bbox.y0 >= bottom or box.bbox.y1 <= top * 1.5:
            return bool(FOLIO_RE.match(box.key)) or self.is_small(box.lines[0])
        return False

    def is_small(self, line: TextLine) -> bool:
        return line.size < SMALL_TEXT * self.body_size

    def lines(self) -> list[Line]:
        """Every text line outside KPI tables and margins, in reading order."""
        out: list[Line] = []
        for page in self.layout.pages:
            for box in page.boxes:
                if id(box) in self.consumed or self.in_margin(page, box):
                    continue
                for line in box.lines:
                    out.append(Line(page.number, line, box, label_key(line.text)))
        return out

