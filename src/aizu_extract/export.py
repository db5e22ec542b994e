"""What a published version holds beyond the contract tables, written in the same commit.

:class:`AnalystDataset` is :class:`write.Dataset` with three additions, all
made *inside* the staged version, before its single ``.current`` rename, so
readers never see a version without them:

* ``kpi_values.kpi_key`` filled, and the derived tables ``kpi_series`` and
  ``budget_series`` (:func:`series.derive`) computed from the merged tables of
  the new version (so they always cover every document of the dataset);
* on request, the tables as CSV (UTF-8 with BOM, which Excel opens as UTF-8)
  and/or one Excel workbook (``tables.xlsx``, a sheet per table);
* top-level links ``OUT/<name> -> .current/<name>`` for those files, and
  removal of such links that the current version no longer backs.

Parquet is always written: it is the dataset that the next incremental run
reads. Nested columns (lists, the ``sources`` of a series) are JSON text in
CSV and Excel.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal, cast

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from .contract import table_names as contract_tables
from .series import DERIVED_SCHEMAS, derive
from .settings import DEFAULT
from .write import CURRENT, Dataset

Format = Literal["parquet", "csv", "xlsx"]
FORMATS: tuple[Format, ...] = ("parquet", "csv", "xlsx")
WORKBOOK = "tables.xlsx"
UTF8_BOM = b"\xef\xbb\xbf"
EXCEL_MAX_ROWS = 1_048_576  # rows per sheet, the header row included (Excel's limit)

__all__ = [
    "FORMATS",
    "WORKBOOK",
    "AnalystDataset",
    "derived_files",
    "export_tables",
    "table_names",
]


def table_names() -> list[str]:
    """Every table of a version: the contract's, then the derived ones."""
    return [*contract_tables(), *DERIVED_SCHEMAS]


def derived_files() -> list[str]:
    """Top-level names this module may link (derived tables and every export)."""
    return [
        *(f"{name}.parquet" for name in DERIVED_SCHEMAS),
        *(f"{name}.csv" for name in table_names()),
        WORKBOOK,
    ]


def _flat(table: pa.Table) -> pa.Table:
    """Nested columns as JSON text, so CSV and Excel can hold them."""
    columns = []
    for column, f in zip(table.columns, table.schema, strict=True):
        if pa.types.is_nested(f.type):
            text = [
                None if v is None else json.dumps(v, ensure_ascii=False) for v in column.to_pylist()
            ]
            columns.append(pa.array(text, pa.string()))
        else:
            columns.append(column)
    return pa.Table.from_arrays(columns, names=table.column_names)


def write_csv(table: pa.Table, path: Path) -> None:
    """UTF-8 with a BOM: Excel on Windows otherwise reads Japanese as Shift_JIS."""
    sink = pa.BufferOutputStream()
    pacsv.write_csv(_flat(table), sink)
    path.write_bytes(UTF8_BOM + sink.getvalue().to_pybytes())


def write_xlsx(tables: Iterable[tuple[str, pa.Table]], path: Path) -> None:
    """One sheet per table; integers stay integers, nulls are empty cells."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for name, table in tables:
        if table.num_rows + 1 > EXCEL_MAX_ROWS:
            raise ValueError(
                f"{name} has {table.num_rows} rows, more than an Excel sheet holds; "
                "use --format csv"
            )
        sheet = book.create_sheet(title=name)
        flat = _flat(table)
        sheet.append(flat.column_names)
        for batch in flat.to_batches():
            for row in batch.to_pylist():
                sheet.append(list(row.values()))
    book.save(path)


def export_tables(folder: Path, formats: Sequence[str]) -> list[Path]:
    """Write the CSV/Excel exports of the Parquet tables in ``folder``; returns them."""
    written: list[Path] = []
    if not {"csv", "xlsx"} & set(formats):
        return written
    present = [n for n in table_names() if (folder / f"{n}.parquet").exists()]
    tables = {n: pq.read_table(folder / f"{n}.parquet") for n in present}
    if "csv" in formats:
        for name, table in tables.items():
            write_csv(table, folder / f"{name}.csv")
            written.append(folder / f"{name}.csv")
    if "xlsx" in formats:
        write_xlsx(tables.items(), folder / WORKBOOK)
        written.append(folder / WORKBOOK)
    return written


class AnalystDataset(Dataset):
    """A :class:`Dataset` whose versions also hold the series tables and the exports."""

    formats: tuple[str, ...] = ()

    @classmethod
    def open(
        cls,
        root: Path,
        *,
        keep_versions: int = DEFAULT.run.keep_versions,
        formats: Sequence[str] = (),
    ) -> AnalystDataset:
        """As :meth:`Dataset.open`; ``formats`` adds csv and/or xlsx to what is published."""
        unknown = sorted(set(formats) - set(FORMATS))
        if unknown:
            raise ValueError(f"unknown format(s) {', '.join(unknown)}: use {'|'.join(FORMATS)}")
        dataset = cast(AnalystDataset, super().open(root, keep_versions=keep_versions))
        dataset.formats = tuple(formats)
        return dataset

    DERIVE_FROM = ("documents", "kpi_values", "budget_lines")

    def _derived(self, held: dict[str, pa.Table]) -> dict[str, pa.Table]:
        return derive(held, DEFAULT.series)

    def _seal(self, staging: Path, version: str) -> None:
        export_tables(staging, self.formats)
        super()._seal(staging, version)

    def _top_level_links(self) -> bool:
        changed = super()._top_level_links()
        version = self.current_version()
        folder = None if version is None else self.version_dir(version)
        for name in derived_files():
            path = self.root / name
            target = f"{CURRENT}/{name}"
            if folder is not None and (folder / name).exists():
                if not (path.is_symlink() and os.readlink(path) == target):
                    if path.exists() and not path.is_symlink():
                        continue  # a file of the user's: left alone
                    self._replace_link(path, target, flush=False)
                    changed = True
            elif path.is_symlink() and os.readlink(path) == target:
                path.unlink()  # the current version has no such file
                changed = True
        return changed
