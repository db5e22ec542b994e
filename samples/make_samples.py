"""Regenerate the committed sample PDFs from the seed contents (`make samples`).

Two renderings per document type, by different tools, so that no parser is
tuned to one producer: reportlab / PyMuPDF drawings, and spreadsheet / word
processor files exported by LibreOffice headless. Needs fonts-ipaexfont and
LibreOffice (soffice) on PATH; CI does not run this, the PDFs are committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.gen import book, evaluation, saku, strategy, unit_sheets


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for module in (evaluation, strategy, saku, unit_sheets, book):
        for path in module.build(out_dir):
            print(path)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "samples"))
