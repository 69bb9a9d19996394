"""Structure rules apply to blog posts, not to every document with a familiar heading."""

from __future__ import annotations

import pytest

from conftest import SHARED, need_shared, run_yure

README = """# csvtool

## 概要

csvtool は表を整える小さな道具です。

## 使い方

ファイル名を渡して実行します。

## 詳細

区切り文字は自動で見分けます。
"""

POST_WITHOUT_TITLE = """【概要】
 港の再開発が決まった。
【詳細】
 工事は来月に始まる。
"""


def structure(findings):
    return sorted(f["rule"] for f in findings if f["category"] == "structure")


def test_a_readme_with_familiar_headings_is_not_a_post(tmp_path):
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    result = run_yure("check", "--format", "json", "README.md", cwd=tmp_path)
    assert result.code == 0, result.out + result.err
    assert result.json() == []


def test_files_the_configuration_names_as_posts_are_checked_without_title_lines(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "harbor.txt").write_text(POST_WITHOUT_TITLE, encoding="utf-8")
    (tmp_path / "notes.txt").write_text(POST_WITHOUT_TITLE, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.yure]\nposts = ["posts/*.txt"]\n', encoding="utf-8")
    found = run_yure("check", "--format", "json", "--exit-zero", ".", cwd=tmp_path).json()
    in_posts = structure(f for f in found if f["path"].startswith("posts"))
    assert "sections.missing" in in_posts
    assert structure(f for f in found if f["path"] == "notes.txt") == []


def test_a_titled_post_is_checked_wherever_it_is(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "p.txt").write_text("港の再開発2025年03月01日 10:00\n" + POST_WITHOUT_TITLE, encoding="utf-8")
    found = run_yure("check", "--format", "json", "--exit-zero", "p.txt", cwd=tmp_path).json()
    assert "sections.missing" in structure(found)


@pytest.mark.parametrize("name", ["readme.md", "readme2.md"])
def test_the_reference_readmes_pass(name):
    path = need_shared(SHARED / "fp-cases" / name)
    result = run_yure("check", "--isolated", "--format", "json", str(path))
    assert structure(result.json()) == []
