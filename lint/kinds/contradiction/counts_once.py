"""Counts told once on each side, and a claim's number put right in its
own words.

    counts_told_once: 3シーズン / 5シーズン, 4つの類型 / 3類型
    figure_in_claim_words: 300万人超 → 200万人超 (not 200万人を超える)
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.number_scope import OUT_OF, whole_against_part
from lint.kinds.contradiction.quantities import Quantity
from lint.kinds.contradiction.series import other_group, quantities
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA


def figure_in_claim_words(claim: Unit, q: Quantity, unit: Unit, e: Quantity) -> Optional[str]:
    """The details' figure in the claim's words: the whole quantity where
    both bound it alike, else only its number, where both write the same
    unit after it (300万人超 → 200万人超, not 200万人を超える)."""
    if q.prefix == e.prefix and q.suffix == e.suffix:
        return e.surface
    if not (q.number_end and e.number_end):
        return None
    mine = claim.text[q.number_end:q.end - len(q.suffix)]
    theirs = unit.text[e.number_end:e.end - len(e.suffix)]
    if mine != theirs:
        return None
    return claim.text[q.start:q.number_start] + unit.text[e.number_start:e.number_end] + claim.text[q.number_end:q.end]


def counts_told_once(claim: Unit, q: Quantity, details: list[Unit], cache: dict) -> list:
    """A count by a word of its own (3シーズン, 4つの類型: a counter or noun
    of two letters or more, or a counter of one kind of thing, 隻 or 基)
    that the claim and the whole of the details each give once: however they
    are worded, they count the same thing."""
    counter = q.unit.removeprefix("count:")
    if counter == q.unit or len(counter) < 2 and counter not in OWN_KIND_COUNTERS or sum(c.unit == q.unit for c in quantities(claim, cache)) != 1:
        return []
    found = [(u, e) for u in details for e in quantities(u, cache) if e.unit == q.unit]
    if len(found) != 1:
        return []
    unit, e = found[0]
    # (A counter of one letter, with a noun right before each count, counts that noun: 空母3隻 / 戦艦5隻.)
    if len(counter) < 2 and _named_before(claim, q) != _named_before(unit, e):
        return []
    # A whole (3ルートのうち) against some of it, or a count of the others (ほかの2ルート).
    if (claim.text.startswith(OUT_OF, q.end) or unit.text.endswith(OTHERS_BEFORE, unit.start, e.start)
            or whole_against_part(claim, q, unit, e) or other_group(claim, q, unit, e, details, cache)):
        return []
    return [(unit.score, unit, e)]


OTHERS_BEFORE = ("ほかの", "他の", "残りの", "残る", "その他の")
# Counters of one letter that count one kind of thing (ships, tombs, buildings, animals).
OWN_KIND_COUNTERS = frozenset("隻艘基棟頭匹羽門輌")
_NOUN_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+)(?:約|およそ)?$")


def _named_before(u: Unit, q: Quantity) -> str:
    """The noun right before a count (空母 of 空母3隻), or ""."""
    m = _NOUN_BEFORE.search(u.text, max(u.start, q.start - 8), q.start)
    return m.group(1) if m is not None else ""
