"""Roles exchanged in ways other than two particles: heads of a compound
(木材輸送 / 鉄鉱石輸送), a slot filled with another name (中国への依存 /
ベトナムへの依存), two names around ではなく in the other order, and a
winner and a loser told with verbs of the other side (日本が米国を下した /
日本代表が米国に敗れた), and one party made the doer where it was the
object (Xに買収され / Xを買収し)."""

from __future__ import annotations

from typing import Callable, Optional, Sequence

from lint.cache.programs import compile_re
from lint.kinds.contradiction.dated import dated_apart
from lint.kinds.contradiction.chunks import Chunk, marked, unit_chunks
from lint.kinds.contradiction.name_kinds import name_like
from lint.kinds.contradiction.role_words import (MIN_TERM, NUMERIC, matches, occurrences, passive, past_plural, same_head,
                                                 spanning, term)
from lint.kinds.contradiction.units import Unit

Spans = tuple[tuple[int, int], tuple[int, int]]


def _common_end(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def swapped_parts(claim: Unit, unit: Unit, cache: dict) -> Optional[Spans]:
    """Two words that head the same compound in the two sentences the other
    way round (木材輸送の需要 … 鉄鉱石も / 鉄鉱石輸送の需要 … 木材も): each
    sentence names both, but joins the compound's end (輸送) to the other."""
    mine, theirs = unit_chunks(claim, cache), unit_chunks(unit, cache)
    by_last = cache.get(("by-last", unit.start, unit.end))
    if by_last is None:
        by_last = cache[("by-last", unit.start, unit.end)] = {}
        for j, y in enumerate(theirs):
            by_last.setdefault(y.word[-2:], []).append(j)
    for k, x in enumerate(mine):
        # Two heads of two letters at least before a shared end of two.
        if len(x.word) < 4:
            continue
        for j in by_last.get(x.word[-2:], ()):
            y = theirs[j]
            if len(y.word) < 4 or y.word == x.word:
                continue
            n = _common_end(x.word, y.word)
            if n < 2 or n == len(x.word) or n == len(y.word):
                continue
            a, b = x.word[:-n], y.word[:-n]
            if len(a) < MIN_TERM or len(b) < MIN_TERM or NUMERIC.match(a) or NUMERIC.match(b) or a[-1] == b[-1]:
                continue
            # Each sentence names the other's head word elsewhere, never with
            # this end, and the compounds go on alike (…輸送の需要 / …輸送の需要).
            if not (a in unit.body and b in claim.body and x.word not in unit.body and y.word not in claim.body):
                continue
            # ... as a word of its own there, not inside another compound
            # (研修生 holds 研修 and 訓練学校 訓練: synonyms, not two things).
            if not (any(c.word == a for c in theirs) and any(c.word == b for c in mine)):
                continue
            # …nor describing the compound itself: 女性の国政参政権 and
            # 国政での女性参政権 are one right.
            if claim.text.endswith(tuple(b + p for p in _DESCRIBING), claim.start, x.start) and unit.text.endswith(
                    tuple(a + p for p in _DESCRIBING), unit.start, y.start):
                continue
            if x.grammar == y.grammar and k + 1 < len(mine) and j + 1 < len(theirs) and same_head(
                    mine[k + 1], theirs[j + 1]):
                return (x.start, x.end), (y.start, y.end)
    return None


# Particles by which a word describes the noun right after it.
_DESCRIBING = ("の", "での", "における")
# Particles that bind a name to the noun after it as its relation to it
# (中国への依存, 日本からの輸入, 政府による規制, 米国との同盟).
SLOT_PARTICLES = ("への", "からの", "による", "との", "に対する", "に代わ")


def _listed(text: str, c: Chunk, found: list[Chunk], k: int) -> bool:
    """One of a list (米国、中国、…インドの6か国): a slot a list fills is no swap."""
    if c.start and text[c.start - 1] in "、，,・":
        return True
    return k > 0 and found[k - 1].grammar in ("と", "や")


def slot_filled_otherwise(claim: Unit, unit: Unit, cache: dict, known: Callable[[], set]) -> Optional[Spans]:
    """A slot (a particle and the word after it: への|依存) that the two
    sentences fill with two different names, each of which the other
    sentence names elsewhere (中国に代わってベトナムへの依存 / ベトナムとの外交
    …中国への依存)."""
    mine, theirs = unit_chunks(claim, cache), unit_chunks(unit, cache)
    if not any(c.grammar.startswith(SLOT_PARTICLES) for c in mine):
        return None
    names = None  # asked for once a word in a slot passes the cheaper tests
    for k, x in enumerate(mine[:-1]):
        if (not x.grammar.startswith(SLOT_PARTICLES) or x.word not in unit.body
                or _listed(claim.text, x, mine, k)):
            continue
        if names is None:
            names = known()
        if x.word not in names:
            continue
        head = mine[k + 1]
        for j, y in enumerate(theirs[:-1]):
            if (y.word == x.word or y.word not in names or y.grammar != x.grammar or y.word not in claim.body
                    or not same_head(head, theirs[j + 1]) or _listed(unit.text, y, theirs, j)):
                continue
            # Neither sentence also puts the other's name in that slot.
            if any(c.word == y.word and c.grammar == x.grammar for c in mine) or any(
                    c.word == x.word and c.grammar == x.grammar for c in theirs):
                continue
            return (x.start, head.end), (y.start, theirs[j + 1].end)
    return None


# Grammar that sets a word against the next one, one way only: Aではなく
# B, Aに代わってB, Aに次いでB (Aと B, Aや B read both ways).
ONE_WAY = ("ではなく", "でなく", "ではなくて", "に代わって", "に代わり", "にかわって", "に次いで", "に次ぐ", "に続いて",
           "に続く")


def one_way_reversed(claim: Unit, unit: Unit, cache: dict) -> Optional[Spans]:
    """「AではなくB」 where the sentence says 「BではなくA」 (and so for
    に代わって, に次いで): the two words in the other order around it."""
    mine, theirs = unit_chunks(claim, cache), unit_chunks(unit, cache)
    occurring = cache.setdefault(("occurring", unit.start, unit.end), {})
    for k, x in enumerate(mine[:-1]):
        if x.grammar not in ONE_WAY or not term(x):
            continue
        y = _set_against(mine, k)
        if y is None or matches(x.word, y.word):
            continue
        for j in occurrences(theirs, y.word, occurring):
            other = _set_against(theirs, j) if theirs[j].grammar == x.grammar else None
            if other is not None and matches(x.word, other.word):
                return spanning(x, y), spanning(theirs[j], other)
    return None


def _set_against(found: list[Chunk], k: int) -> Optional[Chunk]:
    """The word that chunk ``k`` (Aではなく) is set against: the next one,
    past a word qualifying it (…ではなく、港町の|南浦市)."""
    at = found[k].grammar_end
    for c in found[k + 1:k + 3]:
        if c.start - at > 1:
            return None
        if c.grammar != "の":
            return c if term(c) else None
        at = c.grammar_end
    return None


# Verbs of winning (the winner が, the loser を; 勝 and 勝利 take に) and of
# losing (the loser が, the winner に), by their stem and the endings that
# make them those verbs (下した, not 下がった).
WINNING = {"破": ("り", "った", "る", "って"), "下": ("し", "した", "す", "して"), "倒": ("し", "した", "す", "して"),
           "降": ("し", "した", "す", "して"), "勝": ("ち", "った", "つ", "って"), "勝利": ("し", "した", "する", "して")}
LOSING = {"敗": ("れ", "れた", "れる", "れて"), "負": ("け", "けた", "ける", "けて"), "敗北": ("し", "した", "する", "して")}
# Passive endings of a verb of winning (破られた): the roles read the other way.
PASSIVE_WIN = ("られ", "され", "れた", "れ")
# The endings of those verbs that can describe a noun after them (勝った, 敗れた).
_ATTRIBUTIVE = frozenset(e for endings in (*WINNING.values(), *LOSING.values()) for e in endings
                         if e.endswith(("た", "る"))) | {"られた", "された"}


def _outcome(u: Unit, cache: dict) -> Optional[tuple[Chunk, Chunk, Chunk]]:
    """(winner, loser, verb) of the first verb of winning or losing in ``u``
    whose two parties stand before it in its clause; once per sentence."""
    key = ("outcome", u.start, u.end)
    if key not in cache:
        cache[key] = _first_outcome(unit_chunks(u, cache))
    return cache[key]


def _first_outcome(found: list[Chunk]) -> Optional[tuple[Chunk, Chunk, Chunk]]:
    for k, c in enumerate(found):
        wins = c.word in WINNING and c.grammar.startswith(WINNING[c.word])
        loses = c.word in LOSING and c.grammar.startswith(LOSING[c.word])
        passive = c.word in WINNING and c.word != "勝利" and c.grammar.startswith(PASSIVE_WIN) and not wins
        if not (wins or loses or passive):
            continue
        before = [b for b in found[:k] if b.clause == c.clause or b.grammar in ("は", "が")]
        subject = next((b for b in reversed(before) if b.grammar in ("が", "は", "も") and term(b)), None)
        if subject is None:
            # A verb that ends right before a noun describes it: the noun
            # is its subject (毛利元就に勝った|陶晴賢が).
            head = found[k + 1] if k + 1 < len(found) else None
            if head is not None and head.start == c.grammar_end and c.grammar in _ATTRIBUTIVE and term(head):
                subject = head
        if wins and c.word in ("勝", "勝利"):
            other = next((b for b in reversed(before) if b.grammar == "に" and term(b)), None)
        elif wins:
            other = next((b for b in reversed(before) if b.grammar == "を" and term(b)), None)
        else:
            other = next((b for b in reversed(before) if b.grammar in ("に", "によって") and term(b)), None)
        if subject is None or other is None:
            continue
        return (subject, other, c) if wins else (other, subject, c)
    return None


def _names_one(a: str, b: str) -> bool:
    """One party named by two words: one holds the other (日本 / 女子日本代表)."""
    return matches(a, b) or len(a) >= 2 and len(b) >= 2 and (a in b or b in a)


def winner_swapped(claim: Unit, unit: Unit, cache: dict) -> Optional[Spans]:
    """The claim's winner is the sentence's loser and its loser the winner,
    in a match of the same years (1805年の戦いの勝者が1813年に敗れもする)."""
    mine = _outcome(claim, cache)
    if mine is None or dated_apart(claim, unit, cache):
        return None
    theirs = _outcome(unit, cache)
    if theirs is None:
        return None
    (w1, l1, v1), (w2, l2, v2) = mine, theirs
    if _names_one(w1.word, l1.word) or not (_names_one(w1.word, l2.word) and _names_one(l1.word, w2.word)):
        return None
    # From the first party to the verb's ending (日本が米国を下し), or to the
    # party the verb describes (米国に勝った日本).
    return ((min(w1.start, l1.start), max(_verb_end(v1), w1.end, l1.end)),
            (min(w2.start, l2.start), max(_verb_end(v2), w2.end, l2.end)))


def _verb_end(v: Chunk) -> int:
    """Where a verb of winning or losing ends: its stem and inflection (敗れた|もの)."""
    endings = WINNING.get(v.word, ()) + LOSING.get(v.word, ()) + PASSIVE_WIN
    return v.end + max((len(e) for e in endings if v.grammar.startswith(e)), default=0)


_LISTING = ("や", "と", "、", "・")
# Nouns of a relation that holds both ways (ジョンは彼女の同僚 / 彼女はジョンの同僚).
RECIPROCAL = frozenset({"同僚", "友人", "親友", "友", "幼なじみ", "同級生", "同期", "盟友", "仲間", "相棒", "隣人",
                        "隣国", "競合相手", "ライバル", "恋人", "配偶者", "兄弟", "姉妹", "いとこ", "同盟国",
                        "共演者", "共著者", "対戦相手", "好敵手"})


_SUBJECT_MARKS = ("が", "は")
# Words for a party related to another, which a name may follow (父モーツァルト).
_RELATIVES = ("父", "母", "兄", "姉", "弟", "妹", "子", "息子", "娘", "妻", "夫", "師", "親会社", "傘下", "主君", "家臣")
# The grammar of an adjective before a noun (新|しい, 大き|な).
_ADNOMINAL = ("い", "しい", "な")
# An amount (百万巻, 3,000人, 約2万人): what a party did or got, never a party.
# (Not a name that opens with numerals, 百五銀行, 七十七銀行: a counter is one letter.)
_AMOUNT = compile_re(r"約?(?:[0-9０-９][0-9０-９,.，．]*[万億兆千百]*|[〇一二三四五六七八九十百千万億兆]{2,})[^0-9０-９]?")


def _owner_pairs(found: list[Chunk], text: str):
    """Each subject with the owner of a noun in its clause (ポールは、ジョージ
    の紹介で): (subject, owner, owned); the owner's noun taking a role of its
    own, and one of the two a name at least (彼女は明仁親王の写真に)."""
    for k, owner in enumerate(found[:-1]):
        if past_plural(owner.grammar) != "の" or not term(owner) or _AMOUNT.fullmatch(owner.word):
            continue
        owned = found[k + 1]
        # (An adjective before the noun owned, ハリスらの新しい仮説: the noun.)
        if owned.grammar in _ADNOMINAL and k + 2 < len(found) and found[k + 2].clause == owned.clause:
            owned = found[k + 2]
        # (A member of a list, 李舜臣の水軍や明軍の反撃に, takes no role of its own.)
        if owned.grammar in _LISTING or not owned.grammar or owned.word in RECIPROCAL:
            continue
        for subject in found:
            # In the owner's clause, or the sentence's topic (ポールは、…); a
            # subject set off by a comma is its clause's still (Xが、…Yの筆頭株主).
            mark = marked(past_plural(subject.grammar), _SUBJECT_MARKS)
            # (The subject may be the noun owned, 愛媛県の真珠生産量は: one
            # party; not a relative named after it, レオポルトの父モーツァルトは.)
            if (mark is None or subject is owned and not owned.word.startswith(_RELATIVES)
                    or matches(subject.word, owner.word) or not term(subject) or _AMOUNT.fullmatch(subject.word)
                    or not (name_like(subject.word) or name_like(owner.word))):
                continue
            if (subject.clause == owner.clause or mark == "は"
                    or subject.clause + 1 == owner.clause and text.startswith("、", subject.grammar_end)):
                yield subject, owner, owned


def possessor_exchanged(claim: Unit, unit: Unit, cache: dict, details: Sequence[Unit] = ()) -> Optional[Spans]:
    """Two parties, one the subject and the other the owner of a noun
    (ポールは、ジョージの紹介で加わった), the other way round in the sentence
    (ポールの紹介でジョージが加入した): each takes the other's part.  Not when
    another detail sentence tells the claim's way (首相はトランプ氏の訪問を
    受けた / トランプ氏は翌年、首相の訪問を受けた): both happened."""
    for subject, owner, owned in _pairs_of(claim, cache):
        for c, y, noun in _pairs_of(unit, cache):
            if not (matches(subject.word, y.word) and matches(owner.word, c.word) and same_head(owned, noun)):
                continue
            if any(matches(subject.word, c2.word) and matches(owner.word, y2.word) and same_head(owned, noun2)
                   for u in details if u.start != unit.start for c2, y2, noun2 in _pairs_of(u, cache)):
                continue
            return spanning(subject, owner, owned), spanning(c, y, noun)
    return None


def _pairs_of(u: Unit, cache: dict) -> list:
    """:func:`_owner_pairs` of a sentence, once per post."""
    key = ("owner-pairs", u.start, u.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = list(_owner_pairs(unit_chunks(u, cache), u.text))
    return found


def _acted_on(found: list[Chunk], k: int) -> Optional[tuple[bool, Chunk]]:
    """For a word right before a verbal noun: (True, the verb) when it is
    the object of the active verb (Xを買収した), (False, the verb) when it
    is the doer of the passive one (Xに買収された); else None."""
    c = found[k]
    if k + 1 >= len(found) or c.grammar not in ("を", "に") or not term(c):
        return None
    verb = found[k + 1]
    if verb.clause != c.clause or len(verb.word) < 2 or not verb.grammar.startswith(("し", "す", "さ", "せ")):
        return None
    if c.grammar == "を" and not passive(verb):
        return True, verb
    if c.grammar == "に" and verb.grammar.startswith("され"):
        return False, verb
    return None


def voice_reversed(claim: Unit, unit: Unit, cache: dict) -> Optional[Spans]:
    """One party the object of an act in one sentence and its doer in the
    other (1989年にXを買収し / 1989年にXに買収され), by the same verbal noun."""
    mine, theirs = unit_chunks(claim, cache), unit_chunks(unit, cache)
    occurring = cache.setdefault(("occurring", unit.start, unit.end), {})
    for k in range(len(mine) - 1):
        acted = _acted_on(mine, k)
        if acted is None:
            continue
        for j in occurrences(theirs, mine[k].word, occurring):
            other = _acted_on(theirs, j)
            if other is not None and other[0] != acted[0] and other[1].word == acted[1].word:
                return spanning(mine[k], acted[1]), spanning(theirs[j], other[1])
    return None


def figures_exchanged(claim: Unit, unit: Unit, cache: dict) -> Optional[Spans]:
    """Two names, each followed by its figure (モンゴル政府が66%、リオ・ティントが
    34%), that the sentence gives each other's figures (リオ・ティントが66%、
    モンゴル政府が34%): the span of the two pairs in each."""
    def pairs(u: Unit) -> list[tuple[Chunk, Chunk]]:
        found = unit_chunks(u, cache)
        return [(a, b) for a, b in zip(found, found[1:]) if a.grammar in ("が", "は") and term(a) and not NUMERIC.match(a.word)
                and NUMERIC.match(b.word) and b.start - a.grammar_end <= 1]
    mine = pairs(claim)
    # (Of another group or time the sentence never names: 女子はB校が1位 / 男子はA校が1位.)
    if not mine or any(c.grammar == "は" and c.word not in unit.body for c in unit_chunks(claim, cache)
                       if c.start < mine[0][0].start):
        return None
    theirs = pairs(unit)
    for i, (x, fx) in enumerate(mine):
        for y, fy in mine[i + 1:]:
            if fx.word == fy.word or matches(x.word, y.word):
                continue
            tx = next((f for n, f in theirs if matches(n.word, x.word)), None)
            ty = next((f for n, f in theirs if matches(n.word, y.word)), None)
            if tx is not None and ty is not None and tx.word == fy.word and ty.word == fx.word:
                ends = [c for n, f in theirs if matches(n.word, x.word) or matches(n.word, y.word) for c in (n, f)]
                return ((min(x.start, y.start), max(fx.end, fy.end)),
                        (min(c.start for c in ends), max(c.end for c in ends)))
    return None
