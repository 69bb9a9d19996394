"""One exchange or one match told from either party, and an act told
by its undoing.

「AがBに売った」 and 「BがAから買った」 tell one sale; 「AがBを破った」 and
「BがAに敗れた」 one match.  The words oppose each other (売 / 買, 勝 / 敗)
but the sentences agree when their subjects are the two parties.  And
「基地を建設していた」 agrees with 「基地を撤去した」: what was removed had
stood before (pairs marked ``undoes``).
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import topic_before, unit_chunks
from lint.kinds.contradiction.dated import span_dated_with
from lint.kinds.contradiction.file_data import AntonymPair
from lint.kinds.contradiction.role_words import matches
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import clause_bounds

# Verbs told from either party of one exchange (AがBに売る / BがAから買う)
# or one match (AがBを破る / BがAに敗れる).
MATCH = ("勝", "負", "破", "打ち破", "撃破", "敗", "大勝", "圧勝", "辛勝", "大敗", "惨敗", "完敗")
# …or of one thing changing hands (ブルガリアは…を失い / ルーマニアは…を手に入れた).
CHANGING_HANDS = ("失", "手に入れ", "獲得", "得", "奪", "譲")
# An exchange: goods or money changing hands between two parties.
EXCHANGE = ("売", "買", "購入", "販売", "貸", "借", "融資")
CONVERSE = EXCHANGE + MATCH + CHANGING_HANDS


def converse_sides(claim: Unit, s: int, unit: Unit, us: int, cache: dict) -> bool:
    """Two verbs of one exchange said with different subjects (GENDAが…買い
    取った / 事業は…GENDAへ売却された): the two sides of one sale, or of
    one match (BがAに敗れ / AがBを破って); or of two matches, each named,
    fought by others (see :func:`_two_fights`)."""
    if not (claim.text.startswith(CONVERSE, s) and unit.text.startswith(CONVERSE, us)):
        return False
    if (_one_source(claim, s, unit, us) or _one_loser(claim, s, unit, us) or _thing_exchanged(claim, s, unit, us)
            or _taker_named(claim, s, unit, us, cache)):
        return True
    mine, theirs = _doer(claim, s, cache), _doer(unit, us, cache)
    if mine is None or theirs is None or mine.word == theirs.word:
        return False
    if not claim.text.startswith(MATCH, s):
        return True
    # A match has two sides: the winner of one sentence must be named in the
    # other's clause as the opponent (イギリスに敗れ / イギリスは…両国を破った),
    # not some third party (規格争いに勝利 / ソニーは…敗れ).
    # …or both sentences name both sides (ボリビアが敗れ、…パラグアイのものと
    # なった / ボリビアと…戦い、パラグアイが勝利して).
    return (_named_in_clause(theirs.word, claim, s, cache) or _named_in_clause(mine.word, unit, us, cache)
            or all(side in u.body for side in (mine.word, theirs.word) for u in (claim, unit))
            or _one_fight(claim, s, unit, us) or _two_fights(claim, s, unit, us, mine.word, theirs.word))


# An exchange (not a match) in the passive, told of what changes hands.
_PASSIVE_AFTER = compile_re(f"[{KANJI_UNIFIED}]*(?:され|られ|[かわ]れ)")


def _thing_exchanged(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """One sentence tells what was sold or lent, in the passive, with no
    party (全米で販売されている): the other may tell it from either party
    (どこでも買うことができる)."""
    return any(a.text.startswith(EXCHANGE, at) and _passive_at(a, at) and not _party_before(a, at)
               and not (b.text.startswith(EXCHANGE, bt) and _passive_at(b, bt))
               for (a, at), (b, bt) in (((claim, s), (unit, us)), ((unit, us), (claim, s))))


def _party_before(u: Unit, at: int) -> bool:
    """A party named in the verb's clause (美術館に売却された, 美術館から購入された)."""
    lo, _ = clause_bounds(u.text, at, u.start, u.end)
    return _PARTY.search(u.text, lo, at) is not None


_PARTY = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}}(?:に|から|へ|より)(?![{KANJI_UNIFIED}])")


def _passive_at(u: Unit, at: int) -> bool:
    word = next(w for w in EXCHANGE if u.text.startswith(w, at))
    return _PASSIVE_AFTER.match(u.text, at + len(word), u.end) is not None


# The party an exchange comes from: its owner (世界銀行の|8,000万ドルの|融資)
# or the source after から (世界銀行から|借り入れた).
_OWNER_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})の(?:[^、。のをにがは]{{0,12}}の)?$")
_SOURCE_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})(?:から|より)[^、。]{{0,4}}$")


def _same_party(claim: Unit, s: int, unit: Unit, us: int, first, first_reach: int, second, second_reach: int,
                words: tuple = ((), ())) -> bool:
    """The party ``first`` finds before one sentence's word is the one
    ``second`` finds before the other's (either sentence either way round);
    ``words``: the forms each word must start with, if any."""
    for a, at, b, bt in ((claim, s, unit, us), (unit, us, claim, s)):
        if words[0] and not (a.text.startswith(words[0], at) and b.text.startswith(words[1], bt)):
            continue
        x = first.search(a.text, max(a.start, at - first_reach), at)
        y = second.search(b.text, max(b.start, bt - second_reach), bt)
        if x is not None and y is not None and x.group(1) == y.group(1):
            return True
    return False


def _one_source(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """One party gives in one sentence and is given from in the other
    (世界銀行の融資 / 世界銀行から借り入れた): one exchange told from each end."""
    return _same_party(claim, s, unit, us, _OWNER_BEFORE, 24, _SOURCE_BEFORE, 16)


# Verbs of giving in an exchange, and the party right before that takes.
_GIVING = ("売", "販売", "貸", "融資", "譲")
_TAKER_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}A-Za-zー]{{2,}})(?:に|へ)$")


def _taker_named(claim: Unit, s: int, unit: Unit, us: int, cache: dict) -> bool:
    """One sentence gives to a party (…を米国に売却した) that the other
    names, telling no one else who takes (ルイジアナ買収で米国の領土となった):
    the taker's side of one exchange."""
    for a, at, b, bt in ((claim, s, unit, us), (unit, us, claim, s)):
        taker = _TAKER_BEFORE.search(a.text, max(a.start, at - 16), at) if a.text.startswith(_GIVING, at) else None
        if taker is None:
            continue
        # (…not as the one it came from, ヨーロッパ人から奴隷を買い付けた, nor
        # beside another who takes, ソニーはパナソニックの事業を買収した.)
        at_b = b.text.find(taker.group(1), b.start, b.end)
        doer = _doer(b, bt, cache)
        if at_b != -1 and not b.text.startswith(("から", "より"), at_b + len(taker.group(1))) and (
                doer is None or doer.word == taker.group(1)):
            return True
    return False


# The one beaten, as the object of a win (連合軍を破った) or the subject of a loss (連合軍は…に敗れた).
_BEATEN_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})を$")
_LOSER_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})(?:は|が)[^、。]{{0,12}}に$")


def _one_loser(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """One party beaten in one sentence and losing in the other: one match
    told from each end, whoever the winner's name is (…連合軍を破った /
    連合軍はマケドニアに敗れた)."""
    return _same_party(claim, s, unit, us, _BEATEN_BEFORE, 16, _LOSER_BEFORE, 30)


# One comparison from each end: Xに劣る is Xのほうが優れる (Xが上回る).
_WORSE = ("劣",)
_BETTER = ("優れ", "優る", "勝る", "勝っ", "上回")
_STANDARD_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}A-Za-zー]{{2,}})に$")
_BETTER_ONE_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}A-Za-zー]{{2,}})(?:のほうが|の方が|が|は)[^、。]{{0,10}}$")


def one_comparison(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """The one a sentence is worse than (有機ELに劣る) is the one the other
    calls better (有機ELのほうが優れている): one comparison told from each end."""
    if _same_party(claim, s, unit, us, _STANDARD_BEFORE, 16, _BETTER_ONE_BEFORE, 24, (_WORSE, _BETTER)):
        return True
    # …or the one worse (劣る新政府軍が) is the one the other surpasses (新政府軍を大きく上回っていた).
    for a, at, b, bt in ((claim, s, unit, us), (unit, us, claim, s)):
        if a.text.startswith(_WORSE, at) and b.text.startswith(_BETTER, bt):
            worse = _WORSE_ONE_AFTER.match(a.text, at, a.end) or _BETTER_ONE_BEFORE.search(a.text, max(a.start, at - 24), at)
            surpassed = _SURPASSED_BEFORE.search(b.text, max(b.start, bt - 16), bt)
            if worse is not None and surpassed is not None and worse.group(1) == surpassed.group(1):
                return True
    return False


_WORSE_ONE_AFTER = compile_re(f"劣(?:る|った)([{KANJI_UNIFIED}{PLAIN_KATAKANA}A-Za-zー]{{2,}})")
_SURPASSED_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}A-Za-zー]{{2,}})(?:を|より)(?:大きく|はるかに|大幅に|やや|わずかに)?$")


# Words for the side a party fights with: its army, its camp.
SIDES_OF = ("軍", "軍勢", "勢", "方", "側", "陣営", "連合軍", "艦隊", "部隊")


# What a cleft may focus that does nothing (…したのは、1943年のことだった).
_NO_DOER = ("こと", "ため", "もの", "ところ", "とき", "頃", "ころ")
# The stem ending that joins a compound verb's parts (買い取る, 打ち破る).
_JOINING = ("い", "ち", "り", "き", "し", "み", "び", "ぎ", "え", "け", "せ", "べ", "め", "れ")


def _doer(u: Unit, at: int, cache: dict):
    """Who does the verb at ``at``: the topic or subject before it, or the
    noun it describes (勝利した大海人皇子は, これに勝った自由主義派のもとで)."""
    found = unit_chunks(u, cache)
    verb = next((k for k, c in enumerate(found) if c.start <= at < c.end), None)
    head = found[verb + 1] if verb is not None and verb + 1 < len(found) and found[verb].grammar.endswith(
        ("た", "る")) else None
    # A cleft names the doer last (買い取ったのは、…ノーブルだった).
    if verb is not None:
        last = verb
        while found[last].grammar in _JOINING and last + 1 < len(found):  # 買い|取ったのは
            last += 1
        if found[last].grammar.endswith("のは"):
            focus = next((c for c in found[last + 1:] if c.grammar.startswith(("だ", "であ", "です"))), None)
            if focus is not None and focus.word not in _NO_DOER:
                return focus
    topic = topic_before(found, at)
    # A subject by が of a clause before (内戦が起こり、これに勝った自由主義派の)
    # does not do what a verb describing the noun right after it does.
    if head is not None and topic is not None and topic.grammar.startswith("が") and (
            topic.clause != found[verb].clause and head.start == found[verb].end + len(found[verb].grammar)
            and len(head.word) > 1):
        return head
    if topic is not None:
        # A party's army or side (大海人皇子の軍は) fights for the party.
        k = found.index(topic)
        if topic.word in SIDES_OF and k and found[k - 1].grammar == "の":
            return found[k - 1]
        return topic
    if head is not None and head.grammar in ("は", "が"):
        return head
    return None


# A fight with two sides, named before the verb (宇治川の戦いに, 決勝で).
_FIGHT = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}]+の)?([{KANJI_UNIFIED}{PLAIN_KATAKANA}]*"
                    f"(?:戦い|戦|合戦|会戦|海戦|決勝|試合|選挙))(?:に|で)")


_FIGHT_PLACE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{2,}})の(?:戦い|戦|合戦|会戦|海戦)$")


def _fight_at(u: Unit, at: int, whole: bool = False) -> str | None:
    """The fight named last before ``at`` in its clause (or, ``whole``, in its sentence)."""
    lo = u.start if whole else clause_bounds(u.text, at, u.start, u.end)[0]
    found = list(_FIGHT.finditer(u.text, lo, at))
    return "".join(g or "" for g in found[-1].groups()) if found else None


def _one_fight(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """Both clauses name one fight before the verb (幕府軍は宇治川の戦いに
    勝ち / 上皇方は…宇治川の戦いでも敗れた): it has two sides, and two
    subjects may stand on either."""
    a, b = _fight_at(claim, s), _fight_at(unit, us)
    if a is not None and a == b:
        return True
    # The fight named by its place in the other (クストーツァの戦いで勝ち /
    # クストーツァで敗れた).
    return _at_its_place(a, unit, us) or _at_its_place(b, claim, s)


def _two_fights(claim: Unit, s: int, unit: Unit, us: int, mine: str, theirs: str) -> bool:
    """Two parties, neither named like the other, in two fights each named
    (プロイセン軍が…ケーニヒグレーツの戦いで大勝 / イタリアが…リッサ海戦
    でも敗北): two matches, not one told two ways."""
    a, b = _fight_at(claim, s, whole=True), _fight_at(unit, us, whole=True)
    return a is not None and b is not None and a != b and not matches(mine, theirs) and not (
        _at_its_place(a, unit, us) or _at_its_place(b, claim, s))


def _at_its_place(fight: str | None, u: Unit, at: int) -> bool:
    place = _FIGHT_PLACE.match(fight) if fight else None
    if place is None:
        return False
    lo, _ = clause_bounds(u.text, at, u.start, u.end)
    return u.text.find(place.group(1) + "で", lo, at) > -1


def _named_in_clause(name: str, u: Unit, at: int, cache: dict) -> bool:
    lo, hi = clause_bounds(u.text, at, u.start, u.end)
    return any(matches(c.word, name) for c in unit_chunks(u, cache) if lo <= c.start < hi)


# A state that held (基地を建設している, 配備していた), or was lived through (占領を経験した).
_HELD = compile_re(r"(?:し|され|さ|い|っ|ん)?(?:て|で)(?:いる|いた|おり)|(?:を|の)経験(?!がな|はな|せず|しな)")


def undone_later(pair: AntonymPair, side: int, other_side: int, claim: Unit, s: int, e: int, unit: Unit,
                 cache: dict) -> bool:
    """The claim tells a state an act brought about (基地を建設している)
    whose undoing (撤去) the details tell: the undoing came later.  An act
    told as done (領土を獲得した) is one event with the undoing, and so are
    the two dated to one year; they conflict."""
    if not (pair.undoes and side == 0 and other_side == 1 and _HELD.match(claim.text, e, claim.end)):
        return False
    lo, hi = clause_bounds(claim.text, s, claim.start, claim.end)
    return not span_dated_with(claim, lo, hi, unit, cache)


# Words pointing back to the clause before them (その直後, その前年).
_POINTING_BACK = ("その", "この", "同")


def pointed_from_other_ends(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """Two words of time that point back (その直前 / その直後) from clauses
    told in the other order: each sentence puts the other's later event
    first (8月に和解したが、その直前の7月に加盟 / 7月に加盟し、その直後の
    8月に和解), so the opposite words say one order."""
    if not (claim.text.endswith(_POINTING_BACK, claim.start, s) and unit.text.endswith(_POINTING_BACK, unit.start, us)):
        return False
    mine_before = _content(claim.text[claim.start:s])
    theirs_after = _content(unit.text[us:unit.end])
    theirs_before = _content(unit.text[unit.start:us])
    # The claim's earlier clause is told after the details' word, not before it.
    return len(mine_before & theirs_after) > len(mine_before & theirs_before)


_CONTENT = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}A-Za-z]{{2,}}")


def _content(text: str) -> set[str]:
    return set(_CONTENT.findall(text))


def received(u: Unit, s: int, e: int) -> bool:
    """A giving at ``[s, e)`` is received (三井組から5万円の貸し付けを受けて):
    told from its other side, 貸し付け is a loan taken, which 借り入れ agrees
    with.  (批判を受けた is still a criticism.)"""
    return u.text.startswith(_GIVING, s) and u.text.startswith(_RECEIVED, e)


_GIVING = ("貸", "売", "譲", "与", "授", "融資", "供与", "提供")
_RECEIVED = ("を受け", "をうけ")
