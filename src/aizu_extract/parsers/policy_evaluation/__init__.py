"""行政評価 施策評価票 parser.

The parser owns the loop; each step reads the shared reading floor (the
document view, the form reader and the header interpreter) and fills the
:class:`Extraction`: title and outline, the area's KPI tables (before the
事務事業一覧), the 事務事業一覧, the cards with their 財務内容 and the units'
成果の推移 tables, then the list/card join and its cross-checks. Regions are
found by their printed labels; the cards' 財務内容 figures and card anchors
still read the private :class:`Sheet` view (see cards.py).
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise
from typing import ClassVar

from ...layout import DocumentLayout
from ...layout.form import Form, FormCell, Position
from ...layout.headers import HeaderInterpreter
from ...layout.vocabulary import vocabulary
from ...load import collector_paused
from ...normalize.eras import YearContext, document_era
from ...normalize.text import normalize_text
from ...settings import DEFAULT, Settings
from ..base import Extraction, Record
from ..municipality import WHOLE_PAGE, municipality
from ..tables import ValueContext, read_values, sheet_money_factor
from ..unit_sheet.fields import department, first, hit_text, legal_basis, next_year_policy
from .cards import NAME_LABELS, Card, read_cards
from .checks import check_rates, join_units
from .common import Sheet
from .header import Outline, read_document, read_measures, read_outline
from .unit_list import read_unit_list

_MARKERS = ("施策評価", "事務事業", "財務内容", "担当部", "重要業績評価指標", "達成率")


class PolicyEvaluationParser:
    doc_type: ClassVar[str] = "policy_evaluation"

    def __init__(self, settings: Settings = DEFAULT) -> None:
        self.settings = settings

    def detect(self, layout: DocumentLayout) -> float:
        text = layout.text_key
        if vocabulary().documents["policy_area_sheet"].found_in(text):
            return _AREA_SHEET_CONFIDENCE  # it prints its kind: 施策評価票
        hits = sum(marker in text for marker in _MARKERS)
        return hits / len(_MARKERS) if "施策評価" in text or "財務内容" in text else 0.0

    def parse(self, layout: DocumentLayout) -> Extraction:
        # The collector paused, as for loading and layout (ReadingSettings.pause_collector).
        with collector_paused(self.settings.reading.pause_collector):
            return self._parse(layout)

    def _parse(self, layout: DocumentLayout) -> Extraction:
        ex = Extraction(doc_type=self.doc_type)
        read_document(layout, ex)
        ex.municipality = municipality(
            layout, vocabulary(), ex.title, tables=True, band=WHOLE_PAGE
        )
        areas = split_areas(layout)
        for area in areas:
            self._parse_area(area, ex)
        if not areas:
            ex.warnings.append("no 施策評価票 found")
        return ex

    def _parse_area(self, layout: DocumentLayout, ex: Extraction) -> None:
        """One 施策評価票 (a whole file, or one sheet of a bound book)."""
        sheet = Sheet.of(layout)
        floor = _Floor(layout, self.settings)
        outline = read_outline(floor.form, ex)
        floor.outline(outline, ex)
        measures = len(ex.structure)
        read_measures(floor.form, ex, outline)
        if not any(r["level"] == "measure" for r in ex.structure[measures:]):
            floor.measures(outline, ex)
        # The area's own indicators: its tables before the 事務事業一覧.
        area, units = floor.split_cells()
        kpis = floor.read(area, ValueContext(None, None, outline.context, None, "kpi"), ex)
        check_rates(ex, kpis, self.settings.evaluation)
        rows, list_end = read_unit_list(floor.form, ex, floor.headers, self.settings.layout)
        cards = read_cards(floor.form, sheet, ex, list_end)
        if cards:  # the units' 成果の推移 tables (事業名 | 項目 | R6 計画 | 実績 …)
            values = ValueContext(None, None, outline.context, None, "outcome")
            floor.read(floor.unit_tables(units), values, ex)
        else:
            cards = floor.cards(outline, ex)
        for card in cards:
            if not card.budget:  # a 財務内容 table of another shape: the shared table model
                floor.card_budget(card, ex)
        join_units(ex, rows, cards)
        if not rows and not cards:
            ex.warnings.append("no 事務事業一覧 and no cards found")


class _Floor:
    """The shared reading floor over one 施策評価票, for tables its own steps do not know."""

    def __init__(self, layout: DocumentLayout, settings: Settings = DEFAULT) -> None:
        vocab = vocabulary()
        self.form = Form(layout, vocab, settings.layout)
        years = YearContext(
            era=document_era([b.raw for b in layout.boxes()]), not_after=layout.created_year
        )
        self.headers = HeaderInterpreter(vocab, years, settings.reading)
        # Where each 事業名 label is printed, once: a card ends at the next one.
        self._card_starts = sorted(
            (
                fc.position
                for fc in self.form.cells
                if fc.cell.box is not None and fc.cell.box.key in NAME_LABELS
            ),
            key=lambda p: (p.page, p.y),
        )

    def split_cells(self) -> tuple[list[FormCell], list[FormCell]]:
        """The sheet's cells before its 事務事業一覧 (the area's own tables), and from it
        on (the list, the units' cards and their tables)."""
        words = self.form.vocab.documents["unit_list_heading"]
        for i, fc in enumerate(self.form.cells):
            if fc.cell.box is None or not words.found_in(fc.cell.key):
                continue
            if _LEADERS.search(fc.cell.text):  # a 目次 entry (事務事業一覧 …… 5), not the list
                continue
            return self.form.cells[:i], self.form.cells[i:]
        return self.form.cells, []

    def unit_tables(self, cells: list[FormCell]) -> list[FormCell]:
        """The cells of tables with a 事業名 column (成果の推移): the units' indicators.
        A card's own tables are read with the card."""
        words = self.form.vocab.header("subject_column")
        grids = {id(fc.grid) for fc in cells if fc.cell.box and words.matches(fc.cell.key)}
        return [fc for fc in cells if id(fc.grid) in grids]

    def outline(self, outline: Outline, ex: Extraction) -> None:
        """Outline levels the own reader missed, by label (beside or above its value)."""
        for level, field in (
            ("policy_goal", "policy_goal"),
            ("policy", "policy_name"),
            ("policy_area", "policy_area"),
        ):
            if level in outline.numbers:
                continue
            hit = next((h for h in self.form.hits(field) if h.value is not None), None)
            m = _NUMBERED.match(normalize_text(hit.text.replace("\n", ""))) if hit else None
            if hit is None or m is None:
                continue
            number, title = m.group(1), m.group(2).strip()
            outline.numbers[level] = number
            if level == "policy_area":
                outline.area_title = title
            ex.structure.append(
                {
                    "page": hit.label.page,
                    "level": level,
                    "number": number,
                    "title": title,
                    "parent_number": None,
                    "parent_level": None,
                }
            )
        parents = {"policy": "policy_goal", "policy_area": "policy"}
        for rec in ex.structure:
            parent = parents.get(str(rec["level"]))
            if parent and rec.get("parent_number") is None and parent in outline.numbers:
                rec["parent_number"], rec["parent_level"] = outline.numbers[parent], parent

    def measures(self, outline: Outline, ex: Extraction) -> None:
        """The 施策 table (施策 | 施策名 | 施策の内容): one measure node per row."""
        for fc in self.split_cells()[0]:
            if fc.cell.key not in _MEASURE_NAME_HEADS:
                continue
            grid = fc.grid
            number_col = next(
                (c for c in grid.left_of(fc.cell) if c.key in _MEASURE_NUMBER_HEADS), None
            )
            if number_col is None:
                continue
            for name in grid.below(fc.cell):
                number = grid.at(name.row, number_col.col)
                if name.box is None or number is None or not number.key.isdigit():
                    break
                ex.structure.append({"page": grid.page, "level": "measure", "number": number.key,
                                     "title": normalize_text(name.text.replace("\n", "")),
                                     "parent_number": outline.numbers.get("policy_area"),
                                     "parent_level": "policy_area"})  # fmt: skip
            return

    def cards(self, outline: Outline, ex: Extraction) -> list[Card]:
        """Cards headed ``1－1 事業名`` (no 事業名 label), read like unit sheets: fields
        by the vocabulary, 財務内容 and 成果の推移 through the shared table model."""
        vocab = self.form.vocab
        heads = []
        for fc in self.form.cells:
            m = _CARD_HEADING.match(normalize_text(fc.cell.text)) if fc.cell.box else None
            if m:
                heads.append((fc, m))
        cards = []
        for i, (fc, m) in enumerate(heads):
            end = heads[i + 1][0].position if i + 1 < len(heads) else None
            cells = self.form.between(fc.position, end)
            name = m.group(3).strip()
            summary = first(self.form, "summary", cells)
            card = Card(
                page=fc.page,
                anchor=fc.cell.box,  # type: ignore[arg-type]
                name=name,
                measure_no=int(m.group(1)),
                unit_no=int(m.group(2)),
                department=department(self.form, cells),
                legal_basis=legal_basis(self.form, cells, vocab),
                next_year_policy=next_year_policy(self.form, cells, vocab),
                summary=hit_text(summary),
            )
            factor = sheet_money_factor(self.form, cells, self.headers)
            scratch = Extraction(doc_type=ex.doc_type)
            values = ValueContext(name, card.measure_no, outline.context, factor, "outcome")
            read_values(self.form, cells, values, self.headers, scratch)
            card.budget.extend(scratch.budget_lines)
            ex.kpi_values.extend(scratch.kpi_values)
            ex.rejects.extend(scratch.rejects)
            cards.append(card)
        return cards

    def read(self, cells: list[FormCell], values: ValueContext, ex: Extraction) -> list[Record]:
        """The indicator values of ``cells`` (no budget: ``values`` names no unit)."""
        before = len(ex.kpi_values)
        read_values(self.form, cells, values, self.headers, ex)
        return ex.kpi_values[before:]

    def card_budget(self, card: Card, ex: Extraction) -> None:
        """The card's 財務内容 figures read through the header interpreter."""
        start = Position(card.anchor.page, card.anchor.bbox.y0 - 1.0, 0.0)
        after = (card.anchor.page, card.anchor.bbox.y0 + 1.0)
        at = bisect.bisect_right(self._card_starts, after, key=lambda p: (p.page, p.y))
        end = self._card_starts[at] if at < len(self._card_starts) else None
        cells = self.form.between(start, end)
        factor = sheet_money_factor(self.form, cells, self.headers)
        scratch = Extraction(doc_type=ex.doc_type)
        values = ValueContext(card.name, card.measure_no, None, factor)
        read_values(self.form, cells, values, self.headers, scratch)
        card.budget[:] = scratch.budget_lines
        ex.rejects.extend(scratch.rejects)


# Detection confidence of a file printing 施策評価票 (or its variants) as its kind.
_AREA_SHEET_CONFIDENCE = 0.9
# A card headed by its 施策 and unit numbers: 1－1　都市公園維持管理事業.
_CARD_HEADING = re.compile(r"^(\d{1,3})\s*[-－ー―‐−]\s*(\d{1,3})\s+(\S.{0,60})$")
# Header words of a 施策 table: the name column and the number column left of it.
_MEASURE_NAME_HEADS = frozenset({"施策名", "施策名称", "施策の名称"})
_MEASURE_NUMBER_HEADS = frozenset({"施策", "施策番号", "No", "No.", "番号"})
# Dot leaders of a 目次 line.
_LEADERS = re.compile(r"…|‥|\.{3,}|・{3,}|･{3,}|－{3,}|-{3,}")
_NUMBERED = re.compile(r"^(\d{1,3})\s*(.+)$")  # 3 快適で潤いのあるまち


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
