"""Splitting text into sentences, outside quotations and brackets."""

from __future__ import annotations

from lint.cache.programs import compile_re

SENTENCE_ENDS = frozenset("。！？!?")
OPENERS = {"「": "」", "『": "』", "(": ")", "（": "）"}
CLOSERS = frozenset(OPENERS.values())

# The only characters that change the state of the sentence splitter.
SPLIT_RE = compile_re(r"[。！？!?「」『』()（）\r\n]+")


def split_sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``[start, end)`` at sentence ends outside brackets."""
    out: list[tuple[int, int]] = []
    stack: list[str] = []
    sent_start = start
    for m in SPLIT_RE.finditer(masked, start, end):
        run = m.group()
        pos = m.start()
        k = 0
        while k < len(run):
            ch = run[k]
            if ch in OPENERS:
                stack.append(OPENERS[ch])
            elif ch in CLOSERS:
                if stack and stack[-1] == ch:
                    stack.pop()
                elif ch in stack:  # a missing closer inside: recover
                    while stack and stack.pop() != ch:
                        pass
            elif ch in SENTENCE_ENDS and not stack and not _in_name(masked, pos + k, end):
                j = k + 1
                while j < len(run) and run[j] in SENTENCE_ENDS:  # 「！？」 runs
                    j += 1
                _add_sentence(out, masked, sent_start, pos + j)
                sent_start = pos + j
                k = j
                continue
            elif ch in "\r\n" and stack:
                # A bracket left open at a line end is a typo, not a quotation
                # spanning lines: close the sentence so it does not swallow the
                # rest of the block.
                stack.clear()
                _add_sentence(out, masked, sent_start, pos + k)
                sent_start = pos + k + 1
            k += 1
    _add_sentence(out, masked, sent_start, end)
    return out


# A Latin letter before and a letter or particle right after: the mark is
# part of a name (Yahoo!の事業, Yahoo! JAPAN is a name spaced off).
_LATIN_BEFORE = compile_re(r"[A-Za-z]")
_GOES_ON = compile_re(r"[^\s。！？!?」』)）\x00]")


def _in_name(masked: str, at: int, end: int) -> bool:
    return (masked[at] in "!?" and at > 0 and _LATIN_BEFORE.match(masked, at - 1) is not None
            and at + 1 < end and _GOES_ON.match(masked, at + 1) is not None)


_NOT_SPACE = compile_re(r"[^ \t\u3000\r\n]")
_PROSE = compile_re(r"[^ \t\u3000\r\n\x00]")


def _add_sentence(out: list[tuple[int, int]], masked: str, start: int, end: int) -> None:
    m = _NOT_SPACE.search(masked, start, end)
    if m is None:
        return
    start = m.start()
    while masked[end - 1] in " \t\u3000\r\n":
        end -= 1
    if _PROSE.search(masked, start, end):  # not only masked code or URLs
        out.append((start, end))
