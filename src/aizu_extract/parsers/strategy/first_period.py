"""第1期総合戦略の総括: ``【KPI】 name：value unit`` lines and their continuation lines.

The summary prints each programme's targets as text, not as a table; a box
may list several (``【KPI】 出生数：973人`` / ``合計特殊出生率：1.8``). They are
final targets of the first period with no year printed, so fiscal_year is null
and year_label is the printed marker ``KPI``.
"""

from __future__ import annotations

import re

from ...normalize.errors import NormalizationError
from ...normalize.numbers import parse_quantity
from ...normalize.text import normalize_text
from ..base import Extraction
from .common import LABEL_KPI_LINE, fold_dashes, tidy_name

YEAR_LABEL = "KPI"
_MARK = re.compile(r"^\s*[【\[]\s*K\s*P\s*I\s*[】\]]\s*")
_SPLIT = re.compile(r"^(?P<name>.+?)\s*[:：]\s*(?P<value>[^:：]+)$")


def read_kpi_line(
    raw: str, *, ex: Extraction | None = None, page: int = 1, context: str | None = None
) -> bool:
    """Parse one line; with ``ex`` record it (or reject it). True when it is a KPI line."""
    text = _MARK.sub("", normalize_text(raw))
    m = _SPLIT.match(text)
    if not m or text.startswith("※"):
        return False
    value_raw = _value_part(raw)
    try:
        q = parse_quantity(fold_dashes(value_raw))
    except NormalizationError as err:
        if ex is not None and normalize_text(raw).startswith(LABEL_KPI_LINE):
            err.value_text = value_raw
            ex.reject_error(err, page=page, table="kpi_values", field_name="value")
        return False
    if q.value is None:
        return False
    if ex is not None:
        ex.kpi_values.append(
            {
                "page": page,
                "kind": "kpi",
                "context": context,
                "kpi_name": tidy_name([m["name"]]),
                "fiscal_year": None,
                "year_label": YEAR_LABEL,
                "metric": "target",
                "value": q.value,
                "unit": q.unit,
                "qualifier": q.qualifier,
                "value_text": value_raw,
            }
        )
    return True


def _value_part(raw: str) -> str:
    """The printed text after the last colon (full- or half-width)."""
    cut = max(raw.rfind(":"), raw.rfind("："))
    return raw[cut + 1 :].strip()
