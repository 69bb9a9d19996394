"""What checks produce: diagnostics with an optional fix."""

from __future__ import annotations

from typing import NamedTuple, Optional

SEVERITIES = ("error", "warning", "info")


class Fix(NamedTuple):
    """Replace ``[start, end)`` of the document text with ``replacement``."""

    start: int
    end: int
    replacement: str
    safe: bool = True


class Location(NamedTuple):
    """A span of a file: offsets, and 1-based lines and columns in characters."""

    path: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int


class Related(NamedTuple):
    """Evidence shown with a diagnostic: another place and its text."""

    location: Location
    text: str


class Diagnostic:
    """One finding: the rule, where, the message, and a fix if there is one."""

    __slots__ = ("rule", "category", "severity", "message", "location", "fix", "related")

    def __init__(self, rule: str, category: str, severity: str, message: str, location: Location,
                 fix: Optional[Fix] = None, related: Optional[list[Related]] = None):
        self.rule = rule
        self.category = category
        self.severity = severity
        self.message = message
        self.location = location
        self.fix = fix
        self.related: list[Related] = [] if related is None else related

    def _fields(self) -> tuple:
        return (self.rule, self.category, self.severity, self.message, self.location, self.fix, self.related)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # mutable: equal findings may change

    def __repr__(self) -> str:
        return (f"Diagnostic(rule={self.rule!r}, category={self.category!r}, severity={self.severity!r}, "
                f"message={self.message!r}, location={self.location!r}, fix={self.fix!r}, related={self.related!r})")

    @property
    def path(self) -> str:
        return self.location.path

    def sort_key(self) -> tuple:
        loc = self.location
        return (loc.path, loc.start, loc.end, self.rule, self.message)
