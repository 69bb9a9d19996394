"""Every way a rule file can be wrong stops loading with file, line and
rule; defaults and words at the top of a file apply to its rules."""

from __future__ import annotations

import pytest

from lint.errors import RuleFileError
from lint.ruleset.load import load_rule_file, load_rules

RULE = """  - id: harbour
    kind: variants
    expected: 港湾
    patterns: [湊]
"""


def loaded(tmp_path, text, name="house.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_rule_file(path, cache=False)


BAD = [
    # option types
    (RULE.replace("expected: 港湾", 'expected: ""'), 5, "'expected' must be a non-empty string"),
    (RULE.replace("patterns: [湊]", 'patterns: [湊, ""]'), 6, "'patterns' must be a string or a list of non-empty"),
    (RULE + "    name: yes please\n", 7, "'name' must be true or false"),
    (RULE + "    since: '2022'\n", 7, "'since' must be an integer"),
    (RULE + "    since: true\n", 7, "'since' must be an integer"),
    (RULE + "    boundary: sometimes\n", 7, "'boundary' must be one of auto, none, word"),
    ("  - id: outline\n    kind: sections\n    sections: 概要\n", 5, "'sections' must be a list"),
    # common keys
    (RULE + "    fix: maybe\n", 7, "'fix' must be one of safe, unsafe, none"),
    (RULE + "    message: [a]\n", 7, "'message' must be a string"),
    (RULE + "    description: 3\n", 7, "'description' must be a string"),
    (RULE + "    category: Spelling Mistakes\n", 7, "'category' must be a lowercase word"),
    (RULE + "    exceptions: [湊川, 3]\n", 7, "'exceptions' must be a list of non-empty strings"),
    (RULE + "    entity: planet\n", 7, "'entity' must be one of country, city"),
    ("  - 3\n", 3, "each rule must be a mapping"),
    ("  - id: harbour\n", 3, "rule has no 'kind'"),
    # tests
    (RULE + "    tests: 湊へ\n", 7, "'tests' must be a list"),
    (RULE + "    tests:\n      - 湊へ\n", 8, "each test must be a mapping"),
    (RULE + "    tests:\n      - pass: [湊へ]\n", 8, "'pass' must be a string"),
    (RULE + "    tests:\n      - pass: 港湾へ\n        fix: 港湾へ\n", 8, "'fix' and 'count' belong to 'fail' tests"),
    (RULE + "    tests:\n      - fail: 湊へ\n        fix: [港湾へ]\n", 8, "'fix' must be a string"),
    (RULE + "    tests:\n      - fail: 湊へ\n        count: 0\n", 8, "'count' must be a positive integer"),
    (RULE + "    tests:\n      - fail: 湊へ\n        count: true\n", 8, "'count' must be a positive integer"),
]


@pytest.mark.parametrize("rules, line, message", BAD, ids=[m for _, _, m in BAD])
def test_a_wrong_rule_names_file_line_and_rule(tmp_path, rules, line, message):
    with pytest.raises(RuleFileError) as caught:
        loaded(tmp_path, "# house style\nrules:\n" + rules)
    err = caught.value
    assert err.message.startswith(message), err.message
    assert (err.path, err.line) == (str(tmp_path / "house.yaml"), line)
    if "id:" in rules:
        assert err.rule == rules.split("id: ")[1].split("\n")[0]
        assert str(err) == f"{err.path}:{line}: rule {err.rule!r}: {err.message}"


BAD_FILES = [
    ("rules: {harbour: 湊}\n", 1, "'rules' must be a list"),
    ("name: House Style\nrules: []\n", 1, "'name' must be a lowercase identifier"),
    ("defaults: [fix]\nrules: []\n", 1, "'defaults' must be a mapping"),
    ("defaults:\n  colour: red\nrules: []\n", 2, "unknown key 'colour' in defaults"),
    ("defaults:\n  id: shared\nrules: []\n", 2, "unknown key 'id' in defaults"),
    ("words: [ハーバー, 3]\nrules: []\n", 1, "'words' must be a list of strings"),
    # A bad default is reported where it is written.
    ("defaults:\n  severity: loud\nrules:\n" + RULE, 2, "'severity' must be one of error, warning, info"),
    ("defaults:\n  fix: always\n  boundary: sometimes\nrules:\n" + RULE, 2, "'fix' must be one of"),
    ("defaults:\n  boundary: sometimes\nrules:\n" + RULE, 2, "'boundary' must be one of"),
    ("defaults:\n  kind: spelling\nrules:\n" + RULE.replace("    kind: variants\n", ""), 2, "unknown kind"),
    # the contradiction check's sections
    ("antonyms: {増加: 減少}\nrules: []\n", 1, "'antonyms' must be a list"),
    ("antonyms:\n  - 増加\nrules: []\n", 2, "each antonym entry is"),
    ("antonyms:\n  - {pair: [増加, 減少], note: x}\nrules: []\n", 2, "each antonym entry is"),
    ("antonyms:\n  - pair: [増加]\nrules: []\n", 2, "'pair' must list exactly two sides"),
    ("antonyms:\n  - pair: [増加, 3]\nrules: []\n", 2, "each side of a pair is a word or a list"),
    ("antonyms:\n  - pair: [[増加, 増], [減少, 増]]\nrules: []\n", 2, "a word cannot be on both sides"),
    ("antonyms:\n  - pair: [増加, 減少]\n    test: 増加した\nrules: []\n", 2, "'test' must be two sentences"),
    ("antonyms:\n  - pair: [建設, 撤去]\n    undoes: yes please\nrules: []\n", 2, "'undoes' is true or false"),
    ("antonyms:\n  - pair: [増加, 減少]\n    test: [減少した, 増加した]\nrules: []\n", 2,
     "'test' sentences must use the left and the right word in turn"),
    ("entities: [ロシア]\nrules: []\n", 1, "'entities' must map a type to a list of names"),
    ("entities:\n  planet: [火星]\nrules: []\n", 2, "unknown entity type 'planet'"),
    ("entities:\n  country: ロシア\nrules: []\n", 2, "entities.country must be a list"),
    ("entities:\n  country: [ロシア, 3]\nrules: []\n", 2, "entities.country: each entry is a name or a list"),
]


@pytest.mark.parametrize("text, line, message", BAD_FILES, ids=[m for _, _, m in BAD_FILES])
def test_a_wrong_file_section_names_file_and_line(tmp_path, text, line, message):
    with pytest.raises(RuleFileError) as caught:
        loaded(tmp_path, text)
    assert caught.value.message.startswith(message), caught.value.message
    assert caught.value.line == line


def test_defaults_apply_to_every_rule_and_a_rule_overrides_them(tmp_path):
    ruleset = loaded(tmp_path, """
defaults:
  kind: variants
  severity: error
  fix: unsafe
  boundary: none
rules:
  - id: harbour
    expected: 港湾
    patterns: [湊]
  - id: pier
    expected: 桟橋
    patterns: [突堤]
    severity: info
    boundary: word
""")
    harbour, pier = ruleset.rules
    assert (harbour.kind, harbour.severity, harbour.fix, harbour.options["boundary"]) == ("variants", "error",
                                                                                          "unsafe", "none")
    assert (pier.severity, pier.fix, pier.options["boundary"]) == ("info", "unsafe", "word")


def test_words_may_be_one_string(tmp_path):
    ruleset = loaded(tmp_path, "words: ハーバー ピア\nrules: []\n")
    assert ruleset.words == ["ハーバー", "ピア"]


def test_a_file_of_kind_data_alone_is_a_rule_file(tmp_path):
    ruleset = loaded(tmp_path, "antonyms:\n  - [増加, 減少]\n")
    assert ruleset.rules == [] and ruleset.data["antonyms"]


def test_two_prh_dictionaries_of_one_name_keep_their_rules_apart(tmp_path):
    """A prh dictionary's rule ids are made up from its file name; a second
    file of that name gets a set name of its own instead of replacing the
    first one's rules."""
    for folder, (expected, pattern) in (("a", ("サーバー", "サーバ")), ("b", ("ユーザー", "ユーザ")),
                                        ("c", ("データ", "デタ"))):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "prh.yml").write_text(
            f"version: 1\nrules:\n  - expected: {expected}\n    pattern: /{pattern}(?!ー)/\n", encoding="utf-8")
    ruleset = load_rules([tmp_path / f / "prh.yml" for f in "abc"], bundled=False, cache=False)
    assert [(r.id, r.set_name, r.options["expected"]) for r in ruleset.rules] == [
        ("prh.1", "prh", "サーバー"), ("prh-2.1", "prh-2", "ユーザー"), ("prh-3.1", "prh-3", "データ")]
