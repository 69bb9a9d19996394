"""Applying fixes: one pass per round, overlaps resolved, until stable."""

from __future__ import annotations

from typing import Iterable

from .diagnostics import Fix

MAX_ROUNDS = 10


def choose(fixes: Iterable[Fix], unsafe: bool = False) -> list[Fix]:
    """Non-overlapping fixes: earlier start first, then the longer span.

    Two fixes that touch the same characters never both apply, so the result
    only ever contains text that one of the fixes proposed.
    """
    chosen: list[Fix] = []
    last_end = -1
    last_start = -1
    for fix in sorted(set(fixes), key=lambda f: (f.start, -(f.end - f.start), f.replacement)):
        if not fix.safe and not unsafe:
            continue
        # Overlap, or a second insertion at the point of the last insertion.
        if fix.start < last_end or (fix.start == fix.end == last_start == last_end):
            continue
        chosen.append(fix)
        last_end, last_start = fix.end, fix.start
    return chosen


def apply(text: str, fixes: Iterable[Fix], unsafe: bool = False) -> tuple[str, int]:
    """``text`` with the chosen fixes applied, and how many applied."""
    new_text, chosen = applied_fixes(text, fixes, unsafe)
    return new_text, len(chosen)


def applied_fixes(text: str, fixes: Iterable[Fix], unsafe: bool = False) -> tuple[str, list[Fix]]:
    """``text`` with the chosen fixes applied, and those fixes (no-ops left out), in order."""
    chosen = [f for f in choose(fixes, unsafe) if text[f.start:f.end] != f.replacement]
    if not chosen:
        return text, []
    parts = []
    pos = 0
    for fix in chosen:
        parts.append(text[pos:fix.start])
        parts.append(fix.replacement)
        pos = fix.end
    parts.append(text[pos:])
    return "".join(parts), chosen
