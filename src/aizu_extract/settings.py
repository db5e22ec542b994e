"""Every tolerance and limit of the pipeline, in one frozen object passed down.

Stages take the section they need (``settings.load``, ``settings.layout`` …)
instead of reading module constants, so a caller (a test, the CLI, a user
with an odd producer) can change a tolerance for one run without patching
code. Distances are PDF points unless the name says ``_em`` (font sizes).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class LoadSettings:
    # Rectangles thinner than this are rules drawn as filled boxes.
    thin_rule: float = 2.0
    # A drawn line within this of horizontal/vertical is an axis-aligned ruling.
    axis_tolerance: float = 1.0
    # A PDF's trailer must end with %%EOF within this many final bytes.
    eof_window: int = 1024
    # Glyphs of the same text drawn within this of each other are one glyph
    # (fake bold, shadowed text: pdfplumber's dedupe_chars).
    dedupe_tolerance: float = 1.0


@dataclass(frozen=True, slots=True)
class LayoutSettings:
    # Rulings closer than this are snapped to one edge.
    snap_tolerance: float = 3.0
    # Collinear rulings with gaps up to this are joined.
    join_tolerance: float = 3.0
    # Cells smaller than this in either direction are not cells.
    min_cell: float = 4.0
    # Glyphs further apart than this many font sizes start a new run.
    run_gap_em: float = 1.0
    # Glyphs further apart than this many font sizes get a space between them.
    space_gap_em: float = 0.25


@dataclass(frozen=True, slots=True)
class Settings:
    load: LoadSettings = field(default_factory=LoadSettings)
    layout: LayoutSettings = field(default_factory=LayoutSettings)


DEFAULT = Settings()
