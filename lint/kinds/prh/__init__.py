"""``prh``: rules read from prh dictionaries, applied as textlint-rule-prh applies them.

Rules of this kind are not written by hand: :mod:`lint.kinds.prh.dictionary` makes them from
a prh YAML file.  Every rule's pattern runs over the prose (in Markdown, as
textlint-rule-prh sees it: headings and paragraphs, not links, block quotes
or emphasis unless enabled, and the comments of code blocks in the
languages listed); overlapping matches are decided as prh decides them —
the earlier start wins, then the longer match — and each change is
reported as ``matched => expected`` with the rule's ``prh:`` comment.
"""

from __future__ import annotations

import time
from bisect import bisect_left, bisect_right
from typing import Any, Iterator, Optional

from lint.diagnostics import Diagnostic, Fix
from lint.text.prefilter import CASE_TWIN, LiteralScan
from lint.text.spans import Spans
from lint.kinds.base import diagnostic, refires

KIND = "prh"
CATEGORY = "spelling"
FIXES = "safe"
DEFAULT_MESSAGE = "{matched} => {expected}"
OPTIONS: dict = {}
STRUCTURE = False  # works on paragraphs of the raw text, never on posts or sections

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


def compile(rule: Any) -> None:
    """Rules of this kind arrive compiled from :mod:`lint.kinds.prh.dictionary`."""


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


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does ``[start, end)`` overlap one of the sorted ``spans``?"""
    i = bisect_right(spans, (max(end, start + 1) - 1, float("inf")))
    # Spans starting before the hit's end; overlapping ones may nest, so
    # look back while they could still reach the hit.
    j = i - 1
    while j >= 0:
        if spans[j][1] > start:
            return True
        if j < i - 8:
            break
        j -= 1
    return False


def _in_scope(doc: Any, scope: dict, start: int, end: int) -> bool:
    if doc.kind != "markdown":
        return scope["paragraph"]
    regions = doc.regions
    if not scope["link"] and _inside(regions.get("link", []), start, end):
        return False
    if not scope["blockquote"] and _inside(regions.get("blockquote", []), start, end):
        return False
    if not scope["emphasis"] and _inside(regions.get("emphasis", []), start, end):
        return False
    if _inside(regions.get("heading", []), start, end):
        return scope["header"]
    return scope["paragraph"]


def _targeted(doc: Any, hits: list, timeout: Optional[float] = None) -> list:
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


def check(doc: Any, rules: list[Any], ctx: Any) -> Iterator[Diagnostic]:
    engine: PrhEngine = ctx.linter.resource(KIND, lambda: PrhEngine(rules))
    # textlint lints the raw text of a plain-text file; in Markdown it never
    # sees code, HTML comments or link targets.
    text = doc.text if doc.kind == "text" else doc.structural
    scope = rules[0].options.get("scope", DEFAULT_SCOPE)
    timed_out: list = []
    limit = ctx.linter.regex_timeout
    hits = [h for h in engine.hits(text, doc.paragraphs, limit, timed_out) if _in_scope(doc, scope, h[0], h[1])]
    langs = set(scope["code_comment"])
    if langs:
        from lint.kinds.prh.jscomments import comments

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
    if doc.prh_disables:
        disables = _Disables(doc.prh_disables)
        hits = [h for h in hits if not _disabled(disables.near(h[0], h[1]), h)]
    # prh's change set: the earlier start wins, then the longer match.
    chosen = []
    last_end = -1
    for h in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]))):
        if h[0] >= last_end:
            chosen.append(h)
            last_end = h[1]
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


class _Disables:
    """A document's ``prh:disable`` comments, found by position.

    Testing every comment for every change made an archive with a comment
    in each post quadratic (1,000 comments: 0.48 → 0.87 s on 11 MB).  A
    comment can concern a change only through its paragraph, which must
    hold the change's start, or its own text, which must overlap the change.
    """

    def __init__(self, disables: list) -> None:
        self.disables = disables  # in text order, as the parser found them
        self.comment_starts = [c_start for _, _, (c_start, _) in disables]
        self.longest = max(c_end - c_start for _, _, (c_start, c_end) in disables)
        self.paragraphs: dict[tuple[int, int], list[int]] = {}
        for i, (_, paragraph, _) in enumerate(disables):
            self.paragraphs.setdefault(paragraph, []).append(i)
        self.paragraph_list = sorted(self.paragraphs)  # paragraphs do not overlap
        self.paragraph_starts = [start for start, _ in self.paragraph_list]

    def near(self, start: int, end: int) -> list:
        """The comments that may concern a change at ``[start, end)``, in text order."""
        picked = set(range(bisect_left(self.comment_starts, start - self.longest),
                           bisect_left(self.comment_starts, end)))
        k = bisect_right(self.paragraph_starts, start) - 1
        if k >= 0 and start < self.paragraph_list[k][1]:
            picked.update(self.paragraphs[self.paragraph_list[k]])
        return [self.disables[i] for i in sorted(picked)]


def _disabled(disables: list, hit: tuple) -> bool:
    """prh's ``prh:disable`` comments, which act on their paragraph.

    Without a word every change in the paragraph is dropped; with one, the
    word is a regex and changes whose matched text contains it are dropped.
    Text on the comment's own line, up to the end of the word, is never changed.
    ``disables``: the document's comments, or those near the change (:class:`_Disables`).
    """
    import regex

    start, end, _, match = hit
    for word, (p_start, p_end), (c_start, c_end) in disables:
        if c_start < end and start < c_end:
            return True
        if p_start <= start < p_end:
            if word is None:
                return True
            try:
                # The word is a regex written in the document: bounded in time too.
                if regex.search(word, match.group(), timeout=1.0):
                    return True
            except (regex.error, TimeoutError):
                if word in match.group():
                    return True
    return False


def scope_from(options: dict | None, where: str = "") -> dict:
    """textlint-rule-prh's check* options (any spelling) → a scope mapping."""
    from lint.errors import ConfigError

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
