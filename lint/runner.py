"""A whole run: many texts through one :class:`~lint.engine.Linter`.

Kept apart from the CLI so tests and other programs can call it directly.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Optional

from .diagnostics import Diagnostic
from .engine import FileResult, Linter


@dataclass
class FixOutcome:
    texts: dict[str, str]  # path → final text (only files that changed)
    diagnostics: list[Diagnostic]  # what remains after fixing
    applied: int  # number of fixes applied
    rounds: int = 0
    per_file: dict[str, int] = field(default_factory=dict)


# Below these, worker processes cost more than they save.
AUTO_MIN_FILES = 4
AUTO_MIN_CHARS = 100_000


def auto_jobs(texts: dict[str, str]) -> int:
    """``--jobs`` when not given: every CPU when there are many files to lint."""
    if len(texts) < AUTO_MIN_FILES or sum(len(t) for t in texts.values()) < AUTO_MIN_CHARS:
        return 1
    return max(1, min(os.cpu_count() or 1, len(texts)))


def lint_texts(linter: Linter, texts: dict[str, str], jobs: int = 1) -> list[Diagnostic]:
    return linter.finish(file_results(linter, texts, jobs))


def file_results(linter: Linter, texts: dict[str, str], jobs: int = 1) -> list[FileResult]:
    """One result per text, in the order of ``texts`` whatever ``jobs`` is."""
    items = list(texts.items())
    if jobs <= 1 or len(items) < 2:
        return [linter.lint_text(text, path) for path, text in items]
    return _in_workers(linter, items, min(jobs, len(items)))


_WORKER: Optional[Linter] = None


def _start_worker(ruleset: Any = None, selection: Any = None) -> None:
    global _WORKER
    # Forked workers inherit the parent's linter; spawned ones rebuild it.
    if ruleset is not None:
        _WORKER = Linter(ruleset, selection)


def _lint_in_worker(item: tuple[str, str]) -> FileResult:
    assert _WORKER is not None
    path, text = item
    return _WORKER.lint_text(text, path)


def _in_workers(linter: Linter, items: list[tuple[str, str]], jobs: int) -> list[FileResult]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _WORKER
    if "fork" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("fork")
        _WORKER = linter
        initargs: tuple = ()
    else:  # pragma: no cover - macOS and Windows spawn fresh interpreters
        context = multiprocessing.get_context("spawn")
        initargs = (linter.ruleset, linter.selection)
    # Small chunks keep both workers busy when file sizes differ.
    chunk = max(1, len(items) // (jobs * 4))
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker,
                                 initargs=initargs) as pool:
            return list(pool.map(_lint_in_worker, items, chunksize=chunk))
    finally:
        _WORKER = None


def fix_texts(linter: Linter, texts: dict[str, str], unsafe: bool = False,
              keep: Optional[Callable[[Diagnostic], bool]] = None,
              lint: Optional[Callable[[dict[str, str]], list[Diagnostic]]] = None, jobs: int = 1) -> FixOutcome:
    """Apply fixes round after round until nothing changes.

    Each round lints every text (run-wide rules see all of them), applies the
    non-overlapping fixes in one pass per file, and repeats; a fix that keeps
    re-triggering stops after :data:`lint.fixer.MAX_ROUNDS`.
    """
    from .fixer import MAX_ROUNDS, apply

    lint = lint or (lambda current: lint_texts(linter, current, jobs))
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

