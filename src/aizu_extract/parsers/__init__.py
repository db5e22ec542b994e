"""Parser registry: one module per document type, picked by ``detect`` score."""

from __future__ import annotations

from ..layout import DocumentLayout
from .base import DocumentParser, Extraction

MIN_CONFIDENCE = 0.5


def registry() -> list[DocumentParser]:
    """All known parsers; imported lazily so a broken parser cannot break loading."""
    from .policy_evaluation import PolicyEvaluationParser
    from .strategy import StrategyParser
    from .unit_sheet import UnitSheetParser

    return [PolicyEvaluationParser(), UnitSheetParser(), StrategyParser()]


def classify(layout: DocumentLayout) -> DocumentParser | None:
    """The most confident parser, or None for an unknown document."""
    scored = sorted(((p.detect(layout), i, p) for i, p in enumerate(registry())), reverse=True)
    if scored and scored[0][0] >= MIN_CONFIDENCE:
        return scored[0][2]
    return None


__all__ = ["DocumentParser", "Extraction", "classify", "registry"]
