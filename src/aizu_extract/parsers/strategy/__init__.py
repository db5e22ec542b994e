"""総合戦略 parser (まち・ひと・しごと創生総合戦略, デジタル田園都市国家構想総合戦略 …).

Steps, each reading the shared :class:`Doc`: find the 数値目標/KPI tables
(their boxes are then taken out of the text stream), walk the outline
(柱 → (n) → ① → 【主な取組】, 第1期 【KPI】 lines) which also gives each table
its kind and context, read Saku-style 重点プロジェクト, then the cover fields.
"""

from __future__ import annotations

from typing import ClassVar

from ...layout import DocumentLayout
from ..base import Extraction
from .common import Doc
from .document import read_document
from .kpi_tables import find_tables
from .outline import walk
from .projects import read_projects
from .years import resolve_column_years

_MARKERS = (
    "総合戦略", "数値目標", "重要業績評価指標", "基本的方向", "主な取組", "重点プロジェクト",
)


class StrategyParser:
    doc_type: ClassVar[str] = "strategy"

    def detect(self, layout: DocumentLayout) -> float:
        text = layout.text_key
        if "総合戦略" not in text:
            return 0.0
        return min(1.0, 0.4 + 0.2 * sum(marker in text for marker in _MARKERS[1:]))

    def parse(self, layout: DocumentLayout) -> Extraction:
        ex = Extraction(doc_type=self.doc_type)
        doc = Doc.of(layout)
        tables = find_tables(doc)
        resolve_column_years(doc, tables)
        walk(doc, ex, tables)
        read_projects(doc, ex)
        read_document(doc, ex, tables)
        return ex
