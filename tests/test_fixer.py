"""Fix application: overlaps, idempotence, and bytes outside fixes untouched."""

from __future__ import annotations

import pytest
from conftest import make_linter
from lint.diagnostics import Fix
from lint.fix import apply, choose
from lint.fix import fix_texts


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


def test_a_fix_whose_result_another_rule_reports_is_applied_once(tmp_path):
    # One --fix applies what check offered on the text as written; the
    # second rule's finding on the first rule's result is for the next run.
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
    assert out.texts["a.txt"] == "x BB x" and out.applied == 1
    assert [(d.rule, d.fix.replacement) for d in out.diagnostics] == [("step2", "C")]
    again = fix_texts(linter, {"a.txt": out.texts["a.txt"]})
    assert again.texts["a.txt"] == "x C x"


def test_applied_fixes_are_those_check_offers_placed_in_the_original_text(tmp_path):
    # prh decides its own overlaps: the long match takes the parentheses.
    (tmp_path / "d.yml").write_text(
        "version: 1\nrules:\n  - expected: （$1）\n    pattern: /\\(([^)]+)\\)/\n"
        "  - expected: こと\n    pattern: /(?<!判)事/\n", encoding="utf-8")
    from lint.engine import Linter
    from lint.engine.batch import lint_texts
    from lint.ruleset.load import load_rules

    linter = Linter(load_rules([tmp_path / "d.yml"], False))
    text = "前置き。(その事について)と、この事。"
    offered = [(d.fix.start, d.fix.end, d.fix.replacement) for d in lint_texts(linter, {"a.txt": text})
               if d.fix is not None and d.fix.safe]
    out = fix_texts(linter, {"a.txt": text})
    assert out.texts["a.txt"] == "前置き。（その事について）と、このこと。"
    placed = sorted((f.start, f.end, f.replacement) for f in out.fixed)
    assert placed == sorted(offered) == [(4, 13, "（その事について）"), (17, 18, "こと")]


def test_overlapping_fixes_of_two_rules_one_is_offered_and_applied(tmp_path):
    # Two kinds change overlapping text: check offers the earlier, longer
    # one and reports the other without a fix, and --fix applies just that.
    (tmp_path / "d.yml").write_text("version: 1\nrules:\n  - expected: インドの首相\n    pattern: インディア首相\n",
                                    encoding="utf-8")
    (tmp_path / "r.yaml").write_text("rules:\n  - id: india\n    kind: variants\n    expected: インド\n"
                                     "    patterns: [インディア]\n", encoding="utf-8")
    from lint.engine import Linter
    from lint.engine.batch import lint_texts
    from lint.ruleset.load import load_rules

    linter = Linter(load_rules([tmp_path / "r.yaml", tmp_path / "d.yml"], False))
    text = "インディア首相によると。\n"
    found = lint_texts(linter, {"a.txt": text})
    assert sorted((d.rule, d.fix is not None) for d in found) == [("d.1", True), ("india", False)]
    assert "優先" in next(d.message for d in found if d.rule == "india")
    assert fix_texts(linter, {"a.txt": text}).texts["a.txt"] == "インドの首相によると。\n"


def test_after_fixing_only_the_files_fixed_are_linted_again(tmp_path, monkeypatch):
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
    # All three before fixing; after it, only the two the fixes changed.
    assert sorted(linted) == ["clean.txt", "fixable.txt", "fixable.txt", "mixed.txt", "mixed.txt"]


# -- --fix applies what check offers; only the fixing kinds run before it ----

def _rows(diagnostics):
    return [(d.path, d.location.start, d.location.end, d.rule, d.message, d.fix and (d.fix.replacement, d.fix.safe))
            for d in diagnostics]


def _as_check_would(linter, texts, unsafe):
    """(fixed texts, findings after) from a full check: its fixable findings
    applied once, then a full check of the result."""
    from lint.engine.batch import lint_texts

    offered: dict = {}
    for d in lint_texts(linter, texts, unsafe=unsafe):
        if d.fix is not None and (d.fix.safe or unsafe):
            offered.setdefault(d.path, []).append(d.fix)
    fixed = {path: apply(texts[path], fixes, unsafe)[0] for path, fixes in offered.items()}
    fixed = {path: text for path, text in fixed.items() if text != texts[path]}
    return fixed, lint_texts(linter, {**texts, **fixed}, unsafe=unsafe)


def _posts_to_fix():
    from conftest import ROOT, SEED

    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").rglob("*.*"))}
    # Rules that undo each other, for the places left unfixed; a name in the
    # key points that disagrees with the details.
    texts["extra.txt"] = ("【要点】\n・インディアの首相はウクライナを訪れた。\n・コンピュータの話をした。\n\n"
                          "【詳細】\nインディアの首相はロシアを訪れた。コンピューターの話もした。\n")
    if SEED.exists():
        texts["seed.txt"] = SEED.read_text(encoding="utf-8")
    return texts


@pytest.mark.parametrize("unsafe", [False, True])
def test_fix_applies_what_check_offers_and_reports_what_check_then_finds(tmp_path, unsafe):
    from lint.engine import Linter
    from lint.ruleset.load import load_rules

    (tmp_path / "a.yml").write_text("version: 1\nrules:\n  - expected: コンピューター\n    pattern: /コンピュータ(?!ー)/\n",
                                    encoding="utf-8")
    (tmp_path / "b.yml").write_text("version: 1\nrules:\n  - expected: コンピュータ\n    pattern: コンピューター\n",
                                    encoding="utf-8")
    linter = Linter(load_rules([tmp_path / "a.yml", tmp_path / "b.yml"]))
    texts = _posts_to_fix()
    split = fix_texts(linter, texts, unsafe)
    fixed, after = _as_check_would(linter, texts, unsafe)
    assert split.texts == fixed and split.texts
    assert _rows(split.diagnostics) == _rows(after)
    kinds = {linter.rule_for_id[d.rule].kind for d in split.diagnostics}
    assert {"contradiction", "prh"} <= kinds  # the left-out kinds are reported, the unfixable prh ones too
    assert any(d.fix is None and "打ち消し" in d.message for d in split.diagnostics)


@pytest.mark.parametrize("select, ignore, per_file", [
    ([], ["sections"], []),
    (["contradiction", "india"], [], []),
    ([], ["news-names"], []),
    ([], [], [("extra.txt", ["spelling"])]),
    (["discovery", "consistency"], [], []),
])
def test_leaving_kinds_out_changes_nothing_whatever_is_selected(select, ignore, per_file):
    from lint.engine import Linter
    from lint.ruleset.load import load_rules
    from lint.engine.selection import Selection

    linter = Linter(load_rules([]), Selection(select, ignore, per_file))
    texts = _posts_to_fix()
    for unsafe in (False, True):
        split = fix_texts(linter, texts, unsafe)
        fixed, after = _as_check_would(linter, texts, unsafe)
        assert split.texts == fixed
        assert _rows(split.diagnostics) == _rows(after)


def test_fixing_skips_the_kinds_without_an_applicable_fix(default_linter, monkeypatch):
    from lint.kinds import KINDS

    assert default_linter.fixing_kinds(unsafe=False) == {"variants", "consistency", "sections"}
    assert default_linter.fixing_kinds(unsafe=True) == set(default_linter.by_kind) - {"citation", "source-date"}
    calls = []
    kind = KINDS["contradiction"]
    original = kind.check_post

    def counting(doc, post, rules, ctx):
        calls.append(doc.text)
        return original(doc, post, rules, ctx)

    monkeypatch.setattr(kind, "check_post", counting)
    text = "【要点】\n・インディアの首相はウクライナを訪れた。\n\n【詳細】\nインディアの首相はロシアを訪れた。\n"
    out = fix_texts(default_linter, {"p.txt": text})
    fixed = text.replace("インディア", "インド")
    assert out.texts == {"p.txt": fixed}
    # One contradiction check: on the fixed text.
    assert calls == [fixed]
    assert [d.rule for d in out.diagnostics if d.rule.startswith("contradiction")] == ["contradiction.entity"]
    calls.clear()
    # --diff needs only the changes.
    diff = fix_texts(default_linter, {"p.txt": text}, report=False)
    assert diff.texts == out.texts and diff.diagnostics == [] and calls == []


def test_fixes_each_kind_offers_are_no_safer_than_it_declares(default_linter):
    from lint.kinds import KINDS
    from lint.engine.batch import lint_texts

    seen = set()
    for d in lint_texts(default_linter, _posts_to_fix()):
        rule = default_linter.rule_for_id[d.rule]
        code = d.rule[len(rule.id) + 1:] or None
        if d.fix is not None:
            seen.add(rule.kind)
            offer = KINDS[rule.kind].fix_offer(rule, code)
            assert offer == "safe" if d.fix.safe else offer is not None, d
    assert {"variants", "contradiction"} <= seen


def test_a_kind_that_declares_a_fix_is_run_before_fixing(default_linter, monkeypatch):
    from lint.kinds import KINDS, Subcode

    citation = KINDS["citation"]
    assert "citation" not in default_linter.fixing_kinds(unsafe=True)
    monkeypatch.setattr(citation, "subcodes", {**citation.subcodes, "outlet": Subcode("", fix="safe")})
    assert "citation" in default_linter.fixing_kinds(unsafe=False)


def test_a_part_of_the_linter_still_knows_every_enabled_rule(tmp_path):
    # Discovery leaves alone a spelling an enabled rule covers, even when it
    # runs apart from that rule (as after fix rounds).
    linter = make_linter("rules:\n  - id: timofeev\n    kind: consistency\n"
                         "    forms: [ティモフェエフ, ティモフェーエフ]\n    fix: none\n", tmp_path, builtin=True)
    text = "ティモフェエフ氏が語った。ティモフェエフ氏は否定した。ティモフェーエフ氏も。\n"
    whole = [d.rule for d in linter.lint_text(text, "t.txt").diagnostics]
    part = linter.part(["discovery"])
    assert set(part.by_kind) == {"discovery"}
    assert [d.rule for d in part.lint_text(text, "t.txt").diagnostics] == \
        [r for r in whole if linter.rule_for_id[r].kind == "discovery"]
    assert not any(linter.rule_for_id[r].kind == "discovery" for r in whole)
    assert "timofeev" in whole
    # A kind of the shared phrase matcher runs before fixing, fix or not.
    alone = make_linter("rules:\n  - id: timofeev\n    kind: consistency\n"
                        "    forms: [ティモフェエフ, ティモフェーエフ]\n    fix: none\n", tmp_path)
    assert alone.fixing_kinds(unsafe=False) == {"consistency"}


def test_one_change_proposed_by_two_rules_is_one_finding_naming_both(tmp_path):
    # A bundled name rule and a user's prh entry for the same span and the
    # same replacement: one finding, the user's rule, naming the other.
    (tmp_path / "prh.yml").write_text("version: 1\nrules:\n  - expected: インド\n    pattern: インディア\n",
                                      encoding="utf-8")
    from lint.engine import Linter
    from lint.engine.batch import lint_texts
    from lint.ruleset.load import load_rules

    linter = Linter(load_rules([tmp_path / "prh.yml"]))
    found = [d for d in lint_texts(linter, {"a.txt": "インディアの首相が来日した。\n"}) if d.category == "spelling"]
    assert [(d.rule, d.fix.replacement) for d in found] == [("prh.1", "インド")]
    assert "india" in found[0].message


def test_web_db_press_fixes_do_not_feed_each_other(tmp_path):
    # With WEB+DB_PRESS.yml one entry writes もとづ for 基づ and another would
    # rewrite part of that: one --fix applies what check offered, once.
    from conftest import SHARED, need_shared

    need_shared(SHARED / "fp-cases" / "webdb.txt")
    from lint.engine import Linter
    from lint.engine.batch import lint_texts
    from lint.ruleset.load import load_rules

    linter = Linter(load_rules([SHARED / "oracles" / "prh-rules" / "media" / "WEB+DB_PRESS.yml"], False))
    text = (SHARED / "fp-cases" / "webdb.txt").read_text(encoding="utf-8")
    offered = [d.fix for d in lint_texts(linter, {"w.txt": text}) if d.fix is not None and d.fix.safe]
    fixed = fix_texts(linter, {"w.txt": text}).texts["w.txt"]
    assert fixed == apply(text, offered)[0]
    assert "もとづいて" in fixed and "もとづて" not in fixed
