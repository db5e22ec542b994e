"""The field-level F1 scorer itself, on tiny hand-made rows (no PDFs, no parsers):
the held-out benchmark is only as honest as its arithmetic."""

from __future__ import annotations

import pytest

from benchmarks.f1 import Row, canon, score_document, score_table, total

EXPECTED = [
    Row(("kpi", "移住相談件数(年間)", "target", 2023), {"value": 400.0, "unit": "件"}),
    Row(("kpi", "移住相談件数(年間)", "actual", 2023), {"value": 363.0, "unit": "件"}),
]


def test_perfect_match_scores_one() -> None:
    s = score_table(EXPECTED, list(EXPECTED)).counts
    assert (s.tp, s.fp, s.fn) == (4, 0, 0)
    assert s.precision == s.recall == s.f1 == 1.0


def test_names_compared_after_compact() -> None:
    """Full-width parentheses and stray spaces in a name still match."""
    actual = [
        Row(("kpi", "移住相談件数 （年間）", "target", 2023), {"value": 400, "unit": "件"}),
        Row(("kpi", "移住相談件数(年間)", "actual", 2023), {"value": 363.0, "unit": " 件"}),
    ]
    assert score_table(EXPECTED, actual).counts.f1 == 1.0


def test_one_wrong_value_lowers_precision_and_recall() -> None:
    actual = [EXPECTED[0], Row(EXPECTED[1].key, {"value": 323.0, "unit": "件"})]
    s = score_table(EXPECTED, actual)
    assert (s.counts.tp, s.counts.fp, s.counts.fn) == (3, 1, 1)
    assert s.counts.precision == s.counts.recall == pytest.approx(0.75)
    assert s.wrong == [((*EXPECTED[1].key, 0), "value", 363.0, 323.0)]


def test_missing_row_lowers_recall_only() -> None:
    s = score_table(EXPECTED, EXPECTED[:1]).counts
    assert (s.tp, s.fp, s.fn) == (2, 0, 2)
    assert s.precision == 1.0 and s.recall == pytest.approx(0.5)


def test_extra_row_lowers_precision_only() -> None:
    extra = Row(("kpi", "移住相談件数(年間)", "target", 2024), {"value": 450.0, "unit": "件"})
    s = score_table(EXPECTED, [*EXPECTED, extra]).counts
    assert (s.tp, s.fp, s.fn) == (4, 2, 0)
    assert s.recall == 1.0 and s.precision == pytest.approx(4 / 6)


def test_duplicate_extraction_is_an_extra_row() -> None:
    """Keys are made unique by occurrence index: the second copy matches nothing."""
    s = score_table(EXPECTED, [*EXPECTED, EXPECTED[0]]).counts
    assert (s.tp, s.fp, s.fn) == (4, 2, 0)


def test_unknown_fields_are_not_scored() -> None:
    """A field the expectation does not name (page here) cannot cost anything."""
    actual = [Row(r.key, {**r.fields, "page": 99}) for r in EXPECTED]
    assert score_table(EXPECTED, actual).counts.f1 == 1.0


def test_document_and_total() -> None:
    expected = {"kpi_values": EXPECTED, "structure": [Row(("measure", None, "1", "37"),
                                                          {"title": "交流の促進"})]}
    scores = score_document(expected, {"kpi_values": EXPECTED})
    assert scores["structure"].counts.fn == 1
    c = total(scores.values())
    assert (c.tp, c.fp, c.fn) == (4, 0, 1)


def test_canon() -> None:
    assert canon("令和５年度") == canon("令和5年度")
    assert canon(2290) == canon(2290.0000001)
    assert canon(["8.9", "4.7"]) == canon(("4.7", "8.9"))
    assert canon(None) is None and canon("") != canon(None)
    assert canon(True) is True
