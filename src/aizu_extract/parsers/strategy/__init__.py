"""総合戦略 parser (まち・ひと・しごと創生総合戦略, デジタル田園都市国家構想総合戦略 …).

Steps, each reading the shared :class:`Doc`: find the 数値目標/KPI tables by
their labels and read them as shared grids through the header interpreter
(their boxes are then taken out of the text stream), walk the outline
(柱 → (n) → ① → 【主な取組】, 第1期 【KPI】 lines) which also gives each table
its kind and context, read Saku-style 重点プロジェクト, then the cover fields.
"""

from __future__ import annotations

from typing import ClassVar

from ...layout import DocumentLayout
from ...load import collector_paused
from ...settings import DEFAULT, Settings
from ..base import Extraction
from .common import KPI_HEADERS, NUMERICAL_HEADERS, NUMERICAL_LABELS, Doc

# The reading steps (.document … .years) are imported on a strategy's first parse,
# not with this module: the fork server imports every parser for all workers
# (warm), and their regexes and classes sat ahead of every worker's first page,
# also where no 総合戦略 comes (a strategy's first page meets them either way).

_MARKERS = (
    "総合戦略",
    "数値目標",
    "重要業績評価指標",
    "基本的方向",
    "主な取組",
    "重点プロジェクト",
)
# A plan whose first page's largest text names it a 総合戦略 (``白峰村まち・ひと・
# しごと創生総合戦略``) is one even when it uses none of the labels above
# (成果指標 tables, ◎施策の目標): that counts as much as one marker. Sheets that
# only mention the strategy they serve never print it as their title.
_TITLE_WEIGHT = 0.2
_MARKER_WEIGHT = 0.2
_BASE = 0.4


class StrategyParser:
    doc_type: ClassVar[str] = "strategy"

    def __init__(self, settings: Settings = DEFAULT) -> None:
        self.settings = settings.strategy
        self.pause_collector = settings.reading.pause_collector

    def detect(self, layout: DocumentLayout) -> float:
        text = layout.text_key
        if "総合戦略" not in text:
            return 0.0
        markers = sum(marker in text for marker in _MARKERS[1:])
        title = _TITLE_WEIGHT if _titled_strategy(layout) else 0.0
        return min(1.0, _BASE + _MARKER_WEIGHT * markers + title)

    def restart_marks(self, layout: DocumentLayout) -> tuple[tuple[int, str], ...] | None:
        return None  # rarely over ~100 pages, and its areas share state: never split

    def restart_pages(self, marks: list[tuple[int, str]]) -> list[int]:
        return []

    def parse(self, layout: DocumentLayout) -> Extraction:
        # The collector paused, as for loading and layout (ReadingSettings.pause_collector).
        with collector_paused(self.pause_collector):
            return self._parse(layout)

    def _parse(self, layout: DocumentLayout) -> Extraction:
        from .document import read_document
        from .kpi_tables import find_tables
        from .outline import walk
        from .projects import read_projects
        from .years import resolve_column_years

        ex = Extraction(doc_type=self.doc_type)
        doc = Doc.of(layout, self.settings)
        tables = find_tables(doc)
        resolve_column_years(doc, tables)
        walk(doc, ex, tables)
        read_projects(doc, ex)
        read_document(doc, ex, tables)
        if not ex.kpi_values and (_prints_indicators(layout) or not ex.structure):
            ex.warnings.append(NO_KPI_WARNING)
        return ex


def _titled_strategy(layout: DocumentLayout) -> bool:
    if not layout.pages or not layout.pages[0].boxes:
        return False
    boxes = layout.pages[0].boxes
    biggest = max(b.lines[0].size for b in boxes)
    return any(_MARKERS[0] in b.key for b in boxes if b.lines[0].size == biggest)


NO_KPI_WARNING = "strategy recognised but no KPI or 数値目標 row could be read"


def _prints_indicators(layout: DocumentLayout) -> bool:
    """The plan names indicators (KPI, 数値目標 …), so it is expected to have some:
    reading none means its tables were not understood, not that there are none."""
    words = (*KPI_HEADERS, *NUMERICAL_HEADERS, *NUMERICAL_LABELS)
    return any(w in layout.text_key for w in words)
