# ruff: noqa: E501  (CJK data lines: ruff counts East Asian wide characters twice)
"""Expected extraction of 佐久市「まち・ひと・しごと創生総合戦略の位置づけについて」(重点プロジェクト(案)).

Typed by hand from the seed text ``/work/shared/seeds/saku_priority_projects_draft.txt``
(NOT imported from ``samples.gen.saku`` and NOT produced by any parser). Both renderings,
``samples/saku_priority_projects_reportlab.pdf`` and ``samples/saku_priority_projects_writer.pdf``,
must yield these values.

The document has no KPI or 数値目標 table: an extractor should return no ``kpi_values`` rows
for it, and ``structure`` rows of level ``project`` (number ``Ⅰ``..``Ⅳ``, outline markers kept
as printed, not NFKC-folded to ``I``/``II``). Titles are NFKC-normalised; compare with
whitespace removed. ``tag`` is the 【…】 label without brackets. The draft prints no 年度,
so ``fiscal_year`` is None.
"""

from __future__ import annotations

from typing import NamedTuple

DOCUMENT = {
    "doc_type": "strategy",
    "municipality": "佐久市",
    "title": "まち・ひと・しごと創生総合戦略の位置づけについて",
    "fiscal_year": None,
}


class BasicStance(NamedTuple):
    number: str
    title: str


class ProjectExpectation(NamedTuple):
    number: str
    title: str
    tag: str
    stances: list[str]  # linked 地方創生2.0基本構想 基本姿勢 numbers, in printed order


BASIC_STANCES: list[BasicStance] = [
    BasicStance("①", "人口減少を正面から受け止めたうえでの施策展開"),
    BasicStance("②", "若者や女性にも選ばれる地域づくり"),
    BasicStance("③", "異なる要素の連携と「新結合」"),
    BasicStance("④", "AI・デジタルなどの新技術の徹底活用と社会実装"),
    BasicStance("⑤", "都市・地方の共生関係の強化と人材循環の促進"),
    BasicStance("⑥", "好事例の普遍化(点から面へ、地域の多様なステークホルダーの連携)"),
]

PROJECTS: list[ProjectExpectation] = [
    ProjectExpectation("Ⅰ", "持続可能で、共に支え合う安心・安全なまちづくり", "まち", ["①", "④", "⑥"]),
    ProjectExpectation("Ⅱ", "希望をかなえ、健やかに次世代を育むまちづくり", "ひと(自然動態)", ["①", "②", "④"]),
    ProjectExpectation("Ⅲ", "多様な人が集い、活力の循環を生むまちづくり", "ひと(社会動態)", ["②", "④", "⑤"]),
    ProjectExpectation("Ⅳ", "稼ぐ力を高め、新たな挑戦を支えるまちづくり", "しごと", ["②", "③", "④"]),
]

# The 49 施策 the projects are reflected in (printed twice in the 位置づけ section).
POLICY_COUNT = 49

PAGE_COUNT = {"saku_priority_projects_reportlab.pdf": 5, "saku_priority_projects_writer.pdf": 3}
# pages of プロジェクトⅠ..Ⅳ
PROJECT_PAGES = {
    "saku_priority_projects_reportlab.pdf": (4, 4, 5, 5),
    "saku_priority_projects_writer.pdf": (2, 2, 2, 3),
}
