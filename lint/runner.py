"""A whole run: many texts through one :class:`~lint.engine.Linter`.

Kept apart from the CLI so tests and other programs can call it directly.
"""

from __future__ import annotations

import os
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Optional

from .diagnostics import Diagnostic
from . import per_post
from .engine import FileResult, Linter
from .spans import Spans

if TYPE_CHECKING:
    from .result_cache import PostMemo, ResultCache


@dataclass
class AppliedFix:
    """A fix that --fix applied, placed in the text as it was before the run."""

    path: str
    start: int
    end: int
    rule: str
    replacement: str
    round: int  # 1 for the first pass; later rounds fix what earlier ones uncovered


@dataclass
class FixOutcome:
    texts: dict[str, str]  # path → final text (only files that changed)
    diagnostics: list[Diagnostic]  # what remains after fixing
    applied: int  # number of fixes applied
    rounds: int = 0
    per_file: dict[str, int] = field(default_factory=dict)
    fixed: list[AppliedFix] = field(default_factory=list)
    # Per path, per round: the edits made, for mapping offsets back to the original.
    history: dict[str, list[list[tuple[int, int, int, int]]]] = field(default_factory=dict)


# Below these, worker processes cost more than they save.
AUTO_MIN_FILES = 4
AUTO_MIN_CHARS = 100_000


def auto_jobs(texts: dict[str, str]) -> int:
    """``--jobs`` when not given: every CPU when there are many files to lint,
    or one file large enough to split by posts (see :mod:`lint.per_post`)."""
    total = sum(len(t) for t in texts.values())
    if len(texts) == 1:
        return max(1, os.cpu_count() or 1) if total >= per_post.MIN_CHARS else 1
    if len(texts) < AUTO_MIN_FILES or total < AUTO_MIN_CHARS:
        return 1
    return max(1, min(os.cpu_count() or 1, len(texts)))


def lint_texts(linter: Linter, texts: dict[str, str], jobs: Optional[int] = 1,
               cache: Optional["ResultCache"] = None,
               memo: Optional[dict[tuple[str, str], FileResult]] = None) -> list[Diagnostic]:
    """Every finding of the run.  ``jobs=None``: :func:`auto_jobs` of the files
    left to lint; ``cache``: results of unchanged files from earlier runs;
    ``memo``: results this run already has for a path with that very text
    (fix rounds re-lint only the files the last round changed)."""
    if cache is None and memo is None:
        return linter.finish(file_results(linter, texts, jobs or auto_jobs(texts)))
    # Cache keys of the texts the memo lacks, each hashed once (an 11 MB
    # text takes a while): every text left to lint has one.
    keys: dict[str, str] = {}
    known: dict[str, Optional[FileResult]] = {}
    for path, text in texts.items():
        found = memo.get((path, text)) if memo is not None else None
        if found is None and cache is not None:
            keys[path] = cache.key(path, text)
            found = cache.get(keys[path])
        known[path] = found
    pending = {path: text for path, text in texts.items() if known[path] is None}
    # A changed file's posts that did not change need not be checked again.
    post_memos = {path: cache.post_memo(path) for path in pending} if cache is not None else None
    fresh = {r.path: r for r in file_results(linter, pending, jobs or auto_jobs(pending), post_memos)} \
        if pending else {}
    for path, result in fresh.items():
        if cache is not None:
            _store(cache, keys[path], result)
        if memo is not None:
            memo[(path, texts[path])] = result
    if cache is not None:
        cache.prune()
    return linter.finish([known[path] or fresh[path] for path in texts])


def _store(cache: "ResultCache", key: str, result: FileResult) -> None:
    """Keep a fresh ``result`` for later runs, and its per-post results
    (which then leave the result: they are stored on their own)."""
    if result.post_memo:
        cache.put_posts(result.path, result.post_memo)
    result.post_memo = None
    cache.put(key, result)


def file_results(linter: Linter, texts: dict[str, str], jobs: int = 1,
                 post_memos: Optional[dict[str, "PostMemo"]] = None) -> list[FileResult]:
    """One result per text, in the order of ``texts`` whatever ``jobs`` is.

    ``post_memos``: per path, the per-post results of its last run.
    """
    memos = post_memos or {}
    items = [(path, text, memos.get(path)) for path, text in texts.items()]
    if jobs <= 1 or len(items) < 2:
        # One file: checked here, its posts split over ``jobs`` processes
        # when it is large.
        return [linter.lint_text(text, path, post_jobs=jobs, post_memo=memo) for path, text, memo in items]
    return _in_workers(linter, items, min(jobs, len(items)))


_WORKER: Optional[Linter] = None


def _start_worker(ruleset: Any = None, selection: Any = None) -> None:
    global _WORKER
    # Forked workers inherit the parent's linter; spawned ones rebuild it.
    if ruleset is not None:
        _WORKER = Linter(ruleset, selection)


def _lint_in_worker(item: tuple[str, str, Optional["PostMemo"]]) -> FileResult:
    assert _WORKER is not None
    path, text, memo = item
    return _WORKER.lint_text(text, path, post_memo=memo)


def _in_workers(linter: Linter, items: list[tuple[str, str, Optional["PostMemo"]]], jobs: int) -> list[FileResult]:
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


# How often a run starts over after finding fixes that undo each other.
MAX_ATTEMPTS = 4
CONFLICT_NOTE = "（他の規則の修正と打ち消し合うため自動修正しません）"


def fix_texts(linter: Linter, texts: dict[str, str], unsafe: bool = False,
              keep: Optional[Callable[[Diagnostic], bool]] = None,
              lint: Optional[Callable[[dict[str, str]], list[Diagnostic]]] = None, jobs: int = 1,
              cache: Optional["ResultCache"] = None, report: bool = True) -> FixOutcome:
    """Apply fixes round after round until nothing changes.

    Each round lints every text (run-wide rules see all of them), applies the
    non-overlapping fixes in one pass per file, and repeats: a fix can
    uncover another (a long match that hid a shorter one).  Every applied
    fix is recorded with its span in the original text.

    The rounds run only the rule kinds that may offer a fix this run applies
    (:func:`fixing_kinds`); the others (the contradiction check, with unsafe
    fixes only, is most of a run's time) run once, on the fixed texts, and
    only when ``report`` asks for the findings (``--diff`` shows just the
    changes).  Without ``lint``, the findings are those of a full lint of
    the fixed texts.

    Two rules can undo each other (one dictionary wants コンピュータ, another
    コンピューター).  A file that comes back to a text it had, or that is
    still changing after :data:`lint.fixer.MAX_ROUNDS`, has such fixes: the
    run starts over with fixes at those places left out, and reports the
    findings there without a fix.  So a second ``--fix`` changes nothing.
    """
    memo: dict[tuple[str, str], FileResult] = {}
    rest = None
    if lint is None:
        kinds = fixing_kinds(linter, unsafe)
        if len(kinds) < len(linter.by_kind):
            fixing = linter.part(kinds)
            rest = linter.part([kind for kind in linter.by_kind if kind not in kinds])
            # Results of part of the rules: not for the cache.
            lint = lambda current: lint_texts(fixing, current, jobs, None, memo)
        else:
            lint = lambda current: lint_texts(linter, current, jobs, cache, memo)
    # The whole procedure is repeated from its own result until it changes
    # nothing more, so that a second --fix never finds anything to do (fixes
    # held back at one place can be safe once the text around them changed).
    current = dict(texts)
    history: dict[str, list[list[tuple[int, int, int, int]]]] = {}
    fixed: list[AppliedFix] = []
    per_file: dict[str, int] = {}
    rounds = 0
    diagnostics = None
    blocked: dict[str, list[tuple[int, int]]] = {}  # in original offsets; kept from one pass to the next
    for _ in range(MAX_ATTEMPTS):
        outcome = _settle(current, unsafe, keep, lint, history, diagnostics, blocked)
        rounds += outcome.rounds
        fixed.extend(outcome.fixed)
        for path, n in outcome.per_file.items():
            per_file[path] = per_file.get(path, 0) + n
        current.update(outcome.texts)
        diagnostics = outcome.diagnostics
        if not outcome.applied:
            break
    if rest is not None:
        diagnostics = _completed(linter, fixing, rest, current, memo, jobs, cache) if report else []
        diagnostics = _unfixed_where_blocked(diagnostics, history, blocked)
    changed_texts = {p: t for p, t in current.items() if t != texts[p]}
    return FixOutcome(changed_texts, diagnostics or [], sum(per_file.values()), rounds, per_file, fixed, history)


def fixing_kinds(linter: Linter, unsafe: bool) -> set[str]:
    """The rule kinds whose findings a fix round needs: those with a rule that
    may offer a fix the run applies, and every kind of the shared phrase
    matcher (one kind's longer phrase hides another's shorter one, so they
    are matched together)."""
    from .checks import KINDS

    kinds = set()
    for kind, rules in linter.by_kind.items():
        module = KINDS[kind]
        offered = getattr(module, "FIXES", "safe")
        if hasattr(module, "phrases") or offered is not None and any(
                rule.fix != "none" and (unsafe or offered == "safe" and rule.fix == "safe") for rule in rules):
            kinds.add(kind)
    return kinds


def _completed(linter: Linter, fixing: Linter, rest: Linter, texts: dict[str, str],
               memo: dict[tuple[str, str], FileResult], jobs: int,
               cache: Optional["ResultCache"]) -> list[Diagnostic]:
    """Every finding on the fixed ``texts``: the fix rounds' results (in
    ``memo``) joined with those of the kinds the rounds left out, run now."""
    missing = {path: text for path, text in texts.items() if (path, text) not in memo}
    for result in file_results(fixing, missing, jobs or auto_jobs(missing)) if missing else ():
        memo[(result.path, texts[result.path])] = result
    post_memos = {path: cache.post_memo(path) for path in texts} if cache is not None else None
    results = []
    for other in file_results(rest, texts, jobs or auto_jobs(texts), post_memos):
        found = memo[(other.path, texts[other.path])]
        whole = FileResult(other.path, found.diagnostics + other.diagnostics, {**found.facts, **other.facts},
                           found.suppressions or other.suppressions, found.problems + other.problems,
                           other.post_memo)
        if cache is not None:
            _store(cache, cache.key(other.path, texts[other.path]), whole)
        results.append(whole)
    if cache is not None:
        cache.prune()
    return linter.finish(results)


def _settle(texts: dict[str, str], unsafe: bool, keep: Optional[Callable[[Diagnostic], bool]],
            lint: Callable[[dict[str, str]], list[Diagnostic]], history: dict,
            diagnostics: Optional[list[Diagnostic]], blocked: dict[str, list[tuple[int, int]]]) -> FixOutcome:
    """Rounds of fixing from ``texts``, started over without fixes that undo each other
    (their places are added to ``blocked``)."""
    outcome = None
    for _ in range(MAX_ATTEMPTS):
        trial = {p: [list(r) for r in rs] for p, rs in history.items()}
        outcome, unstable = _fix_rounds(texts, unsafe, keep, lint, blocked, trial, diagnostics)
        if not unstable:
            break
        for path, spans in unstable.items():
            blocked.setdefault(path, []).extend(spans)
    else:
        # Still unsettled: leave those files as they were.
        for path in unstable:
            outcome.texts.pop(path, None)
            outcome.fixed = [f for f in outcome.fixed if f.path != path]
            if path in history:
                outcome.history[path] = history[path]
            else:
                outcome.history.pop(path, None)
            outcome.applied -= outcome.per_file.pop(path, 0)
    assert outcome is not None
    history.clear()
    history.update(outcome.history)
    outcome.diagnostics = _unfixed_where_blocked(outcome.diagnostics, outcome.history, blocked)
    return outcome


def _fix_rounds(texts: dict[str, str], unsafe: bool, keep: Optional[Callable[[Diagnostic], bool]],
                lint: Callable[[dict[str, str]], list[Diagnostic]],
                blocked: dict[str, list[tuple[int, int]]], history: dict,
                diagnostics: Optional[list[Diagnostic]] = None,
                ) -> tuple[FixOutcome, dict[str, list[tuple[int, int]]]]:
    """One attempt: lint, fix, repeat.  ``history`` (per path, per round, the
    edits since the original text) is extended; spans are in original offsets."""
    from .fixer import MAX_ROUNDS, applied_fixes

    current = dict(texts)
    applied = 0
    per_file: dict[str, int] = {}
    fixed: list[AppliedFix] = []
    seen: dict[str, dict[str, int]] = {p: {t: 0} for p, t in texts.items()}  # text → round it appeared
    unstable: dict[str, list[tuple[int, int]]] = {}
    rounds = 0
    if diagnostics is None:
        diagnostics = lint(current)
    while True:
        fixes_by_path: dict[str, dict] = {}
        touches_blocked = _BlockedTest(history, blocked)
        for d in diagnostics:
            if d.fix is None or (keep is not None and not keep(d)) or d.path in unstable:
                continue
            if touches_blocked(d):
                continue
            fixes_by_path.setdefault(d.path, {}).setdefault(d.fix, d)
        changed = False
        for path, owners in fixes_by_path.items():
            new_text, chosen = applied_fixes(current[path], list(owners), unsafe)
            if not chosen:
                continue
            edits = history.setdefault(path, [])
            original = _Original(edits)
            round_edits = []
            shift = 0
            for f in chosen:
                start, end = original(f.start, "start"), original(f.end, "end")
                fixed.append(AppliedFix(path, start, end, owners[f].rule, f.replacement, rounds + 1))
                round_edits.append((f.start, f.end, f.start + shift, f.start + shift + len(f.replacement)))
                shift += len(f.replacement) - (f.end - f.start)
            edits.append(round_edits)
            current[path] = new_text
            applied += len(chosen)
            per_file[path] = per_file.get(path, 0) + len(chosen)
            changed = True
            first = seen[path].get(new_text)
            if first is not None or rounds + 1 >= MAX_ROUNDS:
                # Back to an earlier text, or never settling: the fixes applied
                # since then undo or feed each other.
                since = first if first is not None else 1
                unstable[path] = [(f.start, f.end) for f in fixed if f.path == path and f.round > since]
            else:
                seen[path][new_text] = rounds + 1
        if not changed:
            break
        rounds += 1
        if unstable:
            break  # start over without those fixes
        diagnostics = lint(current)
    changed_texts = {p: t for p, t in current.items() if t != texts[p]}
    return FixOutcome(changed_texts, diagnostics, applied, rounds, per_file, fixed, history), unstable


class _BlockedTest:
    """Does a diagnostic's fix (in the text after ``history``'s edits of its
    file) touch a blocked span (in the original text)?  Built once for a
    batch of diagnostics: each file's offsets are mapped, and its blocked
    spans searched, by bisection (a file with thousands of fixes that undo
    each other tested each against all of them)."""

    def __init__(self, history: dict, blocked: dict[str, list[tuple[int, int]]]):
        self.history, self.blocked = history, blocked
        self._by_path: dict[str, tuple[_Original, Spans, set[int]]] = {}

    def __call__(self, d: Diagnostic) -> bool:
        if d.fix is None or not self.blocked.get(d.path):
            return False
        found = self._by_path.get(d.path)
        if found is None:
            spans = self.blocked[d.path]
            found = self._by_path[d.path] = (_Original(self.history.get(d.path, [])), Spans(spans),
                                             {s for s, e in spans if s == e})
        original, spans, empty = found
        start, end = original(d.fix.start, "start"), original(d.fix.end, "end")
        # An insertion held back blocks what starts at its place.
        return spans.overlap(start, end) or start in empty


def _unfixed_where_blocked(diagnostics: list[Diagnostic], history: dict,
                           blocked: dict[str, list[tuple[int, int]]]) -> list[Diagnostic]:
    """``diagnostics``, those whose fix touches a blocked span reported without it."""
    if not blocked:
        return diagnostics
    touches_blocked = _BlockedTest(history, blocked)
    return [_without_fix(d) if touches_blocked(d) else d for d in diagnostics]


def _without_fix(d: Diagnostic) -> Diagnostic:
    return Diagnostic(d.rule, d.category, d.severity, d.message + CONFLICT_NOTE, d.location, None, d.related)


class _Original:
    """Maps an offset in the text after some rounds of edits back to the
    original text.

    Each round's edits are (old start, old end, new start, new end), sorted
    and apart.  An offset inside replaced text maps to the start or end of
    what it replaced.  Only the last edit to start before the offset can
    hold it or shift it, so it is found by bisection.
    """

    def __init__(self, rounds: list[list[tuple[int, int, int, int]]]):
        self.rounds = [([edit[2] for edit in edits], edits) for edits in reversed(rounds)]

    def __call__(self, pos: int, side: str) -> int:
        for new_starts, edits in self.rounds:
            k = bisect_left(new_starts, pos) - 1
            if k < 0:
                continue
            old_start, old_end, _, new_end = edits[k]
            if pos < new_end:
                pos = old_start if side == "start" else old_end
            else:
                pos -= new_end - old_end
        return pos