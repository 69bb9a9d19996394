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
    from lint.ruleset.load import load_rules

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


# -- fix rounds run only the kinds that may offer a fix -----------------------

def _rows(diagnostics):
    return [(d.path, d.location.start, d.location.end, d.rule, d.message, d.fix and (d.fix.replacement, d.fix.safe))
            for d in diagnostics]


def _fix_texts_checking_everything(linter, texts, unsafe):
    """What fix_texts gave before it left kinds out of the rounds: every rule in every round."""
    from lint.engine.batch import lint_texts

    return fix_texts(linter, texts, unsafe, lint=lambda current: lint_texts(linter, current))


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
def test_leaving_kinds_out_of_the_fix_rounds_changes_nothing(tmp_path, unsafe):
    from lint.engine import Linter
    from lint.ruleset.load import load_rules

    (tmp_path / "a.yml").write_text("version: 1\nrules:\n  - expected: コンピューター\n    pattern: /コンピュータ(?!ー)/\n",
                                    encoding="utf-8")
    (tmp_path / "b.yml").write_text("version: 1\nrules:\n  - expected: コンピュータ\n    pattern: コンピューター\n",
                                    encoding="utf-8")
    linter = Linter(load_rules([tmp_path / "a.yml", tmp_path / "b.yml"]))
    texts = _posts_to_fix()
    split = fix_texts(linter, texts, unsafe)
    whole = _fix_texts_checking_everything(linter, texts, unsafe)
    assert split.texts == whole.texts and split.texts
    assert split.fixed == whole.fixed and split.rounds == whole.rounds
    assert _rows(split.diagnostics) == _rows(whole.diagnostics)
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
        whole = _fix_texts_checking_everything(linter, texts, unsafe)
        assert split.texts == whole.texts and split.fixed == whole.fixed
        assert _rows(split.diagnostics) == _rows(whole.diagnostics)


def test_fix_rounds_skip_the_kinds_without_an_applicable_fix(default_linter, monkeypatch):
    from lint.fix import fixing_kinds
    from lint.kinds import KINDS

    assert fixing_kinds(default_linter, unsafe=False) == {"variants", "consistency", "sections"}
    assert fixing_kinds(default_linter, unsafe=True) == set(default_linter.by_kind) - {"citation"}
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
    # Two rounds of fixing, one contradiction check: on the fixed text.
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


def test_a_kind_that_declares_a_fix_joins_the_fix_rounds(default_linter, monkeypatch):
    from lint.fix import fixing_kinds
    from lint.kinds import KINDS, Subcode

    citation = KINDS["citation"]
    assert "citation" not in fixing_kinds(default_linter, unsafe=True)
    monkeypatch.setattr(citation, "subcodes", {**citation.subcodes, "outlet": Subcode("", fix="safe")})
    assert "citation" in fixing_kinds(default_linter, unsafe=False)


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
    # A kind of the shared phrase matcher stays in the rounds, fix or not.
    from lint.fix import fixing_kinds

    alone = make_linter("rules:\n  - id: timofeev\n    kind: consistency\n"
                        "    forms: [ティモフェエフ, ティモフェーエフ]\n    fix: none\n", tmp_path)
    assert fixing_kinds(alone, unsafe=False) == {"consistency"}


def test_offsets_map_to_the_original_and_blocked_spans_as_by_definition():
    """Offsets are mapped back through the fix rounds, and blocked spans
    searched, by bisection; both must answer as walking every edit and
    testing every span does."""
    import random
    from types import SimpleNamespace as NS

    from lint.fix import _BlockedTest, _Original

    def by_definition(pos, history, side):
        for round_edits in reversed(history):
            shift, mapped = 0, None
            for old_start, old_end, new_start, new_end in round_edits:
                if pos <= new_start:
                    break
                if pos < new_end:
                    mapped = old_start if side == "start" else old_end
                    break
                shift = new_end - old_end
            pos = mapped if mapped is not None else pos - shift
        return pos

    rng = random.Random(13)
    mapped_inside = 0
    for _ in range(400):
        length, history = rng.randrange(0, 40), []
        for _ in range(rng.randrange(1, 4)):
            # Disjoint edits of this round's text: insertions, deletions, replacements.
            cuts = sorted(rng.sample(range(length + 1), min(length + 1, 2 * rng.randrange(0, 5))))
            edits, shift = [], 0
            for old_start, old_end in zip(cuts[::2], cuts[1::2]):
                if rng.random() < 0.3:
                    old_end = old_start  # an insertion
                size = rng.choice([0, 1, 2, 5]) if old_end > old_start else rng.choice([1, 3])
                edits.append((old_start, old_end, old_start + shift, old_start + shift + size))
                shift += size - (old_end - old_start)
            history.append(edits)
            length += shift
        original = _Original(history)
        for pos in range(length + 1):
            for side in ("start", "end"):
                want = by_definition(pos, history, side)
                assert original(pos, side) == want, (history, pos, side)
                mapped_inside += want != pos
        spans = [(a, a + rng.choice([0, 0, 1, 3, 8])) for a in (rng.randrange(0, 30) for _ in range(rng.randrange(1, 6)))]
        touches_blocked = _BlockedTest({}, {"p": spans})  # no edits: offsets are the original ones
        for start in range(0, 32):
            for end in (start, start + 1, start + 4):
                want = any(s < end and start < e or s == e == start for s, e in spans)
                assert touches_blocked(NS(path="p", fix=Fix(start, end, "x"))) == want, (spans, start, end)
    assert mapped_inside > 1000
