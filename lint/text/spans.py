"""Which of many spans does a position or a range meet?  By bisection.

A test of each span against each finding, fix or mention grows with the
square of a long input (every quotation a prh dictionary excludes, every
name in a sentence of thousands, every place held back while fixing).
Sorted by start, with the furthest end reached by each prefix, the spans
answer "does one starting before X end after Y" with one bisection.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate


class Spans:
    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))

    def ends_past(self, before: int, pos: int) -> bool:
        """Does a span that starts before ``before`` end after ``pos``?"""
        k = bisect_left(self.starts, before)
        return k > 0 and self.reach[k - 1] > pos

    def overlap(self, start: int, end: int) -> bool:
        """Does a span overlap ``[start, end)`` (start before its end, end after its start)?"""
        return self.ends_past(end, start)

    def covers(self, pos: int) -> bool:
        """Does a span hold ``pos`` (start at or before it, end after it)?"""
        return self.ends_past(pos + 1, pos)

    def stick_out_of(self, start: int, end: int) -> bool:
        """Does a span overlap ``[start, end)`` without lying inside it?  (One
        that starts before it and reaches into it, or one that starts before
        its end and reaches past it.)"""
        return self.ends_past(start, start) or self.ends_past(end, end)
