"""Numerals read as numbers: Arabic digits (full- or half-width, with
thousands commas), kanji numerals (三十, 二〇二五), and both joined by
万, 億 and 兆 (1兆2000億, 4千).

>>> parse_amount("1兆2000億")
1200000000000.0
>>> parse_amount("三十")
30.0
"""

from __future__ import annotations

import re
import unicodedata
from typing import Optional

from lint.cache.programs import compile_re

DIGIT = "0-9０-９"
# Any Arabic digit, half- or full-width: a word holding one names a number.
HAS_DIGIT = compile_re(f"[{DIGIT}]")
ARABIC = rf"[{DIGIT}]+(?:[,，][{DIGIT}]{{3}})*(?:[.．][{DIGIT}]+)?"
KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "壱": 1, "弐": 2, "参": 3}
KANJI_SMALL = {"十": 10, "百": 100, "千": 1000}
KANJI_LARGE = {"万": 10**4, "億": 10**8, "兆": 10**12}


def to_int_ascii(s: str) -> float:
    s = unicodedata.normalize("NFKC", s).replace(",", "")
    return float(s)


def parse_kanji_number(s: str) -> Optional[float]:
    """一千二百三十四 → 1234, 三十 → 30, 二〇二五 → 2025 (digit by digit)."""
    if not s:
        return None
    if all(c in KANJI_DIGITS for c in s) and len(s) > 1:
        return float("".join(str(KANJI_DIGITS[c]) for c in s))
    total = 0
    current = 0
    for c in s:
        if c in KANJI_DIGITS:
            current = KANJI_DIGITS[c]
        elif c in KANJI_SMALL:
            total += (current or 1) * KANJI_SMALL[c]
            current = 0
        else:
            return None
    return float(total + current)


def parse_amount(s: str) -> Optional[float]:
    """Digits and kanji numerals with 万/億/兆: 1兆2000億 → 1.2e12."""
    total = 0.0
    part = ""
    for c in s + "\0":
        if c in KANJI_LARGE or c == "\0":
            if part:
                value = part_value(part)
                if value is None:
                    return None
            else:
                value = 1.0 if c != "\0" else 0.0
            if c == "\0":
                total += value
            else:
                total += value * KANJI_LARGE[c]
            part = ""
        else:
            part += c
    return total


def part_value(part: str) -> Optional[float]:
    digits, times = (part[:-1], KANJI_SMALL[part[-1]]) if part[-1] in "千百" else (part, 1)  # 4千
    if re.fullmatch(ARABIC, digits):
        return to_int_ascii(digits) * times
    return parse_kanji_number(part)


# 第 right before, or a list of numbers led by 第 (第9・10・29窟): each of them names one, as 第 does.
_ORDINALS_BEFORE = compile_re(rf"第(?:[{DIGIT}]+[・、，,])*$")


def in_ordinal_list(text: str, start: int) -> bool:
    """The number at ``start`` is an ordinal (第2部), also at the end of a list
    led by 第 (第9・10・19・29窟: 29 names the 29th, no count of 29)."""
    return _ORDINALS_BEFORE.search(text, max(0, start - 40), start) is not None
