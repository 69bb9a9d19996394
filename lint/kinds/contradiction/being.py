"""Verbs of being (ある, ない, 存在する), read as predicates, and the noun
each is said of.

「空港があり」 and 「空港はなく」 state and deny one thing; 「論争もあった」
and 「名はない」 two.  A verb of being is compared by its noun, and quoted
with it.  An experience denied (禁止されたことは一度もない) denies the act.
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.predicates import BEING_ADVERBS, Predicate, is_negative_tail
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA, chars, is_unified_kanji
from lint.text.tokens import KANJI, KATAKANA, LATIN, script


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


# A noun, its subject particle, and a verb of being: 都市はない, 都市が数多く
# ある, 経験がある, 例は存在しない.  Read as the predicate 存在 of that noun.
EXISTENCE = compile_re(
    f"(?<=[{KANJI_UNIFIED}{PLAIN_KATAKANA}])(?:が|は|も|には|にも)、?"
    f"(?:{'|'.join(BEING_ADVERBS)})?"
    r"(?P<verb>あ(?:る|った|り)|な(?:い|かった|く)|存在(?:する|した|し|せず|しない|しなかった|しておらず))"
)


def existence(text: str, start: int, end: int) -> list[Predicate]:
    """Predicates of being (ある, ない, 存在する) after a noun and its particle."""
    out = []
    for m in EXISTENCE.finditer(text, start, end):
        verb = m.group("verb")
        tail = verb[2:] if verb.startswith("存在") else verb
        negative = verb.startswith("な") or is_negative_tail(tail)
        # 国も少なくない: not few, so many there are.
        if negative and text.endswith("少なく", start, m.start("verb")):
            negative = False
        after = m.end("verb")
        adnominal = after < end and script(text[after]) in (KANJI, KATAKANA, LATIN) and verb.endswith(("る", "い", "た"))
        # 区分があるわけではなく: being denied as a whole.
        denial = _NOT_THE_CASE.match(text, after, end)
        if denial is not None:
            tail, negative, after = tail + denial.group(), not negative, denial.end()
        out.append(Predicate("存在", m.start("verb"), after, tail, not negative, adnominal))
    return out


# What denies the statement before it as a whole (あるわけではない).
_NOT_THE_CASE = compile_re(f"わけ(?:では|でも)(?:な|あり(?:ませ|ま))[{HIRAGANA}]*")


# The experience of an act denied: したことは一度もない, されたことはない;
# an act never done: 生まれることは一度もなかった (not 上演されることは多くない, seldom).
_EXPERIENCE = ("たことは", "たことが", "だことは", "だことが")
_NEVER = compile_re(f"(?:{'|'.join(BEING_ADVERBS)}|これまで|今まで)?な(?:い|かった|く)")
_ACT = ("ることは", "ることが")
_NEVER_ONCE = compile_re("(?:一度も|決して|まったく|全く)?な(?:い|かった|く)")


def never_done(text: str, found: list[Predicate]) -> list[Predicate]:
    """An act whose experience the sentence denies (禁止されたことは一度も
    ない) is denied itself."""
    out = []
    for p in found:
        m = (_NEVER.match(text, p.end) if p.tail.endswith(_EXPERIENCE)
             else _NEVER_ONCE.match(text, p.end) if p.tail.endswith(_ACT) else None)
        out.append(p if m is None else p.replaced(end=m.end(), tail=p.tail + m.group(), positive=not p.positive))
    return out

