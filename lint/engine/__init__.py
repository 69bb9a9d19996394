"""Run checks over documents: read → parse → check → diagnostics.

:class:`Linter` is built once per run from the rule set.  It parses each
text into a :class:`~lint.model.Document`, runs every enabled check kind on
it, and after the last file runs the run-wide parts (consistency across
files, duplicate citations).  Inline suppressions and ``--select`` /
``--ignore`` are applied here, so checks never need to know about them.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Collection, Iterable, Optional

from lint.engine import per_post
from lint.kinds import KINDS
from lint.diagnostics import Diagnostic
from lint.errors import DEFAULT_REGEX_TIMEOUT, RegexTimeout
from lint.text.matcher import Hit, KatakanaLexicon, PhraseMatcher
from lint.model import Document
from lint.parse import SectionNames, parse
from lint.ruleset.model import Rule, RuleSet
from lint.engine.selection import Selection, matches
from lint.engine.suppress import Suppressions

if TYPE_CHECKING:
    from lint.cache.results import PostMemo


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic]
    # Per kind: small facts for the run-wide pass.
    facts: dict[str, Any] = field(default_factory=dict)
    suppressions: Optional[Suppressions] = None
    # Rules stopped on this file (a regex past its time limit): the findings
    # are incomplete, and the run says so.
    problems: list[RegexTimeout] = field(default_factory=list)
    # Per-post results to keep for the next run (PostMemo.now), when the run
    # has a cache; the runner stores them and clears this.
    post_memo: Optional[dict] = None


class Context:
    """Per-document analyses shared by the checks, computed at most once."""

    def __init__(self, linter: "Linter", doc: Document):
        self.linter = linter
        self.doc = doc
        self._hits: Optional[dict[str, list[Hit]]] = None
        self.problems: list[RegexTimeout] = []
        # The posts a per-post check looks at: all of them, or a worker's share.
        self.posts = doc.posts
        # Per-post results of earlier runs, for checks that keep them
        # (lint.cache.results.PostMemo); None when there is no cache.
        self.post_memo: Optional["PostMemo"] = None

    def hits(self, kind: str) -> list[Hit]:
        """Occurrences of the phrases that ``kind``'s rules registered."""
        if self._hits is None:
            grouped: dict[str, list[Hit]] = {}
            timed_out: list = []
            for hit in self.linter.matcher.find(self.doc.masked, self.linter.regex_timeout, timed_out):
                grouped.setdefault(hit.phrase.owner.kind, []).append(hit)
            for phrase in timed_out:
                self.timed_out(phrase.owner)
            self._hits = grouped
        return self._hits.get(kind, [])

    def timed_out(self, rule: Rule) -> None:
        """Record that ``rule`` was stopped on this document."""
        self.problems.append(RegexTimeout(
            f"regex stopped after {self.linter.regex_timeout:g} s on {self.doc.path}; the rule was skipped there "
            f"(simplify the pattern, or raise regex-timeout)", rule.path, rule.line, rule.id))


class Linter:
    def __init__(self, ruleset: RuleSet, selection: Optional[Selection] = None,
                 regex_timeout: float = DEFAULT_REGEX_TIMEOUT, kinds: Optional[Collection[str]] = None):
        """``kinds``: run only the enabled rules of these kinds (see :meth:`part`)."""
        self.ruleset = ruleset
        self.regex_timeout = regex_timeout
        self.selection = selection or Selection()
        enabled = [r for r in ruleset.rules if self.selection.rule_enabled(r)]
        # Every rule the run enables, by kind, even in a linter that runs only
        # some kinds: discovery leaves alone what enabled rules already cover.
        self.run_by_kind = _by_kind(enabled)
        self.rules: list[Rule] = enabled if kinds is None else [r for r in enabled if r.kind in kinds]
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
            hook = getattr(rule.module, "section_names", None)
            if hook is not None:
                for name, aliases in hook(rule).items():
                    names.setdefault(name, []).extend(aliases)
        self.section_names = SectionNames.from_mapping(names)

        lexicon = KatakanaLexicon(ruleset.words)
        phrases = []
        for kind, rules in self.by_kind.items():
            hook = getattr(KINDS[kind], "phrases", None)
            if hook is not None:
                phrases.extend(hook(rules))
        # Every literal any rule knows is a known word, enabled or not.
        for rule in ruleset.rules:
            hook = getattr(rule.module, "phrases", None)
            for phrase in hook([rule]) if hook is not None else ():
                if phrase.literal:
                    lexicon.add(phrase.literal)
        self.matcher = PhraseMatcher(phrases, lexicon)
        self._resources: dict[str, Any] = {}
        # Rules stopped somewhere in the run (see Context.timed_out).
        self.problems: list[RegexTimeout] = []

    def part(self, kinds: Collection[str]) -> "Linter":
        """A linter for the same run that runs only ``kinds``.  Its findings on
        a text are exactly those of these kinds in a full run: rule kinds do
        not see each other's findings, and problems (rules stopped by their
        time limit) go to this linter's list."""
        part = Linter(self.ruleset, self.selection, self.regex_timeout, kinds)
        part.problems = self.problems
        return part

    def resource(self, name: str, build: Any) -> Any:
        """Something a check kind builds once per run (a lexicon, an index)."""
        if name not in self._resources:
            self._resources[name] = build()
        return self._resources[name]

    # -- one file ---------------------------------------------------------

    def parse(self, text: str, path: str) -> Document:
        # Only dictionary rules (prh) enabled: posts and sections are not needed.
        structure = any(getattr(KINDS[kind], "STRUCTURE", True) for kind in self.by_kind)
        return parse(text, path, self.section_names, structure=structure)

    def lint_document(self, doc: Document, post_jobs: int = 1, post_memo: Optional["PostMemo"] = None) -> FileResult:
        """Every enabled check on ``doc``; with ``post_jobs`` > 1 the per-post
        checks of a large document run in that many worker processes.
        ``post_memo``: per-post results of earlier runs of this file."""
        if len(doc.posts) < 2:
            # A file of one post changes only with its post: the findings
            # cache entry of the file says all there is, and a second entry
            # per file would double the files a run writes.
            post_memo = None
        ctx = Context(self, doc)
        ctx.post_memo = post_memo
        by_kind: dict[str, list[Diagnostic]] = {}
        facts: dict[str, Any] = {}
        # Slow per-post checks of a large document go to worker processes
        # while this one runs the others.
        pending = per_post.start(self, ctx, post_jobs) if post_jobs > 1 else {}
        for kind, rules in self.by_kind.items():
            if kind in pending:
                continue
            module = KINDS[kind]
            by_kind[kind] = list(module.check(doc, rules, ctx))
            collect = getattr(module, "collect", None)
            if collect is not None:
                found = collect(doc, rules, ctx)
                if found:
                    facts[kind] = found
        for kind, (found, problems, remembered) in per_post.finish(pending).items():
            by_kind[kind] = found
            ctx.problems.extend(problems)
            if post_memo is not None:
                post_memo.now.update(remembered)
        # In rule-kind order, whatever ran where.
        diagnostics = [d for kind in self.by_kind for d in by_kind[kind]]
        supp = None
        if doc.directives:  # blank lines matter only to suppression comments
            blank = {i + 1 for i, start in enumerate(doc.lines.starts)
                     if not doc.text[start:doc.lines.line_span(i + 1)[1]].strip()}
            supp = Suppressions(doc.directives, doc.lines.count, blank)
        diagnostics = [d for d in diagnostics if self._keep(d, supp)]
        return FileResult(doc.path, diagnostics, facts, supp, ctx.problems,
                          post_memo.now if post_memo is not None else None)

    def lint_text(self, text: str, path: str = "<text>", post_jobs: int = 1,
                  post_memo: Optional["PostMemo"] = None) -> FileResult:
        return self.lint_document(self.parse(text, path), post_jobs, post_memo)

    # -- the whole run ----------------------------------------------------

    def finish(self, results: Iterable[FileResult]) -> list[Diagnostic]:
        """All diagnostics of the run, run-wide ones included, sorted."""
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
        for kind, rules in self.by_kind.items():
            finish = getattr(KINDS[kind], "finish", None)
            if finish is None:
                continue
            facts = [r.facts[kind] for r in results if kind in r.facts]
            if facts:
                for d in finish(facts, rules):
                    if self._keep(d, supp_by_path.get(d.path)):
                        diagnostics.append(d)
        diagnostics.sort(key=Diagnostic.sort_key)
        return diagnostics

    def _keep(self, diag: Diagnostic, supp: Optional[Suppressions]) -> bool:
        rule = self.rule_for_id.get(diag.rule)
        if rule is None:
            return True
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
