"""--diff output: correct patches, in the usual format, fast on large files."""

from __future__ import annotations

import difflib
import random
import re
import shutil
import subprocess

import pytest

from lint.report.diff import opcodes, split_lines, unified_diff

HUNK = re.compile(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


def apply(before: str, patch: str) -> str:
    """Apply a unified diff the way patch(1) reads one (exact context only)."""
    a = split_lines(before)
    rows = patch.split("\n")
    assert rows[0].startswith("--- a/") and rows[1].startswith("+++ b/"), patch
    out: list[str] = []
    pos = 0  # lines of a copied so far
    k = 2
    while k < len(rows) and rows[k]:
        m = HUNK.fullmatch(rows[k])
        assert m, rows[k]
        start, length = int(m.group(1)), int(m.group(2) or 1)
        first = start - 1 if length else start  # 0-based line the hunk starts at
        out.extend(a[pos:first])
        pos = first
        k += 1
        while k < len(rows) and rows[k] and rows[k][0] in " -+":
            mark, body = rows[k][0], rows[k][1:]
            k += 1
            if k < len(rows) and rows[k] == "\\ No newline at end of file":
                k += 1
            else:
                body += "\n"
            if mark in " -":
                assert a[pos] == body, (a[pos], body)
                pos += 1
            if mark in " +":
                out.append(body)
    out.extend(a[pos:])
    return "".join(out)


def random_edit(rng: random.Random, text: str) -> str:
    lines = split_lines(text)
    for _ in range(rng.randint(1, 6)):
        kind = rng.choice(["change", "insert", "delete", "join"])
        at = rng.randrange(len(lines) + 1)
        if kind == "insert" or not lines:
            lines.insert(at, rng.choice(["新しい行\n", "\n", "インド\n"]))
        elif at < len(lines) and kind == "change":
            lines[at] = lines[at].replace("インディア", "インド") if "インディア" in lines[at] else "変えた行\n"
        elif at < len(lines) and kind == "delete":
            del lines[at]
        elif at < len(lines) - 1:
            lines[at] = lines[at].rstrip("\n") + lines.pop(at + 1)
    out = "".join(lines)
    if rng.random() < 0.2:
        out = out.rstrip("\n")  # the final newline removed
    return out


def corpus(rng: random.Random) -> str:
    pool = ["インディアの首相。\n", "同じ行\n", "同じ行\n", "\n", "別の文。\n", "インディアと米国。\n"]
    text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
    return text if rng.random() < 0.8 else text.rstrip("\n")


def test_every_diff_turns_the_old_text_into_the_new():
    rng = random.Random(13)
    for _ in range(1500):
        before = corpus(rng)
        after = random_edit(rng, before)
        patch = unified_diff("post.txt", before, after)
        if before == after:
            assert patch == ""
            continue
        assert apply(before, patch) == after, (before, after, patch)


def test_opcodes_cover_both_texts_in_order():
    rng = random.Random(17)
    for _ in range(500):
        a = split_lines(corpus(rng))
        b = split_lines(random_edit(rng, "".join(a)))
        ops = opcodes(a, b)
        assert [op[1] for op in ops[1:]] == [op[2] for op in ops[:-1]]
        assert [op[3] for op in ops[1:]] == [op[4] for op in ops[:-1]]
        if ops:
            assert ops[0][1] == ops[0][3] == 0 and ops[-1][2] == len(a) and ops[-1][4] == len(b)
        for tag, a1, a2, b1, b2 in ops:
            if tag == "equal":
                assert a[a1:a2] == b[b1:b2]


def test_a_changed_line_reads_as_difflib_writes_it():
    before = "".join(f"{i}行目の文。\n" for i in range(30))
    after = before.replace("7行目", "七行目").replace("22行目", "二十二行目")
    expected = "".join(difflib.unified_diff(before.splitlines(True), after.splitlines(True),
                                            fromfile="a/p.txt", tofile="b/p.txt"))
    assert unified_diff("p.txt", before, after) == expected
    # An empty side has a zero-length range, numbered as diff writes it.
    for before, after in (("", "一\n二\n"), ("一\n二\n", "")):
        expected = "".join(difflib.unified_diff(before.splitlines(True), after.splitlines(True),
                                                fromfile="a/p.txt", tofile="b/p.txt"))
        assert unified_diff("p.txt", before, after) == expected


def test_only_a_line_feed_ends_a_line_of_the_patch():
    # A form feed or U+2028 inside a line is not a line break (str.splitlines
    # says it is); a lone CR is not one for patch(1) or git apply either.
    text = "前\x0c後\n一\u2028二\r\n三\r四"
    assert split_lines(text) == ["前\x0c後\n", "一\u2028二\r\n", "三\r四"]
    assert split_lines("") == [] and split_lines("\n") == ["\n"]


def test_a_missing_final_newline_is_marked():
    patch = unified_diff("p.txt", "一\n二", "一\n三")
    assert patch.endswith("-二\n\\ No newline at end of file\n+三\n\\ No newline at end of file\n")


def test_a_large_repetitive_file_is_diffed_quickly_and_correctly():
    # 200 copies of the same post, one word fixed in each: difflib needed
    # minutes on the like of this; the walk needs one pass.
    post = "".join(f"{i}番目の行。\n" if i % 5 else "インディアの話。\n" for i in range(500))
    before = post * 200
    after = before.replace("インディア", "インド")
    patch = unified_diff("big.txt", before, after)
    assert patch.count("\n-インディアの話。") == 100 * 200
    assert apply(before, patch) == after


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_git_apply_accepts_the_diff(tmp_path, newline):
    before = ("一行目\nインディアの首相は\n三行目\n" * 3 + "最後").replace("\n", newline)
    after = before.replace("インディア", "インド").replace("最後", "最後。")
    (tmp_path / "post.txt").write_bytes(before.encode("utf-8"))
    (tmp_path / "fix.patch").write_bytes(unified_diff("post.txt", before, after).encode("utf-8"))
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(["git", "apply", "fix.patch"], cwd=tmp_path, check=True)
    assert (tmp_path / "post.txt").read_bytes() == after.encode("utf-8")


def test_unchanged_lines_between_fixed_ones_stay_context():
    # Fixed paragraphs with blank lines between them: each fixed line is
    # removed and added on its own, the blank lines in between are context,
    # as diff -u shows them.
    before = "".join(f"インディアの話、その{i}。\n\n" for i in range(4)) + "終わり。\n" * 3
    after = before.replace("インディア", "インド")
    patch = unified_diff("p.txt", before, after)
    assert apply(before, patch) == after
    body = patch.split("\n")[3:]
    assert [row for row in body if row.startswith("-")] == [f"-インディアの話、その{i}。" for i in range(4)]
    assert [row for row in body if row.startswith("+")] == [f"+インドの話、その{i}。" for i in range(4)]
    assert body.count(" ") == 4


def test_a_fix_on_every_other_line_is_diffed_line_by_line(monkeypatch):
    # No three lines in a row agree, so the versions never "meet again" by
    # the usual test: each change must still be settled nearby, not by a
    # search of the whole look-ahead and then difflib on the rest (10,000
    # such lines ran for over 20 minutes).
    before = "".join("インディアの記録。\n" if i % 2 == 0 else "インディアの記録。<!-- 残す -->\n"
                     for i in range(2000))
    after = "".join(line.replace("インディア", "インド") if "残す" not in line else line
                    for line in split_lines(before))

    class Counted(list):
        reads = 0

        def __getitem__(self, index):
            Counted.reads += 1
            return super().__getitem__(index)

    def refused(*args, **kwargs):
        raise AssertionError("fell back to difflib")

    monkeypatch.setattr(difflib, "SequenceMatcher", refused)
    ops = opcodes(Counted(split_lines(before)), Counted(split_lines(after)))
    assert [tag for tag, *_ in ops] == ["replace", "equal"] * 1000
    # About 30 reads per line here; a search of the whole look-ahead would be thousands.
    assert Counted.reads < 100 * 2000
    patch = unified_diff("p.txt", before, after)
    assert apply(before, patch) == after
    assert patch.count("\n-インディアの記録。\n") == 1000
