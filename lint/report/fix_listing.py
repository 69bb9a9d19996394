"""``--show-fixes``: every fix ``--fix`` applied, where it was in the file as read."""

from __future__ import annotations

from typing import Any

from lint.model import LineIndex


def fix_listing(fixed: list, texts: dict[str, str]) -> str:
    """``  path:line:col: rule 'before' → 'after'`` for every applied fix, in file order."""
    indexes: dict[str, Any] = {}
    lines = []
    for f in sorted(fixed, key=lambda f: (f.path, f.start)):
        index = indexes.setdefault(f.path, LineIndex(texts[f.path]))
        line, column = index.position(f.start)
        before = texts[f.path][f.start:f.end]
        lines.append(f"  {f.path}:{line}:{column}: {f.rule} {before!r} → {f.replacement!r}")
    return "\n".join(lines) + "\n" if lines else ""
