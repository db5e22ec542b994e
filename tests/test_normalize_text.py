"""as_read / as_read_span / normalize_text / join_wrapped / compact /
strip_footnote_markers / is_dash."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aizu_extract.normalize.text import (
    RADICALS_SUPPLEMENT_MAP,
    as_read,
    as_read_span,
    circled_number,
    compact,
    is_dash,
    is_protected_marker,
    join_wrapped,
    normalize_text,
    ordinal_number,
    strip_footnote_markers,
)

# ------------------------------------------------------------ normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("４，０００", "4,000"),
        ("ＫＰＩ（累計）", "KPI(累計)"),
        ("重要業績評価指標（K P I）", "重要業績評価指標(K P I)"),
        ("⽇本", "日本"),  # Kangxi radical U+2F47
        ("⾏政評価", "行政評価"),  # Kangxi radical U+2F8F
        ("\uf900", "豈"),  # CJK compatibility ideograph
        ("⻑野", "長野"),  # CJK Radicals Supplement: NFKC leaves it
        ("市⺠", "市民"),
        ("⻄会津", "西会津"),
        ("⻘少年", "青少年"),
        ("⻝育", "食育"),
        ("⺟子", "母子"),
        ("⻤", "鬼"),
        ("⺩", "王"),
        ("⻆", "角"),
        ("⻨", "麦"),
        ("⻩", "黄"),
        ("⻭科", "歯科"),
        ("⻯", "竜"),
        ("⻲", "亀"),
        ("①域内への進学・就職支援", "①域内への進学・就職支援"),
        ("⑳", "⑳"),
        ("㉑㉟㊿", "㉑㉟㊿"),
        ("重点プロジェクトⅡ", "重点プロジェクトⅡ"),
        ("Ⅰ Ⅳ Ⅻ ⅰ ⅻ", "Ⅰ Ⅳ Ⅻ ⅰ ⅻ"),
        ("㋐", "㋐"),
        ("⑴ 地方創生", "(1) 地方創生"),  # parenthesised digits fold like typed （１）
        ("H21～22", "H21~22"),
        ("14〜19万人", "14〜19万人"),  # wave dash U+301C is kept as is
        ("～ステージ2～", "~ステージ2~"),
        ("  国際交流\u3000協会  ", "国際交流 協会"),
        ("a\t\n b", "a b"),
        ("交\u200b流", "交流"),  # zero-width space
        ("㋿7年度", "令和7年度"),  # square era name
        ("㍻30年", "平成30年"),
        ("", ""),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_radicals_map_targets_are_unified_ideographs() -> None:
    for radical, ideograph in RADICALS_SUPPLEMENT_MAP.items():
        assert 0x2E80 <= ord(radical) <= 0x2EFF
        assert unicodedata.name(ideograph).startswith("CJK UNIFIED IDEOGRAPH"), radical


def test_radicals_supplement_block_mostly_covered() -> None:
    named = [chr(c) for c in range(0x2E80, 0x2F00) if unicodedata.name(chr(c), None)]
    missing = [c for c in named if normalize_text(c) == c]
    assert len(missing) <= 6, missing


_MARKERS = "①②③⑩⑳㉑㊿ⅠⅡⅢⅣⅫⅰⅱⅻ㋐"
_TEXT_ALPHABET = st.sampled_from(
    list(
        "あア亜日本会津若松市ＡＢａｂ０１２３4,000KPI（）()・-－ー—―_～〜~ \u3000\t\n"
        "⽇⾏⻑⺠⻄⻘\uf900㋿㍻⑴¹²é\u0301\u200b"
    )
    + list(_MARKERS)
)
_texts = st.text(_TEXT_ALPHABET, max_size=40) | st.text(max_size=20)


@given(_texts)
def test_normalize_text_is_idempotent(s: str) -> None:
    once = normalize_text(s)
    assert normalize_text(once) == once


@given(_texts, st.sampled_from(list(_MARKERS)))
def test_outline_markers_never_folded(s: str, marker: str) -> None:
    out = normalize_text(marker + s)
    assert out.startswith(marker)
    assert out.count(marker) >= 1


@given(_texts)
def test_normalize_text_no_space_runs_or_padding(s: str) -> None:
    out = normalize_text(s)
    assert out == out.strip()
    assert "  " not in out and "\u3000" not in out


@given(_texts)
def test_tildes_never_deleted(s: str) -> None:
    out = normalize_text("H21" + s + "～22")
    assert out.startswith("H21")
    assert out.endswith("~22")  # NFKC's ～ → ~ is fine; never ー, never deleted


@pytest.mark.parametrize("ch", [chr(c) for c in range(0x2460, 0x2474)] + list("ⅠⅡⅢⅣⅤⅫⅰⅻ"))
def test_is_protected_marker(ch: str) -> None:
    assert is_protected_marker(ch)
    assert normalize_text(ch) == ch


# ------------------------------------------------------------ join_wrapped


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["会津若松市移住コーディ", "ネーターの設置"], "会津若松市移住コーディネーターの設置"),
        (["VISIT", "AIZU"], "VISIT AIZU"),
        (["ＶＩＳＩＴ", "ＡＩＺＵ"], "VISIT AIZU"),
        (["ICT", "関連企業の誘致"], "ICT関連企業の誘致"),
        (
            ["デジタル情報プラットフォームの登録者数", "(累計)"],
            "デジタル情報プラットフォームの登録者数(累計)",
        ),
        (["国際交流協会への移管に向け ", " た協議"], "国際交流協会への移管に向けた協議"),
        (["Tokyo Global", "Gateway立川"], "Tokyo Global Gateway立川"),
        (["", "  ", "市民"], "市民"),
        ([], ""),
        (["①域内への", "進学"], "①域内への進学"),
        (["1,700千円(市70", "0千円、県700千円"], "1,700千円(市700千円、県700千円"),
    ],
)
def test_join_wrapped(lines: list[str], expected: str) -> None:
    assert join_wrapped(lines) == expected


@given(st.lists(_texts, max_size=5))
def test_join_wrapped_is_normalised(lines: list[str]) -> None:
    out = join_wrapped(lines)
    assert normalize_text(out) == out


# ------------------------------------------------------------ compact


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("重要業績評価指標 (K P I)", "重要業績評価指標(KPI)"),
        ("重要業績評価指標（K P I）", "重要業績評価指標(KPI)"),
        ("重要業績評価指標 (KPI)", "重要業績評価指標(KPI)"),
        ("財務内容 単位(千円)", "財務内容単位(千円)"),
        ("概要 (目的・内容)", "概要(目的・内容)"),
        ("R 元年度末値", "R元年度末値"),
    ],
)
def test_compact(raw: str, expected: str) -> None:
    assert compact(raw) == expected


@given(_texts)
def test_compact_has_no_whitespace(s: str) -> None:
    assert not any(ch.isspace() for ch in compact(s))


# ------------------------------------------------------------ footnotes


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("新規企業立地件数⁴ (累計)", "新規企業立地件数 (累計)"),
        ("関連講座受講者数¹² /年", "関連講座受講者数 /年"),
        ("受講者数⁽³⁾", "受講者数"),
        ("新規企業立地件数 <sup>4</sup> (累計)", "新規企業立地件数  (累計)"),
        ("平均来場者数 ※R2年度末", "平均来場者数 ※R2年度末"),  # ※ is a qualifier
        ("2,290", "2,290"),
    ],
)
def test_strip_footnote_markers(raw: str, expected: str) -> None:
    assert strip_footnote_markers(raw) == expected


# ------------------------------------------------------------ is_dash


@pytest.mark.parametrize(
    "s",
    ["", " ", "\u3000", "-", "－", "—", "―", "‐", "‑", "–", "_", "＿", "ー", "ｰ", "…",
     "− ", "――", "- -", " － ", "─", "・・・".replace("・", "…")],
)  # fmt: skip
def test_is_dash_true(s: str) -> None:
    assert is_dash(s)


@pytest.mark.parametrize("s", ["0", "-490", "整備完了", "—人", "ー1", "R5", "△", "~"])
def test_is_dash_false(s: str) -> None:
    assert not is_dash(s)


_DASHES = list("-－—―‐‑–_＿ーｰ…−─ \u3000")


@given(st.text(st.sampled_from(_DASHES), max_size=8))
def test_is_dash_on_generated_dash_strings(s: str) -> None:
    assert is_dash(s)


@given(st.text(st.sampled_from(_DASHES), max_size=4), st.sampled_from(list("0９人A整")))
def test_is_dash_false_with_any_content(s: str, content: str) -> None:
    assert not is_dash(s + content + s)


# ------------------------------------------------------------ as_read (value_text)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("－", "－"),  # U+FF0D kept: the contract's value_text is the cell as read
        ("１，９１３", "１，９１３"),
        ("2, 290", "2, 290"),  # a stray printed space stays
        ("  3,691 \n", "3,691"),
        ("4,115\n(0)", "4,115 (0)"),  # a wrapped cell reads as one line
        ("⽬標", "⽬標"),  # a Kangxi radical is not folded
        ("", ""),
    ],
)
def test_as_read(raw: str, expected: str) -> None:
    assert as_read(raw) == expected


@given(_texts)
def test_as_read_only_changes_whitespace(s: str) -> None:
    assert as_read(s).split() == s.split()
    assert normalize_text(as_read(s)) == normalize_text(s)


@pytest.mark.parametrize(
    ("raw", "found", "expected"),
    [
        ("【数値目標：１，０００人（令和９年度）】", "1,000人(令和9年度)",
         "１，０００人（令和９年度）"),
        ("指標：移住者数  【目標：　８件】", "8件", "８件"),
        ("目標 －", "-", "－"),
    ],
)
def test_as_read_span(raw: str, found: str, expected: str) -> None:
    text = normalize_text(raw)
    start = text.index(found)
    assert as_read_span(raw, start, start + len(found)) == expected


@given(st.text(st.sampled_from("０１２３４５６７８９，．人（）年度 　指標ＡＢab12,."), max_size=24))
def test_as_read_span_normalises_back(raw: str) -> None:
    """Whatever span of the normalised text is asked for, the printed text returned
    normalises to that span (full-width digits and spaces in any mix)."""
    text = normalize_text(raw)
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            piece = text[start:end]
            if piece != piece.strip():
                continue
            assert normalize_text(as_read_span(raw, start, end)) == piece


def test_circled_and_plain_ordinals() -> None:
    """①..⑳, ㉑..㊿ print 1..50; normalize_text keeps them, so readers ask here."""
    assert [circled_number(c) for c in "①②⑳㉑㉟㊱㊿"] == [1, 2, 20, 21, 35, 36, 50]
    assert circled_number("1") is None and circled_number("①②") is None
    assert circled_number("Ⓐ") is None
    assert (ordinal_number("12"), ordinal_number("③"), ordinal_number("１")) == (12, 3, None)
    assert ordinal_number("1.0") is None and ordinal_number("") is None
