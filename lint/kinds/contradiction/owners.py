"""Whose change a word of change is: the noun that owns it (農地の拡大) or
the subject it is said of (熱帯雨林は…縮小に歯止めがかからない).

Two opposing words of two owners that share no letter (農地 / 熱帯雨林) tell
of two things: farmland grew while the forest shrank.  (Words of sides,
北側 / 南側, are left to the comparison of sides: their owners are wholes.)

    pass: 熱帯雨林は農地化のために縮小が続く / 農地の拡大によって面積の減少が続いている
    fail: 熱帯雨林は縮小が続く / 熱帯雨林の拡大が続いている

So for words of amount, by the noun they count (少数の大手 / シェアの大半).
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import clause_bounds

# A noun owning the word right after it (農地の|拡大).
_OWNER = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})の$")
# A subject or topic the word is said of (熱帯雨林は、…).
_SUBJECT = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})(?:は|が)、?")
# How far back an owner or a subject may stand.
REACH = 30


def _owner(u: Unit, at: int) -> Optional[str]:
    found = _OWNER.search(u.text, max(u.start, at - 12), at)
    return found.group(1) if found is not None else None


def _said_of(u: Unit, at: int) -> Optional[str]:
    """The noun owning the word, or else the last subject before it."""
    owner = _owner(u, at)
    if owner is not None:
        return owner
    subjects = list(_SUBJECT.finditer(u.text, max(u.start, at - REACH), at))
    return subjects[-1].group(1) if subjects else None


def owners_differ(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """The details' word has an owner (農地の拡大), the claim's word an owner
    or a subject, and the two share no letter."""
    theirs = _owner(unit, us)
    if theirs is None:
        return False
    mine = _said_of(claim, s)
    return mine is not None and not set(mine) & set(theirs)


# The noun a word of quantity counts, after it (少数の|大手, 多くの|荷物).
_COUNTED_AFTER = compile_re(f"の([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})")
# …or the subject it is said of close before it (排出が|トラックより|少ない).
_NEAR_SUBJECT = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})(?:が|は)[^、。がは]{{0,10}}$")


def _counted(u: Unit, s: int, e: int) -> Optional[str]:
    after = _COUNTED_AFTER.match(u.text, e, u.end)
    if after is not None:
        return after.group(1)
    owner = _owner(u, s)
    if owner is not None:
        return owner
    near = _NEAR_SUBJECT.search(u.text, max(u.start, s - 14), s)
    return near.group(1) if near is not None else None


def counted_apart(claim: Unit, s: int, e: int, unit: Unit, us: int, ue: int) -> bool:
    """Two words of amount counting two things that share no letter (少数の
    大手 / シェアの大半, 排出が…少ない / 多くの荷物)."""
    mine, theirs = _counted(claim, s, e), _counted(unit, us, ue)
    if mine is None or theirs is None or set(mine) & set(theirs):
        return False
    # (…and neither named in the other's clause: 大部分は法律家 counts 法律家 too.)
    lo, hi = clause_bounds(unit.text, us, unit.start, unit.end)
    clo, chi = clause_bounds(claim.text, s, claim.start, claim.end)
    return mine not in unit.text[lo:hi] and theirs not in claim.text[clo:chi]

