"""A time put in the very place of another: the claim and a detail sentence
aligned with it say the same words around a period or a century, and the
two do not meet.

「日本には江戸時代ごろに伝わったとされ」 against 「日本には弥生時代ごろに
大陸から伝わったとされ」: the words on both sides of the period agree
(日本には … ごろに), so the period is the one thing the claim changed.  The
same for centuries and decades (8世紀前半に吉備国が / 7世紀後半に吉備国が),
whose spans must not overlap.  The words around must be long enough to
name the frame (five letters or more, two of them kanji or katakana, on
both sides or a whole argument after: not the のイタリア of 14世紀の
イタリアで / 16世紀のイタリアの画家), and
the claim's period must not be named in that detail sentence at all (a
sentence may span two: 弥生時代から江戸時代にかけて).  A word of the claim's
clause past them must be in the detail's clause too: the act dated.

    pass: 日本には弥生時代ごろに伝わったとされる / 日本には弥生時代ごろに大陸から伝わったとされる
    fail: 日本には江戸時代ごろに伝わったとされる / 日本には弥生時代ごろに大陸から伝わったとされる
    fail: 8世紀前半に吉備国が三つに分かれた / 7世紀後半に吉備国が三国に分けられた
"""

from __future__ import annotations

from typing import NamedTuple

from lint.cache.programs import compile_re
from lint.kinds.contradiction.decades import UNIT as DECADE
from lint.kinds.contradiction.eras import eras_in
from lint.kinds.contradiction.series import quantities
from lint.kinds.contradiction.units import WORD_RUN, Conflict, Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import KANJI, KATAKANA, clause_bounds, script

# Letters read on each side of a time, and how many of them must agree.
SIDE = 6
LEAST_AGREED = 5
LEAST_CONTENT = 2
# A sentence told again: how many words the claim must have besides its time, and the share the detail has.
RETOLD_WORDS = 4
RETOLD_SHARE = 0.8
_AGAIN = compile_re("再|ふたたび|改めて")


class _Time(NamedTuple):
    start: int
    end: int
    scheme: object  # an era scheme, or "span" for centuries and decades
    low: float  # an era's rank, or a span's first year
    high: float
    name: str


def _times(u: Unit, cache: dict) -> list[_Time]:
    """The periods, centuries and decades of a sentence (those from the
    post's cached quantities)."""
    found = [_Time(e.start, e.end, e.scheme, e.rank, e.rank, e.name) for e in eras_in(u.text, u.start, u.end)]
    found += [_Time(q.start, q.end, "span", q.low, q.high, q.surface) for q in quantities(u, cache)
              if q.unit == DECADE]
    return found


def _agreed(a: Unit, x: _Time, b: Unit, y: _Time) -> tuple[str, str]:
    """The letters both sentences have right before and right after the two
    times, within their clauses."""
    a_lo, a_hi = clause_bounds(a.text, x.start, a.start, a.end)
    b_lo, b_hi = clause_bounds(b.text, y.start, b.start, b.end)
    before = ""
    for k in range(1, SIDE + 1):
        if x.start - k < a_lo or y.start - k < b_lo or a.text[x.start - k] != b.text[y.start - k]:
            break
        before = a.text[x.start - k] + before
    # (Whole words only: the 寺は of 四天王寺は and 法隆寺は agrees in its は alone.)
    n = len(before)
    while before and _content(before[0]) and (x.start - n > a_lo and _content(a.text[x.start - n - 1])
                                               or y.start - n > b_lo and _content(b.text[y.start - n - 1])):
        before, n = before[1:], n - 1
    after = ""
    for k in range(SIDE):
        if x.end + k >= a_hi or y.end + k >= b_hi or a.text[x.end + k] != b.text[y.end + k]:
            break
        after += a.text[x.end + k]
    return before, after


def _content(ch: str) -> bool:
    return script(ch) in (KANJI, KATAKANA)


def _frames_alike(before: str, after: str) -> bool:
    """Enough agreed letters, and a whole frame: words on both sides, or a
    whole argument after (に吉備国が, not the のイタリア of のイタリアで)."""
    agreed = before + after
    if len(agreed) < LEAST_AGREED or sum(map(_content, agreed)) < LEAST_CONTENT:
        return False
    return bool(before) and bool(after) or after[-1:] in _CASE_PARTICLES and _content(after[-2:-1] or "あ")


_CASE_PARTICLES = "がをはにでへと"


_TOPIC = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+)は")


def _act_told(claim: Unit, at: int, unit: Unit, their_at: int) -> bool:
    """A word of the claim's clause past the agreed letters (its act: 伝わった,
    分かれて) is in the detail's clause: 明治時代に修理された is no 奈良時代に
    建立され."""
    hi = clause_bounds(claim.text, at, claim.start, claim.end)[1]
    lo, their_hi = clause_bounds(unit.text, their_at, unit.start, unit.end)
    theirs = unit.text[lo:their_hi]
    return any(w.group() in theirs for w in WORD_RUN.finditer(claim.text, at, hi))


def _told_again(claim: Unit, x: _Time, times: int, unit: Unit, their_times: int) -> bool:
    """Each sentence gives one time, and nearly all the claim's other words
    are in the detail sentence: it is told again with its time changed
    (19世紀には、…カストレーンらが…説を唱えた / 20世紀後半にはカストレーンらが…説を唱えた)."""
    # (Not of an act told again, 20世紀に再び観測された, 再発売された: the claim's may be the first.)
    if times != 1 or their_times != 1 or _AGAIN.search(unit.text, unit.start, unit.end):
        return False
    words = [w.group() for w in WORD_RUN.finditer(claim.text, claim.start, claim.end)
             if len(w.group()) >= 2 and not x.start <= w.start() < x.end]
    return len(words) >= RETOLD_WORDS and sum(w in unit.body for w in words) >= RETOLD_SHARE * len(words)


def _apart(x: _Time, y: _Time) -> bool:
    return x.scheme == y.scheme and (x.high < y.low or y.high < x.low)


def may_conflict(claim: Unit, cache: dict) -> bool:
    return bool(_times(claim, cache))


def compare(claim: Unit, aligned: list[Unit], cache: dict) -> list[Conflict]:
    """``aligned``: the detail sentences aligned with the claim or a clause of it, best first."""
    mine = _times(claim, cache)
    if not mine:
        return []
    for unit in aligned:
        theirs = _times(unit, cache)
        for x in mine:
            # (…nor a sentence with a topic of its own, another than the claim's: お茶は / 仏教は.)
            topics = _TOPIC.findall(claim.text, claim.start, x.start)
            if x.name in unit.body or topics and topics[-1] not in unit.body and _TOPIC.search(unit.text, unit.start, unit.end):
                continue
            for y in theirs:
                if not _apart(x, y):
                    continue
                before, after = _agreed(claim, x, unit, y)
                if _frames_alike(before, after) and _act_told(claim, x.end + len(after), unit, y.start) or (
                        _told_again(claim, x, len(mine), unit, len(theirs))):
                    return [Conflict("temporal", x.start, x.end, unit, y.start, y.end,
                                     claim.text[x.start:x.end], unit.text[y.start:y.end])]
    return []
