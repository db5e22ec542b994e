"""Render the 事務事業評価シート sample (fictional あさぎ市) twice: Calc and reportlab.

Both renderings print ``unit_sheets_content`` (six business units, one sheet each;
sheet 2 runs onto a second page, so 7 pages) in two different templates:

* ``unit_sheets_asagi_calc.pdf``: an openpyxl workbook (one worksheet per unit,
  merged and bordered cells) exported by LibreOffice Calc. Labels left of their
  values; 担当部署名 / 所属名 printed as two cells (部 | 課); 施策番号 and 施策名 in
  separate cells; ``■法定　□自主`` and ``☑継続　☐拡充 …`` marks (IPAex has no ☑/☐:
  LibreOffice falls back to DejaVu Sans, so each box is its own text run left of its
  word, as in real Excel exports); SDGs ○ under a 1–17
  number row; cost table with years across (``5年度決算 | 6年度決算 | 7年度予算 |
  差引(7年度-6年度)``), 財源内訳 as a group label beside 4 rows, 従事職員数 row,
  ``単位：千円``; 活動指標 / 成果指標 tables with the kind in the header cell, 目標 /
  実績 (/ 達成率) rows and a merged ``7年度見込`` column.
* ``unit_sheets_asagi_reportlab.pdf``: drawn with reportlab. Labels ABOVE values;
  department in one cell (``企画政策部　企画調整課``); ``施策1 交流の促進`` in one cell;
  ``●法定　○自主`` and ``■継続　□拡充 …``; SDGs grid on two rows (1–9, 10–17); the
  cost table with years DOWN and items across (sheet 4 in ``単位：円``), except sheet
  3 which prints ``経費（一財）`` cells such as ``4,292(0)``; indicator tables with a
  two-level header (year over 目標 / 実績) and the kind as a heading above the table.

Label variants: 事務事業名 (sheets 1–3) / 事業名 (Calc 4–6) / 事業名（令和7年度）
(reportlab 4–6); 担当部署名 / 所属名 swapped between the renderings.

Run ``python -m samples.gen.unit_sheets`` from the repository root.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.pdfgen.canvas import Canvas

from samples.gen import unit_sheets_content as uc
from samples.gen.evaluation import (
    BODY_W,
    CALC_LEADING,
    GOTHIC,
    MARGIN,
    MINCHO,
    PAGE_H,
    PAGE_W,
    Cell,
    Grid,
    col_points,
    convert_with_soffice,
    draw_grid,
    register_fonts,
    row_heights,
    setup_page,
    write_cell,
)

SLUG = "asagi"
CALC_PDF = f"unit_sheets_{SLUG}_calc.pdf"
REPORTLAB_PDF = f"unit_sheets_{SLUG}_reportlab.pdf"
SPLIT_SHEET = 2  # this unit's sheet continues on a second page (before its 細事業)
YEN_SHEET = 4  # reportlab: this sheet prints 単位：円
KEIHI_SHEET = 3  # reportlab: this sheet prints 経費（一財） cells


def _int(text: str) -> int | None:
    return None if text == uc.DASH else int(text.replace(",", ""))


def fmt(n: int) -> str:
    """1,234 / △1,234 (the sheets print negative differences with △)."""
    return f"△{-n:,}" if n < 0 else f"{n:,}"


def diff(row: tuple[str, str, str], scale: int = 1) -> str:
    """差引(7年度-6年度) as printed: a dash when either side is a dash."""
    a, b = _int(row[1]), _int(row[2])
    return uc.DASH if a is None or b is None else fmt((b - a) * scale)


def name_label(s: uc.UnitSheet, calc: bool) -> str:
    if s.no <= 3:
        return "事務事業名"
    return "事業名" if calc else "事業名（令和7年度）"


def dept_label(s: uc.UnitSheet, calc: bool) -> str:
    first = "担当部署名" if calc else "所属名"
    second = "所属名" if calc else "担当部署名"
    return first if s.no <= 3 else second


def policy_text(s: uc.UnitSheet, on: str, off: str) -> str:
    if s.next_year_phrase is not None:
        return s.next_year_phrase
    return uc.marks(uc.POLICY_OPTIONS, s.next_year, on, off)


# --------------------------------------------------------------------------------------
# Calc rendering: 20 grid columns per worksheet
# --------------------------------------------------------------------------------------

CALC_COLS = 20
CALC_WIDTH = 4.3  # characters per column


def calc_info(s: uc.UnitSheet) -> Grid:
    lab = {"shade": True, "size": 7.5}
    cells = [
        Cell(0, 0, name_label(s, True), colspan=4, **lab),
        Cell(0, 4, s.name, colspan=16, size=10),
    ]
    if s.measure_no is not None:
        cells += [
            Cell(1, 0, "施策番号", colspan=4, **lab),
            Cell(1, 4, str(s.measure_no), colspan=2, align="center"),
            Cell(1, 6, "施策名", colspan=3, **lab),
            Cell(1, 9, s.measure_title, colspan=11),
        ]
    else:
        cells += [Cell(1, 0, "施策名", colspan=4, **lab), Cell(1, 4, s.measure_title, colspan=16)]
    cells += [
        Cell(2, 0, dept_label(s, True), colspan=4, **lab),
        Cell(2, 4, s.division, colspan=6),
        Cell(2, 10, s.section, colspan=10),
        Cell(3, 0, "根拠法令", colspan=4, **lab),
        Cell(3, 4, s.law, colspan=8),
        Cell(3, 12, "法定・自主", colspan=3, align="center", **lab),
        Cell(3, 15, uc.marks(uc.LEGAL_OPTIONS, s.legal_basis, "■", "□"), colspan=5, align="center"),
        Cell(4, 0, "事業の目的・概要", colspan=4, **lab),
        Cell(4, 4, s.summary, colspan=16, font=MINCHO),
        Cell(5, 0, "SDGs\n(該当に○)", rowspan=2, colspan=3, size=7, shade=True),
    ]
    for g in range(1, 18):
        cells.append(Cell(5, 2 + g, str(g), align="center", size=7, shade=True))
        cells.append(Cell(6, 2 + g, "○" if g in s.sdgs else "", align="center"))
    return Grid(tuple(cells), CALC_COLS)


def calc_cost(s: uc.UnitSheet) -> Grid:
    head = {"shade": True, "align": "center", "size": 7}
    cells = [Cell(0, 0, "区分", colspan=6, **head)]
    cells += [Cell(0, 6 + 3 * j, h, colspan=3, **head) for j, h in enumerate(uc.COST_HEADS)]
    cells.append(Cell(0, 15, "差引(7年度-6年度)", colspan=5, **head))
    r = 1
    for item in uc.COST_ITEMS:
        if item in uc.FUND_ITEMS:
            if item == uc.FUND_ITEMS[0]:
                cells.append(Cell(r, 0, "財源内訳", rowspan=4, colspan=2, shade=True, size=7))
            cells.append(Cell(r, 2, item, colspan=4))
        else:
            cells.append(Cell(r, 0, item, colspan=6))
        row = s.cost[item]
        cells += [Cell(r, 6 + 3 * j, v, colspan=3, align="right") for j, v in enumerate(row)]
        cells.append(Cell(r, 15, diff(row), colspan=5, align="right"))
        r += 1
    cells.append(Cell(r, 0, "従事職員数", colspan=6))
    cells += [Cell(r, 6 + 3 * j, v, colspan=3, align="right") for j, v in enumerate(s.staff)]
    cells.append(Cell(r, 15, "", colspan=5))
    return Grid(tuple(cells), CALC_COLS)


def calc_indicator(kind: str, ind: uc.Indicator) -> Grid:
    head = {"shade": True, "align": "center", "size": 7}
    cells = [
        Cell(0, 0, kind, colspan=6, **head),
        Cell(0, 6, "単位", colspan=2, **head),
        Cell(0, 8, "区分", colspan=2, **head),
        *(Cell(0, 10 + 2 * j, y, colspan=2, **head) for j, y in enumerate(uc.YEARS)),
        Cell(0, 16, uc.FORECAST_HEAD, colspan=4, **head),
    ]
    rows = [("目標", ind.target), ("実績", ind.actual)]
    if ind.rate is not None:
        rows.append(("達成率", ind.rate))
    n = len(rows)
    cells += [
        Cell(1, 0, ind.name, rowspan=n, colspan=6),
        Cell(1, 6, ind.unit, rowspan=n, colspan=2, align="center"),
        Cell(1, 16, ind.forecast, rowspan=n, colspan=4, align="right"),
    ]
    for i, (label, values) in enumerate(rows):
        cells.append(Cell(1 + i, 8, label, colspan=2, align="center", shade=True, size=7))
        cells += [
            Cell(1 + i, 10 + 2 * j, v, colspan=2, align="right") for j, v in enumerate(values)
        ]
    return Grid(tuple(cells), CALC_COLS)


def calc_policy(s: uc.UnitSheet) -> Grid:
    return Grid(
        (
            Cell(0, 0, "次年度方針", colspan=4, shade=True, size=7.5),
            Cell(0, 4, policy_text(s, "☑", "☐"), colspan=16),
            Cell(1, 0, "評価・課題", colspan=4, shade=True, size=7.5),
            Cell(1, 4, s.evaluation, colspan=16, font=MINCHO),
        ),
        CALC_COLS,
    )


def calc_sub(sub: uc.SubUnit) -> Grid:
    head = {"shade": True, "align": "center", "size": 7}
    cells = [
        Cell(0, 0, "細事業名", colspan=4, shade=True, size=7.5),
        Cell(0, 4, sub.name, colspan=16),
        Cell(1, 0, "細事業の内容", colspan=4, shade=True, size=7.5),
        Cell(1, 4, sub.summary, colspan=16, font=MINCHO),
        Cell(2, 0, "区分", colspan=6, **head),
        *(Cell(2, 6 + 3 * j, h, colspan=3, **head) for j, h in enumerate(uc.COST_HEADS)),
        Cell(3, 0, "細事業費", colspan=6),
        *(Cell(3, 6 + 3 * j, v, colspan=3, align="right") for j, v in enumerate(sub.cost)),
    ]
    return Grid(tuple(cells), CALC_COLS)


class CalcSheet:
    """Writes grids top-down on one worksheet; manual page breaks only."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.row = 1
        for i in range(CALC_COLS):
            ws.column_dimensions[chr(ord("A") + i)].width = CALC_WIDTH
        setup_page(ws)
        ws.oddFooter.center.text = "- &P -"
        ws.oddFooter.center.size = 8
        ws.oddFooter.center.font = GOTHIC

    def line(self, text: str, size: float = 9, height: float = 16, right: str = "") -> None:
        """A borderless line; ``right`` goes right-aligned into the last 5 columns."""
        cell = self.ws.cell(self.row, 1, text or None)
        cell.font = Font(name=GOTHIC, size=size, bold=size > 10)
        cell.alignment = Alignment(vertical="center")
        if right:
            self.ws.merge_cells(
                start_row=self.row, start_column=16, end_row=self.row, end_column=CALC_COLS
            )
            rc = self.ws.cell(self.row, 16, right)
            rc.font = Font(name=GOTHIC, size=8)
            rc.alignment = Alignment(horizontal="right", vertical="center")
        self.ws.row_dimensions[self.row].height = height
        self.row += 1

    def grid(self, grid: Grid) -> None:
        pts = [col_points(CALC_WIDTH)] * CALC_COLS
        heights = [h * 1.07 + 1.5 for h in row_heights(grid, pts, pad=2.5, leading=CALC_LEADING)]
        for i, h in enumerate(heights):
            self.ws.row_dimensions[self.row + i].height = round(h, 1)
        for cell in grid.cells:
            write_cell(self.ws, self.row + cell.row, 1 + cell.col, cell)
        self.row += len(heights)
        self.ws.row_dimensions[self.row].height = 6
        self.row += 1

    def page_break(self) -> None:
        self.ws.row_breaks.append(Break(id=self.row - 1))

    def finish(self) -> None:
        self.ws.print_area = f"A1:{chr(ord('A') + CALC_COLS - 1)}{self.row}"


def calc_sheet(ws: Worksheet, s: uc.UnitSheet) -> None:
    w = CalcSheet(ws)
    w.line(uc.TITLE, size=13, height=24, right=uc.MUNICIPALITY)
    w.grid(calc_info(s))
    w.line("事業費の推移", right="単位：千円")
    w.grid(calc_cost(s))
    if s.sub is not None:
        w.page_break()
        w.line("細事業", right="単位：千円")
        w.grid(calc_sub(s.sub))
    w.line("活動指標・成果指標")
    w.grid(calc_indicator("活動指標", s.activity))
    w.grid(calc_indicator("成果指標", s.outcome))
    w.grid(calc_policy(s))
    w.finish()


def build_calc(path: Path) -> None:
    register_fonts()  # row heights are measured with the IPAex metrics
    wb = Workbook()
    first = wb.active
    assert first is not None
    for i, s in enumerate(uc.SHEETS):
        ws = first if i == 0 else wb.create_sheet()
        ws.title = f"シート{s.no}"
        calc_sheet(ws, s)
    with tempfile.TemporaryDirectory(prefix="aizu_units_") as tmp:
        xlsx = Path(tmp) / (path.stem + ".xlsx")
        wb.save(xlsx)
        pdf = convert_with_soffice(xlsx, Path(tmp))
        shutil.copyfile(pdf, path)


# --------------------------------------------------------------------------------------
# reportlab rendering: labels above values, years down in the cost table
# --------------------------------------------------------------------------------------


def rl_info(s: uc.UnitSheet) -> Grid:
    lab = {"shade": True, "size": 7}
    cells = (
        Cell(0, 0, name_label(s, False), colspan=4, **lab),
        Cell(0, 4, "施策", colspan=2, **lab),
        Cell(1, 0, s.name, colspan=4, size=10),
        Cell(1, 4, uc.measure_label(s), colspan=2),
        Cell(2, 0, dept_label(s, False), colspan=3, **lab),
        Cell(2, 3, "根拠法令", colspan=2, **lab),
        Cell(2, 5, "法定／自主", **lab),
        Cell(3, 0, f"{s.division}　{s.section}", colspan=3),
        Cell(3, 3, s.law, colspan=2),
        Cell(3, 5, uc.marks(uc.LEGAL_OPTIONS, s.legal_basis, "●", "○"), align="center"),
        Cell(4, 0, "事業の目的・概要", colspan=6, **lab),
        Cell(5, 0, s.summary, colspan=6, font=MINCHO),
    )
    return Grid(cells, 6)


def rl_sdgs(s: uc.UnitSheet) -> Grid:
    cells = [Cell(0, 0, "関連するSDGsのゴール（該当に○）", colspan=9, shade=True, size=7)]
    for g in range(1, 18):
        r, c = (1, g - 1) if g <= 9 else (3, g - 10)
        cells.append(Cell(r, c, str(g), align="center", size=7, shade=True))
        cells.append(Cell(r + 1, c, "○" if g in s.sdgs else "", align="center"))
    cells += [Cell(3, 8, "", shade=True), Cell(4, 8, "")]
    return Grid(tuple(cells), 9)


def rl_money(text: str, yen: bool) -> str:
    if not yen or text == uc.DASH:
        return text
    return fmt(int(text.replace(",", "")) * 1000)


def rl_cost_down(s: uc.UnitSheet, yen: bool) -> Grid:
    """Years down, items across; 財源内訳 spans its four item columns."""
    head = {"shade": True, "align": "center", "size": 6.5}
    cells = [
        Cell(0, 0, "区分", rowspan=2, **head),
        Cell(0, 1, "事業費", rowspan=2, **head),
        Cell(0, 2, "財源内訳", colspan=4, **head),
        *(Cell(1, 2 + i, item, **head) for i, item in enumerate(uc.FUND_ITEMS)),
        Cell(0, 6, "人件費", rowspan=2, **head),
        Cell(0, 7, "トータルコスト", rowspan=2, **head),
        Cell(0, 8, "従事職員数", rowspan=2, **head),
    ]
    order = ("事業費", *uc.FUND_ITEMS, "人件費", "トータルコスト")
    for j, label in enumerate(uc.COST_HEADS):
        cells.append(Cell(2 + j, 0, label, shade=True, size=7))
        for i, item in enumerate(order):
            cells.append(Cell(2 + j, 1 + i, rl_money(s.cost[item][j], yen), align="right"))
        cells.append(Cell(2 + j, 8, s.staff[j], align="right"))
    r = 2 + len(uc.COST_HEADS)
    cells.append(Cell(r, 0, "差引(7年度-6年度)", shade=True, size=6.5))
    for i, item in enumerate(order):
        cells.append(Cell(r, 1 + i, diff(s.cost[item], 1000 if yen else 1), align="right"))
    cells.append(Cell(r, 8, ""))
    return Grid(tuple(cells), 9)


def rl_cost_keihi(s: uc.UnitSheet) -> Grid:
    """Years across; ``経費（一財）`` cells print 事業費 with 一般財源 in parentheses."""
    head = {"shade": True, "align": "center", "size": 7}
    cells = [
        Cell(0, 0, "区分", **head),
        *(Cell(0, 1 + j, h, **head) for j, h in enumerate(uc.COST_HEADS)),
        Cell(0, 4, "差引(7年度-6年度)", **head),
    ]
    total, general = s.cost["事業費"], s.cost["一般財源"]
    keihi = tuple(f"{t}({g})" for t, g in zip(total, general, strict=True))
    rows = (
        ("経費（一財）", keihi, f"{diff(total)}({diff(general)})"),
        ("人件費", s.cost["人件費"], diff(s.cost["人件費"])),
        ("トータルコスト", s.cost["トータルコスト"], diff(s.cost["トータルコスト"])),
        ("従事職員数", s.staff, ""),
    )
    for r, (label, values, d) in enumerate(rows, start=1):
        cells.append(Cell(r, 0, label))
        cells += [Cell(r, 1 + j, v, align="right") for j, v in enumerate(values)]
        cells.append(Cell(r, 4, d, align="right"))
    return Grid(tuple(cells), 5)


def rl_indicator(ind: uc.Indicator) -> tuple[Grid, tuple[float, ...]]:
    """Two-level header: each year over 目標 / 実績 (/ 達成率); 7年度見込 at the end."""
    subs = ["目標", "実績"] + (["達成率"] if ind.rate is not None else [])
    k = len(subs)
    head = {"shade": True, "align": "center", "size": 7}
    cells = [Cell(0, 0, "指標名", rowspan=2, **head), Cell(0, 1, "単位", rowspan=2, **head)]
    series = [ind.target, ind.actual] + ([ind.rate] if ind.rate is not None else [])
    for j, y in enumerate(uc.YEARS):
        cells.append(Cell(0, 2 + k * j, y, colspan=k, **head))
        for i, sub in enumerate(subs):
            cells.append(Cell(1, 2 + k * j + i, sub, **head))
            cells.append(Cell(2, 2 + k * j + i, series[i][j], align="right"))
    last = 2 + k * len(uc.YEARS)
    cells += [
        Cell(0, last, uc.FORECAST_HEAD, rowspan=2, **head),
        Cell(2, 0, ind.name),
        Cell(2, 1, ind.unit, align="center"),
        Cell(2, last, ind.forecast, align="right"),
    ]
    rest = BODY_W - 140 - 28 - 46
    widths = (140.0, 28.0, *([rest / (k * 3)] * (k * 3)), 46.0)
    return Grid(tuple(cells), last + 1), widths


def rl_policy(s: uc.UnitSheet) -> Grid:
    return Grid(
        (
            Cell(0, 0, "次年度方針", shade=True, size=7),
            Cell(0, 1, "評価・課題", shade=True, size=7),
            Cell(1, 0, policy_text(s, "■", "□")),
            Cell(1, 1, s.evaluation, font=MINCHO),
        ),
        2,
    )


def rl_sub(sub: uc.SubUnit) -> Grid:
    head = {"shade": True, "size": 7}
    return Grid(
        (
            Cell(0, 0, "細事業名", **head),
            Cell(0, 1, "細事業の内容", colspan=3, **head),
            Cell(1, 0, sub.name),
            Cell(1, 1, sub.summary, colspan=3, font=MINCHO),
            Cell(2, 0, "区分", align="center", **head),
            *(Cell(2, 1 + j, h, align="center", **head) for j, h in enumerate(uc.COST_HEADS)),
            Cell(3, 0, "細事業費"),
            *(Cell(3, 1 + j, v, align="right") for j, v in enumerate(sub.cost)),
        ),
        4,
    )


class RlFlow:
    """Top-down drawing on a reportlab canvas; every sheet starts a page."""

    def __init__(self, c: Canvas) -> None:
        self.c = c
        self.page = 0
        self.y = PAGE_H - MARGIN

    def new_page(self) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        self.y = PAGE_H - MARGIN

    def line(self, text: str, size: float = 8.5, right: str = "") -> None:
        self.y -= size * 1.4
        self.c.setFont(GOTHIC, size)
        self.c.drawString(MARGIN, self.y, text)
        if right:
            self.c.setFont(GOTHIC, 7.5)
            self.c.drawRightString(PAGE_W - MARGIN, self.y, right)
        self.y -= 3

    def table(self, grid: Grid, widths: Sequence[float]) -> None:
        heights = row_heights(grid, widths)
        assert sum(heights) < self.y - MARGIN, "sheet content overflows its page"
        self.y = draw_grid(self.c, grid, widths, heights, self.y, range(len(heights))) - 7


def build_reportlab(path: Path) -> int:
    register_fonts()
    c = Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setTitle(uc.TITLE)
    c.setAuthor("aizu-extract sample generator")
    flow = RlFlow(c)
    for s in uc.SHEETS:
        flow.new_page()
        c.setFont(GOTHIC, 8)
        c.drawRightString(PAGE_W - MARGIN, PAGE_H - MARGIN + 8, uc.MUNICIPALITY)
        c.setFont(GOTHIC, 13)
        c.drawCentredString(PAGE_W / 2, flow.y - 13, uc.TITLE)
        flow.y -= 22
        flow.table(rl_info(s), [BODY_W / 6] * 6)
        flow.table(rl_sdgs(s), [BODY_W / 9] * 9)
        if s.no == KEIHI_SHEET:
            flow.line("事業費の推移", right="単位：千円")
            flow.table(rl_cost_keihi(s), (110, *([(BODY_W - 110) / 4] * 4)))
        else:
            flow.line("事業費の推移", right="単位：円" if s.no == YEN_SHEET else "単位：千円")
            flow.table(rl_cost_down(s, s.no == YEN_SHEET), (70, *([(BODY_W - 70) / 8] * 8)))
        if s.sub is not None:
            flow.new_page()
            flow.line("細事業", right="単位：千円")
            flow.table(rl_sub(s.sub), (110, *([(BODY_W - 110) / 3] * 3)))
        for kind, ind in (("活動指標", s.activity), ("成果指標", s.outcome)):
            flow.line(kind)
            grid, widths = rl_indicator(ind)
            flow.table(grid, widths)
        flow.table(rl_policy(s), (150, BODY_W - 150))
    c.showPage()
    c.save()
    return flow.page


def build(out_dir: Path) -> list[Path]:
    """Write both renderings into ``out_dir`` and return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    calc = out_dir / CALC_PDF
    build_calc(calc)
    rl = out_dir / REPORTLAB_PDF
    build_reportlab(rl)
    return [calc, rl]


if __name__ == "__main__":
    for p in build(Path(__file__).resolve().parents[1]):
        print(p)
