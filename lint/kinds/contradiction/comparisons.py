"""Comparisons: the claim says more than a thing where the details say less.

「徳川時代の天守は豊臣時代より小さかった」 against 「豊臣時代のものを上回る
規模だった」; 「写本よりはるかに高く」 against 「写本と比べれば安価だった」:
both sentences compare with one same thing (the word before より, と比べ,
を上回る), and the words of comparison after it point opposite ways.

Times and ranks are compared so too (叙聖より前に / 叙聖されるより後に;
大関は関脇より上位 / 下位), and so is one comparison told from the other side
(質量Mのほうが質量mより大きい / 質量mは質量Mより大きい).

    pass: 豊臣時代より大きかった / 豊臣時代のものを上回る規模だった
    fail: 豊臣時代より小さかった / 豊臣時代のものを上回る規模だった
    fail: 英馬力は仏馬力より小さい / 仏馬力は英馬力より小さい
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import Chunk, unit_chunks
from lint.kinds.contradiction.dated import NUMERIC_WORD
from lint.kinds.contradiction.role_words import NUMERIC, matches
from lint.kinds.contradiction.units import Conflict, Unit, memo

# Words of comparison by the way they point (大きい +, 小さい −): the
# chunk's word must be the kanji of one (高 of 高く, not of 高校).
MORE = ("長", "大き", "高", "多", "広", "深", "重", "強", "上回", "増え", "増加", "高価")
LESS = ("短", "小さ", "低", "少な", "狭", "浅", "軽", "弱", "下回", "減", "安", "安価")
# …and of time and rank, each a scale of its own (より後に is no より多く).
LATER = ("後", "遅")
EARLIER = ("前", "先", "早")
ABOVE = ("上位", "格上")
BELOW = ("下位", "格下")
SCALES = ((MORE, 1), (LESS, -1), (LATER, 2), (EARLIER, -2), (ABOVE, 3), (BELOW, -3))
# What marks the thing compared with: より, を before 上回る / 下回る; an act
# (叙聖されるより前に).
COMPARED = compile_re(r"^(?:のもの|される|された|する|した)?(?:より|を$)")
# Who is compared: a subject, or the side set against the other (質量Mのほうが).
SIDE_GRAMMAR = ("は", "が", "も", "のほうが", "の方が", "のほうは", "の方は")
# と比べて, に比べれば: the chunk after the particle is 比.
BESIDE = ("と", "に")
# How many chunks past the thing the word of comparison may stand (はるかに, 大きく).
REACH = 3


def _way(c: Chunk) -> int:
    """The scale and way of a word of comparison: ±1 size, ±2 time, ±3 rank."""
    written = c.word + c.grammar
    for stems, way in SCALES:
        if any(written.startswith(stem) and c.word == stem.rstrip("きさなえ") for stem in stems):
            return way
    return 0


def _comparisons(u: Unit, cache: dict) -> list[tuple[Chunk, Chunk, int]]:
    """(the thing compared with, the word of comparison, its way) in ``u``, once per post."""
    return memo(cache, ("comparisons", u.start, u.end), lambda: _find(unit_chunks(u, cache)))


def _find(chunks: list[Chunk]) -> list[tuple[Chunk, Chunk, int]]:
    found = []
    for k, c in enumerate(chunks):
        # (A measure compared with, 1坪より広く, is one thing only when the
        # same on both sides: see ``_same_thing``.)
        if len(c.word) < 2 and not NUMERIC.match(c.word):
            continue
        if c.grammar in BESIDE and k + 1 < len(chunks) and chunks[k + 1].word == "比":
            k += 1
        elif not COMPARED.match(c.grammar):
            continue
        for d in chunks[k + 1:k + 1 + REACH]:
            if d.clause != c.clause:
                break
            way = _way(d)
            if way and (not c.grammar.endswith("を") or (d.word + d.grammar).startswith(("上回", "下回"))):
                found.append((c, d, way))
                break
    return found


def _same_thing(a: str, b: str) -> bool:
    return a == b if NUMERIC.match(a) and NUMERIC.match(b) else matches(a, b)


def _side(chunks: list[Chunk], thing: Chunk) -> Optional[Chunk]:
    """What is compared with ``thing``: the subject in its clause before it,
    or else the topic the sentence carries to it (質量mは通常、質量Mより)."""
    side = topic = None
    for c in chunks:
        if c.start >= thing.start:
            break
        if len(c.word) < 2 or NUMERIC_WORD.match(c.word):
            continue
        if c.clause == thing.clause and c.grammar in SIDE_GRAMMAR:
            side = c
        elif c.grammar == "は":
            topic = c
    return side or topic


def _sided(u: Unit, cache: dict) -> list[tuple["Named", Chunk, int, Optional["Named"]]]:
    """:func:`_comparisons` of ``u`` with the side compared in each, each
    thing with its owner, once per post."""
    def named(c: Optional[Chunk]) -> Optional[Named]:
        return None if c is None else Named(c, _owner(unit_chunks(u, cache), c))
    return memo(cache, ("sided-comparisons", u.start, u.end),
                lambda: [(named(t), w, v, named(_side(unit_chunks(u, cache), t))) for t, w, v in _comparisons(u, cache)])


class Named(NamedTuple):
    """A thing compared and the word that owns it with の (所得収支|の|黒字), if any."""

    chunk: Chunk
    owner: Optional[Chunk]

    @property
    def word(self) -> str:
        return self.chunk.word

    @property
    def start(self) -> int:
        return self.chunk.start


def _owner(chunks: list[Chunk], c: Chunk) -> Optional[Chunk]:
    k = chunks.index(c)
    before = chunks[k - 1] if k else None
    return before if before is not None and before.grammar == "の" and before.grammar_end == c.start else None


def _same(a: Named, b: Named) -> bool:
    """One thing: the same word, and the same owner where both have one
    (所得収支の黒字 is not 貿易収支の黒字)."""
    return _same_thing(a.word, b.word) and (a.owner is None or b.owner is None or _same_thing(a.owner.word, b.owner.word))


def compare(claim: Unit, aligned: list[Unit], cache: dict) -> list[Conflict]:
    """``aligned``: the claim's closest detail sentences."""
    for thing, word, way, side in _sided(claim, cache):
        # (Told the claim's way too: 歳出が歳入を上回る状態を赤字、逆に歳入が
        # 歳出を上回る状態を黒字という names both.)
        if any(v == way and _same(thing, t) and (side is None or theirs is None or _same(side, theirs))
               for unit in aligned for t, _, v, theirs in _sided(unit, cache)):
            continue
        for unit in aligned:
            for t, w, v, theirs in _sided(unit, cache):
                # (The details' side among what the claim compares its own with,
                # 果物はfruitや果実より狭い / fruitは果実より広い: two sides, each its own size.)
                if v == -way and _same(thing, t) and not (
                        side is not None and theirs is not None and not _same(side, theirs)
                        and theirs.word in claim.text[side.chunk.end:thing.start]):
                    first, other, kind = thing, t, "antonym"
                else:
                    # The two sides exchanged, the word the same (Mのほうがmより大きい / mはMより大きい);
                    # two sides of one head word are told apart by their owners
                    # (所得収支の黒字が貿易収支の黒字を上回った).
                    if not (v == way and side is not None and theirs is not None and _same(side, t)
                            and _same(thing, theirs) and not _same(side, thing)):
                        continue
                    first, other, kind = side, theirs, "role"
                s, e = (first.owner or first.chunk).start if kind == "role" else first.start, word.grammar_end
                es, ee = (other.owner or other.chunk).start if kind == "role" else other.start, w.grammar_end
                return [Conflict(kind, s, e, unit, es, ee, claim.text[s:e], unit.text[es:ee])]
    return []


def may_conflict(claim: Unit, cache: dict) -> bool:
    return bool(_comparisons(claim, cache))

