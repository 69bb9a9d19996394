"""Roles by clause: two names each said in a clause of its own, with the
words of each clause going to the other name in the details.

「保有者はJR北日本で、管理は整備機構が担っている」 against 「整備機構が
保有し、JR北日本が管理している」: JR北日本 is with 保有 in the claim and
with 管理 in the details, 整備機構 the other way round, and neither is
with its own word in both.  The parties are names (katakana, Latin, or a
name's ending such as 機構) that both sentences use.

    pass: 保有者は整備機構で、管理はJR北日本が担う / 整備機構が保有し、JR北日本が管理する
    fail: 保有者はJR北日本で、管理は整備機構が担う / 整備機構が保有し、JR北日本が管理する
"""

from __future__ import annotations

from typing import Optional

from lint.kinds.contradiction.chunks import Chunk, is_name, unit_chunks
from lint.kinds.contradiction.name_kinds import name_like
from lint.kinds.contradiction.role_words import NUMERIC, same_head, spanning
from lint.kinds.contradiction.units import Unit

Spans = tuple[tuple[int, int], tuple[int, int]]


def _named(c: Chunk) -> bool:
    return len(c.word) >= 2 and (name_like(c.word) or is_name(c.word))


def _clauses(u: Unit, both: set, cache: dict) -> dict[str, tuple[Chunk, list[Chunk]]]:
    """Each name of ``both`` (named by the two sentences) said once in the
    sentence, with the other words of its clause; names sharing a clause
    are left out (no clause is theirs alone)."""
    chunks = unit_chunks(u, cache)
    names = [c for c in chunks if c.word in both]
    found = {}
    for c in names:
        if sum(1 for d in names if d.clause == c.clause) > 1 or sum(1 for d in names if d.word == c.word) > 1:
            continue
        words = [d for d in chunks if d.clause == c.clause and d is not c and len(d.word) >= 2
                 and not NUMERIC.match(d.word) and not _named(d)]
        found[c.word] = (c, words)
    return found


def _shared(a: list[Chunk], b: list[Chunk]) -> bool:
    return any(same_head(x, y) for x in a for y in b)


def clause_roles_exchanged(claim: Unit, unit: Unit, cache: dict) -> Optional[Spans]:
    both = {c.word for c in unit_chunks(claim, cache) if _named(c)} & {c.word for c in unit_chunks(unit, cache)}
    # What the sentence is about (トンネルは…, トンネルの保有者は…) is in every clause: no party.
    both -= {c.word for u in (claim, unit) for c in unit_chunks(u, cache)[:2] if c.grammar in ("は", "の")}
    if len(both) < 2:
        return None
    mine, theirs = _clauses(claim, both, cache), _clauses(unit, both, cache)
    names = [w for w in mine if w in theirs]
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            (ca, wa), (cb, wb) = mine[a], mine[b]
            (ea, va), (eb, vb) = theirs[a], theirs[b]
            if _shared(wa, vb) and _shared(wb, va) and not _shared(wa, va) and not _shared(wb, vb):
                return spanning(ca, cb), spanning(ea, eb)
    return None
