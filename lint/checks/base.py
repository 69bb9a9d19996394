"""Pieces shared by the check kinds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from ..diagnostics import Diagnostic, Fix, Related
from ..model import Document


@dataclass(frozen=True)
class Option:
    """One kind-specific rule key."""

    type: str  # str | strs | bool | int | number | map | list | choice
    required: bool = False
    default: Any = None
    choices: tuple = ()
    doc: str = ""


class _Defaulting(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, **values: Any) -> str:
    """Fill ``{name}`` placeholders; unknown names stay as written."""
    try:
        return template.format_map(_Defaulting(values))
    except (ValueError, IndexError, AttributeError):
        return template


def diagnostic(doc: Document, rule: Any, start: int, end: int, message: str,
               fix: Optional[Fix] = None, suffix: str = "",
               related: Optional[list[Related]] = None) -> Diagnostic:
    rule_id = f"{rule.id}.{suffix}" if suffix else rule.id
    if fix is not None and rule.fix == "none":
        fix = None
    elif fix is not None and rule.fix == "unsafe" and fix.safe:
        fix = Fix(fix.start, fix.end, fix.replacement, safe=False)
    return Diagnostic(rule_id, rule.category, rule.severity, message, doc.location(start, end),
                      fix, related or [])


def related(doc: Document, start: int, end: int, text: Optional[str] = None) -> Related:
    return Related(doc.location(start, end), doc.text[start:end] if text is None else text)
