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
    assert "yure = lint.cli:run" in text


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


def requirements(wheel) -> list:
    from packaging.requirements import Requirement

    archive = zipfile.ZipFile(wheel)
    metadata = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
    return [Requirement(line.split(":", 1)[1].strip())
            for line in archive.read(metadata).decode("utf-8").splitlines() if line.startswith("Requires-Dist:")]


@pytest.mark.parametrize("implementation, machine, expected", [
    ("CPython", "x86_64", True),    # Linux and macOS on Intel/AMD
    ("CPython", "AMD64", True),     # Windows
    ("CPython", "aarch64", True),   # Linux on ARM
    ("CPython", "arm64", True),     # macOS on Apple silicon
    ("CPython", "ppc64le", False),  # no wheel: the pure-Python scan, no compiler needed
    ("CPython", "i686", False),
    ("PyPy", "x86_64", False),
])
def test_the_default_install_brings_the_automaton_where_it_ships_wheels(wheel, implementation, machine, expected):
    automaton = [r for r in requirements(wheel) if r.name == "pyahocorasick" and "extra" not in str(r.marker)]
    assert len(automaton) == 1, "pyahocorasick is not a dependency of the default install"
    env = {"platform_python_implementation": implementation, "platform_machine": machine}
    assert automaton[0].marker.evaluate(env) is expected
