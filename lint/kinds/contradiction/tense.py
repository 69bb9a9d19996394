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


def past_against_present(claim: Unit, unit: Unit, cache: dict) -> bool:
    """The claim, of no year, is told in the present, and the sentence, of a
    year, in the past (首都はソフィアである / 864年ごろ…首都プレスラフなどで
    …整えられた): the sentence tells of another time than now."""
    return (not sentence_years(claim, cache) and not _PAST_END.search(claim.body)
            and bool(sentence_years(unit, cache)) and _PAST_END.search(unit.body) is not None)


_PAST_END = compile_re(r"(?:た|(?<=[んい])だ)[。．」）)]*\s*$")


def since_before(claim: Unit, side: int, e: int, unit: Unit, other_side: int, ue: int) -> bool:
    """A time before, and on from it (戦前から検討されていた): it reaches
    into the time after, which it does not deny; unless both begin from
    their times (前年から / 翌年から): two starts."""
    claim_from, unit_from = claim.text.startswith("から", e), unit.text.startswith("から", ue)
    return not (claim_from and unit_from) and (other_side == 0 and unit_from or side == 0 and claim_from)
