"""Slips of the pen: 3,677 written for 3,776, 310万 for 130万, 153 for 183.

Two digits swapped, or one mistyped, are the commonest slips in copying a
number, and they are specific: two unrelated counts of one unit in a post
seldom differ so.  Only numbers of three significant digits or more count
as written (12 and 21 are too easily two things; 310万 has three), never
dates and years (1867 and 1876 are two events), and the integer parts are
compared (3,776.12 is 3,776).

    pass: 標高3,776メートル / 標高は3,776.12メートル
    fail: 標高3,677メートル / 標高は3,776.12メートル
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from lint.cache.programs import compile_re
from lint.kinds.contradiction.quantities import Quantity

# Units whose values name a time, not an amount.
DATED = ("date", "years", "days", "month", "decade")
MIN_DIGITS = 3


# The digits as written, and the words of ten thousands among them (1兆|1,300|億).
_WRITTEN = compile_re(r"([0-9][0-9,]*)(?:\.[0-9]+)?([万億兆]?)")


def _written(q: Quantity) -> tuple[str, str]:
    return _written_surface(q.surface)


@lru_cache(maxsize=4096)
def _written_surface(surface: str) -> tuple[str, str]:
    """Every claim number meets every detail number: memoised by surface."""
    parts = _WRITTEN.findall(unicodedata.normalize("NFKC", surface))
    return "".join(d.replace(",", "") for d, _ in parts), "".join(big for _, big in parts)


def digits_transposed(a: Quantity, b: Quantity) -> bool:
    """``a`` and ``b`` are of one unit and written with the same digits in
    another order, or with one digit mistyped (183日間 / 153日間)."""
    if a.unit != b.unit or a.unit in DATED:
        return False
    (x, big_x), (y, big_y) = _written(a), _written(b)
    if x == y or big_x != big_y or len(x) != len(y) or len(x) < MIN_DIGITS:
        return False
    if sorted(x) == sorted(y):
        return True
    # One digit mistyped, in a number that is not round (100 / 120 are two round figures).
    return sum(p != q for p, q in zip(x, y)) == 1 and min(len(x.rstrip("0")), len(y.rstrip("0"))) >= MIN_DIGITS
