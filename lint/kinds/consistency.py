"""The ``consistency`` kind: equally acceptable spellings that must not be mixed."""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable, Iterator

from lint.diagnostics import Diagnostic, Fix, Location
from lint.errors import RuleFileError
from lint.kinds.base import Context, Kind, Option, render
from lint.kinds.variants import resolve_overlaps
from lint.model import Document
from lint.ruleset.model import SCOPE_NAMES, Rule
from lint.text.matcher import Phrase, covered_by_exception

DEFAULT_MESSAGE = "「{matched}」と「{majority}」が混在しています（{scope_name}で「{majority}」{majority_count}回・「{matched}」{count}回）"
OPTIONS = {
    "forms": Option("strs", required=True, doc="the interchangeable spellings, most preferred first"),
    "boundary": Option("choice", default="auto", choices=("auto", "none", "word"),
                       doc="word-boundary handling, as for variants"),
}


def compile(rule: Rule) -> None:
    forms = list(rule.options["forms"])
    if len(forms) < 2:
        raise RuleFileError("a consistency rule needs at least two forms", rule.path, rule.line_of("forms"), rule.id)
    if len(set(forms)) != len(forms):
        raise RuleFileError("forms must differ from each other", rule.path, rule.line_of("forms"), rule.id)
    rule.compiled = [Phrase(literal=f, boundary=rule.options["boundary"], owner=rule, data=i)
                     for i, f in enumerate(forms)]


def _occurrences(doc: Document, ctx: Context) -> dict[Any, list[tuple[int, Location]]]:
    """Per rule: (form index, location) of every accepted occurrence."""
    per_rule: dict[Any, list] = {}
    for hit in ctx.hits(Consistency.name):
        rule = hit.phrase.owner
        if rule.exceptions and covered_by_exception(doc.masked, hit.start, hit.end, rule.exceptions):
            continue
        per_rule.setdefault(rule, []).append(hit)
    out: dict[Any, list[tuple[int, Location]]] = {}
    for rule, hits in per_rule.items():
        out[rule] = [(h.phrase.data, doc.location(h.start, h.end)) for h in resolve_overlaps(hits)]
    return out


def _judge(rule: Rule, occurrences: list[tuple[int, Location]]) -> Iterator[Diagnostic]:
    forms = rule.options["forms"]
    counts = Counter(i for i, _ in occurrences)
    if len(counts) < 2:
        return
    # Most frequent wins; on a tie the form listed first.
    majority = min(counts, key=lambda i: (-counts[i], i))
    for i, loc in occurrences:
        if i == majority:
            continue
        message = render(rule.message or DEFAULT_MESSAGE, matched=forms[i], expected=forms[majority],
                         majority=forms[majority], count=counts[i], majority_count=counts[majority],
                         scope_name=SCOPE_NAMES[rule.scope])
        yield Diagnostic(rule.id, rule.category, rule.severity, message, loc, Fix(loc.start, loc.end, forms[majority]))


def check(doc: Document, rules: list[Rule], ctx: Context) -> Iterator[Diagnostic]:
    for rule, occ in _occurrences(doc, ctx).items():
        if rule.scope == "run":
            continue  # judged in finish() once every file is seen
        if rule.scope == "file":
            yield from _judge(rule, occ)
        else:
            by_post: dict[int, list] = {}
            for item in occ:
                by_post.setdefault(doc.post_at(item[1].start).index, []).append(item)
            for group in by_post.values():
                yield from _judge(rule, group)


def collect(doc: Document, rules: list[Rule], ctx: Context) -> dict[str, list]:
    return {rule.id: occ for rule, occ in _occurrences(doc, ctx).items() if rule.scope == "run"}


def finish(facts: Iterable[dict[str, list]], rules: list[Rule]) -> Iterator[Diagnostic]:
    merged: dict[str, list] = {}
    for per_file in facts:
        for rule_id, occ in per_file.items():
            merged.setdefault(rule_id, []).extend(occ)
    by_id = {r.id: r for r in rules}
    for rule_id, occ in merged.items():
        yield from _judge(by_id[rule_id], occ)


class Consistency(Kind):
    """Equally acceptable spellings that must not be mixed.

    No form is preferred.  Within the rule's scope (a post, a file, or every
    file of the run) the form used most often wins — on a tie, the one
    listed first — and every occurrence of another form is reported with a
    fix to it.

    Example::

        rules:
          - id: timofeev
            kind: consistency
            forms: [ティモフェエフ, ティモフェーエフ]

    Fails::

        ティモフェエフ氏が語った。ティモフェエフ氏によれば、ティモフェーエフ氏の見方は違う。

    Passes::

        ティモフェーエフ氏が語った。ティモフェーエフ氏の見方は違う。
    """

    name = "consistency"
    category = "spelling"
    fixes = "safe"
    options = OPTIONS

    def compile(self, rule: Rule) -> None:
        compile(rule)

    def phrases(self, rules: list[Rule]) -> list[Phrase]:
        return [p for rule in rules for p in rule.compiled]

    def spellings(self, rule: Rule) -> list[str]:
        return list(rule.options["forms"])

    def check(self, doc: Document, rules: list[Rule], ctx: Context) -> Iterator[Diagnostic]:
        return check(doc, rules, ctx)

    def collect(self, doc: Document, rules: list[Rule], ctx: Context) -> Any:
        return collect(doc, rules, ctx) or None

    def finish(self, facts: list[Any], rules: list[Rule]) -> Iterator[Diagnostic]:
        return finish(facts, rules)

    def summary(self, rule: Rule) -> str:
        return " / ".join(rule.options["forms"]) + " (one per " + rule.scope + ")"

    def details(self, rule: Rule) -> list[str]:
        return [f"forms: {', '.join(rule.options['forms'])}"]
