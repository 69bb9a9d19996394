"""``yure lsp``: findings, quick fixes and explanations in any editor that
speaks the Language Server Protocol.  Needs the ``lsp`` extra (pygls)."""

from __future__ import annotations

import sys

INSTALL_HINT = "yure: error: `yure lsp` needs pygls: pip install 'yure[lsp]'"


def main() -> int:
    """Serve over standard input and output until the client says exit."""
    try:
        import lsprotocol  # noqa: F401  (installed with pygls)
        import pygls  # noqa: F401
    except ImportError:
        print(INSTALL_HINT, file=sys.stderr)
        return 2
    from lint.lsp.server import serve

    serve()
    return 0
