"""Write the contract's JSON Schemas and Arrow schema (``make schemas``).

``schemas/`` is committed so reviewers see contract changes in diffs; the
Arrow schema is also written beside :mod:`aizu_extract.contract`, which the
writer reads instead of building the models. A test fails when either drifts
from :mod:`aizu_extract.models`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import CONTRACT_VERSION
from .contract import ARROW_FILE
from .models import SCHEMAS, TABLES


def render() -> dict[str, str]:
    """File name → content for everything in ``schemas/``."""
    files = {}
    for name, model in TABLES.items():
        schema = model.model_json_schema()
        schema["$comment"] = f"aizu-extract contract v{CONTRACT_VERSION}: table {name}"
        files[f"{name}.schema.json"] = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
    arrow = {
        name: [{"name": f.name, "type": str(f.type), "nullable": f.nullable} for f in schema]
        for name, schema in SCHEMAS.items()
    }
    files[ARROW_FILE] = (
        json.dumps(
            {"contract_version": CONTRACT_VERSION, "tables": arrow}, ensure_ascii=False, indent=2
        )
        + "\n"
    )
    return files


def main(argv: list[str]) -> None:
    out = Path(argv[0] if argv else "schemas")
    out.mkdir(parents=True, exist_ok=True)
    files = render()
    for name, content in files.items():
        (out / name).write_text(content, encoding="utf-8")
    (Path(__file__).parent / ARROW_FILE).write_text(files[ARROW_FILE], encoding="utf-8")
    print(f"wrote {len(files)} files to {out}, and {ARROW_FILE} to the package")


if __name__ == "__main__":
    main(sys.argv[1:])
