"""Two names that take each other's particles, whatever the verb says.

The claim and a detail sentence name the same two parties in one clause
each, and each party has the other's particle (カリストはネレイドに便乗
して / ネレイドは…カリストに相乗りして): one of them put in the other's
place.  The verbs may differ as a writer's
words do, so what ties the two sentences to one event is their other
words, or a kanji their verbs share; the verbs must be in one voice, and
neither may be told from either party (勝つ / 負ける, 売る / 買う, 学ぶ:
「AがBに敗れた」 and 「BがAに勝った」 agree; 会う, done to each other).  One
of the two at least must be a name (katakana, Latin, a name's ending, or
Sudachi's proper nouns): two common nouns (住民 / 部隊) change places in a
paraphrase too easily.

    pass: 探査機ネレイドは探査機カリストに便乗して打ち上げられた / 探査機ネレイドは探査機カリストに相乗りして打ち上げられた
    fail: 探査機カリストは探査機ネレイドに便乗して打ち上げられた / 探査機ネレイドは探査機カリストに相乗りして打ち上げられた
"""

from __future__ import annotations

from itertools import combinations
from typing import Optional

from lint.kinds.contradiction.chunks import Chunk, unit_chunks
from lint.kinds.contradiction.converse import CONVERSE
from lint.kinds.contradiction.name_kinds import name_like
from lint.kinds.contradiction.predicates import CASE_PARTICLES
from lint.kinds.contradiction.role_swaps import Spans
from lint.kinds.contradiction.role_words import (LISTED, MUTUAL, TAKING, matches, occurrences, passive, role, roled_words,
                                                 spanning, told_both_ways)
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import is_kanji

# The roles whose exchange is read: who acts, and whom or what the act is to.
_READ = ({"agent", "goal"}, {"agent", "object"})
# Other words of the claim's clause the sentence's clause must hold, where the verbs share no kanji.
MIN_SHARED = 2


def _verb(found: list[Chunk], k: int) -> Optional[Chunk]:
    """The first verb after chunk ``k`` in its clause: a chunk whose grammar
    is no case particle (便乗|して)."""
    for c in found[k + 1:]:
        if c.clause != found[k].clause:
            return None
        if c.grammar and not c.grammar.startswith(CASE_PARTICLES) and c.grammar not in LISTED:
            return c
    return None


def _both_ways(verb: Chunk) -> bool:
    """A verb told from either party of one act (勝 / 負, 売 / 買, 学ぶ, 受ける, 会う)."""
    said = verb.word + verb.grammar
    return said.startswith(CONVERSE) or said.startswith(TAKING) or said.startswith(MUTUAL)


def _clause_words(found: list[Chunk], clause: int, skip: tuple) -> set[str]:
    return {c.word for c in found if c.clause == clause and len(c.word) >= 2 and c not in skip}


def _same_act(mine: list[Chunk], v: Chunk, x: Chunk, y: Chunk, theirs: list[Chunk], ve: Chunk, xe: Chunk,
              ye: Chunk) -> bool:
    """The two clauses tell one act: their verbs share a kanji, or the
    sentence's clause holds two more of the claim clause's words."""
    if any(is_kanji(ch) and ch in ve.word for ch in v.word):
        return True
    theirs_words = " ".join(_clause_words(theirs, ve.clause, (xe, ye)))
    return sum(1 for w in _clause_words(mine, v.clause, (x, y)) if w in theirs_words) >= MIN_SHARED


def _claim_pairs(claim: Unit, cache: dict) -> list[tuple[Chunk, Chunk, Chunk]]:
    """The claim's pairs of words that may be exchanged, with the verb they
    lead to: once per claim, as every aligned sentence asks again."""
    key = ("swap-pairs", claim.start, claim.end)
    found = cache.get(key)
    if found is None:
        mine = unit_chunks(claim, cache)
        words = [(k, c) for k, c in roled_words(claim, cache) if len(c.word) >= 2]
        found = cache[key] = []
        for (i, x), (j, y) in combinations(words, 2):
            if ({role(x), role(y)} not in _READ or matches(x.word, y.word) or x.clause != y.clause
                    or not (name_like(x.word) or name_like(y.word))):
                continue
            v = _verb(mine, j)
            # (A claim that tells the exchange each way, AはBに譲り、BはAに…, swaps nothing.)
            if v is not None and not _both_ways(v) and not told_both_ways(mine, x, y, role(x), role(y)):
                found.append((x, y, v))
    return found


def exchanged_any_verb(claim: Unit, unit: Unit, cache: dict) -> Optional[Spans]:
    """The spans from one name to the other in the claim and in the
    sentence, where each takes the other's particle."""
    pairs = _claim_pairs(claim, cache)
    if not pairs:
        return None
    mine, theirs = unit_chunks(claim, cache), unit_chunks(unit, cache)
    occurring = cache.setdefault(("occurring", unit.start, unit.end), {})
    for x, y, v in pairs:
        rx, ry = role(x), role(y)
        at_x, at_y = occurrences(theirs, x.word, occurring), occurrences(theirs, y.word, occurring)
        # The sentence tells the claim's way too: both ways told.
        if not at_x or not at_y or any(role(theirs[a]) == rx for a in at_x) or any(role(theirs[b]) == ry for b in at_y):
            continue
        for a in (a for a in at_x if role(theirs[a]) == ry):
            for b in (b for b in at_y if role(theirs[b]) == rx):
                xe, ye = theirs[a], theirs[b]
                if xe.clause != ye.clause:
                    continue
                ve = _verb(theirs, max(a, b))
                if ve is None or _both_ways(ve) or passive(v) != passive(ve):
                    continue
                if _same_act(mine, v, x, y, theirs, ve, xe, ye):
                    return spanning(x, y), spanning(xe, ye)
    return None
