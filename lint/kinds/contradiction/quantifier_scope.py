"""Words of quantity said of other things: a count limited by だけ
(2冊だけ), a quantity of another noun or whole (一部の地域 / 多くの患者;
島のすべて / 鹿児島市の一部), another member of a series (1号機 / 2号機),
and a whole named the same way on both sides (海底部の一部 / 海底部分の一部).
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.numerals import parse_amount
from lint.kinds.contradiction.opposites import ALL_OF_THEM, CLAUSE_END_KANA, MANY, MOST, SOME, counted_topic
from lint.kinds.contradiction.predicates import is_negative_tail
from lint.kinds.contradiction.role_words import matches
from lint.kinds.contradiction.scope import ONLY
from lint.kinds.contradiction.units import Unit
from lint.kinds.contradiction.word_scope import UNIVERSAL
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA, is_hiragana, is_kanji
from lint.text.tokens import bigrams, clause_bounds, find_all


# Not all, which is some (すべての空港に…わけではない; of all, a denied copula too: すべてが同じ方式ではない).
_NOT_ALL = compile_re("わけでは(?:ない|なく)|わけでもな|とは限らな|とは限らず")
_NOT_ALL_COPULA = compile_re("では(?:ない|なく)[。、]?$")
# A part named as what a thing serves as or becomes (Debianの一部として, 計画の一部となる);
# not with a copula, which a cleft counts with (反対したのは議員の一部だった).
_AS_A_PART = compile_re("として|と(?:な|し)|にな|に(?:組み込|加え)|を(?:成|な|構成)")


def counts_none(u: Unit, s: int, e: int) -> bool:
    """The word of quantity counts none of its clause's subject: not all
    (…わけではない), or a part a thing is said to be (Debianの一部として
    提供することはない says nothing of how many were)."""
    _, hi = clause_bounds(u.text, e, u.start, u.end)
    if u.text[s:e] == "一部" and s > u.start and u.text[s - 1] == "の" and _AS_A_PART.match(u.text, e, hi):
        return True
    return bool(_NOT_ALL.search(u.text, e, hi) or UNIVERSAL.fullmatch(u.text, s, e) and _NOT_ALL_COPULA.search(u.text, e, hi))


def _counted_only(u: Unit, s: int, e: int) -> bool:
    """だけ or のみ right after a count of two or more (2冊だけ, 21冊だけ,
    2つだけ): it limits the count, and all of those counted may share what
    is said of them (一方だけ says one and not the other)."""
    text = u.text
    if text[s:e] not in ONLY:
        return False
    m = _COUNT_BEFORE.search(text, max(u.start, s - 12), s)
    if m is None:
        return False
    value = parse_amount(m.group(1))
    return value is not None and value >= 2


# A count and its counter word right before だけ (21冊, 2カ国, 2つ).
_COUNT_BEFORE = compile_re(f"([0-9０-９〇一二三四五六七八九十百千]+)(?:[{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{1,3}}|つ)$")


_COUNTED_NOUN = compile_re(f"(?:の|な)([{KANJI_UNIFIED}{PLAIN_KATAKANA}]+)")


def counting_others(claim: Unit, e: int, unit: Unit, ue: int) -> bool:
    """Two words of quantity, each before の and a noun (or the predicate of
    a topic), counting two things (一部の地域 / 多くの患者; 複数の都市 /
    …した国は、南アフリカが唯一である)."""
    a = _COUNTED_NOUN.match(claim.text, e, claim.end)
    b = _COUNTED_NOUN.match(unit.text, ue, unit.end)
    if a is not None and b is None:
        y = counted_topic(unit, ue)
        return y is not None and not set(a.group(1)) & set(y) and y not in claim.body
    if a is None or b is None:
        return False
    x, y = a.group(1), b.group(1)
    if set(x) & set(y) or x in unit.body:
        return False
    # Two names of one thing (すべての原潜が採用 / 一部の艦は…採用) go on alike.
    _, claim_end = clause_bounds(claim.text, a.end(), claim.start, claim.end)
    _, unit_end = clause_bounds(unit.text, b.end(), unit.start, unit.end)
    return not (bigrams(claim.text[a.end():claim_end]) & bigrams(unit.text[b.end():unit_end]))


def verb_against_noun(claim: Unit, e: int, unit: Unit, ue: int) -> bool:
    """A word of how much said of a verb (空襲をほとんど受けなかった) against
    one said of a noun the claim never names (多くの都市は): two counts."""
    b = _COUNTED_NOUN.match(unit.text, ue, unit.end)
    return (b is not None and not claim.text.startswith(("の", "な"), e) and b.group(1) not in claim.body
            and counted_topic(claim, e) is None)


def one_alone(u: Unit, s: int, e: int) -> bool:
    """「の一つ」 before しか (正面の一つしか造られなかった): only one, not
    one of many."""
    return u.text[s:e] in ONE_OF and u.text.startswith("しか", e)


_OWNER = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}]+)の$")


def owned_by_others(claim: Unit, s: int, e: int, unit: Unit, us: int, ue: int) -> bool:
    """Two words of quantity each said of a whole before の, two wholes (島の
    すべて / 鹿児島市の一部), or one of a whole and the other of the things
    after it (本国領土の一部 / すべての海外植民地), or of a whole the
    details' sentence never names."""
    a = _OWNER.search(claim.text, max(claim.start, s - 12), s)
    b = _OWNER.search(unit.text, max(unit.start, us - 12), us)
    if a is None:
        # Before the details' word, の may only qualify it (悲願の初タイトル).
        return False
    counted = _COUNTED_NOUN.match(claim.text, e, claim.end)
    if b is None:
        b = _COUNTED_NOUN.match(unit.text, ue, unit.end)
        if b is not None and counted is not None and counted.group(1) == b.group(1):
            return False  # 帝国内の一部の自由人 / すべての自由人: one noun counted, a place before it
        if b is None:
            # The details' word counts what was named before (その多く): a
            # whole of the claim's that the sentence never names is another.
            owner = bigrams(a.group(1))
            return bool(owner) and not owner & bigrams(unit.body)
    return not matches(a.group(1), b.group(1))


# An ordinal that picks one of a series (1号機, 第2回, 3代目).
_ORDINAL = compile_re(r"第([0-9０-９]+)|([0-9０-９]+)(?:号|回目|代目|期)")


def _ordinals(u: Unit, at: int) -> set:
    lo, hi = clause_bounds(u.text, at, u.start, u.end)
    return {m.group(1) or m.group(2) for m in _ORDINAL.finditer(u.text, lo, hi)}


def other_ordinal(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """The two clauses speak of different members of a series (2号機で成功
    / 1号機の打ち上げに失敗)."""
    mine, theirs = _ordinals(claim, s), _ordinals(unit, us)
    return bool(mine and theirs) and mine.isdisjoint(theirs)


def count_and_all(claim: Unit, s: int, e: int, unit: Unit, us: int, ue: int) -> bool:
    """Only N against all of them (2冊だけ / いずれも): no contradiction."""
    return (_counted_only(claim, s, e) and unit.text[us:ue] in ALL_OF_THEM
            or claim.text[s:e] in ALL_OF_THEM and _counted_only(unit, us, ue))


def same_owner(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """Both words are said of one whole named before の (海底部の一部 /
    海底部分の一部では…), or by the last kanji of its name (キプロス島の
    北部 / 島の北部)."""
    a = _OWNER.search(claim.text, max(claim.start, s - 12), s)
    b = _OWNER.search(unit.text, max(unit.start, us - 12), us)
    if a is None or b is None or len(a.group(1)) < 2:
        return False
    x, y = a.group(1), b.group(1)
    return matches(x, y) or len(y) == 1 and x.endswith(y) and is_kanji(y)


MOST_OR_SOME = MOST + SOME


def _clause_denied(u: Unit, at: int) -> bool:
    """The clause after ``at`` ends denied, but not by しか…ない (一部しか共有
    していない), which limits and asserts."""
    _, hi = clause_bounds(u.text, at, u.start, u.end)
    tail = CLAUSE_END_KANA.search(u.text, at, hi)
    return tail is not None and is_negative_tail(tail.group()) and _ONLY_LIMIT.search(u.text, max(u.start, at - 1), hi) is None


_ONLY_LIMIT = compile_re(f"(?:[{KANJI_UNIFIED}{PLAIN_KATAKANA}]|に|で|を|が)しか")


def rest_told(claim: Unit, s: int, e: int, unit: Unit, us: int, ue: int) -> bool:
    """Most against some, one clause denying what the other asserts: each
    tells the other's rest (発病するのは一部にとどまる / 多くの人は発病せず)."""
    return (claim.text[s:e] in MOST_OR_SOME and unit.text[us:ue] in MOST_OR_SOME
            and _clause_denied(claim, e) != _clause_denied(unit, ue))


# Grammar between a set and the word that counts all or one of it; the set
# by its name, without a count after it (プレーリー|3州の一つ).
_SET_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}}?)(?:[0-9０-９]+[{KANJI_UNIFIED}]?)?"
                         "(?:で|は|が|も|と|の|を)?$")


def _counted_set(u: Unit, at: int) -> str | None:
    m = _SET_BEFORE.search(u.text, max(u.start, at - 16), at)
    return m.group(1) if m else None


_ALL_OR_ONE = ALL_OF_THEM + ONLY


def other_sets(claim: Unit, s: int, e: int, unit: Unit, us: int, ue: int) -> bool:
    """All of one set against only one of another (二度の国民投票でいずれも /
    ノルウェーとスイスだけ): each counts the set right before it, and neither
    sentence names the other's."""
    if claim.text[s:e] not in _ALL_OR_ONE or unit.text[us:ue] not in _ALL_OR_ONE:
        return False
    a, b = _counted_set(claim, s), _counted_set(unit, us)
    return a is not None and b is not None and a not in unit.body and b not in claim.body


ONLY_WORDS = ONLY + ("しかな",)
SEVERAL = ("数少ない", "の一つ", "のひとつ", "複数", "複数ある", "いくつかある", "いくつも")
ONE_OF = ("の一つ", "のひとつ")
# A count of two or more, with its counter, right before a word (2社しかない).
_SEVERAL_BEFORE = compile_re(r"(?:[2-9２-９]|[1-9１-９][0-9０-９]+|[二三四五六七八九十])[^0-9０-９、。]{0,2}$")
_COUNTER_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]*)[0-9０-９一二三四五六七八九十]([^0-9０-９、。{HIRAGANA}]{{1,2}})$")


def several_only(claim: Unit, s: int, e: int, unit: Unit, us: int, ue: int) -> bool:
    """Only two or more (2社しかない) against one of several (数少ない社の
    一つ): both say a few.  Only a count of another thing (甲板を1層だけ
    持つ / 軍艦の種類の一つ), or one of a set the other's clause never names
    (ペプチドホルモンの一つ / 血糖値を下げるホルモンはインスリンしかない),
    says nothing of what the other is one of."""
    for (x, xs, xe), (y, ys, ye) in (((claim, s, e), (unit, us, ue)), ((unit, us, ue), (claim, s, e))):
        # (Many said of a subject of its own that the other clause never names,
        # マレー人が多く住み, is compared only by the thing counted: 2島だけ counts
        # islands, not people; 住民は3人だけ / 住民が多く住む counts one thing.)
        subject = _said_of(y, ys) if y.text[ys:ye] in MANY and y.text.endswith(("が", "は"), y.start, ys) else None
        many = subject is not None and subject not in x.text[slice(*clause_bounds(x.text, xs, x.start, x.end))]
        if x.text[xs:xe] not in ONLY_WORDS or y.text[ys:ye] not in SEVERAL and not many:
            continue
        if not many and _SEVERAL_BEFORE.search(x.text, max(x.start, xs - 5), xs):
            return True
        counted = _COUNTER_BEFORE.search(x.text, max(x.start, xs - 12), xs)
        # A counter of any thing (団体1つだけ) counts the noun before the number.
        thing = counted and (counted.group(1) if counted.group(2) in ("つ", "個") else counted.group(2))
        if thing and thing[-2:] not in y.text[max(y.start, ys - 6):min(y.end, ye + 6)]:
            return True
        named = _counted_set(y, ys) if y.text[ys:ye] in ONE_OF else None
        if named and named not in x.text[slice(*clause_bounds(x.text, xs, x.start, x.end))]:
            return True
    return False


# Words of amount, which may count a share of a whole (多くは, 多くの) or
# set two kinds against each other (有機化合物が多く、無機化合物は少ない).
_MUCH = ("多く", "多い")
_LITTLE = ("少なく", "少ない")


def amounts_set_against(u: Unit, s: int, e: int, other_unit: Unit) -> bool:
    """A word of amount ending its clause, and its opposite ending another
    clause of the sentence (有機化合物が圧倒的に多く、無機化合物ははるかに
    少ない): two kinds compared by number, not a share of one whole, unless
    the other sentence names the kind the word is said of (後遺症が残る患者
    は一部 / 回復する患者は少なく、後遺症が残る患者が多い).

        pass: 炭素を含む化合物の一部は無機物とされる / 知られている数では有機化合物が多く、無機化合物は少ない
        fail: 後遺症が残る患者は一部である / 回復する患者は少なく、後遺症が残る患者が多い
    """
    word = u.text[s:e]
    other = _LITTLE if word in _MUCH else _MUCH if word in _LITTLE else None
    if other is None or e < u.end and u.text[e] not in "、。，．":
        return False
    lo, hi = clause_bounds(u.text, s, u.start, u.end)
    said_of = _said_of(u, s, lo)
    if said_of is not None and said_of in other_unit.body:
        return False
    # (The opposite said of its own subject, 少ないとされる, not of a noun after it: 少ない国.)
    return any(at + len(w) >= u.end or u.text[at + len(w)] in "、。，．" or is_hiragana(u.text[at + len(w)])
               and u.text[at + len(w)] != "の"
               for w in other for at in find_all(u.text, w, u.start, u.end) if not lo <= at < hi)


# The kind a word of amount is said of: the nearest subject before it, with
# what it is of (軽症の患者が|多く, 有機化合物が|圧倒的に多く).
_SUBJECT = compile_re(f"((?:[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+の)?[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})(?:が|は)")


def _said_of(u: Unit, at: int, lo: int | None = None) -> str | None:
    found = list(_SUBJECT.finditer(u.text, max(u.start, at - 24) if lo is None else lo, at))
    return found[-1].group(1) if found else None


# The noun right before だけ or のみ (立野の切れ目だけ), its kana inside it and no particle.
_LIMITED = compile_re(f"((?:[{KANJI_UNIFIED}]+(?:(?![のがをにはとでもやへ])[{HIRAGANA}]){{1,2}})?[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+)$")


def quantities_apart(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """The two words of quantity count two things: see :func:`limited_elsewhere`
    and :func:`ranked_apart`."""
    return limited_elsewhere(claim, s, unit, us) or ranked_apart(claim, s, unit, us)


# What a ranking is made among, right before its word (州内で最も, 全米で3番目, 世界最北).
_RANK_SCOPE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+?)(?:内|の中|のなか)?で?$")
_RANKS = ("最", "もっとも", "1番目", "2番目", "3番目", "二番目", "三番目", "２番目", "３番目")
_AFTER_ANOTHER = compile_re("に次(?:いで|ぐ)")
# The measure a rank is of: its first kanji after the rank (最長, 最も長い, 2番目に長い: 長).
_RANKED_MEASURE = compile_re(f"(?:最も|もっとも|最|[0-9０-９一二三]番目に?)([{KANJI_UNIFIED}])")


def ranked_apart(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """Two ranks among two sets (州内で最も人口が多い / 全米で3番目に人口の多い),
    or of two measures; before に次いで stands what ranks above, not the set."""
    if not claim.text.startswith(_RANKS, s) or not unit.text.startswith(_RANKS, us):
        return False
    # (The sentence gives the claim's rank too, of another measure: 人口では2番目だが、面積は最も;
    # or a first after another is a second: 京都大学に次いで国内で最も古い.)
    mine = claim.text[s:s + 3] if claim.text.startswith("番目", s + 1) else claim.text[s:s + 2]
    if unit.text.find(mine, unit.start, unit.end) > -1 or any(
            u.text.startswith(("最", "もっとも"), at) and _AFTER_ANOTHER.search(u.text, max(u.start, at - 14), at)
            for u, at in ((claim, s), (unit, us))):
        return True
    if "最初" in (claim.text[s:s + 2], unit.text[us:us + 2]):
        return False
    # (Two measures ranked: 最大 / 2番目に長い.)
    a, b = _RANKED_MEASURE.match(claim.text, s, claim.end), _RANKED_MEASURE.match(unit.text, us, unit.end)
    if a is not None and b is not None and a.group(1) != b.group(1):
        return True
    a = _RANK_SCOPE.search(claim.text, max(claim.start, s - 8), s)
    b = _RANK_SCOPE.search(unit.text, max(unit.start, us - 8), us)
    return a is not None and b is not None and a.group(1) not in b.group(1) and b.group(1) not in a.group(1)


def limited_elsewhere(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """The claim limits a noun (切れ目だけを通って) that the details' sentence
    names after a word of all pointing back, past its act (両者は立野で合流
    して…切れ目から): the details count what was named before."""
    if claim.text[s:s + 2] not in ONLY or not unit.text.startswith(_POINTING_BACK, us):
        return False
    noun = _LIMITED.search(claim.text, max(claim.start, s - 12), s)
    if noun is None:
        return False
    lo, hi = clause_bounds(unit.text, us, unit.start, unit.end)
    # (Named before the word, it may be what the word counts: A、B、Cは、いずれも.)
    at = unit.text.find(noun.group(1), us, unit.end)
    # (A verb in its て form between them ends one act: 合流して|…切れ目から.)
    return at > -1 and (at >= hi or _ACT_ENDED.search(unit.text, us, at) is not None)


_ACT_ENDED = compile_re("(?:して|って|いて|んで)(?![はもい])")
# Words of all that count what was named before them (両者は, いずれも).
_POINTING_BACK = ("両者", "双方", "いずれも", "どちらも", "両方")
