"""The addition ``business_units.unit_code`` (unit_codes.py): a unit's code as printed,
from a sheet's 事業番号 label or a list's 番号 cell that is a code, and its accounting."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from aizu_extract.load import load_pdf
from aizu_extract.pipeline import _parse, process_file
from aizu_extract.settings import DEFAULT
from aizu_extract.unit_codes import listed_code, printed_code

from .drawing import LEFT, draw_pdf, ruled_table, title_line
from .expected import heldout21, heldout23

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("０２１１", "0211"),  # full width, NFKC; the leading zero kept
        ("１－２－０３", "1-2-03"),
        (" 02-05-12-005 ", "02-05-12-005"),
        ("R6-031", "R6-031"),
        ("１１２", "112"),  # a label says it is the code: any digits
        ("こども食堂支援事業", None),
        ("令和6年度", None),
        ("", None),
        (None, None),
        ("0" * 21, None),  # longer than ReadingSettings.unit_code_max_chars
    ],
)
def test_printed_code(text: str | None, code: str | None) -> None:
    assert printed_code(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("1", None),  # running row numbers of a 事務事業一覧's No column
        ("12", None),
        ("01", None),
        ("３", None),
        ("0211", "0211"),
        ("010203", "010203"),
        ("1-2-03", "1-2-03"),
        ("３－１－０２", "3-1-02"),
    ],
)
def test_listed_code_is_no_running_number(text: str, code: str | None) -> None:
    assert listed_code(text) == code


def _sheet(page: pymupdf.Page, code_row: bool, loose: str | None = None) -> None:
    """A unit sheet with the sheet's folio ``NO. | 3`` and (``code_row``) the unit's
    ``事業番号 | ０２１１``, one budget value; ``loose`` printed under it."""
    title_line(page, 50, "令和6年度 事務事業評価シート")
    head = [(0, 0, 1, 1, "NO."), (0, 1, 1, 1, "3")]
    if code_row:
        head += [(0, 2, 1, 1, "事業番号"), (0, 3, 1, 1, "０２１１")]
    y = ruled_table(page, 60, [60, 60, 80, 300], [
        *head,
        (1, 0, 1, 1, "事務事業名"), (1, 1, 1, 3, "こども食堂支援事業"),
        (2, 0, 1, 1, "所管課"), (2, 1, 1, 3, "こども家庭課"),
    ])  # fmt: skip
    y = ruled_table(page, y + 20, [100, 80], [
        (0, 0, 1, 1, "区分（千円）"), (0, 1, 1, 1, "R6予算"),
        (1, 0, 1, 1, "事業費"), (1, 1, 1, 1, "1,200"),
    ])  # fmt: skip
    if loose:
        page.insert_text((LEFT, y + 40), loose, fontname="japan", fontsize=9)


def _fates(path: Path) -> list[tuple[str, str, str]]:
    loaded = load_pdf(path, path.read_bytes(), DEFAULT.load)
    _ex, _title, accounting = _parse(loaded, DEFAULT)
    assert accounting is not None
    return sorted((n.text, n.status, n.reason) for n in accounting.numbers)


def test_a_sheets_code_label_gives_the_unit_code(tmp_path: Path) -> None:
    """事業番号 | ０２１１ → unit_code ``0211`` (NFKC), the printed code assigned to
    business_units; the sheet's own ``NO. | 3`` is no unit code (furniture, as before)."""
    path = draw_pdf(tmp_path, "code.pdf", lambda p: _sheet(p, code_row=True))
    out = process_file(path)
    units = out.rows["business_units"]
    assert [(u["name"], u["unit_code"], u["unit_no"]) for u in units] == [
        ("こども食堂支援事業", "0211", None)
    ]
    assert out.document["status"] == "ok"
    assert _fates(path) == [
        ("1,200", "assigned", "budget_lines"),
        ("3", "furniture", "furniture.code"),
        ("０２１１", "assigned", "business_units"),
    ]


def test_a_sheet_number_alone_is_no_unit_code(tmp_path: Path) -> None:
    """Only ``NO. | 3`` (the sheet's folio, vocabulary sheet_number): unit_code None."""
    out = process_file(draw_pdf(tmp_path, "folio.pdf", lambda p: _sheet(p, code_row=False)))
    assert [(u["name"], u["unit_code"]) for u in out.rows["business_units"]] == [
        ("こども食堂支援事業", None)
    ]


def test_a_code_accounts_only_for_itself(tmp_path: Path) -> None:
    """The code ``0211`` is matched by its exact key, never by its digits: a loose
    ``211`` nobody read stays unassigned."""
    path = draw_pdf(tmp_path, "loose.pdf", lambda p: _sheet(p, code_row=True, loose="211"))
    out = process_file(path)
    assert [u["unit_code"] for u in out.rows["business_units"]] == ["0211"]
    assert [(u["text"], u["reason"]) for u in out.rows["unassigned"]] == [
        ("211", "unassigned.unknown_label")
    ]


def test_heldout21_codes() -> None:
    """Round 21 (AB4): each sheet's 事業番号 as printed; unit_no stays None; the codes
    on the 目次 (page 2) and on the sheets are the units' identifiers."""
    path = FIXTURES / "heldout21" / heldout21.AB_PDF
    units = process_file(path).rows["business_units"]
    assert {u["name"]: u["unit_code"] for u in units} == heldout21.UNIT_CODES_AB
    assert [u["unit_no"] for u in units] == [None, None, None]
    codes = [(t, s, r) for t, s, r in _fates(path) if t in ("0211", "0305", "0512")]
    assert codes == sorted(
        [(c, "assigned", "business_units") for c in ("0211", "0305", "0512")] * 2
        + [("0305", "assigned", "business_units")]  # sheet 2's （続き） page repeats it
    )


def test_heldout23_codes() -> None:
    """Round 23 (AD3): each list row's 番号 as printed beside its measure_no / unit_no;
    every code accounted for, the document ``ok``."""
    out = process_file(FIXTURES / "heldout23" / heldout23.AD_PDF)
    units = out.rows["business_units"]
    assert {u["name"]: u["unit_code"] for u in units} == heldout23.UNIT_CODES_AD
    assert out.document["status"] == "ok"
    assert out.rows["unassigned"] == []
    by_code = {u["unit_code"]: (u["measure_no"], u["unit_no"]) for u in units}
    assert by_code["1-2-03"] == (2, 3) and by_code["3-1-02"] == (1, 2)


def test_a_running_row_number_is_no_code() -> None:
    """A 施策評価票's 事務事業一覧 numbers its rows ``1`` ``2`` …: its units keep a unit_no
    and get no unit_code."""
    units = process_file(ROOT / "samples" / "evaluation_r7_area37_calc.pdf").rows["business_units"]
    assert units and all(u["unit_code"] is None for u in units)
    assert any(u["unit_no"] is not None for u in units)


def test_ikeda_sheet_number_stays_no_unit_code() -> None:
    """池田市 No.3 prints ``NO. | 3`` at the top: the sheet's number in the book, not
    the unit's code."""
    path = REAL / "ikeda-r7-003.pdf"
    if not path.is_file():
        pytest.skip("../shared/real is absent")
    out = process_file(path)
    units = out.rows["business_units"]
    assert len(units) == 1 and units[0]["unit_code"] is None
    assert out.document["status"] == "ok"
