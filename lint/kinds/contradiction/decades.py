"""Decades as quantities: 1980年代, 1980年代前半, 1990年代以降.

A decade is a span of years: 1980年代前半 holds 1982 and is held by
1980年代; 2000年代 is neither.  A post names many decades for many events,
so two are compared only where the detail sentence tells the claim's
clause (see :func:`~lint.kinds.contradiction.numbers.compare`).  A part of one narrows the span (前半, 後半, 半ば,
初め, 末); a bound after it (以降, から, まで) opens one end.

    pass: 1980年代前半に体制が広がった / 1980年代に体制が広がった
    fail: 2000年代に体制が広がった / 1980年代前半に体制が広がった
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.numerals import to_int_ascii
from lint.kinds.contradiction.quantities import Quantity
from lint.kinds.contradiction.thresholds import INF

_DECADE = compile_re(r"(?<![0-9０-９])(?P<y>[0-9０-９]{3}0)年代(?P<part>前半|後半|半ば|初め|初頭|末|終わり)?"
                     r"(?P<bound>以降|以後|から|まで|以前)?")
# The years of the decade each part spans, from its first year.
_PARTS = {None: (0, 9), "前半": (0, 4), "後半": (5, 9), "半ば": (3, 7), "初め": (0, 3), "初頭": (0, 3),
          "末": (7, 9), "終わり": (7, 9)}
UNIT = "decade"


def decades(text: str, start: int, end: int) -> list[Quantity]:
    out = []
    for m in _DECADE.finditer(text, start, end):
        first = int(to_int_ascii(m.group("y")))
        a, b = _PARTS[m.group("part")]
        low, high = first + a, first + b
        bound = m.group("bound")
        if bound in ("以降", "以後", "から"):
            high = INF
        elif bound in ("まで", "以前"):
            low = -INF
        out.append(Quantity(m.start(), m.end(), m.group(), UNIT, first, low, high, False, None,
                            m.start("y"), m.end("y"), "", bound or ""))
    return out
