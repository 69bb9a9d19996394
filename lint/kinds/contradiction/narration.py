"""Two events told in order by the details, across one sentence or two.

Dates only suggest an order; the details may tell it outright, as a story
does: 「…コロンビア議会が批准を拒んだ。すると米国はパナマの分離独立運動を
支援し…」 tells that the refusal came first, whatever years other sentences
give the treaty or the independence.  The test is by words: most of the
first event's words in a detail sentence, and most of the second's after
them, in that sentence or the next one of its paragraph, and one of the
two events named by its own word.  The same reading, turned round, finds
a detail sentence that tells a claim's two parts in the other order
(:func:`narrated_reversed`).
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.numerals import HAS_DIGIT
from lint.kinds.contradiction.align import grams, words_in
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import KANJI, clause_bounds, script

# Share of a part's words the details must hold.
SHARE = 0.4
# Characters between two sentences of one paragraph (none, or a space).
NEXT_SENTENCE = 2
_COMPOUND_BEFORE = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+$")
CLAUSE_BREAK = "、。；;"

# Finding out, not happening: 「…の結果、Xことがわかった」 orders the
# inquiry and the finding, not X and what the inquiry was into.
DISCOVERY = compile_re(r"(?:こと|の)が(?:わか|分か|判明|明らかに|確認さ|突き止め)|と(?:わか|分か)っ|が判明")
# A thing traced back to its origin (開発は…採掘を始めたことにさかのぼる): the origin came first.
TRACED_BACK = compile_re(r"に(?:さかのぼ|遡|端を発|由来|起源を持)")
# A condition (100万回を超えれば実現すると約束した): what may happen, not what did.
# (Not 例えば, nor …なければならない, which did happen.)
CONDITION = compile_re(r"(?<!例)(?<!たと)[えけせてねへめれげぜでべぺ]ば(?!かり|なら)|[っんいし]たら(?![しれ])|ならば")
# A clause that opens with its topic (Xは、 / Xは).
LEADING_TOPIC = compile_re(f"[^、。はがをに]{{1,20}}?[{KANJI_UNIFIED}{PLAIN_KATAKANA}]は、?")
# A sentence's first clause that is its topic alone, words describing it and
# all (…を領有していたコロンビアの議会は、); not a cleft (…したのは、), nor
# one whose description dates an event (1066年に…を征服したウィリアム1世は、)
# or has a subject or an act of its own (経営が苦しくなった西鉄は、, 多数派を
# 失って…行き詰まった首相は、).
_DESCRIBED_TOPIC = compile_re(r"(?:[0-9０-９]{1,2}[.．])?(?:(?!て(?!い))[^、。0-9０-９が]){1,40}?(?<!の)は、")
# A list item's label (・オンライン授業:…): what the item is about.
_LABEL = compile_re(r"[・･]?\s*[^、。:：\s]{1,20}(?<![0-9０-９])[:：]")


def has_kanji(shared: frozenset) -> bool:
    return any(script(g[0]) == KANJI for g in shared)


def head_in(head: frozenset, part: frozenset) -> bool:
    """The event word is in the part: as it is, or a verb of one kanji as
    the head of a two-kanji word (禁じた, 禁止した)."""
    if head & part:
        return True
    return any(len(h) == 1 and script(h) == KANJI and any(len(g) == 2 and g[0] == h for g in part) for h in head)


def _kanji_word(shared: frozenset) -> bool:
    """Two kanji together: a word of a thing or an act, not a name's (西 of
    西サハラ stands alone as a gram)."""
    return any(len(g) >= 2 and all(script(c) == KANJI for c in g) for g in shared)


def dateless(grams) -> set:
    """The grams that are no number and no word of a date (年, 月, 日)."""
    return {g for g in grams if not HAS_DIGIT.search(g) and g not in ("年", "月", "日")}


def undated(part: frozenset, other: frozenset) -> set:
    """A part's words that the other part lacks, leaving out numbers: dates
    and counts are no part of what happened."""
    return dateless(part - other)


def told_in_order(first: set, then: set, heads: tuple[frozenset, frozenset], details: list[Unit]) -> bool:
    """Does a detail sentence hold most of ``first``'s words, and it or the
    next sentence of its paragraph (no line between) most of ``then``'s
    after them, one of the two events (the last words of the parts,
    ``heads``) itself among them?  Names alone recur in any order."""
    return where_told_in_order(first, then, heads, details) is not None


def where_told_in_order(first: set, then: set, heads: tuple[frozenset, frozenset],
                        details: list[Unit]) -> Optional[tuple[Unit, int, int]]:
    """:func:`told_in_order`: the sentence holding ``first``, and the span
    from its first word of ``first`` to its last of ``then``."""
    if len(first) < 3 or len(then) < 3:
        return None
    for k, u in enumerate(details):
        text = u.text
        found = {g: text.find(g, u.start, u.end) for g in first}
        held = {g: p for g, p in found.items() if p > -1}
        if len(held) < SHARE * len(first) or words_in(set(held)) < 2:
            continue
        hi = u.end
        if (k + 1 < len(details) and 0 <= details[k + 1].start - u.end <= NEXT_SENTENCE
                and "\n" not in text[u.end:details[k + 1].start]):
            hi = details[k + 1].end
        after = max(p + len(g) for g, p in held.items())
        later = {g for g in then if text.find(g, after, hi) > -1}
        # Found in the next sentence only as its topic (案内役を務めた嘉門次は…),
        # the words tell what that sentence is about, not a later event.
        if hi > u.end and all(text.find(g, after, u.end) < 0 for g in later) and not heads[1] <= later and (
                topic := _TOPIC_AHEAD.match(text, details[k + 1].start, hi)) is not None and all(
                text.find(g, after, hi) + len(g) <= topic.end() for g in later):
            continue
        event = heads[0] and heads[0] <= held.keys() or heads[1] and heads[1] <= later
        if event and len(later) >= max(2, SHARE * len(then)) and words_in(later) >= 2:
            return u, min(held.values()), max(text.find(g, after, hi) + len(g) for g in later)
    return None


# Names and nouns joined by の, と, や and a subject's particle, nothing else.
_NOUN_PHRASE = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー・＝=のとやがは]*")
# A sentence's topic before its first comma (案内役を務めた嘉門次は).
_TOPIC_AHEAD = compile_re(f"[^、。]*?[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]は")


# Links between two clauses that do not tell their order as a narrative
# does (…したが、…; …するものの; …する前に; …したのは…; 語源は「…」で、…; …しているとして,
# which gives grounds, not an earlier event; …されることを嫌い, whose
# object is feared or hoped for, not done; 試験を控えた人を対象に、…
# あらかじめ教える, whose first part is ahead, prepared for).
_AHEAD = r"あらかじめ|前もって|事前に|に備え|を控え"
# Words that step back in time (出兵の前に): a story told with them runs out
# of the order of its events.  (Not 前に of a place: 群衆の前に立って.)
STEPPING_BACK = compile_re(_AHEAD + r"|前に(?!立|並|座|置|姿)|以前に|より前|先立")
NOT_NARRATIVE = compile_re(r"が[、，]|ものの|一方|しかし|ところが|のに|前に|先立|までに|のは|のが|より|ても|ながら|として|背景|[」)）]で[、，]|"
                           + _AHEAD + "|を対象に|"
                           r"ずに|ないで|なく|か[、，]|および|及び|または|並びに|と(?:見|み|考え|判断し|思)|"
                           r"ことを(?:嫌|恐|懸念|危惧|警戒|心配|憂慮|避け|望|願|求め|期待|目指|めざ|狙)|"
                           # A clause describing a noun the first part glosses (…転換を求める報告書(前川レポート)).
                           f"[うくすつぬむるた][{KANJI_UNIFIED}]{{1,4}}[(（]$")
# Share of a part's words its clauses in the sentence must hold.
NARRATED_SHARE = 0.4


# The time the second part happened in (第二次世界大戦中に, 在任中に): when, not what happened.
_TIME_FRAME = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})(?:中|の間|の最中|のさなか)に")


def narrated_reversed(rel, unit: Unit, claim_text: str = "") -> Optional[tuple[int, int]]:
    """A detail sentence that tells the claim's two parts the other way round
    as a narrative (最下位が続いて観客も激減し、経営が苦しくなった西鉄は
    ついに球団を手放した against 西鉄が球団を手放したため、観客が減って
    経営が悪化した).  The first part's event (its last word) is there, most
    of that part's words in its clause, and most of the second part's words
    before them, with no link between that tells no order (が、, 前に).
    The time the second part happened in (大戦中に) is no part of it.
    The span from the one to the other."""
    # Digits date or count; they are no part of what happened.
    first = {g for g in rel.first - rel.then if not HAS_DIGIT.search(g)}
    then = {g for g in rel.then - rel.first if not HAS_DIGIT.search(g)}
    for frame in _TIME_FRAME.finditer(claim_text, *rel.then_span) if claim_text else ():
        then -= set(grams(frame.group(1)))
    if len(first) < 3 or len(then) < 3:
        return None
    text, lo, hi = unit.text, unit.start, unit.end
    heads = [text.rfind(g, lo, hi) for g in rel.first_head & first]
    event = max(heads, default=-1)
    if event < 0:
        return None
    a_start = max(text.rfind(c, lo, event) for c in CLAUSE_BREAK) + 1
    a_start = max(a_start, lo)
    a_end = min([k for k in (text.find(c, event, hi) for c in CLAUSE_BREAK) if k > -1] or [hi])
    if DISCOVERY.search(text, a_start, a_end) or TRACED_BACK.search(text, a_start, a_end) or CONDITION.search(
            text, event, a_end):
        return None  # told in the order it was found out, traced back to its origin, or only as a condition
    found_a = {g: text.find(g, a_start, a_end) for g in first}
    held_a = [p for p in found_a.values() if p > -1]
    if len(held_a) < NARRATED_SHARE * len(first) or words_in({g for g, p in found_a.items() if p > -1}) < 2:
        return None
    a_pos = min(held_a)
    # From the start of the compound holding it: a compound of the first part
    # (一般郵便|条約) names none of the second (一般郵便連合).
    run = _COMPOUND_BEFORE.search(text, lo, a_pos)
    if run is not None:
        a_pos = run.start()
    # The sentence's topic (研究所は長年、…) or label belongs to every clause: it tells no order.
    # (…and so does a topic described before its comma: パナマを領有していたコロンビアの議会は、.)
    topic = LEADING_TOPIC.match(text, lo, a_pos) or _LABEL.match(text, lo, a_pos) or _DESCRIBED_TOPIC.match(
        text, lo, a_pos)
    b_from = topic.end() if topic is not None else lo
    found_b = {g: text.find(g, b_from, a_pos) for g in then}
    held_b = [p for p in found_b.values() if p > -1]
    held_b_grams = frozenset(g for g, p in found_b.items() if p > -1)
    # A name alone tells no order (アメリカの後押しを受けたパナマは…独立し;
    # 西サハラに向けて, a kanji starting a katakana name).
    if len(held_b) < max(2, NARRATED_SHARE * len(then)) or (
            words_in(frozenset(g for g in held_b_grams if len(g) >= 2)) < 2 and not _kanji_word(held_b_grams)):
        return None
    # The second part's own event told after the first's, and not before it
    # (ロシア帝国が進出し、…戦いの末、…を制圧した): the claim's order.
    then_event = rel.then_head & then
    if then_event and all(g not in held_b_grams for g in then_event) and any(
            text.find(g, a_end, hi) > -1 for g in then_event):
        return None
    # (A one-kanji gram, 言 of 言えない in 言葉, places the part less surely than a word.)
    b_end = max((p + len(g) for g, p in found_b.items() if p > -1 and len(g) >= 2), default=None) or max(
        p + len(g) for g, p in found_b.items() if p > -1)
    # Words of the first event's own clause with nouns alone between them
    # and that event (独立派指導者ジャン=マリー・チバウと…が…署名し) name
    # its doers, no event before it; unless they hold the second part's
    # event (…署名したのち、独立派の指導者となった: the title held then).
    if min(held_b) >= a_start and not rel.then_head & held_b_grams and _NOUN_PHRASE.fullmatch(text, b_end, a_pos):
        return None
    if NOT_NARRATIVE.search(text, b_end, a_pos):
        return None
    s = max(text.rfind(c, lo, min(held_b)) for c in CLAUSE_BREAK) + 1
    if told_of_another_doer(claim_text, rel.then_span, unit, max(s, lo)):
        return None
    return max(s, lo), a_end


def told_of_another_doer(claim_text: str, span: tuple[int, int], unit: Unit, at: int) -> bool:
    """The claim's part names a doer the details' sentence never names
    (のちに前田利家が能登を治めた), and the clause of the details at ``at``
    another, with no letter in common (能登畠山氏が七尾城を拠点に治めた): two acts."""
    hi = clause_bounds(unit.text, at, unit.start, unit.end)[1]
    mine = _DOER.search(claim_text, *span)
    # (…or the doer the details' act describes: 実権を握ったハビャリマナ大統領.)
    theirs = _DOER.search(unit.text, at, hi) or _DESCRIBED_DOER.search(unit.text, at, hi)
    return mine is not None and theirs is not None and unit.text.find(mine.group(1), unit.start, unit.end) < 0 and (
        not set(mine.group(1)) & set(theirs.group(1)))


# A doer named with が (前田利家が).
_DOER = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})が")
# A name an act in the past describes (握った|ハビャリマナ大統領), the name in katakana.
_DESCRIBED_DOER = compile_re(f"(?<=[たっ]た)((?:[{PLAIN_KATAKANA}ー・]{{2,}})[{KANJI_UNIFIED}]{{0,3}})(?:の|は|が|も)")
