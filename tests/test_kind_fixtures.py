"""Per-kind fixture files: ``tests/kinds/<kind>/*.yaml``, one test per case.

Modelled on sqlfluff's ``std_rule_cases``: a new case is a few lines of
YAML, no Python.  A fixture file holds

- the rules: a ``rules:`` list (and, if needed, the other sections of a
  yure rule file: ``defaults``, ``words``, ``antonyms``, ``entities``),
  ``rule_files:`` naming dictionaries beside the fixture (a prh file),
  and/or ``bundled:`` naming bundled rule sets;
- optionally ``config:``, the project configuration (``.yure.yaml``);
- optionally ``description:``, what the cases pin down;
- ``cases:``, each with a ``name`` and either ``text`` (linted as
  ``path``, default ``post.txt``; give ``post.md`` for Markdown) or
  ``files`` (a mapping of file name to text, linted in one run), then

  - ``findings``: every finding expected, in the order yure reports them
    (by file, then position): ``rule``, ``at`` (``line:column-line:column``,
    1-based, end exclusive, or ``line:column-column`` on one line), and
    optionally ``path``, ``message`` (a fragment), ``severity``, ``fix``
    (the replacement, or null for no fix), ``safe`` and ``related`` (the
    texts of the related places);
  - optionally ``fixed``: the text after ``yure check --fix`` (a mapping
    of file name to text for ``files``), with ``unsafe: true`` for
    ``--unsafe-fixes``;
  - optionally ``select`` / ``ignore`` (lists of selectors).

Every case runs through :func:`lint.app.run`, as ``yure check`` does: the
files are written to a temporary folder and read back from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import pytest
import yaml

from lint.app import CheckOptions, run
from lint.kinds import KINDS

FIXTURES = Path(__file__).resolve().parent / "kinds"
RULE_FILE_KEYS = {"rules", "defaults", "words"} | {key for kind in KINDS.values() for key in kind.file_keys}
FIXTURE_KEYS = RULE_FILE_KEYS | {"description", "rule_files", "bundled", "config", "cases"}
CASE_KEYS = {"name", "text", "path", "files", "findings", "fixed", "unsafe", "select", "ignore"}
FINDING_KEYS = {"rule", "at", "path", "message", "severity", "fix", "safe", "related"}
AT = re.compile(r"^(\d+):(\d+)-(?:(\d+):)?(\d+)$")


@dataclass
class Case:
    fixture: Path
    spec: dict
    data: dict

    @property
    def id(self) -> str:
        return f"{self.fixture.parent.name}/{self.fixture.stem}/{self.spec.get('name', '?')}"


def fixture_files() -> list[Path]:
    return sorted(FIXTURES.glob("*/*.yaml"))


def cases() -> list[Case]:
    out = []
    for path in fixture_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for spec in data.get("cases") or [{"name": "<no cases>"}]:
            out.append(Case(path, spec, data))
    return out


CASES = cases()


def where(case: Case) -> str:
    return f"{case.fixture.parent.name}/{case.fixture.name} case {case.spec.get('name')!r}"


def validate(case: Case) -> None:
    """A malformed fixture fails loudly instead of testing nothing."""
    data, spec = case.data, case.spec
    assert case.fixture.parent.name in KINDS, f"{case.fixture.parent.name} is no rule kind"
    unknown = set(data) - FIXTURE_KEYS
    assert not unknown, f"{case.fixture}: unknown keys {sorted(unknown)}"
    assert data.get("cases"), f"{case.fixture}: no cases"
    assert "rules" in data or data.get("rule_files") or data.get("bundled"), f"{case.fixture}: no rules"
    unknown = set(spec) - CASE_KEYS
    assert not unknown, f"{where(case)}: unknown keys {sorted(unknown)}"
    assert spec.get("name"), f"{where(case)}: a case needs a name"
    assert ("text" in spec) != ("files" in spec), f"{where(case)}: give text or files"
    assert isinstance(spec.get("findings"), list), f"{where(case)}: list the findings (or findings: [])"
    for finding in spec["findings"]:
        unknown = set(finding) - FINDING_KEYS
        assert not unknown, f"{where(case)}: unknown finding keys {sorted(unknown)}"
        assert AT.match(str(finding.get("at", ""))), f"{where(case)}: 'at' must read line:col-line:col"
        assert finding.get("rule"), f"{where(case)}: a finding needs its rule"


def span_of(at: str) -> tuple[int, int, int, int]:
    m = AT.match(at)
    assert m is not None
    line, column, end_line, end_column = m.groups()
    return int(line), int(column), int(end_line or line), int(end_column)


def write_project(case: Case, folder: Path) -> tuple[CheckOptions, dict[str, str]]:
    """The case's files, rules and configuration in ``folder``; the options
    that check them, and the texts by path."""
    data, spec = case.data, case.spec
    texts = dict(spec["files"]) if "files" in spec else {spec.get("path", "post.txt"): spec["text"]}
    for name, text in texts.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        # Bytes, so that a line ending written in the fixture stays as written.
        (folder / name).write_bytes(text.encode("utf-8"))
    rule_paths = []
    for name in data.get("rule_files") or []:
        source = case.fixture.parent / name
        (folder / name).write_bytes(source.read_bytes())
        rule_paths.append(name)
    rule_file = {key: data[key] for key in RULE_FILE_KEYS if key in data}
    if rule_file:
        (folder / "fixture-rules.yaml").write_text(yaml.safe_dump(rule_file, allow_unicode=True), encoding="utf-8")
        rule_paths.append("fixture-rules.yaml")
    config = {"builtin": list(data.get("bundled") or []) or False, "cache": False, **(data.get("config") or {})}
    (folder / ".yure.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    options = CheckOptions(config_path=str(folder / ".yure.yaml"), rules=tuple(rule_paths),
                           select=tuple(spec.get("select") or ()), ignore=tuple(spec.get("ignore") or ()),
                           paths=tuple(texts), jobs=1, no_cache=True)
    return options, texts


def describe(diag: Any) -> str:
    loc = diag.location
    fix = "no fix" if diag.fix is None else f"fix {diag.fix.replacement!r}{'' if diag.fix.safe else ' (unsafe)'}"
    return (f"{loc.path} {diag.rule} at {loc.line}:{loc.column}-{loc.end_line}:{loc.end_column}: "
            f"{diag.message} [{fix}]")


def compare(case: Case, found: list, default_path: Optional[str]) -> None:
    spec = case.spec
    expected = [(f.get("path", default_path), f["rule"], span_of(str(f["at"]))) for f in spec["findings"]]
    got = [(d.path, d.rule, (d.location.line, d.location.column, d.location.end_line, d.location.end_column))
           for d in found]
    assert got == expected, f"{where(case)}: findings differ; yure reported:\n" + "\n".join(map(describe, found))
    for want, diag in zip(spec["findings"], found):
        shown = f"{where(case)}: {describe(diag)}"
        if "message" in want:
            assert str(want["message"]) in diag.message, shown
        if "severity" in want:
            assert diag.severity == want["severity"], shown
        if "fix" in want:
            if want["fix"] is None:
                assert diag.fix is None, shown
            else:
                assert diag.fix is not None and diag.fix.replacement == str(want["fix"]), shown
        if "safe" in want:
            assert diag.fix is not None and diag.fix.safe == want["safe"], shown
        if "related" in want:
            assert [r.text for r in diag.related] == list(want["related"]), shown


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_kind_fixture(case: Case, tmp_path, monkeypatch):
    validate(case)
    monkeypatch.chdir(tmp_path)
    options, texts = write_project(case, tmp_path)
    result = run(options)
    assert not result.errors and not result.skipped, (result.errors, result.skipped)
    compare(case, result.diagnostics, None if "files" in case.spec else next(iter(texts)))
    if "fixed" not in case.spec:
        return
    options.fix = True
    options.unsafe_fixes = bool(case.spec.get("unsafe"))
    fixed = run(options)
    assert not fixed.errors, fixed.errors
    want = case.spec["fixed"]
    want = dict(want) if isinstance(want, dict) else {next(iter(texts)): want}
    for name in texts:
        after = (tmp_path / name).read_bytes().decode("utf-8")
        assert after == want.get(name, texts[name]), f"{where(case)}: {name} after --fix"


def test_every_kind_has_fixtures():
    """Every kind is pinned by fixtures; a folder that names no kind is a mistake."""
    folders = {p.name for p in FIXTURES.iterdir() if p.is_dir()}
    assert folders <= set(KINDS), folders - set(KINDS)
    with_cases = {p.parent.name for p in fixture_files()}
    missing = set(KINDS) - with_cases
    assert not missing, f"kinds without fixtures in tests/kinds/: {sorted(missing)}"


def test_a_wrong_expectation_fails(tmp_path, monkeypatch):
    """The runner itself: a fixture that expects the wrong place, message or
    fix must not pass."""
    data = {"rules": [{"id": "harbour", "kind": "variants", "expected": "港湾", "patterns": ["湊"]}]}
    fixture = tmp_path / "kinds" / "variants" / "self.yaml"
    monkeypatch.chdir(tmp_path)
    good = {"name": "good", "text": "古い湊の話。\n", "findings": [{"rule": "harbour", "at": "1:3-1:4", "fix": "港湾"}],
            "fixed": "古い港湾の話。\n"}
    options, _ = write_project(Case(fixture, good, data), tmp_path)
    found = run(options).diagnostics
    compare(Case(fixture, good, data), found, "post.txt")
    for change in ({"at": "1:2-1:4"}, {"fix": "港"}, {"message": "無関係"}, {"rule": "other"}, {"fix": None}):
        bad = {**good, "findings": [{**good["findings"][0], **change}]}
        with pytest.raises(AssertionError):
            compare(Case(fixture, bad, data), found, "post.txt")
    with pytest.raises(AssertionError):
        compare(Case(fixture, {**good, "findings": []}, data), found, "post.txt")
