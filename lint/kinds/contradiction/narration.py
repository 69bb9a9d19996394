"""Two events told in order by the details, across one sentence or two.

Dates only suggest an order; the details may tell it outright, as a story
does: 「…コロンビア議会が批准を拒んだ。すると米国はパナマの分離独立運動を
支援し…」 tells that the refusal came first, whatever years other sentences
give the treaty or the independence.  The test is by words: most of the
first event's words in a detail sentence, and most of the second's after
them, in that sentence or the next one of its paragraph, and one of the
two events named by its own word.
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.align import words_in
from lint.kinds.contradiction.units import Unit

# Share of a part's words the details must hold.
SHARE = 0.4
# Characters between two sentences of one paragraph (none, or a space).
NEXT_SENTENCE = 2
_DIGIT = compile_re("[0-9０-９]")


def undated(part: frozenset, other: frozenset) -> set:
    """A part's words that the other part lacks, leaving out numbers: dates
    and counts are no part of what happened."""
    return {g for g in part - other if not _DIGIT.search(g) and g not in ("年", "月", "日")}


def told_in_order(first: set, then: set, heads: tuple[frozenset, frozenset], details: list[Unit]) -> bool:
    """Does a detail sentence hold most of ``first``'s words, and it or the
    next sentence most of ``then``'s after them, one of the two events (the
    last words of the parts, ``heads``) itself among them?  Names alone
    recur in any order."""
    if len(first) < 3 or len(then) < 3:
        return False
    for k, u in enumerate(details):
        text = u.text
        found = {g: text.find(g, u.start, u.end) for g in first}
        held = {g: p for g, p in found.items() if p > -1}
        if len(held) < SHARE * len(first) or words_in(set(held)) < 2:
            continue
        hi = u.end
        if k + 1 < len(details) and 0 <= details[k + 1].start - u.end <= NEXT_SENTENCE:
            hi = details[k + 1].end
        after = max(p + len(g) for g, p in held.items())
        later = {g for g in then if text.find(g, after, hi) > -1}
        event = heads[0] and heads[0] <= held.keys() or heads[1] and heads[1] <= later
        if event and len(later) >= max(2, SHARE * len(then)) and words_in(later) >= 2:
            return True
    return False
