"""Fifth HELD-OUT pair (fictional みなとがわ市 / ほしかわ市) against hand-typed expectations
(tests/expected/heldout5.py), field by field.

The two PDFs in ``tests/fixtures/heldout5/`` (J: a LibreOffice Writer export of a .docx
事務事業評価調書 — three unit sheets with the fields as a ruled two-column ``label |
value`` list, long values wrapped, ``所属名`` as ``部　課``, ``事務区分`` 自主事務 /
法定受託事務, 次年度方針 marked or the plain phrase 現状維持, SDGs ``ゴール3、ゴール11``, a cost
table whose basis is a sub-row label (事業費 / うち一般財源 over 予算額 / 決算額) under
単位：千円 or 単位：円, a 成果指標 table with a baseline year and a final-target year in its
header and the unit in the name; K: a reportlab 平成30年度 施策評価シート of one 政策分野
with 政策 | 4 | … header cells, a KPI table ``No | 成果指標 | 単位 | H28実績 | H29実績 |
H30目標 | H30実績 | 達成度`` continued on page 2 without its header and a 事務事業一覧 with
事業費（千円） whose basis is printed only in a caption, and no cards) were made to
measure how the parsers generalise to shapes they were not written against. Every
contract field is its own test (per template), so a failing field is visible by name;
those that fail today are marked ``xfail(strict=False)`` with the reason "held-out
template" and stay listed in ``_XFAIL`` below (remove an entry when the parser gets
that field right). ``test_f1_report`` prints the field-level precision / recall / F1
the project's scorer (``benchmarks/score_f1.py``) computes; run
``pytest -s tests/test_heldout5.py -k f1`` to see it.
"""

from __future__ import annotations

from benchmarks.score_f1 import expected_heldout5

from .expected import heldout5
from .heldout_harness import HeldOutRound, heldout_tests

# (test, template, field) that fail with the parser; everything else must pass.
# Blind score when these files were made: F1 0.253 (J 0.311, K 0.153); see
# ``benchmarks/score_f1.py``. Expected vs got at the blind run:
# J's fields were fixed after the blind run (J 0.311 → 1.000: a metric printed before
# its year over two lines, a unit in brackets after the name, 事務区分 自主事務 /
# 法定受託事務), so J is no longer blind. K (0.153): its KPI table (continued on page 2
# without a header, 達成度 after H30実績, a 単位 printed －) was fixed too; its
# list (repeated header, 合計 row, 所管課, 事業No) too, and its 事業費 column whose
# basis is only in the note ※事業費は平成30年度決算額.
_XFAIL: frozenset[tuple[str, str, str]] = frozenset({
    # K status (fixed): ok vs partial, at last only the 事務事業一覧's 合計 414,081 left
    # unassigned.no_header; a total row nothing reads is now derived.total.
    # J legal_basis: 自主 / 法定 / 自主 vs None ×3 (事務区分 自主事務 / 法定受託事務 not read).
    # K names: 9 list rows vs 13 units: the header row repeated on page 3 (事業名 / 方向性),
    # the 合計 row and two units named 所管課 (unit_no 1 and 6) come in as extra units.
    # K department: こども課, 健康推進課 … vs None ×9 (the 所管課 column not read).
    # K unit_no: 1 … 9 vs None ×9 (the 事業No column not read).
    # J keys: 48 rows keyed 放課後児童クラブの登録児童数 … vs 放課後児童クラブの登録児童数(人) …
    # (the unit printed in brackets at the end of the name stays in kpi_name; unit None
    # vs 人 / % / 件 / 分 / 者 on all 48); with the name fixed, the 6 baselines
    # (基準値（令和2年度）, year_label 令和2年度) come out as metric target with year_label
    # 2年度) and the 6 final targets year_label 令和7年度 vs 7年度) (the wrapped header's
    # second line only). Every J kpi field fails through the key.
    # K keys: 35 rows vs 16: the rows 5-7 continued on page 2 without the header row are
    # not read; the 達成度 column gives no achievement_rate rows; Nos 2-4 are named after
    # their 単位 cell (kpi_name 人 / % vs 保育所等の待機児童数 …). Only No 1's four year
    # columns match; every K kpi field fails on the missing rows.
})

ROUND = HeldOutRound(
    name="held-out 5",
    expected=heldout5,
    templates=("j", "k"),
    expected_f1=expected_heldout5,
    xfail=_XFAIL,
    check_rejects=True,
)
globals().update(heldout_tests(ROUND))
