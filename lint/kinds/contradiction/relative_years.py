"""Years told by the year before them: 同年4月, 翌年3月, 前年12月, 翌3月.

A sentence that gives a year once often dates its next event by it
(「1917年2月、…アメリカは同年4月に宣戦した」): the month alone is then a
full date, and compares with 「1917年4月に参戦した」 as one.

>>> from lint.kinds.contradiction.quantities import extract
>>> [q.date for q in extract("1868年に始まり、翌年5月18日に終わった。")]
[(1868, None, None), (1869, 5, 18)]
>>> [q.date for q in extract("1933年2月に採択され、翌3月に脱退した。")]
[(1933, 2, None), (1933, 3, None)]
>>> [q.date for q in extract("同年4月に宣戦した。")]  # no year before it in the sentence
[None]
>>> [q.date for q in extract("1933年2月に採択すると、日本は翌月に脱退した。")]
[(1933, 2, None), (1933, 3, None)]
>>> [q.date for q in extract("1960年9月10日から14日にかけて開かれた。")]
[(1960, 9, 10), (1960, 9, 14)]
"""

from __future__ import annotations

from typing import Callable

from lint.cache.programs import compile_re
from lint.kinds.contradiction.numerals import to_int_ascii
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA

# A line that is an item of a numbered list ( 1.…, ２．…).
_NUMBERED = compile_re(r"[ \t\u3000]*[0-9\uff10-\uff19]{1,2}[.\uff0e]")
# The word before a month, and the years it counts on from the one told before.
RELATIVE_YEARS = {"同年": 0, "翌年": 1, "前年": -1}


def years_told_before(found: list, body: str, base: int, earlier: Callable[[], tuple]) -> None:
    """Give each month or date of ``found`` (quantities of ``body``, in order,
    offsets from ``base``) that follows 同年, 翌年, 前年 or 翌 the year they
    point back to, in place.  ``earlier`` gives the year and month of the
    last date before ``body`` in its paragraph, asked for only when the
    sentence has none before such a word (1933年2月の総会は…。日本は翌3月に…)."""
    last_year = last_month = None
    asked = False
    for k, q in enumerate(found):
        if q.unit == "date" and q.date is not None and q.date[0] is not None:
            last_year, last_month = q.date[0], q.date[1]
            continue
        if q.unit == "month":
            month, day = int(q.value), None
        elif q.unit == "date" and q.date is not None and q.date[0] is None:
            month, day = q.date[1], q.date[2]
        else:
            continue
        at = q.start - base
        shift = RELATIVE_YEARS.get(body[at - 2:at]) if at >= 2 else None
        following = shift is None and at >= 1 and body[at - 1] == "翌" and month is not None
        if shift is None and not following:
            continue
        if last_year is None and not asked:
            asked = True
            last_year, last_month = earlier()
        if following and last_month is not None:
            shift = 0 if month > last_month else 1  # 1933年2月…翌3月: the March after it
        if last_year is None or shift is None:
            continue
        found[k] = q._replace(unit="date", value=0, low=0, high=0, approx=False,
                           date=(last_year + shift, month, day), prefix="", suffix="")


# A month told by the one before it, with no number (…2月に採択すると、日本は翌月…).
_MONTH_WORD = compile_re("(?<![0-9\uff10-\uff19])(同月|翌月|前月)(?![0-9\uff10-\uff19一二三四五六七八九十比])")
RELATIVE_MONTHS = {"同月": 0, "翌月": 1, "前月": -1}


def months_told_before(found: list, body: str, base: int, make: Callable[[int, int, str, tuple], object]) -> None:
    """Add to ``found`` (in order) a date for each 同月, 翌月 or 前月 after a
    date with a month in the sentence: the month it points to; and a year
    for each 同年, 翌年, 前年 or その3年後 standing alone after a year of the
    sentence (1958年に…、翌年に改称された: 1959); and a range's later end
    its date (:func:`range_ends_dated`).  ``make`` builds the quantity from
    its offsets, surface and date."""
    added = False
    for m in _MONTH_WORD.finditer(body):
        at = base + m.start()
        told = [q for q in found if q.unit == "date" and q.date and q.date[0] and q.date[1] and q.end <= at]
        if not told:
            continue
        year, month = told[-1].date[0], told[-1].date[1] + RELATIVE_MONTHS[m.group(1)]
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        found.append(make(at, base + m.end(), m.group(1), (year, month, None)))
        added = True
    for m in _YEAR_WORD.finditer(body) if "年" in body else ():
        at, end = base + m.start(), base + m.end()
        # (A year of birth describes a person and dates no act: 1930年生まれの田中は.)
        told = [q for q in found if q.unit == "date" and q.date and q.date[0] and q.end <= at
                and not body.startswith("生", q.end - base)]
        if len({q.date[0] for q in told}) != 1:
            continue  # no year of an act before it, or two it may count from
        shift = RELATIVE_YEARS.get(m.group("word")) if m.group("word") else (
            int(m.group("n")) * (1 if m.group("way") == "後" else -1))
        found[:] = [q for q in found if not (at <= q.start < end)]  # (その3年前: no span of 3 years)
        found.append(make(at, end, m.group(), (told[-1].date[0] + shift, None, None)))
        added = True
    # A year counted from an event its noun phrase dates (1951年の再編の翌年).
    for m in _DATED_EVENT_YEAR.finditer(body) if "年の" in body else ():
        year = next((q.date[0] for q in found if q.unit == "date" and q.date and q.date[0] and q.date[1] is None
                     and q.start == base + m.start("year")), None)
        at, end = base + m.start("word"), base + m.end("word")
        if year is None or any(at <= q.start < end for q in found):
            continue
        found.append(make(at, end, m.group("word"), (year + RELATIVE_YEARS[m.group("word")], None, None)))
        added = True
    if added:
        found.sort(key=lambda q: q.start)
    range_ends_dated(found, body, base)


# A year told by the one before it, alone (翌年に, 同年のうちに, その3年前に); not
# one before a month (翌年3月), which :func:`years_told_before` reads.  Not
# after an event named before it (死去した翌年, 独立する前年, 即位の翌年),
# which it counts from; a span counts from the sentence's year only after
# その (その3年後).  Nor a year whose figure a figure is measured against
# (前年の半分以下, 前年の2倍, 前年の水準): it dates no act.
_YEAR_WORD = compile_re("(?<![0-9\uff10-\uff19たるの])(?:(?:その)?(?P<word>同年|翌年|前年)|その(?P<n>[0-9]{1,2})年(?P<way>後|前))"
                        "(?=に|には|の|、|まで|から)(?!の(?:[0-9\uff10-\uff19]|約|およそ|半|倍|水準|実績|記録|[二三四五六七八九十]+[割倍]))")


# A year, the noun of an event it dates, and a year told from that event
# (1951年の再編の翌年に); the noun short and with no verb, so that the year dates it.
_DATED_EVENT_YEAR = compile_re("(?P<year>(?<![0-9\uff10-\uff19])[0-9\uff10-\uff19]{3,4})年の"
                               f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{1,8}}の(?P<word>翌年|前年)(?=に|には|の|、|まで|から)")


def last_date_before(text: str, start: int, extract: Callable[[str, int, int], list]) -> tuple:
    """The year and month of the last date before ``start`` on its line, or
    else on the line before it when both are items of one numbered list
    (1.1971年8月… / 2.同年12月…), not bullets, each a point of its own;
    ``extract`` reads a span's quantities."""
    lo = text.rfind("\n", 0, start) + 1
    before = text.rfind("\n", 0, lo - 1) + 1 if lo >= 2 and text[lo - 2] != "\n" else lo
    numbered = before < lo and all(_NUMBERED.match(text, at) for at in (before, lo))
    for a, b in [(lo, start)] + ([(before, lo - 1)] if numbered else []):
        dates = [q.date for q in extract(text, a, b) if q.unit == "date" and q.date and q.date[0]]
        if dates:
            return dates[-1][0], dates[-1][1]
    return None, None


def told_by_word(surface: str) -> bool:
    """A year told by a word for it (翌年, その3年前): its slip is one of time order."""
    m = _YEAR_WORD.match(surface + "に")
    return m is not None and m.end() == len(surface)


# What joins a range's two ends (1960年9月10日から14日, 20～30人).
RANGE_JOINERS = ("から", "～", "〜", "-", "－", "–")
_BARE_DAY = compile_re(r"[0-9０-９]{1,2}日")
_SPAN_AFTER = ("間", "後", "前", "にわた", "で", "ほど", "余り", "以内", "目")


def range_ends_dated(found: list, body: str, base: int) -> None:
    """Give a range's later end the year and month its first end tells
    (1960年9月10日から14日: 1960年9月14日; 9月10日から10月2日: 10月2日
    of that year), in place.  ``found``: quantities in order."""
    for k in range(1, len(found)):
        a, b = found[k - 1], found[k]
        if a.unit != "date" or not a.date or a.date[2] is None or body[a.end - base:b.start - base] not in RANGE_JOINERS:
            continue
        y, mo, _ = a.date
        day = int(to_int_ascii(b.surface[:-1])) if b.unit == "days" and _BARE_DAY.fullmatch(b.surface) else 0
        # (A span counted from the date, 26日から2日にわたって, 8日から3日後, is no day of its month.)
        if day > a.date[2] and not body.startswith(_SPAN_AFTER, b.end - base):
            found[k] = b._replace(unit="date", value=0, low=0, high=0, date=(y, mo, day))
        elif b.unit == "date" and b.date and b.date[0] is None and b.date[1] is not None:
            found[k] = b._replace(date=(y, *b.date[1:]))

