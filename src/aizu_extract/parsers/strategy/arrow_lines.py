"""数値目標 printed as one line under a 基本目標: ``name 40人（2014年度）→年40人（2019年度）``.

Small plans print a goal's 数値目標 in its banner instead of a table: the
indicator's name, the baseline with its year in brackets, an arrow, the target
with its year. Both values carry their own year (contract v1.1), so the line
gives a baseline and a target row. Anything else (prose with an arrow, a value
without its year) is not this shape and is left to the outline walk.
"""

from __future__ import annotations

import re

from ...normalize.dated import DatedQuantity, parse_dated_quantity
from ...normalize.eras import YearContext
from ...normalize.errors import NormalizationError
from ...normalize.text import as_read, is_dash, normalize_text
from ..base import Extraction
from .common import SENTENCE_END, fold_dashes, tidy_name

_ARROW = re.compile(r"\s*[→⇒➡]\s*")


def _dated(text: str, years: YearContext | None) -> DatedQuantity | None:
    """A value with its own year (or a dash with one), else None."""
    try:
        dq = parse_dated_quantity(text, years)
    except NormalizationError:
        return None
    if dq.fiscal_year is None:
        return None
    if dq.value is None and not is_dash(re.sub(r"\(.*\)$", "", text)):
        return None
    return dq


def _split_left(left: str, years: YearContext | None) -> tuple[str, DatedQuantity] | None:
    """``高校の入学者数40人(2014年度)`` → (name, value): the longest value suffix that
    reads as a dated quantity, never cutting inside a number."""
    for i in range(1, len(left)):
        if left[i - 1].isdigit() or left[i - 1] in ",.，．":
            continue
        if (dq := _dated(left[i:], years)) is not None:
            return left[:i], dq
    return None


def read_arrow_line(
    raw: str,
    *,
    ex: Extraction,
    page: int,
    context: str | None,
    years: YearContext | None = None,
) -> bool:
    """Record the baseline and target of one such line; False when it is not one."""
    printed = raw.strip()
    text = fold_dashes(printed)  # one glyph for one: offsets in text are offsets in printed
    arrows = list(_ARROW.finditer(text))
    if len(arrows) != 1 or normalize_text(text).endswith(SENTENCE_END):
        return False
    arrow = arrows[0]
    left, right = text[: arrow.start()], text[arrow.end() :]
    target = _dated(right, years)
    split = _split_left(left, years)
    if target is None or split is None:
        return False
    name, base = split
    kpi_name = tidy_name([name])
    if not kpi_name:
        return False
    as_printed = (printed[len(name) : arrow.start()], printed[arrow.end() :])
    metrics = ("baseline", "target")
    for metric, dq, value_text in zip(metrics, (base, target), as_printed, strict=True):
        ex.kpi_values.append(
            {
                "page": page,
                "kind": "numerical_target",
                "context": context,
                "kpi_name": kpi_name,
                "metric": metric,
                "fiscal_year": dq.fiscal_year,
                "year_label": dq.year_label,
                "value": dq.value,
                "unit": dq.unit,
                "qualifier": dq.qualifier,
                "value_text": as_read(value_text),
            }
        )
    return True
