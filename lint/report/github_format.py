"""GitHub Actions workflow commands: annotations on the pull request."""

from __future__ import annotations

from typing import Any

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(diagnostics: list, **_: Any) -> str:
    lines = []
    for d in diagnostics:
        loc = d.location
        props = (f"file={_escape_prop(loc.path)},line={loc.line},col={loc.column},"
                 f"endLine={loc.end_line},endColumn={loc.end_column},title={_escape_prop(d.rule)}")
        message = d.message
        if d.fix is not None:
            message += f" (fix: {d.fix.replacement})"
        lines.append(f"::{LEVEL.get(d.severity, 'warning')} {props}::{_escape_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
