"""The ``contradiction`` kind: key points that disagree with the details.

This module is the kind's contract; :mod:`~lint.kinds.contradiction.compare`
finds one post's conflicts, with the comparisons of
:mod:`~lint.kinds.contradiction.numbers`, ``polarity``, ``antonyms`` (and
the built-in ``opposites``), ``names``, ``modality``, ``roles``, ``order``
and ``substitution``.
"""

from __future__ import annotations

from typing import Any, Iterator, Optional

from lint.cache.programs import compile_re
from lint.diagnostics import Diagnostic, Fix
from lint.errors import RuleFileError
from lint.kinds.base import Context, DataCase, Kind, Option, Subcode, diagnostic, related
from lint.kinds.contradiction.file_data import parse_antonyms, parse_entities
from lint.kinds.contradiction.units import Conflict, Settings, Unit
from lint.model import Document, Post
from lint.ruleset.model import Rule, RuleSet

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
    "number": Subcode("A number in the claim disagrees with the details for the same thing (unit and context), "
              "or is one of theirs with its digits swapped or one mistyped (3,677 / 3,776), or with another "
              "unit of the same measure (1〜3週間 / 1〜3日); equal values "
              "written differently (2時間半 / 2時間30分) and the two sides of one threshold (1,000年未満 / "
              "1,000年以上) are not reported. The fix, when the details give one clear value, is unsafe.",
              fix="unsafe"),
    "polarity": Subcode("The claim asserts what the details negate, or negates what they assert "
                        "(団結している / 団結しているわけでもない, 優勝を逃した / 優勝した); a denial set in a place "
                        "or time the details do not name (まだ国内で開かれておらず) is not reported."),
    "antonym": Subcode("The claim uses one word of an opposing pair where the details use the other "
                       "(増加 / 減少); pairs come from the antonyms lexicon.  Also a comparison with one same "
                       "thing that points the other way (Xより小さかった / Xを上回る)."),
    "entity": Subcode("The claim names a different country, person, organisation or place in the slot "
                      "the details fill (ロシアの安全保障 / ウクライナの安全保障), a name the details never use "
                      "where they use another (首都はキンシャサ / 首都ブラザヴィル), another partner with "
                      "とともに, or another name in the slot of one act said of one party, in any word order "
                      "(事務局は…バンコクに置かれ / ジャカルタに事務局が置かれた)."),
    "quantifier": Subcode("The claim says how many the other way round: one of a kind where the details say "
                          "several, all where they say some, again where they say for the first time "
                          "(唯一 / 複数, 初めて / 再び, 初めて / 多くに続いて), or one of a list alone "
                          "(スイスの独立だけ / スイスとオランダの独立); never again (再び…ことはなかった) is "
                          "no repetition."),
    "temporal": Subcode("The claim puts an event before what the details put it after, or the reverse "
                        "(翌年 / 前年, 以降 / 以前, Aの後にB / Bの後にA), also by the years the details give "
                        "(Xの前年の1972年, Xが独立する前年に…工事が始まった)."),
    "causal": Subcode("The claim turns cause and effect round: what the details give as the cause is its "
                      "effect (Aに頼った結果Bに苦しんだ / Bに苦しんだ結果Aに頼った), or what they tell first, "
                      "with no connective, comes after in the claim; or it gives, in words the post never "
                      "uses, another cause for an effect the details explain (新型車両を投入したことで / "
                      "路盤が安定したことから)."),
    "role": Subcode("The claim gives two things the details name each other's role: the particles after "
                    "them are exchanged (日本からオランダへ / オランダから日本へ), each stands beside the "
                    "other's companion or title, they stand the other way round ではなく, the winner "
                    "is the loser (AがBを下した / AがBに敗れた), a place is moved from where the details "
                    "move it to (AからBへ移し / Aに移す), each is said with the other's words, in one "
                    "sentence or two (保有者はA、管理はB / Bが保有し、Aが管理), or the object of an act is "
                    "made its doer (Xを買収した / Xに買収された)."),
    "modality": Subcode("The claim states as settled what the details give as planned, supposed or undecided, "
                        "or the reverse (確認された / 予測されている, 加盟を検討している / 加盟した, "
                        "…する計画が進められている / …となった, 同盟を検討した / 同盟を結んだ)."),
}
NAMES = {"number": "数値", "polarity": "肯否", "antonym": "反対語", "entity": "固有名詞", "quantifier": "数量の表現",
         "temporal": "時間の前後", "modality": "確からしさ", "role": "役割", "causal": "因果関係"}
# Grammar left at the end of a quoted predicate (…しているが, …ないことを).
TRAILING = compile_re(r"(?:こと|の)?(?:が|を|に|は|と|で|も|から|ので|のに|けど|けれど|ため|)$")
WHOLE_WORDS_ENDING = ("とも", "いずれも", "どれも", "どちらも")


def _shown(text: str) -> str:
    if text.endswith(WHOLE_WORDS_ENDING):
        return text  # 4人とも, どれも: the も is the word's, not grammar left over
    trimmed = TRAILING.sub("", text)
    return trimmed if len(trimmed) >= 2 else text


def compile(rule: Rule) -> None:
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


def section_names(rule: Rule) -> dict[str, list[str]]:
    return {name: [] for name in [*rule.options["claims"], *rule.options["evidence"]]}

# The post an antonym pair's example sentences are checked in.
PAIR_POST = "対の確認{n}2025年01月01日 00:00\n【詳細】\n {evidence}。\n【要点】\n ・{claim}。\n"


def _pair_cases(ruleset: RuleSet) -> list[DataCase]:
    """Each antonym pair's example: the left sentence as a key point against the
    right one as the detail (and the reverse) must be reported; a sentence
    against itself must not."""
    cases = []
    for pair in ruleset.file_data("antonyms"):
        if pair.example is None:
            continue
        left, right = pair.example
        name = f"antonyms {pair.left[0]}/{pair.right[0]}: "
        for n, (claim, evidence, expect) in enumerate(((left, right, True), (right, left, True),
                                                        (left, left, False))):
            label = name + (f"「{claim}」 against 「{evidence}」" if expect else f"「{claim}」 against itself")
            cases.append(DataCase(pair.path, pair.line, label, PAIR_POST.format(n=n, claim=claim, evidence=evidence),
                                  expect))
    return cases


def _quoted(doc: Document, start: int, end: int) -> tuple[int, str]:
    """The end of the words quoted from ``[start, end)`` (without the grammar
    left at its end), and those words."""
    shown = _shown(doc.text[start:end])
    return start + len(shown), shown


def _report(doc: Document, rule: Rule, claim: Unit, conflicts: list[Conflict]) -> Iterator[Diagnostic]:
    from lint.kinds.contradiction.compare import one_per_place

    for c in one_per_place(conflicts):
        # The finding covers the words it quotes from the claim, and its
        # related entry the words it quotes from the details.
        claim_end, claim_words = _quoted(doc, c.claim_start, c.claim_end)
        evidence_end, evidence_words = _quoted(doc, c.evidence_start, c.evidence_end)
        # Where the evidence is, counted from the claim: a post's findings
        # must not depend on where the post sits in its file.
        distance = doc.position(c.evidence_start)[0] - doc.position(c.claim_start)[0]
        where = f"{-distance}行前の" if distance < 0 else f"{distance}行後の" if distance > 0 else "同じ行の"
        message = (f"{claim.section}の「{claim_words}」が{where}【{c.evidence.section}】の「{evidence_words}」と"
                   f"食い違っています（{NAMES[c.kind]}）")
        fix = Fix(c.claim_start, c.claim_end, c.replacement, safe=False) if c.replacement else None
        yield diagnostic(doc, rule, c.claim_start, claim_end, message, fix, suffix=c.kind,
                         related=[related(doc, c.evidence_start, evidence_end, evidence_words)])


class Contradiction(Kind):
    """Key points and summary sentences that disagree with the details.

    Claims are the list items of 【要点】 and the sentences of 【概要】;
    evidence is the sentences of 【詳細】 in the same post.  Each claim is
    matched with the detail sentences it (or one of its clauses) summarises
    and compared with them: a different number for the same thing; a
    predicate asserted on one side and negated on the other; opposite words
    (増加 / 減少), or words of quantity, time and certainty that exclude each
    other (唯一 / 複数, 翌年 / 前年, 確認 / 予測); an event left open (検討,
    可能性, …する計画が進められている) that the details say happened; two
    things in exchanged roles (AからBへ / BからAへ, AがBを下した /
    AがBに敗れた, AがBを抑えた / AがBの影響を受けた); cause and effect, or two events, in the other order, also
    by their dates or by the order the details tell them in; another cause
    for an effect the details explain; and a different name in the same
    place, known (ロシア / ウクライナ) or never used in the details.  Equal
    values written differently (2時間半 and 2時間30分), amounts in different
    currencies (unless the very same figure in the same words), numbers of
    different things, counts of those added against totals, sentences
    dated to other years, one more member of a list and spellings of one
    name are not compared.  A finding covers the claim's words it quotes and
    names the detail sentence; the detail's quoted words are given as
    related evidence.  Rule files may add ``antonyms:`` (opposing word
    pairs) and ``entities:`` (names by type).

    Example::

        rules:
          - id: contradiction
            kind: contradiction

    Fails::

        港の再開発2025年03月01日 10:00
        【概要】
         市は港の再開発を決めた。
        【詳細】
         工事は30日間続く見通しだと市は述べた。
        【要点】
         ・工事は60日間続く見通し。

    Passes::

        港の再開発2025年03月01日 10:00
        【概要】
         市は港の再開発を決めた。
        【詳細】
         工事は30日間続く見通しだと市は述べた。
        【要点】
         ・工事は30日間続く見通し。
    """

    name = "contradiction"
    category = "contradiction"
    options = OPTIONS
    subcodes = SUBCODES
    # Each post is checked on its own: a large document can be split by posts
    # over worker processes, and a post's findings kept between runs.
    per_post = True
    data_case_rules = "contradiction"
    file_keys = {"antonyms": "opposing word pairs: {pair: [A, B], test: [sentence with A, sentence with B]}",
                 "entities": "names by type (country, city, place, region, person, org)"}

    def compile(self, rule: Rule) -> None:
        compile(rule)

    def parse_file_data(self, key: str, raw: Any, path: str, line: Optional[int]) -> list:
        return parse_antonyms(raw, path, line) if key == "antonyms" else parse_entities(raw, path, line)

    def data_cases(self, ruleset: RuleSet) -> list[DataCase]:
        return _pair_cases(ruleset)

    def section_names(self, rule: Rule) -> dict[str, list[str]]:
        return section_names(rule)

    def prepare(self, rules: list[Rule], ctx: Context) -> Any:
        """The run's antonym lexicon and entity gazetteer, built on first use."""
        def build() -> Any:
            from lint.kinds.contradiction.compare import lexicons

            loaded = ctx.loaded()
            names = list(loaded.file_data("entities"))
            names += [(rule.entity, ctx.spellings(rule)) for rule in loaded.rules if rule.entity]
            return lexicons(loaded.file_data("antonyms"), names)
        return ctx.resource(self.name, build)

    def check_post(self, doc: Document, post: Post, rules: list[Rule], ctx: Context) -> Iterator[Diagnostic]:
        # The comparisons are imported when a post is first checked: a run
        # whose findings all come from the cache never needs them.
        from lint.kinds.contradiction.compare import post_conflicts
        from lint.text import morph

        antonyms, finder = self.prepare(rules, ctx)
        for rule in rules:
            # (Collected before yielding: the switch holds while this rule compares.)
            with morph.turned_off(not rule.compiled.morphology):
                found = post_conflicts(doc, post, rule, rule.compiled, antonyms, finder)
            for claim, conflicts in found:
                yield from _report(doc, rule, claim, conflicts)
