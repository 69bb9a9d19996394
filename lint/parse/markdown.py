"""Markdown's constructs in a text: code, comments, links, headings, quotes, emphasis.

What :func:`~lint.parse.parse` hides from prose checks (code, HTML
comments, link targets) and the regions textlint-rule-prh tells apart.
Every scan here is written so that a long line of unclosed brackets or
openings costs time in proportion to its length, never its square.
"""

from __future__ import annotations

import re
from typing import Any, Iterator, Optional

from lint.cache.programs import compile_re
from lint.model import CodeBlock, Line

MD_HEADING_RE = compile_re(r"^(?P<hashes>#{1,6})[ \t]+(?P<name>.*?)[ \t]*#*[ \t]*$")
FENCE_RE = compile_re(r"[ ]{0,3}(?P<fence>`{3,}|~{3,})")
INLINE_CODE_RE = compile_re(r"(?<!`)(?P<ticks>`+)(?!`).+?(?<!`)(?P=ticks)(?!`)")
HTML_COMMENT_RE = compile_re(r"<!--.*?-->", re.S)

# A link is [text](target) or [text][ref]; its text may hold bracketed
# parts ([a [b] c]) whose insides may hold a "[" but not a "]".
# _links finds them; LINK_TAIL_RE is the part after the text.
LINK_TAIL_RE = compile_re(r"\((?P<target>[^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\)|\[[^\]\n]*\]")
BRACKET_RE = compile_re(r"[\[\]]")
LINK_DEF_RE = compile_re(r"^ {0,3}\[[^\]\n]+\]:\s*\S+.*$", re.M)
# An autolink is <scheme:...> with no space inside (see _autolinks).
AUTOLINK_START_RE = compile_re(r"<(?:https?|ftp|mailto):")
AUTOLINK_STOP_RE = compile_re(r"[>\s]")
EMPHASIS_RE = compile_re(r"(?<![*\\\w])\*(?![*\s])[^*\n]+?(?<![\s\\])\*(?!\*)|(?<![_\w])_(?![_\s])[^_\n]+?(?<!\s)_(?![_\w])")
SETEXT_RE = compile_re(r"^ {0,3}(?:=+|-+)[ \t]*$")
BLOCKQUOTE_RE = compile_re(r" {0,3}>")


def markdown_regions(text: str, lines: list[Line]) -> tuple[list[tuple[int, int]], dict, list[CodeBlock],
                                                    list[tuple[int, int]]]:
    """Hidden ranges (code, comments, link targets), construct regions, code
    blocks, and the links' ``(target)`` spans in order."""
    masked: list[tuple[int, int]] = []
    targets: list[tuple[int, int]] = []
    regions: dict[str, list[tuple[int, int]]] = {"heading": [], "blockquote": [], "emphasis": [], "link": []}
    blocks: list[CodeBlock] = []
    # YAML front matter at the very top.
    if lines and text[lines[0].start:lines[0].end] == "---":
        for line in lines[1:]:
            if text[line.start:line.end] in ("---", "..."):
                masked.append((0, line.end))
                break
    fence: Optional[str] = None
    fence_line: Optional[Line] = None
    lang = ""
    in_code = [False] * len(lines)
    for row, line in enumerate(lines):
        m = FENCE_RE.match(text, line.start, line.end)
        if fence is None:
            if m:
                fence, fence_line = m.group("fence"), line
                info = text[m.end():line.end].strip()
                lang = info.split()[0] if info else ""
                in_code[row] = True
        else:
            in_code[row] = True
            if m and m.group("fence")[0] == fence[0] and len(m.group("fence")) >= len(fence) \
                    and not text[m.end():line.end].strip():
                masked.append((fence_line.start, line.end))
                body_start = _after_line(text, fence_line)
                blocks.append(CodeBlock(lang, body_start, max(body_start, line.start)))
                fence = None
    if fence is not None:  # an unclosed fence runs to the end, as in CommonMark
        masked.append((fence_line.start, len(text)))
        body_start = _after_line(text, fence_line)
        blocks.append(CodeBlock(lang, body_start, len(text)))
    # A comment ends at the first "-->" after it: none can end past the last
    # one, and searching past it would scan to the end of the text from
    # every "<!--" left open.
    for m in HTML_COMMENT_RE.finditer(text, 0, text.rfind("-->") + 3):
        masked.append(m.span())
    for row, line in enumerate(lines):
        if in_code[row]:
            continue
        for m in INLINE_CODE_RE.finditer(text, line.start, line.end):
            masked.append(m.span())
        content = text[line.content_start:line.end]
        if MD_HEADING_RE.match(content) or (
                row + 1 < len(lines) and content.strip() and not in_code[row + 1]
                and SETEXT_RE.match(text[lines[row + 1].start:lines[row + 1].end])
                and not SETEXT_RE.match(content)):
            regions["heading"].append((line.start, line.end))
        if BLOCKQUOTE_RE.match(text, line.start, line.end):
            regions["blockquote"].append((line.start, line.end))
        for start, tail in links(text, line.start, line.end):
            regions["link"].append((start, tail.end()))
            if tail.group("target") is not None:
                targets.append((tail.start("target") - 1, tail.end()))
                masked.append(targets[-1])  # the (target), not the text
        for span in autolinks(text, line.start, line.end):
            regions["link"].append(span)
            masked.append(span)
        for m in EMPHASIS_RE.finditer(text, line.start, line.end):
            regions["emphasis"].append(m.span())
    for m in LINK_DEF_RE.finditer(text):
        masked.append(m.span())
    for key in regions:
        regions[key].sort()
    return masked, regions, blocks, targets


def links(text: str, start: int, end: int) -> Iterator[tuple[int, Any]]:
    """The Markdown links of ``text[start:end]`` (one line): the start of
    each (at its ``!`` or ``[``) and the match of its tail.

    A regex tried at every ``[`` would scan to the end of the line from each
    one when no ``]`` closes them, so a line of thousands of brackets would
    cost the square of its length.  Here the scan from each bracket is
    worked out once, from the last bracket of the line to the first.
    """
    brackets = [m.start() for m in BRACKET_RE.finditer(text, start, end)]
    n = len(brackets)
    if n < 2:
        return
    # close_after[k]: where the text of a link whose scan reaches bracket k
    # ends (the "]" it stops at), or -1 if it never ends.  A "]" stops the
    # scan; a "[" opens a part that runs to the next "]", after which the
    # scan goes on from the bracket after that.
    close_after = [-1] * (n + 1)
    next_close = n  # the first "]" after bracket k
    for k in range(n - 1, -1, -1):
        if text[brackets[k]] == "]":
            close_after[k] = brackets[k]
            next_close = k
        elif next_close < n:
            close_after[k] = close_after[next_close + 1]
    tails: dict[int, Any] = {}  # by the end of the text: links sharing it share the tail
    cursor = start
    for k, pos in enumerate(brackets):
        if pos < cursor or text[pos] != "[":
            continue
        close = close_after[k + 1]
        if close < 0:
            continue
        if close not in tails:
            tails[close] = LINK_TAIL_RE.match(text, close + 1, end)
        tail = tails[close]
        if tail is None:
            continue
        begin = pos - 1 if pos > cursor and text[pos - 1] == "!" else pos
        yield begin, tail
        cursor = tail.end()


def autolinks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of ``<https://…>`` in ``text[start:end]``.

    An opening that meets a space (or the end) before its ``>`` is no link,
    and nor is any other opening before that space: the search goes on from
    there, instead of scanning to the same space again from each of them.
    """
    pos = start
    while True:
        opening = AUTOLINK_START_RE.search(text, pos, end)
        if opening is None:
            return
        stop = AUTOLINK_STOP_RE.search(text, opening.end(), end)
        if stop is None:
            return
        if text[stop.start()] == ">":
            yield opening.start(), stop.end()
            pos = stop.end()
        else:
            pos = stop.start()


def _after_line(text: str, line: Line) -> int:
    pos = line.end
    if pos < len(text) and text[pos] == "\r":
        pos += 1
    if pos < len(text) and text[pos] == "\n":
        pos += 1
    return pos


