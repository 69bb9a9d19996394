"""Script-based tokens: runs of kanji, katakana or Latin are content words.

Japanese has no spaces, but a change of script is a good word boundary:
kanji/katakana/Latin runs carry the content (国防総省, ティモフェエフ, NATO)
and hiragana runs carry the grammar (particles, okurigana, auxiliaries).
This is crude next to a morphological analyser, and deliberately so: it
needs nothing installed, and the checks that use it compare texts written
by the same person about the same thing.
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.text import scripts

KANJI, HIRAGANA, KATAKANA, LATIN, OTHER = "kanji", "hiragana", "katakana", "latin", "other"
_HIRAGANA_CHARS = scripts.chars(scripts.HIRAGANA)
_KATAKANA_CHARS = scripts.chars(scripts.KATAKANA)


def script(ch: str) -> str:
    if ch in _HIRAGANA_CHARS:
        return HIRAGANA
    if ch in _KATAKANA_CHARS:
        return KATAKANA
    if scripts.is_kanji(ch):
        return KANJI
    if ch.isalnum():  # letters and digits of any other script count as Latin
        return LATIN
    return OTHER


# ヶ starts or continues a kanji run (一ヶ月, 霞ヶ関), as CONTENT_RE reads it.
_KANJI_CLASS = scripts.KANJI + scripts.KE
_KATAKANA_LETTERS = scripts.KATAKANA_LETTERS
_KATAKANA_REST = scripts.PROLONGED_SOUND + scripts.KATAKANA_EXTENSIONS + scripts.HALFWIDTH_KATAKANA
_KATAKANA_CLASS = scripts.KATAKANA
_LATIN_CLASS = scripts.LATIN
# The scans below run in the regex engine, not a Python loop per character.
# (Python's re spends about a millisecond compiling each use of the kanji
# class, at every start of yure: keep the patterns that hold it few.)
CONTENT_RE = compile_re(f"[{_KANJI_CLASS}]+|[{_KATAKANA_CLASS}]+|[{_LATIN_CLASS}]+")
LATIN_CHAR = compile_re(f"[{_LATIN_CLASS}]")
# For the gram scans each character needs one class: ヶ (一ヶ月, 霞ヶ関)
# counts as kanji, as CONTENT_RE reads it at the start of a run.
_CLASSES = (_KANJI_CLASS, _KATAKANA_LETTERS + _KATAKANA_REST, _LATIN_CLASS)
# The runs the gram scans see (tests compare the scans with walking these).
GRAM_RUN_RE = compile_re("|".join(f"[{c}]+" for c in _CLASSES))
# Every bigram inside a content run, overlapping, found by one findall (a
# lookahead at each position) instead of a Python loop over each run.
BIGRAM_RE = compile_re("(?=(" + "|".join(f"[{c}]{{2}}" for c in _CLASSES) + "))")


CLAUSE_BREAKS = "、。，,；;！？!?:：\n"


def clause_bounds(text: str, pos: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The clause around ``pos``: up to the nearest 、。 etc. on either side
    (not the comma that groups a number's digits, 9,656億円)."""
    hi = len(text) if hi is None else hi
    a = pos
    while a > lo:
        m = _LAST_BREAK.match(text, lo, a)
        if m is None:
            a = lo
        elif _in_number(text, m.end() - 1):
            a = m.end() - 1
            continue
        else:
            a = m.end()
        break
    b = pos
    while b < hi:
        m = _BREAK.search(text, b, hi)
        if m is None:
            b = hi
        elif _in_number(text, m.start()):
            b = m.start() + 1
            continue
        else:
            b = m.start()
        break
    return a, b


_BREAK = compile_re("[" + CLAUSE_BREAKS.replace("\n", "\\n") + "]")
# Everything up to the last break (its end is where the clause begins).
_LAST_BREAK = compile_re("(?s).*[" + CLAUSE_BREAKS.replace("\n", "\\n") + "]")


def _in_number(text: str, at: int) -> bool:
    return (text[at] in ",，" and 0 < at < len(text) - 1 and text[at - 1] in _DIGITS
            and text[at + 1] in _DIGITS)


_DIGITS = frozenset("0123456789０１２３４５６７８９")


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


# The scripts of content words (as CONTENT_RE reads them: ヶ is in a kanji run and a katakana run).
_LATIN_CHARS = scripts.chars(scripts.LATIN)
_WORD_SCRIPTS = (lambda c: scripts.is_kanji(c) or c == scripts.KE, _KATAKANA_CHARS.__contains__,
                 _LATIN_CHARS.__contains__)


def last_word(part: str) -> str:
    """The last content word of ``part``: the longest run of one script that
    ends at its last content character; "" when it has none."""
    end = len(part)
    while end and not any(test(part[end - 1]) for test in _WORD_SCRIPTS):
        end -= 1
    start = end
    for test in _WORD_SCRIPTS:
        k = end
        while k and test(part[k - 1]):
            k -= 1
        start = min(start, k)
    return part[start:end]


def find_all(text: str, word: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Every place ``word`` starts in ``text[lo:hi]``."""
    hi = len(text) if hi is None else hi
    out, at = [], text.find(word, lo, hi)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1, hi)
    return out
