"""Reworded denials: the claim denies an act in words of its own, and a
detail sentence tells every other word of the claim's clause with the act
done.

「音高のある打楽器は、ト音記号やヘ音記号を使って五線譜には記譜できない」
against 「音高のある打楽器は、…ト音記号やヘ音記号を使って五線譜に書き表せる」:
the claim's verb (記譜) is nowhere in the details, so the comparison of one
predicate with the same word has nothing to pair it with; but the sentence
holds all the rest of the clause and says it positively.  A writer who denies
what a sentence tells keeps its words and turns the verb; one who tells
something else changes the words too.

Not compared: a detail sentence with a denial, a word of forgoing or of
hindering anywhere in it, or a clause the claim's words only half fill;
details that deny the clause anywhere; sentences of other years.

    pass: 音高のある打楽器は五線譜に記譜できる / 音高のある打楽器は五線譜に書き表せる
    fail: 音高のある打楽器は五線譜には記譜できない / 音高のある打楽器は五線譜に書き表せる
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.being import same_word
from lint.kinds.contradiction.chunks import unit_chunks
from lint.kinds.contradiction.dated import span_dated_apart
from lint.kinds.contradiction.dated_clauses import sentence_dated_apart
from lint.kinds.contradiction.denials import SEEMING, not_plainly_said, quoted, held_as_a_view
from lint.kinds.contradiction.predicates import FORGOING, HINDERING, NEGATION, NOT_NEGATION, Predicate
from lint.kinds.contradiction.units import Conflict, Unit, containing
from lint.text.tokens import bigrams, clause_bounds

# Words that end in a denial and deny nothing: 間もなく (soon), 欠かせない
# (needed), 待たずに (before), 必ず (always).
NOT_DENIALS = ("間もな", "程な", "ほどな", "余儀な", "例外な", "絶え間な", "限りな", "やむな", "欠かせ", "欠くことので",
               "少なく", "違いな", "絶えな", "否め", "待たず", "必ず", "構わな", "かまわな")
# Words of knowing: not known (確認されていない) is said of what was told, not of the act.
KNOWING = ("確認", "判明", "証明", "解明", "立証", "特定", "確定", "分か", "わか", "知", "認識", "検証")
# Words that make a denial partial or a hedge (一概には言えない, 必ずしも…ない).
PARTIAL = ("一概", "必ずしも", "一律", "単純に", "すべて", "全て", "常に", "いつも", "誰もが", "全員")
# Fewest words of the claim's clause, besides its verb, the sentence must hold.
MIN_WORDS = 3
# Share of them it must hold.
HELD = 0.9
# How many of the best aligned sentences are read.
REACH = 6


def _clause_words(claim: Unit, pc: Predicate, cache: dict) -> list[str]:
    """The words of the predicate's clause before it (its arguments)."""
    lo, _ = clause_bounds(claim.text, pc.start, claim.start, claim.end)
    # (A topic set off by its comma, 打楽器は、…, belongs to the clause.)
    if lo > claim.start and claim.text[lo - 1] in "、，" and claim.text[claim.start:lo - 1].endswith("は"):
        lo = clause_bounds(claim.text, lo - 2, claim.start, claim.end)[0]
    return [c.word for c in unit_chunks(claim, cache)
            if lo <= c.start and c.end <= pc.start and len(c.word) >= 2 and not c.word.isdigit()]


def _held_in(words: list[str], u: Unit, cache: dict) -> list[str]:
    """The words the sentence holds: as written, or a compound of four letters
    or more by two thirds of its pairs of letters (藤原宮跡木簡 / 藤原宮跡から
    出た木簡)."""
    body = u.body
    out = [w for w in words if w in body]
    if len(out) < len(words):
        key = ("bigrams", u.start, u.end)
        theirs = cache.get(key)
        if theirs is None:
            theirs = cache[key] = bigrams(body)
        for w in words:
            if w not in body and len(w) >= 4 and len(bigrams(w) & theirs) * 3 >= len(bigrams(w)) * 2:
                out.append(w)
    return out


def _denies(u: Unit, preds: list[Predicate]) -> bool:
    body = u.body
    # (A denial in kana alone, 一概にはいえない, is no predicate: the text tells it.)
    return (any(not p.positive for p in preds) or _FORGOING.search(body) is not None
            or any(w in body for w in HINDERING + _AGAINST + SEEMING + _HEDGES)
            or NEGATION.search(NOT_NEGATION.sub("", body)) is not None)


_FORGOING = compile_re(FORGOING)
# Words that leave the act open or only report it (可能性があると発表した,
# とされる): a claim that it is not known or not done may be right.
_HEDGES = ("可能性", "予定", "計画", "検討", "見通", "見込", "構想", "目指", "模索", "視野", "方針", "とされ", "と考えられ",
           "推定", "推測", "見方", "疑い", "おそれ", "恐れ", "かもしれ", "思われ", "とみられ", "と見られ", "説が", "説も", "説に")
# Words whose act is a denial or an undoing: a sentence holding one may
# tell the claim's denial in it (廃止された, 反対した, 欠いている).
_AGAINST = ("廃止", "中止", "停止", "否定", "反対", "欠", "失", "避け", "退け", "妨", "不可", "以外", "除", "ではなく")


def may_conflict(claim: Unit, cache: dict, predicates_of) -> bool:
    return any(not p.positive and not p.adnominal for p in predicates_of(claim, cache))


def compare(claim: Unit, aligned: list[Unit], details: list[Unit], cache: dict, predicates_of) -> list[Conflict]:
    """``predicates_of``: a unit's predicates, read once per post."""
    for pc in predicates_of(claim, cache):
        said = claim.text[pc.start:pc.end]
        if pc.positive or pc.adnominal or quoted(claim.text, pc.start, claim.start, claim.end) or (
                held_as_a_view(claim.text, pc.end) or not_plainly_said(claim, pc)
                or "、" in said or said.startswith(NOT_DENIALS) or pc.key.startswith(KNOWING)
                # (A word of being read into なく, 間もなく, has no words of its own.)
                or not claim.text.startswith(pc.key, pc.start)):
            continue
        lo, hi = clause_bounds(claim.text, pc.start, claim.start, claim.end)
        if any(w in claim.text[lo:pc.start] for w in PARTIAL):
            continue
        words = _clause_words(claim, pc, cache)
        if len(words) < MIN_WORDS:
            continue
        # The details deny the claim's own verb somewhere: the claim restates that.
        if any(same_word(p.key, pc.key) and not p.positive
               for u in containing(details, (pc.key,), cache) for p in predicates_of(u, cache)):
            continue
        # The verb told of the clause in the details is the comparison of
        # predicates' to make.
        if any(len(_held_in(words, u, cache)) * 2 >= len(words) for u in containing(details, (pc.key,), cache)):
            continue
        found = _telling(claim, words, aligned[:REACH], lo, hi, cache, predicates_of)
        if found is None:
            continue
        # Another sentence that holds most of the clause and denies it: the
        # details tell it both ways.
        if any(u.start != found[0].start and len(_held_in(words, u, cache)) * 2 >= len(words)
               and _denies(u, predicates_of(u, cache)) for u in details):
            continue
        unit, es, ee = found
        return [Conflict("polarity", pc.start, pc.end, unit, es, ee, claim.text[pc.start:pc.end], unit.text[es:ee])]
    return []


def _telling(claim: Unit, words: list[str], aligned: list[Unit], lo: int, hi: int, cache: dict,
             predicates_of) -> Optional[tuple[Unit, int, int]]:
    """The aligned sentence holding the clause's words, said positively:
    with the span from its first such word to the predicate after its last."""
    for unit in aligned:
        body = unit.body
        held = _held_in(words, unit, cache)
        if len(held) < MIN_WORDS or len(held) < HELD * len(words):
            continue
        preds = predicates_of(unit, cache)
        if _denies(unit, preds) or span_dated_apart(claim, lo, hi, unit, cache) or sentence_dated_apart(
                claim, lo, unit, unit.start, cache):
            continue
        places = [unit.text.find(w, unit.start, unit.end) for w in held if w in body]
        if not places:
            continue
        last = max(places)
        after = [p for p in preds if p.start >= last]
        if not after or any(same_word(p.key, w) for p in after[:1] for w in words):
            continue
        return unit, min(places), after[0].end
    return None
