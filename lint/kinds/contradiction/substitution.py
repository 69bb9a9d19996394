"""Substitution: the claim names, in the details' place, a name the post never uses.

No list of names is needed: a claim clause and a detail sentence agree
word for word except that where the details have one name the claim has
another, and the claim's name appears nowhere in the details (「首都は
キンシャサ」 where they say 「首都ブラザヴィル」; 「三菱重工業は1958年」 where
they say 「川崎重工業は1958年」).

* Words are runs of one script (kanji, katakana, Latin).  Most of the
  claim clause's other words (three in four) must have a like word in the
  detail sentence.
* The detail's name stands where the claim's does: after the counterpart
  of the claim word before it, and before the counterpart of the word
  after it (one side is enough at a clause's edge).  Or both are the
  topics of their sentences (Xは、… / Yは、…).
* Both are names of one kind: katakana or Latin names, or kanji names with
  the same ending (…重工業, …海峡, …朝, …州).  Two spellings of one word
  (グランド / グラウンド) are not two names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import unit_chunks
from lint.kinds.contradiction.units import Conflict, Settings, Unit
from lint.text import morph
from lint.text.lexicon import lexicon
from lint.text.scripts import KE, chars, is_kanji
from lint.text.tokens import _KANJI_CLASS, _KATAKANA_CLASS, _LATIN_CLASS

_RUN = compile_re(f"[{_KANJI_CLASS}]+|[{_KATAKANA_CLASS}・＝]+|[{_LATIN_CLASS}.,%％]+")
_ONE_RUN = compile_re(f"[{_KANJI_CLASS}]+|[{_KATAKANA_CLASS}・＝]+|[{_LATIN_CLASS}.,%％]+")
_NAME = compile_re(f"^[{_KATAKANA_CLASS}・＝]{{3,}}$|^[A-Za-zＡ-Ｚａ-ｚ]{{2,}}$")
# The letters of a katakana name, and of the kanji ending it may have (…石油).
_NAME_LETTERS = chars(_KATAKANA_CLASS + "・＝")
_ENDING_LETTERS = chars(KE)
# A lower share will do when the two names share the rest of a compound (…海峡).
COMPOUND_COVERAGE = 0.5
# Share of the claim clause's other words that must have a like word in the detail sentence.
COVERAGE = 0.75
# Alignment a detail sentence needs for any substitution.
MIN_ALIGN = 0.3


class Token(NamedTuple):
    start: int
    end: int
    text: str
    clause: int
    topic: bool  # the first word marked with は in its sentence
    head: str = ""  # the rest of its compound before it (首都|ブラザヴィル)
    rest: str = ""  # and after it (ドーバー|海峡)


def _tokens(u: Unit, cache: dict) -> list[Token]:
    key = ("tokens", u.start, u.end)
    found = cache.get(key)
    if found is not None:
        return found
    found = cache[key] = []
    cs = unit_chunks(u, cache)
    topic = next((k for k, c in enumerate(cs) if c.grammar == "は"), None)
    for k, c in enumerate(cs):
        runs = _runs(c.word)
        if runs is None:
            found.append(Token(c.start, c.end, c.word, c.clause, k == topic))
            continue
        for i, (s, e) in enumerate(runs):
            # A chunk of several runs is one name too (川崎重工業, ルハーンシク州).
            found.append(Token(c.start + s, c.start + e, c.word[s:e], c.clause,
                               k == topic and i == len(runs) - 1, c.word[:s], c.word[e:]))
        if len(runs) > 1:
            found.append(Token(c.start, c.end, c.word, c.clause, k == topic))
    return found


@lru_cache(maxsize=8192)
def _runs(word: str) -> Optional[tuple[tuple[int, int], ...]]:
    """The spans of the script runs of a chunk's word; None when it is one
    run.  Words repeat: memoised."""
    if _ONE_RUN.fullmatch(word):
        return None
    return tuple(m.span() for m in _RUN.finditer(word))


def looks_like_name(word: str) -> bool:
    """A katakana or Latin name (three katakana letters at least)."""
    return _NAME.match(word) is not None


def _clause_tokens(claim: Unit, clause: int, cache: dict) -> list[Token]:
    key = ("clause-tokens", claim.start, clause)
    found = cache.get(key)
    if found is None:
        found = cache[key] = [t for t in _tokens(claim, cache) if t.clause == clause]
    return found


def _matched(claim: Unit, clause: int, unit: Unit, cache: dict) -> dict[tuple[int, int], Optional[int]]:
    """For each word of a claim clause (by its span), the index of the first like
    word of ``unit``: worked out once per clause and sentence, for every name
    of the clause."""
    key = ("matched", claim.start, clause, unit.start)
    found = cache.get(key)
    if found is None:
        lookup = _lookup(unit, cache)
        found = cache[key] = {(t.start, t.end): lookup(t.text) for t in _clause_tokens(claim, clause, cache)}
    return found


def _lookup(u: Unit, cache: dict):
    """A function giving the index of the first word of ``u`` like a given
    word (equal, or sharing a character pair; see :func:`_like`), or None.
    Built once per sentence: asked for every word of every claim clause."""
    key = ("like-index", u.start, u.end)
    found = cache.get(key)
    if found is not None:
        return found
    exact: dict[str, int] = {}
    pairs: dict[str, int] = {}
    for j, e in enumerate(_tokens(u, cache)):
        exact.setdefault(e.text, j)
        for i in range(len(e.text) - 1):
            pairs.setdefault(e.text[i:i + 2], j)

    def first_like(word: str) -> Optional[int]:
        hits = [exact[word]] if word in exact else []
        hits += [pairs[word[i:i + 2]] for i in range(len(word) - 1) if word[i:i + 2] in pairs]
        return min(hits) if hits else None

    cache[key] = first_like
    return first_like


def _like(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) < 2 or len(b) < 2:
        return False
    pairs = {a[i:i + 2] for i in range(len(a) - 1)}
    return any(b[i:i + 2] in pairs for i in range(len(b) - 1))


# Endings that make a kanji word a name of a place, a house, a body or a
# firm (…州, …朝, …海峡, …重工業): two such names with one ending are two of a kind.
NAME_ENDINGS = ("州", "県", "省", "市", "町", "村", "郡", "島", "諸島", "海峡", "湾", "川", "山", "山脈", "半島",
                "朝", "王朝", "家", "氏", "党", "派", "社", "会社", "工業", "重工業", "電力", "銀行", "大学",
                "石油", "鉄道", "航空", "新聞", "放送", "女王", "国王", "皇帝", "王", "帝", "条約", "協定",
                "宣言", "戦争", "事件", "帝国", "王国", "共和国", "連邦", "公国", "機構", "連合", "同盟")


@lru_cache(maxsize=4096)
def _common_word(word: str) -> bool:
    """A word of the dictionary that is no proper noun (コップ, テーブル,
    ランキング), by Sudachi when it is installed, else by the katakana
    lexicon shipped with yure: the word itself, or two words it knows
    (テレビゲーム).  Names it does not know (ブラザヴィル) and names joined
    by ・ are not common words."""
    if "・" in word:
        return False
    tok = morph.tokenizer()
    if tok is not None:
        found = tok.tokenize(morph.encodable(word))
        return all(m.part_of_speech()[1] != "固有名詞" and not m.is_oov() for m in found)
    words = lexicon()

    def common(part: str) -> bool:
        return part in words and not words.is_proper(part)

    if common(word):
        return True
    return any(common(word[:i]) and common(word[i:]) for i in range(2, len(word) - 1))


@lru_cache(maxsize=4096)
def _proper_kind(word: str) -> Optional[str]:
    """With Sudachi: the kind of proper noun (人名, 地名, 一般 for a body)
    that every part of a kanji word is (川端康成, 仁川, 国際通貨基金);
    None for any other word, and without Sudachi."""
    # One kanji is a verb's stem as often as a name (続, 始).
    if len(word) < 2 or not is_kanji(word[0]):
        return None
    tok = morph.tokenizer()
    if tok is None:
        return None
    found = tok.tokenize(morph.encodable(word))
    kinds = {m.part_of_speech()[2] for m in found if m.part_of_speech()[1] == "固有名詞" and not m.is_oov()}
    if len(kinds) != 1 or any(m.part_of_speech()[1] != "固有名詞" for m in found):
        return None
    return kinds.pop()


def _same_kind(a: str, b: str) -> bool:
    """Two different names of one kind: katakana or Latin, a kanji name
    ending, or (with Sudachi) two kanji proper nouns of one kind."""
    if a == b or a in b or b in a:
        return False
    kind = _proper_kind(a)
    if kind is not None and kind == _proper_kind(b):
        return True
    if _NAME.match(a) and _NAME.match(b):
        # Two words of the dictionary are two things, not two names (ケーキ / スイーツ).
        return not (_common_word(a) and _common_word(b))
    # A katakana name and one that starts with a katakana name (…石油).
    lead_a, lead_b = _leading_name(a), _leading_name(b)
    if lead_a and lead_b and (_NAME.match(a) or _NAME.match(b)):
        return not (_common_word(a) and _common_word(b))
    for ending in sorted(NAME_ENDINGS, key=len, reverse=True):
        if a.endswith(ending) and b.endswith(ending):
            stem_a, stem_b = a[:-len(ending)], b[:-len(ending)]
            return len(stem_a) >= 2 and len(stem_b) >= 2 and stem_a[-1] != stem_b[-1]
    return False


def _variant(a: str, b: str) -> bool:
    """Two spellings or a short form of one word: グランド / グラウンド share
    most letters; スケボー is スケートボード with letters left out."""
    shared = sum(min(a.count(ch), b.count(ch)) for ch in set(a))
    if shared >= 0.6 * max(len(a), len(b)):
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    it = iter(long_)
    return all(ch in it for ch in short)


def _new(t: Token, details_text: str) -> bool:
    """A name-like word the details never use, nor the last part of it joined
    by ・ (インド・バングラデシュ ends with a country the details name)."""
    if not _name_like(t.text) or t.text in details_text:
        return False
    # Of a name joined by ・, the last part names the thing (ウクライナ・フリヴニャ).
    last = t.text.split("・")[-1]
    return not (len(last) >= 3 and last in details_text)


_ENDS_LIKE_A_NAME = compile_re(f"..(?:{'|'.join(sorted(NAME_ENDINGS, key=len, reverse=True))})$")


def _leading_name(word: str) -> bool:
    """A katakana name, alone or with a name ending (スタンダード石油, not セウタ攻略)."""
    ending = _name_ending(word)
    return ending is not None and (not ending or ending in NAME_ENDINGS)


def _name_ending(word: str) -> Optional[str]:
    """For a word of three katakana letters or more and up to three kanji
    (the whole word, or before a final line break), those kanji ("" for
    none); None for any other word."""
    n = 0
    while n < len(word) and word[n] in _NAME_LETTERS:
        n += 1
    if n < 3:
        return None
    rest = word[n:-1] if word.endswith("\n") else word[n:]
    if len(rest) <= 3 and all(is_kanji(c) or c in _ENDING_LETTERS for c in rest):
        return rest
    return None


@lru_cache(maxsize=8192)
def _name_like(word: str) -> bool:
    """Could be one of two names of a kind (see :func:`_same_kind`)."""
    return bool(_NAME.match(word) or _leading_name(word) or _ENDS_LIKE_A_NAME.search(word)
                or _proper_kind(word) is not None)


def _in_brackets(u: Unit, t: Token) -> bool:
    """Inside parentheses: a reading or a gloss (CODEN（コーデン）), not a claim."""
    text = u.text
    opened = max(text.rfind("(", u.start, t.start), text.rfind("（", u.start, t.start))
    closed = max(text.rfind(")", u.start, t.start), text.rfind("）", u.start, t.start))
    return opened > closed


def may_conflict(claim: Unit, details_text: str, cache: dict) -> bool:
    """A name-like word of the claim that the details never use."""
    return any(_new(t, details_text) for t in _tokens(claim, cache))


def _counterpart(claim: Unit, x: Token, unit: Unit, cache: dict, full: bool = False
                 ) -> Optional[tuple[Token, int]]:
    """The name of ``unit`` that stands where ``x`` stands in the claim, and
    where the claim's name ends (see :func:`_name_end`).  ``full``: every
    other word of the claim clause must have a like word."""
    mine = _clause_tokens(claim, x.clause, cache)
    theirs = _tokens(unit, cache)
    matched = _matched(claim, x.clause, unit, cache)
    end = _name_end(x, mine, matched)
    others = [t for t in mine if not (t.start < end and x.start < t.end)]
    if not others:
        return None
    share = sum(matched[t.start, t.end] is not None for t in others) / len(others)
    if share < (1.0 if full else COMPOUND_COVERAGE):
        return None
    # Where the claim's name is part of a compound, the detail's name with the
    # same rest of a compound (ジブラルタル|海峡 / ドーバー|海峡).
    if _compound_part(x.rest) or _compound_part(x.head):
        for y in theirs:
            if (x.rest and y.rest == x.rest or x.head and y.head == x.head) and y.text not in claim.body and (
                    _same_kind(x.text, y.text) and not _variant(x.text, y.text)):
                return y, x.end
    # Fewer like words (a verb reworded: 名を変えて / となり) will do for a
    # name placed by the very word beside it, with the same particle.
    weak = share < COVERAGE
    if weak and (full or share < COMPOUND_COVERAGE):
        return None
    body = claim.body
    before = [t for t in others if t.end <= x.start]
    after = [t for t in others if t.start >= end]
    # The detail words right after the counterpart of the claim word before
    # the name, and right before the counterpart of the word after it.
    sides = []
    one_sided = False
    exact = False  # the counterpart beside the name is the very same word
    for beside, is_before in ((before[-1:], True), (after[:1], False)):
        if not beside:
            continue
        word = beside[0]
        j = matched[word.start, word.end]
        # The first like word, and every occurrence of the very word.
        places = {j} if j is not None else set()
        same = [k for k, e in enumerate(theirs) if e.text == word.text]
        places.update(same)
        exact = exact or bool(same)
        if not places:
            one_sided = True
            continue  # reworded there (訪れ / 立ち寄った): the other side places the name
        side: set = set()
        for k in places:
            side |= _next_to(theirs, theirs[k], after=is_before)
        sides.append(side)
    placed = set.intersection(*sides) if sides else set()
    if full:
        # A sentence aligned with the name's clause alone: the word beside the
        # name must be the very word beside the other (首都は|キンシャサ /
        # 首都|ブラザヴィル).
        placed = {e for e in placed if exact or before and e.head == before[-1].text
                  or after and e.rest == after[0].text}
    elif x.topic:
        placed |= {e for e in theirs if e.topic}
    for y in sorted(placed, key=lambda e: e.start):
        if y.text not in body and _same_kind(x.text, y.text) and not _variant(x.text, y.text) and not (
                one_sided and not _same_particle(claim.text, end, unit.text, y.end)) and not (
                weak and not (exact and _same_particle(claim.text, end, unit.text, y.end, CASE_MARKS)
                              and not _common_word(x.text) and not _common_word(y.text))):
            return y, end
    if weak or full or not (sides or one_sided):
        return None
    # Placed by neither side (a gloss in brackets, a word put between): the
    # one name of the kind that takes the claim's particle there.  Both must
    # be proper names (テディベアに / ベッドに are two things).
    if end < len(claim.text) and claim.text[end] in CASE_MARKS and not _common_word(x.text):
        taking = {y.text: y for y in theirs if y.text not in body
                  and _same_particle(claim.text, end, unit.text, y.end, CASE_MARKS)
                  and _same_kind(x.text, y.text) and not _variant(x.text, y.text) and not _common_word(y.text)}
        if len(taking) == 1:
            return next(iter(taking.values())), end
    return None


def _name_end(x: Token, mine: list[Token], matched: dict) -> int:
    """Where the claim's name ends: after the kanji rest of its compound
    when the sentence has no word like that rest (ボストン|交響楽団 against
    ニューヨーク・フィルハーモニック: the whole compound is the name)."""
    if not x.rest or not _KANJI_REST.fullmatch(x.rest):
        return x.end
    rest = [t for t in mine if x.end <= t.start and t.end <= x.end + len(x.rest)]
    if any(matched[t.start, t.end] is not None for t in rest):
        return x.end
    return x.end + len(x.rest)


_KANJI_REST = compile_re(f"[{_KANJI_CLASS}]{{2,}}")


# Particles that give a name its role in a clause.  Not と or や: a name
# in a list may be one more member (スイスとオランダ / スペインとオランダ).
CASE_MARKS = "がはをにへで"


def _same_particle(a: str, i: int, b: str, j: int, marks: str = "がはをにへ") -> bool:
    """The same particle after both names (マゼランが / コロンブスが): placed by
    one side only, a name must also take the other's role."""
    return i < len(a) and j < len(b) and a[i] == b[j] and a[i] in marks


def _beside(claim: Unit, x: Token, cache: dict) -> list[str]:
    """The claim words right before and right after ``x`` in its clause."""
    mine = [t for t in _clause_tokens(claim, x.clause, cache) if not (t.start < x.end and x.start < t.end)]
    before = [t.text for t in mine if t.end <= x.start][-1:]
    after = [t.text for t in mine if t.start >= x.end][:1]
    return before + after


def _compound_part(part: str) -> bool:
    """A rest of a compound that makes a name of what it joins: two letters
    at least, or a name ending (…州, …朝); 系 (テュルク系 / トルコ系) is not."""
    return len(part) >= 2 or part in NAME_ENDINGS


def _next_to(tokens: list[Token], t: Token, after: bool) -> set:
    """The words (a run, or the whole compound) right after or right before ``t``."""
    if after:
        later = [e for e in tokens if e.start >= t.end]
        first = min((e.start for e in later), default=None)
        return {e for e in later if e.start == first}
    earlier = [e for e in tokens if e.end <= t.start]
    last = max((e.end for e in earlier), default=None)
    return {e for e in earlier if e.end == last}


def compare(claim: Unit, aligned: list[Unit], details_text: str, cfg: Settings, cache: dict) -> list[Conflict]:
    out: list[Conflict] = []
    for x in _tokens(claim, cache):
        if not _new(x, details_text) or _in_brackets(claim, x):
            continue
        beside = _beside(claim, x, cache)
        for unit in aligned:
            # A sentence that aligns weakly with the claim may still hold the
            # whole of the name's clause (首都は|キンシャサ / 首都|ブラザヴィル),
            # and at least the very word beside the name.
            full = unit.score < MIN_ALIGN
            if full and not any(w in unit.body for w in beside):
                continue
            found = _counterpart(claim, x, unit, cache, full=full)
            if found is not None:
                y, end = found
                out.append(Conflict("entity", x.start, end, unit, y.start, y.end, claim.text[x.start:end], y.text))
                break
    return out
