"""Standards a word is said against: a comparison's (発電用よりも高い /
通常より低い), a respect (憲法上の首都 / 事実上の首都), or another thing it
is less than (ネオジム磁石ほど強くない).  Two words said against two
standards deny nothing of each other.
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.predicates import Predicate
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import KANJI, KATAKANA, script


def less_than_another(u: Unit, p: Predicate) -> bool:
    """A denied predicate right after ほど (ネオジム磁石ほど強くない): less
    than another thing, not denied."""
    # (A noun before ほど: それほど, さほど only soften a denial.)
    at = p.start - 3 if u.text.endswith("ほどは", u.start, p.start) else p.start - 2
    return (not p.positive and u.text.endswith(("ほど", "ほどは"), max(u.start, p.start - 3), p.start)
            and at > u.start and script(u.text[at - 1]) in (KANJI, KATAKANA))


# A respect a noun is said in (憲法上の首都, 事実上の首都).
_IN_RESPECT = compile_re(f"([{KANJI_UNIFIED}]{{1,4}})上の$")


def other_respects(claim: Unit, pc: Predicate, unit: Unit, pe: Predicate) -> bool:
    """Each noun is said in a respect of its own (憲法上の首都ではなく /
    事実上の首都となっている): two standards, neither denies the other."""
    mine = _IN_RESPECT.search(claim.text, max(claim.start, pc.start - 6), pc.start)
    theirs = _IN_RESPECT.search(unit.text, max(unit.start, pe.start - 6), pe.start)
    return mine is not None and theirs is not None and mine.group(1) != theirs.group(1)


# The standard a comparison is made against (発電用よりも, 通常より).
_STANDARD = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+)より(?:も)?[^、。，]{{0,8}}$")


def other_standards(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """Each word compares with a standard of its own (発電用よりもはるかに
    高い / 通常よりわずかに低い): two comparisons, neither denies the other."""
    mine = _STANDARD.search(claim.text, max(claim.start, s - 16), s)
    theirs = _STANDARD.search(unit.text, max(unit.start, us - 16), us)
    # (Standards sharing a letter may be one said two ways: 前年 / 昨年.)
    return mine is not None and theirs is not None and not set(mine.group(1)) & set(theirs.group(1)) and (
        mine.group(1) not in unit.body and theirs.group(1) not in claim.body)
