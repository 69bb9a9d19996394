"""Years as written: a Japanese era (昭和23年), an era the table lacks
(正暦4年ごろ), a number of years that is no calendar year (数千年,
1980年代, 1000年前), and a century's years (19世紀)."""

from __future__ import annotations

import re
from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.numerals import DIGIT, to_int_ascii
from lint.text.scripts import KANJI_UNIFIED

# Japanese eras: the year before year 1 of each.
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
# Before a year, words that make it no calendar year: 数千年, 紀元前500年.
NOT_A_YEAR_BEFORE = ("数", "何", "紀元前", "前")
# 紀元前, or 前 standing alone (前141年), before a year.
BEFORE_THE_ERA = compile_re(r"(?:紀元前|(?:^|(?<=[、。(（\sはがもにで]))前)$")
# An era not in ERAS: two kanji alone before a year said as a time (正暦4年ごろ) or glossed (天保8年(1837年)),
# or a reign (推古天皇18年に).
OTHER_ERA = compile_re(rf"(?:(?<![{KANJI_UNIFIED}])[{KANJI_UNIFIED}]{{2}}|天皇|皇帝)$")
OLD_YEAR_AFTER = ("に", "、", "まで", "から", "ごろ", "頃")
# 1000年前 and 1000年後 are spans of time counted from now; 1980年代 a decade.
SPAN_AFTER_YEAR = ("前", "後", "以上", "近く", "余り", "あまり", "ほど", "にわたり", "にわたって", "ぶり")


def era_before(body: str, at: int) -> int:
    """The offset of the era named right before ``at`` (昭和23年), else 0."""
    for name, offset in ERAS.items():
        if body.startswith(name, at - len(name)) and at >= len(name):
            return offset
    return 0


def calendar_year(body: str, m: re.Match, value: float) -> Optional[int]:
    """For N年: the calendar year (below 0 before the common era), 0 for a
    span of years, None for neither (数千年, 1980年代, 正暦4年, and 建仁3年
    in the brackets of 1203年(建仁3年))."""
    at = m.start("amount")
    after = body[m.end("unit"):m.end("unit") + 2]
    era = era_before(body, at)
    if BEFORE_THE_ERA.search(body, max(0, at - 4), at) and after.startswith(OLD_YEAR_AFTER + ("年", "の")) and (
            re.fullmatch(f"[{DIGIT}]+", m.group("amount"))):
        return -int(value)  # 前141年ごろ, 紀元前27年: a year before the common era, counted back
    if after.startswith("代") or not era and (body.endswith(NOT_A_YEAR_BEFORE, 0, at) or value < 1000 and OTHER_ERA.search(
            body, 0, at) and after.startswith(("ごろ", "頃", "に", "の", "、", "(", "（")) or value < 100 and _ERA_GLOSS.search(body, 0, at)):
        return None
    if era:
        return int(value) + era
    written = bool(re.fullmatch(rf"[{DIGIT}]+|[〇一二三四五六七八九]{{4}}", m.group("amount")))
    # (A gloss right after, 733年(天平5年)に: what follows it tells.)
    gloss = _GLOSS.match(body, m.end("unit"))
    if gloss is not None:
        after = body[gloss.end():gloss.end() + 2]
    if 100 <= value < 1000 and written and after.startswith(OLD_YEAR_AFTER) and not after.startswith(("にわ", "に及", "に一")):
        return int(value)  # 784年に, 996年、: a year before 1000, told as a year is
    if value < 1000 or not written or after.startswith(SPAN_AFTER_YEAR) and not after.startswith(("前後", "前半", "後半")):
        return 0
    return int(value)


# An era's year in brackets (天平5年, 和銅元年): the same year told another way.
# (Not a term counted in brackets, 2010年(在任12年), 2019年(築約130年): no
# era name ends in these.)
_ERA_GLOSS = compile_re(f"年[(（][{KANJI_UNIFIED}]{{1,3}}(?<![任続職在築位籍業立校満齢間算約])$")
_GLOSS = compile_re(f"[(（][{KANJI_UNIFIED}]{{2,4}}(?:元|[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}})年[)）]")


# A century of the common era (10世紀, 19世紀後半); not one before it (紀元前3世紀),
# a count of centuries (数世紀, 2世紀にわたり), the end of a range or a list
# (3～4世紀, 3、4世紀), nor a part of a number (1.5世紀, 1世紀半前).
CENTURY = compile_re(r"(?<![0-9０-９前数.．～〜])(?<![0-9０-９][、,・])(?P<c>[0-9０-９]{1,2})世紀"
                     r"(?!にわた|もの|以上|近く|余り|ぶり|半(?!ば)|前(?![半期])|後(?![半期])|ほど|の間)"
                     r"(?P<part>前半|後半|半ば|中ごろ|中頃|中葉|初め|初頭|末|終わり)?"
                     r"(?P<bound>以降|以後|から|まで|以前)?")


def centuries(text: str, start: int, end: int) -> list[int]:
    """The first and last year of every century a part names: a part dated
    by its century is dated, if only roughly."""
    out = []
    for m in CENTURY.finditer(text, start, end):
        n = int(to_int_ascii(m.group("c")))
        out += [(n - 1) * 100 + 1, n * 100]
    return out
