"""文字化け: fonts whose decoded text is not the printed text (unreadable.py).

The fixtures are committed samples re-written by Ghostscript 10.00
(tests/fixtures/garbled/make_garbled.py): one whose fonts all lost their map,
and one where only a note's font did (its kanji and digits right, its kana
Latin-1 letters). Expectations are read off the pages.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aizu_extract.load import UNREADABLE, LoadError, load_pdf
from aizu_extract.pipeline import process_file
from aizu_extract.settings import LoadSettings
from aizu_extract.unreadable import WRONG_RANGES, FontTally, condemned, garbled, plausible, tally

GARBLED = Path(__file__).parent / "fixtures" / "garbled"


@pytest.mark.parametrize(
    "text",
    [
        "令和7年度 事業費 1,234千円 × 12か月 ÷ 2",
        "¥1,000 ±5% 気温25°C §3 µg/m³ 面積120m² 単価・数量",
        "①施策の推進 ■重点 ○ ※注 • 〜 H21～22 → ☑ Ⅱ",
        "Society 5.0 の実現に向けた DX 推進 (Digital Transformation)",
        "カフェ・ド・パリ (Café de Paris) との連携",  # one é: an accident, not a font
        "交流事業 Müller 氏 講演",
        "Müller, Gómez et Café crème à la française",  # accents among many letters
        "“Smart City” — the city’s plan… ‰ † ‡ © ®",
        # Greek, often set in a Symbol font of its own (every glyph of that font)
        "μμμ", "αβγΔΣ", "空間線量率 0.08 μSv/h（α線・β線）",
        "",
    ],
)
def test_genuine_text_is_plausible(text: str) -> None:
    assert plausible(text)


@pytest.mark.parametrize(
    "text",
    [
        # what Ghostscript-rewritten fonts decoded to (the samples' 7 pages and more)
        "×ÈÏû情報çùÓØåーð\ufffd登録者数",  # 〇〇情報ダウンロード登録者数
        "\ufffd²¼£町令和7年度行政評価",  # こもれび町
        "÷[[Þx}_½ãé¿¿øzxs}øþkaÿ\\fu{ttv",  # 音威子府村 総合戦略, every font
        "相互理解\ufffd平和意識|醸成\ufffd¼1人´文化1経済\ufffd交流\ufffd¸º1新\ufffdt価値",
        "\x01\x02\x03\x04\x05\x067\x07\x08",  # control codes: glyph ids as they are
        "\ue000\ue001\ue002令和",  # private use
        "ÿoþ{ÿutg{1ÿoþ{ÿutg{12019",  # digits among Latin-1 garbage are garbage too
    ],
)
def test_garbage_is_not_plausible(text: str) -> None:
    assert not plausible(text)


def test_the_counts() -> None:
    # 15 glyphs (spaces left out): ¢ and \ufffd wrong, ® printed by Japanese documents
    assert tally("第2期 会津若松市 ®\ufffd・¢・創生") == FontTally(glyphs=15, wrong=2, letters=0)
    assert tally("Café Tōkyō") == FontTally(glyphs=9, wrong=3, letters=6)


def test_a_font_is_judged_over_the_document() -> None:
    """A title alone (one ¢, one U+FFFD) is not enough to condemn its font; its
    body pages, where the same font's kana come out as Latin-1, are."""
    title = {"Gothic": tally("第2期会津若松市®\ufffd・¢・創生総合戦略"), "Mincho": tally("令和2年")}
    body = {"Gothic": tally("柱1ICT\ufffd既存産業・資源Â活用\ufffd")}
    settings = LoadSettings()
    assert not garbled(title["Gothic"], settings)
    assert condemned([title], settings) == frozenset()
    assert condemned([title, body], settings) == frozenset({"Gothic"})


def test_thresholds_are_settings() -> None:
    t = tally("交流事業 Müller 氏 Gómez 氏 Café de Paris 講演")  # 3 wrong of 22 letters
    assert not garbled(t)
    assert garbled(t, LoadSettings(font_wrong_letters=0.1))
    assert not garbled(tally("\ufffd\ufffd"), LoadSettings())  # fewer than font_wrong_min
    assert garbled(tally("\ufffd\ufffd"), LoadSettings(font_wrong_min=2))


_WRONG_CHARS = st.sampled_from(
    [chr(lo) for lo, _, _ in WRONG_RANGES] + [chr(hi) for _, hi, _ in WRONG_RANGES]
)
# Japanese-document text: kana, kanji, ASCII, and the symbols kept apart from WRONG_RANGES
_GENUINE = st.text(
    st.sampled_from("あいうアイウ事業費令和年度 ABCxyz0123456789,.%()×÷°±¥§µ·©®²³①■○※•～〜—"),
    max_size=80,
)


@given(_GENUINE)
def test_text_without_wrong_characters_is_always_plausible(text: str) -> None:
    assert plausible(text)


@given(_GENUINE, st.lists(_WRONG_CHARS, max_size=20), _WRONG_CHARS)
def test_one_more_wrong_character_never_makes_a_font_readable(
    text: str, wrong: list[str], one: str
) -> None:
    before = text + "".join(wrong)
    if not plausible(before) and one.strip():
        assert not plausible(before + one)


# --------------------------------------------------------------- the fixtures

_WRONG = re.compile(
    "[" + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi, _ in WRONG_RANGES) + "]"
)


def _row_strings(rows: dict[str, list[dict[str, object]]]) -> list[str]:
    return [
        v
        for table, records in rows.items()
        if table != "problems"
        for r in records
        for k, v in r.items()
        if isinstance(v, str) and k not in ("source_file", "error")
    ]


def test_a_document_whose_fonts_all_lost_their_map_fails() -> None:
    path = GARBLED / "asagi_gs.pdf"
    with pytest.raises(LoadError, match=re.escape(UNREADABLE)):
        load_pdf(path)
    out = process_file(path)
    assert (out.document["status"], out.document["error"]) == ("failed", UNREADABLE)
    assert not any(out.rows[t] for t in ("kpi_values", "business_units", "budget_lines"))
    # with the share raised, it loads: every glyph withheld, none is text
    doc = load_pdf(path, settings=LoadSettings(unreadable_share=1.0))
    assert doc.char_count == 0
    assert all(p.withheld and p.unreadable == 1.0 for p in doc.pages)
    assert doc.doubtful_fonts == frozenset({"IPAexGothic", "IPAexMincho"})


def test_a_mixed_document_keeps_the_rows_of_its_readable_fonts() -> None:
    out = process_file(GARBLED / "strategy_mixed_gs.pdf")
    assert out.document["status"] == "partial"
    assert out.document["error"] == (
        "text layer partly unreadable on page 2 (fonts without Unicode mapping); "
        "1 number(s) unassigned on page 2 (see unassigned)"
    )
    assert out.document["title"] == "第2期 会津若松市 まち・ひと・しごと創生総合戦略"
    got = [(r["kpi_name"], r["value_text"]) for r in out.rows["kpi_values"]]
    assert got == [
        ("ICT企業誘致数(累計)", "15 社"),
        ("入居企業数(累計)", "5 社"),
        ("関連人材輩出数/年", "140 人"),
        ("観光客入込数/年", "370 万人"),
        ("外国人観光客(V案内所利用者)数/年", "15,000 人"),
        ("外国人宿泊者数/年", "14,245 人"),
    ]
    # the note's font is withheld whole: its number is accounted, its words are nowhere
    got_u = [(u["text"], u["reason"], u["page"]) for u in out.rows["unassigned"]]
    assert got_u == [("1,234件", "unassigned.unreadable_text", 2)]
    strings = _row_strings(out.rows)
    assert not [s for s in strings if _WRONG.search(s.replace("\n", ""))]
    assert not [s for s in strings if "高齢者" in s or "訪問件数" in s]
    (problem,) = [p for p in out.rows["problems"] if p["code"] == "page.unreadable"]
    assert problem["page"] == 2


def test_the_mixed_documents_readable_fonts_stay_text() -> None:
    doc = load_pdf(GARBLED / "strategy_mixed_gs.pdf")
    assert doc.doubtful_fonts == frozenset({"IPAexGothicRegular"})
    first, second = doc.pages
    assert not first.withheld
    assert second.withheld and second.chars
    assert 0 < second.unreadable < 0.5


def test_a_piece_with_a_doubtful_font_is_read_whole() -> None:
    """A font's verdict is the whole document's: a split document's piece whose
    window has a font decoding to a wrong character is not parsed alone."""
    from aizu_extract.pieces import Piece
    from aizu_extract.settings import DEFAULT
    from aizu_extract.split import NotSplittable, _run_piece

    piece = Piece(index=1, count=2, first=2, last=2, page_count=2, look=0)
    with pytest.raises(NotSplittable, match="wrong characters"):
        _run_piece(GARBLED / "strategy_mixed_gs.pdf", piece, DEFAULT)
