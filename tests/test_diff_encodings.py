"""--diff of a file in any encoding yure reads is a patch git apply and patch(1) accept.

Each file's hunks are written as its own bytes (as ``diff -a -u`` and
``git diff`` write them): the encoding, the byte-order mark and the line
endings of the file, under ``--- a/`` and ``+++ b/`` headers naming the
path as the file system spells it.
"""

from __future__ import annotations

import codecs
import gc
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from lint.cli import main

RULES = """rules:
  - id: india
    kind: variants
    expected: インド
    patterns: [インディア]
"""
# Written for this test: a changed line near the start, one far below it
# (two hunks), and 上 and 《 (a 0x0A byte inside their UTF-16 code units).
LINES = (["インディアの議会は上院と下院からなる。", "《注》以下は会議の記録。"]
         + [f"第{i}日の議事は予定どおり進んだ。" for i in range(1, 12)]
         + ["最終日、インディアの代表団は帰国した。", "以上。"])
ENCODINGS = [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("cp932", b""),
    ("euc_jp", b""),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", codecs.BOM_UTF32_LE),
]
NEWLINES = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


def run_binary(args: list[str], cwd: Path, capsysbinary) -> tuple[int, bytes, bytes]:
    """``yure ARGS`` in this process, its output as the bytes it wrote."""
    old = os.getcwd()
    os.chdir(cwd)
    try:
        main(args)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
    finally:
        os.chdir(old)
        gc.unfreeze()
    out, err = capsysbinary.readouterr()
    return code, out, err


def diff_of(project: Path, name: str, capsysbinary) -> bytes:
    code, out, err = run_binary(["check", "--isolated", "--no-builtin", "--rules", "rules.yaml", "--diff", name],
                                project, capsysbinary)
    assert code == 1, err
    return out


def appliers() -> list[list[str]]:
    tools = []
    if shutil.which("git"):
        tools.append(["git", "apply", "fix.patch"])
    if shutil.which("patch"):
        tools.append(["patch", "-p1", "--quiet", "--input", "fix.patch"])
    if not tools:
        pytest.skip("neither git nor patch is installed")
    return tools


def assert_applies(project: Path, name: str, before: bytes, patch: bytes, expected: bytes) -> None:
    """Every available tool turns ``before`` into ``expected`` with ``patch``."""
    for tool in appliers():
        work = project / ("work-" + tool[0])
        if work.exists():
            shutil.rmtree(work)
        work.mkdir()
        if tool[0] == "git":
            subprocess.run(["git", "init", "-q"], cwd=work, check=True)
        (work / name).write_bytes(before)
        (work / "fix.patch").write_bytes(patch)
        proc = subprocess.run(tool, cwd=work, capture_output=True)
        assert proc.returncode == 0, (tool, proc.stderr.decode("utf-8", "replace"), patch)
        assert (work / name).read_bytes() == expected, tool


@pytest.fixture
def project(tmp_path):
    (tmp_path / ".git").mkdir()  # no configuration above this
    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("encoding, bom", ENCODINGS,
                         ids=lambda v: v if isinstance(v, str) else ("bom" if v else "no-bom"))
@pytest.mark.parametrize("newline", list(NEWLINES))
@pytest.mark.parametrize("final", [True, False], ids=["final-newline", "no-final-newline"])
def test_the_diff_applies_in_the_files_own_encoding(project, capsysbinary, encoding, bom, newline, final):
    sep = NEWLINES[newline]
    text = sep.join(LINES) + (sep if final else "")
    before = bom + text.encode(encoding)
    expected = bom + text.replace("インディア", "インド").encode(encoding)
    (project / "post.txt").write_bytes(before)
    patch = diff_of(project, "post.txt", capsysbinary)
    assert patch.startswith(b"--- a/post.txt\n+++ b/post.txt\n@@ ")
    assert_applies(project, "post.txt", before, patch, expected)
    # --diff writes nothing, and what it shows is what --fix writes.
    assert (project / "post.txt").read_bytes() == before
    code, _, err = run_binary(["check", "--isolated", "--no-builtin", "--rules", "rules.yaml", "--fix", "post.txt"],
                              project, capsysbinary)
    assert code == 0, err
    assert (project / "post.txt").read_bytes() == expected


def test_a_shift_jis_diff_shows_the_files_bytes_not_utf8(project, capsysbinary):
    text = "\n".join(LINES) + "\n"
    (project / "post.txt").write_bytes(text.encode("cp932"))
    patch = diff_of(project, "post.txt", capsysbinary)
    assert "-インディアの議会".encode("cp932") in patch and "+インドの議会".encode("cp932") in patch
    assert "インディア".encode("utf-8") not in patch


def test_a_non_ascii_path_is_named_as_the_file_system_spells_it(project, capsysbinary):
    text = "\n".join(LINES) + "\n"
    (project / "記録.txt").write_bytes(text.encode("cp932"))
    patch = diff_of(project, "記録.txt", capsysbinary)
    assert patch.startswith(os.fsencode("--- a/記録.txt\n+++ b/記録.txt\n"))
    assert_applies(project, "記録.txt", text.encode("cp932"), patch,
                   text.replace("インディア", "インド").encode("cp932"))


def test_cp932_bytes_that_do_not_survive_decoding_are_shown_as_fix_writes_them(project, capsysbinary):
    # 0x8790 is ≒ in NEC's row 13; Python's cp932 decodes it to U+2252 and
    # encodes that back as 0x81E0.  The diff is taken against the file's
    # bytes, so its context matches the file and it applies, and it shows
    # the line --fix rewrites.
    nec_approx = b"\x87\x90"
    assert nec_approx.decode("cp932").encode("cp932") != nec_approx
    lines = [line.encode("cp932") for line in LINES]
    lines[1] = "記録".encode("cp932") + nec_approx + "会議。".encode("cp932")
    before = b"\n".join(lines) + b"\n"
    (project / "post.txt").write_bytes(before)
    patch = diff_of(project, "post.txt", capsysbinary)
    assert b"-" + lines[1] + b"\n" in patch
    code, _, err = run_binary(["check", "--isolated", "--no-builtin", "--rules", "rules.yaml", "--fix", "post.txt"],
                              project, capsysbinary)
    assert code == 0, err
    fixed = (project / "post.txt").read_bytes()
    assert_applies(project, "post.txt", before, patch, fixed)
