"""Tense: a claim of the present against a sentence of the past, and a
time that reaches on into a later one.

A claim with no year says what holds now (首都はソフィアである); a detail
sentence dated to a year and told in the past (864年ごろ…首都プレスラフなどで
…整えられた) may tell another time, when the seat or the holder was another.
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.dated import sentence_years
from lint.kinds.contradiction.units import Unit
from lint.text.tokens import clause_bounds


def past_against_present(claim: Unit, unit: Unit, cache: dict) -> bool:
    """The claim, of no year, is told in the present, and the sentence, of a
    year, in the past (首都はソフィアである / 864年ごろ…首都プレスラフなどで
    …整えられた): the sentence tells of another time than now."""
    return (not sentence_years(claim, cache) and not _PAST_END.search(claim.body)
            and bool(sentence_years(unit, cache)) and _PAST_END.search(unit.body) is not None)


_PAST_END = compile_re(r"(?:た|(?<=[んい])だ)[。．」）)]*\s*$")

_NOW = compile_re("現在|今日|現行|今は|いまは|今も|いまも")
# A period that ended: 1959年から1962年まで, 1990年代まで.
_CLOSED_PERIOD = compile_re("[0-9０-９]{3,4}年代?(?:から[0-9０-９]{3,4}年代?)?まで")


def now_against_period(claim: Unit, at: int, unit: Unit, uat: int) -> bool:
    """The claim's clause at ``at`` says what holds now (現在は毎年7月に1試合),
    and the sentence sets what it says at ``uat`` in a period that ended
    (1959年から1962年までは、…年に2試合): two times."""
    lo, hi = clause_bounds(claim.text, at, claim.start, claim.end)
    return _NOW.search(claim.text, lo, hi) is not None and _CLOSED_PERIOD.search(unit.text, unit.start, uat) is not None


def since_before(claim: Unit, side: int, e: int, unit: Unit, other_side: int, ue: int) -> bool:
    """A time before, and on from it (戦前から検討されていた): it reaches
    into the time after, which it does not deny; unless both begin from
    their times (前年から / 翌年から): two starts."""
    claim_from, unit_from = claim.text.startswith("から", e), unit.text.startswith("から", ue)
    return not (claim_from and unit_from) and (other_side == 0 and unit_from or side == 0 and claim_from)


# A period a part of which is named (19世紀前半, 1990年代後半).
_PERIOD_BEFORE = compile_re("([0-9０-９]+)(?:世紀|年代|年)$")


def parts_of_other_periods(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """Halves or ends of two periods (19世紀前半 / 18世紀後半): two times,
    no order told."""
    mine = _PERIOD_BEFORE.search(claim.text, max(claim.start, s - 8), s)
    theirs = _PERIOD_BEFORE.search(unit.text, max(unit.start, us - 8), us)
    return mine is not None and theirs is not None and mine.group() != theirs.group()
