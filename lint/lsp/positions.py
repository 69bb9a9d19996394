"""Character offsets of yure ↔ LSP positions.

yure counts code points; an LSP client counts UTF-16 code units unless it
negotiated UTF-8 bytes or UTF-32 (code points) at initialisation.  Lines
end at ``\\r\\n``, ``\\n`` or a lone ``\\r``, for LSP and yure alike (and not
at the other characters :meth:`str.splitlines` breaks on).

A long line (a 5 MB file of one line) must not be re-encoded for every
position: the units before every :data:`STRIDE`-th character are counted
once, so a conversion encodes at most one stride of text.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Optional
from lint.cache.programs import compile_re

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
STRIDE = 2048
_LINE_BREAK = compile_re(r"\r\n|\r|\n")
# Characters that are not one unit in the encoding: none at all is the
# common case, and then a column is a difference of offsets.
_WIDE = {UTF8: compile_re(r"[^\x00-\x7f]"), UTF16: compile_re(r"[\U00010000-\U0010ffff]")}


def _units(text: str, encoding: str) -> int:
    if encoding == UTF16:
        return len(text.encode("utf-16-le", "surrogatepass")) // 2
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text)


class PositionMap:
    """Converts between offsets into ``text`` and LSP (line, character) pairs."""

    def __init__(self, text: str, encoding: str = UTF16):
        self.text = text
        self.encoding = encoding
        starts = [0]
        starts.extend(m.end() for m in _LINE_BREAK.finditer(text))
        self.starts = starts
        wide = _WIDE.get(encoding)
        self._simple = wide is None or wide.search(text) is None
        self._checkpoints: Optional[list[int]] = None

    @property
    def line_count(self) -> int:
        return len(self.starts)

    def line_end(self, line: int) -> int:
        """Offset where 0-based ``line``'s text ends (before its line break)."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1]
            if self.text[end - 2:end] == "\r\n":
                return end - 2
            return end - 1
        return len(self.text)

    def _before(self, offset: int) -> int:
        """Units in ``text[:offset]``."""
        if self._checkpoints is None:
            points = [0]
            text, encoding = self.text, self.encoding
            for start in range(0, len(text) - STRIDE + 1, STRIDE):
                points.append(points[-1] + _units(text[start:start + STRIDE], encoding))
            self._checkpoints = points
        block = offset // STRIDE
        return self._checkpoints[block] + _units(self.text[block * STRIDE:offset], self.encoding)

    def position(self, offset: int) -> tuple[int, int]:
        """0-based (line, character in the negotiated units) of ``offset``."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        if self._simple:
            return line, offset - start
        return line, self._before(offset) - self._before(start)

    def offset(self, line: int, character: int) -> int:
        """Offset of an LSP position; past the end of its line is the line's end,
        past the last line the end of the text (as the protocol asks)."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[line], self.line_end(line)
        character = max(0, character)
        if self._simple:
            return min(start + character, end)
        target = self._before(start) + character
        lo, hi = start, end
        # The first offset whose units reach the target: inside a
        # character of several units, the position of that character.
        while lo < hi:
            mid = (lo + hi) // 2
            if self._before(mid + 1) <= target:
                lo = mid + 1
            else:
                hi = mid
        return lo
