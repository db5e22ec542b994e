"""A document's contract rows as Arrow IPC bytes: how a pool worker hands them over.

A worker's rows used to reach the command's main process as Python dicts in
one pickle, so the largest document's every row existed there at once (the
main process's peak memory grew with a document's pages) and the main
process spent its CPU converting them to Arrow while the workers wanted the
cores. The worker, which has just validated the rows against the contract,
converts them instead (:func:`encode_rows`: one LZ4-compressed Arrow IPC
stream per table, in the contract schema, a :class:`Part`). The writer
appends those bytes as they are to the run's staging folder
(:func:`write_part`) and decodes them only when it publishes
(:func:`read_parts`), one table at a time: during the run the main process
holds no row of a worker's document at all, in any form.

pyarrow is imported here on a worker's first conversion, not by the fork
server (whose preload stays free of it), with numpy and pandas refused as in
the command's own process (:mod:`_optional`), on malloc (see
:func:`write.use_system_memory_pool`: the worker runs under an address-space
ceiling).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

if TYPE_CHECKING:
    import pyarrow as pa

_ready = False
_COMPRESSION = "lz4"  # the IPC buffers' codec (see encode)
_FRAME = struct.Struct("<QQ")  # a staged part's header: its rows, then its bytes


class Part(NamedTuple):
    """One table of one document as a worker hands it over: rows and IPC bytes."""

    rows: int
    data: bytes


def prepare() -> None:
    """Import pyarrow for a process that only converts rows (no numpy, pandas, mimalloc)."""
    global _ready
    if _ready:
        return
    from ._optional import pyarrow_without_numpy, pyarrow_without_pandas

    pyarrow_without_numpy(modules=())
    pyarrow_without_pandas()
    import pyarrow as pa

    pa.set_memory_pool(pa.system_memory_pool())
    _ready = True


def to_arrow(table: str, rows: Sequence[Mapping[str, Any]]) -> pa.Table:
    """Rows as an Arrow table with the contract schema (also when empty)."""
    import pyarrow as pa

    from .contract import arrow_schemas

    return pa.Table.from_pylist([dict(r) for r in rows], schema=arrow_schemas()[table])


def encode(table: pa.Table) -> bytes:
    """One Arrow IPC stream (schema, then the table's record batches), LZ4-compressed.

    Compressed, a document's rows cross the pipe and are unpickled in about a
    fifth of the bytes (measured on a 100-page document: 473 kB as IPC, 97 kB
    with LZ4, 5 ms to compress); each copy of them that the transfer makes in
    the main process is that much smaller, and LZ4 decodes at memory speed.
    """
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    options = pa.ipc.IpcWriteOptions(compression=_COMPRESSION)
    with pa.ipc.new_stream(sink, table.schema, options=options) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def decode(data: bytes) -> pa.Table:
    """The table of one :func:`encode` stream (decompressed: ``data`` is not kept)."""
    import pyarrow as pa

    # On this thread: pyarrow's pool would start a thread per core, each with its
    # own malloc arena, which the writer's process then keeps (peak memory).
    options = pa.ipc.IpcReadOptions(use_threads=False)
    return pa.ipc.open_stream(pa.py_buffer(data), options=options).read_all()


def encode_rows(rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, Part]:
    """Every non-empty table of ``rows`` as a :class:`Part` (empty tables need none)."""
    prepare()
    return {
        name: Part(len(table), encode(to_arrow(name, table)))
        for name, table in rows.items()
        if table
    }


def write_part(fh: BinaryIO, part: Part) -> None:
    """Append ``part`` to a staged parts file, as it came (no decoding)."""
    fh.write(_FRAME.pack(part.rows, len(part.data)))
    fh.write(part.data)


def read_parts(path: Path) -> Iterator[pa.Table]:
    """The tables of a parts file written by :func:`write_part`, in order."""
    with path.open("rb") as fh:
        while header := fh.read(_FRAME.size):
            if len(header) != _FRAME.size:
                raise ValueError(f"{path}: truncated part header")
            rows, size = _FRAME.unpack(header)
            data = fh.read(size)
            if len(data) != size:
                raise ValueError(f"{path}: truncated part")
            table = decode(data)
            if table.num_rows != rows:
                raise ValueError(f"{path}: part of {table.num_rows} rows, {rows} announced")
            yield table
