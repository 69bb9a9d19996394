"""An event the claim dates to a year the details give it nowhere.

A year in the claim may be found in the details and still be wrong: the
details give it to another event (1922年にスルタン制が廃止され、1924年には
カリフ制も廃止された / 1922年にカリフ制が廃止され).  The claim's clause
names its event by a thing and an act right after the year (カリフ制が|廃止);
where the details date that thing's act, in clauses that name both, only to
other years, the claim's year is the other event's.
"""

from __future__ import annotations

from typing import Optional

from lint.kinds.contradiction.chunks import unit_chunks, verbal_noun
from lint.kinds.contradiction.dated import clause_years, sentence_years
from lint.kinds.contradiction.quantities import Quantity
from lint.kinds.contradiction.series import quantities
from lint.kinds.contradiction.units import Unit, containing

# Particles that tie a thing to the act after it (カリフ制が廃止, 王制を廃止, 王制の廃止).
_THING_TO_ACT = ("が", "を", "の", "は", "も")


def _event(u: Unit, q: Quantity, cache: dict) -> Optional[tuple[str, str]]:
    """The thing and the act right after a year (1922年に|カリフ制が|廃止され):
    (カリフ制, 廃止)."""
    found = unit_chunks(u, cache)
    k = next((i for i, c in enumerate(found) if c.start >= q.end), None)
    if k is None or k + 1 >= len(found) or found[k].start - q.end > 2:
        return None
    thing, act = found[k], found[k + 1]
    if thing.clause == act.clause and thing.grammar in _THING_TO_ACT and len(thing.word) >= 2 and verbal_noun(act):
        return thing.word, act.word
    return None


def _told(u: Unit, at: int, thing: str, act: str, cache: dict) -> bool:
    """The thing at ``at`` is followed by its particle and the act (カリフ制も|廃止)."""
    found = unit_chunks(u, cache)
    for c, nxt in zip(found, found[1:]):
        if c.start == at and c.word == thing and c.grammar in _THING_TO_ACT and nxt.word == act:
            return True
    return False


def misdated(claim: Unit, q: Quantity, details: list[Unit], cache: dict) -> Optional[tuple[Unit, Quantity]]:
    """The details' date of the claim's event, when they date it only to
    other years than ``q``'s (and some detail clause dates it at all)."""
    if q.unit != "date" or q.date is None or q.date[0] is None or q.date[1] is not None:
        return None
    event = _event(claim, q, cache)
    if event is None:
        return None
    thing, act = event
    found = None
    for u in containing(details, (thing,), cache):
        at = u.text.find(thing, u.start, u.end)
        while at != -1:
            if _told(u, at, thing, act, cache):
                if q.date[0] in sentence_years(u, cache):
                    return None
                years = clause_years(u, at, cache)
                if years and found is None:
                    dated = [e for e in quantities(u, cache) if e.unit == "date" and e.date and e.date[0] in years]
                    if dated:
                        found = (u, dated[0])
            at = u.text.find(thing, at + 1, u.end)
    return found
