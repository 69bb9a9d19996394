"""Reading and writing the files being linted, without losing a byte.

Text is decoded as it is — line endings are not translated — so offsets
match the file and a fixed file differs only where a fix applied.  On
write, the original encoding and byte-order mark are reused, and the file
is replaced atomically (a temporary file in the same folder, then
``os.replace``), keeping its permission bits.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path
from typing import Optional

from lint.errors import InputError
from lint.text.scripts import HALFWIDTH_KANA_BLOCK, KANA_BLOCKS

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Legacy Japanese encodings tried, in order, when a file is not UTF-8.
FALLBACK_ENCODINGS = ("cp932", "euc_jis_2004")


class NotText(InputError):
    """The file is binary or cannot be decoded: skipped, not fatal."""

    def __init__(self, message: str, path: Optional[str] = None, line: Optional[int] = None,
                 reason: str = "undecodable"):
        super().__init__(message, path, line)
        self.reason = reason  # a short phrase for the run's summary


class Source:
    """A file as read: text, encoding, BOM and when it was read."""

    def __init__(self, path: str, text: str, encoding: str, bom: bytes = b""):
        self.path = path  # as shown to the user
        self.text = text
        self.encoding = encoding
        self.bom = bom
        # (modification time, size) when read: a file changed since is not overwritten.
        self.seen: Optional[tuple[int, int]] = None
        # The bytes read, kept only when encoding ``text`` would not give them
        # back (cp932 decodes NEC's and IBM's duplicate codes to one
        # character), so that --diff compares with the file as it is.
        self.original: Optional[bytes] = None

    def __repr__(self) -> str:
        return f"Source({self.path!r}, {self.encoding!r}, bom={self.bom!r})"

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.encoding)


def decode(raw: bytes, shown: str, encoding: Optional[str] = None) -> Source:
    source = _decode(raw, shown, encoding)
    # A UTF codec found by detection gives the bytes back; the legacy ones
    # and a forced codec may not.
    if (encoding or not source.encoding.startswith("utf")) and source.encode(source.text) != raw:
        source.original = raw
    return source


def _decode(raw: bytes, shown: str, encoding: Optional[str] = None) -> Source:
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}", shown) from None
        bom = b""
        for mark, name in BOMS:
            if raw.startswith(mark) and codecs.lookup(name).name.startswith(codec.split("-")[0]):
                bom, raw = mark, raw[len(mark):]
                break
        try:
            return Source(shown, raw.decode(codec), codec, bom)
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise NotText(f"cannot decode as {encoding} (byte {exc.start})", shown, line,
                          f"not {encoding}") from None
    for mark, name in BOMS:
        if raw.startswith(mark):
            try:
                return Source(shown, raw[len(mark):].decode(name), name, mark)
            except UnicodeDecodeError:
                raise NotText(f"invalid {name} after its byte-order mark", shown) from None
    nul = raw.find(b"\x00")
    if nul != -1:
        line = raw[:nul].count(b"\n") + 1
        raise NotText("binary file (NUL byte), skipped", shown, line, "binary")
    try:
        return Source(shown, raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
    for name in FALLBACK_ENCODINGS:
        try:
            text = raw.decode(name)
        except UnicodeDecodeError:
            continue
        if plausible_japanese(text):
            return Source(shown, text, name)
    line = raw[: first_error.start].count(b"\n") + 1
    raise NotText("not UTF-8 and not recognisable Japanese text (use --encoding), skipped", shown, line)


_KANA = f"[{KANA_BLOCKS}]"
# Control characters, private use, half-width katakana: rare in real prose,
# common when bytes are decoded with the wrong codec.
_SUSPECT = f"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uE000-\uF8FF{HALFWIDTH_KANA_BLOCK}]"


def plausible_japanese(text: str) -> bool:
    """Reject decodes that are technically valid but produce mojibake."""
    if not text:
        return True
    # Counted by the regex engine, not a Python loop per character: this
    # runs on every file that is not UTF-8, once per codec tried.  (Compiled
    # here, not at import: UTF-8 files, the usual case, never need them.)
    bad = re.subn(_SUSPECT, "", text)[1]
    return bad * 20 < len(text) and (bad == 0 or re.search(_KANA, text) is not None)


def read_source(path: Path, shown: Optional[str] = None, encoding: Optional[str] = None) -> Source:
    shown = shown or str(path)
    try:
        st = path.stat()
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", shown) from None
    except IsADirectoryError:
        raise InputError("is a directory", shown) from None
    except PermissionError:
        raise InputError("permission denied", shown) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", shown) from None
    source = decode(raw, shown, encoding)
    source.seen = (st.st_mtime_ns, st.st_size)
    return source


WRITE_BITS = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


def write_atomic(path: Path, data: bytes, seen: Optional[tuple[int, int]] = None) -> None:
    """Replace ``path``'s content with ``data``: all or nothing.

    A symbolic link is followed and kept (its target gets the new content).
    A read-only file (no write permission bit, even for root) and a file
    modified since it was read (``seen``) are left alone with an error.
    """
    target = Path(os.path.realpath(path))  # write through symlinks, keep the link
    try:
        st = target.stat()
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", str(path)) from None
    mode = stat.S_IMODE(st.st_mode)
    if not mode & WRITE_BITS or not os.access(target, os.W_OK):
        raise InputError("file is read-only; not fixed", str(path))
    if seen is not None and seen != (st.st_mtime_ns, st.st_size):
        raise InputError("file changed while yure was running; not fixed", str(path))
    import tempfile  # here, not at the top: a run that writes nothing skips 5 ms of imports

    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".yure-tmp", dir=str(target.parent))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
