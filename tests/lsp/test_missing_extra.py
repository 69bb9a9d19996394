"""`yure lsp` without the lsp extra says how to install it."""

from __future__ import annotations

from tests.conftest import run_yure


def test_without_pygls_the_server_names_the_extra(tmp_path):
    # A pygls that cannot be imported stands for an install without the extra.
    (tmp_path / "pygls").mkdir()
    (tmp_path / "pygls" / "__init__.py").write_text("raise ImportError('not installed')\n", encoding="utf-8")
    result = run_yure("lsp", cwd=tmp_path, env={"PYTHONPATH": str(tmp_path)})
    assert result.code == 2
    assert result.err.strip() == "yure: error: `yure lsp` needs pygls: pip install 'yure[lsp]'"
