"""Acts allowed, forbidden or joined: how the verb after an act made a
noun (することを禁じ, することも…できない) turns the act's polarity.

    permitted:   賭けをすることが法律で禁じられている reads as 賭けをしない
    coordinated: 飛ぶことも野外で生きることもできない reads as neither done
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.predicates import HINDERING, NOMINALISED, PERMITTING, REFUSING, Predicate
from lint.text.tokens import _KANJI_CLASS, clause_bounds
from lint.text.scripts import is_hiragana


def permitted(text: str, found: list[Predicate]) -> list[Predicate]:
    """The predicates, an act allowed or forbidden read as the act done or
    not: allowed, it keeps its own polarity (守らないことは許されない is
    keeping); forbidden or hard, it takes the other."""
    by_start = {p.start: p for p in found}
    out = []
    merged = set()
    for p in sorted(found, key=lambda p: p.start):
        if p.start in merged:
            continue
        # (…or with who forbids it between: ことが|法律で|禁じられている.)
        by = _FORBIDDEN_BY.match(text, p.end)
        nxt = by_start.get(p.end) or (by_start.get(by.end()) if by else None)
        if (nxt is not None and p.tail.endswith(NOMINALISED) and nxt.key in PERMITTING + HINDERING
                and (nxt.key != "認" or nxt.tail.startswith("められ"))):
            allowed = nxt.positive if nxt.key in PERMITTING else not nxt.positive
            out.append(Predicate(p.key, p.start, nxt.end, p.tail + text[p.end:nxt.end], allowed == p.positive,
                                 nxt.adnominal))
            if nxt.key not in REFUSING:
                merged.add(nxt.start)
            continue
        out.append(p)
    return out


_FORBIDDEN_BY = compile_re(f"[{_KANJI_CLASS}]{{1,6}}(?:で|によって|により)")


def coordinated(text: str, found: list[Predicate]) -> list[Predicate]:
    """Acts made nouns with も, one after the other, share the verb that
    ends them (飛ぶことも野外で生きることもできない: neither is done)."""
    ordered = sorted(found, key=lambda p: p.start)
    # From the last, so that each takes the polarity of the verb ending the chain.
    for k in range(len(ordered) - 2, -1, -1):
        p, q = ordered[k], ordered[k + 1]
        # (A comma right after the first ことも still joins them: 止めておくことも、停車することも.)
        between = text[p.end:q.start].removeprefix("、")
        if p.tail.endswith("ことも") and "ことも" in q.tail and not any(ch in between for ch in "、。"):
            ordered[k] = p.replaced(positive=q.positive)
    return ordered


def chained(text: str, found: list[Predicate]) -> list[Predicate]:
    """A verb in the て form right before an act made a noun and forbidden or
    made impossible (刀を身に着けて歩くことが禁じられた) is part of that act,
    no predicate of its own: what is forbidden is the act the chain ends on."""
    ordered = sorted(found, key=lambda p: p.start)
    return [p for p, q in zip(ordered, ordered[1:] + [None])
            if not (q is not None and p.positive and not q.positive and p.tail.endswith(("て", "んで", "いで"))
                    and len(p.tail) <= 3 and all(map(is_hiragana, p.tail)) and q.start == p.end
                    and ("こと" in q.tail or "の" in q.tail))]


# What makes a denial a rule that admits exceptions (原則として認めていない).
_AS_A_RULE = compile_re("原則(?:として|的に|上)?")


def rule_with_exceptions(text: str, lo: int, denied: Predicate, granted: Predicate, granted_text: str, granted_lo: int,
                         granted_hi: int) -> bool:
    """A denial said as a rule (原則として認めていない) against the act
    granted in some cases (公共事業の財源に限って発行を認めている): the
    exception the rule leaves room for, not its contrary.  The rule is read
    in ``text`` from ``lo``, the grant's limit in ``granted_text`` from its
    clause's start (``granted_lo``, no earlier) to the act."""
    if denied.positive or not granted.positive or _AS_A_RULE.search(text, lo, denied.start) is None:
        return False
    return _LIMITED.search(granted_text, clause_bounds(granted_text, granted.start, granted_lo, granted_hi)[0],
                           granted.end) is not None


# Words that grant an act in some cases only.
# (Not だけでなく, のみならず, 例外なく: wider, not narrower.)
_LIMITED = compile_re("に限って|に限り|に限る|場合に限|のみ(?!なら)|だけ(?!で(?:は)?なく)|ただし|例外(?!なく)")
