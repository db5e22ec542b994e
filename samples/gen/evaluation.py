"""Render the 施策評価票 sample twice: drawn with reportlab, and exported from Calc.

Both renderings print the same content (``evaluation_content``) in two layouts that
differ the way real municipal sheets differ from year to year, so a parser that only
works on one of them fails the tests:

* ``evaluation_r7_area37_reportlab.pdf``: KPI years as ``R5 … R8``; cards with
  法定/自主 on the 事業名 row and 財務内容 to the right of 概要; some cells drawn one
  glyph per text run; Kangxi-radical look-alikes in a few labels; a stray space in
  some numbers.
* ``evaluation_r7_area37_calc.pdf``: an openpyxl workbook converted by LibreOffice:
  KPI years as ``令和５年度``; wrapped list header; cards with 法定/自主 on its own row
  and 財務内容 below 概要; one budget figure in full-width digits.

Run ``python -m samples.gen.evaluation`` from the repository root.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from samples.gen import evaluation_content as ec
from samples.gen.fonts import gothic, mincho
from samples.gen.office import convert_with_soffice

ALL_ROWS = range(1, 1000)  # any row boundary is an acceptable page break
REPORTLAB_PDF = "evaluation_r7_area37_reportlab.pdf"
CALC_PDF = "evaluation_r7_area37_calc.pdf"

GOTHIC = "IPAexGothic"
MINCHO = "IPAexMincho"
LEADING = 1.3  # line height as a multiple of the font size, both renderings
PAD = 2.5  # inner cell padding in points (reportlab)


# --------------------------------------------------------------------------------------
# Generic table model shared by both renderings
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """One (possibly merged) cell of a ruled table, addressed by grid row/column."""

    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1
    align: str = "left"  # left | center | right
    size: float = 7.5
    shade: bool = False
    per_glyph: bool = False  # reportlab only: one drawString per character
    font: str = GOTHIC


@dataclass(frozen=True)
class Grid:
    """A ruled table: merged cells on a grid of ``n_cols`` columns."""

    cells: tuple[Cell, ...]
    n_cols: int
    min_row: float = 13.0

    @property
    def n_rows(self) -> int:
        return max(c.row + c.rowspan for c in self.cells)


def register_fonts() -> None:
    """Embed IPAex so the PDFs carry real CID text with a ToUnicode map."""
    for name, path in ((GOTHIC, gothic()), (MINCHO, mincho())):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))


def wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """Break text into lines that fit ``width`` (character wrapping, as Excel does for CJK).

    Closing punctuation may hang past the edge rather than start a line, which is
    what Japanese word processors do (kinsoku).
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for ch in paragraph:
            fits = pdfmetrics.stringWidth(line + ch, font, size) <= width
            if fits or not line or ch in "、。」）),":
                line += ch
            else:
                lines.append(line)
                line = ch
        lines.append(line)
    return lines


def row_heights(
    grid: Grid, widths: Sequence[float], pad: float = PAD, leading: float = LEADING
) -> list[float]:
    """Height of each grid row so every cell's wrapped text fits.

    Single-row cells set their row's height; merged cells that need more than their
    rows give them grow all spanned rows evenly (like enlarging rows in Excel).
    """
    heights = [grid.min_row] * grid.n_rows

    def need(cell: Cell) -> float:
        w = sum(widths[cell.col : cell.col + cell.colspan]) - 2 * pad
        n = len(wrap(cell.text, w, cell.font, cell.size))
        return n * cell.size * leading + 2 * pad

    for cell in (c for c in grid.cells if c.rowspan == 1):
        heights[cell.row] = max(heights[cell.row], need(cell))
    for cell in sorted((c for c in grid.cells if c.rowspan > 1), key=lambda c: c.rowspan):
        span = range(cell.row, cell.row + cell.rowspan)
        short = need(cell) - sum(heights[r] for r in span)
        if short > 0:
            for r in span:
                heights[r] += short / cell.rowspan
    return heights


# --------------------------------------------------------------------------------------
# Content → grids. Each builder returns a Grid; layout differences between the two
# renderings are parameters, not copies of the builder.
# --------------------------------------------------------------------------------------


KANGXI = str.maketrans({"目": "⽬", "人": "⼈"})  # U+2F6C, U+2F08


def header_grid(vision_label: str) -> Grid:
    """主管部局・課, the 政策目標/政策/政策分野 chain and 目指す姿 (4 columns)."""
    h = ec.HEADER
    cells = (
        Cell(0, 0, "主管部局・課", shade=True),
        Cell(0, 1, h.department, colspan=3),
        Cell(1, 0, f"{h.policy_goal.label}{h.policy_goal.number} {h.policy_goal.title}", colspan=2),
        Cell(1, 2, f"{h.policy.label}{h.policy.number} {h.policy.title}", colspan=2),
        Cell(
            2,
            0,
            f"{h.policy_area.label}{h.policy_area.number} {h.policy_area.title}",
            colspan=4,
            size=10,
            shade=True,
        ),
        Cell(3, 0, vision_label, shade=True),
        Cell(3, 1, h.vision, colspan=3, font=MINCHO),
    )
    return Grid(cells, 4)


def measures_grid() -> Grid:
    """施策 table: 施策番号 / 名称 / 施策の内容 / 関連するSDGs17のゴール (3 columns)."""
    cells = [
        Cell(0, 0, "施策番号", shade=True, align="center"),
        Cell(0, 1, "名称 / 施策の内容", shade=True, align="center"),
        Cell(0, 2, "関連するSDGs17のゴール", shade=True, align="center"),
    ]
    for i, m in enumerate(ec.MEASURES):
        r = 1 + 2 * i
        goals = "\n".join(f"{g} {ec.SDG_NAMES[g]}" for g in m.sdg_goals)
        cells += [
            Cell(r, 0, f"施策{m.number}", rowspan=2, align="center"),
            Cell(r, 1, m.title, size=8.5),
            Cell(r, 2, goals, rowspan=2, size=6.5),
            Cell(r + 1, 1, m.content, font=MINCHO),
        ]
    return Grid(tuple(cells), 3)


def kpi_header_grid() -> Grid:
    """The 指標名 / 単位 / 説明又は計算式 caption row printed once above the KPI blocks."""
    return Grid(
        (
            Cell(0, 0, "", shade=True),
            Cell(0, 1, "指標名", colspan=4, shade=True, align="center"),
            Cell(0, 5, "単位", shade=True, align="center"),
            Cell(0, 6, "説明又は計算式", shade=True, align="center"),
        ),
        7,
    )


def kpi_grid(kpi: ec.Kpi, calc: bool) -> Grid:
    """One KPI block on 7 columns: No | label | 4 years | 検証.

    The reportlab rendering prints ``R5`` and a Kangxi ``⽬標``; Calc prints
    ``令和５年度`` and plain labels.
    """
    target_label = "目標" if calc else "目標".translate(KANGXI)
    cells = [
        Cell(0, 0, str(kpi.number), rowspan=5, align="center"),
        Cell(0, 1, kpi.name, colspan=4, size=8),
        Cell(0, 5, kpi.unit, align="center"),
        Cell(0, 6, kpi.formula),
        Cell(1, 1, "年度", shade=True, align="center", per_glyph=not calc),
        Cell(1, 6, "検証", shade=True, align="center"),
        Cell(2, 1, target_label, shade=True, align="center"),
        Cell(3, 1, "実績", shade=True, align="center"),
        Cell(4, 1, "達成率", shade=True, align="center"),
        Cell(2, 6, kpi.review, rowspan=3, font=MINCHO, size=7),
    ]
    for j, y in enumerate(kpi.years):
        col = 2 + j
        cells += [
            Cell(
                1,
                col,
                y.label_calc if calc else y.label,
                shade=True,
                align="center",
                per_glyph=not calc,
            ),
            Cell(2, col, y.target, align="right"),
            Cell(3, col, y.actual, align="right"),
            Cell(4, col, y.rate, align="right"),
        ]
    return Grid(tuple(cells), 7)


def evaluation_grid(measure: ec.Measure) -> Grid:
    """施策n: 主な取組状況と成果 / 課題認識と今後の方針・改善点 (2 columns)."""
    return Grid(
        (
            Cell(0, 0, f"施策{measure.number}", shade=True, align="center"),
            Cell(0, 1, measure.title, shade=True),
            Cell(1, 0, "主な取組状況と成果", shade=True),
            Cell(1, 1, measure.progress, font=MINCHO, size=7),
            Cell(2, 0, "課題認識と今後の方針・改善点", shade=True),
            Cell(2, 1, measure.issues, font=MINCHO, size=7),
        ),
        2,
    )


def related_grid() -> Grid:
    """3 関連する政策分野と事務事業: an empty table, as in the seed."""
    return Grid(
        (
            Cell(0, 0, "政策分野", shade=True, align="center"),
            Cell(0, 1, "事務事業名", shade=True, align="center"),
            Cell(0, 2, "担当部・課名", shade=True, align="center"),
            Cell(1, 0, ec.DASH, align="center"),
            Cell(1, 1, ec.RELATED_AREAS_NOTE),
            Cell(1, 2, ec.DASH, align="center"),
        ),
        3,
    )


def midterm_grid() -> Grid:
    """4 第7次総合計画の期中総括: ○主な成果 and ○課題, one paragraph block each."""

    def block(parts: tuple[tuple[str, str], ...]) -> str:
        return "\n".join(f"{head}\n{body}" for head, body in parts)

    return Grid(
        (
            Cell(0, 0, "○主な成果", shade=True),
            Cell(0, 1, block(ec.MIDTERM_RESULTS), font=MINCHO, size=7),
            Cell(1, 0, "○課題", shade=True),
            Cell(1, 1, block(ec.MIDTERM_ISSUES), font=MINCHO, size=7),
        ),
        2,
    )


def final_grid() -> Grid:
    """5 最終評価: one framed paragraph."""
    return Grid((Cell(0, 0, ec.FINAL_EVALUATION, font=MINCHO, size=7.5),), 1)


LIST_HEAD_RL = (
    "No",
    "重点事業",
    "主要事業",
    "人口減少対策※",
    "SDGsターゲット",
    "事務事業名",
    "次年度方針",
    "担当部・課",
)
LIST_HEAD_CALC = (
    "No",
    "重点\n事業",
    "主要\n事業",
    "人口減少\n対策※",
    "SDGs\nターゲット",
    "事務事業名",
    "次年度\n方針",
    "担当部・課",
)


def unit_list_grid(calc: bool) -> Grid:
    """6 事務事業一覧 on 8 columns, with a 施策 group row before each measure's units."""
    head = LIST_HEAD_CALC if calc else LIST_HEAD_RL
    size = 7.0
    cells = [Cell(0, c, t, shade=True, align="center", size=6.5) for c, t in enumerate(head)]
    r = 1
    for m in ec.MEASURES:
        cells.append(Cell(r, 0, ec.measure_title(m.number), colspan=8, shade=True))
        r += 1
        for u in (u for u in ec.BUSINESS_UNITS if u.measure_no == m.number):
            cells += [
                Cell(r, 0, str(u.unit_no), align="center", size=size),
                Cell(r, 1, u.priority_mark, align="center", size=size),
                Cell(r, 2, u.major_mark, align="center", size=size),
                Cell(r, 3, u.population_goal, align="center", size=size),
                Cell(r, 4, u.sdg_target, align="center", size=size),
                Cell(r, 5, u.name, size=size, per_glyph=not calc),
                Cell(r, 6, u.next_year_policy, align="center", size=size),
                Cell(r, 7, u.department, size=6.5),
            ]
            r += 1
    return Grid(tuple(cells), 8)


def budget_text(unit: ec.BusinessUnit, item: str, year: int, calc: bool) -> str:
    """A budget cell as printed; Calc types 友好都市交流事業's 事業費 in full-width digits."""
    value = dict(unit.budget.items())[item][year]
    if calc and unit.name == "友好都市交流事業" and item == "事業費" and year == 0:
        return value.translate(str.maketrans("0123456789,", "０１２３４５６７８９，"))
    return value


def card_grid_reportlab(unit: ec.BusinessUnit) -> Grid:
    """Card on 6 columns: No | label | text | 財務 label | 令和7年度 | 令和8年度.

    法定/自主 sits on the 事業名 row; 財務内容 is a 4-row sub-table right of 概要.
    """
    label = {"size": 7.0, "shade": True, "per_glyph": True}
    cells = [
        Cell(0, 0, str(unit.unit_no), rowspan=8, align="center"),
        Cell(0, 1, "事業名", **label),
        Cell(0, 2, unit.name, colspan=2, size=8.5),
        Cell(0, 4, "法定/自主", shade=True, align="center"),
        Cell(0, 5, unit.legal_basis, align="center"),
        Cell(1, 1, "担当部・課", **label),
        Cell(1, 2, unit.department, colspan=2),
        Cell(1, 4, "次年度方針", shade=True, align="center"),
        Cell(1, 5, unit.next_year_policy, align="center"),
        Cell(2, 1, "概要\n（目的・内容）", rowspan=4, **label),
        Cell(2, 2, unit.summary, rowspan=4, font=MINCHO, size=7),
        Cell(2, 3, "財務内容\n単位(千円)", shade=True, size=6.5),
        Cell(2, 4, "令和7年度\n(予算)", shade=True, align="center", size=6.5),
        Cell(2, 5, "令和8年度\n(見込み)", shade=True, align="center", size=6.5),
        Cell(6, 1, "取組状況と成果", **label),
        Cell(6, 2, unit.progress, colspan=4, font=MINCHO, size=7),
        Cell(7, 1, "課題認識と\n今後の方針\n・改善点", **label),
        Cell(7, 2, unit.issues, colspan=4, font=MINCHO, size=7),
    ]
    for i, (item, _) in enumerate(unit.budget.items()):
        printed = item.translate(KANGXI) if item == "概算人件費" else item
        cells.append(Cell(3 + i, 3, printed, size=6.5))
        for y in (0, 1):
            cells.append(Cell(3 + i, 4 + y, budget_text(unit, item, y, False), align="right"))
    return Grid(tuple(cells), 6)


def card_grid_calc(unit: ec.BusinessUnit) -> Grid:
    """Card on 10 columns (A No, B label, C–J body), 財務内容 below 概要.

    法定/自主 has a row of its own; 担当部・課 shares a row with 次年度方針.
    """
    cells = [
        Cell(0, 0, str(unit.unit_no), rowspan=10, align="center"),
        Cell(0, 1, "事業名", shade=True),
        Cell(0, 2, unit.name, colspan=8, size=8.5),
        Cell(1, 1, "法定/自主", shade=True),
        Cell(1, 2, unit.legal_basis, colspan=8),
        Cell(2, 1, "担当部・課", shade=True),
        Cell(2, 2, unit.department, colspan=4),
        Cell(2, 6, "次年度方針", colspan=2, shade=True, align="center"),
        Cell(2, 8, unit.next_year_policy, colspan=2, align="center"),
        Cell(3, 1, "概要（目的・内容）", shade=True),
        Cell(3, 2, unit.summary, colspan=8, font=MINCHO),
        Cell(4, 1, "財務内容", rowspan=4, shade=True),
        Cell(4, 2, "単位(千円)", colspan=2, shade=True, align="center"),
        Cell(4, 4, "令和7年度(予算)", colspan=3, shade=True, align="center"),
        Cell(4, 7, "令和8年度(見込み)", colspan=3, shade=True, align="center"),
        Cell(8, 1, "取組状況と成果", shade=True),
        Cell(8, 2, unit.progress, colspan=8, font=MINCHO, size=7),
        Cell(9, 1, "課題認識と今後の方針・改善点", shade=True),
        Cell(9, 2, unit.issues, colspan=8, font=MINCHO, size=7),
    ]
    for i, (item, _) in enumerate(unit.budget.items()):
        cells.append(Cell(5 + i, 2, item, colspan=2))
        for y in (0, 1):
            text = budget_text(unit, item, y, True)
            cells.append(Cell(5 + i, 4 + 3 * y, text, colspan=3, align="right"))
    return Grid(tuple(cells), 10)


def logic_grid(col: Callable[[str], tuple[int, int]]) -> Grid:
    """ロジックモデル: 事業名 / 事業実績 / 短期成果 / 中期成果 / 最終成果 (shared).

    ``col`` maps a column name to (first grid column, colspan) for the rendering.
    """
    heads = ("事業名", "事業実績", "短期成果", "中期成果", "最終成果")
    cells = []
    for h in heads:
        c, span = col(h)
        cells.append(Cell(0, c, h, colspan=span, shade=True, align="center"))
    for i, row in enumerate(ec.LOGIC_ROWS, start=1):
        for h, text in zip(
            heads, (row.names, row.results, row.short_term, row.mid_term), strict=False
        ):
            c, span = col(h)
            cells.append(Cell(i, c, text, colspan=span, size=6.5))
    c, span = col("最終成果")
    cells.append(Cell(1, c, ec.LOGIC_FINAL, rowspan=len(ec.LOGIC_ROWS), colspan=span, size=7))
    return Grid(tuple(cells), max(col(h)[0] + col(h)[1] for h in heads))


def outcome_grid() -> Grid:
    """成果を示す根拠の推移（中期成果）: 2 header rows, 事業名 merged over both data rows."""
    cells = [
        Cell(0, 0, "事業名", rowspan=2, shade=True, align="center"),
        Cell(0, 1, "項目", rowspan=2, shade=True, align="center"),
    ]
    for j, (label, _, _) in enumerate(ec.OUTCOMES[0].cells):
        cells += [
            Cell(0, 2 + 2 * j, label, colspan=2, shade=True, align="center"),
            Cell(1, 2 + 2 * j, "計画", shade=True, align="center"),
            Cell(1, 3 + 2 * j, "実績", shade=True, align="center"),
        ]
    cells.append(Cell(2, 0, ec.OUTCOMES[0].subject, rowspan=len(ec.OUTCOMES), size=7))
    for i, row in enumerate(ec.OUTCOMES, start=2):
        cells.append(Cell(i, 1, row.item, size=7))
        for j, (_, plan, actual) in enumerate(row.cells):
            cells += [
                Cell(i, 2 + 2 * j, plan, align="right"),
                Cell(i, 3 + 2 * j, actual, align="right"),
            ]
    return Grid(tuple(cells), 10)


# --------------------------------------------------------------------------------------
# Rendering 1: reportlab
# --------------------------------------------------------------------------------------

PAGE_W, PAGE_H = A4
MARGIN = 36.0
BODY_W = PAGE_W - 2 * MARGIN


def draw_cell_text(c: Canvas, cell: Cell, x: float, top: float, w: float, h: float) -> None:
    """Draw a cell's wrapped text, vertically centred; optionally one run per glyph."""
    lines = wrap(cell.text, w - 2 * PAD, cell.font, cell.size)
    line_h = cell.size * LEADING
    y = top - (h - len(lines) * line_h) / 2 - cell.size * 1.02
    c.setFont(cell.font, cell.size)
    for line in lines:
        tw = pdfmetrics.stringWidth(line, cell.font, cell.size)
        if cell.align == "center":
            lx = x + (w - tw) / 2
        elif cell.align == "right":
            lx = x + w - PAD - tw
        else:
            lx = x + PAD
        if cell.per_glyph:
            for ch in line:
                c.drawString(lx, y, ch)
                lx += pdfmetrics.stringWidth(ch, cell.font, cell.size)
        else:
            c.drawString(lx, y, line)
        y -= line_h


def draw_grid(
    c: Canvas,
    grid: Grid,
    widths: Sequence[float],
    heights: Sequence[float],
    top: float,
    rows: range,
) -> float:
    """Draw ``rows`` of a grid with its top edge at ``top``; return the bottom edge.

    A merged cell that straddles the range is clipped to it (its frame is drawn on
    both sides of a page break; its text only where the cell starts).
    """
    xs = [MARGIN + sum(widths[:i]) for i in range(len(widths) + 1)]
    ys = {rows.start: top}
    for r in rows:
        ys[r + 1] = ys[r] - heights[r]
    c.setLineWidth(0.5)
    for cell in grid.cells:
        r0, r1 = max(cell.row, rows.start), min(cell.row + cell.rowspan, rows.stop)
        if r0 >= r1:
            continue
        x0, x1 = xs[cell.col], xs[cell.col + cell.colspan]
        y0, y1 = ys[r0], ys[r1]
        if cell.shade:
            c.setFillGray(0.88)
            c.rect(x0, y1, x1 - x0, y0 - y1, stroke=0, fill=1)
            c.setFillGray(0)
        c.rect(x0, y1, x1 - x0, y0 - y1, stroke=1, fill=0)
        if cell.row >= rows.start and cell.text:
            draw_cell_text(c, cell, x0, y0, x1 - x0, y0 - y1)
    return ys[rows.stop]


@dataclass
class Flow:
    """Top-to-bottom page flow for the reportlab rendering.

    Tables go where the cursor is; a table that does not fit moves to the next page,
    except the first card that does not fit, which is split between rows (real
    sheets printed from Excel do this), so one card always crosses a page break.
    """

    canvas: Canvas
    y: float = PAGE_H - MARGIN
    page: int = 1
    card_pages: dict[str, int] = field(default_factory=dict)
    split_card: str | None = None

    def new_page(self) -> None:
        """Finish the page with its folio and start the next one."""
        self.canvas.setFont(GOTHIC, 8)
        self.canvas.drawCentredString(PAGE_W / 2, 20, f"- {self.page} -")
        self.canvas.showPage()
        self.page += 1
        self.y = PAGE_H - MARGIN

    def room(self) -> float:
        return self.y - MARGIN

    def text(self, text: str, size: float = 9, gap: float = 4, indent: float = 0) -> None:
        """A free-standing heading or note line above/below a table."""
        lines = wrap(text, BODY_W - indent, GOTHIC, size)
        if self.room() < len(lines) * size * LEADING + gap + 40:
            self.new_page()
        self.canvas.setFont(GOTHIC, size)
        for line in lines:
            self.y -= size * LEADING
            self.canvas.drawString(MARGIN + indent, self.y, line)
        self.y -= gap

    def table(
        self,
        grid: Grid,
        widths: Sequence[float],
        card: str | None = None,
        splits: Sequence[int] = (),
    ) -> None:
        """Place a table; split it before one of the ``splits`` rows if allowed.

        A card may only be split once per document (see class docstring); other
        tables may be split whenever they pass ``splits``.
        """
        heights = row_heights(grid, widths)
        if sum(heights) > self.room():
            k = split_point(heights, self.room(), splits)
            if k and (card is None or self.split_card is None):
                if card is not None:
                    self.split_card = card
                    self.card_pages[card] = self.page
                draw_grid(self.canvas, grid, widths, heights, self.y, range(k))
                self.new_page()
                self.y = (
                    draw_grid(self.canvas, grid, widths, heights, self.y, range(k, len(heights)))
                    - 8
                )
                return
            self.new_page()
        if card is not None:
            self.card_pages[card] = self.page
        self.y = draw_grid(self.canvas, grid, widths, heights, self.y, range(len(heights))) - 8


def split_point(heights: Sequence[float], room: float, splits: Sequence[int]) -> int:
    """The latest allowed split row whose rows above it fit in ``room`` (0: none)."""
    fitting = [k for k in splits if 0 < k < len(heights) and sum(heights[:k]) <= room]
    return max(fitting, default=0)


def build_reportlab(path: Path) -> tuple[int, dict[str, int], str | None]:
    """Draw the whole sheet; return (page count, card → start page, split card)."""
    register_fonts()
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(ec.HEADER.title)
    c.setAuthor("aizu-extract sample generator")
    flow = Flow(c)
    c.setFont(GOTHIC, 14)
    c.drawCentredString(PAGE_W / 2, flow.y - 14, ec.HEADER.title)
    flow.y -= 26
    flow.table(header_grid("目指す姿"), (80, 180, 80, BODY_W - 340))
    flow.text("施策", 9)
    flow.table(measures_grid(), (44, 349, BODY_W - 393))
    flow.text("1 政策分野の進捗状況", 10)
    flow.text("重要業績評価指標の達成状況", 8.5)
    kpi_w = (16, 40, 50, 50, 50, 50, BODY_W - 256)
    flow.table(kpi_header_grid(), kpi_w)
    flow.y += 8  # the caption row sits directly on the first block
    for kpi in ec.KPIS:
        flow.table(kpi_grid(kpi, calc=False), kpi_w)
    flow.text("2 施策の評価", 10)
    for m in ec.MEASURES:
        flow.table(evaluation_grid(m), (70, BODY_W - 70), splits=ALL_ROWS)
    flow.text("3 関連する政策分野と事務事業", 10)
    flow.table(related_grid(), (120, 240, BODY_W - 360))
    flow.text("4 第7次総合計画の期中総括", 10)
    flow.table(midterm_grid(), (60, BODY_W - 60), splits=ALL_ROWS)
    flow.text("5 最終評価", 10)
    flow.table(final_grid(), (BODY_W,))
    flow.new_page()
    flow.text("6 事務事業一覧", 10)
    flow.table(unit_list_grid(calc=False), (18, 30, 30, 52, 60, 172, 40, BODY_W - 402))
    flow.text(ec.LIST_FOOTNOTE, 7, gap=1)
    for goal, title in ec.BASIC_GOALS:
        flow.text(f"{goal} {title}", 7, gap=1, indent=8)
    flow.new_page()
    card_w = (16, 62, 205, 74, 83, BODY_W - 440)
    for m in ec.MEASURES:
        flow.text(ec.measure_title(m.number), 10)
        for u in (u for u in ec.BUSINESS_UNITS if u.measure_no == m.number):
            flow.table(card_grid_reportlab(u), card_w, card=u.name, splits=(2, 6, 7))
    flow.new_page()
    flow.text(ec.measure_title(ec.LOGIC_MODEL_MEASURE), 10)
    logic_cols = {"事業名": 0, "事業実績": 1, "短期成果": 2, "中期成果": 3, "最終成果": 4}
    flow.table(logic_grid(lambda h: (logic_cols[h], 1)), (110, 110, 110, 113, BODY_W - 443))
    flow.text("成果を示す根拠の推移（中期成果）", 9)
    flow.table(outcome_grid(), (112, 91, *([40] * 8)))
    flow.new_page()
    c.save()
    return flow.page - 1, flow.card_pages, flow.split_card


# --------------------------------------------------------------------------------------
# Rendering 2: openpyxl workbook → LibreOffice PDF
# --------------------------------------------------------------------------------------

CALC_LEADING = 1.2  # IPAex's em box is 1.0 em; Calc adds little line gap
CALC_PAGE_BODY = 842 - 2 * 0.6 * 72 - 24  # A4 height minus margins, with slack, in pt
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="E0E0E0")


def col_points(width: float) -> float:
    """Printed width in pt of a column ``width`` characters wide, as LibreOffice lays it
    out at 100 % (measured on this machine's conversion: 6.9 pt per character)."""
    return width * 6.9 + 1


@dataclass
class SheetWriter:
    """Append Grids to a worksheet, size rows for wrapped text and paginate by hand.

    Row heights are estimated with the same IPAex metrics LibreOffice will use, plus
    slack, so Calc never has to add its own page breaks between ours.
    """

    ws: Worksheet
    widths: tuple[float, ...]
    row: int = 1
    used: float = 0.0
    page: int = 1
    card_pages: dict[str, int] = field(default_factory=dict)
    split_card: str | None = None

    def __post_init__(self) -> None:
        for i, w in enumerate(self.widths):
            self.ws.column_dimensions[chr(ord("A") + i)].width = w
        setup_page(self.ws)

    def break_before(self, row: int) -> None:
        """Force a page break so that ``row`` starts a new page."""
        self.ws.row_breaks.append(Break(id=row - 1))
        self.page += 1
        self.used = 0.0

    def title(self, text: str, size: float = 10, height: float = 18) -> None:
        """A heading row without borders."""
        if self.used + height + 200 > CALC_PAGE_BODY and self.used > 0:
            self.break_before(self.row)
        cell = self.ws.cell(self.row, 1, text)
        cell.font = Font(name=GOTHIC, size=size, bold=True)
        cell.alignment = Alignment(vertical="center")
        self.ws.row_dimensions[self.row].height = height
        self.used += height
        self.row += 1

    def grid(self, grid: Grid, card: str | None = None, splits: Sequence[int] = ()) -> None:
        """Write a grid at the cursor, breaking the page before it or at one of ``splits``."""
        pts = [col_points(w) for w in self.widths]
        heights = [h * 1.07 + 1.5 for h in row_heights(grid, pts, pad=2.5, leading=CALC_LEADING)]
        first = self.row
        if self.used + sum(heights) > CALC_PAGE_BODY:
            k = split_point(heights, CALC_PAGE_BODY - self.used, splits)
            if k and (card is None or self.split_card is None):
                if card is not None:
                    self.split_card = card
                    self.card_pages[card] = self.page
                self.break_before(first + k)
                self.used = sum(heights[k:])
            else:
                self.break_before(first)
                self.used = sum(heights)
        else:
            self.used += sum(heights)
        if card is not None and card not in self.card_pages:
            self.card_pages[card] = self.page
        for i, h in enumerate(heights):
            self.ws.row_dimensions[first + i].height = round(h, 1)
        for cell in grid.cells:
            write_cell(self.ws, first + cell.row, 1 + cell.col, cell)
        self.row = first + len(heights)
        self.ws.row_dimensions[self.row].height = 6  # spacer row between tables
        self.row += 1
        self.used += 6

    def finish(self) -> None:
        """Set the print area to everything written."""
        last_col = chr(ord("A") + len(self.widths) - 1)
        self.ws.print_area = f"A1:{last_col}{self.row}"


def write_cell(ws: Worksheet, row: int, col: int, cell: Cell) -> None:
    """Write one merged cell: value on the top-left, border and wrap on every member."""
    horizontal = {"left": "left", "center": "center", "right": "right"}[cell.align]
    font = Font(name=cell.font, size=cell.size)
    for r in range(row, row + cell.rowspan):
        for c in range(col, col + cell.colspan):
            target = ws.cell(r, c)
            target.border = BOX
            target.font = font
            target.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=True)
            if cell.shade:
                target.fill = SHADE
    ws.cell(row, col).value = cell.text or None
    if cell.rowspan > 1 or cell.colspan > 1:
        ws.merge_cells(
            start_row=row,
            start_column=col,
            end_row=row + cell.rowspan - 1,
            end_column=col + cell.colspan - 1,
        )


def setup_page(ws: Worksheet) -> None:
    """A4 portrait, fit to one page wide, no headers, narrow margins."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.45
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.print_options.horizontalCentered = True
    ws.sheet_view.showGridLines = False


def evaluation_sheet(ws: Worksheet) -> None:
    """Sheet 1: header, 施策, KPIs, evaluation text, 期中総括, 最終評価."""
    w = SheetWriter(ws, (3.4, 10.2, 7.65, 7.65, 7.65, 7.65, 7.65, 7.65, 7.65, 7.65))
    w.title(ec.HEADER.title, size=14, height=26)
    w.grid(remap(header_grid("目指す姿"), (0, 2, 5, 7, 10)))
    w.title("施策", size=9)
    w.grid(remap(measures_grid(), (0, 2, 7, 10)))
    w.title("1 政策分野の進捗状況")
    w.title("重要業績評価指標の達成状況", size=9)
    kpi_cols = (0, 1, 2, 3, 4, 5, 6, 10)
    for kpi in ec.KPIS:
        w.grid(remap(with_caption(kpi_grid(kpi, calc=True)), kpi_cols))
    w.title("2 施策の評価")
    for m in ec.MEASURES:
        w.grid(remap(evaluation_grid(m), (0, 2, 10)), splits=ALL_ROWS)
    w.title("3 関連する政策分野と事務事業")
    w.grid(remap(related_grid(), (0, 3, 7, 10)))
    w.title("4 第7次総合計画の期中総括")
    w.grid(remap(midterm_grid(), (0, 2, 10)), splits=ALL_ROWS)
    w.title("5 最終評価")
    w.grid(remap(final_grid(), (0, 10)))
    w.finish()


def with_caption(grid: Grid) -> Grid:
    """Calc prints the 指標名/単位/説明又は計算式 caption above every KPI block."""
    caption = kpi_header_grid().cells
    shifted = tuple(
        Cell(
            c.row + 1,
            c.col,
            c.text,
            c.rowspan,
            c.colspan,
            c.align,
            c.size,
            c.shade,
            c.per_glyph,
            c.font,
        )
        for c in grid.cells
    )
    no_cell = next(c for c in shifted if c.col == 0)
    cells = tuple(c for c in caption if c.col != 0) + tuple(
        Cell(0, 0, no_cell.text, no_cell.rowspan + 1, 1, "center") if c is no_cell else c
        for c in shifted
    )
    return Grid(cells, grid.n_cols)


def remap(grid: Grid, edges: Sequence[int]) -> Grid:
    """Stretch a grid's columns onto sheet columns: grid column i covers
    sheet columns ``edges[i]`` … ``edges[i+1]-1``."""
    cells = tuple(
        Cell(
            c.row,
            edges[c.col],
            c.text,
            c.rowspan,
            edges[c.col + c.colspan] - edges[c.col],
            c.align,
            c.size,
            c.shade,
            c.per_glyph,
            c.font,
        )
        for c in grid.cells
    )
    return Grid(cells, edges[-1], grid.min_row)


def unit_list_sheet(ws: Worksheet) -> None:
    """Sheet 2: 6 事務事業一覧 with the wrapped header and the footnote."""
    w = SheetWriter(ws, (3.4, 4.25, 4.25, 7.65, 6.8, 25.5, 5.1, 17.85))
    w.title("6 事務事業一覧")
    w.grid(unit_list_grid(calc=True))
    notes = (ec.LIST_FOOTNOTE, *(f"{g} {t}" for g, t in ec.BASIC_GOALS))
    for note in notes:
        cell = ws.cell(w.row, 1, note)
        cell.font = Font(name=GOTHIC, size=7)
        ws.merge_cells(start_row=w.row, start_column=1, end_row=w.row, end_column=8)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[w.row].height = 22 if note is ec.LIST_FOOTNOTE else 11
        w.row += 1
    w.finish()


def cards_sheet(ws: Worksheet) -> SheetWriter:
    """Sheet 3: one card per business unit, 施策 headings between measures."""
    w = SheetWriter(ws, (3.4, 11.9, 7.44, 7.44, 7.44, 7.44, 7.44, 7.44, 7.44, 7.44))
    for m in ec.MEASURES:
        w.title(ec.measure_title(m.number))
        for u in (u for u in ec.BUSINESS_UNITS if u.measure_no == m.number):
            w.grid(card_grid_calc(u), card=u.name, splits=(4, 8, 9))
    w.finish()
    return w


def logic_sheet(ws: Worksheet) -> None:
    """Sheet 4: the logic model and 成果を示す根拠の推移（中期成果）."""
    w = SheetWriter(ws, (17, 11.9, 6.38, 6.38, 6.38, 6.38, 6.38, 6.38, 6.38, 6.38))
    w.title(ec.measure_title(ec.LOGIC_MODEL_MEASURE))
    spans = {
        "事業名": (0, 1),
        "事業実績": (1, 2),
        "短期成果": (3, 2),
        "中期成果": (5, 3),
        "最終成果": (8, 2),
    }
    w.grid(logic_grid(lambda h: spans[h]))
    w.title("成果を示す根拠の推移（中期成果）", size=9)
    w.grid(outcome_grid())
    w.finish()


def build_workbook(path: Path) -> SheetWriter:
    """Write the .xlsx; return the cards sheet writer (for page bookkeeping)."""
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = "施策評価票"
    evaluation_sheet(first)
    unit_list_sheet(wb.create_sheet("事務事業一覧"))
    cards = cards_sheet(wb.create_sheet("事務事業"))
    logic_sheet(wb.create_sheet("ロジックモデル"))
    wb.save(path)
    return cards


def build_calc(path: Path) -> SheetWriter:
    """Build the workbook in a temp dir and copy only the PDF to ``path``."""
    with tempfile.TemporaryDirectory(prefix="aizu_eval_") as tmp:
        xlsx = Path(tmp) / (path.stem + ".xlsx")
        cards = build_workbook(xlsx)
        pdf = convert_with_soffice(xlsx, Path(tmp))
        shutil.copyfile(pdf, path)
    return cards


def build(out_dir: Path) -> list[Path]:
    """Write both renderings into ``out_dir`` and return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rl = out_dir / REPORTLAB_PDF
    build_reportlab(rl)
    calc = out_dir / CALC_PDF
    build_calc(calc)
    return [rl, calc]


if __name__ == "__main__":
    for p in build(Path(__file__).resolve().parents[1]):
        print(p)
