"""LibreOffice export shared by every generator that renders through an office
suite (Calc/Writer samples and the held-out fixtures)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path


def convert_with_soffice(src: Path, out_dir: Path, timeout: float = 180) -> Path:
    """Export ``src`` (.xlsx, .docx …) to PDF in ``out_dir`` with a throw-away
    LibreOffice profile (no clash with a user's running instance)."""
    with tempfile.TemporaryDirectory(prefix="lo_profile_") as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(out_dir), str(src)],
            check=True, capture_output=True, timeout=timeout,
        )  # fmt: skip
    return out_dir / (src.stem + ".pdf")
