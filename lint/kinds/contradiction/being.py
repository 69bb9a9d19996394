"""Verbs of being (ある, ない, 存在する) and the noun each is said of.

「空港があり」 and 「空港はなく」 state and deny one thing; 「論争もあった」
and 「名はない」 two.  A verb of being is compared by its noun, and quoted
with it.
"""

from __future__ import annotations

from lint.kinds.contradiction.predicates import BEING_ADVERBS, Predicate
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import PLAIN_KATAKANA, chars, is_unified_kanji


def same_word(a: str, b: str) -> bool:
    """The same predicate word, or one ending the other (労働許可 / 許可)."""
    return a == b or len(a) >= 2 and len(b) >= 2 and (a.endswith(b) or b.endswith(a))


# The letters of the noun a verb of being is said of: the unified kanji
# and plain katakana.
_NOUN_KANA = chars(PLAIN_KATAKANA)


def _noun_letter(ch: str) -> bool:
    return is_unified_kanji(ch) or ch in _NOUN_KANA


def noun_of_being(u: Unit, p: Predicate) -> int:
    """Where a predicate's quote starts: a verb of being (あり, なく) is
    quoted with its noun and particle (空港があり / 空港はなく)."""
    noun, with_particle = being_noun(u, p)
    return p.start - len(with_particle) if noun else p.start


def being_noun(u: Unit, p: Predicate) -> tuple[str, str]:
    """The noun a verb of being (あり, なく) is said of, and the noun with
    its particle; ("", "") for any other predicate."""
    text = u.text
    if p.key != "存在":
        return "", ""
    k = p.start
    # An adverb between the particle and the verb (例は一度もない).
    for adverb in BEING_ADVERBS:
        if text.endswith(adverb, u.start, k):
            k -= len(adverb)
            break
    while k > u.start and text[k - 1] in "がはもに、":
        k -= 1
    particle = k
    while k > u.start and _noun_letter(text[k - 1]):
        k -= 1
    return text[k:particle], text[k:p.start]


def same_being(claim: Unit, pc: Predicate, unit: Unit, pe: Predicate) -> bool:
    """Two verbs of being said of the same noun (空港があり / 空港はなく,
    not 論争もあった / 名はない)."""
    return same_word(being_noun(claim, pc)[0], being_noun(unit, pe)[0])
