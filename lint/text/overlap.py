"""Choosing among overlapping spans: the earlier start wins, then the longer span.

prh decides overlapping matches this way, and so does everything in yure
that must never change one character twice: the matches of dictionary
rules, the fixes one ``--fix`` run applies.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Optional, TypeVar

T = TypeVar("T")


def earliest_longest(items: Iterable[T], span: Callable[[T], tuple[int, int]],
                     tie: Optional[Callable[[T], Any]] = None) -> list[T]:
    """The items whose spans do not overlap a span chosen before them.

    Items are taken by start, the longer first (then by ``tie``, else in the
    order given).  An empty span (an insertion) is kept unless another
    insertion was kept at the same place: two insertions at one point would
    depend on each other's order.
    """
    def order(item: T) -> tuple:
        start, end = span(item)
        return (start, start - end) if tie is None else (start, start - end, tie(item))

    chosen: list[T] = []
    last_start = last_end = -1
    for item in sorted(items, key=order):
        start, end = span(item)
        if start < last_end or start == end == last_start == last_end:
            continue
        chosen.append(item)
        last_start, last_end = start, end
    return chosen
