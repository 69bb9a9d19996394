"""The pre-commit round trip: a user's repository runs the yure hook."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from conftest import ROOT

POST = ("お知らせ2025年04月01日 10:00\n【概要】\n インディアの選挙について。\n【詳細】\n 投票は来月。\n"
        "【要点】\n ・来月に投票。\n【引用・参照・底本】\nElection notes Example Wire 2025.04.01\n"
        "https://wire.example.org/election\n")


def git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def user_repo(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    pytest.importorskip("pre_commit")
    repo = tmp_path / "blog"
    repo.mkdir()
    git("init", "-q", cwd=repo)
    git("config", "user.email", "writer@example.com", cwd=repo)
    git("config", "user.name", "Writer", cwd=repo)
    (repo / "post.txt").write_text(POST, encoding="utf-8")
    (repo / "script.py").write_text("print('インディア')\n", encoding="utf-8")
    git("add", ".", cwd=repo)
    return repo


def try_repo(repo, hook, tmp_path):
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pc-home"), NO_COLOR="1")
    import sys

    return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook, "--all-files",
                           "--color", "never"],
                          cwd=repo, capture_output=True, text=True, env=env, timeout=900)


def test_hook_fails_on_a_variant_and_fix_hook_rewrites(user_repo, tmp_path):
    result = try_repo(user_repo, "yure", tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "post.txt:3:2: india" in output
    assert "script.py" not in output  # only .txt/.md files are passed to the hook
    fixed = try_repo(user_repo, "yure-fix", tmp_path)
    assert fixed.returncode == 1  # files were modified, so pre-commit stops the commit
    assert (user_repo / "post.txt").read_text(encoding="utf-8") == POST.replace("インディア", "インド")
    again = try_repo(user_repo, "yure", tmp_path)
    assert again.returncode == 0, again.stdout + again.stderr
