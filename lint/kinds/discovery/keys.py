"""Katakana words in a text, and the keys that erase transliteration choices.

A word is reduced to *keys* that erase the differences Japanese writers
make when transliterating: ヴァ/バ/ワ, ティ/チ, ディ/ジ, トゥ/ツ, ウィ/ウイ,
ウァ/ワ, small kana, a final long-vowel mark, and (in longer words) every ー
and ッ.  Words that share a key may be variants of one another; the
grouping (:mod:`lint.kinds.discovery.grouping`) asks the lexicon before it
believes it.  *Weak* keys erase more (every ー and ッ in short words too,
フ/ウ and シ/ス as Ukrainian and Russian spellings of one name render them):
they join only words the lexicon does not tell apart.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterator, NamedTuple, Optional

from lint.cache.programs import compile_re
from lint.text.scripts import FULLWIDTH_KATAKANA, HIRAGANA, KANJI, LATIN

# A line break inside a word: a hard wrap in plain text, a soft break in
# Markdown (「ディレクトリ\nー」).  The word is compared whole.
WRAP = "\r?\n[ \t\u00A0\u3000]*"
# A katakana word, possibly cut by line breaks, possibly several joined by
# ・ or ＝ (イヴァン・ティモフェエフ).
NAME_RE = compile_re(f"[{FULLWIDTH_KATAKANA}]+(?:(?:{WRAP}[・＝=]?|[・＝=])[{FULLWIDTH_KATAKANA}]+)*")
JOINERS = "・＝="
_JOINER = compile_re(f"[{JOINERS}]")
_WRAP_RE = compile_re(WRAP)
_SPACE = compile_re(r"[\s\u00A0\u3000]+")

# Alternatives for spellings of foreign sounds; each entry expands a word
# into the keys it may stand for.
ALTERNATIVES = [
    ("ヴァ", ("バ", "ワ")), ("ヴィ", ("ビ", "ウイ")), ("ヴェ", ("ベ", "ウエ")), ("ヴォ", ("ボ", "ウオ")),
    ("ヴュ", ("ビュ",)), ("ヴ", ("ブ", "ウ")),
]
REWRITES = [
    ("ティ", "チ"), ("ディ", "ジ"), ("デュ", "ジュ"), ("トゥ", "ツ"), ("ドゥ", "ズ"),
    ("ウィ", "ウイ"), ("ウェ", "ウエ"), ("ウォ", "ウオ"), ("ウァ", "ワ"), ("クァ", "クア"), ("クォ", "クオ"),
]
SMALL = str.maketrans("ァィゥェォヵヶャュョヮ", "アイウエオカケヤユヨワ")
_SMALL_VOWELS = str.maketrans("ァィゥェォヵヶヮ", "アイウエオカケワ")
# Weak rewrites: Ukrainian в as ウ or フ (ハルキウ / ハルキフ, シェウチェンコ /
# シェフチェンコ) where フ carries no vowel of its own, and Ukrainian сь as シ
# before a k-sound (ルハンシク / ルガンスク style).
_WEAK_FU = compile_re("フ(?![アイエオヤユヨァィェォャュョ])")
_WEAK_SHI = compile_re("シ(?=[カキクケコ])")
# Keys shorter than this are not compared: short katakana words collide by
# chance (ビル / ヴィル, ファン / フアン, ドラマ / ドラマー).
MIN_KEY = 4
MIN_WEAK_KEY = 3
# Words shorter than this keep their ー and ッ when compared by strong keys.
LONG = 5


def _expand(word: str) -> list[str]:
    forms = [word]
    for src, alts in ALTERNATIVES:
        if any(src in f for f in forms):
            forms = [f.replace(src, alt) for f in forms for alt in alts] if len(forms) < 16 else forms
    return forms


@lru_cache(maxsize=65536)
def normal_forms(word: str, small: bool = True) -> tuple[str, ...]:
    """The word with each transliteration choice rewritten one way (ヴァ as バ and as ワ, ティ as チ…);
    ``small=False`` keeps ャ, ュ and ョ small."""
    w = unicodedata.normalize("NFKC", word)
    for j in JOINERS:
        w = w.replace(j, "")
    out = []
    for form in _expand(w):
        for src, dst in REWRITES:
            form = form.replace(src, dst)
        out.append(form.translate(SMALL if small else _SMALL_VOWELS))
    return tuple(out)


# Spellings of one sound that differ only in the size of a kana.
_ORTHOGRAPHIC = [("ウァ", "ワ"), ("ウィ", "ウイ"), ("ウェ", "ウエ"), ("ウォ", "ウオ"), ("クァ", "クア"), ("クォ", "クオ")]


def orthographic(word: str) -> str:
    """The word with small kana written large: spellings equal here are one word."""
    w = unicodedata.normalize("NFKC", word)
    for src, dst in _ORTHOGRAPHIC:
        w = w.replace(src, dst)
    return w.translate(SMALL)


@lru_cache(maxsize=65536)
def keys(word: str, short: bool = False) -> frozenset[str]:
    """The strong variant keys of a katakana word (joiners removed).

    Keys shorter than ``MIN_KEY`` are left out unless ``short`` is set.
    Memoised: an archive names the same people and places post after post,
    and discovery runs per post.
    """
    min_key = 2 if short else MIN_KEY
    out: set[str] = set()
    for form in normal_forms(word):
        if len(form) >= min_key:
            out.add(form)
        if form.endswith("ー") and len(form) - 1 >= MIN_KEY:
            out.add(form[:-1])  # コンピューター / コンピュータ
        bare = form.replace("ー", "").replace("ッ", "")
        if bare != form and len(bare) >= LONG:
            out.add(bare)  # ティモフェーエフ / ティモフェエフ
    return frozenset(out)


@lru_cache(maxsize=65536)
def weak_keys(word: str) -> frozenset[str]:
    """Keys that also erase ー and ッ in short words, フ/ウ and シ/ス.

    ャ, ュ and ョ stay small: once ー and ッ are gone, サッチャー and サティヤ
    would meet as サチヤ.
    """
    out = set()
    for form in normal_forms(word, small=False):
        form = _WEAK_SHI.sub("ス", _WEAK_FU.sub("ウ", form)).replace("ー", "").replace("ッ", "")
        if len(form) >= MIN_WEAK_KEY:
            out.add(form)
    return frozenset(out)


class Occurrence(NamedTuple):
    """One place a spelling of a word family occurs."""

    start: int
    end: int
    surface: str
    # False when the text between start and end is not the surface (a word
    # cut by a line break): such a word is compared but never rewritten.
    fixable: bool = True


def _dash_cut(text: str, start: int, end: int, word: str) -> int:
    """Where a trailing ー used as a dash starts (ナトリウムー塩化物泉), else ``end``.

    The ー joins the word to the next term when the word is unknown with it
    and known without it, a kanji, Latin letter or digit follows, and the
    text never writes the word with its ー on its own (a writer who spells
    フリーソフトウエアー so everywhere also writes 「フリーソフトウエアー構成要素」).
    """
    if not word.endswith("ー") or end >= len(text) or not _JOINS_TERM.match(text, end):
        return end
    from lint.text.lexicon import lexicon

    lex = lexicon()
    stem = word.rstrip("ー")
    if len(stem) >= 2 and word not in lex and stem in lex and not _stands_alone(text, word):
        return end - (len(word) - len(stem))
    return end


def _stands_alone(text: str, word: str) -> bool:
    """Does the text write ``word`` somewhere as a word of its own (not before a term)?"""
    pattern = f"(?<![{FULLWIDTH_KATAKANA}]){re.escape(word)}(?![{FULLWIDTH_KATAKANA}]|{_JOINS_TERM.pattern})"
    return re.search(pattern, text) is not None


_JOINS_TERM = compile_re(f"[{KANJI}{LATIN}]")


def _occurrence(text: str, start: int, end: int) -> Occurrence:
    raw = text[start:end]
    if _MISTYPED_LONG.match(text, end) and not raw.endswith("ー"):
        # 「コントリビュータ−による」: a minus sign typed for ー.  The word is
        # compared whole, and never rewritten.
        return Occurrence(start, end + 1, _SPACE.sub("", raw) + "ー", False)
    if "\n" in raw:
        return Occurrence(start, end, _SPACE.sub("", raw), False)
    return Occurrence(start, end, raw)


# A minus or hyphen sign right after a katakana word and before a particle.
_MISTYPED_LONG = compile_re(f"[\u2212\uFF0D\u2010](?=[{HIRAGANA}])")


# No word begins with these: a run that does is the tail of a cut word.
_NOT_INITIAL = set("ーッァィゥェォャュョヮヵヶ")


# How far along its line a run looks for the borders of a table row: a
# line of megabytes must not be walked for each of its words.
_ROW_REACH = 300


def _cut_in_table(text: str, start: int, end: int) -> bool:
    """Does the run touch a cell border of a text table row (| a | b |), where cells wrap?"""
    floor, ceiling = max(0, start - _ROW_REACH), min(len(text), end + _ROW_REACH)
    line_start = text.rfind("\n", floor, start) + 1 or floor
    line_end = text.find("\n", end, ceiling)
    line_end = ceiling if line_end < 0 else line_end
    if text.count("|", line_start, line_end) < 2:
        return False
    before = text[line_start:start].rstrip(" \u00A0\u3000")
    after = text[end:line_end].lstrip(" \u00A0\u3000")
    return before.endswith("|") or after.startswith("|") or not after.strip("\r")


def katakana_occurrences(text: str, start: int = 0, end: Optional[int] = None) -> Iterator[tuple[Occurrence, bool]]:
    """Each katakana word and, for joined names, each part; flag True for whole joined names.

    Words that are pieces of a word cut where the text cannot be joined
    (beginning with ー or a small kana, or touching the border of a cell
    in a text table) are left out: compared whole, or not at all.
    """
    end = len(text) if end is None else end
    for m in NAME_RE.finditer(text, start, end):
        if m.group()[0] in _NOT_INITIAL or ("|" in text[m.end():m.end() + 40] and _cut_in_table(text, m.start(), m.end())):
            continue
        name = _SPACE.sub("", m.group())
        stop = _dash_cut(text, m.start(), m.end(), name)
        if not _JOINER.search(name):
            yield _occurrence(text, m.start(), stop), False
            continue
        yield _occurrence(text, m.start(), stop), True
        pos = m.start()
        for part in _JOINER.finditer(text, m.start(), stop):
            if part.start() > pos:
                yield _occurrence(text, pos, part.start()), False
            pos = part.end()
        if stop > pos:
            yield _occurrence(text, pos, stop), False
