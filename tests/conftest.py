"""Shared fixtures: the committed sample PDFs and generated bad inputs."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]
# Property tests judge values, never time: Hypothesis's default 200 ms deadline per
# example failed a normaliser's property on a loaded machine (speed is measured by
# benchmarks/, not by tests).
settings.register_profile("aizu", deadline=None)
settings.load_profile("aizu")
SAMPLES = ROOT / "samples"


def fresh_python(code: str) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter (what a process of the run imports, from
    nothing); it prints one JSON object last."""
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def sample(name: str) -> Path:
    path = SAMPLES / name
    if not path.exists():
        pytest.fail(f"sample {name} missing: run `make samples`")
    return path


def tiny_text_pdf(text: str = "令和7年度行政評価 施策評価票") -> bytes:
    """A one-page PDF with a real text layer (IPAex is not needed: CJK built-in font)."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), text, fontname="japan", fontsize=12)
    data = doc.tobytes()
    doc.close()
    return data


def write_bad_inputs(folder: Path) -> dict[str, Path]:
    """The five kinds of bad input every run must survive, as files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    good = tiny_text_pdf()
    files = {
        "truncated": folder / "truncated.pdf",
        "encrypted": folder / "encrypted.pdf",
        "scanned": folder / "scanned.pdf",
        "empty": folder / "empty.pdf",
        "not_pdf": folder / "notes.pdf",
    }
    files["truncated"].write_bytes(good[: len(good) // 2])
    doc = pymupdf.open(stream=good, filetype="pdf")
    files["encrypted"].write_bytes(
        doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="owner", user_pw="secret")
    )
    doc.close()
    scan = pymupdf.open()
    page = scan.new_page()
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 200, 100), 0)
    pix.clear_with(200)
    page.insert_image(pymupdf.Rect(72, 72, 472, 272), pixmap=pix)
    files["scanned"].write_bytes(scan.tobytes())
    scan.close()
    files["empty"].write_bytes(b"")
    files["not_pdf"].write_text("これはPDFではありません。\n", encoding="utf-8")
    return files
