"""Output formats.  Each module has ``render(diagnostics, **options) -> str``."""

from __future__ import annotations

import importlib
from typing import Any

FORMATS = ("text", "json", "github", "sarif")


def render(fmt: str, diagnostics: list, **options: Any) -> str:
    module = importlib.import_module(f"{__name__}.{fmt}_format")
    return module.render(diagnostics, **options)
