"""``--select`` / ``--ignore`` and inline directives: which rule ids apply.

A selector matches a reported rule id when it is the id itself, a dotted
prefix of it (``sections`` covers ``sections.missing``), the rule's
category (``spelling``), the name of its rule set (``news-names``), or
``ALL``.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Optional

from lint.errors import ConfigError


def matches(selector: str, emitted_id: str, rule: Any) -> bool:
    if selector in ("ALL", emitted_id, rule.id, rule.category, rule.set_name):
        return True
    return emitted_id.startswith(selector + ".")


class Selection:
    """Which rules run on which files: select, ignore and per-file ignores."""

    def __init__(self, select: Optional[list[str]] = None, ignore: Optional[list[str]] = None,
                 per_file: Optional[list[tuple[str, list[str]]]] = None, posts: Optional[list[str]] = None):
        self.select: list[str] = [] if select is None else select
        self.ignore: list[str] = [] if ignore is None else ignore
        # Per-file ignores: (glob, selectors)
        self.per_file: list[tuple[str, list[str]]] = [] if per_file is None else per_file
        # Globs of files whose every post is a blog post, title line or not
        # (structure and key-point checks apply to blog posts only).
        self.posts: list[str] = [] if posts is None else posts

    def __repr__(self) -> str:
        return f"Selection({self.select!r}, {self.ignore!r}, {self.per_file!r}, {self.posts!r})"

    def validate(self, rules: Iterable[Any], extra_ok: Iterable[str] = (),
                 where: Callable[[str], Optional[str]] = lambda selector: None) -> None:
        """Every selector must name something that exists (a typo is an error);
        ``where(selector)`` names the file it came from, if any."""
        rules = list(rules)
        known = set(extra_ok) | {"ALL"}
        for rule in rules:
            known.update((rule.id, rule.category, rule.set_name, *rule.emitted_ids()))
        for sel in [*self.select, *self.ignore, *(s for _, sels in self.per_file for s in sels)]:
            if sel in known:
                continue
            if any(e.startswith(sel + ".") for r in rules for e in r.emitted_ids()):
                continue
            raise ConfigError(f"unknown rule id or category {sel!r} (see `yure rules`)", where(sel))

    def enabled(self, emitted_id: str, rule: Any) -> bool:
        if self.select and not any(matches(s, emitted_id, rule) for s in self.select):
            return False
        return not any(matches(s, emitted_id, rule) for s in self.ignore)

    def rule_enabled(self, rule: Any) -> bool:
        return any(self.enabled(e, rule) for e in rule.emitted_ids())
