"""The rule sets shipped with yure (``rules/*.yaml``, installed as ``lint/_bundled_rules``)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional

from lint.errors import ConfigError


def bundled_rules_dir() -> Path:
    here = Path(__file__).resolve().parent.parent  # the lint package
    installed = here / "_bundled_rules"
    if installed.is_dir():
        return installed
    return here.parent / "rules"


def bundled_rule_files(names: Optional[Iterable[str]] = None) -> list[Path]:
    directory = bundled_rules_dir()
    files = sorted(directory.glob("*.yaml"))
    if names is None:
        return files
    by_stem = {f.stem: f for f in files}
    out = []
    for name in names:
        if name not in by_stem:
            raise ConfigError(f"no bundled rule set named {name!r} (have: {', '.join(sorted(by_stem))})")
        out.append(by_stem[name])
    return out
