"""Mappings and lists that remember the line they were read from.

Kept apart from :mod:`lint.ruleset.yamlload` so that code which only inspects
loaded data (a rule set read back from the cache) does not import PyYAML.
"""

from __future__ import annotations

from typing import Any


class LineDict(dict):
    __slots__ = ("line", "key_lines")

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.line = 0
        self.key_lines: dict[Any, int] = {}

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    __slots__ = ("line", "item_lines")

    def __init__(self, *args: Any):
        super().__init__(*args)
        self.line = 0
        self.item_lines: list[int] = []


def item_line(items: Any, index: int, default: int) -> int:
    """The line item ``index`` of a loaded list was read from; ``default`` for
    a list that was not read from YAML (a rule set built in code)."""
    return items.item_lines[index] if isinstance(items, LineList) and index < len(items.item_lines) else default
