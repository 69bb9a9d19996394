"""Two clauses told at two times: the claim's clause undated in a dated
sentence against a dated detail clause, or a detail clause of other years
while another detail sentence tells the claim's year."""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.dated import clauses_dated_apart, sentence_years, span_dated_apart, span_years, years_of_clause
from lint.kinds.contradiction.numerals import to_int_ascii
from lint.kinds.contradiction.units import Unit
from lint.text.tokens import clause_bounds

# A time told against a life or a term of office: a clause holding one sets
# its own time (1814年に刊行され、北斎の存命中に完結した).
OWN_TIME = compile_re("生前|存命中|在世中|死後|没後|在任中|在位中|在職中|退任後|退位後|辞任後|退陣後|退職後")


def word_dated_apart(kind: str, a: Unit, at: int, lo: int, hi: int, b: Unit, cache: dict) -> bool:
    """The clause ``[lo, hi)`` of ``a``'s word at ``at`` and the sentence ``b``
    give calendar years, none the same; for opposing acts and times, so do
    the years told up to the clause, which carry on to it unless it sets its
    own time.  A year before or after (前年 / 翌年) is told against a year of
    the clause: the year next to it is the one the details date (1875年の
    事件は前年の条規に / 翌1876年…条規を結んだ)."""
    if next_year_told(a, at, b, cache):
        return False
    return span_dated_apart(a, lo, hi, b, cache) or kind in ("antonym", "temporal") and (
        OWN_TIME.search(a.text, lo, hi) is None and span_dated_apart(a, a.start, hi, b, cache))


def next_year_told(a: Unit, at: int, b: Unit, cache: dict) -> bool:
    """``a``'s word at ``at`` tells the year before or after one ``a`` gives up
    to its clause, and ``b`` gives a year next to that one."""
    hi = clause_bounds(a.text, at, a.start, a.end)[1]
    return a.text.startswith(_NEXT_YEARS, at) and any(abs(x - y) == 1 for x in span_years(a, a.start, hi, cache)
                                                      for y in sentence_years(b, cache))


_NEXT_YEARS = ("前年", "翌年")


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


# Words that start a denial at a time (1814年を最後に開かれていない, 以来).
SINCE = ("を最後に", "以来", "以降", "以後", "その後")
# The year such a word counts from, and も after it: 以降も takes in the
# year itself (2001年以降も再開されず: not in 2001 either).
_SINCE_YEAR = compile_re(r"([0-9０-９]{3,4})年(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?(を最後に|以来|以降|以後)(も)?")


def since_then(u: Unit, at: int, other: Unit, other_at: int, cache: dict) -> bool:
    """The negation at ``at`` holds from a time its clause sets on (1814年を
    最後に…開かれていない): before it the act may have happened.  Not so
    when the clause of ``other`` at ``other_at`` dates the act within that
    time (2001年以降も公開は再開されず / 2001年12月15日に公開を再開した)."""
    lo, _ = clause_bounds(u.text, at, u.start, u.end)
    if not any(u.text.find(word, lo, at) != -1 for word in SINCE):
        return False
    anchors = list(_SINCE_YEAR.finditer(u.text, lo, at))
    if anchors:
        year = int(to_int_ascii(anchors[-1].group(1)))
        inclusive = anchors[-1].group(3) is not None and anchors[-1].group(2) in ("以降", "以後")
    else:
        # その後 counts from the last year told before it (1869年に官営化され、
        # その後も払い下げられず).
        then = u.text.find("その後", lo, at)
        earlier = span_years(u, u.start, then, cache) if then != -1 else set()
        if not earlier:
            return True
        year, inclusive = max(earlier), False
    return not any(y > year or inclusive and y == year for y in years_of_clause(other, other_at, cache))

