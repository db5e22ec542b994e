"""Every parser reads a document with the cyclic collector paused, and restores it.

The spy stands in for each parser's first step and records whether the
collector was running when the parser got there.
"""

from __future__ import annotations

import dataclasses
import gc
from types import ModuleType
from typing import Any

import pytest

from aizu_extract.parsers import policy_evaluation, strategy, unit_sheet
from aizu_extract.settings import DEFAULT, ReadingSettings


class _Stop(Exception):
    pass


# (parser module, the name its parse() calls first)
_FIRST_STEPS = [
    (policy_evaluation, "is_list_document"),
    (unit_sheet, "Form"),
    (strategy, "Doc"),
]
_PARSERS = {
    policy_evaluation: policy_evaluation.PolicyEvaluationParser,
    unit_sheet: unit_sheet.UnitSheetParser,
    strategy: strategy.StrategyParser,
}


@pytest.mark.parametrize("pause", [True, False])
@pytest.mark.parametrize(("module", "first_step"), _FIRST_STEPS)
def test_parse_pauses_the_collector_and_restores_it(
    monkeypatch: pytest.MonkeyPatch, module: ModuleType, first_step: str, pause: bool
) -> None:
    seen: list[bool] = []

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        raise _Stop

    class _Spy:
        of = staticmethod(spy)  # strategy's Doc.of

        def __new__(cls, *args: Any, **kwargs: Any) -> Any:
            return spy()

    monkeypatch.setattr(module, first_step, _Spy if first_step in ("Form", "Doc") else spy)
    settings = dataclasses.replace(DEFAULT, reading=ReadingSettings(pause_collector=pause))
    parser = _PARSERS[module](settings)
    assert gc.isenabled()
    with pytest.raises(_Stop):
        parser.parse(None)  # type: ignore[arg-type]
    assert seen == [not pause]
    assert gc.isenabled()  # restored, even when the parser raised


@pytest.mark.parametrize("pause", [True, False])
def test_a_document_is_processed_with_the_collector_paused_between_stages(
    monkeypatch: pytest.MonkeyPatch, pause: bool
) -> None:
    """Between the stages (accounting and validation run after the parser's own
    pause ends) the collector stays off for the whole document when
    RunSettings.pause_collector is set, and is on again afterwards."""
    from pathlib import Path

    from aizu_extract import pipeline
    from aizu_extract.settings import RunSettings

    seen: list[bool] = []
    real_account = pipeline.account

    def account(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real_account(*args, **kwargs)

    monkeypatch.setattr(pipeline, "account", account)
    settings = dataclasses.replace(DEFAULT, run=RunSettings(pause_collector=pause))
    sample = Path(__file__).resolve().parents[1] / "samples" / "unit_sheets_asagi_calc.pdf"
    assert gc.isenabled()
    outcome = pipeline.process_file(sample, settings)
    assert outcome.status == "ok"
    assert seen == [not pause]
    assert gc.isenabled()
