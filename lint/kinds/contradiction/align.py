"""Which detail sentences does a claim summarise?  BM25 over character n-grams.

Japanese needs no word segmentation for this: bigrams of the content
characters (kanji, katakana, Latin) are a robust stand-in for words, and
BM25 weighs rare shared bigrams (固有名詞, numbers) above common ones.
Scores are divided by the claim's score against itself, so a threshold
means the same for long and short claims.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any, Optional

from lint.cache.programs import compile_re
from lint.text.tokens import BIGRAM_RE, GRAM_RUN_RE


def grams(text: str) -> list[str]:
    """Bigrams of content characters, plus the character of one-character runs.

    A multiset (callers count or collect them): the bigrams come first.  One
    pattern could find both in text order, but it holds the kanji class six
    times, and compiling it cost every run 5 ms.
    """
    out = BIGRAM_RE.findall(text)
    out += [run for run in GRAM_RUN_RE.findall(text) if len(run) == 1]
    return out


def words_in(found: set[str] | frozenset[str]) -> int:
    """How many words some grams come from, at least: bigrams that chain
    (中核, 核市) are one word, and so are a name's (マー, ーラ, ラー)."""
    parent = {g: g for g in found}

    def root(g: str) -> str:
        while parent[g] != g:
            g = parent[g]
        return g

    by_first: dict[str, list[str]] = {}
    for g in found:
        if len(g) == 2:
            by_first.setdefault(g[0], []).append(g)
    for a in found:
        if len(a) == 2:
            for b in by_first.get(a[1], ()):
                if b != a:
                    parent[root(b)] = root(a)
    return len({root(g) for g in found})


class Alignment:
    """An evidence sentence that shares words with a claim, and how much."""

    __slots__ = ("index", "score")

    def __init__(self, index: int, score: float):
        self.index = index  # into the evidence list
        self.score = score  # normalised to [0, 1] (about)

    def __repr__(self) -> str:
        return f"Alignment({self.index}, {self.score:.3f})"


class BM25:
    def __init__(self, documents: list[str], k1: float = 1.2, b: float = 0.5,
                 vocabulary: Optional[set[str]] = None):
        """``vocabulary``: the only grams queries will hold, when known (a
        post's claims): the index keeps just those, and scores the same."""
        self.k1, self.b = k1, b
        counts = [Counter(grams(d)) for d in documents]
        lengths = [sum(c.values()) for c in counts]
        avg = (sum(lengths) / len(lengths)) if counts else 0.0
        n = len(counts)
        # An inverted index: gram → [(document, weight of the gram in it)],
        # so a query touches only the documents that share its grams.
        self.postings: dict[str, list[tuple[int, float]]] = {}
        kept = [c.keys() & vocabulary for c in counts] if vocabulary is not None else [c.keys() for c in counts]
        df: Counter = Counter()
        for keys in kept:
            df.update(keys)
        self.idf = {g: math.log(1 + (n - f + 0.5) / (f + 0.5)) for g, f in df.items()}
        # A gram no evidence sentence has weighs like the rarest one that
        # occurs: a claim's own new words (a swapped name, a changed number)
        # must not make it look unrelated to the sentence it rewrites.
        self._default_idf = math.log(1 + (n - 1 + 0.5) / 1.5) if n else 0.0
        idf = self.idf
        postings = self.postings
        for i, (c, keys) in enumerate(zip(counts, kept)):
            norm = k1 * (1 - b + b * lengths[i] / avg) if avg else k1
            for g in keys:
                tf = c[g]
                postings.setdefault(g, []).append((i, idf[g] * tf * (k1 + 1) / (tf + norm)))
        self.size = n

    def scores(self, query: str) -> dict[int, float]:
        """Every document sharing a gram with ``query``: index → normalised score."""
        return self.scores_of(grams(query))

    def scores_of(self, query_grams: list[str]) -> dict[int, float]:
        """:meth:`scores` of a query given by its :func:`grams`."""
        q = set(query_grams)
        if not q or not self.size:
            return {}
        ideal = sum(self.idf.get(g, self._default_idf) for g in q)
        if ideal <= 0:
            return {}
        scores: dict[int, float] = {}
        score_of = scores.get
        postings = self.postings
        for g in q:
            for i, w in postings.get(g, ()):
                scores[i] = score_of(i, 0.0) + w
        return {i: s / ideal for i, s in scores.items()}

    def rank(self, query: str, top: int = 3, minimum: float = 0.0) -> list[Alignment]:
        q = set(grams(query))
        if not q or not self.size:
            return []
        # The best a document could do: containing every query gram once.
        ideal = sum(self.idf.get(g, self._default_idf) for g in q)
        if ideal <= 0:
            return []
        scores: dict[int, float] = {}
        for g in q:
            for i, w in self.postings.get(g, ()):
                scores[i] = scores.get(i, 0.0) + w
        ranked = [Alignment(i, s / ideal) for i, s in scores.items() if s / ideal >= minimum]
        ranked.sort(key=lambda a: (-a.score, a.index))
        return ranked[:top]


CLAUSE_SPLIT = compile_re("[、，,。；;]")
# A clause this short is too vague to align on its own.
MIN_CLAUSE_GRAMS = 3


def _best(scores: dict[int, float]) -> set[int]:
    """The sentences of the best score, ties included: taking those nearly
    as close too would keep a few more contradictions, and bring back more
    false alarms than it keeps."""
    top = max(scores.values(), default=0.0)
    return {i for i, score in scores.items() if score >= top - 1e-9} if top > 0 else set()


def align(index: BM25, claim: Any, evidence: list) -> tuple[dict[int, float], dict[int, float], set[int]]:
    """The detail sentences that share words with the claim (index → score):
    scored by the whole claim, and scored by the claim or the one of its
    clauses they resemble most; and the sentences that resemble the whole
    claim or one of its clauses best.

    A key point often joins two facts of two detail sentences (産出量は
    世界第5位で、貿易は赤字が続いている): each clause is aligned too.  The
    comparisons of single words (antonyms) read the second; numbers and
    names, which are easily alike by chance, keep to the first.
    """
    whole = index.scores(claim.body)
    scores = dict(whole)
    closest = _best(whole)
    pieces = [p for p in CLAUSE_SPLIT.split(claim.body) if p]
    if len(pieces) > 1:
        for piece in pieces:
            piece_grams = grams(piece)
            if len(piece_grams) < MIN_CLAUSE_GRAMS:
                continue
            piece_scores = index.scores_of(piece_grams)
            closest |= _best(piece_scores)
            for i, score in piece_scores.items():
                if score > scores.get(i, 0.0):
                    scores[i] = score
    return whole, scores, closest
