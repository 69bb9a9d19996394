"""The documents the editor has open, kept as it edits them.

pygls keeps its own copies, split with :meth:`str.splitlines` (which also
breaks at U+2028, form feeds and the like, where LSP lines do not end) and
read from disk when a client sends no text; yure keeps these instead.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any, Optional
from urllib.parse import unquote, urlparse

from lint.cache.programs import compile_re
from lint.lsp.positions import UTF16, PositionMap

_SURROGATE = compile_re("[\ud800-\udfff]")
# Editors' names for the languages yure reads, for documents with no file name.
LANGUAGE_SUFFIX = {"markdown": ".md", "plaintext": ".txt", "text": ".txt"}


def uri_to_path(uri: str) -> Optional[str]:
    """The file system path of a ``file:`` URI, else None."""
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    path = unquote(parsed.path)
    if os.name == "nt" and re.match(r"/[A-Za-z]:", path):  # pragma: no cover - Windows
        path = path[1:]
    return os.path.normpath(path)


def path_to_uri(path: str) -> str:
    from pathlib import Path

    return Path(os.path.abspath(path)).as_uri()


@dataclass
class Document:
    uri: str
    text: str
    version: Optional[int]
    language_id: str = ""
    encoding: str = UTF16
    saved: bool = True  # the text is the file's (opened or saved, not edited since)
    _positions: Optional[PositionMap] = field(default=None, repr=False)

    @property
    def positions(self) -> PositionMap:
        if self._positions is None:
            self._positions = PositionMap(self.text, self.encoding)
        return self._positions

    @property
    def path(self) -> Optional[str]:
        return uri_to_path(self.uri)

    def lint_text(self) -> str:
        """The text yure lints: a lone surrogate (text the editor could not
        decode) becomes U+FFFD, one code point and one UTF-16 unit as well,
        so every position stays where it was."""
        if _SURROGATE.search(self.text) is None:
            return self.text
        return _SURROGATE.sub("\ufffd", self.text)

    def apply(self, changes: list[Any], version: Optional[int]) -> None:
        """Apply ``textDocument/didChange`` content changes in order."""
        for change in changes:
            change_range = getattr(change, "range", None)
            if change_range is None:
                self.text = change.text
            else:
                positions = self.positions
                start = positions.offset(change_range.start.line, change_range.start.character)
                end = positions.offset(change_range.end.line, change_range.end.character)
                start, end = min(start, end), max(start, end)
                self.text = self.text[:start] + change.text + self.text[end:]
            self._positions = None
        self.version = version


class Documents:
    def __init__(self) -> None:
        self.by_uri: dict[str, Document] = {}
        self.encoding = UTF16

    def open(self, uri: str, text: str, version: Optional[int], language_id: str) -> Document:
        doc = Document(uri, text, version, language_id or "", self.encoding)
        self.by_uri[uri] = doc
        return doc

    def get(self, uri: str) -> Optional[Document]:
        return self.by_uri.get(uri)

    def close(self, uri: str) -> Optional[Document]:
        return self.by_uri.pop(uri, None)

    def __iter__(self):
        return iter(list(self.by_uri.values()))
