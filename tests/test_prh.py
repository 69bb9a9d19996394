"""prh dictionaries: JavaScript regexes, prh semantics, and the oracles."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import SEED, SHARED, need_shared, run_yure
from lint.kinds.prh import scope_from
from lint.engine import Linter
from lint.errors import RuleFileError
from lint.kinds.prh.jsregex import compile_js, spread_alphanumerics, translate
from lint.kinds.prh.dictionary import load_prh
from lint.ruleset.load import load_rules
from lint.fix import fix_texts
from lint.engine.batch import lint_texts

ORACLES = SHARED / "oracles"


def js(source, flags="gmu"):
    return compile_js(source, flags)


def test_javascript_escapes_mean_what_they_mean_in_javascript():
    assert js(r"\d+").fullmatch("123") and not js(r"\d").match("１")  # ASCII digits only
    assert js(r"\w+").fullmatch("abc_1") and not js(r"\w").match("あ")
    assert js(r"\s").match("\u3000")  # the ideographic space is a space
    assert js(r"\bJS\b").search("今日もJS祭り")  # \b is ASCII-only: kana are not word characters
    assert not js(r"\bJS\b").search("altJS")
    assert not js(".").match("\r") and js(".", "gmsu").match("\r")
    assert js(r"(?<year>\d{4})年\k<year>").match("2025年2025")
    assert js(r"[\d\s]+").fullmatch("1 2\u30003")
    assert js("[^]").match("\n")
    assert translate(r"a\/b") == "a/b"


def test_expected_only_rules_spread_letters_and_digits():
    assert spread_alphanumerics("Cookie1") == "[CcＣｃ][OoＯｏ][OoＯｏ][KkＫｋ][IiＩｉ][EeＥｅ][1１]"
    assert js(spread_alphanumerics("jQuery")).fullmatch("ＪＱＵＥＲＹ")


def prh_file(tmp_path: Path, text: str, name: str = "prh.yml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def prh_linter(*paths, scope=None):
    return Linter(load_rules(list(paths), False, {"prh": scope_from(scope or {})}))


def found(linter, text, path="t.md"):
    return [(d.message, d.location.column, d.fix.replacement if d.fix else None)
            for d in lint_texts(linter, {path: text})]


def test_prh_semantics(tmp_path):
    path = prh_file(tmp_path, """version: 1
rules:
  - expected: jQuery
  - expected: デフォルト
    pattern: ディフォルト
    prh: 表記をそろえる
  - expected: ソフトウェア
    pattern: /(日経)?ソフトウエア/
    regexpMustEmpty: $1
  - expected: （$1）
    pattern: /\\(([^)]+)\\)/
  - expected: js
    options:
      wordBoundary: true
  - expected: ハードウェア
    patterns: [ハードウエア, ハードウエアー]
""")
    linter = prh_linter(path)
    assert found(linter, "jqueryとＪＱＵＥＲＹ") == [("jquery => jQuery", 1, "jQuery"), ("ＪＱＵＥＲＹ => jQuery", 8, "jQuery")]
    assert found(linter, "ディフォルト") == [("ディフォルト => デフォルト\n表記をそろえる", 1, "デフォルト")]
    assert found(linter, "日経ソフトウエアと広義のソフトウエア") == [("ソフトウエア => ソフトウェア", 13, "ソフトウェア")]
    assert found(linter, "(そのとおり)") == [("(そのとおり) => （そのとおり）", 1, "（そのとおり）")]
    assert found(linter, "foo JS bar altJS") == [("JS => js", 5, "js")]
    # An ordered alternation: the first listed pattern wins at a place.
    assert found(linter, "ハードウエアー") == [("ハードウエア => ハードウェア", 1, "ハードウェア")]
    assert found(linter, "jQuery と デフォルト") == []


def test_overlaps_earlier_start_then_longer(tmp_path):
    path = prh_file(tmp_path, "version: 1\nrules:\n  - expected: X\n    pattern: BC\n"
                              "  - expected: Y\n    pattern: ABC\n  - expected: Z\n    pattern: AB\n")
    assert found(prh_linter(path), "ABCD") == [("ABC => Y", 1, "Y")]


def test_imports_merge_order_and_ignore_rules(tmp_path):
    prh_file(tmp_path, "version: 1\nrules:\n  - expected: Web\n    pattern: ウェブ\n"
                       "  - expected: Web\n    pattern: ウェッブ\n  - expected: Test\n    pattern: テスト\n"
                       "  - expected: 削除\n    pattern: 削除する規則\n", "sub.yml")
    prh_file(tmp_path, "version: 1\nimports:\n  - nested.yml\nrules:\n  - expected: ネスト\n", "deep.yml")
    prh_file(tmp_path, "version: 1\nrules:\n  - expected: 深い\n    pattern: ふかい\n", "nested.yml")
    main = prh_file(tmp_path, """version: 1
imports:
  - path: sub.yml
    ignoreRules:
      - expected: 削除
  - path: deep.yml
    disableImports: true
rules:
  - expected: Test
    pattern: てすと
""")
    dictionary = load_prh(main)
    assert [(r.expected, r.js()) for r in dictionary.rules] == [
        ("Test", "/てすと/gmu"), ("Web", "/ウェブ/gmu"), ("Web", "/ウェッブ/gmu"),
        ("ネスト", "/ネスト/gmu")]


def test_an_import_cycle_is_an_error_naming_the_file(tmp_path):
    prh_file(tmp_path, "version: 1\nimports:\n  - b.yml\nrules:\n  - expected: インド\n    pattern: インディア\n",
             "a.yml")
    prh_file(tmp_path, "version: 1\nimports:\n  - a.yml\nrules:\n  - expected: ロシア\n    pattern: ロシヤ\n",
             "b.yml")
    with pytest.raises(RuleFileError) as info:
        load_prh(tmp_path / "a.yml")
    assert "imports form a cycle" in info.value.message and info.value.path.endswith("a.yml")
    r = run_yure("check", "--isolated", "--no-builtin", "--rules", str(tmp_path / "a.yml"), str(tmp_path / "a.yml"))
    assert r.code == 2 and "imports form a cycle" in r.err


def test_failing_spec_stops_the_load_with_file_and_line(tmp_path):
    path = prh_file(tmp_path, "version: 1\nrules:\n  - expected: jQuery\n    specs:\n"
                              "      - from: JQUERY\n        to: jQuery\n      - from: jquery\n        to: JQuery\n")
    with pytest.raises(RuleFileError) as info:
        load_rules([path], False)
    assert info.value.line == 7 and "spec failed for expected 'jQuery'" in info.value.message
    r = run_yure("test-rules", str(path))
    assert r.code == 2 and f"{path}:7:" in r.err


def test_prh_disable_comments(tmp_path):
    path = prh_file(tmp_path, "version: 1\nrules:\n  - expected: A\n  - expected: B\n  - expected: C\n")
    text = "\n#@# prh:disable:b\nテストaとb。\n\nテストaとbとc。\n#@# prh:disable:c\n"
    diags = lint_texts(prh_linter(path), {"t.re": text})
    assert sorted(d.location.start for d in diags) == [22, 31, 33]


def test_markdown_scope_options(tmp_path):
    path = prh_file(tmp_path, "version: 1\nrules:\n  - expected: jQuery\n")
    text = "[jquery](https://example.com/jquery)\n\n> jquery\n\n*jquery* and jquery\n\n# jquery\n"
    default = prh_linter(path)
    # Only the plain paragraph text and the heading, as textlint-rule-prh does.
    assert [(d.location.line, d.location.column) for d in lint_texts(default, {"t.md": text})] == [(5, 14), (7, 3)]
    everything = prh_linter(path, scope={"checkLink": True, "checkBlockQuote": True, "checkEmphasis": True})
    assert len(lint_texts(everything, {"t.md": text})) == 5
    with pytest.raises(Exception) as info:
        scope_from({"checkLinks": True})
    assert "unknown prh option" in str(info.value)


def test_code_comments_of_listed_languages(tmp_path):
    path = prh_file(tmp_path, "version: 1\nrules:\n  - expected: jQuery\n")
    text = "```js\n// $ is jquery\nconst $ = jquery;\n```\n"
    assert lint_texts(prh_linter(path), {"t.md": text}) == []
    diags = lint_texts(prh_linter(path, scope={"checkCodeComment": ["js"]}), {"t.md": text})
    assert [d.location.start for d in diags] == [14]
    broken = "```js\nconst s = `unterminated\n// jquery\n```\n"
    assert lint_texts(prh_linter(path, scope={"checkCodeComment": ["js"]}), {"t.md": broken}) == []


# --- the oracles in ../shared -------------------------------------------------

def prh_yamls():
    need_shared(ORACLES)
    return sorted(p for p in ORACLES.rglob("*.y*ml"))


def test_every_oracle_prh_file_loads_and_its_specs_pass():
    total = 0
    files = prh_yamls()
    for path in files:
        dictionary = load_prh(path, follow_imports=False)
        load_prh(path)  # and with its imports
        total += dictionary.spec_count
    assert len(files) == 33
    assert total == 211


def test_textlint_rule_prh_tester_cases():
    need_shared(ORACLES)
    base = ORACLES / "textlint-rule-prh"
    cases = json.loads((base / "tester-cases.json").read_text(encoding="utf-8"))[0]
    checked = 0
    for kind in ("valid", "invalid"):
        for case in cases[kind]:
            options = dict(case["options"])
            paths = [base / "fixtures" / Path(p).name for p in options.pop("rulePaths")]
            linter = Linter(load_rules(paths, False, {"prh": scope_from(options)}))
            diags = lint_texts(linter, {"case.md": case["text"]})
            expected = case.get("errors", [])
            assert len(diags) == len(expected), case["text"]
            for d, e in zip(diags, expected):
                assert d.message == e["message"]
                if "line" in e:
                    assert (d.location.line, d.location.column) == (e["line"], e["column"])
                if "index" in e:
                    assert d.location.start == e["index"]
                if "fix" in e:
                    assert [d.fix.start, d.fix.end] == e["fix"]["range"] and d.fix.replacement == e["fix"]["text"]
            if kind == "invalid":
                out = fix_texts(linter, {"case.md": case["text"]}).texts.get("case.md", case["text"])
                assert out == case["output"]
            checked += 1
    assert checked == len(cases["valid"]) + len(cases["invalid"]) == 19


def seed_findings(rules):
    linter = Linter(load_rules([ORACLES / rules], False))
    ours = lint_texts(linter, {"seed.txt": SEED.read_text(encoding="utf-8")})
    return [(d.location.line, d.location.column, d.message, d.fix.start, d.fix.end, d.fix.replacement)
            for d in ours]


def reference_findings(reference):
    theirs = json.loads((ORACLES / reference).read_text(encoding="utf-8"))[0]["messages"]
    return [(m["line"], m["column"], m["message"], *m["fix"]["range"], m["fix"]["text"]) for m in theirs]


def test_seed_gives_the_27_findings_textlint_gave():
    need_shared(SEED)
    assert seed_findings("textlint-reference/seed-prh.yml") == reference_findings(
        "textlint-reference/seed-prh.textlint.json")


def test_seed_with_web_db_press():
    # textlint 15.8 + textlint-rule-prh 6.1 on the seed with this dictionary:
    # yure must report exactly the same findings, in the same order.
    need_shared(SEED)
    ours = seed_findings("prh-rules/media/WEB+DB_PRESS.yml")
    reference = reference_findings("textlint-reference/seed-webdb.textlint.json")
    assert len(reference) == 27
    assert ours == reference


def test_seed_fixed_text_is_byte_identical_to_textlint(tmp_path):
    need_shared(SEED)
    copy = tmp_path / "seed.txt"
    shutil.copyfile(SEED, copy)
    r = run_yure("check", "--isolated", "--no-builtin", "--rules",
                 str(ORACLES / "textlint-reference" / "seed-prh.yml"), "--fix", str(copy))
    assert r.code == 0, r.out + r.err
    assert copy.read_bytes() == (ORACLES / "textlint-reference" / "seed-prh.fixed.txt").read_bytes()


def test_prh_vanilla_fixture(tmp_path):
    need_shared(ORACLES)
    fixture = ORACLES / "prh-prh" / "test" / "fixture" / "vanilla"
    copy = tmp_path / "text.md"
    shutil.copyfile(fixture / "text.md", copy)
    run_yure("check", "--isolated", "--no-builtin", "--rules", str(fixture / "prh.yml"), "--fix", str(copy))
    assert copy.read_bytes() == (ORACLES / "prh-prh" / "test" / "expected" / "vanilla" / "text.md").read_bytes()


def test_two_dictionaries_with_one_file_name_keep_all_their_rules(tmp_path):
    for folder, expected in (("team", "サーバー"), ("mine", "ウェブ")):
        (tmp_path / folder).mkdir()
        prh_file(tmp_path / folder, f"version: 1\nrules:\n  - expected: {expected}\n    pattern: {expected[:-1]}X\n")
    linter = prh_linter(tmp_path / "team" / "prh.yml", tmp_path / "mine" / "prh.yml")
    assert sorted(r.id for r in linter.rules) == ["prh-2.1", "prh.1"]
    assert len(found(linter, "サーバXとウェX")) == 2


def test_targets_apply_to_their_own_dictionary_only(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    # a.yml leaves quoted text alone; b.yml has no targets and checks everywhere.
    prh_file(tmp_path / "a", "version: 1\ntargets:\n  - file: /\\.md$/\n    excludes:\n      - /「[^」]*」/\n"
                             "rules:\n  - expected: サーバー\n    pattern: /サーバ(?!ー)/\n", "a.yml")
    prh_file(tmp_path / "b", "version: 1\nrules:\n  - expected: ウェブ\n    pattern: ウエブ\n", "b.yml")
    linter = prh_linter(tmp_path / "a" / "a.yml", tmp_path / "b" / "b.yml")
    got = found(linter, "「サーバとウエブ」、サーバとウエブ。")
    assert [m.split("\n")[0] for m, _, _ in got] == ["ウエブ => ウェブ", "サーバ => サーバー", "ウエブ => ウェブ"]


def test_an_exclude_inside_a_change_does_not_drop_it(tmp_path):
    # Only an exclude that reaches outside the change drops it: a change
    # wider than the excluded text around it is still made.
    prh_file(tmp_path, "version: 1\ntargets:\n  - file: /\\.md$/\n    excludes:\n      - /「[^」]*」/\n"
                       "rules:\n  - expected: 引用「」終わり\n    pattern: /引用「[^」]*」おわり/\n")
    linter = prh_linter(tmp_path / "prh.yml")
    got = found(linter, "引用「サーバ」おわり。「サーバ」。")
    assert [m.split("\n")[0] for m, _, _ in got] == ["引用「サーバ」おわり => 引用「」終わり"]


def test_disable_comments_near_a_change_decide_as_all_of_them_would():
    # Disables hands each change only the comments near it; the decision
    # must be the one testing every comment of the document gives.
    import random

    from lint.engine import Linter
    from lint.kinds.prh.disables import Disables, disabled, find_disables
    from lint.ruleset.load import load_rules

    class Match:
        def __init__(self, text):
            self.text = text

        def group(self):
            return self.text

    rng = random.Random(11)
    linter = Linter(load_rules([]))
    pieces = ["テストaとb。", "#@# prh:disable:b", "#@# prh:disable", "<!-- prh:disable:c -->", "本文c。", ""]
    checked = 0
    for _ in range(40):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randrange(3, 30))) + "\n"
        doc = linter.parse(text, "t.txt")
        comments = find_disables(doc.text, doc.paragraphs)
        if not comments:
            continue
        near = Disables(comments)
        for start in range(len(text)):
            for end in (start + 1, start + 3, start + 12):
                hit = (start, end, None, Match(text[start:end]))
                assert disabled(near.near(start, end), hit) == disabled(comments, hit), (text, start, end)
                checked += 1
    assert checked > 1000


def test_target_spans_decide_as_testing_every_span_would():
    # Spans answers the include and exclude tests of prh targets (and, with
    # covers, whether a position lies in a span) by bisection; they must
    # agree with testing every span.
    import random

    from lint.text.spans import Spans

    rng = random.Random(13)
    for _ in range(300):
        spans = [(s, s + rng.randrange(0, 8)) for s in (rng.randrange(0, 40) for _ in range(rng.randrange(0, 8)))]
        index = Spans(spans)
        for start in range(0, 45):
            for end in (start + 1, start + 2, start + 6):
                overlaps = any(s < end and start < e for s, e in spans)
                sticks_out = any(s < end and start < e and not (start <= s and e <= end) for s, e in spans)
                assert index.overlap(start, end) == overlaps, (spans, start, end)
                assert index.stick_out_of(start, end) == sticks_out, (spans, start, end)
            assert index.covers(start) == any(s <= start < e for s, e in spans), (spans, start)
