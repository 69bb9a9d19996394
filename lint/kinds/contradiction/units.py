"""Comparing a claim with the detail sentences it summarises.

Each module here compares one aspect — numbers, polarity, antonyms, named
entities — of a claim (a 要点 item or a 概要 sentence) against its aligned
evidence (the best-matching 詳細 sentences, see :mod:`lint.kinds.contradiction.align`) and
returns :class:`Conflict` records.  They know nothing of rules or output;
:mod:`lint.kinds.contradiction` turns conflicts into diagnostics.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(slots=True)
class Unit:
    """A claim or an evidence sentence: a span of the document's masked text."""

    start: int
    end: int
    text: str = field(repr=False)  # the document's masked text (whole), sliced by start/end
    section: str = ""
    score: float = 0.0  # alignment score, for evidence

    @property
    def body(self) -> str:
        return self.text[self.start:self.end]


@dataclass(slots=True)
class Conflict:
    kind: str  # number | polarity | antonym | entity
    claim_start: int
    claim_end: int
    evidence: Unit
    evidence_start: int
    evidence_end: int
    claim_text: str
    evidence_text: str
    replacement: Optional[str] = None  # a suggested (unsafe) fix for the claim span


@dataclass
class Settings:
    """Thresholds, all set from the contradiction rule's YAML options."""

    top: int = 3
    align_min: float = 0.2
    number_context: float = 0.34
    number_solo_align: float = 0.35
    argument_overlap: float = 0.34
    predicate_solo_align: float = 0.5
    entity_align_min: float = 0.25
    entity_context: float = 0.5
    foreign_align_min: float = 0.35
    morphology: bool = True  # use Sudachi when it is installed
    checks: tuple[str, ...] = ("numbers", "polarity", "antonyms", "entities", "modality", "roles", "order", "substitution")


def containing(details: list[Unit], words: tuple[str, ...], cache: dict) -> list[Unit]:
    """The detail sentences that contain one of ``words`` (a cheap test
    before analysing them)."""
    bodies = cache.get("bodies")
    if bodies is None:
        bodies = cache["bodies"] = [(u, u.body) for u in details]
    return [u for u, body in bodies if any(w in body for w in words)]
