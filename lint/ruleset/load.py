"""Loading and validating YAML rule files.

A rule file is a mapping with a ``rules:`` list.  Every rule is validated
when it is loaded — unknown keys, missing fields, wrong types and bad
regexes are errors naming the file and line — so nothing about a rule can
fail later, in the middle of a run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Optional

from lint.diagnostics import SEVERITIES
from lint.errors import RuleFileError
from lint.ruleset.bundled import bundled_rule_files
from lint.kinds import KINDS, Kind
from lint.kinds.base import Option
from lint.ruleset.model import (COMMON_KEYS, ENTITY_TYPES, FILE_KEYS, FIX_MODES, RULE_ID, SCOPES, Rule, RuleSet,
                                RuleTest)
from lint.ruleset.yamltypes import LineDict, item_line

# Top-level keys of a yure rule file: the loader's own and the kinds'.
KIND_FILE_KEYS: dict[str, Kind] = {key: kind for kind in KINDS.values() for key in kind.file_keys}
ALL_FILE_KEYS = FILE_KEYS | set(KIND_FILE_KEYS)


def _check_type(value: Any, opt: Option, key: str, rule_id: str, path: str, line: int) -> Any:
    def fail(expected: str) -> RuleFileError:
        return RuleFileError(f"'{key}' must be {expected}", path, line, rule_id)

    t = opt.type
    if t == "str":
        if not isinstance(value, str) or value == "":
            raise fail("a non-empty string")
    elif t == "strs":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v != "" for v in value):
            raise fail("a string or a list of non-empty strings")
    elif t == "bool":
        if not isinstance(value, bool):
            raise fail("true or false")
    elif t == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            raise fail("an integer")
    elif t == "number":
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise fail("a number")
    elif t == "map":
        if not isinstance(value, dict):
            raise fail("a mapping")
    elif t == "list":
        if not isinstance(value, list):
            raise fail("a list")
    elif t == "choice":
        if value not in opt.choices:
            raise fail("one of " + ", ".join(map(str, opt.choices)))
    return value


def _parse_tests(raw: Any, rule_id: str, path: str, line: int) -> list[RuleTest]:
    if not isinstance(raw, list):
        raise RuleFileError("'tests' must be a list", path, line, rule_id)
    tests = []
    for i, case in enumerate(raw):
        cline = item_line(raw, i, line)
        if not isinstance(case, dict):
            raise RuleFileError("each test must be a mapping with 'pass' or 'fail'", path, cline, rule_id)
        unknown = set(case) - {"pass", "fail", "fix", "count"}
        if unknown:
            raise RuleFileError(f"unknown test key {sorted(unknown)[0]!r} (use pass, fail, fix, count)",
                                path, cline, rule_id)
        if ("pass" in case) == ("fail" in case):
            raise RuleFileError("a test needs exactly one of 'pass' or 'fail'", path, cline, rule_id)
        kind = "pass" if "pass" in case else "fail"
        text = case[kind]
        if not isinstance(text, str):
            raise RuleFileError(f"'{kind}' must be a string", path, cline, rule_id)
        if kind == "pass" and ("fix" in case or "count" in case):
            raise RuleFileError("'fix' and 'count' belong to 'fail' tests", path, cline, rule_id)
        fixed = case.get("fix")
        if fixed is not None and not isinstance(fixed, str):
            raise RuleFileError("'fix' must be a string", path, cline, rule_id)
        count = case.get("count")
        if count is not None and (not isinstance(count, int) or isinstance(count, bool) or count < 1):
            raise RuleFileError("'count' must be a positive integer", path, cline, rule_id)
        tests.append(RuleTest(kind, text, fixed, count, cline))
    return tests


def _build_rule(raw: Any, defaults: dict, path: str, line: int, set_name: str) -> Rule:
    if not isinstance(raw, dict):
        raise RuleFileError("each rule must be a mapping", path, line)
    line = getattr(raw, "line", line)
    # A value the rule takes from defaults is reported at its line there.
    key_lines = {key: defaults.line_of(key) for key in defaults if key not in raw} \
        if isinstance(defaults, LineDict) else {}
    key_lines.update(getattr(raw, "key_lines", {}))
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        raise RuleFileError("rule has no 'id'", path, line)
    if not RULE_ID.match(rule_id):
        raise RuleFileError(f"invalid rule id {rule_id!r} (use lowercase letters, digits, '-', '_', '.')",
                            path, line)
    kind_name = raw.get("kind", defaults.get("kind"))
    if kind_name is None:
        raise RuleFileError("rule has no 'kind'", path, line, rule_id)
    if kind_name not in KINDS:
        raise RuleFileError(f"unknown kind {kind_name!r} (known: {', '.join(sorted(KINDS))})", path,
                            key_lines.get("kind", line), rule_id)
    kind = KINDS[kind_name]
    allowed = set(COMMON_KEYS) | set(kind.options)
    for key in raw:
        if key not in allowed:
            raise RuleFileError(f"unknown key {key!r} for a {kind_name} rule", path, key_lines.get(key, line),
                                rule_id)

    def common(key: str, fallback: Any) -> Any:
        return raw.get(key, defaults.get(key, fallback))

    severity = common("severity", "warning")
    if severity not in SEVERITIES:
        raise RuleFileError(f"'severity' must be one of {', '.join(SEVERITIES)}", path,
                            key_lines.get("severity", line), rule_id)
    scope = common("scope", "post")
    if scope not in SCOPES:
        raise RuleFileError(f"'scope' must be one of {', '.join(SCOPES)}", path, key_lines.get("scope", line), rule_id)
    fix = common("fix", "safe")
    if fix not in FIX_MODES:
        raise RuleFileError(f"'fix' must be one of {', '.join(FIX_MODES)}", path, key_lines.get("fix", line), rule_id)
    message = common("message", None)
    if message is not None and not isinstance(message, str):
        raise RuleFileError("'message' must be a string", path, key_lines.get("message", line), rule_id)
    description = common("description", "")
    if not isinstance(description, str):
        raise RuleFileError("'description' must be a string", path, key_lines.get("description", line), rule_id)
    category = common("category", kind.category)
    if not isinstance(category, str) or not RULE_ID.match(category):
        raise RuleFileError("'category' must be a lowercase word", path, key_lines.get("category", line), rule_id)
    exceptions = raw.get("exceptions", [])
    if isinstance(exceptions, str):
        exceptions = [exceptions]
    if not isinstance(exceptions, list) or not all(isinstance(e, str) and e for e in exceptions):
        raise RuleFileError("'exceptions' must be a list of non-empty strings", path,
                            key_lines.get("exceptions", line), rule_id)

    options = {}
    for key, opt in kind.options.items():
        if key in raw:
            options[key] = _check_type(raw[key], opt, key, rule_id, path, key_lines.get(key, line))
        elif key in defaults:
            options[key] = _check_type(defaults[key], opt, key, rule_id, path, key_lines.get(key, line))
        elif opt.required:
            raise RuleFileError(f"missing required key {key!r} for a {kind_name} rule", path, line, rule_id)
        else:
            options[key] = opt.default
    entity = raw.get("entity", defaults.get("entity"))
    if entity is not None and entity not in ENTITY_TYPES:
        raise RuleFileError(f"'entity' must be one of {', '.join(ENTITY_TYPES)}", path,
                            key_lines.get("entity", line), rule_id)
    tests = _parse_tests(raw["tests"], rule_id, path, key_lines.get("tests", line)) if "tests" in raw else []
    rule = Rule(rule_id, kind_name, category, severity, message, description, scope, list(exceptions), fix,
                options, tests, path, line, set_name, key_lines, entity=entity, subcodes=tuple(kind.subcodes))
    kind.compile(rule)
    return rule


def load_rule_file(path: Path, shown: Optional[str] = None, foreign: Optional[dict[str, Any]] = None,
                   cache: bool = True) -> RuleSet:
    """Load a yure rule file, or a foreign dictionary a kind reads (a prh file).

    ``foreign``: per kind name, the configuration that shapes how that
    kind loads its dictionaries (:meth:`Kind.loading_settings`).  The
    validated result is kept on disk (:mod:`lint.cache.rulesets`) and
    reused while the file, its imports and the options stay the same.
    """
    from lint.cache.rulesets import cached

    shown = shown or str(path)
    settings = foreign or {}

    def sources(ruleset: RuleSet) -> list[str]:
        return [str(path) if s == shown else s for s in ruleset.sources]

    variant = f"{shown}\0{sorted((k, sorted(v.items()) if isinstance(v, dict) else v) for k, v in settings.items())!r}"
    return cached(path, variant, lambda: _load_rule_file(path, shown, settings), sources, cache)


def _load_rule_file(path: Path, shown: str, foreign: dict[str, Any]) -> RuleSet:
    from lint.ruleset.yamlload import read_yaml_file

    data, _raw = read_yaml_file(path)
    for kind in KINDS.values():
        if kind.reads_foreign(data):
            return kind.load_foreign(path, shown, data, foreign.get(kind.name))
    return rules_from_data(data, shown, path.stem)


def rules_from_data(data: Any, path: str, set_name: str) -> RuleSet:
    if not isinstance(data, dict):
        raise RuleFileError("a rule file must be a YAML mapping with a 'rules:' list", path, 1)
    for key in data:
        if key not in ALL_FILE_KEYS:
            raise RuleFileError(f"unknown top-level key {key!r} (expected: {', '.join(sorted(ALL_FILE_KEYS))})",
                                path, data.line_of(key) if isinstance(data, LineDict) else None)
    # A file may hold only a kind's data (an antonym lexicon).
    rules_raw = data.get("rules", [] if any(key in data for key in KIND_FILE_KEYS) else None)
    if not isinstance(rules_raw, list):
        raise RuleFileError("'rules' must be a list", path, data.line_of("rules") if isinstance(data, LineDict) else 1)
    name = data.get("name", set_name)
    if not isinstance(name, str) or not RULE_ID.match(name):
        raise RuleFileError("'name' must be a lowercase identifier", path,
                            data.line_of("name") if isinstance(data, LineDict) else 1)
    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict):
        raise RuleFileError("'defaults' must be a mapping", path, data.line_of("defaults"))
    for key in defaults:
        if key in ("id", "tests") or (key not in COMMON_KEYS and not any(key in k.options for k in KINDS.values())):
            raise RuleFileError(f"unknown key {key!r} in defaults", path, defaults.line_of(key)
                                if isinstance(defaults, LineDict) else None)
    words = data.get("words", [])
    if isinstance(words, str):
        words = words.split()
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise RuleFileError("'words' must be a list of strings", path, data.line_of("words"))

    file_data = {}
    for key, kind in KIND_FILE_KEYS.items():
        if key in data:
            where = data.line_of(key) if isinstance(data, LineDict) else None
            file_data[key] = kind.parse_file_data(key, data[key], path, where)
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(rules_raw):
        line = item_line(rules_raw, i, 1)
        rule = _build_rule(raw, defaults, path, line, name)
        if rule.id in seen:
            raise RuleFileError(f"duplicate rule id {rule.id!r} (first defined on line {seen[rule.id]})",
                                path, rule.line)
        seen[rule.id] = rule.line
        rules.append(rule)
    return RuleSet(rules, list(words), [path], file_data)


def load_rules(files: Iterable[Path], bundled: Optional[Iterable[str]] | bool = True,
               foreign: Optional[dict[str, Any]] = None, cache: bool = True) -> RuleSet:
    """Bundled sets first, then ``files``; later rules replace earlier ones with the same id."""
    result = RuleSet()
    if bundled is not False:
        names = None if bundled is True else bundled
        for path in bundled_rule_files(names):
            result = result.merged(load_rule_file(path, f"<bundled>/{path.name}", cache=cache))
    for path in files:
        loaded = load_rule_file(Path(path), foreign=foreign, cache=cache)
        if loaded.made_up_ids and loaded.rules:
            _distinct_set_name(loaded, {r.set_name for r in result.rules})
        result = result.merged(loaded)
    return result


def _distinct_set_name(ruleset: RuleSet, taken: set[str]) -> None:
    """Give a foreign dictionary's rules a set name no loaded set has.

    Their ids are made up (``prh.1``, ``prh.2`` …, from the file name), so two
    dictionaries both called prh.yml must not replace each other's rules the
    way a yure file deliberately replaces a rule of the same id.
    """
    name = ruleset.rules[0].set_name
    if name not in taken:
        return
    n = 2
    while f"{name}-{n}" in taken:
        n += 1
    new = f"{name}-{n}"
    for rule in ruleset.rules:
        rule.id = new + rule.id[len(name):]
        rule.set_name = new
