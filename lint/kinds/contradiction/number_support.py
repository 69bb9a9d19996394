"""Support: the details give a claim's number itself, so the claim is not
compared.  An approximate value that merely overlaps (約70% for 68%) is no
support, since it may be another thing's; a bound (3メートルを超える) is
given by its own figure only, or by that figure glossed and bounded in the
same way (成年(18歳)に達しない for 18歳未満).
"""

from __future__ import annotations

import math
from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.detail_values import detail_values
from lint.kinds.contradiction.numerals import parse_amount, to_int_ascii
from lint.kinds.contradiction.quantities import SUFFIX, UNITS, Quantity, bounds_of, compatible
from lint.kinds.contradiction.series import quantities
from lint.kinds.contradiction.thresholds import INF
from lint.kinds.contradiction.units import WORD_RUN, Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import clause_bounds


def _same_counted(a: str, b: str) -> bool:
    """One unit, or counts of one noun, one of them qualified (項目 / 追加項目),
    or a noun and its counter (770室 is 770の客室; 5社 is no 5つの神社)."""
    return a == b or a.startswith("count:") and b.startswith("count:") and len(min(a, b, key=len)) > 7 and (
        a.endswith(b[6:]) or b.endswith(a[6:])) or {a, b} in _NOUN_AND_COUNTER


_NOUN_AND_COUNTER = [{"count:室", "count:客室"}, {"count:室", "count:部屋"}, {"count:床", "count:病床"}]


def supported(q: Quantity, details: list[Unit], cache: dict) -> bool:
    """The details give ``q``'s value itself somewhere (an approximate value
    that merely overlaps, 約70% for 68%, is no support: it may be another
    thing's)."""
    if q.unit == "date":
        return detail_values(details, cache).any_compatible(q) or old_year_read_otherwise(q, details, cache)
    if old_year_read_otherwise(q, details, cache):
        return True
    for u in details:
        for e in quantities(u, cache):
            # (A bound, 3メートルを超える, is given by its own figure, not by any
            # past it; or by its figure glossed and bounded, 成年(18歳)に達しない.)
            if _same_counted(e.unit, q.unit) and (q.low <= e.value * (1 + 1e-9) and e.value <= q.high * (1 + 1e-9)
                                                  and (INF not in (q.high, -q.low) or e.value == q.value)
                                                  or (e.low, e.high) == (q.low, q.high)  # 1,100名を超え in both
                                                  or e.value == q.value and _glossed_bound(u, e) == (q.low, q.high)
                                                  or _cut_short(q, e)):
                return True
    return False


def agrees(q: Quantity, e: Quantity) -> bool:
    """Could both describe the same value, one perhaps cut short, or a year
    told roughly (1960年前後 / 1959年)?"""
    return compatible(q, e) or _cut_short(q, e) or _about_the_year(q, e) or _about_the_year(e, q)


def _about_the_year(q: Quantity, e: Quantity) -> bool:
    return (q.unit == e.unit == "date" and q.surface.endswith(_ROUGHLY) and q.date is not None and e.date is not None
            and q.date[0] is not None and e.date[0] is not None and abs(q.date[0] - e.date[0]) <= 2)


# After a year, what makes it rough (1960年前後).
_ROUGHLY = ("前後",)


def _cut_short(q: Quantity, e: Quantity) -> bool:
    """``q`` is ``e`` with its fraction left off or rounded (2万1,196キロメートル / 2万1,196.18キロメートル)."""
    told = e.surface[e.number_start - e.start:e.number_end - e.start]
    if q.low != q.high or "." in q.surface or "．" in q.surface or not ("." in told or "．" in told):
        return False
    whole = parse_amount(q.surface[q.number_start - q.start:q.number_end - q.start])
    if not whole:
        return False
    step = q.value / whole  # one of the claim's last digit, in the unit's base
    return q.value <= e.value < q.value + step or abs(e.value - q.value) <= step / 2


def owned_figure_told(claim: Unit, q: Quantity, details: list[Unit], cache: dict) -> bool:
    """A figure another party owns, passed by the claim's subject (米国の68回
    を大きく上回った): the owner's value, told in the details as it is, not a
    bound on the subject's."""
    owner = _OWNER_BEFORE.search(claim.text, max(claim.start, q.start - 12), q.start)
    # (Not a share of a whole or a mark, 全体の5%を下回った, 目標の100万人を超え.)
    if not q.suffix.startswith("を") or owner is None or q.unit == "percent" or owner.group(1).endswith(_MARKS):
        return False
    return any(e.unit == q.unit and e.value == q.value for u in details for e in quantities(u, cache))


# An owner right before a figure (米国の|68回).
_OWNER_BEFORE = compile_re(r"([^\s、。のはがをにでと]{2,})の$")
_MARKS = ("全体", "平均", "前年", "前回", "目標", "基準", "上限", "下限", "定員", "予想", "計画", "見込み", "想定")


def _glossed_bound(u: Unit, e: Quantity) -> Optional[tuple[float, float]]:
    m = _GLOSS_BOUND.match(u.text, e.end)
    return bounds_of(e.value, "", m.group("suffix"), e.unit)[:2] if m and m.group("suffix") else None


_GLOSS_BOUND = compile_re(f"[)）]{SUFFIX}")


MINUTES_A_YEAR = UNITS["年間"][1]  # spans are counted in minutes


def old_year_read_otherwise(q: Quantity, details: list[Unit], cache: dict) -> bool:
    """A year before 1000 read as a year on one side and as a span on the
    other (869年に / 869年で): the words around it decide, and they differ."""
    if q.unit == "date" and q.date is not None and q.date[1:] == (None, None) and q.date[0] is not None:
        years = q.date[0]
    elif q.unit == "duration" and q.value % MINUTES_A_YEAR == 0:
        years = q.value // MINUTES_A_YEAR
    else:
        return False
    if not 100 <= years < 1000:
        return False
    return any(e.unit == "duration" and e.value == years * MINUTES_A_YEAR if q.unit == "date"
               else e.unit == "date" and e.date is not None and e.date[0] == years
               for u in details for e in quantities(u, cache))


# A number between より and a word of comparison (それより1分長い): by how much.
_AFTER_THAN = compile_re("より(?:も)?$")
# (Words of size and time only: a change, より57%増えて, is measured by the
# details' change however they word it, 前年から75%伸びて.)
_COMPARING = compile_re("(?:ほど|だけ|も)?(?:長|短|多|少な|高|低|大き|小さ|早|遅|広|狭|重|軽|上回|下回)")


def by_how_much(u: Unit, q: Quantity) -> bool:
    """The number tells how much more or less than another thing (団体はそれ
    より1分長い): a difference, which only a difference the details give
    measures (より2分長い)."""
    return (_AFTER_THAN.search(u.text, max(u.start, q.start - 3), q.start) is not None
            and _COMPARING.match(u.text, q.end) is not None)


# A score: the first side's points, 対, the second's (3対0, ３－０ is not read).
_SCORE = compile_re(r"([0-9０-９]+)対([0-9０-９]+)")


def score_turned(claim: Unit, q: Quantity, details: list[Unit]) -> bool:
    """The claim's score is the details' told from the other side (崇徳は
    0対3で中京に破られた / 中京が3対0で勝った): which side won is a
    matter of roles, not of the figures."""
    m = _SCORE.match(claim.text, q.start, claim.end)
    if m is None:
        return False
    turned = f"{m.group(2)}対{m.group(1)}"
    lo, hi = clause_bounds(claim.text, q.start, claim.start, claim.end)
    mine = {w for w in WORD_RUN.findall(claim.text, lo, hi) if len(w) >= 2} or {
        w for w in WORD_RUN.findall(claim.text, claim.start, claim.end) if len(w) >= 2}
    # (…in a clause naming a party of the claim's clause, or of its sentence when
    # the clause names none: 準決勝でドイツに1対3で敗れた is another match than
    # 初戦でイタリアに3対1で勝った.)
    for u in details:
        at = u.text.find(turned, u.start, u.end)
        while at != -1:
            a, b = clause_bounds(u.text, at, u.start, u.end)
            if any(w in u.text[a:b] for w in mine):
                return True
            at = u.text.find(turned, at + 1, u.end)
    return False


def sum_of_parts(q_text: str, q: Quantity, units: list[Unit], cache: dict) -> bool:
    """One sentence gives two or more parts whose sum is the claim's figure,
    told as a total (本線が24.2km、分岐線が3.2km / 合わせると27.4km, 計27.4km)."""
    if not (_TOTAL.search(q_text, max(0, q.start - 16), q.start) or q.prefix in ("計", "合計", "総計")):
        return False
    for u in {u.start: u for u in units}.values():
        values = [e.value for e in quantities(u, cache) if e.unit == q.unit]
        if q.unit != "date" and len(values) >= 2 and q.value and math.isclose(sum(values), q.value, rel_tol=1e-6) and (
                "うち" not in u.body):
            return True
    return False


_TOTAL = compile_re("合わせ|あわせ|合計|総計")


def measured_otherwise(a: Unit, q: Quantity, b: Unit, e: Quantity) -> bool:
    """Each figure is named as a measure right before it, and the measures
    differ (高さ146メートル / 長さ30メートル): two sizes, not one.  So are a
    span after an event and one that ends at it (帰島から3年後 / 4年5か月
    ぶりに帰島): two intervals."""
    if q.unit == e.unit == "duration" and _intervals_apart(a, q, b, e):
        return True
    # …and the figure of the party the claim's figure is set above or below
    # (溺死者は1,000人を超え、蝦夷側の戦死者をしのいだ / 蝦夷側の戦死者は89人).
    compared = _COMPARED_AFTER.match(a.text, q.end, a.end)
    if compared is not None and len(compared.group(1)) >= 2 and compared.group(1) in b.text[
            max(b.start, e.start - 16):e.start]:
        return True
    mine = _MEASURE_BEFORE.search(a.text, max(a.start, q.start - 10), q.start)
    theirs = _MEASURE_BEFORE.search(b.text, max(b.start, e.start - 10), e.start)
    # (…each measure missing before the other figure: 高さも幅も60センチメートル names both;
    # 標高 and 高さ are one.)
    return mine is not None and theirs is not None and _MEASURE_OF.get(mine.group(1)) != _MEASURE_OF.get(theirs.group(1)) and (
        mine.group(1) not in b.text[max(b.start, e.start - 10):e.start]
        and theirs.group(1) not in a.text[max(a.start, q.start - 10):q.start])


_COMPARED_AFTER = compile_re(r"(?:を超え|以上|余り)?[、，]?([^、。を]{2,20})を(?:はるかに|大きく|大幅に|わずかに)?(?:しの|凌|上回|下回)")


def _intervals_apart(a: Unit, q: Quantity, b: Unit, e: Quantity) -> bool:
    """A span counted from an event (帰島から3年後) against one that ends
    at that event (4年5か月ぶりに島民の帰島が始まった)."""
    for (x, p), (y, r) in (((a, q), (b, e)), ((b, e), (a, q))):
        start = _COUNTED_FROM.search(x.text, max(x.start, p.start - 12), p.start)
        if (start is not None and x.text.startswith(("後", "前"), p.end) and y.text.startswith("ぶり", r.end)
                and start.group(1) in y.text[r.end:clause_bounds(y.text, r.end, y.start, y.end)[1]]):
            return True
    return False


_COUNTED_FROM = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{2,}})(?:から|の)$")


_MEASURE_BEFORE = compile_re("(高さ|長さ|幅|深さ|重さ|厚さ|広さ|面積|全長|全幅|標高|直径|半径|距離|身長|体重|水深|周囲|延長)"
                             "(?:は|が|も|で)?、?(?:約|およそ|ほぼ|最大|最高)?$")
# Names of one measure.
_MEASURE_OF = {w: group[0] for group in (("高さ", "標高", "身長"), ("長さ", "全長", "延長", "距離"), ("幅", "全幅"), ("深さ", "水深"),
                                          ("重さ", "体重"), ("面積", "広さ"), ("厚さ",), ("直径", "半径"), ("周囲",))
               for w in group}


def equated_otherwise(a: Unit, q: Quantity, b: Unit, e: Quantity, cache: dict) -> bool:
    """Each figure is set equal to a figure of another unit, and those differ
    (1反は300坪 / 30坪が1畝): two conversions, not one measure."""
    mine, theirs = _equated_with(a, q, cache), _equated_with(b, e, cache)
    return mine is not None and theirs is not None and not (
        mine.unit == theirs.unit and mine.low == theirs.low and mine.high == theirs.high)


def _equated_with(u: Unit, q: Quantity, cache: dict) -> Optional[Quantity]:
    """The figure of another unit joined to ``q`` by a particle alone (1反は300坪, 30坪が1畝)."""
    for o in quantities(u, cache):
        if o.unit != q.unit and o.unit != "date" and (_EQUATED.fullmatch(u.text, o.end, q.start) or _EQUATED.fullmatch(u.text, q.end, o.start)):
            return o
    return None


_EQUATED = compile_re(r"(?:は|が|=|＝)(?:約|およそ)?")


def pins_down(c: Quantity, e: Quantity, q: Quantity) -> bool:
    """``c`` pins ``e`` down for itself, not for ``q``: it is bounded both
    ways, or its one bound lies within a fifth of ``e`` and ``q``'s figure
    does not (1万人に満たない / 50万人を超える / 約51万5,000人; not 5万人を
    超え / 5万人を下回った / 4万8千人, both about the figure)."""
    if INF not in (c.high, -c.low):
        return True
    bound, mine = (c.low if c.high == INF else c.high), (q.low if q.high == INF else q.high)
    middle = (e.low + e.high) / 2
    return 0 < bound and abs(middle - bound) <= bound / 5 and not abs(middle - mine) <= abs(mine) / 5


def restates_list(u: Unit, q: Quantity) -> bool:
    """``q`` counts the members listed right before it, as many as it says
    (情報コミュニケーション、国際日本、総合数理の3学部): it restates the
    list, whatever the details count of the whole."""
    listed = _LISTED_BEFORE.search(u.text, max(u.start, q.start - 60), q.start) if q.unit.startswith("count:") else None
    members = listed.group(1).split("、") if listed is not None else []
    # (Names, not a time before a comma: 2020年、国内の2店舗.)
    return len(members) >= 2 and len(members) == q.value and all(len(m) >= 2 and not m.endswith(("年", "月", "日")) for m in members)


def in_group_name(u: Unit, e: Quantity, claim: Unit, q: Quantity) -> bool:
    """``e`` is part of a group's name glossed after it (20か国・地域(G20)),
    and the claim's count is told, right after it, of another act (55の国と地域が加盟する /
    AUが20か国・地域(G20)の…メンバーとなった); told of the same act
    (主要7か国(G7)が参加した / 6か国が参加した), it counts the members."""
    named = _GROUP_NAME_AFTER.match(u.text, e.end, u.end)
    if named is None or to_int_ascii(named.group(2)) != e.value:
        return False
    theirs = u.text[named.end():clause_bounds(u.text, named.end(), u.start, u.end)[1]]
    mine = claim.text[q.end:min(q.end + 10, clause_bounds(claim.text, q.end, claim.start, claim.end)[1])]
    return not any(w in theirs for w in WORD_RUN.findall(mine) if len(w) >= 2)


# Names parted by 、 before の and a count (A、B、Cの3学部).
_LISTED_BEFORE = compile_re(f"((?:[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー・A-Za-z]{{1,15}}、)+[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー・A-Za-z]{{1,15}})の$")
# A count that is part of a group's name glossed after it (20か国・地域(G20)).
_GROUP_NAME_AFTER = compile_re(r"(?:・[^()（）、。]{1,6})?[(（]([A-Za-zＡ-Ｚａ-ｚ]+)([0-9０-９]+)[)）]")
