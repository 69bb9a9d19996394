"""Human-readable output: ``path:line:col: rule message`` and the fix."""

from __future__ import annotations

from typing import Any

COLOURS = {"error": "31", "warning": "33", "info": "36"}


def _c(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def render(diagnostics: list, colour: bool = False, show_fixes: bool = True, unsafe_fixes: bool = False,
           summary: bool = True, **_: Any) -> str:
    out = []
    for d in diagnostics:
        loc = d.location
        where = _c(f"{loc.path}:{loc.line}:{loc.column}:", "1", colour)
        rule = _c(d.rule, COLOURS.get(d.severity, "0") + ";1", colour)
        mark = ""
        if d.fix is not None:
            mark = " [*]" if d.fix.safe else " [unsafe fix]"
        out.append(f"{where} {rule}{mark} {d.message}")
        if show_fixes and d.fix is not None:
            out.append(f"    {_c('→', '32', colour)} {d.fix.replacement}")
        for r in d.related:
            rloc = r.location
            place = f"{rloc.line}" if rloc.path == loc.path else f"{rloc.path}:{rloc.line}"
            out.append(f"    {_c('see', '2', colour)} {place}:{rloc.column}: {r.text}")
    if summary:
        n = len(diagnostics)
        if n:
            safe = sum(1 for d in diagnostics if d.fix is not None and d.fix.safe)
            unsafe = sum(1 for d in diagnostics if d.fix is not None and not d.fix.safe)
            line = f"Found {n} problem{'s' if n != 1 else ''}"
            extras = []
            if safe:
                extras.append(f"{safe} fixable with --fix")
            if unsafe:
                extras.append(f"{unsafe} more with --unsafe-fixes")
            if extras:
                line += " (" + ", ".join(extras) + ")"
            out.append(line + ".")
        else:
            out.append("All checks passed.")
    return "\n".join(out) + "\n"
