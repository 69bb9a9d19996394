"""Which katakana words are parts of full names, and whose.

Two spellings that each stand in full names joined by ・, where no other
part of one full name is spelled like a part of the other (オリヴェイラ in
マノエル・デ・オリヴェイラ, オリベイラ in ミゲル・オリベイラ), name different
people.
"""

from __future__ import annotations

from typing import Callable

from lint.cache.programs import compile_re
from lint.kinds.discovery.keys import JOINERS, Occurrence

_SPLIT = compile_re(f"[{JOINERS}]")


class NameParts:
    """The full names of an occurrence stream (:func:`~lint.kinds.discovery.keys.katakana_occurrences`)."""

    def __init__(self) -> None:
        self.coparts: dict[str, set[str]] = {}  # a part → the other parts of its full names

    def add(self, occ: Occurrence, is_joined: bool) -> None:
        if is_joined:
            names = [p for p in _SPLIT.split(occ.surface) if p]
            for p in names:
                self.coparts.setdefault(p, set()).update(n for n in names if n != p)

    def apart(self, a: str, b: str, common: Callable[[str], bool], alike: Callable[[str, str], bool]) -> bool:
        """Do ``a`` and ``b`` name different people, by the full names they stand in?

        ``common(w)``: is ``w`` a common word (common words are parts of
        many names); ``alike(x, y)``: are two parts spellings of one name
        (the rest of a full name that makes it one person: イワン・
        ティモフェーエフ, イヴァン・ティモフェエフ).
        """
        if a not in self.coparts or b not in self.coparts or common(a) or common(b):
            return False
        return not any(alike(x, y) for x in self.coparts[a] for y in self.coparts[b])
