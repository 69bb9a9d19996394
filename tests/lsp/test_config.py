"""Configuration as the CLI finds it, reloaded when it changes; bad rule
files as diagnostics; the results cache shared with ``yure check``."""

from __future__ import annotations

import asyncio
import os

import pytest

from tests.lsp.conftest import SKIP_REASON

types = pytest.importorskip("lsprotocol.types", reason=SKIP_REASON)
pytest.importorskip("pytest_lsp", reason=SKIP_REASON)

from tests.conftest import run_yure
from tests.lsp.conftest import server_env, start, stop

pytestmark = pytest.mark.asyncio

TEXT = "キエフで会議が開かれた。\n"


def _notify_changed(session, path) -> None:
    session.client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=path.as_uri(), type=types.FileChangeType.Changed)]))


def _touch_later(path, text: str) -> None:
    """Rewrite ``path`` so that its size or time differs from before."""
    before = os.stat(path).st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 10**9, before + 10**9))


async def test_pyproject_configuration_and_its_reload(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    pyproject = folder / "pyproject.toml"
    pyproject.write_text('[tool.yure]\nignore = ["kyiv"]\n', encoding="utf-8")
    session = await start(folder)
    try:
        uri = session.open("post.md", TEXT)
        assert await session.diagnostics(uri) == []
        assert session.client.registrations, "the server asks to be told of configuration changes"
        _touch_later(pyproject, '[tool.yure]\nignore = ["sections"]\n')
        _notify_changed(session, pyproject)
        found = await session.diagnostics(uri, lambda d: len(d) > 0)
        assert {d.code for d in found} == {"kyiv"}
    finally:
        await stop(session)


async def test_each_workspace_folder_has_its_own_configuration(tmp_path):
    quiet, plain = tmp_path / "quiet", tmp_path / "plain"
    quiet.mkdir()
    (quiet / ".yure.yaml").write_text("ignore: [kyiv]\n", encoding="utf-8")
    session = await start(quiet, more_folders=(plain,))
    try:
        in_quiet = session.open("post.md", TEXT)
        (plain / "post.md").write_text(TEXT, encoding="utf-8")
        session.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
            uri=(plain / "post.md").as_uri(), language_id="markdown", version=1, text=TEXT)))
        found = await session.diagnostics((plain / "post.md").as_uri(), lambda d: len(d) > 0)
        assert {d.code for d in found} == {"kyiv"}
        assert await session.diagnostics(in_quiet) == []
    finally:
        await stop(session)


async def test_a_new_rule_file_applies_without_a_watcher(tmp_path):
    """Clients that watch no files: a changed rule file is noticed at the next lint."""
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / ".yure.yaml").write_text("rules: [house.yaml]\n", encoding="utf-8")
    house = folder / "house.yaml"
    house.write_text("rules: []\n", encoding="utf-8")
    session = await start(folder)
    try:
        uri = session.open("post.md", "会議はトーキョーで開かれた。\n")
        assert await session.diagnostics(uri) == []
        _touch_later(house, "rules:\n  - id: tokyo\n    kind: variants\n    expected: 東京\n"
                            "    patterns: [トーキョー]\n")
        session.change(uri, "会議はトーキョーで開かれた。\n\n")
        found = await session.diagnostics(uri, lambda d: len(d) > 0)
        assert [d.code for d in found] == ["tokyo"]
    finally:
        await stop(session)


async def test_a_bad_rule_file_is_one_diagnostic_on_it_and_a_log_message(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / ".yure.yaml").write_text("rules: [house.yaml]\n", encoding="utf-8")
    house = folder / "house.yaml"
    house.write_text("rules:\n  - id: tokyo\n    kind: variants\n    expected: 東京\n"
                     "    patterns: [トーキョー]\n    colour: red\n", encoding="utf-8")
    session = await start(folder)
    try:
        uri = session.open("post.md", TEXT)
        found = await session.diagnostics(house.as_uri(), lambda d: len(d) > 0)
        [problem] = found
        assert problem.severity == types.DiagnosticSeverity.Error
        assert "colour" in problem.message and problem.range.start.line == 5
        assert any("colour" in m.message and m.type == types.MessageType.Error
                   for m in session.client.log_messages)
        # The server still answers, and the document waits for a usable configuration.
        hover = await session.client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(0, 0)))
        assert hover is None
        _touch_later(house, "rules:\n  - id: tokyo\n    kind: variants\n    expected: 東京\n"
                            "    patterns: [トーキョー]\n")
        session.save(house.as_uri())
        await session.diagnostics(house.as_uri(), lambda d: d == [])
        assert {d.code for d in await session.diagnostics(uri, lambda d: len(d) > 0)} == {"kyiv"}
    finally:
        await stop(session)


async def test_a_bad_pyproject_table_is_a_diagnostic_on_pyproject(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    pyproject = folder / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\n\n[tool.yure]\nignored = ["kyiv"]\n', encoding="utf-8")
    session = await start(folder)
    try:
        session.open("post.md", TEXT)
        [problem] = await session.diagnostics(pyproject.as_uri(), lambda d: len(d) > 0)
        assert "ignored" in problem.message and problem.severity == types.DiagnosticSeverity.Error
    finally:
        await stop(session)


async def test_a_broken_change_keeps_the_last_good_configuration(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    config = folder / ".yure.yaml"
    config.write_text("ignore: [sections]\n", encoding="utf-8")
    session = await start(folder)
    try:
        uri = session.open("post.md", TEXT)
        assert {d.code for d in await session.diagnostics(uri, lambda d: len(d) > 0)} == {"kyiv"}
        _touch_later(config, "ignore: [sections]\nno-such-key: 1\n")
        _notify_changed(session, config)
        [problem] = await session.diagnostics(config.as_uri(), lambda d: len(d) > 0)
        assert "no-such-key" in problem.message
        session.change(uri, TEXT + "キエフ\n")
        found = await session.diagnostics(uri, lambda d: len(d) == 2)
        assert {d.code for d in found} == {"kyiv"}
    finally:
        await stop(session)


async def test_excluded_files_are_not_linted(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / ".yure.yaml").write_text("exclude: ['drafts/*']\n", encoding="utf-8")
    session = await start(folder)
    try:
        draft = session.open("drafts/post.md", TEXT)
        kept = session.open("posts/post.md", TEXT)
        assert {d.code for d in await session.diagnostics(kept, lambda d: len(d) > 0)} == {"kyiv"}
        assert await session.diagnostics(draft) == []
    finally:
        await stop(session)


def _entries(cache) -> set[str]:
    return {p.name for p in cache.glob("results-*.pickle")}


async def test_the_results_cache_is_shared_with_check(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / ".git").mkdir()
    cache = tmp_path / "cache"
    env = {"YURE_CACHE_DIR": str(cache)}
    (folder / "checked.md").write_text(TEXT, encoding="utf-8")
    assert run_yure("check", "checked.md", cwd=folder, env=env).code == 1
    after_check = _entries(cache)
    assert len(after_check) == 1
    session = await start(folder, env=server_env(**env))
    try:
        # What check stored answers the server: nothing new is written.
        checked = session.open("checked.md", TEXT, write=False)
        assert {d.code for d in await session.diagnostics(checked, lambda d: len(d) > 0)} == {"kyiv"}
        assert _entries(cache) == after_check
        # A file opened unchanged is stored for the next check ...
        other = session.open("other.md", "インディアの首都。\n")
        await session.diagnostics(other, lambda d: len(d) > 0)
        stored = _entries(cache)
        assert len(stored) == 2
        # ... an unsaved edit is not; the saved text is.
        session.change(other, "インディアの首都はデリー。\n")
        await session.diagnostics(other, lambda d: len(d) > 0)
        await asyncio.sleep(0.2)
        assert _entries(cache) == stored
        (folder / "other.md").write_text("インディアの首都はデリー。\n", encoding="utf-8")
        session.save(other)
        for _ in range(100):
            if len(_entries(cache)) == 3:
                break
            await asyncio.sleep(0.05)
        assert len(_entries(cache)) == 3
    finally:
        await stop(session)
    # and check of the saved file is answered from what the server stored
    before = _entries(cache)
    assert run_yure("check", "other.md", cwd=folder, env=env).code == 1
    assert _entries(cache) == before
