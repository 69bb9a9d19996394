"""Beginnings and endings: a thing both begins and ends, so a beginning
against an ending is a contradiction only when both are said of one thing
at one point of the story.

    pass: 内戦は1977年ごろに始まった / 内戦は1992年に終結した (two events of one war)
    fail: 内戦は1992年の和平協定で始まった / 内戦は1992年10月に…終結した
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import unit_chunks
from lint.kinds.contradiction.dated import NOUN_DESCRIBED, dated_description, years_of_clause
from lint.kinds.contradiction.event_words import OPEN_WORDS
from lint.kinds.contradiction.units import WORD_RUN, Unit
from lint.text.scripts import HIRAGANA
from lint.text.tokens import clause_bounds


# Beginning and ending: said of what, they may be two things (打ち上げは
# 1981年に始まり / 任務を終えると).
START_END = ("開始", "始ま", "始め", "始動", "終了", "終わ", "終え", "終結")
_ARGUMENT = ("が", "は", "を", "も")  # also after a verb's okurigana (打|ち|上|げは)
# …but not a time or place set with に, で, と (2020年3月には).
_SETTING_MARKED = ("には", "では", "とは", "からは", "までは", "へは", "にも", "でも", "とも", "からも")


def _argument(u: Unit, at: int, cache: dict) -> Optional[str]:
    """The nearest word before ``at`` in its clause marked as subject, topic or object."""
    lo, _ = clause_bounds(u.text, at, u.start, u.end)
    found = None
    for c in unit_chunks(u, cache):
        if c.start >= at:
            break
        if (c.start >= lo and c.grammar.endswith(_ARGUMENT) and not c.grammar.endswith(_SETTING_MARKED)
                and not c.word[0].isdigit()):
            found = c.word
    return found


def other_things_begun(claim: Unit, s: int, unit: Unit, us: int, cache: dict) -> bool:
    """A beginning and an ending said of words that share no letter, or one
    of them in a dated description of what it speaks of (1904年2月に始まった
    日露戦争 / 日露戦争を終わらせるために): a thing both begins and ends."""
    if not (claim.text.startswith(START_END, s) and unit.text.startswith(START_END, us)):
        return False
    a, b = _argument(claim, s, cache), _argument(unit, us, cache)
    if a is not None and b is not None and not set(a) & set(b):
        return True
    # A beginning that only says which thing (独立後まもなく始まった内戦は
    # …1992年の和平協定まで続き / 内戦は…1992年10月に…終結した).
    if _DESCRIBING.match(claim.text, s) or _DESCRIBING.match(unit.text, us):
        return True
    # A beginning dated where the claim's ending gives no date (1908年に運航を
    # 始め / トンネルの開業と同じ日に運航を終えた): the two ends of one story.
    if (claim.text.startswith(_ENDINGS, s) != unit.text.startswith(_ENDINGS, us)
            and not _RELATIVE_TIME.match(claim.text, s) and not _RELATIVE_TIME.match(unit.text, us)
            and years_of_clause(unit, us, cache) and not years_of_clause(claim, s, cache)
            and not _settings(claim, s) & _settings(unit, us)):
        return True
    return dated_description(claim, s) != dated_description(unit, us)


def _settings(u: Unit, at: int) -> set:
    """The words of the clause that are no argument (北朝鮮軍の侵攻で): one said of
    both a beginning and an ending ties the two to one point of the story."""
    lo, hi = clause_bounds(u.text, at, u.start, u.end)
    return {w.group() for w in WORD_RUN.finditer(u.text, lo, hi) if len(w.group()) >= 2
            and not u.text.startswith(_ARGUMENT, w.end()) and not w.group().startswith(START_END)}


_ENDINGS = START_END[4:]
# A time told from the beginning or the end (始まる前に, 終わった後): no act of it.
_RELATIVE_TIME = compile_re(f"(?:{'|'.join(START_END)})[{HIRAGANA}]{{0,3}}?(?:前|後|まで|以前|以降|以後|直前|直後)")


# A word of beginning or ending in a clause that describes the noun after
# it; not a time (始まった年, 終わった後), a formal noun (終わったところ) or
# a plan (開始される予定).
_DESCRIBING = compile_re(f"(?:{'|'.join(START_END)})[{HIRAGANA}]{{0,4}}?(?:た|る)(?!{'|'.join(OPEN_WORDS)})"
                         + NOUN_DESCRIBED)
