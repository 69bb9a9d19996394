"""``contradiction``: key points that disagree with the details.

Claims are the list items of 【要点】 and the sentences of 【概要】; evidence
is the sentences of 【詳細】 in the same post.  Each claim is aligned to the
detail sentences it (or one of its clauses) most resembles (BM25 over
character bigrams, :mod:`lint.kinds.contradiction.align`), then compared
with them by each check (:mod:`lint.kinds.contradiction.compare` runs
them): numbers, polarity, antonyms and opposites, names, modality, roles,
order, substitutions.  A finding covers the claim's words it quotes, and
its related entry the evidence's words.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from lint.kinds.contradiction.compare import one_per_place as _one_per_place
from lint.kinds.contradiction.compare import post_conflicts as _post_conflicts
from lint.kinds.contradiction.units import Conflict, Settings, Unit
from lint.kinds.contradiction import antonyms as antonym_check
from lint.kinds.contradiction import entities as entity_check
from lint.kinds.contradiction.opposites import built_in_pairs
from lint.diagnostics import Diagnostic, Fix
from lint.errors import RuleFileError
from lint.kinds.base import Option, diagnostic, related

KIND = "contradiction"
CATEGORY = "contradiction"
FIXES = "unsafe"
DEFAULT_MESSAGE = ""
# Each post is checked on its own: a large document can be split by posts
# over worker processes (lint.engine.per_post).
PER_POST = True
CHECKS = ("numbers", "polarity", "antonyms", "entities", "modality", "roles", "order", "substitution")
OPTIONS = {
    "claims": Option("strs", default=["要点", "概要"], doc="sections whose items and sentences are claims"),
    "evidence": Option("strs", default=["詳細"], doc="sections whose sentences are the evidence"),
    "checks": Option("strs", default=list(CHECKS), doc="which comparisons to run: " + ", ".join(CHECKS)),
    "top": Option("int", default=3, doc="detail sentences aligned to each claim"),
    "align_min": Option("number", default=0.2, doc="minimum normalised BM25 score for an alignment (0–1)"),
    "number_context": Option("number", default=0.34,
                             doc="minimum overlap of the words around two numbers to compare them"),
    "number_solo_align": Option("number", default=0.35,
                                doc="not used any more: lone numbers are compared only as the last unmatched pair of "
                                    "two closely aligned sentences"),
    "argument_overlap": Option("number", default=0.34,
                               doc="minimum overlap of two predicates' clauses (polarity, antonyms)"),
    "predicate_solo_align": Option("number", default=0.5,
                                   doc="alignment above which a bare predicate is compared without arguments"),
    "entity_align_min": Option("number", default=0.25, doc="minimum alignment for the entity comparison"),
    "morphology": Option("bool", default=True,
                         doc="compare verbs by dictionary form with Sudachi when yure[sudachi] is installed"),
    "entity_context": Option("number", default=0.5,
                             doc="minimum overlap of the words around two names to call one a substitute"),
}
SUBCODES = {
    "number": "A number in the claim disagrees with the details for the same thing (unit and context); "
              "equal values written differently (2時間半 / 2時間30分) are not reported. The fix, when the "
              "details give one clear value, is unsafe.",
    "polarity": "The claim asserts what the details negate, or negates what they assert "
                "(団結している / 団結しているわけでもない).",
    "antonym": "The claim uses one word of an opposing pair where the details use the other "
               "(増加 / 減少); pairs come from the antonyms lexicon.",
    "entity": "The claim names a different country, person, organisation or place in the slot the "
              "details fill (ロシアの安全保障 / ウクライナの安全保障).",
    "quantifier": "The claim says how many the other way round: one of a kind where the details say several, "
                  "all where they say some, again where they say for the first time (唯一 / 複数, 初めて / 再び).",
    "temporal": "The claim puts an event before what the details put it after, or the reverse "
                "(翌年 / 前年, 以降 / 以前, Aの後にB / Bの後にA).",
    "role": "The claim gives two things the details name each other's role: the particles after them are "
            "exchanged (日本からオランダへ / オランダから日本へ), or each stands beside the other's companion.",
    "causal": "The claim turns cause and effect round: what the details give as the cause is its effect "
              "(Aに頼った結果Bに苦しんだ / Bに苦しんだ結果Aに頼った).",
    "modality": "The claim states as settled what the details give as planned, supposed or undecided, or the "
                "reverse (確認された / 予測されている, 決定した / 検討している).",
}
NAMES = {"number": "数値", "polarity": "肯否", "antonym": "反対語", "entity": "固有名詞", "quantifier": "数量の表現",
         "temporal": "時間の前後", "modality": "確からしさ", "role": "役割",
         "causal": "因果の向き"}
# Grammar left at the end of a quoted predicate (…しているが, …ないことを).
TRAILING = re.compile(r"(?:こと|の)?(?:が|を|に|は|と|で|も|から|ので|のに|けど|けれど|ため|)$")


def _shown(text: str) -> str:
    trimmed = TRAILING.sub("", text)
    return trimmed if len(trimmed) >= 2 else text


def compile(rule: Any) -> None:
    o = rule.options
    unknown = [c for c in o["checks"] if c not in CHECKS]
    if unknown:
        raise RuleFileError(f"unknown check {unknown[0]!r} (known: {', '.join(CHECKS)})", rule.path,
                            rule.line_of("checks"), rule.id)
    for key in ("align_min", "number_context", "number_solo_align", "argument_overlap", "predicate_solo_align",
                "entity_align_min", "entity_context"):
        if not 0 <= o[key] <= 1:
            raise RuleFileError(f"'{key}' must be between 0 and 1", rule.path, rule.line_of(key), rule.id)
    if o["top"] < 1:
        raise RuleFileError("'top' must be at least 1", rule.path, rule.line_of("top"), rule.id)
    rule.compiled = Settings(top=o["top"], align_min=o["align_min"], number_context=o["number_context"],
                             number_solo_align=o["number_solo_align"], argument_overlap=o["argument_overlap"],
                             predicate_solo_align=o["predicate_solo_align"],
                             entity_align_min=o["entity_align_min"], entity_context=o["entity_context"],
                             morphology=o["morphology"],
                             checks=tuple(o["checks"]))


def section_names(rule: Any) -> dict[str, list[str]]:
    return {name: [] for name in [*rule.options["claims"], *rule.options["evidence"]]}


def resources(ruleset: Any) -> tuple[antonym_check.AntonymLexicon, entity_check.EntityFinder]:
    """The antonym lexicon and entity gazetteer of every loaded rule file."""
    gaz = entity_check.Gazetteer()
    for kind, forms in ruleset.entities:
        gaz.add(forms, kind)
    for rule in ruleset.rules:
        entity = getattr(rule, "entity", None)
        if not entity:
            continue
        o = rule.options
        forms = [o["expected"]] if "expected" in o else []
        for key in ("patterns", "pattern", "forms"):
            forms.extend(p for p in (o.get(key) or []) if not p.startswith("/"))
        gaz.add(forms, entity)
    pairs = list(ruleset.antonyms) + built_in_pairs()
    return antonym_check.AntonymLexicon(pairs), entity_check.EntityFinder(gaz)


def prepare(rules: list[Any], ctx: Any) -> tuple[antonym_check.AntonymLexicon, entity_check.EntityFinder]:
    """The run's lexicons, built on first use."""
    return ctx.linter.resource(KIND, lambda: resources(ctx.linter.ruleset))


def check(doc: Any, rules: list[Any], ctx: Any) -> Iterator[Diagnostic]:
    antonyms, finder = prepare(rules, ctx)
    # Conflicts of posts checked in an earlier run, kept relative to the post
    # (see lint.cache.results.PostMemo); None when there is no cache.
    memo = ctx.post_memo
    for rule in rules:
        cfg: Settings = rule.compiled
        for post in ctx.posts:
            key = memo.key(KIND, rule.id, doc, post) if memo is not None else ""
            stored = memo.get(key) if memo is not None else None
            if stored is not None:
                found = _absolute(stored, post.start, doc.masked)
            else:
                found = _post_conflicts(doc, post, rule, cfg, antonyms, finder)
                if memo is not None:
                    memo.put(key, _relative(found, post.start))
            for claim, conflicts in found:
                yield from _report(doc, rule, claim, conflicts)


def _relative(found: list[tuple[Unit, list[Conflict]]], base: int) -> list:
    """``found`` as plain tuples with offsets from ``base`` (the post's start), for storing."""
    return [((claim.start - base, claim.end - base, claim.section),
             [(c.kind, c.claim_start - base, c.claim_end - base, c.evidence.start - base, c.evidence.end - base,
               c.evidence.section, c.evidence.score, c.evidence_start - base, c.evidence_end - base,
               c.claim_text, c.evidence_text, c.replacement) for c in conflicts])
            for claim, conflicts in found]


def _absolute(stored: list, base: int, text: str) -> list[tuple[Unit, list[Conflict]]]:
    """The inverse of :func:`_relative`, for a post that now starts at ``base`` in ``text``."""
    found = []
    for (start, end, section), conflicts in stored:
        claim = Unit(start + base, end + base, text, section)
        found.append((claim, [Conflict(kind, cs + base, ce + base, Unit(es + base, ee + base, text, esec, score),
                                       xs + base, xe + base, claim_text, evidence_text, replacement)
                              for (kind, cs, ce, es, ee, esec, score, xs, xe, claim_text, evidence_text,
                                   replacement) in conflicts]))
    return found


def _quoted(doc: Any, start: int, end: int) -> tuple[int, str]:
    """The end of the words quoted from ``[start, end)`` (without the grammar
    left at its end), and those words."""
    shown = _shown(doc.text[start:end])
    return start + len(shown), shown


def _report(doc: Any, rule: Any, claim: Unit, conflicts: list) -> Iterator[Diagnostic]:
    for c in _one_per_place(conflicts):
        # The finding covers the words it quotes from the claim, and its
        # related entry the words it quotes from the details.
        claim_end, claim_words = _quoted(doc, c.claim_start, c.claim_end)
        evidence_end, evidence_words = _quoted(doc, c.evidence_start, c.evidence_end)
        line, _ = doc.position(c.evidence_start)
        message = (f"{claim.section}の「{claim_words}」が【{c.evidence.section}】{line}行目の「{evidence_words}」と"
                   f"食い違っています（{NAMES[c.kind]}）")
        fix = Fix(c.claim_start, c.claim_end, c.replacement, safe=False) if c.replacement else None
        yield diagnostic(doc, rule, c.claim_start, claim_end, message, fix, suffix=c.kind,
                         related=[related(doc, c.evidence_start, evidence_end, evidence_words)])
