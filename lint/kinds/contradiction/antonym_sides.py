"""Sides of an antonym pair the details already say: the lexicon's hits in
a sentence, which sides a post uses, and whether the claim's own side is
said of the same thing elsewhere (then both sides happened)."""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.antonym_words import AntonymLexicon
from lint.kinds.contradiction.opposites import word_polarity
from lint.kinds.contradiction.closeness import about_the_same
from lint.kinds.contradiction.dated_clauses import sentence_dated_apart
from lint.kinds.contradiction.name_kinds import name_like
from lint.kinds.contradiction.role_words import matches
from lint.kinds.contradiction.subjects import subject_before
from lint.kinds.contradiction.units import Settings, Unit, containing
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA, is_unified_kanji
from lint.text.tokens import bigrams, clause_bounds


def said_elsewhere(claim: Unit, index: int, side: int, s: int, e: int, pol: bool, details: list[Unit],
                    opposing: Unit, cache: dict, cfg: Settings, lexicon: AntonymLexicon,
                    against_closeness: tuple = (0, 0.0)) -> bool:
    """The details say the claim's own word, or another of its side, the same
    way of the same thing in a sentence other than the ``opposing`` one: both
    sides happened (ミサイルを配備した…のちに撤去した; 戦いに勝った …
    戦いで…連合軍を破り).  Within one sentence the closer clause decides,
    but for an act and its undoing, which happen one after the other.
    ``against_closeness``: how close the opposing word is to the claim's."""
    pair = lexicon.pairs[index]
    words = bigrams(claim.text[slice(*clause_bounds(claim.text, s, claim.start, claim.end))])
    against = bigrams(opposing.body)
    # The word's side in every pair that has it (増え beside 伸び in one
    # pair, beside 落ち込 in another): each of those words says it too.
    said = claim.text[s:e]
    sides = lexicon.sides_of.get(said, set()) | {(index, side)}
    key = ("side-forms", said, index, side)
    forms = cache.get(key)
    if forms is None:
        forms = cache[key] = tuple(sorted({f for j, sd in sides
                                           for f in (lexicon.pairs[j].right if sd else lexicon.pairs[j].left)}))
    for unit in containing(details, forms, cache):
        for j, other_side, us, ue in hits(unit, cache, lexicon):
            if (j, other_side) not in sides or word_polarity(unit, us, ue) != pol:
                continue
            # (A chance, 再び増える可能性もある, says nothing happened; another
            # year's change, 2003年に…急増し, nothing of the claim's 2006年.)
            if _POSSIBLE.search(unit.text, ue, clause_bounds(unit.text, us, unit.start, unit.end)[1]):
                continue
            # (An act that its undoing follows is told whenever it happened:
            # 1895年に武徳会が設立され / 武徳会の設立後に…、1949年に….)
            if sentence_dated_apart(claim, s, unit, us, cache) and not (
                    pair.undoes and j == index and unit.text[us:ue] == said and unit.start != opposing.start
                    and len(words & bigrams(unit.body)) > len(words & against)):
                continue
            if unit.start == opposing.start:
                # An act and its undoing told in one sentence both happened
                # (首相に就任すると…就任から約1週間で辞任に追い込まれた).
                if j == index and pair.undoes and unit.text[us:ue] == claim.text[s:e]:
                    return True
                continue
            # Another word of the side is weaker support than the word itself:
            # its sentence must hold more of the word's clause than the opposing one.
            if len(words & bigrams(unit.body)) > len(words & against):
                return True
            if unit.text[us:ue] != claim.text[s:e]:
                continue
            same, closeness = about_the_same(claim, s, e, unit, us, ue, cache, cfg.argument_overlap)
            # Support asks less than a contradiction: three words of the clause;
            # against an opposing word that close, no less close to the claim's,
            # but for an act and its undoing (分子量の大きい炭化水素 does not
            # support 比重が1より大きい against 比重は1より小さく).
            if (same or closeness[0] >= SUPPORT_SHARED) and (
                    pair.undoes or against_closeness[0] < SUPPORT_SHARED or closeness[1] >= against_closeness[1]):
                return True
    return False


def phrase_restated(claim: Unit, s: int, e: int, pol: bool, details: list[Unit], opposing: Unit,
                    cache: dict) -> bool:
    """The claim's word with the letters before it (わきの下など一部), told the
    same way in a detail sentence other than the ``opposing`` one: the claim
    restates that sentence, of the thing it tells."""
    phrase = claim.text[max(claim.start, s - RESTATED_BEFORE):e]
    if len(phrase) < e - s + RESTATED_BEFORE:
        return False
    # (…and it must hold more of the claim's clause than the opposing one:
    # 当初は住民の一部が / 最終的には住民の全員が, said of 最終的には…一部.)
    words = bigrams(claim.text[slice(*clause_bounds(claim.text, s, claim.start, claim.end))])
    against = len(words & bigrams(opposing.body))
    for unit in containing(details, (phrase,), cache):
        at = unit.text.find(phrase, unit.start, unit.end)
        us = at + RESTATED_BEFORE
        if (unit.start != opposing.start and word_polarity(unit, us, us + e - s) == pol
                and len(words & bigrams(unit.body)) > against):
            return True
    return False


# Letters before a quantity word that make its phrase a restatement.
RESTATED_BEFORE = 4


_POSSIBLE = compile_re("可能性|おそれ|恐れ|かもしれ|見込み|見通し|予想|だろう")


# Grams the clauses of the claim's word and of the same word elsewhere must share.
SUPPORT_SHARED = 3


def hits(unit: Unit, cache: dict, lexicon: AntonymLexicon) -> list[tuple[int, int, int, int]]:
    key = ("a", unit.start, unit.end)
    if key not in cache:
        cache[key] = lexicon.find(unit.text, unit.start, unit.end, cache.get("ant-pool"))
    return cache[key]


def sides_present(details: list[Unit], cache: dict, lexicon: AntonymLexicon) -> set[tuple[int, int]]:
    """Which sides of which pairs the details use at all (once per post)."""
    present = cache.get("ant-present")
    if present is None:
        present = cache["ant-present"] = {(j, sd) for u in details for j, sd, _, _ in hits(u, cache, lexicon)}
    return present


_POINTER = compile_re(r"(?:これ|それ)(?:を|に|は|が)")


def points_back(u: Unit, at: int) -> bool:
    """The word's clause takes up the one before by これ or それ."""
    lo, hi = clause_bounds(u.text, at, u.start, u.end)
    return lo > u.start and _POINTER.search(u.text, lo, at) is not None


def own_subject(claim: Unit, s: int, unit: Unit, side: int, compared: list, cache: dict) -> Optional[str]:
    """The subject the claim says its word of (黒潮は暖流である), where the
    sentence says that word too and the other end only of other subjects
    (親潮は寒流であり、黒潮は暖流である): else None.  Not where the claim
    says its word of an object (減価は…赤字を縮小させる / 赤字が拡大する)."""
    if not any(o == side and p for o, _, _, p, _, _ in compared):
        return None
    mine = subject_before(claim, s, cache)
    if mine is None or "を" in claim.text[clause_bounds(claim.text, s, claim.start, claim.end)[0]:s]:
        return None
    others = {subject_before(unit, u, cache) for o, u, *_ in compared if o != side}
    return None if mine in others or None in others else mine


# A describing word's ending, then the name it describes (小さい|パラグアイ).
_NAME_DESCRIBED = compile_re(f"[{HIRAGANA}]{{0,2}}?([{PLAIN_KATAKANA}{KANJI_UNIFIED}ー・]{{2,}})")
_NAME_BEFORE = compile_re(f"([{PLAIN_KATAKANA}{KANJI_UNIFIED}ー・]{{2,}})(?=[{HIRAGANA}])")


def said_of_other_names(claim: Unit, s: int, unit: Unit, us: int, ue: int) -> bool:
    """The details' word describes a name (経済規模の小さいパラグアイ), and
    the claim says its word of other names that the sentence names too
    (ブラジルの経済規模が…大きく / 拠出の7割をブラジルが負担する一方):
    what is said of one party, nothing of the other."""
    if unit.text[ue - 1:ue] not in ("い", "な"):
        return False
    described = _NAME_DESCRIBED.match(unit.text, ue, unit.end)
    if described is None or not name_like(described.group(1)):
        return False
    theirs = described.group(1)
    lo = clause_bounds(claim.text, s, claim.start, claim.end)[0]
    mine = [m.group(1) for m in _NAME_BEFORE.finditer(claim.text, lo, s) if name_like(m.group(1))]
    return bool(mine) and not any(matches(w, theirs) or w in theirs for w in mine) and any(w in unit.body for w in mine)


_KANJI_RUN = compile_re(f"[{KANJI_UNIFIED}]+")
_KANJI_END = compile_re(f"[{KANJI_UNIFIED}]{{1,2}}")


def adjective_against_compound(claim: Unit, e: int, unit: Unit, ue: int) -> bool:
    """One word an adjective describing a noun, the other the start of a
    compound, and the two nouns share no letter (最も低い南部の平野 /
    世界最高峰エベレスト): the lowest of one thing, the highest of another."""
    if (claim.text[e - 1:e] == "い") == (unit.text[ue - 1:ue] == "い"):
        return False
    (u, at), (v, vt) = ((claim, e), (unit, ue)) if claim.text[e - 1:e] == "い" else ((unit, ue), (claim, e))
    if not (vt and is_unified_kanji(v.text[vt - 1])):
        return False
    described, compound = _KANJI_RUN.match(u.text, at, u.end), _KANJI_END.match(v.text, vt, v.end)
    return described is not None and compound is not None and not set(described.group()) & set(compound.group())

