"""Diagnostics: open, change, save; the same findings as ``yure check``."""

from __future__ import annotations

import pytest
from lsprotocol import types

from tests.conftest import run_yure

POST = """# キエフの会議 ― 2025年06月04日 12:00

## 概要

各国の代表がキエフで会議を開いた。

## 詳細

会議はキエフで2日間にわたって行われた。

## 要点

- 代表がキーウで会議を開いた。

## 引用・参照・底本

Talks in the capital Example Wire 2025.06.04
https://wire.example.org/talks
"""


@pytest.mark.asyncio
async def test_open_reports_what_check_reports(lsp):
    uri = lsp.open("post.md", POST)
    found = await lsp.diagnostics(uri, lambda d: len(d) > 0)
    assert {d.code for d in found} >= {"kyiv"}
    assert all(d.source == "yure" for d in found)
