"""事務事業一覧: one row per business unit, under 施策 group rows.

The header row is recognised by its captions (事務事業名 plus a 方針/方向性 column),
compared on label keys so ``次年度\\n方針`` and ``次年度方針`` are the same; every
column is then read by x-overlap with its caption, so column order and widths
do not matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...layout import TextBox
from ...layout.table import text_key as label_key
from ..base import Extraction
from .common import INT_RE, MEASURE_RE, Sheet, key_of, text_of

NAME_HEADS = ("事務事業名", "事業名")
POLICY_WORDS = ("方針", "方向性")  # 次年度方針, 今後の方向性
PRIORITY_WORDS = ("重点", "主要")  # 重点事業 / 主要事業 columns of ◎ marks
POPULATION_WORD = "人口減少"  # 人口減少対策 (基本目標N / 柱N)
SDG_WORD = "SDGs"
DEPT_WORDS = ("担当", "所管")  # 担当部・課, 所管課
NO_HEADS = ("No", "NO", "No.", "番号", "№", "事業No", "事業No.", "事業番号")
MARKS = frozenset("◎○●◯")
_TOTAL_ROWS = frozenset({"合計", "計", "総計", "小計"})
SDG_TARGET = re.compile(r"\d{1,2}\.[0-9a-z]{1,2}")


@dataclass(slots=True)
class ListRow:
    page: int
    measure_no: int | None
    unit_no: int | None
    name: str
    next_year_policy: str | None = None
    department: str | None = None
    population_goal: str | None = None
    sdg_targets: list[str] = field(default_factory=list)
    priority_marks: list[str] = field(default_factory=list)
    is_priority: bool | None = None


def _columns(header: list[TextBox]) -> dict[str, list[TextBox]]:
    cols: dict[str, list[TextBox]] = {}
    for b in header:
        k = key_of(b)
        if k in NO_HEADS:
            role = "no"
        elif any(w in k for w in PRIORITY_WORDS):
            role = "priority"
        elif POPULATION_WORD in k:
            role = "population"
        elif SDG_WORD.lower() in k.lower():
            role = "sdg"
        elif k in NAME_HEADS:
            role = "name"
        elif any(w in k for w in POLICY_WORDS):
            role = "policy"
        elif k.startswith(DEPT_WORDS):
            role = "department"
        else:
            continue
        cols.setdefault(role, []).append(b)
    return cols


def find_list(sheet: Sheet) -> tuple[list[TextBox], dict[str, list[TextBox]]] | None:
    """The list's header row: a 事務事業名 caption with a 方針 caption on its row."""
    for b in sheet.boxes:
        if key_of(b) not in NAME_HEADS:
            continue
        header = [h for h in sheet.page(b.page) if h.bbox.same_row(b.bbox)]
        cols = _columns(header)
        if "policy" in cols and "name" in cols:
            return header, cols
    return None


def read_unit_list(sheet: Sheet, ex: Extraction) -> tuple[list[ListRow], tuple[int, float] | None]:
    """The rows, and where the list ends (page, y) so later 施策 headings can be told apart.

    A list longer than a page continues at the top of the next page without a
    header: that table is taken as a continuation when its column rules line up
    with the header's.
    """
    found = find_list(sheet)
    if found is None:
        return [], None
    header, cols = found
    name_col = cols["name"][0]
    state = _ListState(end=(name_col.page, max(h.bbox.y1 for h in header)))
    names = [
        b
        for b in sheet.page(name_col.page)
        if b.bbox.y0 >= state.end[1] - 1.0 and b.bbox.same_column(name_col.bbox)
    ]
    if name_col.table is not None:
        names = [b for b in names if b.table == name_col.table]
    complete = _read_rows(sheet, names, cols, name_col, state)
    page = name_col.page + 1
    while not complete and name_col.table is not None and page in sheet.tables:
        table = _continuation(sheet, page, header)
        if table is None:
            break
        names = [
            b for b in sheet.page(page) if b.table == table and b.bbox.same_column(name_col.bbox)
        ]
        complete = _read_rows(sheet, names, cols, name_col, state)
        page += 1
    return state.rows, state.end


@dataclass(slots=True)
class _ListState:
    end: tuple[int, float]
    rows: list[ListRow] = field(default_factory=list)
    measure: int | None = None


def _read_rows(
    sheet: Sheet,
    names: list[TextBox],
    cols: dict[str, list[TextBox]],
    name_col: TextBox,
    state: _ListState,
) -> bool:
    """Read the rows of one page; True when the list visibly ended on it."""
    last_y1 = state.end[1]
    for b in sorted(names, key=lambda b: b.bbox.y0):
        if name_col.table is None and b.bbox.y0 > last_y1 + 2 * name_col.bbox.height:
            return True  # unruled: a wide gap ends the list
        m = MEASURE_RE.match(text_of(b))
        if m and b.bbox.width > 1.5 * name_col.bbox.width:
            state.measure = int(m.group(1))
        elif key_of(b).startswith("※"):
            return True
        elif key_of(b) in NAME_HEADS or key_of(b) in _TOTAL_ROWS:
            continue  # the header repeated overleaf, or a 合計 row: not a unit
        else:
            state.rows.append(_row(sheet, b, cols, state.measure))
        last_y1 = b.bbox.y1
        state.end = (b.page, b.bbox.y1)
    page_boxes = sheet.page(state.end[0])
    # anything printed below the list's last row on its page means the list ended
    return (
        name_col.table is None
        or any(b.bbox.y0 > state.end[1] + 1.0 and b.table != names[0].table for b in page_boxes)
        if names
        else True
    )


def _continuation(sheet: Sheet, page: int, header: list[TextBox]) -> int | None:
    """Index of the topmost table on ``page`` if its column rules match the header's."""
    tables = sheet.tables.get(page, ())
    if not tables:
        return None
    index = min(range(len(tables)), key=lambda i: tables[i].bbox.y0)
    xs = tables[index].xs
    edges = [h.bbox.x0 for h in header] + [max(h.bbox.x1 for h in header)]
    if all(any(abs(x - e) < 2.0 for x in xs) for e in edges):
        return index
    return None


def _row(
    sheet: Sheet, name: TextBox, cols: dict[str, list[TextBox]], measure: int | None
) -> ListRow:
    def cell(role: str) -> TextBox | None:
        heads = cols.get(role)
        if not heads:
            return None
        c = sheet.cell(name, heads[0])
        return c if c is not None and c.lines and c is not name else None

    row = ListRow(page=name.page, measure_no=measure, unit_no=None, name=text_of(name))
    if (c := cell("no")) is not None and INT_RE.match(key_of(c)):
        row.unit_no = int(key_of(c))
    if (c := cell("policy")) is not None:
        row.next_year_policy = text_of(c)
    if (c := cell("department")) is not None:
        row.department = text_of(c)
    if (c := cell("population")) is not None:
        row.population_goal = key_of(c)
    if (c := cell("sdg")) is not None:
        # one target per printed line: 11.7 over 17.17 is never 11.71 / 7.17
        row.sdg_targets = [t for line in c.line_texts for t in SDG_TARGET.findall(label_key(line))]
    if "priority" in cols:
        row.is_priority = False
        for head in cols["priority"]:
            c = sheet.cell(name, head)
            if c is not None and c.lines and any(ch in MARKS for ch in key_of(c)):
                row.is_priority = True
                row.priority_marks.append(key_of(head))
    return row
