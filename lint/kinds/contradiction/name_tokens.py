"""A sentence as the substitution comparison reads it: words that are
runs of one script, each with the rest of its compound, and where a word
stands among the others.

    pass: 首都は|東岸|の|中心都市|ティラスポリ|である (the capital's name ends the phrase)
    fail: 首都は|東岸|の|中心都市|に|ある (no name ends it)
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import topic_before, unit_chunks
from lint.kinds.contradiction.name_kinds import name_like
from lint.kinds.contradiction.units import Unit, memo
from lint.text.scripts import is_kanji
from lint.text.tokens import _KANJI_CLASS, _KATAKANA_CLASS, _LATIN_CLASS

_RUN = compile_re(f"[{_KANJI_CLASS}]+|[{_KATAKANA_CLASS}・＝]+|[{_LATIN_CLASS}.,%％]+")


class Token(NamedTuple):
    start: int
    end: int
    text: str
    clause: int
    topic: bool  # the first word marked with は in its sentence
    head: str = ""  # the rest of its compound before it (首都|ブラザヴィル)
    rest: str = ""  # and after it (ドーバー|海峡)


def tokens(u: Unit, cache: dict) -> list[Token]:
    """The words of a sentence, once per post: each run of one script, and
    a chunk of several runs also whole."""
    return memo(cache, ("tokens", u.start, u.end), lambda: _tokens(u, cache))


def _tokens(u: Unit, cache: dict) -> list[Token]:
    found = []
    cs = unit_chunks(u, cache)
    topic = next((k for k, c in enumerate(cs) if c.grammar == "は"), None)
    for k, c in enumerate(cs):
        spans = script_runs(c.word)
        if spans is None:
            found.append(Token(c.start, c.end, c.word, c.clause, k == topic))
            continue
        for i, (s, e) in enumerate(spans):
            # A chunk of several runs is one name too (川崎重工業, ルハーンシク州).
            found.append(Token(c.start + s, c.start + e, c.word[s:e], c.clause,
                               k == topic and i == len(spans) - 1, c.word[:s], c.word[e:]))
        if len(spans) > 1:
            found.append(Token(c.start, c.end, c.word, c.clause, k == topic))
    return found


@lru_cache(maxsize=8192)
def script_runs(word: str) -> Optional[tuple[tuple[int, int], ...]]:
    """The spans of the script runs of a chunk's word; None when it is one
    run.  Words repeat: memoised."""
    if _RUN.fullmatch(word):
        return None
    return tuple(m.span() for m in _RUN.finditer(word))


def next_to(words: list[Token], t: Token, after: bool) -> set:
    """The words (a run, or the whole compound) right after or right before ``t``."""
    if after:
        later = [e for e in words if e.start >= t.end]
        first = min((e.start for e in later), default=None)
        return {e for e in later if e.start == first}
    earlier = [e for e in words if e.end <= t.start]
    last = max((e.end for e in earlier), default=None)
    return {e for e in earlier if e.end == last}


# Words a phrase may run through to the name that ends it: の between two
# nouns (東岸の中心都市ティラスポリ), and no more than a few of them.
PHRASE_WORDS = 4


def phrase_end(text: str, words: list[Token], t: Token) -> Optional[Token]:
    """The katakana or Latin name ending the noun phrase right after ``t``
    in its clause, when words joined by の or compounded lead to it (首都は|
    東岸の中心都市ティラスポリ|である: ティラスポリ)."""
    later = sorted((e for e in words if e.start >= t.end and e.clause == t.clause), key=lambda e: (e.start, e.end))
    last = None
    taken = 0
    for e in later:
        if last is not None and e.start < last.end:
            continue  # a whole compound, after its runs
        taken += 1
        if taken > PHRASE_WORDS:
            break
        if last is not None and not (e.start == last.end or text.startswith("の", last.end) and e.start == last.end + 1):
            break
        last = e
        if e.end < len(text) and not text.startswith("の", e.end) and not e.rest:
            # Katakana or Latin names only: kanji phrases are reworded freely
            # (中核会社 / 株式会社, 鉄道・運輸機構 / …運輸施設整備支援機構).
            return e if _FOREIGN_NAME.fullmatch(e.text) else None
    return None


_FOREIGN_NAME = compile_re(f"[{_KATAKANA_CLASS}・＝]{{2,}}|[{_LATIN_CLASS}]{{2,}}")


_OWNER_BEFORE = compile_re(f"([{_KATAKANA_CLASS}・]{{2,}}|[{_KANJI_CLASS}]{{2,}})の$")


def owned_by_another(unit: Unit, y: Token, word: str, claim_body: str) -> bool:
    """The word that places ``y`` (首都) is owned by a name the claim does
    not give (ガボンの|首都リーブルヴィル)."""
    at = unit.text.rfind(word, unit.start, y.start)
    owner = _OWNER_BEFORE.search(unit.text, unit.start, at) if at > -1 else None
    return owner is not None and owner.group(1) not in claim_body and name_like(owner.group(1))


# A title held before (旧首都, かつての首都, 前首相): its name is of another time.
_FORMER_TITLE = compile_re(f"(?:(?<![{_KANJI_CLASS}])(?:旧|元|前)|かつての|当時の)[{_KANJI_CLASS}]{{1,4}}$")


def titled_then(u: Unit, at: int) -> bool:
    """The name at ``at`` follows a title of another time (かつての首都|サン・ルイ)."""
    return _FORMER_TITLE.search(u.text, max(u.start, at - 9), at) is not None


def placed_with_clause(claim: Unit, x: Token, aligned: list[Unit], cache: dict) -> bool:
    """A detail sentence names ``x`` with at least half the other words of
    its claim clause (池永正明らが永久追放 / 池永正明ら…も永久追放を言い渡
    された): the name's part is told there, whatever another sentence has."""
    words = {t.text for t in (t for t in tokens(claim, cache) if t.clause == x.clause)
             if len(t.text) >= 2 and not (t.start < x.end and x.start < t.end) and t.text not in x.text}
    if not words:
        return False
    return any(x.text in u.body and 2 * sum(w in u.body for w in words) >= len(words) for u in aligned)


# Kana that follow only a verb's or adjective's stem, never a noun or name
# (particles and what may follow a name, さん, ちゃん, くん, ら, たち, こそ,
# are not among them).
_INFLECTION = frozenset("っつてりるれろいうきけせむ")


def verb_stem(text: str, t: Token) -> bool:
    """A kanji word inflected as a verb (巣立|った, 育|てた): it names nothing."""
    return t.end < len(text) and text[t.end] in _INFLECTION and is_kanji(text[t.end - 1])


def told_of_another(claim: Unit, at: int, unit: Unit, their_at: int, cache: dict) -> bool:
    """The two names are said of two topics (劉邦は…都を長安に置いた /
    劉秀は…都を洛陽に置いて): each tells of its own."""
    a = topic_before(unit_chunks(claim, cache), at, ("は",))
    b = topic_before(unit_chunks(unit, cache), their_at, ("は",))
    if a is None or b is None:
        return False
    mine, theirs = a.word, b.word
    return len(mine) >= 2 and len(theirs) >= 2 and mine not in theirs and theirs not in mine


# A digit inside a word of kanji (旧2村, 第3次): a count or an ordinal, no name.
_COUNTED = compile_re(f"[0-9０-９][万億千百]?[{_KANJI_CLASS}]")


def counted(word: str) -> bool:
    return _COUNTED.search(word) is not None


# The end of a compound that makes a time of it (ロシア革命後, 明治維新以降).
_TIME_REST = compile_re("(?:後|前|中|以降|以後|以前|直後|直前|末|初頭)$")


def time_for_name(claim: Unit, x: Token, end: int, y: Token, unit: Unit) -> bool:
    """The claim's compound tells a time (ロシア革命後): it stands for a
    detail name only with the same ending (フランス革命後), never for a
    name of a doer (シャガールは)."""
    rest = claim.text[x.end:end]
    return _TIME_REST.search(rest) is not None and not unit.text.startswith(rest, y.end)
