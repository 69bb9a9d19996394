"""Run the rule kinds over documents: parse → check → diagnostics.

A :class:`Linter` is built once per run from the rule set.  It parses each
text into a :class:`~lint.model.Document`, runs every enabled kind on it
through the kind contract (:class:`~lint.kinds.base.Kind`), and after the
last file runs the run-wide parts (consistency across files, duplicate
citations).  A rule's ``fix:`` setting, inline suppressions and
``--select`` / ``--ignore`` are applied here, so kinds never deal with them.
"""

from __future__ import annotations

import fnmatch
from typing import Any, Callable, Collection, Iterable, Optional, TypeVar

from lint.diagnostics import Diagnostic
from lint.engine import per_post
from lint.engine.context import DocumentContext
from lint.engine.fixes import UndoingFixes, settle
from lint.engine.per_post import PostMemo
from lint.engine.selection import Selection, matches
from lint.engine.suppress import Suppressions
from lint.errors import DEFAULT_REGEX_TIMEOUT, RegexTimeout
from lint.kinds import KINDS
from lint.kinds.base import FixOffer, apply_fix_mode
from lint.model import Document
from lint.parse import SectionNames, parse
from lint.ruleset.model import Rule, RuleSet
from lint.text.matcher import KatakanaLexicon, PhraseMatcher

T = TypeVar("T")


class FileResult:
    """Everything one file contributes to a run."""

    def __init__(self, path: str, diagnostics: list[Diagnostic], facts: Optional[dict[str, Any]] = None,
                 suppressions: Optional[Suppressions] = None, problems: Optional[list[RegexTimeout]] = None,
                 post_memo: Optional[dict] = None):
        self.path = path
        self.diagnostics = diagnostics
        # Per kind: small facts for the run-wide pass.
        self.facts: dict[str, Any] = {} if facts is None else facts
        self.suppressions = suppressions
        # Rules stopped on this file (a regex past its time limit): the
        # findings are incomplete, and the run says so.
        self.problems: list[RegexTimeout] = [] if problems is None else problems
        # Per-post findings to keep for the next run (PostMemo.now), when the
        # run has a cache; the batch stores them and clears this.
        self.post_memo = post_memo

    def with_post_memo(self, post_memo: Optional[dict]) -> "FileResult":
        return FileResult(self.path, self.diagnostics, self.facts, self.suppressions, self.problems, post_memo)

    def __repr__(self) -> str:
        return f"FileResult({self.path!r}, {len(self.diagnostics)} diagnostics)"


class Linter:
    def __init__(self, ruleset: RuleSet, selection: Optional[Selection] = None,
                 regex_timeout: float = DEFAULT_REGEX_TIMEOUT, kinds: Optional[Collection[str]] = None):
        """``kinds``: run only the enabled rules of these kinds (see :meth:`part`)."""
        self.ruleset = ruleset
        self.regex_timeout = regex_timeout
        self.selection = selection or Selection()
        # Every rule the run enables, of every kind, even in a linter that
        # runs only some kinds: discovery leaves alone what enabled rules
        # already cover.
        self.enabled = [r for r in ruleset.rules if self.selection.rule_enabled(r)]
        self.rules: list[Rule] = self.enabled if kinds is None else [r for r in self.enabled if r.kind in kinds]
        self.by_kind = _by_kind(self.rules)
        self.rule_for_id: dict[str, Rule] = {}
        for rule in ruleset.rules:
            for emitted in rule.emitted_ids():
                self.rule_for_id[emitted] = rule
            self.rule_for_id[rule.id] = rule

        # Section names come from every loaded rule, enabled or not: which
        # lines are headings must not change with --select.
        names: dict[str, list[str]] = {}
        for rule in ruleset.rules:
            for name, aliases in KINDS[rule.kind].section_names(rule).items():
                names.setdefault(name, []).extend(aliases)
        self.section_names = SectionNames.from_mapping(names)

        lexicon = KatakanaLexicon(ruleset.words)
        phrases = []
        for kind, rules in self.by_kind.items():
            phrases.extend(KINDS[kind].phrases(rules))
        # Every literal any rule knows is a known word, enabled or not.
        for rule in ruleset.rules:
            for phrase in KINDS[rule.kind].phrases([rule]):
                if phrase.literal:
                    lexicon.add(phrase.literal)
        self.matcher = PhraseMatcher(phrases, lexicon)
        self._resources: dict[str, Any] = {}
        self._order = {rule.id: i for i, rule in enumerate(ruleset.rules)}
        # Rules stopped somewhere in the run (see DocumentContext.timed_out).
        self.problems: list[RegexTimeout] = []

    def part(self, kinds: Collection[str]) -> "Linter":
        """A linter for the same run that runs only ``kinds``.  Its findings on
        a text are exactly those of these kinds in a full run: rule kinds do
        not see each other's findings, and problems (rules stopped by their
        time limit) go to this linter's list."""
        part = Linter(self.ruleset, self.selection, self.regex_timeout, kinds)
        part.problems = self.problems
        return part

    def fixing_kinds(self, unsafe: bool) -> set[str]:
        """The kinds a fix needs run: those with a rule that may offer a fix the
        run applies, and every kind of the shared phrase matcher (one kind's
        longer phrase hides another's shorter one, so they are matched
        together)."""
        kinds = set()
        for name, rules in self.by_kind.items():
            kind = KINDS[name]
            if kind.phrases(rules) or any(_applied(kind.fix_offer(rule), unsafe) for rule in rules):
                kinds.add(name)
        return kinds

    def resource(self, name: str, build: Callable[[], T]) -> T:
        """Something a kind builds once per run (a lexicon, an index)."""
        if name not in self._resources:
            self._resources[name] = build()
        return self._resources[name]

    # -- one file ---------------------------------------------------------

    def parse(self, text: str, path: str) -> Document:
        # Only kinds that never look at posts (prh) enabled: no structure needed.
        structure = any(KINDS[kind].needs_structure for kind in self.by_kind)
        post_file = any(_path_matches(path, pattern) for pattern in self.selection.posts)
        return parse(text, path, self.section_names, structure=structure, post_file=post_file)

    def lint_document(self, doc: Document, post_jobs: int = 1, post_memo: Optional[PostMemo] = None) -> FileResult:
        """Every enabled check on ``doc``; with ``post_jobs`` > 1 the per-post
        kinds of a large document run in that many worker processes.
        ``post_memo``: per-post findings of earlier runs of this file."""
        if len(doc.posts) < 2:
            # A file of one post changes only with its post: the findings
            # cache entry of the file says all there is, and a second entry
            # per file would double the files a run writes.
            post_memo = None
        ctx = DocumentContext(self, doc)
        by_kind: dict[str, list[Diagnostic]] = {}
        facts: dict[str, Any] = {}
        # Per-post kinds of a large document go to worker processes while
        # this one runs the others.
        pending = per_post.start(self, ctx, post_memo, post_jobs) if post_jobs > 1 else {}
        for name, rules in self.by_kind.items():
            if name in pending:
                continue
            kind = KINDS[name]
            if kind.per_post:
                by_kind[name] = per_post.check_posts(name, doc, rules, ctx, post_memo)
            else:
                by_kind[name] = list(kind.check(doc, rules, ctx))
            found = kind.collect(doc, rules, ctx)
            if found is not None:
                facts[name] = found
        for name, (found, problems, remembered) in per_post.finish(pending).items():
            by_kind[name] = found
            ctx.problems.extend(problems)
            if post_memo is not None:
                post_memo.now.update(remembered)
        # In rule-kind order, whatever ran where.
        diagnostics = [d for name in self.by_kind for d in by_kind[name]]
        supp = None
        if doc.directives:  # blank lines matter only to suppression comments
            blank = {i + 1 for i, start in enumerate(doc.lines.starts)
                     if not doc.text[start:doc.lines.line_span(i + 1)[1]].strip()}
            supp = Suppressions(doc.directives, doc.lines.count, blank)
        diagnostics = self._kept(diagnostics, lambda _: supp)
        return FileResult(doc.path, diagnostics, facts, supp, ctx.problems,
                          post_memo.now if post_memo is not None else None)

    def lint_text(self, text: str, path: str = "<text>", post_jobs: int = 1,
                  post_memo: Optional[PostMemo] = None) -> FileResult:
        return self.lint_document(self.parse(text, path), post_jobs, post_memo)

    # -- the whole run ----------------------------------------------------

    def finish(self, results: Iterable[FileResult], unsafe: bool = False) -> list[Diagnostic]:
        """All diagnostics of the run, run-wide ones included, sorted, with
        their fixes settled for a run that applies unsafe fixes or not
        (:mod:`lint.engine.fixes`)."""
        results = list(results)
        # One problem per message, however many files or passes met it.
        known = {str(p) for p in self.problems}
        for r in results:
            for problem in r.problems:
                if str(problem) not in known:
                    known.add(str(problem))
                    self.problems.append(problem)
        diagnostics = [d for r in results for d in r.diagnostics]
        supp_by_path = {r.path: r.suppressions for r in results}
        for name, rules in self.by_kind.items():
            facts = [r.facts[name] for r in results if name in r.facts]
            if facts:
                diagnostics.extend(self._kept(KINDS[name].finish(facts, rules), lambda d: supp_by_path.get(d.path)))
        diagnostics.sort(key=Diagnostic.sort_key)
        return settle(diagnostics, unsafe, self._undoing(unsafe), self._rank)

    def _rank(self, rule_id: str) -> int:
        rule = self.rule_for_id.get(rule_id)
        return self._order.get(rule.id, -1) if rule is not None else -1

    def _undoing(self, unsafe: bool) -> UndoingFixes:
        """The run's memory of fixes that start cycles, per fixing mode."""
        def build() -> UndoingFixes:
            part = self.part(self.fixing_kinds(unsafe))
            return UndoingFixes(lambda text: part.lint_text(text, "replacement.txt").diagnostics, unsafe)
        return self.resource(f"undoing-fixes:{unsafe}", build)

    def _kept(self, diagnostics: Iterable[Diagnostic],
              suppressions: Callable[[Diagnostic], Optional[Suppressions]]) -> list[Diagnostic]:
        """The findings the run reports, each fix as its rule's ``fix:`` setting allows."""
        out = []
        for d in diagnostics:
            rule = self.rule_for_id.get(d.rule)
            if rule is None:
                out.append(d)
            elif self._keep(d, rule, suppressions(d)):
                out.append(apply_fix_mode(d, rule.fix))
        return out

    def _keep(self, diag: Diagnostic, rule: Rule, supp: Optional[Suppressions]) -> bool:
        if not self.selection.enabled(diag.rule, rule):
            return False
        for pattern, selectors in self.selection.per_file:
            if _path_matches(diag.path, pattern) and any(matches(s, diag.rule, rule) for s in selectors):
                return False
        if supp is not None and supp.suppressed(diag, rule):
            return False
        return True


def _by_kind(rules: list[Rule]) -> dict[str, list[Rule]]:
    grouped: dict[str, list[Rule]] = {}
    for rule in rules:
        grouped.setdefault(rule.kind, []).append(rule)
    return grouped


def _path_matches(path: str, pattern: str) -> bool:
    path = path.replace("\\", "/")
    return fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path, "*/" + pattern.lstrip("/"))


def _applied(offer: FixOffer, unsafe: bool) -> bool:
    """Does a run apply fixes of this offer?"""
    return offer == "safe" or (unsafe and offer == "unsafe")
