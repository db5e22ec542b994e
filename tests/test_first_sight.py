"""The first reading of a text, made cheaper (issue 13): each fast path answers
what the rule it skips would. Expected values worked by hand from the printed labels;
the property tests compare a fast path with the slow rule on generated texts."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aizu_extract.layout.headers import HeaderInterpreter, _strip_note
from aizu_extract.layout.vocabulary import vocabulary
from aizu_extract.normalize.eras import (
    YearContext,
    may_read_context,
    parse_era_year,
    parse_year_label,
)
from aizu_extract.normalize.errors import NormalizationError
from aizu_extract.normalize.text import (
    _INVISIBLE,
    _PROTECTED_SPLIT,
    RADICALS_SUPPLEMENT_MAP,
    _normalize,
    normalize_text,
)

_CONTEXTS = (
    YearContext(era="令和"),
    YearContext(era="平成"),
    YearContext(not_after=2000),
    YearContext(),
)


def _outcome(label: str, context: YearContext) -> object:
    try:
        y = parse_year_label(label, context)
    except NormalizationError as err:
        return err.code
    return (y.year, y.era, y.kind, y.end_of_period)


# ------------------------------------------------- readings shared across year contexts


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("実績", False),
        ("事業費(千円)", False),
        ("令和7年度", True),  # 7年 inside: read as a whole it has its era, but a digit precedes 年
        ("5年度", True),
        ("5\n年度", True),  # the key 5年度 is an era-less year
        ("R元年度末値", True),
        ("平成三十年", False),  # kanji numerals: never an era-less year
        ("2023", False),  # a bare western year
        ("No.1", False),
    ],
)
def test_which_texts_the_year_context_may_enter(text: str, reads: bool) -> None:
    assert may_read_context(text) is reads


_YEARISH = st.text(alphabet="0123456789元年度末RH令和平成実績 \n（）()５", max_size=10)


@given(_YEARISH)
def test_a_text_the_context_cannot_enter_reads_alike_in_every_context(text: str) -> None:
    if may_read_context(text):
        return
    parts = [text, normalize_text(text), *(normalize_text(x) for x in text.splitlines())]
    for part in parts:
        assert len({_outcome(part, c) for c in _CONTEXTS}) == 1, part


@given(_YEARISH)
def test_a_header_reading_shared_across_contexts_is_each_contexts_own(text: str) -> None:
    """The slow rule: each context interprets the text itself."""
    vocab = vocabulary()
    if may_read_context(text) or not text.strip():
        return
    readings = {HeaderInterpreter(vocab, c)._interpret(text, normalize_text(text).replace(" ", ""))
                for c in _CONTEXTS}  # fmt: skip
    assert len(readings) == 1


def test_one_reading_serves_documents_with_other_years() -> None:
    reiwa = HeaderInterpreter(vocabulary(), YearContext(era="令和"))
    created = HeaderInterpreter(vocabulary(), YearContext(not_after=2024))
    first = reiwa.reading("事業費（千円）")
    assert (first.money_factor, first.text, first.is_item) == (1000, "事業費（千円）", True)
    assert created.reading("事業費（千円）") is first  # read once per process
    r5 = reiwa.reading("5年度")
    assert r5.year == 2023
    assert created.reading("5年度").year == 2023 and created.reading("5年度") is not r5


# ------------------------------------------------- year labels: no year mark, no year


@pytest.mark.parametrize(
    ("label", "year"),
    [
        ("R5", 2023),  # an era letter, no 年
        ("令和7", 2025),  # an era name, no 年
        ("S60", 1985),
        ("2023", 2023),  # a bare western year
        ("Ｈ３０年度", 2018),
    ],
)
def test_a_year_without_year_mark_is_still_read(label: str, year: int) -> None:
    assert parse_year_label(label, YearContext()).year == year


@pytest.mark.parametrize("label", ["No.1", "1,234", "第2期", "指標3", "10月", "3.5%"])
def test_a_numeral_without_a_year_mark_names_no_year(label: str) -> None:
    with pytest.raises(NormalizationError) as err:
        parse_year_label(label, YearContext(era="令和"))
    assert err.value.code == "era.unparseable"


_ERALESS = re.compile(r"(?<![\dA-Za-z.])(元|\d{1,2})(年度末|年度|年末|年)")


@given(st.text(alphabet="0123456789,.%第期月指標No人件円千万〇一十ABCabc", max_size=10))
def test_numerals_without_a_year_mark_fail_the_slow_rule_too(label: str) -> None:
    if re.fullmatch(r"(1[89]|2[01])\d\d", normalize_text(label)):
        return  # a bare western year
    with pytest.raises(NormalizationError) as fast:
        parse_year_label(label, YearContext(era="令和"))
    assert fast.value.code == "era.unparseable"
    with pytest.raises(NormalizationError) as slow:
        parse_era_year(label)
    assert slow.value.code == "era.unparseable"
    assert _ERALESS.search(label) is None


def test_the_year_line_of_a_one_line_label_is_its_key() -> None:
    headers = HeaderInterpreter(vocabulary(), YearContext(era="令和"))
    assert headers.reading("Ｒ５年度").year_label == "R5年度"
    assert headers.reading("Ｒ５年度\n実 績").year_label == "R5年度"
    assert headers.reading("５年度").year_label == "5年度"


# ------------------------------------------------- notes and unit notes


@pytest.mark.parametrize(
    ("key", "parts"),
    [
        ("事業費(千円)", ("事業費", "千円")),
        ("事業費（千円）", ("事業費", "千円")),
        ("事業費", ("事業費", "")),
        ("(千円)事業費", ("(千円)事業費", "")),
        ("予算(案)(千円)", ("予算(案)", "千円")),
    ],
)
def test_the_note_is_the_last_bracket(key: str, parts: tuple[str, str]) -> None:
    assert _strip_note(key) == parts


_LAST = re.compile(r"[(（]([^()（）]*)[)）]$")


@given(st.text(alphabet="事業費千円()（）案 x", max_size=10))
def test_the_note_fast_path_agrees_with_the_search(key: str) -> None:
    m = _LAST.search(key)
    assert _strip_note(key) == ((key[: m.start()], m.group(1)) if m else (key, ""))


@pytest.mark.parametrize(
    ("note", "factor"),
    [
        ("千円", 1000),
        ("単位：千円", 1000),
        ("(円)", 1),
        ("事業費（千円）", 1000),
        ("百万円単位", 1_000_000),
        ("（単位 万円）", 10_000),
        ("人", None),
    ],
)
def test_unit_notes_read_the_same_the_second_time(note: str, factor: int | None) -> None:
    vocab = vocabulary()
    headers = HeaderInterpreter(vocab, YearContext())
    assert headers.money_factor(note) == factor
    assert vocab.money_factor(note) == factor  # remembered


# ------------------------------------------------- normalisation without protected runs


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("ＡＢＣ　１２", "ABC 12"),
        ("①事業", "①事業"),  # protected: kept as printed
        ("１①２", "1①2"),
        ("Ⅱ　ｶﾅ", "Ⅱ カナ"),
        ("住⺠数", "住民数"),  # a radical (U+2EA0, CJK RADICAL CIVILIAN)
        ("住⺠\u200b数", "住民数"),  # and a zero-width space
        ("a\u00adb", "ab"),  # a soft hyphen
    ],
)
def test_what_only_the_full_fold_changes_is_still_changed(raw: str, normal: str) -> None:
    assert normalize_text(raw) == normal


def _slow_normalize(s: str) -> str:
    parts = _PROTECTED_SPLIT.split(_INVISIBLE.sub("", s))
    s = "".join(p if i % 2 else unicodedata.normalize("NFKC", p) for i, p in enumerate(parts))
    return re.sub(r"\s+", " ", s.translate(str.maketrans(RADICALS_SUPPLEMENT_MAP))).strip()


@given(st.text(alphabet="ＡＢ１２ａ①⑳Ⅱⅻ㋐ｶﾞﾅ 　\u200b\u00ad⺠⻌⺟事業", max_size=12))
def test_normalisation_agrees_with_the_full_fold(s: str) -> None:
    assert _normalize(s) == _slow_normalize(s)


def test_nfkc_makes_no_radical_of_another_character() -> None:
    """Why a text without a radical skips the radical fold: NFKC never yields one."""
    radicals = set(RADICALS_SUPPLEMENT_MAP)
    made = [
        hex(cp)
        for cp in range(0x110000)
        if not 0xD800 <= cp < 0xE000
        and chr(cp) not in radicals
        and radicals.intersection(unicodedata.normalize("NFKC", chr(cp)))
    ]
    assert made == []


@given(st.text(alphabet="決算見込予算額実績(（）)千円案No.1指標", max_size=12))
def test_a_words_head_before_its_note_names_nothing_more(word: str) -> None:
    """The interpreter asks the vocabulary of a header word only, not again of the word
    without its last bracket: those names are always among the word's."""
    names_of = vocabulary().headers_matching
    key = normalize_text(word).replace(" ", "")
    assert names_of(_strip_note(key)[0]) <= names_of(key)


def test_a_metric_inside_a_word_counts_only_beside_a_year() -> None:
    """実績数 is no label, but 実績 is inside it: beside a year it says the metric."""
    headers = HeaderInterpreter(vocabulary(), YearContext(era="令和"))
    dated = headers.reading("R5年度の実績数")
    assert (dated.year, dated.metric) == (2023, "actual")
    assert headers.reading("実績数").metric is None
    assert vocabulary().header("actual").found_in("の実績数")
    assert not vocabulary().header("actual").found_in("実施数")
