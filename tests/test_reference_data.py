"""Tests that read the reference data find it beside the checkout or where YURE_TEST_DATA points."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import DATA_VARIABLE, ROOT, need_shared


def located(env_value: str | None) -> list[str]:
    """SHARED and SEED as a fresh test run sees them, with the variable set or not."""
    env = {k: v for k, v in os.environ.items() if k != DATA_VARIABLE}
    if env_value is not None:
        env[DATA_VARIABLE] = env_value
    code = "import conftest; print(conftest.SHARED); print(conftest.SEED)"
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT / "tests", env=env,
                          capture_output=True, text=True, check=True)
    return proc.stdout.splitlines()


def test_the_variable_points_the_tests_at_the_data(tmp_path):
    data = tmp_path / "reference"
    (data / "seeds").mkdir(parents=True)
    shared, seed = located(str(data))
    assert shared == str(data)
    assert seed.startswith(str(data / "seeds") + os.sep)
    assert located(None)[0] == str(ROOT.parent / "shared")
    assert located("")[0] == str(ROOT.parent / "shared")  # set but empty: as if unset


def test_absent_data_skips_and_says_how_to_provide_it(tmp_path, monkeypatch):
    monkeypatch.delenv(DATA_VARIABLE, raising=False)
    with pytest.raises(pytest.skip.Exception) as skipped:
        need_shared(tmp_path / "nowhere")
    assert DATA_VARIABLE in str(skipped.value) and "nowhere" in str(skipped.value)
    assert need_shared(tmp_path) == tmp_path


def test_a_variable_pointing_nowhere_fails_instead_of_skipping(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_VARIABLE, str(tmp_path / "missing"))
    with pytest.raises(pytest.fail.Exception) as failed:
        need_shared(tmp_path / "missing" / "seeds")
    assert "is not a folder" in str(failed.value)
    # Pointing at real data that lacks one file skips that test only.
    monkeypatch.setenv(DATA_VARIABLE, str(tmp_path))
    with pytest.raises(pytest.skip.Exception) as skipped:
        need_shared(tmp_path / "corpora")
    assert "corpora" in str(skipped.value) and DATA_VARIABLE in str(skipped.value)
