"""Render 第2期 会津若松市 まち・ひと・しごと創生総合戦略 as two sample PDFs.

* ``strategy_2nd_r2_pymupdf.pdf`` – drawn directly with PyMuPDF: fully ruled tables,
  table headers repeated when a table continues on the next page, footnotes at the
  page bottom, footnote markers drawn as small raised digits.
* ``strategy_2nd_r2_writer.pdf`` – a python-docx document converted by LibreOffice
  Writer: 数値目標 tables with full borders, KPI tables with horizontal rules only,
  header labels split over two lines, real Word footnotes.

Content comes from :mod:`samples.gen.strategy_content`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import docx
import pymupdf
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from samples.gen import strategy_content as sc
from samples.gen.fonts import gothic, mincho

PYMUPDF_NAME = "strategy_2nd_r2_pymupdf.pdf"
WRITER_NAME = "strategy_2nd_r2_writer.pdf"

FIXED_DATE = "D:20200331090000+09'00'"
FIXED_DATETIME = datetime(2020, 3, 31, 9, 0, tzinfo=timezone(timedelta(hours=9)))
METADATA = {
    "title": sc.TITLE,
    "author": sc.MUNICIPALITY,
    "subject": "まち・ひと・しごと創生総合戦略",
    "keywords": "総合戦略, KPI, 数値目標",
    "creator": "aizu-extract sample generator",
    "producer": "PyMuPDF",
    "creationDate": FIXED_DATE,
    "modDate": FIXED_DATE,
}

# =========================================================================== rich text


@dataclass(frozen=True)
class Tok:
    """One character; ``sup`` marks a footnote-marker digit."""

    ch: str
    sup: bool = False


def tokenize(text: str) -> list[Tok]:
    out: list[Tok] = []
    pos = 0
    for m in sc.FOOTNOTE_RE.finditer(text):
        out.extend(Tok(c) for c in text[pos : m.start()])
        out.extend(Tok(c, True) for c in m.group(1))
        pos = m.end()
    out.extend(Tok(c) for c in text[pos:])
    return out


NO_LINE_START = set("、。，．）)」』】：:・ー%")
SUP_SCALE = 0.58
SUP_RISE = 0.42


class Typeface:
    """A TrueType file usable both for measuring and for drawing on a page."""

    def __init__(self, name: str, path: Path) -> None:
        self.name = name
        self.path = path
        self.font = pymupdf.Font(fontfile=str(path))

    def tok_width(self, tok: Tok, size: float) -> float:
        return self.font.text_length(tok.ch, fontsize=size * (SUP_SCALE if tok.sup else 1.0))

    def width(self, toks: Sequence[Tok], size: float) -> float:
        return sum(self.tok_width(t, size) for t in toks)


def wrap(
    text: str, face: Typeface, size: float, width: float, *, prefer_spaces: bool = False
) -> list[list[Tok]]:
    """Break *text* into lines no wider than *width* (explicit ``\\n`` always breaks).

    Japanese text breaks anywhere (closing punctuation never starts a line); with
    ``prefer_spaces`` a line is broken at its last space when there is one, which
    keeps ``218,600 百万円`` and ``(見込値)`` apart the way Excel/Word wrap cells.
    """
    lines: list[list[Tok]] = []
    for para in text.split("\n"):
        toks = tokenize(para)
        line: list[Tok] = []
        w = 0.0
        for tok in toks:
            tw = face.tok_width(tok, size)
            if line and w + tw > width and tok.ch not in NO_LINE_START:
                cut = len(line)
                if prefer_spaces:
                    spaces = [i for i, t in enumerate(line) if t.ch == " "]
                    if spaces:
                        cut = spaces[-1]
                head, rest = line[:cut], line[cut:]
                lines.append(head)
                line = [t for t in rest if not (t.ch == " " and t is rest[0])]
                w = face.width(line, size)
            if not line and tok.ch == " ":
                continue
            line.append(tok)
            w += tw
        lines.append(line)
    return lines


# =========================================================================== tables (generic)


@dataclass(frozen=True)
class Column:
    width: float  # relative
    align: str = "left"  # left | center | right


@dataclass(frozen=True)
class Cell:
    text: str
    span: int = 1
    align: str | None = None


Row = Sequence[Cell]


@dataclass(frozen=True)
class TableStyle:
    size: float = 9.0
    leading: float = 1.35
    pad_x: float = 4.0
    pad_y: float = 3.5
    rule: float = 0.6
    outer_rule: float = 0.9
    vertical_rules: bool = True
    header_fill: tuple[float, float, float] | None = (0.86, 0.90, 0.95)
    header_bold: bool = True
    prefer_spaces: bool = True


def cells_to_row(values: Iterable[str], aligns: Sequence[str] | None = None) -> list[Cell]:
    vals = list(values)
    return [Cell(v, 1, aligns[i] if aligns else None) for i, v in enumerate(vals)]


# =========================================================================== PyMuPDF flow layout

A4 = pymupdf.paper_rect("a4")
MARGIN_X = 62.0
MARGIN_TOP = 64.0
MARGIN_BOTTOM = 60.0
BODY = 10.0
NOTE = 7.5


@dataclass
class PageState:
    page: pymupdf.Page
    notes: list[int] = field(default_factory=list)


class Flow:
    """A single-column flow of blocks onto A4 pages with footnotes at the bottom."""

    def __init__(self, doc: pymupdf.Document, faces: dict[str, Typeface]) -> None:
        self.doc = doc
        self.faces = faces
        self.left = MARGIN_X
        self.right = A4.width - MARGIN_X
        self.state: PageState | None = None
        self.y = MARGIN_TOP
        self.numbered_from = 1  # physical page shown as 1
        self.marks: dict[str, int] = {}  # label -> printed page number

    # ---- pages
    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def page(self) -> pymupdf.Page:
        if self.state is None:
            self.new_page()
        assert self.state is not None
        return self.state.page

    @property
    def page_no(self) -> int:
        return self.doc.page_count

    def new_page(self) -> None:
        self.finish_page()
        page = self.doc.new_page(width=A4.width, height=A4.height)
        for face in self.faces.values():
            page.insert_font(fontname=face.name, fontfile=str(face.path))
        self.state = PageState(page)
        self.y = MARGIN_TOP

    def finish_page(self) -> None:
        if self.state is None:
            return
        self._draw_footnotes()
        printed = self.page_no - self.numbered_from + 1
        if printed >= 1:
            label = f"- {printed} -"
            face = self.faces["mincho"]
            w = face.width(tokenize(label), 9)
            self.text_line(tokenize(label), (A4.width - w) / 2, A4.height - 34, face, 9)
        self.state = None

    def printed_page(self) -> int:
        return self.page_no - self.numbered_from + 1

    def mark(self, label: str) -> None:
        self.page  # noqa: B018 - make sure a page exists
        self.marks[label] = self.printed_page()

    # ---- footnotes
    def _note_lines(self, n: int) -> list[list[Tok]]:
        return wrap(f"{{{n}}} {sc.FOOTNOTES[n]}", self.faces["mincho"], NOTE, self.width - 10)

    def _notes_height(self, notes: Iterable[int]) -> float:
        lines = sum(len(self._note_lines(n)) for n in notes)
        return 0.0 if lines == 0 else 10 + lines * NOTE * 1.4

    def bottom(self, extra_notes: Iterable[int] = ()) -> float:
        notes = list(self.state.notes) if self.state else []
        notes += [n for n in extra_notes if n not in notes]
        return A4.height - MARGIN_BOTTOM - self._notes_height(notes)

    def ensure(self, height: float, notes: Iterable[int] = ()) -> None:
        """Start a new page unless *height* (plus the footnotes it brings) fits."""
        self.page  # noqa: B018
        if self.y + height > self.bottom(notes) and self.y > MARGIN_TOP + 1:
            self.new_page()

    def add_notes(self, notes: Iterable[int]) -> None:
        assert self.state is not None
        for n in notes:
            if n not in self.state.notes:
                self.state.notes.append(n)

    def _draw_footnotes(self) -> None:
        assert self.state is not None
        if not self.state.notes:
            return
        face = self.faces["mincho"]
        top = A4.height - MARGIN_BOTTOM - self._notes_height(self.state.notes)
        self.state.page.draw_line(
            (self.left, top + 3), (self.left + self.width / 3, top + 3), color=(0, 0, 0), width=0.5
        )
        y = top + 10
        for n in sorted(self.state.notes):
            for i, line in enumerate(self._note_lines(n)):
                self.text_line(line, self.left + (0 if i == 0 else 10), y, face, NOTE)
                y += NOTE * 1.4

    # ---- drawing primitives
    def text_line(
        self,
        toks: Sequence[Tok],
        x: float,
        top: float,
        face: Typeface,
        size: float,
        color: tuple[float, float, float] = (0, 0, 0),
    ) -> None:
        """Draw one line whose box starts at *top*; superscript runs are raised."""
        base = top + size * face.font.ascender
        run: list[Tok] = []
        for tok in [*toks, Tok("", not (toks[-1].sup if toks else False))]:
            if run and (tok.sup != run[0].sup or tok.ch == ""):
                text = "".join(t.ch for t in run)
                sup = run[0].sup
                fs = size * (SUP_SCALE if sup else 1.0)
                y = base - (size * SUP_RISE if sup else 0.0)
                self.page.insert_text((x, y), text, fontname=face.name, fontsize=fs, color=color)
                x += face.width(run, size)
                run = []
            if tok.ch:
                run.append(tok)

    # ---- blocks
    def space(self, h: float) -> None:
        self.y += h

    def paragraph(
        self,
        text: str,
        *,
        face: str = "mincho",
        size: float = BODY,
        indent: float = 0.0,
        first: float = 0.0,
        leading: float = 1.7,
        after: float = 4.0,
        keep_lines: int = 2,
        color: tuple[float, float, float] = (0, 0, 0),
        hanging: str | None = None,
    ) -> None:
        tf = self.faces[face]
        lh = size * leading
        x0 = self.left + indent
        lines = wrap(text, tf, size, self.width - indent - first)
        # re-wrap continuation lines at the full width (first line may be indented)
        if first and len(lines) > 1:
            head = lines[0]
            rest_text = "".join(f"{{{t.ch}}}" if t.sup else t.ch for ln in lines[1:] for t in ln)
            lines = [head, *wrap(rest_text, tf, size, self.width - indent)]
        self.ensure(lh * min(keep_lines, len(lines)), sc.footnote_refs(text))
        for i, line in enumerate(lines):
            notes = [int(t.ch) for t in line if t.sup]
            self.ensure(lh, notes)
            self.add_notes(notes)
            if i == 0 and hanging:
                hw = tf.width(tokenize(hanging), size)
                self.text_line(tokenize(hanging), x0 + first - hw - 2, self.y, tf, size, color)
            self.text_line(line, x0 + (first if i == 0 else 0), self.y, tf, size, color)
            self.y += lh
        self.y += after

    def heading_bar(self, text: str, *, size: float = 13.0) -> None:
        h = size * 2.0
        self.ensure(h + 60)
        rect = pymupdf.Rect(self.left, self.y, self.right, self.y + h)
        self.page.draw_rect(rect, color=None, fill=(0.12, 0.32, 0.55))
        self.text_line(
            tokenize(text),
            self.left + 8,
            self.y + (h - size) / 2,
            self.faces["gothic"],
            size,
            color=(1, 1, 1),
        )
        self.y += h + 8

    def heading(
        self,
        text: str,
        *,
        size: float = 11.0,
        rule: bool = False,
        indent: float = 0.0,
        before: float = 6.0,
        after: float = 4.0,
    ) -> None:
        self.ensure(before + size * 1.6 + 40)
        self.mark(text)
        self.y += before
        self.text_line(tokenize(text), self.left + indent, self.y, self.faces["gothic"], size)
        self.y += size * 1.4
        if rule:
            self.page.draw_line(
                (self.left, self.y), (self.right, self.y), color=(0.12, 0.32, 0.55), width=1.0
            )
            self.y += 3
        self.y += after

    def boxed(
        self, lines: Sequence[tuple[str, str]], *, size: float = 9.5, indent: float = 14
    ) -> None:
        """A ruled box around (face, text) lines (used for the first-period KPI boxes)."""
        width = self.width - 2 * indent
        wrapped = [(f, wrap(t, self.faces[f], size, width - 16)) for f, t in lines]
        lh = size * 1.55
        h = sum(len(w) for _, w in wrapped) * lh + 12
        self.ensure(h + 4)
        rect = pymupdf.Rect(self.left + indent, self.y, self.right - indent, self.y + h)
        self.page.draw_rect(rect, color=(0.3, 0.3, 0.3), width=0.7)
        y = self.y + 6
        for f, wl in wrapped:
            for ln in wl:
                self.text_line(ln, rect.x0 + 8, y, self.faces[f], size)
                y += lh
        self.y += h + 6

    # ---- tables
    def table(
        self,
        cols: Sequence[Column],
        header: Sequence[Row],
        body: Sequence[Row],
        style: TableStyle,
        *,
        indent: float = 0.0,
        width: float | None = None,
    ) -> list[int]:
        """Draw a table row by row; returns the page numbers (physical) it touched.

        Rows never split; when a row does not fit, the table continues on the next
        page and the header rows are repeated there.
        """
        total = width if width is not None else self.width - indent
        unit = total / sum(c.width for c in cols)
        xs = [self.left + indent]
        for c in cols:
            xs.append(xs[-1] + c.width * unit)

        def layout(
            row: Row, is_header: bool
        ) -> tuple[float, list[tuple[int, int, list[list[Tok]], str]]]:
            face = self.faces["gothic" if is_header and style.header_bold else "mincho"]
            out = []
            col = 0
            lines_max = 1
            for cell in row:
                w = xs[col + cell.span] - xs[col] - 2 * style.pad_x
                lines = wrap(cell.text, face, style.size, w, prefer_spaces=style.prefer_spaces)
                align = cell.align or ("center" if is_header else cols[col].align)
                out.append((col, cell.span, lines, align))
                lines_max = max(lines_max, len(lines))
                col += cell.span
            return lines_max * style.size * style.leading + 2 * style.pad_y, out

        def draw(row: Row, is_header: bool, top: float) -> float:
            h, cells = layout(row, is_header)
            face = self.faces["gothic" if is_header and style.header_bold else "mincho"]
            page = self.page
            if is_header and style.header_fill:
                page.draw_rect(
                    pymupdf.Rect(xs[0], top, xs[-1], top + h), color=None, fill=style.header_fill
                )
            lh = style.size * style.leading
            for col, span, lines, align in cells:
                x0, x1 = xs[col] + style.pad_x, xs[col + span] - style.pad_x
                block_h = len(lines) * lh
                y = top + (h - block_h) / 2 + (lh - style.size) / 2
                for ln in lines:
                    lw = face.width(ln, style.size)
                    x = (
                        x0
                        if align == "left"
                        else x1 - lw
                        if align == "right"
                        else (x0 + x1 - lw) / 2
                    )
                    self.text_line(ln, x, y, face, style.size)
                    y += lh
                if style.vertical_rules and col + span < len(cols):
                    page.draw_line(
                        (xs[col + span], top),
                        (xs[col + span], top + h),
                        color=(0, 0, 0),
                        width=style.rule,
                    )
            if style.vertical_rules:
                for x in (xs[0], xs[-1]):
                    page.draw_line((x, top), (x, top + h), color=(0, 0, 0), width=style.outer_rule)
            page.draw_line(
                (xs[0], top + h),
                (xs[-1], top + h),
                color=(0, 0, 0),
                width=style.outer_rule if is_header else style.rule,
            )
            return h

        def top_rule() -> None:
            self.page.draw_line(
                (xs[0], self.y), (xs[-1], self.y), color=(0, 0, 0), width=style.outer_rule
            )

        header_h = sum(layout(r, True)[0] for r in header)
        first_h = layout(body[0], False)[0] if body else 0.0
        first_notes = [n for r in [*header, *body[:1]] for c in r for n in sc.footnote_refs(c.text)]
        self.ensure(header_h + first_h, first_notes)
        touched = [self.page_no]
        top_rule()
        for r in header:
            self.add_notes(n for c in r for n in sc.footnote_refs(c.text))
            self.y += draw(r, True, self.y)
        for i, r in enumerate(body):
            h = layout(r, False)[0]
            notes = [n for c in r for n in sc.footnote_refs(c.text)]
            if self.y + h > self.bottom(notes):
                self.new_page()
                touched.append(self.page_no)
                top_rule()
                for hr in header:
                    self.y += draw(hr, True, self.y)
            self.add_notes(notes)
            self.y += draw(r, False, self.y)
            if i == len(body) - 1:
                self.page.draw_line(
                    (xs[0], self.y), (xs[-1], self.y), color=(0, 0, 0), width=style.outer_rule
                )
        self.y += 8
        return touched


# =========================================================================== PyMuPDF document

KPI_COLS = (Column(5.6), Column(2.2, "center"), Column(2.0, "center"))
TARGET_COLS = (Column(5.0), Column(2.4, "center"), Column(2.4, "center"))
FULL_RULES = TableStyle()
SIMPLE_STYLE = TableStyle(header_fill=(0.92, 0.92, 0.92))


def indicator_rows(table: sc.IndicatorTable) -> tuple[list[Row], list[Row]]:
    header = [cells_to_row(table.header, ("center", "center", "center"))]
    body = [cells_to_row((r.name, r.baseline, r.target)) for r in table.rows]
    return header, body


@dataclass
class RenderLog:
    """Where things landed (physical 1-based page numbers), for the report and tests."""

    pillar_pages: dict[str, list[int]] = field(default_factory=dict)
    split_tables: list[str] = field(default_factory=list)


def _draw_cover(flow: Flow) -> None:
    flow.new_page()
    g = flow.faces["gothic"]
    for i, line in enumerate(sc.TITLE_LINES):
        size = 22 if i == 0 else 26
        w = g.width(tokenize(line), size)
        flow.text_line(tokenize(line), (A4.width - w) / 2, 250 + i * 44, g, size)
    flow.page.draw_line(
        (MARGIN_X + 40, 345), (A4.width - MARGIN_X - 40, 345), color=(0.12, 0.32, 0.55), width=2
    )
    for text, top, size in ((sc.DATE, 520, 16), (sc.MUNICIPALITY, 700, 20)):
        w = g.width(tokenize(text), size)
        flow.text_line(tokenize(text), (A4.width - w) / 2, top, g, size)


def _draw_toc(flow: Flow, pages: dict[str, int]) -> None:
    flow.new_page()
    flow.heading("目　次", size=15, before=10, after=14)
    m = flow.faces["mincho"]
    for level, label in sc.TOC:
        size = 10.5 if level == 1 else 9.5
        face = flow.faces["gothic"] if level == 1 else m
        x = flow.left + (0 if level == 1 else 16)
        toks = tokenize(label)
        flow.text_line(toks, x, flow.y, face, size)
        num = str(pages.get(label, 0))
        nw = m.width(tokenize(num), size)
        start = x + face.width(toks, size) + 6
        end = flow.right - nw - 6
        dots = int((end - start) / m.width([Tok("・")], size)) if end > start else 0
        flow.text_line(tokenize("・" * max(dots, 0)), start, flow.y, m, size, (0.45, 0.45, 0.45))
        flow.text_line(tokenize(num), flow.right - nw, flow.y, m, size)
        flow.y += size * (2.1 if level == 1 else 1.85)


def _draw_blocks(flow: Flow, blocks: Sequence[sc.Block]) -> None:
    for b in blocks:
        if isinstance(b, sc.Heading):
            if b.level == 2:
                flow.heading(b.text, size=11.5, before=8)
            else:
                flow.heading(b.text, size=10.5, indent=6, before=2, after=2)
        elif isinstance(b, sc.Paragraph):
            flow.paragraph(b.text, first=BODY, indent=6)
        elif isinstance(b, sc.Bullets):
            for item in b.items:
                flow.paragraph(item, indent=22, hanging=b.mark, after=1)
            flow.space(3)
        elif isinstance(b, sc.FirstPeriodKpi):
            lines = [("gothic", b.program), *[("mincho", ln) for ln in b.lines]]
            if b.note:
                lines.append(("mincho", b.note))
            flow.boxed(lines)
        elif isinstance(b, sc.SimpleTable):
            cols = [Column(4.0), *[Column(2.0, "right") for _ in b.header[1:]]]
            flow.table(
                cols,
                [cells_to_row(b.header)],
                [cells_to_row(r) for r in b.rows],
                SIMPLE_STYLE,
                indent=20,
                width=flow.width - 40,
            )
            for note in b.notes:
                flow.paragraph(note, size=8, indent=20, after=0, leading=1.5)
            flow.space(6)


def _draw_chapter_heading(flow: Flow, number: int, title: str, *, new_page: bool) -> None:
    if new_page:
        flow.new_page()
    label = f"{number}　{title}"
    flow.mark(label)
    flow.heading(label, size=14, rule=True, before=0, after=8)


def _draw_pillar(flow: Flow, p: sc.Pillar, log: RenderLog) -> None:
    flow.new_page()
    label = f"{p.label} {p.title}"
    flow.mark(label)
    flow.heading_bar(label)
    pages: list[int] = []
    flow.heading("【基本的方向】", size=10.5, before=0)
    for d in p.directions:
        flow.paragraph(d, indent=22, hanging="○", after=2)
    flow.heading("【数値目標】", size=10.5)
    header, body = indicator_rows(p.targets)
    pages += flow.table(TARGET_COLS, header, body, FULL_RULES, indent=10, width=flow.width - 10)
    for sec in p.sections:
        flow.heading(f"{sec.number} {sec.title}", size=12, rule=True, before=10)
        for m in sec.measures:
            flow.heading(f"{m.number} {m.title}", size=11, indent=4, before=4)
            for t in m.text:
                flow.paragraph(t, indent=10, first=BODY)
            if m.kpi is not None:
                header, body = indicator_rows(m.kpi)
                touched = flow.table(
                    KPI_COLS, header, body, FULL_RULES, indent=10, width=flow.width - 10
                )
                pages += touched
                if len(set(touched)) > 1:
                    log.split_tables.append(
                        f"{p.label} {sec.number}{m.number} KPI (pages {touched})"
                    )
            flow.heading("【主な取組】", size=10, indent=10, before=2, after=1)
            for item in m.items:
                flow.paragraph(item, size=9.5, indent=30, hanging="・", after=1, keep_lines=1)
            flow.space(6)
    log.pillar_pages[p.label] = sorted(set(pages))


def render_pymupdf(path: Path) -> RenderLog:
    faces = {"mincho": Typeface("mincho", mincho()), "gothic": Typeface("gothic", gothic())}
    toc_pages: dict[str, int] = {}
    log = RenderLog()
    for _ in range(2):  # pass 1 finds the page numbers printed in the table of contents
        doc = pymupdf.open()
        flow = Flow(doc, faces)
        flow.numbered_from = 3
        log = RenderLog()
        _draw_cover(flow)
        flow.finish_page()
        _draw_toc(flow, toc_pages)
        flow.finish_page()
        for ch in sc.CHAPTERS:
            _draw_chapter_heading(flow, ch.number, ch.title, new_page=ch.number in (1, 2, 3, 4, 5))
            _draw_blocks(flow, ch.blocks)
        _draw_chapter_heading(flow, sc.CHAPTER6_NUMBER, sc.CHAPTER6_TITLE, new_page=True)
        flow.paragraph(
            "第2期総合戦略では、次の4つの柱に基づき、地方創生に資する取組を推進します。各柱には"
            "【数値目標】を、各施策には重要業績評価指標（KPI）を設定し、毎年度その達成状況を検証します。",
            first=BODY,
            indent=6,
        )
        for p in sc.PILLARS:
            _draw_pillar(flow, p, log)
        _draw_chapter_heading(flow, sc.CLOSING.number, sc.CLOSING.title, new_page=True)
        _draw_blocks(flow, sc.CLOSING.blocks)
        flow.finish_page()
        toc_pages = {label: flow.marks.get(label, 0) for _, label in sc.TOC}
        if _ == 0:
            doc.close()
    doc.set_metadata(METADATA)
    doc.subset_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path, garbage=4, deflate=True, no_new_id=True)
    doc.close()
    return log


# =========================================================================== python-docx helpers

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTE_ID_OFFSET = 10  # ids 0/1 are the separator footnotes
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _set_east_asian(rpr_owner: object, font_name: str) -> None:
    """Set ascii/hAnsi/eastAsia fonts on a run or style (``owner.element.rPr``)."""
    el = rpr_owner.element if hasattr(rpr_owner, "element") else rpr_owner  # type: ignore[attr-defined]
    rpr = el.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), font_name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)


class DocBuilder:
    """Small python-docx façade: Japanese fonts, rich text with ``{n}`` footnote markers,
    ruled tables (all borders or horizontal rules only), real Word footnotes."""

    GOTHIC = "IPAexGothic"
    MINCHO = "IPAexMincho"

    def __init__(
        self,
        margins_mm: tuple[float, float, float, float] = (20, 20, 20, 20),
        landscape: bool = False,
        body_size: float = 10.5,
    ) -> None:
        self.doc = docx.Document()
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = (
            Mm(m) for m in margins_mm
        )
        self.text_width_mm = (sec.page_width - sec.left_margin - sec.right_margin) / Mm(1)
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(body_size)
        _set_east_asian(normal, self.MINCHO)
        normal.paragraph_format.space_after = Pt(3)
        normal.paragraph_format.line_spacing = 1.25
        for level, size in ((1, 15), (2, 12.5), (3, 11)):
            st = self.doc.styles[f"Heading {level}"]
            st.font.size = Pt(size)
            st.font.bold = True
            st.font.italic = False
            st.font.color.rgb = RGBColor(0, 0, 0)
            _set_east_asian(st, self.GOTHIC)
            st.paragraph_format.space_before = Pt(10 if level < 3 else 6)
            st.paragraph_format.space_after = Pt(4)
            st.paragraph_format.keep_with_next = True
        self.used_notes: list[int] = []

    # ---- metadata / structure
    def core_title(self, title: str) -> None:
        cp = self.doc.core_properties
        cp.title = title
        cp.author = "aizu-extract sample generator"
        cp.created = cp.modified = cp.last_printed = FIXED_DATETIME

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def spacer(self, pt: float) -> None:
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(pt)

    # ---- text
    def rich(
        self,
        par: Paragraph,
        text: str,
        *,
        size: float | None = None,
        bold: bool = False,
        gothic: bool = False,
        color: RGBColor | None = None,
    ) -> None:
        pos = 0
        for m in [*sc.FOOTNOTE_RE.finditer(text), None]:
            chunk = text[pos : m.start()] if m else text[pos:]
            for i, part in enumerate(chunk.split("\n")):
                if i:
                    par.add_run().add_break()
                if part:
                    run = par.add_run(part)
                    run.bold = bold
                    if size:
                        run.font.size = Pt(size)
                    if color is not None:
                        run.font.color.rgb = color
                    _set_east_asian(run, self.GOTHIC if gothic else self.MINCHO)
            if m is None:
                break
            self._footnote_ref(par, int(m.group(1)), size)
            pos = m.end()

    def _footnote_ref(self, par: Paragraph, n: int, size: float | None) -> None:
        """Insert an auto-numbered Word footnote reference.

        Writer numbers footnotes 1, 2, … in document order (custom marks are unreliable),
        so the printed numbers must be referenced in that order.
        """
        if n != len(self.used_notes) + 1:
            raise ValueError(f"footnote {n} referenced out of order ({self.used_notes})")
        self.used_notes.append(n)
        run = par.add_run()
        rpr = run.element.get_or_add_rPr()
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        if size:
            run.font.size = Pt(size)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(n + FOOTNOTE_ID_OFFSET))
        run.element.append(ref)

    def paragraph(
        self,
        text: str,
        *,
        size: float | None = None,
        bold: bool = False,
        gothic: bool = False,
        align: str = "left",
        indent_mm: float = 0.0,
        first_indent: bool = False,
        hanging_mm: float = 0.0,
    ) -> Paragraph:
        par = self.doc.add_paragraph()
        par.alignment = {
            "left": WD_ALIGN_PARAGRAPH.JUSTIFY,
            "center": WD_ALIGN_PARAGRAPH.CENTER,
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
        }[align]
        fmt = par.paragraph_format
        if indent_mm or hanging_mm:
            fmt.left_indent = Mm(indent_mm + hanging_mm)
        if hanging_mm:
            fmt.first_line_indent = -Mm(hanging_mm)
        elif first_indent:
            fmt.first_line_indent = Pt(size or 10.5)
        self.rich(par, text, size=size, bold=bold, gothic=gothic)
        return par

    def bullet(
        self, text: str, *, mark: str = "・", indent_mm: float = 4.0, size: float | None = None
    ) -> Paragraph:
        p = self.paragraph(f"{mark}{text}", indent_mm=indent_mm, hanging_mm=4.0, size=size)
        p.paragraph_format.space_after = Pt(1)
        return p

    def heading(self, text: str, *, level: int, shaded: bool = False) -> None:
        par = self.doc.add_heading(level=level)
        self.rich(
            par, text, gothic=True, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF) if shaded else None
        )
        if shaded:
            ppr = par._p.get_or_add_pPr()
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), "1F5289")
            ppr.append(shd)

    # ---- tables
    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        widths_mm: Sequence[float],
        borders: str = "all",
        aligns: Sequence[str] | None = None,
        size: float = 9.5,
        header_fill: str | None = "DCE6F0",
    ) -> Table:
        """A table whose first row repeats on every page it spans.

        ``borders="all"``: every cell ruled. ``borders="horizontal"``: top/bottom rules
        and one rule between rows, no vertical lines at all.
        """
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        self._borders(t, borders)
        for r_idx, values in enumerate([list(header), *[list(r) for r in rows]]):
            row = t.rows[r_idx]
            trpr = row._tr.get_or_add_trPr()
            cant = OxmlElement("w:cantSplit")
            trpr.append(cant)
            if r_idx == 0:
                hdr = OxmlElement("w:tblHeader")
                trpr.append(hdr)
            for c_idx, value in enumerate(values):
                cell = row.cells[c_idx]
                cell.width = Mm(widths_mm[c_idx])
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                par = cell.paragraphs[0]
                par.paragraph_format.space_after = Pt(0)
                par.paragraph_format.line_spacing = 1.1
                align = "center" if r_idx == 0 else (aligns[c_idx] if aligns else "left")
                par.alignment = {
                    "left": WD_ALIGN_PARAGRAPH.LEFT,
                    "center": WD_ALIGN_PARAGRAPH.CENTER,
                    "right": WD_ALIGN_PARAGRAPH.RIGHT,
                }[align]
                self.rich(par, value, size=size, gothic=r_idx == 0, bold=r_idx == 0)
                if r_idx == 0 and header_fill:
                    tcpr = cell._tc.get_or_add_tcPr()
                    shd = OxmlElement("w:shd")
                    shd.set(qn("w:val"), "clear")
                    shd.set(qn("w:color"), "auto")
                    shd.set(qn("w:fill"), header_fill)
                    tcpr.append(shd)
        for c_idx, w in enumerate(widths_mm):
            t.columns[c_idx].width = Mm(w)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    @staticmethod
    def _borders(t: Table, mode: str) -> None:
        tblpr = t._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        edges = {
            "all": ("top", "left", "bottom", "right", "insideH", "insideV"),
            "horizontal": ("top", "bottom", "insideH"),
        }[mode]
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{edge}")
            if edge in edges:
                e.set(qn("w:val"), "single")
                e.set(qn("w:sz"), "8" if edge in ("top", "bottom") else "4")
                e.set(qn("w:color"), "000000")
            else:
                e.set(qn("w:val"), "nil")
            b.append(e)
        mar = OxmlElement("w:tblCellMar")
        for edge, tw in (("top", 45), ("left", 85), ("bottom", 45), ("right", 85)):
            e = OxmlElement(f"w:{edge}")
            e.set(qn("w:w"), str(tw))
            e.set(qn("w:type"), "dxa")
            mar.append(e)
        look = tblpr.find(qn("w:tblLook"))
        for el in (b, mar):  # schema order: … tblBorders, shd, tblLayout, tblCellMar, tblLook
            if look is not None:
                look.addprevious(el)
            else:
                tblpr.append(el)

    def box(self, lines: Sequence[str], *, bold_first: bool = False, width_mm: float = 150) -> None:
        t = self.doc.add_table(rows=1, cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        self._borders(t, "all")
        t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        t.columns[0].width = Mm(width_mm)
        cell = t.rows[0].cells[0]
        cell.width = Mm(width_mm)
        for i, line in enumerate(lines):
            par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            par.paragraph_format.space_after = Pt(0)
            self.rich(par, line, size=9.5, gothic=bold_first and i == 0, bold=bold_first and i == 0)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(0)

    # ---- footnotes
    def footnotes(self, texts: dict[int, str]) -> None:
        """Write ``word/footnotes.xml`` for every footnote referenced so far."""
        if not self.used_notes:
            return
        body = [
            '<w:footnote w:type="separator" w:id="0"><w:p><w:r>'
            "<w:separator/></w:r></w:p></w:footnote>",
            '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r>'
            "<w:continuationSeparator/></w:r></w:p></w:footnote>",
        ]
        font = (
            f'<w:rFonts w:ascii="{self.MINCHO}" w:hAnsi="{self.MINCHO}" '
            f'w:eastAsia="{self.MINCHO}"/><w:sz w:val="15"/>'
        )
        for n in self.used_notes:
            body.append(
                f'<w:footnote w:id="{n + FOOTNOTE_ID_OFFSET}"><w:p><w:pPr><w:spacing w:after="0"/>'
                f'</w:pPr><w:r><w:rPr>{font}<w:vertAlign w:val="superscript"/></w:rPr>'
                f"<w:footnoteRef/></w:r><w:r><w:rPr>{font}</w:rPr>"
                f'<w:t xml:space="preserve"> {xml_escape(texts[n])}</w:t></w:r></w:p></w:footnote>'
            )
        xml = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:footnotes xmlns:w="{W_NS}">{"".join(body)}</w:footnotes>'
        ).encode()
        part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)

    def save(self, path: Path) -> None:
        self.doc.save(str(path))


def convert_to_pdf(docx_path: Path, pdf_path: Path, *, profile: str) -> None:
    """Convert with LibreOffice, then pin the metadata and trailer ID (deterministic bytes)."""
    outdir = docx_path.parent
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file:///tmp/{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    produced = outdir / (docx_path.stem + ".pdf")
    doc = pymupdf.open(produced)
    meta = dict(doc.metadata or {})
    meta.update(
        {
            "title": doc.metadata.get("title") or "",
            "creationDate": FIXED_DATE,
            "modDate": FIXED_DATE,
        }
    )
    doc.set_metadata(
        {
            k: v
            for k, v in meta.items()
            if k
            in (
                "title",
                "author",
                "subject",
                "keywords",
                "creator",
                "producer",
                "creationDate",
                "modDate",
            )
        }
    )
    doc.xref_set_key(
        -1, "ID", "[<00000000000000000000000000000000><00000000000000000000000000000000>]"
    )
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    data = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    pdf_path.write_bytes(data)


# =========================================================================== Writer (docx → PDF)


def render_writer(path: Path) -> None:
    d = DocBuilder(margins_mm=(22, 20, 22, 20))
    d.core_title(sc.TITLE)
    # cover
    d.spacer(120)
    for i, line in enumerate(sc.TITLE_LINES):
        d.paragraph(line, size=22 if i == 0 else 26, bold=True, gothic=True, align="center")
    d.spacer(140)
    d.paragraph(sc.DATE, size=16, gothic=True, align="center")
    d.spacer(120)
    d.paragraph(sc.MUNICIPALITY, size=20, gothic=True, align="center")
    d.page_break()
    # contents (no page numbers in this rendering: Writer would need a TOC field update)
    d.heading("目次", level=1)
    for level, label in sc.TOC:
        d.paragraph(
            label,
            size=10.5 if level == 1 else 9.5,
            gothic=level == 1,
            indent_mm=0 if level == 1 else 6,
        )
    for ch in sc.CHAPTERS:
        d.page_break()
        d.heading(f"{ch.number}　{ch.title}", level=1)
        _docx_blocks(d, ch.blocks)
    d.page_break()
    d.heading(f"{sc.CHAPTER6_NUMBER}　{sc.CHAPTER6_TITLE}", level=1)
    for p in sc.PILLARS:
        d.page_break()
        d.heading(f"{p.label} {p.title}", level=1, shaded=True)
        d.paragraph("【基本的方向】", gothic=True, bold=True)
        for item in p.directions:
            d.bullet(item, mark="○")
        d.paragraph("【数値目標】", gothic=True, bold=True)
        d.table(
            [_two_line_header(h) for h in p.targets.header],
            _indicator_docx_rows(p.targets),
            widths_mm=(84, 43, 43),
            borders="all",
            aligns=("left", "center", "center"),
        )
        for sec in p.sections:
            d.heading(f"{sec.number} {sec.title}", level=2)
            for m in sec.measures:
                d.heading(f"{m.number} {m.title}", level=3)
                for t in m.text:
                    d.paragraph(t, first_indent=True)
                if m.kpi is not None:
                    d.table(
                        [_two_line_header(h) for h in m.kpi.header],
                        _indicator_docx_rows(m.kpi),
                        widths_mm=(94, 38, 38),
                        borders="horizontal",
                        aligns=("left", "center", "center"),
                    )
                d.paragraph("【主な取組】", gothic=True, bold=True)
                for item in m.items:
                    d.bullet(item, mark="・")
    d.page_break()
    d.heading(f"{sc.CLOSING.number}　{sc.CLOSING.title}", level=1)
    _docx_blocks(d, sc.CLOSING.blocks)
    d.footnotes(sc.FOOTNOTES)
    with tempfile.TemporaryDirectory(prefix="strategy_docx_") as tmp:
        docx_path = Path(tmp) / "strategy_2nd_r2_writer.docx"
        d.save(docx_path)
        convert_to_pdf(docx_path, path, profile="lo_profile_strategy")


def _wrapped_value(value: str) -> str:
    """Break a long value cell before its annotation, as typed with Shift+Enter in Word."""
    if len(value) > 11 and " " in value:
        head, tail = value.rsplit(" ", 1)
        return f"{head}\n{tail}"
    return value


def _indicator_docx_rows(table: sc.IndicatorTable) -> list[list[str]]:
    return [[r.name, _wrapped_value(r.baseline), _wrapped_value(r.target)] for r in table.rows]


def _two_line_header(label: str) -> str:
    """``現状値 (R 元年度末値)`` → two lines, as Word users type it in narrow columns."""
    if label.startswith(("現状値", "目標値")) and " " in label:
        head, tail = label.split(" ", 1)
        return f"{head}\n{tail}"
    return label


def _docx_blocks(d: DocBuilder, blocks: Sequence[sc.Block]) -> None:
    for b in blocks:
        if isinstance(b, sc.Heading):
            if b.level == 2:
                d.heading(b.text, level=2)
            else:
                d.paragraph(b.text, gothic=True, bold=True)
        elif isinstance(b, sc.Paragraph):
            d.paragraph(b.text, first_indent=True)
        elif isinstance(b, sc.Bullets):
            for item in b.items:
                d.bullet(item, mark=b.mark)
        elif isinstance(b, sc.FirstPeriodKpi):
            lines = [b.program, *b.lines, *([b.note] if b.note else [])]
            d.box(lines, bold_first=True)
        elif isinstance(b, sc.SimpleTable):
            d.table(
                list(b.header),
                [list(r) for r in b.rows],
                widths_mm=(60, 30, 30, 30),
                borders="all",
                aligns=("left", "right", "right", "right"),
            )
            for note in b.notes:
                d.paragraph(note, size=8)


# =========================================================================== entry points


def build(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    a = out_dir / PYMUPDF_NAME
    b = out_dir / WRITER_NAME
    render_pymupdf(a)
    render_writer(b)
    return [a, b]


def main() -> None:
    out = Path(__file__).resolve().parents[1]
    if shutil.which("soffice") is None:
        raise SystemExit("soffice (LibreOffice) is required for the Writer rendering")
    log = render_pymupdf(out / PYMUPDF_NAME)
    render_writer(out / WRITER_NAME)
    print(out / PYMUPDF_NAME, out / WRITER_NAME, sep="\n")
    for k, v in log.pillar_pages.items():
        print(f"{k}: tables on pages {v}")
    for s in log.split_tables:
        print("table continued on next page:", s)


if __name__ == "__main__":
    main()
