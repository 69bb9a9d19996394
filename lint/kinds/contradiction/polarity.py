"""Polarity: the claim asserts what the details negate, or the reverse.

団結している vs 団結しているわけでもない; 検討されている vs 検討されていない.
The two predicates must share their content word and their arguments
(the rest of the clause) must overlap, so that "X increased but Y did not"
is not read as a contradiction of "X increased".  If an aligned detail
sentence states the predicate with the claim's polarity, the claim is
supported.
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.text import morph
from lint.kinds.contradiction.dated import clauses_dated_apart, span_dated_apart
from lint.kinds.contradiction.dated_clauses import sentence_dated_apart, since_then
from lint.kinds.contradiction.being import existence, never_done, noun_of_being, same_being, same_word
from lint.kinds.contradiction.scope import (attempted, believed, contrasted, formerly, kind_denied,
                                           manner_denied, narrowed, not_at_once, only_denied, other_side,
                                           right_of_another, timed, with_before)
from lint.kinds.contradiction.classed import judged
from lint.kinds.contradiction.predicates import (FORGOING, HINDERING, NOMINALISED, Predicate, forgone, is_negative_tail,
                                                 meant, predicates, with_means)
from lint.kinds.contradiction.denials import (ONLY_OBJECT, REQUIRED, SEEMING, STATING_NOUNS, changed,
                                             case_apart, describes_another, heads_another, in_description, in_focus, instead, not_plainly_said,
                                             hardly, held_as_a_view, offer_declined, prefix_denied, quoted, seldom)
from lint.kinds.contradiction.align import words_in
from lint.kinds.contradiction.allowed import chained, coordinated, permitted, rule_with_exceptions
from lint.kinds.contradiction.restated import restates_another, word_grams
from lint.kinds.contradiction.role_words import VOICE
from lint.kinds.contradiction.word_scope import UNIVERSAL
from lint.kinds.contradiction.unrealised import unrealised
from lint.kinds.contradiction.verb_states import VERB_OPEN_WORDS
from lint.kinds.contradiction.modality import planned_act
from lint.kinds.contradiction.opposites import FIRSTS
from lint.kinds.contradiction.same_acts import (accomplished, made_to, one_act, other_keys, other_objects, same_goal_named,
                                               one_verb, same_verb, stem, thing_before, twin_told, verb_in_noun,
                                               verb_starts_noun)
from lint.kinds.contradiction.standards import less_than_another, other_respects
from lint.kinds.contradiction.tense import instance_against_rule, then_against_now
from lint.kinds.contradiction.subjects import (doers_apart, other_subject, owned_apart, said_of_others, subject_as_goal,
                                              set_against, subject_before, subjects_apart)
from lint.kinds.contradiction.topics import same_topic
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import clause_bounds
from lint.kinds.contradiction.units import Conflict, Settings, Unit, containing
from lint.kinds.contradiction.closeness import CLEFT, about_the_same, clause_arguments, unit_arguments


_NUMERALS = frozenset("一二三四五六七八九十")
# A thing said to be one word and not another (楕円球形で、球形ではない).
_COPULA_CONTRAST = ("で、", "であり", "であって")


def unit_predicates(u: Unit, cache: dict) -> list[Predicate]:
    key = ("p", u.start, u.end)
    if key not in cache:
        found = predicates(u.text, u.start, u.end)
        taken = {p.start for p in found}
        found += [p for p in existence(u.text, u.start, u.end) if p.start not in taken]
        found += judged(u.text, u.start, u.end)
        found += forgone(u.text, u.start, u.end)
        # An act tried and not brought about is read so, not as the verb of its trying.
        weighed = unrealised(u.text, u.start, u.end)
        starts = {p.start for p in weighed}
        found = [p for p in found if p.start not in starts] + weighed
        found = chained(u.text, coordinated(u.text, permitted(u.text, found)))
        found = never_done(u.text, accomplished(u.text, with_means(u.text, found)))
        # 一般的に定義する: an adverb, whose verb is the predicate; 一つ, 二つ: a count, no verb.
        cache[key] = [p for p in found if not (p.key.endswith("的") and u.text.startswith("に", p.start + len(p.key))
                                               or p.key in _NUMERALS and p.tail.startswith("つ"))]
    return cache[key]


# Every negated predicate has one of these (ない, ず, ません, 不…, 逃した, ことは難しい, ことを禁じ).
NEGATION_HINT = compile_re(rf"な[いかくけさ]|ず|ぬ|ません|まい|[不非未無]|{FORGOING}|"
                           f"(?:{'|'.join(NOMINALISED)})(?:{'|'.join(HINDERING)})")


# What a sentence that states being (or its lack) holds: ある, ない, 存在.
BEING_FORMS = ("あ", "な", "存在")


def _stated(key: str, positive: bool, details: list[Unit], cache: dict) -> bool:
    """Do the details give the predicate ``key`` that polarity?  Only the
    sentences that hold the word (and, for a negation, a sign of one) are
    analysed; once per post."""
    found = cache.get(("p-stated", key, positive))
    if found is None:
        found = False
        # Being is read from ある / ない, which never spell the key.
        for u in containing(details, BEING_FORMS if key == "存在" else (key[-2:],), cache):
            if not positive and NEGATION_HINT.search(u.text, u.start, u.end) is None:
                continue
            # (A verb of one kanji may be said by a verbal noun it starts: 売 / 売却.)
            if any(p.positive == positive and (same_word(p.key, key) or verb_starts_noun(key, p.key))
                   for p in unit_predicates(u, cache)):
                found = True
                break
        cache[("p-stated", key, positive)] = found
    return found


def may_conflict(claim: Unit, details: list[Unit], cache: dict) -> bool:
    """Some claim predicate is stated the other way somewhere in the details."""
    return any(_stated_as(pc, not pc.positive, details, cache) for pc in unit_predicates(claim, cache))


def _stated_as(p: Predicate, positive: bool, details: list[Unit], cache: dict) -> bool:
    """:func:`_stated` for the predicate's word or another word for its act."""
    return any(_stated(key, positive, details, cache) for key in (p.key, *other_keys(p)))


# A tail may run into the next word (納税するのは|事業者): the kana before it decide.
_KANJI_AT_END = compile_re(f"[{KANJI_UNIFIED}]+$")
SHARE_AFTER = compile_re("(?:約|およそ|わずか|ほぼ)?[0-9０-９一二三四五六七八九十半]")


def _likelier_clause(claim: Unit, pc: Predicate, unit: Unit, pe: Predicate, shared: int, cache: dict) -> bool:
    """Does another clause of ``unit`` share more words with ``pc``'s clause
    than ``pe``'s does?  Nouns listed before a comma (写真や動画、図表なども
    配信している) are part of the clause after them, no other."""
    mine = clause_arguments(claim, pc.start, pc.end, cache)
    a, b = clause_bounds(unit.text, pe.start, unit.start, unit.end)
    pos = unit.start
    while pos < unit.end:
        _, end = clause_bounds(unit.text, pos, unit.start, unit.end)
        if not a <= pos < b and not _LISTED_NOUNS.fullmatch(unit.text, pos, end) and len(
                mine & word_grams(unit.text[pos:end])) > shared:
            return True
        pos = end + 1
    return False


# Nouns joined by や, と or ・ and nothing else (写真や動画).
_LISTED_NOUNS = compile_re(f"\\s*[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+(?:[やと・][{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+)+")


# Quoted words right before a verb (「古風土記」とも呼ばれる, 「解」と称した),
# told alike with or without a copula (「完敗だ」 / 「完敗」).
_QUOTED_BEFORE = compile_re(r"「([^「」]+)」と[もは]?$")
_COPULA_END = compile_re("(?:だ|です|である)$")


def compare(claim: Unit, aligned: list[Unit], details: list[Unit], cfg: Settings,
            cache: dict) -> list[Conflict]:
    """``aligned``: every detail sentence aligned with the claim or a clause
    of it, best first; the first ``cfg.top`` are its counterparts."""
    out: list[Conflict] = []
    claim_preds = unit_predicates(claim, cache)
    # A claim predicate never stated the other way cannot conflict.
    for pc in claim_preds:
        # A predicate modifying a noun (認めない国) picks out some of a kind;
        # it states nothing the details could deny, unless the noun makes it
        # a statement (出場した経験がある).
        if ((pc.adnominal and not claim.text.startswith(STATING_NOUNS, pc.end))
                or _KANJI_AT_END.sub("", pc.tail).endswith(CLEFT)
                or any(w in pc.tail for w in SEEMING) or seldom(claim.text, pc)
                or not _stated_as(pc, not pc.positive, details, cache)
                # The claim says both (提出は義務だが、達成は義務ではない; デンマークが
                # 加盟したECに加わらなかった), as the details do.
                or any(p is not pc and (same_word(p.key, pc.key) or one_act(p, pc)) and p.positive != pc.positive
                       for p in claim_preds) and _stated(pc.key, pc.positive, details, cache)
                or quoted(claim.text, pc.start, claim.start, claim.end) or held_as_a_view(claim.text, pc.end)
                # 意味があるのは差だけ: a cleft after the predicate itself.
                or claim.text.startswith(CLEFT, pc.end) or not_plainly_said(claim, pc)):
            continue
        # One-kanji stems (行, 見) are too ambiguous to compare by spelling
        # (see :func:`~lint.kinds.contradiction.same_acts.one_verb`).
        one_kanji = len(pc.key) < 2
        if one_kanji and stem(pc) is None and not (
                cfg.morphology and morph.lemma_at(claim.text, claim.start, claim.end, pc.start)):
            continue
        args_c = unit_arguments(claim, pc.start, pc.end, cache)
        # Sentences of other years than the predicate's clause tell of other
        # times (閘門を使わない運河 in 1880, 新しい閘門が使われ始めた in 2016).
        lo, hi = clause_bounds(claim.text, pc.start, claim.start, claim.end)
        unique_in_claim = sum(1 for p in claim_preds if p.key == pc.key) == 1
        # The claim says the verb both ways (直接引受けを原則禁じているが、
        # 市場での買い入れは禁じていない): a detail that says it the other
        # way of ``pc`` about what its twin is said of tells the twin.
        twins = [p for p in claim_preds if p is not pc and p.positive != pc.positive and same_verb(p, pc)]
        claim_made_to = made_to(claim.text, pc)
        # 明記されていない要求である: the kind of a thing, which the denial before it picks out;
        # only a copula of that kind denied (…要求ではない) answers it.
        quote = _QUOTED_BEFORE.search(claim.text, claim.start, pc.start)
        quoted_before = _COPULA_END.sub("", quote.group(1)) if quote else None
        kind_picked = pc.tail.startswith(("で", "だ")) and any(p.adnominal and not p.positive and p.end == pc.start
                                                            for p in claim_preds)
        # The claim is judged against its closest counterpart: the related
        # detail predicate whose clause shares most with the claim's.  If it
        # agrees, the claim is supported (…提供したが、…提供しなかった).
        best = None
        closest = _closest(claim, pc, aligned, cfg.top, cache)
        for unit in aligned:
            if span_dated_apart(claim, lo, hi, unit, cache):
                continue
            # Past the closest few, a sentence must name the word and speak
            # of the same thing by the words beside it (少年は回復せず /
            # …ワクチンは…、少年は発症することなく回復した).
            beyond = unit.start not in closest
            if beyond and pc.key[-2:] not in unit.body:
                continue
            unit_preds = unit_predicates(unit, cache)
            # Two relative clauses (認めない国 / 認める国) pick out two kinds.
            same_key = [pe for pe in unit_preds if not (pe.adnominal and pc.adnominal) and not meant(pe) and (
                        same_word(pe.key, pc.key) and (not one_kanji or one_verb(claim, pc, unit, pe, cfg.morphology))
                        and (pc.key != "存在" or same_being(claim, pc, unit, pe))
                        or one_act(pc, pe, thing_before(claim.text, pc) == thing_before(unit.text, pe) != "")
                        or verb_in_noun(claim, pc, unit, pe))
                        and made_to(unit.text, pe) == claim_made_to
                        # (A compound the claim sets apart itself: 楕円球形で、球形ではない.)
                        and not (pe.key != pc.key and pe.key.endswith(pc.key)
                                 and any(pe.key + c in claim.body for c in _COPULA_CONTRAST))]
            for pe in same_key:
                if twins and twin_told(claim, pc, twins, unit, pe) or kind_picked and not pe.tail.startswith(("で", "だ", "じゃ")):
                    continue
                # Hardly ever done (ほとんど振り返らなかった) against one occasion a noun
                # describes (振り返る「記念試合」): no denial of the whole.
                if hardly(claim.text, pc) and pe.adnominal and pe.positive:
                    continue
                # 「風土記」と呼ばれず / 「古風土記」とも呼ばれる: each said of its own quoted words.
                theirs = _QUOTED_BEFORE.search(unit.text, unit.start, pe.start) if quoted_before is not None else None
                if theirs is not None and quoted_before != _COPULA_END.sub("", theirs.group(1)):
                    continue
                # The sentence says it both ways (法は国家によって強制され…、道徳は
                # …強制されるものではない): of two things, one told the claim's way,
                # unless the other way is said of the claim's own subject.
                if pe.positive != pc.positive and any(p.positive == pc.positive for p in same_key) and (
                        subject_before(claim, pc.start, cache) or "") != subject_before(unit, pe.start, cache):
                    continue
                # A plan not carried out (出演予定も実現しないまま) was a plan: the details telling it deny nothing.
                if pc.unrealised and pe.key.endswith(VERB_OPEN_WORDS):
                    continue
                # Said of many of a kind (多くの言語では…変わる): one of them told otherwise (日本語の動詞は…変わらない) denies nothing.
                many = _MANY_TOPIC.search(claim.text, claim.start, pc.start)
                if many and many.group(1) not in unit.body and not _MANY_TOPIC.search(unit.text, unit.start, pe.start):
                    continue
                # 発病するのは約1割: the act names those counted, it is not stated.
                # 「宮殿」と呼ばれるのは天皇の住居に限られ: said of what the cleft
                # names, which a denial of another thing does not touch.
                if not pc.positive and pe.tail.endswith(CLEFT) and not in_focus(claim, pc, unit, pe, cache):
                    continue
                if (not_plainly_said(unit, pe) or not pc.positive and describes_another(claim, unit, pe) or rule_with_exceptions(
                        claim.text, lo, pc, pe, unit.text, unit.start, unit.end)
                        or case_apart(claim, pc, unit) or _groups_apart(claim, pc, claim_preds, unit, pe, cache)):
                    continue
                # ベライゾンに売却されなかった残りの部門: a denial that picks out
                # some things, saying nothing against the act done with the rest
                # (unless the claim says it of all: すべてのコードに付いている).
                if pc.positive and pe.adnominal and not pe.positive and not UNIVERSAL.search(claim.body):
                    continue
                # 審議に加わる者を議政官といい: an act that picks out those who do
                # it, said of nobody the claim denies it of.
                if not pc.positive and pe.adnominal and pe.positive and unit.text.startswith(KIND_NOUNS, pe.end):
                    continue
                # 名称の独占だけを認める: done of that alone, so denied of the rest
                # (業務独占は認めていない agrees).
                if not pc.positive and unit.text.endswith(ONLY_OBJECT, unit.start, pe.start):
                    continue
                # 私有財産ではなく国有財産として: denied of one, said of the other.
                if (not pe.positive and pc.positive and instead(unit, pe, pc.key)
                        or not pc.positive and pe.positive and instead(claim, pc, pc.key)):
                    continue
                if (quoted(unit.text, pe.start, unit.start, unit.end) or held_as_a_view(unit.text, pe.end)
                        or planned_act(unit, pe.start, cache)
                        or other_objects(claim, pc, unit, pe) or believed(unit, pe)
                        or seldom(unit.text, pe)
                        or pe.tail.endswith(CLEFT) and SHARE_AFTER.match(unit.text, pe.end)
                        or pe.tail.endswith(REQUIRED) and is_negative_tail(
                            unit.text[pe.end:clause_bounds(unit.text, pe.end, unit.start, unit.end)[1]])
                        or clauses_dated_apart(claim, pc.start, unit, pe.start, cache)
                        # (Not done in another year, 2028年大会にも採用されておらず,
                        # denies nothing done before: 五輪でも…空手が採用された.)
                        or pc.positive and not pe.positive and sentence_dated_apart(claim, pc.start, unit, pe.start, cache)):
                    continue
                restated = _restated_clause(claim, pc, unit, pe, cache)
                if beyond and not restated:
                    continue
                same, closeness = about_the_same(claim, pc.start, pc.end, unit, pe.start, pe.end, cache,
                                                 cfg.argument_overlap)
                # About the same thing: the arguments overlap, or the sentences
                # align closely and each says this predicate once.
                # (Aligned alone, the sentence must not hold another clause
                # more like the claim's: 人口は…に集まる一方、…人が住んでいない.)
                # (…or the same act told of the same topic: 大仏殿は…、その後再建された / 大仏殿は再建されていない.)
                related = same or beyond or restated or not args_c or same_goal_named(claim, pc, unit, pe) or (
                    pe.key == pc.key and len(pc.key) >= 2 and same_topic(claim, pc.start, unit, pe.start, cache)) or (
                    unique_in_claim and len(same_key) == 1 and unit.score >= cfg.predicate_solo_align
                    and not _likelier_clause(claim, pc, unit, pe, closeness[0], cache))
                if not related:
                    continue
                rank = (closeness, pe.positive == pc.positive, unit.score)
                if best is None or rank > best[0]:
                    best = (rank, unit, pe)
        if best is None or best[0][1] or changed(pc) or changed(best[2]):
            continue
        # The details deny the act with a prefix too (幹部は不起訴となった /
        # 幹部は起訴されなかった): whom each side means is not clear enough.
        if not pc.positive and prefix_denied(pc.key, details):
            continue
        _, unit, pe = best
        if restates_another(clause_arguments(claim, pc.start, pc.end, cache), unit, aligned):
            continue
        # Said the claim's way of the claim's own subject (韓国はこれに署名して
        # おらず / …代表が署名したが、…韓国は署名しなかった).
        subject = subject_before(claim, pc.start, cache)
        if subject is not None and any(p.positive == pc.positive and same_word(p.key, pc.key)
                                       and subject_before(u, p.start, cache) == subject for u in aligned for p in unit_predicates(u, cache)):
            continue
        if (other_subject(claim, pc.start, subject, unit, pe.start, cache) or subject_as_goal(subject, unit, pe.start, cache)
                or set_against(claim, pc.start, subject_before(unit, pe.start, cache))
                or subject is not None and heads_another(unit, pe, subject)
                or subjects_apart(subject, (bool(VOICE.match(pc.tail)), bool(VOICE.match(pe.tail))), unit, pe.start,
                                  details, cache, claim.text[lo:hi])
                or said_of_others(claim, unit, pe.start)
                or pc.key in FIRSTS and doers_apart(claim, pc.start, unit, pe.start, cache)):
            continue
        # One side may say less than the other: the claim set in a place the
        # details never name, denied there (まだ国内で開かれておらず) or asserted
        # there (ドイツでは広く認められ / すべての公務員について…認めず), or
        # details denied at a time (a place in the details, 純粋な形で, is too
        # often a manner to be read so).
        narrower = narrowed(claim, pc, with_before(unit, details), cache) or (
            only_denied(claim, pc) or manner_denied(claim, pc, unit.body)
            or since_then(claim, pc.start, unit, pe.start, cache)
            # (…or the details assert it only where they set it: 地方では…選挙が行われ.)
            or narrowed(unit, pe, claim.body, cache, whole=True) if not pc.positive
            else timed(unit, pe, claim.body, cache) or only_denied(unit, pe, claim.body)
            or since_then(unit, pe.start, claim, pc.start, cache)
            or contrasted(unit, pe, claim.body, cache))
        if (narrower or attempted(claim, pc) or attempted(unit, pe)
                or formerly(claim, pc.start, unit, pe.start) or then_against_now(claim, unit, pe.start, cache)
                or instance_against_rule(claim, unit, pe.tail, cache)
                or right_of_another(claim, unit, pe, cache)
                or other_side(claim, pc.start, unit, pe.start) or kind_denied(unit, pe) or offer_declined(claim, pc.start, pc.end, unit, pe)
                or owned_apart(claim, pc.start, unit, pe.start)
                or not_at_once(claim, pc) or not_at_once(unit, pe) or in_description(unit, pe)
                or less_than_another(claim, pc) or less_than_another(unit, pe) or other_respects(claim, pc, unit, pe)):
            continue
        cs, es = noun_of_being(claim, pc), noun_of_being(unit, pe)
        out.append(Conflict("polarity", cs, pc.end, unit, es, pe.end,
                            claim.text[cs:pc.end], unit.text[es:pe.end]))
    return out


def _groups_apart(claim: Unit, pc: Predicate, claim_preds: list[Predicate], unit: Unit, pe: Predicate,
                  cache: dict) -> bool:
    """Each side says its predicate of a group a relative clause picks out,
    one the other's opposite (合格していない人が…名乗ることは禁じられている /
    合格した人は…名乗ることができる): two groups, each told its own way."""
    lo, _ = clause_bounds(claim.text, pc.start, claim.start, claim.end)
    ulo, _ = clause_bounds(unit.text, pe.start, unit.start, unit.end)
    mine = [p for p in claim_preds if p.adnominal and lo <= p.start < pc.start]
    return any(p.adnominal and ulo <= p.start < pe.start and same_word(p.key, q.key) and p.positive != q.positive
               for p in unit_predicates(unit, cache) for q in mine)


# Nouns a relative clause restricts to pick out some of a kind.
KIND_NOUNS = ("者", "人", "もの", "場合")
_MANY_TOPIC = compile_re("(?:多く|一部|ほとんど|大半|大部分|いくつか)の([^、。]{1,12}?)(?:では|には|は)")


def _closest(claim: Unit, pc: Predicate, aligned: list[Unit], top: int, cache: dict) -> set[int]:
    """Where the closest few sentences start: those closest to the whole
    claim (headings aside), and those holding most of the predicate's own
    clause, when it is long enough to place them (優勝を逃したが、…柔術は
    世界に知られた)."""
    found = {u.start for u in [u for u in aligned if not u.heading][:top]}
    own = clause_arguments(claim, pc.start, pc.end, cache)
    if words_in(own) >= OWN_CLAUSE_WORDS:
        # (Only sentences naming the predicate's word are compared with it.)
        shared = {u.start: own & _body_grams(u, cache) for u in aligned if not u.heading and pc.key[:2] in u.body}
        held = [start for start in shared if len(shared[start]) >= OWN_CLAUSE_HELD * len(own)
                and words_in(shared[start]) >= OWN_CLAUSE_WORDS]
        found.update(sorted(held, key=lambda start: -len(shared[start]))[:top])
    return found


# Words a predicate's clause needs to place sentences by itself, and the share of it they must hold.
OWN_CLAUSE_WORDS = 3
OWN_CLAUSE_HELD = 0.5


def _body_grams(u: Unit, cache: dict) -> set[str]:
    key = ("body-grams", u.start, u.end)
    if key not in cache:
        cache[key] = word_grams(u.body)
    return cache[key]


def _restated_clause(claim: Unit, pc: Predicate, unit: Unit, pe: Predicate, cache: dict) -> bool:
    """Every word of the claim predicate's clause is in the other's clause,
    and the two clauses have one subject (少年は回復せず / …、少年は発症
    することなく回復した)."""
    mine = clause_arguments(claim, pc.start, pc.end, cache)
    if not mine or not mine <= clause_arguments(unit, pe.start, pe.end, cache):
        return False
    subject = subject_before(claim, pc.start, cache)
    return subject is not None and subject == subject_before(unit, pe.start, cache)
