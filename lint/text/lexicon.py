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
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Optional

from lint.text.scripts import PLAIN_KATAKANA

DATA = Path(__file__).resolve().parent.parent / "data" / "katakana-lexicon.txt.xz"


# The cached lexicon is kept in hashed buckets of text, each parsed when a
# word that falls in it is first asked for: a hook run on one post asks for
# a few hundred words, and building the whole table costs it more than
# everything else it does.
BUCKETS = 2048


def _bucket(word: str) -> int:
    return zlib.crc32(word.encode("utf-8")) & (BUCKETS - 1)


class Lexicon:
    def __init__(self, forms: dict[str, tuple[str, ...]], names: list[str], proper: "set[str] | frozenset[str]" = frozenset()) -> None:
        self._forms = forms
        self.names = names
        self._proper = set(proper)  # words the dictionary lists only as proper nouns
        self._size = len(forms)
        self._pending: Optional[list[bytes]] = None  # unparsed buckets, when read from the cache
        self._unparsed = 0
        self._owner_parts: Optional[dict[str, list[tuple[str, int]]]] = None

    @classmethod
    def from_buckets(cls, buckets: "list[bytes] | tuple[bytes, ...]", names: list[str], size: int,
                     owner_parts: dict[str, list[tuple[str, int]]]) -> "Lexicon":
        lex = cls({}, names)
        lex._pending = list(buckets)
        lex._unparsed = sum(1 for b in buckets if b)
        lex._size = size
        lex._owner_parts = owner_parts
        return lex

    def buckets(self) -> list[bytes]:
        """The table as :data:`BUCKETS` UTF-8 texts, a line per word: ``word<TAB>p?<TAB>form…``
        (decoded only when a word in the bucket is asked for)."""
        self._parse_all()
        lines: list[list[str]] = [[] for _ in range(BUCKETS)]
        for word, forms in self._forms.items():
            flag = "p" if word in self._proper else ""
            lines[_bucket(word)].append("\t".join((word, flag) + forms))
        return ["\n".join(b).encode("utf-8") for b in lines]

    def _parse(self, word: str) -> None:
        pending = self._pending
        if pending is None:
            return
        b = _bucket(word)
        text = pending[b]
        if not text:
            return
        pending[b] = b""
        for line in text.decode("utf-8").split("\n"):
            head, flag, *forms = line.split("\t")
            self._forms[head] = tuple(forms)
            if flag:
                self._proper.add(head)
        self._unparsed -= 1
        if not self._unparsed:
            self._pending = None

    def _parse_all(self) -> None:
        while self._pending is not None:
            self._parse(next(w for w in self._pending if w).partition(b"\t")[0].decode("utf-8"))

    def __contains__(self, word: str) -> bool:
        if self._pending is not None:
            self._parse(word)
        return word in self._forms

    def __len__(self) -> int:
        return self._size

    def forms(self, word: str) -> Optional[frozenset[str]]:
        """The normalised forms of a known word (itself when it is a head word), else None."""
        if self._pending is not None:
            self._parse(word)
        entry = self._forms.get(word)
        if entry is None:
            return None
        return frozenset(entry) if entry else frozenset((word,))

    def is_proper(self, word: str) -> bool:
        """Does the dictionary list the word only as a proper noun?"""
        if self._pending is not None:
            self._parse(word)
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
        return None if self.is_proper(a) and self.is_proper(b) else False

    def owner_parts(self) -> dict[str, list[tuple[str, int]]]:
        """Katakana part → [(proper noun, offset of the part in it)] for owner-spelled names."""
        if self._owner_parts is None:
            self._owner_parts = self._find_owner_parts()
        return self._owner_parts

    def _find_owner_parts(self) -> dict[str, list[tuple[str, int]]]:
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
            buckets, names, size, owner_parts = marshal.loads(entry.read_bytes())
            if len(buckets) == BUCKETS:
                return Lexicon.from_buckets(buckets, names, size, owner_parts)
        except (OSError, EOFError, ValueError, TypeError):
            pass  # absent or unreadable: parse the data file
    try:
        parsed = _parse(lzma.decompress(DATA.read_bytes()).decode("utf-8"))
    except OSError:
        return Lexicon({}, [])
    if entry is not None:
        from lint.cache import store_bytes

        try:
            store_bytes(entry, marshal.dumps((parsed.buckets(), parsed.names, len(parsed), parsed.owner_parts())))
        except OSError:
            pass  # a cache that cannot be written only costs time
    return parsed


def _cache_entry(stat: os.stat_result) -> Optional[Path]:
    from lint.cache import hash_of, lazy_cache_dir

    folder = lazy_cache_dir()
    if folder is None:
        return None
    key = hash_of(str(DATA), str(stat.st_size), str(stat.st_mtime_ns), sys.version,
                  f"{BUCKETS} UTF-8 buckets").hexdigest()[:32]
    return folder / "lexicon" / f"{key}.marshal"
