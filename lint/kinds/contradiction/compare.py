"""One post's claims compared with its details: the conflicts found.

Claims are the list items of 【要点】 and the sentences of 【概要】 (by
default); evidence is the sentences of 【詳細】 in the same post.  Each
claim is aligned to the detail sentences it (or one of its clauses) most
resembles (BM25 over character bigrams,
:mod:`~lint.kinds.contradiction.align`), then each comparison module looks
for a conflict with them.  Cheap necessary conditions (``may_conflict``)
decide first whether a claim needs a comparison at all.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Iterable

from lint.cache.programs import compile_re
from lint.kinds.contradiction.numerals import HAS_DIGIT
from lint.text.scripts import PLAIN_KATAKANA
from lint.kinds.contradiction import antonyms as antonym_check
from lint.kinds.contradiction import causes
from lint.kinds.contradiction import certainty
from lint.kinds.contradiction import comparisons
from lint.kinds.contradiction import denied_acts
from lint.kinds.contradiction import entities
from lint.kinds.contradiction import eras, time_slots
from lint.kinds.contradiction import reworded_denials
from lint.kinds.contradiction import frames
from lint.kinds.contradiction import influence
from lint.kinds.contradiction import linked
from lint.kinds.contradiction import modality as modality_check
from lint.kinds.contradiction import names as entity_check
from lint.kinds.contradiction import only_one
from lint.kinds.contradiction import replaced_names
from lint.kinds.contradiction import role_flips
from lint.kinds.contradiction import numbers as number_check
from lint.kinds.contradiction import order as order_check
from lint.kinds.contradiction import polarity as polarity_check
from lint.kinds.contradiction import roles as role_check
from lint.kinds.contradiction import substitution as substitution_check
from lint.kinds.contradiction import seats
from lint.kinds.contradiction import ease, shares
from lint.kinds.contradiction import anchored
from lint.kinds.contradiction import unit_swap
from lint.kinds.contradiction.align import BM25, align, grams
from lint.kinds.contradiction.chunks import unit_chunks
from lint.kinds.contradiction.entity_guards import names_no_other
from lint.kinds.contradiction.name_kinds import looks_like_name
from lint.kinds.contradiction.opposites import built_in_pairs
from lint.kinds.contradiction.units import SENTENCE_ENDS, Conflict, Settings, Unit, details_text, lines_apart
from lint.model import Document, Post
from lint.ruleset.model import Rule
from lint.text.matcher import HitPool


def lexicons(antonym_pairs: list, entity_names: Iterable[tuple[str, list[str]]]
             ) -> tuple[antonym_check.AntonymLexicon, entities.EntityFinder]:
    """The antonym lexicon (the rule files' pairs and the built-in opposites of
    quantity, time and certainty) and the entity gazetteer: ``entity_names``
    are (type, spellings)."""
    gaz = entities.Gazetteer()
    for kind, forms in entity_names:
        gaz.add(forms, kind)
    return antonym_check.AntonymLexicon(list(antonym_pairs) + built_in_pairs()), entities.EntityFinder(gaz)


def _units(doc: Document, post: Post, names: list[str], whole_items: bool) -> list[Unit]:
    units = []
    for section in post.sections:
        if section.name not in names:
            continue
        for block in section.blocks:
            if block.kind == "item" and whole_items:
                # A numbered line without a full stop is a heading (1. 概要について).
                if block.marker[0].isdigit() or block.marker[0] in "(（①":
                    if not doc.masked[block.content_start:block.end].rstrip().endswith(SENTENCE_ENDS):
                        continue
                if block.sentences:
                    units.append(Unit(block.sentences[0].start, block.sentences[-1].end, doc.masked,
                                      section.name))
                continue
            for s in block.sentences:
                # In the key points, a paragraph without 。 is a sub-heading, not a claim.
                if whole_items and not doc.masked[s.start:s.end].rstrip().endswith(SENTENCE_ENDS):
                    continue
                units += [Unit(a, b, doc.masked, section.name) for a, b in lines_apart(doc.masked, s.start, s.end)]
    return units


def claims_and_evidence(doc: Document, post: Post, rule: Rule) -> tuple[list[Unit], list[Unit]]:
    evidence = _units(doc, post, rule.options["evidence"], whole_items=False)
    claims = _units(doc, post, rule.options["claims"], whole_items=True)
    return claims, evidence


def post_conflicts(doc: Document, post: Post, rule: Rule, cfg: Settings, antonyms: Any,
                   finder: Any) -> list[tuple[Unit, list[Conflict]]]:
    """Each claim of the post that conflicts with its details, with the conflicts."""
    claims, evidence = claims_and_evidence(doc, post, rule)
    if not claims or not evidence:
        return []
    # Per post: what is known of each sentence, and the lexicons' hits found
    # in one pass over the claims and evidence (the sources and other
    # sections are never looked up).
    lo = min(claims[0].start, evidence[0].start)
    hi = max(claims[-1].end, evidence[-1].end)
    cache: dict = {"ant-pool": HitPool(antonyms.matcher, doc.masked, lo, hi),
                   "ent-pool": HitPool(finder.matcher, doc.masked, lo, hi)}
    index = None
    found = []
    for claim in claims:
        # Cheap tests first: most claims have nothing that could conflict,
        # and need no alignment at all.
        live = [c for c in cfg.checks if _may_conflict(c, claim, evidence, cache, antonyms, finder)]
        if not live:
            continue
        if index is None:
            index = BM25([u.body for u in evidence], vocabulary=set(grams("\n".join(c.body for c in claims))))
        # Every detail sentence above the threshold, best first; the first
        # ``top`` are "the" aligned sentences.
        whole, every, closest = align(index, claim, evidence)
        ranked = _aligned(whole, evidence, cfg.align_min)
        by_clause = _aligned(every, evidence, cfg.align_min)
        if not by_clause:
            # Names all swapped may leave too little to align by (本部はスイスの
            # ジュネーブにある): the names are compared on the rest.
            past = _aligned_past_names(index, claim, evidence, [], cfg, cache, finder) if "entities" in live else []
            named = entity_check.compare(claim, past, evidence, cfg, cache, finder) if past else []
            if named:
                found.append((claim, named))
            continue
        # A heading names a part and states nothing: it takes no place among
        # the closest sentences (第1次石油危機の発端 against a claim of its cause).
        top = [u for u in by_clause if not u.heading][:cfg.top]
        conflicts: list[Conflict] = []
        seated: list[Conflict] = []
        if "numbers" in live:
            # Numbers are specific enough to look past the top few, and to the
            # sentences that align with one clause of the claim (人口は約53万人
            # in a claim of three clauses).
            conflicts += number_check.compare(claim, ranked, evidence, cfg, cache, by_clause)
            conflicts += unit_swap.compare(claim, top, evidence, cache)
        if "polarity" in live:
            conflicts += polarity_check.compare(claim, by_clause, evidence, cfg, cache)
            conflicts += denied_acts.compare(claim, by_clause, evidence, cache)
            conflicts += reworded_denials.compare(claim, by_clause, evidence, cache, polarity_check.unit_predicates)
        if "antonyms" in live:
            conflicts += antonym_check.compare(claim, by_clause, evidence, cfg, cache, antonyms,
                                               frozenset(u.start for u in ranked))
            conflicts += only_one.compare(claim, top, cache)
            conflicts += comparisons.compare(claim, top, cache)
            conflicts += shares.compare(claim, by_clause, cache)
            conflicts += ease.compare(claim, by_clause, cfg, cache)
        if "modality" in live:
            conflicts += modality_check.compare(claim, by_clause, evidence, cfg, cache)
            conflicts += certainty.compare(claim, top, cache)
            conflicts += certainty.expected_done(claim, top, cache)
        if "roles" in live:
            conflicts += role_check.compare(claim, top, cfg, cache, lambda: _names(claim, top, cache, finder),
                                            evidence)
            conflicts += role_flips.compare(claim, by_clause, cache)
        if "roles" in cfg.checks:
            conflicts += influence.compare(claim, evidence, cache)
        if "order" in live:
            conflicts += order_check.compare(claim, top, evidence, cfg, cache)
            conflicts += causes.compare(claim, top, evidence, cache)
            conflicts += anchored.compare(claim, by_clause, evidence, cache)
            conflicts += linked.compare(claim, top, evidence, cache)
            conflicts += eras.compare(claim, by_clause, evidence, cache)
            conflicts += time_slots.compare(claim, by_clause[:cfg.top], cache)
        if "substitution" in live:
            # Names are compared with every detail sentence (by alignment):
            # the one naming the other may align with the claim's clause alone.
            def kinds(word: str) -> frozenset:
                return _kinds(word, finder, cache)
            # A seat or a role with one holder, told otherwise, is the surer
            # reading; its place is the seat's even when set apart (本部のある
            # ジュネーヴのほか、…).
            seated = seats.compare(claim, evidence, cache, kinds)
            conflicts += seated
            conflicts += substitution_check.compare(claim, _aligned(every, evidence, 0.0),
                                                    details_text(evidence, cache), cfg, cache, kinds)
            conflicts += frames.compare(claim, by_clause, evidence, cache, kinds)
            if not any(c.kind == "entity" for c in conflicts):
                conflicts += replaced_names.compare(claim, by_clause, _post_text(claims, evidence, cache), cache,
                                                    kinds)
        if "entities" in live:
            conflicts += entity_check.compare(claim, ranked + _aligned_past_names(index, claim, evidence, ranked, cfg,
                                                                                  cache, finder),
                                              evidence, cfg, cache, finder)
        conflicts = [c for c in conflicts if _read_closely(c, claim, evidence, closest, index)]
        conflicts = [c for c in conflicts if not (c.kind == "entity" and (entity_check.set_apart(c) and c not in seated
                                                                          or names_no_other(c, claim, evidence, cache)
                                                                          or _one_entity(c, finder, cache)))
                     and not _labelled_otherwise(claim, c.evidence)]
        if conflicts:
            found.append((claim, conflicts))
    return found



def _one_entity(c: Conflict, finder: Any, cache: dict) -> bool:
    """Two spellings the entity lexicon gives one name (西欧 / 西ヨーロッパ),
    or two words that differ by such spellings alone (西豪州 / 西オーストラリア州)."""
    mine = _whole_mentions(c.claim_text, finder, cache)
    if mine and mine[0].name == next((m.name for m in _whole_mentions(c.evidence_text, finder, cache)), None):
        return True
    mine, theirs = finder.spelled_as_names(c.claim_text), finder.spelled_as_names(c.evidence_text)
    # (豪州 holds its 州: 西豪州 is 西オーストラリア州.)
    return mine == theirs or any(mine + kind == theirs or theirs + kind == mine for kind in _PLACE_KINDS)


_PLACE_KINDS = ("州", "県", "省", "市", "区", "地方")


def _post_text(claims: list[Unit], evidence: list[Unit], cache: dict) -> str:
    """The post's claims and details joined, once per post."""
    found = cache.get("post-text")
    if found is None:
        found = cache["post-text"] = "\n".join([u.body for u in claims] + [details_text(evidence, cache)])
    return found


# A list item led by what it is about (・アイルランド：…, 3.鹿島建設:…).
_LABEL = compile_re(r"\s*(?:[・･\-]|[0-9０-９]+[.．])?\s*(?P<label>[^\s：:。、]{2,20})[：:]")


def _labelled_otherwise(claim: Unit, unit: Unit) -> bool:
    """The detail is a list item about something the claim never names: what
    it says is said of that (イギリスは名称独占のみ / ・アイルランド：…ない国の一つ)."""
    m = _LABEL.match(unit.text, unit.start, unit.end)
    return m is not None and _NAME_LABEL.fullmatch(m.group("label")) is not None and m.group("label") not in claim.body


# A label that is one name: katakana or Latin letters (アイルランド, SWIFT).
_NAME_LABEL = compile_re(f"[{PLAIN_KATAKANA}A-Za-z][{PLAIN_KATAKANA}A-Za-z・=＝]+")


# Kinds found by words common in any text (一部, 戦後, 検討, ことから).
COMMON_WORD_KINDS = frozenset(("quantifier", "temporal", "causal", "modality"))


def _read_closely(c: Conflict, claim: Unit, evidence: list[Unit], closest: set[int], index: BM25) -> bool:
    """The conflict is not one of common words against a sentence about
    something else.

    A claim's 多く meets an 一部 in many a detail sentence that tells of
    another thing (一部の図書館で検討 / 多くの図書館が導入): a conflict of
    such words alone stands only against a detail sentence among the
    closest to the whole claim or to one of its clauses, read with or
    without the claim's own word (一部 draws the claim to another sentence's
    ごく一部).  One read from numbers or dates (3か月後 / 3か月前,
    1802年に成立) is specific enough to come from any sentence.
    """
    if c.kind not in COMMON_WORD_KINDS or HAS_DIGIT.search(c.claim_text) or HAS_DIGIT.search(c.evidence_text):
        return True
    # (Evidence may run over two sentences: これをきっかけに…)
    starts = [u.start for u in evidence]
    told = range(max(bisect_right(starts, c.evidence_start) - 1, 0),
                 bisect_right(starts, max(c.evidence_start, c.evidence_end - 1)))
    if any(k in closest for k in told):
        return True
    if c.claim_end - c.claim_start > _SHORT_WORD:
        return False
    rest = claim.text[claim.start:c.claim_start] + " " + claim.text[c.claim_end:claim.end]
    closest_to_rest = align(index, Unit(0, len(rest), rest), evidence)[2]
    return any(k in closest_to_rest for k in told)


# The longest claim word read again without it.
_SHORT_WORD = 6


def _aligned(scores: dict[int, float], evidence: list[Unit], minimum: float) -> list[Unit]:
    """The sentences scoring ``minimum`` or more, best first, with their scores."""
    ranked = sorted(((i, score) for i, score in scores.items() if score >= minimum), key=lambda kv: (-kv[1], kv[0]))
    return [Unit(evidence[i].start, evidence[i].end, evidence[i].text, evidence[i].section, score)
            for i, score in ranked]


def _aligned_past_names(index: BM25, claim: Unit, evidence: list[Unit], ranked: list[Unit], cfg: Settings,
                        cache: dict, finder: Any) -> list[Unit]:
    """The sentences that align with the claim's other words once the names
    the details never use are left out (本部はスイスのジュネーブにある:
    本部, ある), and not with the whole claim: a claim whose names were all
    swapped shares little else."""
    text = details_text(evidence, cache)
    body = claim.body
    for m in entity_check._mentions(claim, cache, finder):
        name = claim.text[m.start:m.end]
        if m.types and name not in text:
            body = body.replace(name, " ")
    if body == claim.body:
        return []
    seen = {u.start for u in ranked}
    return [u for u in _aligned(index.scores(body), evidence, cfg.align_min) if u.start not in seen]


def _names(claim: Unit, aligned: list[Unit], cache: dict, finder: Any) -> set:
    """Names in the claim and its aligned sentences: known entities, and
    katakana or Latin words that look like names."""
    found: set = set()
    for u in (claim, *aligned):
        found.update(u.text[m.start:m.end] for m in entity_check._mentions(u, cache, finder) if m.types)
        found.update(c.word for c in unit_chunks(u, cache) if looks_like_name(c.word))
    return found


def _kinds(word: str, finder: Any, cache: dict) -> frozenset:
    """The kinds the entity lexicon gives a word (country, city, …), once per post."""
    key = ("kinds", word)
    found = cache.get(key)
    if found is None:
        found = cache[key] = frozenset().union(*(m.types for m in _whole_mentions(word, finder, cache)))
    return found


def _whole_mentions(word: str, finder: Any, cache: dict) -> list:
    """The entity lexicon's names that are the whole of ``word``, once per post."""
    key = ("whole-mentions", word)
    found = cache.get(key)
    if found is None:
        found = cache[key] = [m for m in finder.mentions(word, 0, len(word)) if m.start == 0 and m.end == len(word)]
    return found


def _may_conflict(check: str, claim: Unit, evidence: list[Unit], cache: dict, antonyms: Any, finder: Any) -> bool:
    if check == "numbers":
        return number_check.may_conflict(claim, evidence, cache) or unit_swap.may_conflict(claim, evidence, cache)
    if check == "modality":
        return (modality_check.may_conflict(claim, evidence, cache) or certainty.may_conflict(claim)
                or certainty.EXPECTED.search(claim.text, claim.start, claim.end) is not None)
    if check == "roles":
        return role_check.may_conflict(claim, cache)
    if check == "order":
        return (order_check.may_conflict(claim, cache) or anchored.may_conflict(claim, cache) or eras.may_conflict(claim)
                or time_slots.may_conflict(claim, cache))
    if check == "substitution":
        return substitution_check.may_conflict(claim, details_text(evidence, cache), cache) or seats.may_conflict(
            claim, cache)
    if check == "polarity":
        return (polarity_check.may_conflict(claim, evidence, cache) or denied_acts.may_conflict(claim, cache)
                or reworded_denials.may_conflict(claim, cache, polarity_check.unit_predicates))
    if check == "antonyms":
        return (antonym_check.may_conflict(claim, evidence, cache, antonyms) or only_one.may_conflict(claim, cache)
                or comparisons.may_conflict(claim, cache) or shares.may_conflict(claim) or ease.may_conflict(claim, cache))
    return entity_check.may_conflict(claim, cache, finder)


def one_per_place(conflicts: list[Conflict]) -> list[Conflict]:
    """The conflicts to report, in order: one per place in the claim (a
    flipped 不安定 is both a polarity and an antonym conflict), so one that
    overlaps a conflict kept before it is dropped.

    The kept spans never overlap, so, kept sorted, only the two beside a new
    span's place can overlap it (a claim of thousands of names tested each
    against all those kept).
    """
    kept = []
    starts: list[int] = []
    ends: list[int] = []
    points: list[int] = []  # empty spans kept (none of the comparisons makes one)
    for c in conflicts:
        k = bisect_left(starts, c.claim_start)
        if k > 0 and ends[k - 1] > c.claim_start or k < len(starts) and starts[k] < c.claim_end:
            continue
        if c.claim_end <= c.claim_start:
            points.append(c.claim_start)
        elif any(c.claim_start < p < c.claim_end for p in points):
            continue
        else:
            starts.insert(k, c.claim_start)
            ends.insert(k, c.claim_end)
        kept.append(c)
    return kept


