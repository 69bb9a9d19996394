"""The ``variants`` kind: a preferred spelling and the variants to replace."""

from __future__ import annotations

from typing import Any, Iterator

from lint.cache.programs import compile_re
from lint.diagnostics import Diagnostic, Fix
from lint.errors import RuleFileError
from lint.kinds.base import Context, Kind, Option, diagnostic, refires, render
from lint.kinds.variants import names
from lint.model import Document
from lint.ruleset.model import Rule
from lint.text.matcher import Hit, Phrase, PhraseMatcher, covered_by_exception
from lint.text.overlap import earliest_longest
from lint.text.patterns import Dialect, compile_yure, is_literal, split_slashed

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

GROUP_REF = compile_re(r"\$(\d)")


def compile(rule: Rule) -> None:
    raw = patterns_of(rule)
    if not raw:
        raise RuleFileError("a variants rule needs 'patterns'", rule.path, rule.line, rule.id)
    phrases = []
    for text in raw:
        regex_parts = split_slashed(text, Dialect.YURE)
        if regex_parts is not None:
            try:
                pattern = compile_yure(*regex_parts)
            except Exception as exc:  # regex.error and friends
                raise RuleFileError(f"bad regex {text}: {exc}", rule.path, rule.line_of("patterns"),
                                    rule.id) from None
            phrases.append(Phrase(pattern=pattern, boundary=rule.options["boundary"], owner=rule))
        else:
            phrases.append(Phrase(literal=text, boundary=rule.options["boundary"], owner=rule))
    rule.compiled = phrases


def replacement(rule: Rule, hit: Hit) -> str:
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
    return earliest_longest(hits, lambda h: (h.start, h.end))


def check(doc: Document, rules: list[Rule], ctx: Context) -> Iterator[Diagnostic]:
    text = doc.text
    candidates = []
    for hit in ctx.hits(Variants.name):
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


def _name_verdict(doc: Document, hit: Hit, rule: Rule, ctx: Context) -> str:
    """How a name rule's match is reported (:mod:`~lint.kinds.variants.names`)."""
    persons = ctx.resource("variants:persons", lambda: names.person_names(
        ctx.spellings(r) for r in ctx.enabled_rules() if r.entity == "person"))
    return names.verdict(doc.masked, hit.start, hit.end, rule, ctx.spellings(rule), persons)


def _changes_of(rule: Rule, ctx: Context) -> Any:
    """The spans ``rule`` alone would change in a piece of text."""
    matcher = ctx.resource(f"variants:{rule.id}", lambda: PhraseMatcher(list(rule.compiled), ctx.lexicon))

    def changes(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        for hit in matcher.find(text, ctx.regex_timeout):
            if not (hit.start < hi and lo < hit.end):
                continue
            if rule.exceptions and covered_by_exception(text, hit.start, hit.end, rule.exceptions):
                continue
            if replacement(rule, hit) != text[hit.start:hit.end]:
                yield hit.start, hit.end
    return changes


def patterns_of(rule: Rule) -> list[str]:
    return list(rule.options.get("patterns") or []) + list(rule.options.get("pattern") or [])


def spellings(rule: Rule) -> list[str]:
    return [rule.options["expected"], *(p for p in patterns_of(rule) if is_literal(p))]


class Variants(Kind):
    """A preferred spelling and the variants to replace with it.

    Patterns are literals or ``/regex/flags``; ``$1``… in ``expected`` take
    the regex's groups.  Every occurrence of a variant is reported with a
    fix to the expected form.  A katakana literal does not match inside a
    longer katakana word unless the rest of the word is a known word
    (``words:``), and Latin letters and digits need a word boundary.  Where
    matches overlap, the earlier start wins, then the longer match (prh's
    rule), so one span is never rewritten twice.  ``exceptions`` are texts
    (historical names, titles) inside which a match is left alone.

    Example::

        rules:
          - id: kyiv
            kind: variants
            expected: キーウ
            patterns: [キエフ]
            exceptions: [キエフ大公国]

    Fails::

        キエフで会議が開かれた。

    Passes::

        キーウで会議が開かれた。

    Passes::

        キエフ大公国の歴史を学ぶ。
    """

    name = "variants"
    category = "spelling"
    fixes = "safe"
    options = OPTIONS

    def compile(self, rule: Rule) -> None:
        compile(rule)

    def phrases(self, rules: list[Rule]) -> list[Phrase]:
        return [p for rule in rules for p in rule.compiled]

    def spellings(self, rule: Rule) -> list[str]:
        return spellings(rule)

    def check(self, doc: Document, rules: list[Rule], ctx: Context) -> Iterator[Diagnostic]:
        return check(doc, rules, ctx)

    def summary(self, rule: Rule) -> str:
        return f"{' / '.join(patterns_of(rule))} → {rule.options['expected']}"

    def details(self, rule: Rule) -> list[str]:
        return [f"expected: {rule.options['expected']}", f"patterns: {', '.join(patterns_of(rule))}"]
