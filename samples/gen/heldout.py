"""Held-out layout variants of the two sample documents, for the field-level F1 proxy.

The parsers are developed against ``samples/*.pdf``; they will be judged on sheets from
other years and municipalities. These renderings print the *same content*
(``evaluation_content`` / ``strategy_content``) the way another year's template would,
so ``benchmarks/score_f1.py`` can measure how much of a parser is tuned to the two
committed layouts. They are deliberately kept out of the parser authors' samples:
``samples/heldout/`` is not scanned by any test, only by the scorer.

``evaluation_variant_pymupdf.pdf`` (drawn with PyMuPDF ``insert_text``/``draw_line``/
``draw_rect``) differs from both committed renderings in:

* a running header ``会津若松市 行政評価`` on every page and a ``n / N`` folio;
* the 政策目標/政策/政策分野 chain on three rows, 施策名 and 施策の内容 in separate columns;
* one KPI table for all indicators with a single header row
  ``No | 指標名 | 単位 | 区分 | 令和5年度 | 令和6年度 | 令和7年度 | 最終目標``: two value
  rows per indicator (目標, 実績) and NO 達成率 row; 説明又は計算式 and 検証 as rows below;
* the 事務事業一覧 header on one line with the columns reordered
  (``No | 事務事業名 | 担当部・課 | 次年度方針 | 重点事業 | 主要事業 | 人口減少対策※ |
  SDGsターゲット``) and the goal column printed ``柱2`` instead of ``基本目標2``;
* the KPI table and the 事務事業一覧 ruled with thin filled rectangles instead of lines;
* cards two to a page, field order 事業名 / 法定/自主 + 次年度方針 / 担当部・課 / 概要 /
  財務内容 (below 概要, columns ``令和7年度予算`` / ``令和8年度見込`` without parentheses) /
  取組状況と成果 / 課題認識…; one card split across a page break;
* 成果を示す根拠の推移 with ``目標`` instead of ``計画``; no ロジックモデル.

``strategy_variant_reportlab.pdf`` (reportlab) prints pillars 1–4 of chapter 6 with:

* KPI tables with no rules at all (aligned columns only), header
  ``重要業績評価指標(KPI) | 基準値(R元年度末) | 目標値(R6年度末)``;
* 数値目標 tables (ruled, horizontal rules only) with header
  ``指標 | 現状値（R元年度末値） | 目標値（R6年度末値）`` (calendar-year variant for 柱4);
* footnote markers as raised small digits, footnote text at the foot of the page;
* a KPI table continued on the next page WITHOUT its header row repeated.

Both are deterministic: fixed metadata, reportlab ``invariant=1``, PyMuPDF
``no_new_id``. Run ``python -m samples.gen.heldout`` from the repository root.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from samples.gen import evaluation_content as ec
from samples.gen import strategy_content as sc
from samples.gen.fonts import gothic, mincho

EVAL_PDF = "evaluation_variant_pymupdf.pdf"
STRATEGY_PDF = "strategy_variant_reportlab.pdf"
HELDOUT_DIR = "heldout"

FIXED_DATE = "D:20250930090000+09'00'"
PAGE_W, PAGE_H = 595.28, 841.89  # A4 in points
MARGIN_X = 40.0
MARGIN_TOP = 48.0  # below the running header
MARGIN_BOTTOM = 44.0
BODY_W = PAGE_W - 2 * MARGIN_X
PAD = 2.8
LEADING = 1.28
RUNNING_HEADER = "会津若松市 行政評価"

# ------------------------------------------------------------------------------------
# Fonts: PyMuPDF needs the same file for measuring (pymupdf.Font) and drawing
# (page.insert_font) so that wrapped lines really fit their cells.
# ------------------------------------------------------------------------------------

G, M = "ipaexg", "ipaexm"
_FONTS: dict[str, pymupdf.Font] = {}


def _font(name: str) -> pymupdf.Font:
    if name not in _FONTS:
        path = gothic() if name == G else mincho()
        _FONTS[name] = pymupdf.Font(fontfile=str(path))
    return _FONTS[name]


def text_width(text: str, font: str, size: float) -> float:
    return float(_font(font).text_length(text, fontsize=size))


def wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """Character wrapping (as Excel does for CJK); closing punctuation may hang."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for ch in paragraph:
            if not line or ch in "、。」）)," or text_width(line + ch, font, size) <= width:
                line += ch
            else:
                lines.append(line)
                line = ch
        lines.append(line)
    return lines


# ------------------------------------------------------------------------------------
# Table model
# ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """One merged cell of a table on a column grid."""

    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1
    align: str = "left"
    size: float = 7.5
    shade: bool = False
    font: str = G


@dataclass(frozen=True)
class Table:
    """Cells on ``len(widths)`` columns; ``rules`` is ``lines`` or ``bars`` (filled rects)."""

    cells: tuple[Cell, ...]
    widths: tuple[float, ...]
    rules: str = "lines"
    min_row: float = 14.0
    row_min: tuple[tuple[int, float], ...] = ()  # (row, minimum height): fixed-size frames

    @property
    def n_rows(self) -> int:
        return max(c.row + c.rowspan for c in self.cells)

    def heights(self) -> list[float]:
        """Row heights so every cell's wrapped text fits (merged cells grow their rows)."""
        hs = [self.min_row] * self.n_rows
        for r, h in self.row_min:
            hs[r] = max(hs[r], h)

        def need(c: Cell) -> float:
            w = sum(self.widths[c.col : c.col + c.colspan]) - 2 * PAD
            return len(wrap(c.text, w, c.font, c.size)) * c.size * LEADING + 2 * PAD

        for c in (c for c in self.cells if c.rowspan == 1):
            hs[c.row] = max(hs[c.row], need(c))
        for c in sorted((c for c in self.cells if c.rowspan > 1), key=lambda c: c.rowspan):
            span = range(c.row, c.row + c.rowspan)
            short = need(c) - sum(hs[r] for r in span)
            if short > 0:
                for r in span:
                    hs[r] += short / c.rowspan
        return hs


@dataclass
class Flow:
    """Top-down page flow on a PyMuPDF document, with running header and folio."""

    doc: pymupdf.Document
    page: pymupdf.Page | None = None
    y: float = MARGIN_TOP
    card_starts: int = 0
    card_pages: dict[str, int] = field(default_factory=dict)
    split_card: str | None = None

    def new_page(self) -> None:
        page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        page.insert_font(fontname=G, fontfile=str(gothic()))
        page.insert_font(fontname=M, fontfile=str(mincho()))
        page.insert_text((MARGIN_X, 26), RUNNING_HEADER, fontname=G, fontsize=8)
        page.draw_line((MARGIN_X, 31), (PAGE_W - MARGIN_X, 31), width=0.4)
        self.page = page
        self.y = MARGIN_TOP
        self.card_starts = 0

    @property
    def page_no(self) -> int:
        return self.doc.page_count

    def room(self) -> float:
        return PAGE_H - MARGIN_BOTTOM - self.y

    def text(self, text: str, size: float = 9.5, gap: float = 4, font: str = G) -> None:
        """A free-standing heading/note; moves to a new page if it would be orphaned."""
        lines = wrap(text, BODY_W, font, size)
        if self.room() < len(lines) * size * LEADING + gap + 40:
            self.new_page()
        assert self.page is not None
        for line in lines:
            self.y += size * LEADING
            self.page.insert_text((MARGIN_X, self.y - size * 0.25), line, fontname=font,
                                  fontsize=size)
        self.y += gap

    def table(
        self, t: Table, card: str | None = None, splits: Sequence[int] = ()
    ) -> None:
        """Place a table; a card that does not fit is split once per document at one
        of ``splits`` (real sheets printed from Excel cut cards between rows)."""
        hs = t.heights()
        if card is not None and self.card_starts >= 2:
            self.new_page()
        if sum(hs) > self.room():
            fitting = [k for k in splits if 0 < k < len(hs) and sum(hs[:k]) <= self.room()]
            if fitting and (card is None or self.split_card is None):
                k = max(fitting)
                if card is not None:
                    self.split_card = card
                    self.card_pages[card] = self.page_no
                    self.card_starts += 1
                self._draw(t, hs, range(k))
                self.new_page()
                self._draw(t, hs, range(k, len(hs)))
                if card is not None:
                    self.card_starts = 0  # the continuation does not count as a card start
                return
            self.new_page()
        if card is not None:
            self.card_pages[card] = self.page_no
            self.card_starts += 1
        self._draw(t, hs, range(len(hs)))

    def _draw(self, t: Table, hs: Sequence[float], rows: range) -> None:
        assert self.page is not None
        page = self.page
        xs = [MARGIN_X + sum(t.widths[:i]) for i in range(len(t.widths) + 1)]
        ys = {rows.start: self.y}
        for r in rows:
            ys[r + 1] = ys[r] + hs[r]
        for c in t.cells:
            r0, r1 = max(c.row, rows.start), min(c.row + c.rowspan, rows.stop)
            if r0 >= r1:
                continue
            x0, x1, y0, y1 = xs[c.col], xs[c.col + c.colspan], ys[r0], ys[r1]
            if c.shade:
                page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=None, fill=(0.9, 0.9, 0.9),
                               width=0)
            _rules(page, t.rules, x0, y0, x1, y1)
            if c.row >= rows.start and c.text:
                _cell_text(page, c, x0, y0, x1 - x0, y1 - y0)
        self.y = ys[rows.stop] + 8

    def finish(self) -> None:
        """Write the ``n / N`` folios once the page count is known."""
        total = self.doc.page_count
        for i in range(total):
            folio = f"{i + 1} / {total}"
            w = text_width(folio, G, 8)
            self.doc[i].insert_text(((PAGE_W - w) / 2, PAGE_H - 22), folio, fontname=G,
                                    fontsize=8)


def _rules(page: pymupdf.Page, style: str, x0: float, y0: float, x1: float, y1: float) -> None:
    """Cell frame: four stroked lines, or four thin black filled rectangles."""
    if style == "lines":
        for a, b in (((x0, y0), (x1, y0)), ((x0, y1), (x1, y1)), ((x0, y0), (x0, y1)),
                     ((x1, y0), (x1, y1))):
            page.draw_line(a, b, width=0.5)
        return
    t = 0.45
    for r in (
        pymupdf.Rect(x0, y0 - t / 2, x1, y0 + t / 2),
        pymupdf.Rect(x0, y1 - t / 2, x1, y1 + t / 2),
        pymupdf.Rect(x0 - t / 2, y0, x0 + t / 2, y1),
        pymupdf.Rect(x1 - t / 2, y0, x1 + t / 2, y1),
    ):
        page.draw_rect(r, color=None, fill=(0, 0, 0), width=0)


def _cell_text(page: pymupdf.Page, c: Cell, x: float, top: float, w: float, h: float) -> None:
    lines = wrap(c.text, w - 2 * PAD, c.font, c.size)
    line_h = c.size * LEADING
    base = top + (h - len(lines) * line_h) / 2 + c.size * 0.98
    for line in lines:
        tw = text_width(line, c.font, c.size)
        if c.align == "center":
            lx = x + (w - tw) / 2
        elif c.align == "right":
            lx = x + w - PAD - tw
        else:
            lx = x + PAD
        page.insert_text((lx, base), line, fontname=c.font, fontsize=c.size)
        base += line_h


# ------------------------------------------------------------------------------------
# Evaluation variant: content → tables
# ------------------------------------------------------------------------------------

KPI_YEAR_LABELS = ("令和5年度", "令和6年度", "令和7年度", "最終目標")
BUDGET_LABELS = ("令和7年度予算", "令和8年度見込")
GOAL_PREFIX_OLD, GOAL_PREFIX_NEW = "基本目標", "柱"
LIST_FOOTNOTE = (
    "※人口減少対策に資する事業として、「第2期 会津若松市まち・ひと・しごと創生総合戦略」の"
    "4つの柱に位置付けた取組を記載しています。"
)


CARD_NOTE = (
    "※各事務事業の概要、財務内容、取組状況と成果及び課題認識と今後の方針・改善点を"
    "記載しています。財務内容の金額は千円単位で、令和7年度は当初予算額、令和8年度は"
    "見込額です。概算人件費は、事業に従事する職員の人件費を平均給与費により概算したものです。"
)


def header_table() -> Table:
    """主管部局・課, then one row per outline level, then 目指す姿."""
    h = ec.HEADER
    cells = [
        Cell(0, 0, "主管部局・課", shade=True),
        Cell(0, 1, h.department),
    ]
    for i, node in enumerate((h.policy_goal, h.policy, h.policy_area), start=1):
        size = 10.0 if node is h.policy_area else 8.0
        cells += [
            Cell(i, 0, node.label, shade=True),
            Cell(i, 1, f"{node.label}{node.number} {node.title}", size=size),
        ]
    cells += [Cell(4, 0, "目指す姿", shade=True), Cell(4, 1, h.vision, font=M)]
    return Table(tuple(cells), (90, BODY_W - 90))


def measures_table() -> Table:
    """施策番号 | 施策名 | 施策の内容 | SDGs (4 columns)."""
    heads = ("施策番号", "施策名", "施策の内容", "関連するSDGsのゴール")
    cells = [Cell(0, i, t, shade=True, align="center", size=7) for i, t in enumerate(heads)]
    for r, m in enumerate(ec.MEASURES, start=1):
        cells += [
            Cell(r, 0, f"施策{m.number}", align="center"),
            Cell(r, 1, m.title, size=8),
            Cell(r, 2, m.content, font=M, size=7),
            Cell(r, 3, "\n".join(f"{g} {ec.SDG_NAMES[g]}" for g in m.sdg_goals), size=6.5),
        ]
    return Table(tuple(cells), (44, 90, 260, BODY_W - 394))


def kpi_table() -> Table:
    """All indicators in one bar-ruled table; 最終目標 instead of 令和8年度; no 達成率."""
    heads = ("No", "指標名", "単位", "区分", *KPI_YEAR_LABELS)
    cells = [Cell(0, i, t, shade=True, align="center", size=7) for i, t in enumerate(heads)]
    r = 1
    for k in ec.KPIS:
        cells += [
            Cell(r, 0, str(k.number), rowspan=4, align="center"),
            Cell(r, 1, k.name, rowspan=2, size=8),
            Cell(r, 2, k.unit, rowspan=2, align="center"),
            Cell(r, 3, "目標", shade=True, align="center"),
            Cell(r + 1, 3, "実績", shade=True, align="center"),
            Cell(r + 2, 1, "説明又は計算式", shade=True, size=6.5),
            Cell(r + 2, 2, k.formula, colspan=6, size=7),
            Cell(r + 3, 1, "検証", shade=True, size=6.5),
            Cell(r + 3, 2, k.review, colspan=6, font=M, size=7),
        ]
        for j, y in enumerate(k.years):
            cells += [
                Cell(r, 4 + j, y.target, align="right"),
                Cell(r + 1, 4 + j, y.actual, align="right"),
            ]
        r += 4
    return Table(tuple(cells), (18, 130, 30, 30, 60, 60, 60, BODY_W - 388), rules="bars")


def evaluation_table(m: ec.Measure) -> Table:
    return Table(
        (
            Cell(0, 0, f"施策{m.number} {m.title}", colspan=2, shade=True),
            Cell(1, 0, "主な取組状況と成果", shade=True, size=7),
            Cell(1, 1, m.progress, font=M, size=7),
            Cell(2, 0, "課題認識と今後の方針・改善点", shade=True, size=7),
            Cell(2, 1, m.issues, font=M, size=7),
        ),
        (80, BODY_W - 80),
    )


def text_table(rows: Sequence[tuple[str, str]]) -> Table:
    cells: list[Cell] = []
    for i, (label, body) in enumerate(rows):
        cells += [Cell(i, 0, label, shade=True, size=7), Cell(i, 1, body, font=M, size=7)]
    return Table(tuple(cells), (80, BODY_W - 80))


def variant_goal(goal: str) -> str:
    """``基本目標2`` → ``柱2``: the earlier template's name for the same column."""
    return goal.replace(GOAL_PREFIX_OLD, GOAL_PREFIX_NEW)


def unit_list_table() -> Table:
    """事務事業一覧, one-line header, reordered columns, bar rules."""
    heads = ("No", "事務事業名", "担当部・課", "次年度方針", "重点事業", "主要事業",
             "人口減少対策※", "SDGsターゲット")
    cells = [Cell(0, i, t, shade=True, align="center", size=6.3) for i, t in enumerate(heads)]
    r = 1
    for m in ec.MEASURES:
        cells.append(Cell(r, 0, ec.measure_title(m.number), colspan=8, shade=True, size=7.5))
        r += 1
        for u in (u for u in ec.BUSINESS_UNITS if u.measure_no == m.number):
            cells += [
                Cell(r, 0, str(u.unit_no), align="center", size=7),
                Cell(r, 1, u.name, size=7),
                Cell(r, 2, u.department, size=6.5),
                Cell(r, 3, u.next_year_policy, align="center", size=7),
                Cell(r, 4, u.priority_mark, align="center", size=7),
                Cell(r, 5, u.major_mark, align="center", size=7),
                Cell(r, 6, variant_goal(u.population_goal), align="center", size=7),
                Cell(r, 7, u.sdg_target, align="center", size=7),
            ]
            r += 1
    return Table(tuple(cells), (18, 150, 120, 40, 34, 34, 50, BODY_W - 446), rules="bars")


def card_table(u: ec.BusinessUnit) -> Table:
    """Card: 事業名 / 法定/自主 + 次年度方針 / 担当部・課 / 概要 / 財務内容 / 取組 / 課題."""
    lab = {"shade": True, "size": 7.0}
    cells = [
        Cell(0, 0, str(u.unit_no), rowspan=10, align="center", size=9),
        Cell(0, 1, "事業名", **lab),
        Cell(0, 2, u.name, colspan=4, size=9),
        Cell(1, 1, "法定/自主", **lab),
        Cell(1, 2, u.legal_basis, align="center"),
        Cell(1, 3, "次年度方針", align="center", **lab),
        Cell(1, 4, u.next_year_policy, colspan=2, align="center"),
        Cell(2, 1, "担当部・課", **lab),
        Cell(2, 2, u.department, colspan=4),
        Cell(3, 1, "概要（目的・内容）", **lab),
        Cell(3, 2, u.summary, colspan=4, font=M, size=7.5),
        Cell(4, 1, "財務内容", rowspan=4, **lab),
        Cell(4, 2, "単位(千円)", colspan=2, align="center", **lab),
        Cell(4, 4, BUDGET_LABELS[0], align="center", **lab),
        Cell(4, 5, BUDGET_LABELS[1], align="center", **lab),
        Cell(8, 1, "取組状況と成果", **lab),
        Cell(8, 2, u.progress, colspan=4, font=M, size=7.5),
        Cell(9, 1, "課題認識と今後の方針・改善点", **lab),
        Cell(9, 2, u.issues, colspan=4, font=M, size=7.5),
    ]
    for i, (item, pair) in enumerate(u.budget.items()):
        cells.append(Cell(5 + i, 2, item, colspan=2))
        cells += [Cell(5 + i, 4 + y, pair[y], align="right") for y in (0, 1)]
    # The template gives every card the same frame (half a page): text rows have a
    # fixed minimum height, so two cards fill a page and any extra line pushes over.
    frame = ((3, 52.0), (8, 96.0), (9, 84.0))
    return Table(tuple(cells), (18, 74, 108, 108, 108, BODY_W - 416), min_row=16,
                 row_min=frame)


def outcome_table() -> Table:
    """成果を示す根拠の推移（中期成果）with 目標/実績 sub-columns."""
    cells = [
        Cell(0, 0, "事業名", rowspan=2, shade=True, align="center"),
        Cell(0, 1, "項目", rowspan=2, shade=True, align="center"),
    ]
    for j, (label, _, _) in enumerate(ec.OUTCOMES[0].cells):
        cells += [
            Cell(0, 2 + 2 * j, label, colspan=2, shade=True, align="center"),
            Cell(1, 2 + 2 * j, "目標", shade=True, align="center"),
            Cell(1, 3 + 2 * j, "実績", shade=True, align="center"),
        ]
    cells.append(Cell(2, 0, ec.OUTCOMES[0].subject, rowspan=len(ec.OUTCOMES), size=7))
    for i, row in enumerate(ec.OUTCOMES, start=2):
        cells.append(Cell(i, 1, row.item, size=7))
        for j, (_, plan, actual) in enumerate(row.cells):
            cells += [Cell(i, 2 + 2 * j, plan, align="right"),
                      Cell(i, 3 + 2 * j, actual, align="right")]
    return Table(tuple(cells), (115, 96, *([39] * 8)))


def build_evaluation(path: Path) -> tuple[int, dict[str, int], str | None]:
    """Draw the variant sheet; return (page count, card → start page, split card)."""
    doc = pymupdf.open()
    flow = Flow(doc)
    flow.new_page()
    assert flow.page is not None
    title = ec.HEADER.title
    w = text_width(title, G, 14)
    flow.page.insert_text(((PAGE_W - w) / 2, flow.y + 14), title, fontname=G, fontsize=14)
    flow.y += 26
    flow.table(header_table())
    flow.text("施策", 9)
    flow.table(measures_table())
    flow.text("1 政策分野の進捗状況（重要業績評価指標）", 10)
    flow.table(kpi_table())
    flow.text("2 施策の評価", 10)
    for m in ec.MEASURES:
        flow.table(evaluation_table(m), splits=(1, 2))
    flow.text("3 第7次総合計画の期中総括", 10)
    flow.table(text_table((("○主な成果", "\n".join(f"{a}\n{b}" for a, b in
                                                   ec.MIDTERM_RESULTS)),
                           ("○課題", "\n".join(f"{a}\n{b}" for a, b in ec.MIDTERM_ISSUES)))),
               splits=(1,))
    flow.text("4 最終評価", 10)
    flow.table(Table((Cell(0, 0, ec.FINAL_EVALUATION, font=M),), (BODY_W,)))
    flow.new_page()
    flow.text("5 事務事業一覧", 10)
    flow.table(unit_list_table())
    flow.text(LIST_FOOTNOTE, 7, gap=1)
    for goal, goal_title in ec.BASIC_GOALS:
        flow.text(f"{variant_goal(goal)} {goal_title}", 7, gap=1)
    flow.new_page()
    flow.text("6 事務事業評価", 10)
    flow.text(CARD_NOTE, 7.5, font=M)
    for m in ec.MEASURES:
        flow.text(ec.measure_title(m.number), 9.5)
        for u in (u for u in ec.BUSINESS_UNITS if u.measure_no == m.number):
            flow.table(card_table(u), card=u.name, splits=(4,))
    flow.new_page()
    flow.text(ec.measure_title(ec.LOGIC_MODEL_MEASURE), 9.5)
    flow.text("成果を示す根拠の推移（中期成果）", 9)
    flow.table(outcome_table())
    flow.finish()
    doc.set_metadata({
        "title": "",
        "author": "",
        "subject": "",
        "keywords": "",
        "creator": "Microsoft Excel",
        "producer": "aizu-extract held-out generator (PyMuPDF)",
        "creationDate": FIXED_DATE,
        "modDate": FIXED_DATE,
    })
    doc.subset_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path, garbage=4, deflate=True, no_new_id=True)
    pages = doc.page_count
    doc.close()
    return pages, flow.card_pages, flow.split_card


# ------------------------------------------------------------------------------------
# Strategy variant (reportlab)
# ------------------------------------------------------------------------------------

RL_G, RL_M = "HeldoutGothic", "HeldoutMincho"
S_MARGIN_X, S_TOP, S_BOTTOM = 56.0, 60.0, 56.0
S_BODY_W = A4[0] - 2 * S_MARGIN_X
SUP_SCALE, SUP_RISE = 0.6, 0.4
S_KPI_HEADER = ("重要業績評価指標(KPI)", "基準値(R元年度末)", "目標値(R6年度末)")
S_TARGET_HEADERS = {
    sc.TARGET_HEADER: ("指標", "現状値（R元年度末値）", "目標値（R6年度末値）"),
    sc.TARGET_HEADER_CALENDAR: ("指標", "現状値（H30年値）", "目標値（R6年値）"),
}
S_COLS = (260.0, 110.0, S_BODY_W - 370.0)
S_BODY_SIZE = 10.5  # Word-style body text; with it 柱3 (4)② KPI runs onto the next page


def _rl_fonts() -> None:
    for name, path in ((RL_G, gothic()), (RL_M, mincho())):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))


Tok = tuple[str, bool]  # (text, is footnote marker)


def tokens(text: str) -> list[Tok]:
    """Split ``{n}`` footnote markers out of a string as raised tokens."""
    out: list[Tok] = []
    pos = 0
    for m in sc.FOOTNOTE_RE.finditer(text):
        out += [(ch, False) for ch in text[pos : m.start()]]
        out.append((m.group(1), True))
        pos = m.end()
    return out + [(ch, False) for ch in text[pos:]]


def _tok_w(tok: Tok, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(tok[0], font, size * (SUP_SCALE if tok[1] else 1.0))


def rl_wrap(text: str, width: float, font: str, size: float, *, spaces: bool = False
            ) -> list[list[Tok]]:
    """Wrap token lines to ``width``; with ``spaces`` break at the last space if any
    (keeps ``218,600 百万円`` and ``(見込値)`` apart as a word processor would)."""
    lines: list[list[Tok]] = []
    for para in text.split("\n"):
        line: list[Tok] = []
        for tok in tokens(para):
            w = sum(_tok_w(t, font, size) for t in line) + _tok_w(tok, font, size)
            if line and w > width and tok[0] not in "、。）)」":
                cut = len(line)
                if spaces and any(t[0] == " " for t in line):
                    cut = max(i for i, t in enumerate(line) if t[0] == " ")
                lines.append(line[:cut])
                line = [t for t in line[cut:] if t[0] != " " or t is not line[cut]]
            line.append(tok)
        lines.append(line)
    return lines


@dataclass
class RLFlow:
    """Top-down flow on a reportlab canvas with per-page footnotes at the foot."""

    canvas: Canvas
    y: float = A4[1] - S_TOP
    page: int = 1
    notes: list[int] = field(default_factory=list)
    split_tables: list[str] = field(default_factory=list)

    def notes_h(self, extra: Sequence[int] = ()) -> float:
        ids = [n for n in dict.fromkeys([*self.notes, *extra])]
        if not ids:
            return 0.0
        lines = sum(len(rl_wrap(sc.FOOTNOTES[n], S_BODY_W - 14, RL_M, 7)) for n in ids)
        return 10 + lines * 7 * 1.35

    def room(self, extra_notes: Sequence[int] = ()) -> float:
        return self.y - S_BOTTOM - self.notes_h(extra_notes)

    def new_page(self) -> None:
        c = self.canvas
        if self.notes:
            y = S_BOTTOM + self.notes_h() - 6
            c.setLineWidth(0.5)
            c.line(S_MARGIN_X, y + 4, S_MARGIN_X + 120, y + 4)
            for n in self.notes:
                for i, line in enumerate(rl_wrap(sc.FOOTNOTES[n], S_BODY_W - 14, RL_M, 7)):
                    y -= 7 * 1.35
                    c.setFont(RL_M, 7)
                    if i == 0:
                        c.drawString(S_MARGIN_X, y, str(n))
                    c.drawString(S_MARGIN_X + 14, y, "".join(t[0] for t in line))
        c.setFont(RL_M, 9)
        c.drawCentredString(A4[0] / 2, 28, str(self.page))
        c.showPage()
        self.page += 1
        self.y = A4[1] - S_TOP
        self.notes = []

    def draw_tokens(self, x: float, y: float, line: Sequence[Tok], font: str, size: float
                    ) -> None:
        """Draw a line; footnote markers as small raised digits (and note them)."""
        c = self.canvas
        for text, sup in line:
            s = size * (SUP_SCALE if sup else 1.0)
            c.setFont(font, s)
            c.drawString(x, y + (size * SUP_RISE if sup else 0), text)
            x += pdfmetrics.stringWidth(text, font, s)
            if sup and int(text) not in self.notes:
                self.notes.append(int(text))

    def para(self, text: str, size: float = S_BODY_SIZE, font: str = RL_M, indent: float = 0,
             before: float = 0, after: float = 3, keep: float = 0) -> None:
        lines = rl_wrap(text, S_BODY_W - indent, font, size)
        lead = size * 1.55
        refs = sc.footnote_refs(text)
        if self.room(refs) < before + min(len(lines), 2) * lead + keep:
            self.new_page()
        else:
            self.y -= before
        for line in lines:
            if self.room(refs) < lead:
                self.new_page()
            self.y -= lead
            self.draw_tokens(S_MARGIN_X + indent, self.y + size * 0.3, line, font, size)
        self.y -= after

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], *, ruled: bool,
              label: str) -> None:
        """An indicator table: ``ruled`` draws horizontal rules (数値目標); otherwise
        nothing but aligned columns (KPI). A table that does not fit continues on the
        next page between rows, WITHOUT repeating its header."""
        size, lead, pad = 8.5, 8.5 * 1.35, 3.0

        def cells(r: Sequence[str], font: str) -> list[list[list[Tok]]]:
            return [rl_wrap(t, w - 2 * pad, font, size, spaces=i > 0)
                    for i, (t, w) in enumerate(zip(r, S_COLS, strict=True))]

        def height(cs: list[list[list[Tok]]]) -> float:
            return max(len(c) for c in cs) * lead + 2 * pad

        head = cells(header, RL_G)
        body = [cells(r, RL_M) for r in rows]
        first_refs = [n for r in rows[:1] for n in sc.footnote_refs(r[0])]
        if self.room(first_refs) < height(head) + (height(body[0]) if body else 0) + 4:
            self.new_page()
        pages = {self.page}
        self._row(head, RL_G, size, lead, pad, height(head), ruled, top_rule=ruled)
        for r, cs in zip(rows, body, strict=True):
            h = height(cs)
            if self.room(sc.footnote_refs(r[0])) < h:
                if ruled:
                    self.canvas.line(S_MARGIN_X, self.y, S_MARGIN_X + S_BODY_W, self.y)
                self.new_page()
                pages.add(self.page)
            self._row(cs, RL_M, size, lead, pad, h, ruled, top_rule=False)
        if len(pages) > 1:
            self.split_tables.append(f"{label} (pages {sorted(pages)})")
        self.y -= 6

    def _row(self, cs: list[list[list[Tok]]], font: str, size: float, lead: float, pad: float,
             h: float, ruled: bool, *, top_rule: bool) -> None:
        c = self.canvas
        c.setLineWidth(0.6)
        if top_rule:
            c.line(S_MARGIN_X, self.y, S_MARGIN_X + S_BODY_W, self.y)
        x = S_MARGIN_X
        for i, (lines, w) in enumerate(zip(cs, S_COLS, strict=True)):
            y = self.y - pad - size
            for line in lines:
                if i == 0:
                    lx = x + pad
                else:  # values centred in their column, as the original tables print them
                    lw = sum(_tok_w(t, font, size) for t in line)
                    lx = x + (w - lw) / 2
                self.draw_tokens(lx, y, line, font, size)
                y -= lead
            x += w
        self.y -= h
        if ruled:
            c.setLineWidth(0.3)
            c.line(S_MARGIN_X, self.y, S_MARGIN_X + S_BODY_W, self.y)


def _indicator_rows(t: sc.IndicatorTable) -> list[tuple[str, str, str]]:
    return [(r.name, r.baseline, r.target) for r in t.rows]


def build_strategy(path: Path) -> tuple[int, list[str]]:
    """Draw the cover and chapter 6; return (page count, split tables)."""
    _rl_fonts()
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(sc.TITLE)
    c.setAuthor(sc.MUNICIPALITY)
    c.setSubject("まち・ひと・しごと創生総合戦略")
    c.setCreator("aizu-extract held-out generator (reportlab)")
    c.setFont(RL_G, 22)
    for i, line in enumerate(sc.TITLE_LINES):
        c.drawCentredString(A4[0] / 2, A4[1] * 0.62 - i * 34, line)
    c.setFont(RL_G, 14)
    c.drawCentredString(A4[0] / 2, A4[1] * 0.36, sc.DATE)
    c.drawCentredString(A4[0] / 2, A4[1] * 0.32, sc.MUNICIPALITY)
    c.showPage()
    flow = RLFlow(c, page=2)
    flow.para(f"{sc.CHAPTER6_NUMBER}．{sc.CHAPTER6_TITLE}", size=14, font=RL_G, after=10)
    flow.para("第2期総合戦略では、次の4つの柱に基づき、地方創生に資する取組を推進します。")
    for p in sc.PILLARS:
        flow.new_page()
        flow.para(f"{p.label}　{p.title}", size=13, font=RL_G, after=8)
        flow.para("■基本的方向", size=10, font=RL_G)
        for d in p.directions:
            flow.para(f"・{d}", indent=8)
        flow.para("■数値目標", size=10, font=RL_G, before=4)
        header = S_TARGET_HEADERS[p.targets.header]
        flow.table(header, _indicator_rows(p.targets), ruled=True, label=f"{p.label} 数値目標")
        for sec in p.sections:
            flow.para(f"{sec.number}　{sec.title}", size=11, font=RL_G, before=8, keep=60)
            for m in sec.measures:
                flow.para(f"{m.number}　{m.title}", size=10, font=RL_G, before=4, keep=50)
                for t in m.text:
                    flow.para(t, indent=10)
                if m.kpi is not None:
                    flow.table(S_KPI_HEADER, _indicator_rows(m.kpi), ruled=False,
                               label=f"{p.label} {sec.number}{m.number} KPI")
                flow.para("〔主な取組〕", size=9, font=RL_G, indent=10)
                for item in m.items:
                    flow.para(f"・{item}", size=9, indent=18, after=1)
    flow.new_page()
    c.save()
    return flow.page - 1, flow.split_tables


def build(out_dir: Path) -> list[Path]:
    """Write both held-out variants into ``out_dir`` (normally ``samples/heldout``)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    ev = out_dir / EVAL_PDF
    build_evaluation(ev)
    strategy = out_dir / STRATEGY_PDF
    build_strategy(strategy)
    return [ev, strategy]


if __name__ == "__main__":
    here = Path(__file__).resolve().parents[1] / HELDOUT_DIR
    for p in build(here):
        print(p)
