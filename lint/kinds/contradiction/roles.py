"""Roles: the claim and the details name the same two things in exchanged roles.

Japanese marks roles with particles, so a swap shows without parsing:
「日本からオランダへの輸出」 / 「オランダから日本への輸出」 (から and へ
exchanged), 「AがBを破った」 / 「BがAを破った」.  Two words that both
sentences name must take each other's particles, and the word they both
lead to (輸出, 破った) must be the same, in the same voice (「AがBを破った」
and 「BはAに破られた」 say one thing).

Pairs are swapped too: 「6月18日にX、6月27日にY」 / 「6月18日にY、6月27日にX」,
where each of the two names stands next to the other's companion.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations
from typing import Callable, Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import Chunk, unit_chunks
from lint.kinds.contradiction.predicates import CASE_PARTICLES
from lint.kinds.contradiction.units import Conflict, Settings, Unit

# Particles by the role they mark.  は and が both mark who acts (a summary
# turns one into the other); による marks it before a noun (AによるBへの輸出).
ROLE_OF = {"が": "agent", "は": "agent", "による": "agent", "を": "object", "に": "goal", "へ": "goal",
           "への": "goal", "から": "source", "からの": "source"}
# Passive or causative after a verb stem: the roles read the other way.
VOICE = compile_re(r"^(?:[かさたなまらわがばい]?れ|され|られ|させ|せられ)")
# Words too common to be one of the swapped pair.
MIN_TERM = 2
# How far (in characters) the word both lead to may follow the second.
HEAD_REACH = 24
_NUMERIC = compile_re(r"^[0-9０-９.,，．]+")


def _role(c: Chunk) -> Optional[str]:
    return _role_of(c.grammar)


@lru_cache(maxsize=4096)
def _role_of(g: str) -> Optional[str]:
    """The role the grammar after a word marks (grammar repeats endlessly: memoised)."""
    for particle in ("による", "からの", "への", "から", "が", "は", "を", "に", "へ"):
        if g == particle or g.startswith(particle) and particle in ("による", "からの", "への"):
            return ROLE_OF[particle]
    return None


def _term(c: Chunk) -> bool:
    return len(c.word) >= MIN_TERM and not _NUMERIC.match(c.word)


def _matches(a: str, b: str) -> bool:
    """The same thing named by two words: equal, or one heads the other
    (ルガンスク / ルガンスク人民共和国)."""
    if a == b:
        return True
    if a[0] != b[0] and a[-1] != b[-1]:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 2 and (long_.startswith(short) or long_.endswith(short))


def _head(found: list[Chunk], k: int) -> Optional[Chunk]:
    """The word chunk ``k`` leads to: the next chunk, if near."""
    c = found[k]
    if k + 1 < len(found) and found[k + 1].start - c.grammar_end <= HEAD_REACH:
        return found[k + 1]
    return None


def _led_to(found: list[Chunk], k: int, head: Chunk) -> Optional[Chunk]:
    """A word like ``head`` among those near after chunk ``k`` (…を束ね、信託化し)."""
    c = found[k]
    for nxt in found[k + 1:]:
        if nxt.start - c.grammar_end > HEAD_REACH:
            return None
        if _same_head(head, nxt):
            return nxt
    return None


def _same_head(a: Chunk, b: Chunk) -> bool:
    x, y = a.word, b.word
    if x == y:
        return True
    grams = {x[i:i + 2] for i in range(len(x) - 1)}
    return any(y[i:i + 2] in grams for i in range(len(y) - 1))


def _passive(c: Chunk) -> bool:
    return bool(VOICE.match(c.grammar))


def _occurrences(found: list[Chunk], word: str, cache: Optional[dict] = None) -> list[int]:
    """Indices of the chunks of ``found`` that name ``word``; ``cache``: a dict
    kept for one sentence, as every pair of claim words asks again."""
    if cache is None:
        return [k for k, c in enumerate(found) if _matches(word, c.word) and _term(c)]
    if word in cache:
        return cache[word]
    # Words that match share their first or their last letter: the chunks
    # are indexed by both (under the key None, which no word is).
    index = cache.get(None)
    if index is None:
        by_first: dict[str, list[int]] = {}
        by_last: dict[str, list[int]] = {}
        for k, c in enumerate(found):
            by_first.setdefault(c.word[0], []).append(k)
            by_last.setdefault(c.word[-1], []).append(k)
        index = cache[None] = (by_first, by_last)
    candidates = set(index[0].get(word[0], ())).union(index[1].get(word[-1], ()))
    candidates.update(k for k in index[0].get("同", ()) if _refers_to(found, k, word))
    hits = cache[word] = [k for k in sorted(candidates) if _matches(word, found[k].word) and _term(found[k])
                          or found[k].word[0] == "同" and _refers_to(found, k, word)]
    return hits


def _refers_to(found: list[Chunk], k: int, word: str) -> bool:
    """Chunk ``k`` is 同省, 同国, 同社 … and the nearest word before it with
    that ending is ``word`` (経済産業省の調査によると、同省から…)."""
    c = found[k]
    if len(c.word) != 2 or c.word[0] != "同" or not word.endswith(c.word[1]) or len(word) < 2:
        return False
    for j in range(k - 1, -1, -1):
        w = found[j].word
        if len(w) >= 2 and w[0] != "同" and w.endswith(c.word[1]):
            return _matches(word, w)
    return False


def _term_flags(u: Unit, cache: dict) -> list[bool]:
    """For each chunk of ``u``: is it a word that may be one of a swapped pair?"""
    key = ("term-flags", u.start, u.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = [_term(c) for c in unit_chunks(u, cache)]
    return found


def _roled(u: Unit, cache: dict) -> list[tuple[int, Chunk]]:
    """The words of ``u`` that may be one of a swapped pair and have a role, with their indices."""
    key = ("roled", u.start, u.end)
    found = cache.get(key)
    if found is None:
        terms = _term_flags(u, cache)
        found = cache[key] = [(k, c) for k, c in enumerate(unit_chunks(u, cache)) if terms[k] and _role(c)]
    return found


def _after_other(u: Unit, cache: dict) -> list[int]:
    """Indices of the words of ``u`` that may be one of a swapped pair and
    follow another word in their clause (the companion)."""
    key = ("after-other", u.start, u.end)
    found = cache.get(key)
    if found is None:
        mine, terms = unit_chunks(u, cache), _term_flags(u, cache)
        found = cache[key] = [k for k, c in enumerate(mine) if k and terms[k] and mine[k - 1].clause == c.clause
                              and mine[k - 1].word != c.word]
    return found


def may_conflict(claim: Unit, cache: dict) -> bool:
    """The claim has two words with roles (the test is per pair of sentences)."""
    return len(_roled(claim, cache)) >= 2


Spans = tuple[tuple[int, int], tuple[int, int]]


def _exchanged(claim: Unit, unit: Unit, cache: dict) -> Optional[Spans]:
    """Two words of the claim whose particles the evidence sentence exchanges:
    the span from one to the other in the claim and in the evidence."""
    mine = unit_chunks(claim, cache)
    theirs = unit_chunks(unit, cache)
    occurring = cache.setdefault(("occurring", unit.start, unit.end), {})
    body = unit.body
    # Only words the evidence names can have their roles exchanged there
    # (a word's first or last two letters in the sentence, tested first).
    roled = [(k, c) for k, c in _roled(claim, cache) if (c.word[:2] in body or c.word[-2:] in body)
             and _occurrences(theirs, c.word, occurring)]
    if len(roled) < 2:
        return None
    for (i, x), (j, y) in combinations(roled, 2):
        rx, ry = _role(x), _role(y)
        if rx == ry or _matches(x.word, y.word) or x.clause != y.clause:
            continue
        head = _head(mine, j)
        if head is None:
            continue
        # Each must take the other's role there (tested before pairing them).
        as_y = [a for a in _occurrences(theirs, x.word, occurring) if _role(theirs[a]) == ry]
        as_x = [b for b in _occurrences(theirs, y.word, occurring) if _role(theirs[b]) == rx]
        for a in as_y:
            for b in as_x:
                xe, ye = theirs[a], theirs[b]
                first = xe if xe.start < ye.start else ye
                # Apart, unless the first is the sentence's topic (Xは、…Yを…).
                if xe.clause != ye.clause and abs(xe.start - ye.start) > HEAD_REACH and first.grammar != "は":
                    continue
                he = _led_to(theirs, max(a, b), head) or _led_to(theirs, min(a, b), head)
                if he is None or _passive(head) != _passive(he):
                    continue
                return _spanning(x, y), _spanning(xe, ye)
    return None


def _companions(claim: Unit, unit: Unit, cache: dict) -> Optional[Spans]:
    """Two names of the claim, each next to the word the evidence puts next to
    the other (6月18日にルガンスク、6月27日にドネツク, exchanged): the span of
    the two pairs in the claim and in the evidence."""
    mine = unit_chunks(claim, cache)
    theirs = unit_chunks(unit, cache)
    occurring = cache.setdefault(("occurring", unit.start, unit.end), {})
    body = unit.body
    their_words = {c.word for c in theirs}
    # Each claim term the evidence names, with the chunk right before it in
    # its clause, which the evidence names too.
    paired = [(mine[k - 1], mine[k]) for k in _after_other(claim, cache)
              if mine[k - 1].word in their_words and _noun(mine[k - 1]) and (mine[k].word[:2] in body or mine[k].word[-2:] in body)
              and _occurrences(theirs, mine[k].word, occurring)]
    for (ax, x), (ay, y) in combinations(paired, 2):
        if ax.word == ay.word or _matches(x.word, y.word) or _matches(ax.word, ay.word):
            continue
        # The tests on the two occurrences are independent: the first of each that passes.
        a = _first_after(theirs, _occurrences(theirs, x.word, occurring), ay.word)
        b = _first_after(theirs, _occurrences(theirs, y.word, occurring), ax.word)
        if a is not None and b is not None:
            return _spanning(ax, x, ay, y), _spanning(theirs[a - 1], theirs[a], theirs[b - 1], theirs[b])
    return None


def _first_after(found: list[Chunk], occurrences: list[int], companion: str) -> Optional[int]:
    """The first of ``occurrences`` right after ``companion`` in its clause."""
    for k in occurrences:
        if k and found[k - 1].clause == found[k].clause and found[k - 1].word == companion and _noun(found[k - 1]):
            return k
    return None


def _noun(c: Chunk) -> bool:
    """A word followed by a particle or by nothing, not a verb's stem with its
    ending (築いた|ゼーランディア城: a relative clause, not a companion)."""
    return not c.grammar or c.grammar.startswith(CASE_PARTICLES)


def _spanning(*found: Chunk) -> tuple[int, int]:
    return min(c.start for c in found), max(c.end for c in found)


def _common_end(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _swapped_parts(claim: Unit, unit: Unit, cache: dict) -> Optional[Spans]:
    """Two words that head the same compound in the two sentences the other
    way round (木材輸送の需要 … 鉄鉱石も / 鉄鉱石輸送の需要 … 木材も): each
    sentence names both, but joins the compound's end (輸送) to the other."""
    mine, theirs = unit_chunks(claim, cache), unit_chunks(unit, cache)
    by_last = cache.get(("by-last", unit.start, unit.end))
    if by_last is None:
        by_last = cache[("by-last", unit.start, unit.end)] = {}
        for j, y in enumerate(theirs):
            by_last.setdefault(y.word[-2:], []).append(j)
    for k, x in enumerate(mine):
        # Two heads of two letters at least before a shared end of two.
        if len(x.word) < 4:
            continue
        for j in by_last.get(x.word[-2:], ()):
            y = theirs[j]
            if len(y.word) < 4 or y.word == x.word:
                continue
            n = _common_end(x.word, y.word)
            if n < 2 or n == len(x.word) or n == len(y.word):
                continue
            a, b = x.word[:-n], y.word[:-n]
            if len(a) < MIN_TERM or len(b) < MIN_TERM or _NUMERIC.match(a) or _NUMERIC.match(b) or a[-1] == b[-1]:
                continue
            # Each sentence names the other's head word elsewhere, never with
            # this end, and the compounds go on alike (…輸送の需要 / …輸送の需要).
            if not (a in unit.body and b in claim.body and x.word not in unit.body and y.word not in claim.body):
                continue
            # ... as a word of its own there, not inside another compound
            # (研修生 holds 研修 and 訓練学校 訓練: synonyms, not two things).
            if not (any(c.word == a for c in theirs) and any(c.word == b for c in mine)):
                continue
            if x.grammar == y.grammar and k + 1 < len(mine) and j + 1 < len(theirs) and _same_head(
                    mine[k + 1], theirs[j + 1]):
                return (x.start, x.end), (y.start, y.end)
    return None


# Particles that bind a name to the noun after it as its relation to it
# (中国への依存, 日本からの輸入, 政府による規制, 米国との同盟).
SLOT_PARTICLES = ("への", "からの", "による", "との", "に対する", "に代わ")


def _listed(text: str, c: Chunk, found: list[Chunk], k: int) -> bool:
    """One of a list (米国、中国、…インドの6か国): a slot a list fills is no swap."""
    if c.start and text[c.start - 1] in "、，,・":
        return True
    return k > 0 and found[k - 1].grammar in ("と", "や")


def _slot_filled_otherwise(claim: Unit, unit: Unit, cache: dict, known: Callable[[], set]) -> Optional[Spans]:
    """A slot (a particle and the word after it: への|依存) that the two
    sentences fill with two different names, each of which the other
    sentence names elsewhere (中国に代わってベトナムへの依存 / ベトナムとの外交
    …中国への依存)."""
    mine, theirs = unit_chunks(claim, cache), unit_chunks(unit, cache)
    if not any(c.grammar.startswith(SLOT_PARTICLES) for c in mine):
        return None
    names = None  # asked for once a word in a slot passes the cheaper tests
    for k, x in enumerate(mine[:-1]):
        if (not x.grammar.startswith(SLOT_PARTICLES) or x.word not in unit.body
                or _listed(claim.text, x, mine, k)):
            continue
        if names is None:
            names = known()
        if x.word not in names:
            continue
        head = mine[k + 1]
        for j, y in enumerate(theirs[:-1]):
            if (y.word == x.word or y.word not in names or y.grammar != x.grammar or y.word not in claim.body
                    or not _same_head(head, theirs[j + 1]) or _listed(unit.text, y, theirs, j)):
                continue
            # Neither sentence also puts the other's name in that slot.
            if any(c.word == y.word and c.grammar == x.grammar for c in mine) or any(
                    c.word == x.word and c.grammar == x.grammar for c in theirs):
                continue
            return (x.start, head.end), (y.start, theirs[j + 1].end)
    return None


# Grammar that sets a word against the next one, one way only: Aではなく
# B, Aに代わってB, Aに次いでB (Aと B, Aや B read both ways).
ONE_WAY = ("ではなく", "でなく", "ではなくて", "に代わって", "に代わり", "にかわって", "に次いで", "に次ぐ", "に続いて",
           "に続く")


def _one_way_reversed(claim: Unit, unit: Unit, cache: dict) -> Optional[Spans]:
    """「AではなくB」 where the sentence says 「BではなくA」 (and so for
    に代わって, に次いで): the two words in the other order around it."""
    mine, theirs = unit_chunks(claim, cache), unit_chunks(unit, cache)
    occurring = cache.setdefault(("occurring", unit.start, unit.end), {})
    for k, x in enumerate(mine[:-1]):
        if x.grammar not in ONE_WAY or not _term(x):
            continue
        y = _set_against(mine, k)
        if y is None or _matches(x.word, y.word):
            continue
        for j in _occurrences(theirs, y.word, occurring):
            other = _set_against(theirs, j) if theirs[j].grammar == x.grammar else None
            if other is not None and _matches(x.word, other.word):
                return _spanning(x, y), _spanning(theirs[j], other)
    return None


def _set_against(found: list[Chunk], k: int) -> Optional[Chunk]:
    """The word that chunk ``k`` (Aではなく) is set against: the next one,
    past a word qualifying it (…ではなく、港町の|南浦市)."""
    at = found[k].grammar_end
    for c in found[k + 1:k + 3]:
        if c.start - at > 1:
            return None
        if c.grammar != "の":
            return c if _term(c) else None
        at = c.grammar_end
    return None


def _terms(u: Unit, cache: dict) -> list[Chunk]:
    key = ("terms", u.start, u.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = [c for c, term in zip(unit_chunks(u, cache), _term_flags(u, cache)) if term]
    return found


def _shared_terms(claim: Unit, unit: Unit, cache: dict) -> int:
    """How many of the claim's words the sentence seems to name (their first
    or last two letters in it): a cheap bound for the pair tests."""
    body = unit.body
    return sum(1 for c in _terms(claim, cache) if c.word[:2] in body or c.word[-2:] in body)


def compare(claim: Unit, aligned: list[Unit], cfg: Settings, cache: dict,
            names: Callable[[], set] = frozenset) -> list[Conflict]:
    """``names``: gives the names in the claim and these sentences (known
    entities, and words that look like names), asked for only when needed."""
    found_names: list[set] = []

    def known() -> set:
        if not found_names:
            found_names.append(names())
        return found_names[0]

    for unit in aligned:
        pairs = _shared_terms(claim, unit, cache) >= 2
        found = (pairs and (_exchanged(claim, unit, cache) or _companions(claim, unit, cache)
                            or _one_way_reversed(claim, unit, cache))
                 or _swapped_parts(claim, unit, cache) or _slot_filled_otherwise(claim, unit, cache, known))
        if found is None:
            continue
        (s, e), (es, ee) = found
        return [Conflict("role", s, e, unit, es, ee, claim.text[s:e], unit.text[es:ee])]
    return []
