"""Anchored times: an act put before a named event where the details put it
after that event, or the reverse.

「工業的な生産は第二次世界大戦が始まる前から行われていた」 against 「工業的な
生産は、第二次世界大戦後の1940年代後半に米国で始まった」; 「条約を脱退する
前に主砲を換えた」 against 「条約から脱退したのち…砲に積み替えられ」.  Both
sentences name one event (the anchor: the words right before 前 or 後, or
before the verb that leads to them) and place the act on either side of it.

The act must be one.  Its words are those from the last verb before the
anchor (the topic: 生産は) to the first verb after the marker (から行われ
ていた), and the two acts share one of them, or two letters of one.  Not
compared: a claim that places something on both sides of the anchor; any
detail sentence placing something on the claim's side of it too (大戦前か
ら研究され、大戦後に量産された: 研究 before, 量産 after); a detail that
goes on to the claim's side itself (合意前に240円だった相場は、1年後には
150円台に).  Spans of time (数年前, 10年後) anchor nothing: they count back
from an unnamed now.

    pass: 生産は第二次世界大戦後に始まった / 生産は第二次世界大戦後の1940年代後半に始まった
    fail: 生産は第二次世界大戦前から行われていた / 生産は第二次世界大戦後の1940年代後半に始まった
"""

from __future__ import annotations

from typing import NamedTuple

from lint.cache.programs import compile_re
from lint.kinds.contradiction.predicates import predicates
from lint.kinds.contradiction.units import WORD_RUN, Conflict, Unit, memo
from lint.text.tokens import clause_bounds
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA

_NOUN = f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}・]"
# What may follow 前 or 後 when they place something in time (大戦後の,
# 独立前に); not 後半, 前任, 前者, which are words of their own.
_PLACING = "(?=に|から|の|まで|は|、|で|も|と)"
# A plain verb (始まる, 脱退する) or a past one (終わった, 脱退した) after the
# anchor's particle.
# (The verb's kanji, which names the event with the noun: 蒸気機関が|発明|された後.)
_VERB_NOW = f"(?:が|を|に|から)(?P<vb>[{KANJI_UNIFIED}]{{0,2}})[{HIRAGANA}]{{0,5}}?[うくぐすつぬぶむる]"
_VERB_PAST = f"(?:が|を|に|から)(?P<va>[{KANJI_UNIFIED}]{{0,2}})[{HIRAGANA}]{{0,5}}?[ただ]"
# An anchor of one noun, or of a noun owned by another (承久の乱, 核酸の鎖).
# (Not a word of time that holds the marker itself after the の: 事件の直後, 日本の戦後.)
_ANCHOR = f"(?:{_NOUN}+の(?!(?:戦|午|直|以|最|今|死|生|事|目|寸)[前後]))?{_NOUN}+?"
_MARKERS = compile_re(
    f"(?P<before>(?P<b>{_ANCHOR})(?:(?:の)?(?:以前|直前|前){_PLACING}|{_VERB_NOW}前{_PLACING}|より(?:も)?前{_PLACING}"
    f"|に先立))"
    f"|(?P<after>(?P<a>{_ANCHOR})(?:(?:の)?(?:(?:以後|以降|直後|後){_PLACING}|のち)"
    f"|{_VERB_PAST}(?:(?:後|あと){_PLACING}|のち)|より(?:も)?後{_PLACING}))")
# A placement denied (…より前のことではない, …の後ではなかった).
_DENIED_AFTER = compile_re(f"[{HIRAGANA}]{{0,4}}?(?:ではな|でな|じゃな)")
# The anchor a span of time ends in: it counts from now, not from an event.
_SPAN_ENDS = tuple("年月日週時分秒代紀間")
_WORD = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{2,}}")
_EVENT_ENDS = ("成立", "設立", "開始", "独立", "開業", "開通", "創設", "発足", "建国", "統一", "開戦", "終戦", "即位", "就任",
               "誕生", "完成", "施行", "廃止", "合併", "開港", "開校", "開設")


class Anchored(NamedTuple):
    anchor: str
    after: bool
    start: int  # of the anchor
    end: int  # of the marker
    verb: str = ""  # the kanji of the verb after the anchor (蒸気機関が|発明|された後)

    def forms(self) -> tuple[str, ...]:
        """The event by its noun, and with its verb (蒸気機関, 蒸気機関発明)."""
        return (self.anchor, self.anchor + self.verb) if self.verb else (self.anchor,)


def _same(x: "Anchored", y: "Anchored") -> bool:
    return any(_same_anchor(a, b) for a in x.forms() for b in y.forms())


def _anchored(u: Unit, cache: dict) -> list[Anchored]:
    key = ("anchored", u.start, u.end)
    found = cache.get(key)
    if found is None:
        found = []
        for m in _MARKERS.finditer(u.text, u.start, u.end):
            after = m.group("after") is not None
            anchor, start = (m.group("a"), m.start("a")) if after else (m.group("b"), m.start("b"))
            head, _, tail = anchor.partition("の")
            if tail and head in ("年", "月", "日"):
                anchor, start = tail, start + 2  # 1901年の|連邦成立: the date is no part of the event
            if anchor.endswith(_SPAN_ENDS) or anchor.startswith(("数", "何")) or len(anchor.replace("の", "")) < 2:
                continue
            if _DENIED_AFTER.match(u.text, m.end()):
                continue  # 明治維新より前のことではない: placed nowhere
            if not after and m.group() == anchor + "前" and anchor != "以" and _NOUN_NAMED.match(u.text, m.end()):
                continue  # 合併前の村: a noun named by the time it belongs to, no act placed
            found.append(Anchored(anchor.replace("の", ""), after, start, m.end(), m.group("va" if after else "vb") or ""))
        cache[key] = found
    return found


_NOUN_NAMED = compile_re(f"の[{KANJI_UNIFIED}{PLAIN_KATAKANA}]")


def _same_anchor(a: str, b: str) -> bool:
    """One event: the same words, or one the end of the other (条約脱退 / 脱退)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_.endswith(short)


# A qualifier telling one of a series (第二次世界大戦, 第3回大会).
_ORDINAL = compile_re(r"第[0-9０-９一二三四五六七八九十]+[次回代期]")


def _one_event(a: str, a_unit: Unit, b: str, b_unit: Unit) -> bool:
    """Two anchors for one event: the shorter, where the longer names one
    of a series (大戦 / 第二次世界大戦), only in a sentence that names the
    longer too: the details' 大戦 may be the first war."""
    if a == b:
        return True
    if not _same_anchor(a, b):
        return False
    (long_, _), (_, short_unit) = sorted(((a, a_unit), (b, b_unit)), key=lambda p: -len(p[0]))
    return _ORDINAL.search(long_) is None or long_ in short_unit.body


# Adnominal tails (工業的な, 色濃い独裁): words of a noun phrase, not its verb.
_MODIFYING = ("な", "い", "の")


def _act_words(u: Unit, x: Anchored, cache: dict) -> set[str]:
    """The words of the act the anchor places: from the last verb before the
    anchor to the first verb after its marker."""
    key = ("preds", u.start, u.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = [p for p in predicates(u.text, u.start, u.end) if p.tail not in _MODIFYING]
    last = max((p for p in found if p.end <= x.start), key=lambda p: p.end, default=None)
    lo = u.start if last is None else last.end
    # (A cleft names the act before のは: 洋装が普及したのは、大戦後である.)
    if last is not None and (last.tail.endswith("のは") or u.text.startswith("のは", last.end)):
        lo = clause_bounds(u.text, last.start, u.start, u.end)[0]
    hi = min((p.end for p in found if p.start >= x.end), default=u.end)
    return {w.group() for w in _WORD.finditer(u.text, lo, hi) if not (x.start <= w.start() < x.end)}


# A detail that goes on past its anchor to the other side (…1年後には, その後).
_GOES_ON = {True: compile_re("後(?:に|は|、)|のち|以降|以後"), False: compile_re("前(?:に|は|から|、)|以前")}


def _shared(a: set[str], b: set[str]) -> bool:
    """A word in common, or two kanji of one (本格採用 / 採用した); katakana
    only as whole words (サモンド and ポンド share ンド, and nothing)."""
    if a & b or any(x in y or y in x for x in a for y in b):
        return True
    grams = {w[i:i + 2] for w in a for i in range(len(w) - 1) if _KANJI_PAIR.fullmatch(w, i, i + 2)}
    return any(w[i:i + 2] in grams for w in b for i in range(len(w) - 1))


_KANJI_PAIR = compile_re(f"[{KANJI_UNIFIED}]{{2}}")


# At the time of an event (連邦の成立とともに, 開業と同時に): an event noun
# (not a party: ソ連とともに) and a word of the same time.
_AT_ONCE = compile_re(f"(?P<w>(?:{_NOUN}+の)?{_NOUN}*?(?:{'|'.join(_EVENT_ENDS)}))(?:と同時に|とともに|と時を同じくして)")


def _at_once(u: Unit, cache: dict) -> list[tuple[str, int, int]]:
    """(event, start, end) of each event the sentence puts an act at the time of."""
    def find() -> list[tuple[str, int, int]]:
        out = []
        for m in _AT_ONCE.finditer(u.text, u.start, u.end):
            event, start = m.group("w"), m.start()
            head, _, tail = event.partition("の")
            if tail and head in ("年", "月", "日"):
                event, start = tail, start + 2  # 1901年の|連邦の成立: the date is no part of the event
            out.append((event.replace("の", ""), start, m.end()))
        return out
    return memo(cache, ("at-once", u.start, u.end), find)


def may_conflict(claim: Unit, cache: dict) -> bool:
    return bool(_anchored(claim, cache))


def _before_at_once(claim: Unit, mine: list[Anchored], aligned: list[Unit], details: list[Unit],
                    cache: dict) -> list[Conflict]:
    """Before an event that the details put the act at the time of (連邦成立
    に先立って州となった / 連邦の成立とともに一州となった); after it may be
    at it.  The act is one: the last word of each clause is the same (州 /
    一州), not only some word of it."""
    for x in mine:
        if x.after or any(_same_anchor(x.anchor, w) for w, _, _ in _at_once(claim, cache)):
            continue
        mine_act = _last_word(claim, x.end)
        for unit in aligned:
            for w, ws, we in _at_once(unit, cache):
                theirs = _last_word(unit, we)
                if _same_anchor(x.anchor, w) and mine_act and theirs and _same_anchor(mine_act, theirs) and not any(
                        _same(x, y) for u in details for y in _anchored(u, cache)):
                    return [Conflict("temporal", x.start, x.end, unit, ws, we, claim.text[x.start:x.end],
                                     unit.text[ws:we])]
    return []


def _last_word(u: Unit, at: int) -> str:
    """The last word of the clause after ``at``: the act's (州となった → 州)."""
    found = WORD_RUN.findall(u.text, at, clause_bounds(u.text, at, u.start, u.end)[1])
    return found[-1] if found else ""


def compare(claim: Unit, aligned: list[Unit], details: list[Unit], cache: dict) -> list[Conflict]:
    mine = _anchored(claim, cache)
    for x in mine:
        if any(_same(x, y) and y.after != x.after for y in mine):
            continue
        if any(_same(x, y) and y.after == x.after for unit in details for y in _anchored(unit, cache)):
            continue
        words = _act_words(claim, x, cache)
        for unit in aligned:
            for y in _anchored(unit, cache):
                if (any(_one_event(a, claim, b, unit) for a in x.forms() for b in y.forms()) and y.after != x.after
                        and _GOES_ON[x.after].search(unit.text, y.end, unit.end) is None
                        and _shared(words, _act_words(unit, y, cache))):
                    return [Conflict("temporal", x.start, x.end, unit, y.start, y.end,
                                     claim.text[x.start:x.end], unit.text[y.start:y.end])]
    return _before_at_once(claim, mine, aligned, details, cache)
