"""The year of a value column whose header prints none (``目標値``).

Many plans head the target column only ``目標値`` and say elsewhere which
year it means. The document is asked, in this order, and never the clock:

1. the header itself (``目標値（令和9年度）``, read with the columns);
2. a sentence about the values: ``目標値は、計画期間の最終年度である令和9年度の値``
   (one year in the sentence, or the last one when it says 最終); for a target
   column also one about the targets' year in other words (``各KPIの目標年次は、
   最終年度である令和9年度とします``: 目標 and 最終年度 with the year);
3. for a target column, the plan period printed in the title
   (``…総合戦略（令和5年度～令和9年度）`` → 2027, the final year);
4. for a target column, a plan-period sentence (``計画期間は令和5年度から令和9年度まで``).

Otherwise the column's fiscal_year stays null and year_label keeps the print.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...normalize.eras import ERA_LETTERS, ERA_START, find_era_year
from ...normalize.text import compact
from .common import Doc
from .kpi_model import Column, KpiTable

_SENTENCE_END = re.compile(r"[。\n]")
_FINAL = "最終"
_FINAL_YEAR = "最終年度"
_TARGET_WORD = "目標"
_ERA_PREFIX = "|".join([*ERA_START, *ERA_LETTERS])
_YEAR = rf"(?:(?:{_ERA_PREFIX})(?:元|\d{{1,2}})|(?:19|20)\d\d)年度?"
_YEAR_NO_ERA = rf"(?:(?:{_ERA_PREFIX})?(?:元|\d{{1,2}})|(?:19|20)\d\d)年度?"
_PERIOD = re.compile(rf"(?P<a>{_YEAR})(?:～|~|〜|-|‐|―|ー|から)(?P<b>{_YEAR_NO_ERA})")
_ANY_YEAR = re.compile(_YEAR)
_PERIOD_WORDS = ("計画期間", "対象期間", "戦略期間", "推進期間", "期間")
# A label followed by one of these opens a sentence about that label's values.
_TOPIC_MARKS = ("は", "については", "とは", ":")
_METRIC_WORDS = {"target": ("目標値",), "baseline": ("現状値", "基準値")}


def plan_period(texts: Iterable[str]) -> tuple[int, int] | None:
    """(first, final) western year of the first ``A～B`` / ``AからB`` period printed;
    an era-less end (``令和5年度～9年度``) takes the start's era."""
    for text in texts:
        for m in _PERIOD.finditer(compact(text)):
            start = find_era_year(m["a"])
            if start is None:
                continue
            b = m["b"]
            if b[:1].isdigit() and not re.match(r"(?:19|20)\d\d", b) and start.era:
                b = start.era + b
            end = find_era_year(b)
            if end is not None and end.year >= start.year:
                return start.year, end.year
    return None


def _sentences(doc: Doc) -> list[str]:
    """The document's text cut at 。 and line ends of boxes, whitespace removed (framed
    notes are one-cell tables, so ruled boxes count too)."""
    out: list[str] = []
    for page in doc.layout.pages:
        text = "".join(compact(b.raw) + "\n" for b in page.boxes)
        # a sentence wraps over lines: join lines that do not end one
        joined = re.sub(r"(?<![。:：)）])\n", "", text)
        out.extend(s for s in _SENTENCE_END.split(joined) if s)
    return out


def _sentence_year(sentences: list[str], words: tuple[str, ...]) -> int | None:
    """The year a sentence about one of ``words`` gives (see module doc, step 2).

    Only the part about that label counts: from ``目標値は`` to the next label of
    another column (``現状値は令和3年度、目標値は令和9年度の値`` → 2027 for 目標値).
    """
    others = tuple(w for ws in _METRIC_WORDS.values() for w in ws if w not in words)
    for s in sentences:
        starts = [
            s.index(w + mark) + len(w + mark)
            for w in words for mark in _TOPIC_MARKS if w + mark in s
        ]
        if not starts:
            continue
        part = s[min(starts) :]
        ends = [part.index(o) for o in others if o in part]
        part = part[: min(ends)] if ends else part
        years = [y.year for m in _ANY_YEAR.finditer(part) if (y := find_era_year(m.group()))]
        if len(set(years)) == 1:
            return years[0]
        if years and _FINAL in part:
            return max(years)
    return None


def _final_year_sentence(sentences: list[str]) -> int | None:
    """``…目標年次は、最終年度である令和9年度…``: the latest year such a sentence names."""
    for s in sentences:
        if _TARGET_WORD in s and _FINAL_YEAR in s:
            years = [y.year for m in _ANY_YEAR.finditer(s) if (y := find_era_year(m.group()))]
            if years:
                return max(years)
    return None


def _period_sentence(sentences: list[str]) -> tuple[int, int] | None:
    return plan_period(s for s in sentences if any(w in s for w in _PERIOD_WORDS))


def _cover(doc: Doc) -> list[str]:
    return [b.raw for b in doc.layout.pages[0].boxes] if doc.layout.pages else []


def document_period(doc: Doc) -> tuple[int, int] | None:
    """The plan period: from the cover/title, else from a 計画期間 sentence."""
    return plan_period(_cover(doc)) or _period_sentence(_sentences(doc))


def resolve_column_years(doc: Doc, tables: list[KpiTable]) -> None:
    """Give every yearless baseline/target column the year the document states."""
    open_columns = [
        c for t in tables for c in t.columns if c.metric in _METRIC_WORDS and c.fiscal_year is None
    ]
    if not open_columns:
        return
    sentences = _sentences(doc)
    title_period = plan_period(_cover(doc))
    period = title_period or _period_sentence(sentences)
    # The answer depends only on the column's words and metric, and both the
    # columns and the sentences grow with the pages: asked once per kind of column.
    answers: dict[tuple[tuple[str, ...], str | None], int | None] = {}
    for col in open_columns:
        kind = (_words(col), col.metric)
        if kind not in answers:
            answers[kind] = _column_year(sentences, kind[0], col.metric, period)
        col.fiscal_year = answers[kind]


def _column_year(
    sentences: list[str], words: tuple[str, ...], metric: str | None, period: tuple[int, int] | None
) -> int | None:
    year = _sentence_year(sentences, words)
    if year is None and metric == "target":
        year = _final_year_sentence(sentences)
    if year is None and metric == "target" and period is not None:
        year = period[1]
    return year


def _words(col: Column) -> tuple[str, ...]:
    """The label as printed first (``目標値``), then the metric's usual words."""
    label = re.sub(r"[()（）【】\[\]]", "", col.label)
    return (label, *(w for w in _METRIC_WORDS.get(col.metric or "", ()) if w != label))
