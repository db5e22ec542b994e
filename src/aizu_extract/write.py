"""Write stage: the output folder as a versioned dataset, published atomically.

Layout of ``OUT``::

    .versions/<id>/<table>.parquet, manifest.json   complete, immutable versions
    .current           -> .versions/<id>             the published version
    <table>.parquet    -> .current/<table>.parquet   what readers open
    manifest.json      -> .current/manifest.json
    .lock                                            flock of the run writing OUT

A run writes every file of a new version into ``.versions/.staging-<id>/``,
fsyncs them, renames the folder to ``.versions/<id>`` and then publishes it
with one ``rename(2)`` of a new symlink over ``.current``. The top-level files
resolve *through* ``.current``, so that single rename switches all tables and
the manifest together: at every instant every top-level path resolves into
one complete version, whether the run dies before, during or after it.

What this does not promise: a reader that opens ``kpi_values.parquet`` and,
later, ``documents.parquet`` while a run publishes in between reads two
versions. Readers who need several files of one version resolve ``.current``
once (``manifest.json`` names the version) and read from that folder; the
previous versions are kept (``keep_versions``) so such a reader is not cut
off by the next run, and files already open stay readable on POSIX anyway.

The lock is an ``flock`` on ``OUT/.lock``, held for the whole run (reading
the current version, processing, publishing): a second run on the same
``OUT`` fails at once with :class:`DatasetBusy` instead of interleaving.
Leftovers of killed runs (staging folders, temporary links, versions that were
written but never published) are removed when the next run takes the lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import json
import os
import re
import secrets
import shutil
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from .columnar import Part, read_parts, to_arrow, write_part
from .contract import arrow_schemas, table_names
from .manifest import dataset_manifest
from .settings import DEFAULT

VERSIONS = ".versions"
CURRENT = ".current"
LOCK = ".lock"
STAGING = ".staging-"
TMP_LINK = ".tmp-link-"
MANIFEST = "manifest.json"
_VERSION_ID = re.compile(r"^\d{8}T\d{12}Z-[0-9a-f]{8}$")
# Tables added after datasets were first written: a version without them has none.
ADDED_TABLES = frozenset({"unassigned", "problems"})
_ROWS = "rows"  # staged row groups, inside a staging folder
_PARTS = ".parts"  # suffix of a table's staged worker parts, beside its row groups
# _READ_THREADS: tables are read back on this thread, without pre-buffering: pyarrow's
# CPU and I/O pools would start threads (one per core, and more), each with its own
# malloc arena, whose memory the writer's process then keeps until it ends.


class DatasetError(Exception):
    """The output folder cannot be used (exit status 2); ``str()`` is one line."""


class DatasetBusy(DatasetError):
    """Another run holds the output folder's lock."""


def published_files() -> list[str]:
    """The top-level names readers use: one Parquet file per table, then the manifest."""
    return [*(f"{name}.parquet" for name in table_names()), MANIFEST]


def use_system_memory_pool() -> None:
    """Make this process's Arrow allocations use malloc instead of mimalloc.

    The writer's Arrow work is small and bursty (a row group, then the merge
    at publish); mimalloc keeps what each of pyarrow's threads freed, which
    made the command's peak memory grow with the pages (measured on a
    1,000-page input: 301 MB against 252 MB with malloc, 234 MB at 100 pages).
    For the command's own process; a library caller's choice is left alone.
    """
    pa.set_memory_pool(pa.system_memory_pool())


def new_version_id() -> str:
    """Sortable by time, unique across machines: ``20261201T084719123456Z-1a2b3c4d``."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ") + "-" + secrets.token_hex(4)


class Dataset:
    """An output folder opened for writing: locked, cleaned up, with its current version."""

    def __init__(self, root: Path, lock_fd: int, keep_versions: int) -> None:
        self.root = root
        self.versions = root / VERSIONS
        self.keep_versions = max(1, keep_versions)
        self._lock_fd: int | None = lock_fd

    # -- opening and recovery -------------------------------------------------

    @classmethod
    def open(cls, root: Path, *, keep_versions: int = DEFAULT.run.keep_versions) -> Dataset:
        """Check, create and lock ``root``; clean what killed runs left behind.

        Raises :class:`DatasetError` (one line) for a path that is a file, a
        folder that cannot be created or written, or a dataset in use.
        """
        root = Path(root)
        if root.exists() and not root.is_dir():
            raise DatasetError(f"output {root} exists and is not a folder")
        try:
            root.mkdir(parents=True, exist_ok=True)
            fd = os.open(root / LOCK, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise DatasetError(f"cannot write to output folder {root}: {_reason(exc)}") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise DatasetBusy(
                f"output folder {root} is in use by another aizu-extract run (pid {holder}); "
                "try again when it has finished"
            ) from None
        except OSError as exc:
            os.close(fd)
            raise DatasetError(f"cannot lock output folder {root}: {_reason(exc)}") from exc
        dataset = cls(root, fd, keep_versions)
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
            dataset._recover()
        except OSError as exc:
            dataset.close()
            raise DatasetError(f"cannot write to output folder {root}: {_reason(exc)}") from exc
        except BaseException:
            dataset.close()
            raise
        return dataset

    def close(self) -> None:
        """Release the lock (also released when the process ends, however it ends)."""
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> Dataset:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _recover(self) -> None:
        """Bring the folder to a clean published state (we hold the lock)."""
        self.versions.mkdir(exist_ok=True)
        for folder in (self.root, self.versions):
            for entry in folder.iterdir():
                if entry.name.startswith(STAGING) and entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry, ignore_errors=True)
                elif entry.name.startswith(TMP_LINK):
                    entry.unlink(missing_ok=True)
        self._adopt_legacy()
        self._prune()
        if self.current_version() is not None:
            self._link_top_level()

    def _adopt_legacy(self) -> None:
        """Turn plain files written by an older aizu-extract into the first version.

        The files are hard-linked (copied where that fails) into a version,
        then each top-level file is replaced by a link to identical content,
        so readers see the same data throughout.
        """
        if os.path.lexists(self.root / CURRENT):
            return
        plain = [self.root / name for name in published_files()]
        if not all(p.is_file() and not p.is_symlink() for p in plain):
            return
        version = new_version_id()
        staging = self.versions / f"{STAGING}{version}"
        staging.mkdir()
        for path in plain:
            try:
                os.link(path, staging / path.name)
            except OSError:
                shutil.copy2(path, staging / path.name)
        self._seal(staging, version)
        self._point_current(version)

    # -- reading the current version -------------------------------------------

    def current_version(self) -> str | None:
        """Id of the published version; None for a folder without one (or a broken link)."""
        try:
            target = os.readlink(self.root / CURRENT)
        except OSError:
            return None
        version = Path(target).name
        return version if (self.versions / version).is_dir() else None

    def check_intact(self) -> None:
        """Refuse to build on a dataset whose current version has gone missing."""
        try:
            target = os.readlink(self.root / CURRENT)
        except OSError:
            return
        if self.current_version() is None:
            raise DatasetError(
                f"dataset in {self.root} is damaged: {CURRENT} points to missing {target}; "
                "rerun with --fresh"
            )

    def version_dir(self, version: str) -> Path:
        return self.versions / version

    def read_manifest(self, version: str | None = None) -> dict[str, Any] | None:
        version = version or self.current_version()
        if version is None:
            return None
        try:
            data = json.loads((self.version_dir(version) / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def read_table(self, name: str, version: str | None = None) -> pa.Table | None:
        """Table ``name`` of a version in the contract schema (None without a version)."""
        version = version or self.current_version()
        if version is None:
            return None
        path = self.version_dir(version) / f"{name}.parquet"
        if name in ADDED_TABLES and not path.exists() and (self.version_dir(version)).is_dir():
            return to_arrow(name, [])  # a version written before the table existed
        try:
            table = _read_parquet(path)
        except (OSError, pa.ArrowException) as exc:
            raise DatasetError(
                f"cannot read {path}: {_reason(exc)}; rerun with --fresh to start over"
            ) from exc
        return _conform(table, name, path)

    def known_doc_ids(self) -> set[str]:
        """doc_ids (sha256) already in the published dataset."""
        self.check_intact()
        docs = self.read_table("documents")
        return set() if docs is None else set(docs.column("doc_id").to_pylist())

    # -- publishing -------------------------------------------------------------

    def stage(self) -> Staging:
        """A new staging folder for a run's rows (removed unless published, see Staging)."""
        folder = self.versions / f"{STAGING}{secrets.token_hex(8)}"
        folder.mkdir()
        return Staging(folder)

    def publish(
        self,
        rows: Mapping[str, Sequence[Mapping[str, Any]]],
        run_manifest: Mapping[str, Any],
        *,
        fresh: bool = False,
    ) -> str:
        """Write a new version = current dataset + ``rows``, and make it current.

        Documents in ``rows`` replace rows of the same doc_id; with ``fresh``
        the new version holds ``rows`` only. Returns the new version's id.
        Until the final rename nothing a reader sees changes; an exception
        before it leaves the previous version current and no staging behind.
        """
        with self.stage() as staged:
            for name in table_names():
                staged.add(name, rows.get(name, ()))
            return self.publish_staged(staged, run_manifest, fresh=fresh)

    def publish_staged(
        self, staged: Staging, run_manifest: Mapping[str, Any], *, fresh: bool = False
    ) -> str:
        """:meth:`publish` of the rows a run has streamed into ``staged``.

        The version is built one table at a time (:meth:`_tables`: the staged
        row groups read back as Arrow, merged with the current version, put in
        dataset order) and each is written as the new version's file in the
        same folder as soon as it is made, so the process holds one table of
        the dataset at a time, not all of them; only the tables the derived
        ones come from (``DERIVE_FROM``) are held until those are made. The
        folder is then sealed and made current with one rename.
        """
        if not fresh:
            self.check_intact()
        previous = self.current_version()
        base = None if fresh else previous
        version = new_version_id()
        staging = staged.folder
        try:
            staged.close()
            counts: dict[str, int] = {}
            held: dict[str, pa.Table] = {}
            documents: list[dict[str, Any]] = []
            for name, table in self._tables(base, staged):
                counts[name] = table.num_rows
                if name == "documents":
                    documents = table.select(["doc_id", "status"]).to_pylist()
                if name in self.DERIVE_FROM:
                    held[name] = table
                else:
                    _write_table(staging, name, table)
                del table
            staged.drop_rows()
            derived = self._derived(held)
            for name in list(held):
                table = held.pop(name)
                _write_table(staging, name, derived.pop(name, table))  # kpi_values: keyed
                del table
            for name, table in derived.items():
                counts[name] = table.num_rows
                _write_table(staging, name, table)
            del held, derived
            manifest = dataset_manifest(
                run_manifest,
                None if base is None else self.read_manifest(base),
                documents=documents,
                row_counts=counts,
                version=version,
                previous_version=previous,
                based_on=base,
            )
            text = json.dumps(manifest, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
            (staging / MANIFEST).write_bytes(text.encode("utf-8", "backslashreplace"))
            self._seal(staging, version)
            self._point_current(version)  # the commit point
        except BaseException:
            if self.current_version() != version:  # not published: leave nothing behind
                shutil.rmtree(staging, ignore_errors=True)
                shutil.rmtree(self.version_dir(version), ignore_errors=True)
            raise
        self._link_top_level()
        self._prune()
        return version

    # Tables that derived tables are made from (AnalystDataset): held, not written at once.
    DERIVE_FROM: tuple[str, ...] = ()

    def _derived(self, held: dict[str, pa.Table]) -> dict[str, pa.Table]:
        """Tables made from the ``DERIVE_FROM`` ones: new tables, or replacements."""
        return {}

    def _tables(self, base: str | None, staged: Staging) -> Iterator[tuple[str, pa.Table]]:
        """The new version's contract tables, ``documents`` first, made one at a time:
        the base version's rows minus the replaced documents, plus the staged rows,
        in dataset order (documents by file name, each one's rows as it gave them)."""
        docs = staged.read("documents")
        replaced = frozenset(docs.column("doc_id").to_pylist())
        if base is not None:
            docs = pa.concat_tables([self._kept(base, "documents", replaced), docs])
        files = docs.column("source_file").to_pylist()
        ids = docs.column("doc_id").to_pylist()
        in_order = sorted(range(docs.num_rows), key=lambda i: (files[i], ids[i]))
        docs = _spans(docs, [(i, i + 1) for i in in_order])
        yield "documents", docs
        order = docs.column("doc_id").to_pylist()
        for name in table_names():
            if name == "documents":
                continue
            table = staged.read(name)
            if base is not None:
                table = pa.concat_tables([self._kept(base, name, replaced), table])
            yield name, _in_order(table, order)

    def _kept(self, base: str, name: str, replaced: frozenset[str]) -> pa.Table:
        """Table ``name`` of the base version without the documents being replaced."""
        old = self.read_table(name, base)
        assert old is not None
        return _spans(old, [(a, b) for doc, a, b in _doc_runs(old) if doc not in replaced])

    def _seal(self, staging: Path, version: str) -> None:
        """Flush a fully written staging folder and give it its version name."""
        _fsync_all(list(staging.iterdir()), DEFAULT.run.fsync_threads)
        _fsync(staging)
        os.rename(staging, self.version_dir(version))
        _fsync(self.versions)

    def _point_current(self, version: str) -> None:
        """Swap ``.current`` to ``version`` with one rename (atomic on POSIX)."""
        current = self.root / CURRENT
        if current.exists() and not current.is_symlink():
            raise DatasetError(f"{current} is not a link written by aizu-extract; move it away")
        self._replace_link(current, f"{VERSIONS}/{version}")

    def _link_top_level(self) -> None:
        """Make every top-level file a link through ``.current`` (a no-op once done).

        The links are flushed with one fsync of the folder after the last of
        them: each rename is atomic by itself, and none of them changes what a
        reader sees (``.current`` does), so the folder need not reach the disk
        after each one (twelve fsyncs of it took 35-54 ms on ext4, one 4 ms).
        """
        if self._top_level_links():
            _fsync(self.root)

    def _top_level_links(self) -> bool:
        """Link every published file through ``.current``, unflushed; whether any changed."""
        changed = False
        for name in published_files():
            path = self.root / name
            target = f"{CURRENT}/{name}"
            if path.is_symlink() and os.readlink(path) == target:
                continue
            if path.is_dir() and not path.is_symlink():
                raise DatasetError(f"{path} is a folder; move it away")
            self._replace_link(path, target, flush=False)
            changed = True
        return changed

    def _replace_link(self, path: Path, target: str, *, flush: bool = True) -> None:
        """``path`` becomes a symlink to ``target`` in one rename; ``flush``: the
        folder is fsynced after it (a caller making several flushes once)."""
        tmp = self.root / f"{TMP_LINK}{secrets.token_hex(4)}"
        os.symlink(target, tmp)
        try:
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        if flush:
            _fsync(self.root)

    def _prune(self) -> None:
        """Keep the current version and its predecessors up to ``keep_versions``.

        Everything else under ``.versions`` goes, including a version that a
        killed run wrote but never published (it is in nobody's chain).
        """
        keep: list[str] = []
        version = self.current_version()
        if version is None and os.path.lexists(self.root / CURRENT):
            return  # .current points nowhere: keep every version for whoever repairs it

        while version is not None and len(keep) < self.keep_versions and version not in keep:
            keep.append(version)
            manifest = self.read_manifest(version) or {}
            previous = (manifest.get("dataset") or {}).get("previous_version")
            version = (
                previous if isinstance(previous, str) and _VERSION_ID.match(previous) else None
            )
            if version is not None and not self.version_dir(version).is_dir():
                version = None
        for entry in self.versions.iterdir():
            if entry.name in keep:
                continue
            ours = _VERSION_ID.match(entry.name) or entry.name.startswith(STAGING)
            if ours and entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)


class Staging:
    """A run's rows on their way into a version, written as Parquet row groups as they come.

    Rows are buffered per table up to ``RunSettings.row_group_rows`` and then
    written as one row group of ``<folder>/rows/<table>.parquet``, so the
    process holds at most that many Python rows per table however many pages
    the run reads. A worker's rows come as :class:`columnar.Part` s instead
    (``columns`` of :meth:`add_document`): those bytes are appended as they
    are to ``<folder>/rows/<table>.parts`` and decoded only by :meth:`read`.
    The folder is a ``.staging-`` folder of the dataset: it becomes the new
    version when published (:meth:`Dataset.publish_staged`), and is removed
    when the ``with`` block ends otherwise (an error, Ctrl-C); a killed run's
    is removed by the next run's recovery.
    """

    def __init__(self, folder: Path, rows_per_group: int = DEFAULT.run.row_group_rows) -> None:
        self.folder = folder
        self.rows_per_group = max(1, rows_per_group)
        self.counts: dict[str, int] = dict.fromkeys(table_names(), 0)
        self._buffers: dict[str, list[Mapping[str, Any]]] = {name: [] for name in table_names()}
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._parts: dict[str, BinaryIO] = {}
        self._closed: set[str] = set()  # tables whose row groups are complete
        self._parted: set[str] = set()  # tables whose parts file is complete

    def add(self, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
        """Append ``rows`` to ``table`` (in order); full buffers go to disk."""
        buffer = self._buffers[table]
        before = len(buffer)
        buffer.extend(rows)
        self.counts[table] += len(buffer) - before
        if len(buffer) >= self.rows_per_group:
            self._flush(table)

    def add_part(self, table: str, part: Part) -> None:
        """Append a worker's rows of ``table`` (see :mod:`columnar`), undecoded."""
        fh = self._parts.get(table)
        if fh is None:
            (self.folder / _ROWS).mkdir(exist_ok=True)
            fh = self._parts[table] = (self.folder / _ROWS / f"{table}{_PARTS}").open("wb")
        write_part(fh, part)
        self.counts[table] += part.rows

    def add_document(
        self,
        document: Mapping[str, Any],
        rows: Mapping[str, Iterable[Mapping[str, Any]]],
        columns: Mapping[str, Part] | None = None,
    ) -> None:
        """One processed document: its ``documents`` row and its rows by table,
        as Python rows and/or as a worker's parts (``columns``)."""
        self.add("documents", [document])
        for table, table_rows in rows.items():
            self.add(table, table_rows)
        for table, part in (columns or {}).items():
            self.add_part(table, part)

    def _flush(self, table: str) -> None:
        buffer = self._buffers[table]
        if not buffer:
            return
        writer = self._writers.get(table)
        if writer is None:
            (self.folder / _ROWS).mkdir(exist_ok=True)
            path = self.folder / _ROWS / f"{table}.parquet"
            writer = self._writers[table] = pq.ParquetWriter(
                path, arrow_schemas()[table], compression="none"
            )
        writer.write_table(to_arrow(table, buffer))
        buffer.clear()

    def finish(self) -> dict[str, pa.Table]:
        """Every staged table as Arrow (the row files are removed once read)."""
        self.close()
        tables = {table: self.read(table) for table in table_names()}
        self.drop_rows()
        return tables

    def close(self) -> None:
        """Write what is buffered and close the row files: the rows are all staged."""
        for table in table_names():
            self._flush(table)
        for table, writer in self._writers.items():
            writer.close()
            self._closed.add(table)
        self._writers.clear()
        for table, fh in self._parts.items():
            fh.close()
            self._parted.add(table)
        self._parts.clear()

    def read(self, table: str) -> pa.Table:
        """One staged table as Arrow (after :meth:`close`), empty if it has no rows.

        Its Python rows' row groups, then its parts: each document's rows are in
        one of the two, in order (the order between documents is restored at
        publish, see Dataset._tables).
        """
        schema = arrow_schemas()[table]
        tables = []
        if table in self._closed:
            path = self.folder / _ROWS / f"{table}.parquet"
            tables.append(_read_parquet(path))
        if table in self._parted:
            for part in read_parts(self.folder / _ROWS / f"{table}{_PARTS}"):
                if not part.schema.equals(schema):
                    raise ValueError(f"{table}: a staged part is not in the contract schema")
                tables.append(_relabelled(part, _staged_schema(table)))
        if not tables:
            return to_arrow(table, [])
        return tables[0] if len(tables) == 1 else pa.concat_tables(tables)

    def drop_rows(self) -> None:
        """Remove the row files (before the folder becomes a version)."""
        self._closed.clear()
        self._parted.clear()
        shutil.rmtree(self.folder / _ROWS, ignore_errors=True)

    def discard(self) -> None:
        """Remove the staging folder (a no-op once it has been published)."""
        for writer in [*self._writers.values(), *self._parts.values()]:
            with contextlib.suppress(Exception):
                writer.close()
        self._writers.clear()
        self._parts.clear()
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Staging:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.discard()


def write_outputs(
    out_dir: Path, tables: Mapping[str, Sequence[Mapping[str, Any]]], manifest: Mapping[str, Any]
) -> list[Path]:
    """Publish ``tables`` as a fresh version of the dataset in ``out_dir``; returns its files."""
    with Dataset.open(Path(out_dir)) as dataset:
        dataset.publish(tables, manifest, fresh=True)
    return [Path(out_dir) / name for name in published_files()]


def _conform(table: pa.Table, name: str, path: Path) -> pa.Table:
    """A stored table in today's contract schema (columns added since are null)."""
    schema = arrow_schemas()[name]
    columns = []
    for f in schema:
        if f.name in table.column_names:
            column = table.column(f.name)
            if column.type != f.type:
                try:
                    column = column.cast(f.type)
                except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
                    raise DatasetError(
                        f"{path}: column {f.name} has type {column.type}, not {f.type}; "
                        "rerun with --fresh"
                    ) from exc
            columns.append(column)
        elif f.nullable:
            columns.append(pa.nulls(table.num_rows, f.type))
        else:
            raise DatasetError(f"{path} has no column {f.name}; rerun with --fresh")
    return pa.Table.from_arrays(columns, schema=schema)


@cache
def _staged_schema(table: str) -> pa.Schema:
    """``table``'s schema as a staged row group reads back (Parquet names a list's
    item ``element``, Arrow ``item``). Parts are relabelled to it (_relabelled), so
    that a table is the same, and its published file the same bytes, whichever way
    its rows came."""
    sink = pa.BufferOutputStream()
    pq.write_table(to_arrow(table, []), sink)
    return pq.read_schema(pa.BufferReader(sink.getvalue()))


def _in_order(table: pa.Table, order: Sequence[str]) -> pa.Table:
    """``table``'s rows by their document's place in ``order`` (documents not in it
    last), each document's rows in the order they came: a stable sort of the runs of
    one document's rows, which is the stable sort of the rows (a document's rows
    mostly are one run: it is staged, and was published, as one block)."""
    place = {doc_id: i for i, doc_id in enumerate(order)}
    runs = _doc_runs(table)
    ranks = [place.get(doc_id, len(place)) for doc_id, _, _ in runs]
    if all(a <= b for a, b in itertools.pairwise(ranks)):
        return table.combine_chunks()
    moved = sorted(range(len(runs)), key=ranks.__getitem__)  # stable
    return _spans(table, [(runs[r][1], runs[r][2]) for r in moved])


def _doc_runs(table: pa.Table) -> list[tuple[str, int, int]]:
    """(doc_id, first row, end) of each run of consecutive rows of one document."""
    ids = table.column("doc_id").to_pylist()
    runs: list[tuple[str, int, int]] = []
    start = 0
    for i in range(1, len(ids) + 1):
        if i == len(ids) or ids[i] != ids[start]:
            runs.append((ids[start], start, i))
            start = i
    return runs


def _spans(table: pa.Table, spans: Sequence[tuple[int, int]]) -> pa.Table:
    """``table``'s rows ``start:stop`` of each span, in that order, as one chunk.
    Spans that follow on are sliced as one (zero-copy), so no compute kernel (and no
    pyarrow.compute import, ~0.08 s of the writer's CPU) is needed to reorder or
    filter."""
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and merged[-1][1] == a:
            merged[-1] = (merged[-1][0], b)
        elif b > a:
            merged.append((a, b))
    slices = [table.slice(a, b - a) for a, b in merged]
    if not slices:
        return table.slice(0, 0).combine_chunks()
    return pa.concat_tables(slices).combine_chunks()


def _read_parquet(path: Path) -> pa.Table:
    """One Parquet file, read on this thread (see _READ_THREADS) by its file reader:
    ``pq.read_table`` goes through pyarrow.dataset, which imports pyarrow.compute."""
    with pq.ParquetFile(path) as f:
        return f.read(use_threads=False)


def _relabelled(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """``table`` under ``schema``, whose types are its own but for the name of a
    list's item (Parquet's ``element``, Arrow's ``item``): a view, not a cast."""
    columns = [
        column
        if str(column.type) == str(f.type)
        else pa.chunked_array([c.view(f.type) for c in column.chunks], type=f.type)
        for column, f in zip(table.columns, schema, strict=True)
    ]
    return pa.Table.from_arrays(columns, schema=schema)


def _write_table(folder: Path, name: str, table: pa.Table) -> None:
    """One table of a version, as readers get it."""
    pq.write_table(table, folder / f"{name}.parquet", compression="zstd")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return " ".join(str(exc).split()) or type(exc).__name__


def _fsync_all(paths: Sequence[Path], threads: int) -> None:
    """Flush every file of ``paths``, up to ``threads`` at once (fsync releases the
    GIL, and the disk commits flushes in flight together)."""
    if threads <= 1 or len(paths) <= 1:
        for path in paths:
            _fsync(path)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(threads, len(paths))) as pool:
        for _ in pool.map(_fsync, paths):  # re-raises the first error
            pass


def _fsync(path: Path) -> None:
    """Flush a file or a folder (its entries) to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):  # some file systems cannot fsync folders
            os.fsync(fd)
    finally:
        os.close(fd)
