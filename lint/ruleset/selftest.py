"""Running the ``tests:`` cases that rules carry (sqlfluff-style fixtures).

``pass`` text must give no finding of the rule; ``fail`` text at least one
(exactly ``count`` when given), and applying the rule's fixes must turn it
into ``fix`` when given.  Each case sees only its own rule's findings, with
the whole file's rules loaded so headings and known words are as in use.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from lint.engine import Linter
from lint.ruleset.model import Rule, RuleSet
from lint.fix import fix_texts


@dataclass
class CaseFailure:
    """A case in a rule file (a rule's test, an antonym pair's example) that failed."""

    path: str
    line: int
    message: str
    rule_id: Optional[str] = None  # antonym pairs belong to no rule

    def __str__(self) -> str:
        rule = f"rule {self.rule_id!r}: " if self.rule_id else ""
        return f"{self.path}:{self.line}: {rule}{self.message}"


def _path_for(text: str) -> str:
    # Markdown cases are recognised by a heading or fence.
    return "case.md" if text.lstrip().startswith(("#", "```")) else "case.txt"


ANTONYM_POST = "対の確認{n}2025年01月01日 00:00\n【詳細】\n {evidence}。\n【要点】\n ・{claim}。\n"


def run_antonym_tests(ruleset: RuleSet) -> tuple[int, list[CaseFailure]]:
    """Check each antonym pair's test sentences with the contradiction check.

    The left sentence as a key point against the right one as the detail
    (and the reverse) must be reported; a sentence against itself must not.
    """
    from lint.ruleset.load import bundled_rule_files, load_rule_file

    pairs = [p for p in ruleset.antonyms if p.example is not None]
    if not pairs:
        return 0, []
    checker = RuleSet()
    if not any(r.kind == "contradiction" for r in ruleset.rules):
        for path in bundled_rule_files(["contradiction"]):
            checker = checker.merged(load_rule_file(path))
    checker = checker.merged(RuleSet([r for r in ruleset.rules if r.kind == "contradiction"], [], [],
                                     list(ruleset.antonyms), list(ruleset.entities)))
    linter = Linter(checker)
    failures: list[CaseFailure] = []
    count = 0
    for pair in pairs:
        left, right = pair.example
        for n, (claim, evidence, expect) in enumerate(((left, right, True), (right, left, True), (left, left, False))):
            count += 1
            text = ANTONYM_POST.format(n=n, claim=claim, evidence=evidence)
            found = [d for d in linter.finish([linter.lint_text(text, "pair.txt")])
                     if d.category == "contradiction"]
            if expect and not found:
                failures.append(CaseFailure(pair.path, pair.line,
                                            f"antonyms {pair.left[0]}/{pair.right[0]}: 「{claim}」 against "
                                            f"「{evidence}」 was not reported"))
            elif not expect and found:
                failures.append(CaseFailure(pair.path, pair.line,
                                            f"antonyms {pair.left[0]}/{pair.right[0]}: 「{claim}」 against itself "
                                            f"was reported: {found[0].message}"))
    return count, failures


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
