"""Comments in JavaScript code blocks (for prh's ``checkCodeComment``).

A small tokenizer: it skips strings, template literals and regex literals
so that ``//`` inside them is not taken for a comment.  When the code does
not tokenize — an unterminated string, template or comment — it returns
None and no comment is checked, as textlint-rule-prh does when its
JavaScript parser rejects the code.
"""

from __future__ import annotations

from typing import Optional

# After these, a / starts a regex literal; after anything else it divides.
REGEX_PREFIX = set("(,=:[!&|?{};+-*%<>~^")
KEYWORDS_BEFORE_REGEX = {"return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw",
                         "case", "do", "else", "yield", "await"}


def comments(code: str) -> Optional[list[tuple[int, int, str]]]:
    """(start, end, kind) of each comment's text, without its delimiters.

    ``kind`` is "line" (``//``) or "block" (``/* */``).
    """
    out: list[tuple[int, int, str]] = []
    i, n = 0, len(code)
    last = ""  # last significant token, to tell regex from division
    braces: list[str] = []  # "{" for blocks, "${" for template substitutions
    while i < n:
        c = code[i]
        if c in " \t\r\n\u00a0\ufeff\u2028\u2029":
            i += 1
            continue
        if code.startswith("//", i):
            end = i + 2
            while end < n and code[end] not in "\r\n\u2028\u2029":
                end += 1
            out.append((i + 2, end, "line"))
            i = end
            continue
        if code.startswith("/*", i):
            end = code.find("*/", i + 2)
            if end == -1:
                return None
            out.append((i + 2, end, "block"))
            i = end + 2
            continue
        if c in "'\"":
            i = _skip_string(code, i, c)
            if i < 0:
                return None
            last = "str"
            continue
        if c == "`" or (c == "}" and braces and braces[-1] == "${"):
            if c == "}":
                braces.pop()
            i = _skip_template(code, i + 1, braces)
            if i < 0:
                return None
            last = "str"
            continue
        if c == "/":
            if last == "" or last in REGEX_PREFIX or last in KEYWORDS_BEFORE_REGEX:
                i = _skip_regex(code, i + 1)
                if i < 0:
                    return None
                last = "re"
                continue
            last = "/"
            i += 1
            continue
        if c.isalnum() or c in "_$" or ord(c) > 127:
            j = i + 1
            while j < n and (code[j].isalnum() or code[j] in "_$" or ord(code[j]) > 127):
                j += 1
            last = code[i:j]
            i = j
            continue
        if c == "{":
            braces.append("{")
        elif c == "}":
            if braces:
                braces.pop()
        last = c
        i += 1
    if braces and "${" in braces:
        return None
    return out


def _skip_string(code: str, i: int, quote: str) -> int:
    j = i + 1
    while j < len(code):
        ch = code[j]
        if ch == "\\":
            j += 2
            continue
        if ch == quote:
            return j + 1
        if ch in "\r\n":
            return -1
        j += 1
    return -1


def _skip_template(code: str, j: int, braces: list[str]) -> int:
    while j < len(code):
        ch = code[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "`":
            return j + 1
        if code.startswith("${", j):
            braces.append("${")
            return j + 2
        j += 1
    return -1


def _skip_regex(code: str, j: int) -> int:
    in_class = False
    while j < len(code):
        ch = code[j]
        if ch == "\\":
            j += 2
            continue
        if ch in "\r\n":
            return -1
        if ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        elif ch == "/" and not in_class:
            j += 1
            while j < len(code) and code[j].isalpha():
                j += 1
            return j
        j += 1
    return -1
