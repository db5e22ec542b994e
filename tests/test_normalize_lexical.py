"""match_key: one key per indicator / business-unit name, whatever the PDF did to it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aizu_extract.normalize.lexical import _tokenizer, match_key
from aizu_extract.normalize.text import join_wrapped

BASE = "会津若松市移住コーディネーターの設置"


@pytest.mark.parametrize(
    "variant",
    [
        BASE,
        "会津若松市移住コーディ ネーターの設置",  # line-wrap space
        "会津若松市移住コーディ\nネーターの設置",
        "会津若松市移住ｺｰﾃﾞｨﾈｰﾀｰの設置",  # half-width katakana
        "　会津若松市　移住コーディネーターの設置　",  # ideographic spaces
        join_wrapped(["会津若松市移住コーディ", "ネーターの設置"]),
    ],
)
def test_same_name_same_key(variant: str) -> None:
    assert match_key(variant) == match_key(BASE)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("重要業績評価指標 (K P I)", "重要業績評価指標（KPI）"),
        (
            "デジタル情報プラットフォームの登録者数 (累計)",
            "デジタル情報プラットフォームの登録者数（累計）",
        ),
        ("観光客入込数／年 (1～12月)", "観光客入込数/年（1～12月）"),
        (
            "会津若松市定住・二地域居住推進協議会負担金",
            "会津若松市定住・二地域居住推進協議会 負担金",
        ),
        ("ＵＩＪターン等移住給付金", "UIJターン等移住給付金"),
        ("コンピュータ教室", "コンピューター教室"),  # Sudachi spelling normalisation
        ("国際交流協会活動参加人数", "国際交流協会活動参加 人数"),
    ],
)
def test_variants_share_key(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (BASE, "地方学生就職支援事業"),
        ("移住相談件数(年間)", "移住実践者数(累計)"),
        ("姉妹都市むつ市との交流事業", "友好都市交流事業"),
        ("新規企業立地件数(累計)", "ベンチャーの起業数(累計)"),
        ("観光客入込数/年", "教育旅行学校数/年"),
    ],
)
def test_different_names_differ(a: str, b: str) -> None:
    assert match_key(a) != match_key(b)


def test_punctuation_and_whitespace_dropped() -> None:
    assert match_key("「就職フェア in あいづ」・（累計）") == match_key("就職フェアinあいづ累計")
    assert match_key("") == ""
    assert match_key("・、。 ") == ""


def test_tokenizer_loaded_once() -> None:
    assert _tokenizer() is _tokenizer()


def test_import_does_not_load_dictionary() -> None:
    code = "import sys, aizu_extract.normalize; print('sudachipy' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={"PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")},
    )  # fmt: skip
    assert out.stdout.strip() == "False"


def test_long_text_is_chunked() -> None:
    long_text = BASE * 3000  # > Sudachi's input limit in one go
    assert match_key(long_text).startswith(match_key(BASE))


_NAMES = st.sampled_from(
    [
        BASE,
        "地方学生就職支援事業",
        "移住支援金",
        "グローバル人材育成事業",
        "再生可能エネルギー発電施設の設定容量",
    ]
)


@settings(max_examples=50)
@given(_NAMES, st.lists(st.integers(min_value=1, max_value=20), max_size=3))
def test_wrapping_anywhere_keeps_key(name: str, cuts: list[int]) -> None:
    points = sorted({c % len(name) for c in cuts} - {0})
    pieces = [name[i:j] for i, j in zip([0, *points], [*points, len(name)], strict=True)]
    assert match_key(" ".join(pieces)) == match_key(name)
    assert match_key("\n".join(pieces)) == match_key(name)
