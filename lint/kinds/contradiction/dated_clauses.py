"""Two clauses told at two times: the claim's clause undated in a dated
sentence against a dated detail clause, or a detail clause of other years
while another detail sentence tells the claim's year."""

from __future__ import annotations

from lint.kinds.contradiction.dated import clauses_dated_apart, sentence_years, years_of_clause
from lint.kinds.contradiction.units import Unit


def sentence_dated_apart(a: Unit, at: int, b: Unit, bt: int, cache: dict) -> bool:
    """The clause of ``a`` at ``at`` gives no year, but its sentence does, and
    none of them is a year of ``b``'s clause at ``bt``, or of its sentence
    when the clause gives none (…加盟国が増え、2020年時点では13か国 /
    2024年1月に脱退し、加盟国は12か国に減った): two times."""
    yb = years_of_clause(b, bt, cache) or sentence_years(b, cache)
    return bool(yb) and not years_of_clause(a, at, cache) and bool(sentence_years(a, cache)) and (
        sentence_years(a, cache).isdisjoint(yb))


def dated_in_another(a: Unit, at: int, word: str, b: Unit, bt: int, details: list[Unit], cache: dict) -> bool:
    """The clauses of ``a`` at ``at`` and of ``b`` are dated apart, and another
    detail sentence holds ``word`` with a year of ``a``'s clause: that one
    tells ``a``'s event (2022年には…住民投票も計画された / 2006年には…住民
    投票が行われ / 2022年…住民投票を行うと発表した)."""
    if not clauses_dated_apart(a, at, b, bt, cache):
        return False
    years = years_of_clause(a, at, cache)
    return any(u.start != b.start and word in u.body and not years.isdisjoint(sentence_years(u, cache)) for u in details)
