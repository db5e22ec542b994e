"""Join the 事務事業一覧 with the cards, and the cross-checks between them.

A list row and a card are the same unit when their (施策, No) agree, else when
their names have the same :func:`match_key` (Sudachi-normalised). Units found
only on one side are kept with ``in_unit_list``/``has_card`` saying so.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...layout.table import text_key as label_key
from ...layout.vocabulary import Vocabulary
from ...normalize.lexical import match_key
from ...settings import DEFAULT, EvaluationSettings
from ..base import Extraction, Record
from .cards import Card
from .unit_list import ListRow


def join_units(
    ex: Extraction,
    rows: list[ListRow],
    cards: list[Card],
    vocab: Vocabulary,
    list_only: bool = False,
) -> None:
    """Business units from list rows and cards, their budget lines, and the checks.

    With ``list_only`` (a document that is the list: no cards to expect, and codes
    that repeat the same 施策 and unit numbers under every 政策) the units stay in the
    list's order and a row without a card is no mismatch."""
    pairs: list[tuple[ListRow | None, Card | None]] = []
    free_cards = list(cards)
    unmatched: list[ListRow] = []
    for row in rows:
        card = next(
            (
                c
                for c in free_cards
                if row.unit_no is not None
                and row.measure_no is not None
                and (c.measure_no, c.unit_no) == (row.measure_no, row.unit_no)
            ),
            None,
        )
        if card is None:
            unmatched.append(row)
        else:
            free_cards.remove(card)
            pairs.append((row, card))
    for row in unmatched:
        key = match_key(row.name)
        card = next((c for c in free_cards if match_key(c.name) == key), None)
        if card is not None:
            free_cards.remove(card)
        pairs.append((row, card))
    pairs.extend((None, c) for c in free_cards)
    if not list_only:
        pairs.sort(key=_position)
    for row, card in pairs:
        ex.business_units.append(_record(ex, row, card, list_only))
        # the card's 財務内容, else the list's money column (a list without cards)
        lines = card.budget if card is not None and card.budget else row.budget if row else []
        for line in lines:
            ex.budget_lines.append(
                {**line, "measure_no": _measure(row, card), "unit_no": _unit(row, card)}
            )
        if card is not None:
            _check_budget(ex, card, vocab)


def _position(pair: tuple[ListRow | None, Card | None]) -> tuple[int, int, int, float]:
    row, card = pair
    return (
        _measure(row, card) or 0,
        _unit(row, card) or 0,
        card.page if card else 0,
        card.start.y if card else 0.0,
    )


def _measure(row: ListRow | None, card: Card | None) -> int | None:
    return (
        row.measure_no if row and row.measure_no is not None else card.measure_no if card else None
    )


def _unit(row: ListRow | None, card: Card | None) -> int | None:
    return row.unit_no if row and row.unit_no is not None else card.unit_no if card else None


def _record(
    ex: Extraction, row: ListRow | None, card: Card | None, list_only: bool = False
) -> Record:
    name = card.name if card else row.name  # type: ignore[union-attr]
    rec: Record = {
        "page": card.page if card else row.page,  # type: ignore[union-attr]
        "measure_no": _measure(row, card),
        "unit_no": _unit(row, card),
        "name": name,
        "department": (card.department if card else None) or (row.department if row else None),
        "legal_basis": card.legal_basis if card else None,
        "next_year_policy": (card.next_year_policy if card else None)
        or (row.next_year_policy if row else None),
        "is_priority": row.is_priority if row else None,
        "population_goal": row.population_goal if row else None,
        "sdg_targets": row.sdg_targets if row else [],
        "summary": card.summary if card else None,
        "priority_marks": row.priority_marks if row else [],
        "in_unit_list": row is not None,
        "has_card": card is not None,
        "unit_code": row.unit_code if row else None,
    }
    if row is None or card is None:
        if list_only and card is None:
            return rec  # the document is the list: no unit has a card
        where = "a card but no row in the 事務事業一覧" if row is None else "no card"
        ex.check(
            page=rec["page"],
            code="unit.list_card_mismatch",
            message=f"{name}: {where}",
            measure_no=rec["measure_no"],
            unit_no=rec["unit_no"],
        )
        return rec
    for field, listed, carded in (
        ("next_year_policy", row.next_year_policy, card.next_year_policy),
        ("department", row.department, card.department),
    ):
        if listed and carded and label_key(listed) != label_key(carded):
            ex.check(
                page=card.page,
                code="unit.list_card_disagree",
                message=f"{name}: {field} is {listed!r} in the list but {carded!r} on the card",
                field=field,
                list_value=listed,
                card_value=carded,
            )
    return rec


def _check_budget(ex: Extraction, card: Card, vocab: Vocabulary) -> None:
    """所要一般財源 above 事業費 in one year and basis (the vocabulary's general-fund
    and cost items): the part cannot exceed the whole."""
    kinds = (("cost", vocab.header("cost_item")), ("fund", vocab.header("general_fund_item")))
    by_col: dict[tuple[object, object], dict[str, tuple[int, str]]] = {}
    for line in card.budget:
        col = by_col.setdefault((line["fiscal_year"], line["basis"]), {})
        item, amount = str(line["item"]), line["amount_yen"]
        for kind, items in kinds:
            if isinstance(amount, int) and items.matches(label_key(item)):
                col.setdefault(kind, (amount, item))
    for (year, basis), found in by_col.items():
        if "cost" not in found or "fund" not in found:
            continue
        (cost, cost_item), (fund, fund_item) = found["cost"], found["fund"]
        if fund > cost:
            ex.check(
                page=card.page,
                code="budget.general_fund_exceeds_cost",
                message=(
                    f"{card.name} {year}({basis}): {fund_item} {fund:,} > {cost_item} {cost:,} 円"
                ),
                business_unit=card.name,
                fiscal_year=year,
                basis=basis,
            )


def check_rates(
    ex: Extraction, kpis: Sequence[Record], settings: EvaluationSettings = DEFAULT.evaluation
) -> None:
    """A printed 達成率 more than the tolerance off 実績/目標×100 of its indicator and year."""
    cols: dict[tuple[object, object, object], dict[str, Record]] = {}
    for r in kpis:
        if r.get("value") is not None:
            key = (r.get("kpi_no"), r.get("kpi_name"), r.get("year_label"))
            cols.setdefault(key, {}).setdefault(str(r["metric"]), r)
    for (no, name, label), col in cols.items():
        target, actual, rate = (
            col[m]["value"] if m in col else None for m in ("target", "actual", "achievement_rate")
        )
        if target in (None, 0) or actual is None or rate is None:
            continue
        computed = actual / target * 100  # type: ignore[operator]
        if abs(computed - rate) > settings.rate_tolerance:  # type: ignore[operator]
            ex.check(
                page=col["achievement_rate"]["page"],
                code="kpi.achievement_rate_mismatch",
                message=(
                    f"{name} {label}: 達成率 {rate:g}% printed, "
                    f"実績/目標 = {actual:g}/{target:g} = {computed:.1f}%"
                ),
                kpi_no=no,
                kpi_name=name,
                year_label=label,
                printed=rate,
                computed=round(computed, 2),
            )
