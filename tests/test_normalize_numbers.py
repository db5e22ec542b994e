"""parse_quantity / parse_amount_thousand_yen / kanji numerals — cases from the seeds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aizu_extract.normalize.errors import NormalizationError
from aizu_extract.normalize.numbers import (
    Quantity,
    _ja_letters,
    parse_amount_thousand_yen,
    parse_kanji_numeral,
    parse_quantity,
    to_kanji_numeral,
)

# ------------------------------------------------------------ parse_quantity

QUANTITY_CASES = [
    # (text, value, unit, qualifier)
    ("4,000", 4000, None, None),
    ("2, 290", 2290, None, None),
    ("2,481", 2481, None, None),
    ("４，０００", 4000, None, None),
    ("1.51", 1.51, None, None),
    ("57.3%", 57.3, "%", None),
    ("107%", 107, "%", None),
    ("122.9%", 122.9, "%", None),
    ("15.30%", 15.3, "%", None),
    ("△1,234", -1234, None, None),
    ("▲1,234", -1234, None, None),
    ("▲7%", -7, "%", None),
    ("-490", -490, None, None),
    ("\u2012490 人", -490, "人", None),  # U+2012 figure dash printed as minus (PyMuPDF sample)
    ("-490 人", -490, "人", None),
    ("－490", -490, None, None),
    ("約150", 150, None, "約"),
    ("三", 3, None, None),
    ("二十", 20, None, None),
    ("百二十三", 123, None, None),
    ("1万5千", 15000, None, None),
    ("2万", 20000, None, None),
    ("1.5万", 15000, None, None),
    ("1万5千人", 15000, "人", None),
    ("三千人", 3000, "人", None),
    ("3千人", 3, "千人", None),  # unit kept as printed, like 129 千人
    ("129 千人", 129, "千人", None),
    ("69.5 千人", 69.5, "千人", None),
    ("370 万人", 370, "万人", None),
    ("1,032 億円", 1032, "億円", None),
    ("218,600 百万円 (見込値)", 218600, "百万円", "見込値"),
    ("8,273 百万円 (見込値)", 8273, "百万円", "見込値"),
    ("224,960 百万円", 224960, "百万円", None),
    ("9, 500 人 (見込値)", 9500, "人", "見込値"),
    ("19, 500 人", 19500, "人", None),
    ("227, 616 k W (見込値)", 227616, "kW", "見込値"),
    ("238, 352 k W", 238352, "kW", None),
    ("150 人 (目標値)", 150, "人", "目標値"),
    ("44.7% (速報値)", 44.7, "%", "速報値"),
    ("100% (見込値)", 100, "%", "見込値"),
    ("2.2% (見込値)", 2.2, "%", "見込値"),
    ("654 校（見込値）", 654, "校", "見込値"),
    ("50 個 (見込値)", 50, "個", "見込値"),
    ("200 件 (見込値)", 200, "件", "見込値"),
    ("25人 ※R2年度末", 25, "人", "※R2年度末"),
    ("3%増", 3, "%", "増"),
    ("約150人 (見込値)", 150, "人", "約 見込値"),
    ("46 人", 46, "人", None),
    ("6 件", 6, "件", None),
    ("10 社", 10, "社", None),
    ("1,200 人", 1200, "人", None),
    ("3,967 人", 3967, "人", None),
    ("2.3 人", 2.3, "人", None),
    ("35 世帯", 35, "世帯", None),
    ("3,691 千円", 3691, "千円", None),
    ("500 円", 500, "円", None),
    ("12 回", 12, "回", None),
    ("808 校", 808, "校", None),
    ("60 個", 60, "個", None),
    ("4 地域", 4, "地域", None),
    ("31 名", 31, "名", None),
    ("10 か所", 10, "か所", None),
    ("10 箇所", 10, "箇所", None),
    ("5 台", 5, "台", None),
    ("5 件/年", 5, "件/年", None),
    ("0", 0, None, None),
    ("0.98 人", 0.98, "人", None),
]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), QUANTITY_CASES)
def test_parse_quantity(text: str, value: float, unit: str | None, qualifier: str | None) -> None:
    assert parse_quantity(text) == Quantity(float(value), unit, qualifier, text)


# A footnote reference ``※n`` glued to the value is a mark, not a qualifier; ``※``
# followed by words is a note and stays one.
FOOTNOTE_REF_CASES = [
    ("6,342※1（速報値）", 6342, None, "速報値"),
    ("6,342※1 (速報値)", 6342, None, "速報値"),
    ("25人※2", 25, "人", None),
    ("8件 ※3", 8, "件", None),
    ("12 ※1 住民基本台帳による", 12, None, "※1 住民基本台帳による"),
]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), FOOTNOTE_REF_CASES)
def test_parse_quantity_footnote_reference(
    text: str, value: float, unit: str | None, qualifier: str | None
) -> None:
    assert parse_quantity(text) == Quantity(float(value), unit, qualifier, text)


@pytest.mark.parametrize(
    "text", ["", " ", "-", "－", "—", "―", "‐", "_", "＿", "ー", "ｰ", "…", "- -"]
)
def test_parse_quantity_dash(text: str) -> None:
    assert parse_quantity(text) == Quantity(None, None, None, text)


@pytest.mark.parametrize(
    "text", ["整備完了", "一人一台端末の導入", "R2年度末", "検討中", "最終目標"]
)
def test_parse_quantity_not_numeric(text: str) -> None:
    with pytest.raises(NormalizationError) as info:
        parse_quantity(text)
    assert info.value.code == "number.not_numeric"
    assert info.value.value_text == text


@pytest.mark.parametrize(
    "text", ["12abc", "46 49", "1,23", "4.5.6", "1,2,3,,", "14～19万人", "-abc"]
)
def test_parse_quantity_unparseable(text: str) -> None:
    with pytest.raises(NormalizationError) as info:
        parse_quantity(text)
    assert info.value.code == "number.unparseable"
    assert isinstance(info.value, ValueError)


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


@st.composite
def printed_integers(draw: st.DrawFn) -> tuple[int, str]:
    """An integer and one way a PDF might print it."""
    n = draw(st.integers(min_value=-(10**12), max_value=10**12))
    body = f"{abs(n):,}" if draw(st.booleans()) else str(abs(n))
    body = body.replace(",", draw(st.sampled_from([",", ", ", ",  "])))
    sign = draw(st.sampled_from(["-", "△", "▲", "－"])) if n < 0 else ""
    text = sign + body
    if draw(st.booleans()):
        text = _fullwidth(text)
    unit = draw(st.sampled_from(["", " 人", "件", " 百万円", "%", " k W"]))
    return n, text + unit


@given(printed_integers())
def test_parse_quantity_round_trip(case: tuple[int, str]) -> None:
    n, text = case
    q = parse_quantity(text)
    assert q.value == n
    assert q.text == text


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False))
def test_parse_quantity_decimals(d) -> None:
    assert parse_quantity(f"{d}%").value == pytest.approx(float(d))


# ------------------------------------------------------------ budget cells (千円)

AMOUNT_CASES = [
    ("3,691", 3_691_000),
    ("22, 309", 22_309_000),
    ("１，９１３", 1_913_000),
    ("1, 913", 1_913_000),
    ("4 , 161", 4_161_000),
    ("△50", -50_000),
    ("▲1,234", -1_234_000),
    ("601", 601_000),
    ("0", 0),
    ("1.5", 1_500),
    ("4, 161", 4_161_000),
    ("2,216", 2_216_000),
    ("3,520 千円", 3_520_000),
    ("-", None),
    ("－", None),
    ("_", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "yen"), AMOUNT_CASES)
def test_parse_amount_thousand_yen(text: str, yen: int | None) -> None:
    result = parse_amount_thousand_yen(text)
    assert result == yen
    assert result is None or type(result) is int


@pytest.mark.parametrize(
    ("text", "code"),
    [("事業費", "number.not_numeric"), ("1,23", "number.unparseable"),
     ("12 34", "number.unparseable"), ("601 601", "number.unparseable"),
     ("0.0001", "number.fractional_yen")],
)  # fmt: skip
def test_parse_amount_rejects(text: str, code: str) -> None:
    with pytest.raises(NormalizationError) as info:
        parse_amount_thousand_yen(text)
    assert info.value.code == code


@given(st.integers(min_value=-(10**9), max_value=10**9), st.booleans(), st.booleans())
def test_parse_amount_round_trip(n: int, separators: bool, fullwidth: bool) -> None:
    body = f"{abs(n):,}".replace(",", ", ") if separators else str(abs(n))
    text = ("△" if n < 0 else "") + body
    if fullwidth:
        text = _fullwidth(text)
    assert parse_amount_thousand_yen(text) == n * 1000


# ------------------------------------------------------------ kanji numerals


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("〇", 0), ("一", 1), ("三", 3), ("十", 10), ("十一", 11), ("二十", 20),
        ("三十", 30), ("百", 100), ("百二十三", 123), ("千", 1000), ("一千", 1000),
        ("三千", 3000), ("一万", 10000), ("万", None), ("1万5千", 15000), ("2万", 20000),
        ("12万3千", 123000), ("千万", 10**7), ("一億二千万", 120_000_000),
        ("二〇二五", 2025), ("壱万弐千", 12000), ("拾", 10), ("1兆", 10**12),
    ],
)  # fmt: skip
def test_parse_kanji_numeral(text: str, n: int | None) -> None:
    if n is None:
        with pytest.raises(NormalizationError):
            parse_kanji_numeral(text)
    else:
        assert parse_kanji_numeral(text) == n


@pytest.mark.parametrize("text", ["", "十十", "百千", "万億", "人", "1.5", "一1"])
def test_parse_kanji_numeral_rejects(text: str) -> None:
    with pytest.raises(NormalizationError) as info:
        parse_kanji_numeral(text)
    assert info.value.code == "number.unparseable"


@pytest.mark.parametrize(
    ("n", "text"),
    [(0, "〇"), (1, "一"), (10, "十"), (15, "十五"), (30, "三十"), (123, "百二十三"),
     (1000, "千"), (10000, "一万"), (15000, "一万五千"), (2025, "二千二十五")],
)  # fmt: skip
def test_to_kanji_numeral(n: int, text: str) -> None:
    assert to_kanji_numeral(n) == text


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_kanji_numeral_round_trip(n: int) -> None:
    assert parse_kanji_numeral(to_kanji_numeral(n)) == n


@pytest.mark.parametrize("n", [-1, 10**16])
def test_to_kanji_numeral_range(n: int) -> None:
    with pytest.raises(ValueError):
        to_kanji_numeral(n)


@given(st.integers(min_value=0, max_value=10**8))
def test_kanji_quantity_round_trip(n: int) -> None:
    assert parse_quantity(to_kanji_numeral(n) + "人") == Quantity(
        float(n), "人", None, to_kanji_numeral(n) + "人"
    )


_NUMBERISH = st.text(
    st.sampled_from(
        list("0123456789,.，０１ 　-－△▲約万千百十億一二三〇人%kW()（）※見込値R年度～")
    ),
    max_size=15,
)


@given(_NUMBERISH | st.text(max_size=10))
def test_only_normalization_errors_escape(s: str) -> None:
    """Parsers rely on catching NormalizationError alone."""
    for parse in (parse_quantity, parse_amount_thousand_yen, parse_kanji_numeral):
        try:
            parse(s)
        except NormalizationError as exc:
            assert exc.code.startswith("number.")
            assert exc.value_text == s


def test_error_pickles_with_its_code() -> None:
    import pickle

    err = pickle.loads(pickle.dumps(NormalizationError("number.unparseable", "1,23", "bad")))
    assert (err.code, err.value_text, err.message) == ("number.unparseable", "1,23", "bad")
    assert "1,23" in str(err)


# ------------------------------------------------------------ targets in words (contract v1.1)

WORDS_CASES = [
    # (text, value, unit, qualifier)
    ("５年間で６人", 6, "人", "5年間で"),
    ("5年間で1人", 1, "人", "5年間で"),
    ("年40人", 40, "人", "年"),
    ("年１１１校", 111, "校", "年"),
    ("年 1,500 人", 1500, "人", "年"),
    ("毎年10件", 10, "件", "毎年"),
    ("3か年で12社", 12, "社", "3か年で"),
    ("年3人（5年間で15人）", 3, "人", "年 5年間で15人"),
    ("年１２人（延べ３００日）", 12, "人", "年 延べ300日"),
    ("９人（延べ２４３日）", 9, "人", "延べ243日"),
    ("5年間で2か所", 2, "か所", "5年間で"),
]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), WORDS_CASES)
def test_targets_in_words(text: str, value: float, unit: str, qualifier: str) -> None:
    assert parse_quantity(text) == Quantity(float(value), unit, qualifier, text)


@pytest.mark.parametrize(
    "text",
    ["増加", "全校実施", "維持", "一部実施", "1年間収録し DVD化 中学校へ配布",
     "5年間で1組織化 卒業生の親で希望される方 ※PTAではない組織", "旭川・札幌・地元 各地域で年1回",
     "年度末 5人"],
)
def test_targets_in_words_not_numeric(text: str) -> None:
    """Words, and a number inside a phrase: kept as value_text (value null), not rejected."""
    with pytest.raises(NormalizationError) as info:
        parse_quantity(text)
    assert info.value.code == "number.not_numeric"


@given(
    st.integers(min_value=1, max_value=20),
    st.integers(min_value=0, max_value=10**6),
    st.sampled_from(["人", "件", "校", "か所", "事業", "回"]),
    st.booleans(),
)
def test_period_targets_round_trip(years: int, n: int, unit: str, fullwidth: bool) -> None:
    text = f"{years}年間で{n:,}{unit}"
    if fullwidth:
        text = _fullwidth(text)
    assert parse_quantity(text) == Quantity(float(n), unit, f"{years}年間で", text)


@given(st.integers(min_value=0, max_value=10**6), st.sampled_from(["年", "毎年", "年間"]))
def test_rate_targets_round_trip(n: int, lead: str) -> None:
    q = parse_quantity(f"{lead}{n}人")
    assert (q.value, q.unit, q.qualifier) == (float(n), "人", lead)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("年間収録しDVD化", 6),  # 年 間 収 録 し 化
        ("ア・イ", 3),  # ・ is in the katakana block
        ("ｱｲｳ", 0),  # half-width katakana
        ("人々", 1),  # 々 (U+3005) is not in the blocks
        ("ゐ鿿", 2),  # U+3090 and the last unified ideograph
        ("", 0),
    ],
)
def test_japanese_letters_counted_for_a_phrase(text: str, letters: int) -> None:
    assert _ja_letters(text) == letters
