"""The ``discovery`` kind: spelling variants that no rule names yet."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, Iterable, Iterator

from lint.diagnostics import Diagnostic, Fix, Location
from lint.errors import ConfigError, RuleFileError
from lint.kinds.base import Context, Kind, Option
from lint.kinds.discovery import families as dv
from lint.kinds.discovery.context import kept_occurrences, without_given
from lint.model import Document
from lint.ruleset.model import SCOPE_NAMES, Rule
from lint.ruleset.yamltypes import item_line
from lint.text import morph

OPTIONS = {
    "katakana": Option("bool", default=True, doc="group katakana transliteration variants"),
    "one_edit": Option("bool", default=False,
                       doc="also group long katakana words one substitution apart (noisier)"),
    "sudachi": Option("bool", default=True,
                      doc="with yure[sudachi] installed: okurigana variants of one word (as info)"),
    "allow": Option("list", default=[],
                    doc="accepted families, each a list of forms that may be mixed (米国 / アメリカ)"),
}


def compile(rule: Rule) -> None:
    allow = []
    raw = rule.options["allow"]
    for i, entry in enumerate(raw):
        line = item_line(raw, i, rule.line)
        if not isinstance(entry, list) or len(entry) < 2 or not all(isinstance(f, str) for f in entry):
            raise RuleFileError("each 'allow' entry is a list of two or more forms", rule.path, line, rule.id)
        allow.append(set(entry))
    rule.compiled = allow


def configure(rule: Rule, settings: dict, where: str = "") -> None:
    """Apply ``[tool.yure] discover = {...}`` to a discovery rule."""
    for raw_key, value in settings.items():
        key = str(raw_key).replace("-", "_")
        if key == "scope":
            if value not in ("post", "file", "run"):
                raise ConfigError("discover.scope must be post, file or run", where or None)
            rule.scope = value
        elif key in ("katakana", "one_edit", "sudachi"):
            if not isinstance(value, bool):
                raise ConfigError(f"discover.{raw_key} must be true or false", where or None)
            rule.options[key] = value
        elif key == "allow":
            if not isinstance(value, list) or not all(
                    isinstance(e, list) and len(e) >= 2 and all(isinstance(f, str) for f in e) for e in value):
                raise ConfigError("discover.allow must be a list of lists of forms", where or None)
            rule.compiled = list(rule.compiled) + [set(e) for e in value]
        else:
            raise ConfigError(f"unknown discover option {raw_key!r} (known: scope, katakana, one-edit, sudachi, "
                              f"allow)", where or None)


def covered_forms(ctx: Context) -> set[str]:
    """Literal spellings that enabled rules already handle."""
    return {form for rule in ctx.enabled_rules() for form in ctx.spellings(rule)}


def _groups(rule: Rule, text: str, start: int, end: int, spans: list[tuple[int, int]]) -> list[dv.Group]:
    groups = []
    if rule.options["katakana"]:
        groups.extend(dv.katakana_groups(dv.katakana_occurrences(text, start, end),
                                         edits=rule.options["one_edit"]))
    if rule.options["sudachi"] and spans:
        # spans are sorted by start: cut out this range without scanning all.
        starts = [s[0] for s in spans]
        groups.extend(dv.sudachi_groups(text, spans[bisect_left(starts, start):bisect_left(starts, end)]))
    return without_given(dv.merge_groups(groups), text)


def _report(rule: Rule, groups: Iterable[dv.Group], covered: set[str], locate: Any) -> Iterator[Diagnostic]:
    scope_name = SCOPE_NAMES[rule.scope]
    for group in groups:
        if dv.allowed(group, rule.compiled) or len(set(group.forms) & covered) >= 2 or (
                set(group.forms) & covered and group.tier != "katakana"):
            continue
        counts = group.counts()
        listing = "・".join(f"「{f}」{n}回" for f, n in counts.most_common())
        majority = group.majority()
        soft = group.tier == "normal-form"
        if majority is None:
            for form, occs in group.forms.items():
                loc = locate(occs[0])
                yield Diagnostic(rule.id, rule.category, "info",
                                 f"「{form}」は表記ゆれの可能性があります（{scope_name}で{listing}）", loc, None)
            continue
        for form, occs in group.forms.items():
            if form == majority:
                continue
            for occ in occs:
                loc = locate(occ)
                # A guess, so the fix is never applied without --unsafe-fixes;
                # okurigana are style choices: no fix at all.
                fix = None if soft or not occ.fixable else Fix(loc.start, loc.end, majority, safe=False)
                yield Diagnostic(rule.id, rule.category, "info" if soft else rule.severity,
                                 f"「{form}」と「{majority}」は表記ゆれの可能性があります（{scope_name}で{listing}）",
                                 loc, fix)


def _sentence_spans(doc: Document) -> list[tuple[int, int]]:
    return [(s.start, s.end) for _, _, block in doc.blocks() for s in block.sentences]


def check(doc: Document, rules: list[Rule], ctx: Context) -> Iterator[Diagnostic]:
    covered = ctx.resource("discovery-covered", lambda: covered_forms(ctx))
    spans = None
    for rule in rules:
        if rule.scope == "run":
            continue
        if spans is None:
            # Sentences are only needed (and only built) when Sudachi can read them.
            spans = _sentence_spans(doc) if rule.options["sudachi"] and morph.available() else []
        ranges = [(p.start, p.end) for p in doc.posts] if rule.scope == "post" else [(0, len(doc.text))]

        def locate(occ: dv.Occurrence) -> Location:
            return doc.location(occ.start, occ.end)

        for start, end in ranges:
            yield from _report(rule, _groups(rule, doc.masked, start, end, spans), covered, locate)


def collect(doc: Document, rules: list[Rule], ctx: Context) -> dict:
    """For run scope: every katakana word with its location."""
    facts = {}
    for rule in rules:
        if rule.scope != "run":
            continue
        words = [(occ.surface, joined, doc.location(occ.start, occ.end), occ.fixable)
                 for occ, joined in kept_occurrences(doc.masked, dv.katakana_occurrences(doc.masked),
                                                     rule.options["one_edit"])]
        covered = ctx.resource("discovery-covered", lambda: covered_forms(ctx))
        facts[rule.id] = {"words": words, "covered": sorted(covered)}
    return facts


def finish(facts: Iterable[dict], rules: list[Rule]) -> Iterator[Diagnostic]:
    by_id = {r.id: r for r in rules}
    merged: dict[str, list] = {}
    covered: set[str] = set()
    for per_file in facts:
        for rule_id, fact in per_file.items():
            merged.setdefault(rule_id, []).extend(fact["words"])
            covered.update(fact["covered"])
    for rule_id, words in merged.items():
        rule = by_id[rule_id]
        where = {}
        occs = []
        for surface, joined, loc, fixable in words:
            occ = dv.Occurrence(len(where), len(where) + 1, surface, fixable)
            where[occ.start] = loc
            occs.append((occ, joined))
        groups = dv.katakana_groups(occs, edits=rule.options["one_edit"]) if rule.options["katakana"] else []
        yield from _report(rule, groups, covered, lambda occ: where[occ.start])


class Discovery(Kind):
    """Spelling variants that no rule names yet.

    Within the rule's scope (a post by default, a file, or the whole run), the
    katakana words are grouped into variant families:
    ティモフェエフ / ティモフェーエフ, コンスタンチン / コンスタンティン,
    イヴァン / イワン, ナゴルノ・カラバフ / ナゴルノカラバフ.  Every occurrence
    of a minority form is reported with a fix to the form used most; the fix is
    unsafe, because the grouping is a guess.  When two forms tie, the first
    occurrence of each is reported as info, without a fix.  Families that an
    enabled rule already covers are left to that rule, and so are spellings
    the text gives on purpose: named as alternatives, listed side by side,
    parts of a company's name, or parts of the full names of different
    people.  With Sudachi installed, okurigana variants of one word and
    reading (引越し / 引っ越し) are reported as info, unless the allow-list
    accepts them.

    Example::

        rules:
          - id: discovered-variant
            kind: discovery
            sudachi: false

    Fails::

        ティモフェエフ氏が語り、ティモフェエフ氏の論文をティモフェーエフ氏が読んだ。

    Passes::

        ビルの前でビールを飲んだ。
    """

    name = "discovery"
    category = "spelling"
    fixes = "unsafe"
    options = OPTIONS
    config_key = "discover"
    config_doc = "options of the discovery rules: scope, katakana, one-edit, sudachi, allow"

    def compile(self, rule: Rule) -> None:
        compile(rule)

    def configure(self, rules: list[Rule], settings: Any, where: str) -> None:
        if not isinstance(settings, dict):
            raise ConfigError("'discover' must be a mapping", where or None)
        for rule in rules:
            configure(rule, settings, where)

    def check(self, doc: Document, rules: list[Rule], ctx: Context) -> Iterator[Diagnostic]:
        return check(doc, rules, ctx)

    def collect(self, doc: Document, rules: list[Rule], ctx: Context) -> Any:
        return collect(doc, rules, ctx) or None

    def finish(self, facts: list[Any], rules: list[Rule]) -> Iterator[Diagnostic]:
        return finish(facts, rules)
