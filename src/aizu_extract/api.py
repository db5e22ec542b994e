"""Python API: what ``aizu-extract extract`` does, returning the tables.

    import aizu_extract
    result = aizu_extract.extract(["samples"])          # a temporary dataset
    result.tables["kpi_series"]                          # pyarrow.Table
    frames = result.to_pandas()                          # nullable Int32/Int64, not floats

With ``out`` the dataset in that folder is used exactly as by the command
line (incremental, locked, published atomically); without it the run goes
to a temporary dataset that is removed afterwards. Either way the tables are
read back from the published version, so they are the rows the CLI writes.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from .batch import DocumentOutcome, InputPlan, display_path, plan_inputs, run, start_workers
from .export import AnalystDataset, table_names
from .manifest import build_manifest
from .settings import DEFAULT
from .write import CURRENT, MANIFEST

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ExtractResult", "extract", "read"]

RUN = DEFAULT.run
Backend = Literal["numpy_nullable", "pyarrow"]


@dataclass(slots=True)
class ExtractResult:
    """The tables of one dataset version, plus what this run did (if it ran)."""

    tables: dict[str, pa.Table]
    manifest: dict[str, Any]
    out: Path | None = None
    outcomes: list[DocumentOutcome] = field(default_factory=list)

    @property
    def version(self) -> str | None:
        return (self.manifest.get("dataset") or {}).get("version")

    @property
    def not_ok(self) -> list[DocumentOutcome]:
        """This run's documents that are ``failed`` or ``partial`` (CLI exit status 1)."""
        return [o for o in self.outcomes if o.status != "ok"]

    def to_pandas(self, backend: Backend = "numpy_nullable") -> dict[str, pd.DataFrame]:
        """Every table as a DataFrame whose integer columns stay integers.

        ``numpy_nullable`` gives Int32/Int64/boolean/string dtypes with ``<NA>``;
        ``pyarrow`` gives ``pd.ArrowDtype`` columns. Needs pandas
        (``pip install 'aizu-extract[pandas]'``).
        """
        import pandas as pd

        mapper: Any
        if backend == "pyarrow":
            mapper = pd.ArrowDtype
        else:
            nullable = {
                pa.int32(): pd.Int32Dtype(),
                pa.int64(): pd.Int64Dtype(),
                pa.bool_(): pd.BooleanDtype(),
                pa.float64(): pd.Float64Dtype(),
                pa.string(): pd.StringDtype(),
            }
            mapper = nullable.get
        return {name: t.to_pandas(types_mapper=mapper) for name, t in self.tables.items()}


def read(out: Path | str) -> ExtractResult:
    """The published dataset in ``out``, every table from one version."""
    root = Path(out)
    link = root / CURRENT
    # Resolve .current once, so every table comes from one version (plain files:
    # a folder written by an older aizu-extract).
    folder = root / os.readlink(link) if os.path.lexists(link) else root
    if not (folder / "documents.parquet").exists():
        raise FileNotFoundError(f"no aizu-extract dataset in {display_path(root)}")
    tables = {
        name: pq.read_table(folder / f"{name}.parquet")
        for name in table_names()
        if (folder / f"{name}.parquet").exists()
    }
    manifest_path = folder / MANIFEST
    manifest = (
        json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    )
    return ExtractResult(tables=tables, manifest=manifest, out=root)


def extract(
    paths: Sequence[Path | str] | Path | str,
    out: Path | str | None = None,
    *,
    workers: int = RUN.workers,
    timeout: float = RUN.timeout,
    max_memory_mib: int = RUN.max_memory_mib,
    replace: bool = False,
    fresh: bool = False,
    formats: Sequence[str] = (),
) -> ExtractResult:
    """Extract every PDF under ``paths`` (files or folders) and return the tables.

    Raises ``pipeline.NoPdfError`` for an input without a PDF and
    ``write.DatasetError`` for an unusable or locked ``out``, before any
    document is read. ``formats`` (``csv``, ``xlsx``) adds exports to ``out``.
    """
    items = [Path(paths)] if isinstance(paths, str | Path) else [Path(p) for p in paths]
    missing = [p for p in items if not os.path.lexists(p)]
    if missing:
        raise FileNotFoundError(f"no such file or folder: {', '.join(map(display_path, missing))}")
    start_workers(workers)  # the fork server imports the pipeline while inputs are hashed
    plan = plan_inputs(items)
    if out is None:
        with tempfile.TemporaryDirectory(prefix="aizu-extract-") as tmp:
            result = _extract_into(
                Path(tmp), plan, workers, timeout, max_memory_mib, True, True, formats
            )
            result.out = None
            return result
    return _extract_into(Path(out), plan, workers, timeout, max_memory_mib, replace, fresh, formats)


def _extract_into(
    out: Path,
    plan: InputPlan,
    workers: int,
    timeout: float,
    max_memory_mib: int,
    replace: bool,
    fresh: bool,
    formats: Sequence[str],
) -> ExtractResult:
    with AnalystDataset.open(out, keep_versions=RUN.keep_versions, formats=formats) as dataset:
        known = set() if fresh else dataset.known_doc_ids()
        todo = [f for f in plan.files if fresh or replace or f.sha256 not in known]
        skipped = [f for f in plan.files if f not in todo]
        outcomes: list[DocumentOutcome] = []
        if todo:
            with dataset.stage() as staged:
                result = run(
                    todo,
                    workers=workers,
                    timeout=timeout,
                    max_memory_mib=max_memory_mib,
                    on_done=lambda o: staged.add_document(o.document, o.rows, o.columns),
                    keep_rows=False,
                    columnar=True,
                )
                info = _run_info(plan, skipped, fresh=fresh, replace=replace, memory=max_memory_mib)
                manifest = build_manifest(result, staged.counts, info)
                dataset.publish_staged(staged, manifest, fresh=fresh)
            outcomes = result.outcomes
        published = read(out)
    published.outcomes = outcomes
    return published


def _run_info(
    plan: InputPlan, skipped: Sequence[Any], *, fresh: bool, replace: bool, memory: int
) -> Mapping[str, Any]:
    """The manifest's ``run`` section, as the command line writes it."""
    return {
        "mode": "fresh" if fresh else ("replace" if replace else "incremental"),
        "max_memory_mib": memory,
        "skipped_existing": [{"path": display_path(f.path), "sha256": f.sha256} for f in skipped],
        "duplicates": plan.duplicates,
    }
