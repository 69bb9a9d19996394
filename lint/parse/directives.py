"""yure's inline suppression comments, ``<!-- yure: ACTION RULES -->``.

:mod:`lint.engine.suppress` decides what they suppress; this module only
finds them, in plain text and Markdown alike.
"""

from __future__ import annotations

import re
from typing import Iterator

from lint.cache.programs import compile_re
from lint.model import Directive, LineIndex

# A directive is <!-- yure: ACTION RULES --> with no ">" inside (see
# directive_matches); this is its opening.
DIRECTIVE_OPENING_RE = compile_re(
    r"<!--[ \t]*yure:[ \t]*(?P<action>disable-next-line|disable-line|disable-file|disable|enable)"
)


def directive_matches(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, action, rules) of each ``<!-- yure: … -->`` directive.

    A directive ends at the first ">" after its action, which must close
    "-->".  An opening left unclosed shares that ">" with every opening
    before it, so the search goes on from there: one pattern tried at each
    opening would scan from every one to the same ">" (or to the end of the
    text), and thousands of unclosed ones would cost their square.
    """
    pos = 0
    while True:
        opening = DIRECTIVE_OPENING_RE.search(text, pos)
        if opening is None:
            return
        gt = text.find(">", opening.end())
        if gt < 0:
            return  # no later opening can close either
        if text[gt - 2:gt] == "--":  # (the action holds no "--")
            yield opening.start(), gt + 1, opening.group("action"), text[opening.end():gt - 2].rstrip(" \t")
        pos = gt + 1


def find_directives(text: str, index: LineIndex) -> list[Directive]:
    found = []
    for start, end, action, listed in directive_matches(text):
        rules = tuple(r for r in re.split(r"[\s,]+", listed.strip()) if r)
        line, _ = index.position(start)
        found.append(Directive(action, rules, line, start, end))
    return found
