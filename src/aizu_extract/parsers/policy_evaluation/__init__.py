"""行政評価 施策評価票 parser.

The parser owns the loop; each step reads the shared :class:`Sheet` and fills
the :class:`Extraction`: header and outline, the KPI table, the 成果 table,
the 事務事業一覧, the cards with their 財務内容, then the list/card join and
its cross-checks. Everything is anchored on printed labels and geometry.
"""

from __future__ import annotations

from itertools import pairwise
from typing import ClassVar

from ...layout import DocumentLayout
from ...layout.form import Form, FormCell, Position
from ...layout.headers import HeaderInterpreter
from ...layout.vocabulary import vocabulary
from ...normalize.eras import YearContext, document_era
from ..base import Extraction
from ..tables import ValueContext, read_values, sheet_money_factor
from .cards import Card, read_cards
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
        if vocabulary().documents["policy_area_sheet"].found_in(text):
            return _AREA_SHEET_CONFIDENCE  # it prints its kind: 施策評価票
        hits = sum(marker in text for marker in _MARKERS)
        return hits / len(_MARKERS) if "施策評価" in text or "財務内容" in text else 0.0

    def parse(self, layout: DocumentLayout) -> Extraction:
        ex = Extraction(doc_type=self.doc_type)
        read_document(Sheet.of(layout), ex)
        areas = split_areas(layout)
        for area in areas:
            self._parse_area(area, ex)
        if not areas:
            ex.warnings.append("no 施策評価票 found")
        return ex

    def _parse_area(self, layout: DocumentLayout, ex: Extraction) -> None:
        """One 施策評価票 (a whole file, or one sheet of a bound book)."""
        sheet = Sheet.of(layout)
        outline = read_outline(sheet, ex)
        read_measures(sheet, ex, outline)
        before, warned = len(ex.kpi_values), len(ex.warnings)
        read_kpis(sheet, ex, outline.context)
        floor = _Floor(layout)
        if len(ex.kpi_values) == before:  # KPI blocks of another shape (years down, 指標 rows)
            floor.read(floor.form.cells, ValueContext(None, None, outline.context, None, "kpi"), ex)
            if len(ex.kpi_values) > before:  # the blocks the own reader gave up on are read
                del ex.warnings[warned:]
        read_outcomes(sheet, ex, outline.context)
        rows, list_end = read_unit_list(sheet, ex)
        cards = read_cards(sheet, ex, list_end)
        for card in cards:
            if not card.budget:  # a 財務内容 table of another shape: the shared table model
                floor.card_budget(card, ex)
        join_units(ex, rows, cards)
        if not rows and not cards:
            ex.warnings.append("no 事務事業一覧 and no cards found")


class _Floor:
    """The shared reading floor over one 施策評価票, for tables its own steps do not know."""

    def __init__(self, layout: DocumentLayout) -> None:
        vocab = vocabulary()
        self.form = Form(layout, vocab)
        years = YearContext(
            era=document_era([b.raw for b in layout.boxes()]), not_after=layout.created_year
        )
        self.headers = HeaderInterpreter(vocab, years)

    def read(self, cells: list[FormCell], values: ValueContext, ex: Extraction) -> None:
        read_values(self.form, cells, values, self.headers, ex)

    def card_budget(self, card: Card, ex: Extraction) -> None:
        """The card's 財務内容 figures read through the header interpreter."""
        start = Position(card.anchor.page, card.anchor.bbox.y0 - 1.0, 0.0)
        later = [
            fc.position
            for fc in self.form.cells
            if fc.cell.box is not None
            and fc.cell.box.key in _NAME_KEYS
            and (fc.page, fc.cell.bbox.y0) > (card.anchor.page, card.anchor.bbox.y0 + 1.0)
        ]
        cells = self.form.between(start, later[0] if later else None)
        factor = sheet_money_factor(self.form, cells, self.headers)
        scratch = Extraction(doc_type=ex.doc_type)
        values = ValueContext(card.name, card.measure_no, None, factor)
        read_values(self.form, cells, values, self.headers, scratch)
        card.budget[:] = scratch.budget_lines
        ex.rejects.extend(scratch.rejects)


# Detection confidence of a file printing 施策評価票 (or its variants) as its kind.
_AREA_SHEET_CONFIDENCE = 0.9
_NAME_KEYS = frozenset({"事業名", "事務事業名"})


def split_areas(layout: DocumentLayout) -> list[DocumentLayout]:
    """The 施策評価票 of a file: one per page run that starts with a 政策分野 label.

    A bound book prints one 施策評価票 per policy area; each begins on a page
    with a ruled 政策分野 label, and runs to the next. Pages before the first
    (cover, 目次) belong to no sheet. A file with no such label is one sheet.
    """
    starts = [
        page.number
        for page in layout.pages
        if any(b.table is not None and b.key == _AREA_KEY for b in page.boxes)
    ]
    if len(starts) <= 1:
        return [layout]
    bounds = [*starts, len(layout.pages) + 1]
    return [
        DocumentLayout(layout.pages[a - 1 : b - 1], created_year=layout.created_year)
        for a, b in pairwise(bounds)
    ]


_AREA_KEY = "政策分野"


__all__ = ["PolicyEvaluationParser"]
