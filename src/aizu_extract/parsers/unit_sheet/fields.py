"""A unit sheet's form fields → one ``business_units`` record.

Fields come from the vocabulary's labels and the form reader's value cells;
a field that is not printed stays None (never the first option, never a
guess). Marked choices take the marked option.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...layout.form import (
    FieldHit,
    Form,
    FormCell,
    checked_option,
    circled_option,
    is_mark,
    marked_options,
    read_marked_text,
)
from ...layout.table import Grid, GridCell, text_key
from ...layout.vocabulary import Vocabulary
from ...normalize.text import circled_number, join_wrapped, normalize_text
from ...unit_codes import printed_code
from ..base import Record
from .sheets import Scope

_LEADING_NO = re.compile(r"^(\d{1,3})(?:[.．、\s]|$)")
_SDG_TARGET = re.compile(r"(?<![\d.])(\d{1,2}\.\d{1,2}|\d{1,2}\.[a-c])(?![\d])")
_SDG_GOALS = 17
_GOAL_NO = re.compile(r"[0-9]{1,2}")
# Goals named in words: 目標4・目標17, ゴール11, Goal 3.
_SDG_GOAL_WORD = re.compile(r"(?:目標|ゴール|Goal|goal)\s*(\d{1,2})(?![\d.])")
# A numbered goal at the start of a value: 基本目標3, 柱2 (not a year, a plan period or
# a count: 令和7年度, 第2期, 3回).
_NUMBERED_GOAL = re.compile(r"^([^\d\s]{0,6}?\d{1,2})(?![\d.年期次回月])")
# A bracketed note at the end of a department part: 企画係（内線215）.
_PHONE = re.compile(r"[(（]([^()（）]*)[)）]$")
_At = tuple[int, int, float, int]  # a department word's place: page, row, x, index
_SEPARATORS = re.compile(r"[・/／、,，|｜\s]")
# A cell naming this many options of a choice lists them (nothing marked → null).
_OPTION_LIST_MIN = 2


@dataclass(frozen=True, slots=True, eq=False)
class Measure:
    """The 施策 a sheet belongs to; ``numbered`` when its number is printed apart."""

    number: int | None
    title: str | None
    numbered: bool = False
    parent: str | None = None  # the number of the 政策 (or 基本目標) printed over it
    printed: str | None = None  # a compound number as printed (1-2: 政策 1, 施策 2)
    parent_level: str | None = None  # policy (政策), or policy_goal (基本目標)

    @property
    def label(self) -> str | None:
        """The number as printed: the contract keeps a compound ``1-2`` whole."""
        return self.printed or (str(self.number) if self.number is not None else None)

    @property
    def context(self) -> str | None:
        if self.numbered and self.number is not None:
            return f"施策{self.label} {self.title}" if self.title else f"施策{self.label}"
        return self.title or (f"施策{self.label}" if self.number is not None else None)


# A number as printed: ``3``, or compound ``1-2`` (政策-施策), whose last part is its own.
_NO = r"\d{1,3}(?:[-‐]\d{1,3})?"
# ``1 交流の促進`` (after ``施策：``): a number printed apart from the name.
_NUMBER_APART = re.compile(rf"^({_NO})\s+(.+)$")
_MEASURE_PREFIX = re.compile(rf"^施策\s*({_NO})\s*(.*)$")
_NUMBER_ONLY = re.compile(rf"^{_NO}$")
# Between the levels of a plan position printed as one path: ``政策3 … ＞ 施策3-3 …``.
_PATH_MARK = re.compile(r"\s*[>≫»›→⇒]\s*")
# A level word and its number at the start of a value: ``政策 1 安心して暮らせるまち``.
_LEVEL_NO = re.compile(r"^(\D{1,6}?)\s*(\d{1,3})(?:\s|$)")


def text_of(fc: FormCell | None) -> str | None:
    """A value cell's text as the contract stores it; None when blank."""
    if fc is None or fc.cell.box is None:
        return None
    return join_wrapped(fc.cell.lines) or None


def hit_text(hit: FieldHit | None) -> str | None:
    """A field's value as the contract stores it (inline after a colon, or its cell)."""
    if hit is None:
        return None
    return join_wrapped(hit.lines) or None


def first(form: Form, field: str, cells: list[FormCell]) -> FieldHit | None:
    for hit in form.hits(field, cells):
        if hit.value is not None:
            return hit
    return None


def read_measure(form: Form, cells: list[FormCell]) -> Measure:
    """The 施策 a sheet prints: its number (own cell or ``施策1 …``) and its name."""
    title_hit = first(form, "measure", cells)
    title = hit_text(title_hit)
    path_policy: str | None = None
    levels = _levels(title)
    path_policy = _parent_in(form, levels[:1], "policy") if len(levels) > 1 else None
    if path_policy is not None:  # 施策 | 政策3 … ＞ 施策3-3 …: the path down to the 施策
        title = next((p for p in levels if _MEASURE_PREFIX.match(p)), levels[-1])
    if title_hit is None:
        title_hit, title = _plan_position(form, cells)
    number_hit = first(form, "measure_number", cells)
    number: int | None = None
    numbered = False
    if title_hit is not None and not title_hit.inline and title and _NUMBER_ONLY.match(title):
        # 施策 | 1 | 交流の促進, 施策 | ３－２ | 子育て支援の充実: the number in a cell of its own
        parts = [text_of(fc) for fc in form.values_of(title_hit.label)]
        if len(parts) > 1 and parts[1]:
            title = f"{parts[0]} {parts[1]}"
    if number_hit is not None:
        digits = re.sub(r"\D", "", normalize_text(number_hit.text))
        number, numbered = (int(digits), True) if digits else (None, False)
    printed: str | None = None
    if title:
        m = _MEASURE_PREFIX.match(title) or _NUMBER_APART.match(title)
        if m:
            parts = re.split(r"[-‐]", m.group(1))
            number, numbered, title = int(parts[-1]), True, m.group(2) or None
            printed = m.group(1) if len(parts) > 1 else None
        elif number is None:  # a number inside the name: ①「環境共創」のまちづくり
            number = circled_number(title[0])
            lead = _LEADING_NO.match(title)
            if number is None and lead:
                number = int(lead.group(1))
    parent, parent_level = _parent(form, cells) or (path_policy, "policy" if path_policy else None)
    return Measure(number, title, numbered, parent, printed, parent_level)


def _plan_position(form: Form, cells: list[FormCell]) -> tuple[FieldHit | None, str | None]:
    """A 総合計画上の位置づけ whose value begins with its 施策 (施策3　移住・定住の促進)
    stands for the sheet's 施策 label, on any row the label spans (総合計画の体系 |
    政策 1 … over 施策 1-2 …), and so does the 施策 level of a value printed as a path
    (政策３　… ＞ 施策３－３　…); a value of another shape names no 施策. (hit, its
    施策 text), or (None, None)."""
    for hit in form.hits("plan_position", cells):
        values = [hit_text(hit)]
        if not hit.inline:
            values += [text_of(fc) for fc in form.row_values(hit.label)[1:]]
        for text in values:
            whole = normalize_text(text) if text else ""
            if _MEASURE_PREFIX.match(whole):
                return hit, whole  # the value is the 施策 (an arrow in its name stays)
            for part in _levels(text)[1:]:  # a later level of a path
                if _MEASURE_PREFIX.match(part):
                    return hit, part
    return None, None


def _levels(text: str | None) -> list[str]:
    """The levels of a plan position printed as one path (``政策3 … > 施策3-3 …``), or
    the value alone, normalised."""
    return [p for p in _PATH_MARK.split(normalize_text(text)) if p] if text else []


def _parent(form: Form, cells: list[FormCell]) -> tuple[str, str] | None:
    """The enclosing node of a sheet's 施策, (its number, its level): the 政策 the sheet
    prints (``政策 | 5 | 子育て支援の充実``, ``政策 | 5　子育て…``), or a row beside the
    総合計画の位置付け label that begins with an enclosing level's word and its number
    (``政策 1 安心して…``, ``基本目標２　ともに…`` over ``施策２－３　…``). A 政策 row
    beats a 基本目標 row: it is the nearer parent. None when no number is printed."""
    number = _first_match(form, "policy_name", cells, _LEADING_NO)
    if number is not None:
        return number, "policy"
    rows = [
        _levels(_level_row_text(form, fc))
        for hit in form.hits("plan_position", cells)
        if not hit.inline
        for fc in form.row_values(hit.label)
    ]
    for level in _PARENT_LEVELS:
        for levels in rows:
            number = _parent_in(form, levels, level)
            if number is not None:
                return number, level
    return None


def _level_row_text(form: Form, fc: FormCell) -> str | None:
    """A row beside the 総合計画 label as one text: a cell holding only an enclosing
    level's word (``基本目標 | ３　子どもを…``, the word in a cell of its own) is read
    with the value right of it, as if printed ``基本目標３　子どもを…`` in one cell."""
    text = text_of(fc)
    if not text or _enclosing_level(form.vocab, fc.cell.key) is None:
        return text
    right = fc.grid.right_of(fc.cell)
    if not right or right[0].box is None:
        return text
    return f"{text} {join_wrapped(right[0].lines)}"


# The levels a 施策's parent is printed as, nearest first: 政策, then 基本目標 / 政策目標.
_PARENT_LEVELS = ("policy", "policy_goal")


def _parent_in(form: Form, levels: list[str], level: str) -> str | None:
    """The number of the first of ``levels`` printed as ``level``'s word and its number."""
    for part in levels:
        m = _LEVEL_NO.match(part)
        if m and _enclosing_level(form.vocab, text_key(m.group(1))) == level:
            return m.group(2)
    return None


def _enclosing_level(vocab: Vocabulary, word: str) -> str | None:
    """policy for the 政策 word (the policy_name label), policy_goal for a plan goal's
    (基本目標, 政策目標: plan_goal_level); None for any other word."""
    if vocab.field_of(word) == "policy_name":
        return "policy"
    return "policy_goal" if vocab.header("plan_goal_level").matches(word) else None


def _first_match(
    form: Form, field: str, cells: list[FormCell], pattern: re.Pattern[str]
) -> str | None:
    """Group 1 of ``pattern`` at the start of the first ``field`` value that has it."""
    for hit in form.hits(field, cells):
        text = hit_text(hit)
        m = pattern.match(normalize_text(text)) if text else None
        if m:
            return m.group(1)
    return None


def department(form: Form, cells: list[FormCell]) -> str | None:
    """The department's printed parts in reading order, joined with ・.

    Parts are the value cells after each department label (``総務部 | 総務課``)
    and the space-separated words of one cell (``総務部　総務課``).
    """
    parts: list[tuple[_At, str]] = []
    for field in ("department", "department_bureau", "department_section"):
        for hit in form.hits(field, cells):
            if not hit.inline and _heads_parts(form, hit):
                continue
            values = (
                [(hit.label, hit_text(hit))]
                if hit.inline
                else [(fc, text_of(fc)) for fc in form.values_of(hit.label)]
            )
            words = [
                ((fc.position.page, round(fc.position.y), fc.position.x, i), w)
                for fc, value in values
                if value
                for i, w in enumerate(value.split())
            ]
            names_section = form.vocab.header("department_section_label").matches(
                hit.label.cell.key
            )
            parts.extend(_without_team(words, form.vocab, names_section=names_section))
    ordered = [value for _, value in sorted(parts)]
    phone = form.vocab.header("phone_note")
    ordered = [
        _PHONE.sub(lambda m: "" if phone.found_in(m.group(1)) else m.group(), v) for v in ordered
    ]
    ordered = [v for v in ordered if v]
    return "・".join(dict.fromkeys(ordered)) or None


_PART_FIELDS = ("department_bureau", "department_section", "department_team")


def _heads_parts(form: Form, hit: FieldHit) -> bool:
    """A department label printed before the labels of its parts, each with its value
    beside it (``所管 | 部 | 健康福祉部 | 課 | …``): the parts' own labels give the values,
    and what lies under it is no part. A row of labels over their values (``担当部・課 |
    担当係`` over ``企画部　企画課 | 企画係``) is not such a row."""
    right = hit.label.grid.right_of(hit.label.cell)
    if len(right) < 2 or right[0].box is None or right[1].box is None:
        return False
    return form.vocab.field_of(right[0].key, _PART_FIELDS) is not None and (
        form.vocab.field_of(right[1].key) is None
    )


def _without_team(
    words: list[tuple[_At, str]], vocab: Vocabulary, *, names_section: bool = False
) -> list[tuple[_At, str]]:
    """The words one department label gives without the team after its 部 and 課
    (``市民生活部　市民協働課　消費生活係`` → 部, 課): with both printed, they are the
    contract's 担当部・課 and the 係 is the team's (department_team), as when each part
    has its own label. A label that names the 課 itself (``names_section``: 担当課 |
    ``住民福祉課　福祉係``) asks for the 課, so its 係 goes even with no 部 printed; under
    any other label words without a 部 are kept (担当 | ``福祉課　支援係``)."""
    levels = [_level(w, vocab) for _, w in words]
    if "section" not in levels or ("bureau" not in levels and not names_section):
        return words
    last = max(i for i, level in enumerate(levels) if level == "section")
    return [w for i, (w, level) in enumerate(zip(words, levels, strict=True))
            if i < last or level != "team"]  # fmt: skip


def _level(word: str, vocab: Vocabulary) -> str | None:
    """bureau / section / team: the level a department word's ending names."""
    for level in ("bureau", "section", "team"):
        if vocab.header(f"department_{level}_word").matches(text_key(word)):
            return level
    return None


def legal_basis(form: Form, cells: list[FormCell], vocab: Vocabulary) -> str | None:
    options: dict[str, list[str]] = vocab.choices["legal_basis"]
    flat = {word: canon for canon, words in options.items() for word in words}
    for hit in form.hits("legal_basis", cells):
        chosen = _choice(form, hit, list(flat), vocab)
        if chosen is not None:
            return flat[chosen]
    return None


def next_year_policy(form: Form, cells: list[FormCell], vocab: Vocabulary) -> str | None:
    """The marked option; or the printed word; or the printed phrase as printed.

    A marked choice anywhere on the sheet (総合評価 | （○）継続 overleaf) beats the
    prose of a 今後の方向性 row printed before it: the prose explains the choice."""
    options: list[str] = vocab.choices["next_year_policy"]
    hits = form.hits("next_year_policy", cells)
    for hit in sorted([*hits, *form.hits("next_year_policy_choice", cells)], key=_reading):
        chosen = _marked(form, hit, options, vocab)
        if chosen is not None:
            return chosen
    for hit in hits:
        if hit.value and read_marked_text(hit.text, options, vocab) is not None:
            return None  # the first such field prints its options, none of them marked
        value = hit_text(hit)
        if value and not _lists_options(value, options) and not _option_row(hit, options):
            return value  # a phrase printed instead of options (現状のまま継続)
    return None


def _reading(hit: FieldHit) -> tuple[int, int, float]:
    p = hit.label.position
    return (p.page, round(p.y), p.x)


def _marked(form: Form, hit: FieldHit, options: list[str], vocab: Vocabulary) -> str | None:
    """The option a hit's value marks (drawn check, printed mark, circle, or the one
    option printed alone)."""
    checked = _checked(form, hit, options)
    if checked is not None:
        return checked
    marked = read_marked_text(hit.text, options, vocab) if hit.value else None
    if marked is not None:
        return marked.chosen
    return _choice(form, hit, options, vocab)


def _checked(form: Form, hit: FieldHit, options: list[str]) -> str | None:
    """The option a check mark drawn in the value cell stands before: a drawn ✓
    chooses even among printed empty boxes (☐拡大 with the ✓ drawn into the box)."""
    if hit.value is None:
        return None
    checks = form.page(hit.value.page).checks
    return checked_option(hit.value.cell, options, checks, form.settings.check_gap)


def _option_row(hit: FieldHit, options: list[str]) -> bool:
    """The label's row prints several options in cells of their own (``拡充 | 現状維持
    | 改善 …``): a choice, whose first cell is no more chosen than the others."""
    keys = {text_key(opt) for opt in options}
    listed = [c for c in hit.label.grid.right_of(hit.label.cell) if c.box and c.key in keys]
    return len(listed) >= _OPTION_LIST_MIN


def _lists_options(text: str, options: list[str]) -> bool:
    """The cell prints only options and separators (``拡充 ・ 継続 ・ 縮小``): a
    choice with nothing marked, not a phrase (``内容を見直して継続``)."""
    rest = text_key(text)
    found = 0
    for opt in sorted(options, key=len, reverse=True):
        key = text_key(opt)
        if key in rest:
            found += 1
            rest = rest.replace(key, "")
    return found >= _OPTION_LIST_MIN and not _SEPARATORS.sub("", rest)


def _choice(form: Form, hit: FieldHit, options: list[str], vocab: Vocabulary) -> str | None:
    """A marked choice printed in the value cell, or in cells beside the label."""
    if hit.value is not None:
        checked = _checked(form, hit, options)
        if checked is not None:
            return checked
        marked = read_marked_text(hit.text, options, vocab)
        if marked is not None:
            return marked.chosen
        circled = circled_option(hit.value.cell, options, form.page(hit.value.page).circles)
        if circled is not None:
            return circled
        key = text_key(hit.text)
        for opt in sorted(options, key=len, reverse=True):
            if key == text_key(opt) and not _option_row(hit, options):
                return opt
    grid, label = hit.label.grid, hit.label.cell
    region = [c for c in grid.right_of(label)]
    chosen = marked_options(grid, region, vocab)
    for cell in chosen:
        key = cell.key
        for opt in sorted(options, key=len, reverse=True):
            if key == text_key(opt):
                return opt
    return None


def population_goal(form: Form, cells: list[FormCell]) -> str | None:
    """The numbered goal the 総合戦略 field names first (``基本目標3　結婚・…`` →
    ``基本目標3``); a value naming none (``該当なし``, ``－``) says the unit has none."""
    return _first_match(form, "population_goal", cells, _NUMBERED_GOAL)


def sdg_targets(form: Form, cells: list[FormCell], vocab: Vocabulary) -> list[str]:
    """SDG goals marked on a 1–17 grid, or targets (``11.3``) printed as text."""
    for hit in form.hits("sdg", cells):
        grid, label = hit.label.grid, hit.label.cell
        region = _region_of(form, grid, label)
        if any(is_mark(c, vocab) for c in region):
            goals = []
            for cell in marked_options(grid, region, vocab):
                m = _LEADING_NO.match(normalize_text(cell.text))
                if m and 1 <= int(m.group(1)) <= _SDG_GOALS:
                    goals.append(m.group(1))
            return sorted(set(goals), key=int)
        targets: list[str] = []
        for cell in region:
            for line in cell.lines:  # one value per line: never joined across lines
                text = normalize_text(line)
                targets.extend(_SDG_TARGET.findall(text))
                targets.extend(g for g in _SDG_GOAL_WORD.findall(text) if int(g) <= _SDG_GOALS)
                targets.extend(_bare_goals(text))
        if targets:
            return list(dict.fromkeys(targets))
    return []


def _bare_goals(text: str) -> list[str]:
    """A line of goal numbers alone (``3・5``, ``8、11``) beside the SDGs label: each
    a goal 1–17. A line with anything else (a target, a word) gives none here."""
    parts = [p for p in _SEPARATORS.split(text) if p]
    if not parts or not all(_GOAL_NO.fullmatch(p) and 1 <= int(p) <= _SDG_GOALS for p in parts):
        return []
    return [str(int(p)) for p in parts]


def _region_of(form: Form, grid: Grid, label: GridCell) -> list[GridCell]:
    """The cells a label governs: right of it on its rows; for a title bar with
    nothing beside it, the rows under it up to the next label."""
    right = [
        c
        for c in grid.cells
        if c.col > label.last_col and c.row >= label.row and c.last_row <= label.last_row
    ]
    if right:
        return right
    out = []
    for row in range(label.last_row + 1, grid.n_rows):
        cells = [c for c in grid.row_cells(row) if c.row == row]
        if any(c.box is not None and form.vocab.field_of(c.key) for c in cells):
            break
        out.extend(c for c in cells if label.col <= c.col and c.last_col <= label.last_col)
    return out


def unit_record(
    form: Form,
    scope: Scope,
    vocab: Vocabulary,
    measure: Measure,
    *,
    parent: str | None = None,
    summary_field: str = "summary",
) -> Record:
    """The business_units record of a sheet (or of one of its sub-units)."""
    cells = scope.cells
    name = hit_text(scope.name_hit) or ""
    summary_hit = first(form, summary_field, cells)
    summary = hit_text(summary_hit)
    if parent is not None and not (summary and parent in summary):
        # Contract v1.1: a 細事業's summary names its parent unit.
        summary = f"{parent}の細事業" + (f": {summary}" if summary else "")
    return {
        "page": scope.page,
        "measure_no": measure.number,
        "unit_no": None,
        "name": name,
        "department": department(form, cells),
        "legal_basis": legal_basis(form, cells, vocab),
        "next_year_policy": next_year_policy(form, cells, vocab),
        "is_priority": None,
        "population_goal": population_goal(form, cells),
        "sdg_targets": sdg_targets(form, cells, vocab),
        "summary": summary,
        "unit_code": unit_code(form, cells),
    }


def unit_code(form: Form, cells: list[FormCell]) -> str | None:
    """The code a label of the sheet names the unit by (事業番号 | 0211), as printed;
    None when no such label is printed or its value is no code (a sheet's folio
    ``NO. | 3`` is another field's: it numbers the sheet, not the unit). The value
    must be printed in the label's cell or right of it: a 事業番号 over a column of
    codes heads a list (an index, a 事務事業一覧), whose first row is no sheet's code."""
    for hit in form.hits("unit_code", cells):
        if hit.value is None:
            continue
        label, value = hit.label.cell, hit.value.cell
        beside = (
            hit.value.grid is hit.label.grid
            and value.col > label.last_col
            and (value.row <= label.last_row and label.row <= value.last_row)
        )
        if hit.inline is not None or beside:
            return printed_code(hit_text(hit))
    return None
