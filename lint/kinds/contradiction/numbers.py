"""Numbers: a claim's quantity disagrees with the details' value for the same thing.

A claim quantity is compared only with detail quantities of the same unit
class (never 11億ドル with 1600億円) that stand in a similar context (the
content words around the number overlap), or that are the only quantity of
that unit in a closely aligned pair.  Equal values written differently
(約2時間半, 2時間30分, 150分) are compatible, and so are ranges that
overlap (20%以上 and 25%).  If the value appears anywhere in the details
with the same unit, the claim is supported and nothing is reported.
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.counts_once import counts_told_once, figure_in_claim_words
from lint.kinds.contradiction.dated import sentence_years
from lint.kinds.contradiction.decades import UNIT as DECADE
from lint.kinds.contradiction.detail_values import detail_values
from lint.kinds.contradiction.increments import reading, same_act
from lint.kinds.contradiction.numerals import to_int_ascii
from lint.kinds.contradiction.number_context import (another_year_told, context, context_overlap, contexts, sentence_grams,
                                                       strip_digits, year_just_before)
from lint.kinds.contradiction.predicates import is_negative_tail
from lint.kinds.contradiction.quantities import Quantity, compatible
from lint.kinds.contradiction.relative_years import told_by_word
from lint.kinds.contradiction.number_support import (agrees, by_how_much, equated_otherwise, in_group_name, measured_otherwise, old_year_read_otherwise,
                                                       owned_figure_told, pins_down, restates_list, score_turned, sum_of_parts, supported)
from lint.kinds.contradiction.number_scope import (as_of, complement_counted, dated_noun_apart, labelled_otherwise,
                                                   open_against_done, other_dated_event, other_event, other_subject,
                                                   other_year, spans_of_other_scales, whole_against_part)
from lint.kinds.contradiction.occasions import occasion_unnamed
from lint.kinds.contradiction.event_dates import clause_measured_otherwise, dated_clause_otherwise, misdated
from lint.kinds.contradiction.series import (companions_told, count_other_things, counts_another_noun, counts_companions, new_value_told, other_group, parts, quantities, ranges,
                                             other_end_told, rates, within)
from lint.kinds.contradiction.tense import now_against_period, now_against_then
from lint.kinds.contradiction.thresholds import INF, same_threshold
from lint.kinds.contradiction.transposed import digits_transposed
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import bigrams, clause_bounds, overlap
from lint.kinds.contradiction.units import Conflict, Settings, Unit


# The particle and verb after a number (で死去した, が来場し).
_PREDICATE_AFTER = compile_re(f"[がでにをも]?[{KANJI_UNIFIED}]{{1,3}}[しさすせっいきくけ]")


def _same_predicate(claim: Unit, q: Quantity, unit: Unit, e: Quantity) -> bool:
    m = _PREDICATE_AFTER.match(claim.text, q.end, claim.end)
    return m is not None and unit.text.startswith(m.group(), e.end) and q.suffix == e.suffix


def _gloss_of_supported(claim: Unit, q: Quantity, details: list[Unit], cache: dict) -> bool:
    """A date in brackets right after another date (天正3年5月21日(1575年6月29日))
    restates it in another calendar: the one before, found in the details
    (5月21日), is the claim's date."""
    if q.unit != "date" or claim.text[q.start - 1:q.start] not in ("(", "（"):
        return False
    before = [c for c in quantities(claim, cache) if c.unit == "date" and c.end == q.start - 1]
    return bool(before) and supported(before[0], details, cache)


_COUNTED_AFTER = compile_re(f"の([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})")


# The noun counted, told right before a bare number (学部の数は13, 学部数は13).
_COUNTED_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}]+?)(?:の数|数|の総数|総数)(?:は|が|も)$")


def _told_bare(claim: Unit, q: Quantity, details: list[Unit], cache: dict) -> bool:
    """A count the details give as a bare number: after the noun it counts
    (加盟国は32か国 / 加盟国数は32に達した), the same digits with no unit and
    the words before them like the claim's; or right before the noun the
    claim counts with の (7人の選帝侯 / 7選帝侯), or after the noun it counts."""
    if not (q.unit == "people" or q.unit.startswith("count:")) or q.value != int(q.value):
        return False
    digits = str(int(q.value))
    mine = bigrams(strip_digits(claim.text[max(claim.start, q.start - 8):q.start]))
    # …or right before it (7人の選帝侯 / 7選帝侯).
    counted = _COUNTED_AFTER.match(claim.text, q.end, claim.end)
    noun = counted.group(1) if counted else None
    if not mine and noun is None and len(q.unit) <= 7:
        return False
    for u in details:
        at = u.body.find(digits)
        while at >= 0:
            start = u.start + at
            end = start + len(digits)
            bare = (not u.text[start - 1].isdigit() and not u.text[end:end + 1].isdigit()
                    and u.text[end:end + 1] not in ",，.．" and u.text[start - 1] not in ",，.．"
                    and not any(e.number_start <= start < e.number_end or e.start <= start < e.end
                                for e in quantities(u, cache)))
            before = u.text[max(u.start, start - 8):start]
            # (…or the noun the claim counts, before it: 13の学部 / 学部の数は13.)
            counted_before = _COUNTED_BEFORE.search(before)
            if bare and (mine and overlap(mine, bigrams(strip_digits(before))) >= 0.5
                         or noun is not None and u.text.startswith(noun, end)
                         or counted_before is not None and len(q.unit) > 7 and counted_before.group(1).endswith(q.unit[6:])):
                return True
            at = u.body.find(digits, at + 1)
    return False


def _complement_told(claim: Unit, q: Quantity, details: list[Unit], cache: dict) -> bool:
    """A share told by its rest, the act denied on one side only (約9割は
    生涯発病しない / 発病するのは約1割): one fact told from either side."""
    if q.unit != "percent" or INF in (q.high, -q.low):
        return False  # 9割以上 has no one rest
    rest = 100 - q.value
    denied = _denied_after(claim, q)
    return any(e.unit == "percent" and abs(e.value - rest) <= 1 and e.value != q.value
               and _denied_after(u, e) != denied for u in details for e in quantities(u, cache))


def _denied_after(u: Unit, q: Quantity) -> bool:
    """Is the clause a share stands in negated (9割は発病しない), or does it
    count those that do not (発病しないのは1割)?"""
    return is_negative_tail(u.text[slice(*clause_bounds(u.text, q.start, u.start, u.end))])


def _finer_date_against(q: Quantity, aligned: list[Unit], details: list[Unit], cache: dict) -> bool:
    """A date supported only by dates that give fewer parts (1962年10月 for
    10月4日), while a sentence aligned closely with the whole claim gives
    that part otherwise (1962年10月14日): the supporting dates say nothing
    of the day."""
    if q.unit != "date" or q.date is None or _date_given(q, details, cache) or old_year_read_otherwise(q, details, cache):
        return False
    finest = max(i for i, v in enumerate(q.date) if v is not None)
    return any(e.unit == "date" and e.date is not None and e.date[finest] is not None
               for u in aligned if u.score >= SOLE_ALIGN for e in quantities(u, cache))


def _date_given(q: Quantity, details: list[Unit], cache: dict) -> bool:
    """Some detail date gives the claim date's finest part, agreeing on the parts both give."""
    if q.date is None:
        return True
    finest = max(i for i, v in enumerate(q.date) if v is not None)
    return any(e.unit == "date" and e.date is not None and e.date[finest] is not None
               and all(x is None or y is None or x == y for x, y in zip(q.date, e.date))
               for u in details for e in quantities(u, cache))


def may_conflict(claim: Unit, details: list[Unit], cache: dict) -> bool:
    """A claim quantity the details dispute (cheap; no alignment)."""
    values = detail_values(details, cache)
    # (A decade or a century is set against the details' years too.)
    return any(q.unit != "month" and (values.has_unit(q.unit) or q.unit == DECADE and values.has_unit("date"))
               for q in quantities(claim, cache))


# Alignment at which two sentences' last unmatched numbers are compared.
PAIR_ALIGN = 0.4
# Alignment at which a claim's one number meets its unit's one in the sentence.
SOLE_ALIGN = 0.6


def _last_pair(claim: Unit, q: Quantity, unit: Unit, e: Quantity, cache: dict) -> bool:
    """``q`` and ``e`` are the only numbers of their unit left unmatched in two
    closely aligned sentences whose other numbers of that unit agree
    (国内消費量の99.7%, 中東依存度は68% / 国内消費量の99.7%, 中東からの輸入が87%)."""
    if unit.score < PAIR_ALIGN or now_against_then(claim, q.start, unit):
        return False
    mine = [c for c in quantities(claim, cache) if c.unit == q.unit and c is not q]
    theirs = [x for x in quantities(unit, cache) if x.unit == q.unit and x is not e]
    if not mine or len(mine) != len(theirs):
        return False
    return all(any(compatible(c, x) for x in theirs) for c in mine) and all(
        any(compatible(c, x) for c in mine) for x in theirs)


def not_even_one(u: Unit, q: Quantity) -> bool:
    """One that is denied (一人の犠牲者も出さなかった, 1度も): none, no count to compare."""
    return q.value == 1 and _NOT_EVEN.match(u.text, q.end, u.end) is not None


# After one, what denies even that one (の犠牲者も出さなかった, も…ない).
_NOT_EVEN = compile_re(r"(?:の[^、。もにをがはでと]{1,10})?も[^、。]{0,20}?(?:な(?:い|く|かっ|し)|ず|ません)")


def _sole_pair(claim: Unit, q: Quantity, unit: Optional[Unit], e: Quantity, cache: dict) -> bool:
    """``q`` and ``e`` are the only numbers of their unit in two sentences
    closely aligned as wholes (``unit``: None when not), and every other
    number of the claim is found in the sentence (1981年に46歳で世を去った
    / 1981年5月…36歳で亡くなった), or the claim has no other and the two
    align more closely still: reworded around them, they still measure one
    thing.  Where the two align that closely, a number in another clause of
    the claim (約260kgの石碑の断片で、もとの石碑は2m近い) may be told in
    another sentence."""
    if unit is None or unit.score < PAIR_ALIGN:
        return False
    mine = quantities(claim, cache)
    theirs = quantities(unit, cache)
    if sum(c.unit == q.unit for c in mine) != 1 or sum(x.unit == q.unit for x in theirs) != 1:
        return False
    others = [c for c in mine if c is not q]
    if not others:
        # The claim's one number: the sentences must be closer still.
        return unit.score >= SOLE_ALIGN
    if all(any(compatible(c, x) for x in theirs) for c in others):
        return True
    clause = clause_bounds(claim.text, q.start, claim.start, claim.end)
    return unit.score >= SOLE_ALIGN and all(any(compatible(c, x) for x in theirs) for c in others
                                            if clause_bounds(claim.text, c.start, claim.start, claim.end) == clause)


_YEARS_SPAN = compile_re(r"([0-9０-９]+)年")


def _span_of_own_years(claim: Unit, q: Quantity, cache: dict) -> bool:
    """A span of years that two years of the claim's own sentence make
    (1961年に断絶したが、2015年に54年ぶりに回復した): it says no more than they do."""
    m = _YEARS_SPAN.fullmatch(q.surface) if q.unit == "duration" else None
    if m is None:
        return False
    n = int(to_int_ascii(m.group(1)))
    years = {d.date[0] for d in quantities(claim, cache) if d.unit == "date" and d.date and d.date[0]}
    return any(b - a == n for a in years for b in years)


def _month_given(q: Quantity, unit: Unit, cache: dict) -> bool:
    """The sentence gives the claim date's month alone (日本軍は11月に…): its year is elided."""
    return q.date is not None and q.date[1] is not None and any(
        e.unit == "month" and e.value == q.date[1] for e in quantities(unit, cache))


# Units of time: a date, a year or a day names an event, and the events of
# two sentences aligned by one clause only are easily two events.
DATED_UNITS = ("date", "years", "days", "decade")


def _of_another(claim: Unit, q: Quantity, unit: Unit, e: Quantity, details: list[Unit], cache: dict) -> bool:
    """``e`` counts or dates another thing than ``q``: a year the details date
    events by (784年とする), a count of another list or group, a sum, a whole
    against its part, the claim's other number (全国3位、…全国2位), a
    count in a group's name (20か国・地域(G20)), or a figure of another year
    than the one the sentence gives for the claim's."""
    return (old_year_read_otherwise(e, details, cache) or other_group(claim, q, unit, e, details, cache)
            or another_year_told(claim, q, unit, e, cache)
            or as_of(unit, e, cache) != as_of(claim, q, cache)
            or whole_against_part(claim, q, unit, e) or spans_of_other_scales(q, e)
            or complement_counted(claim, q, unit, e) or open_against_done(claim, q, unit) or in_group_name(unit, e, claim, q)
            or any(c is not q and c.unit == q.unit and pins_down(c, e, q) and compatible(c, e)
                   for c in quantities(claim, cache)))


def _kind(q: Quantity) -> str:
    """A year told by a word for it (翌年, その2年後) slips in time order."""
    return "temporal" if told_by_word(q.surface) else "number"


def _said_of_another(claim: Unit, q: Quantity, unit: Unit, e: Quantity, said_as, cache: dict) -> bool:
    """The two numbers are said of two subjects, read two ways, or of two
    events or years."""
    theirs = reading(unit, e)
    # (A word of addition after the one act both counts are said of: one count.)
    return other_subject(claim, q, unit, e, cache) or said_as != theirs and not (
        {said_as, theirs} == {"added", ""} and same_act(claim, q, unit, e)) or (
        q.unit == "date" and (other_dated_event(claim, q, unit, e, cache) or dated_noun_apart(claim, q, unit, e) or occasion_unnamed(claim, q.start, unit))) or (
        q.unit not in DATED_UNITS and (other_year(claim, q, unit, e, cache) or other_event(claim, q, unit, cache)))


def compare(claim: Unit, aligned: list[Unit], details: list[Unit], cfg: Settings,
            cache: dict, by_clause: Optional[list[Unit]] = None) -> list[Conflict]:
    """A claim quantity against the detail quantities that measure the same
    thing: the same unit, like words around them, the same topic.  Any of
    them with a compatible value supports the claim.  ``by_clause``: the
    sentences aligned with the claim or one of its clauses, for every unit
    but those of :data:`DATED_UNITS`."""
    out: list[Conflict] = []
    claim_parts = parts(claim, cache)
    spans = ranges(claim, cache)
    # The sentences aligned with the whole claim, by where they start.
    whole = {u.start: u for u in aligned}
    for q in quantities(claim, cache):
        dated_otherwise = misdated(claim, q, details, cache)
        if dated_otherwise is not None:
            unit, e = dated_otherwise
            out.append(Conflict(_kind(q), q.start, q.end, unit, e.start, e.end, q.surface, e.surface))
            continue
        # A share for each or an interval (2年ごとに) is compared with those alone.
        rate = q.start in rates(claim, cache)
        if (q.unit == "month" or q.start in claim_parts and not rate or _gloss_of_supported(claim, q, details, cache)
                or not_even_one(claim, q)
                or supported(q, details, cache) and not _finer_date_against(q, aligned, details, cache)
                and not (q.unit != "date" and labelled_otherwise(claim, q, details, cache, agrees))
                or _told_bare(claim, q, details, cache) or _complement_told(claim, q, details, cache)
                or score_turned(claim, q, details) or owned_figure_told(claim, q, details, cache)
                or companions_told(claim, q, details, cache) or _span_of_own_years(claim, q, cache) or restates_list(claim, q)
                or by_how_much(claim, q) and not any(by_how_much(u, e) for u in details for e in quantities(u, cache)
                                                      if e.unit == q.unit)
                # The closest sentences give the date's month alone (10月は…): its year elided.
                or q.unit == "date" and any(_month_given(q, u, cache) for u in aligned[:cfg.top])):
            continue
        span = spans.get(q.start)
        if span is not None and any(within(span, e) for u in details for e in quantities(u, cache)) and not (
                other_end_told(claim, span, q, details, cache)):
            continue  # 1910年から1911年にかけて holds the details' 1911年
        ctx = context(claim, q)
        ctx_both = contexts(claim, q, ctx)
        claim_words, said_as = sentence_grams(claim, cache), reading(claim, q)
        candidates: list[tuple[float, Unit, Quantity]] = []
        year = year_just_before(claim, q, cache) if q.unit != "date" else None
        for unit in (aligned if by_clause is None or q.unit in DATED_UNITS else by_clause):
            unit_words = sentence_grams(unit, cache)
            for e in quantities(unit, cache):
                if (e.unit != q.unit or (e.start not in rates(unit, cache) if rate else e.start in parts(unit, cache))
                        or not_even_one(unit, e)
                        or e.unit == "date" and _month_given(q, unit, cache) or e.unit == "decade"):
                    continue  # (a decade, of many events, only where its clause is told: below)
                if _of_another(claim, q, unit, e, details, cache) or measured_otherwise(claim, q, unit, e) or equated_otherwise(claim, q, unit, e, cache):
                    continue

                ctx_e = context(unit, e)
                # The words around each number, either right next to the other
                # number or anywhere in the other sentence (writers reorder).
                sim = max(context_overlap(ctx_both, contexts(unit, e, ctx_e)),
                          min(overlap(ctx, unit_words), overlap(ctx_e, claim_words)))
                # The same case of the same verb right after both (…歳で死去した): one measure of one act.
                # (…in sentences of one year: 全国の大会には / 地元の夏祭りには are two events.)
                if _same_predicate(claim, q, unit, e) and not sentence_years(claim, cache).isdisjoint(
                        sentence_years(unit, cache)):
                    sim = max(sim, cfg.number_context)
                if not ctx_e and unit.score >= PAIR_ALIGN:
                    # A bare number in the details (…設けられ、2012年には10か所に
                    # 増えた): the claim's words around its number, found in
                    # a closely aligned sentence, must do.
                    sim = overlap(ctx, unit_words)
                # …or both dated by one year right before them and going on alike (2021年には約35万人となっている
                # / 2021年には約25万人となった; not …人が入院した / …人が生まれた).
                if year is not None and year == year_just_before(unit, e, cache) and (
                        claim.text[q.end:q.end + 2] == unit.text[e.end:e.end + 2]):
                    sim = max(sim, cfg.number_context)
                if sim < cfg.number_context and not (sim > 0 and _last_pair(claim, q, unit, e, cache)) and not (
                        _sole_pair(claim, q, whole.get(unit.start), e, cache)):
                    continue
                if _said_of_another(claim, q, unit, e, said_as, cache):
                    continue
                candidates.append((sim + unit.score, unit, e))
        # A slip of the pen in a sentence aligned with the claim or a clause of it
        # outweighs the words around; 約 does not cover it (約1兆3,100億 / 約1兆1,300億), 以上 does.
        transposed = [(unit.score, unit, e) for unit in (by_clause or aligned) for e in quantities(unit, cache)
                      if digits_transposed(q, e)]
        if not candidates and not transposed:
            candidates = counts_told_once(claim, q, details, cache)
        if not candidates and not transposed:
            told = (dated_clause_otherwise if q.unit == "date" else clause_measured_otherwise)(
                claim, q, by_clause or aligned, cache)
            if told is not None and not _of_another(claim, q, *told, details, cache) and not (
                    _said_of_another(claim, q, *told, said_as, cache)) and (
                    (told[1].start in rates(told[0], cache)) == rate and told[1].start not in parts(told[0], cache)):
                candidates = [(0.0, told[0], told[1])]
        if transposed and not any(compatible(q, e) and INF in (e.high, -e.low, q.high, -q.low) for _, _, e in transposed):
            candidates = transposed
        elif not candidates or any(agrees(q, e) or same_threshold(q, e, claim.text) for _, _, e in candidates) or (
                sum_of_parts(claim.text, q, [u for _, u, _ in candidates], cache)):
            continue
        candidates.sort(key=lambda c: -c[0])
        _, unit, e = candidates[0]
        if (new_value_told(claim, q, unit, cache) or now_against_period(claim, q.start, unit, e.start)
                or q.unit in ("count:度", "count:回") and counts_another_noun(claim, q, unit)
                or count_other_things(claim, q, unit, e)):
            continue
        values = {c[2].surface for c in candidates}
        # The details count the group; the claim its subject's companions.
        # A bound told by a verb (3割にも届かなかった) ends the sentence's
        # predicate: a number put in its place would cut the sentence short;
        # a step (5%台) would not hold the details' figure.
        # (A year told by a word, 翌年, takes no figure in its place, nor gives one.)
        replacement = figure_in_claim_words(claim, q, unit, e) if (len(values) == 1 and not counts_companions(claim, q)
                                                          and not q.suffix.startswith(("に", "を", "台"))
                                                          and _kind(q) == _kind(e) == "number") else None
        out.append(Conflict(_kind(q), q.start, q.end, unit, e.start, e.end, q.surface, e.surface, replacement))
    return out
