"""事務事業評価シート parser: one business unit per sheet, any municipality's template.

The parser owns the loop; the shared reading floor does the reading: the
form reader finds each field by the vocabulary's labels, the table model
and header interpreter turn every budget and indicator cell into facts.
Steps: document header → sheets (and 細事業 sub-units) → per unit its
fields, its budget lines and its indicator values → one structure node per
sheet. A file of many sheets (a whole year's book) is read the same way.
"""

from __future__ import annotations

from typing import ClassVar

from ...layout import DocumentLayout
from ...layout.form import Form
from ...layout.headers import HeaderInterpreter
from ...layout.vocabulary import vocabulary
from ...load import collector_paused
from ...normalize.eras import YearContext, document_era
from ...settings import DEFAULT, Settings
from ..base import Extraction
from ..tables import ValueContext, read_values, sheet_money_factor
from .fields import Measure, read_measure, unit_record
from .sheets import read_header, restart_marks, restart_pages, split_sheets
from .text_indicators import read_text_indicators

# Detection confidence: a sheet-kind word printed, or only unit-name labels.
_SHEET_WORD_CONFIDENCE = 0.9
_LABELS_ONLY_CONFIDENCE = 0.55


class UnitSheetParser:
    doc_type: ClassVar[str] = "policy_evaluation"

    def __init__(self, settings: Settings = DEFAULT) -> None:
        self.settings = settings

    def detect(self, layout: DocumentLayout) -> float:
        vocab = vocabulary()
        text = layout.text_key
        if vocab.documents["policy_area_sheet"].found_in(text):
            return 0.0
        if vocab.documents["unit_sheet"].found_in(text):
            return _SHEET_WORD_CONFIDENCE
        names = vocab.fields["name"]
        if any(names.matches(b.key) for b in layout.boxes() if b.table is not None):
            return _LABELS_ONLY_CONFIDENCE
        return 0.0

    def restart_marks(self, layout: DocumentLayout) -> tuple[tuple[int, str], ...] | None:
        with collector_paused(self.settings.reading.pause_collector):
            return restart_marks(Form(layout, vocabulary(), self.settings.layout))

    def restart_pages(self, marks: list[tuple[int, str]]) -> list[int]:
        """A sheet depends on the document only through its header, era and year:
        from a page where a sheet begins, the book reads as it does whole."""
        return restart_pages(marks)

    def parse(self, layout: DocumentLayout) -> Extraction:
        # The collector paused, as for loading and layout (ReadingSettings.pause_collector).
        with collector_paused(self.settings.reading.pause_collector):
            return self._parse(layout)

    def _parse(self, layout: DocumentLayout) -> Extraction:
        vocab = vocabulary()
        ex = Extraction(doc_type=self.doc_type)
        form = Form(layout, vocab, self.settings.layout)
        header = read_header(layout, form, vocab)
        ex.title, ex.municipality, ex.fiscal_year = (
            header.title,
            header.municipality,
            header.fiscal_year,
        )
        years = YearContext(
            era=document_era([b.raw for b in layout.boxes()]), not_after=layout.created_year
        )
        headers = HeaderInterpreter(vocab, years, self.settings.reading)
        sheets = split_sheets(form, self.settings.reading.sheet_row_tolerance)
        if not sheets:
            ex.warnings.append("no 事業名 label with a value found: no unit sheet read")
        for sheet in sheets:
            measure = read_measure(form, sheet.all_cells)
            factor = sheet_money_factor(form, sheet.all_cells, headers)
            record = unit_record(form, sheet.unit, vocab, measure)
            ex.business_units.append(record)
            name = record["name"]
            read_values(form, sheet.unit.cells, _values(name, measure, factor), headers, ex)
            read_text_indicators(form, sheet.unit.cells, name, measure.context, headers, ex)
            for sub in sheet.sub_units:
                sub_record = unit_record(
                    form, sub, vocab, measure, parent=name, summary_field="sub_unit_summary"
                )
                # The sheet's department is printed once, for the unit and its 細事業.
                sub_record["department"] = sub_record["department"] or record["department"]
                ex.business_units.append(sub_record)
                read_values(
                    form, sub.cells, _values(sub_record["name"], measure, factor), headers, ex
                )
            if measure.title or measure.number is not None:
                ex.structure.append(
                    {
                        "page": sheet.unit.page,
                        "level": "measure",
                        "number": measure.label,
                        "title": measure.title or f"施策{measure.label}",
                        "parent_number": measure.parent,
                        "parent_level": measure.parent_level,
                        "text": None,
                    }
                )
        return ex


def _values(name: str, measure: Measure, factor: int | None) -> ValueContext:
    return ValueContext(name, measure.number, measure.context, factor)


__all__ = ["UnitSheetParser"]
