"""The shipped katakana lexicon is what its build script makes from Sudachi's dictionary."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata

import pytest

from conftest import ROOT


def test_the_shipped_lexicon_is_up_to_date():
    pytest.importorskip("sudachipy", reason="rebuilding the lexicon needs yure[sudachi]")
    built_from = re.search(r"sudachidict_core (\d+)", (ROOT / "lint" / "data" / "NOTICE").read_text()).group(1)
    installed = metadata.version("sudachidict_core")
    if installed != built_from:
        pytest.skip(f"the lexicon was built from sudachidict_core {built_from}; {installed} is installed")
    proc = subprocess.run([sys.executable, "-m", "lint.text.lexicon_build", "--check"], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.fixture
def fresh_lexicon(tmp_path, monkeypatch):
    """The lexicon loaded anew, with its cache in ``tmp_path``."""
    from lint import cache
    from lint.text import lexicon

    monkeypatch.setenv("YURE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("YURE_NO_CACHE", raising=False)
    cache.set_enabled(True)
    lexicon.lexicon.cache_clear()
    yield lexicon
    lexicon.lexicon.cache_clear()
    cache.set_enabled(True)


def _same(a, b) -> bool:
    a._parse_all()
    b._parse_all()
    return len(a) == len(b) and a.owner_parts() == b.owner_parts() and a._forms == b._forms and a.names == b.names and a._proper == b._proper


def test_the_parsed_lexicon_is_kept_and_read_back(fresh_lexicon, tmp_path):
    first = fresh_lexicon.lexicon()
    assert len(first) > 50_000 and first.is_proper("ロシア") and not first.is_proper("ケーキ")
    [entry] = (tmp_path / "lexicon").iterdir()
    fresh_lexicon.lexicon.cache_clear()
    # Read back, it answers before and after all of it has been parsed.
    again = fresh_lexicon.lexicon()
    assert again.is_proper("ロシア") and not again.is_proper("ケーキ") and "ケーキ" in again
    assert again.forms("サーバ") == first.forms("サーバ") and again.same_word("ビル", "ビール") is False
    assert _same(again, first)
    # A damaged entry is passed over and written again.
    entry.write_bytes(b"\x00not marshal")
    fresh_lexicon.lexicon.cache_clear()
    assert _same(fresh_lexicon.lexicon(), first)
    fresh_lexicon.lexicon.cache_clear()
    assert entry.read_bytes() != b"\x00not marshal" and _same(fresh_lexicon.lexicon(), first)


def test_no_cache_keeps_no_lexicon(fresh_lexicon, tmp_path):
    from lint import cache

    cache.set_enabled(False)
    assert len(fresh_lexicon.lexicon()) > 50_000
    assert not (tmp_path / "lexicon").exists()


def test_check_no_cache_writes_nothing(tmp_path):
    from conftest import run_yure

    post = tmp_path / "post.txt"
    post.write_text("サーバーを再起動した。サーバを再起動した。サーバーは動いた。\n", encoding="utf-8")
    folder = tmp_path / "cache"
    result = run_yure("check", "--isolated", "--no-cache", "--exit-zero", str(post),
                      env={"YURE_CACHE_DIR": str(folder)})
    assert result.code == 0 and "discovered-variant" in result.out
    assert not folder.exists()
    run_yure("check", "--isolated", "--exit-zero", str(post), env={"YURE_CACHE_DIR": str(folder)})
    assert list((folder / "lexicon").iterdir())
