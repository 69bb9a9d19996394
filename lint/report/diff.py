"""Unified diffs of fixed files, in time that grows with the file, not its square.

``difflib`` compares every line with every other, which on an archive of
a hundred thousand lines, many of them repeated, takes minutes.  A fix
changes a few lines here and there, so this walks both versions side by
side and, where they part, looks a short way ahead for the place they meet
again.  Any alignment gives a correct diff (lines it cannot match are shown
as removed and added); this one is the obvious one for local edits.

Lines end at ``\\n`` only, as patch(1) and ``git apply`` read them: a
``\\r\\n`` file's lines keep their ``\\r``, and a file with ``\\r`` alone is
one line, as ``diff -u`` shows it (``str.splitlines`` would also split at
form feeds and U+2028).

A patch is bytes, and ``--diff`` writes each file's hunks in that file's own
bytes (``file_diff``), as ``diff -a -u`` and ``git diff`` do: its encoding,
byte-order mark and line endings.  In UTF-16 and UTF-32 a line is what ends
at a ``0x0A`` byte, which may fall inside a character (上 is ``0A 4E`` in
UTF-16LE); the tools that apply a patch split it the same way, so it still
applies.
"""

from __future__ import annotations

import os
from typing import Iterator, Protocol, TypeVar


CONTEXT = 3  # unchanged lines shown around each change, as diff -u does
# How far ahead (lines of both versions together) to look for the place two
# versions meet again, and how many equal lines in a row count as meeting.
LOOKAHEAD = 400
CONFIRM = 3
# Beyond this distance a place where fewer than CONFIRM lines agree will do.
PARTIAL_RANGE = 2 * CONFIRM + 2

Line = TypeVar("Line", str, bytes)
Opcode = tuple[str, int, int, int, int]  # (tag, a_start, a_end, b_start, b_end), as difflib's


def split_lines(text: str) -> list[str]:
    """The lines of ``text``, each with its ``\\n``."""
    lines = text.split("\n")
    last = lines.pop()
    out = [line + "\n" for line in lines]
    if last:  # the text does not end with a line break
        out.append(last)
    return out


def _meet(a: list[Line], b: list[Line], i: int, j: int) -> tuple[int, int] | None:
    """The nearest (skip in a, skip in b) after which the versions agree again.

    Agreeing means CONFIRM equal lines in a row.  Where changes are dense (a
    fix on every other line) there is no such run: past PARTIAL_RANGE the
    nearest place where even one line agrees is taken, so each change costs
    a few comparisons, not a search of the whole look-ahead.
    """
    n, m = len(a), len(b)
    partial = None
    for distance in range(1, LOOKAHEAD + 1):
        if partial is not None and distance > PARTIAL_RANGE:
            return partial
        # Balanced skips first: a changed line is more likely than an added one.
        for skew in sorted(range(-distance, distance + 1, 2), key=abs):
            da, db = (distance + skew) // 2, (distance - skew) // 2
            x, y = i + da, j + db
            if x > n or y > m:
                continue
            if x == n or y == m:
                if x == n and y == m:
                    return da, db  # both end here
                continue
            k = 0
            while k < CONFIRM and x + k < n and y + k < m and a[x + k] == b[y + k]:
                k += 1
            if k == CONFIRM or (k and x + k == n and y + k == m):
                return da, db  # agreeing lines, or the rest of both agreeing
            if k and partial is None:
                partial = (da, db)
    return partial


def opcodes(a: list[Line], b: list[Line]) -> list[Opcode]:
    """How to turn ``a`` into ``b``: equal runs and the changes between them."""
    import difflib

    out: list[Opcode] = []
    n, m = len(a), len(b)
    i = j = 0
    while i < n or j < m:
        i0, j0 = i, j
        while i < n and j < m and a[i] == b[j]:
            i += 1
            j += 1
        if i > i0:
            out.append(("equal", i0, i, j0, j))
        if i == n or j == m:
            if i < n:
                out.append(("delete", i, n, j, j))
            elif j < m:
                out.append(("insert", i, i, j, m))
            break
        skip = _meet(a, b, i, j)
        if skip is None:
            # Nothing agrees for a long way: a large rewrite.  Leave the rest
            # to difflib (slow only on such rare input).
            for tag, a1, a2, b1, b2 in difflib.SequenceMatcher(None, a[i:], b[j:], autojunk=False).get_opcodes():
                out.append((tag, i + a1, i + a2, j + b1, j + b2))
            break
        da, db = skip
        if da == db:
            out.extend(_paired(a, b, i, j, da))
        else:
            out.append(("replace" if da and db else "delete" if da else "insert", i, i + da, j, j + db))
        i += da
        j += db
    return out


def _paired(a: list[Line], b: list[Line], i: int, j: int, count: int) -> Iterator[Opcode]:
    """``count`` lines of each version, taken as changed line for line: the
    lines among them that did not change (a blank line between two fixed
    paragraphs) are shown as unchanged, not removed and added again."""
    k = 0
    while k < count:
        start, same = k, a[i + k] == b[j + k]
        while k < count and (a[i + k] == b[j + k]) == same:
            k += 1
        yield ("equal" if same else "replace", i + start, i + k, j + start, j + k)


def _hunks(ops: list[Opcode]) -> Iterator[list[Opcode]]:
    """The changes in groups, each with up to CONTEXT equal lines around it."""
    if not any(tag != "equal" for tag, *_ in ops):
        return
    ops = list(ops)
    tag, a1, a2, b1, b2 = ops[0]
    if tag == "equal":
        ops[0] = (tag, max(a1, a2 - CONTEXT), a2, max(b1, b2 - CONTEXT), b2)
    tag, a1, a2, b1, b2 = ops[-1]
    if tag == "equal":
        ops[-1] = (tag, a1, min(a2, a1 + CONTEXT), b1, min(b2, b1 + CONTEXT))
    group: list[Opcode] = []
    for tag, a1, a2, b1, b2 in ops:
        if tag == "equal" and a2 - a1 > 2 * CONTEXT and group:
            # A long unchanged stretch closes this hunk and opens the next.
            group.append((tag, a1, a1 + CONTEXT, b1, b1 + CONTEXT))
            yield group
            group = []
            a1, b1 = a2 - CONTEXT, b2 - CONTEXT
        group.append((tag, a1, a2, b1, b2))
    if group and not (len(group) == 1 and group[0][0] == "equal"):
        yield group


def _range(start: int, stop: int) -> str:
    """A hunk header's line range: 1-based start, and the length unless it is 1."""
    length = stop - start
    if length == 1:
        return str(start + 1)
    return f"{start if length == 0 else start + 1},{length}"


NO_NEWLINE = b"\n\\ No newline at end of file\n"


def split_byte_lines(data: bytes) -> list[bytes]:
    """The lines of ``data`` as patch(1) reads them, each with its ``\\n`` byte."""
    lines = data.split(b"\n")
    last = lines.pop()
    out = [line + b"\n" for line in lines]
    if last:
        out.append(last)
    return out


def _line(mark: bytes, line: bytes) -> bytes:
    if line.endswith(b"\n"):
        return mark + line
    return mark + line + NO_NEWLINE


def byte_diff(path: bytes, before: bytes, after: bytes) -> bytes:
    """``diff -a -u`` of one file, with ``a/`` and ``b/`` prefixes as git writes them; empty when equal."""
    a, b = split_byte_lines(before), split_byte_lines(after)
    out: list[bytes] = []
    for group in _hunks(opcodes(a, b)):
        if not out:
            out.append(b"--- a/" + path + b"\n+++ b/" + path + b"\n")
        first, last = group[0], group[-1]
        out.append(f"@@ -{_range(first[1], last[2])} +{_range(first[3], last[4])} @@\n".encode("ascii"))
        for tag, a1, a2, b1, b2 in group:
            if tag == "equal":
                out.extend(_line(b" ", line) for line in a[a1:a2])
                continue
            out.extend(_line(b"-", line) for line in a[a1:a2])
            out.extend(_line(b"+", line) for line in b[b1:b2])
    return b"".join(out)


def unified_diff(path: str, before: str, after: str) -> str:
    """The diff of two texts of one UTF-8 file (for reading; ``file_diff`` is what --diff prints)."""
    return byte_diff(path.encode("utf-8"), before.encode("utf-8"), after.encode("utf-8")).decode("utf-8")


class EncodedSource(Protocol):
    text: str
    original: bytes | None

    def encode(self, text: str) -> bytes: ...


def file_diff(path: str, source: EncodedSource, after: str) -> bytes:
    """The patch that turns the file ``source`` was read from into ``after``, written as --fix would write it.

    The old side is the file's bytes (``source.original`` when decoding did
    not keep them, as cp932's duplicate codes do not), the new side what
    ``--fix`` writes; the path is named as the file system spells it.
    """
    before = source.original if source.original is not None else source.encode(source.text)
    return byte_diff(os.fsencode(path), before, source.encode(after))
