"""The quantities of a sentence, read once per post, and how they go together.

Numbers side by side are not always each a value of its own: 「男性2人と
女性1人」 are two terms of one sum, 「3台ずつ」 a share each, 「1910年から
1911年」 the two ends of one range.  The comparisons of numbers ask here
which numbers of a sentence are such parts and ends.
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.decades import decades
from lint.kinds.contradiction.quantities import Quantity, compatible, extract
from lint.kinds.contradiction.relative_years import RANGE_JOINERS
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import bigrams, clause_bounds

# A verb after と that classes or names (1万石格とされ, 3人となった, 2校といい).
_CLASSING = ("され", "し", "す", "せ", "な", "い", "呼")
# A count joined to one more party that acts with it (湾岸の4か国と南米の
# ベネズエラが結成した): the count is one term of the group.
_JOINED_PARTY = compile_re(f"[とや][{KANJI_UNIFIED}{PLAIN_KATAKANA}ー・の]{{1,15}}?[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー](?:が|は|を|も)")


def span_quantities(text: str, start: int, end: int, cache: dict) -> list[Quantity]:
    """The quantities of a span (a sentence), extracted once per post (``cache``: the post's)."""
    key = ("quantities", start, end)
    found = cache.get(key)
    if found is None:
        found = extract(text, start, end)
        if text.find("年代", start, end) != -1 or text.find("世紀", start, end) != -1:
            found = sorted(found + decades(text, start, end), key=lambda q: q.start)
        cache[key] = found
    return found


def quantities(u: Unit, cache: dict) -> list[Quantity]:
    return span_quantities(u.text, u.start, u.end, cache)


def parts(u: Unit, cache: dict) -> set[int]:
    """Starts of the quantities that are one term of a sum or a share each:
    男性2人と女性1人 (together 3人), キリンが二頭と…二頭, 4か国とベネズエラが,
    3台ずつ."""
    key = ("parts", u.start, u.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = set()
        qs = quantities(u, cache)
        for a, b in zip(qs, qs[1:]):
            joined = u.text[a.end:a.end + 2]
            # Head counts add up; percentages, ranks and amounts listed side by
            # side are each of their own thing (GDPの5割、輸出額の61.2%).
            counted = a.unit == "people" or a.unit.startswith("count:")
            # A number with a verb after it (1,100名を超え、…40人) ends a
            # clause of its own: it is no term of a list.
            clause_of_its_own = a.suffix.startswith(("を", "に"))
            # Each with a topic of its own (死者は6,434人、行方不明者は3人): two statements.
            gap = u.text[a.end:b.start]
            own_topics = gap.startswith("、") and gap.endswith(("は", "が"))
            # と before a verb quotes or classes (1万石格とされ、…5万石格へ): no list.
            classed = joined[:1] == "と" and u.text.startswith(_CLASSING, a.end + 1)
            if (counted and a.unit == b.unit and joined[:1] in "とや、" and b.start - a.end <= 12
                    and not clause_of_its_own and not own_topics and not classed):
                found.update((a.start, b.start))
        found |= rates(u, cache)
        for q in qs:
            if q.start in found:
                continue
            joined = _JOINED_PARTY.match(u.text, q.end, u.end) if q.unit == "people" or q.unit.startswith(
                "count:") else None
            # (A count that names its noun, 2つの性と名詞の格変化, is all of
            # that noun when what joins it is something else.)
            if joined is not None and not ("の" in q.surface and not joined.group()[:-1].endswith(q.unit[6:])):
                found.add(q.start)
    return found


# After a number, a share for each or an interval (3台ずつ, 2年ごとに,
# 1か国につき).
RATE_MARKS = ("ずつ", "ごと", "あたり", "当たり", "につき", "毎に")


def rates(u: Unit, cache: dict) -> set[int]:
    """Starts of the quantities said for each one or each interval."""
    key = ("rates", u.start, u.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = {q.start for q in quantities(u, cache) if u.text.startswith(RATE_MARKS, q.end)}
    return found


# After 「AからB」 these make a change from one value to another (77万人から
# 136万人に増えた, 2万人から5万人と倍増した), not a range: each end is a value
# of its own time.  (と alone goes on with the range: 2割から5割と高かった.)
CHANGE_AFTER = compile_re(r"に|へ|まで(?:増|減|拡|縮|伸|上|下|落)|と[^、。]{0,6}?(?:増|減|伸|拡|縮|膨|倍|上が|下が|落ち|急)")


def new_value_told(claim: Unit, q: Quantity, unit: Unit, cache: dict) -> bool:
    """The claim gives a change's new value alone (18歳へ引き下げ), and the
    sentence tells that change from its old value to one that agrees
    (20歳から18歳に): the old value is no counterpart."""
    if not claim.text.startswith(("へ", "に", "まで"), q.end):
        return False
    # (Of the claim's own measure: 成年年齢が18歳へ / 成年年齢が20歳から18歳に,
    # not 選挙権年齢は20歳から18歳に.)
    mine = _MEASURE_BEFORE.search(claim.text, max(claim.start, q.start - 16), q.start)
    qs = quantities(unit, cache)
    return mine is not None and any(
        a.unit == b.unit == q.unit and unit.text[a.end:b.start] == "から" and CHANGE_AFTER.match(unit.text, b.end)
        and compatible(q, b) and (theirs := _MEASURE_BEFORE.search(unit.text, max(unit.start, a.start - 16), a.start))
        is not None and theirs.group(1) == mine.group(1) for a, b in zip(qs, qs[1:]))


# The measure a value is given of, right before it (成年年齢が|18歳).
_MEASURE_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{2,}})(?:は|が|を|も)?$")


def counts_another_noun(claim: Unit, q: Quantity, unit: Unit) -> bool:
    """The claim counts times of an event named right after its number
    (4度のリーグ優勝) that the sentence never names (Aクラス入りが…1度だけ):
    two counts."""
    m = _COUNTED_AFTER.match(claim.text, q.end, claim.end)
    return m is not None and m.group(1)[-2:] not in unit.body


_COUNTED_AFTER = compile_re(f"の([{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{2,}})")


def count_other_things(claim: Unit, q: Quantity, unit: Unit, e: Quantity) -> bool:
    """Each number, by a counter that names no thing (種類, 個, 件), names
    what it counts right after it, and the two are other things the
    sentence names both of (2種類の原子 / 炭素原子は…3種類のいずれかの状態):
    two counts."""
    if q.unit not in _GENERIC_COUNTS or e.unit != q.unit:
        return False
    mine = _COUNTED_AFTER.match(claim.text, q.end, claim.end)
    theirs = _COUNTED_AFTER_LOOSE.match(unit.text, e.end, unit.end)
    if mine is None or theirs is None:
        return False
    a, b = mine.group(1), theirs.group(1)
    # (…and the sentence names the claim's thing apart from its count, 炭素原子は: a word
    # for the same thing, 火事 / 火災, would not be there.)
    return a[-2:] != b[-2:] and a not in b and b not in a and a in unit.text[unit.start:theirs.start()]


_GENERIC_COUNTS = frozenset("count:" + c for c in ("種類", "種", "個", "件", "点", "項目", "品目", "通り"))
# …with a word of choice between (3種類のいずれかの状態, 2つのうちどちらかの道).
_COUNTED_AFTER_LOOSE = compile_re(f"の(?:(?:いずれか|どれか|どちらか|うち)の?)?([{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{2,}})")


def ranges(u: Unit, cache: dict) -> dict[int, tuple[Quantity, Quantity]]:
    """The two ends of each range (1910年から1911年, 20～30人), by the start of each end."""
    key = ("ranges", u.start, u.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = {}
        qs = quantities(u, cache)
        for a, b in zip(qs, qs[1:]):
            if a.unit == b.unit and u.text[a.end:b.start] in RANGE_JOINERS and not (
                    u.text[a.end:b.start] == "から" and CHANGE_AFTER.match(u.text, b.end)
                    and not u.text.startswith("にかけ", b.end)):
                found[a.start] = found[b.start] = (a, b)
    return found


def other_end_told(claim: Unit, span: tuple[Quantity, Quantity], q: Quantity, details: list[Unit],
                   cache: dict) -> bool:
    """A range of the details from the same start to another end, or from
    another start to the same end, than the claim's range that ``q`` ends
    or starts (1808年から1821年まで / 1808年から1831年まで): the ends differ.
    Its clause must name the topic the claim gives the range, if any
    (上水道は / 下水道は: two works)."""
    mine = _key(span[0]), _key(span[1])
    at = 1 if q is span[1] else 0
    lo, _ = clause_bounds(claim.text, span[0].start, claim.start, claim.end)
    topic = None
    for topic in _RANGE_TOPIC.finditer(claim.text, lo, span[0].start):
        pass
    for u in details:
        for a, b in set(ranges(u, cache).values()):
            theirs = _key(a), _key(b)
            if a.unit == q.unit and theirs[1 - at] == mine[1 - at] and theirs[at] != mine[at] and (
                    topic is None or topic.group(1) in u.text[clause_bounds(u.text, a.start, u.start, u.end)[0]:b.end]):
                return True
    return False


# A topic before a range (下水道は|1900年から).
_RANGE_TOPIC = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})(?:は|が|も)")


def _key(q: Quantity):
    """A range end's value: a date by its year."""
    return q.date[0] if q.unit == "date" and q.date is not None else q.value


def within(span: tuple[Quantity, Quantity], e: Quantity) -> bool:
    """Does ``e`` fall inside the range?  Dates by their year."""
    a, b = span
    if e.unit != a.unit:
        return False
    if a.unit == "date":
        if a.date is None or b.date is None or e.date is None or None in (a.date[0], b.date[0], e.date[0]):
            return False
        return a.date[0] <= e.date[0] <= b.date[0]
    return a.low <= e.value <= b.high


# The members a count names before it (タイ、ラオス、カンボジア、ベトナムの4か国; A・C・G・Tの4種類).
_MEMBER = f"(?:[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}}|[A-Za-z0-9]+)"
_LISTED = compile_re(f"((?:{_MEMBER}[、・とや])+{_MEMBER})の?$")
_LIST_JOINERS = compile_re("[、・とや]")


def listed_members(u: Unit, q: Quantity) -> frozenset:
    """The members named in a list right before a count (in its sentence,
    within 60 characters of it)."""
    lo = max(u.text.rfind(mark, u.start, q.start) for mark in ("。", "；")) + 1
    m = _LISTED.search(u.text, max(lo, u.start, q.start - 60), q.start)
    return frozenset(_LIST_JOINERS.split(m.group(1))) if m else frozenset()


def other_group(claim: Unit, q: Quantity, unit: Unit, e: Quantity, details: list[Unit], cache: dict) -> bool:
    """The detail count lists its members, and the claim names, before its
    count, a member of another of the details' lists (6か国 of 中国、
    ミャンマー… / タイ、ラオス、カンボジア、ベトナムの4か国): two groups.
    So are two counts that each count the names of a list of their own."""
    theirs = listed_members(unit, e)
    if not theirs:
        return False
    # Both counts are of the names they list, and the lists differ (江崎…
    # 中村の4人 / 赤崎…中村の3人): each counts its own list.
    mine = listed_members(claim, q)
    if mine and mine != theirs and len(mine) == q.value and len(theirs) == e.value:
        return True
    key = ("listed", e.unit)
    every = cache.get(key)
    if every is None:
        every = cache[key] = frozenset().union(*(listed_members(u, x) for u in details
                                                  for x in quantities(u, cache) if x.unit == e.unit))
    before = claim.text[claim.start:q.start]
    return any(m in before for m in every - theirs)


# After a count of those who act with the subject (2か国とともに): the
# group is the count and the subject.
_WITH_THE_SUBJECT = ("とともに", "と共に", "と一緒に", "と並んで")


def counts_companions(u: Unit, q: Quantity) -> bool:
    """A count of those who act with the subject (2か国とともに)."""
    return (q.unit == "people" or q.unit.startswith("count:")) and u.text.startswith(_WITH_THE_SUBJECT, q.end)


def companions_told(u: Unit, q: Quantity, details: list, cache: dict) -> bool:
    """A count of companions (近隣の2か国とともにECOWASを離れ) whose group,
    one more, a detail sentence counts in words of the claim's clause
    (3か国はそろってECOWASからの脱退を表明し), or as the same things named
    (2つの寺院とともに / 3つの寺院は)."""
    if not counts_companions(u, q):
        return False
    # (…unless the details count the companions otherwise, or the group
    # is described by a clause of its own: 合併を拒んだ3つの村.)
    if any(e.unit == q.unit and e.value != q.value and counts_companions(d, e) for d in details for e in quantities(d, cache)):
        return False
    named = q.unit.startswith("count:") and q.surface.endswith("の" + q.unit[len("count:"):])
    words = bigrams(u.text[slice(*clause_bounds(u.text, q.start, u.start, u.end))])
    return any(e.unit == q.unit and e.value == q.value + 1 and (
        named and d.text[e.start - 1:e.start] not in _DESCRIBING_END or len(words & bigrams(d.body)) >= 2)
        for d in details for e in quantities(d, cache))


_DESCRIBING_END = set("るたいだ")
