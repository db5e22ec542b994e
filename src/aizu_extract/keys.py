"""Identity keys of indicators and business units across documents (no Arrow here).

One definition, used by the series tables (:mod:`series`) and by the workers:

    kpi_key:  municipality | kind | Sudachi-normalised name | unit
    unit_key: municipality | Sudachi-normalised business unit name

The costly part is the Sudachi fold of a name (:func:`indicator_name_key`):
the dictionary is ~80 MB and takes a while to load. A pool worker has it
loaded anyway (the checks match names with it), so it folds the names of its
own document (:func:`document_name_keys`) and fills that document's
``kpi_key`` (:func:`fill_kpi_keys`: every input of a key — the municipality,
a sibling row's unit — is in the same document). The main process is handed
the folded names with the outcome (:func:`remember`) and, at publish, looks
them up instead of loading the dictionary. A name nobody handed over (a row
kept from an earlier version) is folded here, as before: same key either way.

This module imports neither pyarrow nor Sudachi (the dictionary is loaded on
the first fold), so a worker and the command's main process can both use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, MutableMapping
from typing import Any

from .normalize.lexical import match_key
from .normalize.text import compact
from .settings import DEFAULT, SeriesSettings

__all__ = [
    "SEP",
    "document_name_keys",
    "fill_kpi_keys",
    "forget",
    "indicator_name_key",
    "kpi_key",
    "remember",
    "row_keys",
    "unit_key",
]

SEP = "|"

# A note glued to an indicator name: ``※R2年度末``, ``*1``, ``（注1）``. It is a
# qualifier, not part of what is measured, so the key leaves it out.
_NOTE = re.compile(r"\s*(?:[※＊*].*|[（(]\s*注\s*\d*\s*[)）])\s*$")

# Names folded by a worker, handed to this process (see remember).
_FOLDED: dict[str, str] = {}


def _fold(name: str) -> str:
    text = compact(name)
    stripped = _NOTE.sub("", text)
    return match_key(stripped or text) or text


def indicator_name_key(name: str) -> str:
    """An indicator name without notes, folded by SudachiPy (``取組`` == ``取り組み``)."""
    folded = _FOLDED.get(name)
    return folded if folded is not None else _fold(name)


def remember(folded: Mapping[str, str]) -> None:
    """Take names a worker folded (``name → indicator_name_key(name)``), so that keys
    of those names are built here without the Sudachi dictionary."""
    _FOLDED.update(folded)


def forget() -> None:
    """Drop the names handed over so far (a new run starts): a long-lived caller's
    process does not accumulate every name of every run."""
    _FOLDED.clear()


def document_name_keys(names: Iterable[str]) -> dict[str, str]:
    """``name → indicator_name_key(name)`` for the distinct ``names`` of one document."""
    return {name: indicator_name_key(name) for name in dict.fromkeys(names)}


def _municipality_part(municipality: str | None, doc_id: str, settings: SeriesSettings) -> str:
    if municipality and compact(municipality):
        return compact(municipality)
    return "doc:" + doc_id[: settings.unknown_municipality_id_chars]


def kpi_key(
    municipality: str | None,
    kind: str,
    name: str,
    unit: str | None,
    *,
    doc_id: str = "",
    settings: SeriesSettings = DEFAULT.series,
) -> str:
    """The one definition of an indicator's identity across documents and years."""
    parts = (
        _municipality_part(municipality, doc_id, settings),
        kind,
        indicator_name_key(name),
        compact(unit or ""),
    )
    return SEP.join(p.replace(SEP, "/") for p in parts)


def unit_key(
    municipality: str | None,
    business_unit: str,
    *,
    doc_id: str = "",
    settings: SeriesSettings = DEFAULT.series,
) -> str:
    """A business unit's identity across documents: municipality | normalised name."""
    parts = (_municipality_part(municipality, doc_id, settings), indicator_name_key(business_unit))
    return SEP.join(p.replace(SEP, "/") for p in parts)


def row_keys(
    rows: list[Mapping[str, Any]],
    docs: Mapping[str, Mapping[str, Any]],
    settings: SeriesSettings = DEFAULT.series,
) -> list[str]:
    """kpi_key of every row; a row printed without its unit (a 現状値 cell) takes the
    unit its indicator carries elsewhere in the same document, when that is one unit."""
    names = [indicator_name_key(r["kpi_name"]) for r in rows]
    units: dict[tuple[str, str, str], set[str]] = {}
    for r, name in zip(rows, names, strict=True):
        if r["unit"]:
            units.setdefault((r["doc_id"], r["kind"], name), set()).add(compact(r["unit"]))
    keys = []
    # An indicator prints a row per year and metric: its key is made once.
    made: dict[tuple[str, str, str, str | None], str] = {}
    for r, name in zip(rows, names, strict=True):
        unit = r["unit"]
        if not unit:
            seen = units.get((r["doc_id"], r["kind"], name), set())
            unit = next(iter(seen)) if len(seen) == 1 else None
        identity = (r["doc_id"], r["kind"], r["kpi_name"], unit)
        key = made.get(identity)
        if key is None:
            municipality = docs.get(r["doc_id"], {}).get("municipality")
            key = made[identity] = kpi_key(
                municipality, r["kind"], r["kpi_name"], unit, doc_id=r["doc_id"], settings=settings
            )
        keys.append(key)
    return keys


def fill_kpi_keys(
    rows: list[MutableMapping[str, Any]],
    doc_id: str,
    municipality: str | None,
    settings: SeriesSettings = DEFAULT.series,
) -> None:
    """Set ``kpi_key`` of one document's kpi_values rows (as the writer would)."""
    docs = {doc_id: {"municipality": municipality}}
    for row, key in zip(rows, row_keys(rows, docs, settings), strict=True):
        row["kpi_key"] = key
