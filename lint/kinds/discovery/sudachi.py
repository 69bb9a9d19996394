"""Variant families by Sudachi (``yure[sudachi]``): okurigana and synonyms.

Words with the same dictionary normal form (引っ越し / 引越し) and proper
nouns in the same synonym group (インド / インディア) are grouped.  Nothing
here runs without Sudachi installed.
"""

from __future__ import annotations

from typing import Iterable

from lint.kinds.discovery.grouping import Group, alike, same_word
from lint.kinds.discovery.keys import Occurrence, keys

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
        if _told_apart(list(forms)) or not _all_alike(list(forms)):
            continue  # ルーブル (currency) / ルーヴル (museum): spelled alike, known apart
        if len(forms) > 1:
            out.append(Group(forms, tiers[key]))
    return out


def _all_alike(forms: list[str]) -> bool:
    """Synonyms spelled alike (インド / インディア share their start): not オランダ / ネーデルラント."""
    return all(alike(a, b) or a[:2] == b[:2] for i, a in enumerate(forms) for b in forms[i + 1:])


def _told_apart(forms: list[str]) -> bool:
    """Do two forms look like spellings of one word that the lexicon knows apart?"""
    return any(keys(a) & keys(b) and same_word(a, b) is False
               for i, a in enumerate(forms) for b in forms[i + 1:])


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
