"""Matching keys for names that must line up across tables (indicators, units,
business units), built with SudachiPy.

Sudachi's ``normalized_form`` folds spelling variants that NFKC cannot
(``コンピュータ``/``コンピューター``, ``附属``/``付属``), so the same indicator
printed slightly differently in two years gets the same key. The dictionary
is loaded lazily, once per process: importing this package stays cheap.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .text import compact

if TYPE_CHECKING:
    from sudachipy import Tokenizer

__all__ = ["match_key"]

_DROPPED_POS = frozenset({"補助記号", "空白"})  # punctuation, whitespace
_CHUNK = 4000  # characters; Sudachi rejects very long inputs (~49 kB)


@lru_cache(maxsize=1)
def _tokenizer() -> Tokenizer:
    from sudachipy import Dictionary, SplitMode

    return Dictionary(dict="core").tokenizer(mode=SplitMode.C)


@lru_cache(maxsize=16384)
def match_key(text: str) -> str:
    """Normalised key: compact(text) (NFKC, no whitespace, so line-wrap spaces
    vanish), then the Sudachi mode-C normalized forms with punctuation dropped.
    ``会津若松市移住コーディ ネーターの設置`` and ``会津若松市移住コーディネーターの設置``
    give the same key."""
    s = compact(text)
    tok = _tokenizer()
    forms: list[str] = []
    for start in range(0, len(s), _CHUNK):
        for m in tok.tokenize(s[start : start + _CHUNK]):
            if m.part_of_speech()[0] not in _DROPPED_POS:
                forms.append(m.normalized_form())
    return "".join(forms)
