"""Grouping katakana words into variant families.

Two words are joined when they share a key (:mod:`lint.kinds.discovery.keys`)
or the lexicon (:mod:`lint.text.lexicon`) normalises them to one word, and
the lexicon does not tell them apart: サーバ / サーバー are one word, ビル /
ビール and ホイル / ホイール two, and so are アルミホイル / アルミホイール
(one known word in each, after the same known word).  Words the lexicon
does not know are joined by strong keys, and by weak keys when at most one
of them is known.  Long words also group when one substitution apart.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from lint.cache.programs import compile_re
from lint.kinds.discovery.keys import JOINERS, LONG, MIN_KEY, Occurrence, keys, normal_forms, orthographic, weak_keys
from lint.kinds.discovery.nameparts import NameParts
from lint.text.scripts import HIRAGANA, KANJI

_KANJI_OR_HIRAGANA = compile_re(f"[{HIRAGANA}{KANJI}]")
# One-substitution grouping (off by default) only for words at least this long,
# and at most this long: each key of n letters makes n patterns of n letters,
# so a run of thousands of katakana took memory growing with its square.
# No real word comes near it.
EDIT_LONG = 7
EDIT_MAX = 64


@dataclass
class Group:
    """Surfaces that are variants of one another, with their occurrences."""

    forms: dict[str, list[Occurrence]] = field(default_factory=dict)
    tier: str = "katakana"  # katakana | joiner | edit | normal-form

    def counts(self) -> Counter:
        return Counter({f: len(o) for f, o in self.forms.items()})

    def majority(self) -> Optional[str]:
        """The form to write: the most used, or None on a tie for first place.

        When the most used katakana spelling is a long word unknown to the
        dictionary (neither a word nor a compound of words it knows), the
        forms it spells from common words go first: four
        リーモートアクセスサーバー do not make two リモートアクセスサーバー the
        slip.  A short unknown word is more often a name (コスター, オランド)
        than a slip, and keeps its place.
        """
        ranked = self.counts().most_common()
        top = ranked[0][0]
        if self.tier in ("katakana", "joiner", "edit") and len(_plain(top)) > LONG and not _known(top):
            known = [(f, n) for f, n in ranked if spelled_from_words(f)]
            if known:
                ranked = known
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@lru_cache(maxsize=8192)
def spelled_from_words(word: str) -> bool:
    """Is the word a common word the lexicon knows, or a compound of such words (リモート|サーバー)?

    Parts are three letters or more: two-letter words (リー, モー) spell
    almost anything.
    """
    from lint.text.lexicon import lexicon

    lex = lexicon()
    w = _plain(word)
    if w in lex:
        return not lex.is_proper(w)
    ends = [True] + [False] * len(w)
    for i in range(3, len(w) + 1):
        ends[i] = any(ends[j] and w[j:i] in lex and not lex.is_proper(w[j:i]) for j in range(0, i - 2))
    return ends[-1]


def _known(word: str) -> bool:
    from lint.text.lexicon import lexicon

    return _plain(word) in lexicon() or spelled_from_words(word)


def _plain(word: str) -> str:
    w = unicodedata.normalize("NFKC", word)
    return "".join(c for c in w if c not in JOINERS)


def same_word(a: str, b: str) -> Optional[bool]:
    """What the lexicon says of two spellings: one word, two words, or None (it cannot tell).

    Spellings that differ only in small or large kana (ファーウェイ /
    ファーウエイ, ツアー / ツァー) are one word whatever the lexicon lists.
    A compound the lexicon knows is compared with an unknown one by the
    part that differs: when both split after the same known word into
    known words (アルミ|ホイル, アルミ|ホイール), or before the same known
    word, the differing parts decide.
    """
    from lint.text.lexicon import lexicon

    lex = lexicon()
    a, b = _plain(a), _plain(b)
    if orthographic(a) == orthographic(b) and (
            min(len(a), len(b)) >= MIN_KEY or not (lex.is_proper(a) or lex.is_proper(b))):
        return True  # short names stay apart: ファン (fan) / フアン (Juan)
    verdict = lex.same_word(a, b)
    if verdict is not None or (a not in lex and b not in lex):
        return verdict
    limit = min(len(a), len(b))
    for i in range(2, limit - 1):
        if a[:i] != b[:i]:
            break
        if a[:i] in lex:
            verdict = lex.same_word(a[i:], b[i:])
            if verdict is not None:
                return verdict
    for i in range(2, limit - 1):
        if a[-i:] != b[-i:]:
            break
        if a[-i:] in lex:
            verdict = lex.same_word(a[:-i], b[:-i])
            if verdict is not None:
                return verdict
    return None


def _one_edit(a: str, b: str) -> bool:
    """One letter replaced, or one ー, ッ, イ or ウ added (サーバ / サーバー, スムース / スムーズ)."""
    if min(len(a), len(b)) < 3:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) < len(b):
        a, b = b, a
    if len(a) != len(b) + 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(b))
    return a[i] in "ーッイウ" and a[:i] + a[i + 1:] == b


def alike(a: str, b: str) -> bool:
    """Spelled alike: a shared key of any length, or one edit apart once transliteration is erased."""
    a, b = _plain(a), _plain(b)
    if keys(a, short=True) & keys(b, short=True) or weak_keys(a) & weak_keys(b):
        return True
    return any(_one_edit(x, y) for x in normal_forms(a) for y in normal_forms(b))


def _joined(a: str, b: str, strength: str) -> bool:
    if strength == "lexicon" and not alike(a, b):
        return False  # synonyms the dictionary normalises alike (オランダ / ネーデルラント)
    verdict = same_word(a, b)
    if verdict and strength == "lexicon" and min(len(a), len(b)) < MIN_KEY and "ヴ" in a + b:
        # A short ヴ spelling is mostly a piece of a name (ヴィル, ヴァン) that the
        # dictionary normalises to a common word it does not mean (ビル, バン).
        return False
    if verdict is not None:
        return verdict
    if strength == "weak":
        from lint.text.lexicon import lexicon

        lex = lexicon()
        return not (_plain(a) in lex and _plain(b) in lex)
    return strength != "lexicon"


def _one_substitution(keys_by_surface: dict[str, frozenset[str]]) -> dict[str, list[str]]:
    """Buckets of long words whose keys differ in exactly one character."""
    buckets: dict[str, list[str]] = {}
    for surface, ks in keys_by_surface.items():
        for k in ks:
            if EDIT_LONG <= len(k) <= EDIT_MAX:
                for i in range(len(k)):
                    buckets.setdefault("?" + k[:i] + "?" + k[i + 1:], []).append(surface)
    return buckets


def _buckets(surfaces: list[str], edits: bool) -> dict[tuple[str, str], list[str]]:
    """Candidate families: surfaces under one key, with the key's strength."""
    from lint.text.lexicon import lexicon

    out: dict[tuple[str, str], list[str]] = {}
    keys_by_surface = {s: keys(s) for s in surfaces}
    for s, ks in keys_by_surface.items():
        for k in ks:
            out.setdefault(("strong", k), []).append(s)
        for k in weak_keys(s):
            out.setdefault(("weak", k), []).append(s)
        out.setdefault(("strong", "ortho:" + orthographic(_plain(s))), []).append(s)
    # A short key joins words only through a long ヴ spelling: イヴァン / イワン
    # are one name, but ヴィル / ビル or ヴァン / ワン collide by chance.
    short_owner: dict[str, str] = {}
    for s in surfaces:
        if "ヴ" in s and len(s) >= MIN_KEY:
            for k in keys(s, short=True) - keys_by_surface[s]:
                short_owner.setdefault(k, s)
    for s in surfaces:
        for k in keys(s, short=True):
            if k in short_owner and short_owner[k] != s:
                out.setdefault(("strong", "short:" + k), []).extend((short_owner[k], s))
    if edits:
        for k, members in _one_substitution(keys_by_surface).items():
            out.setdefault(("edit", k), []).extend(members)
    lex = lexicon()
    for s in surfaces:
        for f in lex.forms(_plain(s)) or ():
            if f.isascii() or not _KANJI_OR_HIRAGANA.search(f):  # 鶏 for ケイ and ニワトリ: readings, not spellings
                out.setdefault(("lexicon", f), []).append(s)
    return out


def _alike_parts(a: str, b: str) -> bool:
    return a == b or bool(keys(a, short=True) & keys(b, short=True)) or same_word(a, b) is True


def _common(word: str) -> bool:
    from lint.text.lexicon import lexicon

    lex = lexicon()
    return _plain(word) in lex and not lex.is_proper(_plain(word))


def katakana_groups(occurrences: Iterable[tuple[Occurrence, bool]], min_length: int = 2,
                    edits: bool = False) -> list[Group]:
    """Group the occurrences' surfaces into variant groups (two or more forms)."""
    parts: dict[str, list[Occurrence]] = {}
    joined: dict[str, list[Occurrence]] = {}
    names = NameParts()
    for occ, is_joined in occurrences:
        names.add(occ, is_joined)
        if len(occ.surface) < min_length:
            continue
        (joined if is_joined else parts).setdefault(occ.surface, []).append(occ)

    groups: list[Group] = []
    union = _Union()
    how: dict[frozenset, str] = {}
    surfaces = list(parts)
    buckets = _buckets(surfaces, edits) if len(surfaces) > 1 else {}
    for (strength, _), members in buckets.items():
        distinct = sorted(set(members))
        for i, a in enumerate(distinct):
            for b in distinct[i + 1:]:
                pair = frozenset((a, b))
                if pair in how or not _joined(a, b, strength) or names.apart(a, b, _common, _alike_parts):
                    continue
                how[pair] = strength
                union.union(a, b)
    clusters: dict[str, list[str]] = {}
    for surface in surfaces:
        clusters.setdefault(union.find(surface), []).append(surface)
    for members in clusters.values():
        if len(members) > 1:
            edit_only = all(v == "edit" for p, v in how.items() if p <= set(members))
            groups.append(Group({m: parts[m] for m in sorted(members)}, "edit" if edit_only else "katakana"))

    # Joined names against the same name written without the joiner
    # (ナゴルノ・カラバフ / ナゴルノカラバフ).
    plain = {unicodedata.normalize("NFKC", s): s for s in parts}
    for name, occs in joined.items():
        bare = _plain(name)
        if bare in plain:
            groups.append(Group({name: occs, plain[bare]: parts[plain[bare]]}, "joiner"))
    return groups


def merge_groups(groups: list[Group]) -> list[Group]:
    """Groups that share a form become one (the first tier found wins)."""
    merged: list[Group] = []
    for g in groups:
        target = next((m for m in merged if set(m.forms) & set(g.forms)), None)
        if target is None:
            merged.append(Group(dict(g.forms), g.tier))
            continue
        for form, occs in g.forms.items():
            if form not in target.forms:
                target.forms[form] = occs
    return merged


def allowed(group: Group, allow: list[set[str]]) -> bool:
    """Is every form of the group inside one allow-list entry?"""
    forms = set(group.forms)
    return any(forms <= entry for entry in allow)
