"""Points of the compass: which point a word names, and of what whole.

A point inside a longer one (西部 in 南西部) is no word of its own, and
two points said of two wholes (バルカン半島東部 / 国土の南西部) oppose
nothing.

    pass: ブルガリアはバルカン半島東部の国である / 南西部のリラ山地に最高峰がある
    fail: ブルガリアはバルカン半島東部の国である / ブルガリアはバルカン半島西部の国である
    pass: 市は福島県の会津地方東部にある / 市は会津地方の中でも福島県の西部に位置する
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import clause_bounds

COMPASS = "東西南北"


def inside_point(text: str, at: int, end: int) -> bool:
    """A point of the compass inside another (西部 in 南西部, 北 in 北東):
    the longer point is its own word."""
    core = text[at:end].rstrip("へに").rstrip("部側")  # (西へ in 北西へ, too)
    if not core or any(c not in COMPASS for c in core):
        return False
    return at > 0 and text[at - 1] in COMPASS or core == text[at:end] and text[end:end + 1] in tuple(COMPASS)


_POINT = compile_re(f"[{COMPASS}]+部?")
_WHOLE_OF_POINT = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{2,}}?)の?[{COMPASS}]*$")


def points_of_other_wholes(claim: Unit, s: int, e: int, unit: Unit, us: int, ue: int) -> bool:
    """Two points of the compass, one said of a whole named right before it
    (with の or without) that the other's clause never names (ヨーロッパ南西部
    / スペインは北東部の…, アフリカ大陸の南東部 / 北西をマラウイと): the
    south-west of one thing may be the north-east of another."""
    if not (_POINT.fullmatch(claim.text, s, e) and _POINT.fullmatch(unit.text, us, ue)):
        return False
    # Each named right before its point, and two (会津地方東部 / 福島県の西部).
    mine = _WHOLE_OF_POINT.search(claim.text, claim.start, s)
    theirs = _WHOLE_OF_POINT.search(unit.text, unit.start, us)
    if mine is not None and theirs is not None and mine.group(1)[-2:] != theirs.group(1)[-2:]:
        return True
    for x, xs, y, ys in ((claim, s, unit, us), (unit, us, claim, s)):
        whole = _WHOLE_OF_POINT.search(x.text, x.start, xs)
        lo, hi = clause_bounds(y.text, ys, y.start, y.end)
        if whole is not None and whole.group(1)[-2:] not in y.text[lo:hi]:
            return True
    return False


# A place a way or a distance is measured from (中心部から北西へ, 駅から約2キロ).
_MEASURED_FROM = compile_re(f"から(?:[{COMPASS}]{{1,2}}(?:へ|に|方向)|(?:約|およそ)?[0-9０-９])")


def measured_from(u: Unit, e: int) -> bool:
    """The word ending at ``e`` is where a way or a distance starts (頤和園は
    北京の中心部から北西へ約15キロ): the place it locates lies elsewhere, so
    the word is no side of that place (郊外にある agrees)."""
    return _MEASURED_FROM.match(u.text, e, u.end) is not None
