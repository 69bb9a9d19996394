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

from lint.engine.selection import matches
from lint.text.spans import Spans


class Suppressions:
    def __init__(self, directives: list[Any], line_count: int, blank_lines: set[int]):
        # (first line, last line, selectors) ranges; last line inclusive.
        self.ranges: list[tuple[int, int, tuple[str, ...]]] = []
        # Open ``disable`` directives by their set of selectors: an ``enable``
        # closes the ones with the same set (a bare one closes all) without
        # walking every directive still open.
        open_: dict[frozenset, list[tuple[int, tuple[str, ...]]]] = {}
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
                open_.setdefault(frozenset(d.rules), []).append((d.line, d.rules))
            elif d.action == "enable":
                closed = list(open_) if not d.rules else [frozenset(d.rules)]
                for key in closed:
                    for start, rules in open_.pop(key, ()):
                        self.ranges.append((start, d.line, rules))
        for still_open in open_.values():
            for start, rules in still_open:
                self.ranges.append((start, line_count, rules))

        # One line's directives are looked up by line, and longer ranges by
        # bisection in the lines they cover for the finding's rule: an
        # archive with a directive on every other line would otherwise test
        # each finding against all of them.
        self.by_line: dict[int, list[tuple[str, ...]]] = {}
        self.spans_by_selectors: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # lines [first, last + 1)
        for first, last, selectors in self.ranges:
            if first == last:
                self.by_line.setdefault(first, []).append(selectors)
            else:
                self.spans_by_selectors.setdefault(selectors, []).append((first, last + 1))
        self._covers: dict[tuple, Spans] = {}

    def __bool__(self) -> bool:
        return bool(self.ranges)

    def suppressed(self, diag: Any, rule: Any) -> bool:
        line = diag.location.line
        for selectors in self.by_line.get(line, ()):
            if not selectors or any(matches(s, diag.rule, rule) for s in selectors):
                return True
        if not self.spans_by_selectors:
            return False
        # Whether a selector matches depends on these and nothing else.
        key = (diag.rule, rule.id, rule.category, rule.set_name)
        cover = self._covers.get(key)
        if cover is None:
            cover = self._covers[key] = Spans(
                [span for selectors, spans in self.spans_by_selectors.items()
                 if not selectors or any(matches(s, diag.rule, rule) for s in selectors) for span in spans])
        return cover.covers(line)
