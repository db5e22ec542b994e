"""Damaged inputs with a fixed seed: no crash, no hang, one row per input, ceiling respected.

The fast version runs in ``make test``; ``AIZU_STRESS_MUTANTS=500 pytest
tests/test_stress.py`` runs a larger one (same generator, more mutants).
"""

from __future__ import annotations

import os
import random
import time
import zlib
from pathlib import Path

from aizu_extract import pipeline
from aizu_extract.manifest import build_manifest
from aizu_extract.write import write_outputs
from tests.conftest import sample
from tests.dataset_helpers import GOOD, _raw_pdf, _stream, published

SEED = 20261201
MUTANTS = int(os.environ.get("AIZU_STRESS_MUTANTS", "12"))
CEILING_MIB = 1024


def text_bomb(glyphs: int = 40_000_000) -> bytes:
    """~40 KB on disk: one Flate stream that inflates to ``glyphs`` characters of text.

    MuPDF needs about 27 bytes of address space per glyph: 40 million exceed the
    1 GiB ceiling whatever the worker starts at (20 million, ~0.53 GiB, did only
    while PyMuPDF's import also loaded its ONNX layout model, ~0.3 GiB).
    """
    body = zlib.compress(b"BT /F1 1 Tf 10 10 Td (" + b"A" * glyphs + b") Tj ET", 9)
    return _raw_pdf(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 5 0 R "
            b"/Resources << /Font << /F1 4 0 R >> >> >>",
            4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            5: _stream(b"/Filter /FlateDecode", body),
        }
    )


def mutate(data: bytes, rng: random.Random, kind: str) -> bytes:
    """One damaged variant of ``data``: truncated, bytes flipped, xref or streams broken."""
    if kind == "truncate":
        cut = rng.randrange(len(data) // 10, len(data))
        return data[:cut] + (b"\n%%EOF\n" if rng.random() < 0.5 else b"")
    buf = bytearray(data)
    if kind == "flip":
        for _ in range(rng.randrange(1, 64)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
    elif kind == "xref":
        at = data.rfind(b"startxref")
        if at > 0:
            buf[at + 10 : at + 16] = str(rng.randrange(10**6)).encode().ljust(6, b" ")
        xref = data.rfind(b"xref\n0 ")
        if xref > 0:
            for _ in range(8):
                buf[xref + rng.randrange(10, 400)] = rng.choice(b"0123456789x ")
    elif kind == "stream":
        for _ in range(16):
            at = data.find(b"stream\n", rng.randrange(len(data)))
            if at > 0:
                for i in range(at + 7, min(at + 7 + 256, len(buf))):
                    buf[i] = rng.randrange(256)
    return bytes(buf)


def test_damaged_inputs_never_crash_or_hang(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    sources = [sample(GOOD).read_bytes(), sample("strategy_2nd_r2_writer.pdf").read_bytes()]
    kinds = ("truncate", "flip", "xref", "stream")
    names = []
    for i in range(MUTANTS):
        kind = kinds[i % len(kinds)]
        path = tmp_path / f"m{i:04d}_{kind}.pdf"
        path.write_bytes(mutate(sources[i % len(sources)], rng, kind))
        names.append(path.name)
    (tmp_path / "text_bomb.pdf").write_bytes(text_bomb())
    names.append("text_bomb.pdf")
    plan = pipeline.plan_inputs([tmp_path])
    started = time.perf_counter()
    result = pipeline.run(plan.files, workers=2, timeout=30, max_memory_mib=CEILING_MIB)
    elapsed = time.perf_counter() - started
    by_name = {o.document["source_file"]: o for o in result.outcomes}
    assert len(result.outcomes) == len(plan.files)  # one row per distinct input
    assert set(by_name) <= set(names)
    for name, outcome in by_name.items():
        error = outcome.document["error"]
        if outcome.status == "failed":
            assert error and "\n" not in error, name
            assert "internal error" not in error, (name, error)
    bomb = by_name["text_bomb.pdf"]
    assert bomb.status == "failed"
    assert bomb.document["error"].startswith(f"memory limit exceeded ({CEILING_MIB} MiB")
    assert elapsed < 30 + 10 * MUTANTS
    tables = result.table_rows()
    write_outputs(tmp_path / "out", tables, build_manifest(result, tables))
    assert len(published(tmp_path / "out")["doc_ids"]) == len(plan.files)
