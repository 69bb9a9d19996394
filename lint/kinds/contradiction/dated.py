"""Dated order: the claim puts first an event the details date later.

「1949年に独立を得た後に第一次インドシナ戦争が始まった」 says the war came
after 1949; the details date it 「1946年に第一次インドシナ戦争が起こり」.
Each part of an ordered claim (see :mod:`lint.kinds.contradiction.order`)
is dated by the years it gives itself, or else by the years the details
give next to its main word (the war, the plan).  The claim is contradicted
when every date of its first part is later than every date of its second.
A claim that dates both parts itself (「1990年代の成長が1982年の合意に
つながった」) is checked against the detail sentence that dates its second
part.
"""

from __future__ import annotations

import re
from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import chunks, verbal_noun
from lint.kinds.contradiction.name_kinds import NAME_ENDINGS
from lint.kinds.contradiction.series import span_quantities
from lint.kinds.contradiction.predicates import is_negative_tail
from lint.kinds.contradiction.calendar_years import ERAS, centuries
from lint.kinds.contradiction.quantities import extract
from lint.kinds.contradiction.units import Unit, containing
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA, is_kanji
from lint.text.tokens import clause_bounds

# 1990年代: the decade's first year, which the extractor leaves out.
DECADE = compile_re(r"(?<![0-9０-９])([0-9０-９]{4})年代")
# How near a year must stand to the word it dates (characters).
REACH = 30
# A number, or a count by its counter (二度, 3回): no event of its own.
NUMERIC_WORD = compile_re(r"^(?:[0-9０-９.,，．%％]+|[0-9０-９一二三四五六七八九十数何]+[度回人つ])$")


def _years(text: str, start: int, end: int, cache: Optional[dict] = None) -> list[tuple[int, int]]:
    """(year, offset) of every calendar year in ``text[start:end]``
    (``cache``: the post's, for a whole sentence's quantities)."""
    quantities = extract(text, start, end) if cache is None else span_quantities(text, start, end, cache)
    found = [(q.date[0], q.start) for q in quantities
             if q.unit == "date" and q.date is not None and q.date[0] is not None and q.date[0] >= 100]
    # A decade is each of its years (1930年代 holds 1935).
    found += [(int(m.group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789"))) + k, m.start())
              for m in DECADE.finditer(text, start, end) for k in range(10)]
    return found


def _unit_years(u: Unit, cache: dict) -> list[tuple[int, int]]:
    key = ("years", u.start, u.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = _years(u.text, u.start, u.end, cache)
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
    ya = _span_years(a, lo, hi, cache) or (sentence_years(a, cache) if or_sentence else frozenset())
    yb = sentence_years(b, cache)
    return bool(ya and yb) and ya.isdisjoint(yb)


def _span_years(u: Unit, lo: int, hi: int, cache: dict) -> set[int]:
    return {y for y, at in _unit_years(u, cache) if lo <= at < hi}


def clauses_dated_apart(a: Unit, at: int, b: Unit, bt: int, cache: dict) -> bool:
    """The clauses of ``a`` at ``at`` and of ``b`` at ``bt`` each give calendar
    years, and none of them the same (1994年にIAEAを脱退し / 1974年にIAEAに
    加盟したが): two events, whatever else ``b``'s sentence dates."""
    ya, yb = years_of_clause(a, at, cache), years_of_clause(b, bt, cache)
    return bool(ya and yb) and ya.isdisjoint(yb)


def years_of_clause(u: Unit, at: int, cache: dict) -> set[int]:
    """The calendar years of the clause around ``at``, with the sentence's opening topic."""
    return _span_years(u, *_clause_with_topic(u, at), cache)


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
    return any(m.start() < at < m.end() for m in _ADNOMINAL_YEAR.finditer(u.text, lo, min(u.end, at + 16)))


def span_dated_with(a: Unit, lo: int, hi: int, b: Unit, cache: dict) -> bool:
    """The span ``[lo, hi)`` of ``a`` and the sentence ``b`` give a calendar year in common."""
    return not _span_years(a, lo, hi, cache).isdisjoint(sentence_years(b, cache))


# Verbs of saying: their subject is no event (辞意を表明し, 方針を発表した).
SAYING = ("表明", "発表", "述べ", "語", "主張", "明言", "言及", "示唆")


# Verbs of going, coming and staying: their goal, origin or place is a place
# (京都へ戻った, 江戸に下った, 北米に残った), which has been many times; the
# move or the stay is the event.
MOTION = ("戻", "帰", "移", "向か", "入", "着", "渡", "下", "上", "来", "行", "去", "出", "残", "留", "住", "滞在")


def _place_of_motion(part: list, k: int) -> bool:
    c = part[k]
    if c.grammar.startswith(("へ", "から", "まで")):
        return True
    return c.grammar == "に" and k + 1 < len(part) and part[k + 1].word.startswith(MOTION)


_PEOPLE = ("住民", "人", "民", "者", "軍", "政府", "党", "族")


def _main_word(text: str, start: int, end: int) -> Optional[str]:
    """The longest word of a part (第一次インドシナ戦争, デルタ計画, 冷戦),
    not the one who says (ブラッターは辞意を表明し: a person is dated by
    many years; what is said is the event)."""
    part = chunks(text, start, end)
    saying = bool(part) and part[-1].word.startswith(SAYING)
    words = [c.word for k, c in enumerate(part) if len(c.word) >= 2 and not NUMERIC_WORD.match(c.word)
             and c.word not in NO_ONE_PLACE_OR_TIME and not (saying and c.grammar in ("は", "が")) and not _place_of_motion(part, k)]
    words = [w for w in words if not re.match(r"^[0-9０-９]+年", w)]
    # People who act, when the part ends on their verb (多数のアルメニア系
    # 住民がアルメニアに逃れた), are dated by all they did, where they went by
    # all that happened there: neither, nor a word of how many, is the event's.
    if part and len(part[-1].word) == 1 and any(c.grammar in ("は", "が") and c.word.endswith(_PEOPLE) for c in part):
        words = [c.word for c in part if c.word in words and not c.word[0].isdigit()
                 and c.grammar not in ("は", "が", "に", "へ", "から", "で", "の")]
    # Of two as long, the later: the event (ソ連を除名した → 除名), not who took part in it.
    return max(reversed(words), key=len) if words else None


def _dated_in_details(word: str, details: list[Unit], cache: dict) -> list[tuple[int, Unit, int, int]]:
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
    short_noun = len(word) <= 2 and _SAME_RUN.match(word) is not None
    kanji_word = all(map(is_kanji, word))
    for u in containing(details, (word,), cache):
        pos = u.text.find(word, u.start, u.end)
        years = _unit_years(u, cache) if pos != -1 else []
        while pos != -1:
            # (The topic a sentence opens with goes with each of its clauses
            # and their years: 女性参政権は1971年の…、…1990年に…導入を強いられた.)
            opening_topic = not u.text[u.start:pos].strip() and u.text.startswith("は", pos + len(word))
            if (short_noun and pos > u.start and _SAME_RUN.match(u.text, pos - 1)
                    or kanji_word and u.text.startswith(LONGER_NAME_ENDINGS, pos + len(word))
                    or opening_topic and len({y for y, _ in years}) > 1):
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
_EDITION = compile_re(f"[0-9０-９]{{4}}年(?:[春夏秋冬]季|(?![春夏秋冬末初頭代度中前後以頃上下半内間当])[{_NOUN}])")


# A year of an era not known: two kanji alone before it (文明3年に), not a
# known era (converted) nor a span counted from an event (創業10年, 戦後5年).
_ERA_YEAR = compile_re(f"(?<![{KANJI_UNIFIED}])(?!{'|'.join(ERAS)})[{KANJI_UNIFIED}](?![後前業位立国任足成館])"
                       f"[{KANJI_UNIFIED}](?:元|[0-9０-９]{{1,2}})年(?=[に、(（]|ごろ|頃|まで|から)")
# Endings that make a name of the word before them (伏見城, 日本軍, 大阪府).
LONGER_NAME_ENDINGS = NAME_ENDINGS + ("城", "軍", "寺", "宮", "藩", "港", "駅", "線", "府", "国")
_SAME_RUN = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}]")


def _edition(text: str, at: int) -> bool:
    return _EDITION.match(text, at) is not None


# (…に統合された後: 後, 前, 際, 時 tell when the next act came, no noun described.)
_ADNOMINAL_YEAR = compile_re(f"[0-9０-９]{{4}}年(?:[0-9０-９]{{1,2}}月)?(?:[0-9０-９]{{1,2}}日)?に[^、。]{{0,12}}?"
                             f"(?:た|る|ていた|ている)(?![後前際時直以])(?=[{_NOUN}])")
# After a verb ending in た or る, a noun it describes: not a time (始まった年, 勝利した後).
NOUN_DESCRIBED = f"(?![後前際時直以年月日頃])(?=[{_NOUN}])"
AFTER_OR_BEFORE = ("後", "前", "以後", "以降", "以前", "直後", "直前")
# The year of a change's first value (2014年の4.4%から2015年には8.0%へ): the change is later.
_CHANGE_FROM = compile_re(r"[0-9０-９]{4}年(?:度)?の[^、。]{0,10}?[0-9０-９][^、。]{0,6}?から")
_SPAN_END = compile_re(r"[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?(?:から|まで|以来|以降)")
OBJECT_CASES = ("を", "に", "へ", "で", "の", "と", "から", "まで", "より", "など")
PASSIVE = compile_re(r"^(?:[かさたなまらわがばい]?れ|され|られ)")


def _part_dates(text: str, span: tuple[int, int], other: tuple[int, int], details: list[Unit],
                cache: dict) -> list[tuple[int, Unit, int, int]]:
    """The details' dates of a part of the claim that gives none: those of its
    longest word that the other part does not share (the event, not the
    subject both parts speak of), named in the details a few times at most."""
    ending = ENDING.search(text, *span) is not None
    other_text = text[other[0]:other[1]]
    # Nouns in a case other than the subject's: the subject of an active
    # verb (西日本鉄道が…結成した) does many things, a verb's stem is done by
    # many.  The subject of a passive one (憲章が採択された) is what it befell.
    part = chunks(text, *span)
    cases = OBJECT_CASES + (("は", "が") if any(PASSIVE.match(c.grammar) for c in part) else ())
    words = sorted({c.word for k, c in enumerate(part) if len(c.word) >= 2 and not NUMERIC_WORD.match(c.word)
                    and c.word not in NO_ONE_PLACE_OR_TIME
                    and c.word not in other_text and c.grammar.startswith(cases) and not _place_of_motion(part, k)},
                   key=lambda w: (-len(w), w))
    events = _events(part, other_text)
    # What was decided (撤退が決まった) is dated by a clause that tells the decision.
    decided = bool(part) and (part[-1].word + part[-1].grammar).startswith("決ま")
    for word in events + words:
        dated = _dated_in_details(word, details, cache)
        dated = _of_an_end(dated) if ending else dated
        if decided and word in events:
            dated = [d for d in dated if "決" in d[1].text[slice(*_clause_span(d[1], d[2], d[3]))]]
        if word in events and any(w != word for w in words):
            # A verbal noun (独立) is done by many: its clause there must name
            # another word of the part (自動車部門を…独立させた).
            others = [w for w in words if w != word]
            dated = [d for d in dated if any(w in d[1].text[slice(*_clause_span(d[1], d[2], d[3]))] for w in others)]
        if dated and sum(u.body.count(word) for u in containing(details, (word,), cache)) <= MAX_MENTIONS:
            return dated
    return []


# Words of many places or times at once (各地で活動した): they date no one event.
NO_ONE_PLACE_OR_TIME = frozenset({"各地", "各国", "全国", "全土", "世界", "世界中", "国内", "国外", "海外", "現地", "各所",
                                  "一帯", "周辺", "当時", "その後", "以後", "以前", "今日", "現在",
                                  # times of many years (戦後の流下式塩田)
                                  "戦後", "戦前", "戦中", "戦時中", "近年", "近代", "現代", "古代", "中世"})


# Verbs of happening or being decided: their subject is the event (工事が
# 始まった, 撤退が決まった).
HAPPENING = compile_re(r"^(?:始ま|起こ|起き|行われ|開か|勃発|発生|決ま)")
# A part that tells how something ended (出兵は…打ち切られ): the details
# date what it names by its start unless they tell its end there too.
_ENDS = r"(?:打ち切|終わ|終え|終結|終了|終焉|中止|中断|廃止|撤退|撤収|引き揚げ|引き上げ|解散|閉鎖|幕を閉じ)"
ENDING = compile_re(_ENDS + r"[^、。]{0,4}[、。]?$")
_ENDED = compile_re(_ENDS)


def _of_an_end(dated: list[tuple[int, Unit, int, int]]) -> list[tuple[int, Unit, int, int]]:
    """The dates whose clause tells an end."""
    return [d for d in dated if _ENDED.search(d[1].text, *_clause_span(d[1], d[2], d[3]))]


def _clause_span(u: Unit, start: int, end: int) -> tuple[int, int]:
    return clause_bounds(u.text, start, u.start, u.end)[0], clause_bounds(u.text, max(start, end - 1), u.start, u.end)[1]


def _events(part: list, other_text: str) -> list[str]:
    """The words that name a part's event, best first: the verbal noun that
    ends it (…から独立する), and the subject right before a verb of
    happening (工事が始まった)."""
    if not part:
        return []
    last = part[-1]
    found = []
    if verbal_noun(last):
        found.append(last.word)
    if len(part) > 1 and HAPPENING.match(last.word + last.grammar) and part[-2].grammar in ("が", "は"):
        found.append(part[-2].word)
    return [w for w in found if w not in other_text and not NUMERIC_WORD.match(w)]


# Connectives that order events in time only loosely or not at all: by
# means of (によって), when (…ると).
UNDATED = compile_re(r"によ|^と$|以後|以降")
_LAST_KANA = compile_re(f"[{HIRAGANA}]+(?=[。、]?$)")


def _not_done(text: str, span: tuple[int, int]) -> bool:
    """The part ends denied (移譲しなかった, 至らず)."""
    m = _LAST_KANA.search(text, *span)
    return m is not None and is_negative_tail(m.group())


REPEATED = compile_re(r"を重ね|相次|繰り返|たびたび|何度も|度重な")
# (…or one that holds still when the sentence turns: 支配しているが、)
ONGOING = compile_re(r"(?:続けて|続いて|ている|ています)(?:が|けれど)?[。、]?$")
GROWTH = compile_re(r"(?:が|は)(?:[^、。]{0,6}?)(?:進ん|進み|進む|広がっ|広が[りる]|普及し|加速し|高まっ|高ま[りる]|深まっ|深ま[りる])")
# A word the details name this often is the post's subject, not one event.
MAX_MENTIONS = 3


def _part_years(text: str, start: int, end: int) -> list[int]:
    """The years a part of a relation gives: its calendar years, but for one
    in a clause that describes a noun (1940年に予定されていた東京大会は:
    that noun's own story), and the bounds of its centuries."""
    return [y for y, at in _years(text, start, end) if not _ADNOMINAL_YEAR.match(text, at)] + centuries(text, start, end)


def dated_conflict(claim: Unit, rel, details: list[Unit], cache: dict) -> Optional[tuple[Unit, int, int]]:
    """The detail sentence and span that date ``rel``'s parts the other way round, if any."""
    if UNDATED.search(rel.marker):
        return None
    text = claim.text
    first, then = _part_years(text, *rel.first_span), _part_years(text, *rel.then_span)
    # A year of an era not known (文明3年) dates its part; the details' dates may be of another event.
    if not first and _ERA_YEAR.search(text, *rel.first_span) or not then and _ERA_YEAR.search(text, *rel.then_span):
        return None
    if first and then:
        # Both dated by the claim: cite the details' date of the second part.
        if min(first) <= max(then):
            return None
        word = _main_word(text, *rel.then_span)
        support = [d for d in _dated_in_details(word, details, cache) if d[0] in then] if word else []
        return support[0][1:] if support else None
    # A state that goes on (観測を続けている, read to its clause's end: 警戒を招|いている) has no
    # one date the details could put before the first part; nor has a growth (機械化が一気に
    # 進んだ), which follows the beginning a date of its word may give (機械化の先がけは1839年).
    told = rel.then_span[0], clause_bounds(text, max(rel.then_span[1], rel.end) - 1, claim.start, claim.end)[1]
    if not then and (ONGOING.search(text, *told) or GROWTH.search(text, *told)):
        return None
    # …nor an act repeated (改正を重ねて): a date the details give is of one time of it.
    if not first and REPEATED.search(text, *rel.first_span) or not then and REPEATED.search(text, *rel.then_span):
        return None
    # Nor has an act that did not happen (…の後も政権を移譲しなかった): the
    # details' date of its words is another event's.
    if not first and _not_done(text, rel.first_span) or not then and _not_done(text, rel.then_span):
        return None
    if first or then:
        span, other = (rel.then_span, rel.first_span) if first else (rel.first_span, rel.then_span)
        word = _main_word(text, *span)
        if word is None:
            return None
        dated = _dated_in_details(word, details, cache)
        if not dated or sum(u.body.count(word) for u in containing(details, (word,), cache)) > MAX_MENTIONS:
            dated = _part_dates(text, span, other, details, cache)
        elif ENDING.search(text, *span):
            dated = _of_an_end(dated)
        if not dated:
            return None
        years = [d[0] for d in dated]
        if first and min(first) > max(years) or then and min(years) > max(then):
            return dated[0][1:]
        return None
    # Neither part dated by the claim: both by the details.
    first_dates = _part_dates(text, rel.first_span, rel.then_span, details, cache)
    then_dates = _part_dates(text, rel.then_span, rel.first_span, details, cache) if first_dates else []
    if then_dates and min(d[0] for d in first_dates) > max(d[0] for d in then_dates):
        return first_dates[0][1:]
    return None
