"""What the loaded rules already say about a family ``yure discover`` found.

A family whose spellings a loaded rule names (two or more of its forms: a
``variants`` rule's expected form and patterns, a ``consistency`` rule's
forms, a prh entry's expected text and literals) is that rule's business:
``--emit-yaml`` writes it as a comment naming the rule, not as a second
rule.  A family a rule touches with one form only still gets a rule, but
never one that contradicts the loaded rule: a form some rule writes is the
expected form, and a form some rule replaces never is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, NamedTuple, Optional

from lint.kinds.discovery.grouping import Group


class LoadedRule(NamedTuple):
    id: str
    expected: Optional[str]  # the form it writes (variants, prh); None for consistency
    spellings: frozenset[str]


@dataclass
class Advice:
    """What to emit for one family."""

    covered_by: list[str] = field(default_factory=list)  # rule ids: emit no rule
    expected: Optional[str] = None  # the form the new rule must write, when a loaded rule decides it
    why: str = ""  # for the comment above the family


class LoadedSpellings:
    def __init__(self, rules: Iterable[LoadedRule]) -> None:
        self.rules = [r for r in rules if r.spellings]
        self._by_form: dict[str, list[LoadedRule]] = {}
        for rule in self.rules:
            for form in rule.spellings:
                self._by_form.setdefault(form, []).append(rule)

    def advise(self, group: Group) -> Advice:
        forms = set(group.forms)
        touching = {r.id: r for f in forms for r in self._by_form.get(f, ())}
        covering = [r.id for r in touching.values() if len(r.spellings & forms) >= 2]
        if covering:
            return Advice(covered_by=sorted(covering), why=f"covered by {', '.join(sorted(covering))}")
        written = {r.expected: r.id for r in touching.values() if r.expected in forms}
        replaced = {f: r.id for r in touching.values() for f in r.spellings & forms if f != r.expected}
        if len(written) > 1:
            rules = ", ".join(sorted(written.values()))
            return Advice(covered_by=sorted(written.values()), why=f"{rules} write different forms of it")
        if written:
            form, rule_id = next(iter(written.items()))
            return Advice(expected=form, why=f"{rule_id} writes {form}")
        if replaced:
            counts = group.counts()
            free = [f for f, _ in counts.most_common() if f not in replaced]
            rules = ", ".join(sorted(set(replaced.values())))
            if not free:
                return Advice(covered_by=sorted(set(replaced.values())), why=f"{rules} replace every form")
            return Advice(expected=free[0], why=f"{rules} replace {', '.join(sorted(replaced))}")
        return Advice()
