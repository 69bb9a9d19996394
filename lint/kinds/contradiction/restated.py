"""Words of a clause as grams, and a claim clause that another detail
sentence tells in other words.

    restates_another: 強くない雨が長い時間しとしとと続く / …強くない雨が
                      長い時間しとしとと降る (not 北海道では…雨が長く続かない)
"""

from __future__ import annotations

from lint.kinds.contradiction.align import grams
from lint.kinds.contradiction.units import Unit


# What is left of a date once its digits are gone (1957年6月): no argument.
DATE_GRAMS = frozenset("年月日")


def word_grams(text: str) -> set[str]:
    """:func:`grams` without those of digits alone: two years (2010年,
    2015年) share 20 and 01, and say nothing of what the words are about."""
    return {g for g in grams(text) if not all(ch.isdigit() or ch in ".,，．" for ch in g) and g not in DATE_GRAMS}


# How much of the claim's clause another sentence must hold, and how many
# times what the sentence that says the verb holds.
RESTATED_SHARE = 0.6
RESTATED_RATIO = 2
RESTATED_MIN = 4


def restates_another(args: set[str], unit: Unit, aligned: list[Unit]) -> bool:
    """The claim's clause is another sentence's, told with another verb
    (強くない雨が長い時間しとしとと続く / …強くない雨が長い時間しとしとと降る),
    far more than that of the sentence that says the verb the other way
    (北海道では…雨が長く続かない): the claim sums up the first."""
    if len(args) < RESTATED_MIN:
        return False
    theirs = len(args & word_grams(unit.body))
    return any(u is not unit and len(shared := args & word_grams(u.body)) >= RESTATED_SHARE * len(args)
               and len(shared) >= RESTATED_RATIO * theirs for u in aligned)
