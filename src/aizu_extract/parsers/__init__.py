"""Parser registry: one module per document type, picked by ``detect`` score."""

from __future__ import annotations

from ..layout import DocumentLayout
from ..settings import DEFAULT, Settings
from .base import DocumentParser, Extraction

MIN_CONFIDENCE = 0.5


def registry(settings: Settings = DEFAULT) -> list[DocumentParser]:
    """All known parsers, given the run's settings; imported lazily so a broken
    parser cannot break loading."""
    from .policy_evaluation import PolicyEvaluationParser
    from .strategy import StrategyParser
    from .unit_sheet import UnitSheetParser

    return [PolicyEvaluationParser(settings), UnitSheetParser(settings), StrategyParser(settings)]


def classify(layout: DocumentLayout, settings: Settings = DEFAULT) -> DocumentParser | None:
    """The most confident parser, or None for an unknown document."""
    parsers = registry(settings)
    scored = sorted(((p.detect(layout), i, p) for i, p in enumerate(parsers)), reverse=True)
    if scored and scored[0][0] >= MIN_CONFIDENCE:
        return scored[0][2]
    return None


__all__ = ["DocumentParser", "Extraction", "classify", "registry"]
