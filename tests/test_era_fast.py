"""document_era skips texts without 年 (every full era year ends in 年 or 年度):
counts worked by hand from the texts."""

from __future__ import annotations

from aizu_extract.normalize.eras import document_era


def test_era_named_most_often_in_full() -> None:
    # 平成 twice in full (平成30年, 平成31年度), 令和 once (令和元年度); 令和7 and
    # 令和8期 print no 年 and are not years in full.
    texts = ["平成30年 実績", "令和元年度 計画", "平成31年度", "令和7", "令和8期", "目次"]
    assert document_era(texts) == "平成"


def test_a_tie_goes_to_the_later_era_and_none_without_a_year() -> None:
    assert document_era(["令和 7 年度", "平成30年"]) == "令和"  # spaces folded away
    assert document_era(["令和7", "施策評価票"]) is None
    assert document_era([]) is None
