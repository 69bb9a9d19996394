"""What a number is said of: a named topic, a year, an event.

Two numbers of one unit in like words may still measure two things: the
papers each sentence names (デイリー・テレグラフは1855年 / サンデー・
テレグラフは1961年), the years a series gives (1872年には27万人、1900年
には81万人), or two events of two years (3か国が1999年に加盟 / 2024年に
…32か国となった).
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import QUOTE_OPEN, TOPIC_GRAMMAR, Chunk, is_name, topic_before, unit_chunks, verbal_noun
from lint.kinds.contradiction.dated import span_dated_apart
from lint.kinds.contradiction.name_kinds import name_like
from lint.kinds.contradiction.predicates import predicates
from lint.kinds.contradiction.quantities import Quantity
from lint.kinds.contradiction.same_acts import one_act_named
from lint.kinds.contradiction.series import quantities
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import clause_bounds

CLAUSE_MARKS = ("、", "，", "。")
# What names the members of the topic, the same set (英連邦 / 「英連邦加盟国」).
_MEMBERS = ("加盟国", "構成国", "参加国", "加盟国・地域")


# A place set as the topic (日本には約2年3か月 / 鹿児島には約1年) names what
# is measured too; an adverb of measure may follow (日本にはおよそ27か月).
_TOPIC_OR_PLACE = tuple(m + a for m in TOPIC_GRAMMAR + ("には",) for a in ("", "およそ", "おおよそ", "ほぼ", "わずか"))


def other_subject(claim: Unit, q: Quantity, unit: Unit, e: Quantity, cache: dict) -> bool:
    """Each number is said of a named topic (Xは, Xが, a place Xには; an
    adverb of measure may follow: 日本にはおよそ27か月) the other sentence
    never names: デイリー・テレグラフは1855年 and サンデー・テレグラフは1961年
    date two papers, 日本は…金メダル13個 and ソ連が50個 two countries' medals.
    Only names count (katakana or Latin, or known names): common nouns are
    paraphrased too freely (支配地域は / 支配する地域の面積は)."""
    tc = _topic_before_number(unit_chunks(claim, cache), q.start, cache)
    te = _topic_before_number(unit_chunks(unit, cache), e.start, cache)
    # A term quoted as the topic that is the other's name and a word more
    # (英連邦 / 「英連邦王国」は): a kind of it or a part, another set counted.
    if (tc is not None and te is not None and len(te.word) >= len(tc.word) + 2 and te.word.startswith(tc.word)
            and unit.text[te.start - 1:te.start] in QUOTE_OPEN and te.word not in claim.body
            and not te.word.endswith(_MEMBERS)):
        return True
    if te is None or not _named(te, cache):
        return False
    # The claim naming the details' topic after its number's clause (日本には
    # 約2年3か月滞在し、鹿児島のほか…を訪れた) does not say its number of it.
    # (Not when it names the standard the claim's topic is ranked by: インドに次ぐ.)
    upto = claim.text[claim.start:clause_bounds(claim.text, q.start, claim.start, claim.end)[1]]
    if te.word in upto and not any(te.word + mark in upto for mark in _STANDARD_MARKS):
        return False
    # (One ending the other names one thing: 女性レポートドライバー / レポートドライバー.)
    if tc is not None and not (tc.word.endswith(te.word) or te.word.endswith(tc.word)) and _named(tc, cache):
        # (…or named there as the one the topic acted on: インドは…日本を抜いて第2位.)
        lo, hi = clause_bounds(unit.text, e.start, unit.start, unit.end)
        return tc.word not in unit.body or tc.word + "を" in unit.text[lo:hi]
    if te.word in claim.body:
        return False
    # The claim's topic is no name (体操男子団体も…金メダル13個): a name the
    # claim's sentence gives and the details' does not will do.
    return any(_known(c, cache) and c.word not in unit.body for c in unit_chunks(claim, cache) if c.start < q.start)


_STANDARD_MARKS = ("に次", "に続", "より", "を抜", "に抜")


def _topic_before_number(found: list[Chunk], at: int, cache: dict) -> Optional[Chunk]:
    """The topic before the word holding the number at ``at``, or that
    word's part before the number when it holds a known name (ブラジル代表
    |23名が; not 金メダル|13個, what is counted)."""
    held = next((c for c in found if c.start <= at < c.end), None)
    if held is not None and at - held.start >= 2:
        part = held._replace(end=at, word=held.word[:at - held.start])
        pool = cache.get("ent-pool")
        if pool is not None and pool.within(part.start, part.end):  # (hits wholly inside it)
            return part
    return topic_before(found, at if held is None else held.start, _TOPIC_OR_PLACE)


def _named(c: Chunk, cache: dict) -> bool:
    """A katakana or Latin name, a name the entity lexicon knows, or a place
    set as the topic with に that looks like a name (鹿児島には)."""
    return is_name(c.word) or _known(c, cache) or c.grammar.startswith("には") and name_like(c.word)


def _known(c: Chunk, cache: dict) -> bool:
    """A name the entity lexicon knows, whole (日本, ソ連)."""
    pool = cache.get("ent-pool")
    return pool is not None and any(h.end - h.start == len(c.word) for h in pool.within(c.start, c.end))


def clause_years(u: Unit, q: Quantity, cache: dict) -> set[int]:
    """The calendar years in the clause before a number (1872年には|27万人)."""
    lo = max([u.text.rfind(mark, u.start, q.start) for mark in CLAUSE_MARKS] + [u.start - 1]) + 1
    return {x.date[0] for x in quantities(u, cache) if lo <= x.start < q.start and x.unit == "date"
            and x.date is not None and x.date[0] is not None and x.date[0] >= 1000}


def other_year(claim: Unit, q: Quantity, unit: Unit, e: Quantity, cache: dict) -> bool:
    """The detail number is one of a series, dated by its clause to a year
    the claim's number is not (人口は600万人を超え / 1872年には27万人、
    1900年には81万人…): it measures then."""
    if sum(x.unit == e.unit for x in quantities(unit, cache)) < 2:
        return False
    ye = clause_years(unit, e, cache)
    return bool(ye) and not ye & clause_years(claim, q, cache)


def other_event(claim: Unit, q: Quantity, unit: Unit, cache: dict) -> bool:
    """The claim number's clause and the details' sentence give calendar
    years, none the same: two events (ポーランドなど3か国が1999年に加盟し
    / 2022年の侵攻を受けて…同盟は32か国体制となった)."""
    lo, hi = clause_bounds(claim.text, q.start, claim.start, claim.end)
    if _YEAR.search(claim.text, lo, hi) is None:
        # A clause with no year of its own is dated by its sentence's
        # (2008年1月には、従業員の約7%、1,000人を減らす).
        lo, hi = claim.start, claim.end
    return span_dated_apart(claim, lo, hi, unit, cache)


_YEAR = compile_re("[0-9０-９]{3,4}年")


def _dated_act(u: Unit, q: Quantity, cache: dict) -> str | None:
    """The act a date dates: the first verbal noun after it in its sentence
    (1960年、…として独立した: 独立)."""
    return next((c.word for c in unit_chunks(u, cache) if c.start >= q.end and verbal_noun(c)), None)


def other_dated_event(claim: Unit, q: Quantity, unit: Unit, e: Quantity, cache: dict) -> bool:
    """Two dates of two acts, neither named in the other sentence (2004年に
    …加盟した / 1960年、…独立した): no one event dated two ways.  Two
    words for one act (完成した / 竣工し), or sharing a kanji (参戦した /
    宣戦した), may date one event."""
    mine, theirs = _dated_act(claim, q, cache), _dated_act(unit, e, cache)
    return (mine is not None and theirs is not None and not one_act_named(mine, theirs)
            and not set(mine) & set(theirs) and mine not in unit.body and theirs not in claim.body
            and not (_titles(claim) & _titles(unit) and _published(claim) and _published(unit)))


# A work's title (『正義論』): writing, compiling and bringing it out (著し / 編纂した / 刊行された / 成立した)
# date one appearance; a film or a translation of it is another event.
_TITLE = compile_re(r"『[^『』]{1,40}』")
_PUBLISHING = ("著し", "著す", "書き上げ", "刊行", "出版", "発表", "発行", "上梓", "公刊", "執筆", "成立", "編纂", "編ん")


def _published(u: Unit) -> bool:
    return any(w in u.body for w in _PUBLISHING)


def _titles(u: Unit) -> set[str]:
    """The titles named in the sentence of a date."""
    return set(_TITLE.findall(u.text, u.start, u.end))


# A date before の and the noun phrase it dates (2011年の…原子力発電所の事故を).
_DATED_NOUN = compile_re(f"の(?:[^、。をにがはで]{{0,24}}?の)?([{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{2,}})(?=を|が|は|に|で|と|、)")


def dated_noun_apart(claim: Unit, q: Quantity, unit: Unit, e: Quantity) -> bool:
    """The claim's date names a thing (2011年の…事故) that the details'
    date's clause never names (2012年6月に…設置法が成立し): two events."""
    if q.unit != "date" or not claim.text.startswith("の", q.end):
        return False
    m = _DATED_NOUN.match(claim.text, q.end, claim.end)
    if m is None:
        return False
    lo, hi = clause_bounds(unit.text, e.start, unit.start, unit.end)
    # (A date set apart by its comma, 1973年には、…, dates the clause after it.)
    if hi - e.end <= 3 and hi < unit.end:
        hi = clause_bounds(unit.text, hi + 1, unit.start, unit.end)[1]
    return m.group(1) not in unit.text[lo:hi]


def complement_counted(claim: Unit, q: Quantity, unit: Unit, e: Quantity) -> bool:
    """One count is of the rest (米国系以外は…2社, 残る2社が), of those set
    aside (1人を除く全員) or of those from one end (下から3層), the other not (5社が米国系, 4層からなり): a
    part and another part or the whole."""
    def rest(u: Unit, x: Quantity) -> bool:
        lo, _ = clause_bounds(u.text, x.start, u.start, u.end)
        # (An ordinal from one end, 左から3番目, is a place, no part.)
        # (…or of those set aside: 1人を除く全員.)
        return "以外" in u.text[lo:x.start] or u.text.startswith(_SET_ASIDE, x.end) or u.text.endswith(_THE_REST, lo, x.start) or u.text.endswith(
            _FROM_AN_END, lo, x.start) and not u.text.startswith("目", x.end - 1) and not u.text.startswith("目", x.end)
    return rest(claim, q) != rest(unit, e)


# Words right before a count of what is left (残る2社, ほかの3か国).
_THE_REST = ("残る", "残りの", "残り", "他の", "ほかの", "その他の", "残余の")
_SET_ASIDE = ("を除", "以外")
_FROM_AN_END = ("下から", "上から", "先頭から", "手前から", "左から", "右から")


# After a count, what makes it the whole a part is counted out of (7か国のうち).
OUT_OF = ("のうち", "の中で", "の中から", "中")


def whole_against_part(claim: Unit, q: Quantity, unit: Unit, e: Quantity) -> bool:
    """The details' count is the whole a part is counted out of (発足時の7か国
    のうち残ったのは…), the claim's is not: the claim may count the part."""
    return unit.text.startswith(OUT_OF, e.end) and not claim.text.startswith(OUT_OF, q.end)


# How many times longer one span may be than the other and still measure the same thing.
SPAN_RATIO = 100


def spans_of_other_scales(q: Quantity, e: Quantity) -> bool:
    """Two spans of time of different scales (80年間 / 3時間50分): a service's
    years and a crossing's hours, no one span told two ways."""
    if q.unit != "duration" or e.unit != "duration" or min(q.value, e.value) <= 0:
        return False
    return max(q.value, e.value) / min(q.value, e.value) >= SPAN_RATIO


# The noun a number is told of right before it (任期は2年, 最高速度は15 km/h,
# 人口は約53万人).
_LABEL = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})(は|が|も)(?:約|およそ|ほぼ|わずか)?$")


# A verb that describes the noun after it (算出された|標高), and its kanji.
_DESCRIBED = compile_re(f"([{KANJI_UNIFIED}]+)(?:され|し|す|さ)?(?:た|れる|る|ている)$")


def _label_match(u: Unit, q: Quantity):
    return _LABEL.search(u.text, max(u.start, q.start - 12), q.start)


def label_of(u: Unit, q: Quantity) -> str | None:
    m = _label_match(u, q)
    return m.group(1) if m else None


def labelled_otherwise(claim: Unit, q: Quantity, details: list[Unit], cache: dict, compatible) -> bool:
    """The details give the noun the claim's number is told of (委員の任期は
    3年) another value (任期は2年), and the claim's value only to other
    nouns or none (3年ごとに, 3年間): the value found is another thing's."""
    m = _label_match(claim, q)
    if m is None:
        return False
    # (A noun a clause describes, 測量で算出された標高は, is one value of the
    # noun, which the details may tell beside another by the same verb.)
    verb = _DESCRIBED.search(claim.text, max(claim.start, m.start() - 8), m.start())
    if verb is not None and any(verb.group(1) in u.body and any(
            e.unit == q.unit and compatible(q, e) for e in quantities(u, cache)) for u in details):
        return False
    label = m.group(1)
    same, other = False, False
    # (A count of the noun as the doer, 看護師が15万人余る, may be told with
    # other verbs; a measure of it, 成年年齢は18歳, 職員は200人, holds one value.)
    counted = (q.unit == "people" or q.unit.startswith("count:")) and m.group(2) == "が"
    mine = _verb_after(claim, q) if counted else ""
    for u in details:
        for e in quantities(u, cache):
            if e.unit != q.unit or label_of(u, e) != label:
                continue
            if compatible(q, e):
                same = True
                continue
            theirs = _verb_after(u, e) if mine else ""
            if not (theirs and not set(mine) & set(theirs)):
                other = True
    return other and not same


def _verb_after(u: Unit, q: Quantity) -> str:
    """The stem of the first verb after a number in its clause ("" for none)."""
    hi = clause_bounds(u.text, q.end, u.start, u.end)[1]
    return next((p.key for p in predicates(u.text, q.end, hi)), "")


def as_of(u: Unit, q: Quantity, cache: dict) -> bool:
    """A date that says when a figure was counted (約189万人(2017年3月),
    2020年時点で): it dates no event."""
    if q.unit != "date":
        return False
    if u.text.startswith(("時点", "現在"), q.end):
        return True
    return u.text[q.start - 1:q.start] in ("(", "（") and any(
        e.end in (q.start - 1, q.start) and e.unit != "date" for e in quantities(u, cache))


# Words that leave an act open: a chance, a schedule, an aim (not 計画 or
# 方針, which a decision may make: 建設計画を決めた).
_OPEN = compile_re("可能性|予定|見込み|見通し|かもしれ|だろう|目指[しすそさ]|めざ[しすそさ]")


def open_against_done(claim: Unit, q: Quantity, unit: Unit) -> bool:
    """A date of an act the claim leaves open (2030年に…開かれる可能性), and
    a sentence telling an act done (2015年に…開いた): two acts."""
    return (q.unit == "date" and _OPEN.search(claim.text, q.end, claim.end) is not None
            and _OPEN.search(unit.text, unit.start, unit.end) is None)

