"""Only one: the claim says one of a list alone did what the details say
the list did.

「スイスの独立だけが認められ」 against 「スイスとオランダの独立が承認
された」, 「米国の探査機だけが火星に到着し」 against 「UAEの…、中国の…、
米国の…が相次いで火星に到着した」: the claim limits to one (だけ, のみ) a
word the details name in a list, joined to another by と, や or 、, in a
sentence that holds most of the other words of the claim's clause.  The other member must be a word the claim does
not use (「AのうちBだけ」 names the list itself).

    pass: スイスの独立が認められた / スイスとオランダの独立が承認された
    fail: スイスの独立だけが認められた / スイスとオランダの独立が承認された
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import Chunk, is_name, unit_chunks
from lint.kinds.contradiction.name_kinds import name_like
from lint.kinds.contradiction.role_words import NUMERIC, matches, term
from lint.kinds.contradiction.scope import ONLY
from lint.kinds.contradiction.units import Conflict, Unit
from lint.kinds.contradiction.word_scope import NOT_ONLY

# A list's number glued to its first word (1.スイス連邦).
LIST_MARKER = compile_re(r"^[0-9０-９]+[.．]")
# What joins two members of a list (スイスとオランダ, 中国や韓国, AおよびB).
JOINS = ("と", "や", "とも", "および", "及び", "また")


def _listed_with(found: list[Chunk], k: int, text: str) -> Optional[Chunk]:
    """Another member of a list that chunk ``k`` is in."""
    c = found[k]
    # A date before the next member (パリ条約と1886年のベルヌ条約) dates it; the list goes on.
    n = k + 1
    while n + 1 < len(found) and NUMERIC.match(found[n].word) and found[n].grammar == "の":
        n += 1
    after = found[n] if n < len(found) else None
    before = found[k - 1] if k else None
    if after is not None and term(after) and (c.grammar in JOINS and after.clause == c.clause
                                               or _comma_list(c, after, text)):
        return after
    if before is not None and term(before) and (before.grammar in JOINS and before.clause == c.clause
                                                 or _comma_list(before, c, text)):
        return before
    return None


def _comma_list(a: Chunk, b: Chunk, text: str) -> bool:
    """Two names with only a comma between (米国、中国): a comma after a
    plain noun also ends a clause (場合、特定の…)."""
    return (not a.grammar and text[a.end:b.start] == "、" and all(name_like(c.word) or is_name(c.word)
                                                                    for c in (a, b)))


# Share of the claim clause's other words the sentence must hold.
COVERAGE = 0.5


def _covered(mine: list[Chunk], member: Chunk, limited: Chunk, unit: Unit) -> bool:
    """Most of the other words of ``member``'s clause are in the sentence (a
    verb's stem by its kanji: 認 of 認められ in 承認); ``limited``: the word
    だけ limits, ``member`` itself or what it owns."""
    words = [c.word for c in mine if c.clause == member.clause and c is not member and not NUMERIC.match(c.word)]
    body = unit.body
    held = sum(1 for w in words if w in body)
    if held >= 2 and held >= COVERAGE * len(words):
        return True
    # …or the very act said of it, right after it (英国だけが介入し / 英国、
    # フランス、ロシアの3国が介入し), in a sentence aligned with the claim.
    k = mine.index(limited)
    act = mine[k + 1] if k + 1 < len(mine) and mine[k + 1].clause == limited.clause else None
    return (act is not None and len(act.word) >= 2 and not NUMERIC.match(act.word) and act.word in body
            and unit.score >= ACT_ALIGN)


# Alignment at which the act alone places the word.
ACT_ALIGN = 0.3


def may_conflict(claim: Unit, cache: dict) -> bool:
    """The claim limits a word to one (…だけ, …のみ)."""
    return any(c.grammar.startswith(ONLY) for c in unit_chunks(claim, cache))


def compare(claim: Unit, aligned: list[Unit], cache: dict) -> list[Conflict]:
    """``aligned``: the claim's closest detail sentences."""
    mine = unit_chunks(claim, cache)
    body = claim.body
    for k, x in enumerate(mine):
        if not term(x) or not x.grammar.startswith(ONLY):
            continue
        # Not only (音楽だけでなく不動産も): adds to the word, limits nothing.
        if NOT_ONLY.match(x.grammar, len(next(o for o in ONLY if x.grammar.startswith(o)))):
            continue
        # スイスの独立だけ: the one of a list is the owner.
        member = mine[k - 1] if k and mine[k - 1].grammar == "の" and mine[k - 1].clause == x.clause else x
        # A sentence limits the word to one itself (イングランド国内だけを流れる川;
        # 法学者だけが持ち, when another lists 判例や法学者の見解).
        if any(c.grammar.startswith(ONLY) and matches(x.word, c.word) for u in aligned for c in unit_chunks(u, cache)):
            continue
        for unit in aligned:
            if not _covered(mine, member, x, unit):
                continue
            theirs = unit_chunks(unit, cache)
            for j, y in enumerate(theirs):
                if not matches(member.word, LIST_MARKER.sub("", y.word)):
                    continue
                other = _listed_with(theirs, j, unit.text)
                if other is None or other.word in body or any(matches(other.word, c.word) for c in mine):
                    continue
                s, e = member.start, x.grammar_end
                # The other member whole (沿岸の自由都市), for the quote.
                last = theirs.index(other)
                while theirs[last].grammar == "の" and last + 1 < len(theirs) and term(theirs[last + 1]):
                    last += 1
                es, ee = min(y.start, other.start), max(y.end, theirs[last].end)
                return [Conflict("quantifier", s, e, unit, es, ee, claim.text[s:e], unit.text[es:ee])]
    return []
