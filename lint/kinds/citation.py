"""The ``citation`` kind: the source section names its sources correctly."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Iterable, Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from lint.cache.programs import compile_re
from lint.diagnostics import Diagnostic, Location, Related
from lint.errors import RuleFileError
from lint.text.spans import Spans
from lint.ruleset.yamltypes import item_line
from lint.kinds.base import Context, Kind, Option, Subcode, diagnostic
from lint.model import Document, Post, Section
from lint.ruleset.model import Rule

OPTIONS = {
    "section": Option("str", default="引用・参照・底本", doc="name of the source section"),
    "require_url": Option("bool", default=True, doc="report a source section without a URL"),
    "outlets": Option("list", default=[],
                      doc="known outlets: {name, aliases (default [name]), domains}; a title ending "
                          "in an alias (optionally followed by a date) must cite one of the domains"),
    "applies_to": Option("choice", default="posts", choices=("posts", "structured", "titled", "all"),
                         doc="which texts to check, as for sections"),
}
SUBCODES = {
    "missing-url": Subcode("The source section has no URL."),
    "duplicate-url": Subcode("The same URL is cited under different source titles; usually a link "
                             "copied from another post."),
    "outlet": Subcode("The source title names a known outlet but the URL is on a different domain."),
}

DATE_TAIL = r"(?:[ \t\u3000]+\d{4}[./-]\d{1,2}[./-]\d{1,2}|[ \t\u3000]*\d{4}年\d{1,2}月\d{1,2}日)?[ \t\u3000]*$"
TRACKING_PARAM = compile_re(r"^(utm_|fbclid$|gclid$|mc_|ref$|ref_src$|publication_id$|post_id$|isFreemail$|r$|triedRedirect$)")


def compile(rule: Rule) -> None:
    outlets = []
    raw = rule.options["outlets"]
    for i, item in enumerate(raw):
        line = item_line(raw, i, rule.line)
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise RuleFileError("each outlet needs a 'name'", rule.path, line, rule.id)
        unknown = set(item) - {"name", "aliases", "domains"}
        if unknown:
            raise RuleFileError(f"unknown key {sorted(unknown)[0]!r} in an outlet", rule.path, line, rule.id)
        aliases = item.get("aliases") or [item["name"]]
        domains = item.get("domains")
        if isinstance(aliases, str):
            aliases = [aliases]
        if isinstance(domains, str):
            domains = [domains]
        if not domains or not all(isinstance(d, str) and d for d in domains):
            raise RuleFileError(f"outlet {item['name']!r} needs 'domains'", rule.path, line, rule.id)
        if not all(isinstance(a, str) and a for a in aliases):
            raise RuleFileError("'aliases' must be a list of names", rule.path, line, rule.id)
        alts = []
        for alias in sorted(aliases, key=len, reverse=True):
            body = re.escape(alias).replace(r"\ ", r"[ \t\u3000]*")
            # Short all-caps names (RT, AP) must match exactly; longer names
            # in any case ("sputnik").
            alts.append(body if len(alias) <= 3 else f"(?i:{body})")
        source = r"(?:^|(?<=[\s\u3000]))(?:" + "|".join(alts) + ")" + DATE_TAIL
        compile_re(source)  # a bad alias fails here, on load
        needles = tuple(_squeezed(a) if len(a) <= 3 else _squeezed(a).lower() for a in aliases)
        outlets.append((item["name"], source, needles, [d.lower().lstrip(".") for d in domains]))
    rule.compiled = outlets


def _squeezed(text: str) -> str:
    return text.replace(" ", "").replace("\t", "").replace("\u3000", "")


def section_names(rule: Rule) -> dict[str, list[str]]:
    return {rule.options["section"]: []}


def normalise_url(url: str) -> str:
    """Compare URLs without tracking parameters, fragments or a final slash."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not TRACKING_PARAM.match(k)])
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def _host(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.lower()


def _title_key(title: str) -> str:
    return re.sub(DATE_TAIL, "", " ".join(title.split())).casefold()


def _applies(rule: Rule, post: Post, doc: Document) -> bool:
    mode = rule.options["applies_to"]
    if mode == "posts":
        return doc.is_post(post)
    if mode == "titled":
        return post.has_title
    if mode == "structured":
        return post.has_title or bool(post.sections)
    return True


def _start(span: tuple[int, int]) -> int:
    return span[0]


def _entries(doc: Document, section: Section) -> list[tuple[str, Location, str, Location]]:
    """(title text, title location, url, url location) for each URL in the section."""
    # doc.urls is in text order: cut out this section's by bisection, so an
    # archive of many posts costs its length, not its square.
    lo = bisect_left(doc.urls, section.body_start, key=_start)
    hi = bisect_left(doc.urls, section.body_end, key=_start)
    urls = doc.urls[lo:hi]
    in_url = Spans(urls)
    entries = []
    lines = [ln for blk in section.blocks for ln in blk.lines]
    # One walk down the lines, in step with the URLs (looking back over every
    # line for every URL made a list of 2,000 links take minutes).
    title_line = None
    i = 0
    for start, end in urls:
        # The title is the last line above the URL that is not a URL itself.
        while i < len(lines) and lines[i].end <= start:
            ln = lines[i]
            i += 1
            text = doc.text[ln.content_start:ln.end].strip()
            if text and not in_url.covers(ln.content_start):
                title_line = (text, ln)
        url = doc.text[start:end]
        uloc = doc.location(start, end)
        if entries and entries[-1][2] == url and entries[-1][3].line == uloc.line:
            continue  # [https://…](https://…): a link whose text is its URL cites one source
        if title_line is None:
            title, tloc = "", doc.location(start, start)
        else:
            title, ln = title_line
            tloc = doc.location(ln.content_start, ln.end)
        entries.append((title, tloc, url, uloc))
    return entries


def check(doc: Document, rules: list[Rule], ctx: Context) -> Iterator[Diagnostic]:
    for rule in rules:
        file_entries = []
        for post in doc.posts:
            if not _applies(rule, post, doc):
                continue
            for section in post.sections:
                if section.name != rule.options["section"]:
                    continue
                entries = _entries(doc, section)
                if not entries and rule.options["require_url"]:
                    yield diagnostic(doc, rule, section.heading_start, section.heading_end,
                                     f"【{section.name}】に出典のURLがありません", suffix="missing-url")
                for title, tloc, url, uloc in entries:
                    yield from _outlet(doc, rule, title, url, uloc)
                file_entries.extend(entries)
        if rule.scope != "run":
            yield from _duplicates(rule, [(t, tl, u, ul) for t, tl, u, ul in file_entries])


def _outlet(doc: Document, rule: Rule, title: str, url: str, uloc: Location) -> Iterator[Diagnostic]:
    host = _host(url)
    squeezed = _squeezed(title)
    lowered = squeezed.lower()
    for name, source, needles, domains in rule.compiled:
        # An outlet's pattern is compiled (and cached by re) only for a
        # title that holds one of its names: a hook run meets few outlets.
        if not any(n in squeezed or n in lowered for n in needles):
            continue
        if re.search(source, title):
            if not any(host == d or host.endswith("." + d) for d in domains):
                yield diagnostic(doc, rule, uloc.start, uloc.end,
                                 f"出典「{name}」のURLが{domains[0]}ではなく{host or '不明なホスト'}を指しています",
                                 suffix="outlet")
            return


def _duplicates(rule: Rule, entries: list) -> Iterator[Diagnostic]:
    first: dict[str, tuple] = {}
    for title, tloc, url, uloc in entries:
        key = normalise_url(url)
        if key not in first:
            first[key] = (title, tloc, url, uloc)
            continue
        prev_title, prev_tloc = first[key][0], first[key][1]
        if _title_key(prev_title) == _title_key(title):
            continue
        where = prev_tloc.line if prev_tloc.path == uloc.path else f"{prev_tloc.path}:{prev_tloc.line}"
        message = f"このURLは別の出典「{_short(prev_title)}」（{where}行目）にも使われています"
        yield Diagnostic(f"{rule.id}.duplicate-url", rule.category, rule.severity, message, uloc, None,
                         [Related(prev_tloc, prev_title)])


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def collect(doc: Document, rules: list[Rule], ctx: Context) -> dict[str, list]:
    facts: dict[str, list] = {}
    for rule in rules:
        if rule.scope != "run":
            continue
        entries = []
        for post in doc.posts:
            if _applies(rule, post, doc):
                for section in post.sections:
                    if section.name == rule.options["section"]:
                        entries.extend(_entries(doc, section))
        facts[rule.id] = entries
    return facts


def finish(facts: Iterable[dict[str, list]], rules: list[Rule]) -> Iterator[Diagnostic]:
    by_id = {r.id: r for r in rules}
    merged: dict[str, list] = {}
    for per_file in facts:
        for rule_id, entries in per_file.items():
            merged.setdefault(rule_id, []).extend(entries)
    for rule_id, entries in merged.items():
        yield from _duplicates(by_id[rule_id], entries)


class Citation(Kind):
    """The source section names its sources correctly.

    Three problems, each reported as ``<id>.<problem>``: a source section
    with no URL (``missing-url``); one URL cited under two different source
    titles, within a file or with ``scope: run`` across the run
    (``duplicate-url`` — how a link copied from another post shows up);
    and a title naming a known outlet whose URL lives on another domain
    (``outlet``).  URLs are compared without tracking parameters, fragments
    or a final slash.

    Example::

        rules:
          - id: sources
            kind: citation
            outlets:
              - {name: RT, domains: [rt.com]}

    Fails::

        港の再開発2025年03月01日 10:00
        【引用・参照・底本】
        市の計画について RT 2025年3月1日
        https://news.example.com/harbor

    Passes::

        港の再開発2025年03月01日 10:00
        【引用・参照・底本】
        市の計画について RT 2025年3月1日
        https://www.rt.com/news/harbor/
    """

    name = "citation"
    category = "structure"
    options = OPTIONS
    subcodes = SUBCODES

    def compile(self, rule: Rule) -> None:
        compile(rule)

    def section_names(self, rule: Rule) -> dict[str, list[str]]:
        return section_names(rule)

    def check(self, doc: Document, rules: list[Rule], ctx: Context) -> Iterator[Diagnostic]:
        return check(doc, rules, ctx)

    def collect(self, doc: Document, rules: list[Rule], ctx: Context) -> Any:
        return collect(doc, rules, ctx) or None

    def finish(self, facts: list[Any], rules: list[Rule]) -> Iterator[Diagnostic]:
        return finish(facts, rules)
