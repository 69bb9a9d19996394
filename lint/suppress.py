"""Inline suppression comments, for ``.txt`` and ``.md`` alike.

An HTML comment is invisible in rendered Markdown and rare in plain text,
so both use it::

    <!-- yure: disable-next-line news-names -->
    <!-- yure: disable-line -->             (on the line it silences)
    <!-- yure: disable sections.order -->   … <!-- yure: enable sections.order -->
    <!-- yure: disable-file consistency -->

Without rule ids a directive covers every rule.  Ids are matched like
``--ignore`` selectors (id, dotted prefix, category or rule-set name).
"""

from __future__ import annotations

from typing import Any

from .selection import matches


class Suppressions:
    def __init__(self, directives: list[Any], line_count: int, blank_lines: set[int]):
        # (first line, last line, selectors) ranges; last line inclusive.
        self.ranges: list[tuple[int, int, tuple[str, ...]]] = []
        open_: list[tuple[int, tuple[str, ...]]] = []
        for d in directives:
            if d.action == "disable-file":
                self.ranges.append((1, line_count, d.rules))
            elif d.action == "disable-line":
                self.ranges.append((d.line, d.line, d.rules))
            elif d.action == "disable-next-line":
                target = d.line + 1
                while target in blank_lines and target < line_count:
                    target += 1
                self.ranges.append((target, target, d.rules))
            elif d.action == "disable":
                open_.append((d.line, d.rules))
            elif d.action == "enable":
                still_open = []
                for start, rules in open_:
                    # A bare enable closes everything; otherwise only the same list.
                    if not d.rules or set(d.rules) == set(rules):
                        self.ranges.append((start, d.line, rules))
                    else:
                        still_open.append((start, rules))
                open_ = still_open
        for start, rules in open_:
            self.ranges.append((start, line_count, rules))

        # One line's directives are looked up by line: an archive with a
        # directive on every other line would otherwise test each finding
        # against all of them.
        self.by_line: dict[int, list[tuple[str, ...]]] = {}
        self.spans: list[tuple[int, int, tuple[str, ...]]] = []
        for first, last, selectors in self.ranges:
            if first == last:
                self.by_line.setdefault(first, []).append(selectors)
            else:
                self.spans.append((first, last, selectors))

    def __bool__(self) -> bool:
        return bool(self.ranges)

    def suppressed(self, diag: Any, rule: Any) -> bool:
        line = diag.location.line
        for selectors in self.by_line.get(line, ()):
            if not selectors or any(matches(s, diag.rule, rule) for s in selectors):
                return True
        for first, last, selectors in self.spans:
            if first <= line <= last and (not selectors or any(matches(s, diag.rule, rule) for s in selectors)):
                return True
        return False
