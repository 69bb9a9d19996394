"""The JSON contract: one array of finding objects (see DEVELOPERS.md)."""

from __future__ import annotations

import json
from typing import Any


def as_dict(d: Any) -> dict:
    loc = d.location
    fix = None
    if d.fix is not None:
        fix = {"replacement": d.fix.replacement, "safe": d.fix.safe}
    return {
        "path": loc.path,
        "line": loc.line,
        "column": loc.column,
        "end_line": loc.end_line,
        "end_column": loc.end_column,
        "rule": d.rule,
        "category": d.category,
        "severity": d.severity,
        "message": d.message,
        "fix": fix,
        "related": [
            {"path": r.location.path, "line": r.location.line, "column": r.location.column, "text": r.text}
            for r in d.related
        ],
    }


def render(diagnostics: list, **_: Any) -> str:
    return one_per_line([as_dict(d) for d in diagnostics])


def one_per_line(items: list) -> str:
    """A JSON array with one item per line.

    ``json.dumps(..., indent=2)`` runs Python's own encoder, about ten times
    slower than the C one used without ``indent`` (0.14 s for 6,400
    findings); one line per item is as easy to read and to grep.
    """
    if not items:
        return "[]\n"
    return "[\n" + ",\n".join(json.dumps(item, ensure_ascii=False) for item in items) + "\n]\n"
