"""Discovering variants no rule names: keys, groups, the check, `yure discover`."""

from __future__ import annotations

import pytest

from conftest import SEED, make_linter, need_shared, run_yure
from lint.kinds.discovery.families import Occurrence, katakana_groups, katakana_occurrences, keys
from lint.fix import fix_texts
from lint.engine.batch import lint_texts

RULE = """
rules:
  - id: discovered-variant
    kind: discovery
    sudachi: false
    allow:
      - [米国, アメリカ]
"""


@pytest.mark.parametrize("a, b", [
    ("ティモフェエフ", "ティモフェーエフ"),
    ("コンスタンチン", "コンスタンティン"),
    ("ヴァイオリン", "バイオリン"),
    ("ラジカル", "ラディカル"),
    ("ウイルス", "ウィルス"),
    ("コンピューター", "コンピュータ"),
    ("ﾃｨﾓﾌｪｴﾌ", "ティモフェエフ"),  # half-width katakana
])
def test_variants_share_a_key(a, b):
    assert keys(a) & keys(b)


@pytest.mark.parametrize("a, b", [
    ("ビル", "ビール"),
    ("ドラマ", "ドラマー"),
    ("ファン", "フアン"),
    ("コート", "コト"),
])
def test_short_different_words_do_not(a, b):
    assert not keys(a) & keys(b)


def groups_of(text):
    return sorted(sorted(g.forms) for g in katakana_groups(katakana_occurrences(text)))


def test_one_substitution_groups_long_words_only_when_asked():
    from lint.kinds.discovery.families import EDIT_LONG, EDIT_MAX

    def grouped(words, edits):
        occurrences = [(Occurrence(i, i + 1, w), False) for i, w in enumerate(words)]
        return [(sorted(g.forms), g.tier) for g in katakana_groups(occurrences, edits=edits)]

    long_pair = ["ストラテジカルマ", "ストラテジクルマ"]  # 8 letters, one apart
    assert grouped(long_pair, edits=False) == []
    assert grouped(long_pair, edits=True) == [(sorted(long_pair), "edit")]
    short_pair = ["マカロニ", "マカラニ"]  # below EDIT_LONG
    assert len(short_pair[0]) < EDIT_LONG and grouped(short_pair, edits=True) == []
    # Past EDIT_MAX letters a word is not compared this way: each key of n
    # letters makes n patterns of n letters.
    edge = "アイウエオカキクケコ" * (EDIT_MAX // 10) + "サ" * (EDIT_MAX % 10)
    assert len(edge) == EDIT_MAX and grouped([edge, edge[:-1] + "シ"], edits=True) != []
    giant = "アイウエオカキクケコ" * 1000
    assert grouped([giant, giant[:-1] + "シ"], edits=True) == []


def test_groups_parts_of_joined_names_and_joiner_variants():
    text = "イヴァン・ティモフェエフ氏とイワン・ティモフェーエフ氏。ナゴルノ・カラバフとナゴルノカラバフ。"
    assert groups_of(text) == [["イワン", "イヴァン"], ["ティモフェエフ", "ティモフェーエフ"],
                               ["ナゴルノカラバフ", "ナゴルノ・カラバフ"]]
    # ヴァン / ワン or ヴィル / ビル are too short to be joined by chance.
    assert groups_of("ワンとヴァン、ビルとヴィル、バスとヴァス。") == []


def test_check_reports_minority_with_an_unsafe_fix(tmp_path):
    linter = make_linter(RULE, tmp_path)
    text = "ティモフェエフ氏。ティモフェエフ氏。ティモフェーエフ氏。"
    [d] = lint_texts(linter, {"a.txt": text})
    assert d.rule == "discovered-variant" and d.location.column == 19
    assert d.fix.replacement == "ティモフェエフ" and not d.fix.safe
    assert "2回" in d.message and "1回" in d.message
    assert fix_texts(linter, {"a.txt": text}).texts == {}
    assert fix_texts(linter, {"a.txt": text}, unsafe=True).texts["a.txt"] == "ティモフェエフ氏。" * 3


def test_tie_is_info_without_fix(tmp_path):
    linter = make_linter(RULE, tmp_path)
    found = lint_texts(linter, {"a.txt": "コンスタンチン氏とコンスタンティン氏。"})
    assert [(d.severity, d.fix) for d in found] == [("info", None), ("info", None)]


def test_scopes(tmp_path):
    per_post = make_linter(RULE, tmp_path)
    text = ("一つ目2025年01月01日 00:00\nヴァイオリンの話。\n"
            "二つ目2025年01月02日 00:00\nバイオリンの話。\n")
    assert lint_texts(per_post, {"a.txt": text}) == []
    run = make_linter(RULE.replace("kind: discovery", "kind: discovery\n    scope: run"), tmp_path)
    found = lint_texts(run, {"a.txt": "ヴァイオリン。ヴァイオリン。", "b.txt": "バイオリン。"})
    assert [(d.path, d.fix.replacement) for d in found] == [("b.txt", "ヴァイオリン")]


def test_families_an_enabled_rule_covers_are_left_to_it(tmp_path):
    yaml = RULE + """  - id: timofeev
    kind: consistency
    forms: [ティモフェエフ, ティモフェーエフ]
"""
    text = "ティモフェエフ氏。ティモフェエフ氏。ティモフェーエフ氏。"
    assert {d.rule for d in lint_texts(make_linter(yaml, tmp_path), {"a.txt": text})} == {"timofeev"}
    only = make_linter(yaml, tmp_path, select=["discovered-variant"])
    assert {d.rule for d in lint_texts(only, {"a.txt": text})} == {"discovered-variant"}


def test_seed_finds_the_three_name_families_and_nothing_else():
    need_shared(SEED)
    from lint.engine import Linter
    from lint.ruleset.load import load_rules

    text = SEED.read_text(encoding="utf-8")
    doc = Linter(load_rules([])).parse(text, "seed.txt")
    found = []
    for post in doc.posts:
        found.extend(sorted(g.forms) for g in katakana_groups(katakana_occurrences(doc.masked, post.start, post.end)))
    assert sorted(found) == [["イワン", "イヴァン"], ["コンスタンチン", "コンスタンティン"],
                             ["ティモフェエフ", "ティモフェーエフ"]]


def test_discover_command_emits_rules_that_pass_their_own_tests(tmp_path):
    (tmp_path / "a.txt").write_text("ヴァイオリンを弾く。ヴァイオリンを買う。ヴァイオリンを磨く。バイオリンを売る。\n"
                                    "ウイスキーを飲む。ウィスキーを注ぐ。\n", encoding="utf-8")
    listing = run_yure("discover", "--no-sudachi", str(tmp_path))
    assert listing.code == 0
    assert "ヴァイオリン ×3 / バイオリン ×1  (katakana)\n" in listing.out
    emitted = run_yure("discover", "--no-sudachi", "--emit-yaml", str(tmp_path))
    rules = tmp_path / "house.yaml"
    rules.write_text(emitted.out, encoding="utf-8")
    assert "kind: variants" in emitted.out and "kind: consistency" in emitted.out
    check = run_yure("test-rules", str(rules))
    assert check.code == 0, check.err


def test_occurrences_cover_parts_of_names():
    occs = list(katakana_occurrences("イヴァン・ペトロフ"))
    assert [(o.surface, joined) for o, joined in occs] == [
        ("イヴァン・ペトロフ", True), ("イヴァン", False), ("ペトロフ", False)]
    assert isinstance(occs[1][0], Occurrence) and (occs[2][0].start, occs[2][0].end) == (5, 9)


def test_discover_leaves_out_markdown_code_and_urls():
    from lint.kinds.discovery.families import mine

    prose = "ティモフェエフ氏が語った。ティモフェエフ氏は否定した。\n"
    code = "```\nティモフェーエフ = 1\n```\n`ティモフェーエフ` と https://example.com/ティモフェーエフ\n"
    # In a Markdown file the other spelling is only in code and a URL: no family.
    assert mine({"post.md": prose + code}, sudachi=False) == []
    # In a plain text file the fences are prose, and the spellings differ.
    assert [sorted(g.forms) for g in mine({"post.txt": prose + code}, sudachi=False)] == \
        [["ティモフェエフ", "ティモフェーエフ"]]


DISCOVER_TEXT = ("ヴァイオリンを弾く。ヴァイオリンを買う。ヴァイオリンを磨く。バイオリンを売る。\n"
                 "ウイスキーを飲む。ウィスキーを注ぐ。ウイスキーを運ぶ。\n")


def _discover(tmp_path, rules_yaml=None, name="house.yaml"):
    (tmp_path / "a.txt").write_text(DISCOVER_TEXT, encoding="utf-8")
    args = ["discover", "--no-sudachi", "--emit-yaml", str(tmp_path / "a.txt")]
    if rules_yaml is not None:
        (tmp_path / name).write_text(rules_yaml, encoding="utf-8")
        args += ["--rules", str(tmp_path / name)]
    out = run_yure(*args)
    assert out.code == 0, out.err
    emitted = tmp_path / "emitted.yaml"
    emitted.write_text(out.out, encoding="utf-8")
    assert run_yure("test-rules", str(emitted)).code == 0
    from lint.ruleset.load import load_rule_file

    return out.out, {r.id: r for r in load_rule_file(emitted).rules}


def test_discover_leaves_a_family_a_loaded_rule_covers_as_a_comment_naming_it(tmp_path):
    _, alone = _discover(tmp_path)
    assert len(alone) == 2
    text, rules = _discover(tmp_path, "rules:\n  - id: violin\n    kind: consistency\n"
                                      "    forms: [ヴァイオリン, バイオリン]\n")
    assert "covered by violin" in text
    assert len(rules) == 1 and "ヴァイオリン" not in str(next(iter(rules.values())).options)


def test_discover_covers_a_family_a_prh_dictionary_names(tmp_path):
    text, rules = _discover(tmp_path, "version: 1\nrules:\n  - expected: ウイスキー\n    pattern: ウィスキー\n",
                            name="prh.yml")
    assert "covered by prh.1" in text
    assert all("ウイスキー" not in str(r.options) for r in rules.values())


def test_discover_never_proposes_a_form_a_loaded_rule_replaces(tmp_path):
    # The loaded rule writes バイオリン and replaces nothing the family holds
    # but ヴァイオリン, the form the text uses most.
    text, rules = _discover(tmp_path, "rules:\n  - id: violin\n    kind: variants\n"
                                      "    expected: バイオリン\n    patterns: [ヴァイオリン]\n")
    assert "covered by violin" in text
    text, rules = _discover(tmp_path, "rules:\n  - id: violin\n    kind: variants\n"
                                      "    expected: バイオリン\n    patterns: [Violin]\n")
    proposed = [r for r in rules.values() if "バイオリン" in r.options.get("patterns", []) + [r.options.get("expected")]]
    assert [(r.kind, r.options["expected"]) for r in proposed] == [("variants", "バイオリン")]
    text, rules = _discover(tmp_path, "rules:\n  - id: whisky\n    kind: variants\n"
                                      "    expected: Whisky\n    patterns: [ウイスキー]\n")
    proposed = [r for r in rules.values() if "ウィスキー" in r.options.get("patterns", []) + [r.options.get("expected")]]
    assert [(r.kind, r.options["expected"]) for r in proposed] == [("variants", "ウィスキー")]


def test_families_a_prh_dictionary_covers_are_left_to_it(tmp_path):
    prh = "version: 1\nrules:\n  - expected: ウイスキー\n    pattern: ウィスキー\n"
    text = "ウイスキーを飲む。ウィスキーを注ぐ。ウイスキーを運ぶ。"
    found = lint_texts(make_linter(prh, tmp_path, builtin=True), {"a.txt": text})
    # One finding, the dictionary's: discovery leaves the family to it.
    assert [d.rule for d in found if d.category == "spelling"] == ["rules.1"]
