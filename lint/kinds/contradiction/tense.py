"""Tense: a claim of the present against a sentence of the past, a time
that reaches on into a later one, and one order of two events told from
each end (Xの9日前 / その9日後にX).

A claim with no year says what holds now (首都はソフィアである); a detail
sentence dated to a year and told in the past (864年ごろ…首都プレスラフなどで
…整えられた) may tell another time, when the seat or the holder was another.
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.connectives import PLAIN_VERB_LAST
from lint.kinds.contradiction.dated import sentence_years
from lint.kinds.contradiction.opposites import SPANS_BACK, SPANS_ON, with_numeral
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import clause_bounds


def past_against_present(claim: Unit, unit: Unit, cache: dict) -> bool:
    """The claim, of no year, is told in the present, and the sentence, of a
    year, in the past (首都はソフィアである / 864年ごろ…首都プレスラフなどで
    …整えられた): the sentence tells of another time than now."""
    return (not sentence_years(claim, cache) and not PAST_END.search(claim.body)
            and bool(sentence_years(unit, cache)) and PAST_END.search(unit.body) is not None)


def then_against_now(claim: Unit, unit: Unit, uat: int, cache: dict) -> bool:
    """The sentence sets what it says at ``uat`` in the time it speaks of
    (当時の横綱は…大関のままだった) and tells it in the past; the claim, of
    no year, speaks in the present (横綱は…最も高い地位である)."""
    return (_THEN.search(unit.text, unit.start, uat) is not None and _NOW.search(unit.body) is None
            and PAST_END.search(unit.body) is not None and not PAST_END.search(claim.body)
            and not sentence_years(claim, cache))


def instance_against_rule(claim: Unit, unit: Unit, tail: str, cache: dict) -> bool:
    """The claim tells one dated occasion in the past (2020年の試合では…宣告
    されなかった); the sentence, of no year, tells what is done as a rule, its
    verb in the plain present (審判員は…と宣告する): an occasion may be the
    exception.  A state (加盟していない) is no rule, nor a report
    (優勝したとされる, 加盟していないという): both are compared."""
    return (bool(sentence_years(claim, cache)) and PAST_END.search(claim.body) is not None
            and not sentence_years(unit, cache) and PAST_END.search(unit.body) is None
            and _PLAIN_PRESENT.search(tail) is not None and "と" not in tail)


# A verb's plain present ending (宣告する, 与えられる, 続く), not a state (している)
# nor the joining form of a denial or an adjective (なく, 高く).
_PLAIN_PRESENT = compile_re(f"(?<![てで])(?<!てい)(?<!でい)(?:[{PLAIN_VERB_LAST.replace('く', '')}]|(?<![なくしきかい])く)$")
# 当時 setting a sentence (当時の横綱は, 当時は), not starting a span to now (創業当時から).
_THEN = compile_re("当時(?:の|は|、)")


# A sentence that ends telling the past (…た。, …だった。).
PAST_END = compile_re(r"(?:た|(?<=[んい])だ)[。．」）)]*\s*$")

_NOW = compile_re("現在|今日|現行|今は|いまは|今も|いまも")
# A period that ended: 1959年から1962年まで, 1990年代まで.
_CLOSED_PERIOD = compile_re("[0-9０-９]{3,4}年代?(?:から[0-9０-９]{3,4}年代?)?まで")


def now_against_period(claim: Unit, at: int, unit: Unit, uat: int) -> bool:
    """The claim's clause at ``at`` says what holds now (現在は毎年7月に1試合),
    and the sentence sets what it says at ``uat`` in a period that ended
    (1959年から1962年までは、…年に2試合): two times."""
    lo, hi = clause_bounds(claim.text, at, claim.start, claim.end)
    if _NOW.search(claim.text, lo, hi) is None:
        return False
    # (The period's figure, not one told after it of now: …まで減り続けたが、現在は約5万人.)
    periods = list(_CLOSED_PERIOD.finditer(unit.text, unit.start, uat))
    return bool(periods) and _NOW.search(unit.text, periods[-1].end(), uat) is None


def now_against_then(claim: Unit, at: int, unit: Unit) -> bool:
    """The claim's clause at ``at`` says what holds now (現在22の国と地域で
    構成されている) and the sentence never speaks of now (1945年、…6か国が
    …調印し): a figure of then is no answer to one of now."""
    lo, hi = clause_bounds(claim.text, at, claim.start, claim.end)
    return _NOW.search(claim.text, lo, hi) is not None and _NOW.search(unit.text, unit.start, unit.end) is None


def since_before(claim: Unit, side: int, e: int, unit: Unit, other_side: int, ue: int) -> bool:
    """A time before, and on from it (戦前から検討されていた): it reaches
    into the time after, which it does not deny; unless both begin from
    their times (前年から / 翌年から): two starts."""
    claim_from, unit_from = claim.text.startswith("から", e), unit.text.startswith("から", ue)
    return not (claim_from and unit_from) and (other_side == 0 and unit_from or side == 0 and claim_from)


# A period a part of which is named (19世紀前半, 1760年代後半, 1990年後半).
_PERIOD_BEFORE = compile_re("([0-9０-９]+)(世紀|年代|年)$")


def _years_of(m) -> tuple[int, int]:
    n = int(m.group(1).translate(_FULL_WIDTH_DIGITS))
    if m.group(2) == "世紀":
        return (n - 1) * 100 + 1, n * 100
    return (n, n + 9) if m.group(2) == "年代" else (n, n)


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def parts_of_other_periods(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """Halves or ends of two periods that do not overlap (19世紀前半 / 18世紀
    後半): two times, no order told.  (1760年代後半 lies in 18世紀: one time.)"""
    mine = _PERIOD_BEFORE.search(claim.text, max(claim.start, s - 8), s)
    theirs = _PERIOD_BEFORE.search(unit.text, max(unit.start, us - 8), us)
    if mine is None or theirs is None:
        return False
    (a, b), (c, d) = _years_of(mine), _years_of(theirs)
    return b < c or d < a


# The event a span counts from: the words before の (一般公開の, ワーテルローの戦いの).
# (…から: the span counted on from it, 保元の乱から3年後.)
# (…or an act told by its verbal noun: コレラ菌を発見する約30年前.)
_ANCHOR_BEFORE = compile_re(f"(?:([{KANJI_UNIFIED}{PLAIN_KATAKANA}]+[いきしちにひみり]?)の|"
                            f"((?:[{KANJI_UNIFIED}{PLAIN_KATAKANA}]+の)?[{KANJI_UNIFIED}{PLAIN_KATAKANA}]+)から|"
                            f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}]+[をが][{KANJI_UNIFIED}]{{2,}})(?:する|した|される|された))"
                            f"(?:約|およそ)?$")


def converse_day(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """「Xの前日」 against a sentence where X itself is what came 翌 (一般公開
    の前日に開会式 / 開会式が…一般公開は翌15日に), or 「Xの9日前」 against
    「…その9日後にX」: one order told from each end.  Only words of before
    and after, and only when the sentence does not also count from X (Xの翌日)."""
    mine, theirs = _direction(claim.text, s), _direction(unit.text, us)
    if mine is None or theirs is None or mine == theirs:
        return False
    m = _ANCHOR_BEFORE.search(claim.text, max(claim.start, s - 20), with_numeral(claim.text, claim.start, s))
    if m is None:
        return False
    anchor = m.group(1) or m.group(2) or m.group(3)
    if len(anchor) < 2:
        return False
    lo, hi = clause_bounds(unit.text, us, unit.start, unit.end)
    if unit.text.endswith(_CLEFT_TOPIC, unit.start, lo):
        # コレラ菌を発見したのは、それから約30年後: the cleft's act is what came after.
        lo = clause_bounds(unit.text, lo - 2, unit.start, unit.end)[0]
    # その9日後の6月18日、…X: the span's clause points on to the next; so
    # does a clause that is the span alone (三畳紀の直前、…大量絶滅が起き).
    if unit.text.endswith("その", lo, with_numeral(unit.text, lo, us)) or _SPAN_CLAUSE.fullmatch(unit.text, us, hi):
        hi = clause_bounds(unit.text, min(hi + 1, unit.end), unit.start, unit.end)[1]
    if m.group(3):
        # An act with what it is done to (コレラ菌を発見): both in the clause,
        # and not the sentence's own anchor (発見した約30年後に: counted from it too).
        theirs = _ANCHOR_BEFORE.search(unit.text, max(unit.start, us - 20), with_numeral(unit.text, unit.start, us))
        if theirs is not None and theirs.group(3) and _ACT_PARTS.split(theirs.group(3)) == _ACT_PARTS.split(anchor):
            return False
        return all(part in unit.text[lo:hi] for part in _ACT_PARTS.split(anchor))
    return anchor in unit.text[lo:hi] and not unit.text.endswith(anchor + "の", lo, with_numeral(unit.text, lo, us))


_CLEFT_TOPIC = ("のは、", "のは")
_SPAN_CLAUSE = compile_re("(?:直前|直後|[0-9０-９一二三四五六七八九十数]+(?:日|年|か月|カ月|週間|時間)[前後])(?:に|には|の)?")
_ACT_PARTS = compile_re("[をが]")


_BACK_WORDS, _ON_WORDS = SPANS_BACK + ("直前",), SPANS_ON + ("直後",)


def _direction(text: str, at: int) -> Optional[str]:
    """Whether a word of time at ``at`` counts back (前日, 9日前) or on (翌, 9日後)."""
    if text[at] == "前" or text.startswith(_BACK_WORDS, at):
        return "back"
    if text[at] == "翌" or text.startswith(_ON_WORDS, at):
        return "on"
    return None
