"""What a check sees of the run while it checks one document (:class:`~lint.kinds.base.Context`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Optional, TypeVar

from lint.errors import RegexTimeout
from lint.kinds import KINDS
from lint.model import Document
from lint.ruleset.model import Rule, RuleSet
from lint.text.matcher import Hit, KatakanaLexicon

if TYPE_CHECKING:
    from lint.engine.linter import Linter

T = TypeVar("T")


class DocumentContext:
    """Per-document analyses shared by the checks, computed at most once."""

    def __init__(self, linter: "Linter", doc: Document):
        self._linter = linter
        self.doc = doc
        self._hits: Optional[dict[str, list[Hit]]] = None
        self.problems: list[RegexTimeout] = []
        # The posts a per-post check looks at: all of them, or a worker's share.
        self.posts = doc.posts
        self.regex_timeout: float = linter.regex_timeout
        self.lexicon: KatakanaLexicon = linter.matcher.lexicon

    def hits(self, kind: str) -> list[Hit]:
        if self._hits is None:
            grouped: dict[str, list[Hit]] = {}
            timed_out: list = []
            for hit in self._linter.matcher.find(self.doc.masked, self.regex_timeout, timed_out):
                grouped.setdefault(hit.phrase.owner.kind, []).append(hit)
            for phrase in timed_out:
                self.timed_out(phrase.owner)
            self._hits = grouped
        return self._hits.get(kind, [])

    def timed_out(self, rule: Rule) -> None:
        self.problems.append(RegexTimeout(
            f"regex stopped after {self.regex_timeout:g} s on {self.doc.path}; the rule was skipped there "
            f"(simplify the pattern, or raise regex-timeout)", rule.path, rule.line, rule.id))

    def resource(self, name: str, build: Callable[[], T]) -> T:
        return self._linter.resource(name, build)

    def enabled_rules(self) -> list[Rule]:
        return self._linter.enabled

    def loaded(self) -> RuleSet:
        return self._linter.ruleset

    def spellings(self, rule: Rule) -> list[str]:
        return KINDS[rule.kind].spellings(rule)

    def share(self, posts: list) -> "DocumentContext":
        """A context for the same document that checks only ``posts``."""
        part = DocumentContext(self._linter, self.doc)
        part.posts = posts
        part._hits = self._hits
        return part
