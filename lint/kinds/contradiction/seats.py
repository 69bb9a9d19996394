"""Seats and roles with one holder, given to another name.

A country has one capital and a body one headquarters at a time, so a
claim that gives the seat as one place contradicts a detail sentence that
gives it as another, whatever else either says and however weakly they
align: 「首都はパロである」 against 「首都はティンプー、公用語は…」,
「本部はウィーンにある」 against 「本部はOECDと同じパリに置かれた」.  The
claim's place may be named elsewhere in the details (a town of the
country), even in that sentence, but not in the clause that gives the seat.

The same holds for a role that one holder fills: a maker (設計者, 創業者),
a first office (初代首相), the largest of a kind within a scope (世界最大の
生産国; 錫生産国 and 生産国 are one kind, 輸出相手国 and 輸入相手国 two).
A role is also read after its holder (リー・クアンユーが初代首相に就任した,
中国が世界最大の生産国となっている) and before it (初代大統領のX).

A seat is read in five shapes: the seat before its place (首都プリシュティナ),
the seat as topic and its place as what is said of it (首都は…パリに置かれ,
首都はパロで), the seat put in a place (本部をブダペストに置く, ジュネーヴに
本部を置く), the place the seat is in (本部のあるジュネーヴ), and a place
taken as the seat (スフミを首都として).

Not compared: seats of other owners (隣国の首都, OECDの本部) unless the other
sentence names that owner too; a former or a passing seat (旧首都, かつての
首都, 当初の本部, 臨時首都); a place the details also tell as a seat or a
move of it (…に遷都した, …へ移転); sentences dated to other years, or told
of a year in the past against a claim of the present.

    pass: 首都はティンプーである / 首都はティンプー、公用語はゾンカ語である
    fail: 首都はパロである / 首都はティンプー、公用語はゾンカ語である
    fail: 中国は最大の貿易赤字国で、米国は… / 米国は世界最大の貿易赤字国で、とりわけ中国との…
    fail: ゴー・チョクトンが初代首相となった / リー・クアンユーが初代首相に就任した
"""

from __future__ import annotations

from typing import Callable, NamedTuple, Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import Chunk, unit_chunks
from lint.kinds.contradiction.dated import span_dated_apart
from lint.kinds.contradiction.tense import past_against_present
from lint.kinds.contradiction.name_kinds import name_like, part_of_name, same_kind, variant
from lint.kinds.contradiction.role_words import NUMERIC
from lint.kinds.contradiction.units import Conflict, Unit, memo
from lint.text.tokens import _KANJI_CLASS, _KATAKANA_CLASS, clause_bounds

# Words of a seat, and which of them name one seat (首都 and 首府 are one).
SEATS = {"首都": "首都", "首府": "首都", "州都": "州都", "本部": "本部", "本社": "本社", "本拠地": "本部",
         "本拠": "本部", "事務局": "本部"}
_SEAT_WORDS = tuple(sorted(SEATS, key=len, reverse=True))
# Before the seat: a seat that was, or is not yet, or stands in for another.
_NOT_NOW = compile_re(r"(?:旧|元|前|初代|臨時|暫定|仮|新|かつて|当時|当初|もと|最初|一時)の?$")
# After the seat or its place: a seat that was (首都だった, 首都であった).
_WAS = ("だった", "であった", "でした")
# A seat moved or set up anew: its places are told at two times.
_MOVED = compile_re(r"遷都|移転|移さ|移し|移っ|移る|移り|移され|置き換|新首都|旧首都|かつて|当初")
# The grammar of a place said of a seat (パリに, パロで, パロである, ティンプー、).
_PLACE_MARKS = ("に", "で", "だ")
# The seat said to be in the place the next word names (本部のある|ジュネーヴ).
_SEAT_OF = ("のある", "がある", "の置かれた", "が置かれた", "の置かれる", "が置かれる")
# Modifiers passed over on the way to the seat's place (フランスの|首都パリ, OECDと|同じ).
_MODIFIER_MARKS = ("の", "と", "や")


class Seat(NamedTuple):
    kind: str  # the seat (首都, 本部 …), one word for one seat
    start: int  # of the place
    end: int
    place: str
    owner: Optional[str]  # the word joined by の before the seat (EFTAの本部)
    topic: Optional[str]  # the topic of the sentence before the seat (ヤマハ発動機は…本社を置き)


def _marked(grammar: str, marks: tuple[str, ...]) -> bool:
    """The grammar is one of ``marks``, or none before punctuation (ティンプー、)."""
    return grammar == "" or grammar.startswith(marks)


def _name(word: str) -> bool:
    return len(word) >= 2 and not any(ch.isdigit() for ch in word)


def _owner(found: list[Chunk], k: int) -> Optional[str]:
    if k > 0 and found[k - 1].grammar == "の" and found[k - 1].clause == found[k].clause:
        return found[k - 1].word
    return None


def _topic(found: list[Chunk], k: int) -> Optional[str]:
    """The last topic before the seat, when it is a name (人口は…首都… has none)."""
    topic = next((c.word for c in reversed(found[:k]) if c.grammar == "は"), None)
    return topic if topic is not None and (name_like(topic) or _NAMED.match(topic)) else None


# A word that starts with a name in katakana or Latin letters (ヤマハ発動機, IEA).
_NAMED = compile_re(f"[{_KATAKANA_CLASS}A-Za-z]{{2,}}")


def _place_after(found: list[Chunk], k: int) -> Optional[tuple[int, int, str]]:
    """The place said of the seat chunk ``k`` in its clause: past words joined
    by の or と, the first word taking a particle of place."""
    for c in found[k + 1:]:
        if c.clause != found[k].clause:
            return None
        if c.grammar in _MODIFIER_MARKS or NUMERIC.match(c.word) or not _name(c.word) and c.grammar.startswith("じ"):
            continue
        seat = next((w for w in _SEAT_WORDS if c.word.startswith(w)), None)
        start = c.start + len(seat) if seat else c.start
        word = c.word[len(seat):] if seat else c.word
        if _name(word) and _marked(c.grammar, _PLACE_MARKS) and not c.grammar.startswith(_WAS):
            return start, c.end, word
        return None
    return None


# Makers and offices with one holder (its designer, its first president).
HOLDERS = ("設計者", "創業者", "創始者", "創設者", "開祖")
_FIRST_OFFICE = compile_re(f"初代[{_KANJI_CLASS}]{{1,4}}")
_HOLDER_NAMED = compile_re(f"(初代[{_KANJI_CLASS}]{{1,4}}?|{'|'.join(HOLDERS)})([{_KATAKANA_CLASS}A-Za-z].*)")
# The largest of a kind, within a scope (世界最大の|生産国, 国内最多の|…).
_LARGEST = ("最大", "最多")
# The grammar of a role said of the name before it (Xが初代首相に就任, Xが最大の生産国で).
_ROLE_MARKS = ("と", "に", "で", "だ")


def _role(found: list[Chunk], k: int) -> Optional[str]:
    """The role chunk ``k`` names, if it has one holder: a seat, a maker,
    a first office, or the largest of a kind (``世界最大:生産国``)."""
    w = found[k].word
    if w in SEATS:
        return SEATS[w]
    if w in HOLDERS or _FIRST_OFFICE.fullmatch(w):
        return w
    before = found[k - 1] if k else None
    if before is not None and before.grammar == "の" and before.clause == found[k].clause and before.word.endswith(
            _LARGEST):
        return f"{before.word[:-2] or '世界'}最大:{w}"
    return None


def same_role(a: str, b: str) -> bool:
    """One role; the largest of a kind also when one names its thing
    with one letter more (錫生産国 / 生産国)."""
    if a == b:
        return True
    scope_a, _, kind_a = a.partition(":")
    scope_b, _, kind_b = b.partition(":")
    if not (kind_a and kind_b and scope_a == scope_b):
        return False
    short, long_ = sorted((kind_a, kind_b), key=len)
    return len(long_) == len(short) + 1 and long_.endswith(short)


def _holder_before(found: list[Chunk], k: int, role: str) -> Optional[Chunk]:
    """The name the role is said of (リー・クアンユーが|初代首相に; 中国が|世界最大の|生産国と)."""
    j = k - 1 if ":" not in role else k - 2
    if j < 0 or found[j].clause != found[k].clause or found[j].grammar not in ("が", "は"):
        return None
    return found[j] if _name(found[j].word) else None


# Letters one of the role words starts with, for a quick look at each word.
_ROLE_WORDS = (*SEATS, *HOLDERS, "初代", *_LARGEST)
_FIRST_LETTERS = frozenset(w[0] for w in _ROLE_WORDS)


def _find(u: Unit, found: list[Chunk]) -> list[Seat]:
    out = []
    for k, c in enumerate(found):
        if c.word[0] not in _FIRST_LETTERS and not (k and found[k - 1].word.endswith(_LARGEST)):
            continue
        if _NOT_NOW.search(u.text, max(u.start, c.start - 6), c.start):
            continue
        seat = next((w for w in _SEAT_WORDS if c.word.startswith(w)), None)
        if seat is not None and c.word != seat:
            # The seat before its place, in one word (首都プリシュティナは).
            if _name(c.word[len(seat):]):
                out.append(Seat(SEATS[seat], c.start + len(seat), c.end, c.word[len(seat):], _owner(found, k),
                                _topic(found, k)))
            continue
        named = _HOLDER_NAMED.fullmatch(c.word)
        if named is not None:
            # 初代大統領バグボ.
            out.append(Seat(named.group(1), c.start + named.end(1), c.end, named.group(2), _owner(found, k),
                            _topic(found, k)))
            continue
        role = _role(found, k)
        if role is None:
            continue
        # The owner of the largest of a kind stands before its scope (日本の|最大の|輸入先).
        owner = _owner(found, k - 1 if ":" in role else k)
        if c.grammar == "の" and role not in SEATS.values() and k + 1 < len(found):
            # 初代大統領のフェリックス・ウフェ=ボワニは.
            after = found[k + 1]
            if after.clause == c.clause and _NAMED.match(after.word):
                out.append(Seat(role, after.start, after.end, after.word, owner, _topic(found, k)))
        elif _marked(c.grammar, _ROLE_MARKS) and role not in SEATS.values():
            holder = _holder_before(found, k, role)
            if holder is not None and not c.grammar.startswith(_WAS):
                out.append(Seat(role, holder.start, holder.end, holder.word, None, None))
        if c.word in SEATS:
            if c.grammar in ("は", "を"):
                # 首都は…パロである; 本部をブダペストに置く (not 首都がフランスに占領され).
                place = _place_after(found, k)
                if place is not None and not u.text.startswith(_WAS, place[1] + 1) and (
                        c.grammar == "は" or u.text.startswith("置", place[1] + 1)):
                    out.append(Seat(SEATS[c.word], *place, _owner(found, k), _topic(found, k)))
            elif c.grammar in ("と", "として", "とし", "とする") and k > 0:
                # スフミを首都として.
                before = found[k - 1]
                if before.grammar == "を" and before.clause == c.clause and _name(before.word):
                    out.append(Seat(SEATS[c.word], before.start, before.end, before.word, None, _topic(found, k)))
            if c.grammar in _SEAT_OF and k + 1 < len(found) and found[k + 1].clause == c.clause and (
                    _name(found[k + 1].word)) and found[k + 1].start == c.end + len(c.grammar):
                # 本部のあるジュネーヴのほか: the place the seat is in.
                after = found[k + 1]
                out.append(Seat(SEATS[c.word], after.start, after.end, after.word, _owner(found, k), _topic(found, k)))
            if c.grammar == "を" and k > 0 and found[k - 1].grammar == "に" and found[k - 1].clause == c.clause:
                # ジュネーヴに本部を置く.
                before = found[k - 1]
                if _name(before.word):
                    out.append(Seat(SEATS[c.word], before.start, before.end, before.word, _owner(found, k - 1),
                                    _topic(found, k)))
        elif c.grammar == "は":
            # 世界最大の錫生産国はボリビアである; 設計者はコロリョフで.
            place = _place_after(found, k)
            if place is not None:
                out.append(Seat(role, *place, owner, _topic(found, k)))
    return out


def seats(u: Unit, cache: dict) -> list[Seat]:
    """The seats a sentence gives, once per post."""
    return memo(cache, ("seats", u.start, u.end),
                lambda: _find(u, unit_chunks(u, cache)) if _ROLE_WORD.search(u.body) else [])


# Any word of a seat or a role (most sentences have none and are never cut into chunks).
_ROLE_WORD = compile_re("|".join(_ROLE_WORDS))


def may_conflict(claim: Unit, cache: dict) -> bool:
    return bool(seats(claim, cache))


def _two_places(a: str, b: str, kinds: Callable[[str], frozenset]) -> bool:
    """Two names of one kind: short katakana names too (パロ / ティンプー),
    and names of one known kind in two scripts (ボリビア / 中国)."""
    if a in b or b in a or part_of_name(a, b) or variant(a, b):
        return False
    return same_kind(a, b) or bool(_KATAKANA_NAME.match(a) and _KATAKANA_NAME.match(b)) or bool(kinds(a) & kinds(b))


_KATAKANA_NAME = compile_re(f"[{_KATAKANA_CLASS}・＝=]{{2,}}$")


def _told_as_seat(place: str, details: list[Unit], cache: dict) -> bool:
    """The details give ``place`` as a seat too, or tell a seat moved."""
    for u in details:
        if place in u.body and (_MOVED.search(u.body) or any(s.place == place for s in seats(u, cache))):
            return True
    return False


def _same_owner(mine: Seat, claim: Unit, theirs: Seat, unit: Unit) -> bool:
    """The two seats are of one owner: the same word where both name one
    (ヤマハは / ヤマハ発動機は are two companies), or the owner one names
    is in the other sentence (OECDの本部 needs OECD in the claim)."""
    a, b = mine.owner or mine.topic, theirs.owner or theirs.topic
    if a is not None and b is not None:
        return a == b
    return (theirs.owner is None or theirs.owner in claim.body) and (mine.owner is None or mine.owner in unit.body)


def _clause(u: Unit, at: int) -> str:
    lo, hi = clause_bounds(u.text, at, u.start, u.end)
    return u.text[lo:hi]


def compare(claim: Unit, details: list[Unit], cache: dict,
            kinds: Callable[[str], frozenset] = lambda word: frozenset()) -> list[Conflict]:
    """``kinds``: the known kinds of a name (country, city, …): two names
    of one known kind are two places of one kind (ボリビア / 中国)."""
    mine = seats(claim, cache)
    if not mine:
        return []
    out = []
    for seat in mine:
        lo, hi = clause_bounds(claim.text, seat.start, claim.start, claim.end)
        if _MOVED.search(claim.text, lo, hi) or _told_as_seat(seat.place, details, cache):
            continue
        for unit in details:
            theirs = seats(unit, cache)
            if not theirs or unit.heading or _MOVED.search(unit.body) or span_dated_apart(
                    claim, lo, hi, unit, cache) or past_against_present(claim, unit, cache):
                continue
            # Each name may stand elsewhere in the other sentence (…、とりわけ
            # 中国との間で), but not in the clause that gives the seat.
            other = next((s for s in theirs if same_role(s.kind, seat.kind)
                          and s.place not in claim.text[lo:hi] and seat.place not in _clause(unit, s.start)
                          and _two_places(seat.place, s.place, kinds)
                          and _same_owner(seat, claim, s, unit)), None)
            if other is not None:
                out.append(Conflict("entity", seat.start, seat.end, unit, other.start, other.end, seat.place,
                                    other.place))
                break
    return out
