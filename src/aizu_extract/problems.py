"""The one problem channel: every problem of a document as one typed record.

Rejects, unassigned numbers (accounting.py), cross-check findings and
document warnings (a file MuPDF had to repair, an unrecognised document, a
part of the layout a parser gave up on, a failed document) all become
:class:`models.Problem` rows in ``problems.parquet``, each with a stable
``code`` and a ``severity``. A document's ``status`` follows from them:
``failed`` with a ``document.failed`` problem, ``partial`` with any other
``error``, else ``ok``; checks are warnings (values kept, they disagree).
``rejects.parquet`` stays as the contract defines it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import pymupdf
from pydantic import ValidationError

from .accounting import Accounting, Tally
from .models import Problem, Unassigned
from .unreadable import PARTLY_UNREADABLE_PAGE, UNREADABLE_PAGE

UNRECOGNISED = "unrecognised document: neither a policy evaluation sheet nor a strategy"
_MAX_TEXT = 500
# The warnings naming pages whose text layer is (partly) unreadable, page or pages.
UNREADABLE_PAGES = tuple(
    w for f in (UNREADABLE_PAGE, PARTLY_UNREADABLE_PAGE) for w in (f, f.replace("page", "pages"))
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def mupdf_repairs() -> list[str]:
    """MuPDF's warnings since the last call (and forget them), if it repaired the file.

    MuPDF reports a repair only as warnings (``trying to repair broken xref``,
    ``repairing PDF document``); other warnings (a font substitution) are no
    repair and give an empty list.
    """
    text = pymupdf.TOOLS.mupdf_warnings(reset=True) or ""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    if not any("repair" in line for line in lines):
        return []
    return list(dict.fromkeys(lines))


def repaired_message(lines: Sequence[str]) -> str:
    causes = [line for line in lines if "repair" not in line] or list(lines)
    return "repaired PDF: " + "; ".join(causes)[:200]


def unassigned_rows(doc_id: str, accounting: Accounting | Tally | None) -> list[dict[str, Any]]:
    if accounting is None:
        return []
    return [
        Unassigned(
            doc_id=doc_id,
            page=n.page,
            x0=round(n.bbox.x0, 2),
            y0=round(n.bbox.y0, 2),
            x1=round(n.bbox.x1, 2),
            y1=round(n.bbox.y1, 2),
            text=_SURROGATE.sub("\ufffd", n.text)[:_MAX_TEXT],
            region=n.region,
            reason=n.reason,
        ).model_dump()
        for n in accounting.unassigned
    ]


def unassigned_message(rows: Sequence[Mapping[str, Any]]) -> str:
    pages = sorted({int(r["page"]) for r in rows})
    where = ", ".join(str(p) for p in pages[:20]) + (" …" if len(pages) > 20 else "")
    word = "page" if len(pages) == 1 else "pages"
    return f"{len(rows)} number(s) unassigned on {word} {where} (see unassigned)"


def _row(doc_id: str, **fields: Any) -> dict[str, Any]:
    text = fields.get("raw_text")
    if text is not None:
        fields["raw_text"] = _SURROGATE.sub("\ufffd", str(text))[:_MAX_TEXT]
    try:
        return Problem(doc_id=doc_id, **fields).model_dump()
    except ValidationError:  # a page beyond int32 and the like: keep the problem
        for name in ("page", "x0", "y0", "x1", "y1", "table", "field"):
            fields.pop(name, None)
        return Problem(doc_id=doc_id, **fields).model_dump()


def _first_page(message: str) -> int | None:
    m = re.search(r"pages? (\d+)", message)
    return int(m.group(1)) if m else None


def failed(doc_id: str, error: str) -> dict[str, Any]:
    return _row(doc_id, code="document.failed", severity="error", source="document", message=error)


def collect(
    doc_id: str,
    *,
    rejects: Sequence[Mapping[str, Any]],
    unassigned: Sequence[Mapping[str, Any]],
    checks: Sequence[Mapping[str, Any]],
    warnings: Sequence[str],
    unrecognised: bool,
    repaired: Sequence[str],
) -> list[dict[str, Any]]:
    """Every problem of one processed document, in a stable order."""
    out: list[dict[str, Any]] = []
    if repaired:
        out.append(
            _row(
                doc_id,
                code="document.repaired",
                severity="error",
                source="document",
                raw_text="\n".join(repaired),
                message=repaired_message(repaired),
            )
        )
    if unrecognised:
        out.append(
            _row(
                doc_id,
                code="document.unrecognised",
                severity="error",
                source="document",
                message=UNRECOGNISED,
            )
        )
    for w in warnings:
        code = "page.unreadable" if w.startswith(UNREADABLE_PAGES) else "parser.warning"
        page = _first_page(w) if code == "page.unreadable" else None
        out.append(
            _row(doc_id, code=code, severity="error", source="document", page=page, message=w)
        )
    for r in rejects:
        out.append(
            _row(
                doc_id,
                code=r.get("code") or "reject",
                severity="error",
                source="reject",
                page=r.get("page"),
                table=r.get("table"),
                field=r.get("field"),
                raw_text=r.get("value_text"),
                message=r.get("reason") or "rejected",
            )
        )
    for u in unassigned:
        out.append(
            _row(
                doc_id,
                code=u["reason"],
                severity="error",
                source="unassigned",
                page=u["page"],
                x0=u["x0"],
                y0=u["y0"],
                x1=u["x1"],
                y1=u["y1"],
                table=u["region"],
                raw_text=u["text"],
                message=f"number {u['text']!r} ({u['region']}) is in no table",
            )
        )
    for c in checks:
        page = c.get("page")
        out.append(
            _row(
                doc_id,
                code=str(c.get("code") or "check"),
                severity="warning",
                source="check",
                page=page if isinstance(page, int) and not isinstance(page, bool) else None,
                field=str(c["field"]) if c.get("field") is not None else None,
                raw_text=str(c["value_text"]) if c.get("value_text") is not None else None,
                message=str(c.get("message") or c.get("detail") or c.get("code") or "check"),
            )
        )
    return out


def status_of(problems: Sequence[Mapping[str, Any]]) -> str:
    if any(p["code"] == "document.failed" for p in problems):
        return "failed"
    return "partial" if any(p["severity"] == "error" for p in problems) else "ok"
