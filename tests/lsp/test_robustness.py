"""Whatever the client sends, the server keeps answering."""

from __future__ import annotations

import asyncio
import json

import pytest

from tests.lsp.conftest import SKIP_REASON

types = pytest.importorskip("lsprotocol.types", reason=SKIP_REASON)
pytest.importorskip("pytest_lsp", reason=SKIP_REASON)

from tests.lsp.conftest import start, stop

pytestmark = pytest.mark.asyncio


async def _still_answers(session) -> None:
    """A new document is linted and a request is answered."""
    n = len(session.versions)
    uri = session.open(f"probe{n}.md", "キエフの話。\n")
    found = await session.diagnostics(uri, lambda d: len(d) > 0)
    assert [d.code for d in found] == ["kyiv"]
    hover = await asyncio.wait_for(session.client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(0, 1))), 30)
    assert "kyiv" in hover.contents.value


def _raw(session, body: bytes, header: bytes = b"") -> None:
    head = header or b"Content-Length: %d\r\n\r\n" % len(body)
    session.client.protocol.writer.write(head + body)


async def test_malformed_messages(lsp):
    _raw(lsp, b"{this is not json")
    _raw(lsp, b'{"jsonrpc": "2.0", "no": "method"}')
    _raw(lsp, b'[1, 2, 3]')
    _raw(lsp, b"", header=b"Content-Length: many\r\n\r\n")
    _raw(lsp, b"", header=b"garbage line\r\n")
    await _still_answers(lsp)


async def _raw_request(session, method: str, params) -> object:
    """Send a request as bytes (a client's typed requests cannot be malformed); the response's error."""
    from concurrent.futures import Future

    msg_id = f"raw-{method}"
    future: Future = Future()
    session.client.protocol._request_futures[msg_id] = future
    _raw(session, json.dumps({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params}).encode())
    with pytest.raises(Exception) as error:
        await asyncio.wait_for(asyncio.wrap_future(future), 30)
    return error.value


async def test_requests_with_bad_params_or_unknown_methods_get_errors(lsp):
    bad = await _raw_request(lsp, types.TEXT_DOCUMENT_HOVER, {"textDocument": 5})
    assert "invalid" in str(bad).lower()
    unknown = await _raw_request(lsp, "yure/noSuchMethod", {})
    assert "method" in str(unknown).lower()
    negative = await _raw_request(lsp, types.TEXT_DOCUMENT_HOVER, {
        "textDocument": {"uri": lsp.uri("x.md")}, "position": {"line": -1, "character": 0}})
    assert "invalid" in str(negative).lower()
    # Positions far outside the document, and documents never opened.
    hover = await lsp.client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=lsp.uri("never.md")), position=types.Position(5, 5)))
    assert hover is None
    lsp.client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=lsp.uri("never.md"), version=3),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text="x")]))
    uri = lsp.open("post.md", "キエフ\n")
    await lsp.diagnostics(uri, lambda d: len(d) > 0)
    lsp.change(uri, "!", types.Range(types.Position(99, 99), types.Position(120, 0)))
    await lsp.diagnostics(uri, lambda d: len(d) > 0)
    actions = await lsp.client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(types.Position(0, 0), types.Position(2**31 - 1, 2**31 - 1)),
        context=types.CodeActionContext(diagnostics=[])))
    assert any(a.title.startswith("Replace") for a in actions)
    await _still_answers(lsp)


async def test_text_in_an_encoding_json_cannot_carry(lsp):
    # A didOpen whose body is Shift_JIS, not UTF-8: it cannot be read at all.
    body = json.dumps({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": lsp.uri("sjis.md"), "languageId": "markdown", "version": 1, "text": "@@"}}}).encode("ascii")
    _raw(lsp, body.replace(b"@@", "キエフ".encode("cp932")))
    # Lone surrogates (what is left of undecodable text) are linted in place.
    uri = lsp.uri("surrogate.md")
    lsp.versions[uri] = 1
    body = json.dumps({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": "a\ud800\udfffb\udc00キエフ\n"}}})
    _raw(lsp, body.encode("ascii"))
    [kyiv] = await lsp.diagnostics(uri, lambda d: len(d) > 0)
    assert (kyiv.range.start.character, kyiv.range.end.character) == (5, 8)
    # A NUL byte: a binary file, not linted (as yure check skips it).
    binary = lsp.open("binary.md", "キエフ\x00\x01\x02\n")
    assert await lsp.diagnostics(binary) == []
    await _still_answers(lsp)


async def test_a_five_megabyte_line(lsp):
    unit = "あいうえお𠮷かきくけこ" * 9000 + "キエフ。"  # a finding every 100,000 characters
    line = unit * (5_000_000 // len(unit))
    uri = lsp.open("huge.md", line, write=False)
    await _still_answers(lsp)  # answered while the long line is linted
    found = await lsp.diagnostics(uri, lambda d: len(d) > 0, timeout=240)
    assert len(found) == line.count("キエフ")
    last = max(found, key=lambda d: d.range.start.character)
    start = line.rindex("キエフ")
    assert last.range.start.line == 0
    assert last.range.start.character == start + line[:start].count("𠮷")
    # an edit at its end is linted too
    lsp.change(uri, "を訪れ、翌日もキエフ", types.Range(last.range.end, last.range.end))
    await lsp.diagnostics(uri, lambda d: len(d) == len(found) + 1, timeout=240)


async def test_a_catastrophic_regex_is_stopped_and_reported_on_its_rule(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / ".yure.yaml").write_text("rules: [slow.yaml]\nregex-timeout: 0.5\n", encoding="utf-8")
    slow = folder / "slow.yaml"
    slow.write_text("rules:\n  - id: slow\n    kind: variants\n    expected: イ\n"
                    "    patterns: ['/(ア|アア)+イ/']\n", encoding="utf-8")
    session = await start(folder)
    try:
        uri = session.open("post.md", "キエフで" + "ア" * 60 + "ウイ。\n")
        found = await session.diagnostics(uri, lambda d: len(d) > 0)
        assert [d.code for d in found] == ["kyiv"]
        [stopped] = await session.diagnostics(slow.as_uri(), lambda d: len(d) > 0)
        assert stopped.severity == types.DiagnosticSeverity.Warning
        assert stopped.range.start.line == 1 and "regex stopped" in stopped.message
        assert any("regex stopped" in m.message for m in session.client.log_messages)
        await _still_answers(session)
    finally:
        await stop(session)


async def test_exit_does_not_wait_for_a_lint_in_progress(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / ".yure.yaml").write_text("rules: [slow.yaml]\nregex-timeout: 120\n", encoding="utf-8")
    (folder / "slow.yaml").write_text("rules:\n  - id: slow\n    kind: variants\n    expected: イ\n"
                                      "    patterns: ['/(ア|アア)+イ/']\n", encoding="utf-8")
    session = await start(folder)
    server = session.client._server
    session.open("post.md", "ア" * 80 + "ウイ。\n")  # a lint of two minutes
    await asyncio.sleep(1)
    await session.client.shutdown_async(None)
    session.client.exit(None)
    assert await asyncio.wait_for(server.wait(), 60) == 0
    await session.client.stop()


async def test_small_documents_do_not_wait_for_a_big_one(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / ".yure.yaml").write_text("rules: [slow.yaml]\nregex-timeout: 120\n", encoding="utf-8")
    (folder / "slow.yaml").write_text("rules:\n  - id: slow\n    kind: variants\n    expected: イ\n"
                                      "    patterns: ['/(ア|アア)+イ/']\n", encoding="utf-8")
    session = await start(folder)
    server = session.client._server
    big = session.open("archive.md", "ア" * 80 + "ウイ。\n" + "あ" * 600_000 + "\n", write=False)
    await asyncio.sleep(0.5)  # its lint (two minutes, for the slow rule) has begun
    small = session.open("post.md", "キエフの話。\n")
    found = await session.diagnostics(small, lambda d: len(d) > 0)
    assert [d.code for d in found] == ["kyiv"]
    assert big not in session.client.diagnostics
    await session.client.shutdown_async(None)
    session.client.exit(None)
    await asyncio.wait_for(server.wait(), 60)
    await session.client.stop()
