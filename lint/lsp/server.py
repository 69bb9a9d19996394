"""``yure lsp``: the language server (pygls, over standard input and output).

Documents are linted on open, on save and, after a pause in typing, on
change, in a background thread (see :mod:`lint.lsp.lanes`), so that
requests are answered while a long document is linted.  Only the latest
text of a folder is linted: while a lint runs, further changes make one
more lint when it ends.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method

from lint import __version__
from lint.leave import leave
from lint.lsp import actions, convert
from lint.lsp.documents import Documents, path_to_uri, uri_to_path
from lint.lsp.positions import PositionMap
from lint.lsp.project import Finding, Problem
from lint.lsp.lanes import BIG, Lane
from lint.lsp.session import Outcome, Snapshot

log = logging.getLogger("yure.lsp")
DEBOUNCE = 0.1  # seconds after the last change before linting
WATCHED = ["**/.yure.yaml", "**/.yure.yml", "**/pyproject.toml", "**/*.yaml", "**/*.yml"]


@dataclass
class _Rejected:
    """A request whose parameters could not be read: it is answered with the error."""

    msg_id: Any
    error: Any


class YureProtocol(LanguageServerProtocol):
    """pygls's protocol, except that the documents are kept by yure (see
    :mod:`lint.lsp.documents`), not by pygls's workspace, and that a request
    with parameters of the wrong shape gets an error response (pygls logs it
    and leaves the client waiting)."""

    def structure_message(self, data: Any) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if isinstance(data, dict) and data.get("id") is not None and "method" in data:
                return _Rejected(data["id"], exc)
            raise

    def handle_message(self, message: Any) -> None:
        if isinstance(message, _Rejected):
            self._send_response(message.msg_id, error=message.error.to_response_error())
            return
        super().handle_message(message)

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params: types.DidOpenTextDocumentParams):
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_OPEN)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params: types.DidCloseTextDocumentParams):
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CLOSE)) is not None:
            yield handler, (params,), None


@dataclass
class Linted:
    """The findings last published for a document, and the text they are about."""

    version: Optional[int]
    text: str
    positions: PositionMap
    findings: list[Finding]
    root: Path
    complete: bool = True  # False: from the quick lane, without the folder's big documents


class YureServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("yure", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
                         protocol_cls=YureProtocol)
        self.documents = Documents()
        self.main_lane = Lane("yure-lint")
        self.quick_lane = Lane("yure-lint-quick")
        self.folders = self.main_lane.folders
        self.linted: dict[str, Linted] = {}
        self.problem_diagnostics: dict[Path, dict[str, list[types.Diagnostic]]] = {}
        self.debounce = DEBOUNCE
        self.shutting_down = False
        self._timers: dict[Path, asyncio.TimerHandle] = {}
        self._sent: dict[str, tuple[Optional[int], list[types.Diagnostic]]] = {}

    def report_server_error(self, error: Exception, source: Any) -> None:
        """Faults (a message that is not JSON, say) go to the log, not to a pop-up."""
        self.window_log_message(types.LogMessageParams(type=types.MessageType.Error,
                                                       message=f"yure lsp: {type(error).__name__}: {error}"))

    # -- scheduling -------------------------------------------------------

    def schedule(self, root: Path, delay: float = 0.0) -> None:
        timer = self._timers.pop(root, None)
        if timer is not None:
            timer.cancel()
        self._timers[root] = asyncio.get_running_loop().call_later(delay, self._lint, root)

    def schedule_all(self, delay: float = 0.0) -> None:
        for root in {self.folders.root_of(doc) for doc in self.documents} | set(self.folders.projects):
            self.schedule(root, delay)

    def _lint(self, root: Path) -> None:
        self._timers.pop(root, None)
        sizes = [len(d.text) for d in self.documents if self.folders.root_of(d) == root]
        if any(size > BIG for size in sizes) and any(size <= BIG for size in sizes):
            asyncio.ensure_future(self.quick_lane.run(root, lambda: self._snapshots(root, BIG),
                                                      lambda outcome: self._publish(outcome, complete=False)))
        asyncio.ensure_future(self.main_lane.run(root, lambda: self._snapshots(root), self._publish))

    def _snapshots(self, root: Path, most: Optional[int] = None) -> list[Snapshot]:
        """The open documents of ``root`` (of at most ``most`` characters)."""
        return [Snapshot(d.uri, d.version, self.folders.name_of(d, root), d.lint_text(), d.saved)
                for d in self.documents
                if self.folders.root_of(d) == root and (most is None or len(d.text) <= most)]

    async def in_lint_thread(self, fn: Any, *args: Any) -> Any:
        """Run ``fn`` where the lints run: it may use the folders' projects."""
        return await self.main_lane.call(fn, *args)

    # -- publishing -------------------------------------------------------

    def _publish(self, outcome: Outcome, complete: bool = True) -> None:
        if not complete:  # what the quick lane could not do, the main lane reports
            outcome.logs, outcome.problems, outcome.skipped = [], [], []
        for level, message in outcome.logs:
            kind = {logging.ERROR: types.MessageType.Error, logging.WARNING: types.MessageType.Warning}.get(
                level, types.MessageType.Log)
            self.window_log_message(types.LogMessageParams(type=kind, message=message))
        for uri in outcome.skipped:
            doc = self.documents.get(uri)
            if self.linted.pop(uri, None) is not None or doc is not None:
                self._send(uri, [], doc.version if doc else None)
        for uri, (snapshot, findings) in outcome.linted.items():
            doc = self.documents.get(uri)
            if doc is None or doc.version != snapshot.version:
                continue  # changed since: the next lint publishes
            known = self.linted.get(uri)
            if not complete and known is not None and known.complete and known.version == snapshot.version:
                continue  # the full lint of this text is in already
            self.linted[uri] = Linted(snapshot.version, doc.text, doc.positions, findings, outcome.root, complete)
        for uri in outcome.linted:
            if uri in self.linted and self.linted[uri].root == outcome.root:
                self._publish_uri(uri)
        if complete:
            self._publish_problems(outcome.root, outcome.problems)

    def _publish_uri(self, uri: str) -> None:
        linted = self.linted.get(uri)
        diagnostics = []
        if linted is not None:
            locate = self._locator(linted.root)
            diagnostics = [convert.diagnostic(f, linted.positions, locate) for f in linted.findings]
        for by_uri in self.problem_diagnostics.values():
            diagnostics.extend(by_uri.get(uri, []))
        self._send(uri, diagnostics, linted.version if linted else None)

    def _send(self, uri: str, diagnostics: list[types.Diagnostic], version: Optional[int]) -> None:
        # Every open document of a folder is linted after each edit of one
        # (scope: run): only what changed is sent.
        if self._sent.get(uri) == (version, diagnostics):
            return
        self._sent[uri] = (version, diagnostics)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version))

    def _locator(self, root: Path) -> Any:
        def locate(name: str) -> Optional[tuple[str, PositionMap]]:
            path = root / name
            for uri, linted in self.linted.items():
                if linted.root == root and uri_to_path(uri) == str(path):
                    return uri, linted.positions
            return None
        return locate

    def _publish_problems(self, root: Path, problems: list[Problem]) -> None:
        """Configuration and rule file problems as diagnostics on those files."""
        by_uri: dict[str, list[types.Diagnostic]] = {}
        for problem in problems:
            if not problem.path or problem.path.startswith("<"):
                continue
            severity = types.DiagnosticSeverity.Warning if problem.stopped else types.DiagnosticSeverity.Error
            line_text = _line_of(problem.path, problem.line)
            diagnostic = convert.problem_diagnostic(problem, severity, line_text)
            by_uri.setdefault(path_to_uri(problem.path), [])
            if diagnostic not in by_uri[path_to_uri(problem.path)]:
                by_uri[path_to_uri(problem.path)].append(diagnostic)
        before = self.problem_diagnostics.get(root, {})
        self.problem_diagnostics[root] = by_uri
        for uri in set(before) | set(by_uri):
            if before.get(uri) != by_uri.get(uri):
                self._publish_uri(uri)

    def findings_at(self, uri: str, start: int, end: int) -> tuple[Optional[Linted], list[Finding]]:
        """The current findings of ``uri`` that touch ``[start, end]``."""
        linted = self.linted.get(uri)
        doc = self.documents.get(uri)
        if linted is None or doc is None or doc.version != linted.version:
            return None, []
        return linted, [f for f in linted.findings if f.start <= end and start <= f.end]


def _line_of(path: str, line: Optional[int]) -> Optional[str]:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            for number, text in enumerate(fh, 1):
                if number == (line or 1):
                    return text.rstrip("\r\n")
    except OSError:
        pass
    return None


def build() -> YureServer:
    server = YureServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: YureServer, params: types.InitializeParams) -> None:
        encoding = ls.workspace.position_encoding or "utf-16"
        ls.documents.encoding = str(getattr(encoding, "value", encoding))
        folders = [uri_to_path(f.uri) for f in params.workspace_folders or []]
        if not folders and params.root_uri:
            folders = [uri_to_path(params.root_uri)]
        elif not folders and params.root_path:
            folders = [params.root_path]
        ls.folders.set_roots([f for f in folders if f])
        options = params.initialization_options
        if isinstance(options, dict) and isinstance(options.get("debounce"), (int, float)):
            ls.debounce = max(0.0, options["debounce"] / 1000)

    @server.feature(types.INITIALIZED)
    def initialized(ls: YureServer, params: types.InitializedParams) -> None:
        watch = ls.client_capabilities.workspace
        if watch and watch.did_change_watched_files and watch.did_change_watched_files.dynamic_registration:
            options = types.DidChangeWatchedFilesRegistrationOptions(
                watchers=[types.FileSystemWatcher(glob_pattern=g) for g in WATCHED])
            ls.client_register_capability(types.RegistrationParams(registrations=[types.Registration(
                id="yure-watch", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options)]))

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: YureServer, *args: Any) -> None:
        ls.shutting_down = True

    @server.feature(types.EXIT)
    def exit_now(ls: YureServer, *args: Any) -> None:
        # Leaving normally would wait for a lint in progress (a long
        # document, a slow rule): the editor wants the process gone now.
        leave(0 if ls.shutting_down else 1)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: YureServer, params: types.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        doc = ls.documents.open(item.uri, item.text, item.version, item.language_id)
        ls.schedule(ls.folders.root_of(doc))

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: YureServer, params: types.DidChangeTextDocumentParams) -> None:
        doc = ls.documents.get(params.text_document.uri)
        if doc is None:
            log.warning("change of a document that is not open: %s", params.text_document.uri)
            return
        doc.apply(list(params.content_changes), params.text_document.version)
        doc.saved = False
        ls.schedule(ls.folders.root_of(doc), ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: YureServer, params: types.DidSaveTextDocumentParams) -> None:
        doc = ls.documents.get(params.text_document.uri)
        path = uri_to_path(params.text_document.uri)
        if path is not None and ls.folders.watches(path):
            ls.schedule_all()
        if doc is not None:
            doc.saved = params.text is None or params.text == doc.text
            ls.schedule(ls.folders.root_of(doc))

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: YureServer, params: types.DidCloseTextDocumentParams) -> None:
        doc = ls.documents.close(params.text_document.uri)
        ls.linted.pop(params.text_document.uri, None)
        ls._publish_uri(params.text_document.uri)
        if doc is not None:
            ls.schedule(ls.folders.root_of(doc))  # scope: run findings of the others may change

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_changed(ls: YureServer, params: types.DidChangeWatchedFilesParams) -> None:
        ls.schedule_all()

    @server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    def folders_changed(ls: YureServer, params: types.DidChangeWorkspaceFoldersParams) -> None:
        roots = {str(r) for r in ls.folders.roots}
        roots -= {uri_to_path(f.uri) for f in params.event.removed}
        roots |= {uri_to_path(f.uri) for f in params.event.added}
        ls.folders.set_roots([r for r in roots if r])
        ls.schedule_all()

    actions.register(server)
    return server


def serve() -> None:
    import gc

    logging.basicConfig(level=logging.WARNING, format="yure lsp: %(levelname)s: %(message)s")
    # A lint makes many small acyclic objects that reference counting frees:
    # collecting cycles less often saves time and no memory (as the CLI does).
    gc.set_threshold(20_000, 20, 100)
    build().start_io()
    leave(0)  # the client closed the connection
