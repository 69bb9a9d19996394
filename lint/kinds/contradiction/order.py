"""Order: the claim puts cause before effect, or one event before another,
the other way round from the details.

Connectives tell which of two parts of a sentence comes first: 「Aの結果B」,
「AためB」, 「AによってB」, 「Aを受けてB」, 「Aの後B」, 「A以降B」,
「AるとB」 and 「AがBにつながった」, 「AがBを招いた」, 「AがBの
きっかけとなった」 put A first; 「Aの前にB」, 「Aに先立ってB」 put B
first.  A claim whose first part shares words with the second part of a
detail relation, and whose second part shares words with the first, while
neither part shares words with its own counterpart, has turned the order
round (「一帯一路」に頼った結果、債務返済に苦しんだ / 債務返済に苦しんだ
結果として「一帯一路」に頼った).

Without a connective in the details, the order they tell is read: a claim
that puts one act before another (Aする前にB, Aした後でB) against details
that tell the two the other way round, in one sentence or running on into
the next of its paragraph, and nowhere in the claim's order.
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.connectives import BACKWARD, PLAIN_VERB_LAST, aim_before, causal_marker
from lint.kinds.contradiction.dated_order import dated_conflict
from lint.kinds.contradiction.eras import ERA_PATTERN
from lint.kinds.contradiction.clause_spans import anchor_told, time_clause_after
from lint.kinds.contradiction.narration import (STEPPING_BACK, dateless, has_kanji, head_in, narrated_reversed,
                                                told_of_another_doer, told_in_order, undated,
                                                where_told_in_order)
from lint.kinds.contradiction.relations import Relation, grams_of, relations
from lint.kinds.contradiction.units import Conflict, Settings, Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA


def may_conflict(claim: Unit, cache: dict) -> bool:
    return bool(relations(claim, cache))


# Grams of names a crossing without a kanji word must share.
NAMES_CROSSING = 6


def parts_crossed(mine: Relation, theirs: Relation) -> bool:
    """Each part of one shares words with the other part of the other, and more
    than with its own counterpart."""
    (my_first, my_then), (their_first, their_then) = mine.parts, theirs.parts
    # Year digits (1945年 / 1946年) tell no order; nor, in the details' first part, a word of both the claim's.
    # The claim's topic is the subject of the later part, not an event: it
    # crosses nothing (第一次世界大戦で日本は…を理由に宣戦し / 大戦が始まると).
    # (Words all four parts hold, イギリス in each, tell no order; nor one
    # both the claim's parts hold that is the details' topic, 連句.)
    common = mine.first & mine.then & (theirs.first & theirs.then | theirs.topic)
    # (Nothing crosses into a part told denied of another act where the
    # claim's is not: 出版を引き受ける出版社が見つからなかった tells no publishing.)
    cross_a = dateless(my_first & their_then) - mine.topic - common if (
        not (theirs.then_denied and mine.first_denied is False) or mine.first_head & theirs.then_head) else set()
    cross_b = dateless(my_then & their_first) - my_first - mine.topic - common if (
        not (theirs.first_denied and mine.then_denied is False) or mine.then_head & theirs.first_head) else set()
    same = len((mine.first & theirs.first) - common) + len((mine.then & theirs.then) - common)
    # Each crossing shares a kanji word, not names alone: two sentences about
    # ロシア and アメリカ share those in any order.  And one part's event (its
    # last word) crosses over: shared names alone tell no order of events.
    first_crosses = head_in(mine.first_head, theirs.then - theirs.quoted)
    then_crosses = head_in(mine.then_head, theirs.first - theirs.quoted)
    # (The details' first part holds both the claim's events: 陥落すると関取の
    # 地位を失うため…。このため…たとえられる tells them in the claim's order.)
    # (A first event of one letter, 上 of 持ち上がる, may be part of a name there: 吸い上げ効果.)
    if any(len(g) > 1 for g in mine.first_head & theirs.first - theirs.then) and head_in(
            mine.then_head, theirs.first - theirs.then):
        return False
    event = first_crosses or then_crosses
    # A part whose event is a plan (建設を計画したことをきっかけに) tells
    # when the thing was planned, not when it was done.
    planned = bool((theirs.first_head | theirs.then_head) & PLANNING)
    # (Or both crossings are long and nothing stays in place: the two parts
    # told in other verbs, 生まれた / 設立された.)
    wide = same == 0 and len(cross_a) >= 2 and len(cross_b) >= 2
    # (A crossing of names alone counts when the other crosses with the
    # event and the names are several: ペレンズ…ピクサー.)
    kanji_a, kanji_b = has_kanji(cross_a), has_kanji(cross_b)
    # (Or both parts' events cross, each told by the other's words: リンクされやすい…起こりやすい.)
    crossed = kanji_a and kanji_b or event and same == 0 and (
        kanji_a and len(cross_b) >= NAMES_CROSSING or kanji_b and len(cross_a) >= NAMES_CROSSING
        or first_crosses and then_crosses and len(cross_a) >= 2 and len(cross_b) >= 2)
    return (event or wide) and not planned and crossed and len(cross_a) + len(cross_b) > 2 * same


def _told_on(mine: Relation, unit: Unit, theirs: Relation) -> bool:
    """The claim's first event is the later part of the details' relation,
    and the claim's later part is told after it in the same sentence."""
    rest = grams_of(unit.text[max(theirs.first_span[1], theirs.then_span[1]):unit.end])
    return (bool(mine.first_head) and mine.first_head <= theirs.then and bool(mine.then_head)
            and mine.then_head <= rest and len(mine.then & rest) * 2 >= len(mine.then))


PLANNING = frozenset({"計画", "構想", "検討", "予定", "立案", "企画"})


def _overlaps(mine: Relation, theirs: Relation) -> tuple[int, int]:
    """Words shared part for part, and crosswise."""
    (a, b), (c, d) = mine.parts, theirs.parts
    return len(a & c) + len(b & d), len(a & d) + len(b & c)


def _agrees(mine: Relation, theirs: Relation) -> bool:
    """A relation of the details that puts the claim's parts in its order."""
    return bool(mine.first & theirs.first) and bool(mine.then & theirs.then)


def _agrees_with_subject(mine: Relation, unit: Unit, theirs: Relation) -> bool:
    """:func:`_agrees`, the details' first part read from its clause's start,
    subject and all (…楊玄感が反乱を起こし、これを機に…)."""
    return bool(mine.first & grams_of(unit.text[theirs.start:theirs.first_span[1]])) and bool(mine.then & theirs.then)


def told_alike(mine: Relation, theirs: Relation) -> bool:
    """A relation of the details that tells the claim's two parts in its
    order, each by two words or more (not of a date), and more alike so
    than crosswise."""
    same, crossed = _overlaps(mine, theirs)
    return (same > crossed and len(dateless(mine.first & theirs.first)) >= 2
            and len(dateless(mine.then & theirs.then)) >= 2)


def _in_order(rel: Relation, details: list[Unit]) -> bool:
    """A detail sentence tells the relation's two parts in its order."""
    return told_in_order(undated(rel.first, rel.then), undated(rel.then, rel.first), (rel.first_head, rel.then_head), details)


def compare(claim: Unit, aligned: list[Unit], details: list[Unit], cfg: Settings, cache: dict) -> list[Conflict]:
    every = relations(claim, cache)
    mine = [rel for rel in every if not time_clause_after(rel, every) and not _placed(rel)
            and not _time_as_cause(claim.text, rel)]
    for rel in mine:
        # (Xよりも後に: a party compared, whose own date the details give, not
        # the act's; an aim, which comes after the act it explains.)
        compared = claim.text.endswith(("より", "よりも"), rel.first_span[0], rel.first_span[1])
        aimed = aim_before(claim.text, rel.first_span[1])
        dated = None if compared or aimed or _held_through(claim.text, rel) else dated_conflict(claim, rel, details, cache)
        # Dates only suggest an order; a detail sentence that tells it
        # (戦争が始まると、…引き上げた) says it.
        if dated is not None and not any(told_alike(rel, theirs) for u in aligned for theirs in relations(u, cache)) and (
                not _in_order(rel, details)) and not anchor_told(claim.text, rel, dated[0]):
            unit, es, ee = dated
            kind = "causal" if is_causal(rel, claim.text) else "temporal"
            return [Conflict(kind, rel.start, rel.end, unit, es, ee, claim.text[rel.start:rel.end], unit.text[es:ee])]
    for unit in aligned:
        stated = relations(unit, cache)
        for theirs in stated:
            for rel in mine:
                if not parts_crossed(rel, theirs) or _aim_and_means(claim, rel, unit, theirs):
                    continue
                # The claim's first event told earlier in the sentence, not in
                # the relation's later part (両国はすでに…調印しており、講和の
                # 知らせが届く前に戦いが行われた): the sentence tells the claim's order.
                if not head_in(rel.first_head, theirs.then) and head_in(
                        rel.first_head, grams_of(unit.text[unit.start:theirs.start])):
                    continue
                # A chain (要請を受けて清国が出兵すると、日本も兵を送った): the
                # claim's link is told in order by another relation there.
                # …or the claim's order is told as a narrative (…呉三桂が清に降り、清軍は…北京に入った).
                # (Nor when another claim relation tells the details' order, or a detail relation the claim's.)
                crossed = _overlaps(rel, theirs)[1]
                if not any(_agrees(rel, other) and _overlaps(rel, other)[0] >= crossed for other in stated) and (
                        not _told_on(rel, unit, theirs)) and not any(_agrees(other, theirs) for other in every
                                                                     if other is not rel) and not any(
                        told_alike(rel, other) for u in details for other in relations(u, cache)):
                    kind = "causal" if is_causal(rel, claim.text) else "temporal"
                    return [Conflict(kind, rel.start, rel.end, unit, theirs.start, theirs.end,
                                     claim.text[rel.start:rel.end], unit.text[theirs.start:theirs.end])]
    # No connective there: the order a sentence tells its clauses in.
    for unit in aligned:
        stated = relations(unit, cache)
        for rel in mine:
            # 前に / 前の also say where (窓の前に): only a cause, an "after",
            # or a "before" that follows a verb or より (亡くす前に) is read so.
            if _may_say_where(rel, claim.text) or aim_before(claim.text, rel.first_span[1]) or any(_agrees(rel, theirs) or _agrees_with_subject(rel, unit, theirs)
                                                     for theirs in stated):
                continue
            found = narrated_reversed(rel, unit, claim.text)
            # …選任を拒み続けた。その結果、…機能を停止した: told in the claim's order.
            if found is not None and not _in_order(rel, details):
                kind = "causal" if is_causal(rel, claim.text) else "temporal"
                return [Conflict(kind, rel.start, rel.end, unit, found[0], found[1],
                                 claim.text[rel.start:rel.end], unit.text[found[0]:found[1]])]
    # The details tell the claim's later part first, in one sentence or
    # running on into the next (…バオ・ダイが退位を表明した。9月2日には…
    # ホー・チ・ミンが独立宣言を読み上げ), and nowhere in the claim's order.
    # Only for acts in time: a cause is often told after its effect (…が
    # 生じる。これは…ためである), and a state before an event (登場する前は)
    # goes on beside it.
    for rel in mine:
        if (is_causal(rel, claim.text) or not _ACT_ORDER.search(rel.marker) or _may_say_where(rel, claim.text)
                or aim_before(claim.text, rel.first_span[1])):
            continue
        first, then = undated(rel.first, rel.then), undated(rel.then, rel.first)
        told = where_told_in_order(then, first, (rel.then_head, rel.first_head), details)
        if told is None or told_in_order(first, then, (rel.first_head, rel.then_head), details):
            continue
        unit, es, ee = told
        if STEPPING_BACK.search(unit.text, es, ee) or _ABOUT_TO.search(unit.text, es, ee) or told_of_another_doer(
                claim.text, rel.then_span, unit, es):
            continue  # 試験を控えた人に…あらかじめ教える, 出兵の前に急死, 出発する王が: told out of order
        # (A relation there that tells the claim's order: 死後に…贈られる, told on with 亡くなった.)
        if not any(_agrees(rel, theirs) or _agrees_with_subject(rel, u, theirs)
                   for u in (unit, *aligned) for theirs in relations(u, cache)):
            return [Conflict("temporal", rel.start, rel.end, unit, es, ee, claim.text[rel.start:rel.end],
                             unit.text[es:ee])]
    return []


def _held_through(text: str, rel: Relation) -> bool:
    """A state held through the time after (独立後は…30年近くにわたって大統領を
    務め): what went on then, which may have begun before; the years tell no order."""
    return rel.marker.endswith("は") and _THROUGH.search(text, *rel.then_span) is not None


_THROUGH = compile_re(r"にわたって|にわたり|の間|あいだ")


def _aim_and_means(claim: Unit, mine: Relation, unit: Unit, theirs: Relation) -> bool:
    """One sentence gives an aim and the act done for it (心を彰子に向けさせる
    ため、…女房を集めた), the other the act as the means it was tried by
    (…女性を集めることで、…関心を引き寄せようとした): one plan told two
    ways, each part in the other's place."""
    def means(text: str, rel: Relation) -> bool:
        return rel.marker.endswith("ことで") or _ATTEMPT.search(text, *rel.then_span) is not None
    return (aim_before(claim.text, mine.first_span[1]) and means(unit.text, theirs)
            or aim_before(unit.text, theirs.first_span[1]) and means(claim.text, mine))


# An act tried or aimed at (引き寄せようとした, 独立を図った).
_ATTEMPT = compile_re(r"[おこそとのもよろごぼ]うと(?:し|す)|を(?:図|狙|目指|期し)")


# An act about to be done, describing its doer (十字軍に出発するフィリップ2世が…
# 城塞を築かせた): told first, it came after.
_ABOUT_TO = compile_re(f"(?<=[{KANJI_UNIFIED}])する(?=[{KANJI_UNIFIED}{PLAIN_KATAKANA}][{KANJI_UNIFIED}{PLAIN_KATAKANA}ー・0-9０-９]{{0,11}}(?:が|は))")


# Markers that order two acts: 前に, より先に, に先立って, 後に, 後、, 以降.
_ACT_ORDER = compile_re(r"前に$|先に$|先立|先んじ|先駆け|後(?:に|で|、)$|のちに$|以降$|以後$")


def _may_say_where(rel: Relation, text: str) -> bool:
    """A marker of the details' later part first (BACKWARD) that may not tell
    time: a "before" after a noun, which may tell a place (窓の前に), or one
    of cause (の原因は), unlike one after a verb (亡くす前に) or in a
    comparison (撤退より前に, に先立って)."""
    if not BACKWARD.fullmatch(rel.marker):
        return False
    if rel.marker.startswith(("より", "に先", "する", "した", "る")):
        return False
    at = text.find(rel.marker, rel.then_span[1] - 1 if rel.then_span[1] else rel.start)
    return not (at > 0 and text[at - 1] in PLAIN_VERB_LAST and rel.marker.startswith("前"))


# Verbs that place a thing: before them, の前に tells where (名詞の前に定冠詞を置く).
_PLACING = frozenset({"置", "付", "並", "座", "位置", "掲", "配置"})


def _placed(rel: Relation) -> bool:
    return rel.marker.startswith("の前") and bool(rel.first_head & _PLACING)


# A bare time: a period or a year, with the particle after it (室町時代には, 1920年代に).
_BARE_TIME = compile_re(f"(?:{ERA_PATTERN}|[0-9０-９]+(?:年代?|世紀)(?:前半|後半|初め|半ば|末)?)(?:には|では|に|は|で)?")


def _time_as_cause(text: str, rel: Relation) -> bool:
    """The cause is only a time (室町時代には画僧の雪舟を生んだ): what was
    brought forth then, not by it."""
    return is_causal(rel, text) and _BARE_TIME.fullmatch(text, *rel.first_span) is not None


def is_causal(rel: Relation, text: str) -> bool:
    """A relation of cause and effect, not of time alone."""
    return causal_marker(rel.marker, text, rel.then_span[0])
