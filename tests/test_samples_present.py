"""Cheap sanity checks of the unit-sheet and book samples (no parser involved):
the committed PDFs exist, open, have a text layer, the page counts the expectations
assume, and print the labels the expectations rely on."""

from __future__ import annotations

import re
import unicodedata

import pymupdf
import pytest

from .conftest import sample
from .expected import evaluation_book as eb
from .expected import unit_sheets as eu


def _pages(name: str) -> list[str]:
    with pymupdf.open(sample(name)) as doc:
        return [re.sub(r"\s+", "", unicodedata.normalize("NFKC", page.get_text())) for page in doc]


@pytest.mark.parametrize("name", [eu.CALC_PDF, eu.REPORTLAB_PDF])
def test_unit_sheets_present(name: str) -> None:
    pages = _pages(name)
    assert len(pages) == eu.PAGE_COUNT
    assert all(pages), "every page has a text layer"
    text = "".join(pages)
    for label in ("令和7年度事務事業評価シート", "あさぎ市", "事務事業名", "事業名", "根拠法令",
                  "法定", "自主", "次年度方針", "現状のまま継続", "5年度決算", "7年度予算",
                  "差引", "トータルコスト", "従事職員数", "活動指標", "成果指標", "7年度見込",
                  "細事業名", "細事業費"):  # fmt: skip
        assert label in text, label
    for unit in eu.BUSINESS_UNITS:
        assert str(unit["name"]) in pages[int(str(unit["page"])) - 1], unit["name"]
    assert "単位:円" in text if name == eu.REPORTLAB_PDF else "単位:円" not in text
    assert ("経費(一財)" in text) == (name == eu.REPORTLAB_PDF)
    assert ("☑" in text) == (name == eu.CALC_PDF)


def test_book_present() -> None:
    pages = _pages(eb.BOOK_PDF)
    assert len(pages) == eb.PAGE_COUNT
    assert all(pages), "every page has a text layer"
    assert "目次" in pages[1]
    assert eb.DOCUMENT["municipality"] in pages[0]
    for unit in eb.BUSINESS_UNITS:
        name = str(unit["name"])
        assert name in pages[int(str(unit["page"])) - 1], name
    for page in pages[2:]:
        assert "こもれび町令和7年度行政評価" in page  # running header
    # The area-37 事務事業一覧 continues on page 4 without its header row.
    assert pages[2].count("事務事業名") >= 1
    assert "SDGsターゲット" in pages[2] and "SDGsターゲット" not in pages[3]
