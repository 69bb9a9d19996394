"""The comments of JavaScript code blocks, for prh's checkCodeComment."""

from __future__ import annotations

import pytest

from lint.kinds.prh.jscomments import comments


def found(code: str):
    spans = comments(code)
    return None if spans is None else [(code[s:e], kind) for s, e, kind in spans]


@pytest.mark.parametrize("code, expected", [
    ("// 一行\nx = 1;", [(" 一行", "line")]),
    ("a(); /* 複数\n行 */ b();", [(" 複数\n行 ", "block")]),
    ("x = 1; // 終わり", [(" 終わり", "line")]),
    ("x = 1; // 改行まで\r\ny = 2; //\r\n", [(" 改行まで", "line"), ("", "line")]),
    ("/**/ //", [("", "block"), ("", "line")]),
    ("/* a */ /* b */", [(" a ", "block"), (" b ", "block")]),
    ("/* // 中の行コメントは別にならない */", [(" // 中の行コメントは別にならない ", "block")]),
    ("// /* 行コメントの中 */ のまま", [(" /* 行コメントの中 */ のまま", "line")]),
])
def test_line_and_block_comments(code, expected):
    assert found(code) == expected


@pytest.mark.parametrize("code, expected", [
    ('s = "http://example.com"; // 本物', [(" 本物", "line")]),
    ("s = 'a // b'; /* c */", [(" c ", "block")]),
    ('s = "引用符 \\" // まだ文字列"; // 外', [(" 外", "line")]),
    ("s = 'a\\\\'; // 逆斜線で終わる文字列の後", [(" 逆斜線で終わる文字列の後", "line")]),
    ("t = `テンプレート // 中`; // 外", [(" 外", "line")]),
    ("t = `前 ${a /* 式の中 */} 後 // 文字`;", [(" 式の中 ", "block")]),
    ("t = `${ {k: 1}.k } // 文字`; // 外", [(" 外", "line")]),
    ("t = `外 ${`内 ${x} // 文字`} // 文字`; // 外", [(" 外", "line")]),
    ("t = `\\` // 文字`; // 外", [(" 外", "line")]),
])
def test_strings_and_templates_hold_no_comments(code, expected):
    assert found(code) == expected


@pytest.mark.parametrize("code, expected", [
    ("r = /\\/\\/ 正規表現/g; // 外", [(" 外", "line")]),
    ("if (/[/]/.test(s)) {} // 外", [(" 外", "line")]),
    ("f(a, /x\\/y/); // 外", [(" 外", "line")]),
    ("return /\\/\\//.test(s); // 外", [(" 外", "line")]),
    ("x = typeof /a/; // 外", [(" 外", "line")]),
    ("/^https?:\\/\\//.exec(u) // 先頭の正規表現", [(" 先頭の正規表現", "line")]),
    # After a name, a number or ")" a slash divides.
    ("x = a / b // 割り算の後", [(" 割り算の後", "line")]),
    ("x = (a) / 2 / c; // 外", [(" 外", "line")]),
    ("変数 = 値 / 2; // 非ASCIIの名前", [(" 非ASCIIの名前", "line")]),
    ("x = $a / _b; /* 外 */", [(" 外 ", "block")]),
])
def test_regex_literals_and_division(code, expected):
    assert found(code) == expected


@pytest.mark.parametrize("code", [
    "/* 閉じていない",
    's = "閉じていない;',
    "s = '改行で\n切れた';",
    "t = `閉じていない",
    "t = `${ 式が閉じていない",
    "r = /閉じていない正規表現",
    "r = /改行\n/;",
    "s = 'a\\",
])
def test_code_that_does_not_tokenize_gives_none(code):
    assert comments(code) is None


def test_no_code_and_no_comments():
    assert comments("") == []
    assert comments("x = {a: [1, 2]};\n") == []
    assert comments("}}} {{{ ") == []  # unbalanced blocks are no reason to give up
