"""Dated order: the claim puts first an event the details date later.

「1949年に独立を得た後に第一次インドシナ戦争が始まった」 says the war came
after 1949; the details date it 「1946年に第一次インドシナ戦争が起こり」.
Each part of an ordered claim (see :mod:`lint.kinds.contradiction.order`)
is dated by the years it gives itself, or else by the years the details
give next to its main word (the war, the plan).  The claim is contradicted
when every date of its first part is later than every date of its second.
A claim that dates both parts itself (「1990年代の成長が1982年の合意に
つながった」) is checked against the detail sentence that dates its second
part.
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import chunks, verbal_noun
from lint.kinds.contradiction.calendar_years import centuries
from lint.kinds.contradiction.dated import (ADNOMINAL_YEAR, ERA_YEAR, NO_ONE_PLACE_OR_TIME, NUMERIC_WORD, dated_in_details,
                                            main_word, place_of_motion, text_years)
from lint.kinds.contradiction.name_kinds import name_like
from lint.kinds.contradiction.predicates import is_negative_tail
from lint.kinds.contradiction.units import Unit, containing
from lint.text.scripts import HIRAGANA
from lint.text.tokens import clause_bounds


OBJECT_CASES = ("を", "に", "へ", "で", "の", "と", "から", "まで", "より", "など")
PASSIVE = compile_re(r"^(?:[かさたなまらわがばい]?れ|され|られ)")


def _part_dates(text: str, span: tuple[int, int], other: tuple[int, int], details: list[Unit],
                cache: dict) -> list[tuple[int, Unit, int, int]]:
    """The details' dates of a part of the claim that gives none: those of its
    longest word that the other part does not share (the event, not the
    subject both parts speak of), named in the details a few times at most."""
    ending = ENDING.search(text, *span) is not None
    other_text = text[other[0]:other[1]]
    # Nouns in a case other than the subject's: the subject of an active
    # verb (西日本鉄道が…結成した) does many things, a verb's stem is done by
    # many.  The subject of a passive one (憲章が採択された) is what it befell.
    part = chunks(text, *span)
    cases = OBJECT_CASES + (("は", "が") if any(PASSIVE.match(c.grammar) for c in part) else ())
    words = sorted({c.word for k, c in enumerate(part) if len(c.word) >= 2 and not NUMERIC_WORD.match(c.word)
                    and not _DATE_WORD.match(c.word)
                    and c.word not in NO_ONE_PLACE_OR_TIME
                    and c.word not in other_text and c.grammar.startswith(cases) and not place_of_motion(part, k)},
                   key=lambda w: (-len(w), w))
    events = _events(part, other_text)
    # What was decided (撤退が決まった) is dated by a clause that tells the decision.
    decided = bool(part) and (part[-1].word + part[-1].grammar).startswith("決ま")
    for word in events + words:
        dated = dated_in_details(word, details, cache)
        dated = _of_an_end(dated) if ending else dated
        if decided and word in events:
            dated = [d for d in dated if "決" in d[1].text[slice(*_clause_span(d[1], d[2], d[3]))]]
        if word in events:
            dated = _told_with(dated, [w for w in words if w != word] + _acted_on(part))
        else:
            dated = _told_with(dated, _heads_of(part, word), whole=True)
        if dated and sum(u.body.count(word) for u in containing(details, (word,), cache)) <= MAX_MENTIONS:
            return dated
    return []




# Verbs of happening or being decided: their subject is the event (工事が
# 始まった, 撤退が決まった).
HAPPENING = compile_re(r"^(?:始ま|起こ|起き|行われ|開か|勃発|発生|決ま)")
# A part that tells how something ended (出兵は…打ち切られ): the details
# date what it names by its start unless they tell its end there too.
_ENDS = r"(?:打ち切|終わ|終え|終結|終了|終焉|中止|中断|廃止|撤退|撤収|引き揚げ|引き上げ|解散|閉鎖|幕を閉じ|幕を下ろ|終止符を打)"
ENDING = compile_re(_ENDS + r"[^、。]{0,4}[、。]?$")
_ENDED = compile_re(_ENDS)


def _of_an_end(dated: list[tuple[int, Unit, int, int]]) -> list[tuple[int, Unit, int, int]]:
    """The dates whose clause tells an end."""
    return [d for d in dated if _ENDED.search(d[1].text, *_clause_span(d[1], d[2], d[3]))]


def _clause_span(u: Unit, start: int, end: int) -> tuple[int, int]:
    return clause_bounds(u.text, start, u.start, u.end)[0], clause_bounds(u.text, max(start, end - 1), u.start, u.end)[1]


# A date of the claim's own, which dates and names no event (43年, 5月).
_DATE_WORD = compile_re(r"[0-9０-９]+(?:年|月|日|世紀)")


def _told_with(dated: list, others: list[str], whole: bool = False) -> list:
    """A verbal noun (独立, 移行) is done by many: the dates of it whose
    clause (``whole``: sentence) names another word of its part (自動車部門
    を…独立させた; 複数政党制へ移行 / 共和制に移行 is another change), if
    the part has any."""
    if not others:
        return dated
    return [d for d in dated if any(w in (d[1].body if whole else d[1].text[slice(*_clause_span(d[1], d[2], d[3]))])
                                    for w in others)]


def _heads_of(part: list, word: str) -> list[str]:
    """The letter pairs of the noun that a name ``word`` describes with の
    when that noun ends the part (ニューハースの構想, 後藤高志のオーナー就任):
    the part is that thing, and a date the details give the party alone
    (ニューハースは2013年に世を去っている) is the party's story, not its.
    Any pair will do (オーナーとなって tells the 就任).  (A thing's own
    date, 天気図は1883年, is its making: 天気図の作成; and a party's end,
    ケネディの暗殺, is dated by the party's last date.)"""
    # (…or the noun the part's last verb acts on: 第一高等中学校の職を辞した
    # is the post's end, not the school's story.)
    return [b.word[k:k + 2] for a, b in zip(part, part[1:]) if a.word == word and a.grammar == "の"
            and (b is part[-1] and not b.grammar and len(b.word) >= 2 and name_like(word)
                 or b.grammar.endswith("を") and len(part) >= 2 and _verb_after(part, b))
            and not _PARTY_ENDS.search(b.word)
            for k in range(max(1, len(b.word) - 1))]


def _verb_after(part: list, b) -> bool:
    """``b`` is the object of the part's last verb: nothing but that verb and
    adverbs after it (別荘の手入れを再び始めた)."""
    rest = part[part.index(b) + 1:]
    return bool(rest) and len(rest) <= 2 and not any(c.grammar.startswith(OBJECT_CASES) or c.grammar in ("が", "は")
                                                      for c in rest)


# Events that end a party: its own dates tell them (ケネディの暗殺, ビートルズの解散).
_PARTY_ENDS = compile_re("暗殺|死|没|逝去|殺害|処刑|解散|退位|引退|辞任|失脚|滅亡|崩御")


def _acted_on(part: list) -> list[str]:
    """The words the part's verbal noun acts on or goes to (複数政党制へ
    移行): they tell which act it is, where its doer (東西ドイツが統一)
    does not."""
    return [c.word for c in part[:-1] if c.grammar.startswith(_ACTED_ON) and len(c.word) >= 2
            and not _DATE_WORD.match(c.word)]


_ACTED_ON = ("を", "に", "へ", "と")


def _events(part: list, other_text: str) -> list[str]:
    """The words that name a part's event, best first: the verbal noun that
    ends it (…から独立する), and the subject right before a verb of
    happening (工事が始まった)."""
    if not part:
        return []
    last = part[-1]
    found = []
    if verbal_noun(last):
        found.append(last.word)
    if len(part) > 1 and HAPPENING.match(last.word + last.grammar) and part[-2].grammar in ("が", "は"):
        found.append(part[-2].word)
    return [w for w in found if w not in other_text and not NUMERIC_WORD.match(w)]


# Connectives that order events in time only loosely or not at all: by
# means of (によって), when (…ると).
UNDATED = compile_re(r"によ|^と$|以後|以降")
_LAST_KANA = compile_re(f"[{HIRAGANA}]+(?=[。、]?$)")


def _not_done(text: str, span: tuple[int, int]) -> bool:
    """The part ends denied (移譲しなかった, 至らず)."""
    m = _LAST_KANA.search(text, *span)
    return m is not None and is_negative_tail(m.group())


REPEATED = compile_re(r"を重ね|相次|繰り返|たびたび|何度も|度重な")
# (…or one that holds still when the sentence turns: 支配しているが、)
ONGOING = compile_re(r"(?:続けて|続いて|ている|ています)(?:が|けれど)?[。、]?$")
GROWTH = compile_re(r"(?:が|は)(?:[^、。]{0,6}?)(?:進ん|進み|進む|広がっ|広が[りる]|普及し|加速し|高まっ|高ま[りる]|深まっ|深ま[りる])")
_FOUND_AS = compile_re(r"と(?:指摘|特定|判明|断定|結論|発表|報告|推定|認定)(?:さ|し|す|$)")
# A word the details name this often is the post's subject, not one event.
MAX_MENTIONS = 3


def _part_years(text: str, start: int, end: int) -> list[int]:
    """The years a part of a relation gives: its calendar years, but for one
    in a clause that describes a noun (1940年に予定されていた東京大会は:
    that noun's own story), and the bounds of its centuries."""
    return [y for y, at in text_years(text, start, end) if not ADNOMINAL_YEAR.match(text, at)] + centuries(text, start, end)


def dated_conflict(claim: Unit, rel, details: list[Unit], cache: dict) -> Optional[tuple[Unit, int, int]]:
    """The detail sentence and span that date ``rel``'s parts the other way round, if any."""
    if UNDATED.search(rel.marker):
        return None
    text = claim.text
    # A part told as what someone found or named (原因は1959年に有機水銀と
    # 指摘された): its date is the finding's, and the details date the
    # thing found by the finding too.
    if _FOUND_AS.search(text, *rel.first_span) or _FOUND_AS.search(text, *rel.then_span):
        return None
    first, then = _part_years(text, *rel.first_span), _part_years(text, *rel.then_span)
    # A year of an era not known (文明3年) dates its part; the details' dates may be of another event.
    if not first and ERA_YEAR.search(text, *rel.first_span) or not then and ERA_YEAR.search(text, *rel.then_span):
        return None
    if first and then:
        # Both dated by the claim: cite the details' date of the second part.
        if min(first) <= max(then):
            return None
        word = main_word(text, *rel.then_span)
        support = [d for d in dated_in_details(word, details, cache) if d[0] in then] if word else []
        return support[0][1:] if support else None
    # A state that goes on (観測を続けている, read to its clause's end: 警戒を招|いている) has no
    # one date the details could put before the first part; nor has a growth (機械化が一気に
    # 進んだ), which follows the beginning a date of its word may give (機械化の先がけは1839年).
    told = rel.then_span[0], clause_bounds(text, max(rel.then_span[1], rel.end) - 1, claim.start, claim.end)[1]
    if not then and (ONGOING.search(text, *told) or GROWTH.search(text, *told)):
        return None
    # …nor an act repeated (改正を重ねて): a date the details give is of one time of it.
    if not first and REPEATED.search(text, *rel.first_span) or not then and REPEATED.search(text, *rel.then_span):
        return None
    # Nor has an act that did not happen (…の後も政権を移譲しなかった): the
    # details' date of its words is another event's.
    if not first and _not_done(text, rel.first_span) or not then and _not_done(text, rel.then_span):
        return None
    if first or then:
        span, other = (rel.then_span, rel.first_span) if first else (rel.first_span, rel.then_span)
        word = main_word(text, *span)
        if word is None:
            return None
        dated = dated_in_details(word, details, cache)
        part = chunks(text, *span)
        if dated and verbal_noun(part[-1]) and part[-1].word == word:
            dated = _told_with(dated, _acted_on(part), whole=True)
        dated = _told_with(dated, _heads_of(part, word), whole=True)
        if not dated or sum(u.body.count(word) for u in containing(details, (word,), cache)) > MAX_MENTIONS:
            dated = _part_dates(text, span, other, details, cache)
        elif ENDING.search(text, *span):
            dated = _of_an_end(dated)
        if not dated:
            return None
        years = [d[0] for d in dated]
        if first and min(first) > max(years) or then and min(years) > max(then):
            return dated[0][1:]
        return None
    # Neither part dated by the claim: both by the details.
    first_dates = _part_dates(text, rel.first_span, rel.then_span, details, cache)
    then_dates = _part_dates(text, rel.then_span, rel.first_span, details, cache) if first_dates else []
    if then_dates and min(d[0] for d in first_dates) > max(d[0] for d in then_dates):
        return first_dates[0][1:]
    return None
