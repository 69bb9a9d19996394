"""Increments: a count of those added is not the count of all.

「北欧の2か国が新たに加盟した」 counts the new members; 「加盟国は32か国に
達した」 counts them all.  A count said with a word of addition (新たに,
さらに, 加わった, 増えた) is compared only with one said so too.

    pass: 2か国が新たに加盟した / 加盟国は32か国に達した
    fail: 3か国が新たに加盟した / 新たに2か国が加わった
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.quantities import Quantity
from lint.kinds.contradiction.units import Unit

# Words of addition near a count, in its clause.
ADDED = compile_re(r"新たに|新しく|さらに|追加|加わ|加え|増え|増加")
# How far from the count they may stand (characters).
REACH = 12
CLAUSE_ENDS = "、。，,；;"


def _clause_around(u: Unit, q: Quantity) -> tuple[int, int]:
    text = u.text
    lo = max(max(text.rfind(c, u.start, q.start) for c in CLAUSE_ENDS) + 1, u.start, q.start - REACH)
    ends = [i for i in (text.find(c, q.end, u.end) for c in CLAUSE_ENDS) if i != -1]
    hi = min(min(ends, default=u.end), q.end + REACH)
    return lo, hi


def added(u: Unit, q: Quantity) -> bool:
    """Is the count said of those added (新たに2か国が加盟)?"""
    if not q.unit.startswith(("count:", "people")):
        return False
    lo, hi = _clause_around(u, q)
    return ADDED.search(u.text, lo, hi) is not None
