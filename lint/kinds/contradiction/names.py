"""Named entities compared: a claim that puts another name in the details' slot.

Three tests, each on a claim mention of a known type (country, city,
region, person, organisation; see :mod:`lint.kinds.contradiction.entities`):

* slots: the same particle and following words hold a different name
  (ロシア **の** 安全保障 / ウクライナ **の** 安全保障);
* substitutions: the words around the two names agree;
* foreign names: a name the details never mention, where the aligned
  sentence names another of the same type.
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.dated import dated_apart, span_dated_apart
from lint.kinds.contradiction.entities import EntityFinder, Mention, Slot, slots
from lint.kinds.contradiction.name_context import acts_apart, context, detail_mentions, placed_name, said_alike, told_with_its_clause
from lint.kinds.contradiction.name_kinds import common_word, last_part_told, name_like, named_as_state, part_of_name
from lint.kinds.contradiction.name_roles import (anchors_match, doer_of_passive, in_list, other_roles, particle_at,
                                                  party_end, same_heads, same_role_after)
from lint.kinds.contradiction.units import WORD_RUN, Conflict, Settings, Unit, details_text
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import KANJI, KATAKANA, LATIN, clause_bounds, overlap, script


def _mentions(u: Unit, cache: dict, finder: EntityFinder) -> list[Mention]:
    key = ("m", u.start, u.end)
    if key not in cache:
        cache[key] = finder.mentions(u.text, u.start, u.end, cache.get("ent-pool"))
    return cache[key]


def may_conflict(claim: Unit, cache: dict, finder: EntityFinder) -> bool:
    """The claim names an entity of a known type (every comparison starts from one)."""
    return any(m.types for m in _mentions(claim, cache, finder))


def compare(claim: Unit, aligned: list[Unit], details: list[Unit], cfg: Settings, cache: dict,
            finder: EntityFinder) -> list[Conflict]:
    def mentions_of(u: Unit) -> list[Mention]:
        return _mentions(u, cache, finder)

    def analyse(u: Unit):
        key = ("e", u.start, u.end)
        if key not in cache:
            ms = mentions_of(u)
            cache[key] = (ms, slots(u.text, u.start, u.end, ms) if ms else [])
        return cache[key]

    # A detail sentence dated to other years than the claim tells of another
    # event (指揮者となった in 1898 and in 1909): its names are not the claim's.
    aligned = [u for u in aligned if not dated_apart(claim, u, cache)]
    if not _may_swap(claim, aligned, cfg, mentions_of, cache):
        return []
    out: list[Conflict] = []
    claim_mentions, claim_slots = analyse(claim)
    claim_names = {m.name for m in claim_mentions}
    parties = {m.name for m in claim_mentions if particle_at(claim, party_end(claim, m.end)) in ("は", "を", "に", "へ")}
    for sc in claim_slots:
        if not sc.types:
            continue
        mine = {kind: sc.names_of(kind) for kind in sc.types}
        best = None
        lo, hi = clause_bounds(claim.text, sc.start, claim.start, claim.end)
        for unit in aligned:
            # …nor are those of a sentence of other years than the slot's clause.
            if unit.score < cfg.entity_align_min or span_dated_apart(claim, lo, hi, unit, cache):
                continue
            unit_names = _names(unit, mentions_of, cache)
            # Slots are costly to build; a sentence none of whose names could
            # differ from the claim's (see _differing_type) needs none.
            if not any(kind in y.types and y.name not in names and not (names & unit_names)
                       for y in mentions_of(unit) for kind, names in mine.items()):
                continue
            _, unit_slots = analyse(unit)
            for se in unit_slots:
                if se.relation != sc.relation:
                    continue
                kind = _differing_type(sc, se, unit_names)
                # One part of a name written with ・ is the name (アビー / アビー・アハメド).
                if kind is None or any(part_of_name(n, m) for n in sc.names for m in se.names):
                    continue
                if sc.names & se.names:
                    pinned = True  # ドイツ・シュトゥットガルト / 英国・シュトゥットガルト: the city pins the slot
                elif sc.names & unit_names:
                    pinned = False  # the claim's entity is in the evidence: not a substitution
                # (A date's unit before both, 1787年に / 1794年に, pins nothing.)
                elif anchors_match(sc.anchors, se.anchors) or (sc.before and sc.before == se.before
                                                                and sc.before not in ("年", "月", "日", "世紀", "年代")):
                    # ... and the slot's words take one role in both (日本の医療制度は…
                    # 始まる / ドイツの医療制度を手本とする: two systems, two roles).
                    pinned = same_role_after(claim, sc, unit, se)
                else:
                    # Two sentence topics (これまで米国は、… / これまで英国は、…) in
                    # closely aligned sentences, each naming only its own.
                    pinned = (sc.topic and se.topic and unit.score >= cfg.predicate_solo_align
                              and not (se.names & claim_names))
                # (The claim names the slot's names too, as parties: roles.)
                if not pinned or se.names <= parties:
                    continue
                if any(other is not sc for other in _claim_slots_like(claim, claim_slots, se, cache)):
                    continue  # the claim names that entity in that slot too: it names more, not others
                if _placed_before(claim, sc, se):
                    continue
                if best is None or unit.score > best[0]:
                    best = (unit.score, unit, se, kind)
        if best is None:
            continue
        _, unit, se, kind = best
        # A sentence aligned better that spells the claim's name, even inside a
        # longer word (英国バーミンガムの研究施設), is the one the claim sums up;
        # so is this one when it names it with its kind of state (ユーゴスラビア連邦).
        if any(u.score > unit.score and any(name in u.body for name in sc.names) for u in aligned) or any(
                name + state in unit.body for name in sc.names for state in ("連邦", "王国", "共和国", "帝国", "公国")):
            continue
        cm = next(m for m in sc.members if kind in m.types)
        em = next(m for m in se.members if kind in m.types)
        if told_with_its_clause(claim, cm, unit, em, details, mentions_of, cache):
            continue
        out.append(Conflict("entity", cm.start, cm.end, unit, em.start, em.end,
                            claim.text[cm.start:cm.end], unit.text[em.start:em.end]))
    out.extend(_substitutions(claim, claim_mentions, aligned, details, cfg, mentions_of, cache))
    out.extend(_foreign(claim, claim_mentions, aligned, details, cfg, mentions_of, cache))
    return out


# The name the details set apart from the rest (ネブラスカ州を除く他州は, 日本
# 以外の国では): what they say is not said of it, so another name in the
# claim's place differs from it in nothing they say.
_SET_APART = compile_re(f"[{KANJI_UNIFIED}]?(?:を除[くきい]|以外|のほか|を別として)")


def set_apart(c: Conflict) -> bool:
    return _SET_APART.match(c.evidence.text, c.evidence_end, c.evidence.end) is not None


def _claim_slots_like(claim: Unit, claim_slots: list[Slot], se: Slot, cache: dict) -> list[Slot]:
    """The claim's slots naming one of ``se``'s entities in the same relation
    and place; worked out once per evidence slot, not for each claim slot."""
    key = ("like", claim.start, claim.end, se.start, se.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = [other for other in claim_slots if other.names & se.names
                              and other.relation == se.relation and (anchors_match(other.anchors, se.anchors)
                                                                     or same_heads(other.anchors, se.anchors))]
    return found


def _may_swap(claim: Unit, aligned: list[Unit], cfg: Settings, mentions_of, cache: dict) -> bool:
    """Could any comparison below report this claim?  (Cheap: names only, no slots.)

    Every one of them needs an aligned sentence that lacks a typed name of
    the claim and names something else of that type; most claims have none.
    """
    mine = [x for x in mentions_of(claim) if x.types]
    if not mine:
        return False
    lowest = min(cfg.entity_align_min, cfg.foreign_align_min)
    for unit in aligned:
        if unit.score < lowest:
            continue
        names = _names(unit, mentions_of, cache)
        for x in mine:
            if x.name in names:
                continue
            if any(y.name != x.name and x.types & y.types for y in mentions_of(unit)):
                return True
    return False


TOPIC = compile_re(r"(?:は|が|も)")


def _is_topic(u: Unit, m: Mention) -> bool:
    """The sentence opens with this entity as its topic or subject (ロシアは、…)."""
    lead = u.text[u.start:m.start]
    return not any(script(c) in (KANJI, KATAKANA, LATIN) for c in lead) and bool(
        TOPIC.match(u.text, m.end, u.end))


def _names(u: Unit, mentions_of, cache: dict) -> set:
    key = ("names", u.start, u.end)
    found = cache.get(key)
    if found is None:
        # A name given in full (ウッドロウ・ウィルソン大統領) says its last part too.
        found = cache[key] = {m.name for m in mentions_of(u)} | {
            m.name[max(m.name.rfind("・"), m.name.rfind("＝")) + 1:] for m in mentions_of(u)}
    return found


LIST_PARTICLES = ("と", "や")


def _particle(u: Unit, m: Mention) -> str:
    """The hiragana right after a mention (の, は, との, …; empty before a kanji word).

    The subject markers は, が and も count as one: a summary often turns
    "Xが…" into "Xは…".
    """
    return particle_at(u, m.end)


def _foreign(claim: Unit, claim_mentions: list, aligned: list, details: list, cfg: Settings, mentions_of,
             cache: dict):
    """An entity the details never mention, where the aligned sentence names another.

    A claim that puts 英国 where every detail sentence talks of ロシア has
    swapped a name even when the words around it were rephrased.  The other
    name must be absent from the claim, so naming fewer is never reported.
    """
    detail_names = detail_mentions(details, mentions_of, cache).keys()
    claim_names = {m.name for m in claim_mentions}
    out = []
    for x in claim_mentions:
        # A name the details give in full (ウッドロウ・ウィルソン大統領, アビー・
        # アハメド首相), two they give joined into one (米国 + ニューメキシコ州),
        # or a country they name by its state (ロシア帝国) is mentioned.
        if not x.types or x.name in detail_names or any(
                part_of_name(x.name, n) or len(n) >= 3 and x.name.endswith(n)
                and x.name[:-len(n)] in detail_names for n in detail_names) or _compound_of(claim, x) in detail_names \
                or named_as_state(x.name, details_text(details, cache)) or (
                    last_part_told(claim.text[x.start:x.end], details_text(details, cache))
                    or _ends_a_word(claim.text[x.start:x.end], details_text(details, cache))):
            continue
        best = None
        lo, hi = clause_bounds(claim.text, x.start, claim.start, claim.end)
        for unit in aligned:
            # A sentence of other years than the name's clause tells another event.
            if unit.score < cfg.foreign_align_min or span_dated_apart(claim, lo, hi, unit, cache):
                continue
            # The name only places another the sentence names too (オーストリアの
            # 首都ウィーン / ジュネーブから…ウィーンへ): it tells where that is.
            placed = placed_name(claim.text, x.end, claim.end, unit.body)
            if placed and any(unit.text[y.start:y.end] == placed for y in mentions_of(unit)):
                continue
            for y in mentions_of(unit):
                if y.name in claim_names or not (x.types & y.types):
                    continue
                if _particle(unit, y) != _particle(claim, x) and unit.score < cfg.predicate_solo_align:
                    continue
                if _qualifies_named(claim, x, unit, y):
                    continue
                if best is None or unit.score > best[0]:
                    best = (unit.score, unit, y)
        if best is not None:
            _, unit, y = best
            out.append(Conflict("entity", x.start, x.end, unit, y.start, y.end, claim.text[x.start:x.end],
                                unit.text[y.start:y.end]))
    return out


def _ends_a_word(name: str, text: str) -> bool:
    """A kanji name ends a longer word of the details (美濃の守護土岐氏は): they name it, with a title before.
    (Not a katakana one: 南スーダン is no スーダン.)"""
    if not all(script(c) == KANJI for c in name):
        return False
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if end == len(text) or script(text[end]) not in (KANJI, KATAKANA, LATIN):
            return True
        at = text.find(name, end)
    return False


# A relative clause of place between two names (トルコ|に置かれた|アメリカの
# ミサイル): the first is where the thing the second owns is.
_PLACING = compile_re(f"(?:など|や)?(?:に|で)[{HIRAGANA}{KANJI_UNIFIED}]{{1,10}}[たる]")


def _placed_before(claim: Unit, sc: Slot, se: Slot) -> bool:
    """The claim names the sentence's entity too, placing the thing of the
    slot there right before it (トルコに置かれたアメリカのミサイル /
    トルコのジュピター・ミサイル): it tells whose and where, and replaces
    nothing."""
    first = min(m.start for m in sc.members)
    for name in se.names:
        at = claim.text.rfind(name, claim.start, first)
        if at != -1 and _PLACING.fullmatch(claim.text, at + len(name), first):
            return True
    return False


# (A people's name qualifies too: スイス人ガイドのマティアス・ツルブリッゲン.)
_NAMED_AFTER = compile_re(f"(?:の|人(?:[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{1,6}}の)?)([{KANJI_UNIFIED}{PLAIN_KATAKANA}・]{{3,}})")


def _qualifies_named(claim: Unit, x: Mention, unit: Unit, y: Mention) -> bool:
    """The claim's name qualifies a thing the sentence names without it
    (スイスのゴッタルドベーストンネル / …ゴッタルドベーストンネルが開通),
    and not with the sentence's name shortly before (アメリカの動物学者
    モース): it tells more of that thing, and replaces nothing."""
    m = _NAMED_AFTER.match(claim.text, x.end, claim.end)
    if m is None:
        return False
    at = unit.text.find(m.group(1), unit.start, unit.end)
    return at >= 0 and not at - _QUALIFIER_REACH <= y.start < at


# How far before a thing its qualifying name may stand (アメリカの動物学者|モース).
_QUALIFIER_REACH = 10


_NAME_AFTER = compile_re(f"の([{PLAIN_KATAKANA}ー・]{{2,}}|[{KANJI_UNIFIED}]{{1,4}}(?:市|州|県|島|都))")


def _places_a_name(u: Unit, m: Mention) -> bool:
    """The name tells where another name is (アゼルバイジャンのバクーで): a
    place's country, not a party."""
    found = _NAME_AFTER.match(u.text, m.end)
    return found is not None and name_like(found.group(1)) and not common_word(found.group(1))


def _substitutions(claim: Unit, claim_mentions: list, aligned: list, details: list, cfg: Settings, mentions_of,
                   cache: dict):
    """X in the claim stands where Y stands in the evidence: same particle, similar surroundings.

    Naming more or fewer entities never qualifies: X must not appear in the
    evidence sentence, nor Y in the claim.
    """
    out = []
    claim_names = {m.name for m in claim_mentions}
    for x in claim_mentions:
        # A name in a list (スイスとオランダ) may be one member more than the
        # details' list names, not a substitute for one of them.
        if not x.types or _particle(claim, x) in LIST_PARTICLES or in_list(claim, x):
            continue
        ctx_x = context(claim, x, cache)
        if not ctx_x:
            continue
        best = None
        for unit in aligned:
            if unit.score < cfg.entity_align_min:
                continue
            mentions = mentions_of(unit)
            if x.name in _names(unit, mentions_of, cache) or named_as_state(x.name, unit.body):
                continue  # the claim's entity is in this sentence (ロシア帝国 too): not swapped here
            for y in mentions:
                # (Y named by the claim too is no name X replaced: 南スーダン独立を機に.)
                if not (x.types & y.types) or y.name in claim_names:
                    continue
                # A substitute takes the same particle (Xの… / Yの…) in the same role (Xに売却 / Yに奪われる).
                if _particle(unit, y) != _particle(claim, x) or doer_of_passive(unit, y) != doer_of_passive(claim, x):
                    continue
                if (other_roles(claim, x, unit, y) or _compound_of(claim, x) == y.name or part_of_name(x.name, y.name)
                        or _places_a_name(unit, y) and not _places_a_name(claim, x)):
                    continue
                ctx_y = context(unit, y, cache)
                sim = overlap(ctx_x, ctx_y)
                # Two sentence topics in closely aligned sentences stand in for
                # each other even when the words right after them differ.
                topics = unit.score >= cfg.predicate_solo_align and _is_topic(claim, x) and _is_topic(unit, y)
                if not (sim >= cfg.entity_context or topics):
                    continue
                if best is None or sim + unit.score > best[0]:
                    best = (sim + unit.score, unit, y)
        if best is None:
            continue
        _, unit, y = best
        # A sentence that names X and matches the claim at least as well is
        # more likely the one summarised.
        if any(u.score >= unit.score and x.name in _names(u, mentions_of, cache) for u in aligned):
            continue
        # Said the same way anywhere in the details: the claim is supported.
        # (Asked last: it is the costly test, and most claims never get here.)
        if said_alike(ctx_x, x.name, details, cfg, mentions_of, cache) or told_with_its_clause(
                claim, x, unit, y, details, mentions_of, cache) or acts_apart(claim, x, unit, y):
            continue
        out.append(Conflict("entity", x.start, x.end, unit, y.start, y.end, claim.text[x.start:x.end],
                            unit.text[y.start:y.end]))
    return out


def _compound_of(claim: Unit, x: Mention) -> str | None:
    """The compound the claim's name heads, spelt with the name's canonical
    form (国際連合|安全保障理事会 → 国連安全保障理事会), if it goes on."""
    rest = WORD_RUN.match(claim.text, x.end, claim.end)
    return x.name + rest.group() if rest is not None else None


def _differing_type(sc: Slot, se: Slot, unit_names: set) -> Optional[str]:
    """A type whose names differ between the slots, the claim's absent from the evidence."""
    for kind in sorted(sc.types & se.types):
        mine, theirs = sc.names_of(kind), se.names_of(kind)
        if mine and theirs and not (mine & theirs) and not (mine & unit_names):
            return kind
    return None
