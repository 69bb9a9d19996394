"""The scope of a negation: what a denial covers, and so what it can contradict.

A claim that denies in a place the details do not name (まだ日本で開かれて
おらず / 会議が初めて開かれた), and details that deny at a time set by a
clause the claim lacks (北海道に届くころには…続かない / 雨が長く続く),
deny less than the other side asserts; a denial that one party does it
alone denies nothing of the act (政府だけで決めない / 代表も加わって決める).
Used by :mod:`~lint.kinds.contradiction.polarity`, which reads a place on
the claim's side only: in the details 純粋な形で is as often a manner.

    pass: 会議はまだ国内で開かれておらず / 会議が初めて開かれた
    fail: 会議は開かれておらず / 会議が初めて開かれた
"""

from __future__ import annotations

from typing import Optional

from lint.kinds.contradiction.chunks import unit_chunks
from lint.kinds.contradiction.predicates import Predicate
from lint.kinds.contradiction.units import Unit
from lint.text.tokens import clause_bounds


# Grammar after a word that sets where a statement holds (日本で, 国内では).
SETTING = ("で", "では")


def with_before(unit: Unit, details: list[Unit]) -> str:
    """A detail sentence with the one before it, which may set its scene."""
    k = next((i for i, u in enumerate(details) if u.start == unit.start), 0)
    return (details[k - 1].body if k else "") + unit.body


def narrowed(u: Unit, p: Predicate, other: str, cache: dict) -> bool:
    """The negated predicate holds only where its clause sets it, and the
    other sentence (or the one before it) does not name that place (まだ
    日本で開かれておらず / 会議が初めて開かれた): a narrower denial
    contradicts nothing."""
    lo, _ = clause_bounds(u.text, p.start, u.start, u.end)
    for c in unit_chunks(u, cache):
        if c.start >= p.start:
            break
        # Dates and words that point back (同日) set no place of their own.
        if (c.start >= lo and c.grammar in SETTING and not c.word[0].isdigit() and c.word[0] != "同"
                and c.word not in other):
            return True
    return False


# Words that one does a thing alone (政府だけで, 日本が独自に決める); the
# adverbs deny nothing when the other sentence says them too.
ONLY = ("だけ", "のみ")
ALONE = ("独自に", "単独で", "一方的に", "自由に")


def only_denied(u: Unit, p: Predicate, other: Optional[str] = None) -> bool:
    """The negation denies that one alone does it (政府だけで決めない: others
    decide with it), not the act.  ``other``: for a denial in the details,
    the claim, which says the act with no word of doing it alone
    (独自に決めることはできない / 協議で決めるものとされた)."""
    lo, _ = clause_bounds(u.text, p.start, u.start, u.end)
    return (any(u.text.find(word, lo, p.start) != -1 for word in ONLY) or other is not None
            and any(u.text.find(word, lo, p.start) != -1 and word not in other for word in ALONE))


# Grammar that ends a clause of time (前線が北海道に届くころには).
WHEN = ("ころには", "ころは", "ときには", "ときは", "際には", "頃には")


def timed(u: Unit, p: Predicate, other: str, cache: dict) -> bool:
    """The negated predicate holds only at a time its sentence sets by a
    clause whose words the claim lacks (北海道に届くころには…雨が長く続か
    ない / 雨が長く続く)."""
    for c in unit_chunks(u, cache):
        if c.start >= p.start:
            break
        if (c.word + c.grammar).endswith(WHEN):
            lo, _ = clause_bounds(u.text, c.start, u.start, u.end)
            words = [w.word for w in unit_chunks(u, cache) if lo <= w.start <= c.start and len(w.word) >= 2]
            if words and not any(w in other for w in words):
                return True
    return False
