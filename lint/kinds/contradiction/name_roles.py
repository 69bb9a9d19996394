"""The role a name's words take in a sentence: the particle after a name,
and after the noun it qualifies (日本の|医療制度|は).  Two names in one
slot are two things, not one swapped for the other, when that noun takes
another case particle in each sentence.  And where a name stands in a
list, or where a word that stands for its party ends (スウェーデン|軍を);
and a family named for a name (キャドバリー家), which its members act for."""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.entities import Mention, Slot
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA, chars

# The subject markers は, が and も count as one: a summary often turns
# "Xが…" into "Xは…".
SUBJECT = ("は", "が", "も", "では", "には", "こそ")
HIRAGANA_LETTERS = chars(HIRAGANA)
# Case particles that tell a noun's role (は standing for が and も too).
CASE_ROLES = ("は", "を", "に", "へ", "から", "で")


def particle_at(u: Unit, i: int) -> str:
    """The hiragana from ``i`` on (の, は, との, …; empty before a kanji
    word), the subject markers read as は."""
    j = i
    while j < u.end and u.text[j] in HIRAGANA_LETTERS:
        j += 1
    particle = u.text[i:j]
    return "は" if particle in SUBJECT else particle


def role_after(u: Unit, slot: Slot) -> str:
    """The particle after a slot's last word (…医療制度|は)."""
    if not slot.anchors:
        return ""
    at = u.text.find(slot.anchors[-1], slot.end, u.end)
    return "" if at < 0 else particle_at(u, at + len(slot.anchors[-1]))


def same_role_after(claim: Unit, sc: Slot, unit: Unit, se: Slot) -> bool:
    """Two slots ending in one word (…医療制度) take the same case particle
    after it, or either takes none that tells (a verb's ending, a noun)."""
    if not sc.anchors or not se.anchors or sc.anchors[-1] != se.anchors[-1]:
        return True
    a, b = role_after(claim, sc), role_after(unit, se)
    return not (a in CASE_ROLES and b in CASE_ROLES and a != b)


def head_role(u: Unit, m: Mention) -> tuple[str, str]:
    """For a name before の, the noun it qualifies and the particle after
    that noun (日本の|医療制度|は → 医療制度, は); ("", "") otherwise."""
    text = u.text
    if not text.startswith("の", m.end):
        return "", ""
    i = j = m.end + 1
    while j < u.end and text[j] not in HIRAGANA_LETTERS and text[j] not in "、。，「」（）()":
        j += 1
    return text[i:j], particle_at(u, j)


def other_roles(claim: Unit, x: Mention, unit: Unit, y: Mention) -> bool:
    """Two names qualify one noun that takes two roles (日本の医療制度は…始まる
    / ドイツの医療制度を手本とする): two things, not one swapped."""
    head_x, role_x = head_role(claim, x)
    head_y, role_y = head_role(unit, y)
    return bool(head_x) and head_x == head_y and role_x in CASE_ROLES and role_y in CASE_ROLES and role_x != role_y


def doer_of_passive(u: Unit, m: Mention) -> bool:
    """The name and に before a passive verb of its clause: who acts (英国に
    奪われる), not where the act goes (アメリカに売却した)."""
    return u.text.startswith("に", m.end) and _PASSIVE_AFTER.match(u.text, m.end + 1, u.end) is not None


_PASSIVE_AFTER = compile_re("[^、。]{0,8}?(?:され|られ|[かさたなまらわがば]れ)(?:る|た|て|ず|ない|、|。)")


def in_list(claim: Unit, x: Mention) -> bool:
    """The name ends a list (中東の4か国とベネズエラ) or opens one (英国、フランス): one more member."""
    at = x.start - 1
    return (at > claim.start and claim.text[at] in "と、や" and _NOUN_END.match(claim.text, at - 1) is not None
            or claim.text.startswith("、", x.end) and _NOUN_END.match(claim.text, x.end + 1) is not None)


def party_end(u: Unit, at: int) -> int:
    """Where a name ends with a word that stands for the party it names
    (スウェーデン|軍を, 英国|政府は), not one that names a thing of it
    (ウクライナ|問題に)."""
    m = _STANDS_FOR_PARTY.match(u.text, at, u.end)
    return m.end() if m else at


_STANDS_FOR_PARTY = compile_re("(?:軍|王|政府|艦隊|側|代表|代表団|当局)(?=[" + HIRAGANA + "])")
_NOUN_END = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}0-9０-９]")


# Words after a name that make it a family or a group of kin (キャドバリー家, 徳川一族, ルイ夫妻).
_KIN_GROUPS = ("一家", "一族", "兄弟", "姉妹", "夫妻", "親子", "父子", "母子", "家")


def kin_of_named(word: str, details_text: str) -> bool:
    """A family or kin group of a person the details name by that surname
    (キャドバリー家 / ジョン・キャドバリー, キャドバリー兄弟の): any of its
    members may act for it.  A surname the details use alone (フライは…)
    may be a firm's."""
    kin = next((k for k in _KIN_GROUPS if word.endswith(k)), None)
    stem = word[:-len(kin)] if kin is not None else ""
    return len(stem) >= 2 and ("・" + stem in details_text or any(stem + k in details_text for k in _KIN_GROUPS + ("の",)))


def anchors_match(a: list[str], b: list[str]) -> bool:
    """Do the words after two names match: one alike, or two sharing most
    of their start (一部 / 一部分)?"""
    # (人 after a country, スイス人ガイド / 英国人エドワード, matches only
    # with no word after it: the word after tells who.)
    a, b = [x for x in a if len(x) > 1] or a, [y for y in b if len(y) > 1] or b
    for x in a:
        for y in b:
            if x == y:
                return True
            n = 0
            while n < min(len(x), len(y)) and x[n] == y[n]:
                n += 1
            if n >= 2 and n * 3 >= 2 * min(len(x), len(y)):
                return True
    return False


def same_heads(a: list[str], b: list[str]) -> bool:
    """A word and a compound it ends (制度 / 医療制度): one thing, more or less narrowly named."""
    return any(len(x) >= 2 and len(y) >= 2 and (x.endswith(y) or y.endswith(x)) for x in a for y in b)
