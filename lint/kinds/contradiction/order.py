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
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from lint.cache.programs import compile_re
from lint.kinds.contradiction.align import grams
from lint.kinds.contradiction.connectives import BACKWARD, CAUSING, FORWARD, PLAIN_VERB_LAST, aim_before, causal_marker
from lint.kinds.contradiction.dated import dated_conflict
from lint.kinds.contradiction.clause_spans import CLEFT_CAUSE, Clauses, anchor_told, clause_before, time_clause_after
from lint.kinds.contradiction.narration import (DISCOVERY, LEADING_TOPIC, dateless, has_kanji, head_in,
                                                narrated_reversed, told_in_order, undated)
from lint.kinds.contradiction.units import Conflict, Settings, Unit
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, KANJI_UNIFIED_FIRST, KANJI_UNIFIED_LAST, PLAIN_KATAKANA, chars
from lint.text.tokens import last_word

SUBJECT = compile_re(r"(?:が|は)、?")
# A length of time right before 後 (7年後, 3か月後): a span counted on.
_SPAN_BEFORE = compile_re(r"[0-9０-９一二三四五六七八九十百数]+(?:年|か月|カ月|ヶ月|日|週間|時間)(?:半)?$")
# The words a topic or a modified noun is: unified kanji and full-width katakana.
_NOUN_CLASS = KANJI_UNIFIED + PLAIN_KATAKANA
_KATAKANA_NOUN = chars(PLAIN_KATAKANA)


@lru_cache(maxsize=1)
def _relative():
    """A verb form that modifies the noun after it (始まったデルタ計画);
    compiled when a relation first has a topic after it."""
    return compile_re(f"[{HIRAGANA}](?:た|る|い)(?=[{_NOUN_CLASS}])")


# A passive verb: after it, によって names who acted.
# The last letter of a verb in its plain non-past form: what is done as a rule.
HABITUAL = PLAIN_VERB_LAST
PASSIVE = compile_re(r"(?:さ|ら|か|ば|わ)れ(?:た|て|る|ず|な|、|。|$)")
# Topics that set a time (明治以降は, 戦後は, 当初は).
_TIME_TOPICS = tuple(w + "は" for w in ("以降", "以後", "以前", "時代", "年代", "戦後", "戦前", "当初", "現在", "末", "初め"))


def _topic_after(text: str, lo: int, hi: int, marks: str = "は") -> int:
    """Where the first topic marked right after a content word (…計画は) is
    in ``text[lo:hi]``, or -1; ``marks``: the particles that mark it."""
    for i, letter in enumerate(text[lo:hi], lo):
        if letter in marks and i and (KANJI_UNIFIED_FIRST <= text[i - 1] <= KANJI_UNIFIED_LAST
                                      or text[i - 1] in _KATAKANA_NOUN):
            return i
    return -1
# Words that point back to the clause before (…を攻略し、これが…のきっかけとなった).
BACK_REFERENCES = ("これ", "それ", "このこと", "そのこと")


class Relation(NamedTuple):
    first: frozenset  # grams of the part that comes first
    then: frozenset  # grams of the part that comes after
    start: int  # of the relation's text (for quoting)
    end: int
    first_span: tuple[int, int] = (0, 0)
    then_span: tuple[int, int] = (0, 0)
    marker: str = ""  # the connective or the causing verb
    # The sentence's topic, which belongs with the part after the connective
    # (通貨危機は…から起きる) but says nothing of the order by itself.
    topic: frozenset = frozenset()
    # The last word of each part, which names its event (債務返済に苦しんだ → 苦).
    first_head: frozenset = frozenset()
    then_head: frozenset = frozenset()
    # The part after the connective, with which the topic goes, comes first
    # (飯田線の区間は、ダム完成の前年に付け替えられた).
    topic_first: bool = False
    # Words said only inside 「」, a name (「元離宮二条城」): no event.
    quoted: frozenset = frozenset()

    @property
    def parts(self) -> tuple[frozenset, frozenset]:
        """The first and the later part, each with the topic if it is its."""
        if self.topic_first:
            return self.first | self.topic, self.then
        return self.first, self.then | self.topic


def _grams(text: str) -> frozenset:
    return frozenset(grams(text))


def relation_of(text: str, first: tuple[int, int], then: tuple[int, int], start: int, end: int, marker: str,
              topic: frozenset = frozenset(), topic_first: bool = False) -> Relation:
    def head(span: tuple[int, int]) -> frozenset:
        word = last_word(text[span[0]:span[1]])
        return _grams(word) if word else frozenset()

    inside = "".join(_QUOTED.findall(text, start, end))
    quoted = _grams(inside) - _grams(_QUOTED.sub("", text[start:end])) if inside else frozenset()
    return Relation(_grams(text[slice(*first)]), _grams(text[slice(*then)]), start, end, first, then, marker, topic,
                    head(first), head(then), topic_first, quoted)


_QUOTED = compile_re("「[^」]*」")


_DATE_WORDS = compile_re(r"[0-9０-９]+(?:年|月|日)|同(?=年|月|日)|翌(?=年|月|日)|[年月日ごろ頃]")


def _only_a_date(part: str) -> bool:
    """A part that is a date and nothing else (1814年)."""
    part = part.strip(" 、，")
    return bool(part) and not _DATE_WORDS.sub("", part).strip()


def _enough(a: str, b: str) -> bool:
    """Two parts with words to compare: one each at least, three together (廃止された)."""
    x, y = len(grams(a)), len(grams(b))
    return x >= 1 and y >= 1 and x + y >= 3


def relations(u: Unit, cache: dict) -> list[Relation]:
    """Every ordered pair of parts the sentence states, once per post."""
    key = ("order", u.start, u.end)
    found = cache.get(key)
    if found is not None:
        return found
    text, lo, hi = u.text, u.start, u.end
    found = cache[key] = []
    cleft = CLEFT_CAUSE.search(text, lo, hi)
    if cleft is not None:
        # Xのは、Yためである: Y is the cause of X.
        effect = (Clauses(text, lo, hi).start(cleft.start()), cleft.start())
        cause = (cleft.start("cause"), cleft.end("cause"))
        if _enough(text[slice(*cause)], text[slice(*effect)]):
            found.append(relation_of(text, cause, effect, effect[0], cleft.end() - text.endswith("。", lo, cleft.end()),
                                   cleft.group("marker")))
        return found
    matches = [(m, True) for m in FORWARD.finditer(text, lo, hi)]
    matches += [(m, False) for m in BACKWARD.finditer(text, lo, hi)]
    causing = list(CAUSING.finditer(text, lo, hi))
    if not matches and not causing:
        return found
    clauses = Clauses(text, lo, hi)
    for m, forward in matches:
        # …を9日後に控えて: looking ahead to it, no order of the two told; その
        # 後も…たびたび実施されている, 独立後も…認められていた: what goes on
        # after held before too, no second event.
        # A span counted on (中国の仲介により7年後に): when, not after what.
        # (後に続く半島国家: the ones that came after, no event after another.)
        if (m.group().startswith("より") and _one_of_two(text, lo, m.start()) or text.startswith("控え", m.end())
                or m.group().endswith("後に") and text.startswith("続", m.end())
                or text.endswith(("後も", "以降も", "以後も"), lo, m.end())
                or m.group().startswith("後") and _SPAN_BEFORE.search(text, max(lo, m.start() - 8), m.start())):
            continue
        a = clauses.start(m.start())
        # A part of two words or fewer reaches back over one more clause (…を受けて).
        if len(grams(text[a:m.start()])) < 2 and a > lo:
            a = clauses.start(a - 1)
        b = clauses.end(m.end())
        if m.end() < hi and text[m.end()] in "、，" or b < hi and _only_a_date(text[m.end():b]):
            # …を受けて、X / 戦争後の1814年、X: what came after is in the next clause.
            b = clauses.end(b + 1 if b > m.end() else m.end() + 1)
            # (…を受け、同年10月1日、X: a date standing alone there too.)
            if b < hi and _only_a_date(text[m.end():b]):
                b = clauses.end(b + 1)
        # …より前に始まったデルタ計画は1997年に完成した: the part ends
        # with the noun it describes, before the sentence goes on with は.
        # A state since before (独立前から…務めていたニヤゾフが): the noun it
        # describes, subject too, is where the part ends.
        topic_at = _topic_after(text, m.end(), b, "はが" if m.group().endswith("前から") else "は")
        if topic_at > -1 and _relative().search(text, m.end(), topic_at):
            b = topic_at
        before, after = text[a:m.start()], text[m.end():b]
        if a == lo and before.strip() in BACK_REFERENCES:
            # これをきっかけに… at a sentence's start: what came first is the
            # sentence before (…反乱を起こした。これをきっかけに…始まった).
            told = clause_before(text, lo)
            if told is not None and len(grams(after)) >= 2:
                spans = (told, (m.end(), b))
                first, then = spans if forward else spans[::-1]
                found.append(relation_of(text, first, then, told[0], b, m.group(), topic_first=not forward))
            continue
        if not _enough(before, after):
            continue
        # The sentence's topic (通貨危機は…から起きる) is the subject of what
        # follows the connective, not part of what comes before it.
        topic = LEADING_TOPIC.match(text, a, m.start())
        if topic is not None and topic.group().rstrip("、，").endswith(_TIME_TOPICS):
            topic = None  # 明治以降は, 戦後は: a time, not what the sentence is about
        head = topic.end() if topic is not None else a
        if m.group().startswith(_NOUN_MARKERS) and not text.endswith(_NOMINALISED, a, m.start()):
            # …政府が財政難を理由に計画を取りやめた: what answers or is caused
            # is the subject's act; the cause is the noun phrase before the marker.
            subject = None
            for subject in _SUBJECT_IN_PART.finditer(text, head, m.start()):
                pass
            if subject is not None and len(grams(text[subject.end():m.start()])) >= 2:
                head = subject.end()
        topic_grams = _grams(text[a:head])
        if topic is None and a > lo and text[a - 1] in "、，":
            # The topic may stand alone in the clause before (物価の急騰は、…).
            prev = clauses.start(a - 1)
            if text[prev:a - 1].endswith("は"):
                topic_grams = _grams(text[prev:a - 1])
        spans = ((head, m.start()), (m.end(), b))
        first, then = spans if forward else spans[::-1]
        if DISCOVERY.search(text, *then):
            continue  # 調査の結果、…ことがわかった: what came after is the finding out
        if m.group().endswith(("によって", "により")) and (PASSIVE.search(text, m.end(), b) or text[b - 1] in HABITUAL):
            continue  # 大野によって体系化された, 閘門によって船を上げ下げする: who or by what means, not what came first
        found.append(relation_of(text, first, then, a, b, m.group(), topic_grams - _grams(text[head:b]), not forward))
    for m in causing:
        # AがBにつながった: A before the subject particle, B after it.
        a = clauses.start(m.start())
        subject = None
        for s in SUBJECT.finditer(text, lo, m.start()):
            subject = s
        if subject is None:
            continue
        cause_start = clauses.start(subject.start())
        cause = text[cause_start:subject.start()]
        if cause.strip() in BACK_REFERENCES and cause_start > lo:
            cause_start = clauses.start(cause_start - 1)
            cause = text[cause_start:subject.start()]
        # What is caused is said in the verb's own clause (…で、…に始まり、
        # 江戸にも降灰をもたらした), whatever clauses the subject stands before.
        effect = text[max(subject.end(), a):m.start()]
        if not _enough(cause, effect):
            continue
        found.append(relation_of(text, (cause_start, subject.start()), (max(subject.end(), a), m.start()),
                               min(a, cause_start), m.end(), m.group()))
    return found


# Markers after a noun phrase (…を受けて, …に反発して): a subject before
# that phrase is the subject of what follows.
_NOUN_MARKERS = ("を", "に", "への", "の反省")
# …が社長を退いたことをきっかけに: the subject is inside the clause made a noun.
_NOMINALISED = ("こと", "たの", "るの", "いの")
_SUBJECT_IN_PART = compile_re(f"[{_NOUN_CLASS}](?:が|は)、?")
_SUBJECT_WORD = compile_re(f"([{_NOUN_CLASS}0-9０-９]+)(?:は|が)")


def _one_of_two(text: str, lo: int, at: int) -> bool:
    """「1号は…2号より先に」: より compares the subject with another of its
    kind (the same last letter), not two events."""
    before = last_word(text[lo:at])
    subject = _SUBJECT_WORD.search(text, lo, at)
    return (bool(before) and subject is not None and subject.group(1) != before
            and subject.group(1)[-1] == before[-1] and len(before) <= 6)


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
    cross_a = dateless(my_first & their_then) - mine.topic - common
    cross_b = dateless(my_then & their_first) - my_first - mine.topic - common
    same = len((mine.first & theirs.first) - common) + len((mine.then & theirs.then) - common)
    # Each crossing shares a kanji word, not names alone: two sentences about
    # ロシア and アメリカ share those in any order.  And one part's event (its
    # last word) crosses over: shared names alone tell no order of events.
    first_crosses = head_in(mine.first_head, theirs.then - theirs.quoted)
    then_crosses = head_in(mine.then_head, theirs.first - theirs.quoted)
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
    rest = _grams(unit.text[max(theirs.first_span[1], theirs.then_span[1]):unit.end])
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
    return bool(mine.first & _grams(unit.text[theirs.start:theirs.first_span[1]])) and bool(mine.then & theirs.then)


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
    mine = [rel for rel in every if not time_clause_after(rel, every)]
    for rel in mine:
        # (Xよりも後に: a party compared, whose own date the details give, not
        # the act's; an aim, which comes after the act it explains.)
        compared = claim.text.endswith(("より", "よりも"), rel.first_span[0], rel.first_span[1])
        aimed = aim_before(claim.text, rel.first_span[1])
        dated = None if compared or aimed else dated_conflict(claim, rel, details, cache)
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
                if not parts_crossed(rel, theirs):
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
            # 前に / 前の also say where (窓の前に): only a cause or an "after" is read so.
            if BACKWARD.fullmatch(rel.marker) or aim_before(claim.text, rel.first_span[1]) or any(_agrees(rel, theirs) or _agrees_with_subject(rel, unit, theirs)
                                                     for theirs in stated):
                continue
            found = narrated_reversed(rel, unit, claim.text)
            # …選任を拒み続けた。その結果、…機能を停止した: told in the claim's order.
            if found is not None and not _in_order(rel, details):
                kind = "causal" if is_causal(rel, claim.text) else "temporal"
                return [Conflict(kind, rel.start, rel.end, unit, found[0], found[1],
                                 claim.text[rel.start:rel.end], unit.text[found[0]:found[1]])]
    return []


def is_causal(rel: Relation, text: str) -> bool:
    """A relation of cause and effect, not of time alone."""
    return causal_marker(rel.marker, text, rel.then_span[0])
