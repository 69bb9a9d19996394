"""The words of opposing pairs in a text: which pair, which side, where.

Each pair's forms go into one phrase matcher.  A form inside a longer word
of the lexicon (安定 in 不安定), one after the head of its opposite in one
compound (入国 in 出入国), a one-kanji form that does not start a word, and
上が or 下が after another kanji, and a point of the compass inside a longer
one (西部 in 南西部) are no words of their own; a form of a
converse pair in the passive (撃破された) counts on the other side.
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.compass import inside_point
from lint.kinds.contradiction.file_data import AntonymPair
from lint.text.matcher import HitPool, Phrase, PhraseMatcher
from lint.text.scripts import is_kanji
from lint.text.tokens import KANJI, script


# A kanji before 上が or 下が that makes no word of two with it (値下がり).
_VERB_PREFIXES = "値"


def _inside_compound(text: str, at: int, end: int) -> bool:
    """上が or 下が right after another kanji is a word of two and its
    particle (性能向上が, 以上が), not the verb 上がる (値下がり is)."""
    return (end - at == 2 and at > 0 and text[at] in "上下" and text[at + 1] == "が"
            and is_kanji(text[at - 1]) and text[at - 1] not in _VERB_PREFIXES)


# The passive after a form of a converse pair (撃破|された, 打ち破|られた).
_PASSIVE = ("され", "られ")

# A whole that owns a share of itself (全土の90%, 全員の半数) names the whole
# the share is of; it says nothing of all.
_SHARE_OF_WHOLE = compile_re("の(?:約|およそ|ほぼ)?(?:[0-9０-９一二三四五六七八九十数]|半|大半|一部|多く|大部分|過半|ほとんど)")


class AntonymLexicon:
    def __init__(self, pairs: list[AntonymPair]):
        self.pairs = pairs
        phrases = []
        # Every (pair, side) a form is on: one word may stand in several pairs.
        self.sides_of: dict[str, set[tuple[int, int]]] = {}
        for index, pair in enumerate(pairs):
            for side, forms in ((0, pair.left), (1, pair.right)):
                for form in forms:
                    self.sides_of.setdefault(form, set()).add((index, side))
                    boundary = "auto" if pair.boundary == "start" else pair.boundary
                    phrases.append(Phrase(literal=form, boundary=boundary, data=(index, side)))
        self.matcher = PhraseMatcher(phrases)

    def _both_in_compound(self, text: str, at: int, index: int, side: int) -> bool:
        """The word follows the head of its opposite in one compound (出入国
        holds 入国 after 出 of 出国): the compound names both sides."""
        if at == 0:
            return False
        pair = self.pairs[index]
        other = pair.right if side == 0 else pair.left
        return any(len(form) >= 2 and form[0] == text[at - 1] and form[1:] == text[at + 1:at + len(form)]
                   for form in other)

    @staticmethod
    def _starts_word(text: str, at: int, end: int, pair: AntonymPair) -> bool:
        """A one-kanji form must start a word and not be the head of another."""
        if end - at > 1:
            return True
        if at > 0 and script(text[at - 1]) == KANJI:
            return False
        return end >= len(text) or text[end] not in pair.not_followed_by

    def find(self, text: str, start: int, end: int, pool: Optional[HitPool] = None) -> list[tuple[int, int, int, int]]:
        """(pair index, side, start, end) of every antonym word in the span, longest first.

        ``pool``: the lexicon's hits in a larger span holding this one (a post),
        found once instead of once per sentence.
        """
        hits = pool.within(start, end) if pool is not None else self.matcher.find(text[start:end])
        out = []
        # In this order (by start, longest first) every span that could hold
        # a hit comes before it: the hit is inside one when the furthest end
        # reached so far, by spans other than its own, is at or past its end.
        # (Testing every span for every hit would be quadratic in a long sentence.)
        reach = before = -1
        span = None
        for h in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
            if (h.start, h.end) != span:
                span, before = (h.start, h.end), reach
            # 不安定 contains 安定: a word inside a longer lexicon word is not
            # a word of its own.  Overlaps that are not containment (司令部分割
            # holds 部分 and 分割) are kept: without a dictionary either may
            # be the real word.
            if before >= h.end:
                continue
            reach = max(reach, h.end)
            index, side = h.phrase.data
            if self._both_in_compound(text, start + h.start, index, side):
                continue
            pair = self.pairs[index]
            if pair.boundary == "start" and not self._starts_word(text, start + h.start, start + h.end, pair):
                continue
            if _inside_compound(text, start + h.start, start + h.end) or inside_point(
                    text, start + h.start, start + h.end):
                continue
            at, to = start + h.start, start + h.end
            if text[at] == "全" and _SHARE_OF_WHOLE.match(text, to):
                continue
            if pair.converse and text.startswith(_PASSIVE, to):
                side, to = 1 - side, to + 2  # quoted with its passive
            out.append((index, side, at, to))
        return out
