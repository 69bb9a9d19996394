"""Rules as loaded: :class:`Rule`, :class:`RuleSet` and their test cases."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional

COMMON_KEYS = {
    "id": "unique rule id (lowercase letters, digits, '-', '_' and '.')",
    "kind": "the rule kind (see `yure rules`)",
    "message": "message template; {matched} and {expected} are filled in",
    "severity": "error, warning or info",
    "description": "what the rule is for (shown by `yure explain`)",
    "scope": "post, file or run: where consistency is judged",
    "exceptions": "texts in which a match is not reported",
    "tests": "pass/fail/fix cases run by `yure test-rules` and pytest",
    "category": "spelling, structure, contradiction, … (defaults by kind)",
    "fix": "safe, unsafe or none: whether and how the fix is applied",
    "entity": "what the rule's spellings name (country, city, place, region, person, org); "
              "the contradiction check uses it",
}
FILE_KEYS = {"version", "name", "description", "defaults", "rules", "words", "antonyms", "entities"}
ENTITY_TYPES = ("country", "city", "place", "region", "person", "org")
SCOPES = ("post", "file", "run")
FIX_MODES = ("safe", "unsafe", "none")
RULE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9_-]+)*$")


@dataclass
class RuleTest:
    kind: str  # pass | fail
    text: str
    fixed: Optional[str]
    count: Optional[int]
    line: int


@dataclass(eq=False)
class Rule:
    id: str
    kind: str
    category: str
    severity: str
    message: Optional[str]
    description: str
    scope: str
    exceptions: list[str]
    fix: str
    options: dict[str, Any]
    tests: list[RuleTest]
    path: str
    line: int
    set_name: str
    key_lines: dict[str, int] = field(default_factory=dict)
    compiled: Any = None
    entity: Optional[str] = None

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)

    @property
    def module(self) -> Any:
        from lint.kinds import KINDS

        return KINDS[self.kind]

    def emitted_ids(self) -> list[str]:
        subcodes = getattr(self.module, "SUBCODES", None)
        if subcodes:
            return [f"{self.id}.{s}" for s in subcodes]
        return [self.id]


@dataclass
class RuleSet:
    rules: list[Rule] = field(default_factory=list)
    # Known katakana words (for telling compounds from longer words).
    words: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    # Opposing word pairs and named entities, for the contradiction check.
    antonyms: list = field(default_factory=list)
    entities: list[tuple[str, list[str]]] = field(default_factory=list)

    def get(self, rule_id: str) -> Optional[Rule]:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        return None

    def by_kind(self) -> dict[str, list[Rule]]:
        out: dict[str, list[Rule]] = {}
        for rule in self.rules:
            out.setdefault(rule.kind, []).append(rule)
        return out

    def merged(self, other: "RuleSet") -> "RuleSet":
        """``other``'s rules replace rules here that have the same id."""
        replaced = {r.id for r in other.rules}
        rules = [r for r in self.rules if r.id not in replaced] + other.rules
        return RuleSet(rules, self.words + other.words, self.sources + other.sources,
                       self.antonyms + other.antonyms, self.entities + other.entities)
