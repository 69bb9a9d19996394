"""Who holds sway over whom: the claim has one party keep another down
where the details have it under that other's influence, or the reverse.

「ハシナは過去にイスラム過激派を抑えていた」 against 「ハシナは、過去の政権
ではイスラム過激派の影響を強く受けていた」: one relation between the same
two parties, told in opposite directions.  The party acted on (the object of
抑える, 弾圧する, 支配する …) is the party the details name as the source of
the influence (Xの影響を受ける, Xに支配される); the claim's topic is named in
the details' sentence; and no detail sentence has the claim's direction.

    pass: ハシナは過激派を抑えていた / ハシナは過激派を厳しく取り締まった
    fail: ハシナは過激派を抑えていた / ハシナは過激派の影響を強く受けていた
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import topic_before, unit_chunks
from lint.kinds.contradiction.units import Conflict, Unit, containing
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA

_PARTY = f"(?P<party>[{KANJI_UNIFIED}{PLAIN_KATAKANA}・]{{2,}})"
# The party kept down: the object of a verb of control.
_CONTROLS = compile_re(_PARTY + r"を(?:強く|厳しく|力で|武力で)?(?:抑え|抑圧|弾圧|取り締ま|封じ込め|押さえ込|支配し|統制し)")
# The party holding sway: the source of an influence undergone, or the doer
# of a passive control.
_UNDERGOES = compile_re(_PARTY + r"(?:の(?:強い|大きな)?影響を(?:強く|大きく|色濃く)?受け|に(?:支配さ|抑え込ま|従属し|屈し))")


def _sway(u: Unit, pattern, cache: dict) -> list[tuple[str, int, int]]:
    key = ("sway", pattern.pattern, u.start, u.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = [(m.group("party"), m.start(), m.end()) for m in pattern.finditer(u.text, u.start, u.end)]
    return found


def _topic(u: Unit, at: int, cache: dict) -> Optional[str]:
    found = topic_before(unit_chunks(u, cache), at, ("は",))
    return found.word if found is not None else None


_LAST_NAME = compile_re(f"[{PLAIN_KATAKANA}・]{{3,}}$|[{KANJI_UNIFIED}]{{2,}}$")


def _named_in(topic: str, body: str) -> bool:
    """The topic, or the name it ends with (前首相シェイク・ハシナ → シェイク・ハシナ), in ``body``."""
    last = _LAST_NAME.search(topic)
    return topic in body or last is not None and last.group() in body


def compare(claim: Unit, details: list[Unit], cache: dict) -> list[Conflict]:
    for mine, theirs in ((_CONTROLS, _UNDERGOES), (_UNDERGOES, _CONTROLS)):
        for party, s, e in _sway(claim, mine, cache):
            topic = _topic(claim, s, cache)
            if topic is None or topic == party:
                continue
            told = containing(details, (party[-2:],), cache)
            # Told the claim's way anywhere in the details: no contradiction.
            if any(p == party for u in told for p, _, _ in _sway(u, mine, cache)):
                continue
            for unit in told:
                for p, us, ue in _sway(unit, theirs, cache):
                    if p == party and _named_in(topic, unit.body):
                        return [Conflict("role", s, e, unit, us, ue, claim.text[s:e], unit.text[us:ue])]
    return []
