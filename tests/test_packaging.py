"""The wheel carries the bundled rules; an installed yure needs no source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        pytest.fail("building the wheel failed:\n" + proc.stdout + proc.stderr)
    return next(out.glob("yure-*.whl"))


def test_wheel_contains_rules_and_entry_point(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    bundled = {n.rsplit("/", 1)[-1] for n in names if n.startswith("lint/_bundled_rules/")}
    expected = {p.name for p in (ROOT / "rules").glob("*.yaml")}
    assert expected and expected <= bundled
    entry = [n for n in names if n.endswith("entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry[0]).decode()
    assert "yure = lint.cli:main" in text


def test_unpacked_wheel_finds_its_rules_without_the_source_tree(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    (workdir / "post.txt").write_text("インディアの話。\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(site))
    proc = subprocess.run([sys.executable, "-c", "import lint.ruleset.bundled as r; print(r.bundled_rules_dir())"],
                          cwd=workdir, capture_output=True, text=True, env=env)
    assert proc.stdout.strip().startswith(str(site))
    check = subprocess.run([sys.executable, "-m", "lint", "check", "post.txt"], cwd=workdir,
                           capture_output=True, text=True, env=env)
    assert check.returncode == 1 and "india" in check.stdout
