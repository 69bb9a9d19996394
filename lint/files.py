"""Which files a run lints."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Iterable

from lint.errors import InputError

DEFAULT_EXTENSIONS = (".txt", ".md", ".markdown")
# Folders that hold tools' state, never a writer's prose.
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".nox",
             ".mypy_cache", ".pytest_cache", ".ruff_cache", ".yure_cache", "site-packages", ".hypothesis"}


def _excluded(rel: str, name: str, exclude: Iterable[str]) -> bool:
    for pattern in exclude:
        pattern = pattern.rstrip("/")
        if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(rel, pattern + "/*"):
            return True
    return False


def collect_files(paths: Iterable[str], extensions: Iterable[str] = DEFAULT_EXTENSIONS,
                  exclude: Iterable[str] = ()) -> list[Path]:
    """Expand paths to files, in a stable order, each once.

    Files named explicitly are linted whatever their extension (pre-commit
    passes exactly the files it wants checked); directories are searched for
    ``extensions``.  A missing path, or a directory with nothing to lint, is
    an error: a run that silently checks nothing cannot be trusted.
    """
    exts = tuple(e.lower() if e.startswith(".") else "." + e.lower() for e in extensions)
    exclude = list(exclude)
    seen: set[str] = set()
    out: list[Path] = []

    def add(p: Path) -> None:
        key = os.path.realpath(p)
        if key not in seen:
            seen.add(key)
            out.append(p)

    for raw in paths:
        p = Path(raw)
        if not p.exists():
            if p.is_symlink():
                raise InputError("broken symbolic link", raw)
            raise InputError("no such file or directory", raw)
        if p.is_file():
            add(p)
            continue
        if not p.is_dir():
            raise InputError("not a regular file or directory", raw)
        found = []
        for root, dirs, files in os.walk(p, onerror=_walk_error):
            rel_root = os.path.relpath(root, p)
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith(".")
                             and not _excluded(os.path.normpath(os.path.join(rel_root, d)), d, exclude))
            for name in sorted(files):
                if not name.lower().endswith(exts):
                    continue
                rel = os.path.normpath(os.path.join(rel_root, name))
                if _excluded(rel, name, exclude):
                    continue
                found.append(Path(root) / name)
        if not found:
            raise InputError(f"no files to lint (looked for {', '.join(exts)})", raw)
        for f in found:
            add(f)
    return out


def _walk_error(exc: OSError) -> None:
    raise InputError(f"cannot read directory: {exc.strerror}", exc.filename)
