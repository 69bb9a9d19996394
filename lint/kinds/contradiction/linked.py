"""Causes told across two sentences: 「…が多かった。そのため、…に屋根がかけら
れた」.  The detail sentence after a link (そのため, このため, これにより,
その結果) tells the effect of the one before it; a claim that makes that
effect the cause of the first (「屋根をかけたことが、中止を増やすきっかけと
なった」) reverses them, as a claim reverses the parts of one sentence (see
:mod:`~lint.kinds.contradiction.order`).

    pass: 中止が多かったため、屋根をかけた / 中止が多かった。そのため、屋根をかけた。
    fail: 屋根をかけたため、中止が増えた / 中止が多かった。そのため、屋根をかけた。
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.clause_spans import time_clause_after
from lint.kinds.contradiction.narration import has_kanji, head_in
from lint.kinds.contradiction.order import is_causal, parts_crossed, told_alike
from lint.kinds.contradiction.relations import Relation, relation_of, relations
from lint.kinds.contradiction.units import Conflict, Unit
from lint.text.tokens import clause_bounds

# Words that open a sentence with the effect of the one before it, or what came of it.
# (Not そのためには, purpose; そこでは, a place; その結果は, a topic.)
_LINK = compile_re(r"(?:そのため|このため|これにより|これによって|その結果|このことから|そこで|こうして|これを(?:踏まえ|受け(?!入))て?)"
                   r"(?![はにのも])、?")


def _linked(details: list[Unit], cache: dict) -> list[tuple[Unit, Relation]]:
    """Each pair of detail sentences of one paragraph joined by a link, as
    one span and the relation of the two, once per post."""
    found = cache.get("linked")
    if found is None:
        found = cache["linked"] = []
        for before, after in zip(details, details[1:]):
            m = _LINK.match(after.text, after.start, after.end)
            if m is None or "\n" in after.text[before.end:after.start]:
                continue
            both = Unit(before.start, after.end, after.text, after.section, after.score)
            # Quoted from the last clause before the link to the first after it.
            text = after.text
            lo = clause_bounds(text, before.end - 1, before.start, before.end)[0]
            hi = clause_bounds(text, min(m.end() + 1, after.end - 1), m.end(), after.end)[1]
            found.append((both, relation_of(text, (before.start, before.end), (m.end(), after.end), lo, hi,
                                            m.group())))
    return found


def compare(claim: Unit, aligned: list[Unit], details: list[Unit], cache: dict) -> list[Conflict]:
    linked = _linked(details, cache)
    if not linked:
        return []
    every = relations(claim, cache)
    near = {u.start for u in aligned} | {u.end for u in aligned}
    for rel in every:
        if time_clause_after(rel, every):
            continue
        crossed = next((pair for pair in linked if (pair[0].start in near or pair[0].end in near)
                        and parts_crossed(rel, pair[1])), None)
        # (Nor when another detail sentence, or pair of them, tells the claim's order.)
        if crossed is None or any(told_alike(rel, other) for u in details for other in relations(u, cache)) or any(
                told_alike(rel, pair[1]) for pair in linked):
            continue
        both, theirs = crossed
        if _told_within_one(rel, theirs):
            continue
        kind = "causal" if is_causal(rel, claim.text) else "temporal"
        return [Conflict(kind, rel.start, rel.end, both, theirs.start, theirs.end,
                         claim.text[rel.start:rel.end], both.text[theirs.start:theirs.end])]
    return []


def _told_within_one(mine: Relation, theirs: Relation) -> bool:
    """One sentence of the pair tells both the claim's events, whose order
    is then that sentence's to tell, not the link's: either holds both
    events (…輔祭になる前に結婚…。そのため…輔祭になる前に結婚するか…), or
    the one after the link holds the claim's first event and a word of its
    later one that neither first part has (援助に支えられていた。そのため
    …政権が崩れると、ラオスも苦境に立たされた, against 政権が崩れると経済は
    苦境に陥った)."""
    # (Events of two letters at least: one kanji, 上 of 上がる, is in too many words.)
    if any(any(len(g) > 1 for g in mine.first_head & part) and any(len(g) > 1 for g in mine.then_head & part)
           for part in (theirs.first, theirs.then)):
        return True
    later = theirs.then - theirs.first
    return head_in(mine.first_head, later) and has_kanji(
        frozenset(g for g in (mine.then - mine.first) & later if len(g) > 1))
