"""Diagnostics on open, change and save: the findings of ``yure check``."""

from __future__ import annotations

import asyncio

import pytest

from tests.lsp.conftest import SKIP_REASON

types = pytest.importorskip("lsprotocol.types", reason=SKIP_REASON)
pytest.importorskip("pytest_lsp", reason=SKIP_REASON)

from tests.conftest import run_yure
from tests.lsp.conftest import start, stop
from tests.lsp.posts import CLEAN, POST

pytestmark = pytest.mark.asyncio


def _units(text: str, encoding: str) -> int:
    return len(text.encode(encoding)) // {"utf-16-le": 2, "utf-8": 1}[encoding]


def _expected(folder, name: str, encoding: str = "utf-16-le") -> list[tuple]:
    """``yure check --format json`` in ``folder``, as LSP ranges."""
    result = run_yure("check", "--format", "json", name, cwd=folder)
    lines = (folder / name).read_text(encoding="utf-8").split("\n")
    out = []
    for f in result.json():
        start = _units(lines[f["line"] - 1][:f["column"] - 1], encoding)
        end = _units(lines[f["end_line"] - 1][:f["end_column"] - 1], encoding)
        out.append((f["rule"], f["severity"], f["message"], f["line"] - 1, start, f["end_line"] - 1, end))
    return sorted(out)


SEVERITY = {1: "error", 2: "warning", 3: "info"}


def _seen(found) -> list[tuple]:
    return sorted((d.code, SEVERITY[d.severity], d.message, d.range.start.line, d.range.start.character,
                   d.range.end.line, d.range.end.character) for d in found)


async def test_open_gives_the_findings_of_check_in_utf16(lsp):
    uri = lsp.open("post.md", POST)
    found = await lsp.diagnostics(uri, lambda d: len(d) > 0)
    expected = _expected(lsp.folder, "post.md")
    assert len(expected) >= 4
    assert _seen(found) == expected
    # the title line: 😀 is two UTF-16 units before キエフ
    kyiv = [d for d in found if d.code == "kyiv" and d.range.start.line == 0]
    assert [(d.range.start.character, d.range.end.character) for d in kyiv] == [(4, 7)]
    # the 概要 line holds 𠮷 and 😀 before キエフ
    line4 = POST.split("\n")[4]
    kyiv4 = [d for d in found if d.code == "kyiv" and d.range.start.line == 4][0]
    assert kyiv4.range.start.character == _units(line4[:line4.index("キエフ")], "utf-16-le")
    assert all(d.source == "yure" for d in found)


async def test_utf8_positions_when_the_client_asks_for_them(tmp_path):
    session = await start(tmp_path / "ws", capabilities="neovim")
    try:
        uri = session.open("post.md", POST)
        found = await session.diagnostics(uri, lambda d: len(d) > 0)
        assert _seen(found) == _expected(session.folder, "post.md", "utf-8")
    finally:
        await stop(session)


async def test_contradiction_evidence_is_related_information(lsp):
    uri = lsp.open("post.md", POST)
    found = await lsp.diagnostics(uri, lambda d: any(x.code == "contradiction.number" for x in d))
    number = next(d for d in found if d.code == "contradiction.number")
    assert number.severity == types.DiagnosticSeverity.Warning or number.severity is not None
    [related] = number.related_information
    assert related.location.uri == uri
    detail_line = POST.split("\n").index(next(l for l in POST.split("\n") if l.startswith("会議はキエフで30日間")))
    assert related.location.range.start.line == detail_line
    assert "30日間" in related.message


async def test_change_relints_after_a_pause(lsp):
    uri = lsp.open("post.md", CLEAN)
    assert await lsp.diagnostics(uri) == []
    # Type キエフ into the 概要 sentence, one character at a time.
    line = CLEAN.split("\n").index("各国の代表がキーウで会議を開いた。")
    for i, ch in enumerate("キエフと"):
        lsp.change(uri, ch, types.Range(types.Position(line, 6 + i), types.Position(line, 6 + i)))
    found = await lsp.diagnostics(uri, lambda d: len(d) > 0)
    assert [(d.code, d.range.start.line, d.range.start.character, d.range.end.character) for d in found] == \
        [("kyiv", line, 6, 9)]
    assert lsp.published_versions[uri] == lsp.versions[uri]


async def test_save_lints_and_close_clears(tmp_path):
    # A long pause: only the save lints the changed text.
    session = await start(tmp_path / "ws", initialization_options={"debounce": 60_000})
    try:
        uri = session.open("post.md", CLEAN)
        assert await session.diagnostics(uri) == []
        session.change(uri, CLEAN.replace("代表がキーウで会議", "代表がキエフで会議"))
        await asyncio.sleep(0.5)
        assert list(session.client.diagnostics[uri]) == []
        session.save(uri)
        found = await session.diagnostics(uri, lambda d: len(d) > 0)
        assert {d.code for d in found} == {"kyiv"}
        session.client.text_document_did_close(types.DidCloseTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
        await session.diagnostics(uri, lambda d: d == [])
    finally:
        await stop(session)


async def test_txt_and_markdown_extensions_only(lsp):
    txt = lsp.open("notes.txt", "キエフで会議。\n", language="plaintext")
    markdown = lsp.open("notes.markdown", "キエフで会議。\n")
    other = lsp.open("notes.rst", "キエフで会議。\n", language="restructuredtext")
    assert {d.code for d in await lsp.diagnostics(txt, lambda d: len(d) > 0)} == {"kyiv"}
    assert {d.code for d in await lsp.diagnostics(markdown, lambda d: len(d) > 0)} == {"kyiv"}
    assert await lsp.diagnostics(other) == []
    # A buffer never saved is linted by its language (Markdown: not inside code).
    untitled = "untitled:Untitled-1"
    lsp.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=untitled, language_id="markdown", version=1, text="# 会議\n\nキエフで会議。`キエフ`\n")))
    found = await lsp.diagnostics(untitled, lambda d: len(d) > 0)
    assert [(d.code, d.range.start.line) for d in found] == [("kyiv", 2)]


async def test_scope_run_compares_the_open_documents(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / ".yure.yaml").write_text("rules: [house.yaml]\nbuiltin: false\n", encoding="utf-8")
    (folder / "house.yaml").write_text(
        "rules:\n  - id: ai\n    kind: consistency\n    forms: [ＡＩ, 人工知能]\n    scope: run\n", encoding="utf-8")
    session = await start(folder)
    try:
        one = session.open("one.md", "人工知能の話。\n")
        assert await session.diagnostics(one) == []
        two = session.open("two.md", "ＡＩの話。ＡＩの未来。\n")
        found = await session.diagnostics(one, lambda d: len(d) == 1)
        assert found[0].code == "ai"
        assert await session.diagnostics(two) == []
        session.client.text_document_did_close(types.DidCloseTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=two)))
        await session.diagnostics(one, lambda d: d == [])
    finally:
        await stop(session)


async def test_an_edit_republishes_only_what_changed(lsp):
    still = lsp.open("still.md", "キエフの話。\n")
    edited = lsp.open("edited.md", "会議の話。\n")
    await lsp.diagnostics(still, lambda d: len(d) == 1)
    await lsp.diagnostics(edited)
    sent = dict(lsp.client.yure_counts)
    for n in range(3):
        lsp.change(edited, f"会議の話{n}。\n")
        await lsp.diagnostics(edited)
    assert lsp.client.yure_counts[still] == sent[still]
    assert lsp.client.yure_counts[edited] == sent[edited] + 3
