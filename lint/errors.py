"""Errors that end a run with exit code 2 and a one-line message."""

from __future__ import annotations

from typing import Optional


class YureError(Exception):
    """A problem with the user's input: a path, a config or a rule file.

    Rendered as ``path:line: message`` so editors can jump to it.
    """

    def __init__(self, message: str, path: Optional[str] = None, line: Optional[int] = None,
                 rule: Optional[str] = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.rule = rule

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        rule = f"rule {self.rule!r}: " if self.rule else ""
        return f"{where}{rule}{self.message}"


class RuleFileError(YureError):
    """A rule file that cannot be loaded (bad YAML, unknown key, bad regex, …)."""


class ConfigError(YureError):
    """A configuration file or command-line option that makes no sense."""


class InputError(YureError):
    """A path that cannot be linted: missing, unreadable, not text."""


class RegexTimeout(RuleFileError):
    """A rule's regex ran past its time limit on one file; that rule was skipped there."""


# Seconds one rule's regexes may spend on one file before the rule is
# stopped there (``regex-timeout`` in the configuration).
DEFAULT_REGEX_TIMEOUT = 2.0
