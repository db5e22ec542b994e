"""What a strategy KPI table says, whichever way it was read: columns, rows, records.

A table is a name column and value columns; each value column's printed label
says its metric (現状値/基準値 → baseline, 目標値 → target, 実績 → actual) and
year (``目標値（令和9年度）``, ``R6年度末値``), a 単位 column gives units and a
基準年 column gives each row's year. Ruled tables (read off the shared grid,
``grid_tables``) and unruled ones (``kpi_tables``) end as the same
:class:`KpiTable`, and :func:`emit_rows` maps it to kpi_values records.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...layout import TextBox
from ...layout.headers import HeaderInterpreter
from ...layout.table import Grid, text_key
from ...normalize.dated import parse_dated_quantity, read_year_label
from ...normalize.eras import YearContext, find_era_year, parse_year_label
from ...normalize.errors import NormalizationError
from ...normalize.text import circled_number, compact, is_dash
from ..base import Extraction
from .common import (
    ANCHOR_EXTRA_CHARS,
    CURRENT_WORDS,
    HEADER_WORDS,
    ITEM_HEADERS,
    KPI_HEADERS,
    NUMERICAL_HEADERS,
    YEAR_COLUMN_BASELINE,
    YEAR_COLUMN_TARGET,
    fold_dashes,
    tidy_name,
)

# Header metrics a strategy table reports (a 達成率 column is not one of its values).
TABLE_METRICS = frozenset({"baseline", "target", "actual"})
# A row number printed left of the indicator name: ``1``, ``12``, ``(3)``, ``3.``, ``①``
ROW_NO = re.compile(r"^\(?(\d{1,3})[).]?$")
ANCHOR_EXTENSION = re.compile(r"^[(]?KPI[)]?$")
DASH_CELLS = frozenset("-‒–—―−ー")
NOT_HEADER_START = set("0123456789-‒–—―−ー_▲△+.")

def row_number(key: str) -> int | None:
    """The row number a cell left of the indicator name prints (its key): digits, or
    a circled numeral (``①`` in a 番号 column, kept as printed by normalize_text)."""
    if m := ROW_NO.match(key):
        return int(m[1])
    return circled_number(key)


@dataclass(slots=True, eq=False)
class Column:
    """A value column: its x-range and printed label, and what it holds."""

    x0: float
    x1: float
    boxes: list[TextBox] = field(default_factory=list)
    metric: str | None = None
    year_label: str = ""
    fiscal_year: int | None = None
    year_kind: str | None = None
    end_of_period: bool = False
    # ``unit``: a 単位 column; ``year``: a column of years (基準年) for ``year_for``
    role: str | None = None
    year_for: str | None = None
    # the grid columns it spans, when read off a ruled grid
    col: int | None = None
    last_col: int | None = None

    @property
    def label(self) -> str:
        return text_key(self.text)

    @property
    def text(self) -> str:
        """The header as printed, its boxes top to bottom (a label split over lines)."""
        return "\n".join(b.raw for b in sorted(self.boxes, key=lambda b: b.bbox.y0))

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(slots=True, eq=False)
class TableRow:
    page: int
    name_lines: list[str]
    cells: list[list[str]]  # per value column, the lines read there
    kpi_no: int | None = None  # the row number printed left of the name (``No.``)
    # the cells printed left of the name on its row, left to right, merged ones
    # included (``基本目標1 …`` | ``(1) …`` | ``【数値目標】``): the row's own headings
    heads: tuple[TextBox, ...] = ()
    # a heading printed across the table over the rows below it, not an indicator
    band: bool = False
    # the header cell's key over each of ``heads`` (``基本目標``), "" for none
    head_words: tuple[str, ...] = ()
    # per value column, the metric the row's own label says (区分 ``目標`` / ``実績``)
    # where the column's header names none (``R3``); () when the row says none
    metrics: tuple[str | None, ...] = ()
    # a later row of such an indicator: only the cells its own metric heads are its
    # (those merged over the rows, 基準値 / 目標値, are the first row's)
    paired_on: bool = False


@dataclass(slots=True, eq=False)
class KpiTable:
    page: int
    anchor: TextBox
    # what the name column's label says the table is: ``kpi`` (重要業績評価指標,
    # KPI, 成果指標), ``numerical_target`` (数値指標) or None (項目名, 指標 …)
    explicit_kind: str | None
    name_span: tuple[float, float]
    columns: list[Column]
    rows: list[TableRow] = field(default_factory=list)
    boxes: list[TextBox] = field(default_factory=list)  # everything read as part of it
    years: YearContext = field(default_factory=YearContext)  # the document's era
    row_gap: float | None = None  # unruled: gap between the header and the first row
    transposed: bool = False  # read from a ruled grid printed with its items across
    grids: list[Grid] = field(default_factory=list)  # the grids read, kept to be drawn
    right: float = math.inf  # unruled: where a table printed beside this one starts
    # one indicator named in a row of its own over its values (``name_rows``): a block
    # of its own, never carried overleaf nor joined to the table before it
    name_row: bool = False

    @property
    def y0(self) -> float:
        return self.anchor.bbox.y0

    @property
    def explicit_kpi(self) -> bool:
        return self.explicit_kind == "kpi"

    @property
    def has_roles(self) -> bool:
        metrics = {c.metric for c in self.columns}
        return "target" in metrics or "baseline" in metrics


_BRACKETED = re.compile(r"[(【\[][^)】\]]*[)】\]]")


# Box keys whose header tests are remembered (asked of every box of a strategy, per page).
_CACHED_KEYS = 16384


@lru_cache(maxsize=_CACHED_KEYS)
def is_anchor(key: str) -> tuple[bool, str | None]:
    """(is a name-column header, the kind its label names explicitly).

    A bracketed gloss does not count against the label's length and may itself
    name the kind: ``KPI(重要業績評価指標)``, ``数値目標(KPI)``.
    """
    bare = _BRACKETED.sub("", key)
    for words, kind in ((KPI_HEADERS, "kpi"), (NUMERICAL_HEADERS, "numerical_target")):
        for word in words:
            if key.startswith(word) and len(key) <= len(word) + ANCHOR_EXTRA_CHARS:
                return True, kind
            if bare.startswith(word) and len(bare) <= len(word) + ANCHOR_EXTRA_CHARS:
                return True, kind
    if ANCHOR_EXTENSION.match(key):
        return True, "kpi"
    if bare != key and bare in ITEM_HEADERS:
        return True, "kpi" if any(w in key for w in KPI_HEADERS) else None
    return key in ITEM_HEADERS, None


_LABEL_DECOR = re.compile(r"^[■◆●◇□○◎]+|^[【〔［\[<＜〈《]|[】〕］\]>＞〉》]$")


@lru_cache(maxsize=_CACHED_KEYS)
def table_label(key: str) -> str | None:
    """The kind a label printed above a table names (``■重要業績評価指標（KPI）``,
    ``【KPI】``, ``成果指標``, ``〈数値指標〉``), else None. Only a line that is the
    label alone: running text mentioning KPIs (``KPI等により検証``) is not one."""
    word = _LABEL_DECOR.sub("", _LABEL_DECOR.sub("", key))
    words = (*KPI_HEADERS, *NUMERICAL_HEADERS)
    if word == key and _BRACKETED.sub("", key) not in words:
        return None  # undecorated: the label word itself, nothing more
    anchor, kind = is_anchor(word)
    return kind if anchor else None


@lru_cache(maxsize=_CACHED_KEYS)
def headerish(key: str) -> bool:
    if not key or key[0] in NOT_HEADER_START or (key.startswith(("(", "【")) and "年" not in key):
        return False
    return any(w in key for w in HEADER_WORDS) or find_era_year(key) is not None


def assign_roles(columns: list[Column], headers: HeaderInterpreter) -> list[Column]:
    """Each column's role, metric and year, as the shared header interpreter reads
    its printed label; a label without a year keeps itself as the year_label."""
    for col in columns:
        label = col.label
        if YEAR_COLUMN_TARGET.matches(label) or YEAR_COLUMN_BASELINE.matches(label):
            col.role = "year"
            col.year_for = "target" if YEAR_COLUMN_TARGET.matches(label) else "baseline"
            continue
        lab = headers.label(col.text)
        if lab.unit_column:
            col.role = "unit"
            continue
        col.metric = lab.metric if lab.metric in TABLE_METRICS else None
        col.year_label = compact(lab.year_label) if lab.year_label else label
        if lab.year is not None:
            col.fiscal_year = lab.year
            try:
                era = parse_year_label(col.year_label, headers.years)
            except NormalizationError:
                era = None
            if era is not None:
                col.year_kind, col.end_of_period = era.kind, era.end_of_period
    years = [c for c in columns if c.metric is None and c.fiscal_year is not None and not c.role]
    if len(years) >= 2 and not any(c.metric for c in columns):
        # year-only labels (``R元年度末値`` / ``R6年度末値``): earliest is the base
        years.sort(key=lambda c: c.fiscal_year or 0)
        years[0].metric, years[-1].metric = "baseline", "target"
    _current_as_actual(columns)
    return columns


def _current_as_actual(columns: list[Column]) -> None:
    """現状値 beside a 基準値 of its own table is the value reached since (AE5): in a
    progress report printing the base year apart, a second baseline would give the
    indicator two baselines of different years. Alone (a plan's 現状値 | 目標値) it
    stays the baseline, the contract's default; a 現状値 not later than the base
    year is left as it is."""
    base = [c for c in columns if c.metric == "baseline"]
    current = [c for c in base if any(c.label.startswith(w) for w in CURRENT_WORDS)]
    others = [c for c in base if c not in current]
    if not current or not others:
        return
    first = max((c.fiscal_year for c in others if c.fiscal_year is not None), default=None)
    for col in current:
        if first is None or col.fiscal_year is None or col.fiscal_year > first:
            col.metric = "actual"


def emit_rows(
    ex: Extraction,
    table: KpiTable,
    kind: str,
    context: str | None,
    labels: list[tuple[str, str | None]] | None = None,
) -> None:
    """One kpi_values record per (row, value column with a metric); ``labels`` the
    (kind, context) of each row when its own heading cells say them."""
    for n, row in enumerate(table.rows):
        if labels is not None:
            kind, context = labels[n]
        name = tidy_name(row.name_lines)
        if not name:
            if any(row.cells):
                ex.reject(
                    page=row.page,
                    table="kpi_values",
                    field_name="kpi_name",
                    value_text=" | ".join(" ".join(c) for c in row.cells),
                    reason="values without an indicator name",
                    code="kpi.no_name",
                )
            continue
        cells = dict(zip((id(c) for c in table.columns), row.cells, strict=True))
        unit = _unit_cell(table, cells)
        for i, (col, cell) in enumerate(zip(table.columns, row.cells, strict=True)):
            own = row.metrics[i] if row.metrics else None
            metric = own if row.paired_on else col.metric or own
            if metric is None:
                continue
            text = " ".join(cell)
            year, label = _row_year(table, col, metric, cells)
            record = value_record(ex, row.page, text, year, label, table.years)
            if record is None:
                continue
            if record["unit"] is None and unit and not is_dash(text):
                # the 単位 column's, words included (維持, 集計中); a dash or blank cell
                # prints no value to have a unit (test_excel_like_kpi_list)
                record["unit"] = unit
            ex.kpi_values.append(
                {
                    "page": row.page,
                    "kind": kind,
                    "context": context,
                    "kpi_name": name,
                    "kpi_no": row.kpi_no,
                    "metric": metric,
                    **record,
                }
            )


def _unit_cell(table: KpiTable, cells: dict[int, list[str]]) -> str | None:
    """The row's 単位 cell, None without one or when it prints a dash (no unit)."""
    unit = next((compact(" ".join(cells[id(c)])) for c in table.columns if c.role == "unit"), "")
    return unit if unit and unit not in DASH_CELLS else None


def _row_year(
    table: KpiTable, col: Column, metric: str, cells: dict[int, list[str]]
) -> tuple[int | None, str]:
    """The column's year, or the one printed in the row's 基準年/目標年度 column."""
    for other in table.columns:
        if other.role == "year" and other.year_for == metric:
            printed = " ".join(cells[id(other)])
            era = read_year_label(printed, table.years) if printed.strip() else None
            if era is not None:
                return era.year, compact(printed)
    return col.fiscal_year, col.year_label


def value_record(
    ex: Extraction,
    page: int,
    text: str,
    fiscal_year: int | None,
    year_label: str,
    years: YearContext | None = None,
) -> dict[str, object] | None:
    """value/unit/qualifier/year of one cell; None (and a reject) when it cannot be read.

    The rule of :meth:`Extraction.read_value` (text kept, unreadable numbers
    rejected), plus the cell's own year: ``3,888人（令和3年）`` takes 2021 and
    the label ``令和3年`` instead of the column's.
    """
    try:
        dq = parse_dated_quantity(fold_dashes(text), years)
    except NormalizationError as err:
        if err.code != "number.not_numeric":
            err.value_text = text
            ex.reject_error(err, page=page, table="kpi_values", field_name="value")
            return None
        value = unit = qualifier = None
    else:
        value, unit, qualifier = dq.value, dq.unit, dq.qualifier
        if dq.fiscal_year is not None:
            fiscal_year, year_label = dq.fiscal_year, dq.year_label or year_label
    return {
        "value": value,
        "unit": unit,
        "qualifier": qualifier,
        "value_text": text,
        "fiscal_year": fiscal_year,
        "year_label": year_label,
    }
