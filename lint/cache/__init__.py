"""Compiled rule sets kept on disk, so a hook run does not re-validate them.

Loading a 1,300-rule prh dictionary means parsing its YAML, translating and
compiling every regex and running every spec: most of a second, on every
commit.  The result depends only on the bytes of the file (and of the files
it imports), the options it was loaded with, the yure version and the
installs of the packages that read and match rules (:data:`DEPENDENCIES`),
so it is stored under a hash of those and reused while they stay the same.

An entry records the files it was built from with their content hashes; a
changed import is noticed even though the key names only the top file.  A
cache that cannot be read or written is ignored: it only ever saves time.
The folder is ``$YURE_CACHE_DIR``, else ``$XDG_CACHE_HOME/yure``, else
``~/.cache/yure``; ``cache = false`` in the configuration or
``YURE_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path
from typing import Any, Callable, Optional

from lint import __version__

try:  # importing hashlib loads OpenSSL first: about 3 ms of every hook run
    from _blake2 import blake2b as _blake2b  # CPython's built-in BLAKE2, which hashlib also serves
except ImportError:  # pragma: no cover - another Python
    from hashlib import blake2b as _blake2b

FORMAT = 4
MAX_ENTRIES = 200


def cache_dir() -> Optional[Path]:
    if os.environ.get("YURE_NO_CACHE"):
        return None
    explicit = os.environ.get("YURE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "yure"


# Installed packages whose version can change what yure reads or finds: the
# regex engine of rule patterns, the YAML reader of rule files, and Sudachi
# (when present, some checks compare dictionary forms).
DEPENDENCIES = ("regex", "yaml", "sudachipy", "sudachidict_core")
_dependencies: Optional[str] = None


def dependencies() -> str:
    """Which install of each dependency is present (a reinstall or upgrade is another), once per run."""
    global _dependencies
    if _dependencies is None:
        from importlib.util import find_spec

        out = []
        for name in DEPENDENCIES:
            spec = find_spec(name)
            if spec is None:
                continue
            try:  # a reinstall or upgrade gives the package's __init__ a new time
                stamp = os.stat(spec.origin).st_mtime_ns if spec.origin else 0
            except OSError:
                stamp = 0
            out.append(f"{name}:{stamp}")
        _dependencies = ",".join(out)
    return _dependencies


def new_hash(data: bytes = b"") -> "_blake2b":
    """A 256-bit BLAKE2b hash object: the one hash of every cache key."""
    return _blake2b(data, digest_size=32)


def hash_of(*parts: "str | bytes") -> "_blake2b":
    """A hash of ``parts``, each ended by NUL so that no two sequences run together."""
    h = new_hash()
    for part in parts:
        h.update((part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part) + b"\0")
    return h


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
    key = hash_of(str(FORMAT), __version__, sys.version.split()[0], dependencies(), str(path), variant,
                  raw).hexdigest()
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


def store(entry: Path, value: Any) -> None:
    """Pickle ``value`` into ``entry`` atomically: readers see the old entry or the whole new one.

    The temporary file's name holds the process id, and is created
    exclusively, so two runs writing the same entry never share one; no
    ``tempfile`` import on the hook's path.  Raises what writing raises.
    """
    entry.parent.mkdir(parents=True, exist_ok=True)
    tmp = entry.with_name(f".{entry.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "xb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, entry)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("rules-*.pickle"), key=lambda p: p.stat().st_mtime)
    for stale in entries[:-MAX_ENTRIES]:
        try:
            stale.unlink()
        except OSError:
            pass
