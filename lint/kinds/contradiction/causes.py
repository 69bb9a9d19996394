"""Causes: the claim gives another cause for an effect the details explain.

「島に高い山が多かったため、島の名が付けられた」 against 「その日が日曜日に
あたったことから、島はドミニカと名付けられた」: both sentences explain one
effect (most of the claim's words for it are in the details' part after the
connective) with a connective of cause (ため, ことから, によって, を受けて …);
the claim's cause is in words the post never uses, and the details' cause
shares none of them.  A cause the claim only rewords keeps some of the
details' words, and is left alone; a details' cause that points back
(この性質に…) tells its words in the sentence before, and is not compared.

    pass: 路盤が安定したことで速度を上げた / 路盤が落ち着いて安定したことから速度を上げられるようになり
    fail: 新型車両を投入したことで速度を上げた / 路盤が落ち着いて安定したことから速度を上げられるようになり
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.numerals import HAS_DIGIT
from lint.kinds.contradiction.order import is_causal
from lint.kinds.contradiction.relations import relations
from lint.kinds.contradiction.units import Conflict, Unit, details_text
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA

# How many of the claim's cause words the post must never use, and what share of them.
MIN_NEW = 2
NEW_SHARE = 0.75
# Share of the claim's effect words the details' effect must hold.
EFFECT_SHARE = 0.5
_RUN = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+")
_POINTING_BACK = ("この", "その", "これ", "それ", "こうした", "そうした", "こういった", "そういった")


def _words(grams: frozenset) -> set:
    return {g for g in grams if not HAS_DIGIT.search(g)}


def compare(claim: Unit, aligned: list[Unit], details: list[Unit], cache: dict) -> list[Conflict]:
    """``aligned``: the claim's closest detail sentences."""
    mine = [rel for rel in relations(claim, cache) if is_causal(rel, claim.text)]
    if not mine:
        return []
    text = details_text(details, cache)
    for rel in mine:
        cause_part, effect_part = rel.parts
        cause = _words(cause_part - effect_part)
        new = {g for g in cause if g not in text}
        effect = _words(effect_part - cause_part)
        # (…in two words at least: one long word's letter pairs, 燃料高, may reword the details.)
        new_words = {w for w in _RUN.findall(claim.text, *rel.first_span) if w not in text}
        if len(new) < MIN_NEW or len(new) < NEW_SHARE * len(cause) or len(effect) < 2 or len(new_words) < 2:
            continue
        for unit in aligned:
            for theirs in relations(unit, cache):
                their_cause, their_effect = theirs.parts
                # (A cause that points back, この性質に…, tells its words in the sentence before.)
                if (not is_causal(theirs, unit.text) or len(effect & their_effect) < EFFECT_SHARE * len(effect)
                        or unit.text.startswith(_POINTING_BACK, theirs.first_span[0])
                        or their_cause & cause or len(_words(their_cause - their_effect) - effect) < 2):
                    continue
                (s, e), (es, ee) = rel.first_span, theirs.first_span
                return [Conflict("causal", s, e, unit, es, ee, claim.text[s:e], unit.text[es:ee])]
    return []
