"""Write the contract's JSON Schemas and Arrow schema (``make schemas``).

``schemas/`` is committed so reviewers see contract changes in diffs; a test
fails when it drifts from :mod:`aizu_extract.models`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import CONTRACT_VERSION
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
    files["arrow_schema.json"] = (
        json.dumps(
            {"contract_version": CONTRACT_VERSION, "tables": arrow}, ensure_ascii=False, indent=2
        )
        + "\n"
    )
    return files


def main(argv: list[str]) -> None:
    out = Path(argv[0] if argv else "schemas")
    out.mkdir(parents=True, exist_ok=True)
    for name, content in render().items():
        (out / name).write_text(content, encoding="utf-8")
    print(f"wrote {len(render())} files to {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
