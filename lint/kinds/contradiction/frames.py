"""Frames: one act, one of its parties the same, another filled with another name.

「事務局はタイのバンコクに置かれている」 against 「…、ジャカルタに事務局が
置かれた」: the verb (置か), and the party it is said of (事務局), are in
both; the place, marked by the same particle (に), is バンコク in the claim
and ジャカルタ in the details, two names of one kind.  Word order does not
matter, as each word is found by its particle in the verb's clause.

The claim is contradicted only when no detail clause names its own name
with that party (two seats at two times, or one told with another verb),
the details' name is not in the claim, and the sentence names the other
names and the topic of the claim's clause.  Two places must be of one
kind by the entity lexicon (a state and a creek in it are both right).

    pass: 事務局はジャカルタに置かれた / ジャカルタに事務局が置かれた
    fail: 事務局はバンコクに置かれた / ジャカルタに事務局が置かれた
"""

from __future__ import annotations

from typing import Callable, Optional

from lint.kinds.contradiction.chunks import Chunk, is_name, unit_chunks
from lint.kinds.contradiction.dated import clauses_dated_apart
from lint.kinds.contradiction.name_kinds import common_word, name_like, part_of_name, same_kind, variant
from lint.kinds.contradiction.name_roles import kin_of_named
from lint.kinds.contradiction.role_words import NUMERIC, matches, noun, same_head
from lint.kinds.contradiction.units import Conflict, Unit, containing, details_text, memo

# The particles of a slot, and those taken for one (は and が both mark who acts).
SLOTS = {"に": "に", "へ": "に", "で": "で", "から": "から", "を": "を", "が": "が", "は": "が"}
# A party said of the act: a word of two letters or more with one of these.
PARTY_MARKS = ("は", "が", "を")


def _slot(c: Chunk) -> Optional[str]:
    return SLOTS.get(c.grammar)


def _verb(found: list[Chunk], k: int) -> Optional[Chunk]:
    """The first verb after chunk ``k`` in its clause (its grammar is an
    inflection, not a case particle)."""
    for c in found[k + 1:]:
        if c.clause != found[k].clause:
            return None
        if not noun(c) and not NUMERIC.match(c.word):
            return c
    return None


def _same_verb(a: Chunk, b: Chunk) -> bool:
    return same_head(a, b) or len(a.word) == 1 and a.word == b.word[:1] and a.grammar[:1] == b.grammar[:1]


def _name(c: Chunk) -> bool:
    return len(c.word) >= 2 and (name_like(c.word) or is_name(c.word)) and not common_word(c.word)


def _frames(u: Unit, cache: dict) -> list[tuple[Chunk, str, Chunk, list[Chunk]]]:
    """(name, slot, verb, the other parties of its clause) for each name in a slot, once per post."""
    return memo(cache, ("frames", u.start, u.end), lambda: _find(unit_chunks(u, cache)))


def _find(chunks: list[Chunk]) -> list[tuple[Chunk, str, Chunk, list[Chunk]]]:
    found = []
    for k, c in enumerate(chunks):
        slot = _slot(c)
        if slot is None or not _name(c):
            continue
        verb = _verb(chunks, k)
        if verb is None:
            continue
        parties = [d for d in chunks if d.clause == c.clause and d is not c and d.start < verb.start
                   and d.grammar in PARTY_MARKS and len(d.word) >= 2 and not NUMERIC.match(d.word)]
        found.append((c, slot, verb, parties))
    return found


def _fills(u: Unit, slot: str, verb: Chunk, party: Chunk, cache: dict, name: str = "") -> Optional[Chunk]:
    """The name that fills ``slot`` of ``verb`` said of ``party`` in ``u``
    (``name``: that name only), if any."""
    for c, s, v, parties in _frames(u, cache):
        if (s == slot and (not name or matches(name, c.word)) and _same_verb(verb, v)
                and any(matches(party.word, p.word) for p in parties)):
            return c
    return None


# Slots of place: two places are two of one kind only by the entity lexicon
# (a state and a creek in it are both right).
PLACES = ("に", "で", "から")


def _others_named(claim: Unit, x: Chunk, unit: Unit, cache: dict) -> bool:
    """Every other name of the name's clause, and its topic, are in the
    sentence: it speaks of the same things.  A name owning ``x`` (タイの
    バンコク) goes with it."""
    mine = unit_chunks(claim, cache)
    theirs = unit_chunks(unit, cache)
    k = mine.index(x)
    owner = mine[k - 1] if k and mine[k - 1].grammar == "の" else None
    return all(any(matches(c.word, d.word) for d in theirs) for c in mine
               if c.clause == x.clause and c is not x and c is not owner
               and (_name(c) or c.grammar == "は" and len(c.word) >= 2))


def _said_with(x: Chunk, party: Chunk, details: list[Unit], cache: dict) -> bool:
    for u in containing(details, (x.word[:2],), cache):
        chunks = unit_chunks(u, cache)
        clauses = {c.clause for c in chunks if matches(x.word, c.word)}
        if any(d.clause in clauses and matches(party.word, d.word) for d in chunks):
            return True
    return False


_LISTING = ("、", "と", "や", "・")


def compare(claim: Unit, aligned: list[Unit], details: list[Unit], cache: dict,
            kinds: Callable[[str], frozenset]) -> list[Conflict]:
    """``aligned``: the claim's closest detail sentences; ``kinds``: the
    entity lexicon's kinds of a word (country, city …)."""
    body = claim.body
    chunks = unit_chunks(claim, cache)
    text = details_text(details, cache)
    for x, slot, verb, parties in _frames(claim, cache):
        # A family of a name the details use acts by its members (キャドバリー家 /
        # ジョージとリチャードは); another family is still another party.
        family = kin_of_named(x.word, text)
        # A name in a list (山本草二、柳井俊二が) may be one more, not another.
        k = chunks.index(x)
        before = chunks[k - 1] if k else None
        if x.grammar in _LISTING or before is not None and (
                before.grammar in _LISTING and before.clause == x.clause
                or not before.grammar and before.end == x.start - 1 and claim.text[before.end] in "、・"):
            continue
        for party in parties:
            # The claim's own name with that party anywhere, by any verb:
            # told of another time or place, or in other words
            # (長官は三善康信が務めた / 長官には三善康信が就いた).
            if _said_with(x, party, details, cache):
                continue
            for unit in aligned:
                y = _fills(unit, slot, verb, party, cache)
                if (y is None or y.word in body or matches(x.word, y.word) or not same_kind(x.word, y.word)
                        or family and not kin_of_named(y.word, text)
                        or variant(x.word, y.word) or part_of_name(x.word, y.word)
                        or slot in PLACES and not kinds(x.word) & kinds(y.word)
                        or not _others_named(claim, x, unit, cache)
                        # Two holders at two times (2018年から…が務める / 2010年
                        # から2017年までは…が務めた).
                        or clauses_dated_apart(claim, x.start, unit, y.start, cache)):
                    continue
                return [Conflict("entity", x.start, x.end, unit, y.start, y.end, x.word, y.word)]
    return []
