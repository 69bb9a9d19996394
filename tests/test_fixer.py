"""Fix application: overlaps, idempotence, and bytes outside fixes untouched."""

from __future__ import annotations

from conftest import make_linter
from lint.diagnostics import Fix
from lint.fixer import apply, choose
from lint.runner import fix_texts


def test_overlapping_fixes_earlier_then_longer_wins():
    text = "abcdef"
    fixes = [Fix(1, 3, "X"), Fix(1, 4, "Y"), Fix(2, 5, "Z"), Fix(5, 6, "W")]
    assert [f.replacement for f in choose(fixes)] == ["Y", "W"]
    assert apply(text, fixes) == ("aYeW", 2)


def test_insertions_at_one_point_apply_once():
    assert apply("ab", [Fix(1, 1, "X"), Fix(1, 1, "Y")])[0] == "aXb"


def test_unsafe_fixes_need_opt_in():
    fixes = [Fix(0, 1, "Z", safe=False)]
    assert apply("a", fixes) == ("a", 0)
    assert apply("a", fixes, unsafe=True) == ("Z", 1)


RULES = """
rules:
  - id: india
    kind: variants
    expected: インド
    patterns: [インディア]
  - id: name
    kind: consistency
    forms: [ティモフェエフ, ティモフェーエフ]
"""


def test_fix_is_idempotent_and_preserves_line_endings_and_missing_newline(tmp_path):
    linter = make_linter(RULES, tmp_path)
    text = "インディア\r\nティモフェエフ、ティモフェエフ\rティモフェーエフ\nインディア"
    out = fix_texts(linter, {"a.txt": text})
    fixed = out.texts["a.txt"]
    assert fixed == "インド\r\nティモフェエフ、ティモフェエフ\rティモフェエフ\nインド"
    assert out.diagnostics == []
    again = fix_texts(linter, {"a.txt": fixed})
    assert again.texts == {} and again.applied == 0


def test_a_fix_that_creates_new_findings_is_repeated_until_stable(tmp_path):
    linter = make_linter("""
rules:
  - id: step1
    kind: variants
    expected: BB
    patterns: [A]
  - id: step2
    kind: variants
    expected: C
    patterns: [BB]
""", tmp_path)
    out = fix_texts(linter, {"a.txt": "x A x"})
    assert out.texts["a.txt"] == "x C x"
    assert out.rounds == 2


def test_applied_fixes_are_placed_in_the_original_text(tmp_path):
    # Round 1 turns the parentheses full-width and so uncovers 事 inside
    # them for round 2 (the long match had hidden it).  Both are placed in
    # the text as it was before the run: the second inside what the first
    # replaced, so on the whole of it.
    (tmp_path / "d.yml").write_text(
        "version: 1\nrules:\n  - expected: （$1）\n    pattern: /\\(([^)]+)\\)/\n"
        "  - expected: こと\n    pattern: /(?<!判)事/\n", encoding="utf-8")
    from lint.engine import Linter
    from lint.ruleset import load_rules

    linter = Linter(load_rules([tmp_path / "d.yml"], False))
    text = "前置き。(その事について)と、この事。"
    out = fix_texts(linter, {"a.txt": text})
    assert out.texts["a.txt"] == "前置き。（そのことについて）と、このこと。"
    placed = sorted((f.start, f.end, f.replacement, f.round) for f in out.fixed)
    assert placed == [(4, 13, "こと", 2), (4, 13, "（その事について）", 1), (17, 18, "こと", 1)]
    assert [text[s:e] for s, e, _, _ in placed] == ["(その事について)", "(その事について)", "事"]


def test_later_fix_rounds_lint_only_the_files_the_last_round_changed(tmp_path, monkeypatch):
    linter = make_linter(RULES, tmp_path)
    linted: list[str] = []
    original = linter.lint_text

    def counting(text, path="<text>", **options):
        linted.append(path)
        return original(text, path, **options)

    monkeypatch.setattr(linter, "lint_text", counting)
    out = fix_texts(linter, {"fixable.txt": "インディアの首相。\n", "clean.txt": "インドの首相。\n",
                             "mixed.txt": "ティモフェエフ、ティモフェエフ、ティモフェーエフ\n"})
    assert out.texts == {"fixable.txt": "インドの首相。\n", "mixed.txt": "ティモフェエフ、ティモフェエフ、ティモフェエフ\n"}
    assert out.diagnostics == []
    # Round one lints all three; round two only the two it changed.
    assert sorted(linted) == ["clean.txt", "fixable.txt", "fixable.txt", "mixed.txt", "mixed.txt"]
