"""Antonyms: the claim uses one side of an opposing pair, the details the other.

増加 vs 減少, 強化 vs 弱体化, 受け入れ vs 拒否 …  The pairs come from the
``antonyms:`` lists of the loaded rule files (``rules/antonyms.yaml`` and
any a user adds).  Both words must be asserted with the same polarity
(増加した vs 減少しなかった is no contradiction), their clauses must share
arguments, the claim must not mention the other side itself, and no aligned
detail sentence may use the claim's word.
"""

from __future__ import annotations

from lint.kinds.contradiction.align import words_in
from lint.kinds.contradiction.converse import converse_sides, one_comparison, pointed_from_other_ends, received, undone_later
from lint.kinds.contradiction.dated import NOUN_DESCRIBED, clauses_dated_apart
from lint.kinds.contradiction.dated_clauses import next_year_told, sentence_dated_apart, word_dated_apart
from lint.kinds.contradiction.antonym_sides import (adjective_against_compound, hits, own_subject, phrase_restated,
                                                    points_back, said_elsewhere, said_of_other_names, sides_present)
from lint.kinds.contradiction.antonym_words import AntonymLexicon
from lint.kinds.contradiction.beginnings import other_things_begun
from lint.kinds.contradiction.compass import COMPASS, measured_from, points_of_other_wholes
from lint.kinds.contradiction.concession import concedes, yields_to
from lint.kinds.contradiction.denials import denied_instead
from lint.kinds.contradiction.opposites import (ALL_OF_THEM, FIRSTS, MANY, SOME_OF, after_particle, first_of_another,
                                                 followed_is_first, follows_the_first, heads_differ, in_gloss, only_a_number, partitive_span,
                                                 superlative, told_gone, with_numeral, word_polarity)
from lint.kinds.contradiction.quantifier_scope import (amounts_set_against, count_and_all, counting_others, counts_none,
                                                       one_alone, other_ordinal, other_sets, owned_by_others, rest_told,
                                                       quantities_apart, same_owner, several_only, verb_against_noun)
from lint.kinds.contradiction.scope import (ONLY, formerly, named_otherwise, objects_differ, other_doers,
                                           SIDE_WORDS, kinds_of_one_thing, sides_told_apart)
from lint.kinds.contradiction.occasions import fought_elsewhere, other_occasion
from lint.kinds.contradiction.owners import counted_apart, owners_differ
from lint.kinds.contradiction.standards import standard_unnamed, other_standards
from lint.kinds.contradiction.tense import converse_day, parts_of_other_periods, since_before
from lint.kinds.contradiction.word_scope import (NOT_ONLY, PICKED_OUT, PROPOSED, UNIVERSAL, acts_differ, held, manners_of_other_acts,
                                                 group_named, in_condition, limited_word_absent, only_told, tallied_alike,
                                                 ranks_apart, sought_or_feared, year_given)
from lint.text.tokens import clause_bounds
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA, is_kanji
from lint.cache.programs import compile_re
from lint.kinds.contradiction.closeness import about_the_same, clause_arguments, same_phrase, told_by_another_clause
from lint.kinds.contradiction.predicates import FORGOING
from lint.kinds.contradiction.subjects import (compared_of_two, described_of_other_party, describes_other_thing, doers_apart,
                                              located_apart, seen_from_each_other, set_against, subject_before)
from lint.kinds.contradiction.topics import parties_apart
from lint.kinds.contradiction.units import Conflict, Settings, Unit


# Words of amount, whose counted noun tells what they count.
AMOUNT_WORDS = frozenset(("多く", "多い", "少ない", "少なく", "少数", "多数", "大半", "一部", "大部分", "ほとんど"))
# A part set aside (一部の区間を除いて): what is said is of the rest.
_EXCEPTED = compile_re("(?:の[^、。]{0,8}?)?(?:を除(?:いて|き|けば|く)|以外)")
# A word made the name of its scale, whose degree describes a noun (安全性の高い電池).
SCALE_DESCRIBING = compile_re(f"[性度][のが](?:高|低)い[{KANJI_UNIFIED}{PLAIN_KATAKANA}]")
# Grams the clauses of two words of quantity must share, and their overlap.
QUANTIFIER_SHARED = 3
QUANTIFIER_OVERLAP = 0.6
# Closer than any clause can be.
INF_CLOSE = float("inf")


def may_conflict(claim: Unit, details: list[Unit], cache: dict, lexicon: AntonymLexicon) -> bool:
    """The claim uses a word whose opposite the details use somewhere."""
    present = sides_present(details, cache, lexicon)
    return any((index, 1 - side) in present for index, side, _, _ in hits(claim, cache, lexicon))


# Words of repetition, and the verb they qualify said never to happen
# (再び飛ぶことはなかった; 再び確認されなかった is a failure repeated).
REPEATS = ("再び", "再度", "またも")
_NEVER_AFTER = compile_re(f"[{KANJI_UNIFIED}]+[{HIRAGANA}]*?こと(?:は|も)?な")


def _verb_denied(text: str, at: int, end: int) -> bool:
    return _NEVER_AFTER.match(text, at, end) is not None


# A count limited by だけ (2か所だけ), and many of a noun after it (多くの繰糸器).
_COUNT_BEFORE = compile_re(f"[0-9０-９]+[{KANJI_UNIFIED}{HIRAGANA}{PLAIN_KATAKANA}]{{1,3}}$")
_MANY_OF = compile_re(f"の([{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{2,}})")


def _count_of_another(claim: Unit, s: int, unit: Unit, ue: int) -> bool:
    """The claim limits a count (工場は2か所だけ) and the details' many count
    a thing its clause never names (多くの繰糸器を並べた工場)."""
    if not _COUNT_BEFORE.search(claim.text, max(claim.start, s - 6), s):
        return False
    noun = _MANY_OF.match(unit.text, ue, unit.end)
    lo, hi = clause_bounds(claim.text, s, claim.start, claim.end)
    return noun is not None and noun.group(1) not in claim.text[lo:hi]


# A repetition in a clause describing the noun after it (親魚に再び卵を産ませる
# クロマグロの完全養殖): it says which thing, not what happened again.
_DESCRIBES_NOUN = compile_re(f"[^、。「」]{{0,12}}?[るた]{NOUN_DESCRIBED}")


def _repeated_in_description(u: Unit, at: int) -> bool:
    return _DESCRIBES_NOUN.match(u.text, at, u.end) is not None


# After an adjective's く, a verb of change: the word tells how something
# moved (約100キロメートル短くなった), which says nothing against what it is
# (日本で3番目に長い).
_CHANGE_AFTER_KU = ("なっ", "なる", "なり", "なれ", "なら", "した", "する", "して", "し、")
_ADJECTIVE_ENDS = ("い", "く", "かっ")


def _not_itself(u: Unit, s: int, e: int) -> bool:
    """だけでも (even those alone: no limit), だけ after a verb (関税を撤廃
    するだけの連合: merely, counting nothing), N日後に控えて (looking
    ahead to the other thing: its 後 is this one's 前), and a word asked
    about (加盟の是非を問う); a word of quantity that names a group
    (少数派のタミル人, 少数民族), not how many; そろって of a state held
    (太さがそろっており), the verb of being even."""
    return (u.text[s:e] in ONLY and (u.text.startswith("でも", e) or u.text[s - 1:s] in _VERB_ENDS)
            or u.text.startswith(AHEAD_OR_QUESTIONED, e) or _GROUP_NOUN.match(u.text, e) is not None
            or u.text[s:e] == "そろって" and u.text.startswith(("おり", "いる", "いた", "いない"), e))


# After a word, what asks whether it is so (加盟の是非を問う): it is neither said nor denied.
QUESTIONED = ("の是非", "の可否", "の賛否", "かどうか", "するかどうか", "するか否か")
AHEAD_OR_QUESTIONED = ("に控え",) + QUESTIONED
# A faction or a people (少数派の, 少数民族), not 派遣 after 再び.
_GROUP_NOUN = compile_re(f"派(?![{KANJI_UNIFIED}])|民族")


# The last kana of a verb's plain form (するだけ, 行っただけ); not つ, a counter (2つだけ).
_VERB_ENDS = tuple("るたうくすぬむぶぐ")


_TIME_ADJECTIVES = ("早", "遅", "速")


def _change_against_state(claim: Unit, s: int, e: int, unit: Unit, us: int, ue: int) -> bool:
    """Two adjectives, one said of a change and the other of a state."""
    if not (claim.text[s:e].endswith(_ADJECTIVE_ENDS) and unit.text[us:ue].endswith(_ADJECTIVE_ENDS)):
        return False
    # A time said either way (遡上が遅い / 早く始まる) is one time.
    if claim.text[s] in _TIME_ADJECTIVES and unit.text[us] in _TIME_ADJECTIVES:
        return False

    def change(text: str, end: int) -> bool:
        # …く before a verb tells how it was done (新しく造られた町: built anew).
        return text[end - 1:end] == "く" and (text.startswith(_CHANGE_AFTER_KU, end) or is_kanji(text[end:end + 1] or "あ"))
    return change(claim.text, e) != change(unit.text, ue)


# で that is the copula (港北市だけである, 日本だけで、…), not a particle of place.
COPULA_DE = ("である", "であっ", "でした", "です", "で、", "で，")


# A word of quantity that counts out part of a whole (流域の多くは), and an
# adjective that describes the noun after it (降水量の少ない半乾燥地帯).
_DESCRIBING = compile_re(f"い?[{KANJI_UNIFIED}]")


def _part_against_description(claim: Unit, s: int, e: int, unit: Unit, ue: int) -> bool:
    """多く of a whole against 少ない said of another noun: two things."""
    part = s > claim.start and claim.text[s - 1] == "の" and claim.text[e:e + 1] in ("は", "が", "を", "も")
    m = _DESCRIBING.match(unit.text, ue) if part else None
    return m is not None and (m.group().startswith("い") or unit.text[ue - 1:ue] == "い")


def _state_before_act(claim: Unit, e: int, unit: Unit, ue: int) -> bool:
    """The details tell what was held (要塞線を築いていた), the claim an act that may come after (失った)."""
    return held(unit.text, ue) and not held(claim.text, e)


def _answers_other_clause(claim: Unit, cs: int, ce: int, unit: Unit, us: int, ue: int, closeness: tuple,
                          cache: dict, cfg: Settings) -> bool:
    """Whether the detail word at ``[us, ue)`` speaks to the claim's word
    at ``[cs, ce)`` rather than to the claim word it was found against."""
    same, close = about_the_same(claim, cs, ce, unit, us, ue, cache, cfg.argument_overlap)
    return close >= closeness or same and claim.text[cs:ce] == unit.text[us:ue] and (
        word_polarity(claim, cs, ce) == word_polarity(unit, us, ue))


def compare(claim: Unit, aligned: list[Unit], details: list[Unit], cfg: Settings, cache: dict,
            lexicon: AntonymLexicon, whole: frozenset = frozenset()) -> list[Conflict]:
    """``aligned``: the sentences aligned with the claim or a clause of it;
    ``whole``: the starts of those aligned with the whole claim."""
    out: list[Conflict] = []
    claim_hits = hits(claim, cache, lexicon)
    # A claim word whose opposite the details never use cannot conflict.
    present = sides_present(details, cache, lexicon)
    aligned = [u for u in aligned if not u.heading]
    for index, side, s, e in claim_hits:
        if (index, 1 - side) not in present:
            continue
        # A part counted out (5階級のうち4階級) may be said of those the
        # details say all of did something else (すべてに出場し): it only
        # answers a claim of all.
        if claim.text.startswith(SOME_OF, s) or only_a_number(claim.text, s, e):
            continue
        kind = lexicon.pairs[index].kind
        if any(j == index and sd != side and clause_bounds(claim.text, s, claim.start, claim.end)
               == clause_bounds(claim.text, cs, claim.start, claim.end) for j, sd, cs, _ in claim_hits):
            continue  # the claim itself names both sides, in one clause
        # A claim with both sides (1号機で失敗したが、2号機で成功した) is
        # not compared with a sentence that has both too: it tells the pair.
        both = {sd for j, sd, _, _ in claim_hits if j == index} == {0, 1}
        conceded = {claim.text[cs:ce] for j, sd, cs, ce in claim_hits if j == index and sd != side} if both and (
            concedes(claim.text, [cs for j, _, cs, _ in claim_hits if j == index])) else set()
        # Never again (再び飛ぶことはなかった) is no repetition, and only
        # after a particle (範囲でのみ) limits a circumstance, not a count.
        if (claim.text[s:e] in REPEATS and _verb_denied(claim.text, e, claim.end)
                or claim.text[s:e] in ONLY and (after_particle(claim.text, s) or NOT_ONLY.match(claim.text, e)
                                                or claim.text.endswith(_BY_AS_MUCH, claim.start, s)
                                                # X alone does not (一つの党だけでは握れない): a condition, no count.
                                                or claim.text.startswith("では", e))
                or _not_itself(claim, s, e)):
            continue
        # An only the details tell too; 買収提案, 撤退計画: the word names what was proposed or planned, no act.
        if claim.text[s:e] in ONLY and only_told(claim, s, details, cache) or claim.text.startswith(PROPOSED, e):
            continue
        # A word of a noun since gone (大規模な炭鉱は姿を消した), a part set aside (一部を除いて).
        if told_gone(claim, e) or kind == "quantifier" and (_EXCEPTED.match(claim.text, e, claim.end)
                                                            or counts_none(claim, s, e)):
            continue
        # The word's own prefix (不参加) is part of the pair, not a negation.
        pol = word_polarity(claim, s, e)
        # Judged against the closest counterpart: the detail word (either
        # side of the pair) about the same thing whose clause shares most
        # with the claim's.  If that one says what the claim says (or its
        # opposite negated, 減少しなかった), it supports the claim.
        best = None
        # Sentences dated to other years than the word's clause tell of other
        # events (the union began in 1714, ended in 1837); for opposing acts
        # and times, so do the years told up to the word's clause, which
        # carry on to it (1278年に…破り、…支配が始まった / 1918年…終わって).
        lo, hi = clause_bounds(claim.text, s, claim.start, claim.end)
        for unit in aligned:
            if word_dated_apart(kind, claim, s, lo, hi, unit, cache):
                continue
            if both and {sd for j, sd, _, _ in hits(unit, cache, lexicon) if j == index} == {0, 1}:
                continue
            # (Said twice, the claim's word may be the one after the turn, of another thing.)
            if sum(j == index for j, *_ in claim_hits) == 1 and yields_to(claim, unit, [(sd == side and word_polarity(
                    unit, us, ue) == pol, sd != side, us) for j, sd, us, ue in hits(unit, cache, lexicon) if j == index]):
                continue
            # The claim's own word said the same way in this sentence, its
            # clause sharing as many words with the claim's, supports it there
            # (…食料を手に入れる力を失った: 手に入れ is not what was lost).
            compared = [(other_side, us, ue, word_polarity(unit, us, ue) == pol,
                         *about_the_same(claim, s, e, unit, us, ue, cache, cfg.argument_overlap,
                                         strict=unit.start not in whole))
                        for j, other_side, us, ue in hits(unit, cache, lexicon)
                        if j == index and unit.text[us:ue] not in conceded and not count_and_all(claim, s, e, unit, us, ue)
                        and not converse_day(claim, s, unit, us)
                        and not (pol and PICKED_OUT.match(unit.text, ue, unit.end) and not UNIVERSAL.search(claim.body))
                        and not (claim.text[s:e] in ONLY and unit.text[us:ue] in MANY
                                 and (limited_word_absent(claim, s, unit, us) or _count_of_another(claim, s, unit, ue))
                                 or unit.text[us:ue] in ONLY and claim.text[s:e] in MANY
                                 and limited_word_absent(unit, us, claim, s))
                        and not (claim.text[s:e] in ONLY and unit.text[us:ue] in ALL_OF_THEM and group_named(unit, us, claim, s)
                                 or unit.text[us:ue] in ONLY and claim.text[s:e] in ALL_OF_THEM and group_named(claim, s, unit, us))
                        and not (kind == "quantifier" and other_side != side
                                 and (counting_others(claim, e, unit, ue) or owned_by_others(claim, s, e, unit, us, ue)
                                      or amounts_set_against(claim, s, e, unit) or amounts_set_against(unit, us, ue, claim)
                                      or rest_told(claim, s, e, unit, us, ue) or other_sets(claim, s, e, unit, us, ue)))
                        and not (other_side != side and (converse_sides(claim, s, unit, us, cache)
                                                         or one_comparison(claim, s, unit, us)
                                                         or pointed_from_other_ends(claim, s, unit, us)))
                        and not other_ordinal(claim, s, unit, us) and not only_a_number(unit.text, us, ue)
                        and not (other_side != side and (heads_differ(claim, e, unit, ue) or adjective_against_compound(claim, e, unit, ue)
                                                         or denied_instead(unit, ue, claim.text[s:e])))
                        and not _change_against_state(claim, s, e, unit, us, ue)
                        # 安全性の高い電池 picks out a kind by its degree, which 危険 does not deny.
                        and not (other_side != side and bool(SCALE_DESCRIBING.match(claim.text, e))
                                 != bool(SCALE_DESCRIBING.match(unit.text, ue)))
                        and not (unit.text[us:ue] in REPEATS and _repeated_in_description(unit, ue))
                        and not other_doers(claim, s, unit, us) and not kinds_of_one_thing(claim, s, unit, us)
                        and not (other_side != side and parties_apart(claim, s, unit, us, cache))
                        and not sought_or_feared(claim, s, e, unit, us, ue) and not formerly(claim, s, unit, us)
                        # Xだけで limits where (一関市だけで400人), and only after a
                        # particle a circumstance (一方向にだけ流す): counting nothing.
                        and not (unit.text[us:ue] in ONLY and (unit.text.startswith("で", ue)
                                                               and not unit.text.startswith(COPULA_DE, ue)
                                                               or after_particle(unit.text, us)
                                                               or unit.text.endswith(_BY_AS_MUCH, unit.start, us)
                                                               # (軍隊だけのものではない: not only.)
                                                               or NOT_ONLY.match(unit.text, ue)))
                        and not (kind == "antonym" and _state_before_act(claim, e, unit, ue))
                        and not (kind == "antonym" and superlative(claim, s) and not superlative(unit, us))
                        and not several_only(claim, s, e, unit, us, ue) and not in_gloss(unit, us, claim, s)
                        and not (kind == "quantifier" and quantities_apart(claim, s, unit, us))
                        and not points_of_other_wholes(claim, s, e, unit, us, ue) and not named_otherwise(claim, s, unit, us)
                        and not (other_side != side and measured_from(claim, e) != measured_from(unit, ue))
                        and not other_things_begun(claim, s, unit, us, cache)
                        and not first_of_another(unit, us, ue, claim.body) and not _not_itself(unit, us, ue)
                        and not followed_is_first(claim, e, unit, us, ue) and not follows_the_first(claim, s, e, unit, us)
                        and not (claim.text[s:e] in FIRSTS and doers_apart(claim, s, unit, us, cache))
                        and not described_of_other_party(claim, s, e, unit, us, cache)
                        and not describes_other_thing(claim, unit, us, ue) and not said_of_other_names(claim, s, unit, us, ue)
                        and not (clauses_dated_apart(claim, s, unit, us, cache) and not next_year_told(claim, s, unit, cache))
                        and not (kind == "antonym" and sentence_dated_apart(claim, s, unit, us, cache))
                        and not (kind == "antonym" and (objects_differ(claim, s, unit, us)
                                                        or other_standards(claim, s, unit, us) or manners_of_other_acts(claim, e, unit, ue)
                                                        or standard_unnamed(claim, s, unit, us)
                                                        or other_occasion(claim, s, unit, us, details) or fought_elsewhere(claim, s, e, unit, us)
                                                        or other_side != side and claim.text[s:e] not in SIDE_WORDS
                                                        and owners_differ(claim, s, unit, us)))
                        and not (other_side != side and (sides_told_apart(claim, s, e, unit, us, ue)
                                                       or told_by_another_clause(claim, s, e, unit, us, ue, cache)
                                                       or compared_of_two(claim, s, unit, us, cache)
                                                       or seen_from_each_other(claim, s, e, unit, us, ue)
                                                       or claim.text[s:e] in SIDE_WORDS
                                                       and located_apart(claim, s, unit, us, cache)
                                                       # (南東部 there too: 北西から南東へ, a way between the sides.)
                                                       or set(claim.text[s:e]) <= set(COMPASS)
                                                       and claim.text[s:e + 1] in unit.body))
                        and not parts_of_other_periods(claim, s, unit, us) and not (other_side != side and in_condition(unit, ue) and not in_condition(claim, e))
                        and not (kind == "temporal" and (year_given(unit, ue, claim, s, us)
                                                          or acts_differ(claim, e, unit, ue) or ranks_apart(claim, e, unit, ue)
                                                          or since_before(claim, side, e, unit, other_side, ue)))
                        and not _part_against_description(claim, s, e, unit, ue)
                        and not told_gone(unit, ue) and not set_against(claim, s, subject_before(unit, us, cache)) and not received(unit, us, ue)
                        and not (other_side != side and claim.text[s:e] in AMOUNT_WORDS
                                 and counted_apart(claim, s, e, unit, us, ue))
                        and not (kind == "quantifier" and (_EXCEPTED.match(unit.text, ue, unit.end) or counts_none(unit, us, ue)
                                                           or verb_against_noun(claim, e, unit, ue) or one_alone(claim, s, e) or one_alone(unit, us, ue)))
                        and tallied_alike(claim, s, e, unit, ue)]
            agreeing = max((closeness for other_side, _, _, same_polarity, _, closeness in compared
                            if other_side == side and same_polarity), default=None)
            # The claim's word said of the whole the claim names (海底部の一部) agrees however far its clause.
            # …so is the word said of what the clause before told (道案内を求めたが、朝鮮はこれを拒んだ).
            # …and so is the word as the topic or subject of this sentence as of the claim (連立は成立しにくく /
            # 単独で…、連立は生まれにくい): the sentence says it of the same thing.
            # …and so is the word said of the claim's subject (黒潮は暖流である).
            mine = own_subject(claim, s, unit, side, compared, cache)
            if any(o == side and p and (same_owner(claim, s, unit, u) or points_back(unit, u)
                                        or same_phrase(claim, s, e, unit, u, ue)
                                        or mine is not None and subject_before(unit, u, cache) == mine)
                   for o, u, ue, p, _, _ in compared):
                agreeing = (INF_CLOSE, INF_CLOSE)
            for other_side, us, ue, same_polarity, same, closeness in compared:
                # 両者, 双方 point back to things named before: their own clause
                # must share words with the claim's (…実施地区がなく、両者は
                # まったく別のもの is said of two other things).
                if closeness[0] == 0 and unit.text[us:ue] in ALL_OF_THEM:
                    continue
                supported = agreeing is not None and agreeing[0] >= closeness[0]
                if supported:
                    same, closeness = True, agreeing
                # A word of quantity stands apart from the words it counts
                # (中核市の一つ / 中核市…下関市だけ): clauses sharing most of
                # their words are enough.
                if not same and kind == "quantifier" and closeness[0] >= QUANTIFIER_SHARED and (
                        closeness[1] >= QUANTIFIER_OVERLAP):
                    shared = clause_arguments(claim, s, e, cache) & clause_arguments(unit, us, ue, cache)
                    same = words_in(shared) >= 2
                if not same:
                    continue
                agrees = supported or (other_side == side) == same_polarity
                rank = (closeness, agrees, unit.score)
                if best is None or rank > best[0]:
                    best = (rank, unit, us, ue, other_side)
        # Two acts (配備 / 撤去) may both have happened; words of quantity and
        # time say one thing of one state, unless the claim restates the
        # very phrase of another sentence (わきの下など一部).
        if best is None or best[0][1] or kind == "antonym" and said_elsewhere(
                claim, index, side, s, e, pol, details, best[1], cache, cfg, lexicon, best[0][0]) or (
                kind == "quantifier" and phrase_restated(claim, s, e, pol, details, best[1], cache)):
            continue
        _, unit, us, ue, other_side = best
        # (A verb or な describing a noun picks out a kind and asserts nothing that
        # a denial of the word answers: 決まった大きさの基準がなく / 決まりがない; 正当な行為.)
        # (…nor does a time before it, 完成前に帰国した, which a denial of it, 完成を見ずに, agrees with.)
        if other_side == side and (_DESCRIBING_VERB.match(claim.text, e) or _BEFORE_IT.match(claim.text, e) or _BEFORE_IT.match(unit.text, ue)):
            continue
        if undone_later(lexicon.pairs[index], side, other_side, claim, s, e, unit, cache):
            continue
        # The claim says the other word too, in a clause at least as close
        # to this detail word (多くは回復するが、一部は重症化 / 大半は回復), or
        # that very word said the same way of the same thing (王政が倒れ、
        # 共和制が樹立された / 共和制が成立した): the detail answers that clause.
        if any(j == index and sd != side and _answers_other_clause(claim, cs2, ce2, unit, us, ue, best[0][0], cache, cfg)
               for j, sd, cs2, ce2 in claim_hits):
            continue
        us, ue = partitive_span(unit.text, unit.start, unit.end, us, ue)
        us = with_numeral(unit.text, unit.start, us)
        if any(c.evidence_start == us and c.evidence_end == ue for c in out):
            continue  # two words of the claim against one of the details: one finding
        cs = with_numeral(claim.text, claim.start, s)
        kind = lexicon.pairs[index].kind
        if claim.text[cs:e] == unit.text[us:ue]:
            # One word said and denied (解放に失敗し / 解放した): quoted with what denies it.
            kind, e = "polarity", _DENIAL_AFTER.match(claim.text, e, claim.end).end()
        out.append(Conflict(kind, cs, e, unit, us, ue, claim.text[cs:e], unit.text[us:ue]))
    return out


# だけ after these says how much (その分だけ増える, できるだけ早く), not how many.
_BY_AS_MUCH = ("分", "それ", "できる", "好きな")
_BEFORE_IT = compile_re("の?(?:直前|以前|前)(?=[にのはまで、])")
_DESCRIBING_VERB = compile_re(f"[{HIRAGANA}]{{0,4}}?[たるうな][{KANJI_UNIFIED}{PLAIN_KATAKANA}]")
_DENIAL_AFTER = compile_re(f"[{HIRAGANA}]{{0,6}}(?:{FORGOING})?[{HIRAGANA}]{{0,4}}")
