"""The ``prh`` kind: prh dictionaries, applied as textlint-rule-prh applies them.

:mod:`~lint.kinds.prh.dictionary` reads a dictionary (JavaScript regexes
by :mod:`~lint.kinds.prh.jsregex`), this module runs its rules over a
document, :mod:`~lint.kinds.prh.disables` honours ``prh:disable`` comments
and :mod:`~lint.kinds.prh.jscomments` finds the comments of code blocks.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from typing import Any, Iterator, Optional

from pathlib import Path

from lint.diagnostics import Diagnostic, Fix
from lint.errors import ConfigError
from lint.kinds.base import Context, Kind, diagnostic, refires
from lint.kinds.prh.disables import Disables, disabled, find_disables
from lint.model import Document
from lint.ruleset.model import Rule, RuleSet, set_name_for
from lint.text.overlap import earliest_longest
from lint.text.prefilter import CASE_TWIN, LiteralScan
from lint.text.spans import Spans

# textlint-rule-prh's defaults for which Markdown text is checked.
DEFAULT_SCOPE = {"link": False, "blockquote": False, "emphasis": False, "header": True, "paragraph": True,
                 "code_comment": []}
SCOPE_KEYS = {
    "checklink": "link", "check-link": "link", "check_link": "link",
    "checkblockquote": "blockquote", "check-blockquote": "blockquote", "check_blockquote": "blockquote",
    "checkemphasis": "emphasis", "check-emphasis": "emphasis", "check_emphasis": "emphasis",
    "checkheader": "header", "check-header": "header", "check_header": "header",
    "checkparagraph": "paragraph", "check-paragraph": "paragraph", "check_paragraph": "paragraph",
    "checkcodecomment": "code_comment", "check-code-comment": "code_comment", "check_code_comment": "code_comment",
}


class PrhEngine:
    """All enabled prh rules, run so that their number costs little.

    One pass finds, for every rule, where the literals it cannot match
    without occur (:mod:`lint.text.prefilter`); each rule's regex then runs only
    over the paragraphs holding one.  Rules with no such literals run over
    every paragraph.  Within a paragraph a rule matches as prh matches it:
    globally, left to right.
    """

    def __init__(self, rules: list[Any]):
        self.rules = rules
        self.scan = LiteralScan({i: (r.compiled.literals, r.compiled.ignorecase) for i, r in enumerate(rules)})

    def hits(self, text: str, segments: list[tuple[int, int]], timeout: Optional[float] = None,
             timed_out: Optional[list] = None) -> list[tuple[int, int, Any, Any]]:
        """Changes prh would make in the ``segments`` of ``text``, overlaps not yet decided.

        ``segments`` are sorted, disjoint spans (paragraphs); no match crosses
        one's end.  A rule whose regex runs longer than ``timeout`` seconds in
        all is stopped, contributes nothing, and is appended to ``timed_out``.
        """
        positions = self.scan.positions(text)
        starts = [s for s, _ in segments]
        out = []
        for i, rule in enumerate(self.rules):
            if i not in positions:
                continue  # none of its literals occurs: it cannot match
            spots = positions[i]
            if spots is None:
                chosen = segments
            else:
                chosen = []
                last = -1
                for pos in spots:
                    k = bisect_right(starts, pos) - 1
                    if k > last and k >= 0 and pos < segments[k][1]:
                        chosen.append(segments[k])
                        last = k
            prh = rule.compiled
            found = []
            deadline = None if timeout is None else time.monotonic() + timeout
            try:
                for seg_start, seg_end in chosen:
                    left = None if deadline is None else max(0.001, deadline - time.monotonic())
                    for m in prh.changes(text, seg_start, seg_end, timeout=left):
                        if m.end() == m.start():
                            continue
                        if m.group() == prh.expected:
                            continue  # already as expected: not a change at all
                        found.append((m.start(), m.end(), rule, m))
            except TimeoutError:
                if timed_out is not None:
                    timed_out.append(rule)
                continue
            out.extend(found)
        return out


def _in_scope(doc: Document, regions: dict[str, Spans], scope: dict, start: int, end: int) -> bool:
    """Is a change at ``[start, end)`` in the Markdown text textlint-rule-prh checks?"""
    if doc.kind != "markdown":
        return scope["paragraph"]
    # A change of no characters still sits at its place.
    end = max(end, start + 1)
    if not scope["link"] and regions["link"].overlap(start, end):
        return False
    if not scope["blockquote"] and regions["blockquote"].overlap(start, end):
        return False
    if not scope["emphasis"] and regions["emphasis"].overlap(start, end):
        return False
    if regions["heading"].overlap(start, end):
        return scope["header"]
    return scope["paragraph"]


def _targeted(doc: Document, hits: list, timeout: Optional[float] = None) -> list:
    """prh ``targets``, each dictionary's for its own rules: keep changes
    inside its includes, drop those touching its excludes.

    A target pattern past the time limit counts as matching nothing.
    """
    def spans_of(patterns: list) -> Spans:
        out = []
        for p in patterns:
            try:
                out.extend(m.span() for m in p.finditer(doc.text, timeout=timeout))
            except TimeoutError:
                continue
        return Spans(out)

    # Per dictionary (its targets list): (includes or None, excludes) of the
    # targets whose file pattern matches this document.
    applicable: dict[int, list] = {}

    def allowed(hit: tuple) -> bool:
        targets = hit[2].options.get("targets") or []
        if not targets:
            return True
        key = id(targets)
        if key not in applicable:
            applicable[key] = [(spans_of(t.includes) if t.includes else None, spans_of(t.excludes))
                               for t in targets if t.file.search(doc.path)]
        start, end = hit[0], hit[1]
        for includes, excludes in applicable[key]:
            if includes is not None and not includes.overlap(start, end):
                return False
            if excludes.stick_out_of(start, end):
                return False
        return True

    return [h for h in hits if allowed(h)]


def check(doc: Document, rules: list[Rule], ctx: Context) -> Iterator[Diagnostic]:
    engine: PrhEngine = ctx.resource(Prh.name, lambda: PrhEngine(rules))
    # textlint lints the raw text of a plain-text file; in Markdown it never
    # sees code, HTML comments or link targets.
    text = doc.text if doc.kind == "text" else doc.structural
    scope = rules[0].options.get("scope", DEFAULT_SCOPE)
    timed_out: list = []
    limit = ctx.regex_timeout
    regions = {name: Spans(doc.regions.get(name, [])) for name in ("link", "blockquote", "emphasis", "heading")}
    hits = [h for h in engine.hits(text, doc.paragraphs, limit, timed_out)
            if _in_scope(doc, regions, scope, h[0], h[1])]
    langs = set(scope["code_comment"])
    if langs:
        from lint.kinds.prh.jscomments import comments  # only for dictionaries that check code comments

        for block in doc.code_blocks:
            if block.lang not in langs:
                continue
            found = comments(doc.text[block.start:block.end])
            for start, end, _ in found or ():
                # A comment is linted on its own, as textlint sees it.
                offset = block.start + start
                chunk = doc.text[offset:block.start + end]
                hits.extend((s + offset, e + offset, rule, m)
                            for s, e, rule, m in engine.hits(chunk, [(0, len(chunk))], limit, timed_out))
    for rule in dict.fromkeys(timed_out):
        ctx.timed_out(rule)
    if any(r.options.get("targets") for r in rules):
        hits = _targeted(doc, hits, limit)
    if "prh:disable" in doc.text:
        found = find_disables(doc.text, doc.paragraphs)
        if found:
            disables = Disables(found)
            hits = [h for h in hits if not disabled(disables.near(h[0], h[1]), h)]
    # prh's change set: the earlier start wins, then the longer match.
    chosen = earliest_longest(hits, lambda h: (h[0], h[1]))
    for start, end, rule, match in chosen:
        prh = rule.compiled
        matched = doc.text[start:end]
        expected = prh.replacement(match)
        if matched == expected:
            continue
        message = f"{matched} => {expected}" + (f"\n{prh.comment}" if prh.comment else "")
        fix = None if refires(doc.text, start, end, expected, _changes_of(prh, limit)) else Fix(start, end, expected)
        yield diagnostic(doc, rule, start, end, message, fix)


def _changes_of(prh: Any, timeout: Optional[float]) -> Any:
    def changes(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        if prh.literals is not None and not (prh.ignorecase and CASE_TWIN.search(text)):
            # The regex cannot match without one of its literals.
            subject = text.lower() if prh.ignorecase else text
            if not any(lit in subject for lit in prh.literals):
                return
        try:
            for m in prh.changes(text, timeout=timeout):
                # prh's matches depend on the ones before, so all are found;
                # only those over the replacement are worth expanding.
                if m.start() < hi and lo < m.end() and m.end() > m.start() and prh.replacement(m) != m.group():
                    yield m.span()
        except TimeoutError:
            return
    return changes


def scope_from(options: dict | None, where: str = "") -> dict:
    """textlint-rule-prh's check* options (any spelling) → a scope mapping."""
    scope = dict(DEFAULT_SCOPE)
    for key, value in (options or {}).items():
        name = SCOPE_KEYS.get(str(key).lower().replace(" ", ""))
        if name is None:
            raise ConfigError(f"unknown prh option {key!r} (known: checkLink, checkBlockQuote, checkEmphasis, "
                              f"checkHeader, checkParagraph, checkCodeComment)", where or None)
        if name == "code_comment":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError("checkCodeComment must be a list of languages", where or None)
        elif not isinstance(value, bool):
            raise ConfigError(f"prh option {key!r} must be true or false", where or None)
        scope[name] = value
    return scope


class Prh(Kind):
    """Rules read from prh dictionaries, applied as textlint-rule-prh applies them.

    Rules of this kind are not written by hand: give ``--rules`` (or
    ``rules =`` in the configuration) a prh YAML dictionary, and each of
    its entries becomes a rule with a made-up id (the file's name and the
    entry's number).  Every pattern runs over the prose as textlint-rule-prh
    sees it — in Markdown headings and paragraphs, not links, block quotes
    or emphasis unless the ``prh`` configuration enables them, and the
    comments of code blocks in the languages listed.  Overlapping matches
    are decided as prh decides them (the earlier start wins, then the
    longer match); each change is reported as ``matched => expected`` with
    the entry's ``prh:`` comment, and ``prh:disable`` comments are honoured.
    The dictionary's ``specs`` are checked when it loads: a failing one
    stops the run.

    Example::

        version: 1
        rules:
          - expected: サーバー
            pattern: /サーバ(?!ー)/
            prh: 長音を付ける

    Fails::

        サーバを再起動した。

    Passes::

        サーバーを再起動した。
    """

    name = "prh"
    category = "spelling"
    fixes = "safe"
    needs_structure = False  # paragraphs of the raw text, never posts or sections
    config_key = "prh"
    config_doc = ("textlint-rule-prh options for prh dictionaries (checkLink, checkBlockQuote, checkEmphasis, "
                  "checkHeader, checkParagraph, checkCodeComment)")

    # The dictionary reader (and YAML with it) is imported only when a
    # dictionary is read, not when a cached rule set is checked with.
    def reads_foreign(self, data: Any) -> bool:
        from lint.kinds.prh.dictionary import looks_like_prh

        return looks_like_prh(data)

    def loading_settings(self, settings: Any, where: str) -> dict:
        return scope_from(settings, where)

    def load_foreign(self, path: Path, shown: str, data: Any, settings: Any) -> RuleSet:
        """A prh dictionary (imports followed, specs checked) as ``prh`` rules."""
        from lint.kinds.prh.dictionary import load_prh

        dictionary = load_prh(path, shown, data)
        name = set_name_for(path.stem)
        scope = settings if settings is not None else dict(DEFAULT_SCOPE)
        rules = []
        for n, prh in enumerate(dictionary.rules, 1):
            rule = Rule(f"{name}.{n}", self.name, self.category, "error", None, prh.comment or "", "file", [],
                        "safe", {"expected": prh.expected, "patterns": [prh.js()], "scope": scope,
                                 "targets": dictionary.targets, "specs": len(prh.specs)},
                        [], prh.path, prh.line, name)
            rule.compiled = prh
            rules.append(rule)
        return RuleSet(rules, [], dictionary.files, made_up_ids=True)

    def configure(self, rules: list[Rule], settings: Any, where: str) -> None:
        """The ``prh`` options shape loading (see :meth:`loading_settings`)."""

    def cases_checked_on_load(self, rule: Rule) -> int:
        return rule.options.get("specs", 0)

    def spellings(self, rule: Rule) -> list[str]:
        """The expected text and the literal patterns; a regex stands for the literals every match holds."""
        from lint.text.patterns import Dialect, is_literal

        prh = rule.compiled
        raw = prh.raw_pattern
        patterns = [str(p) for p in (raw if isinstance(raw, list) else [] if raw is None else [raw])]
        out = [] if "$" in prh.expected else [prh.expected]
        out += [p for p in patterns if is_literal(p, Dialect.JAVASCRIPT)]
        if any(not is_literal(p, Dialect.JAVASCRIPT) for p in patterns):
            out += sorted(prh.literals or ())
        return out

    def check(self, doc: Document, rules: list[Rule], ctx: Context) -> Iterator[Diagnostic]:
        return check(doc, rules, ctx)

    def summary(self, rule: Rule) -> str:
        return f"{rule.options['patterns'][0]} → {rule.options['expected']}"

    def details(self, rule: Rule) -> list[str]:
        prh = rule.compiled
        lines = [f"expected: {prh.expected}", f"pattern: {rule.options['patterns'][0]}"]
        if prh.comment:
            lines.append(f"comment: {prh.comment}")
        if prh.specs:
            lines.append("specs:")
            lines.extend(f"  {spec.source}  →  {spec.expected}" for spec in prh.specs)
        return lines
