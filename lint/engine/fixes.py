"""Which offered fixes a run applies, decided once every kind has reported.

``--fix`` applies exactly the fixes ``check`` labels fixable, once, on the
text as written: a rule never sees text another rule just wrote.  So the
labels are settled here, per file, for both:

* **the same change twice** — two rules proposing one replacement for one
  span (a bundled name rule and the user's prh entry) are one finding,
  naming both rules;
* **one change per place** — where fixes overlap, the earlier start wins,
  then the longer span (:func:`~lint.text.overlap.earliest_longest`); the
  others are reported without a fix;
* **rules that undo each other** — a fix whose replacement, fixed again
  and again on its own, brings its own rule back (コンピュータ →
  コンピューター → コンピュータ) would flip at every run: reported without
  a fix.
"""

from __future__ import annotations

from typing import Callable, Iterable

from lint.diagnostics import Diagnostic, Fix
from lint.text.overlap import earliest_longest
from lint.text.spans import Spans

OVERLAP_NOTE = "（同じ箇所の別の修正を優先するため自動修正しません）"
UNDO_NOTE = "（他の規則の修正と打ち消し合うため自動修正しません）"
# How many later --fix runs are simulated on a replacement.
UNDO_DEPTH = 4


def choose(fixes: Iterable[Fix], unsafe: bool = False) -> list[Fix]:
    """Non-overlapping fixes, in text order: earlier start first, then the longer span.

    Two fixes that touch the same characters never both apply, so the result
    only ever contains text that one of the fixes proposed.
    """
    return earliest_longest([f for f in set(fixes) if f.safe or unsafe], lambda f: (f.start, f.end),
                            tie=lambda f: f.replacement)


def applied_text(text: str, fixes: Iterable[Fix]) -> str:
    """``text`` with non-overlapping ``fixes`` (in text order) spliced in."""
    parts = []
    pos = 0
    for fix in fixes:
        parts.append(text[pos:fix.start])
        parts.append(fix.replacement)
        pos = fix.end
    parts.append(text[pos:])
    return "".join(parts)


def without_fix(d: Diagnostic, note: str) -> Diagnostic:
    return Diagnostic(d.rule, d.category, d.severity, d.message + note, d.location, None, d.related)


class UndoingFixes:
    """Does a rule's fix start a cycle of fixes that brings the rule back?

    The replacement is linted on its own, its fixes applied, and so on for
    :data:`UNDO_DEPTH` rounds, as that many later ``--fix`` runs would; the
    answers are kept for the run (a file repeats its replacements).
    ``lint(text)`` gives the fixable findings of the run's rules in a text.
    """

    def __init__(self, lint: Callable[[str], list[Diagnostic]], unsafe: bool):
        self.lint = lint
        self.unsafe = unsafe
        self._known: dict[tuple[str, str], bool] = {}

    def __call__(self, d: Diagnostic) -> bool:
        assert d.fix is not None
        key = (d.rule, d.fix.replacement)
        if key not in self._known:
            self._known[key] = self._comes_back(d.rule, d.fix.replacement)
        return self._known[key]

    def _comes_back(self, rule: str, text: str) -> bool:
        seen = {text}
        for depth in range(UNDO_DEPTH):
            found = [d for d in self.lint(text) if d.fix is not None and (d.fix.safe or self.unsafe)]
            # The rule at once on its own replacement is the kind's business
            # (it reports such a finding without a fix); from the second round
            # on it is a cycle through other rules.
            if depth and any(d.rule == rule for d in found):
                return True
            chosen = choose((d.fix for d in found), self.unsafe)
            if not chosen:
                return False
            text = applied_text(text, chosen)
            if text in seen:
                return False  # a cycle of other rules, none of them this one
            seen.add(text)
        return False


def settle(diagnostics: list[Diagnostic], unsafe: bool, undoes: Callable[[Diagnostic], bool],
           order: Callable[[str], int]) -> list[Diagnostic]:
    """``diagnostics`` (sorted by place) with their fixes settled, file by file.

    ``unsafe``: whether the run applies unsafe fixes; ``undoes(d)``: does
    ``d``'s fix start a cycle (:class:`UndoingFixes`); ``order(rule id)``:
    the rule's place in the rule set — of two findings that are one, the
    later rule's (a user's dictionary over a bundled one) is kept.
    """
    out: list[Diagnostic] = []
    start = 0
    while start < len(diagnostics):
        path = diagnostics[start].path
        end = start
        while end < len(diagnostics) and diagnostics[end].path == path:
            end += 1
        out.extend(_settle_file(diagnostics[start:end], unsafe, undoes, order))
        start = end
    return out


def _settle_file(found: list[Diagnostic], unsafe: bool, undoes: Callable[[Diagnostic], bool],
                 order: Callable[[str], int]) -> list[Diagnostic]:
    if not any(d.fix is not None for d in found):
        return found
    found = _merged(found, order)
    found = [without_fix(d, UNDO_NOTE) if d.fix is not None and undoes(d) else d for d in found]
    chosen = set(choose((d.fix for d in found if d.fix is not None), unsafe))
    kept = Spans([(f.start, f.end) for f in chosen])
    insertions = {f.start for f in chosen if f.start == f.end}
    out = []
    for d in found:
        fix = d.fix
        if fix is None or fix in chosen:
            out.append(d)
        elif fix.safe or unsafe or kept.overlap(fix.start, max(fix.end, fix.start + 1)) or fix.start in insertions:
            out.append(without_fix(d, OVERLAP_NOTE))
        else:
            out.append(d)  # an unsafe fix this run does not apply, in nobody's way
    return out


def _merged(found: list[Diagnostic], order: Callable[[str], int]) -> list[Diagnostic]:
    """Findings of several rules that propose one replacement for one span, as one finding."""
    groups: dict[tuple, list[Diagnostic]] = {}
    for d in found:
        if d.fix is not None:
            groups.setdefault((d.location.start, d.location.end, d.fix.replacement, d.fix.start, d.fix.end),
                              []).append(d)
    out = []
    for d in found:
        if d.fix is None:
            out.append(d)
            continue
        group = groups[(d.location.start, d.location.end, d.fix.replacement, d.fix.start, d.fix.end)]
        if len(group) == 1:
            out.append(d)
            continue
        if d is not group[0]:
            continue
        keep = max(group, key=lambda g: order(g.rule))
        others = sorted({g.rule for g in group if g.rule != keep.rule}, key=order)
        # One rule calling the change safe is enough: it would make it on its own.
        fix = Fix(keep.fix.start, keep.fix.end, keep.fix.replacement, any(g.fix.safe for g in group))
        out.append(Diagnostic(keep.rule, keep.category, keep.severity,
                              keep.message + f"（同じ指摘: {', '.join(others)}）", keep.location, fix, keep.related))
    return out
