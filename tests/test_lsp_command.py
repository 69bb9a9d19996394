"""``yure lsp`` without the lsp extra: one line saying how to install it, exit 2."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def test_lsp_without_pygls_says_how_to_install_it():
    hide = "import sys; sys.modules['pygls'] = None; from lint.cli import main; main(['lsp'])"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", hide], capture_output=True, text=True, env=env, timeout=60,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.strip().splitlines() == ["yure: error: `yure lsp` needs pygls: pip install 'yure[lsp]'"]


def test_lsp_is_listed_in_the_help():
    proc = subprocess.run([sys.executable, "-m", "lint", "--help"], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60)
    assert "lsp" in proc.stdout


def test_lsp_stdio_flag_is_accepted_and_the_session_ends_cleanly():
    import json

    import pytest

    pytest.importorskip("pygls", reason="pygls is not installed: pip install -e '.[test]'")

    def message(body: dict) -> bytes:
        data = json.dumps(body).encode()
        return b"Content-Length: %d\r\n\r\n" % len(data) + data

    stdin = b"".join([
        message({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
        message({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
        message({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}),
        message({"jsonrpc": "2.0", "method": "exit"}),
    ])
    proc = subprocess.run([sys.executable, "-m", "lint", "lsp", "--stdio"], input=stdin, capture_output=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60)
    assert proc.returncode == 0
    assert b'"serverInfo": {"name": "yure"' in proc.stdout
    assert b'"id": 2, "jsonrpc": "2.0", "result": null' in proc.stdout
