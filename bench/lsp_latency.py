#!/usr/bin/env python3
"""Time from an edit to its diagnostics in ``yure lsp`` (target: 300 ms for a 30 KB post).

Starts the server as an editor does (over standard input and output, with
pygls's client), opens a document, then types into it: each round inserts
one more character into a 【詳細】 paragraph, and the time runs from
sending the change until diagnostics for that version arrive.  The
server's pause before linting (100 ms by default) is part of the time, as
it is for a writer; ``--debounce 0`` shows the lint alone.

Documents (from ../shared/seeds, the blog's real posts):

* ``posts``: the sample's first posts, cut at a post boundary once they
  pass 30 KB (three posts, 34 KB);
* ``one-post``: one post of the sample whose 【詳細】 is repeated until the
  post passes 30 KB.

Without ../shared the examples/ posts are repeated to 30 KB instead.

Usage: python bench/lsp_latency.py [--rounds N] [--debounce MS]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_579c7d98fbda4370.txt"
TARGET = 30_000  # bytes
TITLE = re.compile(r"^.*\d{4}年\d{2}月\d{2}日 ?\d{2}:\d{2}\s*$", re.M)


def _posts(text: str) -> list[str]:
    starts = [m.start() for m in TITLE.finditer(text)] or [0]
    starts[0] = 0
    return [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]


def documents() -> dict[str, str]:
    if not SEED.exists():
        sample = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.*")))
        text = sample
        while len(text.encode("utf-8")) < TARGET:
            text += "\n" + sample
        return {"examples": text}
    posts = _posts(SEED.read_text(encoding="utf-8"))
    first = ""
    for post in posts:
        first += post
        if len(first.encode("utf-8")) >= TARGET:
            break
    largest = max(posts, key=len)
    head, sep, rest = largest.partition("【詳細】")
    detail, mark, tail = rest.partition("【要点】")
    one = head + sep + detail + mark + tail
    while len(one.encode("utf-8")) < TARGET:
        detail += detail
        one = head + sep + detail + mark + tail
    return {"posts": first.rstrip("\n") + "\n", "one-post": one}


async def measure(name: str, text: str, rounds: int, debounce: float) -> list[float]:
    from lsprotocol import types
    from pygls.lsp.client import LanguageClient

    folder = Path(tempfile.mkdtemp(prefix="yure-lsp-bench-"))
    (folder / ".git").mkdir()
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client = LanguageClient("yure-bench", "1")
    arrived: dict[int, float] = {}
    counts: dict[int, int] = {}

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(params: types.PublishDiagnosticsParams) -> None:
        if params.uri == uri and params.version is not None:
            arrived.setdefault(params.version, time.perf_counter())
            counts[params.version] = len(params.diagnostics)

    @client.feature(types.WINDOW_LOG_MESSAGE)
    def logged(params: types.LogMessageParams) -> None:
        pass

    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    await client.start_io(sys.executable, "-m", "lint", "lsp", env=env)
    drain = asyncio.create_task(_drain(client._server.stderr))
    await client.initialize_async(types.InitializeParams(
        capabilities=types.ClientCapabilities(), root_uri=folder.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=folder.as_uri(), name=folder.name)],
        initialization_options={"debounce": debounce}))
    client.initialized(types.InitializedParams())
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)))
    await _wait(arrived, 1, 120)
    # The edits: characters typed one by one at the end of a detail line.
    lines = text.split("\n")
    detail = next((i for i, line in enumerate(lines) if "【詳細】" in line), 0) + 2
    while detail < len(lines) - 1 and not lines[detail].strip():
        detail += 1
    column = len(lines[detail].encode("utf-16-le")) // 2
    times = []
    version = 1
    for n in range(rounds):
        version += 1
        # Each edit makes a text never seen before: no cache can answer it.
        at = types.Position(detail, column + n)
        change = types.TextDocumentContentChangePartial(range=types.Range(at, at), text="あ")
        sent = time.perf_counter()
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[change]))
        await _wait(arrived, version, 60)
        times.append(arrived[version] - sent)
        await asyncio.sleep(0.3)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    drain.cancel()
    print(f"{name}: {len(text):,} characters, {len(text.encode('utf-8')):,} bytes, "
          f"{counts.get(1, 0)} findings", flush=True)
    return times


async def _drain(stream) -> None:
    """Read the server's standard error, so that a full pipe never stops it."""
    while await stream.readline():
        pass


async def _wait(arrived: dict, version: int, timeout: float) -> None:
    deadline = time.perf_counter() + timeout
    while version not in arrived:
        if time.perf_counter() > deadline:
            raise SystemExit(f"no diagnostics for version {version} after {timeout} s")
        await asyncio.sleep(0.002)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--debounce", type=float, default=100, help="the server's pause in ms (default 100)")
    args = parser.parse_args()
    worst = 0.0
    for name, text in documents().items():
        times = asyncio.run(measure(name, text, args.rounds, args.debounce))
        ms = sorted(t * 1000 for t in times)
        p90 = ms[int(len(ms) * 0.9) - 1] if len(ms) >= 10 else ms[-1]
        print(f"  change → diagnostics over {len(ms)} edits: median {statistics.median(ms):.0f} ms, "
              f"90th percentile {p90:.0f} ms, fastest {ms[0]:.0f} ms, slowest {ms[-1]:.0f} ms "
              f"(debounce {args.debounce:g} ms)")
        worst = max(worst, statistics.median(ms))
    return 0


if __name__ == "__main__":
    sys.exit(main())
