"""Rules as loaded: :class:`Rule`, :class:`RuleSet` and their test cases."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional
from lint.cache.programs import compile_re

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
# Top-level keys of a yure rule file the loader reads itself; kinds add their own.
FILE_KEYS = {"version", "name", "description", "defaults", "rules", "words"}
ENTITY_TYPES = ("country", "city", "place", "region", "person", "org")
SCOPES = ("post", "file", "run")
# How a message names a rule's scope.
SCOPE_NAMES = {"post": "この投稿", "file": "このファイル", "run": "対象ファイル全体"}
FIX_MODES = ("safe", "unsafe", "none")
RULE_ID = compile_re(r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9_-]+)*$")


@dataclass
class RuleTest:
    """A rule's own test case: a text that must pass or fail."""

    kind: str  # pass | fail
    text: str
    fixed: Optional[str]
    count: Optional[int]
    line: int


class Rule:
    """A rule as loaded from a rule file: its id, kind, options and compiled data."""

    def __init__(self, id: str, kind: str, category: str, severity: str, message: Optional[str],
                 description: str, scope: str, exceptions: list[str], fix: str, options: dict[str, Any],
                 tests: list[RuleTest], path: str, line: int, set_name: str,
                 key_lines: Optional[dict[str, int]] = None, compiled: Any = None, entity: Optional[str] = None,
                 subcodes: tuple[str, ...] = ()):
        self.id = id
        self.kind = kind
        self.category = category
        self.severity = severity
        self.message = message
        self.description = description
        self.scope = scope
        self.exceptions = exceptions
        self.fix = fix
        self.options = options
        self.tests = tests
        self.path = path
        self.line = line
        self.set_name = set_name
        self.key_lines: dict[str, int] = {} if key_lines is None else key_lines
        self.compiled = compiled
        self.entity = entity
        # The kind's subcodes: findings are reported as ``<id>.<code>``.
        self.subcodes = subcodes

    def __repr__(self) -> str:
        return f"Rule({self.id!r}, {self.kind!r}, {self.path}:{self.line})"

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)

    def emitted_ids(self) -> list[str]:
        if self.subcodes:
            return [f"{self.id}.{s}" for s in self.subcodes]
        return [self.id]


@dataclass
class RuleSet:
    """Every rule of a run, with the words and data sections of the rule files."""

    rules: list[Rule] = field(default_factory=list)
    # Known katakana words (for telling compounds from longer words).
    words: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    # Kinds' own sections of rule files (antonyms, entities…), by key.
    data: dict[str, list] = field(default_factory=dict)
    # Rule ids made up by a foreign dictionary's loader (prh.1, prh.2…):
    # two such dictionaries of one name must not replace each other's rules.
    made_up_ids: bool = False

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

    def file_data(self, key: str) -> list:
        return self.data.get(key, [])

    def merged(self, other: "RuleSet") -> "RuleSet":
        """``other``'s rules replace rules here that have the same id."""
        replaced = {r.id for r in other.rules}
        rules = [r for r in self.rules if r.id not in replaced] + other.rules
        data = {key: list(values) for key, values in self.data.items()}
        for key, values in other.data.items():
            data.setdefault(key, []).extend(values)
        return RuleSet(rules, self.words + other.words, self.sources + other.sources, data)


def set_name_for(stem: str) -> str:
    """A rule-set name made from a file name (lowercase letters, digits, - and _)."""
    name = re.sub(r"[^a-z0-9_-]+", "-", stem.lower()).strip("-_")
    return name if name and name[0].isalnum() else f"prh-{name or 'rules'}"
