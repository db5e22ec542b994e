"""Real published 事務事業評価 sheets (池田市 目標設定シート, 横浜市 事業評価書).

The PDFs are in ``../shared/real/`` as their cities published them; every
expected value below was read off the rendered page by eye (not produced by
the parser). The tests skip when that folder is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aizu_extract.pipeline import process_file

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"


def _run(name: str) -> dict[str, list[dict]]:
    path = REAL / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    outcome = process_file(path)
    return {"documents": [outcome.document], **outcome.rows}


# ---------------------------------------------------------------- 池田市

_IKEDA_YEARS = ((2022, "決算"), (2023, "決算"), (2024, "予算"), (2024, "決算"))

# file → (事務事業名, SDG goals marked ○, {item: R4決算, R5決算, R6予算, R6決算 in 千円},
#         (成果指標, 単位, R5実績, R6見込, R6実績, R9見込))
IKEDA = {
    "ikeda-r7-001.pdf": (
        "環境学習推進事業",
        ["4", "7", "8", "9", "12", "17"],
        {
            "事業費A": (5690, 5690, 5700, 5690),
            "環境学習推進委託料": (5690, 5690, 5700, 5690),
            "国・府支出金": (None, None, None, None),
            "地方債": (None, None, None, None),
            "その他": (5690, 5690, 5700, 5690),
            "うち受益者負担B": (0, 0, 0, 0),
            "一般財源": (0, 0, 0, 0),
        },
        ("出前授業のメニュー数", "種類", 27, 27, 27, 30),
    ),
    "ikeda-r7-002.pdf": (
        "環境基本計画推進事業",
        ["2", "3", "4", "6", "7", "8", "9", "11", "12", "13", "14", "15", "17"],
        {
            "事業費A": (334, 339, 354, 296),
            "消耗品費": (8, 19, 19, 2),
            "印刷製本費": (299, 299, 310, 270),
            "国・府支出金": (None, None, None, None),
            "地方債": (None, None, None, None),
            "その他": (334, 339, 354, 296),
            "うち受益者負担B": (0, 0, 0, 0),
            "一般財源": (0, 0, 0, 0),
        },
        ("太陽光発電出力", "kW", 10000, 10500, 10000, 12000),
    ),
    "ikeda-r7-003.pdf": (
        "ごみ減量化推進事業",
        ["11", "12", "17"],
        {
            "事業費A": (3466, 5937, 4217, 3028),
            "消耗品費": (42, 67, 17, 14),
            "処分委託料": (88, 88, 100, 0),
            "補助金": (3336, 3142, 4100, 3013),
            "国・府支出金": (None, None, None, None),
            "地方債": (None, None, None, None),
            "その他": (3466, 5937, 4217, 3028),
            "うち受益者負担B": (0, 0, 0, 0),
            "一般財源": (0, 0, 0, 0),
        },
        ("集団回収量", "t", 1008, 1414, 906, 1473),
    ),
    "ikeda-r7-004.pdf": (
        "脱炭素社会推進事業",
        ["7", "11", "12", "13", "17"],
        {
            "事業費A": (13524, 79308, 22797, 13463),
            "太陽光発電設備導入補助金": (4674, 4231, 5900, 2976),
            "家庭用燃料電池設備導入補助金": (1710, 2610, 4500, 2250),
            "家庭用蓄電池設備導入補助金": (2350, 2000, 3050, 2300),
            "国・府支出金": (None, None, None, None),
            "地方債": (None, None, None, None),
            "その他": (13524, 17873, 22797, 13463),
            "うち受益者負担B": (0, 0, 0, 0),
            "一般財源": (0, 61435, 0, 0),
        },
        ("公共施設の太陽光発電設備設置施設数", "施設", 14, 14, 14, 19),
    ),
}


@pytest.mark.parametrize("name", sorted(IKEDA))
def test_ikeda_sheet(name: str) -> None:
    unit_name, sdgs, budget, kpi = IKEDA[name]
    out = _run(name)
    doc = out["documents"][0]
    assert doc["doc_type"] == "policy_evaluation"
    assert doc["status"] == "ok", doc["error"]
    assert doc["municipality"] == "池田市"
    assert doc["title"] == "第7次池田市総合計画 前期基本計画 事務事業評価(令和6年度実施事業)"
    assert doc["fiscal_year"] == 2024

    (unit,) = out["business_units"]
    assert unit["name"] == unit_name
    assert unit["department"] == "環境政策課"
    assert unit["measure_no"] == 1
    assert unit["next_year_policy"] == "現状維持"  # printed phrase, kept as printed
    assert unit["legal_basis"] is None  # the template prints no 法定/自主
    assert unit["sdg_targets"] == sdgs
    assert unit["summary"] and unit["summary"].startswith(
        {
            "ikeda-r7-001.pdf": "環境学習基本方針に基づき",
            "ikeda-r7-002.pdf": "池田市環境基本計画の推進及び進行管理",
            "ikeda-r7-003.pdf": "集団回収活動団体への奨励金",
            "ikeda-r7-004.pdf": "ごみ減量や省エネルギー事業",
        }[name]
    )

    got = {(b["item"], b["fiscal_year"], b["basis"]): b["amount_yen"] for b in out["budget_lines"]}
    want = {
        (item, year, basis): (None if v is None else v * 1000)
        for item, values in budget.items()
        for (year, basis), v in zip(_IKEDA_YEARS, values, strict=True)
    }
    assert got == want
    assert {b["business_unit"] for b in out["budget_lines"]} == {unit_name}
    # 受益者負担率 B÷A is a ratio, not money: it gives no budget line.
    assert not any("負担率" in b["item"] for b in out["budget_lines"])

    kpi_name, kpi_unit, r5_actual, r6_forecast, r6_actual, r9_forecast = kpi
    rows = {(k["fiscal_year"], k["metric"]): k for k in out["kpi_values"]}
    assert set(rows) == {(2023, "actual"), (2024, "forecast"), (2024, "actual"), (2027, "forecast")}
    assert rows[(2023, "actual")]["value"] == r5_actual
    assert rows[(2024, "forecast")]["value"] == r6_forecast
    assert rows[(2024, "actual")]["value"] == r6_actual
    assert rows[(2027, "forecast")]["value"] == r9_forecast
    for row in rows.values():
        assert row["kpi_name"] == kpi_name
        assert row["unit"] == kpi_unit
        assert row["subject"] == unit_name
        assert row["kind"] == "outcome"  # 成果指標
        assert row["context"] == "①「環境共創」のまちづくり"
    assert rows[(2023, "actual")]["year_label"] == "R5年度"
    assert out["rejects"] == []


# ---------------------------------------------------------------- 横浜市

# file → [(unit, parent or None, {(item, 年度): 決算 in 千円}, indicator or None)]
# indicator: (name, unit, {年度: 想定}, {年度: 実績}) with 年度 as printed (era-less, 令和).
YOKOHAMA = {
    "yokohama-r7-001.pdf": [
        ("デジタル企画調整費", None, {("事業費", 2023): 24225, ("事業費", 2024): 26718}, None),
        (
            "デジタル統括本部運営(人件費)",
            "デジタル企画調整費",
            {("細事業費", 2023): 7710, ("細事業費", 2024): 9617},
            None,  # 細事業事業量 printed blank: no indicator
        ),
        (
            "デジタル統括本部運営(物件費)",
            "デジタル企画調整費",
            {("細事業費", 2023): 16515, ("細事業費", 2024): 17101},
            None,
        ),
    ],
    "yokohama-r7-002.pdf": [
        ("デジタル化推進事業", None, {("事業費", 2023): 36247, ("事業費", 2024): 36208}, None),
        (
            "デジタル人材育成",
            "デジタル化推進事業",
            {("細事業費", 2023): 32837, ("細事業費", 2024): 24105},
            (
                "DX推進研修受講者数",
                "人",
                {3: 1000, 4: 2200, 5: 2500, 6: 2500, 7: 2500, 8: 2500, 9: 2500},
                {3: 948, 4: 2800, 5: 3000, 6: 2700},
            ),
        ),
        (
            "民間人材の活用",
            "デジタル化推進事業",
            {("細事業費", 2023): 0, ("細事業費", 2024): 1958},
            (
                "民間人材による短期的支援件数",
                "件",
                {5: 5, 6: 15, 7: 15, 8: 15, 9: 15},
                {5: 9, 6: 15},
            ),
        ),
        (
            "DX実証・調査",
            "デジタル化推進事業",
            {("細事業費", 2023): 3410, ("細事業費", 2024): 10145},
            ("実証・調査数", "件", {4: 3, 5: 3, 6: 3, 7: 3, 8: 3, 9: 3}, {4: 3, 5: 3, 6: 3}),
        ),
    ],
    "yokohama-r7-003.pdf": [
        (
            "情報セキュリティ対策推進事業",
            None,
            {("事業費", 2023): 6268, ("事業費", 2024): 21778},
            None,
        ),
        (
            "情報セキュリティ対策推進事業",
            "情報セキュリティ対策推進事業",
            {("細事業費", 2023): 6268, ("細事業費", 2024): 21778},
            (
                "Webサイト脆弱性診断実施件数",
                "件",
                {3: 100, 4: 100, 5: 100, 6: 100, 7: 100, 8: 100, 9: 100},
                {3: 116, 4: 157, 5: 102, 6: 55},
            ),
        ),
    ],
}
_REIWA = 2018  # 令和N年度 = 2018 + N


@pytest.mark.parametrize("name", sorted(YOKOHAMA))
def test_yokohama_sheet(name: str) -> None:
    out = _run(name)
    doc = out["documents"][0]
    assert doc["doc_type"] == "policy_evaluation"
    assert doc["status"] == "ok", doc["error"]
    assert doc["title"] == "令和7年度 事業評価書"
    assert doc["fiscal_year"] == 2025
    assert doc["municipality"] is None  # the sheets never print 横浜市

    expected = YOKOHAMA[name]
    units = out["business_units"]
    assert [u["name"] for u in units] == [e[0] for e in expected]
    for unit, (_, parent, _, _) in zip(units, expected, strict=True):
        assert unit["department"] == "デジタル統括本部企画調整課"
        assert unit["measure_no"] == 99  # 施策番号 99
        assert unit["sdg_targets"] == []
        assert unit["legal_basis"] is None
        if parent is None:
            assert unit["summary"] and "の細事業" not in unit["summary"]
        else:
            assert unit["summary"].startswith(f"{parent}の細事業")

    # Every money cell: 5年度/6年度 決算 (the 差引 column is not a budget line).
    got: dict[tuple[str, str, int], int | None] = {}
    for b in out["budget_lines"]:
        assert b["basis"] == "決算"
        got[(b["business_unit"], b["item"], b["fiscal_year"])] = b["amount_yen"]
    want = {
        (unit, item, year): v * 1000
        for unit, _, money, _ in expected
        for (item, year), v in money.items()
    }
    assert got == want

    # Every indicator cell: 想定 (target) and 実績 (actual) for 3–9年度, blanks as null rows.
    by_subject: dict[str, list[dict]] = {}
    for k in out["kpi_values"]:
        by_subject.setdefault(k["subject"], []).append(k)
    for unit, _, _, indicator in expected:
        if indicator is None:
            continue
        kpi_name, kpi_unit, targets, actuals = indicator
        rows = by_subject.pop(unit)
        assert len(rows) == 14
        values = {(r["metric"], r["fiscal_year"]): r["value"] for r in rows}
        for era_year in range(3, 10):
            year = _REIWA + era_year
            assert values[("target", year)] == targets.get(era_year)
            assert values[("actual", year)] == actuals.get(era_year)
        for r in rows:
            assert r["kpi_name"] == kpi_name
            assert r["unit"] == kpi_unit
            assert r["kind"] == "activity"  # 細事業事業量
    assert by_subject == {}
