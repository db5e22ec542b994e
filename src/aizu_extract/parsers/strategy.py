"""総合戦略 parser (stub: detection only; parsing is issue #4)."""

from __future__ import annotations

from typing import ClassVar

from ..layout import DocumentLayout
from .base import Extraction

_MARKERS = ("総合戦略", "数値目標", "重要業績評価指標", "基本的方向", "主な取組", "重点プロジェクト")


class StrategyParser:
    doc_type: ClassVar[str] = "strategy"

    def detect(self, layout: DocumentLayout) -> float:
        text = "".join(b.key for b in layout.boxes())
        if "総合戦略" not in text:
            return 0.0
        return min(1.0, 0.4 + 0.2 * sum(marker in text for marker in _MARKERS[1:]))

    def parse(self, layout: DocumentLayout) -> Extraction:
        return Extraction(doc_type=self.doc_type)
