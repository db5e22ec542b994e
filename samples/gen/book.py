"""Draw the bound 行政評価 book of the fictional こもれび町 with PyMuPDF.

``evaluation_book_komorebi_pymupdf.pdf`` holds a cover, a 目次 (page numbers with
dot leaders) and two 施策評価票 (``book_content``), each printed as:

* running header on every page but the cover: ``こもれび町 令和7年度 行政評価`` on
  the left, the area's ``政策分野NN タイトル`` on the right (目次: left only); folio
  ``- n -`` at the foot;
* ``施策評価票`` heading, the 政策目標 / 政策 / 政策分野 chain as label | number |
  title rows, 主管部局・課, 目指す姿; a 施策 table (施策番号 | 施策名 | 施策の内容);
* ``1 重要業績評価指標（KPI）``: one block per KPI, the two blocks SIDE BY SIDE, each
  with ``No.n`` / 指標名, 単位, and years DOWN (``R5年度`` … ``R8年度``) against
  目標値 | 実績値 | 達成率;
* ``2 施策の評価`` (one row per 施策); ``3 事務事業一覧`` with a 施策 number column
  instead of group rows (``施策 | No | 事務事業名 | 担当部・課 | 重点事業 |
  人口減少対策 | SDGsターゲット | 次年度方針``); area 37's list is cut after its fifth
  unit and continued on the next page WITHOUT its header row;
* ``4 事務事業評価``: a 施策 heading, then one card per unit (No | 事務事業名;
  担当部・課 / 法定・自主 / 次年度方針 on one row; 概要; 財務内容 with the items
  across and the years DOWN: ``令和7年度(予算)`` / ``令和8年度(見込み)``, 単位(千円)).

Deterministic (fixed metadata, ``no_new_id``). Run ``python -m samples.gen.book``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from samples.gen import book_content as bc
from samples.gen.fonts import gothic, mincho

SLUG = "komorebi"
BOOK_PDF = f"evaluation_book_{SLUG}_pymupdf.pdf"
SPLIT_AREA = "37"  # this area's 事務事業一覧 is continued over a page break
SPLIT_AFTER_UNITS = 5
FIXED_DATE = "D:20250926100000+09'00'"

PAGE_W, PAGE_H = 595.28, 841.89
MX, TOP, BOTTOM = 42.0, 50.0, 46.0
BODY_W = PAGE_W - 2 * MX
PAD, LEADING = 2.6, 1.3
G, M = "bkg", "bkm"
_FONTS: dict[str, pymupdf.Font] = {}


def _font(name: str) -> pymupdf.Font:
    if name not in _FONTS:
        _FONTS[name] = pymupdf.Font(fontfile=str(gothic() if name == G else mincho()))
    return _FONTS[name]


def width(text: str, font: str, size: float) -> float:
    return float(_font(font).text_length(text, fontsize=size))


def wrap(text: str, w: float, font: str, size: float) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for ch in para:
            if not line or ch in "、。」）)," or width(line + ch, font, size) <= w:
                line += ch
            else:
                lines.append(line)
                line = ch
        lines.append(line)
    return lines


@dataclass(frozen=True)
class Cell:
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
    cells: tuple[Cell, ...]
    widths: tuple[float, ...]
    min_row: float = 14.0

    @property
    def n_rows(self) -> int:
        return max(c.row + c.rowspan for c in self.cells)

    def heights(self) -> list[float]:
        hs = [self.min_row] * self.n_rows

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


def draw_rows(
    page: pymupdf.Page, t: Table, hs: Sequence[float], rows: range, x: float, y: float
) -> float:
    """Draw ``rows`` of ``t`` with its top-left at (x, y); return the bottom edge."""
    xs = [x + sum(t.widths[:i]) for i in range(len(t.widths) + 1)]
    ys = {rows.start: y}
    for r in rows:
        ys[r + 1] = ys[r] + hs[r]
    shape = page.new_shape()
    for c in t.cells:
        r0, r1 = max(c.row, rows.start), min(c.row + c.rowspan, rows.stop)
        if r0 >= r1:
            continue
        rect = pymupdf.Rect(xs[c.col], ys[r0], xs[c.col + c.colspan], ys[r1])
        if c.shade:
            page.draw_rect(rect, color=None, fill=(0.87, 0.9, 0.95), width=0)
        shape.draw_rect(rect)
    shape.finish(color=(0, 0, 0), width=0.5)
    shape.commit()
    for c in t.cells:
        if c.row < rows.start or c.row >= rows.stop or not c.text:
            continue
        x0, x1 = xs[c.col], xs[c.col + c.colspan]
        y0, y1 = ys[c.row], ys[min(c.row + c.rowspan, rows.stop)]
        lines = wrap(c.text, x1 - x0 - 2 * PAD, c.font, c.size)
        lh = c.size * LEADING
        base = y0 + (y1 - y0 - len(lines) * lh) / 2 + c.size * 0.98
        for line in lines:
            tw = width(line, c.font, c.size)
            lx = {"left": x0 + PAD, "center": (x0 + x1 - tw) / 2, "right": x1 - PAD - tw}[c.align]
            page.insert_text((lx, base), line, fontname=c.font, fontsize=c.size)
            base += lh
    return ys[rows.stop]


@dataclass
class Book:
    doc: pymupdf.Document = field(default_factory=pymupdf.open)
    page: pymupdf.Page | None = None
    y: float = TOP
    header_right: str | None = None
    bookmarks: dict[str, int] = field(default_factory=dict)

    def new_page(self, header: bool = True) -> None:
        page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        page.insert_font(fontname=G, fontfile=str(gothic()))
        page.insert_font(fontname=M, fontfile=str(mincho()))
        if header:
            page.insert_text((MX, 28), bc.RUNNING_HEADER, fontname=G, fontsize=7.5)
            if self.header_right:
                w = width(self.header_right, G, 7.5)
                page.insert_text((PAGE_W - MX - w, 28), self.header_right, fontname=G, fontsize=7.5)
            page.draw_line((MX, 33), (PAGE_W - MX, 33), width=0.6, color=(0.3, 0.3, 0.3))
            folio = f"- {self.doc.page_count} -"
            page.insert_text(
                ((PAGE_W - width(folio, G, 8)) / 2, PAGE_H - 24), folio, fontname=G, fontsize=8
            )
        self.page = page
        self.y = TOP

    @property
    def page_no(self) -> int:
        return self.doc.page_count

    def room(self) -> float:
        return PAGE_H - BOTTOM - self.y

    def text(
        self, text: str, size: float = 9.5, gap: float = 4, font: str = G, x: float = MX
    ) -> None:
        lines = wrap(text, BODY_W - (x - MX), font, size)
        if self.room() < len(lines) * size * LEADING + gap + 36:
            self.new_page()
        assert self.page is not None
        for line in lines:
            self.y += size * LEADING
            self.page.insert_text((x, self.y - size * 0.22), line, fontname=font, fontsize=size)
        self.y += gap

    def table(self, t: Table, split_after: int | None = None) -> None:
        """Place a table; ``split_after`` rows go on this page and the rest (no header
        repeated) on the next one. Otherwise a table that does not fit moves on whole."""
        hs = t.heights()
        assert self.page is not None
        if split_after is not None:
            assert sum(hs[:split_after]) <= self.room(), "split part does not fit"
            draw_rows(self.page, t, hs, range(split_after), MX, self.y)
            self.new_page()
            self.y = draw_rows(self.page, t, hs, range(split_after, len(hs)), MX, self.y) + 8
            return
        if sum(hs) > self.room():
            self.new_page()
        assert sum(hs) <= self.room(), "table taller than a page"
        self.y = draw_rows(self.page, t, hs, range(len(hs)), MX, self.y) + 8

    def side_by_side(self, tables: Sequence[Table], gap: float = 10) -> None:
        hss = [t.heights() for t in tables]
        if max(sum(h) for h in hss) > self.room():
            self.new_page()
        assert self.page is not None
        x, bottom = MX, self.y
        for t, hs in zip(tables, hss, strict=True):
            bottom = max(bottom, draw_rows(self.page, t, hs, range(len(hs)), x, self.y))
            x += sum(t.widths) + gap
        self.y = bottom + 8


# --------------------------------------------------------------------------------------
# Content → tables
# --------------------------------------------------------------------------------------

LAB = {"shade": True, "size": 7.0}


def header_table(a: bc.Area) -> Table:
    rows = (("政策目標", *a.goal), ("政策", *a.policy), ("政策分野", a.number, a.title))
    cells: list[Cell] = []
    for r, (label, no, title) in enumerate(rows):
        cells += [
            Cell(r, 0, label, **LAB),
            Cell(r, 1, no, align="center", size=9),
            Cell(r, 2, title, size=9),
        ]
    cells += [
        Cell(3, 0, "主管部局・課", **LAB),
        Cell(3, 1, a.department, colspan=2),
        Cell(4, 0, "目指す姿", **LAB),
        Cell(4, 1, a.vision, colspan=2, font=M),
    ]
    return Table(tuple(cells), (72, 36, BODY_W - 108), min_row=16)


def measures_table(a: bc.Area) -> Table:
    cells = [
        Cell(0, 0, "施策番号", align="center", **LAB),
        Cell(0, 1, "施策名", align="center", **LAB),
        Cell(0, 2, "施策の内容", align="center", **LAB),
    ]
    for i, m in enumerate(a.measures, start=1):
        cells += [
            Cell(i, 0, str(m.number), align="center"),
            Cell(i, 1, m.title),
            Cell(i, 2, m.content, font=M),
        ]
    return Table(tuple(cells), (48, 130, BODY_W - 178))


def kpi_block(k: bc.Kpi, w: float) -> Table:
    col = (w - 50) / 3
    cells = [
        Cell(0, 0, f"No.{k.number}", align="center", **LAB),
        Cell(0, 1, k.name, colspan=3, size=8),
        Cell(1, 0, "単位", align="center", **LAB),
        Cell(1, 1, k.unit, colspan=3),
        Cell(2, 0, "年度", align="center", **LAB),
        Cell(2, 1, "目標値", align="center", **LAB),
        Cell(2, 2, "実績値", align="center", **LAB),
        Cell(2, 3, "達成率", align="center", **LAB),
    ]
    for i, y in enumerate(bc.KPI_YEARS):
        cells += [
            Cell(3 + i, 0, y, align="center"),
            Cell(3 + i, 1, k.target[i], align="right"),
            Cell(3 + i, 2, k.actual[i], align="right"),
            Cell(3 + i, 3, k.rate[i], align="right"),
        ]
    return Table(tuple(cells), (50, col, col, col))


def evaluation_table(a: bc.Area) -> Table:
    cells = [
        Cell(0, 0, "施策", align="center", **LAB),
        Cell(0, 1, "主な取組状況と成果・今後の方針", align="center", **LAB),
    ]
    for i, m in enumerate(a.measures, start=1):
        cells += [Cell(i, 0, f"施策{m.number} {m.title}"), Cell(i, 1, m.evaluation, font=M)]
    return Table(tuple(cells), (150, BODY_W - 150))


LIST_HEAD = (
    "施策",
    "No",
    "事務事業名",
    "担当部・課",
    "重点事業",
    "人口減少対策",
    "SDGsターゲット",
    "次年度方針",
)


def unit_list_table(a: bc.Area) -> Table:
    cells = [Cell(0, i, h, align="center", **{**LAB, "size": 6.5}) for i, h in enumerate(LIST_HEAD)]
    for r, u in enumerate(a.units, start=1):
        cells += [
            Cell(r, 0, str(u.measure_no), align="center"),
            Cell(r, 1, str(u.unit_no), align="center"),
            Cell(r, 2, u.name),
            Cell(r, 3, u.department, size=6.8),
            Cell(r, 4, "◎" if u.priority else "", align="center"),
            Cell(r, 5, u.population_goal, align="center"),
            Cell(r, 6, u.sdg_target, align="center"),
            Cell(r, 7, u.next_year_policy, align="center"),
        ]
    return Table(tuple(cells), (28, 22, 160, 126, 40, 52, 44, BODY_W - 472), min_row=16)


def card_table(u: bc.Unit) -> Table:
    cells = [
        Cell(0, 0, str(u.unit_no), rowspan=6, align="center", size=9),
        Cell(0, 1, "事務事業名", **LAB),
        Cell(0, 2, u.name, colspan=5, size=9),
        Cell(1, 1, "担当部・課", **LAB),
        Cell(1, 2, u.department),
        Cell(1, 3, "法定・自主", align="center", **LAB),
        Cell(1, 4, u.legal_basis, align="center"),
        Cell(1, 5, "次年度方針", align="center", **LAB),
        Cell(1, 6, u.next_year_policy, align="center"),
        Cell(2, 1, "概要", **LAB),
        Cell(2, 2, u.summary, colspan=5, font=M),
        Cell(3, 1, "財務内容\n単位(千円)", rowspan=3, **LAB),
        Cell(3, 2, "区分", align="center", **LAB),
        *(
            Cell(3, 3 + i, item, colspan=2 if i == 2 else 1, align="center", **LAB)
            for i, item in enumerate(bc.BUDGET_ITEMS)
        ),
    ]
    for j, head in enumerate(bc.BUDGET_HEADS):
        cells.append(Cell(4 + j, 2, head, align="center"))
        for i, pair in enumerate(u.budget):
            cells.append(Cell(4 + j, 3 + i, pair[j], colspan=2 if i == 2 else 1, align="right"))
    return Table(tuple(cells), (22, 62, 150, 62, 84, 62, BODY_W - 442))


# --------------------------------------------------------------------------------------
# The book
# --------------------------------------------------------------------------------------


def cover(book: Book) -> None:
    book.new_page(header=False)
    assert book.page is not None
    for text, size, y in (
        (bc.TITLE, 22, 300),
        (bc.MUNICIPALITY, 18, 360),
        (bc.ISSUED, 12, 640),
    ):
        w = width(text, G, size)
        book.page.insert_text(((PAGE_W - w) / 2, y), text, fontname=G, fontsize=size)


def area_sheet(book: Book, a: bc.Area) -> None:
    book.header_right = a.label
    book.new_page()
    book.bookmarks[a.label] = book.page_no
    book.bookmarks[f"{a.number}:sheet"] = book.page_no
    book.text("施策評価票", 13, gap=6)
    book.table(header_table(a))
    book.text("施策", 9)
    book.table(measures_table(a))
    book.text("1 重要業績評価指標（KPI）", 9.5)
    w = (BODY_W - 10) / 2
    book.side_by_side([kpi_block(k, w) for k in a.kpis])
    book.text("2 施策の評価", 9.5)
    book.table(evaluation_table(a))
    book.text("3 事務事業一覧", 9.5)
    book.bookmarks[f"{a.number}:list"] = book.page_no
    split = 1 + SPLIT_AFTER_UNITS if a.number == SPLIT_AREA else None
    book.table(unit_list_table(a), split_after=split)
    book.text("※人口減少対策: 第3期こもれび町総合戦略の基本目標", 6.8, gap=6)
    book.text("4 事務事業評価", 9.5)
    book.bookmarks[f"{a.number}:cards"] = book.page_no
    for m in a.measures:
        book.text(f"施策{m.number} {m.title}", 9)
        for u in (u for u in a.units if u.measure_no == m.number):
            book.table(card_table(u))


def contents(book: Book, page_index: int) -> None:
    """Fill in the 目次 page once every page number is known."""
    page = book.doc[page_index]
    page.insert_text((MX, TOP + 30), "目次", fontname=G, fontsize=16)
    y = TOP + 70
    entries: list[tuple[str, float, str]] = []
    for a in bc.AREAS:
        entries.append((a.label, MX, a.label))
        for key, label in (
            ("sheet", "施策評価票"),
            ("list", "事務事業一覧"),
            ("cards", "事務事業評価"),
        ):
            entries.append((label, MX + 18, f"{a.number}:{key}"))
    for label, x, key in entries:
        size = 11 if x == MX else 10
        number = str(book.bookmarks[key])
        page.insert_text((x, y), label, fontname=G, fontsize=size)
        nx = PAGE_W - MX - width(number, G, size)
        start = x + width(label, G, size) + 6
        dots = "・" * int((nx - 6 - start) / width("・", G, size))
        page.insert_text((start, y), dots, fontname=G, fontsize=size)
        page.insert_text((nx, y), number, fontname=G, fontsize=size)
        y += 26 if x == MX else 20


def build_book(path: Path) -> tuple[int, dict[str, int]]:
    book = Book()
    cover(book)
    book.header_right = None
    book.new_page()  # 目次, filled in at the end
    toc_index = book.page_no - 1
    for a in bc.AREAS:
        area_sheet(book, a)
    contents(book, toc_index)
    book.doc.set_metadata(
        {
            "title": bc.TITLE,
            "author": "",
            "subject": "",
            "keywords": "",
            "creator": "aizu-extract sample generator",
            "producer": "PyMuPDF",
            "creationDate": FIXED_DATE,
            "modDate": FIXED_DATE,
        }
    )
    book.doc.subset_fonts()
    book.doc.save(path, garbage=4, deflate=True, no_new_id=True)
    pages = book.doc.page_count
    book.doc.close()
    return pages, book.bookmarks


def build(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / BOOK_PDF
    build_book(path)
    return [path]


if __name__ == "__main__":
    for p in build(Path(__file__).resolve().parents[1]):
        print(p)
