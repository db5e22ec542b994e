"""行政評価 施策評価票 parser.

The parser owns the loop; each step reads the shared reading floor (the
document view, the form reader and the header interpreter) and fills the
:class:`Extraction`: title and outline, the area's KPI tables (before the
事務事業一覧), the 事務事業一覧, the cards with their 財務内容 and the units'
成果の推移 tables, then the list/card join and its cross-checks. Regions are
found by their printed labels (cards by their name labels, else by headings
such as ``1－1 事業名``) and every table is read by the shared value reader.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import ClassVar

from ...layout import DocumentLayout
from ...layout.form import Form, FormCell
from ...layout.headers import HeaderInterpreter
from ...layout.table import Grid, grids_of
from ...layout.vocabulary import LabelSet, vocabulary
from ...load import collector_paused
from ...normalize.eras import YearContext, document_era
from ...normalize.text import normalize_text
from ...settings import DEFAULT, Settings
from ..base import Extraction, Record
from ..municipality import WHOLE_PAGE, municipality
from ..tables import ValueContext, read_values
from .cards import read_cards, read_headed_cards
from .checks import check_rates, join_units
from .header import Outline, read_document, read_measures, read_outline
from .list_document import is_list_document, read_list_document, read_title
from .unit_list import read_unit_list

_MARKERS = ("施策評価", "事務事業", "財務内容", "担当部", "重要業績評価指標", "達成率")


class PolicyEvaluationParser:
    doc_type: ClassVar[str] = "policy_evaluation"

    def __init__(self, settings: Settings = DEFAULT) -> None:
        self.settings = settings

    def detect(self, layout: DocumentLayout) -> float:
        text = layout.text_key
        if is_list_document(layout, self.settings):
            return _LIST_DOCUMENT_CONFIDENCE  # one 事務事業一覧 over its pages
        if vocabulary().documents["policy_area_sheet"].found_in(text):
            return _AREA_SHEET_CONFIDENCE  # it prints its kind: 施策評価票
        hits = sum(marker in text for marker in _MARKERS)
        return hits / len(_MARKERS) if "施策評価" in text or "財務内容" in text else 0.0

    def restart_marks(self, layout: DocumentLayout) -> tuple[tuple[int, str], ...] | None:
        return None  # rarely over ~100 pages, and its areas share state: never split

    def restart_pages(self, marks: list[tuple[int, str]]) -> list[int]:
        return []

    def parse(self, layout: DocumentLayout) -> Extraction:
        # The collector paused, as for loading and layout (ReadingSettings.pause_collector).
        with collector_paused(self.settings.reading.pause_collector):
            return self._parse(layout)

    def _parse(self, layout: DocumentLayout) -> Extraction:
        ex = Extraction(doc_type=self.doc_type)
        if is_list_document(layout, self.settings):
            read_title(layout, ex)
            floor = _Floor(layout, self.settings)
            read_list_document(floor.form, floor.headers, ex, self.settings)
        else:
            read_document(layout, ex)
        ex.municipality = municipality(layout, vocabulary(), ex.title, tables=True, band=WHOLE_PAGE)
        if ex.business_units or ex.structure:
            return ex  # a list document: no 施策評価票 to split
        areas = split_areas(layout)
        for area in areas:
            self._parse_area(area, ex)
        if not areas:
            ex.warnings.append("no 施策評価票 found")
        return ex

    def _parse_area(self, layout: DocumentLayout, ex: Extraction) -> None:
        """One 施策評価票 (a whole file, or one sheet of a bound book)."""
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
        measure = outline.measure.no if outline.measure else None  # a sheet of one 施策
        listing = read_unit_list(floor.form, ex, floor.headers, self.settings.layout, measure)
        rows = listing.rows
        cards = read_cards(floor.form, floor.headers, ex, listing)
        if cards:  # the units' 成果の推移 tables (事業名 | 項目 | R6 計画 | 実績 …)
            values = ValueContext(None, None, outline.context, None, "outcome")
            floor.read(floor.unit_tables(units), values, ex)
        else:
            cards = read_headed_cards(floor.form, floor.headers, ex, outline.context)
        join_units(ex, rows, cards, floor.form.vocab)
        if not rows and not cards:
            ex.warnings.append("no 事務事業一覧 and no cards found")


class _Floor:
    """The shared reading floor over one 施策評価票 (its form and header interpreter,
    which every step reads), with the area's own lookups: outline, 施策 table, list split."""

    def __init__(self, layout: DocumentLayout, settings: Settings = DEFAULT) -> None:
        vocab = vocabulary()
        self.form = Form(layout, vocab, settings.layout)
        years = YearContext(
            era=document_era([b.raw for b in layout.boxes()]), not_after=layout.created_year
        )
        self.headers = HeaderInterpreter(vocab, years, settings.reading)

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
        name_heads = self.form.vocab.header("measure_name_column")
        number_heads = self.form.vocab.header("measure_number_column")
        for fc in self.split_cells()[0]:
            if fc.cell.box is None or not name_heads.matches(fc.cell.key):
                continue
            grid = fc.grid
            number_col = next(
                (c for c in grid.left_of(fc.cell) if c.box and number_heads.matches(c.key)), None
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

    def read(self, cells: list[FormCell], values: ValueContext, ex: Extraction) -> list[Record]:
        """The indicator values of ``cells`` (no budget: ``values`` names no unit)."""
        before = len(ex.kpi_values)
        read_values(self.form, cells, values, self.headers, ex)
        return ex.kpi_values[before:]


# Detection confidence of a file that is one 事務事業一覧 (above a unit sheet's word).
_LIST_DOCUMENT_CONFIDENCE = 0.95
# Detection confidence of a file printing 施策評価票 (or its variants) as its kind.
_AREA_SHEET_CONFIDENCE = 0.9
# Dot leaders of a 目次 line.
_LEADERS = re.compile(r"…|‥|\.{3,}|・{3,}|･{3,}|－{3,}|-{3,}")
_NUMBERED = re.compile(r"^(\d{1,3})\s*(.+)$")  # 3 快適で潤いのあるまち


def split_areas(layout: DocumentLayout) -> list[DocumentLayout]:
    """The 施策評価票 of a file: one per page run that starts with a 政策分野 label.

    A bound book prints one 施策評価票 per policy area; each begins on a page
    with a ruled 政策分野 label, and runs to the next. Pages before the first
    (cover, 目次) belong to no sheet. A book of 施策 sheets prints no 政策分野: each
    sheet begins where its header names another 施策 (:func:`_measure_starts`).
    A file with neither is one sheet.
    """
    label = vocabulary().documents["policy_area_start"]
    starts = [
        page.number
        for page in layout.pages
        if any(b.table is not None and label.matches(b.key) for b in page.boxes)
    ]
    if len(starts) <= 1:
        starts = _measure_starts(layout)
    if len(starts) <= 1:
        return [layout]
    bounds = [*starts, len(layout.pages) + 1]
    return [
        DocumentLayout(layout.pages[a - 1 : b - 1], created_year=layout.created_year)
        for a, b in pairwise(bounds)
    ]


def _measure_starts(layout: DocumentLayout) -> list[int]:
    """Pages where a sheet of one 施策 begins: its header table prints an outline label
    (政策 | 3 …) and a 施策 label whose value (施策 | ３－２ 子育て支援の充実) differs from
    the sheet before's. A sheet running over pages repeats its own value overleaf."""
    vocab = vocabulary()
    measure = (vocab.fields["measure"], vocab.fields["measure_number"])
    outline = tuple(vocab.fields[f] for f in ("policy_goal", "policy_name", "policy"))
    starts: list[int] = []
    current: str | None = None
    for page in layout.pages:
        value = next(
            (v for g in grids_of(page) if (v := _measure_value(g, measure, outline))), None
        )
        if value is not None and value != current:
            starts.append(page.number)
            current = value
    return starts


def _measure_value(
    grid: Grid, measure: tuple[LabelSet, ...], outline: tuple[LabelSet, ...]
) -> str | None:
    """The key of the value right of a 施策 label in a header table that also prints
    an outline label; None when the table is no such header."""
    keys = [c.key for c in grid.cells if c.box is not None]
    if not any(s.matches(k) for s in outline for k in keys):
        return None
    for cell in grid.cells:
        if cell.box is None or not any(s.matches(cell.key) for s in measure):
            continue
        right = next((c for c in grid.right_of(cell) if c.box is not None), None)
        if right is not None and vocabulary().field_of(right.key) is None:
            return right.key
    return None


__all__ = ["PolicyEvaluationParser"]
