"""Output formats: one finding per line where a line is the unit, summaries that read right."""

from __future__ import annotations

import re

import pytest

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
