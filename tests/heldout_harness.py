"""The field-by-field harness every held-out round shares (tests/test_heldout*.py).

A round is a pair of PDFs made to measure how the parsers generalise to templates they
were not written against, with hand-typed expectations in ``tests/expected/<round>.py``
(``{T}_PDF``, ``{T}_PAGE_COUNT``, ``DOCUMENT_{T}``, ``BUSINESS_UNITS_{T}``,
``BUDGET_LINES_{T}``, ``KPI_VALUES_{T}``, ``STRUCTURE_{T}`` per template letter). Every
contract field is its own test per template, so a failing field is visible by name;
a field that fails today is listed in the round's ``xfail`` set as
``(test, template, field)`` and marked ``xfail(strict=False)`` with the reason
"held-out template". A round module only says what differs (its expectations, its
open failures) and binds the tests::

    globals().update(heldout_tests(HeldOutRound(...)))  # tests/test_heldout*.py
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from aizu_extract.pipeline import process_file
from benchmarks.f1 import score_document, total
from benchmarks.score_f1 import actual_rows

FIXTURES = Path(__file__).resolve().parent / "fixtures"

DOC_FIELDS = ("doc_type", "municipality", "title", "fiscal_year")
UNIT_FIELDS = (
    "department", "measure_no", "unit_no", "legal_basis", "next_year_policy",
    "is_priority", "population_goal", "sdg_targets", "summary", "page",
)  # fmt: skip
BUDGET_FIELDS = ("amount_yen", "basis_label", "value_text", "page")
BUDGET_COLUMNS = ("business_unit", "item", "fiscal_year", "basis", "basis_label",
                  "amount_yen", "value_text", "page")  # fmt: skip
KPI_FIELDS = ("kind", "subject", "context", "kpi_no", "unit", "page", "year_label", "value",
              "value_text")  # fmt: skip
STRUCTURE_FIELDS = ("level", "number", "title", "parent_number", "page")
_WS = re.compile(r"\s+")

Rows = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class HeldOutRound:
    """One held-out round: its expectations module, templates and open failures."""

    name: str  # printed by the F1 report, e.g. "held-out 5"
    expected: ModuleType  # tests/expected/<round>.py
    templates: tuple[str, ...]
    expected_f1: Callable[[str], Any]  # benchmarks.score_f1.expected_<round>
    xfail: frozenset[tuple[str, str, str]] = frozenset()
    # the KPI fields compared: one tuple for every template, or a tuple per template
    kpi_fields: tuple[str, ...] | Mapping[str, tuple[str, ...]] = KPI_FIELDS
    # (template, table, field) compared with white space removed (strategy convention)
    spaceless: frozenset[tuple[str, str, str]] = frozenset()
    check_rejects: bool = False  # the round also asserts no rejects

    @property
    def fixtures(self) -> Path:
        return FIXTURES / self.expected.__name__.rsplit(".", 1)[-1]

    def get(self, what: str, template: str) -> Any:
        """``DOCUMENT_J``, ``J_PDF`` …: ``what`` with ``{T}`` for the template letter."""
        return getattr(self.expected, what.replace("{T}", template.upper()), None)

    def with_units(self) -> tuple[str, ...]:
        """The templates that print business units (a strategy prints none)."""
        return tuple(t for t in self.templates if self.get("BUSINESS_UNITS_{T}", t) is not None)

    def fields_of_kpi(self, template: str) -> tuple[str, ...]:
        if isinstance(self.kpi_fields, tuple):
            return self.kpi_fields
        return self.kpi_fields[template]

    def marks(self, test: str, template: str, what: str) -> list[Any]:
        if (test, template, what) in self.xfail:
            return [pytest.mark.xfail(strict=False, reason="held-out template")]
        return []

    def params(self, test: str, fields: tuple[str, ...], templates: tuple[str, ...] | None = None
               ) -> list[Any]:  # fmt: skip
        return [
            pytest.param(t, f, marks=self.marks(test, t, f), id=f"{t}-{f}")
            for t in (self.templates if templates is None else templates)
            for f in fields
        ]

    def template_params(self, test: str, what: str, templates: tuple[str, ...] | None = None
                        ) -> list[Any]:  # fmt: skip
        return [
            pytest.param(t, marks=self.marks(test, t, what), id=t)
            for t in (self.templates if templates is None else templates)
        ]


def mismatches(
    want: Mapping[Any, Mapping[str, Any]], got: Mapping[Any, Mapping[str, Any]], field: str,
    norm: Callable[[Any], Any] = lambda v: v,
) -> list[tuple[Any, Any, Any]]:  # fmt: skip
    """(key, expected, got) for every expected row whose ``field`` differs (or is missing)."""
    bad = []
    for key, row in want.items():
        other = got.get(key)
        value = None if other is None else other.get(field, "<no column>")
        if other is None or norm(value) != norm(row[field]):
            bad.append((key, row[field], "<no row>" if other is None else value))
    return bad


def keyed(rows: list[Mapping[str, Any]], key: Callable[[Mapping[str, Any]], Any]
          ) -> dict[Any, Mapping[str, Any]]:  # fmt: skip
    """Rows by key plus occurrence index (the n-th row with the same key)."""
    seen: Counter[Any] = Counter()
    out = {}
    for r in rows:
        k = key(r)
        out[(k, seen[k])] = r
        seen[k] += 1
    return out


def unit_key(u: Mapping[str, Any]) -> Any:
    return u["name"]


def budget_key(b: Mapping[str, Any]) -> Any:
    return (b["business_unit"], b["item"], b["fiscal_year"], b["basis"])


def kpi_key(k: Mapping[str, Any]) -> Any:
    """``kind`` is left out of the key: it is a field, tested on its own."""
    return (k["kpi_name"], k["metric"], k["fiscal_year"])


def _spaceless(v: Any) -> Any:
    return _WS.sub("", v) if isinstance(v, str) else v


def heldout_tests(r: HeldOutRound) -> dict[str, Callable[..., None]]:
    """The round's test functions, parametrised by template and field, to bind by name."""

    @cache
    def outcome(template: str) -> tuple[dict[str, Any], Rows]:
        result = process_file(r.fixtures / r.get("{T}_PDF", template))
        return dict(result.document), {t: list(rows) for t, rows in result.rows.items()}

    def norm(template: str, table: str, field: str) -> Callable[[Any], Any]:
        return _spaceless if (template, table, field) in r.spaceless else (lambda v: v)

    def budget_expected(template: str) -> list[dict[str, Any]]:
        return [dict(zip(BUDGET_COLUMNS, line, strict=True))
                for line in r.get("BUDGET_LINES_{T}", template)]  # fmt: skip

    def counted(want: list[Any], got: list[Any]) -> tuple[list[Any], list[Any]]:
        missing, extra = Counter(want) - Counter(got), Counter(got) - Counter(want)
        return sorted(missing, key=repr), sorted(extra, key=repr)

    tests: dict[str, Callable[..., None]] = {}

    @pytest.mark.parametrize("template", r.template_params("document", "opens"))
    def test_opens(template: str) -> None:
        doc, _ = outcome(template)
        assert doc["status"] == "ok", doc.get("error")
        assert doc["page_count"] == r.get("{T}_PAGE_COUNT", template)

    @pytest.mark.parametrize(("template", "field"), r.params("document", DOC_FIELDS))
    def test_document(template: str, field: str) -> None:
        doc, _ = outcome(template)
        same = norm(template, "document", field)
        assert same(doc[field]) == same(r.get("DOCUMENT_{T}", template)[field])

    tests |= {"test_opens": test_opens, "test_document": test_document}

    if r.check_rejects:

        @pytest.mark.parametrize("template", r.template_params("document", "no_rejects"))
        def test_no_rejects(template: str) -> None:
            _, rows = outcome(template)
            assert rows.get("rejects", []) == []

        tests["test_no_rejects"] = test_no_rejects

    units = r.with_units()

    @pytest.mark.parametrize("template", r.template_params("business_units", "names", units))
    def test_unit_names(template: str) -> None:
        _, rows = outcome(template)
        got = [u["name"] for u in rows.get("business_units", [])]
        assert got == [u["name"] for u in r.get("BUSINESS_UNITS_{T}", template)]

    @pytest.mark.parametrize(("template", "field"), r.params("business_units", UNIT_FIELDS, units))
    def test_unit_field(template: str, field: str) -> None:
        _, rows = outcome(template)
        want = keyed(r.get("BUSINESS_UNITS_{T}", template), unit_key)
        got = keyed(rows.get("business_units", []), unit_key)
        assert mismatches(want, got, field) == []

    @pytest.mark.parametrize("template", r.template_params("budget_lines", "keys", units))
    def test_budget_keys(template: str) -> None:
        """Every expected (unit, item, year, basis) is there and nothing else is."""
        _, rows = outcome(template)
        want = [budget_key(b) for b in budget_expected(template)]
        assert counted(want, [budget_key(b) for b in rows.get("budget_lines", [])]) == ([], [])

    @pytest.mark.parametrize(("template", "field"), r.params("budget_lines", BUDGET_FIELDS, units))
    def test_budget_field(template: str, field: str) -> None:
        _, rows = outcome(template)
        want = keyed(budget_expected(template), budget_key)
        got = keyed(rows.get("budget_lines", []), budget_key)
        assert mismatches(want, got, field) == []

    if units:  # a round of strategies only would bind four empty (skipped) tests
        tests |= {
            "test_unit_names": test_unit_names,
            "test_unit_field": test_unit_field,
            "test_budget_keys": test_budget_keys,
            "test_budget_field": test_budget_field,
        }

    without_units = tuple(t for t in r.templates if t not in units)
    if without_units:

        @pytest.mark.parametrize("template", without_units)
        def test_no_units_or_budget(template: str) -> None:
            """A document that prints no business unit (a strategy) yields none."""
            _, rows = outcome(template)
            assert rows.get("business_units", []) == [] and rows.get("budget_lines", []) == []

        tests["test_no_units_or_budget"] = test_no_units_or_budget

    @pytest.mark.parametrize("template", r.template_params("kpi_values", "keys"))
    def test_kpi_keys(template: str) -> None:
        """Every expected (indicator, metric, year) is there and nothing else is."""
        _, rows = outcome(template)
        want = [kpi_key(k) for k in r.get("KPI_VALUES_{T}", template)]
        assert counted(want, [kpi_key(k) for k in rows.get("kpi_values", [])]) == ([], [])

    @pytest.mark.parametrize(
        ("template", "field"),
        [p for t in r.templates for p in r.params("kpi_values", r.fields_of_kpi(t), (t,))],
    )
    def test_kpi_field(template: str, field: str) -> None:
        _, rows = outcome(template)
        want = keyed(r.get("KPI_VALUES_{T}", template), kpi_key)
        got = keyed(rows.get("kpi_values", []), kpi_key)
        assert mismatches(want, got, field, norm(template, "kpi_values", field)) == []

    @pytest.mark.parametrize(("template", "field"), r.params("structure", STRUCTURE_FIELDS))
    def test_structure_field(template: str, field: str) -> None:
        _, rows = outcome(template)
        got = [s.get(field) for s in rows.get("structure", [])]
        assert got == [s[field] for s in r.get("STRUCTURE_{T}", template)]

    @pytest.mark.parametrize("template", r.templates)
    def test_f1_report(template: str, capsys: pytest.CaptureFixture[str]) -> None:
        """Prints field-level P/R/F1 per table (``benchmarks/f1.py`` rules); never fails
        on a low score, only on a broken scorer."""
        doc, rows = outcome(template)
        scores = score_document(r.expected_f1(template), actual_rows(rows, doc))
        with capsys.disabled():
            print(f"\n[{r.name}] {r.get('{T}_PDF', template)}")
            for table, s in [*scores.items(), ("document", None)]:
                c = total(scores.values()) if s is None else s.counts
                print(f"  {table:<16} P={c.precision:6.3f} R={c.recall:6.3f} F1={c.f1:6.3f}"
                      f"   (tp={c.tp} fp={c.fp} fn={c.fn})")  # fmt: skip
        c = total(scores.values())
        assert 0.0 <= c.f1 <= 1.0
        assert c.tp + c.fn > 0

    return tests | {
        "test_kpi_keys": test_kpi_keys,
        "test_kpi_field": test_kpi_field,
        "test_structure_field": test_structure_field,
        "test_f1_report": test_f1_report,
    }
