"""The ``source-date`` kind: a post cites no source dated after the post itself."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Iterator, NamedTuple, Optional

from lint.cache.programs import compile_re
from lint.diagnostics import Diagnostic
from lint.errors import RuleFileError
from lint.kinds.base import Context, Kind, Option, Subcode, diagnostic, related
from lint.model import Document, Line, Post
from lint.ruleset.model import Rule
from lint.text.scripts import HIRAGANA, LATIN

OPTIONS = {
    "section": Option("str", default="引用・参照・底本", doc="name of the source section"),
    "utc_offset": Option("number", default=9,
                         doc="UTC offset, in hours, of the posts' timestamps (9: Japan). A source's "
                             "date may be local to any time zone up to UTC+14, so a source is "
                             "reported only if its date had begun nowhere on Earth when the post "
                             "was written; 14 compares the two calendar dates as they are"),
    "max_age_days": Option("int", default=None,
                           doc="also report a source dated more than this many days before its post "
                               "(off unless set)"),
}
SUBCODES = {
    "future": Subcode("A source is dated after the post that cites it: a wrong date on the source, "
                      "or on the post."),
    "old": Subcode("A source is dated more than max_age_days before the post (only reported when the "
                   "rule sets max_age_days)."),
    "invalid": Subcode("A source's date, or the post's timestamp, names a day that does not exist "
                       "(2025.02.30, 2025年13月1日)."),
}

# The latest UTC offset in use (Kiribati's Line Islands): the calendar date
# there is the latest date any source can honestly carry.
LATEST_UTC_OFFSET = 14

# Only the end of a line is searched, and as much again before the date for
# its label: the longest date with its time, weekday and marker is far
# shorter than this, and a long line costs no more than a short one.
TAIL_WINDOW = 80

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．／－：", "0123456789./-:")
_MONTHS = {name: i + 1 for i, name in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}

_S = r"[ \t\u3000]"
_MONTH_NAME = (r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
               r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# What may follow a date at the end of a source line: a time (and zone), a
# weekday, a word saying it is the publication date, closing brackets or
# emphasis, a masked URL, a full stop.  Not 。: a line ending 「…日。」 is a
# sentence about a day, not a source's dateline.
_AFTER = (rf"(?:{_S}*[（(][月火水木金土日](?:曜日?)?[)）])?"
          rf"(?:(?:{_S}+|T)\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:{_S}*(?:JST|UTC|GMT|Z|[+-]\d{{2}}:?\d{{2}}))?)?"
          rf"(?:{_S}*(?:付け?|公開|掲載|配信|発行|発表))?"
          r"[\s\x00*_\])）」』】>.]*$")
_DATES = [compile_re(f"(?P<date>{body})" + _AFTER, flags) for body, flags in (
    # 2025.04.05, 2025/4/5, 2025-04-05: not the tail of a version or a number.
    (rf"(?<![{LATIN}.,/:_-])(?P<y>[12]\d{{3}})(?P<sep>[./-])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?![0-9])", 0),
    (rf"(?<![0-9])(?P<y>[12]\d{{3}}){_S}*年{_S}*(?P<m>\d{{1,2}}){_S}*月{_S}*(?P<d>\d{{1,2}}){_S}*日", 0),
    (rf"(?P<era>令和|平成|昭和){_S}*(?P<ey>\d{{1,2}}|元){_S}*年{_S}*(?P<m>\d{{1,2}}){_S}*月{_S}*"
     rf"(?P<d>\d{{1,2}}){_S}*日", 0),
    (rf"(?<![{LATIN}]){_MONTH_NAME}{_S}+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?{_S}+(?P<y>[12]\d{{3}})", re.I),
    (rf"(?<![0-9.:])(?P<d>\d{{1,2}}){_S}+{_MONTH_NAME},?{_S}+(?P<y>[12]\d{{3}})", re.I),
)]
# A date labelled as something other than publication (when the page was
# read, updated, amended) says nothing about when the source appeared.
_LABEL = compile_re(r"(?:閲覧|アクセス|取得|更新|追記|訂正|修正|改訂|accessed|retrieved|updated|modified|revised)"
                    rf"(?:日時|日)?{_S}*(?:on)?{_S}*[:：]?{_S}*[(（]?{_S}*$", re.I)
# The end of a period (2025.04.01–2025.04.05, 1917年〈…〉 - 1979年…), not a
# date of publication.  A dash after a name ("Outlet - 2025-04-05") is a
# separator.
_RANGE = compile_re(rf"(?:[\d年月日〉》)）]{_S}*[～〜~–—－‐-]|から){_S}*$")
# A date that a sentence goes on to (a particle glued to it, a preposition
# before it: 「投票は2025年7月20日」, "set for March 5, 2026") is a day the
# title speaks of, not the dateline of the source.
_IN_SENTENCE = compile_re(rf"(?:[{HIRAGANA}]|\b(?:on|for|by|until|till|from|since|to|before|after|in|at|of)"
                          rf"{_S}+)$", re.I)
_DIGIT = compile_re(r"\d")
_TIMESTAMP = compile_re(r"(\d{4})年(\d{1,2})月(\d{1,2})日[ \t\u3000]+(\d{1,2}):(\d{2})")


class DateMention(NamedTuple):
    """A date written at the end of a line: its offsets and the day it names (None: no such day)."""

    start: int
    end: int
    text: str
    day: Optional[date]


def trailing_date(line: str, offset: int = 0) -> Optional[DateMention]:
    """The date a line ends with, unless it is labelled as an access or
    update date, ends a period or is part of a sentence; offsets are ``offset`` plus the index in
    ``line`` (full-width digits are read as digits, one character each)."""
    cut = max(0, len(line) - TAIL_WINDOW)
    window = line[cut:].translate(_FULL_WIDTH)
    if not _DIGIT.search(window):
        return None  # every date has digits; a masked URL line has none
    for pattern in _DATES:
        m = pattern.search(window)
        if m is None:
            continue
        start, end = cut + m.start("date"), cut + m.end("date")
        before = line[max(0, start - TAIL_WINDOW):start]
        if _LABEL.search(before) or _RANGE.search(before) or _IN_SENTENCE.search(before):
            return None
        return DateMention(offset + start, offset + end, line[start:end], _day(m))
    return None


def _day(m: re.Match) -> Optional[date]:
    groups = m.re.groupindex
    if "era" in groups:
        era_year = m.group("ey")
        year = _ERAS[m.group("era")] + (1 if era_year == "元" else int(era_year))
    else:
        year = int(m.group("y"))
    month = _MONTHS[m.group("mon")[:3].lower()] if "mon" in groups else int(m.group("m"))
    try:
        return date(year, month, int(m.group("d")))
    except ValueError:
        return None


def post_time(timestamp: str) -> Optional[datetime]:
    """The moment a post's ``YYYY年MM月DD日 HH:MM`` timestamp names (None: no such moment)."""
    m = _TIMESTAMP.fullmatch(timestamp.strip())
    if m is None:
        return None
    try:
        return datetime(*(int(g) for g in m.groups()))
    except ValueError:
        return None


def compile(rule: Rule) -> None:
    offset = rule.options["utc_offset"]
    if not -12 <= offset <= LATEST_UTC_OFFSET:
        raise RuleFileError(f"'utc_offset' must be between -12 and {LATEST_UTC_OFFSET}", rule.path,
                            rule.line_of("utc_offset"), rule.id)
    age = rule.options["max_age_days"]
    if age is not None and age < 1:
        raise RuleFileError("'max_age_days' must be a positive number of days", rule.path,
                            rule.line_of("max_age_days"), rule.id)


def _applies(rule: Rule, doc: Document, post: Post) -> bool:
    if not post.has_title or not post.timestamp:
        return False
    if rule.exceptions:
        title = doc.text[post.title_start:post.title_end]
        return not any(e in title for e in rule.exceptions)
    return True


def _source_lines(post: Post, name: str) -> Iterator[Line]:
    for section in post.sections:
        if section.name == name:
            for block in section.blocks:
                yield from block.lines


def check_post(doc: Document, rule: Rule, post: Post) -> Iterator[Diagnostic]:
    ts_start = doc.text.rfind(post.timestamp, post.title_start, post.title_end)
    ts_end = ts_start + len(post.timestamp)
    written = post_time(post.timestamp)
    if written is None:
        yield diagnostic(doc, rule, ts_start, ts_end,
                         f"投稿日時「{post.timestamp}」は存在しない日時です", suffix="invalid")
    latest = earliest = None
    if written is not None:
        latest = (written + timedelta(hours=LATEST_UTC_OFFSET - rule.options["utc_offset"])).date()
        earliest = written.date()
    max_age = rule.options["max_age_days"]
    for line in _source_lines(post, rule.options["section"]):
        found = trailing_date(doc.masked[line.content_start:line.end], line.content_start)
        if found is None:
            continue
        if found.day is None:
            yield diagnostic(doc, rule, found.start, found.end,
                             f"出典の日付「{found.text}」は存在しない日付です", suffix="invalid")
        elif latest is not None and found.day > latest:
            yield diagnostic(doc, rule, found.start, found.end,
                             f"出典の日付「{found.text}」が投稿日時「{post.timestamp}」より後です",
                             suffix="future", related=[related(doc, ts_start, ts_end)])
        elif max_age is not None and earliest is not None and (earliest - found.day).days > max_age:
            days = (earliest - found.day).days
            yield diagnostic(doc, rule, found.start, found.end,
                             f"出典の日付「{found.text}」は投稿日の{days}日前です（上限{max_age}日）",
                             suffix="old", related=[related(doc, ts_start, ts_end)])


class SourceDate(Kind):
    """A post cites no source dated after the post itself.

    A post's title line ends with its timestamp (``2025年03月20日 17:36``);
    each line of its source section may end with the source's date —
    ``2025.03.19``, ``2025/3/19``, ``2025-03-19``, ``2025年3月19日``,
    ``令和7年3月19日``, ``March 19, 2025`` or ``19 March 2025``, in
    half- or full-width digits, optionally followed by a time, a weekday,
    ``付``/``配信``/``公開`` and closing brackets.  A source dated after the
    post is reported as ``<id>.future``: one of the two dates is wrong.
    The source's date may be local to any time zone, so a date is reported
    only if it had begun nowhere on Earth when the post was written
    (``utc_offset`` says where the post's clock is; the default is Japan's).
    A date labelled as an access, update or amendment date (``閲覧``,
    ``更新``, ``accessed``…), the end of a period (``2025.04.01–2025.04.05``)
    and a day a sentence speaks of (``開通は2025年4月1日``, ``set for
    March 5, 2026``, ``…日。``) are not publication dates and are left
    alone; a date inside the title or a URL is never read.

    A date that names no day (``2025.02.30``), on a source line or in the
    post's timestamp, is reported as ``<id>.invalid``.  With
    ``max_age_days`` set, a source dated more than that many days before
    its post is reported as ``<id>.old``.  ``exceptions`` are title
    substrings of posts to leave alone.  Nothing is fixed: only the author
    knows which date is wrong.

    Example::

        rules:
          - id: source-date
            kind: source-date

    Fails::

        港の再開発2025年03月01日 10:00
        【引用・参照・底本】
        市が計画を発表 港湾ニュース 2025.03.11
        https://news.example.com/harbor

    Passes::

        港の再開発2025年03月01日 10:00
        【引用・参照・底本】
        市が計画を発表 港湾ニュース 2025.02.28
        https://news.example.com/harbor

    Example::

        rules:
          - id: source-date
            kind: source-date
            max_age_days: 365

    Fails::

        港の再開発2025年03月01日 10:00
        【引用・参照・底本】
        港湾計画の概要 市の広報 2022年5月1日
        https://city.example.jp/plan

    Passes::

        港の再開発2025年03月01日 10:00
        【引用・参照・底本】
        港湾計画の概要 市の広報 2024年5月1日
        https://city.example.jp/plan
    """

    name = "source-date"
    category = "structure"
    options = OPTIONS
    subcodes = SUBCODES

    def compile(self, rule: Rule) -> None:
        compile(rule)

    def section_names(self, rule: Rule) -> dict[str, list[str]]:
        return {rule.options["section"]: []}

    def check(self, doc: Document, rules: list[Rule], ctx: Context) -> Iterator[Diagnostic]:
        for rule in rules:
            for post in doc.posts:
                if _applies(rule, doc, post):
                    yield from check_post(doc, rule, post)

    def summary(self, rule: Rule) -> str:
        if rule.description:
            return super().summary(rule)
        return f"no source in 【{rule.options['section']}】 dated after its post"

    def details(self, rule: Rule) -> list[str]:
        age = rule.options["max_age_days"]
        return [f"section: {rule.options['section']}", f"utc_offset: {rule.options['utc_offset']}",
                f"max_age_days: {age if age is not None else 'off'}"]
