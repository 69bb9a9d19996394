"""The shipped katakana lexicon is what its build script makes from Sudachi's dictionary."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata

import pytest

from conftest import ROOT


def test_the_shipped_lexicon_is_up_to_date():
    pytest.importorskip("sudachipy", reason="rebuilding the lexicon needs yure[sudachi]")
    built_from = re.search(r"sudachidict_core (\d+)", (ROOT / "lint" / "data" / "NOTICE").read_text()).group(1)
    installed = metadata.version("sudachidict_core")
    if installed != built_from:
        pytest.skip(f"the lexicon was built from sudachidict_core {built_from}; {installed} is installed")
    proc = subprocess.run([sys.executable, "-m", "lint.text.lexicon_build", "--check"], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
