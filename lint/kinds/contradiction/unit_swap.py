"""Units: the same number with another unit of one measure.

「潜伏期間は1〜3週間」 against 「潜伏期間は1〜3日」, 「5万ドル」 against
「5万円」: the digits agree and the words before them too, so the sentence
tells the same figure, and the unit is what was changed.  The two must
measure one thing (time, length, money …) with different values: 15日 and
15日間 are one span, 5キロ and 5km one length.

    pass: 会期は15日間 / 会期は15日
    fail: 潜伏期間は1〜3週間ほど / 潜伏期間は1〜3日ほどと短い
"""

from __future__ import annotations

from typing import Optional

from lint.kinds.contradiction.number_support import supported
from lint.kinds.contradiction.series import span_quantities
from lint.kinds.contradiction.quantities import Quantity
from lint.kinds.contradiction.units import Conflict, Unit, memo

# A unit's measure; a day (3日) is read as a span of days here.
MEASURES = {"days": "time", "duration": "time", "length": "length", "mass": "mass", "area": "area",
            "power": "power"}
MINUTES_IN_A_DAY = 1440
# How many letters before the number must be the same in both sentences.
BEFORE = 2


def _measure(q: Quantity) -> Optional[str]:
    return "money" if q.unit.startswith("money:") else MEASURES.get(q.unit)


def _size(q: Quantity) -> float:
    return q.value * MINUTES_IN_A_DAY if q.unit == "days" else q.value


def may_conflict(claim: Unit, details: list[Unit], cache: dict) -> bool:
    """A claim quantity of a measure the details also give in another unit."""
    mine = {(_measure(q), q.unit) for q in span_quantities(claim.text, claim.start, claim.end, cache)}
    if not any(m for m, _ in mine):
        return False
    theirs = memo(cache, ("measures",), lambda: {(_measure(e), e.unit) for u in details
                                                 for e in span_quantities(u.text, u.start, u.end, cache)})
    return any(m and m == n and unit != other for m, unit in mine for n, other in theirs)


def _digits(u: Unit, q: Quantity) -> str:
    return u.text[q.number_start:q.number_end]


def _before(u: Unit, q: Quantity) -> str:
    return u.text[max(u.start, q.start - BEFORE):q.start]


def compare(claim: Unit, aligned: list[Unit], details: list[Unit], cache: dict) -> list[Conflict]:
    """``aligned``: the claim's closest detail sentences."""
    out = []
    for q in span_quantities(claim.text, claim.start, claim.end, cache):
        measure = _measure(q)
        if measure is None or len(_before(claim, q)) < BEFORE or supported(q, details, cache):
            continue
        for unit in aligned:
            found = next((e for e in span_quantities(unit.text, unit.start, unit.end, cache)
                          if e.unit != q.unit and _measure(e) == measure and _digits(unit, e) == _digits(claim, q)
                          and _before(unit, e) == _before(claim, q)
                          and (measure == "money" or _size(e) != _size(q))), None)
            if found is not None:
                out.append(Conflict("number", q.start, q.end, unit, found.start, found.end, q.surface,
                                    found.surface, found.surface))
                break
    return out
