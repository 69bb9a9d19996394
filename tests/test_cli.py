"""The command line: exit codes, formats, fixes, config, errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import ROOT

POST = """試験の記事2025年01月02日 03:04
【概要】
 インディアの代表が来日した。
【詳細】
 代表団は三日間滞在した。
【要点】
 ・インディアの代表が来日した。
【引用・参照・底本】
Delegation visits Tokyo Example Wire 2025.01.02
https://wire.example.org/delegation
"""
CLEAN = POST.replace("インディア", "インド")


@pytest.fixture
def project(tmp_path):
    (tmp_path / ".git").mkdir()  # stop config discovery here
    (tmp_path / "post.txt").write_text(POST, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def no_traceback(result):
    assert "Traceback" not in result.err and "Traceback" not in result.out


def test_exit_codes_clean_findings_error(yure, project):
    assert yure("check", "clean.txt", cwd=project).code == 0
    r = yure("check", "post.txt", cwd=project)
    assert r.code == 1
    assert "post.txt:3:2: india [*] 「インディア」は「インド」と表記します" in r.out
    assert "    → インド" in r.out
    assert "Found 2 problems (2 fixable with --fix)." in r.out
    missing = yure("check", "nope.txt", cwd=project)
    assert missing.code == 2
    assert missing.err.strip() == "yure: error: nope.txt: no such file or directory"
    no_traceback(missing)


def test_folder_walk_and_empty_folder(yure, project):
    (project / "notes").mkdir()
    (project / "notes" / "a.py").write_text("print()", encoding="utf-8")
    r = yure("check", ".", "--format", "json", cwd=project)
    assert r.code == 1 and {d["path"] for d in r.json()} == {"post.txt"}
    empty = yure("check", "notes", cwd=project)
    assert empty.code == 2 and "no files to lint" in empty.err


def test_json_contract(yure, project):
    r = yure("check", "--format", "json", "post.txt", cwd=project)
    data = r.json()
    assert isinstance(data, list) and len(data) == 2
    first = data[0]
    assert set(first) >= {"path", "line", "column", "end_line", "end_column", "rule", "category", "severity",
                          "message", "fix"}
    assert (first["path"], first["line"], first["column"], first["end_line"], first["end_column"]) == (
        "post.txt", 3, 2, 3, 7)
    assert first["rule"] == "india" and first["category"] == "spelling" and first["severity"] == "warning"
    assert first["fix"]["replacement"] == "インド" and first["fix"]["safe"] is True
    clean = yure("check", "--format", "json", "clean.txt", cwd=project)
    assert clean.code == 0 and clean.json() == []


def test_github_and_sarif_formats(yure, project):
    gh = yure("check", "--format", "github", "post.txt", cwd=project)
    lines = gh.out.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("::warning file=post.txt,line=3,col=2,endLine=3,endColumn=7,title=india::")
    sarif = json.loads(yure("check", "--format", "sarif", "post.txt", cwd=project).out)
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert results[0]["ruleId"] == "india"
    assert results[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3


def test_colour_only_when_asked_or_on_a_tty(yure, project):
    assert "\x1b[" not in yure("check", "post.txt", cwd=project).out
    assert "\x1b[" in yure("check", "--color", "always", "post.txt", cwd=project).out


def test_select_ignore_and_unknown_ids(yure, project):
    text = POST.replace("【要点】\n ・インディアの代表が来日した。\n", "")
    (project / "post.txt").write_text(text, encoding="utf-8")
    rules_of = lambda *a: {d["rule"] for d in yure("check", "--format", "json", *a, "post.txt", cwd=project).json()}
    assert rules_of() == {"india", "sections.missing"}
    assert rules_of("--select", "structure") == {"sections.missing"}
    assert rules_of("--ignore", "india,sections") == set()
    assert rules_of("--select", "news-names") == {"india"}
    bad = yure("check", "--select", "indai", "post.txt", cwd=project)
    assert bad.code == 2 and "unknown rule id or category 'indai'" in bad.err
    no_traceback(bad)


def test_fix_and_diff(yure, project):
    diff = yure("check", "--diff", "post.txt", cwd=project)
    assert diff.code == 1
    assert "- インディアの代表が来日した。" in diff.out and "+ インドの代表が来日した。" in diff.out
    assert (project / "post.txt").read_text(encoding="utf-8") == POST  # nothing written
    fixed = yure("check", "--fix", "post.txt", cwd=project)
    assert fixed.code == 0
    assert "Fixed 2 problems." in fixed.out
    assert (project / "post.txt").read_text(encoding="utf-8") == CLEAN
    assert yure("check", "--diff", "post.txt", cwd=project).code == 0


def test_unsafe_fixes_need_the_flag(yure, project):
    (project / "r.yaml").write_text("""rules:
  - id: guess
    kind: variants
    expected: 代表者
    patterns: [代表団]
    fix: unsafe
""", encoding="utf-8")
    r = yure("check", "--rules", "r.yaml", "--select", "guess", "post.txt", cwd=project)
    assert "guess [unsafe fix]" in r.out
    yure("check", "--fix", "--rules", "r.yaml", "--select", "guess", "post.txt", cwd=project)
    assert "代表団" in (project / "post.txt").read_text(encoding="utf-8")
    yure("check", "--fix", "--unsafe-fixes", "--rules", "r.yaml", "--select", "guess", "post.txt", cwd=project)
    assert "代表団" not in (project / "post.txt").read_text(encoding="utf-8")


def test_stdin_with_a_filename_and_fix(yure, project):
    md = "# 題\n\n`インディア` はコード、インディアは本文。\n"
    r = yure("check", "-", "--stdin-filename", "note.md", "--format", "json", cwd=project, stdin=md.encode())
    assert r.code == 1 and [(d["path"], d["column"]) for d in r.json()] == [("note.md", 14)]
    fixed = yure("check", "-", "--fix", "--stdin-filename", "note.md", cwd=project, stdin=md.encode())
    assert fixed.out == md.replace("、インディア", "、インド")
    assert fixed.code == 0


def test_config_in_pyproject_and_yaml(yure, project):
    (project / "pyproject.toml").write_text('[tool.yure]\nignore = ["india"]\n', encoding="utf-8")
    assert yure("check", "post.txt", cwd=project).code == 0
    sub = project / "sub"
    sub.mkdir()
    (sub / "house.yaml").write_text("""rules:
  - id: delegation
    kind: variants
    expected: 使節団
    patterns: [代表団]
""", encoding="utf-8")
    (sub / ".yure.yaml").write_text("rules: [house.yaml]\nselect: [delegation]\n", encoding="utf-8")
    (sub / "post.txt").write_text(POST, encoding="utf-8")
    r = yure("check", "--format", "json", "post.txt", cwd=sub)
    assert {d["rule"] for d in r.json()} == {"delegation"}
    assert yure("check", "--isolated", "--format", "json", "post.txt", cwd=sub).code == 1


@pytest.mark.parametrize("name, content, fragment", [
    ("pyproject.toml", '[tool.yure]\nignroe = ["india"]\n', "unknown key 'ignroe'"),
    ("pyproject.toml", '[tool.yure\n', "invalid TOML"),
    (".yure.yaml", "select: [india\n", "invalid YAML"),
    (".yure.yaml", "rules: [missing.yaml]\n", "rule file not found"),
])
def test_config_errors_exit_2_and_name_the_file(yure, project, name, content, fragment):
    (project / name).write_text(content, encoding="utf-8")
    r = yure("check", "post.txt", cwd=project)
    assert r.code == 2
    assert fragment in r.err
    assert name.split(".")[0] in r.err or "missing.yaml" in r.err
    assert len(r.err.strip().splitlines()) == 1
    no_traceback(r)


def test_bad_rule_file_on_the_command_line(yure, project):
    (project / "bad.yaml").write_text("rules:\n  - id: x\n    kind: variants\n    expected: a\n"
                                      "    patterns: ['/[/']\n", encoding="utf-8")
    r = yure("check", "--rules", "bad.yaml", "post.txt", cwd=project)
    assert r.code == 2
    assert r.err.startswith("yure: error: bad.yaml:5: rule 'x': bad regex")
    no_traceback(r)


def test_binary_and_undecodable_files_are_skipped_with_a_notice(yure, project):
    (project / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (project / "broken.txt").write_bytes(b"not \x80\x81\xa0 text")
    r = yure("check", "--format", "json", "image.txt", "broken.txt", "post.txt", cwd=project)
    assert r.code == 2
    assert "image.txt:3: binary file" in r.err
    assert "broken.txt" in r.err
    assert {d["path"] for d in r.json()} == {"post.txt"}
    no_traceback(r)


def test_rules_explain_and_test_rules(yure, project):
    listing = yure("rules", cwd=project)
    assert listing.code == 0
    assert any(line.startswith("india ") for line in listing.out.splitlines())
    as_json = json.loads(yure("rules", "--format", "json", cwd=project).out)
    assert len(as_json) >= 150 and {"id", "kind", "category", "severity", "fix"} <= set(as_json[0])
    explained = yure("explain", "kyiv", cwd=project)
    assert explained.code == 0 and "キーウ" in explained.out and "safe fix" in explained.out
    sub = yure("explain", "sections.missing", cwd=project)
    assert sub.code == 0 and "sections.missing" in sub.out and "sections.order" not in sub.out
    unknown = yure("explain", "nothing-here", cwd=project)
    assert unknown.code == 2 and "unknown rule id" in unknown.err
    (project / "mine.yaml").write_text("rules:\n  - id: a\n    kind: variants\n    expected: インド\n"
                                       "    patterns: [インディア]\n    tests:\n      - pass: インディア\n",
                                       encoding="utf-8")
    failing = yure("test-rules", "mine.yaml", cwd=project)
    assert failing.code == 2 and "mine.yaml:7: rule 'a': expected no finding" in failing.err
    ok = yure("test-rules", str(ROOT / "rules" / "blog-structure.yaml"), cwd=project)
    assert ok.code == 0 and "cases passed" in ok.out


def test_examples_in_the_repo_show_findings(yure):
    r = yure("check", "examples/")
    assert r.code == 1
    rules = {line.split()[1] for line in r.out.splitlines() if line.startswith("examples/")}
    assert {"india", "kyiv", "timofeev", "sections.missing", "citation.outlet", "black-sea",
            "contradiction.number"} <= rules
    assert "コードブロック" not in r.out
    assert yure("check", "examples/clean").code == 0


def test_jobs_give_the_same_findings_in_the_same_order(yure, project):
    # Files that disagree with each other (run-wide consistency) and with themselves.
    for i in range(6):
        text = POST if i % 2 else CLEAN
        (project / f"post{i}.txt").write_text(text.replace("三日間", f"{i + 2}日間"), encoding="utf-8")
    serial = yure("check", "--format", "json", "-j", "1", ".", cwd=project)
    parallel = yure("check", "--format", "json", "-j", "3", ".", cwd=project)
    assert serial.code == parallel.code == 1
    assert serial.out == parallel.out
    assert len({d["path"] for d in serial.json()}) >= 3
    # --fix in workers writes the same files as --fix alone.
    copy = project / "copy"
    copy.mkdir()
    for p in project.glob("*.txt"):
        (copy / p.name).write_bytes(p.read_bytes())
    (copy / ".git").mkdir()
    assert yure("check", "--fix", "-j", "1", ".", cwd=project).code == yure("check", "--fix", "-j", "2", ".", cwd=copy).code
    for p in project.glob("*.txt"):
        assert (copy / p.name).read_bytes() == p.read_bytes()
    assert yure("check", "-j", "0", ".", cwd=project).code == 2


def test_a_small_check_imports_only_what_it_uses(project):
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from lint.cli import cli\n"
        "try:\n"
        "    cli.main(['check', '--isolated', '-q', 'post.txt'], standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )

    def modules(source):
        proc = subprocess.run([sys.executable, "-c", source], cwd=project, capture_output=True, text=True,
                              env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
        return set(proc.stdout.split("\n")[-2].split())

    # What the interpreter loads before any of yure (a site-packages .pth
    # file may import certifi, and with it tempfile) is not yure's doing.
    at_start = modules("import sys\nprint(' '.join(sorted(sys.modules)))\n")
    modules(code)  # the first run fills the rule-set cache
    loaded = modules(code) - at_start
    assert "lint.engine" in loaded and "lint.kinds.contradiction" in loaded  # it did lint
    for unused in ("lint.fix", "yaml", "lint.ruleset.yamlload", "lint.report.json_format", "lint.report.sarif_format",
                   "lint.report.github_format", "lint.kinds.prh.jscomments", "lint.kinds.prh.dictionary", "sudachipy", "multiprocessing",
                   "tempfile", "hashlib"):
        assert unused not in loaded, unused


def test_a_large_file_split_by_posts_gives_the_same_findings(default_linter, monkeypatch):
    # Many posts in one file: the per-post checks run in worker processes.
    from lint.engine import per_post
    from lint.engine.batch import auto_jobs, lint_texts

    example = (Path(__file__).parent.parent / "examples" / "news-digest.txt").read_text(encoding="utf-8")
    # Each copy different, so a share's findings cannot stand in for another's.
    text = "\n".join(example.replace("約14日間", f"約{i + 20}日間") for i in range(12))
    texts = {"archive.txt": text}
    serial = lint_texts(default_linter, texts, jobs=1)
    assert sum(d.category == "contradiction" for d in serial) >= 12
    monkeypatch.setattr(per_post, "MIN_CHARS", 1000)
    started = []
    real_start = per_post.start
    monkeypatch.setattr(per_post, "start", lambda *a: started.append(1) or real_start(*a))
    split = lint_texts(default_linter, texts, jobs=3)
    assert started
    # The split belongs to that run only: the next one-process run starts none.
    lint_texts(default_linter, texts, jobs=1)
    assert len(started) == 1
    assert [(d.location.start, d.location.end, d.rule, d.message) for d in split] == \
        [(d.location.start, d.location.end, d.rule, d.message) for d in serial]
    # Not given, --jobs splits one large file, and leaves a small one alone.
    assert auto_jobs(texts) == (os.cpu_count() or 1)
    assert auto_jobs({"post.txt": example}) == 1


def test_json_and_sarif_hold_every_finding_one_per_line(default_linter):
    from types import SimpleNamespace

    from lint.report import render
    from lint.engine.batch import lint_texts

    text = (ROOT / "examples" / "news-digest.txt").read_text(encoding="utf-8")
    found = lint_texts(default_linter, {"a.txt": text, "b.txt": text.replace("インディア", "インド")})
    assert len(found) > 5
    listed = render("json", found)
    rows = json.loads(listed)
    assert [(r["path"], r["line"], r["rule"]) for r in rows] == [(d.path, d.location.line, d.rule) for d in found]
    assert listed.count("\n") == len(found) + 2  # "[", a line per finding, "]"
    assert json.loads(render("json", [])) == []
    # A rule description holding the placeholder the results are spliced
    # into does not confuse the SARIF writer.
    from lint.report.sarif_format import RESULTS_SLOT

    rules = {d.rule: SimpleNamespace(description=RESULTS_SLOT) for d in found}
    sarif = json.loads(render("sarif", found, rules=rules))
    run = sarif["runs"][0]
    assert [r["ruleId"] for r in run["results"]] == [d.rule for d in found]
    assert {r["fullDescription"]["text"] for r in run["tool"]["driver"]["rules"]} == {RESULTS_SLOT}
    assert json.loads(render("sarif", []))["runs"][0]["results"] == []


def test_main_leaves_the_cycle_collector_as_it_found_it():
    """main turns the collector off while yure loads; a caller that had it
    on gets it back on, one that had it off keeps it off."""
    import gc

    from lint.cli import main

    try:
        for was_on in (True, False):
            gc.enable() if was_on else gc.disable()
            try:
                main(["rules", "--help"])
            except SystemExit:
                pass
            assert gc.isenabled() is was_on
    finally:
        gc.enable()


def test_commands_other_than_check_collect_from_the_start():
    """Only check loads what lasts the whole run; rules, discover, lsp and the
    others run with the collector on."""
    import gc

    from lint import cli as cli_module

    seen = []

    @cli_module.cli.command("probe-gc")
    def probe() -> None:
        seen.append(gc.isenabled())

    try:
        try:
            cli_module.main(["probe-gc"])
        except SystemExit:
            pass
    finally:
        cli_module.cli.commands.pop("probe-gc", None)
        gc.enable()
    assert seen == [True]
