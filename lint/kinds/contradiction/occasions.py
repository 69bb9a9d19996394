"""Named occasions: a battle, an election, a conference (湊川の戦い, 第3回
総会, 1992年の選挙) pins the clause that names it to that occasion.

Two sentences about the same parties may tell of two occasions, won at one
and lost at the other; a word of the claim said at one named occasion is
answered only by a sentence of that occasion.

>>> from lint.kinds.contradiction.units import Unit
>>> text = "湊川の戦いで楠木正成を破った。"
>>> occasions_of(Unit(0, len(text), text), 0)
['湊川']
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.name_kinds import name_like
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import clause_bounds

# A name of two letters or more and the kind of occasion it names.
_OCCASION = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,10}})の?(?:戦い|合戦|海戦|会戦|攻防戦|包囲戦|の変|の乱|の役|"
                       f"事件|会議|会談|選挙|大会|条約)")


def occasions_of(u: Unit, at: int) -> list[str]:
    """The names of the occasions in the clause around ``at`` (湊川 of 湊川の戦い)."""
    lo, hi = clause_bounds(u.text, at, u.start, u.end)
    return _OCCASION.findall(u.text, lo, hi)


def _one(a: str, b: str) -> bool:
    """Two names of one occasion: one ends the other (1336年湊川 / 湊川, 米国大統領 / 大統領)."""
    return a.endswith(b) or b.endswith(a)


def other_occasion(claim: Unit, s: int, unit: Unit, us: int, details: list[Unit]) -> bool:
    """The claim's word is said at a named occasion that the detail word's
    paragraph does not name up to it but another detail sentence names with
    a word of the claim's clause (湊川の戦いで楠木正成を破った / 楠木正成らに
    敗れて九州へ逃れた; 湊川の戦いで楠木正成を討ち取って), or the detail
    word's clause names another occasion."""
    mine = occasions_of(claim, s)
    if not mine:
        return False
    theirs = occasions_of(unit, us)
    if theirs and not any(_one(a, b) for a in mine for b in theirs):
        return True
    # (Named in the paragraph before the sentence, the occasion goes on: ところが
    # 全農林警職法事件では、…。…大法廷判決は…合憲とした.)
    lo = unit.text.rfind("\n", 0, unit.start) + 1
    paragraph = unit.text[lo:unit.end]
    lo, hi = clause_bounds(claim.text, s, claim.start, claim.end)
    words = [w for w in _WORD.findall(claim.text, lo, hi) if not any(w in o or o in w for o in mine)]
    return any(o not in paragraph and any(o in u.body and any(w in u.body for w in words) for u in _told(details))
               for o in mine)


def fought_elsewhere(claim: Unit, s: int, e: int, unit: Unit, us: int) -> bool:
    """A win or a loss the details date to a day and set at a place the
    claim never names (16日、ナポレオンはリニーでプロイセン軍を破り /
    …プロイセン軍に敗れた): one bout of a war, not the one the claim tells."""
    if not claim.text[s:e].startswith(_CONTEST) or _DATED.search(unit.text, unit.start, us) is None:
        return False
    lo, _ = clause_bounds(unit.text, us, unit.start, unit.end)
    return any(m.group(1) not in claim.body and name_like(m.group(1)) for m in _FOUGHT_AT.finditer(unit.text, lo, us))


# Words of winning and losing.
_CONTEST = ("勝", "敗", "破", "負", "撃退", "退け", "降")
# A named place where something is done (リニーで, 関ヶ原で).
_FOUGHT_AT = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,10}})で(?![はもあきの])")
# A day the bout is dated by (16日、…), which sets it apart from the war's other days.
_DATED = compile_re(r"[0-9０-９]{1,2}日")


def occasion_unnamed(claim: Unit, at: int, unit: Unit) -> bool:
    """The clause at ``at``, or the topic the sentence opens with, names an
    occasion (ワーテルローの戦いは、1815年6月18日に…起きた) that the detail
    sentence's paragraph never names (6月15日にベルギーへ進攻した): the
    claim's date is another event's."""
    lo, hi = clause_bounds(claim.text, at, claim.start, claim.end)
    mine = _BATTLE.findall(claim.text, lo, hi)
    topic = _OPENING_TOPIC.match(claim.text, claim.start, at)
    if topic is not None:
        mine += _BATTLE.findall(topic.group())
    lo = unit.text.rfind("\n", 0, unit.start) + 1
    paragraph = _SMALL_KE.sub("ケ", unit.text[lo:unit.end])
    return bool(mine) and not any(_SMALL_KE.sub("ケ", o) in paragraph for o in mine)


# An occasion fought, whose name a writer keeps (a treaty or a meeting is
# often named short: 新安保条約); ヶ and ヵ spelled as ケ (関ヶ原 / 関ケ原).
_BATTLE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,10}})の?(?:戦い|合戦|海戦|会戦|攻防戦|包囲戦|の変|の乱|の役)")
_SMALL_KE = compile_re("[ヶヵケ]")


# A sentence's first clause when it is its topic alone (ワーテルローの戦いは、).
_OPENING_TOPIC = compile_re(r"\s*[・･]?[^、。]{2,30}?は、")


_WORD = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}}")


def _told(details: list[Unit]) -> list[Unit]:
    """The detail sentences, headings left out: a heading (リニア談合事件)
    names what the sentences under it tell of."""
    return [u for u in details if not u.heading]
