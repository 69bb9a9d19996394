"""Concession: a sentence that grants one side of a pair and goes on to
the other asserts the second (何度も敗れたものの、…項羽を破った).

    pass: 劉邦は楚漢戦争で項羽を破った / 楚漢戦争では何度も敗れたものの、垓下の戦いで項羽を破った
    fail: 議会は計画に賛成した / 当初は賛成したものの、翌年の採決では反対した
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA

# Words that concede one side to assert the other (敗れたものの、…勝利を収めた).
_CONCEDING = compile_re(r"ものの|ながら|にもかかわらず|けれど|とはいえ")


def concedes(text: str, starts: list[int]) -> bool:
    """The claim says both sides of a pair and concedes one between them:
    the details' word of the conceded side, said as the claim says it,
    is the claim's own (軍事的には敗れたものの、政治的な勝利 / 戦場では
    敗れながらも)."""
    return _CONCEDING.search(text, min(starts), max(starts)) is not None


def yields_to(claim: Unit, unit: Unit, words: list[tuple[bool, bool, int]]) -> bool:
    """The sentence concedes the other side and goes on to say the claim's
    (何度も敗れたものの、…項羽を破って): what it asserts is the claim's side.
    ``words``: (the claim's side said the claim's way, the other side, start).
    Not when another party takes the claim's side after the turn (野党の
    立憲民主党が反対した), nor when the claim is set in the stage the
    sentence grants (議会は当初…反対した / 当初は賛成したものの、翌年…反対)."""
    stages = None
    for _, other, o in words:
        for own_way, _, u in words:
            turn = _YIELDING.search(unit.text, o, u) if other and own_way and o < u else None
            if turn is None or any(not t.group(1).endswith(_TIMES) for t in _PARTY.finditer(unit.text, turn.end(), u)):
                continue
            stages = _stages(claim) if stages is None else stages
            granted, rest = unit.text[unit.start:turn.start()], unit.text[turn.end():unit.end]
            if not any(w in granted and w not in rest for w in stages):
                return True
    return False


def _stages(claim: Unit) -> list[str]:
    """Words of the claim that set a stage or a time (当初, 前半, 第一審, 1990), but
    not the turning point of a change it tells (2000年代初めをピークに)."""
    return [m.group() for m in _STAGE.finditer(claim.text, claim.start, claim.end)
            if not _PIVOT.match(claim.text, m.end(), claim.end)]


# …or a clause turned with が (約2,400か所まで増えたが、その後は減少が続いている).
_YIELDING = compile_re(_CONCEDING.pattern + "|(?<=[たいだ])が、")
_PARTY = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+)[はが]")
_TIMES = ("後", "降", "在", "年", "来", "代", "期")
_STAGE = compile_re(f"[0-9０-９]+|当初|最初|当時|日中|夜間|[{KANJI_UNIFIED}]*(?:審|期|時|初め|前半|後半)")
_PIVOT = compile_re(f"(?:[{KANJI_UNIFIED}0-9０-９]|初め){{0,6}}(?:をピークに|を境に|以降|以後)")
