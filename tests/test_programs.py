"""Compiled regular-expression programs kept between runs (lint.cache.programs)."""

from __future__ import annotations

import re

import pytest

from lint import cache
from lint.cache import programs
from lint.text.scripts import KANJI, KATAKANA

PATTERNS = [
    (f"(?P<word>[{KANJI}{KATAKANA}]+)(?P<grammar>[ぁ-ゟ]*)", 0),
    (r"^\s*(?:【(?P<name>[^】]+)】)\s*$", re.M),
    (r"(?i:rt)\b|Russia[ \t]*Today", 0),
    (r"(?<![0-9])(\d{4})年(?:(\d{1,2})月)?", re.S),
]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A process that has compiled nothing yet, with its cache in ``tmp_path``."""
    monkeypatch.setenv("YURE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("YURE_NO_CACHE", raising=False)
    cache.set_enabled(True)
    programs.forget_session()
    yield tmp_path
    programs.forget_session()
    cache.set_enabled(True)


def _table_files(folder):
    return list((folder / "programs").glob("*.marshal")) if (folder / "programs").exists() else []


def test_a_pattern_is_the_one_re_compiles(fresh):
    for pattern, flags in PATTERNS:
        got = programs.compile_re(pattern, flags)
        assert got == re.compile(pattern, flags)
        assert got.groupindex == re.compile(pattern, flags).groupindex
    assert programs.compile_re(PATTERNS[0][0]) is programs.compile_re(PATTERNS[0][0])


def test_a_kept_program_is_read_back_and_matches_alike(fresh, monkeypatch):
    for pattern, flags in PATTERNS:
        programs.compile_re(pattern, flags)
    programs.save()
    [entry] = _table_files(fresh)
    programs.forget_session()

    def no_compiling(*args):
        raise AssertionError("compiled again instead of read from the cache")

    monkeypatch.setattr(programs, "_compile", no_compiling)
    text = "1998年5月、東京の本社がロシアのRTと契約した。\n【要点】\n"
    for pattern, flags in PATTERNS:
        got = programs.compile_re(pattern, flags)
        want = re.compile(pattern, flags)
        assert got == want and got.flags == want.flags and got.groupindex == want.groupindex
        assert [m.groupdict() or m.groups() for m in got.finditer(text)] == [
            m.groupdict() or m.groups() for m in want.finditer(text)]
    assert _table_files(fresh) == [entry]


def test_a_damaged_table_is_passed_over_and_written_again(fresh):
    programs.compile_re(*PATTERNS[0])
    programs.save()
    [entry] = _table_files(fresh)
    entry.write_bytes(b"\x00not marshal")
    programs.forget_session()
    assert programs.compile_re(*PATTERNS[0]) == re.compile(*PATTERNS[0])
    programs.save()
    programs.forget_session()
    assert programs._read() and programs.compile_re(*PATTERNS[0]) == re.compile(*PATTERNS[0])


def test_nothing_is_written_when_caching_is_off(fresh):
    cache.set_enabled(False)
    programs.compile_re(*PATTERNS[1])
    programs.save()
    assert _table_files(fresh) == []


def test_a_full_table_keeps_only_what_the_last_run_used(fresh, monkeypatch):
    monkeypatch.setattr(programs, "LIMIT", 3)
    for pattern, flags in PATTERNS[:3]:
        programs.compile_re(pattern, flags)
    programs.save()
    programs.forget_session()
    programs.compile_re(*PATTERNS[0])  # read from the table
    programs.compile_re(*PATTERNS[3])  # new: the table would hold four
    programs.save()
    assert set(programs._read()) == {(PATTERNS[0][0], int(PATTERNS[0][1])), (PATTERNS[3][0], int(PATTERNS[3][1]))}


def test_a_bad_pattern_fails_as_in_re(fresh):
    with pytest.raises(re.error):
        programs.compile_re("(unclosed")


def test_a_check_run_keeps_the_programs_of_its_patterns(tmp_path):
    from conftest import run_yure

    post = tmp_path / "post.txt"
    post.write_text("サーバーを再起動した。サーバを再起動した。\n", encoding="utf-8")
    folder = tmp_path / "cache"
    first = run_yure("check", "--isolated", "--exit-zero", "--format", "json", str(post),
                     env={"YURE_CACHE_DIR": str(folder)})
    assert len(_table_files(folder)) == 1
    again = run_yure("check", "--isolated", "--exit-zero", "--format", "json", str(post),
                     env={"YURE_CACHE_DIR": str(folder)})
    assert again.out == first.out and "discovered-variant" in first.out
