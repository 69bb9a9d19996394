"""A real client (pytest-lsp) driving ``yure lsp`` over standard input and output."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any, Callable, Optional


try:
    import pytest_asyncio
    import pytest_lsp
    from lsprotocol import types
except ImportError:  # each test module that needs them skips, saying why
    pytest_asyncio = pytest_lsp = types = None  # type: ignore[assignment]

SKIP_REASON = "pygls and pytest-lsp are not installed: pip install -e '.[test]'"

ROOT = Path(__file__).resolve().parents[2]
WAIT = 60.0  # seconds a test waits for the server before it fails


def server_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


class Session:
    """A client connected to a server whose workspace is ``folder``."""

    def __init__(self, client: Any, folder: Path):
        self.client = client
        self.folder = folder
        self.versions: dict[str, int] = {}

    def uri(self, name: str) -> str:
        return (self.folder / name).as_uri()

    def open(self, name: str, text: str, language: str = "markdown", write: bool = True) -> str:
        path = self.folder / name
        if write:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        uri = path.as_uri()
        self.versions[uri] = 1
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))
        return uri

    def change(self, uri: str, text: str, range_: Optional[types.Range] = None) -> int:
        self.versions[uri] += 1
        change: Any = (types.TextDocumentContentChangeWholeDocument(text=text) if range_ is None
                       else types.TextDocumentContentChangePartial(range=range_, text=text))
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            content_changes=[change]))
        return self.versions[uri]

    def save(self, uri: str) -> None:
        self.client.text_document_did_save(types.DidSaveTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))

    async def diagnostics(self, uri: str, until: Callable[[list], bool] = lambda d: True,
                          timeout: float = WAIT) -> list[types.Diagnostic]:
        """The diagnostics of ``uri`` once published for its current version and ``until`` them."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            found = self.client.diagnostics.get(uri)
            if found is not None and until(list(found)) and self._current(uri):
                return list(found)
            if loop.time() > deadline:
                raise AssertionError(f"no diagnostics as expected for {uri}: {found}")
            await asyncio.sleep(0.02)

    def _current(self, uri: str) -> bool:
        version = self.published_versions.get(uri)
        return uri not in self.versions or version is None or version == self.versions[uri]

    @property
    def published_versions(self) -> dict[str, Optional[int]]:
        return getattr(self.client, "yure_versions", {})


def _published(ls: Any, params: types.PublishDiagnosticsParams) -> None:
    """pytest-lsp's handler, also keeping the version the diagnostics are for."""
    ls.diagnostics[params.uri] = params.diagnostics
    ls.yure_versions[params.uri] = params.version
    ls.yure_counts[params.uri] = ls.yure_counts.get(params.uri, 0) + 1


def _registered(ls: Any, params: types.RegistrationParams) -> None:
    ls.registrations.extend(params.registrations)


def _client() -> Any:
    from pygls.protocol import default_converter
    from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

    client = pytest_lsp.LanguageClient(converter_factory=default_converter)
    client.yure_versions = {}
    client.yure_counts = {}
    client.registrations = []
    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: _published,
                                   types.CLIENT_REGISTER_CAPABILITY: _registered})
    return client


async def start(folder: Path, capabilities: str = "visual-studio-code", env: Optional[dict] = None,
                initialization_options: Any = None, more_folders: tuple = ()) -> Session:
    for each in (folder, *more_folders):
        (each / ".git").mkdir(parents=True, exist_ok=True)  # the configuration search stops here
    client = _client()
    await client.start_io(sys.executable, "-m", "lint", "lsp", env=env or server_env())
    await client.initialize_session(types.InitializeParams(
        capabilities=pytest_lsp.client_capabilities(capabilities), root_uri=folder.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=f.as_uri(), name=f.name) for f in (folder, *more_folders)],
        initialization_options=initialization_options))
    return Session(client, folder)


async def stop(session: Session) -> None:
    await session.client.shutdown_session()
    await session.client.stop()


if pytest_asyncio is not None:
    @pytest_asyncio.fixture
    async def lsp(tmp_path: Path):
        session = await start(tmp_path / "ws")
        yield session
        await stop(session)
