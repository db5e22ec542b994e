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

Nothing here may stop the fork server: an error is left for the worker
to meet on its document, where it is reported as that document's failure.
"""

from __future__ import annotations

import contextlib
import gc

from . import pipeline  # noqa: F401  (the chain a worker runs)


def _warm() -> None:
    from .keys import indicator_name_key
    from .layout.vocabulary import vocabulary
    from .models import build_validators
    from .parsers import registry

    registry()
    vocabulary()
    build_validators()
    indicator_name_key("取組")


with contextlib.suppress(Exception):
    _warm()
gc.collect()
gc.freeze()
