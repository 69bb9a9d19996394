"""Eras: the claim sets an act in a period of history the post never names,
where the detail sentence telling the rest of its clause sets it in another.

「風土記は平安時代に国ごとに編まれた」 against 「奈良時代に、地方の風土を
国ごとに記録させた」: 平安時代 appears nowhere in the details, the sentence
holding the clause's other words names one period of the same scheme (the
Japanese eras; or 古代, 中世, 近世, 近代, 現代), and the claim's period lies
outside the periods that sentence names (古代から江戸時代にかけて holds
室町時代).  A period the details name in a sentence that shares words with
the claim's clause may be told of that act, or of part of it, and is left
alone; named only of other acts, it is no support.

    pass: 奈良時代に、朝廷は産物や地名の由来を国ごとに記録させた / 奈良時代に、朝廷は…地名の由来を国ごとに記録させた
    fail: 平安時代に、朝廷は産物や地名の由来を国ごとに記録させた / 奈良時代に、朝廷は…地名の由来を国ごとに記録させた
"""

from __future__ import annotations

from typing import NamedTuple

from lint.cache.programs import compile_re
from lint.kinds.contradiction.align import grams
from lint.kinds.contradiction.clause_spans import grams_around
from lint.kinds.contradiction.dated import sentence_years, years_of_clause
from lint.kinds.contradiction.units import WORD_RUN, Conflict, Unit, details_text
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA

# Each scheme in the order of time.
JAPANESE = ("旧石器", "縄文", "弥生", "古墳", "飛鳥", "奈良", "平安", "鎌倉", "南北朝", "室町", "戦国", "安土桃山", "江戸",
            "明治", "大正", "昭和", "平成", "令和")
GENERAL = ("古代", "中世", "近世", "近代", "現代")
# Short names of an era (桃山時代 is 安土桃山時代).
_SHORT = {"桃山": "安土桃山"}
# A Japanese era only with a word of period after it (明治大学, 奈良県 and
# 江戸城 are no periods); a general one not as the head of another word
# (近代化, 現代語, 古代ローマ, 現代美術: a process, a language, a name, a field).
ERA_PATTERN = (f"(?P<jp>{'|'.join(JAPANESE + tuple(_SHORT))})(?:時代|初期|前期|中期|後期|末期|期|末)"
               f"|(?<![{KANJI_UNIFIED}])(?P<gen>{'|'.join(GENERAL)})(?![{KANJI_UNIFIED}{PLAIN_KATAKANA}])")
_ERA = compile_re(ERA_PATTERN)
# After a period, words of a time that goes on (現代でも, 平成時代にも, 江戸時代まで).
_GOING_ON = ("でも", "にも", "まで", "から", "以降", "以来", "を通じ", "を通して")
# Share of the claim clause's other words the detail sentence must hold.
CLAUSE_HELD = 0.6
MIN_HELD = 3


class Era(NamedTuple):
    scheme: tuple
    name: str
    start: int
    end: int

    @property
    def rank(self) -> int:
        return self.scheme.index(self.name)


def eras_in(text: str, lo: int, hi: int) -> list[Era]:
    out = []
    for m in _ERA.finditer(text, lo, hi):
        scheme = JAPANESE if m.group("jp") else GENERAL
        name = m.group("jp") or m.group("gen")
        out.append(Era(scheme, _SHORT.get(name, name), m.start(), m.end()))
    return out


def _told_of_clause(era: Era, words: set[str], details: list[Unit]) -> bool:
    """Whether a detail sentence naming ``era`` shares words with the claim's
    clause: the period may then be told of the same act, or of part of it."""
    for unit in details:
        if era.name in unit.body and any(e.name == era.name for e in eras_in(unit.text, unit.start, unit.end)):
            if len(words & set(grams(unit.body))) >= 2:
                return True
    return False


def may_conflict(claim: Unit) -> bool:
    return _ERA.search(claim.text, claim.start, claim.end) is not None


def compare(claim: Unit, aligned: list[Unit], details: list[Unit], cache: dict) -> list[Conflict]:
    mine = eras_in(claim.text, claim.start, claim.end)
    if not mine:
        return []
    told = details_text(details, cache)
    for era in mine:
        if claim.text.startswith(_GOING_ON, era.end):
            continue
        words, hi = grams_around(claim, era.start, era.end, least=MIN_HELD)
        if len(words) < MIN_HELD or era.name in told and _told_of_clause(era, words, details):
            continue
        best, most = None, 0
        for unit in aligned:
            held = len(words & set(grams(unit.body)))
            if held > most:
                best, most = unit, held
        if best is None or most < MIN_HELD or most < CLAUSE_HELD * len(words):
            continue
        # (The act the claim dates is told there: 修理された is not 建立された.)
        acts = WORD_RUN.findall(claim.text, era.end, hi)
        if acts and acts[-1] not in best.body:
            continue
        # (A year of the claim's clause that the sentence gives dates the act
        # there: 明治初期の1873年 / 江戸時代には…、1873年10月1日の布告で.)
        if years_of_clause(claim, era.start, cache) & sentence_years(best, cache):
            continue
        named = eras_in(best.text, best.start, best.end)
        theirs = [e for e in named if e.scheme is era.scheme]
        # (A span from one scheme to the other, 古代から江戸時代にかけて, has no order to read.)
        if not theirs or len(theirs) < len(named):
            continue
        ranks = [e.rank for e in theirs]
        # (A claim naming the details' period too, 奈良時代から平安時代にかけて, spans them.)
        if min(ranks) <= era.rank <= max(ranks) or any(e.name in claim.body for e in theirs):
            continue
        other = min(theirs, key=lambda e: abs(e.rank - era.rank))
        return [Conflict("temporal", era.start, era.end, best, other.start, other.end,
                         claim.text[era.start:era.end], best.text[other.start:other.end])]
    return []
