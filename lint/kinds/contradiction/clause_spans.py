"""Where the clauses of a sentence begin and end, and an order a dated
sentence tells in words.

    Clauses: the clause bounds of one sentence, found once
    anchor_told: 合併後の同年10月1日に (the anchor and its marker, said outright)
    time_clause_after: …ため、卒業した後は… (the part after a connective opens another)
    CLEFT_CAUSE, CLEFT_TIME, clause_before: Xのは、Yためである; Xのは、Yの後の1991年である; the clause a sentence's これ points back to
    grams_around: the clause's words but a span's own, read on past a clause that only sets the time
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Callable

from lint.cache.programs import compile_re
from lint.kinds.contradiction.align import grams
from lint.kinds.contradiction.narration import CLAUSE_BREAK
from lint.kinds.contradiction.predicates import NOUN_RUN_AT_END
from lint.kinds.contradiction.units import Unit
from lint.text.tokens import clause_bounds

if TYPE_CHECKING:
    from lint.kinds.contradiction.relations import Relation

_BREAK = compile_re(f"[{CLAUSE_BREAK}]")


class Clauses:
    """Where the clauses of a sentence begin and end, found once (bisection)."""

    def __init__(self, text: str, lo: int, hi: int):
        self.lo, self.hi = lo, hi
        self.breaks = [m.start() for m in _BREAK.finditer(text, lo, hi)]

    def start(self, pos: int) -> int:
        k = bisect_left(self.breaks, pos)
        return self.breaks[k - 1] + 1 if k else self.lo

    def end(self, pos: int) -> int:
        k = bisect_left(self.breaks, pos)
        return self.breaks[k] if k < len(self.breaks) else self.hi


_TIME_MARKER = compile_re("(?:以前|以後|以降|直前|直後|前|後)")


def anchor_told(text: str, rel: Relation, unit: Unit) -> bool:
    """The dated sentence names the claim's anchor with the claim's marker
    itself (合併後の同年10月1日に / 2005年の合併後、同じ年の10月1日に): its
    dates, however read, do not outweigh the order it says."""
    marker = _TIME_MARKER.search(rel.marker)
    before = min(rel.first_span, rel.then_span)  # the part the marker follows
    anchor = NOUN_RUN_AT_END.search(text, before[0], before[1])
    return marker is not None and anchor is not None and anchor.group() + marker.group() in unit.body


def time_clause_after(rel: "Relation", others: list["Relation"]) -> bool:
    """The part after the connective is itself the first part of another
    relation (通学が不便だったため、小学校を卒業した後は…中等科に進んだ):
    what the first part leads to is told past that clause, not in it."""
    return any(o is not rel and rel.then_span[0] <= o.first_span[0] and o.first_span[1] <= rel.then_span[1]
               for o in others)


# A cleft that ends by giving the cause (Xのは、Yためである, Xのは…からだ).
CLEFT_CAUSE = compile_re(r"(?<=[たるい])のは、?(?P<cause>[^。]+?(?<=[たいだうくぐすつぬぶむる]))(?P<marker>ため|から)"
                         r"(?:で(?:ある|あった)|だ(?:った)?|です)?(?:とされる|といわれる)?。?$")


# A cleft that ends by giving the time against another event (Xのは、Yの後の
# 1991年である; Xのは、Yの直前だった): X comes after Y, or before it.
CLEFT_TIME = compile_re(r"(?<=[たるい])のは、?(?P<anchor>[^。]+?)(?P<marker>(?:の|した|する|る|た)?(?<![午最戦])(?:直後|以降|以後|後|翌年"
                        r"|直前|前年|前))(?P<tail>の[^。、]{1,20})?(?:で(?:ある|あった)|だ(?:った)?|です)?。?$")


def clause_before(text: str, lo: int) -> tuple[int, int] | None:
    """The last clause of the sentence ending right before ``lo`` in the
    same paragraph, if it has words enough."""
    if lo < 1 or text[lo - 1] != "。":
        return None
    end = lo - 1
    start = max(text.rfind(mark, 0, end) for mark in "、。\n") + 1
    return (start, end) if len(grams(text[start:end])) >= 2 else None


def grams_around(u: Unit, start: int, end: int, keep: Callable[[str], bool] = lambda g: True,
                 least: int = 3) -> tuple[set[str], int]:
    """The grams of the clause holding ``[start, end)`` but that span's own
    (those ``keep`` passes), with the next clause when this one has fewer
    than ``least`` (明治時代に入ってから、 / 1899年、 only set the time), and
    where the clause read ends."""
    lo, hi = clause_bounds(u.text, start, u.start, u.end)

    def around() -> set[str]:
        return {g for g in grams(u.text[lo:start] + "\n" + u.text[end:hi]) if keep(g)}
    found = around()
    if len(found) < least and hi < u.end:
        hi = clause_bounds(u.text, hi + 1, u.start, u.end)[1]
        found = around()
    return found, hi
