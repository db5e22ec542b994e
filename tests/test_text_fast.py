"""Text folds that skip their table when there is nothing to fold: the results,
typed by hand, are those of the full fold."""

from __future__ import annotations

from aizu_extract.normalize.text import compact, normalize_text
from aizu_extract.parsers.strategy.common import fold_dashes


def test_figure_dash_folds_to_a_hyphen_everywhere_in_the_text() -> None:
    # U+2012 FIGURE DASH twice (‒490 人, AI‒OCR); the minus sign U+2212 stays.
    assert fold_dashes("\u2012490人 AI\u2012OCR") == "-490人 AI-OCR"
    assert fold_dashes("\u2212490人") == "\u2212490人"
    assert fold_dashes("") == ""


def test_radicals_fold_only_where_printed() -> None:
    # ⻌ (U+2ECC CJK RADICAL SIMPLIFIED WALK) and ⺠ (U+2EA0 CJK RADICAL CIVILIAN)
    # become 辶 and 民; text without a radical is only NFKC-normalised (１→1).
    assert normalize_text("⻌道 ⺠生") == "辶道 民生"
    assert normalize_text("市民１人") == "市民1人"
    assert compact("住 ⺠ 数") == "住民数"
