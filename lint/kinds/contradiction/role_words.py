"""The words a role comparison works with: terms, the role their particle
marks, the word they lead to, and where a word occurs in a sentence.
Shared by :mod:`~lint.kinds.contradiction.roles` and
:mod:`~lint.kinds.contradiction.role_swaps`."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import Chunk, unit_chunks
from lint.kinds.contradiction.predicates import CASE_PARTICLES
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import is_hiragana, is_kanji

# Particles by the role they mark.  は and が both mark who acts (a summary
# turns one into the other); による marks it before a noun (AによるBへの輸出).
ROLE_OF = {"が": "agent", "は": "agent", "による": "agent", "を": "object", "に": "goal", "へ": "goal",
           "への": "goal", "から": "source", "からの": "source"}
# Passive or causative after a verb stem: the roles read the other way.
# (The chunker leaves an ichidan verb's last kana with its grammar: 認|められた.)
VOICE = compile_re(r"^(?:[かさたなまらわがばい]?れ|され|[えけせてねべめれげぜでへいきちにひみりぎびじ]?(?:られ|させ)|せられ)")
# Words too common to be one of the swapped pair.
MIN_TERM = 2
# How far (in characters) the word both lead to may follow the second.
HEAD_REACH = 24
NUMERIC = compile_re(r"^[0-9０-９.,，．]+")


# Words that end a time (来航後に, 開戦前に, 1990年に): に after them tells
# when, not to whom.  (田中に, 最初に are no times of an event.)
_TIME_ENDS = ("後", "前", "時", "以降", "頃")
_DATE_END = compile_re(r"[0-9０-９](?:年|月|日|年代)$")


def role(c: Chunk) -> Optional[str]:
    if c.grammar in ("に", "には") and (c.word.endswith(_TIME_ENDS) or _DATE_END.search(c.word)):
        return None
    # X向けに, X向けの: what goes there (アルジェリアから英国向けに輸送).  The
    # chunker keeps 向 with the word and け with the grammar.
    if c.grammar[:1] == "け" and len(c.word) > 1 and c.word[-1] == "向" and c.grammar[1:] in _AFTER_TOWARD:
        return "goal"
    return role_of_grammar(c.grammar)


# What follows 向け when it names a destination.
_AFTER_TOWARD = frozenset(("", "に", "の", "で", "は", "にも"))


def role_in(found: list[Chunk], k: int) -> Optional[str]:
    """:func:`role` of chunk ``k`` of a sentence, where the words around it
    tell one the particle does not: what an act named by its doer is done to
    (ソフトバンクによるアーム社の買収, アーム社のソフトバンクによる買収:
    アーム社 is the object, as in ソフトバンクがアーム社を買収した)."""
    c = found[k]
    if not c.grammar and k and _glossed(found, k):
        return role(found[k - 1])
    if c.grammar != "の":
        return role(c)
    before = found[k - 1] if k else None
    after = found[k + 1] if k + 1 < len(found) else None
    if after is None or after.clause != c.clause or not _act_noun(after):
        return None
    if (before is not None and before.grammar == "による" and before.clause == c.clause
            and before.grammar_end == c.start and c.grammar_end == after.start):
        return "object"
    # (Bの|Aによる|買収: the doer between the object and the act.)
    last = found[k + 2] if k + 2 < len(found) else None
    if (after.grammar == "による" and c.grammar_end == after.start and last is not None
            and last.clause == c.clause and after.grammar_end == last.start and _act_noun(last)):
        return "object"
    return None


def _glossed(found: list[Chunk], k: int) -> bool:
    """Chunk ``k`` is the whole of a name's gloss in brackets, the particle
    after them given to the name (国際航空運送協会|(IATA)|が): another name
    of the same party, in its role."""
    name, alias = found[k - 1], found[k]
    after = found[k + 1].start if k + 1 < len(found) else None
    return (bool(name.grammar) and alias.start == name.end + 1 and alias.clause == name.clause
            and (after is None or after >= alias.end + 1 + len(name.grammar)))


def _act_noun(c: Chunk) -> bool:
    """A word in kanji that may name an act (買収, 侵攻), followed by a particle or nothing."""
    return len(c.word) >= 2 and all(is_kanji(ch) for ch in c.word) and noun(c)


@lru_cache(maxsize=4096)
def role_of_grammar(g: str) -> Optional[str]:
    """The role the grammar after a word marks (grammar repeats endlessly: memoised)."""
    g = past_plural(g)
    if g.endswith(("その", "この", "あの")) and len(g) > 2:
        g = g[:-2]  # 祇陀太子|からその土地を: a word pointing back, glued to the particle before it
    for particle in ("による", "からの", "への", "から", "が", "は", "を", "に", "へ"):
        if g == particle or g.startswith(particle) and particle in ("による", "からの", "への"):
            return ROLE_OF[particle]
    # A topic marked on a goal or source keeps its role (ハワイ大学には、
    # 天文台が…提供している: the university receives).
    if g in ("には", "へは", "からは"):
        return ROLE_OF[g[:-1]]
    # は or が before a word in kana the chunker glues on (胎児は|へその緒を,
    # 日本政府は|その計画を) still marks who acts.
    if g[:1] in ("は", "が") and len(g) > 1 and not g.startswith(_NOT_A_PARTICLE):
        return ROLE_OF[g[0]]
    # …and so does any case particle before an adverb or a word describing
    # the next noun in kana (王円籙に|わずかな銀を, 島民を|ひそかに).
    for particle in ("から", "を", "に", "へ"):
        if g.startswith(particle) and g[len(particle):] in KANA_MODIFIERS:
            return ROLE_OF[particle]
    return None


# Adverbs and describing words written in kana that the chunker glues onto a particle before them.
KANA_MODIFIERS = frozenset((
    "わずかな", "わずかに", "さまざまな", "いろいろな", "あらゆる", "すべての", "たくさんの", "ほとんど", "ほぼ",
    "ひそかに", "ただちに", "すぐに", "すでに", "ふたたび", "しばしば", "たびたび", "いずれも", "ともに", "さらに",
    "まず", "やがて", "ついに", "ようやく", "いったん", "かつて", "あらためて", "いっそう", "それぞれ", "みずから",
    "いち早く", "しだいに", "あえて", "むりやり", "しつこく", "きびしく", "はじめて"))


def past_plural(g: str) -> str:
    """The grammar after a plural's suffix (発見者|たちに, 野坂参三|らの):
    the particle; other grammar as it is."""
    if g.startswith("たち") and len(g) > 2:
        return g[2:]
    # (No verb's stem is followed by ら and then one of these particles.)
    if g[:1] == "ら" and g[1:] in _AFTER_PLURAL:
        return g[1:]
    return g


# Particles that follow the plural ら.
_AFTER_PLURAL = frozenset(("が", "は", "を", "に", "へ", "の", "から", "による", "への", "からの"))

# Kana after which は or が is part of another word (はじめ, はず, がち).
_NOT_A_PARTICLE = ("はじめ", "はず", "がち", "がら", "がた")


def term(c: Chunk) -> bool:
    # (One kanji standing alone with a particle of role is a name too, 宋は遼に…贈る,
    # but for one of time: 後から運び込む.)
    return (len(c.word) >= MIN_TERM or is_kanji(c.word) and c.grammar in ROLE_OF and c.word not in TIME_KANJI) and (
        not NUMERIC.match(c.word))


# Grammar that joins the members of a list.
LISTED = ("や", "と", "、", "，", "か", "・", "及び", "および")

# Verbs whose giver is marked by に (借りる, 教わる, 負ける): with them
# AがBに… and BがAに… may tell one event from its two sides.
TAKING = ("借", "教わ", "習", "負", "敗", "授か", "受", "貰", "もら", "買", "譲り受", "学", "頼", "従", "劣", "次")
# Acts two parties do to each other, told from either (AはBに会った / BはAに会った).
MUTUAL = ("会っ", "会う", "会い", "会わ", "出会", "面会", "会談", "再会")
# Single kanji that tell a time, not a party (後に, 先に, 今は).
TIME_KANJI = frozenset("後前先今次昔朝昼夜春夏秋冬年月日時週")
# What ends the name of one side of a fight: its camp, its army, its soldiers.
_CAMP = frozenset("側軍兵勢")


def matches(a: str, b: str) -> bool:
    """The same thing named by two words: equal, or one heads the other
    (ルガンスク / ルガンスク人民共和国)."""
    if a == b:
        return True
    if a[0] != b[0] and a[-1] != b[-1]:
        return False
    # One side named by its camp, its army or its soldiers (スパルタ側 / スパルタ兵292人).
    for p, q in ((a, b), (b, a)):
        if len(p) >= 3 and p[-1] in _CAMP and q.startswith(p[:-1]) and q[len(p) - 1:len(p)] in _CAMP:
            return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    # (A clan named after its land, 能登畠山氏, is not the land 能登.)
    if long_.endswith("氏") and len(long_) - len(short) >= 3:
        return long_.endswith(short)
    return len(short) >= 2 and (long_.startswith(short) or long_.endswith(short))


def told_both_ways(mine: list[Chunk], x: Chunk, y: Chunk, rx: str, ry: str) -> bool:
    """The claim gives the two the other roles too, in another clause: an
    exchange (日本は…権利をロシアに譲り、その代わりにロシアは…を日本に
    引き渡した), each way told."""
    return any(c.clause != x.clause and matches(c.word, x.word) and role(c) == ry for c in mine) and any(
        c.clause != y.clause and matches(c.word, y.word) and role(c) == rx for c in mine)


def head_after(found: list[Chunk], k: int) -> Optional[Chunk]:
    """The word chunk ``k`` leads to: the next chunk, if near."""
    c = found[k]
    if k + 1 < len(found) and found[k + 1].start - c.grammar_end <= HEAD_REACH:
        return found[k + 1]
    return None


def led_to(found: list[Chunk], k: int, head: Chunk) -> Optional[Chunk]:
    """A word like ``head`` among those near after chunk ``k`` (…を束ね、信託化し)."""
    c = found[k]
    for nxt in found[k + 1:]:
        if nxt.start - c.grammar_end > HEAD_REACH:
            return None
        if same_head(head, nxt):
            return nxt
    return None


def same_head(a: Chunk, b: Chunk) -> bool:
    x, y = a.word, b.word
    if x == y:
        return True
    grams = {x[i:i + 2] for i in range(len(x) - 1)}
    return any(y[i:i + 2] in grams for i in range(len(y) - 1))


def passive(c: Chunk) -> bool:
    return bool(VOICE.match(c.grammar))


def occurrences(found: list[Chunk], word: str, cache: Optional[dict] = None) -> list[int]:
    """Indices of the chunks of ``found`` that name ``word``; ``cache``: a dict
    kept for one sentence, as every pair of claim words asks again."""
    if cache is None:
        return [k for k, c in enumerate(found) if matches(word, c.word) and term(c)]
    if word in cache:
        return cache[word]
    # Words that match share their first or their last letter: the chunks
    # are indexed by both (under the key None, which no word is).
    index = cache.get(None)
    if index is None:
        by_first: dict[str, list[int]] = {}
        by_last: dict[str, list[int]] = {}
        for k, c in enumerate(found):
            by_first.setdefault(c.word[0], []).append(k)
            by_last.setdefault(c.word[-1], []).append(k)
        index = cache[None] = (by_first, by_last)
    candidates = set(index[0].get(word[0], ())).union(index[1].get(word[-1], ()))
    candidates.update(k for k in index[0].get("同", ()) if refers_to(found, k, word))
    hits = cache[word] = [k for k in sorted(candidates) if matches(word, found[k].word) and term(found[k])
                          or found[k].word[0] == "同" and refers_to(found, k, word)]
    return hits


def refers_to(found: list[Chunk], k: int, word: str) -> bool:
    """Chunk ``k`` is 同省, 同国, 同社 … and the nearest word before it with
    that ending is ``word`` (経済産業省の調査によると、同省から…)."""
    c = found[k]
    if len(c.word) != 2 or c.word[0] != "同" or not word.endswith(c.word[1]) or len(word) < 2:
        return False
    for j in range(k - 1, -1, -1):
        w = found[j].word
        if len(w) >= 2 and w[0] != "同" and w.endswith(c.word[1]):
            return matches(word, w)
    return False


def term_flags(u: Unit, cache: dict) -> list[bool]:
    """For each chunk of ``u``: is it a word that may be one of a swapped pair?"""
    key = ("term-flags", u.start, u.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = [term(c) for c in unit_chunks(u, cache)]
    return found


def roled_words(u: Unit, cache: dict) -> list[tuple[int, Chunk]]:
    """The words of ``u`` that may be one of a swapped pair and have a role, with their indices."""
    key = ("roled", u.start, u.end)
    found = cache.get(key)
    if found is None:
        terms = term_flags(u, cache)
        chunks = unit_chunks(u, cache)
        found = cache[key] = [(k, c) for k, c in enumerate(chunks) if terms[k] and role_in(chunks, k)
                              and not c.word.endswith(TIME_ENDINGS)
                              and not (c.grammar == "に" and u.text.startswith(COMPOUND_PARTICLES, c.grammar_end))]
    return found


# Kanji that make に part of a compound particle (条約に基づいて, 法に従い,
# 戦争に際し): the word before is a ground or a topic, no goal (but 親に
# 対して, 南に向けて name one).
COMPOUND_PARTICLES = ("基づ", "基け", "従い", "従っ", "従う", "関し", "関す", "際し", "際す", "応じ", "伴い", "伴っ", "伴う",
                      "沿っ", "沿い", "沿う", "即し", "先立", "加え", "代わ", "代え", "限り", "限っ", "限ら", "限る")
# Words of a time named after a party (ソ連時代には): a time, not the party.
TIME_ENDINGS = ("時代", "時期", "年代", "末期", "初期", "前期", "後期", "政権下", "統治下", "支配下")


def after_other(u: Unit, cache: dict) -> list[int]:
    """Indices of the words of ``u`` that may be one of a swapped pair and
    follow another word in their clause (the companion)."""
    key = ("after-other", u.start, u.end)
    found = cache.get(key)
    if found is None:
        mine, terms = unit_chunks(u, cache), term_flags(u, cache)
        found = cache[key] = [k for k, c in enumerate(mine) if k and terms[k] and mine[k - 1].clause == c.clause
                              and mine[k - 1].word != c.word]
    return found


def noun(c: Chunk) -> bool:
    """A word followed by a particle or by nothing, not a verb's stem with its
    ending (築いた|ゼーランディア城: a relative clause, not a companion)."""
    return not c.grammar or c.grammar.startswith(CASE_PARTICLES)


def spanning(*found: Chunk) -> tuple[int, int]:
    # (英国向|けに: the span keeps the け of 向け.)
    return min(c.start for c in found), max(c.end + (c.word[-1] == "向" and c.grammar[:1] == "け") for c in found)


_OPEN, _CLOSE = "(（「『", ")）」』"


def whole_brackets(text: str, s: int, e: int) -> tuple[int, int]:
    """The span ``s``–``e`` widened to close the brackets and quotes it
    opens or closes: a name's gloss is quoted with the name (国際航空運送協会
    (IATA)は…(ICAO), not IATA)は…(ICAO)), a quoted word with its quotes."""
    depth = lowest = 0
    for ch in text[s:e]:
        depth += (ch in _OPEN) - (ch in _CLOSE)
        lowest = min(lowest, depth)
    if lowest < 0:
        k = max(text.rfind(ch, 0, s) for ch in _OPEN)
        if k >= 0:
            s = k
            # (A gloss in brackets follows its name: 国際航空運送協会(IATA.)
            while text[k] in "(（" and s > 0 and text[s - 1] not in _BEFORE_NAME and not is_hiragana(text[s - 1]):
                s -= 1
    if depth > lowest:
        k = min((i for i in (text.find(ch, e) for ch in _CLOSE) if i != -1), default=-1)
        if k != -1:
            e = k + 1
    return s, e


# What stands before a name: a break, a space, a bracket.
_BEFORE_NAME = " 　、。，,；;：:「『【\n" + _OPEN + _CLOSE

