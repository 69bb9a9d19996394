"""End to end in a real editor: headless Neovim opens a post with キエフ,
waits for yure's diagnostic, applies its quick fix, and the buffer says キーウ."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.lsp.conftest import SKIP_REASON, server_env

pytest.importorskip("pygls", reason=SKIP_REASON)

SCRIPT = Path(__file__).with_name("nvim_quickfix.lua")


def test_neovim_applies_the_quick_fix(tmp_path):
    nvim = shutil.which("nvim")
    if nvim is None:
        pytest.skip("Neovim is not installed (.ci/run installs it with apt-get where it can)")
    folder = tmp_path / "ws"
    (folder / ".git").mkdir(parents=True)
    post = folder / "post.md"
    post.write_text("# 会議 ― 2025年06月04日 12:00\n\n各国の代表が😀キエフで会議を開いた。\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    env = server_env(YURE_POST=str(post), YURE_OUT=str(out),
                     YURE_CMD=json.dumps([sys.executable, "-m", "lint", "lsp"]),
                     XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
                     XDG_STATE_HOME=str(tmp_path / "state"))
    subprocess.run([nvim, "--headless", "--clean", "-n", "-c", f"luafile {SCRIPT}"], env=env, cwd=folder,
                   stdin=subprocess.DEVNULL, capture_output=True, timeout=180)
    status, _, buffer = out.read_text(encoding="utf-8").partition("\n")
    assert status == "ok", buffer
    assert buffer.split("\n")[2] == "各国の代表が😀キーウで会議を開いた。"
    assert "キエフ" not in buffer
