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
from lint.text.tokens import KANJI, KATAKANA, clause_bounds, script


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


# A standard with what it is of (曲尺の1尺より).
_STANDARD_PHRASE = compile_re(f"((?:[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+の)?[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー0-9０-９]+)"
                              f"より(?:も)?[^、。，]{{0,8}}$")
# A topic with what it is of (鯨尺の1尺は, 北欧の男性では).
_TOPIC = compile_re(f"((?:[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+の)?[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー0-9０-９]+)(?:では|は)")
_WORD = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}}")
# What a comparison's standard is followed by: its subject with が (降水量よりも|蒸発量が|上回る).
_SUBJECT_AFTER = compile_re(f"(?:も)?([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})が")


def standard_unnamed(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """The claim compares with a standard (曲尺の1尺より長い), or compares
    a subject with it (降水量よりも蒸発量が上回る), that the detail word's
    clause never names (古代中国の尺は…短く; 降水量が250ミリメートルを
    下回る): the detail's word measures another thing."""
    lo, _ = clause_bounds(claim.text, s, claim.start, claim.end)
    mine = _STANDARD_PHRASE.search(claim.text, max(lo, s - 20), s)
    if mine is None:
        return False
    ulo, uhi = clause_bounds(unit.text, us, unit.start, unit.end)
    clause = unit.text[ulo:uhi]
    # (Each word of it: 曲尺の1尺 is not 古代中国の尺.)  The detail may leave
    # the standard out when it speaks of the claim's own topic (北欧の男性では
    # …日本より低い / 北欧の男性では…高く).
    if any(w.group()[-2:] not in clause for w in _WORD.finditer(mine.group(1))):
        # (With no topic of its own, 前年より来園者が減った, the claim may be
        # said of what the detail speaks of: it is compared.)
        topics = list(_TOPIC.finditer(claim.text, claim.start, mine.start()))
        return bool(topics) and not any(w.group() in unit.body for w in _WORD.finditer(topics[-1].group(1)))
    subject = _SUBJECT_AFTER.match(claim.text, mine.end(1) + 2, s)
    return subject is not None and subject.group(1)[-2:] not in clause
