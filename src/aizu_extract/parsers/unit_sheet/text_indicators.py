"""Indicators printed as text on a unit sheet (contract v1.1).

``指標：NAME【数値目標：8,339kW …】`` under アウトプット / アウトカム is an
activity / outcome row with metric ``target``. A target with its own year
(``（令和9年度）``) takes it; one stated as a total over the project period
takes the period's last year (the sheet's 実施期間); otherwise the year is
unknown. Values that appear only inside prose are not read.
"""

from __future__ import annotations

import re

from ...layout.form import Form, FormCell
from ...layout.headers import HeaderInterpreter
from ...normalize.dated import parse_dated_quantity
from ...normalize.eras import YearContext, find_era_year, parse_year_label
from ...normalize.errors import NormalizationError
from ...normalize.text import as_read_span, normalize_text
from ..base import Extraction
from .fields import first, hit_text

_INDICATOR = re.compile(
    r"指標\s*[:：]\s*(?P<name>[^【\[［]+?)\s*[【\[［]\s*(?P<label>(?:数値)?目標(?:値)?)\s*[:：]?\s*"
    r"(?P<target>[^】\]］]+)[】\]］]"
)
_PERIOD_SPLIT = re.compile(r"[~〜～\-－―]")
_KINDS = (
    ("アウトプット", "activity"),
    ("活動", "activity"),
    ("アウトカム", "outcome"),
    ("成果", "outcome"),
)


def period_end(form: Form, cells: list[FormCell], years: YearContext) -> tuple[int, str] | None:
    """The last year of the sheet's 実施期間 (``令和5年度～令和9年度`` → 2027)."""
    hit = first(form, "period", cells)
    text = hit_text(hit)
    if not text:
        return None
    parts = [p.strip() for p in _PERIOD_SPLIT.split(normalize_text(text)) if p.strip()]
    if len(parts) < 2:
        return None
    last = parts[-1]
    start = find_era_year(parts[0])
    try:
        year = parse_year_label(last, YearContext(era=start.era if start else years.era))
    except NormalizationError:
        return None
    return year.year, last


def read_text_indicators(
    form: Form,
    cells: list[FormCell],
    subject: str,
    context: str | None,
    headers: HeaderInterpreter,
    ex: Extraction,
) -> None:
    """Every ``指標：…【数値目標：…】`` line in the unit's cells."""
    end = period_end(form, cells, headers.years)
    for fc in cells:
        if fc.cell.box is None:
            continue
        raw = fc.cell.text.replace("\n", "")
        text = normalize_text(raw)
        for m in _INDICATOR.finditer(text):
            kind = _kind(text[: m.start()]) or _kind(_row_label(fc)) or "outcome"
            target = m.group("target").strip()
            try:
                q = parse_dated_quantity(target, headers.years)
            except NormalizationError as err:
                if err.code != "number.not_numeric":
                    ex.reject_error(err, page=fc.page, table="kpi_values", field_name="value")
                    continue
                q = None
            year, label = (q.fiscal_year, q.year_label) if q and q.fiscal_year else (None, None)
            if year is None and end is not None:  # a total over the project period
                year, label = end
            ex.kpi_values.append(
                {
                    "page": fc.page,
                    "kind": kind,
                    "context": context,
                    "subject": subject,
                    "kpi_no": None,
                    "kpi_name": m.group("name").strip(),
                    "unit": q.unit if q else None,
                    "fiscal_year": year,
                    "year_label": label or m.group("label"),
                    "metric": "target",
                    "value": q.value if q else None,
                    "value_text": as_read_span(raw, *m.span("target")),
                    "qualifier": q.qualifier if q else None,
                }
            )


def _kind(text: str) -> str | None:
    """The kind named last before the indicator (アウトプット … アウトカム …)."""
    best: tuple[int, str] | None = None
    for word, kind in _KINDS:
        pos = text.rfind(word)
        if pos >= 0 and (best is None or pos > best[0]):
            best = (pos, kind)
    return best[1] if best else None


def _row_label(fc: FormCell) -> str:
    left = fc.grid.left_of(fc.cell)
    return " ".join(c.text for c in left if c.box is not None)
