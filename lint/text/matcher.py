"""One pass over the text for every literal phrase of every rule.

Rules contribute *phrases*: literals (found together by one
:class:`~lint.text.prefilter.LiteralFinder`, so the scan costs about the same for
10 or 10,000 literals) or regular expressions (run one by one, and only when
a literal each of them needs occurs in the text).  The matcher returns every occurrence
that passes the phrase's word-boundary test; deciding between overlapping
occurrences is the caller's business because checks differ on it.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, Iterable, NamedTuple, Optional

from lint.text.prefilter import LiteralFinder
from lint.text.scripts import ITERATION_MARKS, KATAKANA, KE, LATIN, chars
from lint.text.scripts import is_kanji as _is_kanji

# A word continues through ヽ ヾ as through any katakana letter.
_KATAKANA = chars(KATAKANA + ITERATION_MARKS)
# Identifiers: letters, digits and the underscore (ASCII_name, Ｆｕｌｌ).
_WORD = chars(LATIN + "_")


def is_katakana(ch: str) -> bool:
    return ch in _KATAKANA


def is_word_char(ch: str) -> bool:
    """ASCII and full-width Latin letters and digits, and the underscore."""
    return ch in _WORD


def is_kanji(ch: str) -> bool:
    """Kanji, for the word boundary of ``boundary: word``: ヶ between kanji counts (霞ヶ関)."""
    return _is_kanji(ch) or ch == KE


class Phrase:
    """Something to find: a literal or a compiled regex, owned by a rule."""

    __slots__ = ("literal", "pattern", "boundary", "owner", "data", "required")

    def __init__(self, literal: Optional[str] = None, pattern: Optional[Any] = None, boundary: str = "auto",
                 owner: Any = None, data: Any = None, required: Optional[tuple[str, ...]] = None):
        self.literal = literal
        self.pattern = pattern  # a compiled ``regex`` pattern
        # auto: script-aware (katakana inside a longer katakana word does not
        # match unless the rest is a known word; Latin needs a word boundary);
        # none: match anywhere; word: also kanji must not continue.
        self.boundary = boundary
        self.owner = owner
        self.data = data
        # Literals of which at least one must occur for ``pattern`` to match;
        # None when the pattern is not pre-filtered.
        self.required = required

    def __repr__(self) -> str:
        found = self.literal if self.literal is not None else getattr(self.pattern, "pattern", None)
        return f"Phrase({found!r}, boundary={self.boundary!r})"


class Hit(NamedTuple):
    """Where a phrase was found."""

    start: int
    end: int
    phrase: Phrase
    match: Any = None  # the regex match object for regex phrases


class HitPool:
    """A matcher's hits in one span, handed out per sub-span.

    The contradiction check looks up entities and antonyms in every sentence
    of a post; one matcher pass over the post, cut up here, replaces one
    pass per sentence.  Hits come back relative to the sub-span's start, as
    if the matcher had been run on that slice.
    """

    def __init__(self, matcher: "PhraseMatcher", text: str, start: int, end: int):
        self.start = start
        self.hits = sorted(matcher.find(text[start:end]), key=lambda h: h.start)
        self._starts = [h.start + start for h in self.hits]

    def within(self, start: int, end: int) -> list[Hit]:
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end)
        shift = self.start - start
        return [Hit(h.start + shift, h.end + shift, h.phrase, h.match)
                for h in self.hits[lo:hi] if h.end + self.start <= end]


class KatakanaLexicon:
    """Known katakana words, used to tell compounds from longer words.

    インディア matches inside インディアメディア because メディア is a known word,
    but インド does not match inside インドネシア because ネシア is not.
    """

    def __init__(self, words: Iterable[str] = ()):
        self.words: set[str] = set()
        self.max_len = 0
        for w in words:
            self.add(w)

    def add(self, word: str) -> None:
        if word and _KATAKANA.issuperset(word):
            self.words.add(word)
            self.max_len = max(self.max_len, len(word))

    def prefixes(self, run: str) -> list[bool]:
        """For each ``i``: can ``run[:i]`` be split entirely into known words?"""
        n = len(run)
        reachable = [False] * (n + 1)
        reachable[0] = True
        for i in range(n):
            if not reachable[i]:
                continue
            for j in range(i + 1, min(n, i + self.max_len) + 1):
                if not reachable[j] and run[i:j] in self.words:
                    reachable[j] = True
        return reachable

    def suffixes(self, run: str) -> list[bool]:
        """For each ``i``: can ``run[i:]`` be split entirely into known words?"""
        n = len(run)
        reachable = [False] * (n + 1)
        reachable[n] = True
        for j in range(n, 0, -1):
            if not reachable[j]:
                continue
            for i in range(j - 1, max(0, j - self.max_len) - 1, -1):
                if not reachable[i] and run[i:j] in self.words:
                    reachable[i] = True
        return reachable


class KatakanaRuns:
    """The katakana runs around the hits in one text, each segmented once.

    A hit inside a katakana run is tested on the rest of the run either
    side of it; doing that afresh for every hit, walking to the run's ends
    and segmenting them, would cost a long run with many hits the square
    of its length.  Hits come in text order, so the last run tested before
    a hit, and the last tested after one, are kept.
    """

    def __init__(self, text: str, lexicon: KatakanaLexicon):
        self.text = text
        self.lexicon = lexicon
        # (run start, run end, the lexicon's answers over the run)
        self._head: tuple[int, int, list[bool]] = (-1, -1, [])
        self._tail: tuple[int, int, list[bool]] = (-1, -1, [])

    def _run(self, pos: int) -> tuple[int, int]:
        """The bounds of the katakana run holding ``pos``."""
        text = self.text
        a = pos
        while a > 0 and is_katakana(text[a - 1]):
            a -= 1
        b = pos + 1
        n = len(text)
        while b < n and is_katakana(text[b]):
            b += 1
        return a, b

    def head_known(self, pos: int) -> bool:
        """Is the run's part before ``pos`` (``pos - 1`` is in the run) made of known words?"""
        start, end, known = self._head
        if not start <= pos - 1 < end:
            start, end = self._run(pos - 1)
            known = self.lexicon.prefixes(self.text[start:end])
            self._head = (start, end, known)
        return known[pos - start]

    def tail_known(self, pos: int) -> bool:
        """Is the run's part from ``pos`` (in the run) on made of known words?"""
        start, end, known = self._tail
        if not start <= pos < end:
            start, end = self._run(pos)
            known = self.lexicon.suffixes(self.text[start:end])
            self._tail = (start, end, known)
        return known[pos - start]


class PhraseMatcher:
    """Finds many phrases in one pass: literals by automaton, the rest by regex."""

    def __init__(self, phrases: list[Phrase], lexicon: Optional[KatakanaLexicon] = None):
        self.phrases = phrases
        self.lexicon = KatakanaLexicon() if lexicon is None else lexicon
        self._by_literal: dict[str, list[Phrase]] = {}
        self._regex_phrases: list[Phrase] = []
        for p in self.phrases:
            if p.literal is not None:
                if p.literal:
                    self._by_literal.setdefault(p.literal, []).append(p)
            elif p.pattern is not None:
                self._regex_phrases.append(p)
        # Without yure[fast] the finder compiles its combined pattern only
        # when a text is long enough to need one.
        self._finder = LiteralFinder(self._by_literal) if self._by_literal else None

    def find(self, text: str, timeout: Optional[float] = None,
             timed_out: Optional[list] = None) -> list[Hit]:
        """Every occurrence of every phrase in ``text``.

        A regex phrase that runs longer than ``timeout`` seconds is stopped,
        contributes no hits, and is appended to ``timed_out``.
        """
        hits: list[Hit] = []
        runs = KatakanaRuns(text, self.lexicon)
        if self._finder is not None:
            by_lit = self._by_literal
            ok = self.boundary_ok
            # Every occurrence of every literal, by start, longest first.
            for start, lit in sorted(self._finder.occurrences(text), key=lambda o: (o[0], -len(o[1]))):
                end = start + len(lit)
                for phrase in by_lit[lit]:
                    if ok(text, start, end, phrase.boundary, runs):
                        hits.append(Hit(start, end, phrase))
        for phrase in self._regex_phrases:
            if phrase.required is not None and not any(r in text for r in phrase.required):
                continue
            found = []
            try:
                for m in phrase.pattern.finditer(text, timeout=timeout):
                    start, end = m.span()
                    if end > start and self.boundary_ok(text, start, end, phrase.boundary, runs):
                        found.append(Hit(start, end, phrase, m))
            except TimeoutError:
                if timed_out is not None:
                    timed_out.append(phrase)
                continue
            hits.extend(found)
        return hits

    def boundary_ok(self, text: str, start: int, end: int, mode: str,
                    runs: Optional[KatakanaRuns] = None) -> bool:
        """Does ``[start, end)`` stand as a word?  ``runs``: this text's
        :class:`KatakanaRuns`, shared by its hits."""
        if mode == "none":
            return True
        first, last = text[start], text[end - 1]
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        if before:
            if is_katakana(first) and is_katakana(before):
                if runs is None:
                    runs = KatakanaRuns(text, self.lexicon)
                if not runs.head_known(start):
                    return False
            elif is_word_char(first) and is_word_char(before):
                return False
            elif mode == "word" and is_kanji(first) and is_kanji(before):
                return False
        if after:
            if is_katakana(last) and is_katakana(after):
                if runs is None:
                    runs = KatakanaRuns(text, self.lexicon)
                if not runs.tail_known(end):
                    return False
            elif is_word_char(last) and is_word_char(after):
                return False
            elif mode == "word" and is_kanji(last) and is_kanji(after):
                return False
        return True


def covered_by_exception(text: str, start: int, end: int, exceptions: Iterable[str]) -> bool:
    """Is ``[start, end)`` inside an occurrence of one of ``exceptions``?"""
    for exc in exceptions:
        width = len(exc)
        if width < end - start:
            continue
        lo = max(0, end - width)
        hi = min(len(text), start + width)
        pos = text.find(exc, lo, hi)
        while pos != -1:
            if pos <= start and pos + width >= end:
                return True
            pos = text.find(exc, pos + 1, hi)
    return False
