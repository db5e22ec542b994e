"""Shared pieces of the 総合戦略 parser: printed labels, text tidying, the line stream.

Every step reads the same :class:`Doc`, a thin adapter over the shared
:class:`DocumentLayout`: facts computed once (body font size, the document's
era and header interpreter, which boxes the tables took) and the line stream
the outline walk needs (:meth:`Doc.lines`). It holds no text of its own: keys
are the shared view's, furniture is the shared view's plus small margin text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ...geometry import thawed
from ...layout import DocumentLayout, PageLayout, TextBox, TextLine
from ...layout.columns import column_key
from ...layout.headers import HeaderInterpreter
from ...layout.table import text_key
from ...layout.vocabulary import vocabulary
from ...normalize.eras import YearContext, document_era
from ...normalize.text import join_wrapped, normalize_text, strip_footnote_markers
from ...settings import DEFAULT, StrategySettings

# Printed labels (compared on the one text key: NFKC, no whitespace). A label is its
# word in brackets (【】〔〕［］[]) and/or after a ■/◆/● mark: ``【基本的方向】``,
# ``■基本的方向``, ``〔主な取組〕``.
# :func:`printed_label` gives the kind of label (its words: vocabulary.toml).
LABEL_DIRECTION = "direction"
LABEL_NUMERICAL = "numerical"
LABEL_ITEMS = "items"
LABEL_KPI_LINE = "【KPI】"
_LABEL_MARKS = "■◆●◇□○"
_BRACKETS = {"【": "】", "〔": "〕", "[": "]", "［": "］", "〈": "〉", "《": "》"}
LABEL_OPENERS = tuple(_BRACKETS)
# Table labels are data (vocabulary.toml ``[strategy]``), compared on the key.
_TABLE_WORDS = vocabulary().strategy
# Name-column labels that say what the table is: KPI-like indicator tables
# (成果指標 = outcome indicators of a strategy) and the 基本目標's 数値指標.
KPI_HEADERS = _TABLE_WORDS["kpi_name"].longest_first
NUMERICAL_HEADERS = _TABLE_WORDS["numerical_name"].longest_first
ITEM_HEADERS = _TABLE_WORDS["item_name"].keys
HEADER_WORDS = _TABLE_WORDS["header_words"].longest_first
# A baseline column's words naming the value measured now (現状値): actual beside a 基準値.
CURRENT_WORDS = _TABLE_WORDS["current_value"].longest_first
# A column of years for the value column beside it: ``基準年`` | ``基準値``, ``目標年度``.
YEAR_COLUMN_TARGET = _TABLE_WORDS["year_column_target"]
YEAR_COLUMN_BASELINE = _TABLE_WORDS["year_column_baseline"]

PILLAR_RE = re.compile(r"^(?P<prefix>柱|基本目標)(?P<num>\d{1,2})[\s:：.]*(?P<title>\S.*)$")
# A heading numbered ``1.`` / ``１．`` printed at pillar size (no 柱/基本目標 word).
NUMBERED_RE = re.compile(r"^(?P<num>\d{1,2})[.．]\s*(?P<title>[^\d\s.．]\S*.*)$")
SECTION_RE = re.compile(
    r"^(?:(?P<prefix>(?:具体的な)?施策)\s*(?:(?P<pnum>\d{1,2})|\((?P<ppnum>\d{1,2})\))[\s:：.]*"
    r"|\((?P<num>\d{1,2})\)\s*)(?P<title>\S.*)$"
)
MEASURE_RE = re.compile(r"^(?P<num>[\u2460-\u2473])\s*(?P<title>\S.*)$")
CHAPTER_RE = re.compile(r"^\d{1,2}(?:\s|$)")
LEADER_DOTS = re.compile(r"[・…‥.]{4,}")
FOLIO_RE = re.compile(r"^[-‒–—―−ー]?\s*\d{1,3}\s*[-‒–—―−ー]?$")
BULLETS = "・●○◯◆◇■□-"
SENTENCE_END = "。"

# Heading/title limits: a printed heading is one short line, not a sentence.
MAX_TITLE_CHARS = 60
# A name-column label is its word plus at most this many characters (``(KPI)``).
ANCHOR_EXTRA_CHARS = 8

# A heading marker printed apart from its title (``(1)　title``, ``①　title``).
_BARE_MARKER = re.compile(
    r"^(?:\(\d{1,2}\)|[\u2460-\u2473]|(?:柱|基本目標|施策|具体的な施策)\d{1,2}|[■◆●])$"
)


_LABELS = {
    LABEL_DIRECTION: _TABLE_WORDS["label_direction"],
    LABEL_NUMERICAL: _TABLE_WORDS["label_numerical"],
    LABEL_ITEMS: _TABLE_WORDS["label_items"],
}
NUMERICAL_LABELS = _TABLE_WORDS["label_numerical"].longest_first


def printed_label(key: str) -> str | None:
    """The kind of a printed label line (its text key): ``direction``, ``numerical``
    or ``items``; None when the line is not such a label."""
    word = key.lstrip(_LABEL_MARKS)
    marked = word != key
    if word[:1] in _BRACKETS and word.endswith(_BRACKETS[word[0]]):
        word, marked = word[1:-1], True
    if not marked:
        return None
    return next((kind for kind, words in _LABELS.items() if word in words.keys), None)


def starts_label(key: str) -> bool:
    """Bracketed or marked text (a label or annotation), never a table cell's start."""
    return key[:1] in _BRACKETS or printed_label(key) is not None


_SPACE_NOT_BETWEEN_ASCII = re.compile(r" (?![A-Za-z0-9])|(?<![A-Za-z0-9]) ")
# U+2012 FIGURE DASH is a hyphen/minus in print but survives NFKC and is not a
# sign for parse_quantity; fold it before normalising (``‒490 人``, ``AI‒OCR``).
_FIGURE_DASH = "\u2012"


def fold_dashes(s: str) -> str:
    # One character for another: str.replace's search, not translate's table
    # lookup per character (it runs on every line of a strategy).
    return s.replace(_FIGURE_DASH, "-")


def section_number(m: re.Match[str]) -> tuple[str, str]:
    """(number as printed, its label prefix) of a SECTION_RE match: ``(1)`` → ("(1)",
    ""), ``施策2`` → ("2", "施策"), ``具体的な施策(3)`` → ("(3)", "具体的な施策")."""
    if m["pnum"]:
        return m["pnum"], m["prefix"]
    return f"({m['num'] or m['ppnum']})", m["prefix"] or ""


# Footnote references glued to a name (after NFKC): ``※3``, ``*1``, ``注1``, also
# bracketed (``(※1)``, ``(注2)``). ``※`` followed by words is a note and stays.
_NAME_FOOTNOTE = re.compile(r"\((?:※|\*|注)\d{1,2}\)|(?:※|\*)\d{1,2}(?!\d)|注\d{1,2}$")


def tidy_name(lines: list[str] | tuple[str, ...]) -> str:
    """An indicator name or title: footnote markers dropped, wraps joined, NFKC,
    spaces removed except between two ASCII words (``VISIT AIZUページ…``)."""
    joined = join_wrapped(fold_dashes(strip_footnote_markers(line)) for line in lines)
    return _SPACE_NOT_BETWEEN_ASCII.sub("", _NAME_FOOTNOTE.sub("", joined)).strip()


def tidy_text(lines: list[str] | tuple[str, ...]) -> str:
    """Running text (descriptions, bullets): wraps joined, NFKC, dashes folded."""
    return normalize_text(join_wrapped(fold_dashes(strip_footnote_markers(x)) for x in lines))


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line of the outline stream; ``box`` is the shared view's box it
    came from (a heading marker and its title printed apart are one line)."""

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


_LineSlots = thawed(Line)


def new_outline_line(page: int, line: TextLine, box: TextBox, key: str) -> Line:
    """``Line(page, line, box, key)`` for every line of the outline stream
    (geometry.thawed)."""
    ln = object.__new__(_LineSlots)
    ln.page = page
    ln.line = line
    ln.box = box
    ln.key = key
    ln.__class__ = Line
    return ln  # type: ignore[no-any-return]


@dataclass(slots=True, eq=False)
class Doc:
    """The shared layout plus facts computed once for every step."""

    layout: DocumentLayout
    body_size: float
    settings: StrategySettings = DEFAULT.strategy
    # the era of the full era years printed, for ``3年度`` printed without one
    years: YearContext = field(default_factory=YearContext)
    consumed: set[int] = field(default_factory=set)  # id() of boxes read as table cells
    headers: HeaderInterpreter = field(
        default_factory=lambda: HeaderInterpreter(vocabulary(), YearContext())
    )

    @classmethod
    def of(cls, layout: DocumentLayout, settings: StrategySettings = DEFAULT.strategy) -> Doc:
        sizes: Counter[float] = Counter()
        # A document prints a few sizes on thousands of lines: each size is rounded
        # once (round(x, 1) converts through decimal); a NaN size, never equal to
        # itself, is rounded on its own line as before.
        tenths: dict[float, float] = {}
        for box in layout.boxes():
            for line in box.lines:
                size = line.size
                tenth = tenths.get(size)
                if tenth is None:
                    tenth = round(size, 1)
                    if size == size:
                        tenths[size] = tenth
                sizes[tenth] += len(line.chars)
        body = sizes.most_common(1)[0][0] if sizes else 10.0
        years = YearContext(era=document_era([b.raw for b in layout.boxes()]))
        headers = HeaderInterpreter(vocabulary(), years)
        return cls(layout=layout, body_size=body, settings=settings, years=years, headers=headers)

    def in_margin(self, page: PageLayout, box: TextBox) -> bool:
        """Folios and running heads: the page furniture the shared view marks, and
        small or number-only text in the top/bottom margin."""
        if box.furniture:
            return True
        margin = self.settings.margin
        top, bottom = page.height * margin, page.height * (1 - margin)
        if box.bbox.y0 >= bottom or box.bbox.y1 <= top * 1.5:
            return bool(FOLIO_RE.match(box.key)) or self.is_small(box.lines[0])
        return False

    def is_small(self, line: TextLine) -> bool:
        return line.size < self.settings.small_text * self.body_size

    def lines(self) -> list[Line]:
        """Every text line outside KPI tables and margins, in reading order; a
        heading marker printed apart from its title (``(1)　title``) is one line."""
        out: list[Line] = []
        for page in self.layout.pages:
            boxes = [
                b for b in page.boxes if id(b) not in self.consumed and not self.in_margin(page, b)
            ]
            if page.columns:  # the left column top to bottom, then the right one
                boxes.sort(key=lambda b: column_key(page.columns, b.bbox))
            skip: set[int] = set()
            for i, box in enumerate(boxes):
                if i in skip:
                    continue
                if (title := _title_after(box, boxes[i + 1 :], self.settings)) is not None:
                    skip.add(i + 1 + boxes[i + 1 :].index(title))
                    line = joined(box.lines[0], title.lines[0])
                    out.append(new_outline_line(page.number, line, box, text_key(line.text)))
                    continue
                for line in box.lines:
                    out.append(new_outline_line(page.number, line, box, text_key(line.text)))
        return out


def _title_after(box: TextBox, rest: list[TextBox], st: StrategySettings) -> TextBox | None:
    """The title run printed on the same row right of a bare heading marker."""
    if len(box.lines) != 1 or not _BARE_MARKER.match(box.key):
        return None
    size = box.lines[0].size
    for other in rest:
        if other.bbox.y0 > box.bbox.y1:
            break
        if (
            len(other.lines) == 1
            and other.bbox.x0 >= box.bbox.x1
            and other.bbox.same_row(box.bbox)
            and abs(other.lines[0].size - size) < st.marker_size_tolerance * size
            and other.bbox.x0 - box.bbox.x1 < st.marker_gap_em * size
        ):
            return other
    return None


def joined(left: TextLine, right: TextLine) -> TextLine:
    """One text line of two runs printed side by side (left first)."""
    return TextLine(
        chars=left.chars + right.chars,
        bbox=left.bbox.union(right.bbox),
        size=left.size,
        footnote_marks=left.footnote_marks + right.footnote_marks,
    )
