"""Keep PyMuPDF (and pyarrow) from importing optional packages this project never calls.

When they are installed, ``import pymupdf`` also imports its layout analyser
(``pymupdf.layout``: an ONNX model, onnxruntime, numpy, three inference
sessions built at import, and a cache written under the user's home) and
``pymupdf4llm`` (tabulate, psutil …): most of a second of start-up in every
process (the command, its fork server, each worker) for functions the
extraction never calls (``Page.get_layout``, ``to_markdown``).

:func:`install` puts a finder first on ``sys.meta_path`` that refuses those
imports *while PyMuPDF itself is being imported* (PyMuPDF treats the
ImportError as "not installed"); any later ``import pymupdf.layout`` by a
caller works as usual.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

_HOST = "pymupdf"
_OPTIONAL = frozenset({"pymupdf.layout", "pymupdf4llm"})


def _host_importing() -> bool:
    """True while ``pymupdf/__init__.py`` runs (its module is in sys.modules, half made)."""
    spec = getattr(sys.modules.get(_HOST), "__spec__", None)
    return bool(getattr(spec, "_initializing", False))


class _RefuseOptional:
    """A ``sys.meta_path`` finder: refuses _OPTIONAL during PyMuPDF's own import."""

    @staticmethod
    def find_spec(
        name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> Any:
        if name in _OPTIONAL and _host_importing():
            raise ModuleNotFoundError(f"{name}: not used by aizu-extract", name=name)
        return None


class _Refuse:
    """A ``sys.meta_path`` finder that refuses the packages ``names`` (the writer's
    unneeded imports: see pyarrow_without_pandas, pyarrow_without_numpy)."""

    def __init__(self, *names: str) -> None:
        self.names = frozenset(names)

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> Any:
        if name.partition(".")[0] in self.names:
            raise ModuleNotFoundError(f"{name}: not needed to write Parquet", name=name)
        return None


def pyarrow_without_numpy(
    modules: Sequence[str] = ("pyarrow.parquet", "pyarrow.csv", "pyarrow.compute"),
) -> None:
    """Import pyarrow (and ``modules``: the parts the writer uses) with numpy refused.

    pyarrow imports numpy when it is installed (0.15–0.2 s of the command's
    start-up) although writing Parquet from Python rows, and the compute
    kernels the series are derived with (series.py), never touch it: since
    pyarrow 16 numpy is optional at run time (pyarrow.compute's import: ~0.1 s
    with numpy, ~0.04 s without). For the command's own
    process only, which never hands pyarrow a numpy array nor asks for one;
    a library caller's pyarrow (``to_pandas``) keeps numpy. A no-op when
    pyarrow or numpy is already imported.
    """
    if "pyarrow" in sys.modules or "numpy" in sys.modules:
        return
    finder = _Refuse("numpy")
    sys.meta_path.insert(0, finder)
    try:
        import pyarrow  # noqa: F401

        for name in modules:
            importlib.import_module(name)
    finally:
        sys.meta_path.remove(finder)


def pyarrow_without_pandas() -> None:
    """Let pyarrow's first look for pandas find none, so writing does not import it.

    Converting Python values (``pa.array``, ``Table.from_pylist``) asks
    pyarrow's pandas shim whether the input is a pandas object, and the
    shim's first, quiet check imports pandas (0.3–0.7 s) to answer. That check
    is made once here while pandas is refused; the shim remembers "absent"
    for those quiet checks, and anything that really needs pandas later
    (``Table.to_pandas``) imports it then as usual. A no-op when pandas is
    already imported.
    """
    if "pandas" in sys.modules:
        return
    import pyarrow as pa

    finder = _Refuse("pandas")
    sys.meta_path.insert(0, finder)
    try:
        pa.array([0])
    finally:
        sys.meta_path.remove(finder)


def install() -> None:
    """Install the finder once (before PyMuPDF is imported; harmless after)."""
    if not any(isinstance(f, _RefuseOptional) for f in sys.meta_path):
        sys.meta_path.insert(0, _RefuseOptional())
