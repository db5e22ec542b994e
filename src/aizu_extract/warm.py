"""What the fork server imports before it forks any worker: the per-document chain, warm.

Importing :mod:`pipeline` leaves the parsers (imported by the registry on
first use), the label vocabulary (parsed from TOML on first use), the
contract models' validators (built on first use, see :mod:`models`) and the
Sudachi dictionary (loaded on the first name fold) for a worker's first
document, so every worker paid them again. Here they are loaded once, in
the fork server, and every worker forked from it starts with them; what
they allocated is then frozen out of the collector's passes (``gc.freeze``:
module-level objects are never garbage, and a collection that walked them
in a worker would also copy their pages out of the shared memory).

The collector is paused for the whole of this (the order CPython's
``gc.freeze`` documentation gives: disable early, freeze before forking).
Importing allocates ~110,000 tracked objects that all live as long as the
process; the collector walked them in ~150 young and two full passes and
freed under 800 (cycles that building classes and regexes leave), and the
full ``gc.collect()`` before the freeze found nothing at all: 4 % of the
preload's instructions, ~10 % of its CPU time (the walks miss the cache).
Those few cycles are frozen with the rest (~0.4 MB).

What the preload builds is on every worker's way to its first page, so the
chain keeps it small: a dataclass that nothing compares or hashes by value
(the layout's and parsers' working objects, never dict keys or set members) is
declared ``eq=False``, since CPython 3.11 compiles every generated method
(``__eq__``, and ``__hash__`` for a frozen one) separately at import.

Nothing here may stop the fork server: an error is left for the worker
to meet on its document, where it is reported as that document's failure.
"""

from __future__ import annotations

import contextlib
import gc


def _warm() -> None:
    from .keys import indicator_name_key
    from .layout.vocabulary import vocabulary
    from .models import build_validators
    from .parsers import registry

    registry()
    vocabulary()
    build_validators()
    indicator_name_key("取組")


def _load() -> None:
    from . import pipeline, split, split_check  # noqa: F401  (the chain a worker runs)

    # The pool's worker loop: each worker unpickles pebble's worker function, and
    # pebble's package imports asyncio (~45-80 ms). Imported here it is imported
    # once, in the server, instead of once in every worker after its fork.
    with contextlib.suppress(ImportError):
        import pebble.pool.process  # noqa: F401

    with contextlib.suppress(Exception):
        _warm()


_collecting = gc.isenabled()
gc.disable()
try:
    _load()
finally:
    gc.freeze()
    if _collecting:
        gc.enable()
