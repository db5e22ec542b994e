"""重要業績評価指標の達成状況: every cell of every indicator block.

Anchored on the year header row (a row of boxes that read as years, ``R5`` or
``令和５年度``, possibly ending in ``最終目標``), not on the ``年度`` label or on
column positions. The metric rows are the 目標/実績/達成率 labels under that row
and left of the year columns; the indicator is the 指標名-column box nearest
above (or beside) them, with its 単位 and 説明又は計算式 on the same row.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...layout import TextBox
from ...layout.query import label_key
from ...normalize.eras import parse_era_year
from ...normalize.errors import NormalizationError
from ...normalize.text import normalize_text
from ..base import Extraction, Record
from .common import INT_RE, Sheet, key_of, text_of, value_right

# Row labels → contract metric.
METRICS = {
    label_key("目標"): "target",
    label_key("目標値"): "target",
    label_key("計画"): "target",
    label_key("計画値"): "target",
    label_key("実績"): "actual",
    label_key("実績値"): "actual",
    label_key("達成率"): "achievement_rate",
    label_key("現状値"): "baseline",
    label_key("基準値"): "baseline",
}
# Year columns without a year: the final target (fiscal_year null).
FINAL_LABELS = tuple(label_key(s) for s in ("最終目標", "最終目標値", "目標年度"))
# Column captions of the indicator rows.
NAME_HEAD = label_key("指標名")
UNIT_HEAD = label_key("単位")
DEF_HEADS = (
    label_key("説明又は計算式"),
    label_key("説明"),
    label_key("計算式"),
    label_key("指標の説明"),
)
YEAR_ROW_LABEL = label_key("年度")


@dataclass(slots=True)
class YearCol:
    box: TextBox
    label: str  # as printed, NFKC
    year: int | None


def year_of(box: TextBox) -> YearCol | None:
    """A year column header, or None when the box is not one."""
    k = key_of(box)
    if k in FINAL_LABELS:
        return YearCol(box, normalize_text(box.raw.replace("\n", "")), None)
    if len(k) > 12 or k in METRICS:
        return None
    try:
        era = parse_era_year(k)
    except NormalizationError:
        return None
    return YearCol(box, normalize_text(box.raw.replace("\n", "")), era.year)


def year_rows(sheet: Sheet) -> list[list[YearCol]]:
    """Rows of ≥2 year headers side by side, left to right, in reading order."""
    rows: list[list[YearCol]] = []
    used: set[int] = set()
    for box in sheet.boxes:
        if id(box) in used:
            continue
        first = year_of(box)
        if first is None:
            continue
        row = [first]
        for other in sheet.page(box.page):
            if other is box or id(other) in used or other.bbox.x0 < box.bbox.x1 - 1.0:
                continue
            if abs(other.bbox.cy - box.bbox.cy) > 0.5 * box.bbox.height:
                continue
            col = year_of(other)
            if col is not None:
                row.append(col)
        if len(row) >= 2:
            row.sort(key=lambda c: c.box.bbox.x0)
            used.update(id(c.box) for c in row)
            rows.append(row)
    return rows


def read_kpis(sheet: Sheet, ex: Extraction, context: str | None) -> None:
    """All indicator blocks of the sheet; outcome tables (計画/実績 sub-columns) are skipped.

    A year row heads one indicator, or (one header for the whole table) several:
    every group of metric labels under it, down to the next year row, is a block.
    """
    name_heads = [b for b in sheet.boxes if key_of(b) == NAME_HEAD]
    all_rows = year_rows(sheet)
    for years in all_rows:
        top = years[0].box
        below = [
            r[0].box.bbox.y0
            for r in all_rows
            if r[0].box.page == top.page and r[0].box.bbox.y0 > top.bbox.y1
        ]
        blocks = _metric_blocks(sheet, years, min(below, default=float("inf")))
        if not blocks:
            continue  # e.g. the 成果 table, whose metrics are sub-columns
        head = _nearest_above(name_heads, top)
        for i, metric_rows in enumerate(blocks):
            indicator = _indicator(sheet, years, metric_rows, head, shared=i > 0)
            if indicator is None:
                ex.warnings.append(f"p.{top.page}: KPI block without an indicator name")
                continue
            _emit(sheet, ex, context, indicator, years, metric_rows)


def _metric_blocks(
    sheet: Sheet, years: list[YearCol], limit: float
) -> list[list[tuple[TextBox, str]]]:
    """目標/実績/達成率 labels below the year row and left of it, grouped per indicator.

    The first group runs until something else (or a gap). In a ruled table the
    labels further down the same column, in the same table and above the next
    year row (``limit``), form further groups, split wherever another row (説明,
    検証 …) stands between them.
    """
    top = years[0].box
    left_edge = top.bbox.x0 + 1.0
    blocks: list[list[tuple[TextBox, str]]] = []
    out: list[tuple[TextBox, str]] = []
    cands = sorted(
        (
            b
            for b in sheet.page(top.page)
            if b.bbox.y0 >= top.bbox.y1 - 1.0
            and b.bbox.y0 < limit - 1.0
            and b.bbox.x1 <= left_edge
            and b.bbox.height < 3 * top.bbox.height
        ),
        key=lambda b: (b.bbox.y0, -b.bbox.x1),
    )
    last_y1 = top.bbox.y1
    for b in cands:
        if b.bbox.x1 < top.bbox.x0 - 3 * top.bbox.width:
            continue  # far left: a No column or indicator name, not the label column
        if b.bbox.same_row(top.bbox) or b.bbox.y0 < last_y1 - 1.0:
            continue  # the header row, or a cell spanning the rows beside the labels
        ruled = top.table is not None and b.table == top.table
        metric = METRICS.get(key_of(b))
        gap = bool(out) and b.bbox.y0 > last_y1 + 2 * top.bbox.height
        if metric is None or gap:
            # another row (説明, 検証 …) or a gap ends the group; only a ruled
            # table goes on to further groups
            if not ruled or not (out or blocks):
                break
            if out:
                blocks.append(out)
                out = []
            if metric is None:
                last_y1 = b.bbox.y1
                continue
        if blocks and not b.bbox.same_column(blocks[0][0][0].bbox):
            continue
        out.append((b, metric))
        last_y1 = b.bbox.y1
    if out:
        blocks.append(out)
    return blocks


def _nearest_above(heads: list[TextBox], box: TextBox) -> TextBox | None:
    above = [h for h in heads if (h.page, h.bbox.y0) <= (box.page, box.bbox.y0)]
    return max(above, key=lambda h: (h.page, h.bbox.y0)) if above else None


@dataclass(slots=True)
class Indicator:
    no: int | None
    name: str
    unit: str | None
    definition: str | None
    page: int


def _indicator(
    sheet: Sheet,
    years: list[YearCol],
    rows: list[tuple[TextBox, str]],
    head: TextBox | None,
    shared: bool = False,
) -> Indicator | None:
    """Name/unit/definition of the block whose year row is ``years``.

    The name is the box left of the metric labels spanning them (one-table
    layouts), else the nearest box above the year row in the 指標名 column. The
    caption row may sit on an earlier page: only its x-ranges are used. A later
    block under a ``shared`` year row looks above its own first label instead.
    """
    top = rows[0][0] if shared else years[0].box
    page = sheet.page(top.page)
    skip = {NAME_HEAD, UNIT_HEAD, YEAR_ROW_LABEL, *DEF_HEADS, *METRICS}
    label0 = rows[0][0]

    def usable(b: TextBox) -> bool:
        k = key_of(b)
        return k not in skip and not INT_RE.match(k) and year_of(b) is None

    beside = [
        b
        for b in page
        if b.bbox.x1 <= label0.bbox.x0 + 1.0
        and b.bbox.y0 - 1.0 <= label0.bbox.cy <= b.bbox.y1 + 1.0
        and b.bbox.y0 >= top.bbox.y0 - 1.0
        and usable(b)
    ]
    heads = [h for h in sheet.page(head.page) if h.bbox.same_row(head.bbox)] if head else []
    # With a 指標名 caption the name is the box in its column, wherever the
    # column sits (単位 or 区分 may stand between it and the metric labels).
    in_name_col = [b for b in beside if head is not None and b.bbox.same_column(head.bbox, 0.5)]
    if in_name_col:
        name_box = max(in_name_col, key=lambda b: b.bbox.x0)
    elif beside:
        name_box = max(beside, key=lambda b: b.bbox.x0)
    else:
        above = [
            b
            for b in page
            if b.bbox.y1 <= top.bbox.y0 + 1.0
            and usable(b)
            and (head is None or b.bbox.same_column(head.bbox, 0.5))
            and (head is None or head.page != top.page or b.bbox.y0 >= head.bbox.y1 - 1.0)
        ]
        if not above:
            return None
        name_box = max(above, key=lambda b: (round(b.bbox.y0), b.bbox.width))
    unit = definition = None
    for h in heads:
        col = replace(h, page=name_box.page)
        if key_of(h) == UNIT_HEAD:
            cell = sheet.cell(name_box, col)
            unit = text_of(cell) if cell is not None and cell.lines else None
        elif key_of(h) in DEF_HEADS:
            cell = sheet.cell(name_box, col)
            definition = text_of(cell) if cell is not None and cell.lines else None
    if definition is None:
        definition = _definition_row(page, name_box, rows)
    no = None
    for b in page:
        if (
            b.bbox.x1 <= name_box.bbox.x0 + 1.0
            and b.bbox.y0 - 1.0 <= name_box.bbox.cy <= b.bbox.y1 + 1.0
            and INT_RE.match(key_of(b))
        ):
            no = int(key_of(b))
    return Indicator(no, text_of(name_box), unit, definition, name_box.page)


def _definition_row(
    page: list[TextBox], name_box: TextBox, rows: list[tuple[TextBox, str]]
) -> str | None:
    """説明又は計算式 printed as a row label under the block's metric rows (not a column):
    the first such label below the last metric row, in the name's column, before any
    other indicator's metric rows; its value is the box right of it."""
    last = rows[-1][0]
    below = sorted(
        (
            b
            for b in page
            if b.bbox.y0 >= last.bbox.y1 - 1.0 and b.bbox.same_column(name_box.bbox, 0.5)
        ),
        key=lambda b: b.bbox.y0,
    )
    for b in below:
        if key_of(b) not in DEF_HEADS:
            if (
                b.bbox.x0 < name_box.bbox.x0 - 1.0
                or b.bbox.y0 > last.bbox.y1 + 3 * last.bbox.height
            ):
                return None
            continue
        value = value_right(b, page, lambda k: False)
        return text_of(value) if value is not None and value.lines else None
    return None


def _emit(
    sheet: Sheet,
    ex: Extraction,
    context: str | None,
    ind: Indicator,
    years: list[YearCol],
    rows: list[tuple[TextBox, str]],
) -> None:
    values: dict[tuple[int, str], float | None] = {}
    for label, metric in rows:
        for i, col in enumerate(years):
            cell = sheet.cell(label, col.box)
            raw = cell.raw if cell is not None else ""
            record: Record = {
                "page": label.page,
                "kind": "kpi",
                "context": context,
                "subject": None,
                "kpi_no": ind.no,
                "kpi_name": ind.name,
                "unit": ind.unit,
                "fiscal_year": col.year,
                "year_label": col.label,
                "metric": metric,
                "value": None,
                "value_text": raw,
                "qualifier": None,
                "definition": ind.definition,
            }
            q = ex.read_value(raw, page=label.page)
            if q is None:
                continue
            record["value"], record["qualifier"] = q.value, q.qualifier
            values[(i, metric)] = record["value"]  # type: ignore[assignment]
            ex.kpi_values.append(record)
    _check_rates(ex, ind, years, values, rows[0][0].page)


# 達成率 is printed rounded; more than this many points off 実績/目標×100 is flagged.
RATE_TOLERANCE = 0.5


def _check_rates(
    ex: Extraction,
    ind: Indicator,
    years: list[YearCol],
    values: dict[tuple[int, str], float | None],
    page: int,
) -> None:
    for i, col in enumerate(years):
        target = values.get((i, "target"))
        actual = values.get((i, "actual"))
        rate = values.get((i, "achievement_rate"))
        if target in (None, 0) or actual is None or rate is None:
            continue
        computed = actual / target * 100  # type: ignore[operator]
        if abs(computed - rate) > RATE_TOLERANCE:
            ex.check(
                page=page,
                code="kpi.achievement_rate_mismatch",
                message=(
                    f"{ind.name} {col.label}: 達成率 {rate:g}% printed, "
                    f"実績/目標 = {actual:g}/{target:g} = {computed:.1f}%"
                ),
                kpi_no=ind.no,
                kpi_name=ind.name,
                year_label=col.label,
                printed=rate,
                computed=round(computed, 2),
            )
