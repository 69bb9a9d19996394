"""Pairings: two clauses of the claim each pair two words, and the evidence
pairs them crosswise.

「所感派と呼ばれたのは宮本顕治ら、国際派と呼ばれたのは徳田球一ら」 against
「反論した徳田らは所感派、批判を受け入れた宮本らは国際派と呼ばれる」: the
claim puts 宮本 with 所感派 and 徳田 with 国際派, the evidence 徳田 with
所感派 and 宮本 with 国際派.  A clause is where a writer pairs a thing with
what is said of it, so four words, each said once on both sides, that the
two sentences pair crosswise tell of an exchange, whatever the verbs.

    pass: 表示の登記は土地家屋調査士が、権利の登記は司法書士が担う / 表示の登記は土地家屋調査士が、権利の登記は司法書士が代理する
    fail: 表示の登記は司法書士が、権利の登記は土地家屋調査士が担う / 表示の登記は土地家屋調査士が、権利の登記は司法書士が代理する
"""

from __future__ import annotations

from itertools import combinations
from typing import Optional

from lint.kinds.contradiction.chunks import Chunk, unit_chunks
from lint.kinds.contradiction.clause_roles import comma_listed
from lint.kinds.contradiction.name_kinds import name_like, same_kind
from lint.kinds.contradiction.predicates import CASE_PARTICLES
from lint.kinds.contradiction.role_words import LISTED, role, role_of_grammar, spanning
from lint.text.scripts import is_kanji
from lint.kinds.contradiction.units import Unit

Spans = tuple[tuple[int, int], tuple[int, int]]
# A noun said to be what the clause is about (…のは徳田らである).
COPULA = ("である", "だ", "です", "で")
# Words that frame a clause (…する可能性がある, …の場合は): no thing paired.
FRAMES = frozenset(("可能性", "必要", "傾向", "場合", "予定", "見込み", "恐れ", "見通し", "方針", "一方", "理由", "目的",
                    "結果", "ため", "こと", "もの", "とき"))
# Fewest letters of a word paired.
MIN_LETTERS = 2


def _noun(c: Chunk) -> bool:
    # (A plural or a list's end before the particle: 徳田らは, 鉄や銅など.)
    g = c.grammar
    for lead in ("たち", "ら", "など"):
        if g.startswith(lead):
            g = g[len(lead):]
            break
    return not g or g.startswith(CASE_PARTICLES) or g.startswith(COPULA)


def _names(a: str, b: str) -> bool:
    """One thing named by two words: equal, or a name and its first part
    (徳田 / 徳田球一).  A word's head is not the word (ネットワーク is no
    ブルー・ネットワーク), nor a word with one letter more (英語 / 英語版)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return short == long_ or long_.startswith(short) and len(long_) - len(short) >= 2


def _by_letter(u: Unit, cache: dict) -> dict[str, list[Chunk]]:
    """The unit's chunks by first letter: words that name one thing share it."""
    key = ("by-letter", u.start, u.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = {}
        for c in unit_chunks(u, cache):
            found.setdefault(c.word[:1], []).append(c)
    return found


def _once(index: dict[str, list[Chunk]], word: str) -> list[Chunk]:
    return [c for c in index.get(word[:1], ()) if _names(word, c.word)]


def _alike(a: str, b: str) -> bool:
    """Two words of a kind, as a writer exchanges them: two names, or two
    words sharing a letter (司法書士 / 土地家屋調査士, 天気 / 気象)."""
    return same_kind(a, b) or name_like(a) and name_like(b) or any(is_kanji(ch) and ch in b for ch in a)


def _listed(found: list[Chunk], a: Chunk, b: Chunk) -> bool:
    """Members of one list (最澄と空海), which are paired with nothing."""
    first, second = (a, b) if a.start < b.start else (b, a)
    k = found.index(first)
    return k + 1 < len(found) and found[k + 1] is second and first.grammar in LISTED


def _candidates(claim: Unit, cache: dict) -> list[Chunk]:
    """The claim's words that may be paired, each said once in it; once per post."""
    key = ("pair-words", claim.start, claim.end)
    found = cache.get(key)
    if found is not None:
        return found
    chunks = unit_chunks(claim, cache)
    found = cache[key] = []
    if not chunks or chunks[-1].clause == 0:
        return found
    index = _by_letter(claim, cache)
    # (The ends of a range, 製作から…上映まで, and the members of a list
    # parted by commas, ウガンダ、ケニア, go in either order; a measure,
    # 約120平方キロメートル, is no thing paired.)
    # (A word of two letters or more with no digit is a term: see role_words.term.)
    found += [c for c in chunks if len(c.word) >= MIN_LETTERS and c.word not in FRAMES
              and not c.grammar.startswith(("から", "まで")) and not any(ch.isdigit() for ch in c.word)
              and _noun(c) and (len(index[c.word[0]]) == 1 or len(_once(index, c.word)) == 1)]
    if len(found) >= 3:
        listed = {chunks[k].start for k in comma_listed(claim.text, chunks)}
        found[:] = [c for c in found if c.start not in listed]
    return found


def _words(claim: Unit, unit: Unit, cache: dict) -> list[tuple[Chunk, Chunk]]:
    """The claim's words said once in each sentence, with where the evidence says them."""
    out = []
    mine, theirs = _by_letter(claim, cache), _by_letter(unit, cache)
    their_listed = None
    for c in _candidates(claim, cache):
        there = _once(theirs, c.word)
        if len(there) == 1 and len(_once(mine, there[0].word)) == 1:
            if their_listed is None:
                found = unit_chunks(unit, cache)
                their_listed = {found[k].start for k in comma_listed(unit.text, found)}
            if there[0].start not in their_listed:
                out.append((c, there[0]))
    return out


def may_pair(claim: Unit, cache: dict) -> bool:
    return len(_candidates(claim, cache)) >= 4


def crossed(claim: Unit, unit: Unit, cache: dict) -> Optional[Spans]:
    mine = unit_chunks(claim, cache)
    if not mine or mine[-1].clause == 0:
        return None
    words = _candidates(claim, cache)
    body = unit.body
    # (A cheap bound first: each word named there shares its first two letters.)
    if len(words) < 3 or sum(1 for c in words if c.word[:2] in body) < 3:
        return None
    theirs = unit_chunks(unit, cache)
    found = _words(claim, unit, cache)
    if len(found) < 3:
        return None
    by_clause: dict[int, list[tuple[Chunk, Chunk]]] = {}
    for pair in found:
        by_clause.setdefault(pair[0].clause, []).append(pair)
    clauses = sorted(by_clause)
    for i, ci in enumerate(clauses):
        for cj in clauses[i + 1:]:
            for (a, ea), (x, ex) in combinations(by_clause[ci], 2):
                for one, other in combinations(by_clause[cj], 2):
                    for (b, eb), (y, ey) in ((one, other), (other, one)):
                        # The evidence: a with y and b with x, each pair in a clause of its own.
                        if not (ea.clause == ey.clause and eb.clause == ex.clause and ea.clause != eb.clause
                                and ea.clause != ex.clause and eb.clause != ey.clause):
                            continue
                        # (Two of a kind exchanged, each in the other's place; not one
                        # thing named short and long, 部数 / 発行部数, in the two clauses.)
                        if not (_alike(a.word, b.word) or _alike(x.word, y.word)) or _one_thing(a.word, b.word) or (
                                _one_thing(x.word, y.word)):
                            continue
                        if (_listed(mine, a, x) or _listed(mine, b, y) or _listed(theirs, ea, ey)
                                or _listed(theirs, eb, ex)):
                            continue
                        return spanning(a, x, b, y), spanning(ea, ex, eb, ey)
    return _one_moved(claim, unit, found, mine, theirs)


def _one_thing(a: str, b: str) -> bool:
    return a != b and (a.endswith(b) or b.endswith(a))


# Particles of two letters that end a word's grammar and mark no role of it
# alone (には, では, のは, にも).
_TWO_LETTER = ("には", "では", "のは", "にも", "とは", "へは", "とも", "でも")


def _role(c: Chunk) -> str | None:
    """:func:`~lint.kinds.contradiction.role_words.role`, with も taken as a
    party's mark (宇宙科学研究所もさきがけを): in two clauses built alike it
    stands where the other has が or は."""
    return role(c) or ("agent" if c.grammar.startswith("も") else None)


def _slot(chunks: list[Chunk], c: Chunk, role_: str) -> bool:
    """Does ``c``'s clause hold, after it, another word in ``role_``
    (さきがけとすいせいを, which no chunk reads: the particle ending the kana)?"""
    for k in chunks:
        if k.clause == c.clause and k.start >= c.start:
            g = k.grammar[1:] if k is c else k.grammar
            if g and not g.endswith(_TWO_LETTER) and role_of_grammar(g[-1]) == role_:
                return True
    return False


def _one_moved(claim: Unit, unit: Unit, found: list[tuple[Chunk, Chunk]], mine: list[Chunk],
               theirs: list[Chunk]) -> Optional[Spans]:
    """Two clauses built alike, each a party and a thing (AがXを、BがYを),
    and the evidence gives one thing to the other party: the claim's B with
    Y, the evidence's A with Y.

        pass: 欧州宇宙機関がジオットを、宇宙科学研究所がさきがけを送った / 欧州宇宙機関はジオットを、宇宙科学研究所はさきがけを送った
        fail: 欧州宇宙機関がさきがけを、宇宙科学研究所がジオットを送った / 欧州宇宙機関はジオットを、宇宙科学研究所はさきがけを送った
    """
    # (One act on both sides: the claim's last verb in the evidence's last clause, 送った / 送り出した.)
    if not mine or not theirs or mine[-1].word[:1] not in {c.word[:1] for c in theirs if c.clause == theirs[-1].clause}:
        return None
    for (b, eb), (y, ey) in combinations(found, 2):
        for (b, eb), (y, ey) in (((b, eb), (y, ey)), ((y, ey), (b, eb))):
            party, thing = _role(b), _role(y)
            if (b.clause != y.clause or not party or not thing or party == thing or _role(eb) != party
                    or _role(ey) != thing or eb.clause == ey.clause or _listed(mine, b, y)):
                continue
            for a, ea in found:
                if (a.clause == b.clause or ea.clause != ey.clause or _role(a) != party or _role(ea) != party
                        or not _alike(a.word, b.word) or _listed(theirs, ea, ey)
                        or not _slot(mine, a, thing) or not _slot(theirs, eb, thing)):
                    continue
                return spanning(b, y), spanning(ea, ey)
    return None

