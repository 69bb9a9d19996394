"""Katakana words a dictionary knows, and the spellings it treats as one word.

Loaded lazily from ``lint/data/katakana-lexicon.txt.xz`` (derived from
SudachiDict, Apache-2.0: see ``lint/data/NOTICE``; rebuilt by
``lint/text/lexicon_build.py``).  Spelling-variant discovery asks it
two things: are two katakana spellings the same word (サーバ / サーバー: the
dictionary normalises one to the other), or two words it knows apart
(ビル / ビール, ホイル / ホイール)?  And which proper nouns spell a part the
way their owners chose (富士フイルム), so that the part is not a variant.
"""

from __future__ import annotations

import lzma
import marshal
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Optional

from lint.text.scripts import PLAIN_KATAKANA

DATA = Path(__file__).resolve().parent.parent / "data" / "katakana-lexicon.txt.xz"


class Lexicon:
    def __init__(self, forms: dict[str, tuple[str, ...]], names: list[str], proper: frozenset[str] = frozenset()) -> None:
        self._forms = forms
        self.names = names
        self._proper = proper  # words the dictionary lists only as proper nouns

    def __contains__(self, word: str) -> bool:
        return word in self._forms

    def __len__(self) -> int:
        return len(self._forms)

    def forms(self, word: str) -> Optional[frozenset[str]]:
        """The normalised forms of a known word (itself when it is a head word), else None."""
        entry = self._forms.get(word)
        if entry is None:
            return None
        return frozenset(entry) if entry else frozenset((word,))

    def is_proper(self, word: str) -> bool:
        """Does the dictionary list the word only as a proper noun?"""
        return word in self._proper

    def same_word(self, a: str, b: str) -> Optional[bool]:
        """True: one word; False: two words the dictionary tells apart; None: it cannot tell.

        Two proper nouns are never told apart: the dictionary lists many
        spellings of one foreign name (イワン, イヴァン) without linking them.
        """
        fa, fb = self.forms(a), self.forms(b)
        if fa is None or fb is None:
            return None
        if fa & fb:
            return True
        return None if a in self._proper and b in self._proper else False

    @lru_cache(maxsize=1)
    def owner_parts(self) -> dict[str, list[tuple[str, int]]]:
        """Katakana part → [(proper noun, offset of the part in it)] for owner-spelled names."""
        import re

        out: dict[str, list[tuple[str, int]]] = {}
        for name in self.names:
            for m in re.finditer(f"[{PLAIN_KATAKANA}]+", name):
                forms = self.forms(m.group())
                if forms is not None and m.group() not in forms:
                    out.setdefault(m.group(), []).append((name, m.start()))
        return out


def _sections(text: str) -> dict[str, str]:
    out = {}
    for chunk in ("\n" + text).split("\n[")[1:]:
        title, _, body = chunk.partition("]\n")
        out[title] = body
    return out


def _parse(text: str) -> Lexicon:
    sections = _sections(text)
    forms: dict[str, tuple[str, ...]] = {}
    proper: set[str] = set()
    for prefix in ("", "name-"):
        # A head word is its own normalised form: stored as the empty tuple.
        heads = sections.get(prefix + "heads", "").split()
        forms.update(dict.fromkeys(heads, ()))
        variants = sections.get(prefix + "forms", "").splitlines()
        for line in variants:
            word, *others = line.split("\t")
            forms[word] = tuple(f or word for f in others)
        if prefix:
            proper.update(heads)
            proper.update(line.partition("\t")[0] for line in variants)
    return Lexicon(forms, sections.get("names", "").splitlines(), frozenset(proper))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon (empty if its data file is missing).

    Decompressing and parsing the data file costs more than the rest of a
    hook run on one post, so the parsed tables are kept in yure's cache
    folder (marshal, keyed by the data file's size and time and by this
    Python's version) and read from there by later runs.
    """
    try:
        stat = DATA.stat()
    except OSError:
        return Lexicon({}, [])
    entry = _cache_entry(stat)
    if entry is not None:
        try:
            forms, names, proper = marshal.loads(entry.read_bytes())
            return Lexicon(forms, names, frozenset(proper))
        except (OSError, EOFError, ValueError, TypeError):
            pass  # absent or unreadable: parse the data file
    try:
        parsed = _parse(lzma.decompress(DATA.read_bytes()).decode("utf-8"))
    except OSError:
        return Lexicon({}, [])
    if entry is not None:
        from lint.cache import store_bytes

        try:
            store_bytes(entry, marshal.dumps((parsed._forms, parsed.names, sorted(parsed._proper))))
        except OSError:
            pass  # a cache that cannot be written only costs time
    return parsed


def _cache_entry(stat: os.stat_result) -> Optional[Path]:
    from lint.cache import hash_of, lazy_cache_dir

    folder = lazy_cache_dir()
    if folder is None:
        return None
    key = hash_of(str(DATA), str(stat.st_size), str(stat.st_mtime_ns), sys.version).hexdigest()[:32]
    return folder / "lexicon" / f"{key}.marshal"
