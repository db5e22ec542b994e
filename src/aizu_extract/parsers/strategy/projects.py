"""重点プロジェクト (Saku style): ``プロジェクトⅠ title【tag】``, body, linked 基本姿勢.

A project is a heading line, its body text and a ``<地方創生2.0基本構想 基本姿勢>``
list of circled numbers. Slides print the list in a right-hand column of the
same box, portrait pages in a box below, so lines are split into runs at wide
gaps and a run belongs to the list when it starts at or right of the list label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...layout import TextLine, split_runs
from ...normalize.text import compact, normalize_text
from ..base import Extraction
from .common import Doc, fold_dashes, tidy_name, tidy_text

PROJECT_RE = re.compile(
    r"^(?:重点)?プロジェクト\s*(?P<num>[\u2160-\u216f]+|\d{1,2})\s*(?P<title>.+?)\s*【(?P<tag>[^】]+)】$"
)
STANCE_LABEL = "基本姿勢"
SECTION_MARK = "■"
_OPENERS = "<〈《(＜"
_CIRCLED = re.compile(r"^([\u2460-\u2473])")


@dataclass(slots=True, eq=False)
class Project:
    number: str
    title: str
    tag: str
    page: int
    body: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    stance_x: float | None = None


def read_projects(doc: Doc, ex: Extraction) -> None:
    projects: list[Project] = []
    current: Project | None = None
    for page in doc.layout.pages:
        for box in page.boxes:
            if doc.in_margin(page, box):
                continue
            for line in box.lines:
                if doc.is_small(line):
                    continue
                for run in split_runs(line):
                    text = normalize_text(fold_dashes(run.text))
                    if m := PROJECT_RE.match(text):
                        current = Project(
                            m["num"], tidy_name([m["title"]]), tidy_name([m["tag"]]), page.number
                        )
                        projects.append(current)
                    elif text.startswith(SECTION_MARK):
                        current = None
                    elif current is not None:
                        for x0, piece in _pieces(current, run):
                            piece_text = normalize_text(fold_dashes(piece))
                            _add_run(current, piece_text, x0, doc.settings.stance_slack)
    for p in projects:
        ex.structure.append(
            {
                "page": p.page,
                "level": "project",
                "number": p.number,
                "title": p.title,
                "parent_number": None,
                "parent_level": None,
                "text": tidy_text(p.body) or None,
                "tag": p.tag,
                "links": p.links,
            }
        )


def _pieces(project: Project, run: TextLine) -> list[tuple[float, str]]:
    """Cut a run where the stance list begins: at its ``<…基本姿勢>`` label, or at the
    list's left edge once known (a long body line may leave only a narrow gap)."""
    chars = run.chars
    cut = None
    text = "".join(c.text for c in chars)
    if STANCE_LABEL in text:
        cut = next((i for i, c in enumerate(chars) if c.text in _OPENERS), None)
    elif project.stance_x is not None:
        cut = next((i for i, c in enumerate(chars) if c.bbox.cx >= project.stance_x), None)
    if not cut:
        return [(run.bbox.x0, run.text)]
    left, right = chars[:cut], chars[cut:]
    return [
        (left[0].bbox.x0, "".join(c.text for c in left)),
        (right[0].bbox.x0, "".join(c.text for c in right)),
    ]


def _add_run(project: Project, text: str, x0: float, slack: float) -> None:
    if STANCE_LABEL in compact(text) and text[:1] in _OPENERS:
        project.stance_x = x0
    elif project.stance_x is not None and x0 >= project.stance_x - slack:
        if m := _CIRCLED.match(text):
            project.links.append(m.group(1))
    else:
        project.body.append(text)
