"""Issue 11: every printed number accounted for, one problem channel, inspect.

The drawn forms' expected numbers are written by hand from what each draws;
the committed samples and the real documents must come out fully accounted.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pymupdf
import pytest
from PIL import Image
from typer.testing import CliRunner

from aizu_extract import inspect as inspect_module
from aizu_extract.accounting import account, is_number, signature
from aizu_extract.cli import app
from aizu_extract.layout import build_document_layout
from aizu_extract.load import load_pdf
from aizu_extract.models import SCHEMAS
from aizu_extract.parsers.base import Extraction
from aizu_extract.pipeline import _parse, _validate, process_file
from aizu_extract.printed_numbers import id_signature
from aizu_extract.settings import DEFAULT
from tests.conftest import SAMPLES

from .drawing import LEFT, draw_pdf, ruled_table, title_line

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _unit_sheet(page: pymupdf.Page) -> float:
    """A unit sheet the parser reads: 4 budget values (and a 差引 row, a staff
    count and a ratio column it must not read)."""
    title_line(page, 50, "令和7年度 事務事業評価表")
    y = ruled_table(page, 60, [100, 400], [
        (0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "こども食堂支援事業"),
        (1, 0, 1, 1, "所管課"), (1, 1, 1, 1, "こども家庭課"),
    ])  # fmt: skip
    return ruled_table(page, y + 20, [100, 80, 80, 80, 80], [
        (0, 0, 1, 1, "区分（千円）"), (0, 1, 1, 1, "事業費"), (0, 2, 1, 1, "一般財源"),
        (0, 3, 1, 1, "従事職員数"), (0, 4, 1, 1, "受益者負担率"),
        (1, 0, 1, 1, "5年度決算"), (1, 1, 1, 1, "800"), (1, 2, 1, 1, "400"),
        (1, 3, 1, 1, "0.5人"), (1, 4, 1, 1, "10%"),
        (2, 0, 1, 1, "6年度予算"), (2, 1, 1, 1, "950"), (2, 2, 1, 1, "450"),
        (2, 3, 1, 1, "0.5人"), (2, 4, 1, 1, "10%"),
        (3, 0, 1, 1, "差引"), (3, 1, 1, 1, "150"), (3, 2, 1, 1, "50"),
        (3, 3, 1, 1, "0"), (3, 4, 1, 1, "0"),
    ])  # fmt: skip


def _folio(page: pymupdf.Page) -> None:
    page.insert_text((280, 815), "- 1 -", fontname="japan", fontsize=9)


def _draw_read(page: pymupdf.Page) -> None:
    _unit_sheet(page)
    _folio(page)


def _draw_unknown_table(page: pymupdf.Page) -> None:
    """The same sheet plus a table nobody reads: 地区 | 面積 | 標高, no year, no metric."""
    y = _unit_sheet(page)
    ruled_table(page, y + 30, [100, 80, 80], [
        (0, 0, 1, 1, "地区"), (0, 1, 1, 1, "面積"), (0, 2, 1, 1, "標高"),
        (1, 0, 1, 1, "北地区"), (1, 1, 1, 1, "12.5"), (1, 2, 1, 1, "340"),
        (2, 0, 1, 1, "南地区"), (2, 1, 1, 1, "8.25"), (2, 2, 1, 1, "120"),
    ])  # fmt: skip
    _folio(page)


# -- what a number is ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["1,234", "△1,434", "57.3%", "2,290人", "５年間で６人", "年１１１校", "40人（2014年度）",
     "0.5人", "▲ 8,732", "1,234(567)", "100→120", "12,000千円", "約3割", "5か所"],
)  # fmt: skip
def test_values_are_numbers(text: str) -> None:
    assert is_number(text.replace(" ", ""))


@pytest.mark.parametrize(
    "text",
    ["R5年度", "令和5年度", "5年度", "2023", "(2023)", "2023年度", "平成20年", "施策1", "第7次",
     "基本目標2", "2024年4月1日", "R6.3.31", "7おわりに", "(2)事業の概要", "3章",
     "令和5年度に3回開催した。", "0120-123-456", "事業費", ""],
)  # fmt: skip
def test_labels_and_prose_are_not_numbers(text: str) -> None:
    assert not is_number(text.replace(" ", ""))


def test_signature_compares_digits_only() -> None:
    assert signature("1,234千円") == signature("1234") == "1234"
    assert signature("５年間で６人") == "5|6"
    assert signature("57.30%") == signature("57.3") == "57.3"


# -- accounting on drawn forms ------------------------------------------------------


def test_a_fully_read_sheet_is_ok_with_every_number_accounted(tmp_path: Path) -> None:
    out = process_file(draw_pdf(tmp_path, "read.pdf", _draw_read))
    doc = out.document
    assert doc["status"] == "ok", doc["error"]
    # 4 values read, 2 staff counts, 2 ratios, 4 差引 cells, 1 folio
    assert (doc["numbers_seen"], doc["numbers_assigned"]) == (13, 13)
    assert out.rows["unassigned"] == []
    assert out.rows["problems"] == []


def test_a_table_nobody_understands_is_unassigned_and_partial(tmp_path: Path) -> None:
    out = process_file(draw_pdf(tmp_path, "unknown.pdf", _draw_unknown_table))
    doc = out.document
    assert doc["status"] == "partial"
    assert doc["error"] == "4 number(s) unassigned on page 1 (see unassigned)"
    assert (doc["numbers_seen"], doc["numbers_assigned"]) == (17, 13)
    got = sorted((u["text"], u["region"], u["reason"], u["page"]) for u in out.rows["unassigned"])
    assert got == [
        ("12.5", "table 3", "unassigned.unknown_table", 1),
        ("120", "table 3", "unassigned.unknown_table", 1),
        ("340", "table 3", "unassigned.unknown_table", 1),
        ("8.25", "table 3", "unassigned.unknown_table", 1),
    ]
    # the budget values are still read
    assert len(out.rows["budget_lines"]) == 4
    problems = out.rows["problems"]
    assert [p["code"] for p in problems] == ["unassigned.unknown_table"] * 4
    assert {p["severity"] for p in problems} == {"error"}
    assert all(p["x0"] is not None and p["page"] == 1 for p in problems)


def test_inspect_boxes_the_unassigned_numbers_in_red(tmp_path: Path) -> None:
    pdf = draw_pdf(tmp_path, "unknown.pdf", _draw_unknown_table)
    result = CliRunner().invoke(app, ["inspect", str(pdf), "--pages", "1", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    png = tmp_path / "unknown-p1.png"
    assert result.output.strip().endswith("unknown-p1.png")
    image = Image.open(png).convert("RGB")
    rows = process_file(pdf).rows["unassigned"]
    scale = inspect_module.SCALE
    for u in rows:
        # the frame is drawn 2 px outside the box, 3 px wide: sample the left edge
        x = int(u["x0"] * scale) - 2
        ys = range(int(u["y0"] * scale) + 1, int(u["y1"] * scale) - 1)
        reds = [image.getpixel((x, y)) for y in ys]
        assert all(r > 180 and g < 60 and b < 60 for r, g, b in reds), (u["text"], reds[:3])
    # a value that was read is not framed red
    budget_x = int((LEFT + 100 + 2) * scale)
    assert image.getpixel((budget_x, 10)) == (255, 255, 255)


def test_inspect_pages_option(tmp_path: Path) -> None:
    assert inspect_module.parse_pages("1,3-4", 5) == [1, 3, 4]
    assert inspect_module.parse_pages(None, 2) == [1, 2]
    with pytest.raises(inspect_module.InspectError):
        inspect_module.parse_pages("2-9", 3)
    pdf = draw_pdf(tmp_path, "read.pdf", _draw_read)
    result = CliRunner().invoke(app, ["inspect", str(pdf), "--pages", "2", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "outside pages 1-1" in result.output


def test_unassigned_and_problems_are_written_with_the_dataset(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    draw_pdf(folder, "unknown.pdf", _draw_unknown_table)
    draw_pdf(folder, "read.pdf", _draw_read)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(folder), "--out", str(out), "--workers", "0"])
    assert result.exit_code == 1, result.output
    assert "13/17 (76%)" in result.output and "13/13 (100%)" in result.output
    unassigned = pq.read_table(out / "unassigned.parquet")
    assert unassigned.schema.equals(SCHEMAS["unassigned"], check_metadata=False)
    assert unassigned.num_rows == 4
    docs = {d["source_file"]: d for d in pq.read_table(out / "documents.parquet").to_pylist()}
    assert (docs["unknown.pdf"]["numbers_seen"], docs["unknown.pdf"]["numbers_assigned"]) == (
        17,
        13,
    )
    assert docs["read.pdf"]["status"] == "ok"
    problems = pq.read_table(out / "problems.parquet")
    assert problems.num_rows == 4


# -- the problem channel ------------------------------------------------------------


def test_checks_are_warnings_rejects_are_errors(tmp_path: Path) -> None:
    ex = Extraction(doc_type="policy_evaluation")
    ex.check(page=2, code="kpi.rate_mismatch", message="達成率 57.3 vs 実績/目標 60.0")
    doc_id = "c" * 64
    out = _validate(tmp_path / "x.pdf", doc_id, 3, ex, "t")
    assert out.document["status"] == "ok"
    (problem,) = out.rows["problems"]
    assert (problem["source"], problem["code"], problem["severity"], problem["page"]) == (
        "check",
        "kpi.rate_mismatch",
        "warning",
        2,
    )
    ex.reject(
        page=1, table="kpi_values", field_name="value", value_text="1,2,3", reason="bad",
        code="number.malformed",
    )  # fmt: skip
    out = _validate(tmp_path / "x.pdf", doc_id, 3, ex, "t")
    assert out.document["status"] == "partial"
    assert len(out.rows["rejects"]) == 1  # rejects.parquet as the contract has it
    codes = [(p["source"], p["code"], p["severity"]) for p in out.rows["problems"]]
    assert codes == [
        ("reject", "number.malformed", "error"),
        ("check", "kpi.rate_mismatch", "warning"),
    ]


def test_a_failed_document_has_its_problem(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    out = process_file(path)
    assert out.document["status"] == "failed"
    (problem,) = out.rows["problems"]
    assert (problem["code"], problem["message"]) == ("document.failed", out.document["error"])
    assert out.document["numbers_seen"] is None


def test_a_repaired_pdf_is_partial(tmp_path: Path) -> None:
    data = (SAMPLES / "unit_sheets_asagi_calc.pdf").read_bytes()
    cut = data.rfind(b"startxref")
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(data[:cut] + b"startxref\n999999\n%%EOF\n")  # xref offset lost
    out = process_file(damaged)
    assert out.document["status"] == "partial"
    assert out.document["error"].startswith("repaired PDF: ")
    assert "xref" in out.document["error"]
    assert out.rows["problems"][0]["code"] == "document.repaired"
    # the rows are still read
    assert len(out.rows["business_units"]) == len(
        process_file(SAMPLES / "unit_sheets_asagi_calc.pdf").rows["business_units"]
    )


# -- every committed sample and real document is fully accounted -----------------------


def _corpus() -> list[Path]:
    files = sorted(SAMPLES.glob("*.pdf")) + sorted((SAMPLES / "heldout").glob("*.pdf"))
    for folder in ("heldout_units", "heldout_units2"):
        files += sorted((FIXTURES / folder).glob("*.pdf"))
    files.append(FIXTURES / "heldout_units3" / "template_g_pymupdf.pdf")
    return files + (sorted(REAL.glob("*.pdf")) if REAL.is_dir() else [])


@pytest.mark.parametrize("path", _corpus(), ids=lambda p: p.name)
def test_every_number_is_accounted_for(path: Path) -> None:
    out = process_file(path)
    doc = out.document
    assert doc["numbers_seen"] == doc["numbers_assigned"], out.rows["unassigned"]
    assert out.rows["unassigned"] == []
    assert not any(p["code"] == "document.repaired" for p in out.rows["problems"])


def test_the_accounting_sees_the_real_sheets_values() -> None:
    """池田市 No.3: every budget and indicator cell printing digits is a number seen,
    and the sheet number ``NO. 3`` at the top is furniture."""
    path = REAL / "ikeda-r7-003.pdf"
    if not path.is_file():
        pytest.skip("../shared/real is absent")
    out = process_file(path)
    printed = [
        r["value_text"]
        for table in ("budget_lines", "kpi_values")
        for r in out.rows[table]
        if any(c.isdigit() for c in r["value_text"])
    ]
    assert out.document["numbers_seen"] >= len(printed) > 20


def test_a_page_that_misses_values_shows_them() -> None:
    """reading_furniture.pdf: an unruled 指標名 | 目標 | 実績 line on each of its 4 pages
    the parser does not read (施策N: 目標 N00, 実績 N00 - N0); the folios ``- N -``
    and ``N / 4`` are furniture."""
    out = process_file(FIXTURES / "reading_furniture.pdf")
    got = sorted((u["page"], u["text"], u["reason"]) for u in out.rows["unassigned"])
    expected = [(n, str(n * 100), str(n * 100 - n * 10)) for n in (1, 2, 3, 4)]
    assert got == sorted(
        (n, text, "unassigned.unknown_label") for n, a, b in expected for text in (a, b)
    )
    assert (out.document["numbers_seen"], out.document["numbers_assigned"]) == (16, 8)
    assert out.document["status"] == "partial"
    assert "8 number(s) unassigned on pages 1, 2, 3, 4" in out.document["error"]


def test_an_index_lists_no_and_page_columns_are_its_furniture() -> None:
    """Held-out template F's index page: 事務事業一覧 ``No | 事務事業名 | 担当課 | ページ``,
    rows No 1–3 printing pages 2–4 (F1: the book's running number, no unit_no). Both
    columns belong to the index: No is its code column (furniture.code), ページ its page
    column (furniture.toc); with the folio ``- 1 -`` that is every number on page 1,
    and nothing of the document is open."""
    pdf = FIXTURES / "heldout_units3" / "template_f_writer.pdf"
    loaded = load_pdf(pdf, pdf.read_bytes(), DEFAULT.load)
    _, _, accounting = _parse(loaded, DEFAULT)
    assert accounting is not None
    got = sorted((n.text, n.status, n.reason) for n in accounting.numbers if n.page == 1)
    assert got == sorted(
        [(n, "furniture", "furniture.code") for n in ("1", "2", "3")]
        + [(n, "furniture", "furniture.toc") for n in ("2", "3", "4")]
        + [("- 1 -", "furniture", "furniture.folio")]
    )
    assert accounting.unassigned == []


def test_a_list_total_is_accounted_as_derived_not_left_unassigned() -> None:
    """Held-out K's 事務事業一覧 ends overleaf in ``合計 | 414,081`` (page 3): the sum of
    the units above, no unit's figure. Every other number of the document is read."""
    pdf = FIXTURES / "heldout5" / "template_k_reportlab.pdf"
    loaded = load_pdf(pdf, pdf.read_bytes(), DEFAULT.load)
    _, _, accounting = _parse(loaded, DEFAULT)
    assert accounting is not None
    got = [(n.page, n.status, n.reason) for n in accounting.numbers if n.text == "414,081"]
    assert got == [(3, "accounted", "derived.total")]
    assert not [n for n in accounting.numbers if n.status == "unassigned"]


def test_a_total_row_of_a_table_nobody_reads_stays_unassigned(tmp_path: Path) -> None:
    """合計 says nothing about a table that gave no value: its row is as open as the rest."""

    def draw(page: pymupdf.Page) -> None:
        y = _unit_sheet(page)
        ruled_table(page, y + 30, [100, 80, 80], [
            (0, 0, 1, 1, "地区"), (0, 1, 1, 1, "面積"), (0, 2, 1, 1, "標高"),
            (1, 0, 1, 1, "北地区"), (1, 1, 1, 1, "12.5"), (1, 2, 1, 1, "340"),
            (2, 0, 1, 1, "合計"), (2, 1, 1, 1, "20.75"), (2, 2, 1, 1, "460"),
        ])  # fmt: skip

    out = process_file(draw_pdf(tmp_path, "total.pdf", draw))
    got = sorted((u["text"], u["reason"]) for u in out.rows["unassigned"])
    assert got == [
        ("12.5", "unassigned.unknown_table"),
        ("20.75", "unassigned.unknown_table"),
        ("340", "unassigned.unknown_table"),
        ("460", "unassigned.unknown_table"),
    ]


def test_an_unreadable_page_in_a_good_document_is_named(tmp_path: Path) -> None:
    """The asagi sheets plus reading_unreadable.pdf's page (fonts without a Unicode
    map) as page 8: the document is read, and partial naming page 8."""
    doc = pymupdf.open(SAMPLES / "unit_sheets_asagi_calc.pdf")
    with pymupdf.open(FIXTURES / "reading_unreadable.pdf") as bad:
        doc.insert_pdf(bad, from_page=0, to_page=0)
    path = tmp_path / "mixed.pdf"
    doc.save(path)
    doc.close()
    out = process_file(path)
    assert out.document["status"] == "partial"
    assert out.document["error"] == (
        "text layer unreadable on page 8 (fonts without Unicode mapping)"
    )
    (problem,) = out.rows["problems"]
    assert (problem["code"], problem["page"], problem["severity"]) == (
        "page.unreadable",
        8,
        "error",
    )
    assert len(out.rows["business_units"]) == 7


def test_identifiers_compare_as_printed() -> None:
    """An identifier's digits as printed: a signed number or a fraction's zeros is a
    value (``+1.0``, ``1.0``), never the outline number ``(1)``."""
    assert id_signature("(1)") == id_signature("①") == id_signature("01") == "1"
    assert id_signature("3-2") == "3|2"
    assert id_signature("17.10") == "17.10" != id_signature("17.1")
    assert id_signature("1.0") == "1.0"
    assert id_signature("+1.0") == id_signature("▲2") == id_signature("(-3)") == ""


def test_a_signed_value_nobody_read_is_no_outline_number(tmp_path: Path) -> None:
    """``(1)`` is a structure number, printed again as ``1`` (accounted by it); the
    ``+1.0`` and ``1.0`` printed apart are values no row read: unassigned."""

    def draw(page: pymupdf.Page) -> None:
        title_line(page, 50, "みどり町総合戦略")
        title_line(page, 80, "(1) 企業誘致")
        for x, text in ((LEFT, "1"), (200, "+1.0"), (360, "1.0")):
            page.insert_text((x, 120), text, fontname="japan", fontsize=9)

    layout = build_document_layout(load_pdf(draw_pdf(tmp_path, "ids.pdf", draw)))
    ex = Extraction(doc_type="strategy")
    ex.structure.append({"page": 1, "level": "section", "number": "(1)", "title": "企業誘致"})
    fates = sorted((n.text, n.status, n.reason) for n in account(layout, ex).numbers)
    assert fates == [
        ("+1.0", "unassigned", "unassigned.unknown_label"),
        ("1", "assigned", "structure"),
        ("1.0", "unassigned", "unassigned.unknown_label"),
    ]
