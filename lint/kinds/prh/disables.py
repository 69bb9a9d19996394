"""prh's ``prh:disable`` comments, which switch a dictionary off for a paragraph.

Without a word every change in the comment's paragraph (run of non-blank
lines) is dropped; with one (``prh:disable:word``), the word is a regex and
changes whose matched text contains it are dropped.  Text on the comment's
own line, up to the end of the word, is never changed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional
from lint.cache.programs import compile_re

PRH_DISABLE_RE = compile_re(r"^.*?prh:disable(?::(?P<word>[^\n\s]*))?", re.M)

# (word or None, paragraph span, comment span)
DisableComment = tuple[Optional[str], tuple[int, int], tuple[int, int]]


def find_disables(text: str, paragraphs: list[tuple[int, int]]) -> list[DisableComment]:
    """``prh:disable`` comments and the paragraph (run of non-blank lines) each governs."""
    starts = [start for start, _ in paragraphs]
    found = []
    for m in PRH_DISABLE_RE.finditer(text):
        # From the start of the line to the end of the word: never rewritten.
        # The comment's line is not blank, so a paragraph holds it.
        word = m.group("word") or None
        paragraph = paragraphs[bisect_right(starts, m.start()) - 1]
        found.append((word, paragraph, (m.start(), m.end())))
    return found


class Disables:
    """A document's ``prh:disable`` comments, found by position.

    A comment can concern a change only through its paragraph, which must
    hold the change's start, or its own text, which must overlap the
    change: so each change is tested against those few, not against every
    comment of an archive that holds one per post.
    """

    def __init__(self, disables: list) -> None:
        self.disables = disables  # in text order, as the parser found them
        self.comment_starts = [c_start for _, _, (c_start, _) in disables]
        self.longest = max(c_end - c_start for _, _, (c_start, c_end) in disables)
        self.paragraphs: dict[tuple[int, int], list[int]] = {}
        for i, (_, paragraph, _) in enumerate(disables):
            self.paragraphs.setdefault(paragraph, []).append(i)
        self.paragraph_list = sorted(self.paragraphs)  # paragraphs do not overlap
        self.paragraph_starts = [start for start, _ in self.paragraph_list]

    def near(self, start: int, end: int) -> list:
        """The comments that may concern a change at ``[start, end)``, in text order."""
        picked = set(range(bisect_left(self.comment_starts, start - self.longest),
                           bisect_left(self.comment_starts, end)))
        k = bisect_right(self.paragraph_starts, start) - 1
        if k >= 0 and start < self.paragraph_list[k][1]:
            picked.update(self.paragraphs[self.paragraph_list[k]])
        return [self.disables[i] for i in sorted(picked)]


def disabled(disables: list, hit: tuple) -> bool:
    """prh's ``prh:disable`` comments, which act on their paragraph.

    Without a word every change in the paragraph is dropped; with one, the
    word is a regex and changes whose matched text contains it are dropped.
    Text on the comment's own line, up to the end of the word, is never changed.
    ``disables``: the document's comments, or those near the change (:class:`Disables`).
    """
    import regex

    start, end, _, match = hit
    for word, (p_start, p_end), (c_start, c_end) in disables:
        if c_start < end and start < c_end:
            return True
        if p_start <= start < p_end:
            if word is None:
                return True
            try:
                # The word is a regex written in the document: bounded in time too.
                if regex.search(word, match.group(), timeout=1.0):
                    return True
            except (regex.error, TimeoutError):
                if word in match.group():
                    return True
    return False
