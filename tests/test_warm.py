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
