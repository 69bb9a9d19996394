"""Offsets ↔ LSP positions, in each encoding a client may negotiate."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from lint.lsp.documents import Document
from lint.lsp.positions import STRIDE, UTF8, UTF16, UTF32, PositionMap

# 𠮷 and 😀 lie outside the Basic Multilingual Plane: two UTF-16 units,
# four UTF-8 bytes, one code point (one yure column).
LINE = "a𠮷bキエフ😀c"


@pytest.mark.parametrize("encoding, columns", [
    (UTF16, [0, 1, 3, 4, 5, 6, 7, 9, 10]),
    (UTF8, [0, 1, 5, 6, 9, 12, 15, 19, 20]),
    (UTF32, [0, 1, 2, 3, 4, 5, 6, 7, 8]),
])
def test_columns_before_and_after_wide_characters(encoding, columns):
    text = "見出し\n" + LINE + "\n"
    positions = PositionMap(text, encoding)
    base = len("見出し\n")
    for i, column in enumerate(columns):
        assert positions.position(base + i) == (1, column)
        assert positions.offset(1, column) == base + i


def test_a_position_inside_a_surrogate_pair_is_the_character_it_splits():
    positions = PositionMap(LINE, UTF16)
    assert positions.offset(0, 2) == 1  # between the two halves of 𠮷


@pytest.mark.parametrize("text, starts", [
    ("a\r\nb\rc\nd", [0, 3, 5, 7]),
    ("a\u2028b\x0cc\x85d", [0]),  # not line ends in LSP (str.splitlines would break there)
    ("", [0]),
    ("a\n", [0, 2]),
])
def test_lines_end_where_lsp_says(text, starts):
    assert PositionMap(text).starts == starts


def test_past_the_end_of_a_line_or_of_the_text():
    positions = PositionMap("ab\r\ncd", UTF16)
    assert positions.offset(0, 99) == 2  # the end of the line, before \r\n
    assert positions.offset(7, 0) == 6
    assert positions.position(99) == (1, 2)


@pytest.mark.parametrize("encoding", [UTF8, UTF16, UTF32])
def test_a_long_line_agrees_with_encoding_its_prefix(encoding):
    rng = random.Random(19)
    alphabet = "aあ𠮷😀キ\r\n"
    text = "".join(rng.choice(alphabet) if rng.random() < 0.3 else "x" for _ in range(STRIDE * 5 + 77))
    positions = PositionMap(text, encoding)
    codec = {UTF8: ("utf-8", 1), UTF16: ("utf-16-le", 2), UTF32: ("utf-32-le", 4)}[encoding]
    for offset in rng.sample(range(len(text) + 1), 400):
        line, character = positions.position(offset)
        start = positions.starts[line]
        assert character == len(text[start:offset].encode(codec[0])) // codec[1]
        assert positions.offset(line, character) == offset


def _change(start, end, text):
    return SimpleNamespace(range=SimpleNamespace(start=SimpleNamespace(line=start[0], character=start[1]),
                                                 end=SimpleNamespace(line=end[0], character=end[1])), text=text)


def test_incremental_changes_count_utf16_units():
    doc = Document("file:///x.md", "𠮷😀キエフ\nつぎ", 1)
    doc.apply([_change((0, 4), (0, 7), "キーウ")], 2)
    assert doc.text == "𠮷😀キーウ\nつぎ"
    doc.apply([_change((1, 0), (1, 0), "😀"), _change((0, 0), (0, 2), "")], 3)
    assert doc.text == "😀キーウ\n😀つぎ"
    assert doc.version == 3
    doc.apply([SimpleNamespace(text="all new")], 4)
    assert doc.text == "all new"


def test_a_lone_surrogate_is_linted_as_a_replacement_character_in_place():
    doc = Document("file:///x.md", "a\ud800キエフ", 1)
    assert doc.lint_text() == "a\ufffdキエフ"
