"""``variants``: a preferred spelling and the variants to replace.

Patterns are literals or ``/regex/flags``; ``$1``… in ``expected`` take the
regex's groups.  Every variant occurrence is reported with a fix to the
expected form.  Where matches overlap, the earlier start wins, then the
longer match (prh's rule), so one span is never rewritten twice.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from lint.diagnostics import Diagnostic, Fix
from lint.errors import RuleFileError
from lint.text.matcher import Hit, Phrase, PhraseMatcher, compile_user_regex, covered_by_exception, parse_pattern
from lint.kinds import names
from lint.kinds.base import Option, diagnostic, refires, render

KIND = "variants"
CATEGORY = "spelling"
FIXES = "safe"
DEFAULT_MESSAGE = "「{matched}」は「{expected}」と表記します"
OPTIONS = {
    "expected": Option("str", required=True, doc="the preferred spelling; $1… take regex groups"),
    "patterns": Option("strs", doc="variants to replace: literals or /regex/flags"),
    "pattern": Option("strs", doc="same as patterns (prh spelling)"),
    "boundary": Option("choice", default="auto", choices=("auto", "none", "word"),
                       doc="auto: a katakana literal does not match inside a longer katakana word "
                           "unless the rest is a known word, Latin needs word boundaries; "
                           "none: match anywhere; word: kanji must not continue either"),
    "name": Option("bool", default=False,
                   doc="the patterns are names: leave alternatives given on purpose, titles, events, "
                       "other people's names and (with since) historical uses; quoted uses get an unsafe fix"),
    "since": Option("int", doc="for a name: the year the expected form came into use"),
}

GROUP_REF = re.compile(r"\$(\d)")


def compile(rule: Any) -> None:
    raw = list(rule.options.get("patterns") or []) + list(rule.options.get("pattern") or [])
    if not raw:
        raise RuleFileError("a variants rule needs 'patterns'", rule.path, rule.line, rule.id)
    phrases = []
    for text in raw:
        body, flags = parse_pattern(text)
        if body is not None:
            try:
                pattern = compile_user_regex(body, flags)
            except Exception as exc:  # regex.error and friends
                raise RuleFileError(f"bad regex {text}: {exc}", rule.path, rule.line_of("patterns"),
                                    rule.id) from None
            phrases.append(Phrase(pattern=pattern, boundary=rule.options["boundary"], owner=rule))
        else:
            phrases.append(Phrase(literal=text, boundary=rule.options["boundary"], owner=rule))
    rule.compiled = phrases


def phrases(rules: list[Any]) -> list[Phrase]:
    return [p for rule in rules for p in rule.compiled]


def replacement(rule: Any, hit: Hit) -> str:
    expected = rule.options["expected"]
    if hit.match is None:
        return expected
    return GROUP_REF.sub(lambda m: _group(hit.match, int(m.group(1))), expected)


def _group(match: Any, n: int) -> str:
    try:
        return match.group(n) or ""
    except IndexError:
        return "$" + str(n)


def resolve_overlaps(hits: list[Hit]) -> list[Hit]:
    """Earlier start wins, then the longer match; drop what overlaps a winner."""
    chosen: list[Hit] = []
    last_end = -1
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if hit.start >= last_end:
            chosen.append(hit)
            last_end = hit.end
    return chosen


def check(doc: Any, rules: list[Any], ctx: Any) -> Iterator[Diagnostic]:
    text = doc.text
    candidates = []
    for hit in ctx.hits(KIND):
        rule = hit.phrase.owner
        if rule.exceptions and covered_by_exception(doc.masked, hit.start, hit.end, rule.exceptions):
            continue
        candidates.append(hit)
    for hit in resolve_overlaps(candidates):
        rule = hit.phrase.owner
        matched = text[hit.start:hit.end]
        expected = replacement(rule, hit)
        if matched == expected:
            continue
        safe = True
        if rule.options.get("name"):
            judged = _name_verdict(doc, hit, rule, ctx)
            if judged == names.SILENT:
                continue
            safe = judged == names.REPORT
        message = render(rule.message or DEFAULT_MESSAGE, matched=matched, expected=expected)
        fix = None if refires(text, hit.start, hit.end, expected, _changes_of(rule, ctx)) else \
            Fix(hit.start, hit.end, expected, safe=safe)
        yield diagnostic(doc, rule, hit.start, hit.end, message, fix)


def _name_verdict(doc: Any, hit: Hit, rule: Any, ctx: Any) -> str:
    """How a name rule's match is reported (:mod:`lint.kinds.names`)."""
    persons = ctx.linter.resource(
        "variants:persons",
        lambda: names.person_names(ctx.linter.run_by_kind.get("variants", []) +
                                   ctx.linter.run_by_kind.get("consistency", [])))
    return names.verdict(doc.masked, hit.start, hit.end, rule, persons)


def _changes_of(rule: Any, ctx: Any) -> Any:
    """The spans ``rule`` alone would change in a piece of text."""
    matcher = ctx.linter.resource(f"variants:{rule.id}",
                                  lambda: PhraseMatcher(list(rule.compiled), ctx.linter.matcher.lexicon))

    def changes(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        for hit in matcher.find(text, ctx.linter.regex_timeout):
            if not (hit.start < hi and lo < hit.end):
                continue
            if rule.exceptions and covered_by_exception(text, hit.start, hit.end, rule.exceptions):
                continue
            if replacement(rule, hit) != text[hit.start:hit.end]:
                yield hit.start, hit.end
    return changes
