"""Document fields: title and issuer from the cover, the plan's first 年度.

fiscal_year rule (the plan's start 年度): the cover date (``令和2年3月`` →
2020: a plan issued in Jan–Mar starts with the 年度 beginning that April, one
issued later in the year belongs to the 年度 already running, so either way
the calendar year of the date); without a cover date, the one 年度 the title
names (``…進捗状況一覧（令和6年度検証）`` → 2024, the year reviewed); then the year after the most
common fiscal-year-end baseline of the KPI tables (``R元年度末値`` → 2020);
then the first year of the plan period it prints (``対象期間は2015年度から
2019年度まで`` → 2015); otherwise null (e.g. an undated draft).
"""

from __future__ import annotations

import re
from collections import Counter

from ...layout import TextLine
from ...normalize.eras import parse_era_year
from ...normalize.errors import NormalizationError
from ...normalize.text import compact, normalize_text
from ...settings import StrategySettings
from ..base import Extraction
from .common import MEASURE_RE, PILLAR_RE, SECTION_RE, Doc, starts_label, tidy_text
from .kpi_model import KpiTable
from .years import document_period

# Letters of a municipality's name: kanji and kana (いなべ市, ニセコ町, ゆりが浜町).
_NAME_CHARS = "\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々ヶ"
MUNICIPALITY_RE = re.compile(rf"^[{_NAME_CHARS}]{{1,6}}[市町村]$")
# Words a plan's title contains; a cover whose biggest line has none (a motto,
# a mascot's caption) prints its title as an image, and the PDF's own title
# metadata is used instead (pipeline fallback).
PLAN_WORDS = ("総合戦略", "戦略", "計画", "構想", "ビジョン", "プラン")
# ``音威子府村まち・ひと・しごと創生総合戦略``, ``第5期○○村総合計画``, ``○○町の総合戦略``:
# the issuer named right before its plan's name, in headings and running text.
_PLAN_NAME = re.compile(
    rf"(?P<run>[{_NAME_CHARS}]{{2,12}}?)の?(?:まち・ひと・しごと創生|デジタル田園都市国家構想)?"
    r"(?:総合戦略|総合計画|人口ビジョン)"
)
# Prefixes a kanji run may carry before the issuer's name (第5期…, 北海道…, …県…).
_RUN_PREFIX = re.compile(r"^(?:.*期|北海道|東京都|大阪府|京都府|.{2,3}県)")
COVER_DATE_RE = re.compile(r"(?P<year>(?:令和|平成|[RH])(?:元|\d{1,2})年)(?P<month>\d{1,2})月")


def read_document(doc: Doc, ex: Extraction, tables: list[KpiTable]) -> None:
    cover = [ln for box in doc.layout.pages[0].boxes for ln in box.lines]
    title = _title(cover, doc.settings)
    ex.title = normalize_text(title) if title and any(w in title for w in PLAN_WORDS) else None
    ex.municipality = _municipality(doc, cover)
    period = document_period(doc)
    ex.fiscal_year = (
        _cover_year(cover)
        or _title_year(ex.title)
        or _baseline_year(tables)
        or (period and period[0])
    )


def _title(cover: list[TextLine], settings: StrategySettings) -> str | None:
    lines = sorted(
        (ln for ln in cover if not MUNICIPALITY_RE.match(compact(ln.text))),
        key=lambda ln: ln.bbox.y0,
    )
    if not lines:
        return None
    biggest = max(lines, key=lambda ln: ln.size)
    block = [biggest]
    i = lines.index(biggest)
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines):
            ln, near = lines[j], block[-1] if step > 0 else block[0]
            gap = ln.bbox.y0 - near.bbox.y1 if step > 0 else near.bbox.y0 - ln.bbox.y1
            small = ln.size < settings.title_size * biggest.size
            if small or gap > settings.title_gap_em * biggest.size:
                break
            if COVER_DATE_RE.search(key := compact(ln.text)) or _is_heading(key):
                break
            block.insert(len(block) if step > 0 else 0, ln)
            j += step
    return " ".join(tidy_text([ln.text]) for ln in block) or None


TOC_LABEL = "目次"


def _is_heading(key: str) -> bool:
    """Outline headings, labels and a 目次 heading are never part of a cover title."""
    return (
        key == TOC_LABEL
        or starts_label(key)
        or any(r.match(key) for r in (PILLAR_RE, SECTION_RE, MEASURE_RE))
    )


def _municipality(doc: Doc, cover: list[TextLine]) -> str | None:
    """The issuer printed alone on the cover, else a running head naming it; alone
    or as the first word of its line (``こもれび町　第2期…総合戦略 進捗管理表``)."""
    for ln in cover:
        if name := _issuer(ln.text):
            return name
    for page in doc.layout.pages[1:]:
        for box in page.boxes:
            if doc.in_margin(page, box) and (name := _issuer(box.raw)):
                return name
    return _plan_issuer(doc)


def _issuer(text: str) -> str | None:
    """``text`` when it is a municipality's name, else its first word when that is."""
    for candidate in (compact(text), compact((normalize_text(text).split() or [""])[0])):
        if MUNICIPALITY_RE.match(candidate):
            return candidate
    return None


def _plan_issuer(doc: Doc) -> str | None:
    """The name printed most often right before the plan's name (``○○村総合戦略``)."""
    names: Counter[str] = Counter()
    for box in doc.layout.boxes():
        for m in _PLAN_NAME.finditer(compact(box.raw)):
            run = _RUN_PREFIX.sub("", m["run"])
            # the whole run is the name: a run holds only _NAME_CHARS (no line break for
            # ``$`` to stop before), so MUNICIPALITY_RE's match is the run itself
            if MUNICIPALITY_RE.match(run):
                names[run] += 1
    return names.most_common(1)[0][0] if names else None


def _cover_year(cover: list[TextLine]) -> int | None:
    for ln in cover:
        if m := COVER_DATE_RE.search(compact(ln.text)):
            try:
                return parse_era_year(m["year"]).year
            except NormalizationError:
                continue
    return None


def _title_year(title: str | None) -> int | None:
    """The one 年度 the title names (``…進捗状況一覧（令和6年度検証）`` → 2024): the
    year a progress review reports on. A title naming a period or no 年度 gives None."""
    if not title:
        return None
    try:
        year = parse_era_year(title)
    except NormalizationError:
        return None
    return year.year if year.kind == "fiscal" else None


def _baseline_year(tables: list[KpiTable]) -> int | None:
    years = Counter(
        c.fiscal_year
        for t in tables
        for c in t.columns
        if c.metric == "baseline" and c.fiscal_year and c.year_kind == "fiscal" and c.end_of_period
    )
    return years.most_common(1)[0][0] + 1 if years else None
