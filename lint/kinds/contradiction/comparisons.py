"""Comparisons: the claim says more than a thing where the details say less.

「徳川時代の天守は豊臣時代より小さかった」 against 「豊臣時代のものを上回る
規模だった」; 「写本よりはるかに高く」 against 「写本と比べれば安価だった」:
both sentences compare with one same thing (the word before より, と比べ,
を上回る), and the words of comparison after it point opposite ways.

    pass: 豊臣時代より大きかった / 豊臣時代のものを上回る規模だった
    fail: 豊臣時代より小さかった / 豊臣時代のものを上回る規模だった
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import Chunk, unit_chunks
from lint.kinds.contradiction.role_words import NUMERIC, matches
from lint.kinds.contradiction.units import Conflict, Unit, memo

# Words of comparison by the way they point (大きい +, 小さい −): the
# chunk's word must be the kanji of one (高 of 高く, not of 高校).
MORE = ("長", "大き", "高", "多", "広", "深", "重", "強", "上回", "増え", "増加", "高価")
LESS = ("短", "小さ", "低", "少な", "狭", "浅", "軽", "弱", "下回", "減", "安", "安価")
# What marks the thing compared with: より, を before 上回る / 下回る.
COMPARED = compile_re(r"^(?:のもの)?(?:より|を$)")
# と比べて, に比べれば: the chunk after the particle is 比.
BESIDE = ("と", "に")
# How many chunks past the thing the word of comparison may stand (はるかに, 大きく).
REACH = 3


def _way(c: Chunk) -> int:
    written = c.word + c.grammar
    for stems, way in ((MORE, 1), (LESS, -1)):
        if any(written.startswith(stem) and c.word == stem.rstrip("きさなえ") for stem in stems):
            return way
    return 0


def _comparisons(u: Unit, cache: dict) -> list[tuple[Chunk, Chunk, int]]:
    """(the thing compared with, the word of comparison, its way) in ``u``, once per post."""
    return memo(cache, ("comparisons", u.start, u.end), lambda: _find(unit_chunks(u, cache)))


def _find(chunks: list[Chunk]) -> list[tuple[Chunk, Chunk, int]]:
    found = []
    for k, c in enumerate(chunks):
        if len(c.word) < 2 or NUMERIC.match(c.word):
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


def compare(claim: Unit, aligned: list[Unit], cache: dict) -> list[Conflict]:
    """``aligned``: the claim's closest detail sentences."""
    for thing, word, way in _comparisons(claim, cache):
        for unit in aligned:
            other = next(((t, w) for t, w, v in _comparisons(unit, cache)
                          if v == -way and matches(thing.word, t.word)), None)
            if other is not None:
                s, e = thing.start, word.grammar_end
                es, ee = other[0].start, other[1].grammar_end
                return [Conflict("antonym", s, e, unit, es, ee, claim.text[s:e], unit.text[es:ee])]
    return []


def may_conflict(claim: Unit, cache: dict) -> bool:
    return bool(_comparisons(claim, cache))

