"""Output formats: one finding per line where a line is the unit, summaries that read right."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest

from conftest import ROOT

from lint.diagnostics import Diagnostic, Fix, Location, Related
from lint.report import render

PRH_WITH_COMMENT = """version: 1
rules:
  - expected: インド
    pattern: インディア
    prh: |-
      国名は外務省の表記に合わせる。
      旧称は引用の中でだけ使う。
"""


def finding(message: str = "「甲」は「乙」と書きます", line: int = 1, fix: Fix | None = None,
            related: list[Related] | None = None, severity: str = "warning") -> Diagnostic:
    loc = Location("post.txt", 0, 1, line, 1, line, 2)
    return Diagnostic("rule-a", "spelling", severity, message, loc, fix, related or [])


def test_a_multi_line_prh_comment_keeps_one_finding_per_line(yure, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "prh.yml").write_text(PRH_WITH_COMMENT, encoding="utf-8")
    (tmp_path / "a.txt").write_text("インディアの首相。\n次の行。\nインディアの外相。\n", encoding="utf-8")
    r = yure("check", "--isolated", "--no-builtin", "--rules", "prh.yml", "a.txt", cwd=tmp_path)
    assert r.code == 1
    lines = r.out.splitlines()
    # Each finding starts a line with its place; everything else it prints is indented.
    starts = [line for line in lines if line.startswith("a.txt:")]
    assert [s.split(" ")[0] for s in starts] == ["a.txt:1:1:", "a.txt:3:1:"]
    assert sum("国名は外務省の表記に合わせる。" in line for line in lines) == 2
    for line in lines[:-1]:
        assert line.startswith("a.txt:") or line.startswith("    "), line
    assert lines[-1] == "Found 2 problems (2 fixable with --fix)."


def test_continuation_lines_of_messages_fixes_and_related_texts_are_indented():
    loc = Location("other.txt", 0, 1, 4, 2, 4, 3)
    d = finding("一行目\n二行目\r\n三行目", fix=Fix(0, 1, "置換\n続き"), related=[Related(loc, "関連\n続き")])
    out = render("text", [d], summary=False).splitlines()
    assert out == [
        "post.txt:1:1: rule-a [*] 一行目",
        "    二行目",
        "    三行目",
        "    → 置換",
        "        続き",
        "    see other.txt:4:2: 関連",
        "        続き",
    ]
    # A message on one line is printed as it is.
    assert render("text", [finding("一行だけ")], summary=False) == "post.txt:1:1: rule-a 一行だけ\n"


@pytest.mark.parametrize("fixes, unsafe_fixes, summary", [
    ([None], False, "Found 1 problem."),
    ([True], False, "Found 1 problem (1 fixable with --fix)."),
    ([False], False, "Found 1 problem (1 fixable with --unsafe-fixes)."),
    ([True, True, False, None], False, "Found 4 problems (2 fixable with --fix, 1 more with --unsafe-fixes)."),
    ([True, False, False], True, "Found 3 problems (3 fixable with --fix)."),
    ([False], True, "Found 1 problem (1 fixable with --fix)."),
])
def test_the_summary_says_what_each_fix_needs(fixes, unsafe_fixes, summary):
    found = [finding(line=i + 1, fix=None if safe is None else Fix(0, 1, "乙", safe)) for i, safe in enumerate(fixes)]
    assert render("text", found, unsafe_fixes=unsafe_fixes).splitlines()[-1] == summary


def test_github_annotations_carry_a_multi_line_message_on_one_line():
    # Workflow commands end at a line break: the message's own breaks are
    # written %0A (and % as %25), which GitHub shows as line breaks.
    d = finding("一行目\n二行目 100%", fix=Fix(0, 1, "乙"))
    out = render("github", [d, finding(line=2)])
    lines = out.splitlines()
    assert len(lines) == 2 and all(line.startswith("::warning file=post.txt,") for line in lines)
    message = lines[0].split("::", 2)[2]
    assert message == "一行目%0A二行目 100%25 (fix: 乙)"
    decoded = re.sub("%(25|0A|0D)", lambda m: {"25": "%", "0A": "\n", "0D": "\r"}[m.group(1)], message)
    assert decoded == "一行目\n二行目 100% (fix: 乙)"


# -- SARIF ------------------------------------------------------------------

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif" / "sarif-2.1.0-rtm.5.json"


def sarif_validator():
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the test extra: pip install -e '.[test]'")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def sarif_of(yure, cwd: Path, *args: str) -> dict:
    r = yure("check", "--isolated", "--format", "sarif", *args, cwd=cwd)
    assert r.code == 1, r.err
    return json.loads(r.out)


@pytest.fixture
def posts(tmp_path):
    """Examples under names a URI must escape, and a line with characters outside the BMP."""
    (tmp_path / ".git").mkdir()
    shutil.copy(ROOT / "examples" / "news-digest.txt", tmp_path / "news digest.txt")
    shutil.copy(ROOT / "examples" / "briefing.md", tmp_path / "要約#1.md")
    (tmp_path / "astral.txt").write_text("𠮷田と😀はインディアを訪れた。\n", encoding="utf-8")
    return tmp_path


def test_sarif_output_is_valid_sarif_2_1_0(yure, posts):
    validator = sarif_validator()
    sarif = sarif_of(yure, posts, ".")
    errors = sorted(validator.iter_errors(sarif), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    results = sarif["runs"][0]["results"]
    # The run exercises every part of a result the writer fills in.
    assert any("fixes" in r for r in results) and any("relatedLocations" in r for r in results)
    assert {r["level"] for r in results} >= {"warning", "error"}
    # A document the schema must reject is rejected: the check is not vacuous.
    broken = json.loads(json.dumps(sarif))
    broken["runs"][0]["columnKind"] = "characters"
    assert not validator.is_valid(broken)
    del broken["runs"][0]["columnKind"], broken["runs"][0]["results"][0]["message"]
    assert not validator.is_valid(broken)


def test_sarif_columns_count_code_points_and_say_so(yure, posts):
    sarif = sarif_of(yure, posts, "astral.txt")
    run = sarif["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    region = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    # 𠮷, 田, と, 😀, は come before: five code points (seven UTF-16 code units).
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (1, 6, 11)


def test_sarif_uris_are_escaped_and_name_the_files(yure, posts):
    sarif = sarif_of(yure, posts, ".")
    uris = set()
    for result in sarif["runs"][0]["results"]:
        places = [loc["physicalLocation"] for loc in result["locations"] + result.get("relatedLocations", [])]
        places += [change for fix in result.get("fixes", []) for change in fix["artifactChanges"]]
        for place in places:
            uri = place["artifactLocation"]["uri"]
            assert uri.isascii() and " " not in uri and "#" not in uri, uri
            uris.add(unquote(uri))
    assert uris == {"news digest.txt", "要約#1.md", "astral.txt"}
    absolute = sarif_of(yure, posts, str(posts / "要約#1.md"))
    uri = absolute["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.startswith("file:///") and uri.isascii() and unquote(uri).endswith("/要約#1.md")
