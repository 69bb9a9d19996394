"""The words around a number, which tell what it measures: two numbers are
compared only where those words are alike (人口は約53万人 / 人口は約55万人,
not 人口は約53万人 / 来場者は200万人)."""

from __future__ import annotations

from typing import Optional

from lint.kinds.contradiction.dated import years_of_clause
from lint.kinds.contradiction.number_scope import CLAUSE_MARKS
from lint.kinds.contradiction.quantities import Quantity
from lint.kinds.contradiction.series import quantities
from lint.kinds.contradiction.units import Unit
from lint.text.tokens import bigrams, overlap


def context(unit: Unit, q: Quantity) -> set[str]:
    """Content bigrams of the words around a quantity (within its sentence)."""
    before = unit.text[max(unit.start, q.start - 14):q.start]
    after = unit.text[q.end:min(unit.end, q.end + 10)]
    return bigrams(strip_digits(before)) | bigrams(strip_digits(after))


def clause_context(unit: Unit, q: Quantity) -> set[str]:
    """:func:`context` with, before the number, its own clause alone when
    that names something: in 「…直轄市で、人口は約189万人」 the number is
    said of 人口, not of 直轄市."""
    before = unit.text[max(unit.start, q.start - 14):q.start]
    cut = max(before.rfind(mark) for mark in CLAUSE_MARKS)
    if cut < 0 or not bigrams(strip_digits(before[cut + 1:])):
        return set()
    after = unit.text[q.end:min(unit.end, q.end + 10)]
    return bigrams(strip_digits(before[cut + 1:])) | bigrams(strip_digits(after))


def contexts(unit: Unit, q: Quantity, window: set[str]) -> list[set[str]]:
    """The words around a number read two ways: the window (given) and its clause."""
    return [c for c in (window, clause_context(unit, q)) if c]


def context_overlap(mine: list[set[str]], theirs: list[set[str]]) -> float:
    """How alike the words around two numbers are: the best of the window
    and the clause of each (see :func:`contexts`)."""
    return max((overlap(a, b) for a in mine for b in theirs), default=0.0)


def sentence_grams(u: Unit, cache: dict) -> set[str]:
    key = ("g", u.start, u.end)
    if key not in cache:
        cache[key] = bigrams(strip_digits(u.body))
    return cache[key]


def year_just_before(u: Unit, q: Quantity, cache: dict) -> Optional[int]:
    """The year of a date right before the number, but for a particle (2021年には約25万人)."""
    before = [d for d in quantities(u, cache) if d.end <= q.start and d.unit == "date"]
    return before[-1].date[0] if before and before[-1].date and len(u.text[before[-1].end:q.start]) <= 3 else None


def strip_digits(s: str) -> str:
    return "".join(" " if ch.isdigit() else ch for ch in s)


def another_year_told(claim: Unit, q: Quantity, unit: Unit, e: Quantity, cache: dict) -> bool:
    """The claim's clause dates its figure (2019年には年間200万人を超える), and
    the detail sentence gives another figure of that unit right after that
    year (2019年には約215万人に達した): ``e`` (登録前に年間約67万人だった) is
    another time's."""
    years = years_of_clause(claim, q.start, cache)
    return bool(years) and years.isdisjoint(years_of_clause(unit, e.start, cache)) and any(
        f is not e and f.unit == q.unit and year_just_before(unit, f, cache) in years for f in quantities(unit, cache))
