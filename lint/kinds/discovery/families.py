"""Finding spelling variants that no rule names: ティモフェエフ / ティモフェーエフ.

Katakana words are reduced to *keys* that erase the differences Japanese
writers make when transliterating: ヴァ/バ/ワ, ティ/チ, ディ/ジ, トゥ/ツ,
ウィ/ウイ, small kana, a final long-vowel mark, and (in longer words) every
ー and ッ.  Words that share a key are variants of one another.  A word may
have several keys (イヴァン → イバン and イワン), and groups are joined
through any shared key.  Long words also group when one substitution apart.

With Sudachi installed (``yure[sudachi]``), words with the same dictionary
normal form (引っ越し / 引越し) and proper nouns in the same synonym group
(インド / インディア) are grouped too.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator, Optional

KATAKANA = "\u30A1-\u30FA\u30FC\u31F0-\u31FF"
# A katakana word, possibly several joined by ・ or ＝ (イヴァン・ティモフェエフ).
NAME_RE = re.compile(f"[{KATAKANA}]+(?:[・＝=][{KATAKANA}]+)*")
JOINERS = "・＝="
_JOINER = re.compile(f"[{JOINERS}]")

# Alternatives for spellings of foreign sounds; each entry expands a word
# into the keys it may stand for.
ALTERNATIVES = [
    ("ヴァ", ("バ", "ワ")), ("ヴィ", ("ビ", "ウイ")), ("ヴェ", ("ベ", "ウエ")), ("ヴォ", ("ボ", "ウオ")),
    ("ヴュ", ("ビュ",)), ("ヴ", ("ブ", "ウ")),
]
REWRITES = [
    ("ティ", "チ"), ("ディ", "ジ"), ("デュ", "ジュ"), ("トゥ", "ツ"), ("ドゥ", "ズ"),
    ("ウィ", "ウイ"), ("ウェ", "ウエ"), ("ウォ", "ウオ"), ("クァ", "クア"), ("クォ", "クオ"),
]
SMALL = str.maketrans("ァィゥェォヵヶャュョヮ", "アイウエオカケヤユヨワ")
# Keys shorter than this are not compared: short katakana words collide by
# chance (ビル / ヴィル, ファン / フアン, ドラマ / ドラマー).
MIN_KEY = 4
# Words shorter than this keep their ー and ッ when compared.
LONG = 5
# One-substitution grouping (off by default) only for words at least this long,
# and at most this long: each key of n letters makes n patterns of n letters,
# so a run of thousands of katakana took memory growing with its square.
# No real word comes near it.
EDIT_LONG = 7
EDIT_MAX = 64


def _expand(word: str) -> list[str]:
    forms = [word]
    for src, alts in ALTERNATIVES:
        if any(src in f for f in forms):
            forms = [f.replace(src, alt) for f in forms for alt in alts] if len(forms) < 16 else forms
    return forms


@lru_cache(maxsize=65536)
def keys(word: str, short: bool = False) -> frozenset[str]:
    """The variant keys of a katakana word (joiners removed).

    Keys shorter than ``MIN_KEY`` are left out unless ``short`` is set.
    Memoised: an archive names the same people and places post after post,
    and discovery runs per post.
    """
    min_key = 2 if short else MIN_KEY
    w = unicodedata.normalize("NFKC", word)
    for j in JOINERS:
        w = w.replace(j, "")
    out: set[str] = set()
    for form in _expand(w):
        for src, dst in REWRITES:
            form = form.replace(src, dst)
        form = form.translate(SMALL)
        if len(form) >= min_key:
            out.add(form)
        if form.endswith("ー") and len(form) - 1 >= MIN_KEY:
            out.add(form[:-1])  # コンピューター / コンピュータ
        bare = form.replace("ー", "").replace("ッ", "")
        if bare != form and len(bare) >= LONG:
            out.add(bare)  # ティモフェーエフ / ティモフェエフ
    return frozenset(out)


@dataclass(slots=True)
class Occurrence:
    start: int
    end: int
    surface: str


@dataclass
class Group:
    """Surfaces that are variants of one another, with their occurrences."""

    forms: dict[str, list[Occurrence]] = field(default_factory=dict)
    tier: str = "katakana"  # katakana | joiner | edit | normal-form | synonym

    def counts(self) -> Counter:
        return Counter({f: len(o) for f, o in self.forms.items()})

    def majority(self) -> Optional[str]:
        """The most used form, or None on a tie for first place."""
        ranked = self.counts().most_common()
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]


def katakana_occurrences(text: str, start: int = 0, end: Optional[int] = None) -> Iterator[tuple[Occurrence, bool]]:
    """Each katakana word and, for joined names, each part; flag True for whole joined names."""
    end = len(text) if end is None else end
    for m in NAME_RE.finditer(text, start, end):
        name = m.group()
        if _JOINER.search(name):
            yield Occurrence(m.start(), m.end(), name), True
            pos = m.start()
            for part in _JOINER.split(name):
                yield Occurrence(pos, pos + len(part), part), False
                pos += len(part) + 1
        else:
            yield Occurrence(m.start(), m.end(), name), False


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


def _one_substitution(keys_by_surface: dict[str, frozenset[str]], union: _Union) -> None:
    """Join long words whose keys differ in exactly one character."""
    buckets: dict[str, list[str]] = {}
    for surface, ks in keys_by_surface.items():
        for k in ks:
            if EDIT_LONG <= len(k) <= EDIT_MAX:
                for i in range(len(k)):
                    buckets.setdefault(k[:i] + "?" + k[i + 1:], []).append(surface)
    for members in buckets.values():
        distinct = sorted(set(members))
        for other in distinct[1:]:
            union.union(distinct[0], other)


def katakana_groups(occurrences: Iterable[tuple[Occurrence, bool]], min_length: int = 2,
                    edits: bool = False) -> list[Group]:
    """Group the occurrences' surfaces into variant groups (two or more forms)."""
    parts: dict[str, list[Occurrence]] = {}
    joined: dict[str, list[Occurrence]] = {}
    for occ, is_joined in occurrences:
        if len(occ.surface) < min_length:
            continue
        (joined if is_joined else parts).setdefault(occ.surface, []).append(occ)

    groups: list[Group] = []
    union = _Union()
    keys_by_surface = {s: keys(s) for s in parts}
    owner: dict[str, str] = {}
    for surface, ks in keys_by_surface.items():
        union.find(surface)
        for k in ks:
            if k in owner:
                union.union(owner[k], surface)
            else:
                owner[k] = surface
    # A short key joins words only through a long ヴ spelling: イヴァン / イワン
    # are one name, but ヴィル / ビル or ヴァン / ワン collide by chance.
    short_owner: dict[str, str] = {}
    for surface in parts:
        if "ヴ" in surface and len(surface) >= MIN_KEY:
            for k in keys(surface, short=True) - keys_by_surface[surface]:
                short_owner.setdefault(k, surface)
    for surface in parts:
        for k in keys(surface, short=True):
            if k in short_owner and short_owner[k] != surface:
                union.union(short_owner[k], surface)
                keys_by_surface[surface] = keys_by_surface[surface] | {k}
                keys_by_surface[short_owner[k]] = keys_by_surface[short_owner[k]] | {k}
    if edits:
        _one_substitution(keys_by_surface, union)
    clusters: dict[str, list[str]] = {}
    for surface in parts:
        clusters.setdefault(union.find(surface), []).append(surface)
    for members in clusters.values():
        if len(members) > 1:
            tier = "katakana" if _share_key(members, keys_by_surface) else "edit"
            groups.append(Group({m: parts[m] for m in sorted(members)}, tier))

    # Joined names against the same name written without the joiner
    # (ナゴルノ・カラバフ / ナゴルノカラバフ).
    plain = {unicodedata.normalize("NFKC", s): s for s in parts}
    for name, occs in joined.items():
        bare = "".join(c for c in unicodedata.normalize("NFKC", name) if c not in JOINERS)
        if bare in plain:
            groups.append(Group({name: occs, plain[bare]: parts[plain[bare]]}, "joiner"))
    return groups


def _share_key(members: list[str], keys_by_surface: dict[str, frozenset[str]]) -> bool:
    first = keys_by_surface[members[0]]
    return all(first & keys_by_surface[m] for m in members[1:]) or len(members) > 2


# --- Sudachi: okurigana variants and synonyms in other scripts -------------

CONTENT_POS = ("名詞", "動詞", "形容詞")


def _has_kanji(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def sudachi_groups(text: str, spans: Iterable[tuple[int, int]]) -> list[Group]:
    """Groups by Sudachi: same normal form (引越し / 引っ越し) or, for proper
    nouns, the same synonym group (インド / インディア).  Empty without Sudachi."""
    from lint.text import morph

    tok = morph.tokenizer()
    if tok is None:
        return []
    by_key: dict[str, dict[str, list[Occurrence]]] = {}
    tiers: dict[str, str] = {}
    for start, end in spans:
        chunk = text[start:end]
        if not chunk.strip() or len(chunk.encode("utf-8")) > 40000:
            continue
        for m in tok.tokenize(chunk):
            pos = m.part_of_speech()
            if pos[0] not in CONTENT_POS:
                continue
            surface = m.surface()
            if len(surface) < 2 or "\x00" in surface or not _japanese(surface):
                continue  # English words (titles of sources) are not variants of names
            occ = Occurrence(start + m.begin(), start + m.end(), surface)
            form = m.dictionary_form()
            if _has_kanji(surface):
                key = "nf:" + m.normalized_form()
                by_key.setdefault(key, {}).setdefault(form, []).append(occ)
                tiers[key] = "normal-form"
            if pos[1] == "固有名詞" and _all_katakana(surface):
                # Only transliterations of one name (インド / インディア):
                # kanji abbreviations, team names and full official names
                # share synonym groups too, and are not spelling variants.
                for gid in m.synonym_group_ids():
                    key = f"syn:{gid}"
                    by_key.setdefault(key, {}).setdefault(form, []).append(occ)
                    tiers[key] = "synonym"
    out = []
    for key, forms in by_key.items():
        if len(forms) < 2:
            continue
        if tiers[key] == "normal-form":
            if len({_kanji_of(f) for f in forms}) > 1:
                continue  # 採る / 取る: different characters, different meanings
            # Same word, other okurigana: the readings agree (分る / 分かる).
            # 思う / 思える or 高い / 高し share a normal form but not a reading.
            by_reading: dict[str, dict[str, list[Occurrence]]] = {}
            for form, occs in forms.items():
                by_reading.setdefault(_reading(tok, form), {})[form] = occs
            for same in by_reading.values():
                if len(same) > 1:
                    out.append(Group(same, "normal-form"))
            continue
        forms = {f: o for f, o in forms.items()
                 if not any(f != g and (f in g or g in f) for g in forms)}  # ベトナム / ベトナム社会主義共和国
        if len(forms) > 1:
            out.append(Group(forms, tiers[key]))
    return out


def _all_katakana(text: str) -> bool:
    return all("\u30a1" <= c <= "\u30ff" for c in text)


_READINGS: dict[str, str] = {}


def _reading(tok, form: str) -> str:
    if form not in _READINGS:
        _READINGS[form] = "".join(m.reading_form() for m in tok.tokenize(form))
    return _READINGS[form]


def _japanese(text: str) -> bool:
    return any("\u3041" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in text)


def _kanji_of(text: str) -> str:
    return "".join(c for c in text if "\u4e00" <= c <= "\u9fff")


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


# --- mining a corpus (``yure discover``) -----------------------------------

def mine(texts: dict[str, str], scope: str = "run", one_edit: bool = False, sudachi: bool = True) -> list[Group]:
    """Variant families across ``texts`` (path → text), most frequent first."""
    from lint.parse import parse

    batches = [list(texts.items())] if scope == "run" else [[item] for item in texts.items()]
    merged: dict[frozenset, Group] = {}
    for batch in batches:
        # Prose only: code (Markdown code, by the file's own name) and URLs
        # are masked, as the lint checks see them.  Posts and sections are
        # not needed.
        masked = [parse(text, path, structure=False).masked for path, text in batch]
        groups = katakana_groups((o for m in masked for o in katakana_occurrences(m)), edits=one_edit)
        if sudachi:
            for m in masked:
                spans = [(s.start(), s.end()) for s in re.finditer(r"[^\n。]+。?", m)]
                groups.extend(sudachi_groups(m, spans))
        for g in merge_groups(groups):
            key = frozenset(g.forms)
            if key in merged:
                for form, occs in g.forms.items():
                    merged[key].forms.setdefault(form, []).extend(occs)
            else:
                merged[key] = g
    return sorted(merged.values(), key=lambda g: (-sum(g.counts().values()), sorted(g.forms)))


def render_text(groups: list[Group]) -> str:
    lines = []
    for g in groups:
        lines.append(" / ".join(f"{f} ×{n}" for f, n in g.counts().most_common()) + f"  ({g.tier})")
    lines.append(f"{len(groups)} famil{'y' if len(groups) == 1 else 'ies'} of variants.")
    return "\n".join(lines) + "\n"


def _yaml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_yaml(groups: list[Group], files: int) -> str:
    """The families as a yure rule file: variants where one form clearly
    dominates (three times the others), consistency rules otherwise."""
    out = [
        f"# Spelling-variant families found by `yure discover` in {files} file(s).",
        "# Review each rule: keep, edit the preferred form, or delete it.",
        "name: house-variants",
        "rules:",
    ]
    for n, g in enumerate(groups, 1):
        counts = g.counts().most_common()
        top, top_n = counts[0]
        rest = sum(c for _, c in counts[1:])
        out.append(f"  # {', '.join(f'{f}: {c}' for f, c in counts)} ({g.tier})")
        out.append(f"  - id: variant-{n:03d}")
        if top_n >= 3 * rest:
            patterns = [f for f, _ in counts[1:]]
            out.append("    kind: variants")
            out.append(f"    expected: {_yaml_str(top)}")
            out.append("    patterns: [" + ", ".join(_yaml_str(p) for p in patterns) + "]")
            out.append("    tests:")
            out.append(f"      - fail: {_yaml_str(patterns[0] + 'の例。')}")
            out.append(f"        fix: {_yaml_str(top + 'の例。')}")
        else:
            forms = [f for f, _ in counts]
            out.append("    kind: consistency")
            out.append("    forms: [" + ", ".join(_yaml_str(f) for f in forms) + "]")
            out.append("    tests:")
            sample = f"{forms[0]}と{forms[0]}、{forms[1]}。"
            out.append(f"      - fail: {_yaml_str(sample)}")
            out.append(f"        fix: {_yaml_str(f'{forms[0]}と{forms[0]}、{forms[0]}。')}")
    if not groups:
        out[-1] = "rules: []"
    return "\n".join(out) + "\n"
