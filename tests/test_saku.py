"""Saku-style 重点プロジェクト plans: project rows with tag and linked 基本姿勢."""

from __future__ import annotations

import re
from functools import cache

import pytest

from aizu_extract.pipeline import DocumentOutcome, process_file
from tests.conftest import sample
from tests.expected import saku as exp

RENDERINGS = ["saku_priority_projects_reportlab.pdf", "saku_priority_projects_writer.pdf"]


def squeeze(s: str | None) -> str | None:
    return None if s is None else re.sub(r"\s+", "", s)


@cache
def outcome(name: str) -> DocumentOutcome:
    return process_file(sample(name))


@pytest.mark.parametrize("name", RENDERINGS)
def test_document(name: str) -> None:
    doc = outcome(name).document
    assert doc["status"] == "ok", doc["error"]
    assert doc["doc_type"] == exp.DOCUMENT["doc_type"]
    assert doc["municipality"] == exp.DOCUMENT["municipality"]
    assert squeeze(doc["title"]) == squeeze(exp.DOCUMENT["title"])
    assert doc["fiscal_year"] is exp.DOCUMENT["fiscal_year"]
    assert doc["page_count"] == exp.PAGE_COUNT[name]


@pytest.mark.parametrize("name", RENDERINGS)
def test_projects(name: str) -> None:
    rows = outcome(name).rows
    assert rows["kpi_values"] == [] and rows["rejects"] == []
    projects = [r for r in rows["structure"] if r["level"] == "project"]
    got = [(r["number"], squeeze(r["title"]), r["tag"], r["links"]) for r in projects]
    assert got == [(p.number, squeeze(p.title), p.tag, p.stances) for p in exp.PROJECTS]
    assert tuple(r["page"] for r in projects) == exp.PROJECT_PAGES[name]
    for r in projects:
        body = r["text"] or ""
        assert len(body) > 100
        assert "基本姿勢" not in body and "社会実装" not in body  # the stance list stays out
