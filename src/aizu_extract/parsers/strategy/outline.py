"""The outline walk: 柱 → (n) → ① → 【主な取組】 items, and what each table belongs to.

One pass over the text lines (tables already taken out) and the tables, in
reading order. Headings are recognised by their printed markers plus heading
shape (one short line, no 。, not smaller than body text; a title that wraps in
its box goes on on the next line at its size and indent); the state carried
from heading to heading gives every KPI table its pillar/section/measure
context and tells a 数値目標 table (under 【数値目標】) from a look-alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...geometry import BBox
from ...layout import TextBox
from ...layout.columns import column_key
from ...normalize.text import normalize_text
from ..base import Extraction, Record
from .arrow_lines import (
    BASELINE_WORDS,
    TARGET_WORDS,
    labelled_value,
    read_arrow_line,
    read_labelled_values,
)
from .common import (
    BULLETS,
    CHAPTER_RE,
    LABEL_DIRECTION,
    LABEL_ITEMS,
    LABEL_KPI_LINE,
    LABEL_NUMERICAL,
    LEADER_DOTS,
    MAX_TITLE_CHARS,
    MEASURE_RE,
    NUMBERED_RE,
    NUMERICAL_LABELS,
    PILLAR_RE,
    SECTION_RE,
    SENTENCE_END,
    Doc,
    Line,
    fold_dashes,
    joined,
    new_outline_line,
    printed_label,
    section_number,
    starts_label,
    tidy_name,
    tidy_text,
)
from .first_period import read_kpi_line
from .kpi_model import KpiTable, emit_rows, table_label
from .named_kpi import NamedKpi, named_kpi
from .wrapped_values import MAX_LINES, WrappedLine, continues, kpi_line_rest, opens_values

SEP = " / "
# A line holding one of these is no part of a wrapped indicator name (its values, a note).
NAME_WRAP_STOPS = ("→", "⇒", "➡", "※", ":")
# A heading cell printing a number and a title (``1 地域の…``, ``2．…``), not a figure.
_NUMBER_TITLE = re.compile(r"^\d{1,2}[\s.．:：、]*[^\d\s.．:：、]")
PILLAR_WORD = "基本目標"


@dataclass(slots=True, eq=False)
class Node:
    level: str
    number: str
    title: str
    page: int
    label: str  # as used in contexts: ``柱1 title``, ``(1) title``, ``① title``
    parent: Node | None = None
    lines: list[str] = field(default_factory=list)
    bullets: list[list[str]] = field(default_factory=list)
    direct: bool = False  # a ``①`` section printed without a (n) level above it

    def record(self) -> Record:
        if self.level == "pillar":
            text = "\n".join(tidy_text(b) for b in self.bullets) or None
        else:
            text = tidy_text(self.lines) or None
        return {
            "page": self.page,
            "level": self.level,
            "number": self.number,
            "title": self.title,
            "parent_number": self.parent.number if self.parent else None,
            "parent_level": self.parent.level if self.parent else None,
            "text": text,
        }


@dataclass(slots=True, eq=False)
class Walker:
    doc: Doc
    ex: Extraction
    pillar: Node | None = None
    section: Node | None = None
    measure: Node | None = None
    mode: str | None = None  # direction | description | items
    numerical_block: bool = False  # 【数値目標】 printed, its table not read yet
    last_numerical: tuple[str, ...] | None = None  # header of the 数値目標 table just read
    first_period: str | None = None  # 第1期 heading ``柱1 title`` for 【KPI】 lines
    kpi_box: int | None = None  # id() of the box whose lines continue a 【KPI】 list
    nodes: list[Node] = field(default_factory=list)
    items: list[tuple[Node, int, list[str], float]] = field(default_factory=list)
    last_line: Line | None = None  # the previous running-text line
    # ``1．title`` headings are the 基本目標 only when the plan speaks of 基本目標 but
    # never prints one with the word (else they are chapters: ``6．…の取組``)
    numbered_pillars: bool = False
    # the kind a printed label (``■KPI``, ``【数値指標】``) gives the next table
    label_kind: str | None = None
    # a bulleted line under a KPI label that did not read alone: it may wrap
    kpi_pending: Line | None = None
    # ``ＫＰＩ：name`` lines waiting for their values line (boxes side by side: several)
    kpi_names: list[NamedKpi] = field(default_factory=list)
    # the section headings printed side by side on one row (施策 boxes of a slide)
    row_heads: list[tuple[Line, Node]] = field(default_factory=list)
    # the heading line just read and its node: the next line may wrap its title
    wrapping: tuple[Line, Node] | None = None
    # per page (and column of a page set in columns), see _text_edge
    text_edges: dict[tuple[int, tuple[float, int] | None], float] = field(default_factory=dict)
    wrapped: WrappedLine | None = None  # an indicator line gathered over its wraps

    # ------------------------------------------------------------------ events
    def line(self, ln: Line) -> None:
        """One line of the walk; an indicator line wrapped within its column is
        gathered first and read whole (wrapped_values.py), or handed back."""
        if (wrapped := self.wrapped) is not None:
            st = self.doc.settings
            first, last = wrapped.lines[0], wrapped.lines[-1]
            if len(wrapped.lines) < MAX_LINES and continues(
                first, last, ln, st.item_wrap_em, st.edge_slack
            ):
                wrapped.lines.append(ln)
                self._read_wrapped()
                return
            self.hand_back()
        if not self._open_wrapped(ln):
            self._line(ln)

    def hand_back(self) -> None:
        """The lines of an indicator line that never read, to the walk as they came."""
        wrapped, self.wrapped = self.wrapped, None
        for old in wrapped.lines if wrapped is not None else ():
            self._line(old)

    def _open_wrapped(self, ln: Line) -> bool:
        """``ln`` opens an indicator line of values: after a KPI label, or a name and
        its values in the box under 【数値目標】."""
        if (rest := kpi_line_rest(ln.text)) is not None:
            if not opens_values(rest, BASELINE_WORDS, name_may_wrap=True):
                return False
            self.wrapped = WrappedLine("kpi", self._kpi_context(ln), [ln], rest)
        elif self.numerical_block and self.pillar is not None and self.section is None:
            if printed_label(ln.key) or not opens_values(ln.text, BASELINE_WORDS, False):
                return False
            self.wrapped = WrappedLine("numerical_target", self.pillar.label, [ln], ln.text)
        else:
            return False
        self._read_wrapped()
        return True

    def _read_wrapped(self) -> None:
        """Record the gathered line once it reads as a name and its values."""
        wrapped = self.wrapped
        parts = wrapped.name_and_values() if wrapped is not None else None
        if wrapped is None or parts is None:
            return
        name, values = parts
        if read_labelled_values(
            tidy_name([name]),
            values,
            ex=self.ex,
            page=wrapped.lines[0].page,
            context=wrapped.context or None,
            years=self.doc.years,
            kind=wrapped.kind,
            word_chars=self.doc.settings.arrow_word_chars,
        ):
            self.wrapped = None
            self.mode = None

    def _line(self, ln: Line) -> None:
        wrapping, self.wrapping = self.wrapping, None
        if self._named_kpi(ln):
            return  # a label's values line, at any size (a box's text shrunk to fit)
        if self.doc.is_small(ln.line):
            return  # footnotes
        norm = normalize_text(fold_dashes(ln.text))
        if wrapping is not None and self._wraps_heading(ln, norm, *wrapping):
            return
        nodes = len(self.nodes)
        if self._heading(ln, norm):
            self.label_kind = None  # a label belongs to the table under its own heading
            self.kpi_pending = None
            self.kpi_names.clear()
            if len(self.nodes) > nodes:
                self.wrapping = (ln, self.nodes[-1])
            return
        key = ln.key
        label = printed_label(key)
        if label == LABEL_DIRECTION:
            self.mode = "direction" if self.pillar else None
        elif label == LABEL_NUMERICAL:
            self.numerical_block, self.mode = True, None
        elif label == LABEL_ITEMS:
            self.mode = "items" if self.measure else None
        elif (kind := table_label(key)) is not None:
            # ``■重要業績評価指標（KPI）`` / ``【成果指標】`` over a table headed 指標名 …
            self.label_kind, self.mode = kind, None
        elif LABEL_KPI_LINE in key or (self.kpi_box == id(ln.box) and read_kpi_line(ln.text)):
            self.kpi_box = id(ln.box)
            read_kpi_line(ln.text, ex=self.ex, page=ln.page, context=self.first_period)
        elif self.label_kind == "kpi" and self._kpi_line(ln, norm):
            self.mode = None  # a KPI listed under its label: ``◇name 12人（R4）→30人（R10）``
        elif (
            self.pillar
            and self.section is None
            and self._arrow_line(ln.text, ln.page, "numerical_target", self.pillar.label)
        ):
            self.mode = None  # the 基本目標's 数値目標 printed as ``name 0人(2014年度)→…``
        else:
            self._text(ln, norm)

    def _kpi_line(self, ln: Line, norm: str) -> bool:
        """A KPI line of the list under a KPI label, alone or wrapped from the bulleted
        line above it (``◇長い指標名の前半`` / ``後半 12人（R4）→30人（R10）``)."""
        pending, self.kpi_pending = self.kpi_pending, None
        context = self._kpi_context(ln)
        if pending is not None:
            head, tail = pending.text.rstrip(), ln.text.lstrip()
            joined = None
            if self._beside(pending, ln):
                # one line cut in two runs at a wide gap; a run right of the bullet
                # opens no item of its own, even when it starts with a dash (－（R4）)
                joined = f"{head} {tail}"
            elif norm[:1] not in BULLETS and self._wraps(pending, ln):
                words = head[-1:].isascii() and head[-1:].isalnum() and tail[:1].isascii()
                joined = f"{head} {tail}" if words and tail[:1].isalnum() else head + tail
            if joined is not None and self._arrow_line(joined, pending.page, "kpi", context):
                return True
        if self._arrow_line(ln.text, ln.page, "kpi", context):
            return True
        if norm[:1] in BULLETS and not norm.endswith(SENTENCE_END):
            self.kpi_pending = ln  # may wrap onto the next line
        return False

    def _beside(self, first: Line, ln: Line) -> bool:
        """``ln`` is the rest of ``first``'s own line: right of it on the same text
        line. The layout cuts a line in two runs at a gap wider than a run's
        (``run_gap_em``); the one full-width space between a KPI's name and its
        values sits right at that width, and a producer's rounding or a page
        printed scaled (A3 shrunk to A4) puts it either side. Runs cut at a rule
        touch: ``beside_touch_em`` absorbs the float noise of their shared edge."""
        a, b = first.line.bbox, ln.line.bbox
        overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
        settings = self.doc.settings
        touch = settings.beside_touch_em * min(first.size, ln.size)
        return (
            first.page == ln.page
            and b.x0 >= a.x1 - touch
            and overlap >= settings.beside_overlap * min(a.y1 - a.y0, b.y1 - b.y0)
        )

    def _wraps(self, first: Line, ln: Line) -> bool:
        """``ln`` continues ``first``: right below it on its page, not left of it."""
        return (
            first.page == ln.page
            and ln.x0 >= first.x0 - self.doc.settings.edge_slack
            and 0 <= ln.y0 - first.line.bbox.y1 <= self.doc.settings.item_wrap_em * ln.size
        )

    def _arrow_line(self, text: str, page: int, kind: str, context: str) -> bool:
        """Read ``text`` as a ``name base(year)→target(year)`` line of ``kind``; False
        when it is not one."""
        return read_arrow_line(
            text,
            ex=self.ex,
            page=page,
            context=context or None,
            years=self.doc.years,
            kind=kind,
            word_chars=self.doc.settings.arrow_word_chars,
        )

    def _kpi_context(self, ln: Line | None = None) -> str:
        """``基本目標1 title / (1) title / ① title``: the headings a KPI sits under;
        under section headings side by side, the one whose column ``ln`` is in."""
        section, measure = self.section, self.measure
        if ln is not None and (column := self._column_section(ln)) is not None:
            section, measure = column, measure if column is section else None
        return SEP.join(n.label for n in (self.pillar, section, measure) if n)

    def _column_section(self, ln: Line) -> Node | None:
        """The section heading of ``ln``'s column when several stand side by side
        above it (the rightmost starting left of it), else None."""
        heads = [(h, n) for h, n in self.row_heads if h.page == ln.page and h.y0 < ln.y0]
        if len(heads) < 2:
            return None
        slack = self.doc.settings.column_slack_em * ln.size
        left = [(h.x0, n) for h, n in heads if h.x0 <= ln.x0 + slack]
        return max(left, key=lambda hn: hn[0])[1] if left else None

    def _named_kpi(self, ln: Line) -> bool:
        """A ``ＫＰＩ：name`` line (kept until its values line), or the values line
        under one (``基準値 2人（R5）→目標値 15人（R11）``), read as its rows; a values
        line cut in runs at a box's rule is joined with the run beside it."""
        if (named := named_kpi(ln.key, ln.text)) is not None:
            kind, name, values_text = named
            if kind == "kpi":
                context = self._kpi_context(ln)
            else:
                context = self.pillar.label if self.pillar else ""
            pending = NamedKpi(ln, kind, name, context or None)
            if values_text is not None and self._read_values(pending, values_text, ln.page):
                return True  # ``KPI：name　基準値 …→目標値 …`` on one line
            self.kpi_names.append(pending)
            return False  # the line itself is read as before (a description's text)
        for pending in self.kpi_names:
            if pending.base is not None and self._values_under(pending.base, ln):
                # ``基準値：2人（R5）`` over ``目標値：15人（R11）``: one values line in two
                if labelled_value(ln.text, TARGET_WORDS, self.doc.years):
                    text = f"{pending.base.text}→{ln.text}"
                    if self._read_values(pending, text, pending.base.page):
                        self.kpi_names.remove(pending)
                        return True
                pending.base = None
                continue
            if pending.values is not None and self._beside(pending.values, ln):
                both = joined(pending.values.line, ln.line)
                values = new_outline_line(ln.page, both, pending.values.box, pending.values.key)
            elif pending.values is None and self._values_under(pending.line, ln):
                values = ln
            else:
                continue
            if self._read_values(pending, values.text, values.page):
                self.kpi_names.remove(pending)
                return True
            if values is ln and labelled_value(ln.text, BASELINE_WORDS, self.doc.years):
                pending.base = ln
                return False  # read with its target line, else as before
            if values is ln and self._name_wraps(pending.line, ln):
                # a long name wrapped in a narrow box: its values come under its end
                pending.name, pending.line = tidy_name([pending.name, ln.text]), ln
            else:
                pending.values = values
            return False
        return False

    def _name_wraps(self, name: Line, ln: Line) -> bool:
        """``ln`` goes on with the name on ``name``: no values, no item, no sentence,
        printed at the name's size."""
        norm = normalize_text(ln.text)
        return (
            not any(a in norm for a in NAME_WRAP_STOPS)
            and norm[:1] not in BULLETS
            and not norm.endswith(SENTENCE_END)
            and abs(ln.size - name.size) <= self.doc.settings.size_tolerance * name.size
        )

    def _read_values(self, named: NamedKpi, text: str, page: int) -> bool:
        return read_labelled_values(
            named.name,
            text,
            ex=self.ex,
            page=page,
            context=named.context,
            years=self.doc.years,
            kind=named.kind,
            word_chars=self.doc.settings.arrow_word_chars,
        )

    def _values_under(self, name: Line, ln: Line) -> bool:
        """``ln`` is the line right under the name line ``name``, across its span."""
        a, b = name.line.bbox, ln.line.bbox
        return (
            name.page == ln.page
            and a.overlap_x(b) > 0
            and 0 <= b.y0 - a.y1 <= self.doc.settings.values_gap_em * name.size
        )

    def _repeats_numerical(self, table: KpiTable) -> bool:
        """The 数値目標 table again right after itself: its header repeated overleaf."""
        return self.last_numerical is not None and _signature(table) == self.last_numerical

    def table(self, table: KpiTable) -> None:
        self.mode, self.wrapping = None, None
        if self.label_kind == "numerical_target":
            self.numerical_block = True
        label_kind, self.label_kind = self.label_kind, None
        if table.explicit_kind == "numerical_target":
            kind = "numerical_target"
            context = self.pillar.label if self.pillar else None
        elif table.explicit_kpi or label_kind == "kpi":
            kind = "kpi"
            context = self._kpi_context()
        elif self.numerical_block or self._repeats_numerical(table):
            kind = "numerical_target"
            context = self.pillar.label if self.pillar else None
            self.numerical_block, self.last_numerical = False, _signature(table)
        elif table.has_roles and (labels := self._headed_rows(table, "kpi")) is not None:
            # no label says the kind, but the table's own headings (基本目標N / (n) /
            # 【数値目標】 bands, merged cells left of the names) place its rows in the
            # outline: its 【数値目標】 rows are the goal's, the rest KPIs of their 施策
            emit_rows(self.ex, table, "kpi", None, labels)
            return
        else:
            return  # a table of figures that is neither 数値目標 nor KPI
        if table.has_roles:
            emit_rows(self.ex, table, kind, context or None, self._headed_rows(table, kind))

    def _headed_rows(self, table: KpiTable, kind: str) -> list[tuple[str, str | None]] | None:
        """Each row's (kind, context) from the cells printed left of its name, merged
        over the rows they head (``基本目標1 …`` | ``(1) …`` | ``① …`` or ``【数値目標】``),
        or from a heading printed across the table above them: they are the outline
        itself, so they are its nodes too. None when no row has one."""
        pillar, section, measure = self.pillar, self.section, self.measure
        nodes: dict[int, Node] = {}
        labels: list[tuple[str, str | None]] = []
        headed = banded = False  # banded: under a ``【数値目標】`` printed across
        for row in table.rows:
            numerical = False
            here: Node | None = None  # the deepest heading this row's own cells print
            words = row.head_words or ("",) * len(row.heads)
            for box, word in zip(row.heads, words, strict=True):
                if _numerical_head(box.key):
                    numerical = headed = True
                    continue
                node = nodes.get(id(box)) or self._head_node(box, word, pillar, here, row.page)
                if node is None:
                    continue
                headed, nodes[id(box)], here = True, node, node
                if node.level == "pillar" and node is not pillar:
                    pillar, section, measure = node, None, None
                elif node.level == "section" and node is not section:
                    section, measure = node, None
                elif node.level == "measure":
                    measure = node
            if row.band:
                banded = numerical or (banded and not row.heads)
            if numerical or banded or kind == "numerical_target":
                labels.append(("numerical_target", pillar.label if pillar else None))
            else:
                context = SEP.join(n.label for n in (pillar, section, measure) if n)
                labels.append((kind, context or None))
        if not headed:
            return None
        self.pillar, self.section, self.measure = pillar, section, measure
        return labels

    def _head_node(
        self, box: TextBox, word: str, pillar: Node | None, here: Node | None, page: int
    ) -> Node | None:
        """The pillar, section or measure a heading cell prints (the outline's own node
        when it printed the same heading), else None. A ``①`` cell is a measure beside
        a section cell of its row, else the 施策 of the pillar (as in the outline). A
        cell printing only a number and title (``1 地域の…``) under a header naming the
        level (``基本目標``, ``施策``) reads as that header word before it."""
        text = tidy_name(box.line_texts)
        if _NUMBER_TITLE.match(text) and any(r.match(word + text) for r in (PILLAR_RE, SECTION_RE)):
            text = word + text
        direct = False
        if (m := PILLAR_RE.match(text)) and len(m["title"]) <= MAX_TITLE_CHARS:
            level, number, title, prefix, parent = "pillar", m["num"], m["title"], m["prefix"], None
        elif pillar and (m := SECTION_RE.match(text)) and len(m["title"]) <= MAX_TITLE_CHARS:
            (number, prefix), title = section_number(m), m["title"]
            level, parent = "section", pillar
        elif pillar and (m := MEASURE_RE.match(text)) and len(m["title"]) <= MAX_TITLE_CHARS:
            number, title, prefix = m["num"], m["title"], ""
            if here is not None and here.level == "section":
                level, parent = "measure", here
            else:
                level, parent, direct = "section", pillar, True
        else:
            return None
        for node in self.nodes:
            if (node.level, node.number, node.title, node.parent) == (level, number, title, parent):
                return node
        node = Node(level, number, title, page, f"{prefix}{number} {title}", parent, direct=direct)
        self.nodes.append(node)
        return node

    # ------------------------------------------------------------------ steps
    def _heading(self, ln: Line, norm: str) -> bool:
        size = ln.size / self.doc.body_size
        st = self.doc.settings
        shaped = (
            size >= st.heading_min_size
            and not norm.endswith(SENTENCE_END)
            and not LEADER_DOTS.search(norm)
        )
        if not shaped:
            return False
        if (m := PILLAR_RE.match(norm)) and size >= st.pillar_size:
            self._new_pillar(ln, m.group("prefix"), m.group("num"), m.group("title"))
            return True
        if (
            self.numbered_pillars
            and (m := NUMBERED_RE.match(norm))
            and size >= st.pillar_size
            and ln.box.table is None
            and len(m.group("title")) <= MAX_TITLE_CHARS
        ):
            # ``1．title`` banners: a 基本目標 numbered without the word
            self._new_pillar(ln, "", m.group("num"), m.group("title"))
            return True
        if CHAPTER_RE.match(norm) and size >= st.chapter_size:
            self.pillar = self.section = self.measure = None
            self.mode, self.numerical_block, self.first_period = None, False, None
            return True
        if m := SECTION_RE.match(norm):
            title = tidy_name([m.group("title")])
            if (fp := PILLAR_RE.match(title)) and self.pillar is None:
                # 第1期の総括: ``(1)柱1 title`` names the pillar its 【KPI】 lines belong to
                self.first_period = f"{fp['prefix']}{fp['num']} {fp['title']}"
                self.mode = None
                return True
            if self.pillar and len(title) <= MAX_TITLE_CHARS:
                number, prefix = section_number(m)
                self.section = self._node("section", number, title, ln, self.pillar, prefix)
                self.measure, self.mode, self.numerical_block = None, None, False
                return True
        if (m := MEASURE_RE.match(norm)) and (self.section or self.pillar):
            title = tidy_name([m.group("title")])
            if len(title) <= MAX_TITLE_CHARS:
                if self.section is None or self.section.direct:
                    # ``①`` straight under a 基本目標 (``［具体的な施策］ ① title``): its 施策
                    assert self.pillar is not None
                    self.section = self._node("section", m.group("num"), title, ln, self.pillar)
                    self.section.direct = True
                    self.measure, self.mode, self.numerical_block = None, "description", False
                    return True
                self.measure = self._node("measure", m.group("num"), title, ln, self.section)
                self.mode, self.numerical_block = "description", False
                return True
        return False

    def _wraps_heading(self, ln: Line, norm: str, head: Line, node: Node) -> bool:
        """``ln`` is the rest of the heading ``head`` just read, wrapped in its box
        (``基本目標３　…暮らせるまちを`` over ``つくる``): the next line at its size,
        under its start or its title's, opening nothing of its own, after a heading
        line that ran to the page's text edge. Its title goes on (as does its label)."""
        st = self.doc.settings
        size = head.size
        if (
            ln.page != head.page
            or abs(ln.size - size) > st.size_tolerance * size
            or not 0 <= ln.y0 - head.line.bbox.y1 <= st.heading_wrap_em * size
            or _opens(norm, ln.key)
            or head.line.bbox.x1
            < self._text_edge(head.page, head.line.bbox) - st.heading_fill_em * size
        ):
            return False
        starts = (head.x0, _title_x0(head, node.title))
        if not any(x is not None and abs(ln.x0 - x) <= st.heading_indent_em * size for x in starts):
            return False
        title = tidy_name([node.title, ln.text])
        if len(title) > MAX_TITLE_CHARS:
            return False
        node.label = node.label[: len(node.label) - len(node.title)] + title
        node.title = title
        return True

    def _text_edge(self, page_no: int, bbox: BBox) -> float:
        """The right edge of the running text (boxes outside tables and margins) of
        the page, or of the column of ``bbox`` on a page set in columns: where a
        heading that wraps was cut."""
        page = self.doc.layout.page(page_no)
        where = column_key(page.columns, bbox)[:2] if page.columns else None
        if (page_no, where) not in self.text_edges:
            self.text_edges[(page_no, where)] = max(
                (
                    b.bbox.x1
                    for b in page.boxes
                    if b.table is None
                    and id(b) not in self.doc.consumed
                    and not self.doc.in_margin(page, b)
                    and (where is None or column_key(page.columns, b.bbox)[:2] == where)
                ),
                default=0.0,
            )
        return self.text_edges[(page_no, where)]

    def _new_pillar(self, ln: Line, prefix: str, num: str, title: str) -> None:
        self.pillar = self._node("pillar", num, tidy_name([title]), ln, None, prefix)
        self.section = self.measure = None
        self.mode, self.numerical_block, self.first_period = None, False, None

    def _node(
        self,
        level: str,
        number: str,
        title: str,
        ln: Line,
        parent: Node | None,
        prefix: str = "",
    ) -> Node:
        label = f"{prefix}{number} {title}"
        node = Node(level, number, title, ln.page, label, parent)
        self.nodes.append(node)
        if level == "pillar":
            self.row_heads = []
        elif level == "section":
            first = self.row_heads[0][0] if self.row_heads else None
            beside = (
                first is not None
                and first.page == ln.page
                and first.line.bbox.same_row(ln.line.bbox)
            )
            self.row_heads = [*self.row_heads, (ln, node)] if beside else [(ln, node)]
        return node

    def _text(self, ln: Line, norm: str) -> None:
        self.last_numerical = None  # text between tables: a later table is something else
        if self.mode == "direction" and self.pillar:
            if norm[:1] in BULLETS or not self.pillar.bullets:
                self.pillar.bullets.append([norm.lstrip(BULLETS)])
            else:
                self.pillar.bullets[-1].append(norm)
        elif self.mode == "description" and (node := self._described()):
            node.lines.append(ln.text)
        elif self.mode == "items" and self.measure:
            if norm[:1] in BULLETS:
                self.items.append((self.measure, ln.page, [norm[1:]], ln.x0))
            elif self.items and self.items[-1][0] is self.measure and self._wraps_item(ln):
                self.items[-1][2].append(ln.text)
            else:
                self.mode = None
        self.last_line = ln

    def _described(self) -> Node | None:
        """The node running text describes: the measure, or a ``①`` section."""
        if self.measure:
            return self.measure
        return self.section if self.section and self.section.direct else None

    def _wraps_item(self, ln: Line) -> bool:
        """A wrapped item line: indented past its bullet, or flush with it right below."""
        x0 = self.items[-1][3]
        if ln.x0 > x0:
            return True
        prev = self.last_line
        return (
            prev is not None
            and prev.page == ln.page
            and ln.x0 >= x0 - self.doc.settings.edge_slack
            and ln.y0 - prev.line.bbox.y1 <= self.doc.settings.item_wrap_em * ln.size
        )

    def records(self) -> list[Record]:
        out = [n.record() for n in self.nodes]
        for measure, page, lines, _ in self.items:
            title = tidy_text(lines)
            if title:
                out.append(
                    {
                        "page": page,
                        "level": "item",
                        "number": None,
                        "title": title,
                        "parent_number": measure.number,
                        "parent_level": "measure",
                        "text": None,
                    }
                )
        return out


def _opens(norm: str, key: str) -> bool:
    """The line starts something of its own: a heading's number, a label, an item."""
    return (
        any(r.match(norm) for r in (PILLAR_RE, SECTION_RE, MEASURE_RE, NUMBERED_RE, CHAPTER_RE))
        or starts_label(key)
        or norm[:1] in BULLETS
    )


def _title_x0(head: Line, title: str) -> float | None:
    """Where the title of the heading line ``head`` starts: its last ``len(title)``
    printed glyphs are the title's (a hanging indent lines its wrap up there)."""
    glyphs = [c for c in head.line.chars if not c.text.isspace()]
    return glyphs[-len(title)].x0 if 0 < len(title) <= len(glyphs) else None


def _numerical_head(key: str) -> bool:
    """A heading cell saying its rows are the 数値目標: the label, bracketed or not
    (``【数値目標】``, ``数値目標``: alone in its cell it is no running text)."""
    return printed_label(key) == LABEL_NUMERICAL or key in NUMERICAL_LABELS


def _signature(table: KpiTable) -> tuple[str, ...]:
    return tuple(c.label for c in table.columns)


def walk(doc: Doc, ex: Extraction, tables: list[KpiTable]) -> None:
    """Run the outline walk over lines and tables; fills structure and kpi_values."""
    walker = Walker(doc, ex)
    lines = doc.lines()
    pillar_size = doc.settings.pillar_size * doc.body_size
    named = any(ln.size >= pillar_size and PILLAR_RE.match(normalize_text(ln.text)) for ln in lines)
    walker.numbered_pillars = not named and PILLAR_WORD in doc.layout.text_key
    # (page, column block's top, column, top, n): by top on a page without columns;
    # in a block of newspaper columns the left column first (layout/columns.py)
    events: list[tuple[int, tuple[float, int, float], int, Line | KpiTable]] = []
    for n, ln in enumerate(lines):
        columns = doc.layout.page(ln.page).columns
        events.append((ln.page, column_key(columns, ln.line.bbox, ln.y0), n, ln))
    for n, table in enumerate(tables):  # before lines on their row, in reading order
        columns = doc.layout.page(table.page).columns
        key = column_key(columns, table.anchor.bbox, table.y0 - 0.01)
        events.append((table.page, key, n - len(tables), table))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    for *_, event in events:
        if isinstance(event, KpiTable):
            walker.hand_back()
            walker.table(event)
        else:
            walker.line(event)
    walker.hand_back()
    ex.structure.extend(walker.records())
