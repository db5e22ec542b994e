"""A 目次 entry's dot leader and page number, with the cheaper test first (the text
must end in a decimal digit before the leader is searched): worked by hand from the
rule — three leader dots (or two and a space) right before 1–4 digits at the end."""

from __future__ import annotations

from aizu_extract.index_pages import toc_leader as _toc_leader


def test_leader_and_page_number_at_the_end() -> None:
    assert _toc_leader("事業一覧……5")  # two ellipses: six dots, then 5
    assert _toc_leader("はじめに...12")
    assert _toc_leader("施策の体系・・ 7")  # two dots and a space
    assert _toc_leader("第2章……１２")  # full-width digits are decimal digits too


def test_no_page_number_at_the_end_is_no_entry() -> None:
    assert not _toc_leader("事業一覧……")  # the leader alone
    assert not _toc_leader("事業一覧……5頁")  # ends in a letter, not a digit
    assert not _toc_leader("平成30年度")
    assert not _toc_leader("事業一覧……12345")  # five digits: not a page number
    assert not _toc_leader("")


def test_a_final_newline_still_ends_the_entry() -> None:
    # ``$`` matches before a final newline: the cheaper test must let it through.
    assert _toc_leader("事業一覧……5\n")
