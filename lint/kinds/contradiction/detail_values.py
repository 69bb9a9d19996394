"""The details' quantities of a post, held for asking at once whether any
agrees with a claim's (see :func:`~lint.kinds.contradiction.quantities.compatible`)."""

from __future__ import annotations

from bisect import bisect_right
from itertools import product

from lint.kinds.contradiction.quantities import Quantity, compatible
from lint.kinds.contradiction.series import quantities
from lint.kinds.contradiction.thresholds import INF
from lint.kinds.contradiction.units import Unit


class DetailValues:
    """The details' quantities of one post, by unit, for asking whether any is
    :func:`~lint.kinds.contradiction.quantities.compatible` with a claim quantity:
    by bisection over the unit's ranges, or a few set lookups for a date, so a
    long post of many claims is not compared pair by pair."""

    def __init__(self, details: list[Unit], cache: dict):
        ranges: dict[str, list[tuple[float, float]]] = {}
        dates: set = set()
        self.open_date = False  # a date the extractor could not read matches any
        # Every quantity by unit, for a claim bounded one way: two bounds the
        # same way are compared by their values (see compatible()).
        self._every: dict[str, list[Quantity]] = {}
        for u in details:
            for e in quantities(u, cache):
                if e.unit != "date":
                    ranges.setdefault(e.unit, []).append((e.low, e.high * (1 + 1e-9)))
                    self._every.setdefault(e.unit, []).append(e)
                elif e.date is None:
                    self.open_date = True
                else:
                    dates.add(e.date)
        # Per unit: the lows in order, and the highest (widened) high among
        # the ranges up to each one.
        self._lows: dict[str, list[float]] = {}
        self._reach: dict[str, list[float]] = {}
        for unit, pairs in ranges.items():
            pairs.sort()
            self._lows[unit] = [low for low, _ in pairs]
            reach, top = [], float("-inf")
            for _, high in pairs:
                top = max(top, high)
                reach.append(top)
            self._reach[unit] = reach
        self._dates = dates
        # Projections of the dates onto the parts a claim date gives, built on demand.
        self._date_parts: dict[tuple[int, ...], set] = {}

    def has_unit(self, unit: str) -> bool:
        return unit in self._lows if unit != "date" else bool(self._dates) or self.open_date

    def any_compatible(self, q: Quantity) -> bool:
        """Is some detail quantity compatible with ``q`` (a date giving one
        of the parts ``q`` gives, at least)?"""
        if q.unit == "date":
            if q.date is None or self.open_date:
                return bool(self._dates) or self.open_date
            # compatible(): every part either side gives must agree, so a
            # detail date fits if, on each part the claim gives, it has the
            # same value or none, and it gives one of them at least: a day
            # of no year (11月5日) gives no support to a year (1728年).
            given = tuple(i for i, part in enumerate(q.date) if part is not None)
            projected = self._date_parts.get(given)
            if projected is None:
                projected = self._date_parts[given] = {tuple(d[i] for i in given) for d in self._dates}
            return any(combo in projected for combo in product(*[(q.date[i], None) for i in given])
                       if any(part is not None for part in combo))
        lows = self._lows.get(q.unit)
        if not lows:
            return False
        if q.high == INF or q.low == -INF:
            return any(compatible(q, e) for e in self._every[q.unit])
        # compatible(q, e): q.low <= e.high·(1+1e-9) and e.low <= q.high·(1+1e-9).
        count = bisect_right(lows, q.high * (1 + 1e-9))
        return count > 0 and self._reach[q.unit][count - 1] >= q.low


def detail_values(details: list[Unit], cache: dict) -> DetailValues:
    values = cache.get("n-values")
    if values is None:
        values = cache["n-values"] = DetailValues(details, cache)
    return values
