"""What checks produce: diagnostics with an optional fix."""

from __future__ import annotations

from dataclasses import dataclass, field
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


@dataclass(slots=True)
class Diagnostic:
    """One finding: the rule, where, the message, and a fix if there is one."""

    rule: str
    category: str
    severity: str
    message: str
    location: Location
    fix: Optional[Fix] = None
    related: list[Related] = field(default_factory=list)

    @property
    def path(self) -> str:
        return self.location.path

    def sort_key(self) -> tuple:
        loc = self.location
        return (loc.path, loc.start, loc.end, self.rule, self.message)
