"""The fork server's preload (aizu_extract.warm): what it leaves for every worker.

Each probe runs in a fresh interpreter, as the fork server does.
"""

from __future__ import annotations

from tests.conftest import fresh_python as _python


def test_warm_import_runs_no_collection_freezes_the_chain_and_leaves_the_collector_on() -> None:
    got = _python(
        """
        import gc, json
        import sys
        import aizu_extract  # the package itself (before the preload's body)
        runs = []
        def count(phase, info):
            # From the pipeline's import on (the preload's first step): finding and
            # reading warm itself may meet a collection already due.
            if phase == "start" and "aizu_extract.pipeline" in sys.modules:
                runs.append(info)
        gc.callbacks.append(count)
        import aizu_extract.warm
        from aizu_extract import pipeline
        from aizu_extract.parsers.strategy import common
        young = gc.get_objects()  # the three generations; the frozen objects are not in them
        print(json.dumps({
            "collections": len(runs),
            "enabled": gc.isenabled(),
            "pipeline frozen": not any(o is vars(pipeline) for o in young),
            "parser frozen": not any(o is vars(common) for o in young),
        }))
        """
    )
    assert got == {
        "collections": 0,
        "enabled": True,
        "pipeline frozen": True,
        "parser frozen": True,
    }


def test_warm_import_leaves_a_disabled_collector_disabled() -> None:
    got = _python(
        """
        import gc, json
        gc.disable()
        import aizu_extract.warm
        print(json.dumps({"enabled": gc.isenabled(), "frozen": gc.get_freeze_count() > 0}))
        """
    )
    assert got == {"enabled": False, "frozen": True}


def test_warm_leaves_the_strategy_reading_steps_to_a_strategy_s_first_parse() -> None:
    # A worker whose documents are not 総合戦略 never runs them; a strategy still reads.
    got = _python(
        """
        import json, sys
        from pathlib import Path
        import aizu_extract.warm
        steps = ["document", "kpi_tables", "outline", "projects", "years"]
        def loaded():
            return [s for s in steps if f"aizu_extract.parsers.strategy.{s}" in sys.modules]
        before = loaded()
        from aizu_extract.pipeline import process_file
        outcome = process_file(Path("samples/strategy_2nd_r2_pymupdf.pdf"))
        print(json.dumps({
            "after warm": before,
            "after a strategy": loaded(),
            "doc_type": outcome.document["doc_type"],
        }))
        """
    )
    assert got == {
        "after warm": [],
        "after a strategy": ["document", "kpi_tables", "outline", "projects", "years"],
        "doc_type": "strategy",
    }
