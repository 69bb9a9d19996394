"""Variant families by Sudachi (``yure[sudachi]``): okurigana.

Words with the same dictionary normal form and reading (引っ越し / 引越し)
are grouped.  Nothing here runs without Sudachi installed.  Katakana names
are left to the katakana grouping: the dictionary's synonym groups also
join other languages' names (クラクフ / クラカウ), abbreviations (ファミマ)
and other people (フーバー / フーヴァー).

Okurigana are compared only where the spelling says which word it is.  A
written form the dictionary also lists as another word with another
reading (滅し: ほろぼし or めっし; 延し: のばし or のし) or as classical
written language (忘る, 考へ) may not be the word it is grouped with, and a
noun inside a longer kanji compound (手続令, 手引書) is written by the
compound's convention, not by the writer's habit: neither is compared.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from lint.kinds.discovery.grouping import Group
from lint.kinds.discovery.keys import Occurrence
from lint.text.scripts import is_kanji

CONTENT_POS = ("名詞", "動詞", "形容詞")


def _has_kanji(text: str) -> bool:
    return any(is_kanji(c) for c in text)


def sudachi_groups(text: str, spans: Iterable[tuple[int, int]]) -> list[Group]:
    """Okurigana variants by Sudachi: words of one normal form and one reading
    (引越し / 引っ越し, 分る / 分かる).  Empty without Sudachi."""
    from lint.text import morph

    tok = morph.tokenizer()
    if tok is None:
        return []
    by_key: dict[str, dict[str, list[Occurrence]]] = {}
    for start, end in spans:
        chunk = morph.encodable(text[start:end])
        if not chunk.strip() or len(chunk.encode("utf-8")) > 40000:
            continue
        for m in tok.tokenize(chunk):
            pos = m.part_of_speech()
            surface = m.surface()
            if pos[0] not in CONTENT_POS or len(surface) < 2 or not _has_kanji(surface):
                continue
            occ = Occurrence(start + m.begin(), start + m.end(), surface)
            if not _says_which_word(surface) or (pos[0] == "名詞" and _in_compound(text, occ.start, occ.end)):
                continue
            by_key.setdefault(m.normalized_form(), {}).setdefault(m.dictionary_form(), []).append(occ)
    out = []
    for forms in by_key.values():
        if len(forms) < 2 or len({_kanji_of(f) for f in forms}) > 1:
            continue  # 採る / 取る: different characters, different meanings
        # Same word, other okurigana: the readings agree (分る / 分かる).
        # 思う / 思える or 高い / 高し share a normal form but not a reading.
        by_reading: dict[str, dict[str, list[Occurrence]]] = {}
        for form, occs in forms.items():
            by_reading.setdefault(_reading(tok, form), {})[form] = occs
        out.extend(Group(same, "normal-form") for same in by_reading.values() if len(same) > 1)
    return out


_READINGS: dict[str, str] = {}


def _reading(tok, form: str) -> str:
    if form not in _READINGS:
        _READINGS[form] = "".join(m.reading_form() for m in tok.tokenize(form))
    return _READINGS[form]


def _kanji_of(text: str) -> str:
    return "".join(c for c in text if is_kanji(c))


@lru_cache(maxsize=1)
def _dictionary():
    try:
        from sudachipy import Dictionary  # type: ignore[import-not-found]

        dictionary = Dictionary()
    except Exception:  # not installed, or no dictionary package
        return None
    return dictionary if hasattr(dictionary, "lookup") else None


@lru_cache(maxsize=65536)
def _says_which_word(surface: str) -> bool:
    """Does the written form name one word: no classical entry, and no two
    entries that differ in both their normal form and their reading?"""
    dictionary = _dictionary()
    if dictionary is None:
        return False  # cannot tell: okurigana are not compared
    entries = {(m.normalized_form(), m.reading_form(), m.part_of_speech()[4]) for m in dictionary.lookup(surface)}
    if any(conj.startswith("文語") for _, _, conj in entries):
        return False
    return not any(a[0] != b[0] and a[1] != b[1] for a in entries for b in entries)


def _in_compound(text: str, start: int, end: int) -> bool:
    """Is a noun spelled without its last okurigana (手続) a part of a longer kanji compound (手続令)?"""
    if not (_has_kanji(text[start]) and _has_kanji(text[end - 1])):
        return False  # ヶ月, ヵ国: a counter, not a word without its okurigana
    return (end < len(text) and _has_kanji(text[end])) or (start > 0 and _has_kanji(text[start - 1]))
