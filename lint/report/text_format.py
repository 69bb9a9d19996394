"""Human-readable output: ``path:line:col: rule message`` and the fix."""

from __future__ import annotations

from collections import Counter
from typing import Any, Sequence

COLOURS = {"error": "31", "warning": "33", "info": "36"}
# Continuation lines of a multi-line message, replacement or related text
# are indented, so that only a finding's first line starts with its path.
INDENT = "    "


def _c(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def _continued(text: str, indent: str = INDENT) -> str:
    """``text`` with every line after the first indented (any line break counts)."""
    return ("\n" + indent).join(text.splitlines())


def render(diagnostics: list, colour: bool = False, show_fixes: bool = True, unsafe_fixes: bool = False,
           summary: bool = True, skipped: Sequence[str] = (), **_: Any) -> str:
    """``skipped``: for each file the run could not check, why (a short phrase)."""
    out = []
    for d in diagnostics:
        loc = d.location
        where = _c(f"{loc.path}:{loc.line}:{loc.column}:", "1", colour)
        rule = _c(d.rule, COLOURS.get(d.severity, "0") + ";1", colour)
        mark = ""
        if d.fix is not None:
            mark = " [*]" if d.fix.safe else " [unsafe fix]"
        out.append(f"{where} {rule}{mark} {_continued(d.message)}")
        if show_fixes and d.fix is not None:
            out.append(f"{INDENT}{_c('→', '32', colour)} {_continued(d.fix.replacement, INDENT * 2)}")
        for r in d.related:
            rloc = r.location
            place = f"{rloc.line}" if rloc.path == loc.path else f"{rloc.path}:{rloc.line}"
            out.append(f"{INDENT}{_c('see', '2', colour)} {place}:{rloc.column}: {_continued(r.text, INDENT * 2)}")
    if summary:
        n = len(diagnostics)
        if n:
            out.append(f"Found {n} problem{'s' if n != 1 else ''}{_fixable(diagnostics, unsafe_fixes)}.")
        elif not skipped:
            out.append("All checks passed.")
        else:
            out.append("No problems found in the files checked.")
        if skipped:
            reasons = ", ".join(f"{count} {why}" for why, count in sorted(Counter(skipped).items()))
            out.append(f"{len(skipped)} file{'s' if len(skipped) != 1 else ''} not checked ({reasons}): "
                       f"see the messages above.")
    return "\n".join(out) + "\n"


def _fixable(diagnostics: list, unsafe_fixes: bool) -> str:
    """What ``--fix`` would do about the findings, in brackets; empty when nothing."""
    safe = sum(1 for d in diagnostics if d.fix is not None and d.fix.safe)
    unsafe = sum(1 for d in diagnostics if d.fix is not None and not d.fix.safe)
    if unsafe_fixes:  # --fix applies both kinds already
        safe, unsafe = safe + unsafe, 0
    parts = []
    if safe:
        parts.append(f"{safe} fixable with --fix")
    if unsafe:
        parts.append(f"{unsafe} more with --unsafe-fixes" if safe else f"{unsafe} fixable with --unsafe-fixes")
    return f" ({', '.join(parts)})" if parts else ""
