"""Patterns written ``/body/flags`` in rule files, in one of two dialects.

yure rule files and prh dictionaries both write a regular expression
between slashes, but they mean different things by it:

* ``YURE`` — the body is a pattern of Python's ``regex`` module (``\\d`` is
  any decimal digit, ``\\b`` a Unicode word boundary); the flags are
  ``i m s x`` (JavaScript's ``g u y`` are accepted and mean nothing); the
  body may not be empty;
* ``JAVASCRIPT`` — prh's patterns, JavaScript semantics (ASCII ``\\d``,
  ``\\w``, ``\\b``), translated by :mod:`lint.kinds.prh.jsregex`; the body
  may be empty.

Everything else in a pattern list is a literal.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any, Optional
from lint.cache.programs import compile_re


class Dialect(Enum):
    YURE = "yure"
    JAVASCRIPT = "javascript"


_SLASHED = {
    Dialect.YURE: compile_re(r"^/(?P<body>.+)/(?P<flags>[a-z]*)$", re.S),
    Dialect.JAVASCRIPT: compile_re(r"^/(?P<body>.*)/(?P<flags>[a-z]*)$", re.S),
}


def split_slashed(text: str, dialect: Dialect) -> Optional[tuple[str, str]]:
    """``/body/flags`` → (body, flags); None when ``text`` is a literal."""
    m = _SLASHED[dialect].match(text)
    return (m.group("body"), m.group("flags")) if m else None


def is_literal(text: str, dialect: Dialect = Dialect.YURE) -> bool:
    return split_slashed(text, dialect) is None


def compile_yure(body: str, flags: str = "") -> Any:
    """Compile a yure rule's regex with the ``regex`` module (raises regex.error)."""
    import regex  # only rule sets with regexes need the module

    f = regex.V0
    for ch in flags:
        if ch == "i":
            f |= regex.IGNORECASE
        elif ch == "m":
            f |= regex.MULTILINE
        elif ch == "s":
            f |= regex.DOTALL
        elif ch == "x":
            f |= regex.VERBOSE
        elif ch in "guy":  # JavaScript flags with no meaning here
            continue
        else:
            raise regex.error(f"unknown regex flag {ch!r}")
    return regex.compile(body, f)
