"""Compiled rule sets kept on disk, so a hook run does not re-validate them.

Loading a 1,300-rule prh dictionary means parsing its YAML, translating and
compiling every regex and running every spec: most of a second, on every
commit.  The result depends only on the bytes of the file (and of the files
it imports), the options it was loaded with, the yure version and the
installs of the packages that read and match rules
(:func:`lint.cache.dependencies`), so it is stored under a hash of those and
reused while they stay the same.

An entry records the files it was built from with their content hashes; a
changed import is noticed even though the key names only the top file.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from typing import Any, Callable, Optional

from lint import __version__
from lint.cache import cache_dir, code_stamp, dependencies, hash_of, new_hash, store

# Bump when a pickled class (Rule, RuleSet, a kind's compiled form) changes shape.
FORMAT = 5
MAX_ENTRIES = 200


def _digest(data: bytes) -> str:
    return new_hash(data).hexdigest()


def _file_digest(path: str) -> Optional[str]:
    try:
        return _digest(Path(path).read_bytes())
    except OSError:
        return None


def cached(path: Path, variant: str, build: Callable[[], Any], sources: Callable[[Any], list[str]],
           enabled: bool = True) -> Any:
    """``build()``, or its stored result for this file's content and ``variant``.

    ``sources(result)`` names every file the result was built from (the
    file itself and its imports), so that a later change to any of them is
    seen.
    """
    folder = cache_dir() if enabled else None
    if folder is None:
        return build()
    try:
        raw = path.read_bytes()
    except OSError:
        return build()  # the loader reports the problem
    key = hash_of(str(FORMAT), __version__, sys.version.split()[0], dependencies(), code_stamp(), str(path),
                  variant, raw).hexdigest()
    entry = folder / f"rules-{key[:40]}.pickle"
    try:
        with open(entry, "rb") as fh:
            deps, result = pickle.load(fh)
        if all(_file_digest(dep) == digest for dep, digest in deps):
            return result
    except Exception:  # noqa: BLE001 - missing, stale or corrupt: rebuild
        pass
    result = build()
    try:
        deps = [(dep, _file_digest(dep)) for dep in sources(result)]
        if any(d is None for _, d in deps):
            return result
        store(entry, (deps, result))
        _prune(folder)
    except Exception:  # noqa: BLE001 - a read-only home, a full disk: run uncached
        pass
    return result


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("rules-*.pickle"), key=lambda p: p.stat().st_mtime)
    for stale in entries[:-MAX_ENTRIES]:
        try:
            stale.unlink()
        except OSError:
            pass
