"""What every document parser returns, and the registry that picks one.

A parser reads a :class:`DocumentLayout` and returns an :class:`Extraction`:
raw records per contract table with page provenance, plus rejects (values it
saw but could not normalise) and cross-check findings. It never writes files
and never validates against the contract; the pipeline does both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from ..layout import DocumentLayout
from ..normalize.errors import NormalizationError
from ..normalize.numbers import Quantity, parse_quantity

Record = dict[str, Any]


@dataclass(slots=True, eq=False)
class Extraction:
    doc_type: str
    municipality: str | None = None
    title: str | None = None
    fiscal_year: int | None = None
    kpi_values: list[Record] = field(default_factory=list)
    business_units: list[Record] = field(default_factory=list)
    budget_lines: list[Record] = field(default_factory=list)
    structure: list[Record] = field(default_factory=list)
    rejects: list[Record] = field(default_factory=list)
    checks: list[Record] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # parts of the layout not understood

    def reject(
        self,
        *,
        page: int | None,
        table: str,
        field_name: str,
        value_text: str,
        reason: str,
        code: str,
    ) -> None:
        """Record a value that was read but could not be used."""
        self.rejects.append(
            {
                "page": page,
                "table": table,
                "field": field_name,
                "value_text": value_text,
                "reason": reason,
                "code": code,
            }
        )

    def reject_error(
        self, err: NormalizationError, *, page: int | None, table: str, field_name: str
    ) -> None:
        self.reject(
            page=page,
            table=table,
            field_name=field_name,
            value_text=err.value_text,
            reason=str(err),
            code=err.code,
        )

    def read_value(self, text: str, *, page: int | None) -> Quantity | None:
        """A printed value cell as a quantity, by the rule every parser shares.

        Text that is not a number at all (``整備完了``) is kept: value null, the
        text stays as value_text. A cell that looks numeric but cannot be read
        is rejected (a ``rejects`` row) and None is returned, so no row is written.
        """
        try:
            return parse_quantity(text)
        except NormalizationError as err:
            if err.code == "number.not_numeric":
                return Quantity(None, None, None, text)
            err.value_text = text
            self.reject_error(err, page=page, table="kpi_values", field_name="value")
            return None

    def check(self, *, page: int | None, code: str, message: str, **detail: Any) -> None:
        """A cross-check finding: kept values that disagree with each other."""
        self.checks.append({"page": page, "code": code, "message": message, **detail})


class DocumentParser(Protocol):
    doc_type: ClassVar[str]

    def detect(self, layout: DocumentLayout) -> float:
        """Confidence 0..1 that this parser understands the document."""
        ...

    def parse(self, layout: DocumentLayout) -> Extraction: ...

    def restart_marks(self, layout: DocumentLayout) -> tuple[tuple[int, str], ...] | None:
        """Page-local facts that say where the parser's state resets (see
        :meth:`restart_pages`); None for a parser that cannot be restarted."""
        ...

    def restart_pages(self, marks: list[tuple[int, str]]) -> list[int]:
        """Pages from which the document, given the whole document's ``marks`` in
        order, parses as the whole document does (pieces.py splits there)."""
        ...
