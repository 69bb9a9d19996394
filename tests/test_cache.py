"""The on-disk rule-set cache: reused while nothing changed, never trusted after."""

from __future__ import annotations

import pytest

from lint.ruleset.load import load_rule_file

RULES = """rules:
  - id: india
    kind: variants
    expected: インド
    patterns: [インディア]
"""
PRH_MAIN = """version: 1
imports:
  - sub.yml
rules:
  - expected: サーバー
    pattern: /サーバ(?!ー)/
"""
PRH_SUB = """version: 1
rules:
  - expected: ウェブ
    pattern: ウエブ
"""


@pytest.fixture
def folder(tmp_path, monkeypatch):
    where = tmp_path / "cache"
    monkeypatch.setenv("YURE_CACHE_DIR", str(where))
    monkeypatch.delenv("YURE_NO_CACHE", raising=False)
    return where


def entries(folder):
    return sorted(folder.glob("rules-*.pickle")) if folder.exists() else []


def expected_of(ruleset):
    return sorted(r.options["expected"] for r in ruleset.rules)


def test_a_loaded_rule_set_is_stored_and_reused(tmp_path, folder, monkeypatch):
    path = tmp_path / "rules.yaml"
    path.write_text(RULES, encoding="utf-8")
    first = load_rule_file(path)
    assert len(entries(folder)) == 1
    # A second load must not read YAML at all.
    import lint.ruleset.yamlload as yamlload

    def boom(*args, **kwargs):
        raise AssertionError("the rule file was parsed again")

    monkeypatch.setattr(yamlload, "read_yaml_file", boom)
    monkeypatch.setattr(yamlload, "load_yaml_text", boom)
    second = load_rule_file(path)
    assert expected_of(second) == expected_of(first) == ["インド"]


def test_changed_content_is_loaded_afresh(tmp_path, folder):
    path = tmp_path / "rules.yaml"
    path.write_text(RULES, encoding="utf-8")
    load_rule_file(path)
    path.write_text(RULES.replace("インド", "インド国"), encoding="utf-8")
    assert expected_of(load_rule_file(path)) == ["インド国"]


def test_a_changed_import_is_noticed(tmp_path, folder):
    (tmp_path / "main.yml").write_text(PRH_MAIN, encoding="utf-8")
    (tmp_path / "sub.yml").write_text(PRH_SUB, encoding="utf-8")
    assert expected_of(load_rule_file(tmp_path / "main.yml")) == ["ウェブ", "サーバー"]
    (tmp_path / "sub.yml").write_text(PRH_SUB.replace("ウェブ", "Web"), encoding="utf-8")
    assert expected_of(load_rule_file(tmp_path / "main.yml")) == ["Web", "サーバー"]


def test_prh_rules_from_the_cache_still_match(tmp_path, folder, monkeypatch):
    import lint.kinds.prh.dictionary as dictionary

    (tmp_path / "main.yml").write_text(PRH_MAIN, encoding="utf-8")
    (tmp_path / "sub.yml").write_text(PRH_SUB, encoding="utf-8")
    load_rule_file(tmp_path / "main.yml")
    compiled = []
    engine = dictionary.regex

    class Counting:
        def __getattr__(self, name):
            return getattr(engine, name)

        def compile(self, *args, **kwargs):
            compiled.append(args[0])
            return engine.compile(*args, **kwargs)

    monkeypatch.setattr(dictionary, "regex", Counting())
    cached = load_rule_file(tmp_path / "main.yml")
    assert compiled == []  # a rule's regex is compiled only when used
    server = next(r for r in cached.rules if r.options["expected"] == "サーバー")
    assert [m.group() for m in server.compiled.pattern.finditer("サーバとサーバー")] == ["サーバ"]
    assert [m.group() for m in server.compiled.pattern.finditer("サーバ")] == ["サーバ"]
    assert len(compiled) == 1  # and then once


def test_a_corrupt_entry_is_rebuilt(tmp_path, folder):
    path = tmp_path / "rules.yaml"
    path.write_text(RULES, encoding="utf-8")
    load_rule_file(path)
    [entry] = entries(folder)
    entry.write_bytes(b"not a pickle")
    assert expected_of(load_rule_file(path)) == ["インド"]
    assert entry.read_bytes() != b"not a pickle"


def test_errors_are_never_cached(tmp_path, folder):
    path = tmp_path / "rules.yaml"
    path.write_text(RULES.replace("kind: variants", "kind: nonsense"), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(Exception, match="nonsense"):
            load_rule_file(path)
    assert entries(folder) == []


def test_switched_off_and_unwritable(tmp_path, folder, monkeypatch):
    path = tmp_path / "rules.yaml"
    path.write_text(RULES, encoding="utf-8")
    assert expected_of(load_rule_file(path, cache=False)) == ["インド"]
    monkeypatch.setenv("YURE_NO_CACHE", "1")
    assert expected_of(load_rule_file(path)) == ["インド"]
    assert entries(folder) == []
    monkeypatch.delenv("YURE_NO_CACHE")
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("YURE_CACHE_DIR", str(blocker))
    assert expected_of(load_rule_file(path)) == ["インド"]  # a cache that cannot be written is skipped


def test_old_entries_are_pruned(tmp_path, folder, monkeypatch):
    import lint.cache.rulesets as rulesets

    monkeypatch.setattr(rulesets, "MAX_ENTRIES", 3)
    for i in range(5):
        path = tmp_path / f"rules{i}.yaml"
        path.write_text(RULES.replace("インド", f"インド{i}"), encoding="utf-8")
        load_rule_file(path)
    assert len(entries(folder)) == 3


def test_another_install_of_a_dependency_rebuilds_the_rule_set(tmp_path, folder):
    # Which installs are present is looked up once per process: each load
    # runs in a process of its own, as each yure run does.
    import os
    import subprocess
    import sys

    from conftest import ROOT

    path = tmp_path / "rules.yaml"
    path.write_text(RULES, encoding="utf-8")
    site = tmp_path / "site"

    def load_in_a_new_process():
        env = {**os.environ, "YURE_CACHE_DIR": str(folder),
               "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)])}
        code = "import sys; from pathlib import Path; from lint.ruleset.load import load_rule_file; " \
               "load_rule_file(Path(sys.argv[1]))"
        subprocess.run([sys.executable, "-c", code, str(path)], env=env, check=True)

    load_in_a_new_process()
    assert len(entries(folder)) == 1
    load_in_a_new_process()
    assert len(entries(folder)) == 1  # nothing changed: the entry is reused
    fake = site / "sudachidict_core"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("", encoding="utf-8")
    load_in_a_new_process()
    assert len(entries(folder)) == 2  # a second entry, under a new key
    os.utime(fake / "__init__.py", ns=(10**9, 10**9))
    load_in_a_new_process()
    assert len(entries(folder)) == 3
