"""Document header: title/年度/issuer, and the 政策目標 → 政策 → 政策分野 → 施策 outline."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...layout import DocumentLayout
from ...layout.form import Form, FormCell
from ...layout.page import TextBox
from ...layout.table import GridCell
from ...layout.vocabulary import LabelSet
from ...normalize.eras import find_era_year
from ...normalize.text import join_wrapped, normalize_text
from ..base import Extraction
from .common import CODE, INT_RE, MEASURE_RE, code_parts, code_text, own_number

# Title words: 行政評価 and 施策評価票 (either one identifies the sheet's title line).
_TITLE_WORDS = ("行政評価", "施策評価")
# Outline labels, most specific first (政策 is a prefix of the other two).
_OUTLINE = (
    ("policy_goal", "政策目標"),
    ("policy_area", "政策分野"),
    ("policy", "政策"),
)
_PARENT = {"policy_goal": None, "policy": "policy_goal", "policy_area": "policy"}
# A 施策's parent: the nearest outline level the sheet prints above it.
_MEASURE_PARENTS = ("policy_area", "policy", "policy_goal")
_MEASURE_WORD = "施策"  # the level word of a measure's context (施策2 子育て支援の充実)
_VISION = "目指す姿"  # the area's vision statement label
_MEASURE_HEAD = "施策番号"  # header of the 施策 table (名称 / 施策の内容)
_MAX_TITLE = 40  # a header cell, not a sentence that happens to start with 政策分野
_CODE_CELL = re.compile(rf"^{CODE}$")  # a cell of a compound code alone (3-2)


@dataclass(frozen=True, slots=True)
class SheetMeasure:
    """The 施策 a sheet's header names: its own number (``３－２`` → 2, a unit's
    measure_no), the code as printed (``3-2``, the node's number) and its title."""

    no: int
    code: str
    title: str


@dataclass(slots=True, eq=False)
class Outline:
    """Numbers of the outline nodes found, for parents and the KPI context."""

    numbers: dict[str, str]
    area_title: str | None = None
    # The 施策 a sheet's header names as a field (施策 | 2 | 子育て…): a sheet of one
    # 施策, whose indicators and units are that 施策's.
    measure: SheetMeasure | None = None

    @property
    def context(self) -> str | None:
        number = self.numbers.get("policy_area")
        if number is None:
            if self.measure is None:
                return None
            return f"{_MEASURE_WORD}{self.measure.code} {self.measure.title}"
        return f"政策分野{number} {self.area_title}" if self.area_title else f"政策分野{number}"

    @property
    def measure_parent(self) -> tuple[str, str] | None:
        """(level, number) of the nearest printed outline level above a 施策."""
        level = next((lv for lv in _MEASURE_PARENTS if lv in self.numbers), None)
        return (level, self.numbers[level]) if level else None


def read_document(layout: DocumentLayout, ex: Extraction) -> None:
    """Title and fiscal year (the municipality: :func:`..municipality.municipality`).

    The title is chosen by content, not position: among the short lines naming
    the sheet (行政評価/施策評価), one with an era year (the 年度 the sheet is for)
    wins, then one naming 施策評価, then the first; a running header repeated on
    every page (page furniture) is only a last resort. A book whose sheets all
    print their heading at one place repeats it like the running header over it:
    of two such lines the larger print is the heading, the title.
    """
    # The candidates in reading order: picked from the boxes, then sorted (a stable
    # sort orders them as sorting every box first would), not every box sorted.
    cands = sorted(
        (
            b
            for b in layout.boxes()
            if any(w in b.key for w in _TITLE_WORDS) and len(b.key) <= _MAX_TITLE
        ),
        key=lambda b: (b.page, round(b.bbox.y0, 1), b.bbox.x0),
    )
    if cands:
        box = min(
            cands,
            key=lambda b: (
                b.furniture,
                find_era_year(join_wrapped(b.line_texts)) is None,
                _TITLE_WORDS[1] not in b.key,
                -_print_size(b) if b.furniture else 0.0,
            ),
        )
        ex.title = join_wrapped(box.line_texts)
        era = find_era_year(ex.title)
        ex.fiscal_year = era.year if era else None


def _print_size(box: TextBox) -> float:
    """The largest font size of a box's lines (a heading prints larger than a running line)."""
    return max((line.size for line in box.lines), default=0.0)


def _text(cell: GridCell) -> str:
    """A cell's text with wrapped lines re-joined and normalised (NFKC)."""
    return join_wrapped(cell.lines)


def _next(fc: FormCell, cell: GridCell | None = None) -> GridCell | None:
    """The first printed cell right of ``cell`` (default: the label) on its row."""
    return next((c for c in fc.grid.right_of(cell or fc.cell) if c.box is not None), None)


def _split_label(fc: FormCell, label: str) -> tuple[str, str] | None:
    """(number, title) of an outline cell printed ``政策目標5 豊かで…`` or as separate cells."""
    m = re.match(rf"^{re.escape(label)}\s*({CODE})\s*(.*)$", _text(fc.cell))
    last = fc.cell  # the cell the title is printed right of
    if m is None:
        if fc.cell.key != label:
            return None
        nxt = _next(fc)
        if nxt is None:
            return None
        m = re.match(rf"^({CODE})\s*(.*)$", _text(nxt))
        if m is None:
            return None
        last = nxt  # 政策目標 | 5 | 豊かで…: the title is right of the number cell
    number, title = m.group(1), m.group(2).strip()
    if not number.isdigit():  # a compound code, in one spelling (3 - 2 → 3-2)
        number = code_text(number)
    if not title:
        nxt = _next(fc, last)
        title = _text(nxt) if nxt else ""
    return number, title


def read_outline(form: Form, ex: Extraction) -> Outline:
    """政策目標/政策/政策分野 nodes (first occurrence each) and the 目指す姿 text."""
    outline = Outline(numbers={})
    area_record: dict[str, object] | None = None
    first_new = len(ex.structure)  # a book's earlier sheets are not this sheet's
    # The outline's own table first: a loose line (a book's running header naming
    # the area) counts only for a level no table names.
    ruled = [fc for fc in form.cells if fc.cell.box is not None and fc.cell.box.table is not None]
    loose = [fc for fc in form.cells if fc.cell.box is not None and fc.cell.box.table is None]
    for fc in (*ruled, *loose):
        k = fc.cell.key
        if not k.startswith("政策") or len(k) > _MAX_TITLE:
            continue
        for level, label in _OUTLINE:
            if level in outline.numbers or not k.startswith(label):
                continue
            if level == "policy" and k.startswith(("政策目標", "政策分野")):
                continue
            found = _split_label(fc, label)
            if found is None or not found[1]:
                continue
            number, title = found
            outline.numbers[level] = number
            parent = _PARENT[level]
            record: dict[str, object] = {
                "page": fc.page,
                "level": level,
                "number": number,
                "title": title,
                "parent_number": outline.numbers.get(parent) if parent else None,
                "parent_level": parent if parent and parent in outline.numbers else None,
            }
            if level == "policy_area":
                outline.area_title, area_record = title, record
            ex.structure.append(record)
            break
    # parents may be printed after children (policy right of policy_goal): fix up
    for rec in ex.structure[first_new:]:
        parent = _PARENT[str(rec["level"])]
        if parent and rec["parent_number"] is None and parent in outline.numbers:
            rec["parent_number"], rec["parent_level"] = outline.numbers[parent], parent
    # a book's sheets under one 政策 each print it: one node, on the sheet it first is
    known = {_node_key(rec) for rec in ex.structure[:first_new]}
    ex.structure[first_new:] = [r for r in ex.structure[first_new:] if _node_key(r) not in known]
    if area_record is not None:
        for fc in form.cells:
            k = fc.cell.key
            if k == _VISION:
                value = _next(fc)
                if value is not None:
                    area_record["text"] = _text(value)
                break
            if k.startswith(_VISION) and len(k) > len(_VISION):
                area_record["text"] = normalize_text(_text(fc.cell)[len(_VISION) :].lstrip(":： "))
                break
    return outline


def _node_key(rec: dict[str, object]) -> tuple[object, ...]:
    return (rec["level"], rec["number"], rec["title"], rec.get("parent_number"))


def read_measures(form: Form, ex: Extraction, outline: Outline) -> dict[str, str]:
    """施策 nodes: number, title and 施策の内容, from the first place each is printed.

    In the 施策 table the ``施策N`` cell spans the title row and the content row;
    the cells right of it on its rows are title then content. Elsewhere (list
    group rows, headings) the title follows the number. A header row printing the
    measure label, the number and the title in cells of their own (施策 | 2 | 子育て…),
    or two pairs (施策番号 | 2 | 施策名 | 子育て…), names the 施策 the sheet is for
    (:attr:`Outline.measure`); its number may be a compound code (施策 | ３－２ 子育て…:
    the node is numbered ``3-2``, the units' measure_no is 2).
    """
    found: dict[str, dict[str, object]] = {}
    parent = outline.measure_parent
    labels = form.vocab.fields["measure"]  # 施策 / 施策名 | 2 | 子育て支援の充実
    number_labels = form.vocab.fields["measure_number"]  # 施策番号 | 2 | 施策名 | …
    for fc in form.cells:
        if fc.cell.box is None or len(fc.cell.key) > _MAX_TITLE:
            continue
        m = MEASURE_RE.match(_text(fc.cell))
        if m is not None:
            number = code_text(m.group(1))
            title, content = m.group(2).strip(), None
            if not title:
                title, content = _measure_cells(fc)
        elif (labels.matches(fc.cell.key) and (split := _split_label(fc, fc.cell.key))) or (
            number_labels.matches(fc.cell.key) and (split := _number_then_title(fc, labels))
        ):
            number = code_text(split[0])  # 04 → 4; 3-2 as printed
            title, content = split[1], None
            if title and outline.measure is None:
                outline.measure = SheetMeasure(own_number(number), number, title)
        else:
            continue
        rec = found.get(number)
        if rec is None:
            if not title:
                continue
            rec = {
                "page": fc.page,
                "level": "measure",
                "number": number,
                "title": title,
                "parent_number": parent[1] if parent else None,
                "parent_level": parent[0] if parent else None,
            }
            found[number] = rec
        if content and not rec.get("text"):
            rec["text"] = content
    ex.structure.extend(found[n] for n in sorted(found, key=code_parts))
    return {n: str(r["title"]) for n, r in found.items()}


def _number_then_title(fc: FormCell, labels: LabelSet) -> tuple[str, str] | None:
    """(number, title) of ``施策番号 | 2 | 施策名 | 子育て…``: a bare integer or compound
    code (``3-2``) right of the number label, then a measure label and its title on the
    same row."""
    number = _next(fc)
    if number is None:
        return None
    key = number.key
    if not (INT_RE.match(key) or (not key.isdigit() and _CODE_CELL.match(key))):
        return None
    label = _next(fc, number)
    if label is None or not labels.matches(label.key):
        return None
    title = _next(fc, label)
    return (key, _text(title)) if title is not None else None


def _measure_cells(fc: FormCell) -> tuple[str, str | None]:
    """Title and content right of a bare ``施策N`` cell, on the rows it spans."""
    grid, cell = fc.grid, fc.cell
    column: list[GridCell] = []
    for row in range(cell.row, cell.last_row + 1):
        c = grid.at(row, cell.last_col + 1) if cell.last_col + 1 < grid.n_cols else None
        if c is not None and c.box is not None and c not in column:
            column.append(c)
    if not column:
        return "", None
    title = _text(column[0])
    content = join_wrapped(_text(c) for c in column[1:]) or None
    if content is not None and column[1].key == _MEASURE_HEAD:
        content = None
    return title, content
