"""Nothing lost, nothing crashes: encodings, bad input, rule files, fix safety.

The counts the README's Safety section quotes come from here: the
encoding matrix (6 encodings × 4 line-ending styles × with and without a
final newline), the bad-rule cases, and the hypothesis budgets.
"""

from __future__ import annotations

import codecs
import gc
import json
import os
import re
import shutil
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import SEED, SHARED, need_shared
from lint.cli import main
from lint.diagnostics import Fix
from lint.engine import Linter
from lint.fix import apply, choose
from lint.ruleset.load import load_rules
from lint.fix import fix_texts
from lint.engine.batch import lint_texts
from lint.textio import write_atomic

INDIA_RULES = """rules:
  - id: india
    kind: variants
    expected: インド
    patterns: [インディア]
"""
LINES = [
    "訪問の記録2025年02月03日 04:05",
    "【概要】",
    " 𠮷野家と🍣の話の後、インディアの代表が来日した。",
    "【詳細】",
    " 代表団は三日間滞在し、インディアへ戻った。",
]


def run(args: list[str], cwd: Path, capsys) -> tuple[int, str, str]:
    """``yure ARGS`` in this process (much faster than a subprocess per case)."""
    old = os.getcwd()
    os.chdir(cwd)
    try:
        main(args)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
    finally:
        os.chdir(old)
        gc.unfreeze()
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path):
    (tmp_path / ".git").mkdir()  # no configuration above this
    (tmp_path / "india.yaml").write_text(INDIA_RULES, encoding="utf-8")
    return tmp_path


# -- input ------------------------------------------------------------------

ENCODINGS = [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("cp932", b""),  # Shift_JIS as Windows writes it
    ("euc_jp", b""),
]
NEWLINES = {"lf": "\n", "crlf": "\r\n", "cr": "\r", "mixed": None}


def join(lines: list[str], style: str, final: bool) -> str:
    if style == "mixed":
        seps = ["\r\n", "\n", "\r", "\n"]
        text = "".join(line + seps[i % len(seps)] for i, line in enumerate(lines))
        return text if final else text[:-1]
    sep = NEWLINES[style]
    return sep.join(lines) + (sep if final else "")


@pytest.mark.parametrize("encoding, bom", ENCODINGS, ids=lambda v: v if isinstance(v, str) else None)
@pytest.mark.parametrize("style", list(NEWLINES))
@pytest.mark.parametrize("final", [True, False], ids=["final-newline", "no-final-newline"])
def test_every_encoding_and_line_ending_is_linted_and_fixed_in_place(project, capsys, encoding, bom, style, final):
    if encoding in ("cp932", "euc_jp"):
        lines = [line.replace("𠮷野家と🍣の", "吉野家と寿司の") for line in LINES]  # not in those charsets
        column = 1 + len(" 吉野家と寿司の話の後、")
    else:
        lines = LINES
        column = 1 + len(" 𠮷野家と🍣の話の後、")  # 𠮷 and 🍣 are one column each
    text = join(lines, style, final)
    path = project / "post.txt"
    path.write_bytes(bom + text.encode(encoding))
    code, out, _ = run(["check", "--isolated", "--no-builtin", "--rules", "india.yaml", "--format", "json",
                        "post.txt"], project, capsys)
    assert code == 1
    found = [(d["line"], d["column"], d["end_column"]) for d in json.loads(out)]
    assert found == [(3, column, column + 5), (5, 13, 18)]
    code, _, err = run(["check", "--isolated", "--no-builtin", "--rules", "india.yaml", "--fix", "post.txt"],
                       project, capsys)
    assert code == 0, err
    assert path.read_bytes() == bom + text.replace("インディア", "インド").encode(encoding)


def test_encoding_can_be_forced_and_a_wrong_one_is_reported(project, capsys):
    text = "\n".join(LINES).replace("𠮷野家と🍣の", "") + "\n"
    (project / "sjis.txt").write_bytes(text.encode("shift_jis"))
    code, out, _ = run(["check", "--isolated", "--no-builtin", "--rules", "india.yaml", "--encoding", "shift_jis",
                        "--format", "json", "sjis.txt"], project, capsys)
    assert code == 1 and len(json.loads(out)) == 2
    code, _, err = run(["check", "--isolated", "--no-builtin", "--rules", "india.yaml", "--encoding", "utf-8",
                        "sjis.txt"], project, capsys)
    assert code == 2 and "sjis.txt" in err and "cannot decode as utf-8" in err
    assert "Traceback" not in err


def test_the_mojibake_test_counts_like_walking_the_characters():
    # The plain definition: kana present, and few control, private-use or
    # half-width katakana characters (what a wrong codec produces).
    import random

    from lint.textio import plausible_japanese

    def walked(text):
        if not text:
            return True
        kana = sum(1 for ch in text if "\u3040" <= ch <= "\u30ff")
        bad = sum(1 for ch in text if (ord(ch) < 0x20 and ch not in "\t\r\n") or "\x7f" <= ch <= "\x9f"
                  or "\ue000" <= ch <= "\uf8ff" or "\uff61" <= ch <= "\uff9f")
        return bad * 20 < len(text) and (kana > 0 or bad == 0)

    rng = random.Random(5)
    alphabet = "あア漢a\t\r\n\x00\x01\x1f\x7f\x9f\ue000\uf8ff\uff61\uff9f\u309f\u30ff\u3040\u303f "
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        assert plausible_japanese(text) == walked(text), repr(text)


def test_missing_paths_and_empty_folders_stop_the_run(project, capsys):
    code, _, err = run(["check", "--isolated", "nowhere.txt"], project, capsys)
    assert code == 2 and err.strip() == "yure: error: nowhere.txt: no such file or directory"
    (project / "empty").mkdir()
    code, _, err = run(["check", "--isolated", "empty"], project, capsys)
    assert code == 2 and "empty: no files to lint" in err and err.count("\n") == 1
    (project / "dangling.txt").symlink_to(project / "gone.txt")
    code, _, err = run(["check", "--isolated", "dangling.txt"], project, capsys)
    assert code == 2 and "dangling.txt: broken symbolic link" in err


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read files without read permission")
def test_an_unreadable_file_is_an_error(project, capsys):
    path = project / "secret.txt"
    path.write_text("インディア\n", encoding="utf-8")
    path.chmod(0)
    try:
        code, _, err = run(["check", "--isolated", "secret.txt"], project, capsys)
    finally:
        path.chmod(0o644)
    assert code == 2 and "secret.txt: permission denied" in err


def test_a_read_only_file_is_not_fixed(project, capsys):
    path = project / "post.txt"
    path.write_text("インディアの話。\n", encoding="utf-8")
    path.chmod(0o444)
    try:
        code, _, err = run(["check", "--isolated", "--no-builtin", "--rules", "india.yaml", "--fix", "post.txt"],
                           project, capsys)
        assert code == 2 and "post.txt: file is read-only; not fixed" in err
        assert path.read_text(encoding="utf-8") == "インディアの話。\n"
        assert stat.S_IMODE(path.stat().st_mode) == 0o444
    finally:
        path.chmod(0o644)


def test_a_symlink_is_fixed_through_once_and_stays_a_link(project, capsys):
    target = project / "real.txt"
    target.write_text("インディアの話。\n", encoding="utf-8")
    link = project / "link.txt"
    link.symlink_to(target.name)
    code, out, _ = run(["check", "--isolated", "--no-builtin", "--rules", "india.yaml", "--format", "json",
                        "link.txt", "real.txt"], project, capsys)
    assert code == 1 and len(json.loads(out)) == 1  # one file, reported once
    code, _, _ = run(["check", "--isolated", "--no-builtin", "--rules", "india.yaml", "--fix", "link.txt", "real.txt"],
                     project, capsys)
    assert code == 0
    assert link.is_symlink() and os.readlink(link) == "real.txt"
    assert target.read_text(encoding="utf-8") == "インドの話。\n"


def test_a_file_changed_during_the_run_is_not_overwritten(project, capsys, monkeypatch):
    import lint.fix

    path = project / "post.txt"
    path.write_text("インディアの話。\n", encoding="utf-8")
    real = lint.fix.fix_texts

    def meanwhile(*args, **kwargs):
        outcome = real(*args, **kwargs)
        path.write_text("誰かが書き換えたインディアの話。\n", encoding="utf-8")  # an editor saved the file
        return outcome

    monkeypatch.setattr(lint.fix, "fix_texts", meanwhile)
    code, _, err = run(["check", "--isolated", "--no-builtin", "--rules", "india.yaml", "--fix", "post.txt"],
                       project, capsys)
    assert code == 2 and "changed while yure was running" in err
    assert path.read_text(encoding="utf-8") == "誰かが書き換えたインディアの話。\n"


# -- rule files -------------------------------------------------------------

BAD_RULES = [
    # (rule file text, line, rule id or None, message fragment)
    ("rules:\n  - id: a\n    kind: variants\n   expected: [\n", 4, None, "invalid YAML"),
    ("rules: [\n", 2, None, "invalid YAML"),
    ("version: 1\nrulez: []\n", 2, None, "unknown top-level key"),
    ("- a list\n", 1, None, "must be a YAML mapping"),
    ("rules:\n  - id: a\n    id: b\n", 3, None, "duplicate key"),
    ("rules:\n  - kind: variants\n    expected: y\n", 2, None, "no 'id'"),
    (INDIA_RULES + "    colour: red\n", 6, "india", "unknown key 'colour'"),
    ("rules:\n  - id: a\n    kind: variants\n    patterns: [x]\n", 2, "a", "missing required key 'expected'"),
    ("rules:\n  - id: a\n    kind: variants\n    expected: y\n    patterns: ['/(unclosed/']\n", 5, "a", "bad regex"),
    ("rules:\n  - id: a\n    kind: variants\n    expected: y\n    patterns: ['/x/q']\n", 5, "a", "bad regex"),
    ("rules:\n  - id: a\n    kind: variants\n    expected: y\n    patterns: ['/x{2,1}/']\n", 5, "a", "bad regex"),
    ("rules:\n  - id: a\n    kind: spellcheck\n", 3, "a", "unknown kind"),
    (INDIA_RULES.replace("kind: variants", "kind: variants\n    severity: fatal"), 4, "india", "'severity' must be"),
    (INDIA_RULES.replace("kind: variants", "kind: variants\n    scope: chapter"), 4, "india", "'scope' must be"),
    (INDIA_RULES.replace("kind: variants", "kind: variants\n    fix: maybe"), 4, "india", "'fix' must be"),
    (INDIA_RULES + "    tests:\n      - pass: a\n        fail: b\n", 7, "india", "exactly one of"),
    ("rules:\n  - id: a\n    kind: consistency\n    forms: [一つ]\n", 4, "a", "at least two forms"),
    ("rules:\n  - id: a\n    kind: sections\n    sections:\n      - {title: 概要}\n", 5, "a", "needs a 'name'"),
    ("rules:\n  - id: a\n    kind: contradiction\n    align_min: 3\n", 4, "a", "between 0 and 1"),
    ("rules:\n  - id: a\n    kind: contradiction\n    checks: [tarot]\n", 4, "a", "unknown check"),
    ("version: 1\nrules:\n  - expected: サーバー\n    pattern: /サーバ(/\n", 4, None, "bad regex"),
    ("version: 1\nrules:\n  - expected: A\n    pattern: a\n    specs:\n      - from: a\n        to: B\n", 6, None,
     "spec failed"),
    ("version: 1\nrules:\n  - expected: A\n    regexpMustEmpty: $3\n    pattern: /(a)/\n", 4, None,
     "regexpMustEmpty"),
    ("version: 2\nrules: []\n", 1, None, "unsupported prh version"),
]


@pytest.mark.parametrize("text, line, rule, fragment", BAD_RULES)
def test_a_bad_rule_file_names_file_line_and_rule(project, capsys, text, line, rule, fragment):
    (project / "bad.yaml").write_text(text, encoding="utf-8")
    (project / "post.txt").write_text("インディア\n", encoding="utf-8")
    code, out, err = run(["check", "--isolated", "--rules", "bad.yaml", "post.txt"], project, capsys)
    assert code == 2 and out == ""
    assert err.startswith(f"yure: error: bad.yaml:{line}: "), err
    if rule is not None:
        assert f"rule {rule!r}: " in err
    assert fragment in err and err.count("\n") == 1 and "Traceback" not in err


def test_an_oversized_rule_file_is_refused_unread(project, capsys):
    path = project / "huge.yaml"
    with open(path, "wb") as fh:
        fh.truncate(21 * 1024 * 1024)  # sparse: costs no disk
    (project / "post.txt").write_text("x\n", encoding="utf-8")
    code, _, err = run(["check", "--isolated", "--rules", "huge.yaml", "post.txt"], project, capsys)
    assert code == 2 and "huge.yaml: rule file is 22020096 bytes; the limit is" in err


def test_an_alias_bomb_is_refused(project, capsys):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 12)]
    (project / "bomb.yaml").write_text("\n".join(lines) + "\nrules: []\n", encoding="utf-8")
    (project / "post.txt").write_text("x\n", encoding="utf-8")
    code, _, err = run(["check", "--isolated", "--rules", "bomb.yaml", "post.txt"], project, capsys)
    assert code == 2 and "bomb.yaml" in err and "alias" in err


@pytest.mark.parametrize("kind", ["yure", "prh"])
def test_a_catastrophic_regex_is_stopped_and_the_run_completes(project, capsys, kind):
    if kind == "yure":
        rules = ("rules:\n  - id: slow\n    kind: variants\n    expected: イ\n    patterns: ['/(ア|アア)+イ/']\n"
                 + INDIA_RULES.replace("rules:\n", ""))
        line, rule = 2, "slow"
    else:
        rules = "version: 1\nrules:\n  - expected: イ\n    pattern: /(ア|アア)+イ/\n  - expected: インド\n    pattern: インディア\n"
        line, rule = 3, "slow.1"
    (project / "slow.yaml").write_text(rules, encoding="utf-8")
    (project / "pyproject.toml").write_text("[tool.yure]\nregex-timeout = 0.3\nbuiltin = false\n", encoding="utf-8")
    (project / "post.txt").write_text("インディアの話。\n" + "ア" * 80 + "\n", encoding="utf-8")
    (project / "other.txt").write_text("インディアの話。\n", encoding="utf-8")
    code, out, err = run(["check", "--rules", "slow.yaml", "--format", "json", "post.txt", "other.txt"],
                         project, capsys)
    assert code == 2
    assert err.strip() == (f"yure: error: slow.yaml:{line}: rule {rule!r}: regex stopped after 0.3 s on post.txt; "
                           "the rule was skipped there (simplify the pattern, or raise regex-timeout)")
    # Every other rule, and the same rule on the other file, still ran.
    assert sorted(d["path"] for d in json.loads(out)) == ["other.txt", "post.txt"]


# -- property tests -----------------------------------------------------------

FRAGMENTS = ["インディア", "インド", "ティモフェエフ", "ティモフェーエフ", "キエフ", "キーウ", "【要点】", "【概要】",
             "【詳細】", "【引用・参照・底本】", "・", "「", "」", "『", "。", "、", "\n", "\r\n", "\r", " ", "\u3000",
             "2025年01月02日 03:04", "https://example.org/a", "`code`", "```\n", "<!-- yure: disable -->",
             "# 見出し", "増加した", "減少しなかった", "約10日間", "ロシアの", "米国は", "サーバ", "ウエブ",
             "\x00", "\x07", "\ufeff", "𠮷", "🍣", "\u200b"]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS),
                           st.text(st.characters(blacklist_categories=("Cs",)), max_size=8)),
                 max_size=60).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def everything():
    """The bundled rules, a prh dictionary when the reference data is there, and a regex rule."""
    files = []
    prh = SHARED / "oracles" / "textlint-reference" / "seed-prh.yml"
    if prh.exists():
        files.append(prh)
    return Linter(load_rules(files, True))


@SETTINGS
@given(text=texts)
@example(text="")
@example(text="【要点】\n【概要】\n【詳細】\n【要点】\n")
@example(text="【「『（(【【「\n」』）)】】」\n・\n1.\n(1)\n")
def test_check_never_raises(everything, text):
    diagnostics = lint_texts(everything, {"t.txt": text, "t.md": text})
    for d in diagnostics:
        assert 0 <= d.location.start <= d.location.end <= len(text)
        if d.fix is not None:
            assert 0 <= d.fix.start <= d.fix.end <= len(text)


def test_a_one_megabyte_line(everything):
    line = ("インディアの代表が来日した、" * 80_000)[:1_000_000]
    diagnostics = lint_texts(everything, {"long.txt": line})
    # One finding a place, whichever rules name it (the bundled rule, and the
    # reference dictionary's entry when it is loaded).
    on_india = [d for d in diagnostics if line[d.location.start:d.location.end] == "インディア"]
    assert len(on_india) == line.count("インディア")
    assert all(d.fix is not None and d.fix.replacement == "インド" for d in on_india)


@SETTINGS
@given(text=texts)
def test_fixes_change_only_the_reported_spans(everything, text):
    diagnostics = lint_texts(everything, {"t.txt": text})
    for d in diagnostics:
        if d.fix is not None:
            assert d.location.start <= d.fix.start <= d.fix.end <= d.location.end, d
    fixes = [d.fix for d in diagnostics if d.fix is not None]
    fixed, _ = apply(text, fixes, unsafe=True)
    # Walk the result: outside the applied fixes, the original text, the
    # same bytes in any encoding; inside, exactly what a fix proposed.
    pos = out = 0
    for f in choose(fixes, unsafe=True):
        kept = text[pos:f.start]
        assert fixed[out:out + len(kept)] == kept
        for encoding in ("utf-8", "utf-16-le", "utf-32-le"):
            assert fixed[out:out + len(kept)].encode(encoding, "surrogatepass") == kept.encode(encoding, "surrogatepass")
        out += len(kept)
        replaced = f.replacement if text[f.start:f.end] != f.replacement else text[f.start:f.end]
        assert fixed[out:out + len(replaced)] == replaced
        out += len(replaced)
        pos = f.end
    assert fixed[out:] == text[pos:]


@SETTINGS
@given(text=texts)
def test_fixing_twice_changes_nothing_more_and_leaves_nothing_fixable(everything, text):
    once = fix_texts(everything, {"t.txt": text}).texts.get("t.txt", text)
    twice = fix_texts(everything, {"t.txt": once})
    assert twice.texts == {} and twice.applied == 0
    assert not [d for d in twice.diagnostics if d.fix is not None and d.fix.safe]


fix_lists = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6), st.text("xyzあい", max_size=3),
                               st.booleans()), max_size=12)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(text=st.text("abcdefgあいうえお", max_size=30), raw=fix_lists)
def test_overlapping_fixes_never_produce_text_no_fix_proposed(text, raw):
    fixes = [Fix(min(s, len(text)), min(s + n, len(text)), r, safe) for s, n, r, safe in raw]
    result, count = apply(text, fixes, unsafe=True)
    chosen = [f for f in choose(fixes, unsafe=True) if text[f.start:f.end] != f.replacement]
    assert count == len(chosen)
    for a, b in zip(chosen, chosen[1:]):
        assert a.end <= b.start and not (a.start == a.end == b.start == b.end)
    # The result is the original with exactly the chosen replacements spliced in.
    expected, pos = [], 0
    for f in chosen:
        expected += [text[pos:f.start], f.replacement]
        pos = f.end
    assert result == "".join(expected) + text[pos:]
    assert apply(text, fixes, unsafe=False)[0] == apply(text, [f for f in fixes if f.safe], unsafe=False)[0]


# -- writing ------------------------------------------------------------------

def test_writes_keep_permission_bits(tmp_path):
    path = tmp_path / "post.txt"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new" and stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["post.txt"]


@pytest.mark.parametrize("failure", [OSError("disk full"), KeyboardInterrupt()])
def test_an_interrupted_write_leaves_the_old_file_and_no_debris(tmp_path, monkeypatch, failure):
    path = tmp_path / "post.txt"
    path.write_bytes(b"old content")

    def interrupted(*args):
        raise failure

    monkeypatch.setattr(os, "fsync", interrupted)  # after the temporary file is written, before the swap
    with pytest.raises(type(failure)):
        write_atomic(path, b"new content")
    assert path.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["post.txt"]
    monkeypatch.undo()
    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(type(failure)):
        write_atomic(path, b"new content")
    assert path.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["post.txt"]


# -- the corpus ---------------------------------------------------------------

FIX_LINE = re.compile(r"^  (?P<path>[^\n]+?):(?P<line>\d+):(?P<col>\d+): (?P<rule>\S+) "
                      r"(?P<before>'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\") → ", re.M)


def _offset(starts: list[int], line: int, column: int) -> int:
    return starts[line - 1] + column - 1


def test_fixing_the_corpus_applies_exactly_what_check_offers_once(tmp_path, capsys):
    need_shared(SHARED / "corpora")
    work = tmp_path / "corpus"
    work.mkdir()
    (tmp_path / ".git").mkdir()
    for src in sorted((SHARED / "corpora").rglob("*.txt")) + [SEED]:
        shutil.copyfile(src, work / src.name)  # the reference data is read-only
    # The oracles yure is measured against: textlint's reference dictionary
    # and WEB+DB_PRESS.yml, whose entries can rewrite each other's results.
    dictionaries = [SHARED / "oracles" / "textlint-reference" / "seed-prh.yml",
                    SHARED / "oracles" / "prh-rules" / "media" / "WEB+DB_PRESS.yml"]
    args = ["check", "--isolated", "--exit-zero"] + [a for d in dictionaries for a in ("--rules", str(d))]
    before = {p.name: p.read_bytes() for p in work.iterdir()}

    # What check offers as fixable, applied once to the text as read ...
    code, out, err = run(args + ["--format", "json", "corpus"], tmp_path, capsys)
    assert code == 0, err
    offered: dict[str, list[Fix]] = {}
    for f in json.loads(out):
        if f["fix"] is not None and f["fix"]["safe"]:
            name = Path(f["path"]).name
            text = before[name].decode("utf-8")
            starts = [0] + [m.end() for m in re.finditer("\n", text)]
            offered.setdefault(name, []).append(Fix(_offset(starts, f["line"], f["column"]),
                                                    _offset(starts, f["end_line"], f["end_column"]),
                                                    f["fix"]["replacement"]))
    assert sum(map(len, offered.values())) > 100
    expected = {name: apply(before[name].decode("utf-8"), fixes)[0].encode("utf-8")
                for name, fixes in offered.items()}
    # ... is what --fix writes, and the listing names each of those fixes.
    code, out, err = run(args + ["--fix", "--show-fixes", "corpus"], tmp_path, capsys)
    assert code == 0, err
    assert len(FIX_LINE.findall(out)) == int(re.search(r"Fixed (\d+) problems", out).group(1)) \
        == sum(map(len, offered.values()))
    after = {p.name: p.read_bytes() for p in work.iterdir()}
    assert after == {**before, **expected}
    assert sum(after[name] != before[name] for name in before) >= 2


def test_rules_that_undo_each_other_are_reported_not_applied(project, capsys):
    (project / "a.yml").write_text("version: 1\nrules:\n  - expected: コンピューター\n    pattern: /コンピュータ(?!ー)/\n",
                                   encoding="utf-8")
    (project / "b.yml").write_text("version: 1\nrules:\n  - expected: コンピュータ\n    pattern: コンピューター\n",
                                   encoding="utf-8")
    text = "コンピュータの話。インディアの話。\n"
    path = project / "post.txt"
    path.write_text(text, encoding="utf-8")
    args = ["check", "--isolated", "--rules", "a.yml", "--rules", "b.yml", "--rules", "india.yaml", "--no-builtin"]
    code, out, _ = run(args + ["--fix", "post.txt"], project, capsys)
    assert code == 1
    assert path.read_text(encoding="utf-8") == "コンピュータの話。インドの話。\n"  # the rest is fixed
    assert "打ち消し合うため自動修正しません" in out
    code, _, _ = run(args + ["--fix", "post.txt"], project, capsys)
    assert path.read_text(encoding="utf-8") == "コンピュータの話。インドの話。\n"


def test_a_rule_that_matches_its_own_replacement_has_no_fix(project, capsys):
    (project / "grow.yml").write_text("version: 1\nrules:\n  - expected: Debian GNU/Linux\n    pattern: Debian\n",
                                      encoding="utf-8")
    path = project / "post.txt"
    path.write_text("Debianを使う。\n", encoding="utf-8")
    code, out, _ = run(["check", "--isolated", "--no-builtin", "--rules", "grow.yml", "--format", "json", "post.txt"],
                       project, capsys)
    [finding] = json.loads(out)
    assert finding["fix"] is None  # still reported, as textlint-rule-prh reports it
    run(["check", "--isolated", "--no-builtin", "--rules", "grow.yml", "--fix", "post.txt"], project, capsys)
    assert path.read_text(encoding="utf-8") == "Debianを使う。\n"
