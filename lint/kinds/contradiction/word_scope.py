"""Where an opposing word says less than it seems: readings
:mod:`~lint.kinds.contradiction.antonyms` asks of a pair of hits.

    PICKED_OUT: 売却されなかった残りの部門 (a denial picking out the rest)
    PROPOSED: 買収提案 (what was proposed, no act)
    acts_differ: 戦前には…あった / 戦後…消え (a state before, an act after)
    limited_word_absent: 名称独占のみ / 建築家の多く (two things counted)
    group_named: AとBは…名前だけが / AとBはいずれも (the group itself named)
    only_told: 摂政だけが / このうち摂政だけは (the details limit it too)
    NOT_ONLY: だけでなく (not only)
    tally: 賛成が9割 (a tally of votes)
    year_given: 翌1876年 (a relative time dated outright)
"""

from __future__ import annotations

import unicodedata

from lint.cache.programs import compile_re
from lint.kinds.contradiction.being import existence
from lint.kinds.contradiction.predicates import NOUN_RUN_AT_END, predicates
from lint.kinds.contradiction.scope import ONLY, aimed_at
from lint.kinds.contradiction.units import Unit, containing
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import clause_bounds, find_all


# A denial describing a noun (売却されなかった残りの部門): it picks out
# things the act passed by, and denies nothing the claim says was done.
# Words that say a thing of every one (すべての, 必ず; not ほぼすべて): a
# denial that picks some out answers them.
UNIVERSAL = compile_re("(?<!ほぼ)(?<!ほとんど)(?:すべて|全て)|いずれも|どれも|必ず|例外なく")
PICKED_OUT = compile_re(f"[{HIRAGANA}]{{0,4}}(?:なかった|ない)(?=[{KANJI_UNIFIED}{PLAIN_KATAKANA}])")
# Words after one that name a proposal or a plan of it (買収提案, 撤退計画).
PROPOSED = ("提案", "計画", "構想", "交渉", "協議", "要求", "要請", "案")


def _act_after(u: Unit, at: int) -> str | None:
    """The first predicate after ``at`` in its clause (消え, あった → 存在)."""
    _, hi = clause_bounds(u.text, at, u.start, u.end)
    found = [p for p in predicates(u.text, at, hi) + existence(u.text, at, hi) if not p.adnominal]
    return min(found, key=lambda p: p.start).key if found else None


def acts_differ(claim: Unit, e: int, unit: Unit, ue: int) -> bool:
    """Two words of time, one before a state of being and the other before
    an act (戦前には上方にもあった / 戦後の混乱期に消え): what was before
    is not what happened after."""
    mine, theirs = _act_after(claim, e), _act_after(unit, ue)
    return mine is not None and theirs is not None and (mine == "存在") != (theirs == "存在")


def ranks_apart(claim: Unit, e: int, unit: Unit, ue: int) -> bool:
    """Two words of order, one ranking a thing (最後の発電所を閉鎖し) and the
    other an act (最初に撤退した): orders of different things."""
    return _ranks_a_thing(claim, e) != _ranks_a_thing(unit, ue)


def _ranks_a_thing(u: Unit, e: int) -> bool:
    """A word of order before a noun (最後の発電所を閉鎖し) ranks that thing
    among its kind; before an act (最初に撤退した) it ranks the act: the
    two orders are of different things."""
    noun = _NOUN_AFTER.match(u.text, e, u.end) if u.text.endswith(("最初", "最後"), 0, e) else None
    # (A doer, 最後の走者, 最初の到着者, 最後の出番の落語家, ranks the act after all.)
    return noun is not None and noun.group(1)[-1] not in "者手員人家"


# The noun after の, to the last of a chain (最後の出番の落語家: 落語家).
_NOUN_AFTER = compile_re(f"の((?:[{KANJI_UNIFIED}{PLAIN_KATAKANA}]+の)*[{KANJI_UNIFIED}{PLAIN_KATAKANA}]+)")


def manners_of_other_acts(claim: Unit, e: int, unit: Unit, ue: int) -> bool:
    """Both words tell the manner (共同で / 単独で) of acts whose verbs share
    no letter (王位に就いた / 統治した): how one act was done says nothing of
    the other."""
    mine, theirs = _manner_verb(claim, e), _manner_verb(unit, ue)
    return mine is not None and theirs is not None and not set(mine) & set(theirs)


def _manner_verb(u: Unit, e: int):
    if not u.text.startswith("で", e):
        return None
    _, hi = clause_bounds(u.text, e, u.start, u.end)
    m = _LAST_VERB.search(u.text, e + 1, hi)
    return m.group(1) if m else None


# The verb ending a clause: kanji, then kana that are no particle (性質がある holds none).
_LAST_VERB = compile_re(f"([{KANJI_UNIFIED}]+)(?![がをにはもでとのへ])[{HIRAGANA}]+[、。]?$")




def _limited_word(claim: Unit, s: int):
    """The word right before a word of "only" at ``s`` (名称独占|のみ)."""
    return NOUN_RUN_AT_END.search(claim.text, max(claim.start, s - 12), s)


def limited_word_absent(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """The word the claim limits (名称独占のみ) is not in the clause of the
    details' word (建築家の多くは): they count two things."""
    word = _limited_word(claim, s)
    # (A word that points back, 同局だけ, names what the other clause may call otherwise.)
    if word is None or word.group().startswith(("同", "当", "その", "この")):
        return False
    lo, hi = clause_bounds(unit.text, us, unit.start, unit.end)
    return word.group() not in unit.text[lo:hi]


# The members of a group before a word of "all of them" (AとBはいずれも).
_MEMBERS = compile_re("[とや・、]")


def group_named(u: Unit, at: int, other: Unit, other_at: int) -> bool:
    """The members of the group that ``u``'s word of "all of them" at
    ``at`` counts (学芸大学駅と都立大学駅はいずれも), two or more, are not
    what ``other``'s だけ at ``other_at`` picks out: they are all named in
    ``other`` and だけ follows none of them (学芸大学駅と都立大学駅は…名前
    だけが残っている), or none of them stands right before the object it
    limits (ケルゼンとハートはいずれも / 定められた法だけを法と見なす).  Not when だけ picks
    one of a set (のうち一方だけ)."""
    before = other.text[max(other.start, other_at - 16):other_at]
    limited = _limited_word(other, other_at)
    if limited is not None and limited.group().startswith(("一", "片", "1", "１")) or "のうち" in before:
        return False
    lo, _ = clause_bounds(u.text, at, u.start, u.end)
    # (The group set off by a comma, AとBは、いずれも: the clause before it.)
    if lo == at and lo > u.start and u.text[lo - 1] in "、，":
        lo, _ = clause_bounds(u.text, lo - 1, u.start, u.end)
    head = u.text[lo:at].rstrip("、，")
    for particle in ("は", "が", "も", "の"):
        if head.endswith(particle):
            head = head[:-1]
            break
    members = [m for m in _MEMBERS.split(head) if m]
    if len(members) < 2:
        return False
    # (森鷗外だけが, 鷗外だけが: one of them picked out; not 大学 of 学芸大学駅.)
    word = limited.group() if limited is not None else None
    if word is not None and all(len(m) >= 2 and m in other.body and not (
            m.startswith(word) or m.endswith(word) or word.endswith(m)) for m in members):
        return True
    # (Only for the object of a verb, 法だけを: a subject or a cleft, 合格したのは
    # 年上の方だけ, may pick out a member by what it is.)
    if not other.text.startswith(("だけを", "のみを"), other_at):
        return False
    near = other.text[clause_bounds(other.text, other_at, other.start, other.end)[0]:other_at][-_LIMITED_REACH:]
    return not any(m in near or len(m) > 2 and m[-2:] in near for m in members)


# How far before だけ the word it limits may start (名誉会長の森鷗外だけ).
_LIMITED_REACH = 12


def only_told(claim: Unit, s: int, details: list[Unit], cache: dict) -> bool:
    """The details limit the same word (摂政だけが復活した / このうち摂政だけは
    のちに復活し): what they say of all of a list (三職がそろって廃止され)
    is said before the one was set apart."""
    word = _limited_word(claim, s)
    return word is not None and any(word.group() + only in u.body
                                    for u in containing(details, (word.group()[-2:],), cache) for only in ONLY)


# だけでなく, だけではない, だけのものではない: not only, so more than what is named.
NOT_ONLY = compile_re("(?:の(?:もの|こと))?(?:で|では)な[いく]|ならず")


# A word given its share or count right after it (賛成が9割, 賛成569票): a
# tally of votes, which says nothing against a party's stance (中央政府の反対).
_TALLY = compile_re(r"[がはで]?(?:約|およそ|ほぼ)?[0-9０-９一二三四五六七八九十.．,，]+(?:割|%|％|パーセント|票)")


def tally(text: str, end: int) -> bool:
    return _TALLY.match(text, end) is not None


def tallied_alike(claim: Unit, s: int, e: int, unit: Unit, ue: int) -> bool:
    """Both words are tallies or neither is; and a tally of the claim's word
    the sentence gives too (賛成569票、反対80票) leaves its other tally alone."""
    mine = tally(claim.text, e)
    if mine != tally(unit.text, ue):
        return False
    word = claim.text[s:e]
    return not mine or not any(tally(unit.text, k + len(word)) for k in find_all(unit.text, word, unit.start, unit.end))


_YEAR_AFTER = compile_re(r"[0-9０-９]{4}年")


def year_given(unit: Unit, ue: int, claim: Unit, s: int, us: int) -> bool:
    """A relative time the details date outright (翌1876年1月), to a year the
    claim's paragraph gives too: the two agree on when, whatever each
    counts from (1876年…。前年に起きた事件を口実に).  Or each word counts
    from another date its own paragraph gives before it (8月14日に…翌日 /
    8月15日正午、前日に録音された): two days, whose order the numbers compare."""
    paragraph = claim.text.rfind("\n", 0, claim.start) + 1
    m = _YEAR_AFTER.match(unit.text, ue)
    if m is not None and m.group() in claim.text[paragraph:claim.end]:
        return True
    word = claim.text[s:s + 2]
    anchor = _DAY if word.endswith("日") else _YEAR if word.endswith("年") else None
    if anchor is None:
        return False
    # (The sentence before may give it: 8月14日に受諾を決めた。翌日には….)
    mine = anchor.findall(claim.text, paragraph, s)
    theirs = anchor.findall(unit.text, unit.text.rfind("\n", 0, unit.start) + 1, us)
    return bool(mine) and bool(theirs) and unicodedata.normalize("NFKC", mine[-1]) != unicodedata.normalize("NFKC", theirs[-1])


_DAY = compile_re(r"[0-9０-９]{1,2}月[0-9０-９]{1,2}日")
_YEAR = compile_re(r"[0-9０-９]{3,4}年")


# A state held before what came next (握ってきたが); not a trend ending the sentence (減ってきた。).
_HELD = ("ていた", "でいた", "てきた", "を続けていた", "が続いていた", "を続けてきた", "が続いてきた")
_TREND_NOW = compile_re("(?:てきた|を続けてきた|が続いてきた)(?:。|$)")


def held(text: str, at: int) -> bool:
    """A state told held at ``at`` (築いていた, 握ってきたが), not a trend up to now."""
    return text.startswith(_HELD, at) and not _TREND_NOW.match(text, at)


def in_condition(u: Unit, e: int) -> bool:
    """The word ending at ``e`` states a condition, not a fact (顕著に認め|
    られる場合には, 認めれば, 認めるなら); not a frequency (低い場合が多い).
    So does a plain verb and と in a sentence that tells what happens as a
    rule (血糖値が上がると、…分泌する), unlike one that tells what happened
    (戦争が始まると、…引き上げた)."""
    tail = _TAIL.match(u.text, e, u.end)
    after = tail.end() if tail else e
    if u.text.startswith(_CONDITION, after) or u.text.endswith(("れば", "なら", "たら"), e, after):
        return True
    # (A year or a past tense after it tells one occasion: 1600年の…勝利すると、
    # …握ることになる; …滅亡したといわれる.)
    return (after - e >= 1 and u.text.endswith("と", e, after) and u.text[after - 2] in _PLAIN_LAST
            and u.text.startswith("、", after) and u.text[u.end - 1 - u.text.endswith("。", u.start, u.end)] in _PLAIN_LAST
            and _YEAR.search(u.text, u.start, u.end) is None and _PAST.search(u.text, after, u.end) is None)


_TAIL = compile_re(f"[{HIRAGANA}]+")
# The last letter of a verb or adjective in its plain non-past form.
_PLAIN_LAST = "るうくすつぬむぶぐい"
_YEAR = compile_re("[0-9０-９]{3,4}年")
_PAST = compile_re("た(?:[。、」]|と|の|$)")
_CONDITION = ("場合には", "場合は", "場合、", "ならば", "なら、", "限り")


def sought_or_feared(claim: Unit, s: int, e: int, unit: Unit, us: int, ue: int) -> bool:
    """Either word is what someone sought (see :func:`~lint.kinds.contradiction.scope.aimed_at`),
    or one gives an act's motive by a harm feared and the other by a good kept
    (倒壊の危険から / 安全のために): one concern, told from each end."""
    if aimed_at(unit, ue) or aimed_at(claim, e):
        return True
    return any(a.text[x:y] in _KEPT and _FOR_KEEPING.match(a.text, y, a.end) is not None
               and _FOR_FEAR.match(b.text, z, b.end) is not None
               for a, x, y, b, z in ((claim, s, e, unit, ue), (unit, us, ue, claim, e)))


# Goods an act is done to keep, and how a motive of keeping or of fear is told.
_KEPT = frozenset(("安全", "安定", "治安", "秩序", "健康"))
_FOR_KEEPING = compile_re("(?:の)?(?:ため|を確保|を守|を保)")
_FOR_FEAR = compile_re("(?:性)?(?:から|を避け|を恐れ|のおそれ|の恐れ)")
