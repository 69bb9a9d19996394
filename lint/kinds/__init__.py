"""The rule kinds, one per ``kind:`` value of a rule file.

Each kind is a :class:`~lint.kinds.base.Kind` subclass in its own module
or package; adding one means writing that module and adding one line to
``KINDS`` below (see DEVELOPERS.md, "Adding a rule kind").
"""

from __future__ import annotations

from lint.kinds.base import Kind, Option, Subcode
from lint.kinds.citation import Citation
from lint.kinds.consistency import Consistency
from lint.kinds.contradiction import Contradiction
from lint.kinds.discovery import Discovery
from lint.kinds.prh import Prh
from lint.kinds.sections import Sections
from lint.kinds.source_date import SourceDate
from lint.kinds.variants import Variants

KINDS: dict[str, Kind] = {kind.name: kind for kind in (
    Variants(),
    Consistency(),
    Sections(),
    Citation(),
    Contradiction(),
    Prh(),
    Discovery(),
    SourceDate(),
)}

__all__ = ["KINDS", "Kind", "Option", "Subcode"]
