"""Directions: a place or party the claim has a thing go from, where the
details have it go to (or the reverse), with the same verb or noun.  The
claim's direction is read from から and へ; the details' also from に.

「宮廷をヴェルサイユからルーブルへ移し」 against 「宮廷をヴェルサイユ宮殿に
移す」; 「知事への派遣要請」 against 「知事からの要請」.  The particle says the
direction (から from; へ, への, and に before an active verb, to); the word
it leads to must be alike in both (移し / 移す, 派遣要請 / 要請).  に before
a passive marks who acts (知事に要請された), so it is no direction there.

    pass: 宮廷をヴェルサイユから移した / 宮廷をヴェルサイユから移した
    fail: 宮廷をヴェルサイユからルーブルへ移した / 宮廷をヴェルサイユ宮殿に移した
"""

from __future__ import annotations

from typing import Optional, Sequence

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import Chunk, unit_chunks
from lint.kinds.contradiction.compass import COMPASS
from lint.kinds.contradiction.dated import span_dated_apart
from lint.kinds.contradiction.predicates import CASE_PARTICLES
from lint.kinds.contradiction.role_words import HEAD_REACH, matches, passive, same_head, term
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import KANJI_UNIFIED
from lint.text.tokens import clause_bounds

Spans = tuple[tuple[int, int], tuple[int, int]]

FROM = ("から", "からの")
# Verbs whose giver takes に (学ぶ, 習う, 借りる, 教わる, 受ける).
TAKING = ("学", "習", "借", "教わ", "授か", "受", "貰", "譲り受", "買")
TO = ("へ", "への", "へと")
# The forms that bind the word to the noun right after it (知事への|要請).
ADNOMINAL = ("からの", "への")


def _head(found: list[Chunk], k: int) -> Optional[Chunk]:
    """What a word with a direction leads to: the noun right after からの /
    への, else the first verb after it in its clause, if near."""
    c = found[k]
    for nxt in found[k + 1:]:
        if nxt.clause != c.clause or nxt.start - c.grammar_end > HEAD_REACH:
            return None
        if c.grammar in ADNOMINAL:
            return nxt
        if nxt.grammar and not nxt.grammar.startswith(CASE_PARTICLES):
            return nxt
    return None


# Nouns that only point at the word before の (産油国の側へ, 師のもとで):
# the direction is that word's.
POINTING = ("側", "がわ", "もと", "下", "手", "ほう", "方")


def _direction(found: list[Chunk], k: int) -> Optional[tuple[str, Chunk]]:
    """("from" or "to", the word it leads to) for chunk ``k``, or None."""
    c = found[k]
    if not term(c):
        return None
    if c.grammar == "の" and k + 1 < len(found) and found[k + 1].word in POINTING and (
            found[k + 1].start == c.grammar_end):
        k, c = k + 1, found[k + 1]
    if c.grammar not in FROM + TO + ("に",):
        return None
    head = _head(found, k)
    if head is None:
        return None
    # に before a verb of taking or learning names the giver (師に学んだ: from).
    if c.grammar == "に" and (passive(head) or not head.grammar or head.word.startswith(TAKING)):
        return None
    return ("from" if c.grammar in FROM else "to"), head


def direction_reversed(claim: Unit, unit: Unit, cache: dict, details: Sequence[Unit] = ()) -> Optional[Spans]:
    """A word of the claim given the other direction by the sentence, before
    a like word, and never the claim's direction there, nor in another of
    ``details`` (盛楽から平城へ移し / 都を平城から洛陽へ移した: two moves)."""
    mine, theirs = unit_chunks(claim, cache), unit_chunks(unit, cache)
    body = unit.body
    for k, x in enumerate(mine):
        if x.grammar not in FROM + TO or x.word[:2] not in body:
            continue
        found = _direction(mine, k)
        if found is None:
            continue
        # A move dated to other years than the sentence's is another move
        # (794年に長岡京から / 784年、平城京から長岡京へ).
        lo, hi = clause_bounds(claim.text, x.start, claim.start, claim.end)
        if span_dated_apart(claim, lo, hi, unit, cache):
            continue
        way, head = found
        other_way = None
        same_way = False
        for y, their_way, their_head in _ways(mine, k, head, theirs):
            if their_way == way:
                same_way = True
                break
            other_way = other_way or (y, their_head)
        if other_way is not None and not same_way and any(
                any(w == way for _, w, _ in _ways(mine, k, head, unit_chunks(u, cache)))
                for u in details if u.start != unit.start and x.word[:2] in u.body):
            continue
        if other_way is not None and not same_way:
            y, their_head = other_way
            if _other_end_beside(mine, k, way, theirs, y) or _both_ways_in_claim(mine, k, way):
                continue
            # (Two moves that describe two nouns are two things' ways: 肺から心臓へ
            # 向かう肺静脈 / 心臓から肺へ向かう肺動脈.)
            mine_of, theirs_of = described(mine, head), described(theirs, their_head)
            if mine_of is not None and theirs_of is not None and not matches(mine_of, theirs_of):
                continue
            return (x.start, _end(head)), (y.start, _end(their_head))
    return compass_reversed(claim, unit, cache)


def described(found: list[Chunk], head: Chunk) -> Optional[str]:
    """The noun a verb describes, right after it (向かう|肺静脈), past a
    measure said of it (駆けつけた|78歳の|尾畠春夫)."""
    k = found.index(head)
    if head.grammar[-1:] not in ("う", "る", "た", "く", "す", "つ", "ぶ", "む", "ぐ") or k + 1 >= len(found) or (
            found[k + 1].start != head.grammar_end):
        return None
    k += 1
    while k + 1 < len(found) and found[k].word[:1].isdigit() and found[k].grammar == "の":
        k += 1
    return found[k].word


def _ways(mine: list[Chunk], k: int, head: Chunk, theirs: list[Chunk]):
    """Each chunk of ``theirs`` naming the claim's word ``mine[k]`` (of the
    same owner) with a direction before a word like ``head``: (the chunk,
    "from" or "to", the word it leads to), in order."""
    for j, y in enumerate(theirs):
        if not matches(mine[k].word, y.word) or _owners_differ(mine, k, theirs, j):
            continue
        found = _direction(theirs, j)
        if found is not None and same_head(head, found[1]):
            yield y, found[0], found[1]


# A way between two points of the compass (南から北へ, 北部から南部に).
_WAY = compile_re(f"(?<![{KANJI_UNIFIED}])([{COMPASS}]{{1,2}})部?から([{COMPASS}]{{1,2}})(?:部|(?![{KANJI_UNIFIED}]))")
_VERB_KANJI = compile_re(f"[{KANJI_UNIFIED}]")


def compass_way(u: Unit) -> bool:
    """The sentence tells a way between two points of the compass."""
    return _WAY.search(u.text, u.start, u.end) is not None


def compass_reversed(claim: Unit, unit: Unit, cache: dict) -> Optional[Spans]:
    """One move told from the other end (北から南へ広がった / 南から北の
    日本海側へ燃え広がり): the two points exchanged, before one verb."""
    ways = [((n.group(1), n.group(2)), n) for n in _WAY.finditer(unit.text, unit.start, unit.end)]
    for m in _WAY.finditer(claim.text, claim.start, claim.end):
        mine = (m.group(1), m.group(2))
        # (Both ways told there, 往路は東から西へ、復路は西から東へ: a way there and back.)
        if mine[0] == mine[1] or any(theirs == mine for theirs, _ in ways):
            continue
        verbs = set(_VERB_KANJI.findall(claim.text, m.end(), min(claim.end, m.end() + 8))) - set(COMPASS)
        for theirs, n in ways:
            if theirs == mine[::-1] and verbs & set(
                    _VERB_KANJI.findall(unit.text, n.end(), min(unit.end, n.end() + 12))):
                lo, hi = clause_bounds(claim.text, m.start(), claim.start, claim.end)
                if not span_dated_apart(claim, lo, hi, unit, cache):
                    return (m.start(), m.end()), (n.start(), n.end())
    return None


def _owners_differ(mine: list[Chunk], k: int, theirs: list[Chunk], j: int) -> bool:
    """Each word is said of an owner the other's is not (Googleの検索エンジン
    / 自前の検索エンジン): two things of one name."""
    a = mine[k - 1] if k and mine[k - 1].grammar == "の" and mine[k - 1].end + 1 == mine[k].start else None
    b = theirs[j - 1] if j and theirs[j - 1].grammar == "の" and theirs[j - 1].end + 1 == theirs[j].start else None
    return a is not None and b is not None and not matches(a.word, b.word) and not matches(b.word, a.word)


def _other_end_beside(mine: list[Chunk], k: int, way: str, theirs: list[Chunk], y: Chunk) -> bool:
    """The claim's other end of the move (セーヌ湾から|イギリス海峡へ) is named
    beside the sentence's word without a direction of its own (イギリス海峡の
    一部であるセーヌ湾に): the two ends are one place told two ways."""
    ends = [c for j, c in enumerate(mine) if j != k and c.clause == mine[k].clause
            and (found := _direction(mine, j)) is not None and found[0] != way]
    return any(matches(z.word, w.word) and w.clause == y.clause and _direction(theirs, j) is None
               for z in ends for j, w in enumerate(theirs))


def _both_ways_in_claim(mine: list[Chunk], k: int, way: str) -> bool:
    """The claim has the word go the other way too (僧侶の服装から儒者の
    服装に改めた): the words before it tell the two apart."""
    return any(j != k and c.word == mine[k].word and (found := _direction(mine, j)) is not None and found[0] != way
               for j, c in enumerate(mine))


def _end(head: Chunk) -> int:
    """A verb is quoted with its first okurigana (移し), a noun alone."""
    return head.end + 1 if head.grammar and not head.grammar.startswith(CASE_PARTICLES) else head.end
