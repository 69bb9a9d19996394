"""Every bundled rule's embedded pass/fail/fix cases (sqlfluff-style fixtures)."""

from __future__ import annotations

import pytest

from lint.ruleset.load import bundled_rule_files, load_rule_file
from lint.ruleset.selftest import run_file_tests, run_rule_tests

RULE_FILES = bundled_rule_files()


@pytest.mark.parametrize("path", RULE_FILES, ids=[p.stem for p in RULE_FILES])
def test_bundled_rule_cases_pass(path):
    ruleset = load_rule_file(path)
    count, failures = run_file_tests(ruleset)
    assert count > 0
    assert not failures, "\n".join(map(str, failures))


def test_every_dictionary_entry_has_a_failing_case_with_its_fix():
    ruleset = load_rule_file([p for p in RULE_FILES if p.stem == "news-names"][0])
    assert len(ruleset.rules) >= 150
    for rule in ruleset.rules:
        fails = [t for t in rule.tests if t.kind == "fail"]
        assert fails and all(t.fixed for t in fails), rule.id
        assert any(t.kind == "pass" for t in rule.tests), rule.id
        if rule.kind == "variants":
            # each listed variant is exercised by a case
            for pattern in rule.options["patterns"]:
                assert any(pattern in t.text for t in fails), (rule.id, pattern)


def test_a_broken_case_is_reported(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("""rules:
  - id: india
    kind: variants
    expected: インド
    patterns: [インディア]
    tests:
      - pass: インディアの首相
      - fail: インドの首相
      - fail: インディアの首相
        fix: インディアの首相
      - fail: インディアとインディア
        count: 1
""", encoding="utf-8")
    count, failures = run_rule_tests(load_rule_file(path))
    assert count == 4
    assert [f.line for f in failures] == [7, 8, 9, 11]
    assert "expected no finding" in failures[0].message
    assert "expected a finding" in failures[1].message
    assert "fix gave" in failures[2].message
    assert "expected 1 finding" in failures[3].message
