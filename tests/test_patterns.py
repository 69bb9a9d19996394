"""/regex/flags in yure rule files: which flags mean what, and what is a literal."""

from __future__ import annotations

import pytest

from conftest import make_linter
from lint.engine.batch import lint_texts
from lint.errors import RuleFileError
from lint.text.patterns import Dialect, is_literal, split_slashed


def matched(tmp_path, pattern, text, boundary="none"):
    linter = make_linter(f"""
rules:
  - id: probe
    kind: variants
    expected: X
    boundary: {boundary}
    patterns: ["{pattern}"]
""", tmp_path)
    return [text[d.location.start:d.location.end] for d in lint_texts(linter, {"t.txt": text})]


@pytest.mark.parametrize("pattern, text, expected", [
    ("/colou?r/", "Color colour color", ["colour", "color"]),
    ("/colou?r/i", "Color colour", ["Color", "colour"]),
    ("/^見出し/", "見出し一\\n見出し二\\n", ["見出し"]),
    ("/^見出し/m", "見出し一\\n見出し二\\n", ["見出し", "見出し"]),
    ("/始.終/", "始\\n終と始々終", ["始々終"]),
    ("/始.終/s", "始\\n終と始々終", ["始\\n終", "始々終"]),
    ("/イン ディア  # 空白と注釈は無視/x", "インディア", ["インディア"]),
    ("/インディア/gu", "インディアとインディア", ["インディア", "インディア"]),  # JavaScript flags mean nothing
])
def test_flags(tmp_path, pattern, text, expected):
    assert matched(tmp_path, pattern, text.replace("\\n", "\n")) == [e.replace("\\n", "\n") for e in expected]


def test_an_unknown_flag_is_an_error_naming_the_line(tmp_path):
    with pytest.raises(RuleFileError, match="bad regex /a/q: unknown regex flag 'q'") as caught:
        make_linter("rules:\n  - id: probe\n    kind: variants\n    expected: b\n    patterns: [/a/q]\n", tmp_path)
    assert caught.value.line == 5


@pytest.mark.parametrize("text, yure, javascript", [
    ("/a/", ("a", ""), ("a", "")),
    ("/a/gi", ("a", "gi"), ("a", "gi")),
    ("//", None, ("", "")),  # an empty body: a literal for yure, a regex for prh
    ("/a/b/", ("a/b", ""), ("a/b", "")),
    ("a/b", None, None),
    ("/a/B", None, None),  # flags are lowercase letters
    ("/", None, None),
])
def test_what_counts_as_a_regex(text, yure, javascript):
    assert split_slashed(text, Dialect.YURE) == yure
    assert split_slashed(text, Dialect.JAVASCRIPT) == javascript
    assert is_literal(text) == (yure is None)
