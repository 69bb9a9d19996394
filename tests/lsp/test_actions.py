"""Quick fixes, fix all, disable for this line, and hover."""

from __future__ import annotations

import pytest

from tests.lsp.conftest import SKIP_REASON

types = pytest.importorskip("lsprotocol.types", reason=SKIP_REASON)
pytest.importorskip("pytest_lsp", reason=SKIP_REASON)

from tests.conftest import run_yure
from tests.lsp.conftest import start, stop
from tests.lsp.posts import POST

pytestmark = pytest.mark.asyncio


def apply_edit(text: str, edit: types.WorkspaceEdit, uri: str, encoding: str = "utf-16") -> str:
    """What an editor does with a workspace edit (edits apply to the text before any of them)."""
    from lint.lsp.positions import PositionMap

    if edit.document_changes:
        [change] = edit.document_changes
        assert change.text_document.uri == uri
        edits = change.edits
    else:
        edits = edit.changes[uri]
    positions = PositionMap(text, encoding)
    spans = sorted(((positions.offset(e.range.start.line, e.range.start.character),
                     positions.offset(e.range.end.line, e.range.end.character), e.new_text) for e in edits),
                   reverse=True)
    for first, last, new in spans:
        text = text[:first] + new + text[last:]
    return text


async def actions_at(session, uri, line, character, only=None):
    return await session.client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(types.Position(line, character), types.Position(line, character)),
        context=types.CodeActionContext(diagnostics=[], only=only)))


def _line(text: str, start: str) -> int:
    return next(i for i, line in enumerate(text.split("\n")) if line.startswith(start))


async def test_a_safe_fix_is_a_preferred_quick_fix(lsp):
    uri = lsp.open("post.md", POST)
    await lsp.diagnostics(uri, lambda d: len(d) > 0)
    line = _line(POST, "𠮷田氏")
    character = len(POST.split("\n")[line][:POST.split("\n")[line].index("キエフ")].encode("utf-16-le")) // 2
    actions = await actions_at(lsp, uri, line, character + 1)
    [fix] = [a for a in actions if a.edit is not None]
    assert fix.title == "Replace 'キエフ' with 'キーウ' (kyiv)"
    assert fix.kind == types.CodeActionKind.QuickFix and fix.is_preferred
    assert fix.diagnostics[0].code == "kyiv"
    fixed = apply_edit(POST, fix.edit, uri)
    assert fixed.split("\n")[line] == POST.split("\n")[line].replace("キエフ", "キーウ", 1)
    assert fixed.split("\n")[:line] == POST.split("\n")[:line]


async def test_an_unsafe_fix_is_labelled_and_not_preferred(lsp):
    uri = lsp.open("post.md", POST)
    await lsp.diagnostics(uri, lambda d: any(x.code == "contradiction.number" for x in d))
    line = _line(POST, "- 会議は60日間")
    actions = await actions_at(lsp, uri, line, 6)
    [fix] = [a for a in actions if a.edit is not None]
    assert "unsafe" in fix.title and "'60日間' with '30日間'" in fix.title
    assert not fix.is_preferred


async def test_fix_all_writes_what_check_fix_writes(lsp):
    uri = lsp.open("post.md", POST)
    await lsp.diagnostics(uri, lambda d: len(d) > 0)
    actions = await actions_at(lsp, uri, 0, 0, only=[types.CodeActionKind.SourceFixAll])
    [fix_all] = actions
    assert fix_all.kind == "source.fixAll.yure" and fix_all.edit is None  # resolved when chosen
    resolved = await lsp.client.code_action_resolve_async(fix_all)
    fixed = apply_edit(POST, resolved.edit, uri)
    assert fixed != POST
    (lsp.folder / "copy.md").write_text(POST, encoding="utf-8")
    run_yure("check", "--fix", "copy.md", cwd=lsp.folder)
    assert fixed == (lsp.folder / "copy.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name, language", [("post.md", "markdown"), ("post.txt", "plaintext")])
async def test_disable_for_this_line_writes_the_comment_and_silences(lsp, name, language):
    text = POST if name.endswith(".md") else POST.replace("## ", "【").replace("\n\n【", "\n\n【")
    if name.endswith(".txt"):
        text = "\n".join(l + "】" if l.startswith("【") else l for l in text.split("\n"))
    uri = lsp.open(name, text, language)
    before = await lsp.diagnostics(uri, lambda d: len(d) > 0)
    line = _line(text, "𠮷田氏")
    actions = await actions_at(lsp, uri, line, 14)
    [disable] = [a for a in actions if a.title == "Disable kyiv for this line"]
    resolved = await lsp.client.code_action_resolve_async(disable)
    new_text = apply_edit(text, resolved.edit, uri)
    assert new_text.split("\n")[line] == text.split("\n")[line] + "<!-- yure: disable-line kyiv -->"
    lsp.change(uri, new_text)
    after = await lsp.diagnostics(uri, lambda d: len(d) == len(before) - 1)
    assert not [d for d in after if d.code == "kyiv" and d.range.start.line == line]


async def test_disable_on_a_heading_goes_on_the_line_above(lsp):
    uri = lsp.open("post.md", POST)
    await lsp.diagnostics(uri, lambda d: any(x.code == "sections.empty" for x in d))
    line = _line(POST, "## 参考")
    actions = await actions_at(lsp, uri, line, 3)
    [disable] = [a for a in actions if a.title == "Disable sections.empty for this line"]
    resolved = await lsp.client.code_action_resolve_async(disable)
    new_text = apply_edit(POST, resolved.edit, uri)
    assert new_text.split("\n")[line:line + 2] == ["<!-- yure: disable-next-line sections.empty -->", "## 参考"]
    lsp.change(uri, new_text)
    await lsp.diagnostics(uri, lambda d: d and not any(x.code == "sections.empty" for x in d))


async def test_a_client_that_cannot_resolve_gets_the_edits_at_once(tmp_path):
    # Emacs (eglot) resolves no code actions, and counts in code points (UTF-32).
    session = await start(tmp_path / "ws", capabilities="emacs")
    try:
        uri = session.open("post.md", POST)
        await session.diagnostics(uri, lambda d: len(d) > 0)
        line = _line(POST, "𠮷田氏")
        actions = await actions_at(session, uri, line, POST.split("\n")[line].index("キエフ") + 1)
        titles = {a.title for a in actions}
        assert {"Disable kyiv for this line", "Fix all safe problems in this file (yure)"} <= titles
        assert all(a.edit is not None for a in actions)
        fix = next(a for a in actions if a.title.startswith("Replace"))
        fixed = apply_edit(POST, fix.edit, uri, "utf-32")
        assert fixed.split("\n")[line] == POST.split("\n")[line].replace("キエフ", "キーウ")
    finally:
        await stop(session)


async def test_hover_shows_the_finding_and_explain(lsp):
    uri = lsp.open("post.md", POST)
    await lsp.diagnostics(uri, lambda d: len(d) > 0)
    hover = await lsp.client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(0, 5)))
    assert hover.contents.kind == types.MarkupKind.Markdown
    explained = run_yure("explain", "kyiv", cwd=lsp.folder).out
    assert "「キエフ」は「キーウ」と表記します" in hover.contents.value
    assert explained.strip() in hover.contents.value
    assert (hover.range.start.line, hover.range.start.character, hover.range.end.character) == (0, 4, 7)
    nothing = await lsp.client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(2, 0)))
    assert nothing is None


async def test_hover_on_a_contradiction_quotes_the_detail(lsp):
    uri = lsp.open("post.md", POST)
    await lsp.diagnostics(uri, lambda d: any(x.code == "contradiction.number" for x in d))
    line = _line(POST, "- 会議は60日間")
    hover = await lsp.client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line, 6)))
    detail = _line(POST, "会議はキエフで30日間")
    assert f"post.md:{detail + 1}" in hover.contents.value
    assert "contradiction.number" in hover.contents.value


async def test_one_disable_action_per_rule_and_line(lsp):
    uri = lsp.open("post.md", "キエフを訪れ、翌日もキエフにいた。\n")
    await lsp.diagnostics(uri, lambda d: len(d) == 2)
    actions = await lsp.client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(types.Position(0, 0), types.Position(0, 17)),
        context=types.CodeActionContext(diagnostics=[])))
    assert [a.title for a in actions].count("Disable kyiv for this line") == 1
    assert [a.title for a in actions].count("Replace 'キエフ' with 'キーウ' (kyiv)") == 2


async def test_an_action_chosen_after_an_edit_carries_no_stale_edit(lsp):
    uri = lsp.open("post.md", POST)
    await lsp.diagnostics(uri, lambda d: len(d) > 0)
    [fix_all] = await actions_at(lsp, uri, 0, 0, only=[types.CodeActionKind.SourceFixAll])
    line = _line(POST, "𠮷田氏")
    [disable] = [a for a in await actions_at(lsp, uri, line, 14) if a.title == "Disable kyiv for this line"]
    # The user types before choosing: the offsets the actions were made for are gone.
    lsp.change(uri, "追記。", types.Range(types.Position(line, 0), types.Position(line, 0)))
    for action in (fix_all, disable):
        resolved = await lsp.client.code_action_resolve_async(action)
        assert resolved.edit is None, action.title
    # Actions for a document the server does not know, or an action it did not make, are empty.
    other = types.TextDocumentIdentifier(uri=(lsp.folder / "closed.md").as_uri())
    assert not await lsp.client.text_document_code_action_async(types.CodeActionParams(
        text_document=other, range=types.Range(types.Position(0, 0), types.Position(0, 0)),
        context=types.CodeActionContext(diagnostics=[])))
    foreign = types.CodeAction(title="Something else", data={"tool": "other"})
    assert (await lsp.client.code_action_resolve_async(foreign)).edit is None
