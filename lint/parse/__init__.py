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
from typing import Iterable, Mapping, Optional

from lint.cache.programs import compile_re
from lint.model import Block, Document, Heading, Line, LineIndex, Post, Section
from lint.parse.directives import find_directives
from lint.parse.markdown import MD_HEADING_RE, markdown_regions

MASK = "\x00"

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

# A post's title line ends with a timestamp, optionally set off by a dash.
TIME_RE = compile_re(r"日[ \t\u3000]+\d{1,2}:\d{2}[ \t\u3000]*(?:\r\n|\r|\n|$)")
TITLE_RE = compile_re(
    r"^(?P<title>.*?)[ \t\u3000]*(?:[―—–－][ \t\u3000]*)?"
    r"(?P<ts>\d{4}年\d{1,2}月\d{1,2}日[ \t\u3000]+\d{1,2}:\d{2})[ \t\u3000]*$"
)
BRACKET_HEADING_RE = compile_re(r"^【(?P<name>[^【】]+)】[ \t\u3000]*$")
# List markers: ・ bullets, numbered heads 1. / 1． / (1) / （1） / 1) / ①,
# and Markdown's - * + bullets.
ITEM_RE = compile_re(
    r"(?P<marker>[・•●◦▪]|[-*+](?=[ \t])|\d{1,3}[.．](?!\d)|[(（]\d{1,3}[)）]|\d{1,3}[)）]|[①-⑳])[ \t\u3000]*"
)
# A URL runs from http(s):// to the first of these (at least one character on).
URL_STOP = r"[\s<>\"'（）「」『』【】、。]"
URL_START_RE = compile_re(r"https?://(?!" + URL_STOP + r"|$)")
URL_STOP_RE = compile_re(URL_STOP)

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


LINE_RE = compile_re(r"(?P<indent>[ \t\u3000]*)(?P<rest>[^\r\n]*)(?:\r\n|\r|\n|$)")


def split_lines(text: str, index: LineIndex) -> list[Line]:
    """Every line: its span without the terminator, and where its content starts."""
    lines = []
    append = lines.append
    for start in index.starts:
        m = LINE_RE.match(text, start)
        append(Line(start, m.end("rest"), m.end("indent")))
    return lines


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


def find_urls(text: str, targets: list[tuple[int, int]]) -> list[tuple[int, int]]:
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
    directives = find_directives(text, index)
    if markdown:
        code_ranges, regions, code_blocks, targets = markdown_regions(text, lines)
        code_ranges = _merge(code_ranges)
    else:
        # In plain text only the directives themselves are hidden.
        code_ranges, regions, code_blocks, targets = _merge([(d.start, d.end) for d in directives]), {}, [], []
    urls = find_urls(text, targets)
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
