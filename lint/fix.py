"""Applying fixes: overlaps resolved, round after round until stable.

Each round lints every text, applies the non-overlapping fixes in one pass
per file, and repeats; :func:`fix_texts` also holds back fixes of rules
that undo each other.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Optional

from lint.diagnostics import Diagnostic, Fix
from lint.kinds import KINDS
from lint.kinds.base import FixOffer
from lint.engine.linter import FileResult, Linter
from lint.engine.batch import auto_jobs, file_results, lint_texts, store_result
from lint.engine.per_post import PostMemo
from lint.text.overlap import earliest_longest
from lint.text.spans import Spans

if TYPE_CHECKING:
    from lint.cache.results import ResultCache


MAX_ROUNDS = 10


def choose(fixes: Iterable[Fix], unsafe: bool = False) -> list[Fix]:
    """Non-overlapping fixes: earlier start first, then the longer span.

    Two fixes that touch the same characters never both apply, so the result
    only ever contains text that one of the fixes proposed.
    """
    return earliest_longest([f for f in set(fixes) if f.safe or unsafe], lambda f: (f.start, f.end),
                            tie=lambda f: f.replacement)


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
    still changing after :data:`lint.fix.MAX_ROUNDS`, has such fixes: the
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
    kinds = set()
    for name, rules in linter.by_kind.items():
        kind = KINDS[name]
        if kind.phrases(rules) or any(_applied(kind.fix_offer(rule), unsafe) for rule in rules):
            kinds.add(name)
    return kinds


def _applied(offer: FixOffer, unsafe: bool) -> bool:
    """Does this run apply a fix of this offer?"""
    return offer == "safe" or (unsafe and offer == "unsafe")


def _completed(linter: Linter, fixing: Linter, rest: Linter, texts: dict[str, str],
               memo: dict[tuple[str, str], FileResult], jobs: int,
               cache: Optional["ResultCache"]) -> list[Diagnostic]:
    """Every finding on the fixed ``texts``: the fix rounds' results (in
    ``memo``) joined with those of the kinds the rounds left out, run now."""
    missing = {path: text for path, text in texts.items() if (path, text) not in memo}
    for result in file_results(fixing, missing, jobs or auto_jobs(missing)) if missing else ():
        memo[(result.path, texts[result.path])] = result
    post_memos = {path: PostMemo(cache.posts_of(path)) for path in texts} if cache is not None else None
    results = []
    for other in file_results(rest, texts, jobs or auto_jobs(texts), post_memos):
        found = memo[(other.path, texts[other.path])]
        whole = FileResult(other.path, found.diagnostics + other.diagnostics, {**found.facts, **other.facts},
                           found.suppressions or other.suppressions, found.problems + other.problems,
                           other.post_memo)
        if cache is not None:
            store_result(cache, cache.key(other.path, texts[other.path]), whole)
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