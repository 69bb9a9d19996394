from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The reference data (sample posts, corpora, other tools' dictionaries) is
# not part of the project: it lies beside the checkout as ../shared, or
# wherever YURE_TEST_DATA points.
DATA_VARIABLE = "YURE_TEST_DATA"


def reference_data() -> Path:
    """Where the reference data is looked for."""
    pointed = os.environ.get(DATA_VARIABLE)
    return Path(pointed).expanduser() if pointed else ROOT.parent / "shared"


SHARED = reference_data()
SEED = SHARED / "seeds" / "000_579c7d98fbda4370.txt"


@pytest.fixture(autouse=True, scope="session")
def _private_rule_cache(tmp_path_factory):
    """Tests (and the yure processes they start) use a cache folder of their own."""
    folder = tmp_path_factory.mktemp("yure-cache")
    old = os.environ.get("YURE_CACHE_DIR")
    os.environ["YURE_CACHE_DIR"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("YURE_CACHE_DIR", None)
    else:
        os.environ["YURE_CACHE_DIR"] = old


def need_shared(path: Path = SHARED) -> Path:
    """Skip (with the reason) when the reference data is not there.

    Pointed at with YURE_TEST_DATA, a folder that is not there is an error,
    not a reason to skip: the variable was set to run these tests.
    """
    if path.exists():
        return path
    pointed = os.environ.get(DATA_VARIABLE)
    if pointed:
        if not reference_data().is_dir():
            pytest.fail(f"{DATA_VARIABLE}={pointed} is not a folder")
        pytest.skip(f"{path} is not in the reference data at {DATA_VARIABLE}={pointed}")
    pytest.skip(f"{path} is not available: the reference data is not part of the project; "
                f"put it at {ROOT.parent / 'shared'} or set {DATA_VARIABLE} to its folder")


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


def run_yure(*args: str, cwd: Optional[Path] = None, stdin: Optional[bytes] = None,
             env: Optional[dict] = None) -> Result:
    """Run ``python -m lint`` as a user would, capturing exit code and output."""
    full_env = dict(os.environ)
    full_env.pop("NO_COLOR", None)
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    if env:
        full_env.update(env)
    proc = subprocess.run([sys.executable, "-m", "lint", *args], cwd=cwd or ROOT, input=stdin,
                          capture_output=True, env=full_env, timeout=300)
    return Result(proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))


@pytest.fixture
def yure():
    return run_yure


@pytest.fixture(scope="session")
def default_linter():
    from lint.engine import Linter
    from lint.ruleset.load import load_rules

    return Linter(load_rules([]))


def make_linter(yaml_text: str, tmp_path: Path, builtin=False, select=None, ignore=None):
    from lint.engine import Linter
    from lint.ruleset.load import load_rules
    from lint.engine.selection import Selection

    path = tmp_path / "rules.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    return Linter(load_rules([path], builtin), Selection(select or [], ignore or []))
