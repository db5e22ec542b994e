"""Labelled amounts (``基金繰入金 5,690千円``): printed numbers the accounting must see.

A cell whose every line is a label and then one amount in a money unit used to
fall outside the number rule (the label is too long for a value's lead), so
池田市's 「その他」財源の主な内容 amounts were neither in a table nor unassigned.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pymupdf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from aizu_extract.load import load_pdf
from aizu_extract.pipeline import _parse, process_file
from aizu_extract.printed_numbers import labelled_amount, signature
from aizu_extract.settings import DEFAULT

from .drawing import draw_pdf, ruled_table, title_line

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "real"
UNITS = ("千円", "円", "百万円", "万円")
MAX = DEFAULT.accounting.max_number_chars


@pytest.mark.parametrize(
    ("key", "amount"),
    [
        ("基金繰入金5,690千円", Decimal(5690)),
        ("基金繰入金273千円", Decimal(273)),
        ("廃油引取料23千円", Decimal(23)),
        ("指定袋手数料3,028千円", Decimal(3028)),
        ("R6年度における基金繰入金5,690千円", Decimal(5690)),  # the year is a label
        ("寄附金1.5百万円", Decimal("1.5")),
        ("差引△120千円", Decimal(-120)),
    ],
)
def test_a_label_then_one_amount_in_a_money_unit_is_an_amount(key: str, amount: Decimal) -> None:
    assert labelled_amount(key, UNITS, MAX) == amount


@pytest.mark.parametrize(
    "key",
    [
        "5,690千円",  # a plain value: the number rule's, not a labelled amount
        "基金繰入金",  # no amount
        "事業費(千円)",  # a unit note
        "第2期計画1,000人",  # not money
        "施策1の事業費",  # the amount is not last
        "令和5年度に3回開催した。",  # prose
        "基金繰入金5,690千円を充当した",  # prose around it
        "市民共同発電太陽光発電所の電気料金の支払分478千円",  # longer than a value's box
    ],
)
def test_other_texts_are_not_labelled_amounts(key: str) -> None:
    assert labelled_amount(key, UNITS, MAX) is None


def test_no_money_units_means_no_labelled_amounts() -> None:
    assert labelled_amount("基金繰入金5,690千円", (), MAX) is None


@given(
    label=st.text(alphabet="基金繰入廃油引取料指定袋手数寄附", min_size=2, max_size=8),
    value=st.integers(min_value=0, max_value=99_999_999),
    unit=st.sampled_from(UNITS),
)
def test_any_label_and_amount_reads_back(label: str, value: int, unit: str) -> None:
    key = f"{label}{value:,}{unit}"
    if len(key) > MAX:
        assert labelled_amount(key, UNITS, MAX) is None
    else:
        assert labelled_amount(key, UNITS, MAX) == value
        assert signature(key) == str(value)  # what the accounting matches on


def _sheet(page: pymupdf.Page, breakdown: str) -> None:
    """A unit sheet whose 事業費 is 800 (5年度決算) and 950 (6年度予算), and a ruled
    「その他」財源の主な内容 cell printing ``breakdown`` (lines of labelled amounts)."""
    title_line(page, 50, "令和7年度 事務事業評価表")
    y = ruled_table(page, 60, [100, 400], [
        (0, 0, 1, 1, "事務事業名"), (0, 1, 1, 1, "こども食堂支援事業"),
        (1, 0, 1, 1, "所管課"), (1, 1, 1, 1, "こども家庭課"),
    ])  # fmt: skip
    y = ruled_table(page, y + 20, [100, 80], [
        (0, 0, 1, 1, "区分（千円）"), (0, 1, 1, 1, "事業費"),
        (1, 0, 1, 1, "5年度決算"), (1, 1, 1, 1, "800"),
        (2, 0, 1, 1, "6年度予算"), (2, 1, 1, 1, "950"),
    ])  # fmt: skip
    ruled_table(page, y + 20, [160, 200], [
        (0, 0, 2, 1, "「その他」財源の主な内容"), (0, 1, 2, 1, breakdown),
    ])  # fmt: skip


def _fates(path: Path) -> list[tuple[str, str, str]]:
    loaded = load_pdf(path, path.read_bytes(), DEFAULT.load)
    _, _, accounting = _parse(loaded, DEFAULT)
    assert accounting is not None
    return [(n.text, n.status, n.reason) for n in accounting.numbers if "円" in n.text]


def test_amounts_adding_up_to_a_recorded_value_are_its_breakdown(tmp_path: Path) -> None:
    """700 + 250 = 950, the 6年度予算 事業費 on the same page."""
    pdf = draw_pdf(tmp_path, "sums.pdf", lambda p: _sheet(p, "基金繰入金 700千円\n寄附金 250千円"))
    assert _fates(pdf) == [("基金繰入金 700千円\n寄附金 250千円", "accounted", "derived.breakdown")]
    out = process_file(pdf)
    assert out.rows["unassigned"] == []
    assert out.document["numbers_seen"] == out.document["numbers_assigned"]


def test_amounts_that_add_up_to_nothing_recorded_are_unassigned(tmp_path: Path) -> None:
    """999 is no value of the page: the amount is printed, so it is counted, and open."""
    pdf = draw_pdf(tmp_path, "open.pdf", lambda p: _sheet(p, "基金繰入金 999千円"))
    out = process_file(pdf)
    assert [(u["text"], u["reason"]) for u in out.rows["unassigned"]] == [
        ("基金繰入金 999千円", "unassigned.unknown_table")
    ]
    assert out.document["status"] == "partial"


# 池田市's four sheets, read off the printed page: 「その他」財源の主な内容 under the
# 財源 table, and the その他 row's R6 決算 figure (千円) it breaks down.
_IKEDA = [
    ("ikeda-r7-001.pdf", ["基金繰入金 5,690千円"], 5690),
    ("ikeda-r7-002.pdf", ["基金繰入金 273千円", "廃油引取料 23千円"], 296),
    ("ikeda-r7-003.pdf", ["指定袋手数料 3,028千円"], 3028),
    (
        "ikeda-r7-004.pdf",
        [
            "基金繰入金 1２,８６５千円",
            "市民共同発電太陽光発電電気料 ４７８千円",
            "中央公民館太陽光発電電気料 １２０千円",
        ],
        13463,
    ),
]


@pytest.mark.parametrize(("name", "lines", "other"), _IKEDA, ids=[c[0] for c in _IKEDA])
def test_ikeda_other_funding_breakdown_is_accounted(
    name: str, lines: list[str], other: int
) -> None:
    path = REAL / name
    if not path.is_file():
        pytest.skip("../shared/real is absent")
    assert ("\n".join(lines), "accounted", "derived.breakdown") in _fates(path)
    out = process_file(path)
    r6_other = [
        r["amount_yen"]
        for r in out.rows["budget_lines"]
        if r["item"] == "その他" and r["fiscal_year"] == 2024 and r["basis"] == "決算"
    ]
    assert r6_other == [other * 1000]
    assert out.rows["unassigned"] == []
