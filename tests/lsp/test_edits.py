"""The edit that turns one text into another (fix all after several rounds)."""

from __future__ import annotations

import random

from lint.lsp.edits import Edit, applied, one_edit, unshift


def test_one_edit_turns_the_old_text_into_the_new():
    rng = random.Random(7)
    for _ in range(500):
        old = "".join(rng.choice("アイウ𠮷\n") for _ in range(rng.randrange(0, 12)))
        new = "".join(rng.choice("アイウ𠮷\n") for _ in range(rng.randrange(0, 12)))
        edit = one_edit(old, new)
        assert applied(old, [edit]) == new
        assert edit.end - edit.start <= len(old)


def test_one_edit_spans_only_what_changed():
    assert one_edit("キエフとキエフ", "キーウとキーウ") == Edit(1, 7, "ーウとキーウ")
    assert one_edit("前キエフ後", "前キーウ後") == Edit(2, 4, "ーウ")
    assert one_edit("同じ", "同じ") == Edit(2, 2, "")


def test_offsets_around_an_insertion():
    # "ab" + "<c>" inserted at 1: "a<c>b"
    assert [unshift(o, 1, 3, True) for o in range(6)] == [0, None, None, None, 1, 2]
    assert unshift(1, 1, 3, False) == 1  # an end at the insertion point stays before it
