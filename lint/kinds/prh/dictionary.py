"""Reading prh dictionaries as they are.

prh (used by textlint-rule-prh) is the format Japanese teams keep their
spelling dictionaries in.  yure loads it with prh's own semantics:

* ``pattern``/``patterns``: ``/…/flags`` is a JavaScript regex, anything else
  a literal; a list becomes one ordered alternation;
* no pattern: the expected text, with ASCII letters and digits also matching
  their other case and full-width forms;
* ``options.wordBoundary``: JavaScript's ASCII-only ``\\b`` around the pattern;
* ``regexpMustEmpty: $N``: a match whose group N is not empty is skipped;
* ``$N`` in ``expected`` takes group N;
* ``specs``: checked on load, and a failing spec stops the load;
* ``imports`` (relative paths, ``disableImports``, ``ignoreRules``): the
  importing file's rules win over imported ones with the same expected;
* ``targets``: per-file include/exclude patterns.

Unknown keys in a rule are ignored, as prh ignores them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Optional

import regex

from lint.cache.programs import compile_re
from lint.errors import DEFAULT_REGEX_TIMEOUT, RuleFileError
from lint.text.patterns import Dialect, split_slashed
from lint.kinds.prh.jsregex import (JSRegexError, compile_js, escape_special, js_flags,
                      spread_alphanumerics, translate_js)
from lint.text.prefilter import required_literals
from lint.ruleset.yamlload import read_yaml_file
from lint.ruleset.yamltypes import LineDict, item_line

PRH_TOP_KEYS = {"version", "rules", "imports", "targets", "meta"}
GROUP_REF = compile_re(r"\$([0-9]{1,2})")


@dataclass
class PrhSpec:
    """One ``specs`` test of a prh rule: a text and what the rule makes of it."""

    source: str
    expected: str
    line: int


@dataclass
class PrhRule:
    """One prh rule: its pattern, translated to Python, and the form it writes."""

    expected: str
    source: str  # JavaScript pattern source
    flags: str  # JavaScript flags, as prh sets them (g, m, u and maybe i)
    translated: str  # the pattern in Python ``regex`` syntax
    regex_flags: int
    path: str
    line: int
    must_empty: Optional[int] = None
    comment: Optional[str] = None
    specs: list[PrhSpec] = field(default_factory=list)
    raw_pattern: Any = None
    # Literals every match contains (see lint.text.prefilter), or None.
    literals: Optional[frozenset] = None
    ignorecase: bool = False
    _pattern: Any = field(default=None, repr=False, compare=False)

    @property
    def pattern(self) -> Any:
        """The compiled ``regex`` pattern; compiled on first use (a cached
        rule set holds thousands of rules, most of which never match)."""
        if self._pattern is None:
            self._pattern = regex.compile(self.translated, self.regex_flags)
        return self._pattern

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_pattern"] = None  # recompiled when needed, not unpickled eagerly
        return state

    def js(self) -> str:
        """The pattern as prh prints it (used by ``ignoreRules``)."""
        return f"/{self.source}/{self.flags}"

    def changes(self, text: str, pos: int = 0, endpos: Optional[int] = None,
                timeout: Optional[float] = DEFAULT_REGEX_TIMEOUT) -> Iterator[Any]:
        """Matches of this rule alone, as prh finds them (global, left to right),
        without those ``regexpMustEmpty`` rules out.

        Raises TimeoutError when the regex runs past ``timeout`` seconds.
        """
        must_empty = self.must_empty
        for m in self.pattern.finditer(text, pos, endpos, timeout=timeout):
            if must_empty is None or not m.group(must_empty):
                yield m

    def replacement(self, match: Any) -> str:
        groups = len(match.groups())

        def sub(m: re.Match) -> str:
            index = int(m.group(1))
            if index == 0 or index > groups:
                return m.group(0)
            return match.group(index) or ""

        return GROUP_REF.sub(sub, self.expected)

    def apply(self, text: str) -> str:
        """``text`` with every change of this rule applied (for specs)."""
        parts, pos = [], 0
        for m in self.changes(text):
            parts.append(text[pos:m.start()])
            parts.append(self.replacement(m))
            pos = m.end()
        parts.append(text[pos:])
        return "".join(parts)


@dataclass
class PrhTarget:
    """A ``targets`` entry of a prh file: where its rules apply."""

    file: Any
    includes: list[Any]
    excludes: list[Any]


@dataclass
class PrhDictionary:
    """A prh file with the files it imports: rules, targets and the paths read."""

    rules: list[PrhRule]
    targets: list[PrhTarget]
    files: list[str]

    @property
    def spec_count(self) -> int:
        return sum(len(r.specs) for r in self.rules)


def looks_like_prh(data: Any) -> bool:
    """A prh file: a ``version``, ``imports`` or ``targets`` key, or rules
    without ``kind`` (a yure file may give every rule its kind in ``defaults``)."""
    if not isinstance(data, dict):
        return False
    if "version" in data or "imports" in data or "targets" in data:
        return True
    defaults = data.get("defaults")
    if isinstance(defaults, dict) and "kind" in defaults:
        return False
    rules = data.get("rules")
    return isinstance(rules, list) and bool(rules) and all(
        isinstance(r, str) or (isinstance(r, dict) and "kind" not in r and "expected" in r) for r in rules)


def _line(node: Any, key: Any = None, default: int = 1) -> int:
    if isinstance(node, LineDict):
        return node.line_of(key) if key is not None else node.line
    return default


def _js_from_pattern(raw: Any, expected: str, word_boundary: bool, path: str, line: int) -> tuple[str, str]:
    """(source, flags) of a rule's pattern, built the way prh builds it."""
    if raw is None:
        source = spread_alphanumerics(expected)
        if word_boundary:
            source = "\\b" + source + "\\b"
        return source, "gmu"
    if isinstance(raw, str):
        slashed = split_slashed(raw, Dialect.JAVASCRIPT)
        if slashed is not None:
            source, flags = slashed
            bad = set(flags) - set("gimy")
            if bad:
                raise RuleFileError(f"invalid regex flag {sorted(bad)[0]!r} in {raw}", path, line)
            if word_boundary:
                source = "\\b" + source + "\\b"
            return source, js_flags({"g", "m", "u"} | ({"i"} if "i" in flags else set()))
        if word_boundary:
            return "\\b" + raw + "\\b", "gmu"
        return escape_special(raw), "gmu"
    if isinstance(raw, list):
        if not raw:
            raise RuleFileError("empty pattern list", path, line)
        parts = [_js_from_pattern(p, expected, word_boundary, path, line) for p in raw]
        flag_sets = {f for _, f in parts}
        if len(flag_sets) > 1:
            raise RuleFileError("patterns combine different flags (" + " and ".join(sorted(flag_sets)) + ")",
                                path, line)
        return "(?:" + "|".join(s for s, _ in parts) + ")", parts[0][1]
    if isinstance(raw, (int, float)):
        return _js_from_pattern(str(raw), expected, word_boundary, path, line)
    raise RuleFileError("a pattern must be a string or a list of strings", path, line)


def _rule(raw: Any, path: str, line: int) -> PrhRule:
    if isinstance(raw, (str, int, float)):
        raw = {"expected": str(raw)}
    if not isinstance(raw, dict):
        raise RuleFileError("a prh rule must be a string or a mapping", path, line)
    line = _line(raw, None, line)
    expected = raw.get("expected")
    if expected is None:
        raise RuleFileError("prh rule has no 'expected'", path, line)
    expected = str(expected)
    options = raw.get("options") or {}
    if not isinstance(options, dict):
        raise RuleFileError("'options' must be a mapping", path, _line(raw, "options", line))
    word_boundary = bool(options.get("wordBoundary", False))
    raw_pattern = raw.get("pattern", raw.get("patterns"))
    pat_line = _line(raw, "pattern" if "pattern" in raw else "patterns", line)
    source, flags = _js_from_pattern(raw_pattern, expected, word_boundary, path, pat_line)
    try:
        translated, regex_flags = translate_js(source, flags)
        compiled = regex.compile(translated, regex_flags)
    except (regex.error, JSRegexError, OverflowError, RecursionError) as exc:
        raise RuleFileError(f"bad regex /{source}/ for expected {expected!r}: {exc}", path, pat_line) from None
    must_empty = None
    if raw.get("regexpMustEmpty") is not None:
        m = re.fullmatch(r"\$(\d+)", str(raw["regexpMustEmpty"]).strip())
        if not m or int(m.group(1)) > compiled.groups or int(m.group(1)) == 0:
            raise RuleFileError(f"regexpMustEmpty {raw['regexpMustEmpty']!r} names no group of the pattern",
                                path, _line(raw, "regexpMustEmpty", line))
        must_empty = int(m.group(1))
    comment = raw.get("prh")
    literals, ignorecase = required_literals(translated, regex_flags)
    rule = PrhRule(expected, source, flags, translated, regex_flags, path, line, must_empty,
                   str(comment) if comment is not None else None, [], raw_pattern, literals, ignorecase,
                   compiled)
    specs = raw.get("specs") or []
    if not isinstance(specs, list):
        raise RuleFileError("'specs' must be a list", path, _line(raw, "specs", line))
    for i, spec in enumerate(specs):
        sline = item_line(specs, i, line)
        if not isinstance(spec, dict) or "from" not in spec or "to" not in spec:
            raise RuleFileError(f"spec of {expected!r} needs 'from' and 'to'", path, sline)
        rule.specs.append(PrhSpec(str(spec["from"]), str(spec["to"]), sline))
    return rule


def check_specs(rule: PrhRule) -> None:
    """Run the rule's specs; the first failure is an error, as in prh."""
    for spec in rule.specs:
        try:
            got = rule.apply(spec.source)
        except TimeoutError:
            raise RuleFileError(f"spec for expected {rule.expected!r}: the regex {rule.js()} ran past "
                                f"{DEFAULT_REGEX_TIMEOUT:g} s on {spec.source!r}", rule.path, spec.line) from None
        if got != spec.expected:
            raise RuleFileError(f"spec failed for expected {rule.expected!r}: {spec.source!r} should become "
                                f"{spec.expected!r} but becomes {got!r} ({rule.js()})", rule.path, spec.line)


def _ignored(rule: PrhRule, ignore: list[Any]) -> bool:
    for entry in ignore:
        if isinstance(entry, str):
            entry = {"pattern": entry}
        if not isinstance(entry, dict):
            continue
        if "expected" in entry and str(entry["expected"]) == rule.expected:
            return True
        if "pattern" in entry and str(entry["pattern"]) in (rule.js(), str(rule.raw_pattern)):
            return True
    return False


def _targets(raw: Any, path: str, line: int) -> list[PrhTarget]:
    out = []
    if not isinstance(raw, list):
        raise RuleFileError("'targets' must be a list", path, line)

    def pattern(value: Any, where: int) -> Any:
        slashed = split_slashed(str(value), Dialect.JAVASCRIPT)
        source, flags = slashed if slashed else (escape_special(str(value)), "")
        try:
            return compile_js(source, js_flags({"g", "m", "u"} | (set(flags) & {"i"})))
        except JSRegexError as exc:
            raise RuleFileError(f"bad target regex {value}: {exc}", path, where) from None

    for i, item in enumerate(raw):
        where = item_line(raw, i, line)
        if not isinstance(item, dict) or "file" not in item:
            raise RuleFileError("a target needs 'file'", path, where)
        includes = [pattern(x.get("pattern") if isinstance(x, dict) else x, where) for x in item.get("includes") or []]
        excludes = [pattern(x.get("pattern") if isinstance(x, dict) else x, where) for x in item.get("excludes") or []]
        out.append(PrhTarget(pattern(item["file"], where), includes, excludes))
    return out


def load_prh(path: Path, shown: Optional[str] = None, data: Any = None, follow_imports: bool = True,
             _stack: tuple = ()) -> PrhDictionary:
    """Load a prh file and its imports, specs checked."""
    shown = shown or str(path)
    key = str(path.resolve())
    if key in _stack:
        raise RuleFileError("imports form a cycle", shown)
    if data is None:
        data, _ = read_yaml_file(path)
    if not isinstance(data, dict):
        raise RuleFileError("a prh file must be a YAML mapping", shown, 1)
    for top in data:
        if top not in PRH_TOP_KEYS:
            raise RuleFileError(f"unknown top-level key {top!r} in a prh file (expected: "
                                f"{', '.join(sorted(PRH_TOP_KEYS))})", shown, _line(data, top))
    version = data.get("version", 1)
    if str(version) != "1":
        raise RuleFileError(f"unsupported prh version {version!r} (only 1 exists)", shown, _line(data, "version"))
    rules_raw = data.get("rules") or []
    if not isinstance(rules_raw, list):
        raise RuleFileError("'rules' must be a list", shown, _line(data, "rules"))
    rules = []
    for i, raw in enumerate(rules_raw):
        line = item_line(rules_raw, i, 1)
        rule = _rule(raw, shown, line)
        check_specs(rule)
        rules.append(rule)
    targets = _targets(data.get("targets") or [], shown, _line(data, "targets"))
    result = PrhDictionary(rules, targets, [shown])
    if not follow_imports:
        return result
    imports = data.get("imports") or []
    if not isinstance(imports, list):
        raise RuleFileError("'imports' must be a list", shown, _line(data, "imports"))
    for i, entry in enumerate(imports):
        line = item_line(imports, i, 1)
        if isinstance(entry, str):
            entry = {"path": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            raise RuleFileError("an import is a path or {path, disableImports, ignoreRules}", shown, line)
        target = (path.parent / entry["path"])
        if not target.is_file():
            raise RuleFileError(f"imported file {entry['path']!r} not found", shown, line)
        sub = load_prh(target, str(target), None, not entry.get("disableImports", False), _stack + (key,))
        ignore = entry.get("ignoreRules") or []
        # Rules already here win over imported ones with the same expected;
        # duplicates within the imported file itself are all kept (prh's merge).
        known = {r.expected for r in result.rules}
        for rule in sub.rules:
            if rule.expected not in known and not _ignored(rule, ignore):
                result.rules.append(rule)
        result.targets.extend(t for t in sub.targets if all(
            t.file.pattern != mine.file.pattern for mine in result.targets))
        result.files.extend(sub.files)
    return result
