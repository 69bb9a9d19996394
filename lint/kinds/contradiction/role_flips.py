"""Flipped roles: the claim makes the doer of an act the one the details say
it was done to.

「フランスの騎兵がイングランドの弓兵を破った」 against 「弓兵を中心とする
イングランド軍が、フランスの騎兵を打ち破った」: the claim's doer (騎兵が)
is the object of the same verb in the details (騎兵を|破った), and the
details' doer (イングランド軍) is the claim's object or its owner
(イングランドの弓兵).  The two need not be named alike on both sides, as
:mod:`~lint.kinds.contradiction.roles` asks of an exchange: one name
flipped with the same verb, the other side told by a word of it, is enough.
A verb in the passive reads the other way (在来種に襲われた: 在来種 acted);
a detail sentence where the claim's doer does the act too (the two fought
twice, or each gave the other something) is left alone.

    pass: イングランド軍がフランスの騎兵を破った / イングランド軍が、フランスの騎兵を打ち破った
    fail: フランスの騎兵がイングランド軍を破った / イングランド軍が、フランスの騎兵を打ち破った
"""

from __future__ import annotations

from typing import Iterator, NamedTuple, Optional

from lint.kinds.contradiction.chunks import Chunk, unit_chunks
from lint.kinds.contradiction.connectives import PLAIN_VERB_LAST
from lint.kinds.contradiction.predicates import CASE_PARTICLES
from lint.kinds.contradiction.role_words import MUTUAL, VOICE, matches, role, term
from lint.kinds.contradiction.units import Conflict, Unit, memo
from lint.text.tokens import KANJI, script

_DOER = ("が", "は")


class Act(NamedTuple):
    doer: int  # chunk indexes
    done_to: int
    verb: int
    done_role: str  # "object" or "goal"


def _is_verb(c: Chunk) -> bool:
    """A verb of one or two kanji (破|った, 売却|した, 襲|われた), not an
    adjective (多|くの, 高|い, 長|かった)."""
    return (1 <= len(c.word) <= 2 and all(script(ch) == KANJI for ch in c.word) and bool(c.grammar)
            and not c.grammar.startswith(CASE_PARTICLES) and not c.grammar.startswith(("の", "な", "で"))
            and c.grammar not in ("い", "く") and not c.grammar.startswith(_ADJECTIVE_TAILS)
            # (…nor an act two parties do to each other, 会った: told from either.)
            and not (c.word + c.grammar).startswith(MUTUAL))


_ADJECTIVE_TAILS = ("くの", "くは", "くも", "くな", "かった", "かっ", "い、", "いの")


def _is_passive(c: Chunk) -> bool:
    return VOICE.match(c.grammar) is not None and "させ" not in c.grammar[:3]


def _doer_before(chunks: list[Chunk], k: int, text: str) -> Optional[int]:
    """The doer of the act whose object or goal is chunk ``k``: the nearest word
    before it marked by が or は in its clause, or ending the clause before
    with a comma (イングランド軍が、…を打ち破った), or the sentence's topic."""
    clause = chunks[k].clause
    for i in range(k - 1, -1, -1):
        c = chunks[i]
        if c.clause != clause and not (c.clause == clause - 1 and text.startswith("、", c.grammar_end)):
            # (A topic goes on through the clauses after it: 阿骨打は…金を建国し、…遼を滅ぼした.)
            if c.grammar == "は":
                return i if term(c) else None
            continue
        # (ロシア軍が|守る|旅順の要塞を: the subject of a verb describing a noun.)
        if c.grammar == "が" and i + 2 <= k and chunks[i + 1].grammar.endswith(_PLAIN_VERB) and (
                chunks[i + 1].grammar_end == chunks[i + 2].start):
            continue
        if c.grammar in _DOER:
            return i if term(c) else None
    return None


_PLAIN_VERB = tuple(PLAIN_VERB_LAST + "た")


def _acts(u: Unit, cache: dict) -> list[Act]:
    """The acts a sentence tells with a doer and an object or goal, once per post."""
    return memo(cache, ("acts", u.start, u.end), lambda: list(_find_acts(u, cache)))


def _find_acts(u: Unit, cache: dict) -> Iterator[Act]:
    chunks = unit_chunks(u, cache)
    for v in range(1, len(chunks)):
        k = v - 1
        obj = chunks[k]
        if role(obj) not in ("object", "goal") or obj.clause != chunks[v].clause or not _is_verb(chunks[v]) or not term(obj):
            continue
        subject = _doer_before(chunks, k, u.text)
        if subject is None:
            continue
        if _is_passive(chunks[v]):
            # 在来種に|襲われた: who acted is before に, the subject is acted on.
            if obj.grammar == "に":
                yield Act(k, subject, v, "object")
            continue
        # A compound verb names its act by its last part (打ち|破った).
        if len(chunks[v].grammar) == 1 and v + 1 < len(chunks) and chunks[v + 1].start == chunks[v].grammar_end and _is_verb(
                chunks[v + 1]):
            v += 1
            if _is_passive(chunks[v]):
                continue
        yield Act(subject, k, v, role(obj))


def _told_by(word: str, found: list[Chunk], k: int) -> bool:
    """``word`` names chunk ``k`` or its owner (イングランドの|弓兵)."""
    if matches(word, found[k].word):
        return True
    return k > 0 and found[k - 1].grammar == "の" and found[k - 1].clause == found[k].clause and matches(
        word, found[k - 1].word)


def compare(claim: Unit, aligned: list[Unit], cache: dict) -> list[Conflict]:
    mine = unit_chunks(claim, cache)
    for act in _acts(claim, cache):
        doer, verb = mine[act.doer], mine[act.verb]
        start, end = min(doer.start, mine[act.done_to].start), verb.grammar_end
        told = [(unit, unit_chunks(unit, cache), [a for a in _acts(unit, cache)
                                                  if unit_chunks(unit, cache)[a.verb].word == verb.word])
                for unit in aligned if verb.word in unit.body]
        if any(matches(theirs[a.doer].word, doer.word) for _, theirs, acts in told for a in acts):
            continue  # the claim's doer does the act in the details too (an exchange, a rematch)
        for unit, theirs, acts in told:
            for a in acts:
                their_doer, done_to = theirs[a.doer], theirs[a.done_to]
                if (done_to.word == doer.word and a.done_role == act.done_role
                        and not matches(their_doer.word, doer.word)
                        and _told_by(their_doer.word, mine, act.done_to)):
                    their_start = min(their_doer.start, done_to.start)
                    their_end = theirs[a.verb].grammar_end
                    return [Conflict("role", start, end, unit, their_start, their_end,
                                     claim.text[start:end], unit.text[their_start:their_end])]
    return []
