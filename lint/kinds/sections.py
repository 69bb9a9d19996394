"""The ``sections`` kind: the headings a post must have, in order, each with content."""

from __future__ import annotations

from typing import Iterator

from lint.diagnostics import Diagnostic, Fix
from lint.errors import RuleFileError
from lint.parse import loose_name
from lint.ruleset.yamltypes import item_line
from lint.kinds.base import Context, Kind, Option, Subcode, diagnostic
from lint.model import Document, Post
from lint.ruleset.model import Rule

OPTIONS = {
    "sections": Option("list", required=True,
                       doc="list of {name, required (default false), aliases (default [])} in the expected order"),
    "ordered": Option("bool", default=True, doc="report sections out of the listed order"),
    "non_empty": Option("bool", default=True, doc="report sections with no content"),
    "unique": Option("bool", default=True, doc="report a section that appears twice in a post"),
    "applies_to": Option("choice", default="posts", choices=("posts", "structured", "titled", "all"),
                         doc="posts: blog posts (a timestamped title line, or a file configured as posts); "
                             "structured: also any text with a known section; titled: posts with a "
                             "title line; all: every text"),
    "near_miss": Option("bool", default=True,
                        doc="report 【…】 lines one edit away from a known section name"),
}
SUBCODES = {
    "missing": Subcode("A required section is absent from the post."),
    "order": Subcode("A section appears before one that the rule lists ahead of it."),
    "empty": Subcode("A section heading is followed by no content before the next heading."),
    "duplicate": Subcode("The same section appears twice in one post."),
    "heading": Subcode("A section heading is written in a non-standard way (spaces, full-width "
                       "letters); the fix rewrites it.", fix="safe"),
    "unknown": Subcode("A 【…】 heading line that is one edit away from a known section name: "
                       "probably a typo, so the section is not recognised."),
}


def compile(rule: Rule) -> None:
    specs = []
    seen = set()
    raw = rule.options["sections"]
    for i, item in enumerate(raw):
        line = item_line(raw, i, rule.line)
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise RuleFileError("each section needs a 'name'", rule.path, line, rule.id)
        unknown = set(item) - {"name", "required", "aliases"}
        if unknown:
            raise RuleFileError(f"unknown key {sorted(unknown)[0]!r} in a section", rule.path, line, rule.id)
        aliases = item.get("aliases", [])
        if isinstance(aliases, str):
            aliases = [aliases]
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise RuleFileError("'aliases' must be a list of names", rule.path, line, rule.id)
        if not isinstance(item.get("required", False), bool):
            raise RuleFileError("'required' must be true or false", rule.path, line, rule.id)
        name = item["name"].strip()
        if name in seen:
            raise RuleFileError(f"section {name!r} listed twice", rule.path, line, rule.id)
        seen.add(name)
        specs.append({"name": name, "required": item.get("required", False), "aliases": list(aliases)})
    if not specs:
        raise RuleFileError("'sections' is empty", rule.path, rule.line_of("sections"), rule.id)
    rule.compiled = specs


def section_names(rule: Rule) -> dict[str, list[str]]:
    return {s["name"]: s["aliases"] for s in rule.compiled}


def applies(rule: Rule, post: Post, doc: Document) -> bool:
    mode = rule.options["applies_to"]
    if mode == "posts" and not doc.is_post(post):
        return False
    if mode == "titled" and not post.has_title:
        return False
    if mode == "structured" and not (post.has_title or post.sections or post.unknown_headings):
        return False
    if rule.exceptions and post.has_title:
        title = doc.text[post.title_start:post.title_end]
        if any(e in title for e in rule.exceptions):
            return False
    return True


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def _longest_increasing(indices: list[int]) -> set[int]:
    """Positions (into ``indices``) of one longest non-decreasing subsequence."""
    n = len(indices)
    best = [1] * n
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if indices[j] <= indices[i] and best[j] + 1 > best[i]:
                best[i], prev[i] = best[j] + 1, j
    if not n:
        return set()
    k = max(range(n), key=lambda i: (best[i], -i))
    keep = set()
    while k != -1:
        keep.add(k)
        k = prev[k]
    return keep


def check(doc: Document, rules: list[Rule], ctx: Context) -> Iterator[Diagnostic]:
    for rule in rules:
        for post in doc.posts:
            if applies(rule, post, doc):
                yield from _check_post(doc, rule, post)


def _check_post(doc: Document, rule: Rule, post: Post) -> Iterator[Diagnostic]:
    specs = rule.compiled
    order = {s["name"]: i for i, s in enumerate(specs)}
    known = [s for s in post.sections if s.name in order]
    anchor_start = post.title_start if post.has_title else post.start
    anchor_end = post.title_end if post.has_title else post.start

    present = {s.name for s in known}
    for spec in specs:
        if spec["required"] and spec["name"] not in present:
            msg = f"【{spec['name']}】がありません"
            yield diagnostic(doc, rule, anchor_start, anchor_end, msg, suffix="missing")

    seen: set[str] = set()
    firsts = []
    for sec in known:
        if sec.name in seen:
            if rule.options["unique"]:
                yield diagnostic(doc, rule, sec.heading_start, sec.heading_end,
                                 f"【{sec.name}】が2回目です", suffix="duplicate")
            continue
        seen.add(sec.name)
        firsts.append(sec)

    if rule.options["ordered"]:
        keep = _longest_increasing([order[s.name] for s in firsts])
        for i, sec in enumerate(firsts):
            if i not in keep:
                after = [s["name"] for s in specs[:order[sec.name]] if s["name"] in present]
                where = f"【{after[-1]}】の後" if after else "先頭"
                yield diagnostic(doc, rule, sec.heading_start, sec.heading_end,
                                 f"【{sec.name}】の位置が順序と違います（{where}に置きます）", suffix="order")

    if rule.options["non_empty"]:
        for sec in known:
            if not sec.blocks:
                yield diagnostic(doc, rule, sec.heading_start, sec.heading_end,
                                 f"【{sec.name}】に内容がありません", suffix="empty")

    spec_by_name = {s["name"]: s for s in specs}
    for sec in known:
        if sec.heading_text != sec.name and sec.heading_text not in spec_by_name[sec.name]["aliases"]:
            line_text = doc.text[sec.heading_start:sec.heading_end]
            fixed = line_text.replace(sec.heading_text, sec.name, 1)
            yield diagnostic(doc, rule, sec.heading_start, sec.heading_end,
                             f"見出し「{line_text.strip()}」は「【{sec.name}】」と書きます",
                             Fix(sec.heading_start, sec.heading_end, fixed), suffix="heading")

    if rule.options["near_miss"]:
        names = [(loose_name(s["name"]), s["name"]) for s in specs]
        for head in post.unknown_headings:
            written = loose_name(head.name)
            for loose, name in names:
                if len(loose) >= 2 and _edit_distance_at_most_one(written, loose):
                    yield diagnostic(doc, rule, head.start, head.end,
                                     f"見出し「【{head.name}】」は未知の見出しです（「【{name}】」の誤り？）",
                                     suffix="unknown")
                    break


class Sections(Kind):
    """The headings a post must have, in order, each with content.

    Applies per post.  By default only to posts that look structured — with
    a timestamped title line or at least one known section — so an ordinary
    Markdown page is not asked for a 【要点】.  ``exceptions`` are title
    substrings of posts to leave alone.  A heading written in a
    non-standard way (full-width letters, stray spaces) is rewritten by a
    safe fix; a 【…】 line one edit away from a known name is reported as a
    probable typo.

    Example::

        rules:
          - id: outline
            kind: sections
            sections:
              - {name: 概要, required: true}
              - {name: 詳細, required: true}

    Fails::

        港の再開発2025年03月01日 10:00
        【詳細】
         工事は来月に始まる。

    Passes::

        港の再開発2025年03月01日 10:00
        【概要】
         再開発が決まった。
        【詳細】
         工事は来月に始まる。
    """

    name = "sections"
    category = "structure"
    options = OPTIONS
    subcodes = SUBCODES

    def compile(self, rule: Rule) -> None:
        compile(rule)

    def section_names(self, rule: Rule) -> dict[str, list[str]]:
        return section_names(rule)

    def check(self, doc: Document, rules: list[Rule], ctx: Context) -> Iterator[Diagnostic]:
        return check(doc, rules, ctx)
