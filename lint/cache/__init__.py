"""What yure keeps on disk between runs, and the hashing its keys use.

:mod:`~lint.cache.rulesets` keeps compiled rule sets, :mod:`~lint.cache.results`
the findings of unchanged files.  A cache that cannot be read or written is
ignored: it only ever saves time.  The folder is ``$YURE_CACHE_DIR``, else
``$XDG_CACHE_HOME/yure``, else ``~/.cache/yure``; ``cache = false`` in the
configuration or ``YURE_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any, Optional


try:  # importing hashlib loads OpenSSL first: about 3 ms of every hook run
    from _blake2 import blake2b as _blake2b  # CPython's built-in BLAKE2, which hashlib also serves
except ImportError:  # pragma: no cover - another Python
    from hashlib import blake2b as _blake2b



_enabled = True


def set_enabled(enabled: bool) -> None:
    """Turn the caches filled lazily, deep inside a run (the parsed
    lexicon), on or off with the run's ``cache`` setting; the rule-set and
    findings caches are passed the setting directly."""
    global _enabled
    _enabled = enabled


def lazy_cache_dir() -> Optional[Path]:
    """:func:`cache_dir`, unless the current run turned caching off."""
    return cache_dir() if _enabled else None


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


_code_stamp: Optional[str] = None


def code_stamp() -> str:
    """yure's own files by size and modification time, once per run: an
    edited checkout or another release is another yure, whose rule sets
    and findings are not those of this one."""
    global _code_stamp
    if _code_stamp is None:
        from lint.ruleset.bundled import bundled_rules_dir

        package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # the lint package
        # os.scandir rather than Path.rglob: this runs on every hook run, and
        # the walk through pathlib alone took longer than the stats.
        entries = sorted(_files_under(package, ".py")) + sorted(_files_under(os.path.join(package, "data"), "", False))
        entries += sorted(_files_under(str(bundled_rules_dir()), ".yaml", False))
        out = []
        for f in entries:
            try:
                st = os.stat(f)
            except OSError:
                continue
            out.append(f"{f}:{st.st_size}:{st.st_mtime_ns}")
        _code_stamp = "\n".join(out)
    return _code_stamp


def _files_under(folder: str, suffix: str, recurse: bool = True) -> list[str]:
    """Paths of the files in ``folder`` (and, with ``recurse``, below it) whose names end in ``suffix``."""
    out: list[str] = []
    try:
        with os.scandir(folder) as it:
            for entry in it:
                if entry.is_dir():
                    if recurse:
                        out.extend(_files_under(entry.path, suffix))
                elif entry.name.endswith(suffix):
                    out.append(entry.path)
    except OSError:
        pass
    return out


def new_hash(data: bytes = b"") -> "_blake2b":
    """A 256-bit BLAKE2b hash object: the one hash of every cache key."""
    return _blake2b(data, digest_size=32)


def hash_of(*parts: "str | bytes") -> "_blake2b":
    """A hash of ``parts``, each ended by NUL so that no two sequences run together."""
    h = new_hash()
    for part in parts:
        h.update((part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part) + b"\0")
    return h


def store(entry: Path, value: Any) -> None:
    """Pickle ``value`` into ``entry`` atomically (see :func:`store_bytes`)."""
    store_bytes(entry, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def store_bytes(entry: Path, data: bytes) -> None:
    """Write ``data`` to ``entry`` atomically: readers see the old entry or the whole new one.

    The temporary file's name holds the process id, and is created
    exclusively, so two runs writing the same entry never share one; no
    ``tempfile`` import on the hook's path.  Raises what writing raises.
    """
    entry.parent.mkdir(parents=True, exist_ok=True)
    tmp = entry.with_name(f".{entry.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
        os.replace(tmp, entry)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
