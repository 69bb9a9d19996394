"""Running the ``tests:`` cases that rules carry (sqlfluff-style fixtures).

``pass`` text must give no finding of the rule; ``fail`` text at least one
(exactly ``count`` when given), and applying the rule's fixes must turn it
into ``fix`` when given.  Each case sees only its own rule's findings, with
the whole file's rules loaded so headings and known words are as in use.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from lint.engine.linter import Linter
from lint.fix import fix_texts
from lint.kinds import KINDS
from lint.ruleset.bundled import bundled_rule_files
from lint.ruleset.load import load_rule_file
from lint.ruleset.model import Rule, RuleSet


@dataclass
class CaseFailure:
    """A case in a rule file (a rule's test, an example in a kind's data) that failed."""

    path: str
    line: int
    message: str
    rule_id: Optional[str] = None  # data examples belong to no rule

    def __str__(self) -> str:
        rule = f"rule {self.rule_id!r}: " if self.rule_id else ""
        return f"{self.path}:{self.line}: {rule}{self.message}"


def _path_for(text: str) -> str:
    # Markdown cases are recognised by a heading or fence.
    return "case.md" if text.lstrip().startswith(("#", "```")) else "case.txt"


def run_data_tests(ruleset: RuleSet) -> tuple[int, list[CaseFailure]]:
    """Check the documents the kinds' data sections describe (:meth:`Kind.data_cases`)."""
    failures: list[CaseFailure] = []
    count = 0
    for kind in KINDS.values():
        cases = kind.data_cases(ruleset)
        if not cases:
            continue
        own = [r for r in ruleset.rules if r.kind == kind.name]
        checker = RuleSet()
        if not own and kind.data_case_rules:
            for path in bundled_rule_files([kind.data_case_rules]):
                checker = checker.merged(load_rule_file(path))
        checker = checker.merged(RuleSet(own, [], [], dict(ruleset.data)))
        linter = Linter(checker)
        for case in cases:
            count += 1
            found = [d for d in linter.finish([linter.lint_text(case.text, "case.txt")])
                     if linter.rule_for_id[d.rule].kind == kind.name]
            if case.expect and not found:
                failures.append(CaseFailure(case.path, case.line, f"{case.label} was not reported"))
            elif not case.expect and found:
                failures.append(CaseFailure(case.path, case.line, f"{case.label} was reported: {found[0].message}"))
    return count, failures


def run_file_tests(ruleset: RuleSet) -> tuple[int, list[CaseFailure]]:
    """Every case a rule file carries: its rules' ``tests:``, its data sections'
    examples, and the cases loading it already checked (those passed, or it
    would not have loaded)."""
    count, failures = run_rule_tests(ruleset)
    data_count, data_failures = run_data_tests(ruleset)
    checked = sum(KINDS[r.kind].cases_checked_on_load(r) for r in ruleset.rules)
    return count + data_count + checked, failures + data_failures


def run_rule_tests(ruleset: RuleSet, rules: Optional[list[Rule]] = None) -> tuple[int, list[CaseFailure]]:
    """Run the cases of ``rules`` (default: all); return (cases run, failures)."""
    linter = Linter(ruleset)
    failures: list[CaseFailure] = []
    count = 0
    for rule in rules if rules is not None else ruleset.rules:
        own = set(rule.emitted_ids())

        def mine(d) -> bool:
            return d.rule in own

        def fail(line: int, message: str) -> None:
            failures.append(CaseFailure(rule.path, line, message, rule.id))

        for case in rule.tests:
            count += 1
            path = _path_for(case.text)
            found = [d for d in linter.finish([linter.lint_text(case.text, path)]) if mine(d)]
            if case.kind == "pass":
                if found:
                    fail(case.line, "expected no finding, got "
                         + "; ".join(f"{d.location.line}:{d.location.column} {d.message}" for d in found))
                continue
            if not found:
                fail(case.line, "expected a finding, got none")
                continue
            if case.count is not None and len(found) != case.count:
                fail(case.line, f"expected {case.count} finding(s), got {len(found)}: "
                     + "; ".join(d.message for d in found))
                continue
            if case.fixed is not None:
                outcome = fix_texts(linter, {path: case.text}, unsafe=True, keep=mine)
                result = outcome.texts.get(path, case.text)
                if result != case.fixed:
                    fail(case.line, f"fix gave {result!r}, expected {case.fixed!r}")
    return count, failures
