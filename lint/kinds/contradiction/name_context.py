"""What the details say around a name: the words beside a mention, and
whether the details tell a name the way the claim does.

Both keep the comparison of names quiet where the claim only restates the
details: a name said in like words somewhere (:func:`said_alike`), or told
with what the claim says it did (:func:`told_with_its_clause`).
"""

from __future__ import annotations

from bisect import bisect_left

from lint.cache.programs import compile_re
from lint.kinds.contradiction.entities import Mention
from lint.kinds.contradiction.units import Settings, Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import KANJI, bigrams, clause_bounds, last_word, overlap, script

# Characters on each side of a mention that make its context.
CONTEXT = 16


def context(u: Unit, m: Mention, cache: dict) -> set:
    """Content bigrams around a mention, the mention itself left out, within
    its clause (the next clause names other things: 北東をカナダの…州に、北西を…)."""
    key = ("ctx", u.start, m.start, m.end)
    found = cache.get(key)
    if found is None:
        before = u.text[max(u.start, m.start - CONTEXT):m.start]
        after = u.text[m.end:min(u.end, m.end + CONTEXT)]
        before = before[max(before.rfind(c) for c in CLAUSE_MARKS) + 1:]
        cut = [i for i in (after.find(c) for c in CLAUSE_MARKS) if i >= 0]
        after = after[:min(cut)] if cut else after
        # Digits say when or how many, not what the name does (1898年に).
        found = cache[key] = {g for g in bigrams(before + " " + after) if not g.isdigit()}
    return found


CLAUSE_MARKS = "、。，"


def detail_mentions(details: list, mentions_of, cache: dict) -> dict:
    """name → [(sentence, mention)] for every mention in the details (once per post)."""
    found = cache.get("detail-mentions")
    if found is None:
        found = cache["detail-mentions"] = {}
        for u in details:
            for m in mentions_of(u):
                found.setdefault(m.name, []).append((u, m))
    return found


def said_alike(ctx_x: set, name: str, details: list, cfg: Settings, mentions_of, cache: dict) -> bool:
    """Do the details mention ``name`` somewhere in words like ``ctx_x``?

    Contexts are built only for the name asked about, and only until one
    matches: most mentions in the details are never compared.
    """
    for u, m in detail_mentions(details, mentions_of, cache).get(name, ()):
        if overlap(ctx_x, context(u, m, cache)) >= cfg.entity_context:
            return True
    return False


def told_with_its_clause(claim: Unit, x: Mention, unit: Unit, y: Mention, details: list, mentions_of,
                          cache: dict) -> bool:
    """The details name ``x`` in another sentence that holds most of what the
    claim says ``x`` did (the rest of its clause, past the words around
    ``y`` that made the two look alike), and as much of it as ``unit``:
    バイデン政権が撤回し / バイデン大統領は…撤回を表明した."""
    # What the clause says around the name: 初代総裁は|サウジアラビア|出身で.
    lo, hi = clause_bounds(claim.text, x.start, claim.start, claim.end)
    words = bigrams(claim.text[lo:x.start] + " " + claim.text[x.end:hi]) - context(unit, y, cache)
    least = max(1, len(words & bigrams(unit.body)), HELD_SHARE * len(words))
    naming = detail_mentions(details, mentions_of, cache).get(x.name, ())
    if any(u.start != unit.start and len(words & bigrams(u.body)) >= least for u, _ in naming):
        return True
    if _told_on_in_paragraph(claim, x, unit, naming, details):
        return True
    # …or one that ends on the verb the claim's clause ends on, which ``unit``
    # lacks: 日本では…処分地がまだ決まっていない is told by 日本では…場所が
    # 決まっておらず, not by フィンランドでは…処分場の建設が進む.
    # (Only a name set as the clause's topic or subject is what its last verb tells of.)
    if not claim.text.startswith(_TOPIC_MARKS, x.end):
        return False
    verb = _clause_verb(claim.text, lo, hi)
    return bool(verb) and verb not in unit.body and any(u.start != unit.start and _in_one_clause(u, x.name, verb)
                                                        for u, _ in naming)


def _told_on_in_paragraph(claim: Unit, x: Mention, unit: Unit, naming, details: list) -> bool:
    """A detail sentence names ``x`` and the next one of its paragraph goes
    on to say more of the claim than ``unit`` does (東京大会では、…。総合
    馬術の個人では戸本一真が4位に入り / パリ大会では…戸本一真…が総合馬術の
    団体で3位に入った): the name set the scene the claim sums up."""
    words = bigrams(claim.body) - bigrams(claim.text[x.start:x.end])
    theirs = len(words & bigrams(unit.body))
    starts = [u.start for u in details]
    for u, _ in naming:
        k = bisect_left(starts, u.start)
        if u.start == unit.start or k + 1 >= len(details):
            continue
        after = details[k + 1]
        if after.start == unit.start or not 0 <= after.start - u.end <= 2 or "\n" in u.text[u.end:after.start]:
            continue
        if len(words & bigrams(u.body + after.body)) > theirs:
            return True
    return False


def _in_one_clause(u: Unit, name: str, word: str) -> bool:
    at = u.text.find(word, u.start, u.end)
    while at != -1:
        lo, hi = clause_bounds(u.text, at, u.start, u.end)
        if u.text.find(name, lo, hi) != -1:
            return True
        at = u.text.find(word, at + 1, u.end)
    return False


_TOPIC_MARKS = ("は", "では", "が", "も")


def acts_apart(claim: Unit, x: Mention, unit: Unit, y: Mention) -> bool:
    """The two names' clauses end on verbs of no common letter, neither said
    in the other sentence (ソ連が機構を結成したのは / 東ドイツが西ドイツに
    吸収される形でドイツが統一され): two acts, each of its own doer."""
    mine = _clause_verb(claim.text, *clause_bounds(claim.text, x.start, claim.start, claim.end))
    theirs = _clause_verb(unit.text, *clause_bounds(unit.text, y.start, unit.start, unit.end))
    return (len(mine) >= 2 and len(theirs) >= 2 and not set(mine) & set(theirs)
            and mine not in unit.body and theirs not in claim.body)


def _clause_verb(text: str, lo: int, hi: int) -> str:
    """The word a clause ends on, with the kana after a one-letter stem (決ま)."""
    word = last_word(text[lo:hi])
    if not word or script(word[0]) != KANJI:
        return ""
    at = text.rfind(word, lo, hi) + len(word)
    if len(word) >= 2:
        return word
    return text[at - 1:at + 1] if at < hi else ""


# Share of what the claim says a name did that another sentence must hold.
HELD_SHARE = 0.5


# A name right after another, a level of place or の between, and a title of
# up to four kanji before it (カリフォルニア州バーバンク, 英国のロンドン,
# オーストリアの首都ウィーン).
_NAME_AFTER = compile_re(f"[州県市町村区郡]?の?([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー・]{{2,}})")
_TITLE_KANJI = 4


def placed_name(text: str, end: int, stop: int, told: str) -> str:
    """The name that the name ending at ``end`` places (its country, its
    state), if ``told`` holds it; or ""."""
    m = _NAME_AFTER.match(text, end, stop)
    if m is None:
        return ""
    run = m.group(1)
    for k in range(min(_TITLE_KANJI, len(run) - 2) + 1):
        if k and script(run[k - 1]) != KANJI:
            break
        if len(run) - k >= 2 and run[k:] in told:
            return run[k:]
    return ""
