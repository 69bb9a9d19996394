"""What a new user meets first: rule listings, explanations, summaries and errors that say the truth."""

from __future__ import annotations

import json

from conftest import run_yure


def test_rules_say_which_fix_each_rule_really_carries():
    rows = {r["id"]: r for r in json.loads(run_yure("rules", "--isolated", "--format", "json").out)}
    assert rows["india"]["fix"] == "safe"
    assert rows["discovered-variant"]["fix"] == "unsafe"
    assert rows["contradiction"]["fix"] == "unsafe"
    assert rows["citation"]["fix"] == "none"
    # Per reported id where they differ.
    assert rows["sections"]["fixes"]["sections.heading"] == "safe"
    assert rows["sections"]["fixes"]["sections.missing"] == "none"
    assert rows["contradiction"]["fixes"]["contradiction.number"] == "unsafe"
    assert rows["contradiction"]["fixes"]["contradiction.polarity"] == "none"
    text = run_yure("rules", "--isolated").out
    assert any(line.startswith("citation ") and " none " in line for line in text.splitlines())


def test_explain_says_the_fix_of_the_rule_and_of_each_code():
    assert "unsafe fix (needs --unsafe-fixes)" in run_yure("explain", "--isolated", "discovered-variant").out
    assert "no fix" in run_yure("explain", "--isolated", "citation").out
    sections = run_yure("explain", "--isolated", "sections.missing").out
    assert "no fix" in sections and "sections.missing (none fix)" in sections
    assert "sections.heading" not in sections  # only the code asked about


def test_explain_without_a_description_shows_the_kind_documentation_as_prose(tmp_path):
    (tmp_path / "r.yaml").write_text("rules:\n  - id: mine\n    kind: consistency\n    forms: [ウイルス, ウィルス]\n",
                                     encoding="utf-8")
    out = run_yure("explain", "--isolated", "--no-builtin", "--rules", str(tmp_path / "r.yaml"), "mine").out
    assert "``" not in out and "::" not in out
    assert "form used most often wins" in out
    assert "forms: ウイルス, ウィルス" in out


def test_explain_of_a_prh_entry_shows_its_pattern_expected_text_and_specs(tmp_path):
    (tmp_path / "dict.yml").write_text(
        "version: 1\nrules:\n  - expected: サーバー\n    pattern: /サーバ(?!ー)/\n    prh: 長音を付けます\n"
        "    specs:\n      - from: サーバの設定\n        to: サーバーの設定\n", encoding="utf-8")
    out = run_yure("explain", "--isolated", "--no-builtin", "--rules", str(tmp_path / "dict.yml"), "dict.1").out
    assert "expected: サーバー" in out
    assert "pattern: /サーバ(?!ー)/" in out
    assert "サーバの設定  →  サーバーの設定" in out
    assert "長音を付けます" in out


def test_a_skipped_file_is_counted_in_the_summary_not_called_a_pass(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "ok.txt").write_text("問題のない文。\n", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"PNG\x00\x01\x02")
    result = run_yure("check", "--isolated", ".", cwd=tmp_path)
    assert result.code == 2
    assert "All checks passed" not in result.out
    assert "1 file not checked (1 binary)" in result.out
    assert "image.txt" in result.err


def test_a_wrong_selector_in_the_configuration_names_the_file(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.yure]\nignore = ["nosuch"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("文。\n", encoding="utf-8")
    result = run_yure("check", "a.txt", cwd=tmp_path)
    assert result.code == 2
    assert "pyproject.toml" in result.err and "nosuch" in result.err
    # The same mistake on the command line is the command line's.
    result = run_yure("check", "--isolated", "--ignore", "nosuch", "a.txt", cwd=tmp_path)
    assert result.code == 2 and "pyproject.toml" not in result.err
