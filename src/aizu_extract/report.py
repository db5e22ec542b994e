"""``aizu-extract report OUT``: one HTML file to look at, that opens without a network.

What an analyst checks first, on one page: per document its status, how much
of it gave values (pages with at least one value / pages) and its problems
(rejects, cross-checks); per indicator (``kpi_series``) a small chart of
target vs actual over the years with the values beneath it; per business
unit (``budget_series``) its money by item and year. Every value links to
its PDF at its page (``file.pdf#page=N``, which browsers' PDF viewers follow).

Charts are drawn by matplotlib's SVG backend (no display, no pyplot state)
and inlined; text stays text (``svg.fonttype = none``), so the file is small
and Japanese labels use the reader's fonts. No script, stylesheet or image
is fetched from anywhere.
"""

from __future__ import annotations

import html
import io
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .api import ExtractResult, read
from .series import BASIS_COLUMNS
from .settings import DEFAULT, ReportSettings

__all__ = ["render_report", "svg_chart", "write_report"]

REPORT_FILE = "report.html"
_DATA_TABLES = ("kpi_values", "business_units", "budget_lines", "structure")
_SHORT = {
    "kpi_values": "KPI",
    "business_units": "units",
    "budget_lines": "money",
    "structure": "outline",
}
_SVG_START = re.compile(r"<svg\b")
_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->\s*", re.DOTALL)
_SVG_ID = re.compile(r'\b(id|href)="#?([A-Za-z_][\w.-]*)"')
_URL_REF = re.compile(r"url\(#([A-Za-z_][\w.-]*)\)")

_MARGINS = {"left": 0.12, "right": 0.98, "bottom": 0.14, "top": 0.96}
_STYLE = """
body{font-family:system-ui,'Hiragino Sans','Noto Sans CJK JP','Yu Gothic',sans-serif;
margin:1.5em;color:#222}
h1{font-size:1.4em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:2em}
h3{font-size:1em;margin:1.2em 0 .3em}
table{border-collapse:collapse;font-size:.85em;margin:.3em 0}
td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}
ul{margin:0;padding-left:1.2em;min-width:24em}td.rows{white-space:nowrap}
th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
.ok{color:#16702e}.partial{color:#a86b00}.failed{color:#b00020}
.conflict{background:#fde7e9}.meta{color:#666;font-size:.85em}
section.indicator,section.unit{margin-bottom:1.2em}
a{color:#1a5fb4;text-decoration:none}
"""


# -- charts -------------------------------------------------------------------------


def svg_chart(
    points: Mapping[str, Sequence[tuple[int, float]]],
    *,
    conflicts: Sequence[tuple[int, float]] = (),
    settings: ReportSettings = DEFAULT.report,
    chart_id: str = "c",
) -> str:
    """A small line chart (one line per metric) as an ``<svg>`` element.

    ``conflicts`` are values that disagree between documents: drawn as red
    crosses, each one, never an average.
    """
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    styles = {
        "target": {"color": "#1a5fb4", "linestyle": "--", "marker": "o", "label": "target"},
        "actual": {"color": "#c64600", "linestyle": "-", "marker": "s", "label": "actual"},
        "forecast": {"color": "#c64600", "linestyle": ":", "marker": "^", "label": "forecast"},
        "baseline": {"color": "#555555", "linestyle": "none", "marker": "D", "label": "baseline"},
    }
    import matplotlib

    rc = {
        "svg.fonttype": "none",  # text as text: small, and the reader's CJK fonts
        "svg.hashsalt": "aizu-extract",  # the same report twice is the same bytes
        "font.size": settings.font_size_pt,
    }

    with matplotlib.rc_context(rc):
        fig = Figure(figsize=(settings.chart_width_in, settings.chart_height_in))
        FigureCanvasSVG(fig)
        ax = fig.add_subplot()
        years: set[int] = set()
        for metric, style in styles.items():
            series = sorted(points.get(metric, ()))
            if not series:
                continue
            years.update(x for x, _ in series)
            ax.plot([x for x, _ in series], [y for _, y in series], markersize=3, **style)
        if conflicts:
            years.update(x for x, _ in conflicts)
            ax.plot(
                [x for x, _ in conflicts],
                [y for _, y in conflicts],
                linestyle="none",
                marker="x",
                color="#b00020",
                label="disagree",
            )
        if years:
            ax.set_xticks(sorted(years))
            ax.set_xlim(min(years) - 0.5, max(years) + 0.5)
            ax.legend(loc="upper left", fontsize=settings.font_size_pt * 0.85, frameon=False)
        else:
            ax.text(0.5, 0.5, "no numeric values", ha="center", va="center")
            ax.set_xticks([])
        ax.grid(alpha=0.3)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        fig.subplots_adjust(**_MARGINS)  # fixed: tight_layout costs more than the drawing
        buf = io.StringIO()
        fig.savefig(buf, format="svg", dpi=settings.chart_dpi)
    text = buf.getvalue()
    start = _SVG_START.search(text)
    svg = text[start.start() :] if start else text
    svg = _COMMENT.sub("", _METADATA.sub("", svg))
    return _scope_ids(svg, chart_id)


def _scope_ids(svg: str, prefix: str) -> str:
    """Prefix the ids inside one SVG: many SVGs inline in one page must not share ids."""

    def scoped(m: re.Match[str]) -> str:
        hash_ = "#" if m.group(1) == "href" else ""
        return f'{m.group(1)}="{hash_}{prefix}-{m.group(2)}"'

    svg = _SVG_ID.sub(scoped, svg)  # id="x", href="#x" and xlink:href="#x"
    return _URL_REF.sub(lambda m: f"url(#{prefix}-{m.group(1)})", svg)


# -- page ---------------------------------------------------------------------------


def _e(value: Any) -> str:
    return "" if value is None else html.escape(str(value))


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


class _Links:
    """doc_id → href of its PDF (as the run was given it), for ``#page=N`` links."""

    def __init__(self, result: ExtractResult, html_dir: Path) -> None:
        self.href: dict[str, str] = {}
        base = result.out or Path.cwd()
        for entry in result.manifest.get("inputs", ()):
            path = Path(str(entry.get("path") or entry.get("source_file") or ""))
            if not path.is_absolute():
                here = Path.cwd() / path
                path = here if here.exists() else (base / path)
            try:
                href = quote(os.path.relpath(path.resolve(), html_dir.resolve()))
            except ValueError:  # another drive (Windows)
                href = path.resolve().as_uri()
            self.href[str(entry.get("sha256"))] = href

    def page(self, doc_id: str, page: int | None, text: str, title: str | None = None) -> str:
        href = self.href.get(doc_id)
        if href is None:
            return _e(text)
        anchor = f"#page={page}" if page else ""
        tip = f' title="{_e(title)}"' if title else ""
        return f'<a href="{_e(href + anchor)}"{tip}>{_e(text)}</a>'


def _documents_section(result: ExtractResult, links: _Links, settings: ReportSettings) -> list[str]:
    tables = result.tables
    docs = tables["documents"].to_pylist()
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    pages: dict[str, set[int]] = defaultdict(set)
    for name in _DATA_TABLES:
        for r in tables[name].select(["doc_id", "page"]).to_pylist():
            counts[r["doc_id"]][name] += 1
            pages[r["doc_id"]].add(r["page"])
    problems: dict[str, list[tuple[int | None, str]]] = defaultdict(list)
    for r in tables["rejects"].to_pylist():
        text = f"reject {r['table']}.{r['field']}: {r['reason']} ({r['value_text']!r})"
        problems[r["doc_id"]].append((r["page"], text))
    for c in result.manifest.get("checks", ()):
        text = f"{c.get('code')}: {c.get('message')}"
        problems[str(c.get("doc_id"))].append((c.get("page"), text))
    out = [
        "<h2>Documents</h2>",
        "<table><tr><th>file</th><th>type</th><th>municipality</th>"
        "<th>year</th><th>status</th><th>pages</th><th>coverage</th><th>rows</th>"
        "<th>problems</th></tr>",
    ]
    for d in docs:
        doc_id = d["doc_id"]
        page_count = d["page_count"] or 0
        covered = len(pages[doc_id])
        coverage = f"{covered}/{page_count} ({covered / page_count:.0%})" if page_count else "-"
        issues = sorted(problems[doc_id], key=lambda p: (p[0] or 0, p[1]))
        items = [f"<li>{_e(d['error'])}</li>"] if d["error"] else []
        for page, text in issues[: settings.max_problems]:
            where = links.page(doc_id, page, f"p.{page}") if page else ""
            items.append(f"<li>{where} {_e(text)}</li>")
        if len(issues) > settings.max_problems:
            items.append(f"<li>… {len(issues) - settings.max_problems} more</li>")
        rows = " · ".join(f"{_SHORT[n]} {counts[doc_id][n]}" for n in _DATA_TABLES)
        out.append(
            f'<tr class="document" data-doc-id="{_e(doc_id)}">'
            f"<td>{links.page(doc_id, None, d['source_file'])}</td><td>{_e(d['doc_type'])}</td>"
            f"<td>{_e(d['municipality'])}</td><td>{_e(d['fiscal_year'])}</td>"
            f'<td class="{_e(d["status"])}">{_e(d["status"])}</td><td class="n">{page_count}</td>'
            f'<td class="n">{coverage}</td>'
            + f'<td class="rows">{rows}</td>'
            + f"<td><ul>{''.join(items)}</ul></td></tr>"
        )
    out.append("</table>")
    return out


def _value_cell(
    value: float | int | None, sources: Iterable[Mapping[str, Any]], links: _Links, conflict: bool
) -> str:
    refs = []
    seen = set()
    for s in sources:
        key = (s["doc_id"], s["page"], s["value_text"])
        if key in seen:
            continue
        seen.add(key)
        label = s["value_text"] if conflict else f"p.{s['page']}"
        where = f"{s['source_file']} p.{s['page']}"
        refs.append(links.page(s["doc_id"], s["page"], label, title=where))
    shown = _number(value) if not conflict else "disagree: "
    cls = "n conflict" if conflict else "n"
    return f'<td class="{cls}">{shown} <span class="meta">{" ".join(refs)}</span></td>'


def _indicators_section(
    result: ExtractResult, links: _Links, settings: ReportSettings
) -> list[str]:
    from .series import KPI_METRICS

    rows = result.tables["kpi_series"].to_pylist()
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_key[r["kpi_key"]].append(r)
    out = [f"<h2>Indicators ({len(by_key)})</h2>"]
    # Towns that are named first; then by key (municipality, kind, name).
    ordered = sorted(by_key.items(), key=lambda kv: (kv[1][0]["municipality"] is None, kv[0]))
    for n, (key, series) in enumerate(ordered):
        first = series[0]
        points: dict[str, list[tuple[int, float]]] = defaultdict(list)
        conflicts: list[tuple[int, float]] = []
        for r in series:
            if r["fiscal_year"] is None:
                continue
            for metric in KPI_METRICS:
                if metric != "achievement_rate" and r[metric] is not None:
                    points[metric].append((r["fiscal_year"], r[metric]))
            for s in r["sources"]:
                if s["metric"] in r["conflict_metrics"] and s["value"] is not None:
                    conflicts.append((r["fiscal_year"], s["value"]))
        title = f"{first['kpi_name']}" + (f" ({first['unit']})" if first["unit"] else "")
        out.append(
            f'<section class="indicator" data-kpi-key="{_e(key)}"><h3>{_e(title)}</h3>'
            f'<div class="meta">{_e(first["municipality"] or "municipality not printed")} · '
            f"{_e(first['kind'])} · <code>{_e(key)}</code></div>"
        )
        if n < settings.max_charts:
            out.append(svg_chart(points, conflicts=conflicts, settings=settings, chart_id=f"k{n}"))
        head = "".join(f"<th>{m}</th>" for m in KPI_METRICS)
        out.append(f"<table><tr><th>year</th>{head}</tr>")
        for r in series:
            cells = []
            for metric in KPI_METRICS:
                sources = [s for s in r["sources"] if s["metric"] == metric]
                if not sources:
                    cells.append("<td></td>")
                    continue
                conflict = metric in r["conflict_metrics"]
                cells.append(_value_cell(r[metric], sources, links, conflict))
            year = r["fiscal_year"] if r["fiscal_year"] is not None else "(no year)"
            out.append(f"<tr><td>{_e(year)}</td>{''.join(cells)}</tr>")
        out.append("</table></section>")
    return out


def _units_section(result: ExtractResult, links: _Links) -> list[str]:
    rows = result.tables["budget_series"].to_pylist()
    by_unit: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_unit[r["unit_key"]].append(r)
    out = [f"<h2>Business units ({len(by_unit)}): budget by year, yen</h2>"]
    ordered = sorted(by_unit.items(), key=lambda kv: (kv[1][0]["municipality"] is None, kv[0]))
    for key, lines in ordered:
        first = lines[0]
        out.append(
            f'<section class="unit" data-unit-key="{_e(key)}"><h3>{_e(first["business_unit"])}'
            f'</h3><div class="meta">{_e(first["municipality"] or "municipality not printed")}'
            "</div><table><tr><th>item</th><th>year</th>"
            + "".join(f"<th>{basis}</th>" for basis in BASIS_COLUMNS)
            + "</tr>"
        )
        for r in sorted(lines, key=lambda r: (r["item"], r["fiscal_year"])):
            cells = []
            for basis, column in BASIS_COLUMNS.items():
                sources = [s for s in r["sources"] if s["basis"] == basis]
                if not sources:
                    cells.append("<td></td>")
                    continue
                cells.append(_value_cell(r[column], sources, links, basis in r["conflict_bases"]))
            out.append(
                f"<tr><td>{_e(r['item'])}</td><td>{r['fiscal_year']}</td>{''.join(cells)}</tr>"
            )
        out.append("</table></section>")
    return out


def render_report(
    result: ExtractResult, html_path: Path, settings: ReportSettings = DEFAULT.report
) -> str:
    """The whole report as one HTML string (links relative to ``html_path``'s folder)."""
    links = _Links(result, html_path.parent)
    dataset = result.manifest.get("dataset") or {}
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja"><head><meta charset="utf-8">',
        f"<title>aizu-extract report {_e(dataset.get('version'))}</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>aizu-extract report</h1>",
        f'<p class="meta">dataset {_e(dataset.get("version"))} · '
        f"{result.tables['documents'].num_rows} documents · contract "
        f"{_e(result.manifest.get('contract_version'))} · created "
        f"{_e(result.manifest.get('created_at'))}</p>",
        *_documents_section(result, links, settings),
    ]
    if "kpi_series" in result.tables:
        parts += _indicators_section(result, links, settings)
    if "budget_series" in result.tables:
        parts += _units_section(result, links)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def write_report(
    out: Path | str, html_path: Path | str | None = None, settings: ReportSettings = DEFAULT.report
) -> Path:
    """Write the report of the dataset in ``out`` (default ``out/report.html``)."""
    result = read(out)
    if "kpi_series" not in result.tables:  # a dataset written before the series existed
        from .series import derive

        result.tables.update(derive(result.tables))
    path = Path(html_path) if html_path is not None else Path(out) / REPORT_FILE
    text = render_report(result, path, settings)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path
