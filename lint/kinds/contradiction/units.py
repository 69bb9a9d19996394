"""Comparing a claim with the detail sentences it summarises.

Each module here compares one aspect — numbers, polarity, antonyms, named
entities — of a claim (a 要点 item or a 概要 sentence) against its aligned
evidence (the best-matching 詳細 sentences, see :mod:`lint.kinds.contradiction.align`) and
returns :class:`Conflict` records.  They know nothing of rules or output;
:mod:`lint.kinds.contradiction` turns conflicts into diagnostics.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Callable, NamedTuple, Optional

from lint.cache.programs import compile_re
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA


# A run of kanji or katakana: a content word, or a compound of them.
WORD_RUN = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}]+")
# The longest line read as a heading when it has no sentence end.
HEADING_MAX = 20
# What ends a sentence; a line without one states nothing (a heading, a label).
SENTENCE_ENDS = ("。", "！", "？")


class Unit:
    """A claim or an evidence sentence: a span of the document's masked text."""

    __slots__ = ("start", "end", "text", "section", "score")

    def __init__(self, start: int, end: int, text: str, section: str = "", score: float = 0.0):
        self.start = start
        self.end = end
        self.text = text  # the document's masked text (whole), sliced by start/end
        self.section = section
        self.score = score  # alignment score, for evidence

    def __repr__(self) -> str:
        return f"Unit({self.start}, {self.end}, {self.section!r}, {self.body!r})"

    @property
    def body(self) -> str:
        return self.text[self.start:self.end]

    @property
    def heading(self) -> bool:
        """A short line with no sentence end (加盟国と日本): it names a topic
        and states nothing."""
        body = self.body.rstrip()
        return len(body) <= HEADING_MAX and not body.endswith(SENTENCE_ENDS + ("!", "?"))


class Conflict(NamedTuple):
    """A claim that disagrees with an evidence sentence: the kind, both spans and their texts."""

    kind: str  # number | polarity | antonym | entity
    claim_start: int
    claim_end: int
    evidence: Unit
    evidence_start: int
    evidence_end: int
    claim_text: str
    evidence_text: str
    replacement: Optional[str] = None  # a suggested (unsafe) fix for the claim span


class Settings(NamedTuple):
    """Thresholds, all set from the contradiction rule's YAML options."""

    top: int = 3
    align_min: float = 0.2
    number_context: float = 0.34
    number_solo_align: float = 0.35
    argument_overlap: float = 0.34
    predicate_solo_align: float = 0.5
    entity_align_min: float = 0.25
    entity_context: float = 0.5
    foreign_align_min: float = 0.35
    morphology: bool = True  # use Sudachi when it is installed
    checks: tuple[str, ...] = ("numbers", "polarity", "antonyms", "entities", "modality", "roles", "order",
                               "substitution")


def containing(details: list[Unit], words: tuple[str, ...], cache: dict) -> list[Unit]:
    """The detail sentences that contain one of ``words`` (a cheap test
    before analysing them): found in the details joined once per post, and
    remembered for the post (claims ask for the same words again)."""
    key = ("containing", words)
    known = cache.get(key)
    if known is not None:
        return known
    text, starts = _joined(details, cache)
    hit: set[int] = set()
    for w in words:
        pos = text.find(w)
        while pos != -1:
            k = bisect_right(starts, pos) - 1
            hit.add(k)
            # On to the next sentence: one hit in a sentence is enough.
            nxt = starts[k + 1] if k + 1 < len(starts) else len(text)
            pos = text.find(w, nxt)
    found = cache[key] = [details[k] for k in sorted(hit)]
    return found


def memo(cache: dict, key: tuple, compute: Callable[[], Any]) -> Any:
    """``compute()`` once per post (``cache``: the post's), under ``key``."""
    found = cache.get(key)
    if found is None:
        found = cache[key] = compute()
    return found


def details_text(details: list[Unit], cache: dict) -> str:
    """The detail sentences joined by line breaks, once per post."""
    return _joined(details, cache)[0]


def _joined(details: list[Unit], cache: dict) -> tuple[str, list[int]]:
    """:func:`details_text`, and where each sentence starts in it."""
    joined = cache.get("joined")
    if joined is None:
        starts, parts, at = [], [], 0
        for u in details:
            starts.append(at)
            body = u.body
            parts.append(body)
            at += len(body) + 1
        joined = cache["joined"] = ("\n".join(parts), starts)
    return joined


def lines_apart(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence's span, parted after each short line that has no sentence
    end: a heading right above its paragraph (正村ゲージと戦後の大流行) is no
    part of the paragraph's first sentence.  (A long one is a sentence
    wrapped, and goes on.)"""
    spans = []
    at = text.find("\n", start, end)
    while at != -1:
        line = text[start:at].strip()
        # (A whole line: a sentence that starts mid-line and wraps is one sentence.)
        whole = not text[text.rfind("\n", 0, start) + 1:start].strip()
        if line and whole and len(line) <= HEADING_MAX and not line.endswith(SENTENCE_ENDS):
            spans.append((start, at))
            start = at + 1
        at = text.find("\n", at + 1, end)
    return spans + [(start, end)]
