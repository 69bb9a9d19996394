"""Edits of a text: applying them, and one edit from two texts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Edit:
    """Replace ``[start, end)`` of a text with ``replacement``."""

    start: int
    end: int
    replacement: str
    safe: bool = True


def unshift(offset: int, at: int, size: int, is_start: bool) -> Optional[int]:
    """An offset of the text with ``size`` characters inserted at ``at``, in the
    text without them (None: inside the insertion)."""
    if offset < at or (offset == at and not is_start):
        return offset
    if offset >= at + size:
        return offset - size
    return None


def applied(text: str, edits: list[Edit]) -> str:
    parts, pos = [], 0
    for e in edits:
        parts.append(text[pos:e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


def one_edit(old: str, new: str) -> Edit:
    """One replacement from the first changed character to the last."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return Edit(start, end_old, new[start:end_new])
