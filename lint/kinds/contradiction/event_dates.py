"""An event the claim dates to a year the details give only to another.

A year in the claim may be found in the details and still be wrong: the
details give it to another event (1922年にスルタン制が廃止され、1924年には
カリフ制も廃止された / 1922年にカリフ制が廃止され).  The claim names its
event by the thing an act is done to and the act, right after the year
(カリフ制が|廃止され).  Where the details tell that thing and act side by
side only in sentences of other years, and no sentence telling the act
gives the claim's year, the claim's year is the other event's.
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.align import grams, words_in
from lint.kinds.contradiction.chunks import unit_chunks, verbal_noun
from lint.kinds.contradiction.clause_spans import grams_around
from lint.kinds.contradiction.dated import sentence_years, years_of_clause
from lint.kinds.contradiction.decades import UNIT as DECADE
from lint.kinds.contradiction.quantities import Quantity
from lint.kinds.contradiction.series import quantities
from lint.kinds.contradiction.units import Unit, containing
from lint.text.scripts import HIRAGANA, PLAIN_KATAKANA
from lint.text.tokens import clause_bounds

# Particles that tie a thing to the act after it (カリフ制が廃止, 王制を廃止, 王制の廃止).
_THING_TO_ACT = ("が", "を", "の", "は", "も")


def _event(u: Unit, q: Quantity, cache: dict) -> Optional[tuple[str, str]]:
    """The thing and the act right after a year (1922年に|カリフ制が|廃止され):
    (カリフ制, 廃止)."""
    found = unit_chunks(u, cache)
    k = next((i for i, c in enumerate(found) if c.start >= q.end), None)
    if k is None or k + 1 >= len(found) or found[k].start - q.end > 2:
        return None
    thing, act = found[k], found[k + 1]
    # The thing the act is done to (王制を廃止, カリフ制が廃止され), not a
    # doer, who acts again and again (政府が発表した).
    done_to = thing.grammar == "を" or thing.grammar in _THING_TO_ACT and act.grammar.startswith("さ")
    if thing.clause == act.clause and done_to and len(thing.word) >= 2 and verbal_noun(act):
        return thing.word, act.word
    return None


def _of_another(u: Unit, thing: str, act: str, cache: dict) -> bool:
    """Every telling of the act in ``u`` is of another thing, named right before it."""
    found = unit_chunks(u, cache)
    acts = [k for k, c in enumerate(found) if c.word == act]
    return bool(acts) and all(k and found[k - 1].grammar in _THING_TO_ACT and found[k - 1].word != thing
                              and len(found[k - 1].word) >= 2 and not any(ch.isdigit() for ch in found[k - 1].word)
                              for k in acts)


def misdated(claim: Unit, q: Quantity, details: list[Unit], cache: dict) -> Optional[tuple[Unit, Quantity]]:
    """The details' date of the claim's event, when they date it only to
    other years than ``q``'s (and some detail clause dates it at all)."""
    if q.unit != "date" or q.date is None or q.date[0] is None or q.date[1] is not None:
        return None
    event = _event(claim, q, cache)
    if event is None:
        return None
    thing, act = event
    # The act told in the claim's year without another thing it is done to
    # (1990年の改正で…): told; 1922年…スルタン制の|廃止 is another event.
    if any(q.date[0] in sentence_years(u, cache) and not _of_another(u, thing, act, cache)
           for u in containing(details, (act,), cache)):
        return None
    found = None
    for u in containing(details, (thing,), cache):
        chunks = unit_chunks(u, cache)
        # The thing, its particle and the act side by side (カリフ制も|廃止).
        for c in (c for c, nxt in zip(chunks, chunks[1:])
                  if c.word == thing and c.grammar in _THING_TO_ACT and nxt.word == act):
            if q.date[0] in sentence_years(u, cache):
                return None
            years = years_of_clause(u, c.start, cache)
            if years and found is None:
                dated = [e for e in quantities(u, cache) if e.unit == "date" and e.date and e.date[0] in years]
                if dated:
                    found = (u, dated[0])
    return found


# Share of the claim clause's words the one dated sentence must hold, and how many at least.
CLAUSE_HELD = 0.75
MIN_WORDS = 3
# Grams of a date: digits, or a date's own word (年, 同年, 翌年); not 日本, 年金.
_DATE_GRAM = compile_re(r"[0-9０-９]|^(?:年|月|日|同年|翌年|前年|毎年|同月|翌月)$")


def _clause_words(u: Unit, q: Quantity) -> set[str]:
    """The words of the clause a date or figure stands in but its own, with
    the next clause when this one only sets the time (1899年、…)."""
    return grams_around(u, q.start, q.end, lambda g: not _DATE_GRAM.search(g), MIN_WORDS)[0]


# A sentence's topic: its opening words up to は and a comma (吉宗は、) or
# a word after (吉宗は実用的な…).
_TOPIC = compile_re(f"[^、。「」]{{2,24}}?は(?=、|[^{HIRAGANA}])")


def _topic_words(u: Unit, before: int) -> set[str]:
    """The grams of the sentence's topic when it opens the sentence before ``before``."""
    m = _TOPIC.match(u.text, u.start, before)
    return set(grams(m.group())) if m else set()


def dated_clause_otherwise(claim: Unit, q: Quantity, aligned: list[Unit], cache: dict) -> Optional[tuple[Unit, Quantity]]:
    """The detail sentence that tells the claim's dated clause (1899年に株式会社
    となった) word for word but the date, and gives one date only, another
    year (1893年12月15日には、…株式会社に改められた): that is the event's date.
    ``aligned``: the sentences aligned with the claim or a clause of it."""
    if q.date is None or q.date[0] is None:
        return None
    words = _clause_words(claim, q)
    # (A word of two letters at least: names and acts, not particles' kanji alone.)
    if len(words) < MIN_WORDS or not any(len(g) == 2 for g in words):
        return None
    # (Counted by words too: a long name's many letter pairs are one word.)
    best, most = None, 0
    for u in aligned:
        held = words & set(grams(u.body))
        if len(held) > most and len(held) >= CLAUSE_HELD * len(words) and words_in(held) >= CLAUSE_HELD * words_in(words):
            best, most = u, len(held)
    if best is None:
        return None
    dates = [e for e in quantities(best, cache) if e.unit == "date"]
    if len(dates) != 1 or dates[0].date is None or dates[0].date[0] in (None, q.date[0]):
        return None
    # The words are told in the date's own clause, or by the sentence's topic
    # that clause speaks of (徳川吉宗は…重視し、1720年に…緩めた): a date that only
    # says when a figure was counted (人口は約189万人(2017年3月)) dates no event.
    told = words & (_clause_words(best, dates[0]) | _topic_words(best, dates[0].start))
    if len(told) < CLAUSE_HELD * len(words) or words_in(told) < CLAUSE_HELD * words_in(words):
        return None
    return best, dates[0]


def clause_measured_otherwise(claim: Unit, q: Quantity, aligned: list[Unit], cache: dict) -> Optional[tuple[Unit, Quantity]]:
    """The one figure of its unit in the detail sentence that tells the
    words of the claim's clause (面積は国土の32.5%を占め / 面積は…で、国土
    全体の22.5%を占める), the claim's clause giving one of that unit too:
    counted by words, as a long name's letter pairs are one."""
    if q.unit == "date" or sum(c.unit == q.unit for c in quantities(claim, cache)
                               if clause_bounds(claim.text, c.start, claim.start, claim.end)
                               == clause_bounds(claim.text, q.start, claim.start, claim.end)) != 1:
        return None
    words = _clause_words(claim, q)
    total = words_in(words)
    if total < 2 or q.unit == DECADE and _year_within(claim, q, aligned[:1], cache):
        return None
    found = None
    for u in aligned:
        figures = [e for e in quantities(u, cache) if e.unit == q.unit]
        if not figures and q.unit == DECADE:
            figures = [_year_span(e) for e in quantities(u, cache) if e.unit == "date" and e.date and e.date[0]]
        if len(figures) != 1:
            continue
        told = words_in(words & set(grams(u.body)) - _pieces_of_names_not_in(claim, u))
        # Another sentence telling two of the words with a figure that fits
        # (14世紀半ばの戦いで…捕虜にした / 1356年の…戦いでは…捕らえた; 1415年
        # の…戦いで…破った) is one the claim may sum up: support asks less.
        if q.low <= figures[0].value <= q.high and told >= 2:
            return None
        # (The figure's own clause tells two of them: 約2万人の学生 is not the 人口.)
        if found is None and told >= MEASURED_HELD_WORDS and told >= MEASURED_HELD * total and (
                words_in(words & _clause_words(u, figures[0])) >= 2):
            found = u, figures[0]
    return found


def _pieces_of_names_not_in(claim: Unit, u: Unit) -> set[str]:
    """The letter pairs of the claim's katakana names (with a regnal number)
    that ``u`` does not give whole: ユスティニアヌス1世 shares ティ, ヌス and
    1世 with コンスタンティヌス1世, and is not told by it."""
    return {g for m in _NAME.finditer(claim.text, claim.start, claim.end) if m.group() not in u.body
            for g in grams(m.group())}


_NAME = compile_re(f"[{PLAIN_KATAKANA}ー・=＝]{{3,}}(?:[0-9０-９]+世)?")


def _year_within(claim: Unit, q: Quantity, closest: list[Unit], cache: dict) -> bool:
    """The sentence closest to the claim gives a year of the claim's decade
    or century that the claim does not give itself (2010年代の全国大会 /
    2014年の第59回大会): that year is the one the claim spans, whatever
    other year a sentence gives its words."""
    own = {c.date[0] for c in quantities(claim, cache) if c.unit == "date" and c.date}
    return any(e.unit == "date" and e.date and e.date[0] and e.date[0] not in own and q.low <= e.date[0] <= q.high
               for u in closest for e in quantities(u, cache))


def _year_span(e: Quantity) -> Quantity:
    """A date as the span of its year, to be set against a decade or a
    century (1864年 / 18世紀のうちに)."""
    return e._replace(unit=DECADE, value=e.date[0], low=e.date[0], high=e.date[0], date=None)


# Words of the claim's clause a sentence with one figure must hold: its only
# figure of that unit, the share asked is less than of a date's clause.
MEASURED_HELD = 0.6
MEASURED_HELD_WORDS = 3
