"""Japanese scripts as character classes, each range written once.

The strings are regex class bodies (``f"[{KATAKANA}]"``); :func:`chars`
turns a small one into a set for per-character tests.  A check that needs
another set composes it from these and says why.
"""

from __future__ import annotations

HIRAGANA = "\u3041-\u309F"
# Every katakana letter but ヶ (U+30F6): ァ…ヵ and ヷ…ヺ.
KATAKANA_LETTERS = "\u30A1-\u30F5\u30F7-\u30FA"
# Small ke: a counter between kanji (一ヶ月, 霞ヶ関) as often as a letter.
KE = "\u30F6"
PROLONGED_SOUND = "\u30FC"  # ー
ITERATION_MARKS = "\u30FD\u30FE"  # ヽ ヾ
KATAKANA_EXTENSIONS = "\u31F0-\u31FF"  # small ㇰ…ㇿ (Ainu)
HALFWIDTH_KATAKANA = "\uFF66-\uFF9F"
# What katakana words are made of.  ・ (U+30FB) is not in it: it joins words.
KATAKANA = KATAKANA_LETTERS + KE + PROLONGED_SOUND + KATAKANA_EXTENSIONS + HALFWIDTH_KATAKANA
# The whole hiragana and katakana blocks, marks and ・ included.
KANA_BLOCKS = "\u3040-\u30FF"
# CJK ideographs (the unified block, extension A and the supplementary
# planes) and the marks that act as kanji: 々 (repeat), 〆 (shime).
KANJI_UNIFIED = "\u4E00-\u9FFF"  # the unified block alone: the contradiction check's word patterns
KANJI_UNIFIED_FIRST, KANJI_UNIFIED_LAST = "\u4E00", "\u9FFF"
KANJI = KANJI_UNIFIED + "\u3400-\u4DBF\U00020000-\U0002FFFF\u3005\u3006"
# ASCII and full-width Latin letters and digits.
LATIN = "0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A"


def chars(cls: str) -> frozenset[str]:
    """The characters of a class body made of single characters and ``a-b`` ranges."""
    out: set[str] = set()
    i = 0
    while i < len(cls):
        if i + 2 < len(cls) and cls[i + 1] == "-":
            out.update(chr(c) for c in range(ord(cls[i]), ord(cls[i + 2]) + 1))
            i += 3
        else:
            out.add(cls[i])
            i += 1
    return frozenset(out)


def is_kanji(ch: str) -> bool:
    """In :data:`KANJI` (tested by code point: the class spans whole planes)."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FFFF or o in (0x3005, 0x3006)


def is_hiragana(ch: str) -> bool:
    """In :data:`HIRAGANA` (by code point)."""
    return "\u3041" <= ch <= "\u309f"


def is_unified_kanji(ch: str) -> bool:
    """In :data:`KANJI_UNIFIED` (by code point: a set of it takes milliseconds to build)."""
    return "\u4e00" <= ch <= "\u9fff"


# Composed sets: checks that need another set than a class above.

# Full-width katakana: KATAKANA without the half-width forms.  The spelling
# checks (discovery, names, asides) read words as written: a half-width run
# (ｻｰﾊﾞｰ) is a width, not a spelling, to them.
FULLWIDTH_KATAKANA = KATAKANA_LETTERS + KE + PROLONGED_SOUND + KATAKANA_EXTENSIONS
# Katakana words of running text, without the Ainu letters: the shipped
# lexicon leaves out the few Sudachi entries that use them (ユーカㇻ, a lone
# ㇲ), and the contradiction check's word patterns were measured with this set.
PLAIN_KATAKANA = KATAKANA_LETTERS + KE + PROLONGED_SOUND
# Half-width katakana and the half-width punctuation beside it (｡｢｣､･):
# rare in prose, common when bytes are decoded with the wrong codec.
HALFWIDTH_KANA_BLOCK = "\uFF61-\uFF65" + HALFWIDTH_KATAKANA
