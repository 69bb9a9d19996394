"""The version is stated once per place a user reads it, and they agree.

pre-commit checks out the README snippet's ``rev`` as a git tag, so the
snippet must name the tag of the version being released.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import yaml

import lint
from conftest import ROOT

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def readme_precommit_revs() -> list[str]:
    """The ``rev`` of every repository in the README's pre-commit snippets that names one."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Pre-commit\n", 1)[1].split("\n## ", 1)[0]
    revs = []
    for block in re.findall(r"```yaml\n(.*?)```", section, re.S):
        for repo in yaml.safe_load(block)["repos"]:
            if "rev" in repo:
                revs.append(repo["rev"])
    return revs


def test_the_readme_pre_commit_rev_is_the_tag_of_this_version():
    version = project_version()
    assert lint.__version__ == version
    revs = readme_precommit_revs()
    assert revs, "the README's pre-commit section has no snippet with a rev"
    assert set(revs) == {f"v{version}"}


def git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)


def test_the_tag_of_this_version_exists_and_is_this_version():
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if git("rev-parse", "--is-inside-work-tree").stdout.strip() != "true":
        pytest.skip(f"{ROOT} is not a git checkout")
    tags = git("tag", "--list").stdout.split()
    if not tags:
        pytest.skip("this checkout has no tags (cloned with --no-tags, or the release is not tagged yet)")
    version = project_version()
    tag = f"v{version}"
    assert tag in tags, f"the README's pre-commit snippet needs the tag {tag}; this checkout has {sorted(tags)}"
    at_tag = git("show", f"{tag}:pyproject.toml")
    assert at_tag.returncode == 0, at_tag.stderr
    assert tomllib.loads(at_tag.stdout)["project"]["version"] == version
    # pre-commit reads the hooks from the tagged commit.
    assert git("cat-file", "-e", f"{tag}:.pre-commit-hooks.yaml").returncode == 0
