"""Roles: the claim and the details name the same two things in exchanged roles.

Japanese marks roles with particles, so a swap shows without parsing:
「日本からオランダへの輸出」 / 「オランダから日本への輸出」 (から and へ
exchanged), 「AがBを破った」 / 「BがAを破った」.  Two words that both
sentences name must take each other's particles, and the word they both
lead to (輸出, 破った) must be the same, in the same voice (「AがBを破った」
and 「BはAに破られた」 say one thing).

Pairs are swapped too: 「6月18日にX、6月27日にY」 / 「6月18日にY、6月27日にX」,
where each of the two names stands next to the other's companion.  Other
exchanges (heads of a compound, a slot, ではなく) are in
:mod:`~lint.kinds.contradiction.role_swaps`.
"""

from __future__ import annotations

from itertools import combinations
from typing import Callable, Optional, Sequence

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import Chunk, unit_chunks
from lint.kinds.contradiction.connectives import FORWARD
from lint.kinds.contradiction.clause_roles import clause_roles_across, clause_roles_exchanged
from lint.kinds.contradiction.dated import clauses_dated_apart
from lint.kinds.contradiction.denials import quoted
from lint.kinds.contradiction.doers import doers_exchanged
from lint.kinds.contradiction.directions import compass_way, described, direction_reversed
from lint.kinds.contradiction.name_kinds import name_like
from lint.kinds.contradiction.pairings import crossed, may_pair
from lint.kinds.contradiction.particle_swaps import exchanged_any_verb
from lint.kinds.contradiction.role_swaps import (Spans, figures_exchanged, one_way_reversed, possessor_exchanged, slot_filled_otherwise,
                                                 swapped_parts, voice_reversed, winner_swapped)
from lint.kinds.contradiction.occasions import other_occasion
from lint.kinds.contradiction.predicates import CASE_PARTICLES
from lint.kinds.contradiction.role_words import (HEAD_REACH, LISTED, MUTUAL, NUMERIC, TAKING, after_other, head_after, led_to, matches, noun,
                                                 occurrences, passive, role, role_in, roled_words, told_both_ways, spanning, term,
                                                 term_flags, whole_brackets)
from lint.kinds.contradiction.units import Conflict, Settings, Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA


def may_conflict(claim: Unit, cache: dict) -> bool:
    """The claim has two words with roles, or one and a name owning a noun
    (AがBの後任として; the tests are per pair of sentences)."""
    return _roled(claim, cache) or may_pair(claim, cache)


def _roled(claim: Unit, cache: dict) -> bool:
    roled = roled_words(claim, cache)
    return len(roled) >= 2 or bool(roled) and any(c.grammar == "の" and name_like(c.word)
                                                  for c in unit_chunks(claim, cache)) or compass_way(claim)


def _exchanged(claim: Unit, unit: Unit, cache: dict) -> Optional[Spans]:
    """Two words of the claim whose particles the evidence sentence exchanges:
    the span from one to the other in the claim and in the evidence."""
    mine = unit_chunks(claim, cache)
    theirs = unit_chunks(unit, cache)
    occurring = cache.setdefault(("occurring", unit.start, unit.end), {})
    body = unit.body
    # Only words the evidence names can have their roles exchanged there
    # (a word's first or last two letters in the sentence, tested first).
    roled = [(k, c) for k, c in roled_words(claim, cache) if (c.word[:2] in body or c.word[-2:] in body)
             and occurrences(theirs, c.word, occurring)]
    if len(roled) < 2:
        return None
    for (i, x), (j, y) in combinations(roled, 2):
        # Xを受けて, Xを機に: a connective, no object of the verb (定員削減を受けて…師団が改編され).
        if FORWARD.match(claim.text, x.end) or FORWARD.match(claim.text, y.end):
            continue
        rx, ry = role_in(mine, i), role_in(mine, j)
        # A topic's comma (Xは、Yに…) does not part the two; one owning the
        # other (クモの糸は…、クモを飼う) makes no two parties.
        if rx == ry or matches(x.word, y.word) or x.clause != y.clause and not x.grammar.endswith("は") or (
                f"{y.word}の{x.word}" in claim.body or f"{x.word}の{y.word}" in claim.body):
            continue
        # A verb between the two (規制を強める以前から二段モーションが): the
        # first is another verb's, and no role of the second's is exchanged.
        if any(c.grammar[-1:] in _VERB_LAST for c in mine[i + 1:j]):
            continue
        head = head_after(mine, j)
        # (A topic of the next clause is no head: 東魏は北斉に、西魏は北周に…,
        # the verb left to the end; nor is an act the two do to each other: AはBに会った.)
        if head is None or head.grammar in ("は", "が", "も") and head.clause != y.clause or (
                head.word + head.grammar).startswith(MUTUAL):
            continue
        # (Xを棟梁として結集した: what X is taken as, not the act; after Yに
        # 宰相として the act is the next word, 仕え.)
        if head.grammar == "とし" or head.grammar.startswith("として"):
            head = None if y.grammar.endswith("を") else head_after(mine, j + 1)
            if head is None:
                continue
        # Each must take the other's role there (tested before pairing them).
        # (A word naming either, 司祭 for 在俗司祭 and 修道司祭, tells neither.)
        as_y = [a for a in _named(theirs, x.word, occurring) if role_in(theirs, a) == ry and not matches(y.word, theirs[a].word)]
        as_x = [b for b in _named(theirs, y.word, occurring) if role_in(theirs, b) == rx and not matches(x.word, theirs[b].word)]
        for a in as_y:
            for b in as_x:
                xe, ye = theirs[a], theirs[b]
                # (A word quoted, 「労働は商品ではない」とうたう宣言, is the quotation's, no party of the sentence's act.)
                if any(quoted(unit.text, c.start, unit.start, unit.end) for c in (xe, ye)):
                    continue
                first = xe if xe.start < ye.start else ye
                # Apart, unless the first is the sentence's topic (Xは、…Yを…).
                if xe.clause != ye.clause and abs(xe.start - ye.start) > HEAD_REACH and not first.grammar.endswith("は"):
                    continue
                he = led_to(theirs, max(a, b), head) or led_to(theirs, min(a, b), head)
                # (A verb of one kanji in another clause is another act: 金利が
                # 上がり、…押しのけられる against 金利を押し上げ.)
                he = he if he is None or len(he.word) > 1 or he.clause == theirs[max(a, b)].clause else None
                # (…nor one told after another subject: 日本は英国に協力を求めたが、英国は…、支援は得られなかった.)
                he = None if he is not None and _subject_between(theirs, max(a, b), he) else he
                if he is None and {rx, ry} == {"agent", "goal"}:
                    he = _giving_verb(mine, head, theirs, max(a, b))
                led = head
                if he is None:
                    # The words between reworded (多くの語を / 大量の語彙を): the
                    # verb ending both clauses (借り入れた) is what both lead to.
                    led = _clause_verb(mine, j)
                    he = None if led is None else next(
                        (c for c in theirs[max(a, b) + 1:] if c.clause == theirs[max(a, b)].clause and c.word == led.word
                         and c.grammar[:1] not in _PARTICLE_LETTERS), None)
                if (he is None or _voiced(mine, led) != _voiced(theirs, he) or _other_transitivity(led, he)
                        or told_both_ways(mine, x, y, rx, ry)
                        or _told_as_claimed(theirs, x, y, rx, ry, head, occurring)):
                    continue
                # (The two acts describe two nouns of a kind: 肺から心臓へ向かう肺静脈 /
                # 心臓から肺へ向かう肺動脈, each its own way; not 写真 / 姿, one thing reworded.)
                mine_of, theirs_of = described(mine, led), described(theirs, he)
                if mine_of is not None and theirs_of is not None and not matches(mine_of, theirs_of) and (
                        set(mine_of) & set(theirs_of)):
                    continue
                return spanning(x, y), spanning(xe, ye)
    return None


# Endings that tell a verb's transitive form (下げる, 始める) from its
# intransitive one (下がる, 始まる) after one kanji.
_TRANSITIVE_E = frozenset("げめえけせてべ")


def _other_transitivity(a, b) -> bool:
    """One kanji, one verb made transitive and the other not (物価を下げる /
    物価は下がらなかった): what one takes as its object the other has as its
    subject, so the roles are not exchanged."""
    return (a is not None and a.word == b.word and len(a.word) == 1 and a.grammar[:1] != b.grammar[:1]
            and (a.grammar[:1] in _TRANSITIVE_E) != (b.grammar[:1] in _TRANSITIVE_E))


def _subject_between(chunks: list, k: int, he) -> bool:
    """A topic (Xは) stands after ``chunks[k]`` and before ``he``, in another clause (a が may be a
    clause's inside it: 戦局が不利になると)."""
    return any(c.start < he.start and c.grammar == "は" and c.clause != chunks[k].clause for c in chunks[k + 1:])


# A sentence's topic or a list item's label, at its start (第15旅団は, ・第13旅団(広島県):).
_OPENING_TOPIC = compile_re(f"\\s*[・･]?([{KANJI_UNIFIED}{PLAIN_KATAKANA}0-9０-９]{{2,}})(?:は|[:：(（])")


def _topics_apart(claim: Unit, unit: Unit) -> bool:
    """The claim and the sentence open on two names of one kind (第15旅団は /
    ・第13旅団(広島県):…): each tells of its own."""
    a = _OPENING_TOPIC.match(claim.text, claim.start, claim.end)
    b = _OPENING_TOPIC.match(unit.text, unit.start, unit.end)
    return a is not None and b is not None and a.group(1) != b.group(1) and a.group(1)[-2:] == b.group(1)[-2:]


# The last letter of a verb that ends a relative clause or a sentence.
_VERB_LAST = ("る", "た", "い")


def _clause_verb(found: list[Chunk], k: int) -> Optional[Chunk]:
    """The verb ending the clause of chunk ``k``: its last chunk, with no particle after it."""
    last = None
    for c in found[k + 1:]:
        if c.clause != found[k].clause:
            break
        last = c
    return last if last is not None and last.grammar[:1] and last.grammar[0] not in _PARTICLE_LETTERS else None


_PARTICLE_LETTERS = "をにがはのでとへもや"


def _voiced(found: list[Chunk], head: Chunk) -> bool:
    """Is the verb ``head`` leads to passive?  An object (首を) leads on to
    the verb of its clause (義元は新介に首を取られた)."""
    if head.grammar != "を":
        # A verb in て joined to the next (取って|代わられた): the last one's voice.
        k = found.index(head)
        if head.grammar.endswith("て") and k + 1 < len(found) and found[k + 1].start == head.grammar_end:
            return passive(head) or passive(found[k + 1])
        return passive(head)
    for c in found[found.index(head):]:
        if c.clause != head.clause:
            break
        if not c.grammar.startswith(CASE_PARTICLES):
            return passive(c)
    return passive(head)


def _named(theirs: list[Chunk], word: str, occurring: dict) -> list[int]:
    """The chunks naming ``word``: a longer name it heads only if the
    sentence never says it as it is (皇帝 is 皇帝 there, not 皇帝カール4世
    in the same sentence)."""
    found = occurrences(theirs, word, occurring)
    if not any(theirs[k].word == word for k in found):
        return found
    return [k for k in found if len(theirs[k].word) <= len(word)]


def _told_as_claimed(theirs: list[Chunk], x: Chunk, y: Chunk, rx: str, ry: str, head: Chunk,
                     occurring: dict) -> bool:
    """The evidence gives the two the claim's roles too, in one clause and
    leading to the claim's word (歳出が…歳入を上回る状態を財政赤字、逆に
    歳入が歳出を上回る状態を財政黒字): it tells both ways, the claim one."""
    as_x = [a for a in _named(theirs, x.word, occurring) if role(theirs[a]) == rx]
    return any(role(theirs[b]) == ry and theirs[b].clause == theirs[a].clause
               and led_to(theirs, max(a, b), head) is not None
               for b in _named(theirs, y.word, occurring) for a in as_x)




def _giving_verb(mine: list[Chunk], head: Chunk, theirs: list[Chunk], k: int) -> Optional[Chunk]:
    """The verb after chunk ``k`` of the sentence, when the claim's verb
    differs but both give one same thing (を) to someone (ペリーが模型を
    幕府に贈った / 幕府が模型をペリーに献上した): neither passive, neither
    a verb of taking, and the object named alike in both."""
    verb = next((c for c in theirs[k + 1:] if c.clause == theirs[k].clause and c.grammar
                 and not c.grammar.startswith(CASE_PARTICLES)), None)
    if verb is None or passive(head) or passive(verb) or any(
            v.word.startswith(TAKING) or (v.word + v.grammar).startswith(TAKING) for v in (head, verb)):
        return None
    objects = {c.word for c in theirs if c.grammar == "を" and c.clause == theirs[k].clause and term(c)}
    if any(c.grammar == "を" and c.clause == head.clause and term(c) and c.word in objects for c in mine):
        return verb
    return None


def _ranged(found: list[Chunk], k: int) -> bool:
    """Chunk ``k`` opens a range (製作から配給、上映まで), whose steps a writer may give either way round."""
    return found[k].grammar == "から" and any(c.grammar.startswith("まで") and c.clause - found[k].clause <= 1
                                             for c in found[k + 1:])


def _companions(claim: Unit, unit: Unit, cache: dict) -> Optional[Spans]:
    """Two names of the claim, each next to the word the evidence puts next to
    the other (6月18日にルガンスク、6月27日にドネツク, exchanged), or one
    of them so and never next to its own: the span of the pairs in the
    claim and in the evidence."""
    mine = unit_chunks(claim, cache)
    theirs = unit_chunks(unit, cache)
    occurring = cache.setdefault(("occurring", unit.start, unit.end), {})
    body = unit.body
    their_words = {c.word for c in theirs}
    # Each claim term the evidence names, with the chunk right before it in
    # its clause, which the evidence names too; not a fellow member of a
    # list (日本脳炎やデング熱), since lists reorder freely, nor the clause's
    # verb (船3隻を|攻撃し), which a sentence in the other voice moves.
    paired = [(mine[k - 1], mine[k]) for k in after_other(claim, cache)
              if mine[k - 1].word in their_words and noun(mine[k - 1]) and mine[k - 1].grammar not in LISTED
              and not mine[k].grammar.startswith(_DOING)
              # (…nor a noun described by a clause whose verb links the two:
              # 統治不能とされた王 / 統治不能とする鑑定書, told in the other voice.)
              and _VERB_LINK.search(mine[k - 1].grammar) is None
              and not _ranged(mine, k - 1)
              and (mine[k].word[:2] in body or mine[k].word[-2:] in body)
              and occurrences(theirs, mine[k].word, occurring)]
    for (ax, x), (ay, y) in combinations(paired, 2):
        # (A chain, 利息までの預金を保護, is no two pairs: its middle word is in both.)
        if ax.word == ay.word or matches(x.word, y.word) or matches(ax.word, ay.word) or x is ay or y is ax:
            continue
        # A date beside one name and a word beside the other: a date goes
        # where a writer likes (1853年のペリー来航 / ペリー来航を受けて1853年に);
        # dates beside both (6月18日にルガンスク、6月27日にドネツク) are compared.
        if bool(NUMERIC.match(ax.word)) != bool(NUMERIC.match(ay.word)):
            continue
        # The tests on the two occurrences are independent: the first of each that passes.
        places_x, places_y = occurrences(theirs, x.word, occurring), occurrences(theirs, y.word, occurring)
        # A word the evidence gives after one pointing back (その半分以上 = 生乳の
        # 生産量の半分以上) may have the claim's companion there.
        if any(unit.text.endswith(POINTERS, unit.start, theirs[k].start) for k in places_x + places_y):
            continue
        a = _first_after(theirs, places_x, ay.word)
        b = _first_after(theirs, places_y, ax.word)
        if a is not None and b is not None:
            return spanning(ax, x, ay, y), spanning(theirs[a - 1], theirs[a], theirs[b - 1], theirs[b])
        # One name titled by the other's companion (…の), and never by its own
        # (国鉄総裁の島秀雄 / 国鉄総裁に就いた十河信二…技師長の島秀雄).
        # (…最高峰はA山地のX: the topic 最高峰 is X itself.)
        if (a is not None and _titled(ax, x, theirs[a - 1]) and _first_after(theirs, places_x, ax.word) is None
                and not (ay.grammar == "は" and x.grammar.startswith(COPULA))):
            return spanning(ax, x), spanning(theirs[a - 1], theirs[a])
        if (b is not None and _titled(ay, y, theirs[b - 1]) and _first_after(theirs, places_y, ay.word) is None
                and not (ax.grammar == "は" and y.grammar.startswith(COPULA))):
            return spanning(ay, y), spanning(theirs[b - 1], theirs[b])
    return None


# The endings of a verbal noun said as the clause's act (攻撃し, 建設された).
_DOING = ("し", "さ", "す", "せ")
_VERB_LINK = compile_re("さ[れせ]|し[たて]|する")

# Words pointing back to a thing named before.
POINTERS = ("その", "この", "これら", "それら")
# What says the topic is the name (最高峰は…ガルフピッゲンで / である).
COPULA = ("で", "だ", "です")


def _titled(companion: Chunk, name: Chunk, other: Chunk) -> bool:
    """A name (of a person, a place, a body) with a title joined by の in
    both sentences; a measure (標高4,808メートルの) is no title."""
    return (companion.grammar == "の" and other.grammar == "の" and name_like(name.word)
            and not any(ch.isdigit() for ch in companion.word))


def _first_after(found: list[Chunk], places: list[int], companion: str) -> Optional[int]:
    """The first of ``places`` (indices into ``found``) right after ``companion`` in its clause."""
    for k in places:
        if (k and found[k - 1].clause == found[k].clause and found[k - 1].word == companion and noun(found[k - 1])
                and found[k - 1].grammar not in LISTED):
            return k
    return None


def _terms(u: Unit, cache: dict) -> list[Chunk]:
    key = ("terms", u.start, u.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = [c for c, term in zip(unit_chunks(u, cache), term_flags(u, cache)) if term]
    return found


def _shared_terms(claim: Unit, unit: Unit, cache: dict) -> int:
    """How many of the claim's words the sentence seems to name (their first
    or last two letters in it): a cheap bound for the pair tests."""
    body = unit.body
    return sum(1 for c in _terms(claim, cache) if c.word[:2] in body or c.word[-2:] in body)


def compare(claim: Unit, aligned: list[Unit], cfg: Settings, cache: dict,
            names: Callable[[], set] = frozenset, details: Sequence[Unit] = ()) -> list[Conflict]:
    """``names``: gives the names in the claim and these sentences (known
    entities, and words that look like names), asked for only when needed;
    ``details``: every detail sentence, for two parties told in two."""
    found_names: list[set] = []

    def known() -> set:
        if not found_names:
            found_names.append(names())
        return found_names[0]

    # (Words without roles, 宮本顕治らで, may still be paired crosswise:
    # only that test is made for them.)
    roled = _roled(claim, cache)
    for unit in aligned:
        if not roled:
            found = crossed(claim, unit, cache)
        else:
            pairs = _shared_terms(claim, unit, cache) >= 2
            found = (pairs and (_exchanged(claim, unit, cache) or _companions(claim, unit, cache)
                                or one_way_reversed(claim, unit, cache) or winner_swapped(claim, unit, cache)
                                or possessor_exchanged(claim, unit, cache, details)
                                or clause_roles_exchanged(claim, unit, cache) or crossed(claim, unit, cache)
                                or figures_exchanged(claim, unit, cache) or exchanged_any_verb(claim, unit, cache)
                                or doers_exchanged(claim, unit, cache, details))
                     or swapped_parts(claim, unit, cache) or slot_filled_otherwise(claim, unit, cache, known)
                     or direction_reversed(claim, unit, cache, details) or voice_reversed(claim, unit, cache))
        if found is None:
            continue
        (s, e), (es, ee) = found
        # …nor at a named occasion the sentence is not of (桜井の戦いで兄を破った / 兄に敗れて).
        if _topics_apart(claim, unit) or details and other_occasion(claim, e - 1, unit, ee - 1, list(details)):
            continue
        # The claim's clauses dated to other years than the sentence: another
        # bout of the two (1991年の選挙ではAがBを破った / Bは1996年の選挙でAを破って).
        if clauses_dated_apart(claim, s, unit, es, cache):
            continue
        (s, e), (es, ee) = whole_brackets(claim.text, s, e), whole_brackets(unit.text, es, ee)
        return [Conflict("role", s, e, unit, es, ee, claim.text[s:e], unit.text[es:ee])]
    across = clause_roles_across(claim, list(details), cache) if details and roled else None
    if across is not None:
        ((s, e), (es, ee)), unit = across
        return [Conflict("role", s, e, unit, es, ee, claim.text[s:e], unit.text[es:ee])]
    return []
