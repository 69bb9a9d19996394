"""``--fix``: apply, once, the fixes ``check`` labels fixable.

The texts are linted, the fixes the run applies are taken — exactly those
a ``check`` of the same texts offers, settled by
:func:`lint.engine.fixes.settle` (one per place, none that another rule
undoes) — and spliced in, in one pass per file.  A rule never sees text
another rule just wrote: a fix whose result another rule would change is
reported by the next ``check``, as it would be after a hand edit.

Only the kinds that may offer a fix the run applies are linted before the
fixes (:meth:`~lint.engine.linter.Linter.fixing_kinds`); the others (the
contradiction check is most of a run's time) run once, on the fixed
texts, and only when the findings are wanted (``--diff`` shows just the
changes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Optional

from lint.diagnostics import Diagnostic, Fix
from lint.engine.batch import auto_jobs, file_results, store_result
from lint.engine.fixes import applied_text, choose
from lint.engine.linter import FileResult, Linter
from lint.engine.per_post import PostMemo

if TYPE_CHECKING:
    from lint.cache.results import ResultCache


@dataclass
class AppliedFix:
    """A fix that --fix applied, placed in the text as it was read."""

    path: str
    start: int
    end: int
    rule: str
    replacement: str


@dataclass
class FixOutcome:
    """What ``--fix`` made of the files: the new texts and the findings left."""

    texts: dict[str, str]  # path → fixed text (only files that changed)
    diagnostics: list[Diagnostic]  # what remains after fixing (empty when not asked for)
    applied: int  # number of fixes applied
    per_file: dict[str, int] = field(default_factory=dict)
    fixed: list[AppliedFix] = field(default_factory=list)


def apply(text: str, fixes: Iterable[Fix], unsafe: bool = False) -> tuple[str, int]:
    """``text`` with the chosen fixes applied, and how many applied."""
    new_text, chosen = applied_fixes(text, fixes, unsafe)
    return new_text, len(chosen)


def applied_fixes(text: str, fixes: Iterable[Fix], unsafe: bool = False) -> tuple[str, list[Fix]]:
    """``text`` with the chosen fixes applied, and those fixes (no-ops left out), in order."""
    chosen = [f for f in choose(fixes, unsafe) if text[f.start:f.end] != f.replacement]
    return (applied_text(text, chosen), chosen) if chosen else (text, [])


def fix_texts(linter: Linter, texts: dict[str, str], unsafe: bool = False,
              keep: Optional[Callable[[Diagnostic], bool]] = None, jobs: int = 1,
              cache: Optional["ResultCache"] = None, report: bool = True) -> FixOutcome:
    """Apply the fixes a check of ``texts`` offers, once.

    ``unsafe``: apply unsafe fixes too; ``keep``: only the fixes of the
    findings it accepts; ``cache``: keeps the findings of the fixed texts
    for the next run; ``report``: lint the fixed texts for what remains.
    """
    kinds = linter.fixing_kinds(unsafe)
    fixing = linter.part(kinds) if len(kinds) < len(linter.by_kind) else linter
    before = {r.path: r for r in file_results(fixing, texts, jobs or auto_jobs(texts))}
    found = fixing.finish(before.values(), unsafe)
    outcome = FixOutcome({}, [], 0)
    by_path: dict[str, list[tuple[Fix, str]]] = {}
    for d in found:
        if d.fix is not None and (d.fix.safe or unsafe) and (keep is None or keep(d)):
            by_path.setdefault(d.path, []).append((d.fix, d.rule))
    for path, offered in by_path.items():
        owners = dict(offered)
        new_text, chosen = applied_fixes(texts[path], owners, unsafe)
        if not chosen:
            continue
        outcome.texts[path] = new_text
        outcome.per_file[path] = len(chosen)
        outcome.fixed.extend(AppliedFix(path, f.start, f.end, owners[f], f.replacement) for f in chosen)
    outcome.applied = sum(outcome.per_file.values())
    if report:
        current = {path: outcome.texts.get(path, text) for path, text in texts.items()}
        outcome.diagnostics = _findings_after(linter, fixing, before, current, set(outcome.texts), jobs, cache,
                                              unsafe)
    return outcome


def _findings_after(linter: Linter, fixing: Linter, before: dict[str, FileResult], texts: dict[str, str],
                    fixed: set[str], jobs: int, cache: Optional["ResultCache"], unsafe: bool) -> list[Diagnostic]:
    """Every finding on ``texts`` after the fixes (``fixed``: the paths they
    changed).  The fixing kinds' results of files the fixes left alone are
    reused; the other kinds run now, on every text."""
    changed = {path: texts[path] for path in fixed}
    again = {r.path: r for r in file_results(fixing, changed, jobs or auto_jobs(changed))} if changed else {}
    results = [again.get(path) or before[path] for path in texts]
    if fixing is not linter:
        rest = linter.part([kind for kind in linter.by_kind if kind not in fixing.by_kind])
        post_memos = {path: PostMemo(cache.posts_of(path)) for path in texts} if cache is not None else None
        others = file_results(rest, texts, jobs or auto_jobs(texts), post_memos)
        results = [FileResult(mine.path, mine.diagnostics + other.diagnostics, {**mine.facts, **other.facts},
                              mine.suppressions or other.suppressions, mine.problems + other.problems,
                              other.post_memo)
                   for mine, other in zip(results, others)]
    if cache is not None:
        for result in results:
            store_result(cache, cache.key(result.path, texts[result.path]), result)
        cache.prune()
    return linter.finish(results, unsafe)
