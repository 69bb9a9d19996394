"""Script-based tokens: runs of kanji, katakana or Latin are content words.

Japanese has no spaces, but a change of script is a good word boundary:
kanji/katakana/Latin runs carry the content (国防総省, ティモフェエフ, NATO)
and hiragana runs carry the grammar (particles, okurigana, auxiliaries).
This is crude next to a morphological analyser, and deliberately so: it
needs nothing installed, and the checks that use it compare texts written
by the same person about the same thing.
"""

from __future__ import annotations

import re

KANJI, HIRAGANA, KATAKANA, LATIN, OTHER = "kanji", "hiragana", "katakana", "latin", "other"


def script(ch: str) -> str:
    o = ord(ch)
    if 0x3041 <= o <= 0x309F:
        return HIRAGANA
    if 0x30A1 <= o <= 0x30FA or o == 0x30FC or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F:
        return KATAKANA
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FFFF or ch in "々〆ヶ":
        return KANJI
    if ch.isalnum():  # ASCII and full-width letters and digits
        return LATIN
    return OTHER


_KANJI_CLASS = "\u4E00-\u9FFF\u3400-\u4DBF\U00020000-\U0002FFFF々〆ヶ"
# Katakana letters apart from ヶ (U+30F6), then ヶ, then the rest of katakana.
_KATAKANA_LETTERS = "\u30A1-\u30F5\u30F7-\u30FA"
_KATAKANA_REST = "\u30FC\u31F0-\u31FF\uFF66-\uFF9F"
_KATAKANA_CLASS = _KATAKANA_LETTERS + "\u30F6" + _KATAKANA_REST
_LATIN_CLASS = "0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A"
# The scans below run in the regex engine, not a Python loop per character.
# (Python's re spends about a millisecond compiling each use of the kanji
# class, at every start of yure: keep the patterns that hold it few.)
CONTENT_RE = re.compile(f"[{_KANJI_CLASS}]+|[{_KATAKANA_CLASS}]+|[{_LATIN_CLASS}]+")
LATIN_CHAR = re.compile(f"[{_LATIN_CLASS}]")
# For the gram scans each character needs one class: ヶ (一ヶ月, 霞ヶ関)
# counts as kanji, as CONTENT_RE reads it at the start of a run.
_CLASSES = (_KANJI_CLASS, _KATAKANA_LETTERS + _KATAKANA_REST, _LATIN_CLASS)
# The runs the gram scans see (tests compare the scans with walking these).
GRAM_RUN_RE = re.compile("|".join(f"[{c}]+" for c in _CLASSES))
# Every bigram inside a content run, overlapping, found by one findall (a
# lookahead at each position) instead of a Python loop over each run.
BIGRAM_RE = re.compile("(?=(" + "|".join(f"[{c}]{{2}}" for c in _CLASSES) + "))")


CLAUSE_BREAKS = "、。，,；;！？!?:：\n"


def clause_bounds(text: str, pos: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The clause around ``pos``: up to the nearest 、。 etc. on either side."""
    hi = len(text) if hi is None else hi
    a = pos
    while a > lo and text[a - 1] not in CLAUSE_BREAKS:
        a -= 1
    b = pos
    while b < hi and text[b] not in CLAUSE_BREAKS:
        b += 1
    return a, b


def bigrams(text: str) -> set[str]:
    """Character bigrams inside runs of content characters (no hiragana, no punctuation)."""
    return set(BIGRAM_RE.findall(text))


def overlap(a: set[str], b: set[str]) -> float:
    """Overlap coefficient: shared / size of the smaller set."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def same_arguments(a: set[str], b: set[str], threshold: float) -> bool:
    """Do two sets of argument grams describe the same thing?

    The overlap must reach ``threshold``; a partial overlap also needs three
    shared grams, so that one shared name (ロシア: two bigrams) is not enough.
    """
    shared = len(a & b)
    if not shared:
        return False
    sim = shared / min(len(a), len(b))
    return sim >= max(threshold, 0.5) or (sim >= threshold and shared >= 3)
