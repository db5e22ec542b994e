"""行政評価 施策評価票 parser (stub: detection only; parsing is issue #3)."""

from __future__ import annotations

from typing import ClassVar

from ..layout import DocumentLayout
from .base import Extraction

_MARKERS = ("施策評価", "事務事業", "財務内容", "担当部", "重要業績評価指標", "達成率")


class PolicyEvaluationParser:
    doc_type: ClassVar[str] = "policy_evaluation"

    def detect(self, layout: DocumentLayout) -> float:
        text = "".join(b.key for b in layout.boxes())
        hits = sum(marker in text for marker in _MARKERS)
        return hits / len(_MARKERS) if "施策評価" in text or "財務内容" in text else 0.0

    def parse(self, layout: DocumentLayout) -> Extraction:
        return Extraction(doc_type=self.doc_type)
