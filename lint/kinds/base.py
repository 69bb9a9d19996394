"""Pieces shared by the check kinds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Optional

from lint.diagnostics import Diagnostic, Fix, Related
from lint.model import Document


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


# Characters of context kept around a replacement when testing it again.
REFIRE_WINDOW = 64


def refires(text: str, start: int, end: int, replacement: str,
            changes: Callable[[str, int, int], Iterable[tuple[int, int]]]) -> bool:
    """Would the rule fire again on its own replacement?

    A dictionary entry whose expected text contains its pattern (Debian →
    Debian GNU/Linux, メンテナ → メンテナー without a look-ahead) fires on
    every run and grows the text each time.  Such a finding is still
    reported, but without a fix.  ``changes(window, lo, hi)`` gives the
    spans the rule would change in a piece of text that overlap
    ``[lo, hi)``; it may skip the costly tests of the others, which a line
    dense with findings holds dozens of.
    """
    ws, we = max(0, start - REFIRE_WINDOW), min(len(text), end + REFIRE_WINDOW)
    window = text[ws:start] + replacement + text[end:we]
    lo, hi = start - ws, start - ws + len(replacement)
    return any(s < hi and lo < e for s, e in changes(window, lo, hi))
