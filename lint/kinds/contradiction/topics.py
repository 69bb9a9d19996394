"""The topic a clause speaks of: its own subject, or the sentence's opening topic; and two
clauses said of two parties."""

from __future__ import annotations

from lint.kinds.contradiction.chunks import unit_chunks
from lint.kinds.contradiction.name_kinds import common_word, name_like
from lint.kinds.contradiction.role_words import matches
from lint.kinds.contradiction.subjects import subject_before
from lint.kinds.contradiction.units import Unit


def same_topic(claim: Unit, at: int, unit: Unit, unit_at: int, cache: dict) -> bool:
    """The claim's word at ``at`` and the sentence's at ``unit_at`` are said of one topic (see :func:`topic_of`)."""
    mine = topic_of(claim, at, cache)
    return mine is not None and len(mine) >= 2 and mine == topic_of(unit, unit_at, cache)


def topic_of(u: Unit, pos: int, cache: dict) -> str | None:
    """The subject before ``pos`` in its clause, or else the sentence's
    topic, when it opens the sentence (大仏殿は…とされ、その後再建された):
    it is every clause's that names no subject of its own."""
    own = subject_before(u, pos, cache)
    if own is not None:
        return own
    found = unit_chunks(u, cache)
    first = found[0] if found else None
    if first is None or first.grammar != "は" or first.start >= pos:
        return None
    clause = next((c.clause for c in found if c.start >= pos), None)
    if any(c.clause == clause and c.grammar in ("は", "が") for c in found):
        return None
    return first.word


def parties_apart(claim: Unit, s: int, unit: Unit, us: int, cache: dict) -> bool:
    """Each word said of the subject of its own clause, both names, the
    details' one never named by the claim (自民党は…議席を減らし / …日本社会党
    が議席を伸ばした): what one party gained says nothing of what another lost."""
    mine, theirs = subject_before(claim, s, cache), subject_before(unit, us, cache)
    return (mine is not None and theirs is not None and name_like(mine) and name_like(theirs)
            and not (common_word(mine) or common_word(theirs)) and not matches(mine, theirs) and theirs not in claim.body
            and not _shortened(mine, theirs) and not _shortened(theirs, mine))


def _shortened(short: str, full: str) -> bool:
    """``short`` is ``full`` shortened, its letters in order, first and last kept (自民党 / 自由民主党)."""
    if len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)
