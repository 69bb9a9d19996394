"""Years in the text: the years a sentence, a clause or a span gives, and
the years the details give next to a word.

Two sentences dated to other years tell of other events (:func:`dated_apart`,
:func:`span_dated_apart`); a word of the details is dated by the year
nearest it (:func:`dated_in_details`), and a part of a claim by its main
word (:func:`main_word`).  :mod:`~lint.kinds.contradiction.dated_order`
reads an order from these dates.
"""

from __future__ import annotations

import re
from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import chunks
from lint.kinds.contradiction.name_kinds import NAME_ENDINGS
from lint.kinds.contradiction.series import span_quantities
from lint.kinds.contradiction.calendar_years import ERAS
from lint.kinds.contradiction.quantities import extract
from lint.kinds.contradiction.units import WORD_RUN, Unit, containing
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA, is_kanji
from lint.text.tokens import clause_bounds

# 1990年代: the decade's first year, which the extractor leaves out.
DECADE = compile_re(r"(?<![0-9０-９])([0-9０-９]{4})年代")
# How near a year must stand to the word it dates (characters).
REACH = 30
# A number, or a count by its counter (二度, 3回): no event of its own.
NUMERIC_WORD = compile_re(r"^(?:[0-9０-９.,，．%％]+|[0-9０-９一二三四五六七八九十数何]+[度回人つ])$")


def text_years(text: str, start: int, end: int, cache: Optional[dict] = None) -> list[tuple[int, int]]:
    """(year, offset) of every calendar year in ``text[start:end]``
    (``cache``: the post's, for a whole sentence's quantities)."""
    quantities = extract(text, start, end) if cache is None else span_quantities(text, start, end, cache)
    found = [(q.date[0], q.start) for q in quantities
             if q.unit == "date" and q.date is not None and q.date[0] is not None and q.date[0] >= 100
             and not _SPAN_OF_YEARS.match(text, q.number_end + 1)]
    # A decade is each of its years (1930年代 holds 1935).
    found += [(int(m.group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789"))) + k, m.start())
              for m in DECADE.finditer(text, start, end) for k in range(10)]
    return found


# After a number of years, what makes it a span, no year (1000年を超えて存続した, 2000年以上前).
_SPAN_OF_YEARS = compile_re("を超え|以上|余り|近く|にわた|にも及|の歳月")


def _unit_years(u: Unit, cache: dict) -> list[tuple[int, int]]:
    key = ("years", u.start, u.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = text_years(u.text, u.start, u.end, cache)
    return found


def sentence_years(u: Unit, cache: dict) -> frozenset[int]:
    """The calendar years a sentence gives, once per post."""
    key = ("year-set", u.start, u.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = frozenset(y for y, _ in _unit_years(u, cache))
    return found


def dated_apart(a: Unit, b: Unit, cache: dict) -> bool:
    """Both sentences give calendar years, and none of them the same."""
    ya, yb = sentence_years(a, cache), sentence_years(b, cache)
    return bool(ya and yb) and ya.isdisjoint(yb)


def span_dated_apart(a: Unit, lo: int, hi: int, b: Unit, cache: dict, or_sentence: bool = False) -> bool:
    """The span ``[lo, hi)`` of ``a`` (a clause) and the sentence ``b`` give
    calendar years, and none of them the same.  ``or_sentence``: a span
    without a year is dated by ``a``'s whole sentence (1815年のワーテルロー
    の戦いで敗れ、…島に流された)."""
    ya = span_years(a, lo, hi, cache) or (sentence_years(a, cache) if or_sentence else frozenset())
    yb = sentence_years(b, cache)
    return bool(ya and yb) and ya.isdisjoint(yb)


def span_years(u: Unit, lo: int, hi: int, cache: dict) -> set[int]:
    return {y for y, at in _unit_years(u, cache) if lo <= at < hi}


def clauses_dated_apart(a: Unit, at: int, b: Unit, bt: int, cache: dict) -> bool:
    """The clauses of ``a`` at ``at`` and of ``b`` at ``bt`` each give calendar
    years, and none of them the same (1994年にIAEAを脱退し / 1974年にIAEAに
    加盟したが): two events, whatever else ``b``'s sentence dates."""
    ya, yb = years_of_clause(a, at, cache), years_of_clause(b, bt, cache)
    return bool(ya and yb) and ya.isdisjoint(yb)


def years_of_clause(u: Unit, at: int, cache: dict) -> set[int]:
    """The calendar years of the clause around ``at``, with the sentence's opening topic."""
    return span_years(u, *_clause_with_topic(u, at), cache)


def _clause_with_topic(u: Unit, at: int) -> tuple[int, int]:
    """The clause around ``at``, with the sentence's opening topic (1994年の
    法改正は、…改めた): a topic belongs to every clause after it."""
    lo, hi = clause_bounds(u.text, at, u.start, u.end)
    if lo > u.start and u.text.endswith("は、", u.start, lo) and clause_bounds(u.text, lo - 2, u.start, u.end)[0] == u.start:
        lo = u.start
    elif lo > u.start and _OPENING_DATE.fullmatch(u.text, u.start, lo):
        lo = u.start  # …and so does an opening date (1808年、…王室がリオデジャネイロへ移り)
    elif lo > u.start and _DATE_CLAUSE.fullmatch(u.text, before := clause_bounds(u.text, lo - 1, u.start, u.end)[0], lo):
        lo = before  # …and a date set apart before it (…として、2000年12月、…開業した)
    return lo, hi


# A date alone opening a sentence, a list's number (1.1808年、) or a heading
# line before it; or a time named by its year (2030年の記念の年に、); and a
# clause that is a date alone anywhere (…として、2000年12月、).
_OPENING_DATE = compile_re(r"(?:[^\n、。]*\n)?\s*(?:[0-9０-９]+[.．]\s*)?[0-9０-９]{3,4}年(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?"
                           r"(?:の[^、。はが]{1,10}?)?(?:に|には)?、\s*")
_DATE_CLAUSE = compile_re(r"\s*[0-9０-９]{3,4}年(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?(?:に|には)?、")


def dated_description(u: Unit, at: int) -> bool:
    """The word at ``at`` is in a dated clause describing the noun after it
    (1904年2月に始まった日露戦争): it says which thing, not what the sentence tells."""
    lo, _ = clause_bounds(u.text, at, u.start, u.end)
    return any(m.start() < at < m.end() for m in ADNOMINAL_YEAR.finditer(u.text, lo, min(u.end, at + 16)))


def span_dated_with(a: Unit, lo: int, hi: int, b: Unit, cache: dict) -> bool:
    """The span ``[lo, hi)`` of ``a`` and the sentence ``b`` give a calendar year in common."""
    return not span_years(a, lo, hi, cache).isdisjoint(sentence_years(b, cache))


# Verbs of saying: their subject is no event (辞意を表明し, 方針を発表した).
SAYING = ("表明", "発表", "述べ", "語", "主張", "明言", "言及", "示唆")


# Verbs of going, coming and staying: their goal, origin or place is a place
# (京都へ戻った, 江戸に下った, 北米に残った), which has been many times; the
# move or the stay is the event.
MOTION = ("戻", "帰", "移", "向か", "入", "着", "渡", "下", "上", "来", "行", "去", "出", "残", "留", "住", "滞在")


def place_of_motion(part: list, k: int) -> bool:
    c = part[k]
    if c.grammar.startswith(("へ", "から", "まで")):
        return True
    return c.grammar == "に" and k + 1 < len(part) and part[k + 1].word.startswith(MOTION)


_PEOPLE = ("住民", "人", "民", "者", "軍", "政府", "党", "族")


def main_word(text: str, start: int, end: int) -> Optional[str]:
    """The longest word of a part (第一次インドシナ戦争, デルタ計画, 冷戦),
    not the one who says (ブラッターは辞意を表明し: a person is dated by
    many years; what is said is the event)."""
    part = chunks(text, start, end)
    saying = bool(part) and part[-1].word.startswith(SAYING)
    words = [c.word for k, c in enumerate(part) if len(c.word) >= 2 and not NUMERIC_WORD.match(c.word)
             and c.word not in NO_ONE_PLACE_OR_TIME and not (saying and c.grammar in ("は", "が")) and not place_of_motion(part, k)]
    words = [w for w in words if not re.match(r"^[0-9０-９]+年", w)]
    # People who act, when the part ends on their verb (多数のアルメニア系
    # 住民がアルメニアに逃れた), are dated by all they did, where they went by
    # all that happened there: neither, nor a word of how many, is the event's.
    if part and len(part[-1].word) == 1 and any(c.grammar in ("は", "が") and c.word.endswith(_PEOPLE) for c in part):
        words = [c.word for c in part if c.word in words and not c.word[0].isdigit()
                 and c.grammar not in ("は", "が", "に", "へ", "から", "で", "の")]
    # Of two as long, the later: the event (ソ連を除名した → 除名), not who took part in it.
    return max(reversed(words), key=len) if words else None


_PLAN_AFTER = compile_re("の?(?:建設|造成|整備|開発)?(?:計画|構想|予定|案)")


def dated_in_details(word: str, details: list[Unit], cache: dict) -> list[tuple[int, Unit, int, int]]:
    """(year, sentence, start, end) for each mention of ``word`` in the details
    with a year within reach (the nearest one)."""
    key = ("dated", word)
    found = cache.get(key)
    if found is not None:
        return found
    found = cache[key] = []
    # A short word ending a compound (キリシタン大名, 一大名) names one of its
    # kind; a kanji word that a name's ending continues (伏見|城) names
    # another thing (運河|工事 is still the canal's).
    # So does a name in katakana ending a longer one (東南|アジア, 東|ドイツ).
    short_noun = (len(word) <= 2 or _KATAKANA_WORD.fullmatch(word) is not None) and WORD_RUN.match(word) is not None
    kanji_word = all(map(is_kanji, word))
    for u in containing(details, (word,), cache):
        pos = u.text.find(word, u.start, u.end)
        years = _unit_years(u, cache) if pos != -1 else []
        while pos != -1:
            # (The topic a sentence opens with goes with each of its clauses
            # and their years: 女性参政権は1971年の…、…1990年に…導入を強いられた.)
            opening_topic = not u.text[u.start:pos].strip() and u.text.startswith("は", pos + len(word))
            if (short_noun and pos > u.start and WORD_RUN.match(u.text, pos - 1)
                    or kanji_word and u.text.startswith(LONGER_NAME_ENDINGS, pos + len(word))
                    or opening_topic and len({y for y, _ in years}) > 1
                    # (A year of a plan for it dates the plan: 1982年に工業団地の計画を決め.)
                    or _PLAN_AFTER.match(u.text, pos + len(word))):
                pos = u.text.find(word, pos + len(word), u.end)
                continue
            # The nearest year, one in the word's own clause first: a date
            # stands before its event (1975年に国立公園に指定され、1997年には…).
            # A decade (1970年代後半) is no one year; one on another line (a heading's) is not its.
            # An end of a span (1961年から1972年まで進めた計画で、…) dates
            # the span's own clause only, not a word of the next one.
            near = [(not same, abs(at - pos), year, at) for year, at in years
                    if abs(at - pos) <= REACH and not _edition(u.text, at) and "\n" not in u.text[min(at, pos):max(at, pos)]
                    and ((same := not any(ch in "、。，" for ch in u.text[min(at, pos):max(at, pos)])) or not _SPAN_END.match(u.text, at))
                    and not _CHANGE_FROM.match(u.text, at) and not DECADE.match(u.text, at)
                    # 第一次世界大戦後の1920年: a year after the event, not its own.
                    and not (at > pos and u.text.startswith(AFTER_OR_BEFORE, pos + len(word)))]
            if near:
                _, _, year, at = min(near)
                found.append((year, u, min(at, pos), max(at + 4, pos + len(word))))
            pos = u.text.find(word, pos + len(word), u.end)
    return found


# A year right before a noun names an edition (2002年冬季大会, 2020年版),
# not when the sentence's event happened; a word of time after the year
# (1999年冬に, 1990年代半ば, 2001年以降) is no such noun.
_NOUN = KANJI_UNIFIED + PLAIN_KATAKANA
_KATAKANA_WORD = compile_re(f"[{PLAIN_KATAKANA}ー・]+")
_EDITION = compile_re(f"[0-9０-９]{{4}}年(?:[春夏秋冬]季|(?![春夏秋冬末初頭代度中前後以頃上下半内間当])[{_NOUN}])")


# A year of an era not known: two kanji alone before it (文明3年に), not a
# known era (converted) nor a span counted from an event (創業10年, 戦後5年).
ERA_YEAR = compile_re(f"(?<![{KANJI_UNIFIED}])(?!{'|'.join(ERAS)})[{KANJI_UNIFIED}](?![後前業位立国任足成館])"
                       f"[{KANJI_UNIFIED}](?:元|[0-9０-９]{{1,2}})年(?=[に、(（]|ごろ|頃|まで|から)")
# Endings that make a name of the word before them (伏見城, 日本軍, 大阪府).
LONGER_NAME_ENDINGS = NAME_ENDINGS + ("城", "軍", "寺", "宮", "藩", "港", "駅", "線", "府", "国")


def _edition(text: str, at: int) -> bool:
    return _EDITION.match(text, at) is not None


# (…に統合された後: 後, 前, 際, 時 tell when the next act came, no noun described.)
ADNOMINAL_YEAR = compile_re(f"[0-9０-９]{{4}}年(?:[0-9０-９]{{1,2}}月)?(?:[0-9０-９]{{1,2}}日)?に[^、。]{{0,12}}?"
                             f"(?:た|る|ていた|ている)(?![後前際時直以])(?=[{_NOUN}])")
# After a verb ending in た or る, a noun it describes: not a time (始まった年, 勝利した後).
NOUN_DESCRIBED = f"(?![後前際時直以年月日頃])(?=[{_NOUN}])"
AFTER_OR_BEFORE = ("後", "前", "以後", "以降", "以前", "直後", "直前")
# The year of a change's first value (2014年の4.4%から2015年には8.0%へ): the change is later.
_CHANGE_FROM = compile_re(r"[0-9０-９]{4}年(?:度)?の[^、。]{0,10}?[0-9０-９][^、。]{0,6}?から")
_SPAN_END = compile_re(r"[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?(?:から|まで|以来|以降)")


# Words of many places or times at once (各地で活動した): they date no one event.
NO_ONE_PLACE_OR_TIME = frozenset({"各地", "各国", "全国", "全土", "世界", "世界中", "国内", "国外", "海外", "現地", "各所",
                                  "一帯", "周辺", "当時", "その後", "以後", "以前", "今日", "現在",
                                  # times of many years (戦後の流下式塩田)
                                  "戦後", "戦前", "戦中", "戦時中", "近年", "近代", "現代", "古代", "中世"})
