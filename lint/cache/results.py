"""Findings of unchanged files, kept from one run to the next (as ruff does).

Re-linting an archive after editing two posts should cost two posts.  A
file's findings depend only on its text, its path and everything that
shapes the run: the rule files (and the files they import), the
configuration and command-line options, yure itself and the packages that
read and match rules.  All of that goes into a *fingerprint*; an entry is
stored under a hash of the fingerprint, the path and the text, so any
change to any of them is a miss, never a stale hit.

Only entries written by an earlier run are read: two files with the same
text in one run are each linted.  A result with a rule stopped by its time
limit is not stored (it is incomplete).  ``--fix`` only stores (the
findings in the fixed files, for the next run) and ``--diff`` does not use
the cache.  It lives beside the rule cache (:func:`lint.cache.cache_dir`)
and is off with ``--no-cache``, ``cache = false`` or ``YURE_NO_CACHE=1``.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path
from typing import Any, Iterable, Optional

from lint import __version__
from lint.cache import cache_dir, code_stamp, dependencies, hash_of, new_hash, store

FORMAT = 4
# Past this many entries the least recently used are removed, down to
# nine tenths, so that pruning (which reads every entry's time) is rare.
# Entries the run itself read or wrote are never removed, however many: a
# tree of more files than this would otherwise lose part of its findings
# after every run and lint that part again in the next.
MAX_ENTRIES = 10_000
PREFIX = "results-"
POSTS_PREFIX = "posts-"


def fingerprint(rule_sources: Iterable[str], settings: str) -> str:
    """Everything besides a file's path and text that its findings depend on.

    ``rule_sources``: the rule files loaded (imports included); bundled ones
    (``<bundled>/…``) are covered by the code stamp.  ``settings``: a
    canonical text of the configuration and options of the run.
    """
    h = hash_of(str(FORMAT), __version__, sys.version, settings, dependencies(), code_stamp())
    for source in sorted(set(rule_sources)):
        if source.startswith("<bundled>/"):
            continue
        try:
            data = Path(source).read_bytes()
        except OSError:
            data = b"\0missing"
        h.update(source.encode("utf-8", "surrogatepass") + b"\0" + new_hash(data).digest())
    return h.hexdigest()


def forget(folder: Path) -> None:
    """Remove every stored finding, per file and per post, from ``folder`` (the rule sets stay)."""
    for prefix in (PREFIX, POSTS_PREFIX):
        for entry in folder.glob(prefix + "*.pickle"):
            entry.unlink()


class ResultCache:
    def __init__(self, folder: Path, fingerprint: str, read: bool = True):
        self.folder = folder
        self.fingerprint = fingerprint
        # False for --fix: what it writes into files never comes from an
        # earlier run, but what it finds in the fixed text is stored, so the
        # next check of those files is answered at once.
        self.read = read
        self._wrote = False
        self._used: set[str] = set()  # names of the entries this run read or wrote

    @classmethod
    def open(cls, rule_sources: Iterable[str], settings: str, read: bool = True) -> Optional["ResultCache"]:
        """The cache for this run; None when caching is off (``YURE_NO_CACHE``)."""
        folder = cache_dir()
        return None if folder is None else cls(folder, fingerprint(rule_sources, settings), read)

    def key(self, path: str, text: str) -> str:
        return hash_of(self.fingerprint, path, text).hexdigest()[:40]

    def _entry(self, key: str) -> Path:
        return self.folder / f"{PREFIX}{key}.pickle"

    def _posts_entry(self, path: str) -> Path:
        return self.folder / f"{POSTS_PREFIX}{hash_of(self.fingerprint, path).hexdigest()[:40]}.pickle"

    def _read(self, entry: Path, tag: str, kind: type) -> Any:
        """The value stored in ``entry`` under ``tag``; None when missing, unreadable or not a ``kind``."""
        if not self.read:
            return None
        try:
            with open(entry, "rb") as fh:
                stored_tag, value = pickle.load(fh)
        except Exception:  # noqa: BLE001 - missing or unreadable: lint as if never seen
            return None
        if stored_tag != tag or not isinstance(value, kind):
            return None
        self._used.add(entry.name)
        return value

    def _write(self, entry: Path, tag: str, value: Any) -> None:
        try:
            store(entry, (tag, value))
            self._wrote = True
            self._used.add(entry.name)
        except Exception:  # noqa: BLE001 - a read-only or full disk: the run goes on uncached
            pass

    def get(self, key: str, kind: type) -> Any:
        """The ``kind`` of result stored under ``key``; None when there is none."""
        entry = self._entry(key)
        result = self._read(entry, key, kind)
        if result is not None:
            try:
                os.utime(entry)  # recently used: pruned last
            except OSError:
                pass
        return result

    def put(self, key: str, result: Any) -> None:
        self._write(self._entry(key), key, result)

    def posts_of(self, path: str) -> Optional[dict]:
        """``path``'s per-post results from its last run (None when this cache is write-only)."""
        return self._read(self._posts_entry(path), path, dict)

    def put_posts(self, path: str, now: dict) -> None:
        """Keep this run's per-post results of ``path`` for its next run (replacing the last)."""
        self._write(self._posts_entry(path), path, now)

    def prune(self) -> None:
        """Keep the entries this run used and the most recently used others
        (only after a run that wrote some)."""
        if not self._wrote:
            return
        try:
            with os.scandir(self.folder) as listing:  # names only: no stat unless over the limit
                names = [e.name for e in listing if e.name.startswith((PREFIX, POSTS_PREFIX))]
            if len(names) <= max(MAX_ENTRIES, len(self._used)):
                return
            keep = max(MAX_ENTRIES * 9 // 10, len(self._used))
            others = sorted((os.stat(self.folder / name).st_mtime_ns, name)
                            for name in names if name not in self._used)
        except OSError:
            return
        for _, name in others[:len(names) - keep]:
            try:
                os.unlink(self.folder / name)
            except OSError:
                pass
