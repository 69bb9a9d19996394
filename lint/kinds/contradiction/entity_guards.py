"""Entity conflicts that name no other thing: the claim's word and the
detail's are one thing told two ways, or no name at all.

- the claim's name opens a longer name the details use (ニューヨーク・
  フィルハーモニック);
- a word for a kind of place (都道府県, 両県) on either side;
- a name joined by ・ into the name of a kind (インド・ヨーロッパ語族);
- a kanji compound made of words the detail sentence uses one by one
  (新聞協会加盟社 / 日本新聞協会に加盟する…各社): a shortening, no name;
- two names each qualifying another thing, both things named on both
  sides (イタリアのAVSQ…EAQF / AVSQ…フランスのEAQF);
- a word counted as one of a kind (複数の名門サッカークラブ): a class, no name;
- a detail place the claim names without its kind's ending
  (リオデジャネイロは…大都市で / リオデジャネイロ市は): the claim's word
  describes it.

    pass: 協会加盟社は報道を控えた / 日本新聞協会に加盟する各社が報道を控えた
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.units import Conflict, Unit, details_text
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA, is_kanji
from lint.text.tokens import bigrams, find_all


def names_no_other(c: Conflict, claim: Unit, evidence: list[Unit], cache: dict) -> bool:
    """The entity conflict ``c`` names no other thing (see the module's list)."""
    return (_generic_place(c) or _inside_kind_name(c, claim) or _compound_known(c, claim, evidence, cache)
            or _told_word_by_word(c.claim_text, c.evidence.body)
            or _COUNTED_KIND.search(claim.text, max(claim.start, c.claim_start - 12), c.claim_start) is not None
            or _named_without_kind(c, claim) or _qualify_others(c, claim))


def _named_without_kind(c: Conflict, claim: Unit) -> bool:
    """The claim names the detail's place without its kind's ending
    (リオデジャネイロは…大都市 / リオデジャネイロ市は)."""
    bare = _KIND_ENDING.sub("", c.evidence_text)
    if bare == c.evidence_text or c.evidence_text in claim.body:
        return False
    # (As a word of its own, not the start of another name: 千葉大学 names no 千葉県.)
    return any(not _NAME_LETTER.match(claim.text, at + len(bare)) and not (
        at > claim.start and _NAME_LETTER.match(claim.text, at - 1)) for at in find_all(claim.text, bare, claim.start, claim.end))


def _qualify_others(c: Conflict, claim: Unit) -> bool:
    """Each names what it qualifies, and each side names both things
    (イタリアのAVSQ…EAQF / AVSQ…フランスのEAQF): the names are of two
    things, not one told two ways (デンマークのコペンハーゲン / ノルウェーの
    オスロ names no コペンハーゲン in the details)."""
    mine = _QUALIFIED.match(claim.text, c.claim_end, claim.end)
    theirs = _QUALIFIED.match(c.evidence.text, c.evidence_end, c.evidence.end)
    if mine is None or theirs is None or mine.group(1) not in c.evidence.body or theirs.group(1) not in claim.body:
        return False
    a, b = mine.group(1), theirs.group(1)
    # (A kind both end in says nothing: ロマーノ規格 / ガリア規格.)
    while len(a) > 1 and len(b) > 1 and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    # (Things alike in letters are one thing reworded: 女性誌 / 女性雑誌.)
    return not bigrams(a) & bigrams(b) and a[:1] != b[:1]


# The thing a name qualifies with の (イタリアの|AVSQ).
_QUALIFIED = compile_re(f"の([{KANJI_UNIFIED}{PLAIN_KATAKANA}A-Za-z0-9ー・]{{2,}})")


# Words that count a kind, the word after them one of many (複数の名門, 多くの).
_COUNTED_KIND = compile_re(f"(?:複数|多く|数々|いくつか|様々|さまざま|数多く|主要)(?:の|な)[{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{0,3}}$")
_NAME_LETTER = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]")
# The ending that names the kind of a place (リオデジャネイロ|市), before which its name stands alone.
_KIND_ENDING = compile_re("(?<=..)[市県州府町村区郡国]$")


def _told_word_by_word(word: str, sentence: str) -> bool:
    """A kanji compound of two words or more, each of them in ``sentence``
    (a last letter alone may be a suffix: 社, 者, 国)."""
    if len(word) < MIN_COMPOUND or not all(map(is_kanji, word)):
        return False
    at, words = 0, 0
    while at < len(word):
        end = next((j for j in range(len(word), at + 1, -1) if word[at:j] in sentence), None)
        if end is None:
            if at == len(word) - 1:
                break
            return False
        at, words = end, words + 1
    return words >= 2


# The shortest compound read word by word.
MIN_COMPOUND = 4


def _compound_known(c: Conflict, claim: Unit, evidence: list[Unit], cache: dict) -> bool:
    """The claim's name opens a longer name the details use (ニューヨーク・
    フィルハーモニック, イギリス領ヴァージン諸島): the claim names that
    known thing, no other place."""
    m = _NAME_GOES_ON.match(claim.text, c.claim_end, claim.end)
    return m is not None and c.claim_text + m.group() in details_text(evidence, cache)


_NAME_GOES_ON = compile_re(f"・[{PLAIN_KATAKANA}ー・]+|領[{PLAIN_KATAKANA}ー・{KANJI_UNIFIED}]+")


# Words for a kind of place, no place (都道府県, 市町村, 両県).
_PLACE_KIND_LETTERS = frozenset("都道府県市区町村郡州両各")


def _generic_place(c: Conflict) -> bool:
    return any(all(ch in _PLACE_KIND_LETTERS for ch in side) for side in (c.claim_text, c.evidence_text))


# A name joined by ・ into the name of a kind (インド・ヨーロッパ語族).
_KIND_AFTER = compile_re(f"(?:・[{PLAIN_KATAKANA}]+)+(?:語族|語派|語群|諸語|系)")


def _inside_kind_name(c: Conflict, claim: Unit) -> bool:
    return (_KIND_AFTER.match(c.evidence.text, c.evidence_end, c.evidence.end) is not None
            or _KIND_AFTER.match(claim.text, c.claim_end, claim.end) is not None)
