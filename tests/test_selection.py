"""--select / --ignore: a selector is a rule id, a dotted prefix of the
reported id, a category, a rule-set name or ALL."""

from __future__ import annotations

import pytest

from conftest import make_linter, run_yure
from lint.engine.batch import lint_texts
from lint.engine.selection import Selection
from lint.errors import ConfigError

# Dotted ids group rules: "names" is a prefix of "names.kyiv" and
# "names.india", but no rule, category or rule-set is called so.  "india"
# and "indiana" share the start of their ids without a dot between.
RULES = """
name: house-style
rules:
  - id: names.kyiv
    kind: variants
    expected: キーウ
    patterns: [キエフ]
  - id: names.india
    kind: variants
    expected: インド
    patterns: [インディア]
  - id: india
    kind: variants
    category: wording
    expected: 印度
    patterns: [天竺]
  - id: indiana
    kind: variants
    category: wording
    expected: インディアナ
    patterns: [インデアナ]
  - id: blog.outline
    kind: sections
    sections:
      - {name: 概要, required: true}
      - {name: 詳細, required: true}
"""
TEXT = "見出し2025年05月01日 08:00\n【概要】\nキエフとインディアと天竺とインデアナ。\n"
EVERYTHING = {"names.kyiv", "names.india", "india", "indiana", "blog.outline.missing"}


def reported(tmp_path, select=None, ignore=None):
    linter = make_linter(RULES, tmp_path, select=select, ignore=ignore)
    return {d.rule for d in lint_texts(linter, {"post.txt": TEXT})}


@pytest.mark.parametrize("select, expected", [
    ([], EVERYTHING),
    (["ALL"], EVERYTHING),
    (["names"], {"names.kyiv", "names.india"}),  # a dotted prefix of rule ids
    (["names.kyiv"], {"names.kyiv"}),
    (["india"], {"india"}),  # not indiana, nor names.india
    (["blog"], {"blog.outline.missing"}),  # a prefix of a rule id and its subcode
    (["blog.outline"], {"blog.outline.missing"}),
    (["blog.outline.missing"], {"blog.outline.missing"}),
    (["wording"], {"india", "indiana"}),  # a category
    (["house-style"], EVERYTHING),  # the rule set's name
    (["structure", "names.india"], {"blog.outline.missing", "names.india"}),
])
def test_select(tmp_path, select, expected):
    assert reported(tmp_path, select=select) == expected


@pytest.mark.parametrize("ignore, expected", [
    (["names"], {"india", "indiana", "blog.outline.missing"}),
    (["india"], EVERYTHING - {"india"}),
    (["blog"], EVERYTHING - {"blog.outline.missing"}),
    (["blog.outline.missing"], EVERYTHING - {"blog.outline.missing"}),
    (["ALL"], set()),
])
def test_ignore(tmp_path, ignore, expected):
    assert reported(tmp_path, ignore=ignore) == expected


def test_ignore_narrows_select(tmp_path):
    assert reported(tmp_path, select=["names"], ignore=["names.india"]) == {"names.kyiv"}


@pytest.mark.parametrize("selector", ["name", "names.", "ind", "blog.out", "blog.outline.absent", "house"])
def test_a_selector_that_names_nothing_is_an_error(tmp_path, selector):
    rules = make_linter(RULES, tmp_path).ruleset.rules
    with pytest.raises(ConfigError, match=f"unknown rule id or category '{selector}'"):
        Selection([selector]).validate(rules)
    with pytest.raises(ConfigError, match=f"unknown rule id or category '{selector}'"):
        Selection(ignore=[selector]).validate(rules)


def test_dotted_prefixes_are_known_selectors(tmp_path):
    rules = make_linter(RULES, tmp_path).ruleset.rules
    for selector in ("names", "blog", "blog.outline", "blog.outline.missing", "india", "wording", "house-style",
                     "ALL"):
        Selection([selector], [selector], [("*.md", [selector])]).validate(rules)


def test_prefixes_on_the_command_line(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    (tmp_path / "post.txt").write_text(TEXT, encoding="utf-8")
    base = ("check", "--isolated", "--no-builtin", "--no-cache", "--rules", "rules.yaml", "--format", "json")
    r = run_yure(*base, "--select", "names", "post.txt", cwd=tmp_path)
    assert r.code == 1 and {d["rule"] for d in r.json()} == {"names.kyiv", "names.india"}
    r = run_yure(*base, "--ignore", "names,blog", "post.txt", cwd=tmp_path)
    assert {d["rule"] for d in r.json()} == {"india", "indiana"}
    r = run_yure(*base, "--select", "nam", "post.txt", cwd=tmp_path)
    assert r.code == 2 and "unknown rule id or category 'nam'" in r.err
