"""A whole run: many texts through one :class:`~lint.engine.Linter`.

Kept apart from the CLI so tests and other programs can call it directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from .diagnostics import Diagnostic
from .engine import FileResult, Linter
from .fixer import MAX_ROUNDS, apply


@dataclass
class FixOutcome:
    texts: dict[str, str]  # path → final text (only files that changed)
    diagnostics: list[Diagnostic]  # what remains after fixing
    applied: int  # number of fixes applied
    rounds: int = 0
    per_file: dict[str, int] = field(default_factory=dict)


def lint_texts(linter: Linter, texts: dict[str, str]) -> list[Diagnostic]:
    results = [linter.lint_text(text, path) for path, text in texts.items()]
    return linter.finish(results)


def fix_texts(linter: Linter, texts: dict[str, str], unsafe: bool = False,
              keep: Optional[Callable[[Diagnostic], bool]] = None,
              lint: Optional[Callable[[dict[str, str]], list[Diagnostic]]] = None) -> FixOutcome:
    """Apply fixes round after round until nothing changes.

    Each round lints every text (run-wide rules see all of them), applies the
    non-overlapping fixes in one pass per file, and repeats; a fix that keeps
    re-triggering stops after ``MAX_ROUNDS``.
    """
    lint = lint or (lambda current: lint_texts(linter, current))
    current = dict(texts)
    applied = 0
    per_file: dict[str, int] = {}
    rounds = 0
    diagnostics = lint(current)
    while rounds < MAX_ROUNDS:
        fixes_by_path: dict[str, list] = {}
        for d in diagnostics:
            if d.fix is not None and (keep is None or keep(d)):
                fixes_by_path.setdefault(d.path, []).append(d.fix)
        changed = False
        for path, fixes in fixes_by_path.items():
            new_text, n = apply(current[path], fixes, unsafe)
            if n:
                current[path] = new_text
                applied += n
                per_file[path] = per_file.get(path, 0) + n
                changed = True
        if not changed:
            break
        rounds += 1
        diagnostics = lint(current)
    changed_texts = {p: t for p, t in current.items() if t != texts[p]}
    return FixOutcome(changed_texts, diagnostics, applied, rounds, per_file)


def results_for(linter: Linter, items: Iterable[tuple[str, str]]) -> list[FileResult]:
    return [linter.lint_text(text, path) for path, text in items]


def unified_diff(path: str, before: str, after: str) -> str:
    import difflib

    a = before.splitlines(keepends=True)
    b = after.splitlines(keepends=True)
    lines = []
    for line in difflib.unified_diff(a, b, fromfile=f"a/{path}", tofile=f"b/{path}"):
        if not line.endswith(("\n", "\r")):
            line += "\n\\ No newline at end of file\n"
        lines.append(line)
    return "".join(lines)

