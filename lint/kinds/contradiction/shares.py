"""Shares: a word for a small or a large part against the percentage given.

「国土のごく一部をカラクム砂漠が占める」 against 「国土の約85%をカラクム砂漠が
占める」; 「原油が輸出に占める割合はごくわずか」 against 「原油は輸出額の約9割…
を占める」: the claim tells a share of a whole in words, the details in
numbers, and the two disagree.  A small part (ごく一部, わずか, 少数) is
contradicted by half or more; most (大半, 大部分, ほとんど, 大多数) by 40% or
less; a majority (過半数) by less than half.

The whole must be one (the word before の, or before に占める: 輸出 and
輸出額 are one), and another word of the claim's clause (what takes the
share: カラクム砂漠) must be in the detail sentence.  Where the detail
names no whole at its share (約4分の1をロシア系住民が占める), the claim's
whole must be in the sentence and the part the share is given to must be
the claim's (大半はロシア系; not フツが約85%、ツチが約14% against 大半を占める
フツ, which gives 14% to ツチ).  A denied share
(大半ではない, 大半を占めるわけではない; ごく一部にすぎない is none) and
sentences dated to other years are not compared.

    pass: 国土の大半をカラクム砂漠が占める / 国土の約85%をカラクム砂漠が占める
    fail: 国土のごく一部をカラクム砂漠が占める / 国土の約85%をカラクム砂漠が占める
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.dated import span_dated_apart
from lint.kinds.contradiction.quantities import Quantity
from lint.kinds.contradiction.series import quantities
from lint.kinds.contradiction.units import Conflict, Unit
from lint.text.tokens import _KANJI_CLASS, _KATAKANA_CLASS, clause_bounds

SMALL = ("ごく一部", "ごくわずか", "ほんの一部", "わずか", "少数")
LARGE = ("大半", "大部分", "ほとんど", "大多数", "過半数", "過半", "圧倒的多数")
# The percentages each contradicts: a small part half or more, most 40% or less.
SMALL_AGAINST = 50.0
LARGE_AGAINST = 40.0
# A majority, told as such, is contradicted by anything under half.
MAJORITIES = ("過半", "過半数")
MAJORITY = 50.0
_SHARE = compile_re("|".join(sorted(SMALL + LARGE, key=len, reverse=True)))
_WORD = compile_re(f"[{_KANJI_CLASS}{_KATAKANA_CLASS}ー]{{2,}}")
# The whole: the word right before の (国土の|ごく一部), after words of degree.
_WHOLE_BEFORE = compile_re(f"([{_KANJI_CLASS}{_KATAKANA_CLASS}ー]{{2,}})の(?:うち、?)?(?:約|およそ|ほぼ|実に)?$")
_WHOLE_TAKEN = compile_re(f"([{_KANJI_CLASS}{_KATAKANA_CLASS}ー]{{2,}})に占め")
# Words of any share, which name no thing.
_SHARE_WORDS = frozenset({"割合", "比率", "シェア"})


# The clause's verb denied (大半を占めるわけではない), but not just so (ごく一部を占めるにすぎない, 一部しか占めない).
_VERB_DENIAL = compile_re(r"な(?:い|かっ|く)|ず|ません")
_ONLY = compile_re(r"すぎな|過ぎな|しか")


def _verb_denied(after: str) -> bool:
    return _VERB_DENIAL.search(after) is not None and _ONLY.search(after) is None


def _whole(text: str, lo: int, at: int, clause: str) -> Optional[str]:
    m = _WHOLE_BEFORE.search(text, max(lo, at - 20), at)
    if m is not None:
        return m.group(1)
    m = _WHOLE_TAKEN.search(clause)
    return m.group(1) if m is not None else None


def _one_whole(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


# The part a share is given to: right before it (ツチが約14%) or after it
# (約4分の1をロシア系住民が, 9割は商業); in the claim, right after the share word
# (大半を占めるフツ, 大半はロシア系, 大半をカラクム砂漠が).
_PART_BEFORE = compile_re(f"([{_KANJI_CLASS}{_KATAKANA_CLASS}ー]{{2,}})(?:が|は)(?:約|およそ|ほぼ)?$")
_PART_AFTER = compile_re(f"(?:を([{_KANJI_CLASS}{_KATAKANA_CLASS}ー]{{2,}})が|[はが]([{_KANJI_CLASS}{_KATAKANA_CLASS}ー]{{2,}}))")
# …or the topic its clause opens on (工業は経済の1割ほどで).
_PART_OPENING = compile_re(f"([{_KANJI_CLASS}{_KATAKANA_CLASS}ー]{{2,}})は")
_CLAIM_PART = compile_re(f"(?:を占める|は|を)([{_KANJI_CLASS}{_KATAKANA_CLASS}ー]{{2,}})")


def _part_of(text: str, lo: int, q: Quantity, parts: set[str]) -> bool:
    """The share ``q`` is given to one of ``parts`` (or a word holding one)."""
    m = (_PART_BEFORE.search(text, max(lo, q.start - 20), q.start) or _PART_AFTER.match(text, q.end)
         or _PART_OPENING.match(text, lo, q.start))
    named = m and (m.group(1) or m.lastindex and m.group(m.lastindex))
    return bool(named) and any(w in named or named in w for w in parts)


def _against(word: str, q: Quantity) -> bool:
    """Does the percentage ``q`` contradict the share word?"""
    if word in SMALL:
        return q.low >= SMALL_AGAINST
    if word in MAJORITIES:
        return q.high < MAJORITY
    # (約4割: about 40%, under half whatever the margin.)
    return q.high <= LARGE_AGAINST or q.approx and q.value <= LARGE_AGAINST and q.high < MAJORITY


def may_conflict(claim: Unit) -> bool:
    return _SHARE.search(claim.body) is not None


def compare(claim: Unit, aligned: list[Unit], cache: dict) -> list[Conflict]:
    out = []
    for m in _SHARE.finditer(claim.text, claim.start, claim.end):
        lo, hi = clause_bounds(claim.text, m.start(), claim.start, claim.end)
        clause = claim.text[lo:hi]
        if _verb_denied(claim.text[m.end():hi]):
            continue
        whole = _whole(claim.text, lo, m.start(), clause)
        if whole is None:
            continue
        # The clause's other words, the share word itself left out (一部 of ごく一部).
        others = {w.group() for w in _WORD.finditer(claim.text, lo, hi)
                  if w.group() != whole and w.group() not in _SHARE_WORDS and not (w.start() < m.end() and m.start() < w.end())}
        told = _CLAIM_PART.match(claim.text, m.end(), hi)
        part = {told.group(1)} if told is not None else others
        for unit in aligned:
            if unit.heading or span_dated_apart(claim, lo, hi, unit, cache):
                continue
            if not any(w in unit.body for w in others):
                continue
            # An approximate share with a wide margin (約2〜5割) tells too little.
            shares = [q for q in quantities(unit, cache) if q.unit == "percent" and not (q.approx and q.high - q.low > 20)]
            # A sentence giving one share the claim's word fits and another it
            # does not (工業は経済の1割ほどで、残る9割は商業) shares a whole out
            # among parts: only a share given to the claim's part answers it.
            parted = any(not _against(m.group(), q) for q in shares)
            for q in shares:
                if not _against(m.group(), q):
                    continue
                ulo, uhi = clause_bounds(unit.text, q.start, unit.start, unit.end)
                if parted and not _part_of(unit.text, ulo, q, part):
                    continue
                theirs = _whole(unit.text, ulo, q.start, unit.text[ulo:uhi])
                # No whole named at the share (約4分の1をロシア系住民が占める):
                # the claim's whole said in the sentence is it, if the part the
                # share is given to is the claim's (フツが約85%、ツチが約14%).
                if (theirs is None and whole in unit.body and _part_of(unit.text, ulo, q, part)
                        or theirs is not None and _one_whole(whole, theirs)):
                    out.append(Conflict("quantifier", m.start(), m.end(), unit, q.start, q.end, m.group(),
                                        unit.text[q.start:q.end]))
                    break
            if out and out[-1].claim_start == m.start():
                break
    return out
