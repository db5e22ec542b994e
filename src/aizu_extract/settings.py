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
    # A filled box thicker than thin_rule, up to this many times the page's body
    # text size and longer than that, is a thick rule drawn as a box (a sheet's
    # frame) only where it joins the grid: a ruling perpendicular to it ends at it
    # or crosses it within rule_join (points). A frame drawn 1.8 pt thick on 6.7 pt
    # text is 2.5 pt printed A4 -> A3 (x1.41), past thin_rule; a lone 3 pt bar
    # under a heading (0.27 em, the same share) joins nothing and stays no rule.
    thick_rule_em: float = 0.5
    rule_join: float = 3.0
    # A drawn line within this of horizontal/vertical is an axis-aligned ruling.
    axis_tolerance: float = 1.0
    # A PDF's trailer must end with %%EOF within this many final bytes.
    eof_window: int = 1024
    # Glyphs of the same text drawn within this of each other are one glyph
    # (fake bold, shadowed text: pdfplumber's dedupe_chars).
    dedupe_tolerance: float = 1.0
    # ... and only when they overlap by at least this share of the glyph's width,
    # so tiny dot leaders drawn less than the tolerance apart stay separate glyphs.
    dedupe_overlap: float = 0.5
    # A drawn path lying inside the box of a run of text (within this, points) is
    # that text's own lettering (fake bold stroked over the glyphs, glyph outlines
    # a re-writer such as cairo emits beside the text), never a table's ruling.
    lettering_tolerance: float = 1.0
    # A document whose glyphs are more than this share unreadable (private-use
    # code points, U+FFFD, raw glyph ids) fails with "text layer unreadable".
    unreadable_share: float = 0.5
    # A font (span font name) decodes to wrong characters (unreadable.WRONG_RANGES:
    # Latin-1 / Latin Extended letters, Greek, control codes, U+FFFD …) when, over
    # the pages where it prints one, at least font_wrong_min of its glyphs are
    # wrong, and at least font_wrong_share of them, and they are at least
    # font_wrong_letters of its wrong plus ASCII letters (accents in Latin-script
    # words stay under it). Then all its glyphs are withheld as unreadable.
    # Measured: every sample, real PDF and fixture has ≤ 1 wrong glyph (β) in a
    # font, ≤ 0.002 of it; their Ghostscript rewrites' fonts that lost their map
    # ≥ 0.066 of their glyphs and ≥ 0.26 of their letters (most ≥ 0.65); French
    # running text ~0.04 of its letters, a dense list of accented names ~0.18.
    font_wrong_min: int = 3
    font_wrong_share: float = 0.02
    font_wrong_letters: float = 0.2
    # A page whose glyphs are more than this share sideways text (rotated, not
    # vertical writing) is turned so that text reads left to right.
    turn_share: float = 0.5
    # A drawn closed curve this size (points, smaller/larger side) circles a word.
    circle_min: float = 5.0
    circle_max: float = 120.0
    circle_min_curves: int = 4
    # A drawn check mark: two slanted strokes each at most this long (points, either
    # side), whose ends meet within check_join at the bottom of the V.
    check_max: float = 20.0
    check_join: float = 1.0
    # ... and on a page printed reduced, both check_join and the axis_tolerance that
    # tells its strokes from rulings are at most check_em of the page's body text
    # size: they are fractions of the mark, which is drawn at the text's scale. A ✓
    # whose left stroke falls 2 pt across beside 8 pt text falls 1 pt printed 4-up
    # (x0.5), as slanted as before but within 1 pt of vertical; 0.2 em is 1 pt from
    # 5 pt text up (every sample, real PDF and fixture prints its body at 6 pt or more).
    check_em: float = 0.2
    # A table drawn with fills only (fills.gutter_rulings): filled boxes facing
    # each other across a gutter of fill_gutter_min_em to fill_gutter_max_em of
    # the page's body text size (a 1.5 pt gutter beside 9 pt text is 0.17),
    # overlapping along it by fill_gutter_overlap of the shorter side, at least
    # fill_tiling_min of them joined, are cells; each side facing a neighbour is
    # a ruling at the gutter's middle. Touching boxes (a ruled table's shading)
    # have no gutter.
    fill_gutter_min_em: float = 0.05
    fill_gutter_max_em: float = 0.3
    fill_gutter_overlap: float = 0.5
    fill_tiling_min: int = 4
    # A chosen option printed as the one pill filled unlike its siblings
    # (fills.singled_out_fills): at least pill_min_siblings word-sized fills of
    # one height and centre line (within pill_size_tolerance of the height), at
    # most pill_gap_em heights apart; the marked one's lightness (0-1) differs
    # from each other's by pill_contrast, the others agree within half of it.
    pill_min_siblings: int = 3
    pill_size_tolerance: float = 0.1
    pill_gap_em: float = 2.0
    pill_contrast: float = 0.3
    # Keep Python's cyclic garbage collector paused while a document is read and
    # laid out (see load.collector_paused): the stages make tens of thousands of
    # objects that all live to the end of the document and none that form
    # cycles, so with CPython's default thresholds the collections they set off
    # free nothing (3.7 -> 1-2 ms of collector time per page on the samples,
    # in-process; a pool worker's raised threshold already avoids most of it).
    pause_collector: bool = True


@dataclass(frozen=True, slots=True)
class LayoutSettings:
    # Rulings closer than this are snapped to one edge (a line drawn twice, each
    # cell drawing its own border) ...
    snap_tolerance: float = 3.0
    # ... and, on a page printed reduced, closer than snap_em of the page's body text
    # size: the space between two tables or rows is set in the text's scale, the
    # 3 pt in points of a sheet printed as drawn. Two tables a 4 pt blank line apart
    # under 9 pt text (rules 4.5 pt apart) are 2.25 pt apart printed 4-up (x0.5);
    # 0.4 em keeps them two there (1.8 pt) and still snaps its column rules drawn
    # 2.9 pt apart (1.45 pt). The full 3 pt from 7.5 pt text up.
    snap_em: float = 0.4
    # A drawn check mark chooses the option starting at most this many glyph
    # heights right of it, on its line (layout/form.py checked_option).
    check_gap: float = 3.0
    # Collinear rulings with gaps up to this are joined.
    join_tolerance: float = 3.0
    # Cells smaller than this in either direction are not cells.
    min_cell: float = 4.0
    # Glyphs further apart than this many font sizes start a new run. Not 1.0: one
    # full-width space is exactly 1 em, and a producer's rounding or a re-write at
    # another scale moves it by a few thousandths either side.
    run_gap_em: float = 1.05
    # Glyphs further apart than this many font sizes get a space between them.
    space_gap_em: float = 0.25
    # Glyphs overlapping by this share of the smaller height share a text line.
    line_overlap: float = 0.5
    # 均等割付: single CJK glyphs whose gaps differ by at most this many font
    # sizes are one spread label, up to this widest gap ...
    distributed_gap_tolerance_em: float = 0.15
    distributed_max_gap_em: float = 12.0
    # ... unless a line within this many font sizes above or below starts a
    # column inside the label (then the glyphs are single-character columns).
    distributed_context_em: float = 3.0
    # Single CJK glyphs stacked in one column (centres within this many font
    # sizes, line pitch at most this many font sizes) read as one vertical line.
    stack_align_em: float = 0.3
    stack_pitch_em: float = 1.4
    # Page furniture lives in the top and bottom bands of this share of the height.
    furniture_margin: float = 0.1
    # A line outside tables in those bands, printed at the same height (within
    # running_dy points) on this share of the pages (and at least two), is a
    # running header or footer.
    running_share: float = 0.6
    running_dy: float = 3.0
    # Lines of runs this close (in line heights) form one table from alignment.
    aligned_row_gap_em: float = 1.2
    # A wrapped line of a borderless cell starts within this (line heights) of it.
    wrap_align_em: float = 0.5
    # Side-by-side sheets (2-in-1 print, layout/regions.py): a vertical gutter at least
    # this share of the page's width that nothing crosses parts a page into regions when
    # each holds at least this many ruled tables over this share of the page's height.
    sheet_gutter_share: float = 0.03
    sheet_min_tables: int = 2
    sheet_height_share: float = 0.5
    # Newspaper columns (layout/columns.py): a gap between a row's runs at least
    # column_gutter_em of its text size (wider than run_gap_em, so no run spans it)
    # that the rows below keep clear, over at least column_min_rows rows with text on
    # both sides; both sides' runs on median at least column_min_em wide, and at
    # least column_flush_share of them ending within column_flush_em of their side's
    # widest run (justified prose, not an unruled table's ragged names).
    column_gutter_em: float = 1.5
    column_min_rows: int = 5
    column_min_em: float = 8.0
    column_flush_em: float = 0.6
    column_flush_share: float = 0.3
    # The collector paused while a document is laid out (as LoadSettings.pause_collector).
    pause_collector: bool = True


@dataclass(frozen=True, slots=True)
class StrategySettings:
    """Geometry of 総合戦略 pages (sizes are ratios to the body text size, ``_em``
    distances multiples of the line's font size)."""

    # Unruled KPI table: a vertical gap above this ends the table (or above the
    # table's own header-to-first-row gap plus row_gap_slack_em, when wider) …
    row_break_em: float = 1.2
    row_gap_slack_em: float = 0.3
    # A header label's next line (``目標値`` / ``(R9)``) starts at most this far below.
    header_gap_em: float = 0.8
    # … and so does text whose size differs from the header's by more than this ratio.
    size_tolerance: float = 0.13
    # Lines of one unruled row are at most this far apart.
    wrap_gap_em: float = 0.35
    # A name-only line at most this far below the row's name wraps it.
    name_wrap_em: float = 0.6
    # Text smaller than this share of the body size is a footnote or running head.
    small_text: float = 0.85
    # Share of the page height treated as top/bottom margin (folios, running heads).
    margin: float = 0.06
    # Headings: pillars at least this size, chapters larger; nothing below the minimum.
    pillar_size: float = 1.1
    chapter_size: float = 1.2
    heading_min_size: float = 0.95
    # An item line flush with its bullet continues it when at most this far below.
    item_wrap_em: float = 0.8
    # A heading wrapped in its box: the next line at its size at most heading_wrap_em
    # below it, starting under its first character or its title's within
    # heading_indent_em, after a heading line that ran to within heading_fill_em of
    # the page's text edge (a short heading is whole; a line under it is not its).
    heading_wrap_em: float = 0.8
    heading_indent_em: float = 0.5
    heading_fill_em: float = 2.0
    # A KPI line's values in a run of their own continue its name when the two
    # runs overlap by at least this share of the smaller height (one text line).
    beside_overlap: float = 0.5
    # ... and the second starts right of the first's end, or short of it by at most
    # this many font sizes: runs cut at a box's rule touch, and the two coordinates
    # of the one edge differ in the last bits once a page is drawn scaled (1306.4613
    # against 1306.4614 printed A4 -> A3, where 926.5684 met 926.5684 at x1.0).
    beside_touch_em: float = 0.05
    # Points a text box may start before the edge it must follow (right of a header
    # label, below a table's top) and still follow it: neighbouring runs' boxes
    # overlap by a fraction of a point (side bearings, rounding by the producer).
    edge_slack: float = 1.0
    # A ``ＫＰＩ：name`` line's values line starts at most this far below it.
    values_gap_em: float = 2.0
    # Under section headings side by side, a line is in the column of the rightmost
    # heading starting at most this far right of it.
    column_slack_em: float = 1.0
    # Cover lines at least this share of the largest size, no further apart than
    # title_gap_em, form the title block.
    title_size: float = 0.7
    title_gap_em: float = 1.5
    # A heading marker's title printed beside it (``(1)　title``): same size within
    # this ratio, no further right than marker_gap_em.
    marker_size_tolerance: float = 0.1
    marker_gap_em: float = 3.0
    # A target stated in words on an indicator line (``増加（R10）``), at most this many
    # characters before its year; longer words are a sentence, not a target.
    arrow_word_chars: int = 6
    # Rows carried overleaf lie within the table's columns, give or take this (points).
    continuation_slack: float = 20.0
    # A KPI's name row ruled as a table of its own (``ＫＰＩ①`` | NAME): its grid of
    # values starts at most this many label font sizes under it.
    name_row_gap_em: float = 1.5
    # A 基本姿勢 list item starts at most this far left of the list's label (points).
    stance_slack: float = 2.0


@dataclass(frozen=True, slots=True)
class ReadingSettings:
    """The shared form and header reading (layout/headers.py, layout/form.py,
    parsers/tables.py, parsers/unit_sheet): what every evaluation parser reads with."""

    # A header cell longer than this is prose: never a header nor a row's item.
    max_header_chars: int = 40
    # How far above a table its heading may sit (活動指標 over the table), points.
    heading_gap: float = 24.0
    # Edges of a table and of the text over it that meet within this, points.
    edge_tolerance: float = 1.0
    # Column rules of a table carried overleaf (or under a caption row) that
    # match the previous table's within this, points: the same columns.
    continued_columns: float = 2.0
    # A sheet's cells start this far above its first label and still belong to it.
    sheet_row_tolerance: float = 0.5
    # A 事務事業一覧 cell wider than this many name columns is a group heading.
    list_group_width: float = 1.5
    # A document is one 事務事業一覧 (not a book of sheets) when every page holds a table
    # whose 事務事業名 caption has this many unit columns beside it (番号 among them) …
    list_document_roles: int = 2
    # … over at least this many printed 番号 cells.
    list_document_rows: int = 3
    # A business unit's printed code (unit_codes.py) is at most this many characters
    # (02-05-12-005: 12) …
    unit_code_max_chars: int = 20
    # … and a list's number cell of one digit group is a code, not a running row
    # number, only with a leading zero and at least this many digits (0211, not 01).
    unit_code_min_digits: int = 3
    # A table's top row printing at least this many western years alone (2022 | 2023),
    # rising left to right and nothing else that reads as a value: its year headers.
    year_row_min: int = 2
    # The collector paused while a parser reads a document (as LoadSettings.pause_collector):
    # its readings and records live to the end of the document, and the collections
    # they set off with CPython's thresholds traverse the whole layout to free nothing
    # (parse 4.4-5.8 -> 3.8-4.6 ms/page on the samples, in-process, shared machine).
    pause_collector: bool = True


@dataclass(frozen=True, slots=True)
class EvaluationSettings:
    """Cross-checks of a 施策評価票's figures."""

    # 達成率 is printed rounded; more than this many points off 実績/目標×100 is flagged.
    rate_tolerance: float = 0.5


@dataclass(frozen=True, slots=True)
class RunSettings:
    """Limits of one run: process pool, per-document ceilings, dataset versions."""

    # Worker processes (0 = in this process, without time or memory limit).
    workers: int = 1
    # Wall-clock limit per document, seconds.
    timeout: float = 300.0
    # Address-space ceiling (RLIMIT_AS) per worker process, MiB. A worker starts
    # at about 0.7 GiB of address space (libraries, dictionaries), so values
    # below min_memory_mib would fail every document.
    max_memory_mib: int = 4096
    min_memory_mib: int = 1024
    # Published versions kept in OUT/.versions (the current one included), so a
    # reader that resolved the previous version still finds its files.
    keep_versions: int = 3
    # One-line error texts are cut at these lengths (documents.error, rejects.reason).
    error_chars: int = 300
    document_error_chars: int = 500
    # How long Ctrl-C waits for worker processes to stop, seconds.
    stop_grace: float = 5.0
    # A document is handed to a fresh worker at most this many times when the
    # worker it went to retired first (after another document hit the ceiling).
    retire_retries: int = 3
    # Above this many documents the summary table lists only those not ok.
    summary_rows: int = 50
    # Garbage collector of a pool worker (gc.set_threshold), after what start-up
    # imported is frozen out of the collections: a young collection waits for
    # this many new container objects. CPython's 700 spent 12–15 % of a worker's
    # CPU time in collections on the samples; this, under 1 %, same peak memory.
    gc_threshold: tuple[int, int, int] | None = (50_000, 20, 100)
    # The collector paused for a whole document (load to validated rows), not
    # only inside each stage: between the stages it came back to a young
    # generation holding every glyph read so far and walked it all, once after
    # loading and once after layout, then again from accounting on (1,000
    # pages: 2.4 s of collections in-process, 29.9 -> 22.6 ms/page with it off;
    # a worker's threshold above: 0.78 s). Objects are still freed by reference
    # counting, and the first young collection after the document frees any
    # cycles it made (same peak memory on 1,000 pages: 1,148 vs 1,149 MB).
    pause_collector: bool = True
    # Rows of one table the writer buffers before it writes them to the staged
    # version as one Parquet row group: bounds the Python rows a run holds.
    row_group_rows: int = 8192
    # A published version's files are flushed to disk together, this many at a
    # time: each fsync waits on the disk, not the CPU, so on ext4 twelve files
    # in flight took 13-18 ms against 39-56 ms one after another.
    fsync_threads: int = 8
    # A document of at least this many pages is split into page ranges, one per
    # worker (pieces.py), when there are two workers or more: below it, the
    # pieces' own reading of the overlap and the merge do not pay.
    split_min_pages: int = 64
    # ... and only when the file has at least this many bytes: a floor under which
    # no file holds split_min_pages pages of text, so a small file is never surveyed
    # (a worker opens a surveyed file to count its pages: batch.document_task). Not
    # a measure of a book: 500 pages of the Calc unit sheets sharing their fonts, as
    # a workbook exported at once is, are 250 KB (500 bytes a page); the 2 MB this
    # was left that book to one worker.
    split_min_bytes: int = 16 * 1024
    # Pages a piece reads on either side of its range, to find where its first
    # sheet starts and its last one ends (a restart page): a sheet longer than
    # this makes the pieces disagree, and the document is read whole.
    split_look_pages: int = 4


@dataclass(frozen=True, slots=True)
class SeriesSettings:
    """Keys of the derived series tables (kpi_series, budget_series)."""

    # A document that names no municipality keys its indicators by this many
    # leading hex digits of its doc_id instead, so unnamed towns are not merged.
    unknown_municipality_id_chars: int = 12


@dataclass(frozen=True, slots=True)
class ReportSettings:
    """Size of the HTML report (aizu-extract report) and of its inline SVG charts."""

    chart_width_in: float = 4.2
    chart_height_in: float = 1.9
    chart_dpi: int = 72
    font_size_pt: float = 7.0
    # Problems (rejects, checks) listed per document; the rest is counted.
    max_problems: int = 30
    # Indicators drawn with a chart; any beyond are listed with their values only.
    max_charts: int = 400


@dataclass(frozen=True, slots=True)
class AccountingSettings:
    """How every printed number is given its fate (accounting.py)."""

    # Longer box texts are prose or names that hold digits, not numbers.
    max_number_chars: int = 24
    # Share of the page height at top and bottom where a bare number is a folio.
    folio_margin: float = 0.08
    # A sheet number in that margin (No.1, vocabulary sheet_number) of at most this
    # many digits is the sheet's folio.
    sheet_number_digits: int = 4
    # A run of at least this many consecutive integers in one table row
    # (1, 2, 3 … the SDGs grid) is option labels.
    option_run: int = 5
    # Boxes on one row: centres within half the smaller height, at least this.
    row_band: float = 2.0
    # A neighbour on the row is at most this far (points); boxes overlapping
    # by up to ``touch`` still count as neighbours.
    neighbour_reach: float = 40.0
    touch: float = 1.0
    # A heading's number is at most this far left of its words.
    heading_gap: float = 30.0
    # A bare integer this close to its table's left edge (points: the cell's
    # padding off a ruling), in a cell at most row_number_width_em of the number's
    # font size wide, is a row number. A width in font sizes, not points: the
    # columns read as row numbers are 1.4-4.0 em wide and the others 4.4 em and
    # more on every input, so this is the 30 pt it was at those sizes, and a page
    # printed smaller (A3 on A4, x0.7: a 39.7 pt No column on 9 pt text at 27.8
    # pt) reads as printed.
    row_number_edge: float = 3.0
    row_number_width_em: float = 4.2
    # A cell counts as above a number's cell (款 over 02 総務費, ページ over a folio
    # column) when its bottom is at most this far below the number's top (points: a
    # shared ruling's width).
    cell_above_slack: float = 1.0
    # A 施策評価票's table unread and naming no plan metric is statistics (a series
    # such as 市民満足度 by 調査年度) only with at least this many year labels.
    statistics_min_years: int = 2


@dataclass(frozen=True, slots=True)
class Settings:
    load: LoadSettings = field(default_factory=LoadSettings)
    layout: LayoutSettings = field(default_factory=LayoutSettings)
    strategy: StrategySettings = field(default_factory=StrategySettings)
    evaluation: EvaluationSettings = field(default_factory=EvaluationSettings)
    run: RunSettings = field(default_factory=RunSettings)
    series: SeriesSettings = field(default_factory=SeriesSettings)
    report: ReportSettings = field(default_factory=ReportSettings)
    accounting: AccountingSettings = field(default_factory=AccountingSettings)
    reading: ReadingSettings = field(default_factory=ReadingSettings)


DEFAULT = Settings()
