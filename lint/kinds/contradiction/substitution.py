"""Substitution: the claim names, in the details' place, a name the post never uses.

No list of names is needed: a claim clause and a detail sentence agree
word for word except that where the details have one name the claim has
another, and the claim's name appears nowhere in the details (「首都は
キンシャサ」 where they say 「首都ブラザヴィル」; 「三菱重工業は1958年」 where
they say 「川崎重工業は1958年」).

* Words are runs of one script (kanji, katakana, Latin).  Most of the
  claim clause's other words (three in four) must have a like word in the
  detail sentence; half will do for a name placed by the very word beside
  it, with the same particle, both being proper names.
* The detail's name stands where the claim's does: after the counterpart
  of the claim word before it, and before the counterpart of the word
  after it (one side is enough at a clause's edge, with the same
  particle).  Or both are the topics of their sentences (Xは、… / Yは、…).
  Or both are joined by の to what follows, and the details name one more
  thing before the word after (グラスゴーの造船所 / ベルファストの
  ハーランド・アンド・ウルフ造船所).
  Placed by neither side (a gloss in brackets between), it is the one
  proper name of the kind that takes the claim's particle (or とともに,
  which names one partner).
* Both are names of one kind (see :mod:`~lint.kinds.contradiction.name_kinds`):
  katakana or Latin names, kanji names with the same ending (…重工業,
  …海峡, …州), or, with Sudachi, kanji proper nouns of one kind; not two spellings of one word (グランド / グラウンド).
"""

from __future__ import annotations

from typing import Callable, Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.dated import span_dated_apart
from lint.kinds.contradiction.tense import past_against_present
from lint.kinds.contradiction.name_kinds import (NAME_ENDINGS, common_word, last_part_told, name_like, new_name,
                                                 part_of_name, places_of_other_kinds, same_kind, told_in_part, variant)
from lint.kinds.contradiction.name_tokens import (Token, counted, next_to, owned_by_another, phrase_end, placed_with_clause,
                                                  time_for_name, titled_then, told_of_another, tokens, verb_stem)
from lint.kinds.contradiction.quantities import UNITS
from lint.kinds.contradiction.series import quantities
from lint.kinds.contradiction.units import Conflict, Settings, Unit
from lint.text.tokens import _KANJI_CLASS, clause_bounds

# A number right before a word (410万|ha, 3|号機): the word is its counter or unit.
_NUMBER_BEFORE = compile_re("[0-9０-９][万億兆千百]?$")
# A lower share will do when the two names share the rest of a compound (…海峡).
COMPOUND_COVERAGE = 0.5
# Share of the claim clause's other words that must have a like word in the detail sentence.
COVERAGE = 0.75
# Alignment a detail sentence needs for any substitution.
MIN_ALIGN = 0.3


def _clause_tokens(claim: Unit, clause: int, cache: dict) -> list[Token]:
    key = ("clause-tokens", claim.start, clause)
    found = cache.get(key)
    if found is None:
        found = cache[key] = [t for t in tokens(claim, cache) if t.clause == clause]
    return found


def _matched(claim: Unit, clause: int, unit: Unit, cache: dict) -> dict[tuple[int, int], Optional[int]]:
    """For each word of a claim clause (by its span), the index of the first like
    word of ``unit``: worked out once per clause and sentence, for every name
    of the clause."""
    key = ("matched", claim.start, clause, unit.start)
    found = cache.get(key)
    if found is None:
        lookup = _lookup(unit, cache)
        found = cache[key] = {(t.start, t.end): lookup(t.text) for t in _clause_tokens(claim, clause, cache)}
    return found


def _lookup(u: Unit, cache: dict):
    """A function giving the index of the first word of ``u`` like a given
    word (equal, or sharing a character pair; see :func:`_like`), or None.
    Built once per sentence: asked for every word of every claim clause."""
    key = ("like-index", u.start, u.end)
    found = cache.get(key)
    if found is not None:
        return found
    exact: dict[str, int] = {}
    pairs: dict[str, int] = {}
    for j, e in enumerate(tokens(u, cache)):
        exact.setdefault(e.text, j)
        for i in range(len(e.text) - 1):
            pairs.setdefault(e.text[i:i + 2], j)

    def first_like(word: str) -> Optional[int]:
        hits = [exact[word]] if word in exact else []
        hits += [pairs[word[i:i + 2]] for i in range(len(word) - 1) if word[i:i + 2] in pairs]
        return min(hits) if hits else None

    cache[key] = first_like
    return first_like


def _like(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) < 2 or len(b) < 2:
        return False
    pairs = {a[i:i + 2] for i in range(len(a) - 1)}
    return any(b[i:i + 2] in pairs for i in range(len(b) - 1))


def _new(t: Token, details_text: str) -> bool:
    return new_name(t.text, t.rest, details_text) and t.text not in UNITS  # a unit (km) names no thing


def _in_brackets(u: Unit, t: Token) -> bool:
    """Inside parentheses: a reading or a gloss (CODEN（コーデン）), not a claim."""
    text = u.text
    opened = max(text.rfind("(", u.start, t.start), text.rfind("（", u.start, t.start))
    closed = max(text.rfind(")", u.start, t.start), text.rfind("）", u.start, t.start))
    return opened > closed


_GLOSS = compile_re(r"[(（]([^()（）]{1,12})[)）]")


def _glossed(u: Unit, t: Token, details_text: str) -> bool:
    """Spelled out and glossed by the short name the details use
    (ファクトリーオートメーション(FA)): the same thing."""
    m = _GLOSS.match(u.text, t.end + len(t.rest))
    return m is not None and m.group(1) in details_text


def _glossed_as(a: str, b: str, text: str) -> bool:
    """The post gives one name with the other in brackets (国際民間航空条約(シカゴ条約)): one thing."""
    return any(f"{x}{o}{y}" in text for x, y in ((a, b), (b, a)) for o in "(（")


def _proper(t: Token) -> bool:
    """A word that names one thing (not a common word), of two letters or more."""
    return len(t.text) >= 2 and name_like(t.text) and not common_word(t.text)


def _names_not_in(unit: Unit, claim: Unit, cache: dict) -> bool:
    """Does ``unit`` have a name-like word the claim does not use?"""
    key = ("names-of", unit.start, unit.end)
    names = cache.get(key)
    if names is None:
        names = cache[key] = {t.text for t in tokens(unit, cache) if name_like(t.text)}
    body = claim.body
    return any(name not in body for name in names)


def may_conflict(claim: Unit, details_text: str, cache: dict) -> bool:
    """A name-like word of the claim that the details never use, or a proper name."""
    return any(_new(t, details_text) or _proper(t) for t in tokens(claim, cache))


def _counterpart(claim: Unit, x: Token, unit: Unit, cache: dict, full: bool = False, known: bool = False,
                 swapped: frozenset = frozenset()) -> Optional[tuple[Token, int]]:
    """The name of ``unit`` that stands where ``x`` stands in the claim, and
    where the claim's name ends (see :func:`_name_end`).  ``full``: every
    other word of the claim clause must have a like word.  ``known``: the
    details name ``x`` elsewhere, so fewer like words or one side will not do.
    ``swapped``: a new name of the claim joined to ``x`` (by its text), which
    the words to be matched leave out: a claim may put two linked names in
    the place of two (スイスのジュネーヴ / オーストリアのウィーン)."""
    mine = _clause_tokens(claim, x.clause, cache)
    theirs = tokens(unit, cache)
    matched = _matched(claim, x.clause, unit, cache)
    end = _name_end(x, mine, matched)
    others = [t for t in mine if not (t.start < end and x.start < t.end) and t.text not in swapped]
    # A clause that holds nothing but the name's own compound (ベトナム社会主義
    # 共和国は、) gives no words around it to place another name by.
    if all(x.start - len(x.head) <= t.start and t.end <= end + len(x.rest) for t in others):
        return None
    share = sum(matched[t.start, t.end] is not None for t in others) / len(others)
    if share < (1.0 if full else COMPOUND_COVERAGE):
        return None
    # Where the claim's name is part of a compound, the detail's name with the
    # same rest of a compound (ジブラルタル|海峡 / ドーバー|海峡).
    if not known and (_compound_part(x.rest) or _compound_part(x.head)):
        for y in theirs:
            if (x.rest and y.rest == x.rest or x.head and y.head == x.head) and y.text not in claim.body and (
                    _two_names(x.text, y.text)):
                return y, x.end
    # Fewer like words (a verb reworded: 名を変えて / となり) will do for a
    # name placed by the very word beside it, with the same particle.
    weak = share < COVERAGE
    if weak and (full or known or share < COMPOUND_COVERAGE):
        return None
    body = claim.body
    before = [t for t in others if t.end <= x.start]
    after = [t for t in others if t.start >= end]
    # The detail words right after the counterpart of the claim word before
    # the name, and right before the counterpart of the word after it.
    sides = []
    one_sided = False
    exact = False  # the counterpart beside the name is the very same word
    for beside, is_before in ((before[-1:], True), (after[:1], False)):
        if not beside:
            continue
        word = beside[0]
        j = matched[word.start, word.end]
        # The first like word, and every occurrence of the very word.
        places = {j} if j is not None else set()
        same = [k for k, e in enumerate(theirs) if e.text == word.text]
        places.update(same)
        exact = exact or bool(same)
        if not places:
            one_sided = True
            continue  # reworded there (訪れ / 立ち寄った): the other side places the name
        side: set = set()
        for k in places:
            # A compound the claim's word only opens (首都|近郊) names another
            # thing, which places nothing after it.
            if is_before and len(theirs[k].text) > len(word.text) and theirs[k].text.startswith(word.text):
                continue
            beside_it = next_to(theirs, theirs[k], after=is_before)
            # …or ends the phrase after it (首都は|東岸の中心都市ティラスポリ),
            # whose first words only modify that name (ドニエストル|川東岸の).
            ending = phrase_end(unit.text, theirs, theirs[k]) if is_before and not after else None
            if ending is not None:
                beside_it = {ending}
            side |= beside_it
        sides.append(side)
    if known and (one_sided or len(sides) < 2):
        return None  # a name the details use: placed by the words on both sides
    placed = set.intersection(*sides) if sides else set()
    if not placed and len(sides) == 2 and not known:
        placed = _qualified(claim.text, end, unit.text, theirs, sides[0], after[0], matched)
    if full:
        # A sentence aligned with the name's clause alone: the word beside the
        # name must be the very word beside the other (首都は|キンシャサ /
        # 首都|ブラザヴィル).
        placed = {e for e in placed if exact or before and e.head == before[-1].text
                  or after and e.rest == after[0].text}
    elif x.topic and not known:
        placed |= {e for e in theirs if e.topic}
    # The word placing the name must be the claim's own, not another
    # country's (ガボンの首都リーブルヴィル against Zambia's capital).
    if before:
        placed = {e for e in placed if not owned_by_another(unit, e, before[-1].text, body)}
    x_proper = not common_word(x.text)

    def taking_role(y: Token, marks: str = ROLE_MARKS) -> bool:
        return _same_particle(claim.text, end, unit.text, y.end, marks)

    for y in sorted(placed, key=lambda e: e.start):
        if y.text in body or not _two_names(x.text, y.text):
            continue
        if one_sided and (known or not taking_role(y)):
            continue
        # Placed with fewer like words: by the very word beside it, with the
        # same particle, and both proper names.
        if weak and not (exact and taking_role(y, CASE_MARKS) and x_proper and not common_word(y.text)):
            continue
        return y, end
    if weak or full or known or not (sides or one_sided):
        return None
    # Placed by neither side (a gloss in brackets, a word put between): the
    # one name of the kind that takes the claim's particle there.  Both must
    # be proper names (テディベアに / ベッドに are two things).
    if end < len(claim.text) and (claim.text[end] in CASE_MARKS or claim.text.startswith(PARTNER, end)) and x_proper:
        taking = {y.text: y for y in theirs if y.text not in body and taking_role(y, CASE_MARKS)
                  and _two_names(x.text, y.text) and not common_word(y.text)}
        if len(taking) == 1:
            return next(iter(taking.values())), end
    return None


def _qualified(text: str, end: int, their_text: str, theirs: list[Token], placed_before: set,
               word_after: Token, matched: dict) -> set:
    """The detail's name placed by the word before it, both names joined by
    の to what follows, where the details name one more thing before the
    word after (ベルファストの|ハーランド・アンド・ウルフ造船所 / グラスゴーの|
    造船所): that word comes later in the same clause, with no other の between."""
    if not text.startswith("の", end):
        return set()
    j = matched[word_after.start, word_after.end]
    if j is None:
        return set()
    later = theirs[j]
    return {y for y in placed_before if their_text.startswith("の", y.end) and y.clause == later.clause
            and y.end < later.start and "の" not in their_text[y.end + 1:later.start]}


def _name_end(x: Token, mine: list[Token], matched: dict) -> int:
    """Where the claim's name ends: after the kanji rest of its compound
    when the sentence has no word like that rest (ボストン|交響楽団 against
    ニューヨーク・フィルハーモニック: the whole compound is the name)."""
    if not x.rest or not _KANJI_REST.fullmatch(x.rest):
        return x.end
    rest = [t for t in mine if x.end <= t.start and t.end <= x.end + len(x.rest)]
    if any(matched[t.start, t.end] is not None for t in rest):
        return x.end
    return x.end + len(x.rest)


_KANJI_REST = compile_re(f"[{_KANJI_CLASS}]{{2,}}")


# Particles that give a name its role in a clause.  Not と or や: a name
# in a list may be one more member (スイスとオランダ / スペインとオランダ).
# で (a place, a means) counts where the name is placed by its particle alone.
ROLE_MARKS = "がはをにへ"
PARTNER = ("とともに", "と共に", "と並んで", "と並び")
CASE_MARKS = ROLE_MARKS + "で"


def _two_names(a: str, b: str) -> bool:
    """Two names of one kind, not two spellings of one."""
    return same_kind(a, b) and not variant(a, b)


def _same_particle(a: str, i: int, b: str, j: int, marks: str = ROLE_MARKS) -> bool:
    """The same particle after both names (マゼランが / コロンブスが): placed by
    one side only, a name must also take the other's role."""
    if a.startswith(PARTNER, i) and b.startswith(PARTNER, j):
        return True  # Xとともに names one partner, not one more of a list
    return i < len(a) and j < len(b) and a[i] == b[j] and a[i] in marks


def _beside(claim: Unit, x: Token, cache: dict) -> list[str]:
    """The claim words right before and right after ``x`` in its clause."""
    mine = [t for t in _clause_tokens(claim, x.clause, cache) if not (t.start < x.end and x.start < t.end)]
    before = [t.text for t in mine if t.end <= x.start][-1:]
    after = [t.text for t in mine if t.start >= x.end][:1]
    return before + after


def _compound_part(part: str) -> bool:
    """A rest of a compound that makes a name of what it joins: two letters
    at least, or a name ending (…州, …朝); 系 (テュルク系 / トルコ系) is not."""
    return len(part) >= 2 or part in NAME_ENDINGS


def _linked(claim: Unit, x: Token, new_names: dict) -> frozenset:
    """The new name joined to ``x`` by の right before it (オーストリアの|ウィーン):
    the two may stand in the place of two linked names of the details."""
    for t in new_names.values():
        if t.end + 1 == x.start and claim.text[t.end] == "の":
            return frozenset({t.text})
    return frozenset()


def compare(claim: Unit, aligned: list[Unit], details_text: str, cfg: Settings, cache: dict,
            kinds: Callable[[str], frozenset] = lambda word: frozenset()) -> list[Conflict]:
    """``kinds``: the known kinds of a name (country, city, …), empty when unknown."""
    out: list[Conflict] = []

    def other_kinds(x: Token, y: Token) -> bool:
        return places_of_other_kinds(x.text, x.rest, kinds(x.text), y.text, y.rest, kinds(y.text))

    words = tokens(claim, cache)
    new_names = {t.start: t for t in words if _new(t, details_text)}
    title = claim.text.split("\n", 1)[0]
    for x in words:
        # Right after a numeral, a counter or a span (9日前, 3号機), not a name;
        # nor a number in kanji with its counter (約千社), nor a word a number
        # starts (4年制大学: a kind).
        if _in_brackets(claim, x) or x.start > claim.start and _NUMBER_BEFORE.search(claim.text, claim.start, x.start) or (
                x.text[:1].isdigit()) or counted(x.text) or verb_stem(claim.text, x) or any(
                q.start <= x.start and x.end <= q.end for q in quantities(claim, cache)) or _glossed(claim, x, details_text):
            continue
        lo, hi = clause_bounds(claim.text, x.start, claim.start, claim.end)
        if not _new(x, details_text):
            # A name the details use elsewhere, in a closely aligned sentence
            # that has another where the claim has it (大久保利通が…初代の
            # 内閣総理大臣 / …伊藤博文が初代内閣総理大臣に就任した).
            # (Its token may hold the ・ of a list, ・ロシア, which the details may not.)
            found = _proper(x) and next((f for unit in aligned[:cfg.top] if unit.score >= MIN_ALIGN
                                         and x.text.strip("・") not in unit.body and _names_not_in(unit, claim, cache)
                                         and not span_dated_apart(claim, lo, hi, unit, cache)
                                         for f in [_counterpart(claim, x, unit, cache, known=True)]
                                         if f is not None), None)
            if found and not other_kinds(x, found[0]) and not part_of_name(x.text, found[0].text) and not (
                    _glossed_as(x.text, found[0].text, claim.text)) and not placed_with_clause(claim, x, aligned, cache):
                y, end = found
                unit = next(u for u in aligned if u.start <= y.start < u.end)
                if not told_of_another(claim, x.start, unit, y.start, cache):
                    out.append(Conflict("entity", x.start, end, unit, y.start, y.end, claim.text[x.start:end], y.text))
            continue
        # No new name: the post's subject (in its title line), a short form (国交省 / 国土交通省), a last part told (池田光仲 / 光仲).
        if x.text in title or told_in_part(x.text, details_text) or len(x.text) <= 5 and not x.text.endswith(
                NAME_ENDINGS) and last_part_told(x.text, details_text):
            continue
        beside = _beside(claim, x, cache)
        for unit in aligned:
            # A sentence of other years than the name's clause tells of another thing.
            if span_dated_apart(claim, lo, hi, unit, cache, or_sentence=True):
                continue
            # A sentence that aligns weakly with the claim may still hold the
            # whole of the name's clause (首都は|キンシャサ / 首都|ブラザヴィル),
            # and at least the very word beside the name.
            full = unit.score < MIN_ALIGN
            if full and (not any(w in unit.body for w in beside) or past_against_present(claim, unit, cache)):
                continue
            found = _counterpart(claim, x, unit, cache, full=full, swapped=_linked(claim, x, new_names))
            if found is not None and not other_kinds(x, found[0]) and not part_of_name(x.text, found[0].text) and not (
                    titled_then(claim, x.start) or titled_then(unit, found[0].start) or time_for_name(claim, x, found[1], found[0], unit)):
                y, end = found
                out.append(Conflict("entity", x.start, end, unit, y.start, y.end, claim.text[x.start:end], y.text))
                break
    return out
