"""Findings of unchanged files reused between runs, and never after a change."""

from __future__ import annotations

import pickle
import sys

from pathlib import Path

import pytest

from lint.engine import FileResult
from lint.errors import RegexTimeout
from lint.cache.results import ResultCache, fingerprint

RULES = """rules:
  - id: india
    kind: variants
    expected: インド
    patterns: [インディア]
  - id: ukraine
    kind: variants
    expected: ウクライナ
    patterns: [ウクライナー]
"""
TEXT = "インディアの首相はウクライナーを訪れた。\n"
MARK = "FROM-THE-CACHE"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder with one post and one rule file, and a cache folder of its own."""
    where = tmp_path / "project"
    where.mkdir()
    (where / "post.txt").write_text(TEXT, encoding="utf-8")
    (where / "rules.yaml").write_text(RULES, encoding="utf-8")
    cache = tmp_path / "cache"
    monkeypatch.setenv("YURE_CACHE_DIR", str(cache))
    monkeypatch.delenv("YURE_NO_CACHE", raising=False)
    return where


def results(folder):
    folder = folder.parent / "cache"
    return sorted(folder.glob("results-*.pickle")) if folder.exists() else []


def check(yure, project, *extra):
    return yure("check", "--isolated", "--no-builtin", "--rules", "rules.yaml", "--format", "json", *extra,
                "post.txt", cwd=project)


def mark_entries(project):
    """Rewrite every stored finding's message and fix, so a run that reads the cache shows it."""
    for entry in results(project):
        key, result = pickle.loads(entry.read_bytes())
        for d in result.diagnostics:
            d.message = MARK
            if d.fix is not None:
                d.fix = d.fix._replace(replacement=MARK)
        entry.write_bytes(pickle.dumps((key, result)))


def messages(res):
    return [d["message"] for d in res.json()]


def test_an_unchanged_file_is_answered_from_the_cache(yure, project):
    first = check(yure, project)
    assert first.code == 1 and len(first.json()) == 2
    assert len(results(project)) == 1
    mark_entries(project)
    second = check(yure, project)
    assert second.code == 1
    assert messages(second) == [MARK, MARK]
    assert [d["fix"]["replacement"] for d in second.json()] == [MARK, MARK]
    # Everything but the message and the fix is what the first run reported.
    def rest(res):
        return [{k: v for k, v in d.items() if k not in ("message", "fix")} for d in res.json()]

    assert rest(second) == rest(first)


@pytest.mark.parametrize("change", ["text", "rule file", "select", "ignore", "config", "path"])
def test_any_change_that_can_alter_findings_is_a_miss(yure, project, change):
    check(yure, project)
    mark_entries(project)
    extra: list[str] = []
    if change == "text":
        (project / "post.txt").write_text(TEXT + "インディアは広い。\n", encoding="utf-8")
    elif change == "rule file":
        (project / "rules.yaml").write_text(RULES.replace("ウクライナー]", "ウクライナー, ウクライナア]"),
                                            encoding="utf-8")
    elif change == "select":
        extra = ["--select", "india"]
    elif change == "ignore":
        extra = ["--ignore", "india"]
    elif change == "config":
        (project / ".yure.yaml").write_text("per-file-ignores:\n  post.txt: [ukraine]\n", encoding="utf-8")
        res = yure("check", "--no-builtin", "--rules", "rules.yaml", "--format", "json", "post.txt", cwd=project)
        fresh = yure("check", "--no-cache", "--no-builtin", "--rules", "rules.yaml", "--format", "json",
                     "post.txt", cwd=project)
        assert MARK not in res.out and res.out == fresh.out and len(res.json()) == 1
        return
    elif change == "path":
        (project / "post.txt").rename(project / "renamed.txt")
        res = yure("check", "--isolated", "--no-builtin", "--rules", "rules.yaml", "--format", "json",
                   "renamed.txt", cwd=project)
        assert MARK not in res.out and {d["path"] for d in res.json()} == {"renamed.txt"}
        return
    res = check(yure, project, *extra)
    fresh = check(yure, project, "--no-cache", *extra)
    assert MARK not in res.out
    assert res.out == fresh.out


def test_no_cache_neither_reads_nor_writes(yure, project):
    check(yure, project)
    mark_entries(project)
    before = [(p.name, p.stat().st_mtime_ns) for p in results(project)]
    res = check(yure, project, "--no-cache")
    assert MARK not in res.out and len(res.json()) == 2
    (project / "post.txt").write_text(TEXT + "\n", encoding="utf-8")
    check(yure, project, "--no-cache")
    assert [(p.name, p.stat().st_mtime_ns) for p in results(project)] == before


def test_cache_false_in_the_configuration_turns_it_off(yure, project):
    (project / ".yure.yaml").write_text("cache: false\nbuiltin: false\nrules: [rules.yaml]\n", encoding="utf-8")
    res = yure("check", "--format", "json", "post.txt", cwd=project)
    assert res.code == 1 and len(res.json()) == 2
    assert results(project) == []


def test_identical_texts_in_one_run_are_each_linted(yure, project):
    (project / "copy.txt").write_text(TEXT, encoding="utf-8")
    res = yure("check", "--isolated", "--no-builtin", "--rules", "rules.yaml", "--format", "json",
               "post.txt", "copy.txt", cwd=project)
    assert sorted(d["path"] for d in res.json()) == ["copy.txt", "copy.txt", "post.txt", "post.txt"]
    assert len(results(project)) == 2


def test_fix_and_diff_do_not_read_the_cache(yure, project):
    check(yure, project)
    mark_entries(project)
    diff = check(yure, project, "--diff")
    assert "+インドの首相はウクライナを訪れた。" in diff.out and MARK not in diff.out
    fixed = check(yure, project, "--fix")
    assert MARK not in fixed.out and fixed.code == 0
    assert (project / "post.txt").read_text(encoding="utf-8") == "インドの首相はウクライナを訪れた。\n"


def test_fix_stores_what_it_finds_in_the_fixed_file(yure, project):
    import os

    fixed = check(yure, project, "--fix")
    assert fixed.code == 0
    stored = results(project)
    assert stored  # the fixed text's findings (none) among them
    for entry in stored:
        os.utime(entry, ns=(10**9, 10**9))
    again = check(yure, project)
    assert again.code == 0 and again.json() == []
    # Answered from an entry --fix wrote: nothing new stored, one entry used.
    assert results(project) == stored
    assert sum(entry.stat().st_mtime_ns != 10**9 for entry in stored) == 1


def test_an_unreadable_entry_is_a_miss(yure, project):
    check(yure, project)
    for entry in results(project):
        entry.write_bytes(b"not a pickle")
    res = check(yure, project)
    assert res.code == 1 and len(res.json()) == 2 and not res.err


def test_cross_file_findings_still_come_from_the_whole_run(yure, tmp_path, monkeypatch):
    """Run-wide checks (a spelling used in one file, another in a second) see cached files too."""
    monkeypatch.setenv("YURE_CACHE_DIR", str(tmp_path / "cache"))
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - id: server\n    kind: consistency\n    forms: [サーバー, サーバ]\n"
                     "    scope: run\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("サーバーを入れ替えた。\nサーバーは新しい。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("サーバを止めた。\n", encoding="utf-8")
    args = ("check", "--isolated", "--no-builtin", "--rules", str(rules), "--format", "json", "a.txt", "b.txt")
    first = yure(*args, cwd=tmp_path)
    assert first.code == 1 and first.json(), first.err
    (tmp_path / "a.txt").write_text("サーバーを入れ替えた。\nサーバーは新しい。\nサーバーを足した。\n",
                                    encoding="utf-8")
    second = yure(*args, cwd=tmp_path)  # b.txt from the cache, a.txt linted again
    fresh = yure(*args, "--no-cache", cwd=tmp_path)
    assert second.out == fresh.out and "b.txt" in second.out


def test_a_result_with_a_stopped_rule_is_not_stored(tmp_path):
    from lint.engine.batch import store_result

    cache = ResultCache(tmp_path, "f")
    stopped = FileResult("a.txt", [], problems=[RegexTimeout("stopped", "rules.yaml", 3, "slow")])
    store_result(cache, cache.key("a.txt", "x"), stopped)
    assert list(tmp_path.iterdir()) == []
    store_result(cache, cache.key("a.txt", "x"), FileResult("a.txt", []))
    assert cache.get(cache.key("a.txt", "x"), FileResult) is not None
    assert cache.get(cache.key("a.txt", "y"), FileResult) is None


def test_the_least_recently_used_entries_are_pruned(tmp_path, monkeypatch):
    import os

    import lint.cache.results as rc

    entry_of = {}  # key → the file its put wrote

    def put(cache, name):
        key = cache.key(name, "")
        before = set(tmp_path.iterdir())
        cache.put(key, FileResult(name, []))
        entry_of.setdefault(key, *(set(tmp_path.iterdir()) - before))
        return entry_of[key]

    monkeypatch.setattr(rc, "MAX_ENTRIES", 3)
    earlier = ResultCache(tmp_path, "f")  # an earlier run
    names = ["first", "second", "third", "fourth"]  # written in this order
    for i, name in enumerate(names):
        os.utime(put(earlier, name), ns=((i + 1) * 10**9, (i + 1) * 10**9))
    cache = ResultCache(tmp_path, "f")  # this run: it reads one and writes none
    cache.get(cache.key("first", ""), FileResult)
    cache.prune()
    assert len(list(tmp_path.iterdir())) == 4  # a run that wrote nothing never prunes
    put(cache, "fifth")
    os.utime(entry_of[cache.key("first", "")], ns=(1, 1))  # its time no longer counts: this run used it
    cache.prune()  # five entries, over three: down to nine tenths of three, two; this run's two stay
    kept = {name for name in names + ["fifth"] if cache.get(cache.key(name, ""), FileResult) is not None}
    assert kept == {"first", "fifth"}
    # Of entries no run has used since, the most recent are kept.
    monkeypatch.setattr(rc, "MAX_ENTRIES", 4)
    for i, name in enumerate(["second", "third", "fourth"]):
        os.utime(put(earlier, name), ns=((i + 1) * 10**9, (i + 1) * 10**9))
    later = ResultCache(tmp_path, "f")
    later.put(later.key("sixth", ""), FileResult("sixth", []))
    later.prune()  # six entries, over four: down to three, the one this run wrote and the two newest others
    kept = {name for name in names + ["fifth", "sixth"] if later.get(later.key(name, ""), FileResult) is not None}
    assert kept == {"sixth", "first", "fifth"}


def test_a_run_of_more_files_than_the_limit_keeps_all_it_used(tmp_path, monkeypatch):
    # Pruning entries the run itself read or wrote would make every run of
    # a large tree lint part of it again.
    import lint.cache.results as rc

    monkeypatch.setattr(rc, "MAX_ENTRIES", 3)
    first = ResultCache(tmp_path, "f")
    for i in range(6):
        first.put(first.key(f"p{i}", ""), FileResult(f"p{i}", []))
    first.prune()
    second = ResultCache(tmp_path, "f")
    assert all(second.get(second.key(f"p{i}", ""), FileResult) is not None for i in range(6))


def test_the_fingerprint_follows_rule_content_and_settings(tmp_path):
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    base = fingerprint([str(rules)], "settings")
    assert fingerprint([str(rules)], "settings") == base
    assert fingerprint([str(rules)], "other settings") != base
    rules.write_text(RULES + "\n", encoding="utf-8")
    assert fingerprint([str(rules)], "settings") != base


def test_yure_no_cache_in_the_environment_turns_it_off(yure, project, monkeypatch):
    monkeypatch.setenv("YURE_NO_CACHE", "1")
    res = check(yure, project)
    assert res.code == 1 and len(res.json()) == 2
    assert results(project) == []


def test_installing_or_upgrading_sudachi_changes_the_fingerprint(tmp_path):
    # Which installs are present is looked up once per process: each
    # fingerprint is taken in a process of its own, as each yure run is.
    import os
    import subprocess

    from conftest import ROOT

    site = tmp_path / "site"

    def fresh_fingerprint():
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)])}
        code = "from lint.cache.results import fingerprint; print(fingerprint([], 'settings'))"
        return subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True,
                              text=True).stdout

    before = fresh_fingerprint()
    assert fresh_fingerprint() == before
    fake = site / "sudachipy"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("", encoding="utf-8")
    installed = fresh_fingerprint()
    assert installed != before
    os.utime(fake / "__init__.py", ns=(10**9, 10**9))  # another install of it
    assert fresh_fingerprint() != installed


def test_an_entry_holding_something_else_is_a_miss(yure, project):
    check(yure, project)
    for entry in results(project):
        key, _ = pickle.loads(entry.read_bytes())
        entry.write_bytes(pickle.dumps((key, ["not", "a", "result"])))
    res = check(yure, project)
    assert res.code == 1 and len(res.json()) == 2 and not res.err


def test_a_cache_folder_that_cannot_be_written_is_ignored(yure, project, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("YURE_CACHE_DIR", str(blocker))
    res = check(yure, project)
    assert res.code == 1 and len(res.json()) == 2 and not res.err


# -- per-post results: an edited archive checks only its changed posts again --

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "news-digest.txt"


def copies(n: int = 12) -> list[str]:
    """Copies of the example's two posts that differ (each has its own number contradiction)."""
    example = EXAMPLE.read_text(encoding="utf-8")
    return [example.replace("約14日間", f"約{i + 20}日間") for i in range(n)]


def archive(parts: list[str]) -> str:
    return "\n".join(parts)


def rows(diagnostics):
    return [(d.location.path, d.location.start, d.location.end, d.location.line, d.location.column, d.rule,
             d.message, d.fix.replacement if d.fix else None, [(r.location.line, r.text) for r in d.related])
            for d in diagnostics]


@pytest.fixture
def checked_posts(monkeypatch):
    """How many posts the contradiction check analyses (rather than takes from the memo)."""
    from lint.kinds import KINDS

    kind = KINDS["contradiction"]
    calls = []
    real = kind.check_post

    def counting(doc, post, *args):
        calls.append(doc.text[post.start:post.end])
        return real(doc, post, *args)

    monkeypatch.setattr(kind, "check_post", counting)
    return calls


def post_texts(linter, text):
    doc = linter.parse(text, "a.txt")
    return [(doc.text[p.start:p.end], doc.masked[p.start:p.end]) for p in doc.posts]


EDITS = {
    "a detail changed": lambda parts: archive(parts).replace("約25日間", "約10日間"),
    "a line added at the top": lambda parts: "前置きの一文です。\n\n" + archive(parts),
    "two posts removed": lambda parts: archive(parts[:3] + parts[4:]),
    "two posts added at the end": lambda parts: archive(parts + copies(13)[12:]),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_only_the_changed_posts_of_an_edited_file_are_checked_again(edit, tmp_path, monkeypatch, default_linter,
                                                                   checked_posts):
    from lint.engine.batch import lint_texts

    monkeypatch.setenv("YURE_CACHE_DIR", str(tmp_path / "cache"))
    parts = copies()
    before = archive(parts)
    lint_texts(default_linter, {"a.txt": before}, 1, ResultCache.open([], "settings"))
    assert len(checked_posts) == len(post_texts(default_linter, before)) == 24  # a first run checks every post
    after = EDITS[edit](parts)
    assert after != before
    checked_posts.clear()
    cached = lint_texts(default_linter, {"a.txt": after}, 1, ResultCache.open([], "settings"))
    analysed = len(checked_posts)
    # The same findings, positions and messages (evidence line numbers
    # included) as a run without any cache ...
    assert rows(cached) == rows(lint_texts(default_linter, {"a.txt": after}, 1))
    assert any(d.category == "contradiction" for d in cached)
    # ... and only the posts whose text is new were analysed.
    known = set(post_texts(default_linter, before))
    changed = [p for p in post_texts(default_linter, after) if p not in known]
    assert analysed == len(changed) <= 2


def test_identical_posts_in_one_run_are_each_checked(tmp_path, monkeypatch, default_linter, checked_posts):
    from lint.engine.batch import lint_texts

    monkeypatch.setenv("YURE_CACHE_DIR", str(tmp_path / "cache"))
    example = EXAMPLE.read_text(encoding="utf-8")
    lint_texts(default_linter, {"a.txt": example + "\n" + example}, 1, ResultCache.open([], "settings"))
    assert len(checked_posts) == 4  # two posts, twice each: nothing reused within the run


def test_per_post_results_come_back_from_worker_processes(tmp_path, monkeypatch, default_linter, checked_posts):
    from lint.engine import per_post
    from lint.engine.batch import lint_texts

    monkeypatch.setenv("YURE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(per_post, "MIN_CHARS", 1000)  # split even this file over the workers
    before = archive(copies())
    split = lint_texts(default_linter, {"a.txt": before}, 2, ResultCache.open([], "settings"))
    assert checked_posts == []  # the posts were checked in the workers
    assert rows(split) == rows(lint_texts(default_linter, {"a.txt": before}, 1))
    checked_posts.clear()
    after = before.replace("約25日間", "約10日間")
    cached = lint_texts(default_linter, {"a.txt": after}, 1, ResultCache.open([], "settings"))
    assert len(checked_posts) == 1  # the workers' results were kept for this run
    assert rows(cached) == rows(lint_texts(default_linter, {"a.txt": after}, 1))


def test_per_post_results_are_kept_only_for_files_of_several_posts(tmp_path, monkeypatch, default_linter):
    from lint.engine.batch import lint_texts

    folder = tmp_path / "cache"
    monkeypatch.setenv("YURE_CACHE_DIR", str(folder))
    example = EXAMPLE.read_text(encoding="utf-8")
    doc = default_linter.parse(example, "a.txt")
    one_post = example[doc.posts[0].start:doc.posts[0].end]
    assert default_linter.parse(one_post, "one.txt").posts[0].end == len(one_post)
    lint_texts(default_linter, {"one.txt": one_post}, 1, ResultCache.open([], "settings"))
    # One post: its file's entry says all there is; no second file written.
    assert [p.name.split("-")[0] for p in folder.iterdir()] == ["results"]
    lint_texts(default_linter, {"two.txt": example}, 1, ResultCache.open([], "settings"))
    assert sorted(p.name.split("-")[0] for p in folder.iterdir()) == ["posts", "results", "results"]
