"""Doers: two acts, each done by one of two parties, and the details give
each act to the other party.

「ギラード政権が導入した制度をアボット政権が廃止した」 against 「アボット政権
が導入した制度をギラード政権が廃止した」: each act named by a verbal noun
(導入し, 廃止した) is done by the nearest word before it marked by が or
は (or による); where the two sentences name the same two acts and the same two doers,
one act each, and the doers are exchanged, one of the two put the other in
its place.  Both acts must be active (a passive's が is what the act is
done to) and each doer named in both sentences.

    pass: ギラード政権が制度を導入し、アボット政権がこれを廃止した / ギラード政権が導入した制度をアボット政権が廃止した
    fail: アボット政権が導入した制度をギラード政権が廃止した / ギラード政権が制度を導入し、アボット政権がこれを廃止した
"""

from __future__ import annotations

from typing import NamedTuple, Optional, Sequence

from lint.kinds.contradiction.chunks import Chunk, unit_chunks
from lint.kinds.contradiction.role_swaps import Spans
from lint.kinds.contradiction.role_words import matches, passive, role, spanning, term
from lint.kinds.contradiction.units import Unit, memo
from lint.text.scripts import is_kanji

# The endings of a verbal noun said as an active act (導入した, 廃止し, 設立する).
_ACTIVE = ("し", "す")


class Act(NamedTuple):
    doer: Chunk
    verb: Chunk


def _verb(c: Chunk) -> bool:
    """A verbal noun of two kanji or more said as an act (導入した), not a passive (導入された)."""
    return (len(c.word) >= 2 and all(is_kanji(ch) for ch in c.word) and c.grammar.startswith(_ACTIVE)
            and not passive(c))


def acts(u: Unit, cache: dict) -> list[Act]:
    """Each active verbal noun of ``u`` with the nearest doer before it, once per post."""
    def find() -> list[Act]:
        found, doer = [], None
        for c in unit_chunks(u, cache):
            if term(c) and role(c) == "agent":
                doer = c
            elif _verb(c) and doer is not None:
                found.append(Act(doer, c))
        return found
    return memo(cache, ("doer-acts", u.start, u.end), find)


def _doer_of(found: list[Act], verb: str) -> list[Chunk]:
    return [a.doer for a in found if a.verb.word == verb]


def doers_exchanged(claim: Unit, unit: Unit, cache: dict, details: Sequence[Unit] = ()) -> Optional[Spans]:
    """The claim's two acts with their doers exchanged in the sentence, and
    no detail sentence giving them the claim's doers (another bill, another
    vote): the spans from the first doer to the last verb in each."""
    mine = acts(claim, cache)
    if len(mine) < 2:
        return None
    theirs = acts(unit, cache)
    if any(_told_as_claimed(mine, acts(u, cache)) for u in details if u.start != unit.start):
        return None
    for k, first in enumerate(mine):
        for second in mine[k + 1:]:
            if first.verb.word == second.verb.word or matches(first.doer.word, second.doer.word):
                continue
            one = _swapped(first, second, theirs)
            if one is not None:
                return spanning(first.doer, second.verb), spanning(*one)
    return None


def _swapped(first: Act, second: Act, theirs: list[Act]) -> Optional[tuple[Chunk, ...]]:
    """The sentence's doers of the two acts, when each is the claim's other
    doer and neither act is given the claim's doer there too."""
    a = _doer_of(theirs, first.verb.word)
    b = _doer_of(theirs, second.verb.word)
    if not a or not b or any(matches(d.word, first.doer.word) for d in a) or any(
            matches(d.word, second.doer.word) for d in b):
        return None
    if all(matches(d.word, second.doer.word) for d in a) and all(matches(d.word, first.doer.word) for d in b):
        verbs = [x.verb for x in theirs if x.verb.word in (first.verb.word, second.verb.word)]
        return (*a, *b, *verbs)
    return None


def _told_as_claimed(mine: list[Act], theirs: list[Act]) -> bool:
    """Two of the claim's acts given to the claim's doers there."""
    told = sum(any(a.verb.word == m.verb.word and matches(a.doer.word, m.doer.word) for a in theirs) for m in mine)
    return told >= 2

