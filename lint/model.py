"""The document model: posts → sections → blocks → sentences.

Every node carries half-open character offsets ``[start, end)`` into the
document's text, exactly as it was read (line endings included), so a
diagnostic or a fix computed on any node maps straight back to the file.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterator, NamedTuple, Optional

from lint.cache.programs import compile_re
from lint.diagnostics import Location
from lint.text.sentences import split_sentences

_LINE_BREAK = compile_re(r"\r\n?|\n")


class LineIndex:
    """Maps character offsets to 1-based (line, column) and back.

    A line ends at ``\\r\\n``, ``\\n`` or a lone ``\\r``; the terminator belongs
    to the line it ends.  Columns count characters (code points), so 𠮷 or an
    emoji is one column.
    """

    __slots__ = ("starts", "length")

    def __init__(self, text: str):
        starts = [0]
        find = text.find
        # Fast path for the common case of no carriage returns at all.
        if "\r" not in text:
            pos = find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
        else:
            # One regex scan, not a Python loop per character (ten times
            # faster on a large file with Windows line endings).
            starts.extend(m.end() for m in _LINE_BREAK.finditer(text))
        self.starts = starts
        self.length = len(text)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``."""
        line = bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Offsets of a 1-based line, terminator excluded by the caller."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else self.length
        return start, end

    @property
    def count(self) -> int:
        return len(self.starts)


class Sentence(NamedTuple):
    """A sentence of a block, as offsets into the document text."""

    start: int
    end: int


class Line(NamedTuple):
    """One physical line with its terminator stripped from ``end``."""

    start: int
    end: int
    # Offset of the first non-space character (equals ``end`` for blank lines).
    content_start: int


class Block:
    """A paragraph (consecutive non-blank lines) or one list item."""

    __slots__ = ("kind", "start", "end", "content_start", "lines", "marker", "text", "_sentences")

    def __init__(self, kind: str, start: int, end: int, content_start: int, lines: list[Line],
                 marker: str = "", text: str = ""):
        self.kind = kind  # "paragraph" | "item"
        self.start = start
        self.end = end
        # Where the text proper begins: after indentation and any list marker.
        self.content_start = content_start
        self.lines = lines
        self.marker = marker  # "・", "1.", "(1)", ... for items
        # The document's masked text; sentences are split from it on first
        # use, so runs that never look at sentences never pay for splitting.
        self.text = text
        self._sentences: Optional[list[Sentence]] = None

    def __repr__(self) -> str:
        return f"Block({self.kind!r}, {self.start}, {self.end}, marker={self.marker!r})"

    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            self._sentences = [Sentence(start, end) for start, end in
                               split_sentences(self.text, self.content_start, self.end)]
        return self._sentences


class Section:
    """A 【…】 section of a post: its heading, body and blocks."""

    __slots__ = ("name", "heading_start", "heading_end", "body_start", "body_end", "blocks", "heading_text")

    def __init__(self, name: str, heading_start: int, heading_end: int, body_start: int, body_end: int,
                 blocks: Optional[list[Block]] = None, heading_text: str = ""):
        self.name = name  # canonical name as the rule set spells it
        self.heading_start = heading_start
        self.heading_end = heading_end  # end of the heading line (terminator excluded)
        self.body_start = body_start
        self.body_end = body_end
        self.blocks: list[Block] = [] if blocks is None else blocks
        # How the heading was written, e.g. "【参照】" for an alias of a name.
        self.heading_text = heading_text

    def __repr__(self) -> str:
        return f"Section({self.name!r}, {self.heading_start}, {self.body_end}, blocks={len(self.blocks)})"

    def items(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.kind == "item")

    def paragraphs(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.kind == "paragraph")


class Heading(NamedTuple):
    """A stand-alone 【…】 line that names no known section (kept for typo checks)."""

    name: str
    start: int
    end: int


class Post:
    """One post of a file: title, timestamp, sections."""

    def __init__(self, index: int, start: int, end: int, title_start: Optional[int] = None,
                 title_end: Optional[int] = None, timestamp: Optional[str] = None):
        self.index = index  # 0-based position in the file
        self.start = start
        self.end = end
        self.title_start = title_start  # None when the file has no title lines
        self.title_end = title_end
        self.timestamp = timestamp
        # Blocks between the title and the first section (image credits, lead).
        self.preamble: list[Block] = []
        self.sections: list[Section] = []
        self.unknown_headings: list[Heading] = []

    def __repr__(self) -> str:
        return f"Post({self.index}, {self.start}, {self.end}, sections={[s.name for s in self.sections]})"

    @property
    def has_title(self) -> bool:
        return self.title_start is not None

    def section(self, name: str) -> Optional[Section]:
        for s in self.sections:
            if s.name == name:
                return s
        return None


class Directive(NamedTuple):
    """An inline suppression comment, see :mod:`lint.engine.suppress`."""

    action: str  # disable | enable | disable-next-line | disable-line | disable-file
    rules: tuple[str, ...]  # empty = every rule
    line: int  # 1-based line the comment is on
    start: int
    end: int


class CodeBlock(NamedTuple):
    """A fenced code block: its info-string language and content span."""

    lang: str
    start: int
    end: int


class Document:
    """A file as the checks see it: its text, the masked prose, lines and posts."""

    def __init__(self, path: str, text: str, masked: str, lines: LineIndex, kind: str, posts: list[Post],
                 urls: list[tuple[int, int]], directives: list[Directive], structural: str = "",
                 regions: Optional[dict[str, list[tuple[int, int]]]] = None,
                 code_blocks: Optional[list[CodeBlock]] = None, post_file: bool = False,
                 paragraphs: Optional[list[tuple[int, int]]] = None):
        self.path = path
        self.text = text
        # ``text`` with code, URLs and directive comments replaced by U+0000
        # so that offsets stay identical while spelling checks see only prose.
        self.masked = masked
        self.lines = lines
        self.kind = kind  # "text" | "markdown"
        self.posts = posts
        self.urls = urls
        self.directives = directives
        # ``text`` with only code and comments hidden (URLs visible).
        self.structural = structural
        # Markdown constructs by kind ("heading", "blockquote", "emphasis",
        # "link"), each a sorted list of spans; empty for plain text.
        self.regions: dict[str, list[tuple[int, int]]] = {} if regions is None else regions
        self.code_blocks: list[CodeBlock] = [] if code_blocks is None else code_blocks
        # The configuration names this file as posts (see Document.is_post).
        self.post_file = post_file
        # Runs of non-blank lines, in order.
        self.paragraphs: list[tuple[int, int]] = [] if paragraphs is None else paragraphs

    def __repr__(self) -> str:
        return f"Document({self.path!r}, {self.kind!r}, posts={len(self.posts)})"

    def position(self, offset: int) -> tuple[int, int]:
        return self.lines.position(offset)

    def location(self, start: int, end: int) -> Location:
        """A location for ``[start, end)``; the end column is exclusive."""
        line, column = self.lines.position(start)
        end_line, end_column = self.lines.position(end) if end > start else (line, column)
        return Location(self.path, start, end, line, column, end_line, end_column)

    def is_post(self, post: Post) -> bool:
        """Is ``post`` a blog post, whose structure and key points are checked?

        One with a title line ending in a timestamp is; so is every post of
        a file the configuration names as posts (``posts = [...]``).  A
        README that happens to have a ``## 概要`` heading is not.
        """
        return post.has_title or self.post_file

    def post_at(self, offset: int) -> Post:
        """The post that contains ``offset`` (posts tile the whole file)."""
        lo, hi = 0, len(self.posts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.posts[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return self.posts[lo]

    def blocks(self) -> Iterator[tuple[Post, Optional[Section], Block]]:
        for post in self.posts:
            for block in post.preamble:
                yield post, None, block
            for section in post.sections:
                for block in section.blocks:
                    yield post, section, block
