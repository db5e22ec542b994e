"""Cells that print two metrics one over the other, read by the label that says so.

A form may print an indicator's target and actual in one cell, the target in
brackets over the actual (``(12)`` over ``9``), and say so once in a legend over
the table (``上段（　）：目標値　下段：実績値``). The legend names each line's
position (vocabulary ``stacked_upper`` / ``stacked_lower``) and the metric after
it; a cell with one line per position gives one value per metric. A row label
printing one metric per line (``目標値`` over ``実績値``) says the same of the cells
beside it (HeaderLabel.stacked).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .headers import HeaderInterpreter, HeaderLabel
from .table import Grid, GridCell, text_key

# A position word's own note (上段（　）: the brackets it prints the figure in).
_NOTE = re.compile(r"^[(（][^()（）]*[)）]")
_COLON = ":："


def legend_metrics(text: str, headers: HeaderInterpreter) -> tuple[str, ...] | None:
    """(upper metric, lower metric) a legend prints, or None when it is no legend."""
    key = text_key(text)
    spots: list[tuple[int, int, int]] = []  # (start, end, line index)
    for line, name in enumerate(("stacked_upper", "stacked_lower")):
        found = [
            (m.start(), m.end())
            for w in headers.vocab.header(name).longest_first
            for m in re.finditer(re.escape(w), key)
        ]
        if len(found) != 1:
            return None
        spots.append((*found[0], line))
    spots.sort()
    metrics: dict[int, str] = {}
    for i, (_start, end, line) in enumerate(spots):
        stop = spots[i + 1][0] if i + 1 < len(spots) else len(key)
        part = key[end:stop]
        note = _NOTE.match(part)
        word = part[note.end() :].lstrip(_COLON) if note else part.lstrip(_COLON)
        if not word and note:  # 上段（目標）　下段（実績）: the metric in the note itself
            word = note.group()[1:-1]
        metric = headers.label(word).metric if word else None
        if metric is None:
            return None
        metrics[line] = metric
    if len(set(metrics.values())) != len(metrics):
        return None
    return tuple(metrics[i] for i in range(len(metrics)))


def stacked_metrics(
    grid: Grid,
    cell: GridCell,
    headers: HeaderInterpreter,
    over: Sequence[str] = (),
    labels: Sequence[HeaderLabel] = (),
) -> tuple[str, ...] | None:
    """The metric of each line of ``cell``, top first, when it prints one line per
    metric named by one of its ``labels`` (a row label ``目標値`` over ``実績値``), else
    by the legend nearest above it in its table, else in the text printed just over
    the table (``over``, nearest first)."""
    if len(cell.lines) < 2:
        return None
    for lab in labels:
        if lab.stacked:
            return lab.stacked if len(lab.stacked) == len(cell.lines) else None
    texts = (*(c.text for c in grid.above(cell) if c.box is not None), *over)
    for text in texts:
        metrics = legend_metrics(text, headers)
        if metrics is not None:
            return metrics if len(metrics) == len(cell.lines) else None
    return None
