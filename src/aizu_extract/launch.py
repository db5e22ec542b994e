"""The ``aizu-extract`` console script: the workers' fork server first, then the command.

The fork server imports the whole per-document chain (PyMuPDF, pydantic,
the parsers, the Sudachi dictionary): most of the time before a run's first
page. The command line itself (typer, rich, and typer's pydantic) takes a
few tenths of a second more to import. Started from here, before any of
that, the server's imports run beside the command's own on a second core
instead of after them. Only ``extract``'s ``--workers`` is peeked at (no
server for ``--workers 0`` or ``--help``); typer parses and checks every
option afterwards as usual, so a bad value is still its usage error.

The server is started before the settings are imported (see :mod:`server`):
without ``--workers`` the command uses ``RunSettings.workers``, which is
positive (a test keeps it so), so no value has to be read to know that.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

COMMAND = "extract"
_HELP = "--help"


def _workers_text(args: Sequence[str]) -> str | None:
    """The text given to ``--workers`` (the last one), None without one, ``_HELP``
    when the line asks for help."""
    value: str | None = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == _HELP:
            return _HELP
        if arg == "--workers" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--workers="):
            value = arg.partition("=")[2]
    return value


def workers_option(args: Sequence[str]) -> int | None:
    """``--workers`` of an ``extract`` command line (the default without one); None
    when the value is not an integer or the line asks for help."""
    value = _workers_text(args)
    if value is None:
        from .settings import DEFAULT

        return DEFAULT.run.workers
    if value == _HELP:
        return None
    try:
        return int(value)
    except ValueError:
        return None


def start_for(args: Sequence[str], preload: Sequence[str] = ()) -> None:
    """Start the fork server when ``args`` (the command line after the program) is an
    ``extract`` that will use workers: ``--workers`` above 0, or none (the default)."""
    if list(args[:1]) != [COMMAND]:
        return
    value = _workers_text(args[1:])
    if value is not None:
        workers = workers_option(args[1:])
        if workers is None or workers <= 0:
            return
    from . import server

    server.start(preload)


def main() -> None:
    """The console script. A worker re-imports the script, which imports only this
    module, so the server preloads this module and nothing of the command line."""
    start_for(sys.argv[1:], preload=[__spec__.name] if __spec__ else [])
    from .cli import app

    try:
        app(prog_name="aizu-extract")
    finally:
        # The process ends here, and what it imported is never garbage: frozen,
        # the interpreter's last collections skip it instead of walking it.
        gc.freeze()
