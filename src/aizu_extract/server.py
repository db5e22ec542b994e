"""The workers' fork server: started before anything else the command imports.

Every pool worker is a fork of one small server process that imported the
per-document chain once (:mod:`warm`). That import is most of a run's
start-up, and nothing can begin before it, so the console script
(:mod:`launch`) starts the server first of all: this module needs only
:mod:`multiprocessing`, not the settings nor the batch runner (together
~45 ms more of the command's own imports before the server could start).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import multiprocessing.context

# The module the fork server imports before it forks any worker (the warm pipeline).
WORKER_MODULE = "aizu_extract.warm"


def worker_context(preload: Sequence[str] = ()) -> multiprocessing.context.BaseContext:
    """Workers forked from a small server process, not from this one.

    A worker forked from the main process would inherit its address space
    (whatever a library caller holds), so the ceiling could be reached before
    the document is even opened. The fork server imports the pipeline (and
    ``preload``) once and stays small; every worker is a fork of it, with the
    pipeline imported.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context()
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([WORKER_MODULE, *preload])
    return ctx


def start(preload: Sequence[str] = ()) -> None:
    """Start the fork server now (a no-op without one, or when it is running).

    It imports the pipeline in its own process, so a caller that starts it
    before its own imports and planning has the pipeline ready when the first
    document is dispatched, without importing it itself. A worker also
    re-imports the caller's main module (multiprocessing's rule for a forked
    server's children); modules named in ``preload`` are imported by the
    server instead, once for every worker.
    """
    ctx = worker_context(preload)
    if ctx.get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver

    forkserver.ensure_running()
