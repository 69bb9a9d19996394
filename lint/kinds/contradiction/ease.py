"""Ease: the claim says a thing happens easily where the details say hardly,
or the reverse, of one verb.

「燃えにくいため火除けの木とされた」 against 「燃えやすいため」; 「重心が低い
ものほど倒れやすい」 against 「重心が低く底面が広いものほど倒れにくい」:
a verb's stem (燃え, 倒れ, 起こ of 起こす and 起こる alike) with やすい or
にくい (づらい, がたい) after it.  The two must speak of the same thing (the
words of their clauses overlap), a sentence that says the claim's way of
that verb supports the claim, and an ease denied (燃えやすくはない) is
left alone.  Not compared: an ease in a comparison (檜は杉より燃えにくい,
which :mod:`~lint.kinds.contradiction.comparisons` reads), a claim that
says both, one the details only believe or ask (燃えにくいと考えられていた,
燃えにくいかどうか), and clauses that share no word of two letters besides
the verb (乾いた木は燃えやすい / 湿った木は燃えにくい).

    pass: 葉や幹は水分を多く含んで燃えにくい / 葉や幹が水分を多く含んで燃えにくいため
    fail: 葉や幹は水分を多く含んで燃えやすい / 葉や幹が水分を多く含んで燃えにくいため
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.align import words_in
from lint.kinds.contradiction.closeness import about_the_same, clause_arguments
from lint.kinds.contradiction.predicates import is_negative_tail
from lint.kinds.contradiction.units import Conflict, Settings, Unit, memo
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED
from lint.text.tokens import clause_bounds

# A verb's kanji and okurigana (燃え, 起こし), then the word of ease and its ending.
_EASE = compile_re(f"([{KANJI_UNIFIED}]{{1,3}})([{HIRAGANA}]{{1,2}}?)(やす|にく|づら|がた)([いくかけさ][{HIRAGANA}]{{0,6}})")
_EASY = "やす"
# Kana a verb's okurigana never starts with: a particle ends the word before (理解は|たやすい).
_PARTICLES = "はをにでとのへ"
# An ease only believed, asked or mistaken: no telling of it.
_NOT_TOLD = compile_re(r"[^、。]{0,4}?(?:と(?:考え|思わ|思われ|見な|信じ|誤解|され(?:てき|ていた))|かどうか)")
# Fewest words (of two letters or more) the two clauses must share besides the verb.
MIN_SHARED = 1


def _eases(u: Unit, cache: dict) -> list[tuple[str, bool, int, int]]:
    """(the verb's stem, easy?, start, end) of each word of ease in ``u``, once per post."""
    def find() -> list[tuple[str, bool, int, int]]:
        found = []
        for m in _EASE.finditer(u.text, u.start, u.end):
            lo, _ = clause_bounds(u.text, m.start(), u.start, u.end)
            if (m.group(2)[0] in _PARTICLES or is_negative_tail(m.group(4))
                    or u.text.find("より", lo, m.start()) >= 0 or _NOT_TOLD.match(u.text, m.start(4))):
                continue
            # The stem by its kanji and first okurigana: 起こ of 起こす and 起こる alike.
            found.append((m.group(1) + m.group(2)[0], m.group(3) == _EASY, m.start(), m.end(3) + 1))
        return found
    return memo(cache, ("eases", u.start, u.end), find)


def may_conflict(claim: Unit, cache: dict) -> bool:
    return bool(_eases(claim, cache))


def compare(claim: Unit, aligned: list[Unit], cfg: Settings, cache: dict) -> list[Conflict]:
    """``aligned``: the sentences aligned with the claim or a clause of it, best first."""
    mine = _eases(claim, cache)
    for stem, easy, s, e in mine:
        if any(st == stem and other != easy for st, other, _, _ in mine):
            continue  # the claim says both (燃えにくいとされてきたが、実際は燃えやすい)
        told = [(unit, us, ue, other == easy) for unit in aligned for st, other, us, ue in _eases(unit, cache)
                if st == stem]
        # Said the claim's way anywhere it aligns (付加反応は起こりにくく、置換
        # 反応が起こりやすい tells both): supported.
        if any(agrees for *_, agrees in told):
            continue
        against = next(((unit, us, ue) for unit, us, ue, _ in told
                        if _words_shared(claim, s, e, unit, us, ue, cache) >= MIN_SHARED
                        and about_the_same(claim, s, e, unit, us, ue, cache, cfg.argument_overlap)[0]), None)
        if against is not None:
            unit, us, ue = against
            return [Conflict("antonym", s, e, unit, us, ue, claim.text[s:e], unit.text[us:ue])]
    return []


def _words_shared(claim: Unit, s: int, e: int, unit: Unit, us: int, ue: int, cache: dict) -> int:
    """How many words of two letters or more the two clauses share."""
    shared = clause_arguments(claim, s, e, cache) & clause_arguments(unit, us, ue, cache)
    return words_in({g for g in shared if len(g) > 1})
