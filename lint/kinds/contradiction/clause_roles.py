"""Roles by clause: two names each said in a clause of its own, with the
words of each clause going to the other name in the details.

「保有者はJR北日本で、管理は整備機構が担っている」 against 「整備機構が
保有し、JR北日本が管理している」: JR北日本 is with 保有 in the claim and
with 管理 in the details, 整備機構 the other way round, and neither is
with its own word in both.  The parties are names (katakana, Latin, or a
name's ending such as 機構) that both sentences use.

    pass: 保有者は整備機構で、管理はJR北日本が担う / 整備機構が保有し、JR北日本が管理する
    fail: 保有者はJR北日本で、管理は整備機構が担う / 整備機構が保有し、JR北日本が管理する

The details may tell the two parties in two sentences (「提案したのは医師の
ライヒマンで」, 「初代事務局長にはペイトが就いた」): then each name must be
found with the other's words somewhere in the details, and with its own
words nowhere (a name said in a clause that names both parties counts
against, never for).

    fail: ペイトの提案で設立され、初代事務局長はライヒマンが務めた /
          提案したのは医師のライヒマンで… 初代事務局長にはペイトが就いた
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from lint.kinds.contradiction.chunks import Chunk, is_name, unit_chunks
from lint.kinds.contradiction.name_kinds import name_like
from lint.kinds.contradiction.role_words import NUMERIC, matches, role, same_head, spanning
from lint.kinds.contradiction.units import Unit, containing
from lint.text import morph

Spans = tuple[tuple[int, int], tuple[int, int]]


def _named(c: Chunk) -> bool:
    return _named_word(c.word)


@lru_cache(maxsize=8192)
def _named_word(word: str) -> bool:
    # A measure (約670平方キロメートル) has katakana and is no party.
    return len(word) >= 2 and (name_like(word) or is_name(word)) and not any(ch.isdigit() for ch in word)


# (Its answers hang on name_like's, which hang on whether Sudachi is used.)
morph.when_switched(_named_word.cache_clear)


def _clauses(u: Unit, both: set, cache: dict, subjects: frozenset = frozenset()) -> dict[str, tuple[Chunk, list[Chunk]]]:
    """Each name of ``both`` (named by the two sentences) said once in the
    sentence, with the other words of its clause; names sharing a clause
    are left out (no clause is theirs alone).  ``subjects``: other words
    that may be a party (内藤多仲が), where their clause has no name."""
    chunks = unit_chunks(u, cache)
    listed = comma_listed(u.text, chunks)
    names = [c for k, c in enumerate(chunks) if c.word in both and k not in listed]
    named_clauses = {c.clause for c in names}
    names += [c for c in chunks if c.word in subjects and c.word not in both and c.clause not in named_clauses]
    found = {}
    for c in names:
        if sum(1 for d in names if d.clause == c.clause) > 1 or sum(1 for d in names if d.word == c.word) > 1:
            continue
        words = [d for d in chunks if d.clause == c.clause and d is not c and _act_word(d)]
        found[c.word] = (c, words)
    return found


def _act_word(d: Chunk) -> bool:
    """A word that may tell what a party did: not a number, a name, or a
    time told from another event (UNTSOの翌年には: UNTSO sets when, it does
    nothing)."""
    return len(d.word) >= 2 and not NUMERIC.match(d.word) and not _named(d) and d.word not in _TIMES_FROM_EVENT


_TIMES_FROM_EVENT = frozenset(("翌年", "前年", "同年", "翌月", "前月", "同月", "翌日", "前日", "同日", "当日", "当時",
                               "直後", "直前", "以後", "以前", "以降", "後年", "数年後", "翌朝", "前夜"))


def comma_listed(text: str, chunks: list[Chunk]) -> set[int]:
    """The names of a list parted by commas (ウガンダ、ケニア、タンガニーカに):
    the commas part names, not clauses, so none has a clause of its own."""
    found = set()
    for k in range(len(chunks) - 1):
        a, b = chunks[k], chunks[k + 1]
        if not a.grammar and text[a.end:a.end + 1] in ("、", "，") and b.start == a.end + 1 and _named(a) and _named(b):
            found.update((k, k + 1))
    return found


def _about(chunks: list[Chunk]) -> set[str]:
    """What the sentence is about (トンネルは…, トンネルの保有者は…): it is
    in every clause, so it is no party."""
    found = {c.word for c in chunks[:2] if c.grammar == "は"}
    if len(chunks) > 1 and chunks[0].grammar == "の" and chunks[1].grammar == "は":
        found.add(chunks[0].word)
    # (…and a first topic closing its clause after words that describe it:
    # ガリレオを裁いた異端審問所は、…パウルス3世が設けた.)
    first = next((k for k, c in enumerate(chunks) if c.grammar in ("は", "が")), None)
    # (Not a party named there: ユニセフの設立を提案したペイトは、….)
    if first is not None and chunks[first].grammar == "は" and first + 1 < len(chunks) and (
            chunks[first + 1].clause != chunks[first].clause) and not _named(chunks[first]):
        found.add(chunks[first].word)
    return found


def _shared(a: list[Chunk], b: list[Chunk]) -> bool:
    return any(same_head(x, y) for x in a for y in b)


def clause_roles_exchanged(claim: Unit, unit: Unit, cache: dict) -> Optional[Spans]:
    both = {c.word for c in unit_chunks(claim, cache) if _named(c)} & {c.word for c in unit_chunks(unit, cache)}
    both -= _about(unit_chunks(claim, cache)) | _about(unit_chunks(unit, cache))
    if len(both) < 2:
        return None
    mine, theirs = _clauses(claim, both, cache), _clauses(unit, both, cache)
    names = [w for w in mine if w in theirs]
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            (ca, wa), (cb, wb) = mine[a], mine[b]
            (ea, va), (eb, vb) = theirs[a], theirs[b]
            # …ノルウェーが最多となり、ロシアを上回った: the one done to is
            # not the doer of the claim's clause (メダル総数ではノルウェーが上回った).
            if _shared(wa, vb) and _shared(wb, va) and not _shared(wa, va) and not _shared(wb, vb) and not (
                    _doer_and_done_to(ca, eb) or _doer_and_done_to(cb, ea)):
                return spanning(ca, cb), spanning(ea, eb)
    return None


def _doer_and_done_to(x: Chunk, y: Chunk) -> bool:
    return {role(x), role(y)} == {"agent", "object"}


# One letter after a place's name that makes a word of something of it.
OF_A_PLACE = "語人系製産風式流"
# Where a name is said in the details: (sentence, the name's chunk, the
# chunks of its clause, the words among them).
Said = tuple[Unit, Chunk, list[Chunk], list[Chunk]]


def _said(name: str, details: list[Unit], cache: dict) -> list[Said]:
    key = ("said-with", name)
    found = cache.get(key)
    if found is not None:
        return found
    found = cache[key] = []
    for u in containing(details, (name[:2], name[-2:]), cache):
        if u.heading:
            continue  # (日本と原潜 names its topics and gives none a role)
        chunks = unit_chunks(u, cache)
        for c in chunks:
            # 日本語, 日本人: a language or a people of the place, not the place.
            if not matches(name, c.word) or c.word[:-1] == name and c.word[-1] in OF_A_PLACE:
                continue
            # The clause, and the clause before it if that is its topic
            # (Aは、Bが…; 創設を呼びかけたのは、Bだった).
            first = next(j for j, d in enumerate(chunks) if d.clause == c.clause)
            topic = first > 0 and chunks[first - 1].grammar.endswith("は")
            clause = [d for d in chunks if d is not c and (d.clause == c.clause or topic and d.clause == c.clause - 1)]
            words = [d for d in clause if _act_word(d)]
            found.append((u, c, clause, words))
    return found


def _with(said: list[Said], words: list[Chunk], other: Optional[str] = None) -> Optional[Said]:
    """The first saying whose clause shares one of ``words`` (and does not
    name ``other`` too).  With ``other``, a crossing: the shared word must
    not merely qualify a noun there (西洋の国はオランダ says no act)."""
    for s in said:
        mine = s[3] if other is None else [d for d in s[3] if d.grammar != "の"]
        if _shared(mine, words) and (other is None or not any(matches(other, d.word) for d in s[2])):
            return s
    return None


FAMILY_ENDS = ("家", "氏", "一族", "一門")


def _kin(family: str, said: list[Said]) -> bool:
    """A family (平家) and one of its members (平清盛): what the one did, the
    other may be said to have done."""
    stem = next((family[:-len(e)] for e in FAMILY_ENDS if family.endswith(e) and len(family) > len(e)), None)
    return stem is not None and any(c.word.startswith(stem) and c.word != family for _, c, _, _ in said)


def _acting_as(said: list[Said], other: str, cache: dict) -> bool:
    """One is said to act as the other (泰時と時房は…六波羅探題として):
    the two are one party."""
    return any(s[1].grammar.startswith("として") and any(matches(other, d.word) for d in unit_chunks(s[0], cache))
               for s in said)


# A date after a subject (内藤多仲が1924年に) tells when it acted, no measure.
_DATE_ENDS = ("年", "月", "日", "年代", "世紀")


def clause_roles_across(claim: Unit, details: list[Unit], cache: dict) -> Optional[tuple[Spans, Unit]]:
    """:func:`clause_roles_exchanged` with the details' sentences taken
    together: the spans, and the sentence that says one of the names with
    the other's words."""
    chunks = unit_chunks(claim, cache)
    about = _about(chunks)
    named = {c.word for c in chunks if _named(c)} - about
    # A kanji name the dictionary lacks is a party too when it acts (内藤多仲が);
    # a subject given a number (賛成が55.5%となり) is a measure, not a party.
    subjects = frozenset(c.word for k, c in enumerate(chunks) if c.grammar == "が" and len(c.word) >= 2
                         and not NUMERIC.match(c.word)
                         and not (k + 1 < len(chunks) and NUMERIC.match(chunks[k + 1].word)
                                  and not chunks[k + 1].word.endswith(_DATE_ENDS))) - about
    if len(named | subjects) < 2:
        return None
    mine = _clauses(claim, named, cache, subjects)
    names = list(mine)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            (ca, wa), (cb, wb) = mine[a], mine[b]
            # (What the sentence is about is in every clause: it tells no one's act.)
            wa, wb = [w for w in wa if w.word not in about], [w for w in wb if w.word not in about]
            if ca.clause == cb.clause or not wa or not wb:
                continue
            said_a = _said(a, details, cache)
            said_b = _said(b, details, cache) if said_a else []
            if (not said_b or _with(said_a, wa) or _with(said_b, wb) or _kin(a, said_b) or _kin(b, said_a)
                    or _acting_as(said_a, b, cache) or _acting_as(said_b, a, cache)):
                continue
            crossed = _with(said_b, wa, a)
            if crossed and _with(said_a, wb, b):
                unit, c, _, words = crossed
                # The claim's own word first (設計, not 日建設計), then the nearest.
                nearest = min((d for d in words if any(same_head(d, w) for w in wa)),
                              key=lambda d: (all(d.word != w.word for w in wa), abs(d.start - c.start)))
                return (spanning(ca, cb), spanning(c, nearest)), unit
    return None
