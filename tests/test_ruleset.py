"""Rule files are validated on load, with the file and line in every error."""

from __future__ import annotations

import pytest

from lint.errors import RuleFileError
from lint.ruleset.load import bundled_rule_files, load_rule_file, load_rules


def load(tmp_path, text):
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8")
    return load_rule_file(path)


def error(tmp_path, text) -> RuleFileError:
    with pytest.raises(RuleFileError) as info:
        load(tmp_path, text)
    return info.value


GOOD = """rules:
  - id: india
    kind: variants
    expected: インド
    patterns: [インディア]
"""


def test_a_valid_file_loads(tmp_path):
    rs = load(tmp_path, GOOD)
    rule = rs.rules[0]
    assert (rule.id, rule.kind, rule.category, rule.severity, rule.scope, rule.fix) == (
        "india", "variants", "spelling", "warning", "post", "safe")
    assert rule.set_name == "r" and rule.line == 2


@pytest.mark.parametrize("text, line, fragment", [
    ("rules:\n  - id: a\n    kind: variants\n   expected: [\n", 4, "invalid YAML"),
    (GOOD + "    colour: red\n", 6, "unknown key 'colour'"),
    ("rules:\n  - id: a\n    kind: variants\n    patterns: [x]\n", 2, "missing required key 'expected'"),
    ("rules:\n  - id: a\n    kind: variants\n    expected: y\n    patterns: ['/(unclosed/']\n", 5, "bad regex"),
    ("rules:\n  - id: a\n    kind: spellcheck\n", 3, "unknown kind"),
    ("rules:\n  - kind: variants\n    expected: y\n", 2, "no 'id'"),
    ("rules:\n  - id: Bad Id\n    kind: variants\n", 2, "invalid rule id"),
    (GOOD + GOOD.replace("rules:\n", ""), 6, "duplicate rule id"),
    (GOOD.replace("kind: variants", "kind: variants\n    severity: fatal"), 4, "'severity' must be"),
    (GOOD.replace("kind: variants", "kind: variants\n    scope: chapter"), 4, "'scope' must be"),
    (GOOD + "    tests:\n      - pass: a\n        fail: b\n", 7, "exactly one of"),
    (GOOD + "    tests:\n      - fail: a\n        expect: b\n", 7, "unknown test key"),
    ("rules:\n  - id: a\n    kind: consistency\n    forms: [一つ]\n", 4, "at least two forms"),
    ("rules:\n  - id: a\n    kind: sections\n    sections:\n      - {title: 概要}\n", 5, "needs a 'name'"),
    ("version: 1\nrulez: []\n", 2, "unknown top-level key"),
    ("- just\n- a list\n", 1, "must be a YAML mapping"),
    ("rules:\n  - id: a\n    id: b\n", 3, "duplicate key"),
])
def test_bad_rule_files_name_file_and_line(tmp_path, text, line, fragment):
    err = error(tmp_path, text)
    assert fragment in err.message
    assert err.path.endswith("r.yaml")
    assert err.line == line
    assert str(err).startswith(f"{err.path}:{line}: ")


def test_alias_bombs_are_refused(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 12):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 10)}]")
    lines.append("rules: []")
    err = error(tmp_path, "\n".join(lines) + "\n")
    assert "alias" in err.message


def test_not_utf8_rule_file(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_bytes("rules: []\n# コメント\n".encode("cp932"))
    with pytest.raises(RuleFileError) as info:
        load_rule_file(path)
    assert "UTF-8" in info.value.message and info.value.line == 2


def test_missing_rule_file(tmp_path):
    with pytest.raises(RuleFileError) as info:
        load_rules([tmp_path / "nope.yaml"], bundled=False)
    assert "not found" in str(info.value)


def test_user_rules_replace_bundled_rules_with_the_same_id(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(GOOD.replace("インディア", "印度"), encoding="utf-8")
    rs = load_rules([path])
    india = [r for r in rs.rules if r.id == "india"]
    assert len(india) == 1 and india[0].options["patterns"] == ["印度"]


def test_bundled_sets_exist_and_load():
    names = {p.stem for p in bundled_rule_files()}
    assert {"blog-structure", "news-names"} <= names
    rs = load_rules([])
    assert len([r for r in rs.rules if r.set_name == "news-names"]) >= 150
