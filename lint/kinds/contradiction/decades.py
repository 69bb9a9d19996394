"""Decades and centuries as quantities: 1980年代, 1980年代前半, 1990年代以降,
14世紀, 18世紀末.

A decade is a span of years: 1980年代前半 holds 1982 and is held by
1980年代; 2000年代 is neither.  A century is one too (14世紀: 1301–1400),
and so is a round hundred's 年代 up to the 1900s (1900年代: the 1900s, as
it is mostly meant; 2000年代 is the ten years).  A post names many decades for many events,
so two are compared only where the detail sentence tells the claim's
clause (see :func:`~lint.kinds.contradiction.numbers.compare`).  A part of one narrows the span (前半, 後半, 半ば,
初め, 末); a bound after it (以降, から, まで) opens one end.

    pass: 1980年代前半に体制が広がった / 1980年代に体制が広がった
    fail: 2000年代に体制が広がった / 1980年代前半に体制が広がった
    pass: 19世紀末に辞典が編まれた / 19世紀後半に辞典が編まれた
    fail: 14世紀に辞典が編まれた / 9世紀初めに辞典が編まれた
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.calendar_years import CENTURY
from lint.kinds.contradiction.numerals import to_int_ascii
from lint.kinds.contradiction.quantities import Quantity
from lint.kinds.contradiction.thresholds import INF

_DECADE = compile_re(r"(?<![0-9０-９])(?P<y>[0-9０-９]{3}0)年代(?P<part>前半|後半|半ば|初め|初頭|末|終わり)?"
                     r"(?P<bound>以降|以後|から|まで|以前)?")
# The years of the decade each part spans, from its first year.
_PARTS = {None: (0, 9), "前半": (0, 4), "後半": (5, 9), "半ば": (3, 7), "初め": (0, 3), "初頭": (0, 3),
          "末": (7, 9), "終わり": (7, 9)}
# The years of the century each part spans, from its first year (0 for 1301 of 14世紀).
_CENTURY_PARTS = {None: (0, 99), "前半": (0, 49), "後半": (50, 99), "半ば": (30, 69), "中ごろ": (30, 69),
                  "中頃": (30, 69), "中葉": (30, 69), "初め": (0, 29), "初頭": (0, 29), "末": (80, 99),
                  "終わり": (80, 99)}
UNIT = "decade"


def decades(text: str, start: int, end: int) -> list[Quantity]:
    out = []
    for m in _DECADE.finditer(text, start, end):
        first = int(to_int_ascii(m.group("y")))
        # 1800年代, 1900年代 are mostly the hundred years, not ten (1900年代後半); 2000年代 the ten.
        a, b = (_CENTURY_PARTS if first % 100 == 0 and first <= 1900 else _PARTS)[m.group("part")]
        out.append(_span(m, first, first + a, first + b, "y"))
    for m in CENTURY.finditer(text, start, end):
        first = (int(to_int_ascii(m.group("c"))) - 1) * 100 + 1
        a, b = _CENTURY_PARTS[m.group("part")]
        # (Its round hundred is commonly counted in too: 1500年 is 16世紀初め.)
        out.append(_span(m, first, first + a - (a == 0), first + b, "c"))
    return out


def _span(m, first: int, low: float, high: float, number: str) -> Quantity:
    bound = m.group("bound")
    if bound in ("以降", "以後", "から"):
        high = INF
    elif bound in ("まで", "以前"):
        low = -INF
    return Quantity(m.start(), m.end(), m.group(), UNIT, first, low, high, False, None,
                    m.start(number), m.end(number), "", bound or "")
