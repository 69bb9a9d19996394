"""The script classes of lint/text/scripts.py, and that no other module spells out a kana or kanji range."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from lint.text.scripts import (FULLWIDTH_KATAKANA, HALFWIDTH_KANA_BLOCK, HIRAGANA, KANA_BLOCKS, KANJI, KATAKANA,
                               KATAKANA_LETTERS, LATIN, PLAIN_KATAKANA, chars, is_kanji)


def in_class(cls: str, ch: str) -> bool:
    return re.fullmatch(f"[{cls}]", ch) is not None


@pytest.mark.parametrize("ch, letter, katakana, fullwidth, lexicon", [
    ("ア", True, True, True, True),
    ("ヺ", True, True, True, True),
    ("ヶ", False, True, True, True),     # a counter between kanji as often as a letter
    ("ー", False, True, True, True),
    ("ㇰ", False, True, True, False),    # small katakana extension (Ainu)
    ("ｻ", False, True, False, False),    # half-width
    ("・", False, False, False, False),  # joins words, is not part of one
    ("ヽ", False, False, False, False),
    ("あ", False, False, False, False),
])
def test_katakana_classes(ch, letter, katakana, fullwidth, lexicon):
    assert in_class(KATAKANA_LETTERS, ch) is letter
    assert in_class(KATAKANA, ch) is katakana
    assert in_class(FULLWIDTH_KATAKANA, ch) is fullwidth
    assert in_class(PLAIN_KATAKANA, ch) is lexicon
    assert (ch in chars(KATAKANA)) is katakana


@pytest.mark.parametrize("ch, kanji", [
    ("漢", True), ("々", True), ("〆", True),
    ("\u3400", True),   # extension A
    ("𠮷", True),       # U+20BB7, a supplementary plane
    ("ヶ", False), ("〇", False), ("あ", False), ("A", False),
])
def test_kanji_class(ch, kanji):
    assert is_kanji(ch) is kanji
    assert in_class(KANJI, ch) is kanji


def test_is_kanji_agrees_with_the_class_at_every_edge():
    edges = [0x3004, 0x3005, 0x3006, 0x3007, 0x33FF, 0x3400, 0x4DBF, 0x4DC0, 0x4DFF, 0x4E00, 0x9FFF, 0xA000,
             0x1FFFF, 0x20000, 0x2FFFF, 0x30000]
    for code in edges:
        ch = chr(code)
        assert is_kanji(ch) == in_class(KANJI, ch), hex(code)


@pytest.mark.parametrize("ch, latin", [("A", True), ("z", True), ("0", True), ("Ａ", True), ("ｚ", True),
                                       ("０", True), ("_", False), ("é", False), ("＿", False)])
def test_latin_class(ch, latin):
    assert in_class(LATIN, ch) is latin


def test_chars_reads_a_class_as_the_regex_engine_does():
    for cls in (HIRAGANA, KATAKANA, FULLWIDTH_KATAKANA, PLAIN_KATAKANA, KANA_BLOCKS, LATIN, HALFWIDTH_KANA_BLOCK):
        members = chars(cls)
        for code in list(range(0x20, 0x7F)) + list(range(0x3000, 0x3200)) + list(range(0xFF00, 0xFFF0)):
            ch = chr(code)
            assert (ch in members) == in_class(cls, ch), (cls, hex(code))


def test_hiragana_and_the_half_width_block():
    assert in_class(HIRAGANA, "ぁ") and in_class(HIRAGANA, "ゟ") and not in_class(HIRAGANA, "ァ")
    assert in_class(HALFWIDTH_KANA_BLOCK, "｡") and in_class(HALFWIDTH_KANA_BLOCK, "ﾟ")
    assert not in_class(HALFWIDTH_KANA_BLOCK, "｠") and not in_class(HALFWIDTH_KANA_BLOCK, "ﾠ")


# The start of a kana or kanji range, escaped or literal, in a class or a comparison.
SPELLED_RANGE = re.compile(r"\\u(?:3040|3041|30a0|30a1|3400|4e00)-|\\U00020000-|[ぁァ一]-"
                           r"|(?:\\u|0x)(?:3040|3041|30a0|30a1|3400|4e00)\b[\"']?\s*<=", re.I)


def test_no_module_but_scripts_spells_a_kana_or_kanji_range():
    found = []
    for path in sorted((ROOT / "lint").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name == "lint/text/scripts.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if SPELLED_RANGE.search(line):
                found.append(f"{name}:{number}: {line.strip()}")
    assert not found, "use the classes of lint/text/scripts.py:\n" + "\n".join(found)


def test_the_scan_finds_what_it_looks_for():
    for spelled in (r'"[\u30A1-\u30FA]"', r'"[\u4e00-\u9fff]"', '"[ぁ-ん]"', '"[ァ-ヶ]"', '"[一-龥]"',
                    r'"\u4e00" <= c <= "\u9fff"', "0x30A1 <= o"):
        assert SPELLED_RANGE.search(spelled), spelled
    assert not SPELLED_RANGE.search('f"[{KANJI}{HIRAGANA}]"')
