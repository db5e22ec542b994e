"""Label matching: a key is a label, or a label followed by a note.

``LabelSet.matches`` cuts the key before each note mark and looks the cuts up
(``label_prefixes``); ``Vocabulary.headers_matching`` and ``field_of`` answer it
for every header name or field at once through one index (``LabelIndex``). All
must say what the rule says, which ``_by_the_rule`` spells out the slow way
(every label tried as a prefix).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aizu_extract.layout.vocabulary import LabelSet, label_prefixes, vocabulary

_NOTE = re.compile(r"^[(（\[［【※*＊:：].*", re.S)  # the rule's note, typed out again


def _by_the_rule(labels: LabelSet, key: str) -> bool:
    if key in labels.keys:
        return True
    if any(key.startswith(k) and _NOTE.match(key[len(k) :]) for k in labels.keys):
        return True
    for pattern in labels.patterns:
        m = pattern.match(key)
        if m and (m.end() == len(key) or _NOTE.match(key[m.end() :])):
            return True
    return False


@pytest.mark.parametrize(
    ("key", "cuts"),
    [
        ("事業費", ["事業費"]),
        ("事業費(千円)", ["事業費(千円)", "事業費"]),
        ("事業費(千円)※参考", ["事業費(千円)※参考", "事業費", "事業費(千円)"]),
        ("(単位:千円)", ["(単位:千円)", "", "(単位"]),
    ],
)
def test_label_prefixes_cut_before_every_note_mark(key: str, cuts: list[str]) -> None:
    assert list(label_prefixes(key)) == cuts


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("目標値", True),
        ("目標値(R7)", True),  # a label and its note
        ("目標値※1", True),
        ("目標値R7", False),  # no note mark: another word
        ("年度目標値", False),  # the label must come first
    ],
)
def test_a_label_with_its_note_matches(key: str, expected: bool) -> None:
    labels = LabelSet.of(["目標値", "目標"])
    assert labels.matches(key) is expected
    assert _by_the_rule(labels, key) is expected


def _label_keys() -> list[str]:
    vocab = vocabulary()
    sets = [*vocab.headers.values(), *vocab.fields.values()]
    return sorted({k for labels in sets for k in labels.keys})


_KEYS = _label_keys()
_PIECES = st.one_of(
    st.sampled_from(_KEYS),
    st.sampled_from(list("(（[［【※*＊:：)）年度値千円0123456789")),
    st.text(alphabet="目標実績基準予算決算差引単位", max_size=3),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=4).map("".join))
def test_every_header_answers_as_the_rule_says(key: str) -> None:
    vocab = vocabulary()
    matched = vocab.headers_matching(key)
    for name, labels in vocab.headers.items():
        assert (name in matched) is _by_the_rule(labels, key), (name, key)
        assert labels.matches(key) is _by_the_rule(labels, key), (name, key)
    first = next((n for n, labels in vocab.fields.items() if _by_the_rule(labels, key)), None)
    assert vocab.field_of(key) == first, key
    some = tuple(list(vocab.fields)[::3])  # a form asking about some fields only
    first_of_some = next(
        (n for n, labels in vocab.fields.items() if n in some and _by_the_rule(labels, key)), None
    )
    assert vocab.field_of(key, some) == first_of_some, key


def test_every_header_name_the_interpreter_asks_about_is_in_the_vocabulary() -> None:
    """The interpreter asks ``name in headers_matching(key)``: a name missing from the
    vocabulary would answer False silently (``header(name)`` raised), so check them."""
    from aizu_extract.layout import headers

    asked = {
        *headers._METRICS,
        *headers._BASES,
        "difference",
        "axis",
        "final_target",
        "number_column",
        "unit_column",
        "group",
        "subject_column",
        "number_label",
        "definition",
        "indicator_activity",
        "indicator_outcome",
        "indicator_name",
    }
    assert asked <= set(vocabulary().headers)
