"""Tense: a claim of the present against a sentence of the past.

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
