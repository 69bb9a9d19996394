"""Relations: the ordered pairs of parts a sentence states, read from its
connectives (Aの結果B, AためB, Aを受けてB, Aの後B, Aの前にB) and from verbs
that make their subject the cause (AがBを招いた).  Each relation keeps the
words of the part that comes first and of the part that comes after, and the
event each part names (its last word); :mod:`~lint.kinds.contradiction.order`
compares them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.align import grams
from lint.kinds.contradiction.connectives import BACKWARD, CAUSING, FORWARD, PLAIN_VERB_LAST
from lint.kinds.contradiction.clause_spans import CLEFT_CAUSE, CLEFT_TIME, Clauses, clause_before
from lint.kinds.contradiction.narration import DISCOVERY, LEADING_TOPIC
from lint.kinds.contradiction.predicates import is_negative_tail
from lint.kinds.contradiction.units import WORD_RUN, Unit
from lint.text.scripts import (HIRAGANA, KANJI_UNIFIED, KANJI_UNIFIED_FIRST, KANJI_UNIFIED_LAST, PLAIN_KATAKANA, chars,
                               is_hiragana, is_unified_kanji)
from lint.text.tokens import last_word

SUBJECT = compile_re(r"(?:が|は)、?")
# A length of time right before 後 (7年後, 3か月後): a span counted on.
_SPAN_BEFORE = compile_re(r"[0-9０-９一二三四五六七八九十百数]+(?:年|か月|カ月|ヶ月|日|週間|時間)(?:半)?$")
# A noun of one kanji alone (死, 没), and the markers that make a time of it
# (死後, 没前).  (Two, 帰国後 or 退位後, often restate the clause before.)
_BARE_NOUN = compile_re(f"[{KANJI_UNIFIED}]")
_TIME_MARKS = ("後", "前", "以降", "以後", "以前")
# The words a topic or a modified noun is: unified kanji and full-width katakana.
_NOUN_CLASS = KANJI_UNIFIED + PLAIN_KATAKANA
_KATAKANA_NOUN = chars(PLAIN_KATAKANA)


@lru_cache(maxsize=1)
def _relative():
    """A verb form that modifies the noun after it (始まったデルタ計画), not
    a word pointing back (こうした化合物, そういった国); compiled when a
    relation first has a topic after it."""
    return compile_re(f"(?<!こう|そう|ああ|どう)(?<!こうい|そうい|ああい|どうい)[{HIRAGANA}](?:た|る|い)(?=[{_NOUN_CLASS}])")


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
    # Each part ends denied (出版社が見つからなかった): its words name what
    # did not happen; None for a part that ends in a noun.
    first_denied: Optional[bool] = None
    then_denied: Optional[bool] = None

    @property
    def parts(self) -> tuple[frozenset, frozenset]:
        """The first and the later part, each with the topic if it is its."""
        if self.topic_first:
            return self.first | self.topic, self.then
        return self.first, self.then | self.topic


def grams_of(text: str) -> frozenset:
    return frozenset(grams(text))


def relation_of(text: str, first: tuple[int, int], then: tuple[int, int], start: int, end: int, marker: str,
              topic: frozenset = frozenset(), topic_first: bool = False) -> Relation:
    def head(span: tuple[int, int]) -> frozenset:
        word = last_word(text[span[0]:span[1]])
        return grams_of(word) if word else frozenset()

    inside = "".join(_QUOTED.findall(text, start, end))
    quoted = grams_of(inside) - grams_of(_QUOTED.sub("", text[start:end])) if inside else frozenset()
    def denied(span: tuple[int, int]) -> Optional[bool]:
        # The kana ending the part and any the marker goes on with (与えないため);
        # a part ending in a noun (読まれなくなった自然学) tells no act of its own.
        at = span[1]
        while at > span[0] and is_hiragana(text[at - 1]):
            at -= 1
        if at == span[1]:
            return None
        tail = text[at:_KANA_RUN.match(text, span[1]).end()]
        # (少ない, 危ない: the adjective's own ない.)
        if at > span[0] and text[at - 1] in "少危切" and tail.startswith("な"):
            tail = tail[1:]
        return is_negative_tail(tail)

    return Relation(grams_of(text[slice(*first)]), grams_of(text[slice(*then)]), start, end, first, then, marker, topic,
                    head(first), head(then), topic_first, quoted, denied(first), denied(then))


# A verb of saying ending the clause after a quoting と and its comma.
_SAID_AFTER = compile_re(f"、[^、。]{{0,12}}?[{_NOUN_CLASS}](?:は|が)(?:伝え|記し|記す|記され|述べ|報じ|書い|書か|語)[{HIRAGANA}]*(?:。|$)")
# The subject of 先立つ (「疾風怒濤」がロマン主義に先立ち).
_PRECEDES = compile_re(f"(?<=[{_NOUN_CLASS}」』）)])が")
_KANA_RUN = compile_re(f"[{HIRAGANA}]*")
_DENIED_TAIL = compile_re("な(?:い|かった)|ず|ません")


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
    cleft = CLEFT_TIME.search(text, lo, hi)
    # (…より前のことではない: the placement denied, no order told.)
    if cleft is not None and not (cleft.group("tail") and _DENIED_TAIL.search(cleft.group("tail"))):
        # Xのは、Yの後の1991年である: Y first, then X (…の前: X first).
        told = (Clauses(text, lo, hi).start(cleft.start()), cleft.start())
        anchor = (cleft.start("anchor"), cleft.end("anchor"))
        if _enough(text[slice(*anchor)], text[slice(*told)]):
            before = "前" in cleft.group("marker")
            first, then = (told, anchor) if before else (anchor, told)
            # (Quoted by its time alone, the part a reader compares.)
            found.append(relation_of(text, first, then, anchor[0], cleft.end("marker"), cleft.group("marker")))
    # (Past the cleft's own marker, the sentence's other connectives still order: …た後に…したのは、…の前である.)
    inside = range(cleft.start(), cleft.end()) if cleft is not None and found else range(0)
    matches = [(m, True) for m in FORWARD.finditer(text, lo, hi) if m.start() not in inside]
    matches += [(m, False) for m in BACKWARD.finditer(text, lo, hi) if m.start() not in inside]
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
        # (合併前の村: a noun named by the time it belongs to, no act after
        # another; それ以前の薬律 and 始まる前の英国 are still read.)
        if (m.group().startswith("より") and _one_of_two(text, lo, m.start()) or text.startswith("控え", m.end())
                or m.group() == "前の" and m.start() > lo and is_unified_kanji(text[m.start() - 1])
                and text[m.start() - 1] != "以" and WORD_RUN.match(text, m.end())
                or m.group().endswith("後に") and text.startswith("続", m.end())
                or text.endswith(("後も", "以降も", "以後も"), lo, m.end())
                or m.group().startswith("後") and _SPAN_BEFORE.search(text, max(lo, m.start() - 8), m.start())):
            continue
        a = clauses.start(m.start())
        # A part of two words or fewer reaches back over one more clause
        # (…を受けて), but for a name passed through (反乱を起こし、西魏を経て梁に
        # 降った: 西魏 alone comes first).
        # A noun of its own before 後 or 前 (…寄贈し、死後、…) is the time, and
        # the clause before it another event.
        if len(grams(text[a:m.start()])) < 2 and a > lo and not m.group().startswith("を経") and not (
                m.group().startswith(_TIME_MARKS) and _BARE_NOUN.fullmatch(text, a, m.start())):
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
        # (The last が before it: the first may be a describing clause's.)
        subjects = list(_PRECEDES.finditer(text, a, m.start())) if m.group().startswith("に先立") else []
        precedes = subjects[-1] if subjects else None
        if precedes is not None and _enough(text[a:precedes.start()], text[precedes.end():m.start()]):
            # XがYに先立ち、…: X came before Y, told by the verb itself.
            found.append(relation_of(text, (a, precedes.start()), (precedes.end(), m.start()), a, m.end(), m.group()))
            continue
        if m.group() == "と" and _SAID_AFTER.match(text, m.end(), hi):
            continue  # …完成させたと、光背銘は伝える: what is said, not what came next
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
            # (Not a subject of a clause that ends before the marker: 王子が
            # 訪れた際に…名付けられ、これを機に…: the marker's phrase has none.)
            if subject is not None and len(grams(text[subject.end():m.start()])) >= 2 and not any(
                    c in "、，" for c in text[subject.end():m.start()]):
                head = subject.end()
        topic_grams = grams_of(text[a:head])
        if topic is None and a > lo and text[a - 1] in "、，":
            # The topic may stand alone in the clause before (物価の急騰は、…).
            prev = clauses.start(a - 1)
            if text[prev:a - 1].endswith("は"):
                topic_grams = grams_of(text[prev:a - 1])
        spans = ((head, m.start()), (m.end(), b))
        first, then = spans if forward else spans[::-1]
        if DISCOVERY.search(text, *then):
            continue  # 調査の結果、…ことがわかった: what came after is the finding out
        if m.group().endswith(("によって", "により")) and (PASSIVE.search(text, m.end(), b) or text[b - 1] in HABITUAL):
            continue  # 大野によって体系化された, 閘門によって船を上げ下げする: who or by what means, not what came first
        found.append(relation_of(text, first, then, a, b, m.group(), topic_grams - grams_of(text[head:b]), not forward))
    for m in causing:
        # AがBにつながった: A before the subject particle, B after it; not
        # when the link is denied or hedged (…につながるとは限らない).
        if _LINK_DENIED.match(text, m.end(), clauses.end(m.end())):
            continue
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


_LINK_DENIED = compile_re(f"[{HIRAGANA}]*?(?:とは限ら|わけではな|わけでもな|な(?:い|かっ|く)|ず)")


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
