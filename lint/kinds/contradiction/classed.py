"""Predicates of being classed or required, said of the noun.

A noun, a particle, and a verb that classes or requires it: 後発開発途上国
に位置づけられている, 有効とは認めていない, 許可が必要になった, 許可は
求められていない, 許可を得なければならない.  The verb's polarity is said
of the noun.  With が, は or も before a verb of classing the noun is what
is classed, not its class (規則も定義できる states no rule).

    pass: 規格は厳しい基準ではなく目安である / 「規格」という基準も定義できる
    fail: 後発開発途上国に位置づけられている / 後発開発途上国とは見なされていない
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.predicates import NOUN_RUN, Predicate, is_negative_tail, modifies_noun
from lint.text.scripts import HIRAGANA

_JUDGED_AFTER = compile_re(
    r"(?:だ|である)?(?:と|とは|として|に|には|が|は|も)"
    r"(?P<verb>認め|見な|みな|含ま|含め|位置づけ|位置付け|分類|指定|規定|定義|定め|認定|登録|数え|求め|必要|義務付け|義務づけ)"
    f"(?P<tail>[{HIRAGANA}]*)"
)


_CLASSING = frozenset(("見な", "みな", "位置づけ", "位置付け", "分類", "指定", "規定", "定義", "定め", "数え"))
# …を得なければならない: the noun is required, like …が必要だ.
_REQUIRED_AFTER = compile_re(f"を(?P<verb>得)(?P<tail>な(?:ければ|くては)(?:なら|いけ)[{HIRAGANA}]*)")


def judged(text: str, start: int, end: int) -> list[Predicate]:
    """Predicates of being classed or required, said of the noun."""
    out = []
    pos = start
    while True:
        noun = NOUN_RUN.search(text, pos, end)
        if noun is None:
            break
        m = _JUDGED_AFTER.match(text, noun.end(), end) or _REQUIRED_AFTER.match(text, noun.end(), end)
        if m is None:
            pos = noun.end()
            continue
        pos = m.end()
        tail = m.group("tail")
        # (A verbal noun used as a noun, 登録の対象ではない: its own sentence is elsewhere.)
        if tail.startswith("の") or m.group("verb") in _CLASSING and text[noun.end():m.start("verb")] in ("が", "は", "も"):
            continue
        negative = is_negative_tail(tail)
        after = m.end()
        adnominal = modifies_noun(text, after, end, tail)
        out.append(Predicate(noun.group(), noun.start(), after, tail, not negative, adnominal))
    return out
