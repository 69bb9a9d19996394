"""Text → :class:`~lint.model.Document`.

This is the only place that reads raw text structure; checks work on the
model it returns.  The parser is deliberately forgiving: any text parses
(unbalanced brackets, no posts, headings only), because a linter that
crashes on odd input stops a commit for the wrong reason.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Mapping, Optional

from lint.model import Block, CodeBlock, Directive, Document, Heading, Line, LineIndex, Post, Section, Sentence

MASK = "\x00"

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

# A post's title line ends with a timestamp, optionally set off by a dash.
TIME_RE = re.compile(r"日[ \t\u3000]+\d{1,2}:\d{2}[ \t\u3000]*(?:\r\n|\r|\n|$)")
TITLE_RE = re.compile(
    r"^(?P<title>.*?)[ \t\u3000]*(?:[―—–－][ \t\u3000]*)?"
    r"(?P<ts>\d{4}年\d{1,2}月\d{1,2}日[ \t\u3000]+\d{1,2}:\d{2})[ \t\u3000]*$"
)
BRACKET_HEADING_RE = re.compile(r"^【(?P<name>[^【】]+)】[ \t\u3000]*$")
MD_HEADING_RE = re.compile(r"^(?P<hashes>#{1,6})[ \t]+(?P<name>.*?)[ \t]*#*[ \t]*$")
# List markers: ・ bullets, numbered heads 1. / 1． / (1) / （1） / 1) / ①,
# and Markdown's - * + bullets.
ITEM_RE = re.compile(
    r"(?P<marker>[・•●◦▪]|[-*+](?=[ \t])|\d{1,3}[.．](?!\d)|[(（]\d{1,3}[)）]|\d{1,3}[)）]|[①-⑳])[ \t\u3000]*"
)
# A URL runs from http(s):// to the first of these (at least one character on).
URL_STOP = r"[\s<>\"'（）「」『』【】、。]"
URL_START_RE = re.compile(r"https?://(?!" + URL_STOP + r"|$)")
URL_STOP_RE = re.compile(URL_STOP)
# A directive is <!-- yure: ACTION RULES --> with no ">" inside (see
# _directive_matches); this is its opening.
DIRECTIVE_OPENING_RE = re.compile(
    r"<!--[ \t]*yure:[ \t]*(?P<action>disable-next-line|disable-line|disable-file|disable|enable)"
)
FENCE_RE = re.compile(r"[ ]{0,3}(?P<fence>`{3,}|~{3,})")
INLINE_CODE_RE = re.compile(r"(?<!`)(?P<ticks>`+)(?!`).+?(?<!`)(?P=ticks)(?!`)")
HTML_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)

SENTENCE_ENDS = frozenset("。！？!?")
OPENERS = {"「": "」", "『": "』", "(": ")", "（": "）"}
CLOSERS = frozenset(OPENERS.values())
SPACES = " \t\u3000"


def loose_name(name: str) -> str:
    """Normalise a heading name so that width and stray spaces do not matter."""
    return "".join(unicodedata.normalize("NFKC", name).split())


@dataclass
class SectionNames:
    """Which heading names are sections: canonical names and their aliases."""

    lookup: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, names: Mapping[str, Iterable[str]]) -> "SectionNames":
        lookup: dict[str, str] = {}
        for canonical, aliases in names.items():
            lookup.setdefault(loose_name(canonical), canonical)
            for alias in aliases:
                lookup.setdefault(loose_name(alias), canonical)
        return cls(lookup)

    def canonical(self, written: str) -> Optional[str]:
        return self.lookup.get(loose_name(written))


def is_markdown(path: str) -> bool:
    return path.lower().endswith(MARKDOWN_SUFFIXES)


LINE_RE = re.compile(r"(?P<indent>[ \t\u3000]*)(?P<rest>[^\r\n]*)(?:\r\n|\r|\n|$)")


def split_lines(text: str, index: LineIndex) -> list[Line]:
    """Every line: its span without the terminator, and where its content starts."""
    lines = []
    append = lines.append
    for start in index.starts:
        m = LINE_RE.match(text, start)
        append(Line(start, m.end("rest"), m.end("indent")))
    return lines


# A link is [text](target) or [text][ref]; its text may hold bracketed
# parts ([a [b] c]) whose insides may hold a "[" but not a "]".
# _links finds them; LINK_TAIL_RE is the part after the text.
LINK_TAIL_RE = re.compile(r"\((?P<target>[^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\)|\[[^\]\n]*\]")
BRACKET_RE = re.compile(r"[\[\]]")
LINK_DEF_RE = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S+.*$", re.M)
# An autolink is <scheme:...> with no space inside (see _autolinks).
AUTOLINK_START_RE = re.compile(r"<(?:https?|ftp|mailto):")
AUTOLINK_STOP_RE = re.compile(r"[>\s]")
EMPHASIS_RE = re.compile(r"(?<![*\\\w])\*(?![*\s])[^*\n]+?(?<![\s\\])\*(?!\*)|(?<![_\w])_(?![_\s])[^_\n]+?(?<!\s)_(?![_\w])")
SETEXT_RE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
BLOCKQUOTE_RE = re.compile(r" {0,3}>")


def _directive_matches(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, action, rules) of each ``<!-- yure: … -->`` directive.

    A directive ends at the first ">" after its action, which must close
    "-->".  An opening left unclosed shares that ">" with every opening
    before it, so the search goes on from there: one pattern tried at each
    opening scanned from every one to the same ">" (or to the end of the
    text), and thousands of unclosed ones took time growing with their
    square.
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


def _markdown(text: str, lines: list[Line]) -> tuple[list[tuple[int, int]], dict, list[CodeBlock],
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
        for start, tail in _links(text, line.start, line.end):
            regions["link"].append((start, tail.end()))
            if tail.group("target") is not None:
                targets.append((tail.start("target") - 1, tail.end()))
                masked.append(targets[-1])  # the (target), not the text
        for span in _autolinks(text, line.start, line.end):
            regions["link"].append(span)
            masked.append(span)
        for m in EMPHASIS_RE.finditer(text, line.start, line.end):
            regions["emphasis"].append(m.span())
    for m in LINK_DEF_RE.finditer(text):
        masked.append(m.span())
    for key in regions:
        regions[key].sort()
    return masked, regions, blocks, targets


def _links(text: str, start: int, end: int) -> Iterator[tuple[int, Any]]:
    """The Markdown links of ``text[start:end]`` (one line): the start of
    each (at its ``!`` or ``[``) and the match of its tail.

    A regex tried at every ``[`` would scan to the end of the line from each
    one when no ``]`` closes them, so a line of thousands of brackets took
    time that grew with its square.  Here the scan from each bracket is
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


def _autolinks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
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


def _urls(text: str, targets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the URLs of ``text``; in Markdown, one in a link's (target)
    ends with the target, and one in a link's [text] with the text.

    Japanese puts no space after a link, so a URL alone would run on
    through ``)`` into the sentence (…/a)とキエフの件) and hide it, and from
    a link text that is a URL through ``](`` into the target.  After a cut
    the search goes on from the cut.  Every URL that starts in one run of
    URL characters ends where the run does, so the run's end is looked up
    once (links packed on one line are not scanned to its end from each).
    """
    starts = [start for start, _ in targets]
    out = []
    pos = run_end = 0
    while True:
        m = URL_START_RE.search(text, pos)
        if m is None:
            return out
        start = m.start()
        if start >= run_end:
            stop = URL_STOP_RE.search(text, m.end())
            run_end = stop.start() if stop else len(text)
        end = run_end
        k = bisect_right(starts, start) - 1
        if k >= 0 and start < targets[k][1]:
            end = min(end, targets[k][1] - 1)  # before the closing ")"
        elif k + 1 < len(targets) and targets[k + 1][0] < end:
            end = targets[k + 1][0] - 1  # before the "]" that the target's "(" follows
        out.append((start, end))
        pos = end


def _after_line(text: str, line: Line) -> int:
    pos = line.end
    if pos < len(text) and text[pos] == "\r":
        pos += 1
    if pos < len(text) and text[pos] == "\n":
        pos += 1
    return pos


def _paragraphs(lines: list[Line]) -> list[tuple[int, int]]:
    """Spans of the runs of non-blank lines, in order."""
    spans = []
    start = None
    last_end = 0
    for line in lines:
        if line.content_start < line.end:
            if start is None:
                start = line.start
            last_end = line.end
        elif start is not None:
            spans.append((start, last_end))
            start = None
    if start is not None:
        spans.append((start, last_end))
    return spans


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _apply_mask(text: str, ranges: list[tuple[int, int]]) -> str:
    if not ranges:
        return text
    parts = []
    pos = 0
    for start, end in ranges:
        parts.append(text[pos:start])
        # Keep line terminators so line structure survives masking.
        chunk = text[start:end]
        parts.append("".join(c if c in "\r\n" else MASK for c in chunk))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _directives(text: str, index: LineIndex) -> list[Directive]:
    found = []
    for start, end, action, listed in _directive_matches(text):
        rules = tuple(r for r in re.split(r"[\s,]+", listed.strip()) if r)
        line, _ = index.position(start)
        found.append(Directive(action, rules, line, start, end))
    return found


# The only characters that change the state of the sentence splitter.
SPLIT_RE = re.compile(r"[。！？!?「」『』()（）\r\n]+")


def split_sentences(masked: str, start: int, end: int) -> list[Sentence]:
    """Split ``[start, end)`` at sentence ends outside brackets."""
    out: list[Sentence] = []
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
            elif ch in SENTENCE_ENDS and not stack:
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


_NOT_SPACE = re.compile(r"[^ \t\u3000\r\n]")
_PROSE = re.compile(r"[^ \t\u3000\r\n\x00]")


def _add_sentence(out: list[Sentence], masked: str, start: int, end: int) -> None:
    m = _NOT_SPACE.search(masked, start, end)
    if m is None:
        return
    start = m.start()
    while masked[end - 1] in " \t\u3000\r\n":
        end -= 1
    if _PROSE.search(masked, start, end):  # not only masked code or URLs
        out.append(Sentence(start, end))


def _blocks(structural: str, masked: str, lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    para: list[Line] = []

    def flush() -> None:
        if para:
            blocks.append(Block("paragraph", para[0].start, para[-1].end, para[0].content_start, list(para),
                                text=masked))
            para.clear()

    for line in lines:
        if line.content_start >= line.end or not structural[line.content_start:line.end].strip(MASK + SPACES):
            # Blank, or nothing but code or a comment: ends a paragraph.
            flush()
            continue
        m = ITEM_RE.match(structural, line.content_start, line.end)
        if m and m.end() < line.end:
            flush()
            blocks.append(Block("item", line.start, line.end, m.end(), [line], marker=m.group("marker"),
                                text=masked))
            continue
        para.append(line)
    flush()
    return blocks


def _heading(structural: str, line: Line, markdown: bool, names: SectionNames):
    """(canonical or None, written name, bracketed?) when the line is a heading."""
    content = structural[line.content_start:line.end]
    if MASK in content:
        return None
    m = BRACKET_HEADING_RE.match(content)
    if m:
        return names.canonical(m.group("name")), m.group("name"), True
    if markdown:
        m = MD_HEADING_RE.match(content)
        if m:
            inner = m.group("name")
            b = BRACKET_HEADING_RE.match(inner)
            written = b.group("name") if b else inner
            canonical = names.canonical(written)
            if canonical is not None:
                return canonical, written, False
            if b:
                return None, written, True
    return None


def _title(masked: str, line: Line, markdown: bool) -> Optional[re.Match]:
    content = masked[line.content_start:line.end]
    if markdown:
        m = MD_HEADING_RE.match(content)
        if m:
            content = m.group("name")
    return TITLE_RE.match(content)


def parse(text: str, path: str = "<text>", section_names: Optional[SectionNames] = None,
          kind: Optional[str] = None, structure: bool = True, post_file: bool = False) -> Document:
    """Parse ``text`` into a :class:`Document`.

    ``post_file``: the configuration names the file as posts (see
    :meth:`Document.is_post`).

    With ``structure=False`` (no enabled check looks at posts or sections)
    the file is one post without sections, and the cost of finding titles,
    headings, paragraphs and list items is saved.
    """
    names = section_names or SectionNames()
    markdown = (kind == "markdown") if kind else is_markdown(path)
    index = LineIndex(text)
    lines = split_lines(text, index)
    directives = _directives(text, index)
    if markdown:
        code_ranges, regions, code_blocks, targets = _markdown(text, lines)
        code_ranges = _merge(code_ranges)
    else:
        # In plain text only the directives themselves are hidden.
        code_ranges, regions, code_blocks, targets = _merge([(d.start, d.end) for d in directives]), {}, [], []
    urls = _urls(text, targets)
    # ``structural``: code and comments hidden, so a heading inside a code
    # block is no heading.  ``masked``: URLs hidden too, for prose checks.
    structural = _apply_mask(text, code_ranges)
    masked = _apply_mask(structural, urls) if urls else structural

    # Posts start at title lines; only lines holding a time can be one.
    title_rows: list[tuple[int, re.Match]] = []
    for hit in TIME_RE.finditer(structural) if structure else ():
        row = bisect_right(index.starts, hit.start()) - 1
        if title_rows and title_rows[-1][0] == row:
            continue
        line = lines[row]
        if MASK in structural[line.content_start:line.end]:
            continue
        m = _title(structural, line, markdown)
        if m:
            title_rows.append((row, m))

    posts: list[Post] = []
    bounds: list[tuple[int, int, Optional[re.Match]]] = []
    if not title_rows:
        bounds.append((0, len(lines), None))
    else:
        first = title_rows[0][0]
        if any(structural[l.content_start:l.end].strip(MASK + SPACES) for l in lines[:first]):
            bounds.append((0, first, None))
        for k, (row, m) in enumerate(title_rows):
            stop = title_rows[k + 1][0] if k + 1 < len(title_rows) else len(lines)
            bounds.append((row, stop, m))

    for idx, (first_row, stop_row, title_match) in enumerate(bounds):
        if not structure:
            posts.append(Post(idx, 0, len(text)))
            break
        start = lines[first_row].start
        end = lines[stop_row].start if stop_row < len(lines) else len(text)
        post = Post(idx, start, end)
        body_rows = range(first_row, stop_row)
        if title_match is not None:
            tline = lines[first_row]
            post.title_start, post.title_end = tline.content_start, tline.end
            post.timestamp = title_match.group("ts")
            body_rows = range(first_row + 1, stop_row)
        current: Optional[Section] = None
        pending: list[Line] = []

        def close(upto: int) -> None:
            blocks = _blocks(structural, masked, pending)
            if current is None:
                post.preamble.extend(blocks)
            else:
                current.blocks = blocks
                current.body_end = upto
            pending.clear()

        for row in body_rows:
            line = lines[row]
            head = _heading(structural, line, markdown, names)
            if head is not None:
                canonical, written, bracketed = head
                if canonical is not None:
                    close(line.start)
                    current = Section(canonical, line.content_start, line.end, _next_start(lines, row, text),
                                      _next_start(lines, row, text), heading_text=written)
                    post.sections.append(current)
                    continue
                if bracketed:
                    post.unknown_headings.append(Heading(written, line.content_start, line.end))
            pending.append(line)
        close(end)
        posts.append(post)

    paragraphs = _paragraphs(lines)
    return Document(paragraphs=paragraphs, path=path, text=text, masked=masked, lines=index,
                    kind="markdown" if markdown else "text", posts=posts, urls=urls,
                    directives=directives, structural=structural, regions=regions,
                    code_blocks=code_blocks, post_file=post_file)


def _next_start(lines: list[Line], row: int, text: str) -> int:
    return lines[row + 1].start if row + 1 < len(lines) else len(text)
