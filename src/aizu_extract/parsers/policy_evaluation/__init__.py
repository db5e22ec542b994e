"""行政評価 施策評価票 parser.

The parser owns the loop; each step reads the shared :class:`Sheet` and fills
the :class:`Extraction`: header and outline, the KPI table, the 成果 table,
the 事務事業一覧, the cards with their 財務内容, then the list/card join and
its cross-checks. Everything is anchored on printed labels and geometry.
"""

from __future__ import annotations

from typing import ClassVar

from ...layout import DocumentLayout
from ..base import Extraction
from .cards import read_cards
from .checks import join_units
from .common import Sheet
from .header import read_document, read_measures, read_outline
from .kpi_table import read_kpis
from .outcomes import read_outcomes
from .unit_list import read_unit_list

_MARKERS = ("施策評価", "事務事業", "財務内容", "担当部", "重要業績評価指標", "達成率")


class PolicyEvaluationParser:
    doc_type: ClassVar[str] = "policy_evaluation"

    def detect(self, layout: DocumentLayout) -> float:
        text = layout.text_key
        hits = sum(marker in text for marker in _MARKERS)
        return hits / len(_MARKERS) if "施策評価" in text or "財務内容" in text else 0.0

    def parse(self, layout: DocumentLayout) -> Extraction:
        ex = Extraction(doc_type=self.doc_type)
        sheet = Sheet.of(layout)
        read_document(sheet, ex)
        outline = read_outline(sheet, ex)
        read_measures(sheet, ex, outline)
        read_kpis(sheet, ex, outline.context)
        read_outcomes(sheet, ex, outline.context)
        rows, list_end = read_unit_list(sheet, ex)
        cards = read_cards(sheet, ex, list_end)
        join_units(ex, rows, cards)
        if not rows and not cards:
            ex.warnings.append("no 事務事業一覧 and no cards found")
        return ex


__all__ = ["PolicyEvaluationParser"]
