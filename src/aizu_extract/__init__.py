"""aizu-extract: Japanese municipal planning PDFs → validated Parquet tables.

``aizu_extract.extract(paths, out=None)`` runs the extraction from Python and
returns the tables (see :mod:`aizu_extract.api`); importing the package stays
cheap because the pipeline is imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._optional import install as _refuse_optional_imports

# Before anything imports PyMuPDF: not its layout analyser nor pymupdf4llm (see _optional).
_refuse_optional_imports()

__version__ = "0.1.0"
CONTRACT_VERSION = "1.1"

__all__ = ["CONTRACT_VERSION", "ExtractResult", "__version__", "extract", "read"]

if TYPE_CHECKING:
    from .api import ExtractResult, extract, read


def __getattr__(name: str) -> Any:
    """Lazy ``extract``/``read``/``ExtractResult``: ``import aizu_extract`` loads no PDF stack."""
    if name in ("extract", "read", "ExtractResult"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'aizu_extract' has no attribute {name!r}")
