"""成果を示す根拠の推移: per business unit, each 項目 × year × 計画/実績.

Anchored on the ``項目`` column caption. The year captions sit right of it on
its first header line; the 計画/実績 sub-captions below each year; the 事業名
cell (often merged over several item rows) is found by vertical containment.
"""

from __future__ import annotations

from ...layout import TextBox
from ...layout.query import label_key
from ..base import Extraction, Record
from .common import Sheet, key_of, text_of
from .kpi_table import METRICS, YearCol, year_of

ITEM_HEAD = label_key("項目")
SUBJECT_HEADS = (label_key("事業名"), label_key("事務事業名"))


def read_outcomes(sheet: Sheet, ex: Extraction, context: str | None) -> None:
    for head in sheet.labels("項目"):
        page = sheet.page(head.page)
        years = [
            c
            for b in page
            if b.bbox.x0 >= head.bbox.x1 - 1.0
            and abs(b.bbox.y0 - head.bbox.y0) < 2.0
            and (c := year_of(b)) is not None
        ]
        if not years:
            continue
        years.sort(key=lambda c: c.box.bbox.x0)
        subs = _sub_columns(page, years)
        if not subs:
            continue
        header_bottom = max(box.bbox.y1 for box, _, _ in subs)
        subject_head = next(
            (
                b
                for b in page
                if key_of(b) in SUBJECT_HEADS
                and b.bbox.same_row(head.bbox)
                and b.bbox.x1 <= head.bbox.x0 + 1.0
            ),
            None,
        )
        items = sorted(
            (
                b
                for b in page
                if b.bbox.y0 >= header_bottom - 1.0
                and b.bbox.same_column(head.bbox)
                and (head.table is None or b.table == head.table)
            ),
            key=lambda b: b.bbox.y0,
        )
        for item in items:
            cells = [(sheet.cell(item, box), col, metric) for box, col, metric in subs]
            if not any(c is not None and c.lines for c, _, _ in cells):
                break  # past the table
            subject = _subject(page, item, subject_head)
            for cell, col, metric in cells:
                _emit(ex, context, subject, item, cell, col, metric)


def _sub_columns(page: list[TextBox], years: list[YearCol]) -> list[tuple[TextBox, YearCol, str]]:
    """(sub-caption box, year, metric) left to right: 計画/実績 under each year."""
    out = []
    for col in years:
        for b in page:
            metric = METRICS.get(key_of(b))
            if (
                metric
                and abs(b.bbox.y0 - col.box.bbox.y1) < 2.0
                and b.bbox.same_column(col.box.bbox)
            ):
                out.append((b, col, metric))
    out.sort(key=lambda t: t[0].bbox.x0)
    return out


def _subject(page: list[TextBox], item: TextBox, head: TextBox | None) -> str | None:
    if head is None:
        return None
    for b in page:
        if (
            b.bbox.same_column(head.bbox)
            and b.bbox.y0 - 1.0 <= item.bbox.cy <= b.bbox.y1 + 1.0
            and b is not head
        ):
            return text_of(b)
    return None


def _emit(
    ex: Extraction,
    context: str | None,
    subject: str | None,
    item: TextBox,
    cell: TextBox | None,
    col: YearCol,
    metric: str,
) -> None:
    raw = cell.raw if cell is not None else ""
    record: Record = {
        "page": item.page,
        "kind": "outcome",
        "context": context,
        "subject": subject,
        "kpi_no": None,
        "kpi_name": text_of(item),
        "unit": None,
        "fiscal_year": col.year,
        "year_label": col.label,
        "metric": metric,
        "value": None,
        "value_text": raw,
        "qualifier": None,
    }
    q = ex.read_value(raw, page=item.page)
    if q is None:
        return
    record["value"], record["qualifier"], record["unit"] = q.value, q.qualifier, q.unit
    ex.kpi_values.append(record)
